"""Validated measures (docs/clinical.md §3): definitions as data, scoring, and progress rules.

The instruments (PHQ-9, PHQ-2, GAD-7, GAD-2, PEG) are JSON files under `resources/measures/`, one per
instrument, holding the verbatim item wording, answer options, recall period, scoring rule, bands,
change rules, attribution and licence note. They are loaded once and validated strictly: a malformed
definition raises `MeasureDefinitionError` naming the file and the exact place.

The stable API other code and tests use:

- `score(instrument_id, answers)` → `Score(total, band, positive_screen, safety_flag, …)`.
  `answers` holds one int (or None for a skipped item) per scored item, optionally followed by the
  answer to the unscored functional ("how difficult…") item where the instrument has one.
- `progress(instrument_id, responses)` → `Progress(baseline, latest, change_points, change_percent,
  response, remission, meaningful_change, safety_flags, …)` over stored `QuestionnaireResponse`s.

Definition format (schema_version 1)::

    {"schema_version": 1, "id": "phq9", "aliases": ["…"],            # aliases optional
     "title": "…", "short_title": "PHQ-9", "loinc": {…},              # loinc optional, free-form
     "recall": "last 2 weeks", "stem": "Over the last 2 weeks, …",    # stem optional
     "options": [{"value": 0, "label": "Not at all", "loinc": "…"}, …]   # values 0, 1, 2, … in order
       or "scale": {"min": 0, "max": 10},                             # exactly one of the two
     "items": [{"n": 1, "text": "…", "loinc": "…", "safety_item": true,  # n = 1, 2, …; safety_item optional
                "anchors": {"min": "…", "max": "…"}}],                 # anchors optional (scales)
     "functional_item": {"text": "…", "options": […], "scored": false, "note": "…"},   # optional
     "scoring": {"method": "sum" | "mean", "range": [lo, hi], "decimals": 0, "missing": "…"},
     "bands": [{"min": 0, "max": 4, "label": "…"}, …],                # contiguous over the range, or []
     "bands_note": "…", "positive_screen_at": 3 | null, "positive_screen_note": "…",
     "change_rules": {"response": {"drop_percent": 50, "by_analogy": false, "label": "…",
                                   "min_baseline": 10},                 # min_baseline optional
                      "remission": {"below": 5, "by_analogy": false, "label": "…", "min_baseline": 10},
                      "meaningful_change": {"drop_percent": 30, "by_analogy": true, "label": "…"}},
     "result_note": "…", "attribution": "…", "licence": "…"}
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from importlib.resources.abc import Traversable
from pathlib import PurePath
from typing import Any

from integration_journal.core.datafile import (
    DataFileError,
    Invalid,
    id_from_file_name,
    parse_json_file,
    read_data_file,
    require_object,
)
from integration_journal.core.records import QuestionnaireResponse
from integration_journal.core.resource_files import resource
from integration_journal.errors import ValidationError

SCHEMA_VERSION = 1
INSTRUMENT_IDS: tuple[str, ...] = ("phq9", "phq2", "gad7", "gad2", "peg")
DEFINITION_BYTES_MAX = 256 * 1024


class MeasureError(ValidationError):
    """Answers (or an instrument id) that cannot be scored; `field` names the item, e.g. "item 9"."""


class MeasureDefinitionError(DataFileError):
    """A measure definition file cannot be used; `path` names the file, `problem` what is wrong."""


# --- the model ---------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Option:
    value: int
    label: str
    loinc: str | None = None


@dataclass(frozen=True, slots=True)
class Item:
    n: int  # 1-based position
    text: str  # verbatim wording
    loinc: str | None = None
    safety_item: bool = False
    anchors: tuple[str, str] | None = None  # labels of the scale's two ends


@dataclass(frozen=True, slots=True)
class FunctionalItem:
    """Asked after the scored items; never part of the score."""

    text: str
    options: tuple[Option, ...]
    note: str | None = None


@dataclass(frozen=True, slots=True)
class Band:
    min: int | float
    max: int | float
    label: str


@dataclass(frozen=True, slots=True)
class ChangeRule:
    label: str
    by_analogy: bool
    drop_percent: float | None = None  # response / meaningful change
    below: float | None = None  # remission
    # The lowest baseline the definition assumes (docs/clinical.md §3.2: response and remission are defined
    # for a PHQ-9 of 10 or more); below it the rule is not applied. None: any baseline above 0.
    min_baseline: float | None = None


@dataclass(frozen=True, slots=True)
class Measure:
    id: str
    aliases: tuple[str, ...]
    title: str
    short_title: str
    recall: str
    stem: str | None
    options: tuple[Option, ...]  # empty for a numeric scale
    scale: tuple[int, int]  # lowest and highest answer of every scored item
    items: tuple[Item, ...]
    functional_item: FunctionalItem | None
    method: str  # "sum" or "mean"
    range: tuple[int, int]
    decimals: int
    missing_rule: str
    bands: tuple[Band, ...]
    bands_note: str | None
    positive_screen_at: int | None
    positive_screen_note: str | None
    response: ChangeRule | None
    remission: ChangeRule | None
    meaningful_change: ChangeRule | None
    result_note: str | None
    attribution: str
    licence: str
    loinc: Mapping[str, Any] | None = None

    @property
    def safety_item(self) -> Item | None:
        return next((item for item in self.items if item.safety_item), None)

    def band_for(self, total: int | float | None) -> str | None:
        if total is None:
            return None
        return next((band.label for band in self.bands if band.min <= total <= band.max), None)


# --- loading and validation ----------------------------------------------------------------------------

_Bad = Invalid


_obj = require_object


def _at(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _text(where: str, value: object, *, empty: bool = False) -> str:
    if not isinstance(value, str):
        raise _Bad(where, "must be text")
    if not empty and not value.strip():
        raise _Bad(where, "must not be empty")
    if len(value) > 2000:
        raise _Bad(where, "is longer than 2000 characters")
    return value


def _int(where: str, value: object) -> int:
    if not isinstance(value, int) or isinstance(value, bool):
        raise _Bad(where, "must be a whole number")
    return value


def _number(where: str, value: object) -> float:
    if not isinstance(value, int | float) or isinstance(value, bool):
        raise _Bad(where, "must be a number")
    return value


def _bool(where: str, value: object) -> bool:
    if not isinstance(value, bool):
        raise _Bad(where, "must be true or false")
    return value


def _opt_text(data: dict[str, Any], key: str, where: str) -> str | None:
    return _text(_at(where, key), data[key]) if key in data else None


def _options(where: str, value: object) -> tuple[Option, ...]:
    if not isinstance(value, list) or len(value) < 2:
        raise _Bad(where, "must be a list of at least 2 options")
    options = []
    for index, raw in enumerate(value):
        at = f"{where}[{index}]"
        data = _obj(at, raw, {"value", "label"}, {"loinc"})
        number = _int(f"{at}.value", data["value"])
        if number != index:
            raise _Bad(f"{at}.value", f"must be {index} (values count up from 0 in order)")
        options.append(Option(number, _text(f"{at}.label", data["label"]), _opt_text(data, "loinc", at)))
    labels = [o.label for o in options]
    if len(set(labels)) != len(labels):
        raise _Bad(where, "has two options with the same label")
    return tuple(options)


def _rule(where: str, value: object, kind: str) -> ChangeRule:
    key = "below" if kind == "remission" else "drop_percent"
    data = _obj(where, value, {key, "by_analogy", "label"}, {"min_baseline"})
    number = _number(f"{where}.{key}", data[key])
    if key == "drop_percent" and not 0 < number <= 100:
        raise _Bad(f"{where}.{key}", "must be above 0 and at most 100")
    minimum = _number(f"{where}.min_baseline", data["min_baseline"]) if "min_baseline" in data else None
    if minimum is not None and minimum <= 0:
        raise _Bad(f"{where}.min_baseline", "must be above 0")
    return ChangeRule(label=_text(f"{where}.label", data["label"]),
                      by_analogy=_bool(f"{where}.by_analogy", data["by_analogy"]),
                      min_baseline=minimum, **{key: number})


def _parse(document: object, expected_id: str | None) -> Measure:
    data = _obj("", document, {
        "schema_version", "id", "title", "short_title", "recall", "items", "scoring", "bands",
        "positive_screen_at", "change_rules", "attribution", "licence",
    }, {"aliases", "loinc", "stem", "options", "scale", "functional_item", "bands_note",
        "positive_screen_note", "result_note"})
    if data["schema_version"] != SCHEMA_VERSION:
        raise _Bad("schema_version", f"must be {SCHEMA_VERSION}")
    measure_id = _text("id", data["id"])
    if expected_id is not None and measure_id != expected_id:
        raise _Bad("id", f"must match the file name ({expected_id!r})")
    aliases = data.get("aliases", [])
    if not isinstance(aliases, list) or not all(isinstance(a, str) and a for a in aliases):
        raise _Bad("aliases", "must be a list of ids")
    if "loinc" in data and not isinstance(data["loinc"], dict):
        raise _Bad("loinc", "must be an object")

    # answers: a labelled option list, or a numeric scale
    if ("options" in data) == ("scale" in data):
        raise _Bad("", "must have exactly one of 'options' and 'scale'")
    if "options" in data:
        options = _options("options", data["options"])
        scale = (0, options[-1].value)
    else:
        options = ()
        raw = _obj("scale", data["scale"], {"min", "max"})
        scale = (_int("scale.min", raw["min"]), _int("scale.max", raw["max"]))
        if not 0 <= scale[0] < scale[1] <= 100:
            raise _Bad("scale", "must satisfy 0 <= min < max <= 100")

    if not isinstance(data["items"], list) or not data["items"]:
        raise _Bad("items", "must be a non-empty list")
    items = []
    for index, raw_item in enumerate(data["items"]):
        at = f"items[{index}]"
        item = _obj(at, raw_item, {"n", "text"}, {"loinc", "safety_item", "anchors"})
        if _int(f"{at}.n", item["n"]) != index + 1:
            raise _Bad(f"{at}.n", f"must be {index + 1}")
        anchors = None
        if "anchors" in item:
            pair = _obj(f"{at}.anchors", item["anchors"], {"min", "max"})
            anchors = (_text(f"{at}.anchors.min", pair["min"]), _text(f"{at}.anchors.max", pair["max"]))
        items.append(Item(index + 1, _text(f"{at}.text", item["text"]), _opt_text(item, "loinc", at),
                          _bool(f"{at}.safety_item", item.get("safety_item", False)), anchors))
    if sum(item.safety_item for item in items) > 1:
        raise _Bad("items", "may mark at most one safety item")

    functional = None
    if "functional_item" in data:
        raw = _obj("functional_item", data["functional_item"], {"text", "options", "scored"}, {"note"})
        if raw["scored"] is not False:
            raise _Bad("functional_item.scored", "must be false (the functional item is never scored)")
        functional = FunctionalItem(_text("functional_item.text", raw["text"]),
                                    _options("functional_item.options", raw["options"]),
                                    _opt_text(raw, "note", "functional_item"))

    scoring = _obj("scoring", data["scoring"], {"method", "range", "decimals", "missing"})
    method = scoring["method"]
    if method not in ("sum", "mean"):
        raise _Bad("scoring.method", "must be 'sum' or 'mean'")
    decimals = _int("scoring.decimals", scoring["decimals"])
    if not 0 <= decimals <= 3 or (method == "sum" and decimals != 0):
        raise _Bad("scoring.decimals", "must be 0 for a sum and 0-3 for a mean")
    expected = (scale[0] * len(items), scale[1] * len(items)) if method == "sum" else scale
    raw_range = scoring["range"]
    if (not isinstance(raw_range, list) or len(raw_range) != 2
            or tuple(_int("scoring.range", v) for v in raw_range) != expected):
        raise _Bad("scoring.range", f"must be [{expected[0]}, {expected[1]}] for these items and answers")
    missing_rule = _text("scoring.missing", scoring["missing"])

    if not isinstance(data["bands"], list):
        raise _Bad("bands", "must be a list")
    step = Fraction(1, 10 ** decimals)
    bands: list[Band] = []
    for index, raw in enumerate(data["bands"]):
        at = f"bands[{index}]"
        band = _obj(at, raw, {"min", "max", "label"})
        low, high = _number(f"{at}.min", band["min"]), _number(f"{at}.max", band["max"])
        if low > high:
            raise _Bad(at, "min must not be above max")
        start = Fraction(str(expected[0])) if not bands else Fraction(str(bands[-1].max)) + step
        if Fraction(str(low)) != start:
            raise _Bad(f"{at}.min", f"must be {float(start):g} (bands are contiguous from the lowest total)")
        bands.append(Band(low, high, _text(f"{at}.label", band["label"])))
    if bands and bands[-1].max != expected[1]:
        raise _Bad(f"bands[{len(bands) - 1}].max", f"must be {expected[1]} (bands cover every total)")
    if len({band.label for band in bands}) != len(bands):
        raise _Bad("bands", "has two bands with the same label")

    cutoff = data["positive_screen_at"]
    if cutoff is not None and not expected[0] < _int("positive_screen_at", cutoff) <= expected[1]:
        raise _Bad("positive_screen_at", "must be a total within the range, or null")

    rules = _obj("change_rules", data["change_rules"], set(), {"response", "remission", "meaningful_change"})
    parsed = {kind: _rule(f"change_rules.{kind}", rules[kind], kind) for kind in rules}

    return Measure(
        id=measure_id, aliases=tuple(aliases), title=_text("title", data["title"]),
        short_title=_text("short_title", data["short_title"]), recall=_text("recall", data["recall"]),
        stem=_opt_text(data, "stem", ""), options=options, scale=scale, items=tuple(items),
        functional_item=functional, method=method, range=expected, decimals=decimals,
        missing_rule=missing_rule, bands=tuple(bands), bands_note=_opt_text(data, "bands_note", ""),
        positive_screen_at=cutoff, positive_screen_note=_opt_text(data, "positive_screen_note", ""),
        response=parsed.get("response"), remission=parsed.get("remission"),
        meaningful_change=parsed.get("meaningful_change"), result_note=_opt_text(data, "result_note", ""),
        attribution=_text("attribution", data["attribution"]), licence=_text("licence", data["licence"]),
        loinc=data.get("loinc"),
    )




def parse_measure(data: bytes, path: str | PurePath | Traversable, *, expected_id: str | None = None) -> Measure:
    """One definition from its file bytes; every problem is a MeasureDefinitionError naming `path`."""
    return parse_json_file(bytes(data), path, MeasureDefinitionError, DEFINITION_BYTES_MAX,
                           lambda document: _parse(document, expected_id))


def load_measure_file(path: Traversable | PurePath) -> Measure:
    return parse_measure(read_data_file(path, MeasureDefinitionError), path, expected_id=id_from_file_name(path))


def measures_folder() -> Traversable:
    return resource("measures")


@functools.cache
def builtin_measures() -> Mapping[str, Measure]:
    """Every shipped instrument by id, in INSTRUMENT_IDS order (read and validated once)."""
    folder = measures_folder()
    found: dict[str, Measure] = {}
    for instrument_id in INSTRUMENT_IDS:
        path = folder / f"{instrument_id}.json"
        if not path.is_file():
            raise MeasureDefinitionError(path, "is missing")
        found[instrument_id] = load_measure_file(path)
    return found


def _aliases() -> dict[str, str]:
    return {alias: m.id for m in builtin_measures().values() for alias in (m.id, *m.aliases)}


def canonical_id(instrument_id: str) -> str:
    """The instrument's id ("peg3" → "peg"); MeasureError for an unknown one."""
    try:
        return _aliases()[instrument_id]
    except (KeyError, TypeError):
        raise MeasureError("instrument", f"must be one of: {', '.join(INSTRUMENT_IDS)}") from None


def get_measure(instrument_id: str) -> Measure:
    return builtin_measures()[canonical_id(instrument_id)]


# --- scoring -----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Score:
    instrument: str
    total: int | float | None  # None when any scored item is skipped
    band: str | None  # the docs/clinical.md §3 label; None without a total or for instruments without bands
    positive_screen: bool | None  # PHQ-2/GAD-2: total ≥ 3; None without a total or without a cutoff
    safety_flag: bool  # PHQ-9 item 9 ≥ 1, whatever else is skipped; False for other instruments
    safety_value: int | None  # the safety item's answer (PHQ-9 item 9), None if skipped or absent
    missing_items: tuple[int, ...]  # 1-based numbers of skipped scored items
    functional: int | None = None  # the unscored difficulty answer, if given
    # Without a total: the sum of the answered scored items and the most they could add up to (a sum
    # instrument only; never a total, never charted: "items 1–8 = 16/24"). None when complete or for a mean.
    answered_sum: int | None = None
    answered_max: int | None = None

    @property
    def safety_skipped(self) -> bool:
        """The instrument's safety item (PHQ-9 item 9) was left unanswered (docs/clinical.md §3.9)."""
        measure = get_measure(self.instrument)
        return measure.safety_item is not None and measure.safety_item.n in self.missing_items

    @property
    def answered_items(self) -> tuple[int, ...]:
        """1-based numbers of the scored items that were answered."""
        count = len(get_measure(self.instrument).items)
        return tuple(n for n in range(1, count + 1) if n not in self.missing_items)


def item_ranges(numbers: Iterable[int]) -> str:
    """Item numbers as runs: (1, 2, …, 8) → "1–8"; (1, 2, 4, 5, 6) → "1–2, 4–6"; (3,) → "3"."""
    runs: list[list[int]] = []
    for n in sorted(numbers):
        if runs and n == runs[-1][-1] + 1:
            runs[-1].append(n)
        else:
            runs.append([n])
    return ", ".join(str(run[0]) if len(run) == 1 else f"{run[0]}–{run[-1]}" for run in runs)


def _answers(measure: Measure, answers: object) -> tuple[int | None, ...]:
    if isinstance(answers, str | bytes | Mapping) or not isinstance(answers, Iterable):
        raise MeasureError("answers", "must be a list of answers")
    values = tuple(answers)
    scored = len(measure.items)
    allowed = {scored} | ({scored + 1} if measure.functional_item else set())
    if len(values) not in allowed:
        extra = f" (or {scored + 1} with the difficulty question)" if measure.functional_item else ""
        raise MeasureError("answers", f"{measure.short_title} needs {scored} answers{extra}, not {len(values)}")
    for index, value in enumerate(values):
        low, high = measure.scale if index < scored else (0, measure.functional_item.options[-1].value)
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            raise MeasureError(f"item {index + 1}", "must be a whole number or left out")
        if not low <= value <= high:
            raise MeasureError(f"item {index + 1}", f"must be between {low} and {high}, not {value}")
    return values


def _mean(values: Sequence[int], decimals: int) -> float:
    exact = Decimal(sum(values)) / Decimal(len(values))
    return float(exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP))


def score(instrument_id: str, answers: Sequence[int | None]) -> Score:
    """Score one set of answers. Raises MeasureError naming the item for an out-of-range answer, or
    "answers" for the wrong number of them."""
    measure = get_measure(instrument_id)
    values = _answers(measure, answers)
    scored = values[:len(measure.items)]
    missing = tuple(i + 1 for i, v in enumerate(scored) if v is None)
    total: int | float | None = None
    if not missing:
        total = sum(scored) if measure.method == "sum" else _mean(scored, measure.decimals)  # type: ignore[arg-type]
    safety = measure.safety_item
    safety_value = scored[safety.n - 1] if safety else None
    positive = None
    if measure.positive_screen_at is not None and total is not None:
        positive = total >= measure.positive_screen_at
    answered_sum = answered_max = None
    if missing and measure.method == "sum":
        answered = [v for v in scored if v is not None]
        answered_sum, answered_max = sum(answered), measure.scale[1] * len(answered)
    return Score(instrument=measure.id, total=total, band=measure.band_for(total), positive_screen=positive,
                 safety_flag=bool(safety_value), safety_value=safety_value, missing_items=missing,
                 functional=values[len(measure.items)] if len(values) > len(measure.items) else None,
                 answered_sum=answered_sum, answered_max=answered_max)


def score_response(response: QuestionnaireResponse) -> Score:
    return score(response.instrument, response.answers)


# --- progress ----------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Point:
    record_id: bytes
    taken_at: dt.datetime
    total: int | float
    band: str | None
    marked_baseline: bool


@dataclass(frozen=True, slots=True)
class RuleOutcome:
    met: bool  # False whenever the rule does not apply
    by_analogy: bool
    label: str  # e.g. "Remission: total below 5 (by analogy with the PHQ-9)"
    # False: the baseline is below the range the definition assumes (`min_baseline`, e.g. a PHQ-9 baseline
    # under 10), so neither yes nor no is meaningful; shown as "n/a (baseline below 10)".
    applies: bool = True
    # Met by the latest two follow-up scores, not by one score alone ("(single score)" otherwise).
    sustained: bool = False
    min_baseline: float | None = None


@dataclass(frozen=True, slots=True)
class Incomplete:
    """A stored response with a skipped scored item: no total (docs/clinical.md §3.2), kept and listed."""

    record_id: bytes
    taken_at: dt.datetime
    missing_items: tuple[int, ...]
    answered_items: tuple[int, ...]
    answered_sum: int | None  # sum instruments only
    answered_max: int | None
    safety_skipped: bool  # the safety item (PHQ-9 item 9) is among the skipped ones


@dataclass(frozen=True, slots=True)
class SafetyFlag:
    record_id: bytes
    taken_at: dt.datetime
    value: int  # the safety item's answer, 1-3
    total: int | float | None


@dataclass(frozen=True, slots=True)
class Progress:
    instrument: str
    baseline: Point | None  # the latest complete response marked baseline, else the first complete one
    latest: Point | None  # the most recent complete response (may be the baseline itself)
    change_points: int | float | None  # latest − baseline (negative = fewer symptoms); None without follow-up
    change_percent: float | None  # relative to baseline, one decimal; None without follow-up or at baseline 0
    response: RuleOutcome | None  # None when the instrument has no rule, no follow-up, or baseline 0
    remission: RuleOutcome | None
    meaningful_change: RuleOutcome | None
    complete_count: int
    safety_flags: tuple[SafetyFlag, ...]  # every response with the safety item ≥ 1, oldest first
    unscorable: int  # stored responses whose answers do not fit the instrument (skipped)
    incomplete: tuple[Incomplete, ...] = ()  # responses with a skipped scored item, oldest first


def _frac(value: int | float) -> Fraction:
    return Fraction(str(value))


def _outcome(rule: ChangeRule | None, base: Fraction, follow_ups: Sequence[Fraction], met) -> RuleOutcome | None:
    """`met(value)` for the latest follow-up; sustained when the one before it (not the baseline) meets it too."""
    if rule is None or not follow_ups:
        return None
    if rule.min_baseline is not None and base < _frac(rule.min_baseline):
        return RuleOutcome(False, rule.by_analogy, rule.label, applies=False, min_baseline=rule.min_baseline)
    latest = met(follow_ups[-1])
    sustained = latest and len(follow_ups) >= 2 and met(follow_ups[-2])
    return RuleOutcome(latest, rule.by_analogy, rule.label, sustained=sustained, min_baseline=rule.min_baseline)


def _drop_met(rule: ChangeRule | None, base: Fraction, follow_ups: Sequence[Fraction]) -> RuleOutcome | None:
    if rule is None or base <= 0:
        return None
    return _outcome(rule, base, follow_ups,
                    lambda now: (base - now) * 100 >= base * _frac(rule.drop_percent))


def progress(instrument_id: str, responses: Iterable[QuestionnaireResponse]) -> Progress:
    """Baseline, latest and the change rules of docs/clinical.md §3 / §6.2 for one instrument.

    Responses for other instruments are ignored; incomplete ones count only for safety flags."""
    measure = get_measure(instrument_id)
    aliases = {measure.id, *measure.aliases}
    mine = sorted((r for r in responses if r.instrument in aliases), key=lambda r: (r.taken_at, r.created))
    points: list[Point] = []
    flags: list[SafetyFlag] = []
    incomplete: list[Incomplete] = []
    unscorable = 0
    for response in mine:
        try:
            result = score(measure.id, response.answers)
        except MeasureError:
            unscorable += 1
            continue
        if result.safety_flag:
            flags.append(SafetyFlag(response.id, response.taken_at, result.safety_value, result.total))
        if result.total is not None:
            points.append(Point(response.id, response.taken_at, result.total, result.band, response.baseline))
        else:
            incomplete.append(Incomplete(response.id, response.taken_at, result.missing_items,
                                         result.answered_items, result.answered_sum, result.answered_max,
                                         result.safety_skipped))
    marked = [p for p in points if p.marked_baseline]
    baseline = marked[-1] if marked else (points[0] if points else None)
    latest = points[-1] if points else None
    change = percent = response = remission = meaningful = None
    if baseline is not None and latest is not None and latest.record_id != baseline.record_id:
        base, now = _frac(baseline.total), _frac(latest.total)
        # The follow-ups the rules look at: complete scores after the baseline, the latest last.
        after = [p for p in points if p.record_id != baseline.record_id and p.taken_at >= baseline.taken_at]
        follow_ups = [_frac(p.total) for p in after] or [now]
        change = latest.total - baseline.total
        if measure.method == "mean":
            change = round(change, measure.decimals)
        if base > 0:
            percent = float(round((now - base) * 100 / base, 1))
        response = _drop_met(measure.response, base, follow_ups)
        meaningful = _drop_met(measure.meaningful_change, base, follow_ups)
        rule = measure.remission
        if rule is not None:
            remission = _outcome(rule, base, follow_ups, lambda value: value < _frac(rule.below))
    return Progress(instrument=measure.id, baseline=baseline, latest=latest, change_points=change,
                    change_percent=percent, response=response, remission=remission,
                    meaningful_change=meaningful, complete_count=len(points), safety_flags=tuple(flags),
                    unscorable=unscorable, incomplete=tuple(incomplete))
