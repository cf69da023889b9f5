#!/usr/bin/python3
"""The Flatpak manifest, build-aux/io.github.limber.Limber.json (suite data).

It cannot be built here (no flatpak-builder, no runtime), so this checks what
can go wrong in it without building: it is valid JSON; the app id is the one
of the desktop file and the metainfo; GNOME 43 runtime and SDK (GTK 4.8 and
libadwaita 1.2, as the version guards in meson.build); the command is
`limber`; the sandbox holds exactly the permissions Limber needs, no more;
libspeechd is built as a module from a pinned, checksummed release; Limber
itself is built with meson from this source tree, without its tests.

A TAP producer. SPDX-License-Identifier: GPL-3.0-or-later
"""

import json
import os
import sys

SOURCE_ROOT = os.environ['LIMBER_SOURCE_ROOT']
APP_ID = 'io.github.limber.Limber'
MANIFEST = os.path.join(SOURCE_ROOT, 'build-aux', APP_ID + '.json')

FINISH_ARGS = {
    # sound cues
    '--socket=pulseaudio',
    # the window
    '--socket=wayland',
    '--socket=fallback-x11',
    '--share=ipc',
    # idle time (when to remind) and the screen saver (keep the screen awake)
    '--talk-name=org.gnome.Mutter.IdleMonitor',
    '--talk-name=org.gnome.ScreenSaver',
    # suspend and resume during a session
    '--system-talk-name=org.freedesktop.login1',
    # spoken cues through the host's speech-dispatcher
    '--filesystem=xdg-run/speech-dispatcher:ro',
}

results = []


def check(ok, what, diag=None):
    results.append((bool(ok), what, None if ok else diag))


def main():
    try:
        with open(MANIFEST, encoding='utf-8') as f:
            manifest = json.load(f)
    except (OSError, ValueError) as e:
        check(False, f'{os.path.basename(MANIFEST)} is valid JSON', str(e))
        return finish()
    check(isinstance(manifest, dict), f'{os.path.basename(MANIFEST)} is valid JSON')

    check(manifest.get('app-id') == APP_ID, f'app-id is {APP_ID}', manifest.get('app-id'))
    with open(os.path.join(SOURCE_ROOT, 'data', APP_ID + '.metainfo.xml.in'), encoding='utf-8') as f:
        check(f'<id>{APP_ID}</id>' in f.read(), 'the metainfo has the same id')
    check(os.path.exists(os.path.join(SOURCE_ROOT, 'data', APP_ID + '.desktop.in')),
          'the desktop file is named after the same id')

    runtime = (manifest.get('runtime'), manifest.get('runtime-version'), manifest.get('sdk'))
    check(runtime == ('org.gnome.Platform', '43', 'org.gnome.Sdk'),
          'runtime org.gnome.Platform 43 with org.gnome.Sdk', runtime)
    check(manifest.get('command') == 'limber', 'command is limber', manifest.get('command'))

    args = manifest.get('finish-args', [])
    check(len(args) == len(set(args)), 'no finish-arg is given twice', args)
    check(set(args) == FINISH_ARGS, 'finish-args are exactly the permissions Limber needs',
          f'extra: {sorted(set(args) - FINISH_ARGS)}; missing: {sorted(FINISH_ARGS - set(args))}')

    modules = manifest.get('modules', [])
    names = [m.get('name') if isinstance(m, dict) else m for m in modules]
    check(names and names[-1] == 'limber', 'Limber is the last module', names)
    speechd = [m for m in modules if isinstance(m, dict) and m.get('name') == 'libspeechd']
    check(len(speechd) == 1, 'libspeechd is built as a module', names)
    if speechd:
        sources = speechd[0].get('sources', [])
        check(any(s.get('type') == 'archive' and 'speech-dispatcher-' in s.get('url', '')
                  and len(s.get('sha256', '')) == 64 for s in sources),
              'libspeechd comes from a speech-dispatcher release with its sha256', sources)
        opts = speechd[0].get('config-opts', [])
        check('--disable-python' in opts and '--without-systemduserunitdir' in opts,
              'libspeechd: no Python bindings, no systemd units', opts)
    for m in modules:
        if isinstance(m, dict):
            for s in m.get('sources', []):
                if s.get('type') in ('archive', 'file'):
                    check(len(s.get('sha256', '')) == 64 and s.get('url', '').startswith('https://'),
                          f'{m.get("name")}: {s.get("url")} over https with a sha256', s)

    limber = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    check(limber.get('buildsystem') == 'meson', 'Limber builds with meson', limber)
    src = limber.get('sources', [{}])
    check(len(src) == 1 and src[0].get('type') == 'dir'
          and os.path.realpath(os.path.join(os.path.dirname(MANIFEST), src[0].get('path', '')))
          == os.path.realpath(SOURCE_ROOT), 'Limber is built from this source tree', src)
    with open(os.path.join(SOURCE_ROOT, 'meson_options.txt'), encoding='utf-8') as f:
        has_tests_option = "option('tests'" in f.read()
    check('-Dtests=false' in limber.get('config-opts', []) and has_tests_option,
          'Limber is built without its tests (-Dtests=false, an option of meson_options.txt)',
          limber.get('config-opts'))
    return finish()


def finish():
    print(f'1..{len(results)}')
    for i, (ok, what, diag) in enumerate(results, 1):
        print(f'{"ok" if ok else "not ok"} {i} - {what}')
        if diag is not None:
            for line in str(diag).splitlines():
                print(f'# {line}')
    return 0 if all(ok for ok, _, _ in results) else 1


if __name__ == '__main__':
    sys.exit(main())
