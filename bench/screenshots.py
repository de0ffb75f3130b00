"""Render every main screen in light and dark into docs/screenshots/ (offscreen, a small demo journal).

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/screenshots.py [--out DIR] [--scale 200]

The demo journal is made with the cheap test KDF (it is thrown away at the end) in the demo folder
under the user cache dir, exactly like `integration-journal --demo`.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import sharing_screens  # noqa: E402 - beside this script: the therapist's screens and the Sharing page
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

WINDOW_SIZE = (1120, 740)
SMALL_SIZE = (1000, 680)  # the smallest window every page is made to fit (tests/ui/test_every_screen_fits.py)


class NoDialogs:
    """Screenshots never ask questions."""

    def inform(self, *args, **kwargs):
        pass

    warn = inform

    def confirm(self, *args, **kwargs):
        return False

    def save_path(self, *args, **kwargs):
        return None

    def choose_printer(self, *args, **kwargs):
        return False

    def open_path(self, *args, **kwargs):
        return None

    choose_folder = open_path


def settle(ms: int = 60) -> None:
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.005)


def save(widget: QWidget, out: Path, name: str, written: list[Path]) -> None:
    settle()
    path = out / f"{name}.png"
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    written.append(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--entries", type=int, default=120)
    parser.add_argument("--scale", type=int, default=0, help="also render the Today page at this font scale (%)")
    args = parser.parse_args(argv)

    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.gui.app import StorageAccess, demo_banner
    from integration_journal.gui.demo import create_demo
    from integration_journal.ui.theme import Appearance, theme_manager

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setOrganizationName("integration-journal-screenshots")  # keeps the person's own settings untouched
    app.setApplicationName("integration-journal-screenshots")
    app.setQuitOnLastWindowClosed(False)
    QSettings().clear()
    args.out.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    demo = create_demo(entries=args.entries, days=90, policy=INSECURE_TEST_POLICY)
    scratch = tempfile.TemporaryDirectory(prefix="ij-screens-")
    therapist = None
    try:
        access = StorageAccess(demo.data_dir, INSECURE_TEST_POLICY)
        therapist = sharing_screens.prepare(access, demo, Path(scratch.name), INSECURE_TEST_POLICY)
        dialogs = NoDialogs()
        themes = theme_manager(app)
        for scheme in ("light", "dark"):
            themes.apply(Appearance(scheme, 100))
            render_all(app, access, dialogs, demo, demo_banner(demo.passphrase), scheme, args.out, written)
            sharing_screens.render(therapist, dialogs, scheme, args.out, written, save, WINDOW_SIZE)
        for scale in (100, 200):  # the default window size, and at twice the text size (issue #12 item 7)
            themes.apply(Appearance("light", scale))
            render_small(access, dialogs, demo, scale, args.out, written)
        themes.apply(Appearance("light", 100))
        if args.scale:
            themes.apply(Appearance("light", args.scale))
            render_main(access, dialogs, demo, f"scale{args.scale}-light", args.out, written, pages_only=True)
            themes.apply(Appearance("light", 100))
    finally:
        QSettings().clear()
        if therapist is not None:
            therapist.close()
        scratch.cleanup()
        demo.remove()
    for path in written:
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


def render_all(app, access, dialogs, demo, banner: str, scheme: str, out: Path, written: list[Path]) -> None:
    from integration_journal.ui.unlock_window import UnlockWindow

    unlock = UnlockWindow(access, dialogs)
    unlock.set_banner(banner)
    unlock.resize(560, 400)
    unlock.show()
    save(unlock, out, f"unlock-{scheme}", written)
    unlock.hide()
    unlock.deleteLater()
    render_main(access, dialogs, demo, scheme, out, written)


def render_support(window, out: Path, suffix: str, written: list[Path]) -> None:
    """The questionnaire dialog, the safety-flow panel (item 9 = 2, not recorded) and "Get help now"."""
    from integration_journal.ui.safety_panel import build_panel

    index = window.page_index("checkins")
    if index is not None:
        window.show_page(index)
        dialog = window.current_page().open_questionnaire("phq9")
        save(dialog, out, f"questionnaire-phq9-{suffix}", written)
        dialog.discard()
    panel = build_panel(window.ctx.journal, 2, parent=window)
    panel.present()
    save(panel, out, f"safety-flow-{suffix}", written)
    panel.wipe()
    window.open_help_now()
    save(window.help_now_panel, out, f"get-help-now-{suffix}", written)
    window._close_help_now()


def render_small(access, dialogs, demo, scale: int, out: Path, written: list[Path]) -> None:
    """Journal (an entry with a therapist's comment open), Sharing (a contact's safety number) and
    Check-ins in a window of SMALL_SIZE, the size every page is made to fit."""
    from integration_journal.core import records as r
    from integration_journal.ui.main_window import MainWindow

    ws = access.open(demo.passphrase)
    window = MainWindow(ws, dialogs, access=access, demo=True)
    window.resize(*SMALL_SIZE)
    window.show()
    while ws.loading:
        QCoreApplication.processEvents()
    settle()
    suffix = f"{SMALL_SIZE[0]}x{SMALL_SIZE[1]}" + ("" if scale == 100 else f"-scale{scale}") + "-light"
    try:
        commented = [a.target_id for a in ws.journal.list(r.Annotation)]
        window.show_page(window.page_index("journal"), **({"entry_id": commented[0]} if commented else {}))
        save(window, out, f"journal-{suffix}", written)
        sharing = window.page_index("sharing")
        window.show_page(sharing)
        window.current_page().tabs.setCurrentIndex(window.current_page().TAB_CONTACTS)
        save(window, out, f"sharing-contacts-{suffix}", written)
        window.show_page(window.page_index("checkins"))
        save(window, out, f"checkins-{suffix}", written)
    finally:
        window.close()
        window.deleteLater()
        settle()


def render_main(access, dialogs, demo, suffix: str, out: Path, written: list[Path], *,
                pages_only: bool = False) -> None:
    from integration_journal.ui.main_window import MainWindow

    ws = access.open(demo.passphrase)
    window = MainWindow(ws, dialogs, access=access, demo=True)
    window.resize(*WINDOW_SIZE)
    window.show()
    while ws.loading:  # the entries are decoded after the window shows: picture it once they are in
        QCoreApplication.processEvents()
    settle()
    try:
        for index, cls in enumerate(window.page_types):
            window.show_page(index)
            save(window, out, f"{cls.PAGE_ID}-{suffix}", written)
            if pages_only:
                break
        if pages_only:
            return
        trends = window.page_index("trends")
        if trends is not None:  # the first questionnaire chart, with its severity bands
            window.show_page(trends)
            window.current_page().tabs.setCurrentIndex(1)
            save(window, out, f"trends-questionnaire-{suffix}", written)
            window.current_page().tabs.setCurrentIndex(0)
        render_support(window, out, suffix, written)
        sharing_screens.render_patient_sharing(window, suffix, out, written, save)
        window.show_page(0)
        window._countdown(23)
        save(window, out, f"lock-countdown-{suffix}", written)
        window._countdown(-1)

        checkins = window.page_index("checkins")
        if checkins is not None:  # the questionnaires tab: buttons, history and change since baseline
            window.show_page(checkins)
            window.current_page().tabs.setCurrentIndex(1)
            save(window, out, f"checkins-questionnaires-{suffix}", written)
            window.current_page().tabs.setCurrentIndex(0)
        for opener, name in ((window.open_import, "import"), (window.open_export, "export")):
            opener()
            save(window.portability_dialog, out, f"{name}-{suffix}", written)
            window.portability_dialog.discard()
            window._portability_closed()

        window.open_settings()
        dialog = window.settings_dialog  # at the size it opens with
        for tab in range(dialog.tabs.count()):
            dialog.tabs.setCurrentIndex(tab)
            name = ("settings", "settings-appearance", "settings-journal", "settings-clinic")[tab]
            save(dialog, out, f"{name}-{suffix}", written)
        dialog.reject()

        window.open_help()
        window.help_dialog.resize(900, 620)
        save(window.help_dialog, out, f"help-{suffix}", written)
        window.help_dialog.hide()
        window.open_about()
        save(window.about_dialog, out, f"about-{suffix}", written)
        window.about_dialog.hide()
    finally:
        window.close()
        window.deleteLater()
        settle()


if __name__ == "__main__":
    raise SystemExit(main())
