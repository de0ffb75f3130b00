"""The questionnaire layout preference: one page by default, one question per page when chosen,
stored in the vault and validated like the other preferences."""

from __future__ import annotations

import pytest

from integration_journal.core.journal import Journal
from integration_journal.core.records import Settings
from integration_journal.core.settings import KEY_QUESTIONNAIRE_ONE_PER_PAGE, Preferences, SettingsService
from integration_journal.errors import ValidationError


@pytest.fixture
def journal(new_vault) -> Journal:
    return Journal.open(new_vault)


def test_default_is_all_items_on_one_page(journal) -> None:
    assert SettingsService(journal).questionnaire_one_per_page() is False
    assert Preferences().questionnaire_one_per_page is False


def test_it_round_trips_through_the_vault(journal) -> None:
    service = SettingsService(journal)
    assert service.set_questionnaire_one_per_page(True) == {"settings"}
    assert SettingsService(journal).questionnaire_one_per_page() is True
    [record] = journal.list(kind=Settings)
    assert record.values[KEY_QUESTIONNAIRE_ONE_PER_PAGE] is True
    assert service.set_questionnaire_one_per_page(True) == set()  # unchanged: nothing written


def test_a_non_boolean_is_rejected_and_a_damaged_value_reads_as_the_default(journal) -> None:
    with pytest.raises(ValidationError) as caught:
        SettingsService(journal).update(questionnaire_one_per_page="yes")
    assert caught.value.field == KEY_QUESTIONNAIRE_ONE_PER_PAGE
    journal.add(Settings(values={KEY_QUESTIONNAIRE_ONE_PER_PAGE: "sometimes"}))
    assert SettingsService(journal).questionnaire_one_per_page() is False
