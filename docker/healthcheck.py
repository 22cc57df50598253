"""Docker HEALTHCHECK: exit 0 when http://127.0.0.1:$PORT/PATH answers 200, else 1.
Sends `Authorization: Bearer $MVTEC_AD_API_TOKEN` when that is set (the inference API wants it on every endpoint then)."""
import os, sys, urllib.request

def healthy(path:str) -> bool:
    "Whether the local service on $PORT answers `path` with 200 within 5 s."
    headers = {'Authorization': f"Bearer {os.environ['MVTEC_AD_API_TOKEN']}"} if os.environ.get('MVTEC_AD_API_TOKEN') else {}
    request = urllib.request.Request(f"http://127.0.0.1:{os.environ['PORT']}{path}", headers=headers)
    try:
        with urllib.request.urlopen(request, timeout=5) as response: return response.status == 200
    except OSError: return False

if __name__ == '__main__': sys.exit(0 if healthy(sys.argv[1] if len(sys.argv) > 1 else '/') else 1)
