"""The Summaries preview fits its width like a PDF viewer's "fit width": at 200 % text in the smallest
window its trends table (seven columns) no longer scrolls sideways; the text shrinks only as much as
needed, never below 75 % of the app's size, and not at all when everything fits (#12 item 5)."""

from __future__ import annotations

from tests.helpers.appearance import private_settings_and_look, set_text_size
from tests.helpers.main_window import open_main_window
from tests.helpers.screen_fit import patient_workspace


def _summaries(qtbot, window):
    window.show_page(window.page_index("summaries"))
    page = window.current_page()
    qtbot.waitUntil(page.isVisible)
    return page


def test_the_preview_fits_its_width_at_twice_the_text_size(qtbot, qapp, tmp_path, fast_kdf, dialogs,
                                                           access) -> None:
    with private_settings_and_look(qapp, "integration-journal-preview-fit-test"):
        window = open_main_window(qtbot, patient_workspace(tmp_path / "vault", fast_kdf), dialogs, access=access)
        try:
            window.resize(1280, 720)
            page = _summaries(qtbot, window)
            preview = page.preview
            qtbot.waitUntil(lambda: preview.document().defaultFont().pointSizeF() == preview.font().pointSizeF())
            assert not preview.horizontalScrollBar().isVisible()  # it fits: the text is left as it is

            window.resize(1000, 680)
            set_text_size(qtbot, window, 200)
            qtbot.waitUntil(lambda: preview.document().idealWidth() <= preview.viewport().width() + 0.5)
            assert not preview.horizontalScrollBar().isVisible()
            shrunk = preview.document().defaultFont().pointSizeF() / preview.font().pointSizeF()
            assert page.PREVIEW_SMALLEST <= shrunk < 1
        finally:
            window.close()
