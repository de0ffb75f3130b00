"""In-vault preferences: defaults, validation, and typed reads and writes over the journal.

Preferences that reveal use of the app (the country for crisis lines, the treatment focus, reminders,
an extra backup folder, a therapist's drop folder for share files) and the lock timeout live inside the
encrypted vault, never in QSettings.
Country, treatment focus and the clinic (name, phone, after-hours line) have one home, the Profile record
(onboarding writes them there; crisis lines, prompt selection, the support panel and the summary read them
there); the rest is one `Settings` record. Values read back are
checked again, so a damaged or older record yields defaults instead of an error.
"""

from __future__ import annotations

import dataclasses
import ntpath
import posixpath
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from integration_journal.core.countries import is_country
from integration_journal.core.phone import phone_problem
from integration_journal.core.records import (
    NAME_MAX,
    Profile,
    Settings,
    TreatmentFocus,
    check_enum,
    check_items,
    check_text,
    thaw_json,
)
from integration_journal.errors import ValidationError

LOCK_TIMEOUT_MIN = 1
LOCK_TIMEOUT_MAX = 60
LOCK_TIMEOUT_DEFAULT = 5
PATH_MAX = 4096

# Keys inside the Settings record (stored form: never rename).
KEY_LOCK_TIMEOUT = "lock_timeout_minutes"
KEY_REMINDERS = "reminders"
KEY_BACKUP_FOLDER = "backup_folder"
KEY_DROP_FOLDER = "drop_folder"  # therapist: a folder watched for share files (the Inbox)
KEY_QUESTIONNAIRE_ONE_PER_PAGE = "questionnaire_one_per_page"  # else all items on one page
KEY_COUNTRY = "country_code"  # only while the vault has no Profile
KEY_FOCUS = "treatment_focus"  # likewise
KEY_CLINIC_NAME = "clinic_name"  # likewise (the Profile field names)
KEY_CLINIC_PHONE = "clinic_phone"
KEY_CLINIC_AFTER_HOURS = "clinic_after_hours"
CLINIC_KEYS = (KEY_CLINIC_NAME, KEY_CLINIC_PHONE, KEY_CLINIC_AFTER_HOURS)

_COUNTRY_PATTERN = re.compile(r"[A-Z]{2}\Z")  # ISO 3166-1 alpha-2, as Profile checks it

PROFILE_KIND = Profile.KIND
SETTINGS_KIND = Settings.KIND


# Questionnaire reminders (core.measure_reminders schedules them; the chosen intervals are a preference).
KEY_MEASURE_REMINDERS = "measure_reminders"  # the preference's key inside the Settings record (never rename)
MEASURE_REMINDER_INSTRUMENTS: tuple[str, ...] = ("phq9", "gad7", "peg")  # those with reminders, in the order shown
MEASURE_INTERVAL_MAX = 90  # days; 0 = off


def check_measure_intervals(value: object) -> dict[str, int]:
    """Chosen intervals by instrument id, each a whole number of days from 0 (off) to MEASURE_INTERVAL_MAX."""
    if not isinstance(value, Mapping):
        raise ValidationError(KEY_MEASURE_REMINDERS, "must map questionnaires to a number of days")
    checked: dict[str, int] = {}
    for key, days in value.items():
        if key not in MEASURE_REMINDER_INSTRUMENTS:
            raise ValidationError(KEY_MEASURE_REMINDERS, f"has no reminder for {key!r}")
        if not isinstance(days, int) or isinstance(days, bool) or not 0 <= days <= MEASURE_INTERVAL_MAX:
            raise ValidationError(KEY_MEASURE_REMINDERS, f"must be between 0 (off) and {MEASURE_INTERVAL_MAX} days")
        checked[key] = days
    return {key: checked[key] for key in MEASURE_REMINDER_INSTRUMENTS if key in checked}


@dataclass(frozen=True, slots=True)
class Preferences:
    """Every in-vault preference with its default; construct through `validated` to check values."""

    lock_timeout_minutes: int = LOCK_TIMEOUT_DEFAULT
    reminders: bool = False
    backup_folder: str | None = None
    country_code: str | None = None
    treatment_focus: tuple[TreatmentFocus, ...] = ()
    # Questionnaire reminder intervals in days, only those the person changed (core.measure_reminders:
    # the rest follow the treatment focus).
    measure_reminders: dict[str, int] = field(default_factory=dict)
    questionnaire_one_per_page: bool = False
    drop_folder: str | None = None
    # The clinic the support panel and the summary name (docs/clinical.md §3.9, §5.1 "professionals").
    clinic_name: str = ""
    clinic_phone: str = ""
    clinic_after_hours: str = ""

    def validated(self) -> Preferences:
        """The same preferences in normal form, or ValidationError naming the first bad field."""
        return Preferences(
            lock_timeout_minutes=check_lock_timeout(self.lock_timeout_minutes),
            reminders=check_flag(KEY_REMINDERS, self.reminders),
            backup_folder=check_backup_folder(self.backup_folder),
            country_code=check_country(self.country_code),
            treatment_focus=check_focus(self.treatment_focus),
            measure_reminders=check_measure_intervals(self.measure_reminders),
            questionnaire_one_per_page=check_flag(KEY_QUESTIONNAIRE_ONE_PER_PAGE, self.questionnaire_one_per_page),
            drop_folder=check_drop_folder(self.drop_folder),
            clinic_name=check_clinic_name(self.clinic_name),
            clinic_phone=check_phone(KEY_CLINIC_PHONE, self.clinic_phone),
            clinic_after_hours=check_phone(KEY_CLINIC_AFTER_HOURS, self.clinic_after_hours),
        )

    def clinic(self) -> tuple[str, str, str]:
        return (self.clinic_name, self.clinic_phone, self.clinic_after_hours)

    def replace(self, **changes: Any) -> Preferences:
        return dataclasses.replace(self, **changes).validated()


# --- checks (each names the field it rejects, in the words the UI shows) ----------------------------

def check_lock_timeout(value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(KEY_LOCK_TIMEOUT, "must be a whole number of minutes")
    if not LOCK_TIMEOUT_MIN <= value <= LOCK_TIMEOUT_MAX:
        raise ValidationError(KEY_LOCK_TIMEOUT, f"must be between {LOCK_TIMEOUT_MIN} and {LOCK_TIMEOUT_MAX} minutes")
    return value


def check_flag(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, "must be on or off")
    return value


def _check_folder(key: str, value: object) -> str | None:
    if value is None or value == "":
        return None
    text = check_text(key, value, PATH_MAX)
    if "\0" in text:
        raise ValidationError(key, "is not a valid folder path")
    # Either platform's absolute form: a vault may move between computers with its settings.
    if not (posixpath.isabs(text) or ntpath.isabs(text)):
        raise ValidationError(key, "must be a full path to a folder")
    return text


def check_backup_folder(value: object) -> str | None:
    return _check_folder(KEY_BACKUP_FOLDER, value)


def check_drop_folder(value: object) -> str | None:
    return _check_folder(KEY_DROP_FOLDER, value)


def check_country(value: object) -> str | None:
    if value is None or value == "":
        return None
    code = value.upper() if isinstance(value, str) else None
    if code is None or not _COUNTRY_PATTERN.match(code) or not is_country(code):
        raise ValidationError(KEY_COUNTRY, "must be a two-letter country code")
    return code


def check_clinic_name(value: object) -> str:
    return check_text(KEY_CLINIC_NAME, value, NAME_MAX).strip() if value else ""


def check_phone(key: str, value: object) -> str:
    """A clinic phone number as the person wrote it (trimmed), "" for none; ValidationError naming `key`."""
    if value is None or value == "":
        return ""
    text = check_text(key, value, NAME_MAX).strip()
    problem = phone_problem(text)
    if problem is not None:
        raise ValidationError(key, problem)
    return text


def check_focus(value: object) -> tuple[TreatmentFocus, ...]:
    chosen = {check_enum(KEY_FOCUS, TreatmentFocus, item) for item in check_items(KEY_FOCUS, value, 16)}
    return tuple(focus for focus in TreatmentFocus if focus in chosen)  # catalogue order, each once


def _lenient(check, value: object, default: Any) -> Any:
    try:
        return check(value)
    except ValidationError:
        return default


# --- the service ----------------------------------------------------------------------------------

class SettingsService:
    """Reads and writes preferences through a Journal (core.journal.Journal or anything with its
    `list(kind=...)`, `add` and `update`)."""

    def __init__(self, journal: Any) -> None:
        self._journal = journal

    # reading ---------------------------------------------------------------------------------------

    def _record(self) -> Settings | None:
        found = self._journal.list(kind=SETTINGS_KIND)
        return found[0] if found else None  # newest wins if an import ever brought a second one

    def _profile(self) -> Profile | None:
        found = self._journal.list(kind=PROFILE_KIND)
        return found[0] if found else None

    def _stored(self) -> dict[str, Any]:
        record = self._record()
        return thaw_json(record.values) if record is not None else {}

    def load(self) -> Preferences:
        stored = self._stored()
        defaults = Preferences()
        profile = self._profile()
        if profile is not None:
            country, focus = profile.country_code, tuple(profile.treatment_focus)
            clinic = (profile.clinic_name, profile.clinic_phone, profile.clinic_after_hours)
        else:
            country = _lenient(check_country, stored.get(KEY_COUNTRY), None)
            focus = _lenient(check_focus, stored.get(KEY_FOCUS, ()), ())
            clinic = (_lenient(check_clinic_name, stored.get(KEY_CLINIC_NAME, ""), ""),
                      _lenient(lambda v: check_phone(KEY_CLINIC_PHONE, v), stored.get(KEY_CLINIC_PHONE, ""), ""),
                      _lenient(lambda v: check_phone(KEY_CLINIC_AFTER_HOURS, v),
                               stored.get(KEY_CLINIC_AFTER_HOURS, ""), ""))
        return Preferences(
            lock_timeout_minutes=_lenient(check_lock_timeout, stored.get(KEY_LOCK_TIMEOUT),
                                          defaults.lock_timeout_minutes),
            reminders=_lenient(lambda v: check_flag(KEY_REMINDERS, v), stored.get(KEY_REMINDERS),
                               defaults.reminders),
            backup_folder=_lenient(check_backup_folder, stored.get(KEY_BACKUP_FOLDER), None),
            country_code=country,
            treatment_focus=focus,
            measure_reminders=_lenient(check_measure_intervals, stored.get(KEY_MEASURE_REMINDERS, {}), {}),
            questionnaire_one_per_page=_lenient(lambda v: check_flag(KEY_QUESTIONNAIRE_ONE_PER_PAGE, v),
                                                stored.get(KEY_QUESTIONNAIRE_ONE_PER_PAGE),
                                                defaults.questionnaire_one_per_page),
            drop_folder=_lenient(check_drop_folder, stored.get(KEY_DROP_FOLDER), None),
            clinic_name=clinic[0], clinic_phone=clinic[1], clinic_after_hours=clinic[2],
        )

    def lock_timeout_minutes(self) -> int:
        return self.load().lock_timeout_minutes

    def reminders(self) -> bool:
        return self.load().reminders

    def backup_folder(self) -> str | None:
        return self.load().backup_folder

    def questionnaire_one_per_page(self) -> bool:
        return self.load().questionnaire_one_per_page

    def drop_folder(self) -> str | None:
        return self.load().drop_folder

    def country_code(self) -> str | None:
        return self.load().country_code

    def treatment_focus(self) -> tuple[TreatmentFocus, ...]:
        return self.load().treatment_focus

    # writing ---------------------------------------------------------------------------------------

    def save(self, preferences: Preferences) -> set[str]:
        """Validate everything first, then write only what changed. Returns the record kinds written
        (for PageContext.notify_changed), empty if nothing changed."""
        new = preferences.validated()
        old = self.load()
        written: set[str] = set()
        profile = self._profile()
        stored = self._stored()
        values = dict(stored)
        values[KEY_LOCK_TIMEOUT] = new.lock_timeout_minutes
        values[KEY_REMINDERS] = new.reminders
        if new.measure_reminders:
            values[KEY_MEASURE_REMINDERS] = dict(new.measure_reminders)
        else:
            values.pop(KEY_MEASURE_REMINDERS, None)
        values[KEY_QUESTIONNAIRE_ONE_PER_PAGE] = new.questionnaire_one_per_page
        if new.backup_folder is None:
            values.pop(KEY_BACKUP_FOLDER, None)
        else:
            values[KEY_BACKUP_FOLDER] = new.backup_folder
        if new.drop_folder is None:
            values.pop(KEY_DROP_FOLDER, None)
        else:
            values[KEY_DROP_FOLDER] = new.drop_folder
        if profile is None:
            values[KEY_COUNTRY] = new.country_code
            values[KEY_FOCUS] = [focus.value for focus in new.treatment_focus]
            for key, value in zip(CLINIC_KEYS, new.clinic(), strict=True):
                if value:
                    values[key] = value
                else:
                    values.pop(key, None)
        elif ((new.country_code, new.treatment_focus, new.clinic())
              != (old.country_code, old.treatment_focus, old.clinic())):
            self._journal.update(dataclasses.replace(
                profile, country_code=new.country_code, treatment_focus=new.treatment_focus,
                clinic_name=new.clinic_name, clinic_phone=new.clinic_phone,
                clinic_after_hours=new.clinic_after_hours))
            written.add(PROFILE_KIND)
        if values != stored:
            record = self._record()
            if record is None:
                self._journal.add(Settings(values=values))
            else:
                self._journal.update(dataclasses.replace(record, values=values))
            written.add(SETTINGS_KIND)
        return written

    def update(self, **changes: Any) -> set[str]:
        """Change some preferences by name, e.g. update(lock_timeout_minutes=10)."""
        return self.save(dataclasses.replace(self.load(), **changes))

    def set_lock_timeout_minutes(self, minutes: int) -> set[str]:
        return self.update(lock_timeout_minutes=minutes)

    def set_reminders(self, enabled: bool) -> set[str]:
        return self.update(reminders=enabled)

    def set_backup_folder(self, folder: str | None) -> set[str]:
        return self.update(backup_folder=folder)

    def set_drop_folder(self, folder: str | None) -> set[str]:
        return self.update(drop_folder=folder)

    def set_questionnaire_one_per_page(self, enabled: bool) -> set[str]:
        return self.update(questionnaire_one_per_page=enabled)

    def set_country_code(self, code: str | None) -> set[str]:
        return self.update(country_code=code)

    def set_clinic(self, name: str | None = None, phone: str | None = None,
                   after_hours: str | None = None) -> set[str]:
        """Change the clinic's name, phone or after-hours line; None leaves one as it is, "" clears it."""
        changes = {key: value for key, value in zip(CLINIC_KEYS, (name, phone, after_hours), strict=True)
                   if value is not None}
        return self.update(**changes)

    def set_treatment_focus(self, focus: Iterable[TreatmentFocus | str]) -> set[str]:
        return self.update(treatment_focus=tuple(focus))
