"""The day a person sees is their own, wherever the computer is: the check-in page in the first and the
last zone to see a day, a minute either side of local midnight (the computer's zone set on purpose;
tests/conftest.py puts the suite's back)."""

from __future__ import annotations

import datetime as dt
import os
import time
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from integration_journal.core.records import CheckIn
from integration_journal.ui.pages.checkins import CheckinsPage
from tests.helpers.clocks import FrozenClock
from tests.helpers.input import type_date
from tests.helpers.workspaces import new_workspace, page_context, show_page


@pytest.mark.parametrize("zone", ["Etc/GMT+12", "America/Adak", "Pacific/Kiritimati"])
def test_the_check_in_day_is_the_local_day(qtbot, data_dir, dialogs, zone) -> None:
    os.environ["TZ"] = zone
    time.tzset()
    tz = ZoneInfo(zone)
    clock = FrozenClock(dt.datetime(2026, 12, 31, 23, 59, tzinfo=tz))
    ws = new_workspace(data_dir, clock=clock)
    try:
        ctx = page_context(ws, dialogs)
        page = show_page(qtbot, CheckinsPage(ctx))
        assert page.date_edit.day() == dt.date(2026, 12, 31) == ctx.today()
        type_date(qtbot, page.date_edit, dt.date(2027, 1, 1))
        assert page.date_edit.day() == dt.date(2026, 12, 31) and "can't be chosen" in page.date_edit.problem()
        clock.advance(dt.timedelta(minutes=2))  # a new year, here
        type_date(qtbot, page.date_edit, dt.date(2027, 1, 1))
        assert page.date_edit.day() == dt.date(2027, 1, 1) and page.date_edit.problem() == ""
        for slider in (page.mood.slider, page.anxiety.slider):
            slider.setFocus()
            qtbot.keyClick(slider, Qt.Key.Key_Right)
        qtbot.keyClick(page.anxiety.slider, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        assert [c.date for c in ws.journal.list(kind=CheckIn)] == [dt.date(2027, 1, 1)]
    finally:
        ws.close()
