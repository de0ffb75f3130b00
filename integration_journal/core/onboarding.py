"""First run as a state machine without a GUI: which step comes next, what each accepts, what is written when.

Steps in order (a therapist skips FOCUS):

    welcome → role → name → passphrase → create → kit → kit_check → country → focus → clinic → done

Going back
    Freely through welcome, role, name and passphrase, and from a create step that has not started or
    has failed. Never while the keys are being made, and never to a step before `create` once the journal
    exists: role, name and passphrase are then set. From the kit check one may go back to the kit to
    compare a copy; once the check passes the kit is forgotten for good, so `country` has no way back.
    Country, focus and clinic can be revisited among themselves.

What is written when
    - Nothing before `create`: choosing, typing and going back and forth touch no disk.
    - `create`: the caller's creation function writes the vault, the profile (role, name) and the audit
      event "journal_created" (storage.workspace.Workspace.create). This module asks for it
      (`start_creation`) and is told the outcome (`creation_succeeded` / `creation_failed`).
    - The kit check passing: the audit event "recovery_kit_checked" (holding no part of the kit).
    - Country, focus and clinic: one profile update when the person finishes, or, when they leave after
      the kit check, with the answers they had confirmed with Next (`leave`).

Secrets: the passphrase is held from the passphrase step until the journal exists, the kit's groups from
then until the check passes or the person leaves. Validation messages are plain English for the person;
the ui translates `StepError.template` under the context "core" and then fills in `params`.
"""

from __future__ import annotations

import dataclasses
import secrets
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from integration_journal.core.countries import COMMON, COUNTRIES, country_from_locale
from integration_journal.core.passphrase import estimate
from integration_journal.core.phone import PHONE_MAX, PHONE_PATTERN
from integration_journal.core.records import NAME_MAX, Profile, Role, TreatmentFocus
from integration_journal.crypto.names import name_problem, normalise_name
from integration_journal.errors import JournalError, UsageError

DISPLAY_NAME_MAX = 120  # far below the record's cap; a name is shown on one line
_KIT_SEPARATORS = str.maketrans("", "", " -_.\t")
# The kit is Crockford Base32, which reads O as 0 and I/L as 1; a group typed back may use either.
_KIT_LOOK_ALIKES = str.maketrans({"O": "0", "I": "1", "L": "1"})


class Step(StrEnum):
    WELCOME = "welcome"
    ROLE = "role"
    NAME = "name"
    PASSPHRASE = "passphrase"
    CREATE = "create"
    KIT = "kit"
    KIT_CHECK = "kit_check"
    COUNTRY = "country"
    FOCUS = "focus"
    CLINIC = "clinic"
    DONE = "done"


_ORDER: tuple[Step, ...] = tuple(s for s in Step if s is not Step.DONE)
_BEFORE_CREATION = (Step.WELCOME, Step.ROLE, Step.NAME, Step.PASSPHRASE)
_PROFILE_STEPS = (Step.COUNTRY, Step.FOCUS, Step.CLINIC)


class Creation(StrEnum):
    """Where the create step is. Calibration measures this computer; then the key is derived and the
    vault written, which reports no progress of its own."""

    NOT_STARTED = "not-started"
    MEASURING = "measuring"
    PROTECTING = "protecting"
    FAILED = "failed"
    DONE = "done"


# Share of the progress bar that calibration fills; the rest is the one derivation and the first write.
MEASURING_SHARE = 0.8


class StepError(JournalError):
    """The current step's answer cannot be accepted; `field` names which input, the text says why."""

    def __init__(self, step: Step, field: str, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.step = step
        self.field = field
        self.template = template
        self.params = params


class NotAllowed(UsageError):
    """A move the state machine does not make (a caller's mistake, not the person's)."""


@dataclass(frozen=True)
class CreationRequest:
    """What the creation function needs; the passphrase is kept out of repr."""

    role: Role
    display_name: str
    passphrase: str = field(repr=False)


def normalise_group(text: str) -> str:
    """A kit group as typed ("abcd", "A-B C D", "o1lo") in the kit's own spelling ("ABCD", "0110")."""
    return text.translate(_KIT_SEPARATORS).upper().translate(_KIT_LOOK_ALIKES)


class KitCheck:
    """"Type group N back": N is chosen at random once, so a missing or mistyped copy shows up now,
    not on the day it is needed. Numbers are 1-based, as printed on the kit."""

    def __init__(self, groups: Iterable[str], choose: Callable[[int], int] = secrets.randbelow) -> None:
        self._groups = tuple(groups)
        if not self._groups:
            raise ValueError("a recovery kit has groups")
        self.count = len(self._groups)
        self.attempts = 0
        self.number = choose(self.count) + 1
        if not 1 <= self.number <= self.count:
            raise ValueError("choose(n) must return 0 <= i < n")

    @property
    def groups(self) -> tuple[str, ...]:
        return self._groups

    def matches(self, typed: str) -> bool:
        return bool(self._groups) and normalise_group(typed) == self._groups[self.number - 1]

    def judge(self, typed: str) -> None:
        """Raise StepError unless `typed` is the asked-for group; every non-empty try counts."""
        if not normalise_group(typed):
            raise StepError(Step.KIT_CHECK, "kit_answer", "Please type group {number} from your copy.",
                            number=self.number)
        self.attempts += 1
        if self.matches(typed):
            return
        if self.attempts < 3:
            raise StepError(Step.KIT_CHECK, "kit_answer",
                            "That is not group {number}. You might compare your copy with the kit: "
                            "going back shows it again.", number=self.number)
        raise StepError(Step.KIT_CHECK, "kit_answer",
                        "That is not group {number}. If your copy is hard to read or a group is missing, "
                        "you might go back to the kit and write it out again.", number=self.number)

    def forget(self) -> None:
        self._groups = ()


class Onboarding:
    """One first run. Drive it with the `set_*` methods (which store an answer without judging it) and
    `next()` / `back()` (which validate and move); the create step is run by the caller on a worker:
    `start_creation()` hands over a request, `report_progress` / `creation_succeeded` /
    `creation_failed` report back. `journal` is set once the journal exists."""

    def __init__(self, *, locale_name: str | None = None,
                 choose: Callable[[int], int] = secrets.randbelow) -> None:
        self.step = Step.WELCOME
        self.role: Role | None = Role.PATIENT
        self.display_name = ""
        self._passphrase = ""
        self._repeat = ""
        self.creation = Creation.NOT_STARTED
        self._measured = 0.0
        self.journal: Any = None  # core.journal.Journal, once created
        self._choose = choose
        self._kit: KitCheck | None = None
        self.kit_answer = ""
        self.kit_checked = False
        self.suggested_country = country_from_locale(locale_name)
        self.country_code: str | None = self.suggested_country
        self.focus: frozenset[TreatmentFocus] = frozenset()
        self.clinic_name = ""
        self.clinic_phone = ""
        self.reminder_helper = False  # asked with the focus (patients): keep a tray helper for reminders
        self._confirmed: set[Step] = set()
        self.profile_written = False

    # --- where we are ---------------------------------------------------------------------------

    def steps(self) -> tuple[Step, ...]:
        """The steps this person goes through (changes when the role does)."""
        if self.role is Role.THERAPIST:
            return tuple(s for s in _ORDER if s is not Step.FOCUS)
        return _ORDER

    def position(self) -> tuple[int, int]:
        """(1-based number of the current step, how many there are); DONE counts as the last."""
        steps = self.steps()
        return (len(steps) if self.step is Step.DONE else steps.index(self.step) + 1), len(steps)

    @property
    def journal_exists(self) -> bool:
        return self.creation is Creation.DONE

    @property
    def creating(self) -> bool:
        return self.creation in (Creation.MEASURING, Creation.PROTECTING)

    def can_go_back(self) -> bool:
        if self.step in (Step.ROLE, Step.NAME, Step.PASSPHRASE, Step.KIT_CHECK, Step.FOCUS, Step.CLINIC):
            return True
        if self.step is Step.CREATE:
            return self.creation in (Creation.NOT_STARTED, Creation.FAILED)
        return False  # welcome is first; kit and country sit right after a door that only opens forward

    def can_revisit(self, step: Step) -> bool:
        """Whether `step` can still be shown again from here (by going back)."""
        if step in _BEFORE_CREATION or step is Step.CREATE:
            return not self.journal_exists and not self.creating
        if step is Step.KIT:
            return self.journal_exists and not self.kit_checked
        if step in _PROFILE_STEPS:
            return self.kit_checked and self.step is not Step.DONE and step in self.steps()
        return False

    # --- answers (stored as given; judged by next()) ----------------------------------------------

    def set_role(self, role: Role | str | None) -> None:
        self._before_creation("role")
        self.role = None if role is None else Role(role)

    def set_name(self, name: str) -> None:
        self._before_creation("name")
        self.display_name = name

    def set_passphrase(self, passphrase: str, repeat: str) -> None:
        self._before_creation("passphrase")
        self._passphrase, self._repeat = passphrase, repeat

    def set_kit_answer(self, typed: str) -> None:
        self.kit_answer = typed

    def set_country(self, code: str | None) -> None:
        self.country_code = code.strip().upper() if isinstance(code, str) and code.strip() else None

    def set_focus(self, focus: Iterable[TreatmentFocus | str]) -> None:
        self.focus = frozenset(TreatmentFocus(f) for f in focus)

    def set_reminder_helper(self, enabled: bool) -> None:
        self.reminder_helper = bool(enabled)

    def wants_reminder_helper(self) -> bool:
        """Whether the person asked for the reminder helper (on the focus step, confirmed with Next). The
        caller turns it on (storage.reminder_helper): it lives outside the vault, not in the profile."""
        return self.reminder_helper and self.role is Role.PATIENT and Step.FOCUS in self._confirmed

    def set_clinic(self, name: str, phone: str) -> None:
        self.clinic_name, self.clinic_phone = name, phone

    def _before_creation(self, what: str) -> None:
        if self.journal_exists or self.creating:
            raise NotAllowed(f"The {what} is set when the journal is created and cannot change here.")

    # --- judging the current step -------------------------------------------------------------------

    def validate(self) -> None:
        """Raise StepError if the current step's answer cannot be accepted; change nothing."""
        check = getattr(self, f"_check_{self.step.value}", None)
        if check is not None:
            check()

    def _check_role(self) -> None:
        if self.role is None:
            raise StepError(Step.ROLE, "role", "Please choose how you will use the journal.")

    def _check_name(self) -> None:
        name = self.display_name.strip()
        if not name:
            raise StepError(Step.NAME, "name", "Please type a name. A first name or a nickname is enough.")
        if len(name) > DISPLAY_NAME_MAX:
            raise StepError(Step.NAME, "name", "Please keep the name to {max} characters or fewer.",
                            max=DISPLAY_NAME_MAX)
        if name_problem(name) is not None:  # it becomes the name on the contact card (crypto/names.py)
            raise StepError(Step.NAME, "name", "Please type the name without line breaks, control characters "
                            "or invisible characters.")

    def _check_passphrase(self) -> None:
        if not self._passphrase:
            raise StepError(Step.PASSPHRASE, "passphrase", "Please choose a passphrase.")
        strength = estimate(self._passphrase)
        if not strength.acceptable:
            raise StepError(Step.PASSPHRASE, "passphrase", strength.advice)
        if not self._repeat:
            raise StepError(Step.PASSPHRASE, "repeat",
                            "Please type the passphrase a second time, so you can be sure of it.")
        if self._repeat != self._passphrase:
            raise StepError(Step.PASSPHRASE, "repeat",
                            "The two passphrases are different. Please type the second one again.")

    def _check_kit_check(self) -> None:
        assert self._kit is not None
        self._kit.judge(self.kit_answer)

    def _check_country(self) -> None:
        if self.country_code is not None and self.country_code not in COUNTRIES:
            raise StepError(Step.COUNTRY, "country", "Please choose a country from the list.")

    def _check_clinic(self) -> None:
        name, phone = self.clinic_name.strip(), self.clinic_phone.strip()
        if len(name) > NAME_MAX:
            raise StepError(Step.CLINIC, "clinic_name", "Please keep the name to {max} characters or fewer.",
                            max=NAME_MAX)
        if not phone:
            return
        if len(phone) > PHONE_MAX or not PHONE_PATTERN.match(phone):
            raise StepError(Step.CLINIC, "clinic_phone",
                            "A phone number can hold digits, spaces and + ( ) - . / only.")
        if sum(ch.isdigit() for ch in phone) < 3:
            raise StepError(Step.CLINIC, "clinic_phone", "That phone number looks too short.")

    # --- moving -----------------------------------------------------------------------------------

    def next(self) -> Step:
        """Accept the current step's answer and move on; StepError (and no move) if it cannot be."""
        step = self.step
        if step is Step.CREATE:
            raise NotAllowed("The create step moves on by itself once the journal exists.")
        if step is Step.DONE:
            raise NotAllowed("The first run is over.")
        self.validate()
        if step is Step.KIT_CHECK:
            self._kit_passed()
        elif step in _PROFILE_STEPS:
            self._confirmed.add(step)
        following = self._following(step)
        if following is Step.DONE:
            self._write_profile()
        self.step = following
        return following

    def back(self) -> Step:
        if not self.can_go_back():
            raise NotAllowed(f"There is no way back from the {self.step.value} step.")
        if self.step is Step.KIT_CHECK:
            self.step = Step.KIT
        else:
            steps = self.steps()
            self.step = steps[steps.index(self.step) - 1]
        if self.step is Step.PASSPHRASE:
            self.creation = Creation.NOT_STARTED
        return self.step

    def _following(self, step: Step) -> Step:
        steps = self.steps()
        index = steps.index(step)
        return steps[index + 1] if index + 1 < len(steps) else Step.DONE

    # --- the create step ----------------------------------------------------------------------------

    def start_creation(self) -> CreationRequest:
        """Hand the answers to the caller's creation function (to run on a worker)."""
        if self.step is not Step.CREATE or self.creation not in (Creation.NOT_STARTED, Creation.FAILED):
            raise NotAllowed("The journal can be created only once, from the create step.")
        for check in (self._check_role, self._check_name, self._check_passphrase):
            check()
        assert self.role is not None
        self.creation = Creation.MEASURING
        self._measured = 0.0
        return CreationRequest(self.role, normalise_name(self.display_name), self._passphrase)

    def report_progress(self, fraction: float) -> None:
        """Calibration's own report (0..1); 1 means it is done and the key is being made."""
        if not self.creating:
            return  # a late report from an attempt that already ended
        if fraction >= 1.0:
            self.creation = Creation.PROTECTING
        else:
            self._measured = max(self._measured, min(max(fraction, 0.0), 1.0))

    def progress(self) -> float | None:
        """How far creation is, 0..1, or None while nothing has been reported (show a busy bar)."""
        if self.creation is Creation.DONE:
            return 1.0
        if self.creation is Creation.PROTECTING:
            return MEASURING_SHARE
        if self.creation is Creation.MEASURING and self._measured > 0:
            return MEASURING_SHARE * self._measured
        return None

    def creation_succeeded(self, kit_groups: Iterable[str], journal: Any) -> None:
        """The journal exists: hold its journal, show the kit, and drop the passphrase."""
        if not self.creating:
            raise NotAllowed("No creation was running.")
        self._kit = KitCheck(kit_groups, self._choose)
        self.journal = journal
        self.creation = Creation.DONE
        self._passphrase = self._repeat = ""
        self.step = Step.KIT

    def creation_failed(self) -> None:
        """Nothing was created (Workspace.create removes a half-made vault); the person may try again
        or go back and change an answer."""
        if self.creating:
            self.creation = Creation.FAILED

    # --- the kit ----------------------------------------------------------------------------------

    @property
    def kit_groups(self) -> tuple[str, ...]:
        """The kit, while it may be shown: from creation until the check passes."""
        return self._kit.groups if self._kit is not None else ()

    @property
    def kit_attempts(self) -> int:
        return self._kit.attempts if self._kit is not None else 0

    @property
    def kit_check_number(self) -> int | None:
        return self._kit.number if self._kit is not None and self._kit.groups else None

    def _kit_passed(self) -> None:
        assert self._kit is not None
        self.journal.audit("recovery_kit_checked")  # first: if the write fails, the kit is still here
        self._kit.forget()
        self.kit_answer = ""
        self.kit_checked = True

    # --- leaving ----------------------------------------------------------------------------------

    def leave(self) -> bool:
        """The person closes the wizard. The kit is dropped either way; after the kit check the answers
        confirmed so far are written. Returns whether the journal stays usable (it exists and its kit
        was checked), i.e. whether the caller should go on to the main window."""
        if self._kit is not None:
            self._kit.forget()
        self.kit_answer = ""
        self._passphrase = self._repeat = ""
        if not self.kit_checked:
            return False
        if self.step is not Step.DONE:
            self._write_profile()
        return True

    def forget(self) -> None:
        """The wizard is over (the journal was handed on, or closed): drop the journal and every answer,
        so nothing decrypted outlives the first run in this object."""
        if self._kit is not None:
            self._kit.forget()
        self.journal = None
        self._passphrase = self._repeat = self.kit_answer = ""
        self.display_name = self.clinic_name = self.clinic_phone = ""

    def profile_changes(self) -> dict[str, Any]:
        """The profile fields the confirmed steps set, as Profile field names."""
        changes: dict[str, Any] = {}
        if Step.COUNTRY in self._confirmed:
            changes["country_code"] = self.country_code
        if Step.FOCUS in self._confirmed and self.role is Role.PATIENT:
            changes["treatment_focus"] = tuple(f for f in TreatmentFocus if f in self.focus)
        if Step.CLINIC in self._confirmed:
            changes["clinic_name"] = self.clinic_name.strip()
            changes["clinic_phone"] = self.clinic_phone.strip()
        return changes

    def _write_profile(self) -> None:
        changes = self.profile_changes()
        if self.profile_written or not changes or self.journal is None:
            return
        profiles = self.journal.list(kind=Profile)
        if not profiles:
            raise NotAllowed("The journal has no profile to complete.")
        profile = profiles[0]
        if any(getattr(profile, name) != value for name, value in changes.items()):
            self.journal.update(dataclasses.replace(profile, **changes))
        self.profile_written = True


def common_countries() -> tuple[tuple[str, str], ...]:
    """(code, English name) of the countries offered first."""
    return tuple((code, COUNTRIES[code]) for code in COMMON)
