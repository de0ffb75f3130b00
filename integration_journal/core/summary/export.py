"""The text export (Markdown or HTML: the summary, or a therapist's briefs) and the audit event each export writes."""

from __future__ import annotations

import datetime as dt

from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.records import Profile, Role
from integration_journal.core.summary.brief import brief_markdown, build_briefs
from integration_journal.core.summary.build import build_summary
from integration_journal.core.summary.formats import Formats
from integration_journal.core.summary.html import html_document, summary_html
from integration_journal.core.summary.markdown import summary_markdown
from integration_journal.core.summary.model import SummaryOptions
from integration_journal.core.summary.period import EXPORT_EVENT
from integration_journal.core.summary.wording import Translate, _same
from integration_journal.errors import UsageError


def record_export(journal, options: SummaryOptions, fmt: str) -> None:
    """The audit event of a plaintext export: format ("brief-…" for a therapist's briefs) and range,
    never content."""
    journal.audit(EXPORT_EVENT, format=f"brief-{fmt}" if is_therapist(journal) else fmt, date_from=options.date_from.isoformat(),
                  date_to=options.date_to.isoformat(), shared_only=options.shared_only)


def is_therapist(journal) -> bool:
    profile = next((p for p in journal.list(kind="profile") if isinstance(p, Profile)), None)
    return profile is not None and profile.role == Role.THERAPIST


def text_export(journal, options: SummaryOptions, fmt: str, tr: Translate = _same, *,
                tz: dt.tzinfo | None = None, formats: Formats | None = None) -> str:
    """"md" or "html": the summary, or in a therapist's vault the briefs (built from received items); dates and
    decimals in `formats` (the app's locale; ISO 8601 by default)."""
    if fmt not in ("md", "html"):
        raise UsageError("A text export is md or html.")
    if is_therapist(journal):
        text = brief_markdown(build_briefs(journal, options.date_from, options.date_to, tz=tz),
                              options.date_from, options.date_to, tr, formats)
        return text if fmt == "md" else html_document(render_markdown(text), tr("Pre-appointment briefs"))
    built = build_summary(journal, options, tz=tz)
    return summary_markdown(built, tr, formats) if fmt == "md" else summary_html(built, tr, formats)
