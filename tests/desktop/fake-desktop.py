#!/usr/bin/python3
# A stand-in desktop on a private bus for tests/test-desktop-sources.c:
# Mutter's idle monitor, the freedesktop ScreenSaver (KDE's idle time),
# GNOME's screen shield, logind (on the same bus: the test points
# DBUS_SYSTEM_BUS_ADDRESS at it) and a notification server
# (org.freedesktop.Notifications, for tests/test-reminders.py), and Limber's
# own background part (io.github.limber.Limber.Reminders: its org.gtk.Actions
# with the stateful "sitting" action, for the library page's sitting line).
# Each only when asked for on the command line.
# The test drives it through io.github.limber.TestDesktop and reads back the
# calls it received. Prints "ready" when all its names are owned.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import sys
import time

from gi.repository import Gio, GLib

XML = """
<node>
  <interface name="org.gnome.Mutter.IdleMonitor">
    <method name="GetIdletime"><arg type="t" direction="out"/></method>
    <method name="AddIdleWatch"><arg type="t" direction="in"/><arg type="u" direction="out"/></method>
    <method name="AddUserActiveWatch"><arg type="u" direction="out"/></method>
    <method name="RemoveWatch"><arg type="u" direction="in"/></method>
    <signal name="WatchFired"><arg type="u"/></signal>
  </interface>
  <interface name="org.freedesktop.ScreenSaver">
    <method name="GetSessionIdleTime"><arg type="u" direction="out"/></method>
  </interface>
  <interface name="org.gnome.ScreenSaver">
    <method name="GetActive"><arg type="b" direction="out"/></method>
    <signal name="ActiveChanged"><arg type="b"/></signal>
  </interface>
  <interface name="org.freedesktop.login1.Manager">
    <method name="GetSessionByPID"><arg type="u" direction="in"/><arg type="o" direction="out"/></method>
    <signal name="PrepareForSleep"><arg type="b"/></signal>
  </interface>
  <interface name="org.freedesktop.DBus.Properties">
    <method name="Get"><arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="v" direction="out"/></method>
    <signal name="PropertiesChanged"><arg type="s"/><arg type="a{sv}"/><arg type="as"/></signal>
  </interface>
  <interface name="org.freedesktop.Notifications">
    <method name="Notify"><arg type="s" direction="in"/><arg type="u" direction="in"/>
      <arg type="s" direction="in"/><arg type="s" direction="in"/><arg type="s" direction="in"/>
      <arg type="as" direction="in"/><arg type="a{sv}" direction="in"/><arg type="i" direction="in"/>
      <arg type="u" direction="out"/></method>
    <method name="CloseNotification"><arg type="u" direction="in"/></method>
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="GetServerInformation"><arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/></method>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
  </interface>
  <interface name="io.github.limber.TestDesktop">
    <method name="SetIdletime"><arg type="t" direction="in"/></method>
    <method name="SetShield"><arg type="b" direction="in"/></method>
    <method name="SetLockedHint"><arg type="b" direction="in"/></method>
    <method name="PrepareForSleep"><arg type="b" direction="in"/></method>
    <method name="GetCalls"><arg type="as" direction="out"/></method>
    <method name="GetNotifications"><arg type="s" direction="out"/></method>
    <method name="InvokeAction"><arg type="u" direction="in"/><arg type="s" direction="in"/></method>
    <method name="ReleaseMutter"/>
    <method name="OwnMutter"/>
    <method name="SetSitting"><arg type="b" direction="in"/><arg type="x" direction="in"/>
      <arg type="u" direction="in"/></method>
  </interface>
</node>
"""

SESSION_PATH = "/org/freedesktop/login1/session/_31"
node = Gio.DBusNodeInfo.new_for_xml(XML)
iface = {i.name: i for i in node.interfaces}
wanted = set(sys.argv[1:])
bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)

calls = []
idletime = 0
idle_watches = {}     # id -> [interval ms, fired]
active_watches = set()
next_id = 1
shield = False
locked_hint = False
notifications = []    # every Notify and CloseNotification, in order
next_notification = 1


def emit(path, interface, name, params):
    bus.emit_signal(None, path, interface, name, params)


def fire(watch_id):
    emit("/org/gnome/Mutter/IdleMonitor/Core", "org.gnome.Mutter.IdleMonitor", "WatchFired",
         GLib.Variant("(u)", (watch_id,)))


def set_idletime(ms):
    global idletime
    if ms < idletime:
        # input: user-active watches fire once and go; idle watches re-arm
        for w in sorted(active_watches):
            fire(w)
        active_watches.clear()
        for w in idle_watches.values():
            w[1] = False
    idletime = ms
    for w_id, w in sorted(idle_watches.items()):
        if not w[1] and idletime >= w[0]:
            w[1] = True
            fire(w_id)


def on_call(conn, sender, path, interface, method, params, invocation):
    global next_id, shield, locked_hint, next_notification
    args = params.unpack()
    calls.append(" ".join([method] + [str(a) for a in args]))
    ret = None
    if method == "GetIdletime":
        ret = GLib.Variant("(t)", (idletime,))
    elif method == "AddIdleWatch":
        idle_watches[next_id] = [args[0], idletime >= args[0]]
        ret = GLib.Variant("(u)", (next_id,))
        next_id += 1
    elif method == "AddUserActiveWatch":
        active_watches.add(next_id)
        ret = GLib.Variant("(u)", (next_id,))
        next_id += 1
    elif method == "RemoveWatch":
        idle_watches.pop(args[0], None)
        active_watches.discard(args[0])
    elif method == "GetSessionIdleTime":
        ret = GLib.Variant("(u)", (idletime,))
    elif method == "GetActive":
        ret = GLib.Variant("(b)", (shield,))
    elif method == "GetSessionByPID":
        ret = GLib.Variant("(o)", (SESSION_PATH,))
    elif method == "Get":
        if args != ("org.freedesktop.login1.Session", "LockedHint"):
            invocation.return_dbus_error("org.freedesktop.DBus.Error.UnknownProperty", str(args))
            return
        ret = GLib.Variant("(v)", (GLib.Variant("b", locked_hint),))
    elif method == "Notify":
        nid = args[1] or next_notification
        if not args[1]:
            next_notification += 1
        notifications.append({"call": "Notify", "id": nid, "app": args[0], "summary": args[3],
                              "body": args[4], "actions": list(args[5]), "time": time.time()})
        ret = GLib.Variant("(u)", (nid,))
    elif method == "CloseNotification":
        notifications.append({"call": "CloseNotification", "id": args[0], "time": time.time()})
        emit("/org/freedesktop/Notifications", "org.freedesktop.Notifications", "NotificationClosed",
             GLib.Variant("(uu)", (args[0], 3)))
    elif method == "GetCapabilities":
        ret = GLib.Variant("(as)", (["actions", "body"],))
    elif method == "GetServerInformation":
        ret = GLib.Variant("(ssss)", ("fake-desktop", "limber", "1", "1.2"))
    elif method == "GetNotifications":
        ret = GLib.Variant("(s)", (json.dumps(notifications),))
    elif method == "InvokeAction":
        # what a click does: the action, then the notification closes
        emit("/org/freedesktop/Notifications", "org.freedesktop.Notifications", "ActionInvoked",
             GLib.Variant("(us)", (args[0], args[1])))
        emit("/org/freedesktop/Notifications", "org.freedesktop.Notifications", "NotificationClosed",
             GLib.Variant("(uu)", (args[0], 2)))
    elif method == "SetIdletime":
        set_idletime(args[0])
    elif method == "SetShield":
        shield = args[0]
        emit("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver", "ActiveChanged",
             GLib.Variant("(b)", (shield,)))
    elif method == "SetLockedHint":
        locked_hint = args[0]
        emit(SESSION_PATH, "org.freedesktop.DBus.Properties", "PropertiesChanged",
             GLib.Variant("(sa{sv}as)", ("org.freedesktop.login1.Session",
                                         {"LockedHint": GLib.Variant("b", locked_hint)}, [])))
    elif method == "PrepareForSleep":
        emit("/org/freedesktop/login1", "org.freedesktop.login1.Manager", "PrepareForSleep",
             GLib.Variant("(b)", (args[0],)))
    elif method == "ReleaseMutter":
        # the shell went away: its watches with it
        idle_watches.clear()
        active_watches.clear()
        bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                      "ReleaseName", GLib.Variant("(s)", ("org.gnome.Mutter.IdleMonitor",)), None,
                      Gio.DBusCallFlags.NONE, -1, None)
    elif method == "OwnMutter":
        if "mutter" not in wanted:
            wanted.add("mutter")
            bus.register_object(services["mutter"][1], iface["org.gnome.Mutter.IdleMonitor"],
                                on_call, None, None)
        bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                      "RequestName", GLib.Variant("(su)", ("org.gnome.Mutter.IdleMonitor", 4)), None,
                      Gio.DBusCallFlags.NONE, -1, None)
    elif method == "SetSitting":
        sitting_action.set_state(GLib.Variant("(bxu)", params.unpack()))
    elif method == "GetCalls":
        ret = GLib.Variant("(as)", ([c for c in calls if not c.startswith("GetCalls")],))
    invocation.return_value(ret)


services = {
    "mutter": ("org.gnome.Mutter.IdleMonitor", "/org/gnome/Mutter/IdleMonitor/Core",
               ["org.gnome.Mutter.IdleMonitor"]),
    "screensaver": ("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver",
                    ["org.freedesktop.ScreenSaver"]),
    "shield": ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver", ["org.gnome.ScreenSaver"]),
    "logind": ("org.freedesktop.login1", "/org/freedesktop/login1",
               ["org.freedesktop.login1.Manager"]),
    "notifications": ("org.freedesktop.Notifications", "/org/freedesktop/Notifications",
                      ["org.freedesktop.Notifications"]),
}

# limber-reminders' state, as it exports it (app/reminders/limber-reminders.h).
sitting_action = Gio.SimpleAction.new_stateful("sitting", None, GLib.Variant("(bxu)", (False, 0, 0)))
sitting_action.connect("change-state", lambda action, value: None)  # read-only
reminders_actions = Gio.SimpleActionGroup()
reminders_actions.add_action(sitting_action)
if "reminders" in wanted:
    bus.export_action_group("/io/github/limber/Limber/Reminders", reminders_actions)

bus.register_object("/io/github/limber/TestDesktop", iface["io.github.limber.TestDesktop"],
                    on_call, None, None)
names = ["io.github.limber.TestDesktop"]
if "reminders" in wanted:
    names.append("io.github.limber.Limber.Reminders")
for key, (name, path, ifaces) in services.items():
    if key not in wanted:
        continue
    for i in ifaces:
        bus.register_object(path, iface[i], on_call, None, None)
    if key == "logind":
        bus.register_object(SESSION_PATH, iface["org.freedesktop.DBus.Properties"],
                            on_call, None, None)
    names.append(name)

for name in names:
    reply = bus.call_sync("org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
                          "RequestName", GLib.Variant("(su)", (name, 4)), None,
                          Gio.DBusCallFlags.NONE, -1, None)
    assert reply.unpack()[0] == 1, name

print("ready", flush=True)
GLib.MainLoop().run()
