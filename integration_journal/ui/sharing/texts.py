"""The sharing pages' words under "sharing": share items, counts, records as labels and Markdown, refusals."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication

from integration_journal.core import measures
from integration_journal.core import records as r
from integration_journal.core.sharing import PreviewLine, Received
from integration_journal.core.summary import escape_markdown
from integration_journal.errors import BundleProblem, BundleRejected, CardProblem, CardRejected
from integration_journal.ui.messages import describe
from integration_journal.ui.models import date_text
from integration_journal.ui.session_models import effect_label, route_label, setting_label, severity_short


def tr(text: str) -> str:
    return QCoreApplication.translate("sharing", text)


def problem_text(problem: BundleProblem | CardProblem) -> str:
    """A refusal in the person's language: the enum's sentence is the source text, one per member."""
    context = "bundle_problems" if isinstance(problem, BundleProblem) else "card_problems"
    return QCoreApplication.translate(context, problem.value)


def describe_sharing(exc: BaseException) -> str:
    if isinstance(exc, BundleRejected | CardRejected):
        return problem_text(exc.reason)
    return describe(exc)


KIND_COUNTS = {  # item kind -> (one, many); translated when shown
    "entry": ("{count} entry", "{count} entries"), "session": ("{count} session", "{count} sessions"),
    "checkin": ("{count} check-in", "{count} check-ins"),
    "questionnaire": ("{count} questionnaire result", "{count} questionnaire results"),
    "summary": ("{count} summary", "{count} summaries"), "withdraw": ("{count} withdrawal", "{count} withdrawals"),
    "comment": ("{count} comment", "{count} comments"), "prompt_pack": ("{count} prompt pack", "{count} prompt packs"),
}


def kind_label(kind: str) -> str:
    return {
        "entry": tr("Entry"), "session": tr("Session"), "checkin": tr("Check-in"),
        "questionnaire": tr("Questionnaire"), "summary": tr("Summary"), "withdraw": tr("Withdrawal"),
        "comment": tr("Comment"), "prompt_pack": tr("Prompt pack"),
    }.get(kind, kind)


def counts_text(counts: dict[str, int]) -> str:
    parts = []
    for kind, count in counts.items():
        one, many = KIND_COUNTS.get(kind, ("{count} " + kind, "{count} " + kind))
        parts.append(tr(one if count == 1 else many).format(count=count))
    return ", ".join(parts)


def _local_day(moment: dt.datetime) -> dt.date:
    return moment.astimezone().date()


def measure_title(instrument: str) -> str:
    try:
        return measures.get_measure(instrument).short_title
    except measures.MeasureError:
        return instrument.upper()


def record_label(record: r.Record | None, kind: str = "", fallback: str = "") -> str:
    """One line naming a record, translated (the service's own labels are English)."""
    if isinstance(record, r.Entry):
        return record.title or tr("Untitled entry")
    if isinstance(record, r.TreatmentSession):
        return tr("Session, {date}").format(date=date_text(_local_day(record.when)))
    if isinstance(record, r.CheckIn):
        return tr("Check-in, {date}").format(date=date_text(record.date))
    if isinstance(record, r.QuestionnaireResponse):
        return tr("{title}, {date}").format(title=measure_title(record.instrument),
                                            date=date_text(_local_day(record.taken_at)))
    if isinstance(record, r.PromptPackRecord):
        return record.title
    if isinstance(record, r.Annotation):
        return record.text.splitlines()[0] if record.text else ""
    return fallback or kind_label(kind)


def preview_line_label(line: PreviewLine) -> str:
    if line.kind == "withdraw":
        what = record_label(line.record) if line.record is not None else tr("an item shared earlier")
        return tr("Withdraw: {what}").format(what=what)
    return record_label(line.record, line.kind, line.label)


def record_markdown(record: r.Record | None, title: str = "", text: str = "") -> str:
    """The full content of a shared record as Markdown (user text escaped where it is not Markdown)."""
    if record is None:  # a summary: Markdown written by the app
        return f"# {escape_markdown(title)}\n\n{text}" if title else text
    if isinstance(record, r.Entry):
        head = f"# {escape_markdown(record.title or tr('Untitled entry'))}\n\n"
        tags = ("\n\n" + tr("Tags: {tags}").format(tags=escape_markdown(", ".join(record.tags)))) if record.tags else ""
        return head + record.body + tags
    lines = [f"# {escape_markdown(record_label(record))}", ""]
    if isinstance(record, r.CheckIn):
        values = [(tr("Mood"), record.mood), (tr("Anxiety"), record.anxiety), (tr("Pain"), record.pain),
                  (tr("Sleep (hours)"), record.sleep_hours), (tr("Sleep quality"), record.sleep_quality)]
        lines += [f"- {name}: {value}" for name, value in values if value is not None]
        if record.note:
            lines += ["", escape_markdown(record.note)]
    elif isinstance(record, r.QuestionnaireResponse):
        try:
            result = measures.score(record.instrument, record.answers)
        except measures.MeasureError:
            result = None
        if result is not None:
            total = "–" if result.total is None else str(result.total)
            lines.append(tr("Total: {total}").format(total=total))
            if result.band:
                lines.append("\n" + tr("Band: {band}").format(band=QCoreApplication.translate("measures", result.band)))
            if result.safety_flag:
                lines.append("\n**" + tr("Safety flag: item 9 answered {value} (thoughts of being better off "
                                         "dead or of self-harm).").format(value=result.safety_value) + "**")
            if result.missing_items:
                lines.append("\n" + tr("Skipped items: {items}").format(
                    items=", ".join(str(i) for i in result.missing_items)))
    elif isinstance(record, r.TreatmentSession):
        lines.append(f"- {tr('Route')}: {route_label(record.route)}")
        lines.append(f"- {tr('Setting')}: {setting_label(record.setting)}")
        if record.dose_mg is not None:
            lines.append(f"- {tr('Dose (as told by the clinic)')}: {record.dose_mg:g} mg")
        for name, value in ((tr("Intention"), record.intention), (tr("Experience"), record.experience_text),
                            (tr("Notes"), record.notes)):
            if value:
                lines += ["", f"**{name}**", "", escape_markdown(value)]
        if record.side_effects:
            lines += ["", f"**{tr('Side effects')}**", ""]
            lines += [f"- {effect_label(rep.effect)}: {severity_short(rep.severity)}" for rep in record.side_effects]
    return "\n".join(lines) + "\n"


def received_markdown(received: Received) -> str:
    return record_markdown(received.record, received.title, received.text)


def received_label(received: Received) -> str:
    if received.record is None:
        return received.title or kind_label(received.item.item_kind)
    return record_label(received.record, received.item.item_kind)
