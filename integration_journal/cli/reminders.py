"""The command line's `reminders`: whether the reminder helper is on for a journal folder, and turning
it off (login entry and times file removed) without a passphrase — for a person at a terminal, and for
an uninstaller, so that nothing is left starting at login. Turning it on needs the unlocked journal's
due times: that is done in the app (Settings, or the first-run wizard)."""

from __future__ import annotations

import argparse

from integration_journal.cli.common import data_dir, say


def add_commands(sub, common: argparse.ArgumentParser) -> None:

    def cmd_reminders(args: argparse.Namespace) -> int:
        from integration_journal.storage import reminder_helper

        folder = data_dir(args)
        autostart = reminder_helper.default_autostart(folder)
        if args.action == "off":
            reminder_helper.turn_off(folder, autostart=autostart)
            say("The reminder helper is off: it no longer starts at login, and its times file is deleted.")
            return 0
        on, starts = reminder_helper.is_on(folder), autostart.is_enabled()
        if on and starts:
            say("The reminder helper is on and starts at login.")
        elif on or starts:
            say("The reminder helper is half on; run `integration-journal reminders off`, then turn it on "
                  "again in the app's Settings if you want it.")
        else:
            say("The reminder helper is off.")
        return 0

    p = sub.add_parser("reminders", parents=[common],
                       help="is the reminder helper (tray reminders with the app closed) on; turn it off")
    p.add_argument("action", choices=("status", "off"), nargs="?", default="status",
                   help="status (default), or off: stop it starting at login and delete its times file")
    p.set_defaults(func=cmd_reminders)
