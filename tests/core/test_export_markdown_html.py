"""The Markdown-folder export's tables show a `<` as text, in every viewer (#14 item 9), and the
folder's README says the entries are the person's own text, not sanitised."""

from __future__ import annotations

import datetime as dt

import markdown
import pytest

from integration_journal.core import export_markdown
from integration_journal.core import records as r

UTC = dt.timezone.utc
HOSTILE = "<img src=https://example.invalid/p.png onerror=alert(1)> <script>alert(2)</script> " \
          "<a href='https://example.invalid'>x</a> a < b\rc"


def _tables() -> list[str]:
    when = dt.datetime(2024, 1, 2, 9, tzinfo=UTC)
    session = r.TreatmentSession(when=when, route=r.Route.IV, setting=r.Setting.CLINIC, clinic=HOSTILE,
                                 intention=HOSTILE, notes=HOSTILE)
    checkin = r.CheckIn(date=dt.date(2024, 1, 2), mood=5, anxiety=5, note=HOSTILE)
    reframe = r.Reframe(old_thought=HOSTILE, new_perspective=HOSTILE, created=when, updated=when)
    commitment = r.Commitment(text=HOSTILE, domain=r.Domain.BODY, created=when, updated=when)
    return [export_markdown.sessions_markdown([session]), export_markdown.checkins_markdown([checkin]),
            export_markdown.insights_markdown([reframe], [commitment])]


@pytest.mark.parametrize("table", range(3))
def test_a_lt_in_a_table_cell_never_opens_html(table: int) -> None:
    text = _tables()[table]
    assert "&lt;img src=" in text and "&lt;script>" in text
    assert "<" not in text.replace("<br>", "")
    rendered = markdown.markdown(text, extensions=["tables"])
    for tag in ("<img", "<script", "<a "):
        assert tag not in rendered
    assert "&lt;script&gt;alert(2)" in rendered or "&lt;script>alert(2)" in rendered


def test_the_readme_says_the_entries_are_not_sanitised() -> None:
    readme = export_markdown.readme_markdown(dt.datetime(2024, 1, 1, tzinfo=UTC), {"journal entries": 1})
    assert "**Your own text, not sanitised.**" in readme and "not encrypted" in readme
