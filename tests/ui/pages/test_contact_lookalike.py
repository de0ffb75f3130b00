"""The Sharing page asks before it adds a card whose name looks like an existing contact's but whose
keys are someone else's (#14 item 7); saying no adds nothing."""

from __future__ import annotations

import pytest

from integration_journal.core.sharing import SharingService
from integration_journal.crypto.cards import card_text
from integration_journal.errors import LookalikeContact
from integration_journal.ui.pages.sharing import SharingPage
from integration_journal.ui.sharing.texts import describe_sharing
from tests.helpers.cards import signed_card
from tests.helpers.input import click
from tests.helpers.sharing_sides import make_side, show

IMPOSTOR = "Dr Le\u0435"  # a Cyrillic e


@pytest.fixture
def patient(tmp_path, fast_kdf):
    side = make_side(tmp_path, "patient", "patient", "Sam", fast_kdf)
    therapist = make_side(tmp_path, "therapist", "therapist", "Dr Lee", fast_kdf)
    SharingService(side.journal).add_contact(SharingService(therapist.journal).my_card().raw)
    therapist.ws.close()
    yield side
    side.ws.close()


def _paste(qtbot, page, text: str) -> None:
    page.contacts.paste_edit.setPlainText(text)
    click(qtbot, page.contacts.paste_button)


def test_a_lookalike_card_is_added_only_when_the_person_says_it_is_someone_else(qtbot, patient) -> None:
    page = show(qtbot, SharingPage(patient.ctx))
    page.contacts.reload()
    assert page.contacts.model.rowCount() == 1
    impostor = card_text(signed_card(IMPOSTOR))

    patient.dialogs.confirm_answer = False
    _paste(qtbot, page, impostor)
    [question] = patient.dialogs.texts("confirm")
    assert f"“{IMPOSTOR}”" in question and "“Dr Lee”" in question and "different keys" in question
    assert page.contacts.model.rowCount() == 1
    assert page.contacts.problem.isVisible()
    assert page.contacts.problem.text() == describe_sharing(LookalikeContact(IMPOSTOR, "Dr Lee"))

    patient.dialogs.confirm_answer = True
    _paste(qtbot, page, impostor)
    assert len(patient.dialogs.texts("confirm")) == 2
    assert page.contacts.model.rowCount() == 2
    names = sorted(c.name for c in SharingService(patient.journal).contacts())
    assert names == ["Dr Lee", IMPOSTOR]


def test_a_card_with_a_different_name_is_added_without_a_question(qtbot, patient) -> None:
    page = show(qtbot, SharingPage(patient.ctx))
    _paste(qtbot, page, card_text(signed_card("Dr Kim")))
    assert patient.dialogs.texts("confirm") == []
    assert sorted(c.name for c in SharingService(patient.journal).contacts()) == ["Dr Kim", "Dr Lee"]
