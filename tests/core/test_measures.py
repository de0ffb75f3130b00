"""Validated measures (docs/clinical.md §3): definitions, exhaustive scoring, properties, progress rules."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from integration_journal.core import measures as m
from integration_journal.core.records import QuestionnaireResponse
from integration_journal.errors import JournalError, ValidationError

PHQ9_BANDS = [(0, 4, "Minimal or none"), (5, 9, "Mild"), (10, 14, "Moderate"), (15, 19, "Moderately severe"),
              (20, 27, "Severe")]
GAD7_BANDS = [(0, 4, "Minimal"), (5, 9, "Mild"), (10, 14, "Moderate"), (15, 21, "Severe")]
FREQUENCY = ["Not at all", "Several days", "More than half the days", "Nearly every day"]


def answers_for(total: int, count: int, high: int = 3) -> list[int]:
    """`count` answers of at most `high` summing to `total`."""
    out = []
    for _ in range(count):
        out.append(min(high, total))
        total -= out[-1]
    assert total == 0
    return out


# --- definitions: verbatim wording, options, licence -----------------------------------------------------

def test_every_instrument_loads_from_the_package_resources() -> None:
    loaded = m.builtin_measures()
    assert tuple(loaded) == ("phq9", "phq2", "gad7", "gad2", "peg")
    folder = m.measures_folder()
    assert sorted(f.name for f in folder.iterdir() if f.name.endswith(".json")) == sorted(
        f"{i}.json" for i in m.INSTRUMENT_IDS)
    for measure in loaded.values():
        assert measure.attribution and measure.licence and measure.recall


def test_phq9_wording_options_and_functional_item_are_verbatim() -> None:
    phq9 = m.get_measure("phq9")
    assert phq9.stem == "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    assert phq9.recall == "last 2 weeks"
    assert [o.label for o in phq9.options] == FREQUENCY
    assert [o.value for o in phq9.options] == [0, 1, 2, 3]
    assert [i.text for i in phq9.items] == [
        "Little interest or pleasure in doing things",
        "Feeling down, depressed, or hopeless",
        "Trouble falling or staying asleep, or sleeping too much",
        "Feeling tired or having little energy",
        "Poor appetite or overeating",
        "Feeling bad about yourself — or that you are a failure or have let yourself or your family down",
        "Trouble concentrating on things, such as reading the newspaper or watching television",
        "Moving or speaking so slowly that other people could have noticed? Or the opposite — being so fidgety "
        "or restless that you have been moving around a lot more than usual",
        "Thoughts that you would be better off dead or of hurting yourself in some way",
    ]
    assert phq9.safety_item is not None and phq9.safety_item.n == 9
    assert phq9.functional_item.text == (
        "If you checked off any problems, how difficult have these problems made it for you to do your work, "
        "take care of things at home, or get along with other people?")
    assert [o.label for o in phq9.functional_item.options] == [
        "Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult"]
    assert "Spitzer" in phq9.attribution and "Pfizer" in phq9.attribution
    assert "No permission required" in phq9.licence


def test_gad7_wording_and_the_not_at_all_option() -> None:
    gad7 = m.get_measure("gad7")
    assert gad7.stem == "Over the last 2 weeks, how often have you been bothered by the following problems?"
    assert [o.label for o in gad7.options] == FREQUENCY  # "Not at all", never "Not at all sure"
    assert [i.text for i in gad7.items] == [
        "Feeling nervous, anxious, or on edge", "Not being able to stop or control worrying",
        "Worrying too much about different things", "Trouble relaxing",
        "Being so restless that it is hard to sit still", "Becoming easily annoyed or irritable",
        "Feeling afraid, as if something awful might happen"]
    assert gad7.safety_item is None


def test_short_screeners_repeat_the_first_two_items_exactly() -> None:
    for short, full in (("phq2", "phq9"), ("gad2", "gad7")):
        a, b = m.get_measure(short), m.get_measure(full)
        assert [(i.text, i.loinc) for i in a.items] == [(i.text, i.loinc) for i in b.items[:2]]
        assert a.stem == b.stem and a.options == b.options and a.recall == b.recall
        assert a.bands == () and a.positive_screen_at == 3 and a.safety_item is None


def test_peg_wording_scale_and_citation() -> None:
    peg = m.get_measure("peg")
    assert peg.recall == "past week" and peg.scale == (0, 10) and peg.options == ()
    assert [i.text for i in peg.items] == [
        "What number best describes your pain on average in the past week?",
        "What number best describes how, during the past week, pain has interfered with your enjoyment of life?",
        "What number best describes how, during the past week, pain has interfered with your general activity?"]
    assert [i.anchors for i in peg.items] == [("No pain", "Pain as bad as you can imagine"),
                                              ("Does not interfere", "Completely interferes"),
                                              ("Does not interfere", "Completely interferes")]
    assert peg.bands == ()  # no validated bands (docs/clinical.md §3.6)
    assert peg.attribution == "Krebs EE, Lorenz KA, Bair MJ, et al. J Gen Intern Med. 2009;24(6):733-738."
    assert m.get_measure("peg3") is peg


# --- strict loading ------------------------------------------------------------------------------------

def _phq9_document() -> dict:
    return json.loads((m.measures_folder() / "phq9.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize(("mutate", "problem"), [
    (lambda d: d.pop("attribution"), "missing the field 'attribution'"),
    (lambda d: d.update(surprise=1), "unknown field 'surprise'"),
    (lambda d: d.update(schema_version=2), "schema_version: must be 1"),
    (lambda d: d.update(id="phq8"), "id: must match the file name"),
    (lambda d: d["options"][2].update(value=5), "options[2].value: must be 2"),
    (lambda d: d["items"][3].update(n=7), "items[3].n: must be 4"),
    (lambda d: d["items"][4].update(text=""), "items[4].text: must not be empty"),
    (lambda d: d["items"][0].update(safety_item=True), "at most one safety item"),
    (lambda d: d["scoring"].update(range=[0, 30]), "scoring.range: must be [0, 27]"),
    (lambda d: d["scoring"].update(method="median"), "scoring.method"),
    (lambda d: d["bands"][2].update(min=11), "bands[2].min: must be 10"),
    (lambda d: d["bands"][4].update(max=26), "bands[4].max: must be 27"),
    (lambda d: d["bands"][1].update(label="Minimal or none"), "two bands with the same label"),
    (lambda d: d["functional_item"].update(scored=True), "functional_item.scored: must be false"),
    (lambda d: d.update(scale={"min": 0, "max": 3}), "exactly one of 'options' and 'scale'"),
    (lambda d: d["change_rules"]["response"].update(drop_percent=0), "drop_percent"),
    (lambda d: d.update(positive_screen_at=99), "positive_screen_at"),
])
def test_a_malformed_definition_names_the_file_and_the_problem(tmp_path: Path, mutate, problem: str) -> None:
    document = _phq9_document()
    mutate(document)
    path = tmp_path / "phq9.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    with pytest.raises(m.MeasureDefinitionError) as caught:
        m.load_measure_file(path)
    assert isinstance(caught.value, JournalError)
    assert caught.value.path == str(path)
    assert problem in caught.value.problem
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(("data", "problem"), [
    (b"{not json", "is not valid JSON"),
    (b"\xff\xfe", "is not UTF-8"),
    (b'{"id": "a", "id": "b"}', "twice in one object"),
    (b"[]", "must be an object"),
])
def test_unreadable_definitions_are_typed_errors(data: bytes, problem: str) -> None:
    with pytest.raises(m.MeasureDefinitionError, match=problem):
        m.parse_measure(data, "broken.json")


# --- exhaustive scoring ------------------------------------------------------------------------------------

def test_every_possible_phq9_total_maps_to_its_band() -> None:
    for total in range(28):
        expected = next(label for low, high, label in PHQ9_BANDS if low <= total <= high)
        result = m.score("phq9", answers_for(total, 9))
        assert (result.total, result.band) == (total, expected)


def test_every_phq9_answer_combination_for_items_1_to_4_sums_correctly() -> None:
    # 4^4 combinations, padded with zeros: the sum is exact and item 9 stays 0.
    for combo in itertools.product(range(4), repeat=4):
        result = m.score("phq9", [*combo, 0, 0, 0, 0, 0])
        assert result.total == sum(combo) and result.safety_flag is False


@pytest.mark.parametrize(("instrument", "count", "bands"), [("phq9", 9, PHQ9_BANDS), ("gad7", 7, GAD7_BANDS)])
def test_every_band_boundary(instrument: str, count: int, bands) -> None:
    for low, high, label in bands:
        for total in (low, high):
            assert m.score(instrument, answers_for(total, count)).band == label
        if low > 0:
            assert m.score(instrument, answers_for(low - 1, count)).band != label


def test_every_gad7_total_maps_to_its_band() -> None:
    for total in range(22):
        expected = next(label for low, high, label in GAD7_BANDS if low <= total <= high)
        assert m.score("gad7", answers_for(total, 7)).band == expected


@pytest.mark.parametrize("instrument", ["phq2", "gad2"])
def test_short_screeners_are_positive_from_3(instrument: str) -> None:
    for a, b in itertools.product(range(4), repeat=2):
        result = m.score(instrument, [a, b])
        assert result.total == a + b
        assert result.positive_screen is (a + b >= 3)
        assert result.band is None and result.safety_flag is False
    assert m.score(instrument, [None, 3]).positive_screen is None


def test_peg_is_the_mean_rounded_to_one_decimal() -> None:
    for combo in itertools.product(range(11), repeat=3):
        result = m.score("peg", combo)
        exact = sum(combo) / 3
        assert isinstance(result.total, float)
        assert abs(result.total - exact) <= 0.05 + 1e-9
        assert result.total == float(f"{result.total:.1f}")
        assert result.band is None and result.positive_screen is None
    assert m.score("peg", [1, 0, 0]).total == 0.3
    assert m.score("peg", [1, 1, 0]).total == 0.7
    assert m.score("peg", [10, 10, 10]).total == 10.0
    assert m.score("peg", [0, 0, 0]).total == 0.0
    assert m.score("peg", [5, 6, 6]).total == 5.7


def test_positive_screen_is_none_for_instruments_without_a_cutoff() -> None:
    assert m.score("phq9", [3] * 9).positive_screen is None
    assert m.score("gad7", [3] * 7).positive_screen is None


# --- the safety item ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", [1, 2, 3])
def test_phq9_item_9_sets_the_safety_flag_whatever_the_total(value: int) -> None:
    result = m.score("phq9", [0] * 8 + [value])
    assert result.safety_flag is True and result.safety_value == value
    assert result.band == "Minimal or none"  # independent of the total


def test_item_9_zero_or_skipped_sets_no_flag() -> None:
    assert m.score("phq9", [3] * 8 + [0]).safety_flag is False
    skipped = m.score("phq9", [3] * 8 + [None])
    assert skipped.safety_flag is False and skipped.safety_value is None and skipped.total is None


def test_the_safety_flag_survives_missing_items() -> None:
    result = m.score("phq9", [None] * 8 + [2])
    assert result.total is None and result.band is None
    assert result.safety_flag is True and result.missing_items == tuple(range(1, 9))


# --- the functional item, wrong counts, out of range ----------------------------------------------------------

def test_the_functional_item_is_accepted_but_not_scored() -> None:
    for difficulty in (None, 0, 1, 2, 3):
        result = m.score("phq9", [1] * 9 + [difficulty])
        assert result.total == 9 and result.functional == difficulty
    assert m.score("gad7", [1] * 7 + [3]).total == 7


@pytest.mark.parametrize(("instrument", "answers", "field"), [
    ("phq9", [0] * 8 + [4], "item 9"),
    ("phq9", [-1] + [0] * 8, "item 1"),
    ("phq9", [0] * 9 + [4], "item 10"),
    ("gad7", [0, 0, 7, 0, 0, 0, 0], "item 3"),
    ("phq2", [0, 4], "item 2"),
    ("gad2", [5, 0], "item 1"),
    ("peg", [0, 11, 0], "item 2"),
    ("peg", [0, 0, -1], "item 3"),
    ("phq9", [0] * 4 + [True] + [0] * 4, "item 5"),
    ("peg", [1.5, 0, 0], "item 1"),
])
def test_out_of_range_answers_name_the_item(instrument: str, answers, field: str) -> None:
    with pytest.raises(m.MeasureError) as caught:
        m.score(instrument, answers)
    assert isinstance(caught.value, ValidationError)
    assert caught.value.field == field
    assert str(caught.value).startswith(f"{field}:")


@pytest.mark.parametrize(("instrument", "count"), [
    ("phq9", 8), ("phq9", 11), ("phq9", 0), ("gad7", 6), ("gad7", 9), ("phq2", 3), ("gad2", 1), ("peg", 4),
    ("peg", 2)])
def test_wrong_answer_counts_are_rejected(instrument: str, count: int) -> None:
    with pytest.raises(m.MeasureError) as caught:
        m.score(instrument, [0] * count)
    assert caught.value.field == "answers" and f"not {count}" in caught.value.problem


def test_unknown_instruments_and_non_lists_are_rejected() -> None:
    with pytest.raises(m.MeasureError) as caught:
        m.score("madrs", [0])
    assert caught.value.field == "instrument"
    with pytest.raises(m.MeasureError):
        m.score("phq2", "12")
    with pytest.raises(m.MeasureError):
        m.score("phq2", None)  # type: ignore[arg-type]


# --- properties -----------------------------------------------------------------------------------------------

answer_0_3 = st.integers(0, 3)


@given(st.lists(answer_0_3, min_size=9, max_size=9))
def test_phq9_total_is_the_sum_and_the_band_contains_it(answers: list[int]) -> None:
    result = m.score("phq9", answers)
    assert result.total == sum(answers)
    low, high, _ = next(b for b in PHQ9_BANDS if b[2] == result.band)
    assert low <= result.total <= high
    assert result.safety_flag is (answers[8] >= 1)


@given(st.lists(answer_0_3, min_size=9, max_size=9), st.integers(0, 8))
def test_raising_one_answer_never_lowers_the_band(answers: list[int], index: int) -> None:
    order = [label for _, _, label in PHQ9_BANDS]
    before = m.score("phq9", answers)
    raised = list(answers)
    raised[index] = min(3, raised[index] + 1)
    after = m.score("phq9", raised)
    assert after.total >= before.total
    assert order.index(after.band) >= order.index(before.band)


@given(st.lists(answer_0_3, min_size=7, max_size=7))
def test_gad7_total_is_the_sum(answers: list[int]) -> None:
    result = m.score("gad7", answers)
    assert result.total == sum(answers) and result.band is not None and result.safety_flag is False


@given(st.lists(st.one_of(st.none(), answer_0_3), min_size=9, max_size=9).filter(lambda a: None in a))
def test_any_missing_item_gives_no_total_but_keeps_the_safety_flag(answers: list[int | None]) -> None:
    result = m.score("phq9", answers)
    assert result.total is None and result.band is None
    assert result.missing_items == tuple(i + 1 for i, a in enumerate(answers) if a is None)
    assert result.safety_flag is bool(answers[8])


@given(st.lists(st.integers(0, 10), min_size=3, max_size=3))
def test_peg_mean_is_within_rounding_of_the_exact_mean(answers: list[int]) -> None:
    total = m.score("peg", answers).total
    assert 0 <= total <= 10 and abs(total - sum(answers) / 3) < 0.05 + 1e-9


@given(st.sampled_from(["phq9", "phq2", "gad7", "gad2", "peg"]), st.data())
def test_any_out_of_range_answer_is_named(instrument: str, data) -> None:
    measure = m.get_measure(instrument)
    count = len(measure.items)
    answers = data.draw(st.lists(st.integers(*measure.scale), min_size=count, max_size=count))
    index = data.draw(st.integers(0, count - 1))
    answers[index] = data.draw(st.one_of(st.integers(max_value=measure.scale[0] - 1),
                                         st.integers(min_value=measure.scale[1] + 1)))
    with pytest.raises(m.MeasureError) as caught:
        m.score(instrument, answers)
    assert caught.value.field == f"item {index + 1}"


# --- progress -------------------------------------------------------------------------------------------------

DAY0 = dt.datetime(2024, 3, 1, 9, 0, tzinfo=dt.timezone.utc)


def resp(instrument: str, answers, day: int, *, baseline: bool = False) -> QuestionnaireResponse:
    return QuestionnaireResponse(instrument=instrument, answers=tuple(answers), baseline=baseline,
                                 taken_at=DAY0 + dt.timedelta(days=day))


def phq9(total: int, day: int, item9: int = 0, **kw) -> QuestionnaireResponse:
    return resp("phq9", answers_for(total - item9, 8) + [item9], day, **kw)


def test_progress_without_responses_is_empty() -> None:
    result = m.progress("phq9", [])
    assert result.baseline is None and result.latest is None and result.change_points is None
    assert result.response is None and result.remission is None and result.complete_count == 0


def test_a_single_response_is_baseline_and_latest_without_change() -> None:
    only = phq9(14, 0)
    result = m.progress("phq9", [only])
    assert result.baseline.record_id == result.latest.record_id == only.id
    assert result.change_points is None and result.response is None and result.remission is None


def test_phq9_response_and_remission_from_the_first_complete_response() -> None:
    records = [phq9(4, 20), resp("phq9", [None] + [3] * 8, -5), phq9(16, 0), phq9(10, 7),
               resp("gad7", [3] * 7, 1)]
    result = m.progress("phq9", records)
    assert result.baseline.total == 16 and result.baseline.band == "Moderately severe"
    assert result.latest.total == 4 and result.latest.band == "Minimal or none"
    assert result.change_points == -12 and result.change_percent == -75.0
    assert result.response.met is True and result.response.by_analogy is False
    assert result.remission.met is True and result.remission.by_analogy is False
    assert result.meaningful_change is None
    assert result.complete_count == 3


def test_response_needs_a_50_percent_drop_exactly() -> None:
    assert m.progress("phq9", [phq9(20, 0), phq9(10, 7)]).response.met is True  # exactly 50 %
    assert m.progress("phq9", [phq9(20, 0), phq9(11, 7)]).response.met is False  # 45 %
    assert m.progress("phq9", [phq9(9, 0), phq9(5, 7)]).response.met is False  # 44.4 %
    worse = m.progress("phq9", [phq9(10, 0), phq9(15, 7)])
    assert worse.change_points == 5 and worse.change_percent == 50.0 and worse.response.met is False


def test_remission_is_below_5() -> None:
    assert m.progress("phq9", [phq9(12, 0), phq9(5, 7)]).remission.met is False
    assert m.progress("phq9", [phq9(12, 0), phq9(4, 7)]).remission.met is True


def test_a_marked_baseline_wins_over_the_first_response() -> None:
    records = [phq9(22, 0), phq9(12, 10, baseline=True), phq9(6, 20)]
    result = m.progress("phq9", records)
    assert result.baseline.total == 12 and result.baseline.marked_baseline
    assert result.change_points == -6 and result.change_percent == -50.0 and result.response.met is True
    # The latest of several marked baselines counts (a new course of treatment starts afresh).
    again = m.progress("phq9", [*records, phq9(8, 15, baseline=True)])
    assert again.baseline.total == 8 and again.change_points == -2


def test_an_incomplete_marked_response_cannot_be_the_baseline() -> None:
    records = [phq9(18, 0), resp("phq9", [None] * 9, 5, baseline=True), phq9(9, 10)]
    assert m.progress("phq9", records).baseline.total == 18


def test_gad7_response_and_remission_are_labelled_by_analogy() -> None:
    result = m.progress("gad7", [resp("gad7", answers_for(14, 7), 0), resp("gad7", answers_for(3, 7), 14)])
    assert result.response.met is True and result.response.by_analogy is True
    assert result.remission.met is True and result.remission.by_analogy is True
    assert "by analogy" in result.response.label and "by analogy" in result.remission.label


def test_peg_change_of_30_percent_is_meaningful_by_analogy() -> None:
    base = resp("peg", [6, 6, 6], 0)
    at_30 = m.progress("peg", [base, resp("peg", [4, 5, 4], 7)])  # 6.0 -> 4.3: -28.3 %
    assert at_30.change_points == -1.7 and at_30.change_percent == -28.3
    assert at_30.meaningful_change.met is False and at_30.meaningful_change.by_analogy is True
    exact = m.progress("peg", [base, resp("peg", [4, 4, 5], 7), resp("peg", [5, 4, 3], 8)])  # 6.0 -> 4.0
    assert exact.change_percent == -33.3 and exact.meaningful_change.met is True
    assert "by analogy" in exact.meaningful_change.label
    assert exact.response is None and exact.remission is None  # no validated response/remission rule for PEG
    alias = resp("peg3", [3, 3, 3], 9)
    assert m.progress("peg", [base, alias]).latest.record_id == alias.id


def test_short_screeners_have_no_response_or_remission() -> None:
    result = m.progress("phq2", [resp("phq2", [3, 3], 0), resp("phq2", [0, 0], 7)])
    assert result.change_points == -6 and result.response is None and result.remission is None


def test_zero_baseline_has_no_percent_or_response() -> None:
    result = m.progress("phq9", [phq9(0, 0), phq9(3, 7)])
    assert result.change_points == 3 and result.change_percent is None and result.response is None
    # Remission is defined from a baseline of 10 or more (docs/clinical.md §3.2): a baseline of 0 is out of range.
    assert result.remission.applies is False and result.remission.met is False


def test_safety_flags_are_listed_for_every_flagged_response_even_incomplete() -> None:
    partial = resp("phq9", [None] * 8 + [3], 3)
    records = [phq9(12, 0, item9=1), partial, phq9(8, 7), phq9(6, 14, item9=2)]
    flags = m.progress("phq9", records).safety_flags
    assert [(f.value, f.total) for f in flags] == [(1, 12), (3, None), (2, 6)]
    assert flags[1].record_id == partial.id


def test_stored_answers_that_do_not_fit_are_skipped_and_counted() -> None:
    # QuestionnaireResponse allows 0-10 for any instrument; a damaged import must not break progress.
    odd = resp("phq9", [7] * 9, 1)
    result = m.progress("phq9", [phq9(10, 0), odd, phq9(5, 7)])
    assert result.unscorable == 1 and result.complete_count == 2 and result.response.met is True
