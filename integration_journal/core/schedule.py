"""When guided prompts are due: integration windows computed from logged treatment sessions, plus what
the person did with each (done, snoozed, dismissed), kept encrypted in the vault.

Timing follows docs/clinical.md §1.2 and §2: the same-day prompts open only once the acute effects are over
and the person has left observation (a route-dependent delay after the session time), then next day,
about three days, about a week, and weekly "ongoing" reflections. Each window closes when the next one
opens, and every window of a session closes when the following session starts. Preparation opens in the
days before the next planned session. An unanswered window simply closes: no catching up, no streaks.

State lives in one `Draft` record (target_kind "prompt_schedule"), read and written only here, so that
a dedicated record kind can replace it later without touching callers.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import types
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from integration_journal.core.records import Draft, Phase, Route, TreatmentSession

HOUR = dt.timedelta(hours=1)
DAY = dt.timedelta(days=1)

# Hours after the session time before the same-day prompts open (docs/clinical.md §1.2): IV, IM and nasal
# esketamine after ≥2 h (observation and discharge); lozenges when the session closes, ~2-3 h after the
# dose. Unknown routes get the later time: opening too late costs little, too early is the acute state.
SAME_DAY_DELAY: Mapping[Route, dt.timedelta] = types.MappingProxyType({
    Route.IV: 2 * HOUR,
    Route.IM: 2 * HOUR,
    Route.NASAL: 2 * HOUR,
    Route.LOZENGE: 3 * HOUR,
    Route.ORAL: 3 * HOUR,
    Route.OTHER: 3 * HOUR,
})
NEXT_DAY_OPENS = 18 * HOUR  # "~18-30 h after dosing"
FEW_DAYS_OPENS = 60 * HOUR  # "~3 days after dosing"
ONE_WEEK_OPENS = 6 * DAY  # "~7 days after dosing"
ONGOING_OPENS = 14 * DAY  # then weekly
ONGOING_EVERY = 7 * DAY
ONGOING_WEEKS_MAX = 26  # after half a year without a session, reflections are started by hand
PREPARATION_LEAD = 3 * DAY  # "in the 1-3 days before each later session"

STATE_KIND = "prompt_schedule"  # Draft.target_kind of the record holding the state
STATE_VERSION = 1
STATE_KEEP = 400 * DAY  # states of windows that closed longer ago than this are dropped


class DueStatus(StrEnum):
    OPEN = "open"
    DONE = "done"  # answered in a sitting
    SNOOZED = "snoozed"  # hidden until `until`
    DISMISSED = "dismissed"  # hidden for good


@dataclass(frozen=True, slots=True)
class ItemState:
    status: DueStatus
    at: dt.datetime  # when the person acted
    until: dt.datetime | None = None  # for SNOOZED
    entry_id: bytes | None = None  # for DONE: the entry the sitting wrote


@dataclass(frozen=True, slots=True)
class DueItem:
    """One window of guided prompts for one session (or a planned one, for preparation)."""

    key: str  # stable: "<session id hex>:<phase>" (":<n>" for the n-th ongoing week)
    phase: Phase
    session_id: bytes
    session_when: dt.datetime
    route: Route
    setting: str
    opens_at: dt.datetime
    closes_at: dt.datetime
    week: int = 0  # ongoing: 1, 2, …
    state: ItemState | None = None

    @property
    def status(self) -> DueStatus:
        return self.state.status if self.state else DueStatus.OPEN

    def is_open(self, now: dt.datetime) -> bool:
        return self.opens_at <= now < self.closes_at

    def is_due(self, now: dt.datetime) -> bool:
        """Open now and not done, dismissed, or snoozed past now."""
        if not self.is_open(now):
            return False
        state = self.state
        if state is None:
            return True
        if state.status is DueStatus.SNOOZED:
            return state.until is None or state.until <= now
        return state.status is DueStatus.OPEN


def item_key(session_id: bytes, phase: Phase, week: int = 0) -> str:
    base = f"{session_id.hex()}:{phase.value}"
    return f"{base}:{week}" if phase is Phase.ONGOING else base


# --- windows ------------------------------------------------------------------------------------------------

def _windows(session: TreatmentSession, previous: TreatmentSession | None, following: TreatmentSession | None,
             now: dt.datetime) -> list[DueItem]:
    when = session.when
    end = following.when if following is not None else None

    def make(phase: Phase, opens: dt.datetime, closes: dt.datetime, week: int = 0) -> DueItem | None:
        if end is not None:
            closes = min(closes, end)
        if closes <= opens:
            return None
        return DueItem(item_key(session.id, phase, week), phase, session.id, when, session.route,
                       session.setting.value, opens, closes, week)

    items: list[DueItem | None] = []
    if when > now:
        # A planned session: preparation only. The first session of all may be prepared for as soon
        # as it is logged; later ones in the days before, and never before the previous session's
        # acute day is over.
        opens = when - PREPARATION_LEAD
        if previous is None:
            opens = min(opens, session.created)
        else:
            opens = max(opens, previous.when + NEXT_DAY_OPENS)
        items.append(make(Phase.PREPARATION, opens, when))
        return [i for i in items if i is not None]

    items.append(make(Phase.SAME_DAY, when + SAME_DAY_DELAY.get(session.route, 3 * HOUR), when + NEXT_DAY_OPENS))
    items.append(make(Phase.NEXT_DAY, when + NEXT_DAY_OPENS, when + FEW_DAYS_OPENS))
    items.append(make(Phase.FEW_DAYS, when + FEW_DAYS_OPENS, when + ONE_WEEK_OPENS))
    items.append(make(Phase.ONE_WEEK, when + ONE_WEEK_OPENS, when + ONGOING_OPENS))
    if now >= when + ONGOING_OPENS:
        week = (now - when - ONGOING_OPENS) // ONGOING_EVERY + 1
        if week <= ONGOING_WEEKS_MAX:
            opens = when + ONGOING_OPENS + (week - 1) * ONGOING_EVERY
            items.append(make(Phase.ONGOING, opens, opens + ONGOING_EVERY, week))
    return [i for i in items if i is not None]


def _ordered(sessions: Iterable[TreatmentSession]) -> list[TreatmentSession]:
    return sorted(sessions, key=lambda s: (s.when, s.id))


def open_items(sessions: Iterable[TreatmentSession], now: dt.datetime) -> list[DueItem]:
    """Every window open at `now` (whatever the person did with it), soonest to close first.

    Preparation is offered only for the next planned session.
    """
    ordered = _ordered(sessions)
    found: list[DueItem] = []
    planned_seen = False
    for index, session in enumerate(ordered):
        if session.when > now:
            if planned_seen:
                break
            planned_seen = True
        previous = ordered[index - 1] if index > 0 else None
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        found += [item for item in _windows(session, previous, following, now) if item.is_open(now)]
    found.sort(key=lambda item: (item.closes_at, item.opens_at, item.key))
    return found


def next_planned_session(sessions: Iterable[TreatmentSession], now: dt.datetime) -> TreatmentSession | None:
    future = [s for s in sessions if s.when > now]
    return min(future, key=lambda s: (s.when, s.id)) if future else None


def latest_past_session(sessions: Iterable[TreatmentSession], now: dt.datetime) -> TreatmentSession | None:
    past = [s for s in sessions if s.when <= now]
    return max(past, key=lambda s: (s.when, s.id)) if past else None


def tomorrow_morning(now: dt.datetime, tz: dt.tzinfo | None = None, hour: int = 7) -> dt.datetime:
    """`hour` o'clock on the local calendar day after `now` ("Not today" snoozes until then)."""
    local = now.astimezone(tz)
    day = local.date() + DAY
    naive = dt.datetime.combine(day, dt.time(hour))
    if tz is None:
        return naive.astimezone()  # the computer's zone, daylight-saving aware
    return naive.replace(tzinfo=tz)


# --- the stored state ---------------------------------------------------------------------------------------

def _iso(value: dt.datetime | None) -> str | None:
    return None if value is None else value.isoformat()


def _parse_time(value: Any) -> dt.datetime | None:
    if not isinstance(value, str):
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed if parsed.utcoffset() is not None else None


def _parse_state(value: Any) -> ItemState | None:
    """One stored item state, or None when it is unusable (it is then treated as never touched)."""
    if not isinstance(value, Mapping):
        return None
    try:
        status = DueStatus(value.get("status"))
    except ValueError:
        return None
    at = _parse_time(value.get("at"))
    if at is None or status is DueStatus.OPEN:
        return None
    until = _parse_time(value.get("until"))
    if status is DueStatus.SNOOZED and until is None:
        return None
    entry_id = None
    entry_hex = value.get("entry")
    if isinstance(entry_hex, str) and len(entry_hex) == 32:
        try:
            entry_id = bytes.fromhex(entry_hex)
        except ValueError:
            entry_id = None
    return ItemState(status, at, until, entry_id)


def _dump_state(state: ItemState) -> dict[str, Any]:
    return {"status": state.status.value, "at": _iso(state.at), "until": _iso(state.until),
            "entry": state.entry_id.hex() if state.entry_id else None}


class Decisions:
    """What the person decided about due items (done, snoozed, dismissed), by item key, kept in one
    Draft record whose target_kind is `STATE_KIND`. Subclasses say which items exist (`_pruned`).

    `journal` is a core.journal.Journal; `tz` the zone of "tomorrow" (None: the computer's own).
    """

    STATE_KIND = STATE_KIND

    def __init__(self, journal: Any, tz: dt.tzinfo | None = None) -> None:
        self.journal = journal
        self.tz = tz

    def _record(self) -> Draft | None:
        found = [d for d in self.journal.list(kind=Draft) if d.target_kind == self.STATE_KIND]
        return found[0] if found else None  # newest first; a second one would only come from a merge

    def states(self) -> dict[str, ItemState]:
        record = self._record()
        if record is None:
            return {}
        items = record.state.get("items")
        if not isinstance(items, Mapping):
            return {}
        parsed = {key: _parse_state(value) for key, value in items.items() if isinstance(key, str)}
        return {key: value for key, value in parsed.items() if value is not None}

    def mark_done(self, key: str, entry_id: bytes | None = None) -> None:
        self._put(key, ItemState(DueStatus.DONE, self.journal.now(), None, entry_id))

    def snooze(self, key: str, until: dt.datetime) -> None:
        if until.utcoffset() is None:
            raise ValueError("snooze needs a time with a time zone")
        self._put(key, ItemState(DueStatus.SNOOZED, self.journal.now(), until))

    def snooze_until_tomorrow(self, key: str) -> dt.datetime:
        until = tomorrow_morning(self.journal.now(), self.tz)
        self.snooze(key, until)
        return until

    def dismiss(self, key: str) -> None:
        self._put(key, ItemState(DueStatus.DISMISSED, self.journal.now()))

    def reopen(self, key: str) -> None:
        """Forget what was decided about this item (an undo for snooze or dismiss)."""
        self._put(key, None)

    def _put(self, key: str, state: ItemState | None) -> None:
        if not isinstance(key, str) or not key or len(key) > 100:
            raise ValueError("not a due-item key")
        states = self.states()
        if state is None:
            states.pop(key, None)
        else:
            states[key] = state
        self._write(self._pruned(states))

    def _pruned(self, states: dict[str, ItemState]) -> dict[str, ItemState]:
        """The states still worth keeping (all of them, unless a subclass knows better)."""
        return states

    def _write(self, states: dict[str, ItemState]) -> None:
        payload = {"v": STATE_VERSION, "items": {k: _dump_state(v) for k, v in sorted(states.items())}}
        record = self._record()
        if record is None:
            self.journal.add(Draft(target_kind=self.STATE_KIND, state=payload))
        else:
            self.journal.update(dataclasses.replace(record, state=payload))


class Schedule(Decisions):
    """Due prompts of one journal, and the person's decisions about them."""

    # --- reading ---

    def sessions(self) -> list[TreatmentSession]:
        return self.journal.list(kind=TreatmentSession)

    def open_items(self, now: dt.datetime | None = None) -> list[DueItem]:
        """Every window open now, each with its state."""
        now = now or self.journal.now()
        states = self.states()
        return [dataclasses.replace(item, state=states.get(item.key))
                for item in open_items(self.sessions(), now)]

    def due(self, now: dt.datetime | None = None) -> list[DueItem]:
        """What Today offers: open windows not done, dismissed or snoozed, soonest to close first."""
        now = now or self.journal.now()
        return [item for item in self.open_items(now) if item.is_due(now)]

    def find(self, phase: Phase | str, session_id: bytes | None,
             now: dt.datetime | None = None) -> DueItem | None:
        """The open window of this phase for this session (None for a sitting nobody scheduled)."""
        phase = Phase(phase)
        for item in self.open_items(now):
            if item.phase is phase and (session_id is None or item.session_id == session_id):
                return item
        return None

    def next_planned_session(self, now: dt.datetime | None = None) -> TreatmentSession | None:
        return next_planned_session(self.sessions(), now or self.journal.now())

    # --- changing (see Decisions) ---

    def _pruned(self, states: dict[str, ItemState]) -> dict[str, ItemState]:
        """Drop states of sessions that no longer exist and of windows long closed."""
        now = self.journal.now()
        sessions = {s.id.hex(): s for s in self.sessions()}
        kept: dict[str, ItemState] = {}
        for key, state in states.items():
            session = sessions.get(key.split(":", 1)[0])
            if session is None:
                continue
            if now - session.when > STATE_KEEP + ONGOING_OPENS + ONGOING_WEEKS_MAX * ONGOING_EVERY:
                continue
            kept[key] = state
        return kept


# --- what opens later (the reminder helper's times, core.reminder_times) -------------------------------------

def upcoming_windows(sessions: Iterable[TreatmentSession], now: dt.datetime) -> list[DueItem]:
    """Every window that opens after `now`, soonest first, as the sessions logged so far define them:
    the rest of each session's windows (every ongoing week included), and the preparation for each
    planned session. Like `open_items`, a window's state is not filled in."""
    ordered = _ordered(sessions)
    found: dict[str, DueItem] = {}
    for index, session in enumerate(ordered):
        previous = ordered[index - 1] if index > 0 else None
        following = ordered[index + 1] if index + 1 < len(ordered) else None
        # `_windows` answers for one moment: asked at the session time it gives the windows up to a week,
        # asked in each ongoing week that week's window; asked now, a planned session's preparation.
        moments = [session.when] + [session.when + ONGOING_OPENS + week * ONGOING_EVERY
                                    for week in range(ONGOING_WEEKS_MAX)]
        if session.when > now:
            moments.append(now)
        for moment in moments:
            for item in _windows(session, previous, following, moment):
                if item.opens_at > now:
                    found.setdefault(item.key, item)
    return sorted(found.values(), key=lambda item: (item.opens_at, item.key))
