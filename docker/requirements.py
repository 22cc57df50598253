"""Print mvtec_ad's pip requirements from settings.ini, one a line, for the GPU images' build stage; extras named after
the file (e.g. `ray`) are added from their `<name>_requirements` setting.
faiss-cpu becomes faiss-gpu (same version bounds): the two install the same `faiss` module and must never share an environment."""
import configparser, shlex, sys

def requirements(settings='settings.ini', *extras) -> list[str]:
    "settings.ini's requirements (and `extras`') with faiss-gpu in place of faiss-cpu."
    config = configparser.ConfigParser(delimiters=['=']); config.read(settings, encoding='utf-8')
    reqs = shlex.split(config['DEFAULT']['requirements'])
    for extra in extras:
        if f'{extra}_requirements' not in config['DEFAULT']: sys.exit(f'{settings}: no {extra}_requirements')
        reqs += shlex.split(config['DEFAULT'][f'{extra}_requirements'])
    if not any(r.startswith('faiss-cpu') for r in reqs): sys.exit(f'{settings}: no faiss-cpu requirement to swap')
    return [r.replace('faiss-cpu', 'faiss-gpu', 1) if r.startswith('faiss-cpu') else r for r in reqs]

if __name__ == '__main__': print('\n'.join(requirements(*sys.argv[1:])))
