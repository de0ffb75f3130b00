"""The `session` command: the quick log (only the route is required), and the same guidance and safety content
the app shows after a session (docs/clinical.md §4.2, §3.9), with the same audit event."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.core import safety, side_effects
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.storage.workspace import Workspace
from tests.helpers.clocks import FROZEN_NOW, FrozenClock
from tests.helpers.workspaces import PASSPHRASE


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FrozenClock:
    """The command line's journal reads this clock instead of the computer's."""
    clock = FrozenClock()
    original = Workspace.open.__func__

    def open_with_clock(cls, *args, **kwargs):
        kwargs.setdefault("clock", clock)
        return original(cls, *args, **kwargs)

    monkeypatch.setattr(Workspace, "open", classmethod(open_with_clock))
    return clock


def opened(data_dir: Path) -> Workspace:
    return Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, backup=False)


def flow_events(data_dir: Path) -> list[r.AuditEvent]:
    with opened(data_dir) as ws:
        return [e for e in ws.journal.list(kind="audit") if e.event == "safety_flow_shown"]


def test_the_quick_log_needs_only_the_route(run, journal_dir: Path, clock) -> None:
    result = run("session", "--route", "nasal", "--dose-mg", "56", "--note", "Calmer than last time.")
    assert result.code == 0, result.err
    session_id = result.out.strip()  # the id is the one line on stdout
    with opened(journal_dir) as ws:
        [session] = ws.journal.list(kind="session")
    assert session.id.hex() == session_id
    assert session.when == FROZEN_NOW.replace(second=0, microsecond=0)
    assert (session.route, session.dose_mg, session.notes) == (r.Route.NASAL, 56.0, "Calmer than last time.")
    assert session.side_effects == () and session.clinic == "" and session.product is None
    missing = run("session", "--dose-mg", "56")
    assert missing.code == 2 and "--route" in missing.err


def test_nasal_esketamine_prints_the_driving_advice(run, journal_dir: Path, clock) -> None:
    result = run("session", "--route", "esketamine")
    assert result.err.splitlines() == [
        "Something to keep in mind:",
        f"  Driving — after nasal esketamine: {side_effects.ESKETAMINE_DRIVING_GUIDANCE}",
    ]
    assert "until the next day after a restful sleep" in result.err
    assert run("session", "--route", "nasal", "--product", "racemic").err == ""
    assert run("session", "--route", "iv").err == ""
    old = run("session", "--route", "nasal", "--date", (FROZEN_NOW - dt.timedelta(days=3)).date().isoformat())
    assert old.err == ""  # three days later there is nothing to keep in mind


def test_self_harm_thoughts_print_the_support_content_and_record_the_event(run, journal_dir: Path, clock) -> None:
    with opened(journal_dir) as ws:
        profile = ws.journal.list(kind="profile")[0]
        ws.journal.update(dataclasses.replace(profile, country_code="GB", clinic_name="Riverside KAP",
                                              clinic_phone="0100 200"))
        ws.journal.add(r.SafetyPlan(coping_on_my_own=("Walk round the block",)))
        profile = ws.journal.list(kind="profile")[0]
        plan = ws.journal.list(kind="safety_plan")[0]
    result = run("session", "--route", "iv", "--side-effect", "suicidal_thoughts:2", "--side-effect", "nausea:1")
    assert result.code == 0, result.err
    assert len(result.out.splitlines()) == 1
    expected = safety.safety_flow_content(2, profile, plan).plain_text()
    assert result.err == (
        "Something to keep in mind:\n"
        "  Thoughts of being better off dead or of self-harm: You don't have to handle that alone — see the "
        "support options.\n\n" + expected + "\n")
    for words in ("call 999 or 112.", "Samaritans: Call 116 123", "Walk round the block",
                  "Your clinic (Riverside KAP): 0100 200", safety.FIRMER, safety.NOT_MONITORED):
        assert words in result.err
    [event] = flow_events(journal_dir)
    assert dict(event.details) == {"instrument": "session", "value": 2}  # a number, never the effect's words


def test_other_side_effects_open_no_support_content(run, journal_dir: Path, clock) -> None:
    result = run("session", "--route", "iv", "--side-effect", "mood_dip:3", "--side-effect", "headache:3")
    assert safety.THANKS not in result.err and "Crisis lines" not in result.err
    assert result.err.splitlines()[1].startswith("  Headache — if it comes on suddenly")
    assert flow_events(journal_dir) == []


def test_the_guidance_is_the_apps_word_for_word(qtbot, run, journal_dir: Path, clock) -> None:
    """What the app's guidance panel shows after saving this session is what the command prints."""
    from integration_journal.core.session_guidance import guidance_for_session
    from integration_journal.ui.session_form.guidance_panel import GuidancePanel

    result = run("session", "--route", "nasal", "--bp-after", "186/100", "--side-effect", "racing_heart:3",
                 "--side-effect", "bp_high:2", "--side-effect", "confusion:3", "--side-effect", "cravings:1")
    with opened(journal_dir) as ws:
        [session] = ws.journal.list(kind="session")
        items = guidance_for_session(session, ws.journal.now())
    panel = GuidancePanel()
    qtbot.addWidget(panel)
    panel.set_guidance(items)
    printed = result.err.splitlines()
    assert printed[0] == "Something to keep in mind:" == panel.heading.text().rstrip(".") + ":"
    assert [line.removeprefix("  ") for line in printed[1:]] == panel.plain_text().splitlines()
    assert len(printed) == 1 + 5  # racing heart, the reading (for bp_high too), confusion, cravings, driving
