"""The full export as a folder: the documented JSON plus Markdown (one file per entry, tables for the rest).

Plaintext by nature: callers warn first and record the export in the security log. The folder is
built beside the target under a hidden name, every file 0600 from its first byte, and renamed into
place only when complete, so an interrupted export leaves no half-written folder under the chosen
name and no plaintext anywhere else.
"""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import re
import shutil
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from integration_journal.core import export_json, measures, safety, side_effects
from integration_journal.core.journal import Journal
from integration_journal.core.private_files import fsync_dir, partial_name, replace_privately, write_new
from integration_journal.core.records import (
    CheckIn,
    Commitment,
    Entry,
    QuestionnaireResponse,
    Reframe,
    SafetyPlan,
    TreatmentSession,
)
from integration_journal.errors import JournalError, StorageFull

JSON_NAME = "journal.json"
ENTRIES_DIR = "entries"
SLUG_MAX = 60
FLAG_FIELDS = ("share", "bring_to_appointment", "question_for_therapist")
# Names Windows refuses whatever the extension; a date prefix already avoids them, kept for safety.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(1, 10)), *(f"lpt{i}" for i in range(1, 10))}

Progress = Callable[[int, int], None]


class ExportFailed(JournalError):
    """The export could not be written; nothing was left under the chosen name."""


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: Path
    entries: int
    files: int


# --- file names --------------------------------------------------------------------------------------------

def slug(title: str) -> str:
    """A file-name-safe form of a title: letters and digits of any script kept, everything else a hyphen."""
    text = unicodedata.normalize("NFC", title).lower()
    out = "".join(ch if ch.isalnum() else "-" for ch in text)
    out = re.sub(r"-{2,}", "-", out).strip("-")[:SLUG_MAX].strip("-")
    return out or "untitled"


class UniqueNames:
    """Hands out file names unique regardless of letter case (macOS and Windows fold case)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()

    def take(self, stem: str, suffix: str = ".md") -> str:
        stem = stem if stem.lower() not in _RESERVED else f"{stem}-"
        name, counter = f"{stem}{suffix}", 2
        while name.casefold() in self._taken:
            name, counter = f"{stem}-{counter}{suffix}", counter + 1
        self._taken.add(name.casefold())
        return name


# --- Markdown ----------------------------------------------------------------------------------------------

_JSON = json.JSONEncoder(ensure_ascii=False)  # one encoder: json.dumps would build one per value


def _scalar(value: object) -> str:
    """A front-matter value: JSON literals are valid YAML flow scalars and keep every character safe."""
    return _JSON.encode(value)


def _cell(value: object) -> str:
    """A table cell that stays one cell and shows its text as text: a backslash and a bar are escaped,
    a `<` is written `&lt;` (raw, it would open HTML in a Markdown viewer: a script, an image that
    loads, a link; not every Markdown reads a backslash before it as an escape), and line breaks become
    the one tag the table itself writes."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "<br>")


def _table(headers: list[str], rows: list[list[object]]) -> str:
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(_cell(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"


def _when(moment: dt.datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


def entry_markdown(entry: Entry, sessions: dict[bytes, TreatmentSession]) -> str:
    """One entry as front matter (title, created, updated, tags, phase, session, flags) and its text."""
    session = sessions.get(entry.session_id) if entry.session_id else None
    front = [
        ("id", _scalar(entry.id.hex())),
        ("title", _scalar(entry.title)),
        ("created", entry.created.isoformat()),
        ("updated", entry.updated.isoformat()),
        ("tags", _scalar(list(entry.tags))),
        ("phase", _scalar(entry.phase.value if entry.phase else None)),
        ("session", _scalar(session.when.isoformat() if session else None)),
        ("session_id", _scalar(entry.session_id.hex() if entry.session_id else None)),
        ("flags", _scalar([name for name in FLAG_FIELDS if getattr(entry, name)])),
    ]
    head = "---\n" + "".join(f"{key}: {value}\n" for key, value in front) + "---\n\n"
    title = f"# {entry.title}\n\n" if entry.title.strip() else ""
    body = entry.body if entry.body.endswith("\n") or not entry.body else entry.body + "\n"
    return head + title + body


def sessions_markdown(sessions: list[TreatmentSession]) -> str:
    rows = []
    for s in sorted(sessions, key=lambda s: s.when):
        effects = ", ".join(f"{side_effects.CATALOGUE[e.effect].label} ({e.severity}/3)"
                            for e in s.side_effects if e.severity > 0)
        bp = " → ".join(f"{bp.systolic}/{bp.diastolic}" for bp in (s.bp_before, s.bp_after) if bp) or ""
        rows.append([_when(s.when), s.route.value, s.setting.value, "" if s.dose_mg is None else f"{s.dose_mg:g}",
                     s.clinic, s.intention, "" if s.experience is None else f"{s.experience}/10", effects, bp,
                     s.notes])
    return ("# Treatment sessions\n\nDoses are as the clinic told them; the app never calculates doses.\n\n"
            + _table(["when", "route", "setting", "dose (mg)", "clinic", "intention", "experience",
                      "side effects (severity)", "blood pressure", "notes"], rows))


def measures_markdown(responses: list[QuestionnaireResponse]) -> str:
    rows = []
    used: dict[str, str] = {}
    for q in sorted(responses, key=lambda q: q.taken_at):
        try:
            measure = measures.get_measure(q.instrument)
            result = measures.score_response(q)
        except (KeyError, JournalError):
            rows.append([_when(q.taken_at), q.instrument, "", "", "", ", ".join(map(str, q.answers)),
                         "yes" if q.baseline else ""])
            continue
        used[measure.id] = f"{measure.short_title}: {measure.attribution}"
        item9 = "" if measure.safety_item is None else ("skipped" if result.safety_value is None
                                                          else str(result.safety_value))
        answers = ", ".join("–" if a is None else str(a) for a in q.answers)
        rows.append([_when(q.taken_at), measure.short_title, "" if result.total is None else f"{result.total:g}",
                     result.band or "", item9, answers, "yes" if q.baseline else ""])
    text = ("# Questionnaires\n\nTotals and bands as scored by the app. The safety item column shows "
            "PHQ-9 item 9 whenever it was answered.\n\n"
            + _table(["taken", "measure", "total", "band", "safety item", "answers", "baseline"], rows))
    if used:
        text += "\n## Measures\n\n" + "".join(f"- {line}\n" for line in used.values())
    return text


def checkins_markdown(checkins: list[CheckIn]) -> str:
    rows = [[c.date.isoformat(), c.mood, c.anxiety, c.pain, c.sleep_hours, c.sleep_quality, c.note]
            for c in sorted(checkins, key=lambda c: c.date)]
    return ("# Daily check-ins\n\nThese are the app's own check-in questions (0–10), not validated "
            "measures.\n\n" + _table(["date", "mood", "anxiety", "pain", "sleep (hours)", "sleep quality",
                                       "note"], rows))


def insights_markdown(reframes: list[Reframe], commitments: list[Commitment]) -> str:
    rows = [[_when(r.created), r.old_thought, r.new_perspective, r.domain.value if r.domain else ""]
            for r in sorted(reframes, key=lambda r: r.created)]
    crows = [[_when(c.created), c.text, c.domain.value, c.cadence.value, "yes" if c.active else "no",
              len(c.checkoffs), c.checkoffs[-1].isoformat() if c.checkoffs else ""]
             for c in sorted(commitments, key=lambda c: c.created)]
    return ("# Insights\n\n## Reframes\n\n" + _table(["written", "old thought", "new perspective", "domain"], rows)
            + "\n## Commitments\n\n" + _table(["made", "commitment", "domain", "cadence", "active", "times done",
                                                 "last done"], crows))


def readme_markdown(exported: dt.datetime, counts: dict[str, int]) -> str:
    listed = "".join(f"- {name}: {count}\n" for name, count in counts.items())
    return (
        "# Integration Journal export\n\n"
        "**Private and not encrypted.** Anyone who can open this folder can read everything in it. Keep it "
        "somewhere safe and delete it when you no longer need it.\n\n"
        "**Your own text, not sanitised.** The entries are written exactly as you wrote them, Markdown and any "
        "HTML included. A Markdown viewer shows them as it sees fit: an image or a link in your text may be "
        "fetched from the web when a file is opened. The tables escape what could break them or open HTML.\n\n"
        f"Exported {exported.isoformat(timespec='seconds')}.\n\n{listed}\n"
        f"- `{JSON_NAME}`: every record, in the documented format the app imports again (all or nothing).\n"
        f"- `{ENTRIES_DIR}/`: one Markdown file per journal entry, with its details in front matter.\n"
        "- `sessions.md`, `measures.md`, `check-ins.md`, `insights.md`: tables of the rest.\n")


def export_files(journal: Journal, *, exported: dt.datetime | None = None) -> Iterator[tuple[str, str]]:
    """(relative path, text) of every file of the export folder, the JSON first."""
    exported = exported or journal.now()
    yield JSON_NAME, export_json.export_json(journal, exported=exported)
    entries = [e for e in journal.list(kind=Entry) if isinstance(e, Entry)]
    sessions = [s for s in journal.list(kind=TreatmentSession) if isinstance(s, TreatmentSession)]
    by_id = {s.id: s for s in sessions}
    names = UniqueNames()
    for entry in sorted(entries, key=lambda e: (e.created, e.id)):
        name = names.take(f"{entry.created.date().isoformat()}-{slug(entry.title)}")
        yield f"{ENTRIES_DIR}/{name}", entry_markdown(entry, by_id)
    checkins = [c for c in journal.list(kind=CheckIn) if isinstance(c, CheckIn)]
    responses = [q for q in journal.list(kind=QuestionnaireResponse) if isinstance(q, QuestionnaireResponse)]
    reframes = [r for r in journal.list(kind=Reframe) if isinstance(r, Reframe)]
    commitments = [c for c in journal.list(kind=Commitment) if isinstance(c, Commitment)]
    yield "sessions.md", sessions_markdown(sessions)
    yield "measures.md", measures_markdown(responses)
    yield "check-ins.md", checkins_markdown(checkins)
    yield "insights.md", insights_markdown(reframes, commitments)
    plans = [p for p in journal.list(kind=SafetyPlan) if isinstance(p, SafetyPlan)]
    if plans:
        yield "safety-plan.md", safety.safety_plan_markdown(plans[0])
    yield "README.md", readme_markdown(exported, {
        "journal entries": len(entries), "treatment sessions": len(sessions), "questionnaires": len(responses),
        "check-ins": len(checkins), "reframes": len(reframes), "commitments": len(commitments)})


# --- writing ------------------------------------------------------------------------------------------------

def _failure(exc: OSError, target: Path) -> JournalError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull()
    return ExportFailed(f"The export could not be written to {target} ({exc.strerror or type(exc).__name__}). "
                        "Nothing was left there.")


def write_private_file(target: Path, data: bytes) -> None:
    """A file readable only by its owner, written beside the target and renamed into place."""
    if target.is_dir():
        raise ExportFailed(f"{target} is a folder; give a file name.")
    try:
        replace_privately(target, data)
    except OSError as exc:
        raise _failure(exc, target) from exc


def write_export_folder(journal: Journal, target: Path, *, progress: Progress | None = None,
                        exported: dt.datetime | None = None) -> ExportResult:
    """Write the full export (JSON + Markdown) as the new folder `target` (absent, or an empty folder)."""
    target = Path(target)
    if target.exists() and (not target.is_dir() or any(target.iterdir())):
        raise ExportFailed(f"{target} already exists and is not an empty folder; choose a new folder name.")
    if not target.parent.is_dir():
        raise ExportFailed(f"The folder {target.parent} does not exist.")
    files = list(export_files(journal, exported=exported))
    entries = sum(1 for name, _ in files if name.startswith(ENTRIES_DIR + "/"))
    building = partial_name(target)
    try:
        os.mkdir(building, 0o700)
        os.mkdir(building / ENTRIES_DIR, 0o700)
        for done, (name, text) in enumerate(files, start=1):
            # The JSON (the copy that imports back) reaches the disk before the rename; flushing each of
            # thousands of Markdown files one by one would multiply the time by ten (docs/PERFORMANCE.md).
            write_new(building / name, text.encode("utf-8"), sync=name == JSON_NAME)
            if progress is not None:
                progress(done, len(files))
        fsync_dir(building / ENTRIES_DIR)
        fsync_dir(building)
        if target.is_dir():
            target.rmdir()  # empty, checked above; Windows cannot rename over a folder
        os.rename(building, target)
        fsync_dir(target.parent)
    except BaseException as exc:  # also an interrupt: no half-built plaintext folder stays behind
        shutil.rmtree(building, ignore_errors=True)
        if isinstance(exc, OSError):
            raise _failure(exc, target) from exc
        raise
    return ExportResult(path=target, entries=entries, files=len(files))
