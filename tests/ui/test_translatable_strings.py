"""Every user-visible string in ui/ goes through tr()/translate: no string literal is handed straight to
a Qt text setter or widget constructor (an AST scan), and the translation catalogue is generated from
these sources (`make translations`) with each text under the context the code looks it up in."""

from __future__ import annotations

import ast
import datetime as dt
import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QLabel

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "integration_journal" / "ui"
CATALOGUE = ROOT / "integration_journal" / "resources" / "translations" / "integration_journal_en.ts"

NOT_YET_SCANNED: set[str] = set()  # ui/ files left out of the scan while being written (none now)
# A line may pass a literal on purpose when it says why, e.g. `QLabel("RFC 9106")  # i18n-ok: a standard's name`.
ALLOW_MARK = re.compile(r"#\s*i18n-ok:\s*\S")

# Qt methods and the positions of their text arguments.
TEXT_SETTERS: dict[str, tuple[int, ...]] = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setStatusTip": (0,), "setWhatsThis": (0,),
    "setPlaceholderText": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,), "setTitle": (0,),
    "setPlainText": (0,), "setLabelText": (0,), "setPrefix": (0,), "setSuffix": (0,), "setSpecialValueText": (0,),
    "setFormat": (0,), "showMessage": (0,), "addItem": (0,), "addItems": (0,), "insertItem": (1,),
    "addTab": (1,), "insertTab": (2,), "setTabText": (1,), "setTabToolTip": (1,), "addAction": (0,),
    "addMenu": (0,), "setHorizontalHeaderLabels": (0,), "setHeaderLabels": (0,), "setNameFilter": (0,),
    "setWindowIconText": (0,),
    # ui/dialogs.Dialogs (and QMessageBox's static helpers): the title and the message.
    "inform": (1, 2), "warn": (1, 2), "confirm": (1, 2), "information": (1, 2), "warning": (1, 2),
    "question": (1, 2), "critical": (1, 2),
}
TEXT_KEYWORDS = {"accept", "reject", "text", "title"}
WIDGETS_WITH_TEXT = {
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QToolButton", "QAction", "QMenu",
    "QListWidgetItem", "QCommandLinkButton", "QToolBar",
}


def _has_words(text: str) -> bool:
    return any(ch.isalpha() for ch in text)


def _literal_text(node: ast.AST) -> str | None:
    """The visible words a plain literal argument would put on screen, or None if it has none."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value if _has_words(node.value) else None
    if isinstance(node, ast.JoinedStr):  # an f-string of only placeholders and punctuation is fine
        words = "".join(v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return words if _has_words(words) else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        return _literal_text(node.left) or _literal_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "format":
        return _literal_text(node.func.value)
    if isinstance(node, (ast.List, ast.Tuple)):
        return next((t for t in map(_literal_text, node.elts) if t), None)
    return None


@dataclass(frozen=True)
class Finding:
    path: str
    line: int
    call: str
    text: str

    def __str__(self) -> str:
        return f"ui/{self.path}:{self.line}: {self.call}({self.text!r})"


def scan_source(source: str, path: str = "<string>") -> list[Finding]:
    lines = source.splitlines()
    found: list[Finding] = []
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        if isinstance(func, ast.Attribute) and func.attr in TEXT_SETTERS:
            name, positions = func.attr, TEXT_SETTERS[func.attr]
        elif isinstance(func, ast.Name) and func.id in WIDGETS_WITH_TEXT:
            name, positions = func.id, (0,)
        else:
            continue
        arguments = [node.args[p] for p in positions if p < len(node.args)]
        arguments += [k.value for k in node.keywords if k.arg in TEXT_KEYWORDS]
        for argument in arguments:
            text = _literal_text(argument)
            if text is None:
                continue
            span = lines[node.lineno - 1:(node.end_lineno or node.lineno)]
            if any(ALLOW_MARK.search(line) for line in span):
                continue
            found.append(Finding(path, node.lineno, name, text))
    return found


def ui_sources() -> list[Path]:
    return sorted(p for p in UI.rglob("*.py") if p.relative_to(UI).as_posix() not in NOT_YET_SCANNED)


def test_no_user_visible_literal_skips_translation() -> None:
    findings = [f for path in ui_sources()
                for f in scan_source(path.read_text(encoding="utf-8"), path.relative_to(UI).as_posix())]
    assert not findings, "untranslated text (wrap it in tr()/translate, or mark `# i18n-ok: why`):\n" + "\n".join(
        map(str, findings))


@pytest.mark.parametrize("code", [
    'label.setText("Saved")',
    'w.setWindowTitle("Settings")',
    'QLabel("No entries yet")',
    'QPushButton("&Save", self)',
    'combo.addItem("Last 30 days", "30d")',
    'tabs.addTab(page, "History")',
    'w.setToolTip(f"{count} entries")',
    'w.setAccessibleName("Total: {n}".format(n=n))',
    'w.setText("Saved " + name)',
    'table.setHorizontalHeaderLabels(["Date", "Title"])',
    'self.ctx.dialogs.warn(self, self.tr("Export"), "The file could not be written")',
    'dialogs.confirm(self, t, m, accept="Delete", reject=self.tr("Keep"))',
])
def test_the_scan_finds_literals(code: str) -> None:
    assert len(scan_source(code)) == 1


@pytest.mark.parametrize("code", [
    'label.setText(self.tr("Saved"))',
    'QLabel(QCoreApplication.translate("pages", "Journal"))',
    'label.setText("")',
    'label.setText(" · ")',
    'button.setText(f"{value} · {label}")',
    'combo.addItem(self.tr("Custom dates"), "custom")',
    'w.setObjectName("sidebar")',
    'label.setText(text)',
    'QLabel("Argon2id")  # i18n-ok: the name of an algorithm',
])
def test_the_scan_lets_translated_or_wordless_text_pass(code: str) -> None:
    assert scan_source(code) == []


def _tool():
    """tools/update_translations.py, which `make translations` runs (tools/ is not a package)."""
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    module = sys.modules.setdefault(spec.name, importlib.util.module_from_spec(spec))
    spec.loader.exec_module(module)  # registered first: its dataclasses look their module up by name
    if shutil.which("pyside6-lupdate") is None and not Path(sys.executable).with_name("pyside6-lupdate").exists():
        pytest.skip("pyside6-lupdate is not installed")
    return module


def catalogue_texts(path: Path) -> set[tuple[str, str]]:
    """(context, source text) of every message in a .ts file."""
    root = ET.parse(path).getroot()
    return {(c.findtext("name") or "", m.findtext("source") or "") for c in root.iter("context")
            for m in c.iter("message")}


def test_the_catalogue_lists_every_translatable_source_text(tmp_path: Path) -> None:
    """The committed catalogue is current: regenerating it (as `make translations` does) adds nothing."""
    assert CATALOGUE.exists(), "run `make translations`"
    fresh = tmp_path / "fresh.ts"
    _tool().regenerate(fresh, locations="none", quiet=True)
    missing = catalogue_texts(fresh) - catalogue_texts(CATALOGUE)
    assert not missing, f"{len(missing)} texts are not in the catalogue; run `make translations`: {sorted(missing)[:5]}"


def test_no_text_is_filed_under_no_context() -> None:
    """Nothing is ever looked up under the empty context, so a translation filed there would never show."""
    orphans = sorted(text for context, text in catalogue_texts(CATALOGUE) if not context)
    assert not orphans, f"{len(orphans)} texts have no context, e.g. {orphans[:3]}"


def _wrappers(tree: ast.Module) -> dict[str, str]:
    """Module-level `def name(text): return QCoreApplication.translate("context", text)` -> {name: context}."""
    found = {}
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.args.args and isinstance(node.body[-1], ast.Return):
            returned = node.body[-1].value
            if (isinstance(returned, ast.Call) and ast.unparse(returned.func) == "QCoreApplication.translate"
                    and len(returned.args) == 2 and isinstance(returned.args[0], ast.Constant)
                    and ast.unparse(returned.args[1]) == node.args.args[0].arg):
                found[node.name] = returned.args[0].value
    return found


def _expected_contexts(tree: ast.Module) -> Iterator[tuple[int, str, str]]:
    """(line, context, text) for literals given to this module's wrappers and to `self.tr` in a class."""
    wrappers = _wrappers(tree)

    def walk(node: ast.AST, cls: str | None) -> Iterator[tuple[int, str, str]]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Call) and child.args and isinstance(child.args[0], ast.Constant):
                func = ast.unparse(child.func)
                context = wrappers.get(func) or (cls if func == "self.tr" else None)
                if context:
                    yield child.lineno, context, child.args[0].value
            yield from walk(child, child.name if isinstance(child, ast.ClassDef) else cls)
    return walk(tree, None)


def test_every_text_is_filed_under_the_context_it_is_looked_up_in() -> None:
    """`_tr("…")` in ui/messages.py looks up under "messages", `self.tr("…")` in TrendsPage under "TrendsPage":
    the catalogue must file each text there, or a translator's work for it never shows."""
    filed = catalogue_texts(CATALOGUE)
    trees = {path.relative_to(UI).as_posix(): ast.parse(path.read_text(encoding="utf-8")) for path in ui_sources()}
    assert len({context for tree in trees.values() for context in _wrappers(tree).values()}) >= 10  # the scan sees them
    misfiled = [f"ui/{name}:{line}: {text!r} not under {context!r}" for name, tree in trees.items()
                for line, context, text in _expected_contexts(tree) if (context, text) not in filed]
    assert not misfiled, f"{len(misfiled)} texts are filed under another context:\n" + "\n".join(misfiled[:20])


def test_the_tool_knows_every_translate_wrapper() -> None:
    tool = _tool()
    for path in ui_sources():
        module = tool.Module(path)
        assert {name: module.wrappers.get(name) for name in _wrappers(module.tree)} == _wrappers(module.tree), path


def test_lupdate_reads_copies_with_each_call_written_out_on_its_own_line(tmp_path: Path) -> None:
    tool = _tool()
    (tmp_path / "pages").mkdir()
    (tmp_path / "words.py").write_text(
        'from PySide6.QtCore import QCoreApplication\n\n\n'
        'def _tr(text):\n    """Our words."""\n    return QCoreApplication.translate("words", text)\n\n\n'
        'def tr(text: str) -> str:\n    return _tr(text)\n', encoding="utf-8")
    source = ('from integration_journal.ui import words\n'
              'from integration_journal.ui.words import tr as say\n\n\n'
              'class Other:\n    TITLE = "Not a page"\n\n\n'
              'class Panel:\n    PAGE_ID = "panel"\n    TITLE = "Panel"\n\n'
              '    def build(self):\n        def inner():\n            return self.tr("Ünïcode first", "a note")\n'
              '        return words.tr(\n            "Split"\n            " words") + say("Said") + tr("Unknown")\n\n\n'
              'def show(page: "Panel") -> str:\n'
              '    tr = page.tr\n    return tr("Shown") + page.tr("Also") + str(len("x"))\n\n\n'
              'def bold(page: Panel) -> str:\n'
              '    return f"""<b>{page.tr(\'Bold "one"\')}</b>""" + f"{words.tr(\'In\')}"\n')
    (tmp_path / "pages" / "panel.py").write_text(source, encoding="utf-8")
    catalogue = tool.Catalogue(tmp_path)
    panel = catalogue.modules["pages.panel"]
    calls = list(catalogue.calls(panel))
    assert sorted((c.context, c.text) for c in calls) == [
        ("Panel", "Also"), ("Panel", 'Bold "one"'), ("Panel", "Shown"), ("Panel", "Ünïcode first"),
        ("pages", "Panel"), ("words", "In"), ("words", "Said"), ("words", "Split words")]
    written = tool.spelled_out(panel.source, calls)
    assert len(written.splitlines()) == len(source.splitlines())
    assert 'TITLE = QT_TRANSLATE_NOOP("pages", "Panel")' in written
    assert 'return QCoreApplication.translate("Panel", "Ünïcode first", "a note")' in written
    assert 'return QCoreApplication.translate(\n            "words", "Split"' in written
    assert 'QCoreApplication.translate("words", "Said") + tr("Unknown")' in written
    assert ('return QCoreApplication.translate("Panel", "Shown") + QCoreApplication.translate("Panel", "Also")'
            in written)
    # lupdate reads an f-string as one string, so a call inside one is marked again right after it.
    assert ('''f"""<b>{page.tr('Bold "one"')}</b>""" QT_TRANSLATE_NOOP("Panel", "Bold \\"one\\"") '''
            '''+ f"{words.tr('In')}" QT_TRANSLATE_NOOP("words", "In")''') in written


def _translator(tmp_path: Path, wanted: dict[tuple[str, str], str]) -> QTranslator:
    """A copy of the catalogue with `wanted` translated, compiled with lrelease and loaded."""
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    if not lrelease.exists():
        pytest.skip("pyside6-lrelease is not installed")
    wanted = dict(wanted)
    tree = ET.parse(CATALOGUE)
    for context in tree.getroot().iter("context"):
        for message in context.iter("message"):
            key = (context.findtext("name"), message.findtext("source"))
            if key in wanted:
                translation = message.find("translation")
                translation.text = wanted.pop(key)
                translation.attrib.clear()
    assert not wanted, f"not in the catalogue: {wanted}"
    ts, qm = tmp_path / "de.ts", tmp_path / "de.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    return translator


def test_a_translation_in_the_catalogue_shows_at_run_time(qapp, tmp_path: Path) -> None:
    """A translator's work reaches the screen: edit two texts in a copy of the catalogue, compile it with lrelease,
    install it, and the wrapper-translated error message and the page title come out translated."""
    from integration_journal.errors import WrongPassphrase
    from integration_journal.ui.main_window.entry_list_page import EntryListPage
    from integration_journal.ui.main_window.window import _page_title
    from integration_journal.ui.messages import describe

    translator = _translator(tmp_path, {("messages", describe(WrongPassphrase())): "Falsches Passwort.",
                                        ("pages", "Journal"): "Tagebuch"})
    QCoreApplication.installTranslator(translator)
    try:
        assert describe(WrongPassphrase()) == "Falsches Passwort."
        assert _page_title(EntryListPage) == "Tagebuch"
    finally:
        QCoreApplication.removeTranslator(translator)
    assert _page_title(EntryListPage) == "Journal"


# --- texts whose words come from data files and core/ ---------------------------------------------------------
# The ui translates them through a fixed context ("measures", "countries", ...), but lupdate cannot see them; the
# tool loads them with the app's loaders. These tests do not ask the tool what it loaded: they drive the real ui
# code with a translator installed that notes every (context, text) looked up, and check each one is catalogued.

DATA_CONTEXTS = frozenset(("countries", "measures", "crisis_lines", "side_effects", "prompts", "help",
                           "bundle_problems", "card_problems", "core", "safety", "summary"))


class RecordingTranslator(QTranslator):
    """Notes every lookup and shows each text unchanged."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001 - Qt's signature
        self.asked.add((str(context), source))
        return source

    def isEmpty(self) -> bool:  # noqa: N802 - Qt override
        return False


@pytest.fixture
def looked_up(qapp) -> Iterator[set[tuple[str, str]]]:
    recorder = RecordingTranslator()
    QCoreApplication.installTranslator(recorder)
    try:
        yield recorder.asked
    finally:
        QCoreApplication.removeTranslator(recorder)


@pytest.fixture
def ctx(data_dir, fast_kdf, dialogs, frozen_clock):
    from integration_journal.storage.workspace import Workspace
    from integration_journal.ui.pages.base import JournalEvents, PageContext
    from tests.helpers.workspaces import PASSPHRASE

    ws, _kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf,
                                clock=frozen_clock)
    yield PageContext(journal=ws.journal, workspace=ws, dialogs=dialogs, events=JournalEvents())
    ws.close()


def show_country_pickers(qtbot, ctx) -> None:
    from integration_journal.ui.onboarding_pages import CountryPage
    from integration_journal.ui.settings_dialog import countries

    qtbot.addWidget(CountryPage())
    countries()


def show_questionnaires(qtbot, ctx) -> None:
    """Every instrument's dialog (wording, answers, anchors, notes), every band as a result, in the trends
    tooltip and as a change rule; the PHQ-2 and GAD-2 answered to a positive screen."""
    from integration_journal.core import measures
    from integration_journal.ui.pages.trends.texts import _rule_text, questionnaire_tooltip
    from integration_journal.ui.questionnaire_dialog import QuestionnaireDialog, result_text

    for instrument, measure in measures.builtin_measures().items():
        dialog = QuestionnaireDialog(ctx, instrument)
        qtbot.addWidget(dialog)
        for band in measure.bands:
            score = measures.Score(instrument, band.min, band.label, None, False, None, ())
            result_text(measure, score)
            questionnaire_tooltip(measure.short_title, dt.date(2024, 6, 1), band.min, band.label)
        for rule in (measure.response, measure.remission, measure.meaningful_change):
            if rule is not None:
                _rule_text(measures.RuleOutcome(True, rule.by_analogy, rule.label))
    for instrument in ("phq2", "gad2"):
        dialog = QuestionnaireDialog(ctx, instrument)
        qtbot.addWidget(dialog)
        for question in dialog.items:
            question.buttons[max(question.buttons)].click()
        dialog.next_button.click()  # to the review
        dialog.submit_button.click()  # the result says what a positive screen means
        assert dialog.screen_label.text()


def show_support_panels(qtbot, ctx) -> None:
    """The "Get help now" panel and the PHQ-9 item 9 panel for every country with crisis lines and for the
    fallback, over a safety plan with every section filled."""
    from integration_journal.core import safety
    from integration_journal.core.crisis_lines import builtin_crisis_lines
    from integration_journal.core.records import SAFETY_PLAN_SECTIONS, Profile, Role, SafetyPlan
    from integration_journal.ui.safety_panel import SafetyPanel

    plan = SafetyPlan(**{field: ("written",) for _, field in SAFETY_PLAN_SECTIONS})
    codes = [entry.countries[0] if entry.countries else None for entry in builtin_crisis_lines().values()]
    for code in codes:
        profile = Profile(role=Role.PATIENT, display_name="Sam", country_code=code, clinic_name="Clinic")
        for content in (safety.get_help_now_content(profile, plan), safety.safety_flow_content(3, profile, None)):
            qtbot.addWidget(SafetyPanel(content))


def show_side_effect_guidance(qtbot, ctx) -> None:
    """Every effect, severity and duration as the session form names them, and the guidance for every red flag
    logged together with a blood-pressure reading at the crisis threshold, and the note after nasal esketamine."""
    from integration_journal.core import side_effects
    from integration_journal.core.records import BloodPressure, SideEffectReport
    from integration_journal.core.session_guidance import guidance_for
    from integration_journal.ui.session_form.guidance_panel import GuidancePanel
    from integration_journal.ui.session_models import duration_label, effect_label, severity_label

    for effect in side_effects.CATALOGUE:
        effect_label(effect)
    for severity in side_effects.SEVERITY_LABELS:
        severity_label(severity)
    for duration in side_effects.DURATION_LABELS:
        duration_label(duration)
    panel = GuidancePanel()
    qtbot.addWidget(panel)
    reports = [SideEffectReport(effect, 3) for effect in side_effects.CATALOGUE]
    for readings in ((), (BloodPressure(190, 125),)):
        panel.set_guidance(guidance_for(reports, readings, route="nasal"))  # with the driving note
        panel.plain_text()


def show_prompts(qtbot, ctx) -> None:
    """Every built-in prompt as the wizard shows it (text, hint, choices) and every phase's banner."""
    from integration_journal.core.prompts import PromptLibrary, builtin_packs
    from integration_journal.ui.prompt_wizard.answer_editor import AnswerEditor
    from integration_journal.ui.prompt_wizard.texts import pack_text

    library = PromptLibrary(builtin_packs())
    for pack in library.packs:
        for phase in pack.phases:
            for prompt in phase.prompts:
                pack_text(library, prompt, prompt.hint)
                qtbot.addWidget(AnswerEditor(prompt, lambda text, p=prompt: pack_text(library, p, text)))
                pack_text(library, prompt, library.phase_info(phase.phase).banner)


def show_guide(qtbot, ctx) -> None:
    from integration_journal.ui.help import HelpDialog

    qtbot.addWidget(HelpDialog())


def show_refusals(qtbot, ctx) -> None:
    from integration_journal.errors import BundleProblem, CardProblem
    from integration_journal.ui.sharing.texts import problem_text

    for problem in (*BundleProblem, *CardProblem):
        problem_text(problem)


def show_onboarding_problems(qtbot, ctx) -> None:
    """Every answer the first-run steps refuse, as the wizard words it, and the passphrase meter's advice."""
    from integration_journal.core.onboarding import KitCheck, Onboarding, Step, StepError
    from integration_journal.core.records import NAME_MAX
    from integration_journal.ui.passphrase_widgets import NewPassphraseFields, step_error_text

    def refused(step: Step, answer) -> None:
        ob = Onboarding()
        ob.step = step
        answer(ob)
        with pytest.raises(StepError) as caught:
            ob.validate()
        step_error_text(caught.value)

    refused(Step.ROLE, lambda ob: ob.set_role(None))
    for name in ("", "x" * (NAME_MAX + 1), "Sam\u202e"):
        refused(Step.NAME, lambda ob, n=name: ob.set_name(n))
    for typed, repeat in (("", ""), ("short", "short"), ("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa"),
                          ("quiet river morning lantern", ""), ("quiet river morning lantern", "quiet river")):
        refused(Step.PASSPHRASE, lambda ob, t=typed, r=repeat: ob.set_passphrase(t, r))
    refused(Step.COUNTRY, lambda ob: ob.set_country("XX"))
    for name, phone in (("x" * (NAME_MAX + 1), ""), ("Clinic", "call me"), ("Clinic", "12")):
        refused(Step.CLINIC, lambda ob, n=name, p=phone: ob.set_clinic(n, p))
    check = KitCheck(["ABCD"] * 12, choose=lambda n: 0)
    for typed in ("", "WXYZ", "WXYZ", "WXYZ"):
        with pytest.raises(StepError) as caught:
            check.judge(typed)
        step_error_text(caught.value)
    fields = NewPassphraseFields()
    for typed in ("short", "aaaaaaaaaaaaaaaa", "quiet river morning lantern"):
        qtbot.keyClicks(fields.passphrase_edit, typed)
        fields.passphrase_edit.clear()


def show_summaries(qtbot, ctx) -> None:
    """The Summaries page and every export's text over a journal with sessions by every route and setting,
    red-flag side effects, a high blood pressure, PHQ-9 item 9 answered, every questionnaire and check-ins."""
    from integration_journal.core import summary
    from integration_journal.core.records import (
        BloodPressure,
        CheckIn,
        QuestionnaireResponse,
        Route,
        Setting,
        SideEffectReport,
        TreatmentSession,
    )
    from integration_journal.core.side_effects import CATALOGUE
    from integration_journal.ui import summary_pdf
    from integration_journal.ui.pages.summaries import SummariesPage

    today = ctx.today()
    noon = dt.datetime.combine(today, dt.time(12)).astimezone()
    records = [TreatmentSession(when=noon - dt.timedelta(days=n), route=route, setting=setting,
                                bp_before=BloodPressure(185, 121), experience=6,
                                side_effects=tuple(SideEffectReport(e, 3) for e in CATALOGUE))
               for n, (route, setting) in enumerate(zip(Route, [*Setting] * 3))]
    for n, answers in enumerate(([2] * 9, [1] * 8 + [3], [0] * 9)):
        records.append(QuestionnaireResponse(instrument="phq9", answers=answers,
                                             taken_at=noon - dt.timedelta(days=3 + 7 * n)))
    records += [QuestionnaireResponse(instrument="gad7", answers=[2] * 7, taken_at=noon - dt.timedelta(days=5)),
                QuestionnaireResponse(instrument="peg", answers=[6, 5, 4], taken_at=noon - dt.timedelta(days=4))]
    records += [CheckIn(date=today - dt.timedelta(days=n), mood=n % 11, anxiety=3, pain=2, sleep_hours=7.0,
                        sleep_quality=6) for n in range(20)]
    ctx.journal.add_many(records)
    options = summary.SummaryOptions(today - dt.timedelta(days=30), today)
    summary.text_export(ctx.journal, options, "md", summary_pdf.tr)
    summary_pdf.chart_images(summary.build_summary(ctx.journal, options))
    qtbot.addWidget(SummariesPage(ctx))


DRIVERS = {
    "countries": show_country_pickers, "measures": show_questionnaires, "crisis_lines": show_support_panels,
    "safety": show_support_panels, "side_effects": show_side_effect_guidance, "prompts": show_prompts,
    "help": show_guide, "bundle_problems": show_refusals, "card_problems": show_refusals,
    "core": show_onboarding_problems, "summary": show_summaries,
}


@pytest.mark.parametrize("context", sorted(DATA_CONTEXTS))
def test_every_data_text_the_ui_looks_up_is_in_the_catalogue(context, qtbot, ctx, looked_up) -> None:
    DRIVERS[context](qtbot, ctx)
    asked = {text for asked_context, text in looked_up if asked_context == context}
    assert asked, f"the ui looked nothing up under {context!r}: the test no longer reaches it"
    filed = {text for filed_context, text in catalogue_texts(CATALOGUE) if filed_context == context}
    missing = sorted(asked - filed)
    assert not missing, f"{len(missing)} texts looked up under {context!r} are not in the catalogue: {missing[:5]}"


def test_every_text_not_a_literal_or_constant_comes_from_a_data_source() -> None:
    """A translate call whose text is a record's field or a variable (not a literal, not a constant the tool
    reads) can only be catalogued by a loader: its context must be one the tool's data sources fill."""
    tool = _tool()
    catalogue = tool.Catalogue()
    loaded = {text.context for text in tool.data_texts()}
    assert loaded == DATA_CONTEXTS
    unplaced = [f"{name}:{line}: [{context}] {code}" for name, module in catalogue.modules.items()
                for line, context, code in catalogue.unresolved(module)
                if context not in loaded and context != tool.PAGE_TITLE_CONTEXT]
    assert not unplaced, "texts no loader catalogues:\n" + "\n".join(unplaced)


def test_constants_and_loops_over_them_are_read_as_their_texts(tmp_path: Path) -> None:
    tool = _tool()
    package = tmp_path / "integration_journal"
    (package / "ui").mkdir(parents=True)
    (package / "core").mkdir()
    (package / "core" / "words.py").write_text(
        'import types\nTITLE = "Core title"\nLABELS = types.MappingProxyType({"a": "Alpha", "b": "Beta"})\n'
        'ROWS = (("x", "Ex"), ("y", "Why"))\nPAIRS = {"p": ("One", "Many")}\n', encoding="utf-8")
    (package / "ui" / "view.py").write_text(
        'from PySide6.QtCore import QCoreApplication\n'
        'from integration_journal.core import words\n'
        'from integration_journal.core.words import LABELS, ROWS, PAIRS\n\n\n'
        'def _tr(text):\n    return QCoreApplication.translate("view", text)\n\n\n'
        'def show(record, key, many):\n'
        '    one, more = PAIRS.get(key, (key, key))\n'
        '    texts = [_tr(words.TITLE), _tr(LABELS.get(key, "Other")), _tr(one if many else more)]\n'
        '    texts += [_tr(label) for _, label in ROWS] + [_tr(h) for h in ("Date", "Route")]\n'
        '    texts.append(f"{_tr(LABELS[key])}!")\n'
        '    return texts + [_tr(record.title), QCoreApplication.translate("data", record.name)]\n',
        encoding="utf-8")
    catalogue = tool.Catalogue(package / "ui", {}, root=tmp_path)
    view = catalogue.modules["view"]
    calls = catalogue.calls(view)
    assert sorted((c.context, c.text) for c in calls) == sorted(
        [("view", t) for t in ("Core title", "Alpha", "Beta", "Other", "One", "Many", "Ex", "Why", "Date", "Route",
                               "Alpha", "Beta")])
    assert catalogue.unresolved(view) == [(15, "view", "record.title"), (15, "data", "record.name")]
    written = tool.spelled_out(view.source, calls).splitlines()
    assert len(written) == len(view.source.splitlines())
    assert ('_tr(words.TITLE) QT_TRANSLATE_NOOP("view", "Core title")' in written[11]
            and '_tr(LABELS.get(key, "Other")) QT_TRANSLATE_NOOP("view", "Alpha") QT_TRANSLATE_NOOP("view", "Beta") '
                'QT_TRANSLATE_NOOP("view", "Other")' in written[11])
    assert written[13] == '    texts.append(f"{_tr(LABELS[key])}!" QT_TRANSLATE_NOOP("view", "Alpha") ' \
                          'QT_TRANSLATE_NOOP("view", "Beta"))'


def test_the_data_module_names_where_each_text_comes_from() -> None:
    tool = _tool()
    module = tool.data_module([tool.DataText("measures", 'Say "hi"\n', "a.json: items[0].text"),
                               tool.DataText("measures", 'Say "hi"\n', "b.json: items[1].text"),
                               tool.DataText("countries", "Åland Islands", "countries.py: AX")])
    assert module.splitlines()[2:] == [
        "#: a.json: items[0].text; b.json: items[1].text", 'QT_TRANSLATE_NOOP("measures", "Say \\"hi\\"\\n")',
        "#: countries.py: AX", 'QT_TRANSLATE_NOOP("countries", "Åland Islands")']


def test_a_translated_measure_item_and_country_show_where_the_ui_displays_them(qtbot, ctx, tmp_path) -> None:
    """A translator's work for data texts reaches the screen: the PHQ-9's first item in the questionnaire dialog,
    a country in the settings' country list, a crisis line's name on the support panel."""
    from integration_journal.core import measures, safety
    from integration_journal.core.records import Profile, Role
    from integration_journal.ui.questionnaire_dialog import QuestionnaireDialog
    from integration_journal.ui.safety_panel import SafetyPanel
    from integration_journal.ui.settings_dialog import countries

    item = measures.get_measure("phq9").items[0].text
    translator = _translator(tmp_path, {("measures", item): "Wenig Interesse oder Freude an Ihren Tätigkeiten",
                                        ("countries", "Germany"): "Deutschland",
                                        ("crisis_lines", "Samaritans"): "Samariter"})
    QCoreApplication.installTranslator(translator)
    try:
        dialog = QuestionnaireDialog(ctx, "phq9")
        qtbot.addWidget(dialog)
        assert dialog.items[0].heading.text() == "1.  Wenig Interesse oder Freude an Ihren Tätigkeiten"
        assert ("DE", "Deutschland") in countries()
        profile = Profile(role=Role.PATIENT, display_name="Sam", country_code="GB")
        panel = SafetyPanel(safety.get_help_now_content(profile, None))
        qtbot.addWidget(panel)
        assert "Samariter" in [label.text() for label in panel.findChildren(QLabel)]
    finally:
        QCoreApplication.removeTranslator(translator)
    assert ("DE", "Germany") in countries()
