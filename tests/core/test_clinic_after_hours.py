"""The clinic in the profile (issue #12 item 13): its after-hours line is stored encrypted with the rest of the
profile, upgraded from older profiles, validated, changed through the settings service, and shown by the
support content and the summary header."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json

import pytest

from integration_journal.core import codec, safety, summary
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.settings import Preferences, SettingsService
from integration_journal.core.store import MemoryStore
from integration_journal.errors import UndecodableRecord, ValidationError
from tests.helpers import summary_data as sd
from tests.helpers.clocks import FrozenClock
from tests.helpers.records import minute_clock

ID = b"\x07" * 16


def _profile(**changes) -> r.Profile:
    return dataclasses.replace(r.Profile(role=r.Role.PATIENT, display_name="Sam", country_code="GB",
                                         clinic_name="Riverside", clinic_phone="020 7946 0000"), **changes)


def test_the_after_hours_line_round_trips_through_the_codec() -> None:
    profile = dataclasses.replace(_profile(clinic_after_hours="0800 123 456"), id=ID)
    document = json.loads(codec.encode(profile))
    assert document["v"] == 2 and document["d"]["clinic_after_hours"] == "0800 123 456"
    assert codec.decode(ID, codec.encode(profile)) == profile


def _schema_1_payload(**extra) -> bytes:
    document = json.loads(codec.encode(dataclasses.replace(_profile(), id=ID)))
    del document["d"]["clinic_after_hours"]
    document["d"].update(extra)
    document["v"] = 1
    return json.dumps(document).encode()


def test_a_schema_1_profile_opens_without_an_after_hours_line() -> None:
    back = codec.decode(ID, _schema_1_payload())
    assert (back.clinic_name, back.clinic_phone, back.clinic_after_hours) == ("Riverside", "020 7946 0000", "")
    assert json.loads(codec.encode(back))["v"] == 2
    with pytest.raises(UndecodableRecord, match="could not be upgraded"):
        codec.decode(ID, _schema_1_payload(clinic_after_hours="0800"))


def test_the_record_refuses_an_after_hours_line_that_is_not_text() -> None:
    with pytest.raises(ValidationError, match="clinic_after_hours"):
        _profile(clinic_after_hours=123)


@pytest.fixture
def journal() -> Journal:
    journal = Journal.open(MemoryStore(), clock=minute_clock())
    journal.add(_profile())
    return journal


def test_settings_read_and_write_the_clinic_on_the_profile(journal) -> None:
    service = SettingsService(journal)
    prefs = service.load()
    assert prefs.clinic() == ("Riverside", "020 7946 0000", "")
    assert "profile" in service.set_clinic(after_hours=" +44 (0)20 7946 0999 ")  # (and the first settings)
    stored = journal.list(kind=r.Profile)[0]
    assert stored.clinic_after_hours == "+44 (0)20 7946 0999" and stored.clinic_name == "Riverside"
    assert service.set_clinic(name="Harbour Clinic", phone="") == {"profile"}
    assert service.load().clinic() == ("Harbour Clinic", "", "+44 (0)20 7946 0999")
    assert service.save(service.load()) == set()  # nothing changed, nothing written


@pytest.mark.parametrize(("field", "value", "problem"), [
    ("clinic_phone", "call me maybe", "digits, spaces"),
    ("clinic_after_hours", "12", "too short"),
    ("clinic_after_hours", "1" * 41, "digits, spaces"),
    ("clinic_name", "x" * 201, "200"),
])
def test_bad_clinic_values_are_refused_and_change_nothing(journal, field: str, value: str, problem: str) -> None:
    service = SettingsService(journal)
    before = journal.list(kind=r.Profile)[0]
    with pytest.raises(ValidationError) as caught:
        service.save(dataclasses.replace(service.load(), **{field: value}))
    assert caught.value.field == field and problem in str(caught.value)
    assert journal.list(kind=r.Profile)[0] is before


def test_without_a_profile_the_clinic_waits_in_the_settings_record() -> None:
    journal = Journal.open(MemoryStore(), clock=minute_clock())
    service = SettingsService(journal)
    service.save(Preferences(clinic_name="Riverside", clinic_after_hours="0800 123 456"))
    assert service.load().clinic() == ("Riverside", "", "0800 123 456")
    assert journal.list(kind=r.Settings)[0].values["clinic_after_hours"] == "0800 123 456"


def test_the_support_content_names_the_after_hours_line() -> None:
    content = safety.get_help_now_content(_profile(clinic_after_hours="0800 123 456"))
    text = content.plain_text()
    assert text.index("Your clinic (Riverside): 020 7946 0000") < text.index(
        "Your clinic's after-hours line: 0800 123 456") < text.index(content.not_monitored)
    assert "after-hours line: 0800 123 456" in content.markdown().replace("\\", "")
    only_after_hours = safety.get_help_now_content(_profile(clinic_name="", clinic_phone="",
                                                            clinic_after_hours="0800 123 456"))
    assert only_after_hours.clinic.lines() == ["Your clinic's after-hours line: 0800 123 456"]
    assert safety.get_help_now_content(_profile(clinic_name="", clinic_phone="")).clinic is None


def test_the_summary_header_names_the_clinic_and_its_after_hours_line() -> None:
    journal = Journal.open(MemoryStore(), clock=FrozenClock(sd.GENERATED), tz=dt.UTC)
    sd.fill(journal)
    profile = journal.list(kind=r.Profile)[0]
    options = summary.SummaryOptions(sd.FROM, sd.TO)
    without = summary.summary_markdown(summary.build_summary(journal, options, tz=dt.UTC))
    assert "Clinic:" not in without  # nothing set, nothing said
    journal.update(dataclasses.replace(profile, clinic_name="Riverside", clinic_phone="020 7946 0000",
                                       clinic_after_hours="0800 123 456"))
    text = summary.summary_markdown(summary.build_summary(journal, options, tz=dt.UTC))
    header = text.split("\n## ")[0]
    assert "Clinic: Riverside · 020 7946 0000 · after hours: 0800 123 456" in header.replace("\\", "")
