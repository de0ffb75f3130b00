"""Typed, versioned, immutable record kinds of the journal and the rules each field must follow."""

from integration_journal.core.records.audit import AuditEvent, AuditScalar
from integration_journal.core.records.base import Record, utc_now
from integration_journal.core.records.checkin import CheckIn
from integration_journal.core.records.drafts import Draft
from integration_journal.core.records.entry import Entry
from integration_journal.core.records.enums import (
    AcuteDuration,
    Cadence,
    Domain,
    EffectDuration,
    ExperienceKind,
    Phase,
    Product,
    Role,
    Route,
    Setting,
    TransportHome,
    TreatmentFocus,
    YesNoUnsure,
)
from integration_journal.core.records.history import HistorySnapshot
from integration_journal.core.records.insights import Commitment, Reframe
from integration_journal.core.records.kinds import KIND_TO_TYPE, RECORD_TYPES, SEARCHABLE_TYPES
from integration_journal.core.records.profile import Profile
from integration_journal.core.records.prompt_pack import PromptPackRecord
from integration_journal.core.records.questionnaire import QuestionnaireResponse
from integration_journal.core.records.safety_plan import SAFETY_PLAN_SECTIONS, SafetyPlan
from integration_journal.core.records.session import TreatmentSession
from integration_journal.core.records.settings import Settings
from integration_journal.core.records.sharing import Annotation, Contact, Identity, ReceivedItem, ShareLog
from integration_journal.core.records.validation import (
    BLOB_MAX,
    JSON_DEPTH_MAX,
    LINE_MAX,
    LIST_MAX,
    NAME_MAX,
    SERIES_MAX,
    TAG_MAX,
    TAGS_MAX,
    TEXT_MAX,
    JSONValue,
    check_blob,
    check_bool,
    check_date,
    check_datetime,
    check_enum,
    check_float,
    check_id,
    check_identifier,
    check_int,
    check_items,
    check_json_object,
    check_opt_id,
    check_opt_int,
    check_person_name,
    check_text,
    check_text_list,
    freeze_json,
    normalise_tag,
    normalise_tags,
    thaw_json,
)
from integration_journal.core.records.values import BloodPressure, PromptAnswer, SideEffectReport
from integration_journal.core.store import RECORD_ID_BYTES
from integration_journal.errors import ValidationError

__all__ = [
    # enums.py
    "AcuteDuration", "Cadence", "Domain", "EffectDuration", "ExperienceKind", "Phase", "Product", "Role", "Route",
    "Setting", "TransportHome", "TreatmentFocus", "YesNoUnsure",
    # validation.py
    "BLOB_MAX", "JSON_DEPTH_MAX", "LINE_MAX", "LIST_MAX", "NAME_MAX", "SERIES_MAX", "TAG_MAX", "TAGS_MAX", "TEXT_MAX",
    "JSONValue", "check_blob", "check_bool", "check_date", "check_datetime", "check_enum", "check_float", "check_id",
    "check_identifier", "check_int", "check_items", "check_json_object", "check_opt_id", "check_opt_int", "check_person_name",
    "check_text", "check_text_list", "freeze_json", "normalise_tag", "normalise_tags", "thaw_json",
    # values.py
    "BloodPressure", "PromptAnswer", "SideEffectReport",
    # base.py
    "Record", "utc_now",
    # one module per kind, or per feature
    "Profile", "TreatmentSession", "Entry", "CheckIn", "QuestionnaireResponse", "Reframe", "Commitment",
    "SAFETY_PLAN_SECTIONS", "SafetyPlan", "Contact", "ShareLog", "ReceivedItem", "Identity", "Annotation",
    "PromptPackRecord", "Draft", "AuditEvent", "AuditScalar", "Settings", "HistorySnapshot",
    # kinds.py
    "KIND_TO_TYPE", "RECORD_TYPES", "SEARCHABLE_TYPES",
    # used through this package by its callers
    "RECORD_ID_BYTES", "ValidationError",
]
