"""The patient's pages at twice the font size (Settings → font scale 200 %) and from the keyboard alone:
rows of controls wrap instead of widening the window past a laptop screen, crowded pages scroll instead
of drawing their rows over one another, and Tab reaches every control, named, without getting stuck."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QCheckBox, QLabel, QScrollArea, QWidget

from tests.ui.shell_helpers import make_workspace, open_main_window

# A 1280-pixel-wide screen holds the window: the sidebar (its longest page name at 200 %) and the page.
PAGE_WIDTH_AT_200 = 800
PATIENT_PAGES = ("today", "sessions", "journal", "checkins", "insights", "trends", "sharing", "summaries",
                 "safety_plan")


@pytest.fixture
def twice_the_font(qapp):
    font = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(font.pointSizeF() * 2)
    qapp.setFont(larger)
    yield
    qapp.setFont(font)


@pytest.fixture
def window(qtbot, data_dir, fast_kdf, dialogs):
    ws = make_workspace(data_dir, fast_kdf, entries=3)
    window = open_main_window(qtbot, ws, dialogs)
    window.resize(1120, 740)
    yield window
    window.close()


def show(qtbot, window, page_id: str) -> QWidget:
    index = window.page_index(page_id)
    assert index is not None, page_id
    window.show_page(index)
    page = window.current_page()
    qtbot.waitUntil(page.isVisible)
    return page


def test_no_patient_page_needs_more_than_a_laptop_screen_at_twice_the_font_size(
        qtbot, twice_the_font, window) -> None:
    wide = {}
    for page_id in PATIENT_PAGES:
        page = show(qtbot, window, page_id)
        tabs = getattr(page, "tabs", None)
        for tab in range(tabs.count() if tabs is not None else 1):
            if tabs is not None:
                tabs.setCurrentIndex(tab)
            if page.minimumSizeHint().width() > PAGE_WIDTH_AT_200:
                wide[page_id] = page.minimumSizeHint().width()
    assert wide == {}


def test_at_twice_the_font_size_the_sidebar_opens_whole_but_can_be_narrowed(qtbot, twice_the_font,
                                                                             window) -> None:
    """Its longest title must not set the window's minimum width (about 390 px of it at 200 %)."""
    sidebar = window.sidebar
    qtbot.waitUntil(lambda: sidebar.minimumWidth() < sidebar.width())
    titles = [sidebar.item(i).text() for i in range(sidebar.count())]
    longest = sidebar.fontMetrics().horizontalAdvance(max(titles, key=sidebar.fontMetrics().horizontalAdvance))
    widest = max(sidebar.visualItemRect(sidebar.item(i)).width() for i in range(sidebar.count()))
    assert longest <= widest  # shown whole as it opens
    assert sidebar.minimumWidth() < longest  # dragged narrower, the longest ends in "…"
    assert window.minimumSizeHint().width() < sidebar.minimumWidth() + PAGE_WIDTH_AT_200 + 100


def _overlaps(widgets: list[QWidget], root: QWidget) -> list[tuple[str, str]]:
    rects = [(w, QRect(w.mapTo(root, w.rect().topLeft()), w.size())) for w in widgets if w.isVisibleTo(root)]
    return [(a.text(), b.text()) for i, (a, ra) in enumerate(rects) for b, rb in rects[i + 1:]
            if ra.intersects(rb)]


@pytest.mark.parametrize("page_id", ["summaries", "sharing"])
def test_at_twice_the_font_size_the_options_wrap_and_scroll_without_overlapping(
        qtbot, twice_the_font, window, page_id) -> None:
    page = show(qtbot, window, page_id)
    if page_id == "sharing":
        page.tabs.setCurrentIndex(1)
    area = next(a for a in page.findChildren(QScrollArea) if a.isVisible() and a.widget().findChildren(QCheckBox))
    content = area.widget()
    qtbot.waitUntil(lambda: content.height() >= content.heightForWidth(content.width()))
    texts = [w for w in content.findChildren(QWidget)
             if isinstance(w, QCheckBox | QLabel) and w.isVisibleTo(content) and w.text()]
    assert _overlaps(texts, content) == []
    for widget in texts:  # every one inside the area that scrolls, none cut off at its right edge
        right = widget.mapTo(content, widget.rect().topRight()).x()
        assert right <= content.width(), widget.text()
        assert widget.mapTo(content, widget.rect().bottomLeft()).y() <= content.height(), widget.text()


def _name(widget: QWidget) -> str:
    if widget.accessibleName():
        return widget.accessibleName()
    for label in widget.window().findChildren(QLabel):
        if label.buddy() is widget:
            return label.text().replace("&", "")
    return ""


@pytest.mark.parametrize("page_id", PATIENT_PAGES)
def test_tab_visits_named_controls_and_leaves_every_page(qtbot, window, page_id) -> None:
    page = show(qtbot, window, page_id)
    window.sidebar.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.sidebar)
    visited: list[QWidget] = []
    for _ in range(80):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused is window.sidebar:
            break
        visited.append(focused)
    else:
        pytest.fail(f"Tab never came back round to the sidebar from {page_id}: a keyboard trap")
    inside = [w for w in visited if page.isAncestorOf(w)]
    assert inside, f"Tab never reached a control on {page_id}"
    unnamed = [type(w).__name__ for w in inside if not _name(w) and not isinstance(w, QAbstractScrollArea)
               or isinstance(w, QAbstractScrollArea) and not w.accessibleName()]
    assert unnamed == []
    assert all(w.isVisible() and w.isEnabled() for w in inside)


def test_at_twice_the_font_size_general_settings_scroll_down_without_squeezing(qtbot, twice_the_font, window) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitExposed(dialog)
    area = dialog.tabs.widget(0)
    assert isinstance(area, QScrollArea)
    content = area.widget()
    qtbot.waitUntil(lambda: content.height() >= content.heightForWidth(content.width()) if content.hasHeightForWidth()
                    else content.height() >= content.minimumSizeHint().height())
    assert area.horizontalScrollBar().maximum() == 0  # words wrap; nothing hides off to the right
    texts = [w for w in content.findChildren(QWidget)
             if isinstance(w, QCheckBox | QLabel) and w.isVisibleTo(content) and w.text()]
    assert texts
    assert _overlaps(texts, content) == []
    for widget in texts:  # each one its full height: no line cut in half
        assert widget.height() >= widget.minimumSizeHint().height(), widget.text()


def test_at_twice_the_font_size_the_guide_keeps_half_its_width_for_the_page(qtbot, twice_the_font) -> None:
    from integration_journal.ui.help import HelpDialog

    dialog = HelpDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.browser.width() >= dialog.width() * 0.45
    assert dialog.width() <= dialog.screen().availableGeometry().width()
