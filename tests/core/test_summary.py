"""The appointment summary and the therapist's brief: golden Markdown and HTML for a fixed journal,
safety flags first, options, the default range, escaping of the person's text."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
from pathlib import Path

import pytest

from integration_journal.core import codec, summary
from integration_journal.core import records as r
from integration_journal.core.journal import Journal
from integration_journal.core.store import MemoryStore
from tests.helpers import summary_data as sd
from tests.helpers.clocks import FrozenClock

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
UTC = dt.timezone.utc


def check_golden(name: str, text: str) -> None:
    """Compare with tests/golden/<name>; INTEGRATION_JOURNAL_UPDATE_GOLDEN=1 rewrites it (then review the diff)."""
    path = GOLDEN / name
    if os.environ.get("INTEGRATION_JOURNAL_UPDATE_GOLDEN") == "1":
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8"), f"{name} differs from the golden file"


@pytest.fixture
def clock() -> FrozenClock:
    return FrozenClock(sd.GENERATED)


@pytest.fixture
def journal(clock) -> Journal:
    journal = Journal.open(MemoryStore(), clock=clock, tz=UTC)
    sd.fill(journal)
    return journal


def build(journal, **changes) -> summary.Summary:
    options = dataclasses.replace(summary.SummaryOptions(sd.FROM, sd.TO), **changes)
    return summary.build_summary(journal, options, tz=UTC)


# --- golden files ------------------------------------------------------------------------------------

def test_markdown_matches_the_golden_file(journal):
    check_golden("summary_patient.md", summary.summary_markdown(build(journal)))


def test_html_matches_the_golden_file(journal):
    check_golden("summary_patient.html", summary.summary_html(build(journal)))


def test_shared_only_markdown_matches_the_golden_file(journal):
    check_golden("summary_shared_only.md", summary.summary_markdown(build(journal, shared_only=True)))


# --- content and order ----------------------------------------------------------------------------------

def test_safety_flags_come_first_with_dates_and_values(journal):
    result = build(journal)
    assert [(f.day, f.value, f.total) for f in result.safety.item9] == [(sd.d(3, 12), 2, 10)]
    assert ("urinary", sd.d(3, 10)) in [(e.effect, e.day) for e in result.safety.ask_about]
    assert [(h.day, h.which, h.reading.systolic) for h in result.safety.high_readings] == [(sd.d(3, 10), "after", 184)]
    sections = [name for name, _ in summary.section_markdown(result)]
    assert sections[:4] == ["header", "safety", "ask_about", "measures"]
    assert sections[-1] == "footer"
    html = summary.summary_html(result)
    assert html.index("Safety flags") < html.index("Questionnaires") < html.index("Treatment sessions")
    assert '<div class="safety-flags">' in html


def test_the_february_item9_answer_before_the_range_is_not_a_flag_of_this_period(journal):
    # The baseline of 20 February has item 9 = 1; only answers within the range are flagged.
    assert all(f.day >= sd.FROM for f in build(journal).safety.item9)


def test_without_flags_there_is_no_safety_section(clock):
    journal = Journal.open(MemoryStore(), clock=clock, tz=UTC)
    journal.add_many([rec for rec in sd.records(item9=False) if not isinstance(rec, r.TreatmentSession)],
                     keep_timestamps=True)
    result = build(journal)
    assert not result.safety
    text = summary.summary_markdown(result)
    assert "Safety flags" not in text
    # A zero on item 9 is not an all-clear: nothing claims there are no concerns.
    assert "no safety" not in text.lower() and "no concerns" not in text.lower()


def test_measures_row_uses_the_baseline_before_the_range(journal):
    phq9 = next(m for m in build(journal).measures if m.instrument == "phq9")
    assert (phq9.baseline.total, phq9.baseline_day) == (18, sd.d(2, 20))
    assert (phq9.latest.total, phq9.latest_day) == (6, sd.d(3, 26))
    assert phq9.change_points == -12 and phq9.change_percent == -66.7
    assert phq9.band == "Mild" and phq9.response.met and not phq9.remission.met
    assert [v for _, v in phq9.points] == [12, 10, 6]
    peg = next(m for m in build(journal).measures if m.instrument == "peg")
    assert peg.meaningful_change.met and peg.meaningful_change.by_analogy


def test_trends_average_the_last_7_14_30_days_of_the_range(journal):
    mood = next(t for t in build(journal).trends if t.item == "mood")
    # Days 24..29 of the range (offsets), skipping offset 27: moods 7, 7, 7, 7, 7 (offset // 6 + 3).
    assert mood.averages[0] == 7.0
    assert (mood.low, mood.high, mood.count) == (3.0, 7.0, 23)


def test_side_effect_counts_and_ongoing(journal):
    counts = {e.effect: e for e in build(journal).side_effects}
    assert counts["nausea"].count == 2 and counts["nausea"].max_severity == 2
    assert counts["urinary"].ongoing and not counts["nausea"].ongoing
    assert "hallucinations" not in counts  # logged in February, outside the range


def test_sections_can_be_switched_off(journal):
    result = build(journal, sections=frozenset({"measures"}))
    text = summary.summary_markdown(result)
    assert "Questionnaires" in text and "Daily check-ins" not in text and "Treatment sessions" not in text
    # Item 9 stays with the measures; side-effect red flags leave with sessions and side effects.
    assert result.safety.item9 and not result.safety.ask_about and not result.safety.high_readings
    without_measures = build(journal, sections=frozenset({"trends"}))
    assert not without_measures.safety and not without_measures.measures


def test_shared_only_keeps_only_entries_marked_for_sharing(journal):
    result = build(journal, shared_only=True)
    assert [e.title for e in result.entries] == ["A shift at the lake"]
    assert [q.title for q in result.questions] == ["Dose timing"]
    assert result.reframes == () and result.commitments == ()
    full = build(journal)
    assert len(full.entries) == 2 and len(full.questions) == 2
    assert [c.text for c in full.commitments] == ["Ten minutes outside"] and full.commitments[0].done_days == 3


def test_intentions_first_and_latest(journal):
    result = build(journal)
    # The February intention lies before the period: it is not this period's "First".
    assert [(i.day, i.text) for i in result.intentions] == [(sd.d(3, 10), "Be curious about the <heaviness>")]
    text = summary.summary_markdown(result)
    assert "Find some quiet" not in text
    assert "- Intention (2025-03-10): “Be curious about the &lt;heaviness&gt;”" in text
    both = build(journal, date_from=sd.d(2, 1))
    assert [i.day for i in both.intentions] == [sd.d(2, 1), sd.d(3, 10)]
    assert "- First in this period (2025-02-01): “Find some quiet”" in summary.summary_markdown(both)
    assert build(journal, shared_only=True).intentions == ()
    # No intention stated within the range: nothing to compare.
    assert build(journal, date_from=sd.d(3, 11), date_to=sd.d(3, 30)).intentions == ()


def test_name_can_be_left_out(journal):
    assert "Tester" not in summary.summary_markdown(build(journal, include_name=False))


def test_private_text_never_appears(journal):
    text = summary.summary_markdown(build(journal)) + summary.summary_html(build(journal))
    for private in ("private session notes", "private check-in note", "Not for anyone", "Before the range"):
        assert private not in text


def test_the_persons_text_cannot_become_markup(journal):
    html = summary.summary_html(build(journal))
    assert "<script" not in html and "<a " not in html and "<strong>bold" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; **bold** [link](http://x.example) | pipe # hash" in html


def test_escape_markdown_round_trips_through_the_renderer():
    from integration_journal.core.markdown_render import render_markdown

    for text in ("a*b*c", "# not a heading", "1. not a list", "<b>x</b> & y", "[x](y)", "back\\slash", "`code`"):
        html = render_markdown(summary.escape_markdown(text))
        plain = html.removeprefix("<p>").removesuffix("</p>")
        assert plain.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&") == text


def test_translation_is_applied_to_labels(journal):
    text = summary.summary_markdown(build(journal), tr=lambda s: s.upper() if s == "Safety flags" else s)
    assert "## SAFETY FLAGS" in text


def test_options_are_checked():
    with pytest.raises(ValueError):
        summary.SummaryOptions(sd.TO, sd.FROM)
    with pytest.raises(ValueError):
        summary.SummaryOptions(sd.FROM, sd.TO, sections=frozenset({"nonsense"}))


# --- the default range ------------------------------------------------------------------------------------

def test_default_range_is_30_days_without_an_earlier_export(journal):
    today = dt.date(2025, 4, 10)
    assert summary.default_range(journal, today, UTC) == (dt.date(2025, 3, 12), today)


def test_default_range_starts_at_the_last_export_before_today(journal, clock):
    clock.now = dt.datetime(2025, 3, 20, 8, 0, tzinfo=UTC)
    summary.record_export(journal, summary.SummaryOptions(sd.FROM, sd.TO), "pdf")
    clock.now = dt.datetime(2025, 4, 2, 8, 0, tzinfo=UTC)
    summary.record_export(journal, summary.SummaryOptions(sd.FROM, sd.TO), "md")  # today: ignored
    assert summary.default_range(journal, dt.date(2025, 4, 2), UTC) == (dt.date(2025, 3, 20), dt.date(2025, 4, 2))
    event = journal.list(kind="audit")[0]
    assert event.event == "summary_exported"
    assert dict(event.details) == {"format": "md", "date_from": "2025-03-01", "date_to": "2025-03-30",
                                   "shared_only": False}


# --- the therapist's brief --------------------------------------------------------------------------------

def received(sender: r.Contact, record: r.Record, day: dt.date, *, discuss: bool = False) -> r.ReceivedItem:
    return r.ReceivedItem(sender_id=sender.id, bundle_id=bytes(16), sequence=1, item_kind=record.KIND,
                          item_id=record.id, payload=codec.encode(record), received_at=sd.at(day, 12),
                          discuss_next_time=discuss, created=sd.at(day, 12))


@pytest.fixture
def therapist(clock) -> Journal:
    journal = Journal.open(MemoryStore(), clock=clock, tz=UTC)
    alex = r.Contact(name="Alex <A>", role=r.Role.PATIENT)
    robin = r.Contact(name="Robin", role=r.Role.PATIENT)
    patient = {type(rec).__name__ + str(i): rec for i, rec in enumerate(sd.records())}
    questionnaires = [rec for rec in patient.values() if isinstance(rec, r.QuestionnaireResponse)
                      and rec.instrument == "phq9"]
    sessions = [rec for rec in patient.values() if isinstance(rec, r.TreatmentSession)]
    entry = r.Entry(title="Talk about sleep", body="x", share=True, created=sd.at(sd.d(3, 14)))
    items = [received(alex, questionnaires[0], sd.d(2, 21)),  # before the range
             *(received(alex, q, sd.d(3, 27)) for q in questionnaires[1:]),
             received(alex, sessions[1], sd.d(3, 11)),
             received(alex, entry, sd.d(3, 15), discuss=True),
             received(robin, r.CheckIn(date=sd.d(3, 2), mood=5, anxiety=5), sd.d(3, 3)),
             dataclasses.replace(received(robin, entry, sd.d(3, 4)), item_id=bytes(range(16)), payload=b"{broken")]
    journal.add_many([alex, robin, *items], keep_timestamps=True)
    return journal


def test_brief_per_patient_with_new_items_scores_flags_and_discuss_list(therapist):
    briefs = summary.build_briefs(therapist, sd.FROM, sd.TO, tz=UTC)
    assert [b.name for b in briefs] == ["Alex <A>", "Robin"]
    alex, robin = briefs
    assert dict(alex.new_items) == {"questionnaire": 3, "session": 1, "entry": 1}
    phq9 = alex.scores[0]
    assert (phq9.title, phq9.baseline, phq9.latest, phq9.change_points) == ("PHQ-9", 18, 6, -12)
    assert [(f.day, f.value) for f in alex.safety.item9] == [(sd.d(3, 12), 2)]  # not the February one
    assert alex.safety.high_readings and alex.safety.ask_about
    assert [(d.kind, d.name) for d in alex.discuss] == [("entry", "Talk about sleep")]
    assert dict(robin.new_items) == {"checkin": 1} and robin.unreadable == 1 and not robin.safety


def test_brief_markdown_matches_the_golden_file(therapist):
    briefs = summary.build_briefs(therapist, sd.FROM, sd.TO, tz=UTC)
    check_golden("brief_therapist.md", summary.brief_markdown(briefs, sd.FROM, sd.TO))


def test_brief_of_a_removed_contact_and_untitled_items(therapist):
    contact = next(c for c in therapist.list(kind="contact") if c.name == "Robin")
    therapist.delete(contact.id)
    item = next(i for i in therapist.list(kind="received_item") if i.item_kind == "checkin")
    therapist.update(dataclasses.replace(item, discuss_next_time=True))
    text = summary.brief_markdown(summary.build_briefs(therapist, sd.FROM, sd.TO, tz=UTC), sd.FROM, sd.TO)
    assert "## Unknown sender" in text and "- Check-in (2025-03-02)" in text


def test_brief_of_an_empty_vault_says_so(clock):
    journal = Journal.open(MemoryStore(), clock=clock, tz=UTC)
    text = summary.brief_markdown(summary.build_briefs(journal, sd.FROM, sd.TO, tz=UTC), sd.FROM, sd.TO)
    assert "Nothing has been received" in text


def test_long_lists_keep_the_most_recent_and_say_how_many_more(journal):
    many = [r.Entry(title=f"Bring {i:02d}", body="word " * 200, bring_to_appointment=True,
                    created=sd.at(sd.d(3, 20), 8) + dt.timedelta(minutes=i)) for i in range(summary.ENTRY_LIMIT + 3)]
    journal.add_many(many, keep_timestamps=True)
    result = build(journal)
    assert len(result.entries) == summary.ENTRY_LIMIT and result.more_entries == 2 + 3
    assert result.entries[-1].title == f"Bring {summary.ENTRY_LIMIT + 2:02d}"
    assert len(result.entries[-1].body) <= summary.EXCERPT_CHARS + 1 and result.entries[-1].body.endswith("…")
    assert f"most recent of {summary.ENTRY_LIMIT + 5} entries" in summary.summary_markdown(result)


def test_excerpt_cuts_at_a_word_boundary():
    assert summary.excerpt("short") == "short"
    assert summary.excerpt("alpha beta gamma", 12) == "alpha beta…"
    assert summary.excerpt("x" * 20, 5) == "xxxxx…"


def test_generated_time_is_shown_in_the_persons_time_zone(journal):
    plus2 = dt.timezone(dt.timedelta(hours=2))
    result = summary.build_summary(journal, summary.SummaryOptions(sd.FROM, sd.TO), tz=plus2)
    assert "Generated: 2025-03-31 11:15" in summary.summary_markdown(result)


def test_medication_notes_are_entries_tagged_medication_and_say_they_are_not_verified(journal, clock):
    """docs/clinical.md §6.2 item 8: patient-reported medication changes, free text, not verified."""
    inside = sd.at(sd.d(3, 11))
    journal.add(r.Entry(title="Sertraline", body="Dose went up to 100 mg\n<b>since</b> Monday", tags=("Medication",),
                        created=inside, updated=inside), keep_timestamps=True)
    later = inside + dt.timedelta(hours=2)
    journal.add(r.Entry(title="Shared note", body="Stopped melatonin", tags=("meds",), share=True,
                        created=later, updated=later), keep_timestamps=True)
    before = sd.at(sd.FROM - dt.timedelta(days=3))
    journal.add(r.Entry(title="Old", body="Outside the range", tags=("medication",), created=before,
                        updated=before), keep_timestamps=True)
    result = build(journal)
    assert [m.title for m in result.medication] == ["Sertraline", "Shared note"]
    sections = dict(summary.section_markdown(result))
    text = sections["medication"]
    assert text.startswith("## Medication changes") and "Patient-reported; not verified." in text
    assert "&lt;b&gt;since&lt;/b&gt;" in text and "Outside the range" not in text
    names = [name for name, _ in summary.section_markdown(result)]
    assert names.index("questions") < names.index("medication") < names.index("footer")
    assert [m.title for m in build(journal, shared_only=True).medication] == ["Shared note"]
    off = build(journal, sections=frozenset(summary.SECTIONS) - {"medication"})
    assert off.medication == () and "medication" not in dict(summary.section_markdown(off))
