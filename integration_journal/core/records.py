"""Typed, versioned, immutable record kinds of the journal and the rules each field must follow."""

from __future__ import annotations

import datetime as dt
import math
import re
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, ClassVar, TypeAlias, TypeVar

from integration_journal.core import side_effects
from integration_journal.core.store import RECORD_ID_BYTES, new_record_id
from integration_journal.errors import ValidationError

# Frozen JSON: what prompt answers, drafts and settings may hold. Lists become tuples and objects
# become read-only mappings so a record stays immutable all the way down.
JSONValue: TypeAlias = (
    None | bool | int | float | str | tuple["JSONValue", ...] | Mapping[str, "JSONValue"]
)

# Caps keep a damaged or hostile import from producing records the UI cannot handle; they sit far
# above anything a person types.
LINE_MAX = 500
NAME_MAX = 200
TEXT_MAX = 1_000_000
TAG_MAX = 64
TAGS_MAX = 100
LIST_MAX = 1000
BLOB_MAX = 4 * 1024 * 1024
JSON_DEPTH_MAX = 16
SERIES_MAX = 500  # sessions in one course, as a sanity bound

_ID_PATTERN = re.compile(r"[a-z0-9][a-z0-9_.-]{0,63}\Z")
_COUNTRY_PATTERN = re.compile(r"[A-Z]{2}\Z")


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


# Marks "not given": `updated` then takes the value of `created`. No real record is dated year 1.
_SAME_AS_CREATED = dt.datetime(1, 1, 1, tzinfo=dt.timezone.utc)


# --- enumerations (values are the stored form; never renumber or rename) -------------------------

class Role(StrEnum):
    PATIENT = "patient"
    THERAPIST = "therapist"


class TreatmentFocus(StrEnum):
    DEPRESSION = "depression"
    ANXIETY = "anxiety"
    CHRONIC_PAIN = "chronic_pain"


class Route(StrEnum):
    IV = "iv"
    IM = "im"
    NASAL = "nasal"  # intranasal esketamine
    LOZENGE = "lozenge"  # sublingual or oral lozenge ("troche")
    ORAL = "oral"
    OTHER = "other"


class Setting(StrEnum):
    CLINIC = "clinic"
    OFFICE = "office"
    HOME_SUPPORTED = "home_supported"  # at home with a support person present
    OTHER = "other"


class Product(StrEnum):
    """Which ketamine the clinic used (docs/clinical.md §4.3)."""

    RACEMIC = "racemic"
    ESKETAMINE = "esketamine"
    UNKNOWN = "unknown"


class YesNoUnsure(StrEnum):
    YES = "yes"
    NO = "no"
    UNSURE = "unsure"


class AcuteDuration(StrEnum):
    """How long the acute effects lasted (docs/clinical.md §4.3)."""

    UNDER_30M = "under-30m"
    MIN_30_TO_60 = "30-60m"
    HOURS_1_TO_2 = "1-2h"
    OVER_2H = "over-2h"


class ExperienceKind(StrEnum):
    """The patient's one-word rating of the session overall (docs/clinical.md §4.3)."""

    PLEASANT = "pleasant"
    NEUTRAL = "neutral"
    MIXED = "mixed"
    DIFFICULT = "difficult"


class TransportHome(StrEnum):
    DRIVEN = "driven"  # driven by someone else
    TAXI = "taxi"  # taxi or rideshare
    WALKED = "walked"
    NOT_NEEDED = "not-needed"  # the session was at home
    OTHER = "other"


class Phase(StrEnum):
    PREPARATION = "preparation"
    SAME_DAY = "same-day"
    NEXT_DAY = "next-day"
    FEW_DAYS = "few-days"
    ONE_WEEK = "one-week"
    ONGOING = "ongoing"


class Domain(StrEnum):
    """The six integration domains (docs/clinical.md §1.1)."""

    MIND = "mind"
    BODY = "body"
    SPIRIT = "spirit"
    RELATIONSHIPS = "relationships"
    LIFESTYLE = "lifestyle"
    NATURE = "nature"


class Cadence(StrEnum):
    """How often a commitment is meant to be done (prompts have their own rhythm: prompts.PromptCadence)."""

    DAILY = "daily"
    SEVERAL_PER_WEEK = "several-per-week"
    WEEKLY = "weekly"
    FORTNIGHTLY = "fortnightly"
    MONTHLY = "monthly"
    AS_NEEDED = "as-needed"


class EffectDuration(StrEnum):
    """How long a side effect lasted (docs/clinical.md §4.2, optional)."""

    UNDER_1H = "under-1h"
    ONE_TO_4H = "1-4h"
    REST_OF_DAY = "rest-of-day"
    NEXT_DAY = "next-day"
    ONGOING = "ongoing"


# --- field checks (shared by every kind; each names the field it rejects) -------------------------

_E = TypeVar("_E", bound=StrEnum)


def _set(obj: object, name: str, value: object) -> None:
    object.__setattr__(obj, name, value)


def check_text(name: str, value: object, max_len: int = TEXT_MAX, *, required: bool = False) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, "must be text")
    if len(value) > max_len:
        raise ValidationError(name, f"is longer than {max_len} characters")
    if required and not value.strip():
        raise ValidationError(name, "must not be empty")
    # Lone surrogates are caught when the record is encoded (codec.encode): checking every text
    # here would double the cost of loading a large vault.
    return value


def check_bool(name: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise ValidationError(name, "must be true or false")
    return value


def check_int(name: str, value: object, low: int, high: int | None) -> int:
    # bool is an int subclass; True as a mood score is a bug, not a 1.
    if not isinstance(value, int) or isinstance(value, bool):
        raise ValidationError(name, "must be a whole number")
    if value < low or (high is not None and value > high):
        raise ValidationError(name, f"must be between {low} and {high}" if high is not None
                              else f"must be at least {low}")
    return value


def check_opt_int(name: str, value: object, low: int, high: int) -> int | None:
    return None if value is None else check_int(name, value, low, high)


def check_float(name: str, value: object, low: float, high: float, *, low_open: bool = False) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise ValidationError(name, "must be a number")
    number = float(value)
    if not math.isfinite(number):
        raise ValidationError(name, "must be a finite number")
    if number < low or number > high or (low_open and number == low):
        lower = f"above {low:g}" if low_open else f"at least {low:g}"
        raise ValidationError(name, f"must be {lower} and at most {high:g}")
    return number


def check_datetime(name: str, value: object) -> dt.datetime:
    if not isinstance(value, dt.datetime):
        raise ValidationError(name, "must be a date and time")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValidationError(name, "must carry a time zone")
    return value


def check_date(name: str, value: object) -> dt.date:
    # A datetime is a date subclass; accepting one would silently keep a time nobody asked for.
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(name, "must be a calendar date")
    return value


def check_id(name: str, value: object) -> bytes:
    if not isinstance(value, bytes) or len(value) != RECORD_ID_BYTES:
        raise ValidationError(name, f"must be a {RECORD_ID_BYTES}-byte record id")
    return value


def check_opt_id(name: str, value: object) -> bytes | None:
    return None if value is None else check_id(name, value)


def check_blob(name: str, value: object, max_len: int = BLOB_MAX) -> bytes:
    if isinstance(value, bytearray | memoryview):
        value = bytes(value)
    if not isinstance(value, bytes):
        raise ValidationError(name, "must be bytes")
    if len(value) > max_len:
        raise ValidationError(name, f"is larger than {max_len} bytes")
    return value


def check_enum(name: str, enum: type[_E], value: object) -> _E:
    # A plain dict lookup: Enum's own call path is slow enough to show when loading a large vault,
    # and a StrEnum member hashes like its value, so members and their text both find themselves.
    members = _ENUM_MEMBERS.get(enum)
    if members is None:
        members = _ENUM_MEMBERS[enum] = {m.value: m for m in enum}
    member = members.get(value) if isinstance(value, str) else None
    if member is None:
        allowed = ", ".join(m.value for m in enum)
        raise ValidationError(name, f"must be one of: {allowed}")
    return member  # type: ignore[return-value]


_ENUM_MEMBERS: dict[type[StrEnum], dict[str, StrEnum]] = {}


def check_identifier(name: str, value: object) -> str:
    if not isinstance(value, str) or not _ID_PATTERN.match(value):
        raise ValidationError(name, "must be an identifier of lowercase letters, digits, '-', '_' or '.'")
    return value


def check_items(name: str, value: object, max_items: int = LIST_MAX) -> tuple[Any, ...]:
    if type(value) is tuple or type(value) is list:
        items = tuple(value)
    # Strings and mappings are iterable too, but a string of tags is never what the caller meant.
    elif isinstance(value, str | bytes | Mapping) or not isinstance(value, Iterable):
        raise ValidationError(name, "must be a list")
    else:
        items = tuple(value)
    if len(items) > max_items:
        raise ValidationError(name, f"has more than {max_items} items")
    return items


def check_text_list(name: str, value: object, max_len: int = TEXT_MAX) -> tuple[str, ...]:
    items = check_items(name, value)
    for index, item in enumerate(items):
        check_text(f"{name}[{index}]", item, max_len)
    return items


def freeze_json(name: str, value: object, _depth: int = 0) -> JSONValue:
    """Validate a JSON-able value and return it in immutable form."""
    if _depth > JSON_DEPTH_MAX:
        raise ValidationError(name, "is nested too deeply")
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, str):
        return check_text(name, value)
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(name, "must not hold NaN or infinity")
        return value
    if isinstance(value, Mapping):
        frozen: dict[str, JSONValue] = {}
        for key, item in value.items():
            if not isinstance(key, str):
                raise ValidationError(name, "keys must be text")
            check_text(name, key, NAME_MAX)
            frozen[key] = freeze_json(name, item, _depth + 1)
        return types.MappingProxyType(frozen)
    if isinstance(value, list | tuple):
        return tuple(freeze_json(name, item, _depth + 1) for item in value)
    raise ValidationError(name, "must hold only text, numbers, true/false, null, lists and objects")


def thaw_json(value: JSONValue) -> Any:
    """The mutable (json.dumps-able) twin of a frozen JSON value."""
    if isinstance(value, Mapping):
        return {key: thaw_json(item) for key, item in value.items()}
    if isinstance(value, tuple):
        return [thaw_json(item) for item in value]
    return value


def check_json_object(name: str, value: object) -> Mapping[str, JSONValue]:
    if not isinstance(value, Mapping):
        raise ValidationError(name, "must be an object")
    frozen = freeze_json(name, value)
    assert isinstance(frozen, Mapping)
    return frozen


def normalise_tag(text: str) -> str:
    """Lowercase, trimmed, inner whitespace runs as one hyphen: "  Self Care " -> "self-care"."""
    return "-".join(text.lower().split())


def normalise_tags(name: str, value: object) -> tuple[str, ...]:
    if not value and (type(value) is tuple or type(value) is list):
        return ()
    if (type(value) is tuple or type(value) is list) and len(value) <= TAGS_MAX and all(
            type(t) is str and 0 < len(t) <= TAG_MAX for t in value):
        # The common case when loading: already normal, checked with C-level string methods only.
        fast = tuple(sorted({"-".join(t.lower().split()) for t in value}))
        if len(fast) == len(value) and all(0 < len(t) <= TAG_MAX for t in fast):
            return value if fast == value else fast
    items = check_items(name, value, TAGS_MAX)
    tags: set[str] = set()
    for index, item in enumerate(items):
        tag = normalise_tag(check_text(f"{name}[{index}]", item, TAG_MAX * 4))
        if len(tag) > TAG_MAX:
            raise ValidationError(f"{name}[{index}]", f"is longer than {TAG_MAX} characters")
        if tag:
            tags.add(tag)
    result = tuple(sorted(tags))
    # Hand back the caller's own tuple when it was already normal, so nothing new is allocated.
    return items if items == result else result


# --- small value types ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BloodPressure:
    """A reading in mmHg; ranges reject typos, not unusual but real values."""

    systolic: int
    diastolic: int

    def __post_init__(self) -> None:
        check_int("systolic", self.systolic, 50, 300)
        check_int("diastolic", self.diastolic, 20, 200)
        if self.diastolic >= self.systolic:
            raise ValidationError("diastolic", "must be lower than systolic")

    @property
    def at_or_above_crisis_threshold(self) -> bool:
        """The AHA rule of docs/clinical.md §4.4: 180/120 or more calls for the re-measure guidance."""
        return (self.systolic >= side_effects.BP_CRISIS_SYSTOLIC
                or self.diastolic >= side_effects.BP_CRISIS_DIASTOLIC)


@dataclass(frozen=True, slots=True)
class SideEffectReport:
    """One side effect from the catalogue (side_effects.CATALOGUE) with severity 0-3."""

    effect: str
    severity: int
    duration: EffectDuration | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.effect, str) or self.effect not in side_effects.CATALOGUE:
            raise ValidationError("effect", "is not a side effect from the catalogue")
        check_int("severity", self.severity, side_effects.SEVERITY_MIN, side_effects.SEVERITY_MAX)
        if self.duration is not None:
            _set(self, "duration", check_enum("duration", EffectDuration, self.duration))


@dataclass(frozen=True, slots=True, repr=False)
class PromptAnswer:
    """The answer to one guided prompt; `answer` is any JSON value (text, a slider number, chips)."""

    prompt_id: str
    answer: JSONValue

    def __post_init__(self) -> None:
        check_identifier("prompt_id", self.prompt_id)
        _set(self, "answer", freeze_json("answer", self.answer))

    def __repr__(self) -> str:
        return f"PromptAnswer(prompt_id={self.prompt_id!r})"


def _coerce(name: str, cls: type[Any], value: object, arity: int) -> Any:
    """Accept a value object or a plain tuple of its fields, e.g. (120, 80) for a BloodPressure."""
    if isinstance(value, cls):
        return value
    if isinstance(value, tuple | list) and 1 <= len(value) <= arity:
        try:
            return cls(*value)
        except ValidationError as error:
            raise ValidationError(f"{name}.{error.field}", error.problem) from None
        except TypeError:
            pass
    raise ValidationError(name, f"must be a {cls.__name__}")


# --- records ------------------------------------------------------------------------------------------

_record = dataclass(frozen=True, slots=True, kw_only=True, repr=False)


@_record
class Record:
    """Fields every record has. Subclasses add their own and validate them in `_validate`."""

    KIND: ClassVar[str] = ""
    SCHEMA_VERSION: ClassVar[int] = 1
    # Earlier revisions are kept on update/delete; off for records whose old versions have no value
    # to the user (drafts autosave constantly) or must not be rewritten (audit, history itself).
    KEEPS_HISTORY: ClassVar[bool] = True
    # The free-text fields that search covers (empty: the kind is not searched).
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ()

    id: bytes = field(default_factory=new_record_id)
    created: dt.datetime = field(default_factory=utc_now)
    updated: dt.datetime = _SAME_AS_CREATED

    def __post_init__(self) -> None:
        # Fast paths first (exact types, fixed-offset zones as decoded from ISO text); anything else
        # takes the full check. Loading a large vault constructs every record once.
        if type(self.id) is not bytes or len(self.id) != RECORD_ID_BYTES:
            check_id("id", self.id)
        created = self.created
        if type(created) is not dt.datetime or type(created.tzinfo) is not dt.timezone:
            check_datetime("created", created)
        updated = self.updated
        if updated is _SAME_AS_CREATED:
            _set(self, "updated", created)
        elif type(updated) is not dt.datetime or type(updated.tzinfo) is not dt.timezone:
            check_datetime("updated", updated)
        self._validate()

    def _validate(self) -> None:
        """Check and normalise the kind's own fields."""

    def __repr__(self) -> str:
        # Never the content: reprs end up in logs and tracebacks.
        return f"{type(self).__name__}(id={self.id.hex()})"

    @property
    def moment(self) -> dt.datetime:
        """When the thing the record describes happened; lists sort by it, date filters use it."""
        return self.created

    def local_date(self, tz: dt.tzinfo | None = None) -> dt.date:
        """The calendar day of `moment` in `tz` (None: the computer's local time zone)."""
        return self.moment.astimezone(tz).date()

    def field_names(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self) if f.name not in ("id", "created", "updated"))


@_record
class Profile(Record):
    KIND: ClassVar[str] = "profile"

    role: Role
    display_name: str
    country_code: str | None = None  # ISO 3166-1 alpha-2; picks the crisis lines
    treatment_focus: tuple[TreatmentFocus, ...] = ()
    clinic_name: str = ""
    clinic_phone: str = ""

    def _validate(self) -> None:
        _set(self, "role", check_enum("role", Role, self.role))
        check_text("display_name", self.display_name, NAME_MAX, required=True)
        if self.country_code is not None:
            code = self.country_code.upper() if isinstance(self.country_code, str) else None
            if code is None or not _COUNTRY_PATTERN.match(code):
                raise ValidationError("country_code", "must be a two-letter country code")
            _set(self, "country_code", code)
        focus = {check_enum("treatment_focus", TreatmentFocus, item)
                 for item in check_items("treatment_focus", self.treatment_focus)}
        _set(self, "treatment_focus", tuple(f for f in TreatmentFocus if f in focus))
        check_text("clinic_name", self.clinic_name, NAME_MAX)
        check_text("clinic_phone", self.clinic_phone, NAME_MAX)


@_record
class TreatmentSession(Record):
    KIND: ClassVar[str] = "session"
    SCHEMA_VERSION: ClassVar[int] = 2  # 2 added the course details of docs/clinical.md §4.3
    COURSE_FIELDS: ClassVar[tuple[str, ...]] = (
        "number_in_series", "product", "therapist_present", "support_person", "antiemetic", "acute_duration",
        "experience_kind", "transport_home", "next_integration_session")
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("intention", "experience_text", "notes")

    when: dt.datetime
    route: Route
    setting: Setting
    dose_mg: float | None = None  # as told by the clinic; the app never calculates or advises doses
    clinic: str = ""
    provider: str = ""
    intention: str = ""
    bp_before: BloodPressure | None = None
    bp_after: BloodPressure | None = None
    experience: int | None = None  # 0 (very hard) - 10 (very good)
    experience_text: str = ""
    side_effects: tuple[SideEffectReport, ...] = ()
    notes: str = ""
    # Course details (docs/clinical.md §4.3); None = not recorded.
    number_in_series: int | None = None
    product: Product | None = None
    therapist_present: bool | None = None
    support_person: bool | None = None
    antiemetic: YesNoUnsure | None = None
    acute_duration: AcuteDuration | None = None
    experience_kind: ExperienceKind | None = None
    transport_home: TransportHome | None = None
    next_integration_session: dt.date | None = None

    def _validate(self) -> None:
        check_datetime("when", self.when)
        _set(self, "route", check_enum("route", Route, self.route))
        _set(self, "setting", check_enum("setting", Setting, self.setting))
        if self.dose_mg is not None:
            _set(self, "dose_mg", check_float("dose_mg", self.dose_mg, 0.0, 10_000.0, low_open=True))
        check_text("clinic", self.clinic, NAME_MAX)
        check_text("provider", self.provider, NAME_MAX)
        check_text("intention", self.intention)
        for name in ("bp_before", "bp_after"):
            value = getattr(self, name)
            if value is not None:
                _set(self, name, _coerce(name, BloodPressure, value, 2))
        check_opt_int("experience", self.experience, 0, 10)
        check_text("experience_text", self.experience_text)
        reports = tuple(_coerce(f"side_effects[{index}]", SideEffectReport, item, 3)
                        for index, item in enumerate(check_items("side_effects", self.side_effects)))
        seen: set[str] = set()
        for index, report in enumerate(reports):
            if report.effect in seen:
                raise ValidationError(f"side_effects[{index}]", "lists the same side effect twice")
            seen.add(report.effect)
        _set(self, "side_effects", reports)
        check_text("notes", self.notes)
        check_opt_int("number_in_series", self.number_in_series, 1, SERIES_MAX)
        for name, enum in (("product", Product), ("antiemetic", YesNoUnsure), ("acute_duration", AcuteDuration),
                           ("experience_kind", ExperienceKind), ("transport_home", TransportHome)):
            value = getattr(self, name)
            if value is not None:
                _set(self, name, check_enum(name, enum, value))
        for name in ("therapist_present", "support_person"):
            value = getattr(self, name)
            if value is not None:
                check_bool(name, value)
        if self.next_integration_session is not None:
            check_date("next_integration_session", self.next_integration_session)

    @property
    def moment(self) -> dt.datetime:
        return self.when

    def red_flags(self) -> tuple[side_effects.SideEffect, ...]:
        """Catalogue entries with red-flag guidance among the effects logged above severity 0."""
        return tuple(side_effects.CATALOGUE[r.effect] for r in self.side_effects
                     if r.severity > 0 and side_effects.CATALOGUE[r.effect].red_flag)


@_record
class Entry(Record):
    KIND: ClassVar[str] = "entry"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("title", "body", "tags")

    title: str = ""
    body: str = ""  # Markdown
    tags: tuple[str, ...] = ()
    phase: Phase | None = None
    session_id: bytes | None = None
    prompt_answers: tuple[PromptAnswer, ...] = ()
    share: bool = False
    bring_to_appointment: bool = False
    question_for_therapist: bool = False

    def _validate(self) -> None:
        title, body = self.title, self.body
        if type(title) is not str or len(title) > LINE_MAX:
            check_text("title", title, LINE_MAX)
        if type(body) is not str or len(body) > TEXT_MAX:
            check_text("body", body)
        tags = normalise_tags("tags", self.tags)
        if tags is not self.tags:
            _set(self, "tags", tags)
        if self.phase is not None and type(self.phase) is not Phase:
            _set(self, "phase", check_enum("phase", Phase, self.phase))
        if self.session_id is not None:
            check_id("session_id", self.session_id)
        answers = self.prompt_answers
        if answers:
            answers = check_items("prompt_answers", answers)
            if not all(type(a) is PromptAnswer for a in answers):
                answers = tuple(_coerce(f"prompt_answers[{index}]", PromptAnswer, item, 2)
                                for index, item in enumerate(answers))
        elif type(answers) is list:
            answers = ()
        elif type(answers) is not tuple:
            answers = check_items("prompt_answers", answers)
        if answers is not self.prompt_answers:
            _set(self, "prompt_answers", answers)
        if type(self.share) is not bool:
            raise ValidationError("share", "must be true or false")
        if type(self.bring_to_appointment) is not bool:
            raise ValidationError("bring_to_appointment", "must be true or false")
        if type(self.question_for_therapist) is not bool:
            raise ValidationError("question_for_therapist", "must be true or false")


@_record
class CheckIn(Record):
    """A daily check-in; the 0-10 items are app-specific, not validated measures (docs/clinical.md §3.7)."""

    KIND: ClassVar[str] = "checkin"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("note",)

    date: dt.date
    mood: int  # 0 lowest - 10 best
    anxiety: int  # 0 not at all - 10 extremely
    pain: int | None = None
    sleep_hours: float | None = None
    sleep_quality: int | None = None
    note: str = ""

    def _validate(self) -> None:
        check_date("date", self.date)
        check_int("mood", self.mood, 0, 10)
        check_int("anxiety", self.anxiety, 0, 10)
        check_opt_int("pain", self.pain, 0, 10)
        if self.sleep_hours is not None:
            _set(self, "sleep_hours", check_float("sleep_hours", self.sleep_hours, 0.0, 24.0))
        check_opt_int("sleep_quality", self.sleep_quality, 0, 10)
        check_text("note", self.note)

    def local_date(self, tz: dt.tzinfo | None = None) -> dt.date:
        return self.date

    @property
    def moment(self) -> dt.datetime:
        # Noon keeps the day stable in every time zone within ±12 h when it is compared to instants.
        return dt.datetime.combine(self.date, dt.time(12), self.created.tzinfo)


@_record
class QuestionnaireResponse(Record):
    """Answers to a validated measure; scoring lives with the instrument definitions, not here."""

    KIND: ClassVar[str] = "questionnaire"

    instrument: str  # e.g. "phq9", "gad7", "peg3"
    answers: tuple[int | None, ...]  # None = skipped item
    taken_at: dt.datetime
    baseline: bool = False

    def _validate(self) -> None:
        check_identifier("instrument", self.instrument)
        answers = check_items("answers", self.answers, 100)
        if not answers:
            raise ValidationError("answers", "must not be empty")
        for index, answer in enumerate(answers):
            check_opt_int(f"answers[{index}]", answer, 0, 10)
        _set(self, "answers", answers)
        check_datetime("taken_at", self.taken_at)
        check_bool("baseline", self.baseline)

    @property
    def moment(self) -> dt.datetime:
        return self.taken_at


@_record
class Reframe(Record):
    KIND: ClassVar[str] = "reframe"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("old_thought", "new_perspective")

    old_thought: str
    new_perspective: str
    source_id: bytes | None = None  # the entry or session it came from
    domain: Domain | None = None

    def _validate(self) -> None:
        check_text("old_thought", self.old_thought)
        check_text("new_perspective", self.new_perspective)
        check_opt_id("source_id", self.source_id)
        if self.domain is not None:
            _set(self, "domain", check_enum("domain", Domain, self.domain))


@_record
class Commitment(Record):
    KIND: ClassVar[str] = "commitment"
    SEARCH_FIELDS: ClassVar[tuple[str, ...]] = ("text",)

    text: str
    domain: Domain
    cadence: Cadence = Cadence.DAILY
    checkoffs: tuple[dt.date, ...] = ()  # days it was done; sorted, each day once
    active: bool = True

    def _validate(self) -> None:
        check_text("text", self.text, LINE_MAX * 4, required=True)
        _set(self, "domain", check_enum("domain", Domain, self.domain))
        _set(self, "cadence", check_enum("cadence", Cadence, self.cadence))
        days = check_items("checkoffs", self.checkoffs, 100_000)
        for index, day in enumerate(days):
            check_date(f"checkoffs[{index}]", day)
        _set(self, "checkoffs", tuple(sorted(set(days))))
        check_bool("active", self.active)


# The seven sections of docs/clinical.md §5.1, in order: (section id, field name).
SAFETY_PLAN_SECTIONS: tuple[tuple[str, str], ...] = (
    ("sp-1", "early_signs"),
    ("sp-2", "coping_on_my_own"),
    ("sp-3", "people_and_places"),
    ("sp-4", "people_to_ask"),
    ("sp-5", "professionals"),
    ("sp-6", "safer_surroundings"),
    ("sp-7", "what_matters"),
)


@_record
class SafetyPlan(Record):
    KIND: ClassVar[str] = "safety_plan"

    early_signs: tuple[str, ...] = ()
    coping_on_my_own: tuple[str, ...] = ()
    people_and_places: tuple[str, ...] = ()
    people_to_ask: tuple[str, ...] = ()
    professionals: tuple[str, ...] = ()
    safer_surroundings: tuple[str, ...] = ()
    what_matters: tuple[str, ...] = ()

    def _validate(self) -> None:
        for _, name in SAFETY_PLAN_SECTIONS:
            _set(self, name, check_text_list(name, getattr(self, name), LINE_MAX * 4))


@_record
class Contact(Record):
    """A therapist or patient this vault exchanges share bundles with."""

    KIND: ClassVar[str] = "contact"
    SCHEMA_VERSION: ClassVar[int] = 2  # 2 added last_sequence and seen_bundles

    name: str
    role: Role
    card: bytes | None = None  # the contact card as received (.ijcard bytes)
    verified: bool = False  # safety number compared in person
    key_fingerprints: tuple[bytes, ...] = ()  # the current card's key fingerprint first, then earlier ones
    last_sequence: int | None = None  # highest sequence number imported from this contact
    seen_bundles: tuple[bytes, ...] = ()  # ids of bundles imported from this contact (replay check)

    def _validate(self) -> None:
        check_text("name", self.name, NAME_MAX, required=True)
        _set(self, "role", check_enum("role", Role, self.role))
        if self.card is not None:
            _set(self, "card", check_blob("card", self.card, 64 * 1024))
        check_bool("verified", self.verified)
        prints = check_items("key_fingerprints", self.key_fingerprints, 16)
        prints = tuple(check_blob(f"key_fingerprints[{i}]", p, 64) for i, p in enumerate(prints))
        for index, value in enumerate(prints):
            if not value:
                raise ValidationError(f"key_fingerprints[{index}]", "must not be empty")
        _set(self, "key_fingerprints", prints)
        if self.last_sequence is not None:
            check_int("last_sequence", self.last_sequence, 0, None)
        _set(self, "seen_bundles", _check_id_list("seen_bundles", self.seen_bundles))


def _check_id_list(name: str, value: object) -> tuple[bytes, ...]:
    items = check_items(name, value, 100_000)
    for index, item in enumerate(items):
        check_id(f"{name}[{index}]", item)
    return items


@_record
class ShareLog(Record):
    """What went to whom and when (one sent bundle)."""

    KIND: ClassVar[str] = "share_log"

    recipient_id: bytes  # the Contact record
    recipient_name: str  # kept: the contact may be removed later
    bundle_id: bytes
    sequence: int
    item_ids: tuple[bytes, ...]
    sent_at: dt.datetime

    def _validate(self) -> None:
        check_id("recipient_id", self.recipient_id)
        check_text("recipient_name", self.recipient_name, NAME_MAX)
        check_id("bundle_id", self.bundle_id)
        check_int("sequence", self.sequence, 0, None)
        _set(self, "item_ids", _check_id_list("item_ids", self.item_ids))
        check_datetime("sent_at", self.sent_at)

    @property
    def moment(self) -> dt.datetime:
        return self.sent_at


@_record
class ReceivedItem(Record):
    """One item from an imported share bundle, kept as the sender encoded it."""

    KIND: ClassVar[str] = "received_item"
    # 2: the payload is stored as raw bytes after the JSON envelope (codec raw fields), not as base64.
    SCHEMA_VERSION: ClassVar[int] = 2

    sender_id: bytes  # the Contact record
    bundle_id: bytes
    sequence: int
    item_kind: str
    item_id: bytes  # the id in the sender's vault
    payload: bytes
    received_at: dt.datetime
    reviewed: bool = False
    discuss_next_time: bool = False

    def _validate(self) -> None:
        check_id("sender_id", self.sender_id)
        check_id("bundle_id", self.bundle_id)
        check_int("sequence", self.sequence, 0, None)
        check_identifier("item_kind", self.item_kind)
        check_id("item_id", self.item_id)
        _set(self, "payload", check_blob("payload", self.payload))
        check_datetime("received_at", self.received_at)
        check_bool("reviewed", self.reviewed)
        check_bool("discuss_next_time", self.discuss_next_time)

    @property
    def moment(self) -> dt.datetime:
        return self.received_at


@_record
class Identity(Record):
    """This vault's own sharing keys (created on first use); the public half is its contact card."""

    KIND: ClassVar[str] = "identity"
    KEEPS_HISTORY: ClassVar[bool] = False  # no copies of private keys in history

    stable_id: bytes
    signing_seed: bytes  # Ed25519 private key
    mlkem_seed: bytes  # ML-KEM-768 private key seed
    x25519_seed: bytes  # X25519 private key
    next_sequence: int = 1  # the sequence number of the next bundle this vault writes

    def _validate(self) -> None:
        for name, size in (("stable_id", 16), ("signing_seed", 32), ("mlkem_seed", 64), ("x25519_seed", 32)):
            value = check_blob(name, getattr(self, name), size)
            if len(value) != size:
                raise ValidationError(name, f"must be {size} bytes")
            _set(self, name, value)
        check_int("next_sequence", self.next_sequence, 1, None)


@_record
class Annotation(Record):
    """A therapist's note on a record: private, or a comment to send back to the patient."""

    KIND: ClassVar[str] = "annotation"

    target_id: bytes
    text: str
    for_patient: bool = False

    def _validate(self) -> None:
        check_id("target_id", self.target_id)
        check_text("text", self.text)
        check_bool("for_patient", self.for_patient)


@_record
class PromptPackRecord(Record):
    """An imported or authored prompt pack, stored as its (signed) file bytes."""

    KIND: ClassVar[str] = "prompt_pack"

    pack_id: str
    title: str
    version: int
    content: bytes
    signer_fingerprint: bytes | None = None
    enabled: bool = True

    def _validate(self) -> None:
        check_identifier("pack_id", self.pack_id)
        check_text("title", self.title, LINE_MAX, required=True)
        check_int("version", self.version, 1, None)
        _set(self, "content", check_blob("content", self.content))
        if self.signer_fingerprint is not None:
            _set(self, "signer_fingerprint", check_blob("signer_fingerprint", self.signer_fingerprint, 64))
        check_bool("enabled", self.enabled)


@_record
class Draft(Record):
    """Unfinished work (a wizard sitting, an entry being typed), saved encrypted like everything else."""

    KIND: ClassVar[str] = "draft"
    KEEPS_HISTORY: ClassVar[bool] = False

    target_kind: str  # the kind of record this will become
    target_id: bytes | None = None  # set when editing an existing record
    state: Mapping[str, JSONValue] = field(default_factory=lambda: types.MappingProxyType({}))

    def _validate(self) -> None:
        check_identifier("target_kind", self.target_kind)
        check_opt_id("target_id", self.target_id)
        _set(self, "state", check_json_object("state", self.state))


AuditScalar: TypeAlias = None | bool | int | float | str


@_record
class AuditEvent(Record):
    """A security-relevant event (unlock, export, share). Details are ids and counts, never content."""

    KIND: ClassVar[str] = "audit"
    KEEPS_HISTORY: ClassVar[bool] = False

    event: str
    details: Mapping[str, AuditScalar] = field(default_factory=lambda: types.MappingProxyType({}))

    def _validate(self) -> None:
        check_identifier("event", self.event)
        details = check_json_object("details", self.details)
        if len(details) > 32:
            raise ValidationError("details", "has more than 32 entries")
        for key, value in details.items():
            if not _ID_PATTERN.match(key):
                raise ValidationError("details", "keys must be identifiers")
            if isinstance(value, tuple | Mapping):
                raise ValidationError(f"details.{key}", "must be a single value")
            if isinstance(value, str) and len(value) > NAME_MAX:
                raise ValidationError(f"details.{key}", f"is longer than {NAME_MAX} characters")
        _set(self, "details", details)


@_record
class Settings(Record):
    """Preferences that reveal use of the app, so they live inside the vault."""

    KIND: ClassVar[str] = "settings"

    values: Mapping[str, JSONValue] = field(default_factory=lambda: types.MappingProxyType({}))

    def _validate(self) -> None:
        _set(self, "values", check_json_object("values", self.values))


@_record
class HistorySnapshot(Record):
    """An earlier revision (or the deleted last one) of another record, as its encoded payload."""

    KIND: ClassVar[str] = "history"
    KEEPS_HISTORY: ClassVar[bool] = False

    of_id: bytes
    revision: int
    deleted: bool
    payload: bytes

    def _validate(self) -> None:
        check_id("of_id", self.of_id)
        check_int("revision", self.revision, 0, None)
        check_bool("deleted", self.deleted)
        _set(self, "payload", check_blob("payload", self.payload, BLOB_MAX + 1024))


RECORD_TYPES: tuple[type[Record], ...] = (
    Profile, TreatmentSession, Entry, CheckIn, QuestionnaireResponse, Reframe, Commitment, SafetyPlan,
    Contact, ShareLog, ReceivedItem, Annotation, PromptPackRecord, Draft, AuditEvent, Settings,
    HistorySnapshot, Identity,
)
KIND_TO_TYPE: Mapping[str, type[Record]] = types.MappingProxyType({t.KIND: t for t in RECORD_TYPES})

# Kinds whose free text the search covers.
SEARCHABLE_TYPES: tuple[type[Record], ...] = tuple(t for t in RECORD_TYPES if t.SEARCH_FIELDS)
