"""The registry of record kinds: every record type, KIND -> type, and the kinds search covers."""

from __future__ import annotations

import types
from collections.abc import Mapping

from integration_journal.core.records.audit import AuditEvent
from integration_journal.core.records.base import Record
from integration_journal.core.records.checkin import CheckIn
from integration_journal.core.records.drafts import Draft
from integration_journal.core.records.entry import Entry
from integration_journal.core.records.history import HistorySnapshot
from integration_journal.core.records.insights import Commitment, Reframe
from integration_journal.core.records.profile import Profile
from integration_journal.core.records.prompt_pack import PromptPackRecord
from integration_journal.core.records.questionnaire import QuestionnaireResponse
from integration_journal.core.records.safety_plan import SafetyPlan
from integration_journal.core.records.session import TreatmentSession
from integration_journal.core.records.settings import Settings
from integration_journal.core.records.sharing import Annotation, Contact, Identity, ReceivedItem, ShareLog

RECORD_TYPES: tuple[type[Record], ...] = (
    Profile, TreatmentSession, Entry, CheckIn, QuestionnaireResponse, Reframe, Commitment, SafetyPlan,
    Contact, ShareLog, ReceivedItem, Annotation, PromptPackRecord, Draft, AuditEvent, Settings,
    HistorySnapshot, Identity,
)
KIND_TO_TYPE: Mapping[str, type[Record]] = types.MappingProxyType({t.KIND: t for t in RECORD_TYPES})

# Kinds whose free text the search covers.
SEARCHABLE_TYPES: tuple[type[Record], ...] = tuple(t for t in RECORD_TYPES if t.SEARCH_FIELDS)
