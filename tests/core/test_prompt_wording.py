"""Prompts that do not lead (issue #13 item 10, docs/clinical.md §1.6 and §2): none assumes the session gave an
insight, holds up the dosing state as the person to be, or steers fading benefit toward more treatment."""

from __future__ import annotations

from integration_journal.core import prompts as pp


def _prompt(prompt_id: str) -> pp.Prompt:
    core = next(pack for pack in pp.builtin_packs() if pack.id == "builtin-core")
    return next(p for phase in core.phases for p in phase.prompts if p.id == prompt_id)


def _all_text() -> str:
    return " ".join(f"{p.text} {p.hint}" for pack in pp.builtin_packs() for phase in pack.phases
                    for p in phase.prompts).casefold()


def test_the_wider_view_may_come_from_anyone_not_only_the_session_day_self() -> None:
    prompt = _prompt("on-03")
    assert "session-day" not in _all_text()
    assert "wider or kinder view" in prompt.text
    assert "therapy, your sessions, or someone who knows you" in prompt.hint


def test_the_few_days_prompt_does_not_presume_an_insight() -> None:
    prompt = _prompt("d3-02")
    assert prompt.text.startswith("If anything from the session felt important")
    assert "which insight" not in _all_text()
    assert "nothing stood out" in prompt.hint


def test_fading_benefit_is_judged_with_the_care_team_not_steered_to_a_booster() -> None:
    prompt = _prompt("on-05")
    assert "judge, with your care team, what might help next" in prompt.hint
    assert "booster" not in f"{prompt.text} {prompt.hint}".casefold()
    assert "maintenance session" not in _all_text()
