"""The appointment summary (docs/clinical.md §6.2) and the therapist's pre-appointment brief, as data, Markdown and HTML.

`build_summary(journal, options)` reads the journal and returns a `Summary`: plain frozen data in the
order of the template — safety flags first (most urgent first), then severe or lasting effects to ask
about, then measures, sessions, daily trends, side effects, what
the patient chose to bring, questions for the clinician, and the footer. `summary_markdown` and
`summary_html` present it; every piece of the person's own text is escaped, and the HTML is python-
markdown output cleaned by nh3 (core.markdown_render), so nothing in an entry can become markup.

"Since the last appointment": the app does not know appointment dates, so it takes the day of the last
summary export (the "summary_exported" audit event, written by every export) before today as the
last appointment; without one the range is the last 30 days (`default_range`).

What "shared only" means: entries count only when their "share with therapist" flag is on. Session
intentions, reframes and commitments have no share flag, so that option leaves them out; measures,
sessions, check-ins and side effects are the patient's choice through the section switches. Chosen
entries and questions are capped (the most recent ENTRY_LIMIT / QUESTION_LIMIT, shortened) so the
summary stays near the template's one or two pages; the text says how many more there are.

The brief (`build_briefs`) reads a therapist vault's received items (each payload is the sender's
record as `core.codec` encodes it) and groups them per patient.

Text is English here; the UI passes `tr` (QCoreApplication.translate) to translate every label, and the
`Formats` of the app's locale (formats.py) for dates and decimals; without them dates are ISO 8601.
"""

from integration_journal.core.summary.brief import (
    KIND_LABELS,
    KIND_NAMES,
    DiscussItem,
    PatientBrief,
    ScoreChange,
    brief_markdown,
    build_briefs,
)
from integration_journal.core.summary.build import (
    ENTRY_LIMIT,
    EXCERPT_CHARS,
    MEDICATION_TAGS,
    QUESTION_LIMIT,
    URGENT_TAGS,
    build_summary,
    excerpt,
    is_urgent,
)
from integration_journal.core.summary.export import is_therapist, record_export, text_export
from integration_journal.core.summary.formats import ISO, Formats
from integration_journal.core.summary.html import HTML_STYLE, escape_html, html_document, section_html, summary_html
from integration_journal.core.summary.markdown import (
    ask_about_lines,
    ask_about_text,
    crisis_lines_markdown,
    dose,
    escape_markdown,
    flag_text,
    incomplete_text,
    number,
    safety_lines,
    safety_notes,
    section_markdown,
    summary_markdown,
    trimmed,
)
from integration_journal.core.summary.model import (
    SECTIONS,
    TREND_WINDOWS,
    AskAbout,
    CommitmentItem,
    CrisisInfo,
    EarlierItem9,
    EffectCount,
    EffectFlag,
    HighReading,
    IncompleteRow,
    Intention,
    Item9Flag,
    Item9Unanswered,
    MeasureRow,
    ReframeItem,
    SafetySection,
    SelectedEntry,
    SessionRow,
    Summary,
    SummaryOptions,
    TrendRow,
    UrgentNote,
)
from integration_journal.core.summary.period import DEFAULT_DAYS, EXPORT_EVENT, default_range, last_appointment
from integration_journal.core.summary.wording import (
    ACUTE_DURATION_LABELS,
    APP_ITEMS_NOTE,
    ASK_ABOUT_UNKNOWN,
    DURATION_TEXT,
    EFFECT_LABELS,
    EXPERIENCE_LABELS,
    HEADER_TITLE,
    MEDICATION_NOTE,
    NOT_A_RECORD,
    NOT_MONITORED,
    OVERLAP_NOTE,
    ROUTE_LABELS,
    SECTION_TITLES,
    SETTING_LABELS,
    TREND_ITEMS,
    Translate,
    effect_label,
)

__all__ = [
    # wording.py
    "ACUTE_DURATION_LABELS", "APP_ITEMS_NOTE", "ASK_ABOUT_UNKNOWN", "DURATION_TEXT", "EFFECT_LABELS",
    "EXPERIENCE_LABELS", "HEADER_TITLE", "MEDICATION_NOTE", "NOT_A_RECORD", "NOT_MONITORED", "OVERLAP_NOTE",
    "ROUTE_LABELS", "SECTION_TITLES", "SETTING_LABELS", "TREND_ITEMS", "Translate", "effect_label",
    # model.py
    "SECTIONS", "TREND_WINDOWS", "AskAbout", "CommitmentItem", "CrisisInfo", "EarlierItem9", "EffectCount", "EffectFlag",
    "HighReading", "IncompleteRow", "Intention", "Item9Flag", "Item9Unanswered", "MeasureRow", "ReframeItem",
    "SafetySection", "SelectedEntry", "SessionRow", "Summary", "SummaryOptions", "TrendRow", "UrgentNote",
    # period.py
    "DEFAULT_DAYS", "EXPORT_EVENT", "default_range", "last_appointment",
    # build.py
    "ENTRY_LIMIT", "EXCERPT_CHARS", "MEDICATION_TAGS", "QUESTION_LIMIT", "URGENT_TAGS", "build_summary", "excerpt",
    "is_urgent",
    # formats.py
    "ISO", "Formats",
    # markdown.py
    "ask_about_lines", "ask_about_text", "crisis_lines_markdown", "dose", "escape_markdown", "flag_text",
    "incomplete_text", "number",
    "safety_lines", "safety_notes", "section_markdown", "summary_markdown", "trimmed",
    # html.py
    "HTML_STYLE", "escape_html", "html_document", "section_html", "summary_html",
    # brief.py
    "KIND_LABELS", "KIND_NAMES", "DiscussItem", "PatientBrief", "ScoreChange", "brief_markdown", "build_briefs",
    # export.py
    "is_therapist", "record_export", "text_export",
]
