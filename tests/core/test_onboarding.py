"""The first-run state machine on its own: order, validation, the ways back, and what is written when."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from integration_journal.core.countries import COMMON, COUNTRIES, country_from_locale, sorted_by_name
from integration_journal.core.journal import Journal
from integration_journal.core.onboarding import (
    MEASURING_SHARE,
    Creation,
    KitCheck,
    NotAllowed,
    Onboarding,
    Step,
    StepError,
    common_countries,
    normalise_group,
)
from integration_journal.core.records import Profile, Role, TreatmentFocus
from integration_journal.core.store import MemoryStore
from tests.helpers.records import minute_clock

UTC = dt.timezone.utc
PASSPHRASE = "quiet river morning lantern 42"
GROUPS = ("AB01", "CD23", "EF45", "GH67", "JK89", "MN0P", "QR1S", "TV2W", "XY3Z", "0A1B", "2C3D", "4E5F",
          "6G7H", "8J9K")
PATIENT_STEPS = [Step.WELCOME, Step.ROLE, Step.NAME, Step.PASSPHRASE, Step.CREATE, Step.KIT, Step.KIT_CHECK,
                 Step.COUNTRY, Step.FOCUS, Step.CLINIC]


def make_journal(request) -> Journal:
    """What Workspace.create does to the journal, over memory."""
    journal = Journal.open(MemoryStore(), minute_clock(), tz=UTC)
    journal.add(Profile(role=request.role, display_name=request.display_name))
    journal.audit("journal_created")
    return journal


def to_create_step(ob: Onboarding, *, role: Role = Role.PATIENT, name: str = "Alex") -> None:
    assert ob.next() is Step.ROLE
    ob.set_role(role)
    assert ob.next() is Step.NAME
    ob.set_name(name)
    assert ob.next() is Step.PASSPHRASE
    ob.set_passphrase(PASSPHRASE, PASSPHRASE)
    assert ob.next() is Step.CREATE


def create(ob: Onboarding) -> Journal:
    request = ob.start_creation()
    journal = make_journal(request)
    ob.creation_succeeded(GROUPS, journal)
    return journal


def to_country_step(ob: Onboarding, **kwargs) -> Journal:
    to_create_step(ob, **kwargs)
    journal = create(ob)
    assert ob.next() is Step.KIT_CHECK
    ob.set_kit_answer(GROUPS[ob.kit_check_number - 1])
    assert ob.next() is Step.COUNTRY
    return journal


def profile_of(journal: Journal) -> Profile:
    [profile] = journal.list(kind=Profile)
    return profile


def audit_events(journal: Journal) -> list[str]:
    return sorted(event.event for event in journal.list(kind="audit"))


# --- the whole way through ------------------------------------------------------------------------

def test_a_patient_goes_through_every_step_and_the_profile_is_written_once_at_the_end() -> None:
    ob = Onboarding(locale_name="en_GB.UTF-8", choose=lambda n: 4)
    assert ob.position() == (1, 10)
    to_create_step(ob)
    assert ob.journal is None  # nothing written before the create step
    request = ob.start_creation()
    assert (request.role, request.display_name, request.passphrase) == (Role.PATIENT, "Alex", PASSPHRASE)
    assert PASSPHRASE not in repr(request)
    journal = make_journal(request)
    ob.creation_succeeded(GROUPS, journal)
    assert ob.step is Step.KIT and ob.kit_groups == GROUPS and ob.kit_check_number == 5
    assert audit_events(journal) == ["journal_created"]

    ob.next()
    ob.set_kit_answer(" jk-89 ")  # group 5, in lower case with a separator
    ob.next()
    assert audit_events(journal) == ["journal_created", "recovery_kit_checked"]
    assert ob.kit_groups == () and ob.kit_check_number is None  # the kit is forgotten
    assert ob.country_code == "GB"  # suggested by the system locale
    ob.next()
    ob.set_focus([TreatmentFocus.CHRONIC_PAIN, "depression"])
    ob.next()
    ob.set_clinic("  Harbour Clinic ", "+44 (0)20 7946 0000")
    before = profile_of(journal)
    assert (before.country_code, before.treatment_focus, before.clinic_name) == (None, (), "")  # not yet
    assert ob.next() is Step.DONE

    profile = profile_of(journal)
    assert profile.country_code == "GB"
    assert profile.treatment_focus == (TreatmentFocus.DEPRESSION, TreatmentFocus.CHRONIC_PAIN)
    assert (profile.clinic_name, profile.clinic_phone) == ("Harbour Clinic", "+44 (0)20 7946 0000")
    assert (profile.role, profile.display_name) == (Role.PATIENT, "Alex")
    assert len(journal.history(profile.id)) == 1  # one update, not one per step
    assert ob.position() == (10, 10)


def test_the_order_of_steps_for_a_patient_and_a_therapist() -> None:
    ob = Onboarding()
    assert list(ob.steps()) == PATIENT_STEPS
    ob.set_role(Role.THERAPIST)
    assert list(ob.steps()) == [s for s in PATIENT_STEPS if s is not Step.FOCUS]


def test_a_therapist_skips_the_treatment_focus() -> None:
    ob = Onboarding(choose=lambda n: 0)
    journal = to_country_step(ob, role=Role.THERAPIST, name="Dr Lee")
    assert ob.position() == (8, 9)
    ob.set_focus([TreatmentFocus.ANXIETY])  # even if something set it, it is not a therapist's question
    assert ob.next() is Step.CLINIC
    assert ob.back() is Step.COUNTRY
    ob.set_country("ca")
    ob.next()
    assert ob.next() is Step.DONE
    profile = profile_of(journal)
    assert (profile.role, profile.country_code, profile.treatment_focus) == (Role.THERAPIST, "CA", ())


# --- validation in plain words --------------------------------------------------------------------

def _error(ob: Onboarding) -> StepError:
    step = ob.step
    with pytest.raises(StepError) as caught:
        ob.next()
    assert ob.step is step  # no move
    return caught.value


def test_name_is_needed_and_kept_short() -> None:
    ob = Onboarding()
    ob.next(), ob.next()
    ob.set_name("   ")
    error = _error(ob)
    assert (error.step, error.field) == (Step.NAME, "name")
    assert str(error) == "Please type a name. A first name or a nickname is enough."
    ob.set_name("x" * 121)
    error = _error(ob)
    assert str(error) == "Please keep the name to 120 characters or fewer."
    assert error.template.format(**error.params) == str(error)  # what the ui translates, then fills in
    ob.set_name("  Sam  ")
    ob.next()
    ob.set_passphrase(PASSPHRASE, PASSPHRASE)
    ob.next()
    assert ob.start_creation().display_name == "Sam"


@pytest.mark.parametrize(("passphrase", "repeat", "field", "words"), [
    ("", "", "passphrase", "Please choose a passphrase."),
    ("short", "short", "passphrase", "at least 12 characters"),
    ("password", "password", "passphrase", "at least 12"),
    (PASSPHRASE, "", "repeat", "a second time"),
    (PASSPHRASE, PASSPHRASE + " ", "repeat", "The two passphrases are different."),
])
def test_passphrase_problems_are_named(passphrase, repeat, field, words) -> None:
    ob = Onboarding()
    ob.next(), ob.next(), ob.set_name("Alex"), ob.next()
    ob.set_passphrase(passphrase, repeat)
    error = _error(ob)
    assert error.field == field and words in str(error)


def test_a_role_must_be_chosen() -> None:
    ob = Onboarding()
    ob.next()
    ob.set_role(None)
    assert str(_error(ob)) == "Please choose how you will use the journal."


@pytest.mark.parametrize(("name", "phone", "field", "words"), [
    ("", "020 7946 0000 ext 12", None, None),
    ("", "", None, None),
    ("x" * 201, "", "clinic_name", "200 characters"),
    ("Clinic", "call me maybe", "clinic_phone", "digits, spaces"),
    ("Clinic", "12", "clinic_phone", "too short"),
    ("Clinic", "1" * 41, "clinic_phone", "digits, spaces"),
])
def test_the_clinic_contact_is_optional_but_checked(name, phone, field, words) -> None:
    ob = Onboarding()
    to_country_step(ob)
    ob.next(), ob.next()
    ob.set_clinic(name, phone)
    if field is None:
        assert ob.next() is Step.DONE
    else:
        error = _error(ob)
        assert error.field == field and words in str(error)


def test_country_may_be_left_open_but_not_made_up() -> None:
    ob = Onboarding(locale_name="C")
    journal = to_country_step(ob)
    assert ob.country_code is None
    ob.set_country("XX")
    assert str(_error(ob)) == "Please choose a country from the list."
    ob.set_country(None)
    ob.next(), ob.next(), ob.next()
    assert profile_of(journal).country_code is None


# --- the recovery kit check -----------------------------------------------------------------------

@pytest.mark.parametrize("typed", ["JK89", "jk89", "j k-8_9", "JK89 "])
def test_kit_check_accepts_case_and_separators(typed) -> None:
    check = KitCheck(GROUPS, choose=lambda n: 4)
    assert check.number == 5 and check.count == 14
    assert check.matches(typed)


def test_kit_check_reads_look_alikes_as_the_kit_does() -> None:
    check = KitCheck(["0I1L", "O0LI"], choose=lambda n: 0)
    assert normalise_group("oiil") == "0111"
    assert check.matches("0111") is False  # groups are compared in the kit's spelling
    check = KitCheck(["0111", "1010"], choose=lambda n: 0)
    assert check.matches("OIlL") and check.matches("o1i1")
    assert not check.matches("0112")


def test_the_checked_group_is_chosen_at_random_over_the_whole_kit() -> None:
    numbers = {KitCheck(GROUPS).number for _ in range(400)}
    assert numbers == set(range(1, 15))


def test_a_wrong_group_names_the_number_and_allows_a_look_back_at_the_kit() -> None:
    ob = Onboarding(choose=lambda n: 13)
    to_create_step(ob)
    journal = create(ob)
    assert not ob.can_go_back()  # the kit page: the journal exists
    ob.next()
    ob.set_kit_answer("")
    assert str(_error(ob)) == "Please type group 14 from your copy."
    ob.set_kit_answer(GROUPS[12])
    error = _error(ob)
    assert "That is not group 14." in str(error) and error.params == {"number": 14}
    assert "going back shows it again" in str(error)
    assert ob.kit_attempts == 1  # an empty field is not a try
    ob.set_kit_answer("0000")
    _error(ob)
    ob.set_kit_answer("1111")
    assert "write it out again" in str(_error(ob))  # after three misses: perhaps the copy is the problem
    assert ob.kit_attempts == 3
    assert ob.back() is Step.KIT and ob.kit_groups == GROUPS
    assert ob.next() is Step.KIT_CHECK and ob.kit_check_number == 14  # the same group is asked again
    ob.set_kit_answer(GROUPS[13].lower())
    assert ob.next() is Step.COUNTRY
    assert audit_events(journal).count("recovery_kit_checked") == 1


def test_a_failed_audit_write_keeps_the_kit_on_hand() -> None:
    ob = Onboarding(choose=lambda n: 0)
    to_create_step(ob)
    journal = create(ob)
    ob.next()
    ob.set_kit_answer(GROUPS[0])

    def refuse(*args, **kwargs):
        raise OSError("disk full")

    journal.audit = refuse
    with pytest.raises(OSError):
        ob.next()
    assert ob.step is Step.KIT_CHECK and ob.kit_groups == GROUPS and not ob.kit_checked


# --- the ways back --------------------------------------------------------------------------------

def test_back_is_free_until_the_journal_exists_and_never_behind_it() -> None:
    ob = Onboarding()
    assert not ob.can_go_back()
    with pytest.raises(NotAllowed):
        ob.back()
    to_create_step(ob)
    assert ob.can_go_back()  # not started yet
    assert ob.back() is Step.PASSPHRASE
    assert ob.back() is Step.NAME
    assert ob.back() is Step.ROLE
    ob.set_role(Role.THERAPIST)
    ob.next(), ob.next()
    ob.set_passphrase(PASSPHRASE, PASSPHRASE)
    ob.next()

    ob.start_creation()
    assert ob.creating and not ob.can_go_back()  # the keys are being made
    with pytest.raises(NotAllowed):
        ob.back()
    with pytest.raises(NotAllowed):
        ob.set_name("someone else")
    ob.creation_succeeded(GROUPS, make_journal(_request(ob)))
    for step in (Step.WELCOME, Step.ROLE, Step.NAME, Step.PASSPHRASE, Step.CREATE):
        assert not ob.can_revisit(step)
    with pytest.raises(NotAllowed):
        ob.set_role(Role.PATIENT)
    with pytest.raises(NotAllowed):
        ob.set_passphrase("another passphrase entirely", "another passphrase entirely")
    assert ob.can_revisit(Step.KIT)
    ob.next()
    ob.set_kit_answer(GROUPS[ob.kit_check_number - 1])
    ob.next()
    assert not ob.can_revisit(Step.KIT) and not ob.can_go_back()  # country: the kit is behind a door
    assert ob.can_revisit(Step.COUNTRY) and ob.can_revisit(Step.CLINIC) and not ob.can_revisit(Step.FOCUS)
    ob.next()
    assert ob.back() is Step.COUNTRY


def _request(ob: Onboarding):
    from integration_journal.core.onboarding import CreationRequest

    return CreationRequest(ob.role, ob.display_name, "")


def test_next_does_not_run_the_create_step_and_nothing_runs_twice() -> None:
    ob = Onboarding()
    to_create_step(ob)
    with pytest.raises(NotAllowed):
        ob.next()
    create(ob)
    with pytest.raises(NotAllowed):
        ob.start_creation()
    ob.step = Step.CREATE  # even if a caller put it back
    with pytest.raises(NotAllowed):
        ob.start_creation()


# --- the create step ------------------------------------------------------------------------------

def test_progress_follows_calibration_then_the_key() -> None:
    ob = Onboarding()
    to_create_step(ob)
    assert ob.progress() is None and ob.creation is Creation.NOT_STARTED
    ob.start_creation()
    assert ob.creation is Creation.MEASURING and ob.progress() is None  # busy until something is reported
    ob.report_progress(0.4)
    assert ob.progress() == pytest.approx(0.4 * MEASURING_SHARE)
    ob.report_progress(0.2)  # never backwards
    assert ob.progress() == pytest.approx(0.4 * MEASURING_SHARE)
    ob.report_progress(1.0)
    assert ob.creation is Creation.PROTECTING and ob.progress() == MEASURING_SHARE
    ob.creation_succeeded(GROUPS, make_journal(_request(ob)))
    assert ob.progress() == 1.0
    ob.report_progress(0.5)  # late reports change nothing
    assert ob.creation is Creation.DONE


def test_a_failed_creation_can_be_retried_or_left_by_going_back() -> None:
    ob = Onboarding()
    to_create_step(ob)
    ob.start_creation()
    ob.creation_failed()
    assert ob.creation is Creation.FAILED and ob.journal is None and ob.can_go_back()
    again = ob.start_creation()
    assert again.passphrase == PASSPHRASE  # kept for the retry
    ob.creation_failed()
    assert ob.back() is Step.PASSPHRASE and ob.creation is Creation.NOT_STARTED
    ob.set_passphrase("a different but fine passphrase", "a different but fine passphrase")
    ob.next()
    request = ob.start_creation()
    assert request.passphrase == "a different but fine passphrase"
    ob.creation_succeeded(GROUPS, make_journal(request))
    assert ob._passphrase == "" and ob._repeat == ""  # dropped once the journal exists


# --- leaving early --------------------------------------------------------------------------------

def test_leaving_before_the_kit_check_writes_nothing_and_drops_the_kit() -> None:
    ob = Onboarding(choose=lambda n: 0)
    to_create_step(ob)
    journal = create(ob)
    ob.next()
    assert ob.leave() is False  # the caller closes the journal; the kit was never confirmed
    assert ob.kit_groups == ()
    assert audit_events(journal) == ["journal_created"]


def test_leaving_after_the_kit_check_keeps_the_answers_confirmed_so_far() -> None:
    ob = Onboarding(locale_name="en_IE", choose=lambda n: 0)
    journal = to_country_step(ob)
    assert ob.leave() is True
    assert profile_of(journal).country_code is None  # shown, not confirmed
    assert len(journal.history(profile_of(journal).id)) == 0

    ob = Onboarding(locale_name="en_IE", choose=lambda n: 0)
    journal = to_country_step(ob)
    ob.next()  # country confirmed
    ob.set_focus([TreatmentFocus.ANXIETY])  # chosen, but the person closes before Next
    assert ob.leave() is True
    profile = profile_of(journal)
    assert (profile.country_code, profile.treatment_focus) == ("IE", ())


def test_forget_drops_the_journal_and_every_answer() -> None:
    ob = Onboarding(choose=lambda n: 0)
    to_create_step(ob)
    create(ob)
    ob.set_clinic("Harbour Clinic", "020 7946 0000")
    ob.forget()
    assert ob.journal is None and ob.kit_groups == ()
    assert (ob.display_name, ob.clinic_name, ob.clinic_phone, ob._passphrase) == ("", "", "", "")
    assert ob.leave() is False  # nothing left to write to


def test_finishing_writes_nothing_when_nothing_changes() -> None:
    ob = Onboarding(locale_name="C", choose=lambda n: 0)
    journal = to_country_step(ob)
    ob.next(), ob.next(), ob.next()
    assert ob.step is Step.DONE
    assert journal.history(profile_of(journal).id) == []
    assert ob.leave() is True  # closing after the end is harmless


# --- countries ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("locale_name", "code"), [
    ("en_GB", "GB"), ("en-US", "US"), ("de_DE.UTF-8", "DE"), ("sr_Latn_RS", "RS"), ("fr_CA@euro", "CA"),
    ("C", None), ("POSIX", None), ("en", None), ("en_001", None), ("", None), (None, None), ("xx_ZZ", None),
])
def test_country_from_the_system_locale(locale_name, code) -> None:
    assert country_from_locale(locale_name) == code


def test_the_country_list_is_iso_3166_alpha_2() -> None:
    assert len(COUNTRIES) == 249
    assert all(len(code) == 2 and code.isupper() for code in COUNTRIES)
    assert set(COMMON) <= set(COUNTRIES)
    assert [code for code, _name in common_countries()] == list(COMMON)
    assert COUNTRIES["GB"] == "United Kingdom" and COUNTRIES["NZ"] == "New Zealand"
    names = [name for _code, name in sorted_by_name()]
    assert names[:2] == ["Afghanistan", "Åland Islands"] and len(set(names)) == len(names)
    for code in COUNTRIES:  # every code the list offers is one the profile accepts
        Profile(role=Role.PATIENT, display_name="x", country_code=code)


# --- whatever the person does, the doors hold ---------------------------------------------------

# "next" is listed often so that walks get far; each walk starts at one of four points along the way.
ACTIONS = st.lists(st.sampled_from(["next"] * 4 + ["back", "back", "create", "fail", "succeed", "create_ok",
                                                   "good_kit", "bad_kit", "therapist", "leave"]),
                   max_size=30)


def _walk_start(where: str) -> Onboarding:
    ob = Onboarding(choose=lambda n: 2)
    if where == "fresh":
        ob.set_name("Alex")
        ob.set_passphrase(PASSPHRASE, PASSPHRASE)
    elif where == "create":
        to_create_step(ob)
    elif where == "kit":
        to_create_step(ob)
        create(ob)
    else:
        to_country_step(ob)
    ob.set_kit_answer(GROUPS[2])
    return ob


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["fresh", "create", "kit", "country"]), ACTIONS)
def test_no_sequence_of_moves_gets_behind_the_doors(where, actions) -> None:
    ob = _walk_start(where)
    for action in actions:
        created, checked, creating = ob.journal_exists, ob.kit_checked, ob.creating
        try:
            if action == "next":
                ob.next()
            elif action == "back":
                ob.back()
            elif action == "create":
                ob.start_creation()
            elif action == "fail":
                ob.creation_failed()
            elif action == "succeed":
                if ob.creating:
                    ob.creation_succeeded(GROUPS, make_journal(_request(ob)))
            elif action == "create_ok":
                ob.creation_succeeded(GROUPS, make_journal(ob.start_creation()))
            elif action == "good_kit":
                ob.set_kit_answer(GROUPS[2])
            elif action == "bad_kit":
                ob.set_kit_answer("ZZZZ")
            elif action == "therapist":
                ob.set_role(Role.THERAPIST)
            elif action == "leave":
                assert ob.leave() is ob.kit_checked
        except (StepError, NotAllowed):
            pass
        if creating:  # the keys are being made: the only way on is their outcome
            assert ob.step in (Step.CREATE, Step.KIT)
        if created:
            assert ob.journal_exists and ob.step not in (Step.WELCOME, Step.ROLE, Step.NAME, Step.PASSPHRASE)
        if checked:
            assert ob.kit_groups == () and ob.step not in (Step.KIT, Step.KIT_CHECK, Step.CREATE)
        if ob.step in (Step.COUNTRY, Step.FOCUS, Step.CLINIC, Step.DONE):
            assert ob.kit_checked
        if ob.journal_exists:
            profiles = ob.journal.list(kind=Profile)
            assert len(profiles) == 1 and len(ob.journal.history(profiles[0].id)) <= 1
        else:
            assert ob.step in (Step.WELCOME, Step.ROLE, Step.NAME, Step.PASSPHRASE, Step.CREATE)
        if ob.role is Role.THERAPIST:
            assert ob.step is not Step.FOCUS


@pytest.mark.parametrize("name", ["Sam\u202eexe", "Sa\u0085m", "S\u200bam", "Sam\u2028Lee", "Sam\x7f"])
def test_the_name_step_refuses_hidden_characters_and_keeps_one_written_form(name: str) -> None:
    """The name becomes the name on the contact card: the rules of crypto/names.py (#14 item 7)."""
    import unicodedata

    ob = Onboarding()
    ob.next(), ob.next()
    ob.set_name(name)
    error = _error(ob)
    assert (error.step, error.field) == (Step.NAME, "name") and "invisible characters" in str(error)
    ob.set_name(unicodedata.normalize("NFD", " Zoë   Ana "))
    ob.next()
    ob.set_passphrase(PASSPHRASE, PASSPHRASE)
    ob.next()
    assert ob.start_creation().display_name == "Zoë Ana"
