"""The reminder helper's file: due times only, outside the vault, so a helper holding no key can say
"a reflection is ready" when one passes (core.reminder_times works the times out while unlocked).

    {"v": 1, "times": [1765101600, ...], "fired": 1765098000}

`times` are whole UTC seconds (whole minutes), soonest first; `fired` is the latest time the helper has
already shown a notification for, so none is shown twice. Nothing else: no kind, id, title or session.
The file exists exactly while the person has the helper on: it is the switch the helper reads at
login (storage.autostart starts it), and turning the helper off deletes it. Written atomically, 0600.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from integration_journal.storage.files import os_errors, private_dir, remove_quietly
from integration_journal.storage.paths import reminder_times_file

VERSION = 1
TIMES_MAX = 64  # a file holding more was not written by us; the helper reads no further
SIZE_MAX = 4096


@dataclass(frozen=True, slots=True)
class ReminderTimes:
    times: tuple[int, ...] = ()  # UTC seconds since the epoch, soonest first
    fired: int | None = None  # the latest time already announced

    def due(self, now: dt.datetime) -> tuple[int, ...]:
        """Times that have passed at `now` and were not announced yet."""
        stamp = now.timestamp()
        return tuple(t for t in self.times if t <= stamp and (self.fired is None or t > self.fired))


def _stamp(value: dt.datetime) -> int:
    if value.utcoffset() is None:
        raise ValueError("a reminder time needs a time zone")
    return int(value.timestamp())


def helper_enabled(data_dir: Path) -> bool:
    return reminder_times_file(data_dir).is_file()


def read_times(data_dir: Path) -> ReminderTimes | None:
    """What the file says, or None when the helper is off (no file). A damaged file reads as no times."""
    path = reminder_times_file(data_dir)
    try:
        with open(path, "rb") as handle:
            raw = handle.read(SIZE_MAX + 1)
    except FileNotFoundError:
        return None
    except OSError:
        return ReminderTimes()
    try:
        data = json.loads(raw) if len(raw) <= SIZE_MAX else None
    except ValueError:
        data = None
    if not isinstance(data, dict) or data.get("v") != VERSION:
        return ReminderTimes()
    times = data.get("times")
    fired = data.get("fired")
    clean = tuple(sorted({t for t in times[:TIMES_MAX] if _is_stamp(t)})) if isinstance(times, list) else ()
    return ReminderTimes(clean, fired if _is_stamp(fired) else None)


def _is_stamp(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value < 2**40


def _write(data_dir: Path, content: ReminderTimes) -> None:
    data = {"v": VERSION, "times": list(content.times)}
    if content.fired is not None:
        data["fired"] = content.fired
    payload = json.dumps(data, separators=(",", ":")).encode("ascii")
    path = reminder_times_file(data_dir)
    with os_errors("save the reminder times"):
        private_dir(data_dir)
        fd, temp = tempfile.mkstemp(prefix=".reminder-times-", dir=data_dir)  # created 0600
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(payload)
                handle.flush()
                os.fsync(handle.fileno())
            os.replace(temp, path)
        except BaseException:
            remove_quietly(Path(temp))
            raise


def write_times(data_dir: Path, times: Iterable[dt.datetime]) -> ReminderTimes:
    """Turn the helper on, or bring its times up to date; what it already announced stays announced."""
    current = read_times(data_dir)
    fired = current.fired if current is not None else None
    stamps = tuple(sorted({_stamp(t) for t in times}))[:TIMES_MAX]
    content = ReminderTimes(tuple(t for t in stamps if fired is None or t > fired), fired)
    if content != current:  # unchanged times are not written again
        _write(data_dir, content)
    return content


def mark_fired(data_dir: Path, stamp: int) -> None:
    """Remember that the times up to `stamp` were announced. Does nothing when the helper was turned off."""
    current = read_times(data_dir)
    if current is None:
        return
    fired = max(stamp, current.fired or 0)
    _write(data_dir, ReminderTimes(tuple(t for t in current.times if t > fired), fired))


def delete_times(data_dir: Path) -> None:
    """Turn the helper off: the file goes, and with it every time it held."""
    with os_errors("remove the reminder times"):
        remove_quietly(reminder_times_file(data_dir))
