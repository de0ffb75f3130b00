"""One sitting of guided prompts as a GUI-agnostic state machine: choosing the prompts, paging through
them, skip and "Not today", resuming from an encrypted draft, and writing the entry at the end.

The Qt wizard (ui/prompt_wizard/) only presents a `PromptSitting`; everything it decides lives here
and is tested without a GUI.

Choice of prompts (docs/clinical.md §2): 2-4 per sitting from the phase; pain prompts only when the treatment
focus includes chronic pain (then one place is kept for one); prompts answered fewer times come first,
and among equals those whose integration domains (mind, body, spirit, relationships, lifestyle, nature)
were used least recently and not yet in this sitting, so repeated sittings rotate. Same-day sittings
offer only prompts answered with taps and sliders; a few words can be added, never required.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from enum import StrEnum
from typing import Any

from integration_journal.core.prompts import (
    SITTING_MAX,
    SITTING_MIN,
    InputType,
    LinkTarget,
    Prompt,
    PromptCadence,
    PromptLibrary,
)
from integration_journal.core.records import (
    LINE_MAX,
    Draft,
    Entry,
    Phase,
    Profile,
    PromptAnswer,
    Setting,
    TreatmentFocus,
    TreatmentSession,
    thaw_json,
)
from integration_journal.core.schedule import DueItem, Schedule, item_key, next_planned_session
from integration_journal.errors import NotFound, UsageError, ValidationError

DRAFT_KIND = "prompt_sitting"  # Draft.target_kind of an unfinished sitting (it becomes an entry)
DRAFT_VERSION = 1
DEFAULT_PER_SITTING = 3
RECENT_SITTINGS = 12  # how many earlier guided entries the domain rotation looks at
SHORT_TEXT_MAX = 2_000
LONG_TEXT_MAX = 100_000

ENTRY_TAG_GUIDED = "guided"


class SittingStatus(StrEnum):
    ACTIVE = "active"
    FINISHED = "finished"
    POSTPONED = "postponed"  # "Not today"
    DISCARDED = "discarded"


# Entry titles, e.g. "Next day after session of 4 March". The UI passes translated templates with the
# same placeholders: {date} is the session's day, {today} the day of the sitting.
TITLE_TEMPLATES: Mapping[Phase, str] = {
    Phase.PREPARATION: "Preparing for session of {date}",
    Phase.SAME_DAY: "Same day after session of {date}",
    Phase.NEXT_DAY: "Next day after session of {date}",
    Phase.FEW_DAYS: "A few days after session of {date}",
    Phase.ONE_WEEK: "A week after session of {date}",
    Phase.ONGOING: "Reflection after session of {date}",
}
TITLE_TEMPLATES_NO_SESSION: Mapping[Phase, str] = {
    Phase.PREPARATION: "Preparation, {today}",
    Phase.SAME_DAY: "Same-day notes, {today}",
    Phase.NEXT_DAY: "Next-day reflection, {today}",
    Phase.FEW_DAYS: "Reflection, {today}",
    Phase.ONE_WEEK: "Weekly reflection, {today}",
    Phase.ONGOING: "Reflection, {today}",
}


def day_month(day: dt.date) -> str:
    """"4 March": English month names, independent of the process locale (the UI formats its own)."""
    months = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
              "October", "November", "December")
    return f"{day.day} {months[day.month - 1]}"


# --- choosing prompts -------------------------------------------------------------------------------------

def _guided_entries(entries: Iterable[Entry]) -> list[Entry]:
    found = [e for e in entries if e.prompt_answers]
    found.sort(key=lambda e: (e.created, e.id), reverse=True)
    return found


def answered_counts(entries: Iterable[Entry]) -> Counter[str]:
    """How often each prompt has been answered across the journal."""
    counts: Counter[str] = Counter()
    for entry in entries:
        for answer in entry.prompt_answers:
            counts[answer.prompt_id] += 1
    return counts


def recent_domain_use(entries: Sequence[Entry], library: PromptLibrary, sittings: int = RECENT_SITTINGS) -> Counter[str]:
    """Domains of prompts answered in the most recent guided entries (the empty string: no domain)."""
    use: Counter[str] = Counter()
    for entry in _guided_entries(entries)[:sittings]:
        for answer in entry.prompt_answers:
            prompt = library.prompt(answer.prompt_id)
            if prompt is None:
                continue
            for domain in prompt.domains or (None,):
                use[domain.value if domain else ""] += 1
    return use


def candidates(library: PromptLibrary, phase: Phase, *, focus: Iterable[TreatmentFocus] = (),
               next_session_planned: bool = False, tap_only: bool = False) -> list[Prompt]:
    """The prompts of a phase this person may be offered, in library order."""
    pain = TreatmentFocus.CHRONIC_PAIN in set(focus)
    found = []
    for prompt in library.prompts(phase):
        if prompt.is_pain and not pain:
            continue
        if prompt.cadence is PromptCadence.BEFORE_NEXT_SESSION and not next_session_planned:
            continue
        if tap_only and not prompt.tap_only:
            continue
        found.append(prompt)
    return found


def _pick(pool: Sequence[Prompt], answered: Counter[str], domain_use: Counter[str],
          picked: Sequence[Prompt]) -> Prompt:
    in_sitting: Counter[str] = Counter()
    for prompt in picked:
        for domain in prompt.domains or (None,):
            in_sitting[domain.value if domain else ""] += 1

    def freshness(prompt: Prompt) -> int:
        # A prompt is as fresh as its least-used domain; a domain already in this sitting counts as
        # heavily used, so one sitting spreads over several domains.
        names = [d.value for d in prompt.domains] or [""]
        return min(domain_use[n] + 1000 * in_sitting[n] for n in names)

    return min(pool, key=lambda p: (answered[p.id], freshness(p), p.order))


def choose_prompts(library: PromptLibrary, phase: Phase | str, *, focus: Iterable[TreatmentFocus] = (),
                   history: Sequence[Entry] = (), limit: int | None = None, next_session_planned: bool = False,
                   tap_only: bool = False, exclude: Iterable[str] = ()) -> list[Prompt]:
    """2-4 prompts for one sitting, in library order (see the module docstring for how they are chosen)."""
    phase = Phase(phase)
    focus = tuple(focus)
    if limit is None:
        limit = library.phase_info(phase).max_prompts or DEFAULT_PER_SITTING
    limit = max(SITTING_MIN, min(SITTING_MAX, limit))
    excluded = set(exclude)
    pool = [p for p in candidates(library, phase, focus=focus, next_session_planned=next_session_planned,
                                  tap_only=tap_only) if p.id not in excluded]
    answered = answered_counts(history)
    domain_use = recent_domain_use(history, library)
    picked: list[Prompt] = []
    pain_pool = [p for p in pool if p.is_pain]
    if pain_pool and TreatmentFocus.CHRONIC_PAIN in focus:
        picked.append(_pick(pain_pool, answered, domain_use, picked))
    while len(picked) < limit:
        remaining = [p for p in pool if p not in picked]
        if not remaining:
            break
        picked.append(_pick(remaining, answered, domain_use, picked))
    return sorted(picked, key=lambda p: p.order)


# --- answers ----------------------------------------------------------------------------------------------

def _clean_text(name: str, value: object, max_len: int) -> str:
    if not isinstance(value, str):
        raise ValidationError(name, "must be text")
    if len(value) > max_len:
        raise ValidationError(name, f"is longer than {max_len} characters")
    return value.strip()


def _option_ids(prompt: Prompt, value: object) -> list[str]:
    if not isinstance(value, list | tuple):
        raise ValidationError(prompt.id, "must be a list of options")
    known = [o.id for o in prompt.options]
    chosen = set()
    for item in value:
        if item not in known:
            raise ValidationError(prompt.id, "is not one of the prompt's options")
        chosen.add(item)
    return [o for o in known if o in chosen]


def normalise_answer(prompt: Prompt, value: object) -> Any:
    """The stored (JSON) form of an answer, or None for "no answer"; ValidationError if it cannot be one.

    chips: ["calm", …]; chips_plus_text: {"chips": […], "text": "…"}; slider_0_10: 7, or with a note
    {"value": 7, "note": "…"}; choice: "yes", or with a note {"choice": "yes", "note": "…"};
    short_text / long_text: "…".
    """
    if value is None:
        return None
    kind = prompt.input
    if kind is InputType.CHIPS:
        chips = _option_ids(prompt, value)
        return chips or None
    if kind is InputType.CHIPS_PLUS_TEXT:
        if not isinstance(value, Mapping):
            raise ValidationError(prompt.id, "must hold chips and text")
        chips = _option_ids(prompt, value.get("chips") or [])
        text = _clean_text(prompt.id, value.get("text") or "", SHORT_TEXT_MAX)
        return {"chips": chips, "text": text} if chips or text else None
    if kind is InputType.SLIDER_0_10 or kind is InputType.CHOICE:
        note = ""
        if prompt.note and isinstance(value, Mapping):
            note = _clean_text(prompt.id, value.get("note") or "", SHORT_TEXT_MAX)
            value = value.get("value" if kind is InputType.SLIDER_0_10 else "choice")
        if value is None:
            main = None
        elif kind is InputType.SLIDER_0_10:
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 10:
                raise ValidationError(prompt.id, "must be a whole number from 0 to 10")
            main = value
        else:
            if not isinstance(value, str) or prompt.option(value) is None:
                raise ValidationError(prompt.id, "is not one of the prompt's options")
            main = value
        if not prompt.note:
            return main
        if main is None and not note:
            return None
        return {"value" if kind is InputType.SLIDER_0_10 else "choice": main, "note": note}
    limit = SHORT_TEXT_MAX if kind is InputType.SHORT_TEXT else LONG_TEXT_MAX
    text = _clean_text(prompt.id, value, limit)
    return text or None


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def _md_escape(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def answer_text(prompt: Prompt, answer: Any) -> str:
    """An answer as the person would read it back (option labels, "7 / 10"); Markdown-safe labels."""
    kind = prompt.input
    if kind is InputType.CHIPS:
        return ", ".join(_md_escape(prompt.option_label(o)) for o in answer)
    if kind is InputType.CHIPS_PLUS_TEXT:
        parts = [", ".join(_md_escape(prompt.option_label(o)) for o in answer.get("chips", ()))]
        if answer.get("text"):
            parts.append(answer["text"])
        return "\n\n".join(p for p in parts if p)
    if kind in (InputType.SLIDER_0_10, InputType.CHOICE):
        if prompt.note:
            main = answer.get("value" if kind is InputType.SLIDER_0_10 else "choice")
            note = answer.get("note") or ""
        else:
            main, note = answer, ""
        if main is None:
            first = ""
        elif kind is InputType.SLIDER_0_10:
            first = f"{main} / 10"
        else:
            first = _md_escape(prompt.option_label(main))
        return "\n\n".join(p for p in (first, note) if p)
    return str(answer)


def answers_markdown(prompts: Sequence[Prompt], answers: Mapping[str, Any]) -> str:
    """The readable body of a guided entry: each answered prompt in bold, the answer below it."""
    blocks = []
    for prompt in prompts:
        answer = answers.get(prompt.id)
        if answer is None:
            continue
        blocks.append(f"**{_md_escape(prompt.text)}**\n\n{answer_text(prompt, answer)}")
    return "\n\n".join(blocks) + ("\n" if blocks else "")


# --- the sitting ------------------------------------------------------------------------------------------

def treatment_focus(journal: Any) -> tuple[TreatmentFocus, ...]:
    profiles = journal.list(kind=Profile)
    return profiles[0].treatment_focus if profiles else ()


def open_drafts(journal: Any) -> list[Draft]:
    """Unfinished sittings, newest first."""
    return [d for d in journal.list(kind=Draft) if d.target_kind == DRAFT_KIND]


def _draft_matches(draft: Draft, phase: Phase, session_id: bytes | None) -> bool:
    state = draft.state
    session_hex = session_id.hex() if session_id else None
    return state.get("phase") == phase.value and state.get("session") == session_hex


class PromptSitting:
    """A sitting in progress. Build with `start` (which resumes a matching draft) or `resume`.

    Every change to the journal goes through `journal` (core.journal.Journal); `save_draft` writes the
    encrypted draft, `finish` the entry, `not_today` snoozes the window until tomorrow.
    """

    def __init__(self, journal: Any, library: PromptLibrary, *, phase: Phase, prompts: Sequence[Prompt],
                 session: TreatmentSession | None = None, due_key: str | None = None,
                 answers: Mapping[str, Any] | None = None, index: int = 0, draft: Draft | None = None,
                 bring_to_appointment: bool = False, tap_only: bool = False,
                 schedule: Schedule | None = None) -> None:
        if not prompts:
            raise UsageError("There are no prompts for this sitting.")
        self.journal = journal
        self.library = library
        self.phase = Phase(phase)
        self.session = session
        self.due_key = due_key
        self.tap_only = tap_only
        self.schedule = schedule or Schedule(journal)
        self._prompts: list[Prompt] = list(prompts)
        self._answers: dict[str, Any] = {}
        for prompt_id, value in (answers or {}).items():
            prompt = self.prompt_by_id(prompt_id)
            if prompt is not None:
                try:
                    self._answers[prompt_id] = normalise_answer(prompt, value)
                except ValidationError:
                    pass  # an answer the prompt no longer accepts (the pack changed): dropped
        self._index = max(0, min(index, len(self._prompts) - 1))
        self._draft = draft
        self.bring_to_appointment = bring_to_appointment
        self.status = SittingStatus.ACTIVE
        self.entry: Entry | None = None

    # --- building ---

    @classmethod
    def start(cls, journal: Any, library: PromptLibrary, phase: Phase | str, session_id: bytes | None = None,
              *, schedule: Schedule | None = None, limit: int | None = None) -> PromptSitting:
        """A new sitting for this phase and session, or the unfinished one if a draft exists."""
        phase = Phase(phase)
        for draft in open_drafts(journal):
            if _draft_matches(draft, phase, session_id):
                try:
                    return cls.resume(journal, library, draft, schedule=schedule)
                except UsageError:
                    journal.delete(draft.id)  # nothing in it is usable any more
        schedule = schedule or Schedule(journal)
        now = journal.now()
        session = journal.get_as(session_id, TreatmentSession) if session_id is not None else None
        due: DueItem | None = schedule.find(phase, session_id, now) if session_id is not None else None
        sessions = journal.list(kind=TreatmentSession)
        tap_only = phase is Phase.SAME_DAY
        prompts = choose_prompts(
            library, phase, focus=treatment_focus(journal), history=journal.list(kind=Entry, light=True), limit=limit,
            next_session_planned=next_planned_session(sessions, now) is not None, tap_only=tap_only)
        if not prompts:
            raise UsageError("There are no prompts for this phase.")
        due_key = due.key if due else None
        if due_key is None and session_id is not None and phase is not Phase.ONGOING:
            # A sitting before its window opened (or after it closed) still settles that window.
            due_key = item_key(session_id, phase)
        return cls(journal, library, phase=phase, prompts=prompts, session=session,
                   due_key=due_key, tap_only=tap_only, schedule=schedule)

    @classmethod
    def resume(cls, journal: Any, library: PromptLibrary, draft: Draft, *,
               schedule: Schedule | None = None) -> PromptSitting:
        """The sitting saved in `draft`; prompts no longer in the library are left out."""
        state = thaw_json(draft.state)
        try:
            phase = Phase(state.get("phase"))
        except ValueError:
            raise UsageError("The saved sitting is for a phase this app does not know.") from None
        prompts = [p for p in (library.prompt(i) for i in state.get("prompts") or () if isinstance(i, str))
                   if p is not None]
        if not prompts:
            raise UsageError("None of the saved sitting's prompts are available.")
        session = None
        session_hex = state.get("session")
        if isinstance(session_hex, str):
            try:
                session = journal.get_as(bytes.fromhex(session_hex), TreatmentSession)
            except (ValueError, NotFound):  # a deleted session: the sitting stands on its own
                session = None
        answers = state.get("answers") if isinstance(state.get("answers"), dict) else {}
        index = state.get("index") if isinstance(state.get("index"), int) else 0
        due_key = state.get("due") if isinstance(state.get("due"), str) else None
        return cls(journal, library, phase=phase, prompts=prompts, session=session, due_key=due_key,
                   answers=answers, index=index, draft=draft, bring_to_appointment=state.get("bring") is True,
                   tap_only=state.get("tap_only") is True, schedule=schedule)

    # --- where we are ---

    @property
    def prompts(self) -> tuple[Prompt, ...]:
        return tuple(self._prompts)

    @property
    def index(self) -> int:
        return self._index

    @property
    def count(self) -> int:
        return len(self._prompts)

    @property
    def position(self) -> tuple[int, int]:
        """(i, n) for "Prompt i of n"."""
        return self._index + 1, len(self._prompts)

    @property
    def current(self) -> Prompt:
        return self._prompts[self._index]

    @property
    def is_first(self) -> bool:
        return self._index == 0

    @property
    def is_last(self) -> bool:
        return self._index == len(self._prompts) - 1

    @property
    def answers(self) -> dict[str, Any]:
        """Answers given so far, by prompt id (only those with an answer)."""
        return {k: v for k, v in self._answers.items() if v is not None}

    @property
    def answered_count(self) -> int:
        return len(self.answers)

    @property
    def draft_id(self) -> bytes | None:
        return self._draft.id if self._draft else None

    @property
    def banner(self) -> str:
        return self.library.phase_info(self.phase).banner

    @property
    def same_day(self) -> bool:
        return self.phase is Phase.SAME_DAY

    @property
    def at_home(self) -> bool:
        """The session was at home with a support person ("Is your support person still with you?")."""
        return self.session is not None and self.session.setting is Setting.HOME_SUPPORTED

    def prompt_by_id(self, prompt_id: str) -> Prompt | None:
        return next((p for p in self._prompts if p.id == prompt_id), None)

    def answer_for(self, prompt_id: str | None = None) -> Any:
        return self._answers.get(prompt_id or self.current.id)

    # --- moving ---

    def _check_active(self) -> None:
        if self.status is not SittingStatus.ACTIVE:
            raise UsageError("This sitting has ended.")

    def answer(self, value: Any) -> Any:
        """Set (or with None/empty, clear) the current prompt's answer; returns the stored form."""
        self._check_active()
        stored = normalise_answer(self.current, value)
        self._answers[self.current.id] = stored
        return stored

    def next(self) -> bool:
        """To the next prompt; False (and no move) on the last one."""
        self._check_active()
        if self.is_last:
            return False
        self._index += 1
        return True

    def back(self) -> bool:
        self._check_active()
        if self.is_first:
            return False
        self._index -= 1
        return True

    def skip(self) -> bool:
        """Leave the current prompt unanswered and move on; False on the last one (then finish)."""
        self._check_active()
        self._answers.pop(self.current.id, None)
        return self.next()

    def go_to(self, index: int) -> None:
        self._check_active()
        if not 0 <= index < len(self._prompts):
            raise UsageError("There is no prompt at that position.")
        self._index = index

    # --- more prompts ---

    def extra_candidates(self) -> list[Prompt]:
        """Prompts that could be added to this sitting; in same-day mode, the few-words ones."""
        if len(self._prompts) >= SITTING_MAX:
            return []
        shown = {p.id for p in self._prompts}
        now = self.journal.now()
        pool = candidates(self.library, self.phase, focus=treatment_focus(self.journal),
                          next_session_planned=next_planned_session(
                              self.journal.list(kind=TreatmentSession), now) is not None)
        pool = [p for p in pool if p.id not in shown]
        if self.tap_only:
            pool = [p for p in pool if not p.tap_only and p.input in (InputType.SHORT_TEXT,)]
        return pool

    @property
    def can_add_prompt(self) -> bool:
        return self.status is SittingStatus.ACTIVE and bool(self.extra_candidates())

    def add_prompt(self) -> Prompt:
        """Append one more prompt (chosen by the same rotation) and move to it."""
        self._check_active()
        pool = self.extra_candidates()
        if not pool:
            raise UsageError("There are no more prompts for this sitting.")
        history = self.journal.list(kind=Entry, light=True)  # prompt answers and tags: no bodies needed
        prompt = _pick(pool, answered_counts(history), recent_domain_use(history, self.library), self._prompts)
        self._prompts.append(prompt)
        self._index = len(self._prompts) - 1
        return prompt

    # --- saving and ending ---

    def draft_state(self) -> dict[str, Any]:
        return {
            "v": DRAFT_VERSION,
            "phase": self.phase.value,
            "session": self.session.id.hex() if self.session else None,
            "due": self.due_key,
            "prompts": [p.id for p in self._prompts],
            "index": self._index,
            "answers": self.answers,
            "bring": self.bring_to_appointment,
            "tap_only": self.tap_only,
        }

    def save_draft(self) -> Draft | None:
        """Write the sitting as an encrypted draft (after every page change, and before a lock)."""
        if self.status is not SittingStatus.ACTIVE:
            return None
        state = self.draft_state()
        if self._draft is None or self._draft.id not in self.journal:
            self._draft = self.journal.add(Draft(target_kind=DRAFT_KIND, state=state))
        else:
            self._draft = self.journal.update(dataclasses.replace(self._draft, state=state))
        return self._draft

    def _drop_draft(self) -> None:
        if self._draft is not None and self._draft.id in self.journal:
            self.journal.delete(self._draft.id)
        self._draft = None

    def discard(self) -> None:
        """End without writing anything; the draft goes too."""
        self._drop_draft()
        self.status = SittingStatus.DISCARDED

    def not_today(self) -> dt.datetime | None:
        """End the sitting and snooze its window until tomorrow morning. Answers given so far stay in
        the draft for next time; an empty draft is removed. Returns the snooze time (None: no window)."""
        self._check_active()
        if self.answers:
            self.save_draft()
        else:
            self._drop_draft()
        until = self.schedule.snooze_until_tomorrow(self.due_key) if self.due_key else None
        self.status = SittingStatus.POSTPONED
        return until

    def title(self, templates: Mapping[Phase, str] | None = None,
              templates_no_session: Mapping[Phase, str] | None = None,
              date_format: Callable[[dt.date], str] = day_month, tz: dt.tzinfo | None = None) -> str:
        today = self.journal.now().astimezone(tz).date()
        if self.session is not None:
            template = (templates or TITLE_TEMPLATES)[self.phase]
            day = self.session.when.astimezone(tz).date()
        else:
            template = (templates_no_session or TITLE_TEMPLATES_NO_SESSION)[self.phase]
            day = today
        return template.format(date=date_format(day), today=date_format(today))[:LINE_MAX]

    def follow_ups(self) -> tuple[LinkTarget, ...]:
        """Parts of the app the answers asked to open afterwards (e.g. the side-effect log)."""
        found = []
        for prompt in self._prompts:
            answer = self.answers.get(prompt.id)
            if prompt.link is None or answer is None:
                continue
            choice = answer.get("choice") if isinstance(answer, Mapping) else answer
            if choice == prompt.link.option:
                found.append(prompt.link.target)
        return tuple(found)

    def finish(self, title: str | None = None) -> Entry | None:
        """Write the entry (when anything was answered), mark the window done, drop the draft.

        Returns the entry, or None when every prompt was skipped (the window still counts as done).
        """
        self._check_active()
        answers = self.answers
        entry = None
        if answers:
            ordered = [p for p in self._prompts if p.id in answers]
            domains = sorted({d.value for p in ordered for d in p.domains})
            tags = [self.phase.value, ENTRY_TAG_GUIDED, *domains]
            if any(p.is_pain for p in ordered):
                tags.append("pain")
            entry = Entry(
                title=(title if title is not None else self.title())[:LINE_MAX],
                body=answers_markdown(self._prompts, answers),
                tags=tags,
                phase=self.phase,
                session_id=self.session.id if self.session else None,
                prompt_answers=tuple(PromptAnswer(p.id, answers[p.id]) for p in ordered),
                bring_to_appointment=self.bring_to_appointment,
            )
            entry = self.journal.add(entry)
        if self.due_key:
            self.schedule.mark_done(self.due_key, entry.id if entry else None)
        self._drop_draft()
        self.status = SittingStatus.FINISHED
        self.entry = entry
        return entry
