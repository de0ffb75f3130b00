"""Every page of both roles fits the window at 1000×680, 1280×720 and 1920×1080, at 100 %, 150 % and 200 %
text set through Settings ▸ Text size (issue #12 items 5–7): no horizontal scroll bar, every visible input
and button inside its page or reachable by scrolling down, no label or list row cut to a few characters,
the window no wider than it was made. One window per role is resized and rescaled, not rebuilt."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTabWidget

from tests.helpers.appearance import private_settings_and_look, set_text_size
from tests.helpers.main_window import make_workspace, open_main_window
from tests.helpers.screen_fit import patient_workspace, problems, sidebar_elided

SIZES = ((1000, 680), (1280, 720), (1920, 1080))
SCALES = (100, 150, 200)
# The one sideways scroll bar allowed, reported as still open (issue #12 item 5): the appointment summary's
# preview is the document as it will print; at 200 % its check-in table is wider than the page, and its
# words are kept whole on purpose (a date never splits across lines).
ALLOWED: set[tuple[str, int, str]] = set()  # every page fits; nothing is excused


@pytest.fixture
def own_settings(qapp):
    with private_settings_and_look(qapp, "integration-journal-screen-fit-test"):
        yield


def sweep(qtbot, window, role: str) -> list[str]:
    found: list[str] = []
    for percent in SCALES:
        set_text_size(qtbot, window, percent)
        for width, height in SIZES:
            window.resize(width, height)
            qtbot.wait(20)
            where = f"{role} {width}×{height} {percent} %"
            if window.width() > width:
                found.append(f"{where}: the window widened itself to {window.width()} px")
            found += [f"{where}: {p}" for p in sidebar_elided(window.sidebar)]
            for index, cls in enumerate(window.page_types):
                window.show_page(index)
                page = window.current_page()
                qtbot.waitUntil(page.isVisible)
                tabs = next((t for t in page.findChildren(QTabWidget) if t.isVisible()), None)
                for tab in range(tabs.count() if tabs is not None else 1):
                    if tabs is not None:
                        tabs.setCurrentIndex(tab)
                    qtbot.wait(5)
                    found += [f"{where} {cls.PAGE_ID}#{tab}: {p}" for p in problems(window.centralWidget())
                              if (cls.PAGE_ID, percent, p) not in ALLOWED]
                if tabs is not None:
                    tabs.setCurrentIndex(0)
    return found


def with_contact(ws, folder, policy, other_role: str):
    """`ws` with a contact whose safety number and "Mark as verified" the Sharing or Patients page shows."""
    from integration_journal.core.sharing import SharingService

    other = make_workspace(folder, policy, role=other_role)
    mine, theirs = SharingService(ws.journal), SharingService(other.journal)
    mine.add_contact(theirs.my_card().raw)
    other.close()
    return ws


@pytest.mark.slow
@pytest.mark.parametrize("role", ["patient", "therapist"])
def test_every_page_fits_at_every_size_and_text_size(qtbot, own_settings, tmp_path, fast_kdf, dialogs,
                                                      access, role) -> None:
    if role == "patient":
        ws = patient_workspace(tmp_path / "vault", fast_kdf)
    else:
        ws = make_workspace(tmp_path / "vault", fast_kdf, role="therapist")
    with_contact(ws, tmp_path / "other", fast_kdf, "therapist" if role == "patient" else "patient")
    window = open_main_window(qtbot, ws, dialogs, access=access)
    try:
        found = sweep(qtbot, window, role)
        assert not found, "\n".join(found)
    finally:
        window.close()
