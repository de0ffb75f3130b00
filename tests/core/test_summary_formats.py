"""The summary's dates and decimals (core/summary/formats.py), the crisis lines under its flags, and the
self-harm case (issue #13): what the renderers write with the app locale's conventions, and what they keep."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from integration_journal.core import crisis_lines, summary
from integration_journal.core import records as r
from integration_journal.core.summary import formats as summary_formats
from tests.helpers.summary_cases import (
    at,
    brief_text,
    build,
    d,
    low_baseline,
    self_harm,
    session,
    steady_improvement,
)

DAY_FIRST = summary.Formats("dmy", "/", ",")


def test_formats_write_dates_and_decimals_and_refuse_nonsense() -> None:
    day = dt.date(2025, 3, 5)
    assert summary.ISO.date(day) == "2025-03-05" and DAY_FIRST.date(day) == "05/03/2025"
    assert summary.Formats("mdy", "/", ".").date(day) == "03/05/2025"
    assert summary.Formats("dmy", ".", ",").date(dt.date(987, 1, 2)) == "02.01.0987"
    assert DAY_FIRST.moment(dt.datetime(2025, 3, 5, 9, 7)) == "05/03/2025 09:07"
    assert DAY_FIRST.number("37.5") == "37,5" and summary.ISO.number("37.5") == "37.5"
    for bad in ({"date_order": "ydm"}, {"date_separator": "ab"}, {"date_separator": "1"}, {"decimal": "5"}):
        with pytest.raises(ValueError):
            summary.Formats(**bad)


def test_the_number_helpers_follow_the_document_s_formats_and_only_while_it_is_written() -> None:
    assert summary.trimmed(6.5) == "6.5" and summary.dose(37.5) == "37.5 mg"
    with summary_formats.using(DAY_FIRST):
        assert summary.trimmed(6.5) == "6,5" and summary.trimmed(2.0) == "2"  # no stray ",0"
        assert summary.number(4.3333, 1) == "4,3" and summary.number(12) == "12"
        assert summary.dose(37.5) == "37,5 mg" and summary.dose(56.0) == "56 mg"
    assert summary.trimmed(6.5) == "6.5"  # back to ISO once the block ends


def test_a_document_written_on_another_thread_keeps_its_own_formats() -> None:
    """The PDF is written in the background while the page may build a preview: neither sees the other's formats."""
    built = build(steady_improvement())
    seen: dict[str, str] = {}
    started, release = threading.Event(), threading.Event()

    def background() -> None:
        with summary_formats.using(DAY_FIRST):
            started.set()
            release.wait(5)
            seen["text"] = summary.summary_markdown(built)

    worker = threading.Thread(target=background)
    worker.start()
    started.wait(5)
    here = summary.summary_markdown(built)
    release.set()
    worker.join(5)
    assert "Period: 2025-03-01 – 2025-03-30" in here
    assert "Period: 01/03/2025 – 30/03/2025" in seen["text"]


def test_iso_is_the_default_and_formats_change_nothing_but_dates_and_decimals() -> None:
    built = build(steady_improvement())
    iso = summary.summary_markdown(built)
    assert iso == summary.summary_markdown(built, formats=summary.ISO)
    local = summary.summary_markdown(built, formats=DAY_FIRST)
    assert local != iso and len(local.splitlines()) == len(iso.splitlines())
    assert "| PEG score (mean of 3 items) | 7,0 (23/02/2025) | 4,3 (23/03/2025) | −2,7 | −38,6 % |" in local
    # Words, escaping and section order are the same.
    assert [line.split(" ")[0] for line in local.splitlines()] == [line.split(" ")[0] for line in iso.splitlines()]


def test_the_crisis_lines_come_with_flags_and_only_with_flags() -> None:
    built = build(self_harm())
    assert built.safety.crisis == summary.CrisisInfo("United Kingdom", crisis_lines.lines_for("GB"))
    assert build(low_baseline()).safety.crisis is None  # no flags: no safety section
    no_country = r.Profile(role=r.Role.PATIENT, display_name="Sam", created=at(d(1, 10)))
    unknown = build([no_country, session(d(3, 5), None, before=(150, 125))])
    assert unknown.safety.crisis == summary.CrisisInfo(None, crisis_lines.lines_for(None))
    text = summary.summary_markdown(unknown)
    assert "**Crisis lines the app shows the patient:**" in text
    assert crisis_lines.lines_for(None).advice in text
    # The brief is the therapist's: it does not know the patient's country, so it lists no lines.
    assert "Crisis lines" not in brief_text(self_harm())


def test_logged_self_harm_thoughts_are_the_first_flag_even_with_item_9_at_zero() -> None:
    built = build(self_harm())
    s = built.safety
    assert [(type(f).__name__, getattr(f, "effect", None)) for f in s.flags()] == [
        ("EffectFlag", "suicidal_thoughts")]
    assert not s.item9 and [a.effect for a in s.ask_about] == ["mood_dip"]
    text = summary.summary_markdown(built)
    flags = text.split("## Safety flags")[1].split("## ")[0]
    assert flags.index("Thoughts of death or of self-harm — severity 2 of 3, lasted the rest of the day "
                       "(2025-03-06).") < flags.index("**Crisis lines the app shows the patient (United Kingdom):**")
    assert "- Samaritans: Call 116 123" in flags
    assert "thoughts of self-harm not asked (2025-03-06)." in text.split("## Severe or lasting effects to ask about")[1]
    assert "yourself" not in text and "Thoughts of death or of self-harm — severity" in brief_text(self_harm())
