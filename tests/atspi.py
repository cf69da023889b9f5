"""What the end-to-end tests that read Limber through AT-SPI share.

The accessibility bus with its registry, the program's environment, finding
the program on the bus, walking its tree, keys pressed in its windows, and
the TAP output. Needs at-spi2-core and python3-pyatspi (Debian's
/usr/bin/python3); run inside a session bus and Xvfb.

A program shows up on the bus only some time after it starts: much later
under a sanitizer on a loaded machine. So every wait here is generous, asks
the bus again until its deadline, and takes a registry that does not answer
(yet) as "not there yet", not as a failure.

SPDX-License-Identifier: GPL-3.0-or-later
"""

import contextlib
import os
import subprocess
import time

LAUNCHER = '/usr/libexec/at-spi-bus-launcher'
BUS_TIMEOUT = 60     # s for the accessibility bus and its registry to answer
APP_TIMEOUT = 120    # s for a program to show up on the bus

from tap import check, finish  # noqa: F401 (atspi.check/finish for its users)


def require():
    """pyatspi, or None after printing why the test is skipped."""
    if not os.path.exists(LAUNCHER):
        print('1..0 # SKIP at-spi2-core is not installed')
        return None
    try:
        import pyatspi
    except ImportError:
        print('1..0 # SKIP python3-pyatspi is not installed')
        return None
    return pyatspi


def stop(proc, timeout=10):
    if proc is None or proc.poll() is not None:
        return
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def _registry_answers(pyatspi):
    try:
        pyatspi.Registry.getDesktop(0).childCount
        return True
    except Exception:
        return False


def _session_call(dest, path, method, *args):
    return subprocess.run(['gdbus', 'call', '--session', '--dest', dest, '--object-path', path,
                           '--method', method, *args],
                          capture_output=True, text=True, timeout=BUS_TIMEOUT)


def start_bus(pyatspi):
    """Starts the accessibility bus and waits until its registry answers;
    returns the launcher (for stop ())."""
    launcher = subprocess.Popen([LAUNCHER, '--launch-immediately'],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + BUS_TIMEOUT
    # Until the launcher has its name, asking for the bus would start a second one.
    while time.monotonic() < deadline and launcher.poll() is None:
        owned = _session_call('org.freedesktop.DBus', '/org/freedesktop/DBus',
                              'org.freedesktop.DBus.NameHasOwner', 'org.a11y.Bus')
        if 'true' in owned.stdout:
            break
        time.sleep(0.1)
    while time.monotonic() < deadline:
        address = _session_call('org.a11y.Bus', '/org/a11y/bus', 'org.a11y.Bus.GetAddress')
        if address.returncode == 0 and _registry_answers(pyatspi):
            break
        time.sleep(0.2)
    return launcher


@contextlib.contextmanager
def bus(pyatspi):
    """The accessibility bus, running until the block ends."""
    launcher = start_bus(pyatspi)
    try:
        yield
    finally:
        stop(launcher, timeout=5)


def program_env(home, **more):
    """The environment of a Limber that assistive technology can read, with
    its folders and settings in HOME, no sound server and no speech."""
    env = dict(os.environ)
    env.pop('GTK_A11Y', None)
    env.pop('NO_AT_BRIDGE', None)
    env.update(XDG_DATA_HOME=os.path.join(home, 'data'),
               XDG_CONFIG_HOME=os.path.join(home, 'config'),
               GSETTINGS_BACKEND='memory',
               PULSE_SERVER='unix:' + os.path.join(home, 'no-sound-server'),
               SPEECHD_ADDRESS='unix_socket:/nonexistent',
               GSK_RENDERER='cairo')
    env.update(more)
    return env


def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def _app_of(pyatspi, pid):
    try:
        desktop = pyatspi.Registry.getDesktop(0)
        count = desktop.childCount
    except Exception:
        return None     # the registry is busy: ask again
    for i in range(count):
        try:
            app = desktop.getChildAtIndex(i)
            if app is not None and app.get_process_id() == pid:
                return app
        except Exception:
            continue
    return None


def find_app(pyatspi, pid, timeout=APP_TIMEOUT, proc=None):
    """The application of process PID on the bus, or None when it does not
    show up within TIMEOUT seconds (or PROC, its Popen, exits first)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        app = _app_of(pyatspi, pid)
        if app is not None:
            return app
        if proc is not None and proc.poll() is not None:
            return None
        time.sleep(0.2)
    return None


def press_in_window(title, keys):
    """Presses KEYS in the program's window titled TITLE, as a person would
    (the window's commands are class actions, which GTK does not export on
    the bus)."""
    subprocess.run(['xdotool', 'search', '--sync', '--onlyvisible', '--name', f'^{title}$',
                    'windowfocus', '--sync', 'key', '--clearmodifiers', keys],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=30, check=False)
