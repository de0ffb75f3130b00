"""Names on cards, contacts and the profile (#14 item 7): a card whose name carries controls, a
right-to-left override or invisible characters is refused; a card whose name looks like an existing
contact's but whose keys are not theirs is refused until the person confirms; the profile's display
name (the name on one's own card) follows the same rules."""

from __future__ import annotations

import pytest

from integration_journal.core import records as r
from integration_journal.core.sharing import SharingService
from integration_journal.crypto import cards
from integration_journal.errors import CardProblem, CardRejected, LookalikeContact, SharingError, ValidationError
from integration_journal.storage.workspace import Workspace
from tests.helpers.cards import signed_card
from tests.helpers.workspaces import PASSPHRASE

CYRILLIC_E = "\u0435"


@pytest.mark.parametrize("name", ["Dr\u0085Lee", "Dr Lee\x7f", "Dr Lee\u202eexe", "Dr\u2028Lee", "Dr\u200bLee",
                                  "Dr \x1b]52;c;aGk=\x07Lee"])
def test_a_card_whose_name_hides_characters_is_refused(name: str) -> None:
    with pytest.raises(CardRejected) as refused:
        cards.parse_card(signed_card(name))
    assert refused.value.reason is CardProblem.BAD_NAME
    with pytest.raises(CardRejected):
        cards.parse_card_text(cards.card_text(signed_card(name)))


def test_a_clean_name_still_makes_a_card() -> None:
    assert cards.parse_card(signed_card("Dr Kim 👩‍⚕️")).name == "Dr Kim 👩‍⚕️"


def test_a_lookalike_of_a_contact_is_refused_until_confirmed(pair) -> None:
    patient, _, ps, _, at_patient, _, _ = pair
    assert at_patient.name == "Dr Lee"
    impostor = signed_card(f"Dr Le{CYRILLIC_E}")
    with pytest.raises(LookalikeContact) as refused:
        ps.add_contact(impostor)
    assert refused.value.name == f"Dr Le{CYRILLIC_E}" and refused.value.existing == "Dr Lee"
    assert "Dr" not in str(refused.value)  # the message itself quotes no name
    assert [c.name for c in ps.contacts()] == ["Dr Lee"]
    for name in ("Dr \u216cee", "Ｄｒ Ｌｅｅ", "Dr  L\u0435e"):  # given names are checked the same way
        with pytest.raises(LookalikeContact):
            ps.add_contact(signed_card("Someone"), name)
    added = ps.add_contact(impostor, confirm_lookalike=True)
    assert added.new and not added.contact.verified
    assert sorted(c.name for c in ps.contacts()) == ["Dr Lee", f"Dr Le{CYRILLIC_E}"]


def test_a_lookalike_under_a_name_that_tells_them_apart_is_added(pair) -> None:
    _, _, ps, _, _, _, _ = pair
    added = ps.add_contact(signed_card(f"Dr Le{CYRILLIC_E}"), "Dr Lee (new clinic)")
    assert added.contact.name == "Dr Lee (new clinic)"


def test_the_same_contact_with_a_new_card_is_no_lookalike(pair) -> None:
    _, therapist, ps, ts, at_patient, _, _ = pair
    again = ps.add_contact(ts.my_card().raw)  # the same keys, the same name: an update
    assert not again.new and not again.key_changed and again.contact.id == at_patient.id


def test_renaming_to_a_lookalike_or_a_hidden_character_is_refused(pair) -> None:
    _, _, ps, _, at_patient, _, _ = pair
    other = ps.add_contact(signed_card("Dr Kim")).contact
    with pytest.raises(SharingError, match="looks the same"):
        ps.rename(other, f"Dr L{CYRILLIC_E}e")
    with pytest.raises(ValidationError):
        ps.rename(other, "Dr\u202eKim")
    assert ps.rename(other, "  Dr   Kim  (clinic) ").name == "Dr Kim (clinic)"


def test_a_given_name_with_hidden_characters_is_refused(pair) -> None:
    _, _, ps, _, _, _, _ = pair
    with pytest.raises(ValidationError, match="invisible"):
        ps.add_contact(signed_card("Dr Kim"), "Dr\u200bKim")
    assert [c.name for c in ps.contacts()] == ["Dr Lee"]


def test_contacts_are_found_by_any_written_form_of_their_name(pair) -> None:
    import unicodedata

    _, _, ps, _, _, _, _ = pair
    added = ps.add_contact(signed_card("José"), "José").contact
    assert ps.find_contact(unicodedata.normalize("NFD", "  josé ")).id == added.id


def test_the_display_name_follows_the_rules_and_is_kept_in_one_form(tmp_path, fast_kdf) -> None:
    import unicodedata

    for bad in ("Sam\u202e", "Sam\u0085", "Sam\u2028Lee", "S\u200bam"):
        with pytest.raises(ValidationError, match="invisible"):
            Workspace.create(tmp_path / "refused", PASSPHRASE, role="patient", display_name=bad, policy=fast_kdf)
        assert not (tmp_path / "refused" / "journal.ijvault").exists()
    ws, _ = Workspace.create(tmp_path / "ok", PASSPHRASE, role="patient",
                             display_name=unicodedata.normalize("NFD", " Zoë  Ana "), policy=fast_kdf)
    with ws:
        profile = next(p for p in ws.journal.list(r.Profile))
        assert profile.display_name == "Zoë Ana"
        assert SharingService(ws.journal).my_card().name == "Zoë Ana"
