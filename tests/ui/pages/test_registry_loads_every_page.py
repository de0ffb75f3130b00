"""Every registered page loads, and one that cannot (a module left out of a frozen bundle, a renamed
class) stops the app with its name instead of a main window that silently lacks it."""

from __future__ import annotations

import pytest

from integration_journal.ui.pages import registry
from integration_journal.ui.pages.base import Page


@pytest.mark.parametrize("role", ["patient", "therapist"])
def test_every_registered_page_of_each_role_loads(role: str) -> None:
    pages = registry.page_classes(role)
    wanted = registry.THERAPIST_PAGES if role == "therapist" else registry.PATIENT_PAGES
    assert [(p.__module__.removesuffix(".page"), p.__name__) for p in pages] == [
        (m, c) for m, c in wanted]
    assert all(issubclass(p, Page) for p in pages)


def test_a_missing_page_module_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "PATIENT_PAGES",
                        (*registry.PATIENT_PAGES, ("integration_journal.ui.pages.not_there", "NotTherePage")))
    with pytest.raises(registry.PageUnavailable) as caught:
        registry.page_classes("patient")
    assert "NotTherePage" in str(caught.value) and "integration_journal.ui.pages.not_there" in str(caught.value)
    assert isinstance(caught.value, ImportError)


def test_a_page_whose_import_fails_inside_is_named(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    # The page's module is there, but something it imports is not (as in a bundle that left it out).
    (tmp_path / "broken_page_module.py").write_text("import module_left_out_of_the_bundle\n", encoding="utf-8")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(registry, "THERAPIST_PAGES", (("broken_page_module", "BrokenPage"),))
    with pytest.raises(registry.PageUnavailable, match="BrokenPage.*module_left_out_of_the_bundle"):
        registry.page_classes("therapist")


def test_a_missing_class_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "THERAPIST_PAGES", (("integration_journal.ui.pages.inbox", "NoSuchPage"),))
    with pytest.raises(registry.PageUnavailable, match="NoSuchPage"):
        registry.page_classes("therapist")
