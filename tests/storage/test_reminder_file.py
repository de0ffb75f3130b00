"""storage.reminder_file: the helper's file holds due times and the last announced one, nothing else;
0600, replaced atomically, and gone when the helper is off."""

from __future__ import annotations

import datetime as dt
import json
import os
import stat

import pytest

from integration_journal.storage.paths import reminder_times_file
from integration_journal.storage.reminder_file import (
    ReminderTimes,
    delete_times,
    helper_enabled,
    mark_fired,
    read_times,
    write_times,
)

UTC = dt.timezone.utc
NOW = dt.datetime(2026, 3, 18, 10, 30, tzinfo=UTC)
H = dt.timedelta(hours=1)


def stamp(value: dt.datetime) -> int:
    return int(value.timestamp())


def test_the_file_holds_only_times_and_is_private(tmp_path) -> None:
    data_dir = tmp_path / "journal"
    assert not helper_enabled(data_dir) and read_times(data_dir) is None
    write_times(data_dir, [NOW + 2 * H, NOW + H, NOW + H])
    path = reminder_times_file(data_dir)
    assert helper_enabled(data_dir)
    assert json.loads(path.read_bytes()) == {"v": 1, "times": [stamp(NOW + H), stamp(NOW + 2 * H)]}
    if os.name == "posix":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert sorted(p.name for p in data_dir.iterdir()) == ["reminder-times.json"]  # no temporary file left


def test_passed_times_are_announced_once_and_then_dropped(tmp_path) -> None:
    write_times(tmp_path, [NOW + H, NOW + 2 * H, NOW + 3 * H])
    content = read_times(tmp_path)
    assert content.due(NOW) == ()
    assert content.due(NOW + 2 * H) == (stamp(NOW + H), stamp(NOW + 2 * H))
    mark_fired(tmp_path, stamp(NOW + 2 * H))
    after = read_times(tmp_path)
    assert after == ReminderTimes((stamp(NOW + 3 * H),), stamp(NOW + 2 * H))
    assert after.due(NOW + 2 * H) == ()
    # The app rewrites the times (it does not know what was announced): those stay announced.
    write_times(tmp_path, [NOW + H, NOW + 3 * H, NOW + 4 * H])
    assert read_times(tmp_path) == ReminderTimes((stamp(NOW + 3 * H), stamp(NOW + 4 * H)), stamp(NOW + 2 * H))


def test_unchanged_times_are_not_written_again(tmp_path) -> None:
    write_times(tmp_path, [NOW + H])
    path = reminder_times_file(tmp_path)
    before = path.stat().st_ino, path.stat().st_mtime_ns
    write_times(tmp_path, [NOW + H])
    assert (path.stat().st_ino, path.stat().st_mtime_ns) == before


def test_turned_off_means_no_file_and_announcing_writes_none(tmp_path) -> None:
    write_times(tmp_path, [NOW + H])
    delete_times(tmp_path)
    delete_times(tmp_path)  # twice is fine
    assert not reminder_times_file(tmp_path).exists()
    mark_fired(tmp_path, stamp(NOW + H))  # a check racing the switch-off must not bring it back
    assert not reminder_times_file(tmp_path).exists()


@pytest.mark.parametrize("raw", [b"", b"not json", b'{"v": 2, "times": [1]}', b'{"v": 1, "times": "soon"}',
                                 b'{"v": 1, "times": [true, -5, "x", 1.5]}', b"{" + b" " * 5000 + b"}"])
def test_a_damaged_file_reads_as_on_with_no_times(tmp_path, raw) -> None:
    reminder_times_file(tmp_path).write_bytes(raw)
    assert read_times(tmp_path) == ReminderTimes()


def test_times_need_a_zone(tmp_path) -> None:
    with pytest.raises(ValueError):
        write_times(tmp_path, [dt.datetime(2026, 3, 18, 12, 0)])
    assert not helper_enabled(tmp_path)
