"""Questionnaire reminders on the Today page: shown when due, Start asks for the Check-ins page with the
instrument, Snooze and "Skip this time" hide the card, an answer clears it, the PEG with the pain focus."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from integration_journal.core.measure_reminders import MeasureReminders
from integration_journal.core.records import Profile, QuestionnaireResponse
from integration_journal.core.schedule import DueStatus, tomorrow_morning
from integration_journal.core.settings import SettingsService
from tests.helpers.clocks import FrozenClock
from tests.helpers.input import choose_from_menu, click
from tests.helpers.today_page import make_page

UTC = dt.timezone.utc
H = dt.timedelta(hours=1)
D = dt.timedelta(days=1)


@pytest.fixture
def clock() -> FrozenClock:  # the Today tests' time: 20 hours after their session of 4 March, noon UTC
    return FrozenClock(dt.datetime(2024, 3, 5, 8, 0, tzinfo=UTC))


def titles(page) -> list[str]:
    return [card.title_label.text() for card in page.measure_cards]


def test_phq9_and_gad7_are_offered_when_never_answered(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    assert page.measure_box.isVisible()
    assert titles(page) == ["PHQ-9 questionnaire", "GAD-7 questionnaire"]
    card = page.measure_cards[0]
    assert card.start_button.accessibleName() == "Start: PHQ-9 questionnaire"
    assert "not answered it yet" in card.detail_label.text()
    assert page.cards == []  # guided prompts are listed apart


def test_start_asks_for_the_checkins_page_with_the_instrument(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    with qtbot.waitSignal(ctx.events.navigate_requested) as navigated:
        click(qtbot, page.measure_cards[1].start_button)
    assert navigated.args == ["checkins", {"instrument": "gad7"}]


def test_an_answer_elsewhere_clears_the_card(qtbot, ctx, clock) -> None:
    page = make_page(qtbot, ctx)
    ctx.journal.add(QuestionnaireResponse(instrument="phq9", answers=[0] * 9, taken_at=clock.now))
    ctx.notify_changed("questionnaire")
    assert titles(page) == ["GAD-7 questionnaire"]
    clock.now += 7 * D
    page.refresh_due()
    [phq, _gad] = page.measure_cards
    assert "every 7 days" in phq.detail_label.text()


def test_snooze_for_three_hours_and_until_tomorrow(qtbot, ctx, clock) -> None:
    page = make_page(qtbot, ctx)
    choose_from_menu(qtbot, page.measure_cards[0].snooze_button, 1)  # "For 3 hours"
    assert titles(page) == ["GAD-7 questionnaire"]
    state = MeasureReminders(ctx.journal).states()["phq9"]
    assert state.status is DueStatus.SNOOZED and state.until == clock.now + 3 * H
    choose_from_menu(qtbot, page.measure_cards[0].snooze_button, 2)  # "Until tomorrow morning"
    assert page.measure_cards == [] and not page.measure_box.isVisible()
    assert MeasureReminders(ctx.journal).states()["gad7"].until == tomorrow_morning(clock.now)
    clock.now += 3 * H
    page.refresh_due()
    assert titles(page) == ["PHQ-9 questionnaire"]


def test_skip_this_time_hides_it_for_one_interval(qtbot, ctx, clock) -> None:
    page = make_page(qtbot, ctx)
    assert page.measure_cards[0].dismiss_button.text() == "Skip this time"
    click(qtbot, page.measure_cards[0].dismiss_button)
    assert titles(page) == ["GAD-7 questionnaire"]
    clock.now += 7 * D
    page.refresh_due()
    assert titles(page) == ["PHQ-9 questionnaire", "GAD-7 questionnaire"]


def test_pain_focus_adds_the_peg_and_settings_change_intervals(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    profile = ctx.journal.list(kind=Profile)[0]
    ctx.journal.update(dataclasses.replace(profile, treatment_focus=("chronic_pain",)))
    ctx.notify_changed("profile")
    assert titles(page) == ["PHQ-9 questionnaire", "GAD-7 questionnaire", "PEG questionnaire"]
    kinds = SettingsService(ctx.journal).update(measure_reminders={"phq9": 0, "gad7": 0, "peg": 0})
    ctx.notify_changed(*kinds)
    assert page.measure_cards == [] and not page.measure_box.isVisible()


def test_measure_cards_have_accessible_names_and_clear_on_lock(qtbot, ctx) -> None:
    page = make_page(qtbot, ctx)
    for card in page.measure_cards:
        for button in (card.start_button, card.snooze_button, card.dismiss_button):
            assert button.accessibleName()
    page.save_state()
    page.clear()
    assert page.measure_cards == []
