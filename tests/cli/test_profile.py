"""`init --country` and the `profile` command (issue #13 item 5): a journal made on the command line can show
its emergency number, and the country and clinic can be changed later."""

from __future__ import annotations

from pathlib import Path

import pytest

from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
from integration_journal.storage.workspace import Workspace
from tests.helpers.workspaces import PASSPHRASE


def _profile(data_dir: Path):
    with Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, backup=False) as ws:
        return ws.journal.list(kind="profile")[0]


def test_init_with_a_country_sets_it_and_says_what_it_means(run, data_dir: Path) -> None:
    result = run("init", "--role", "patient", "--name", "Sam", "--country", "fr")
    assert result.code == 0, result.err
    assert "Country: France (FR). In an emergency call 15 or 112 and 1 crisis line" in result.out
    assert _profile(data_dir).country_code == "FR"
    shown = run("help-now")
    assert "call 15 or 112." in shown.out and "Call 3114" in shown.out


def test_init_without_a_country_says_how_to_set_one(run, data_dir: Path) -> None:
    result = run("init", "--role", "patient", "--name", "Sam")
    assert result.code == 0, result.err
    assert "No country is set" in result.out and "profile set --country CC" in result.out
    assert _profile(data_dir).country_code is None


@pytest.mark.parametrize("code", ["XX", "France", "G", "zz"])
def test_init_refuses_an_unknown_country_before_making_anything(run, data_dir: Path, code: str) -> None:
    result = run("init", "--role", "patient", "--name", "Sam", "--country", code)
    assert result.code == 2
    assert f"unknown country code {code!r}" in result.err and "profile countries" in result.err
    assert not (data_dir / "journal.ijvault").exists()  # no journal was made


def test_profile_show_names_the_country_its_numbers_and_lines(run, journal_dir: Path) -> None:
    result = run("profile", "show")
    assert result.code == 0, result.err
    assert "Country:            (not set)" in result.out
    assert "Emergency number:   your local emergency number" in result.out
    assert run("profile", "set", "--country", "GB").code == 0
    facts = run("profile", "show", "--json").json()
    assert facts["country"] == "GB" and facts["country_name"] == "United Kingdom"
    assert facts["emergency_numbers"] == ["999", "112"] and facts["crisis_lines"][0] == "Samaritans"
    assert facts["clinic_after_hours"] == ""


def test_profile_set_changes_the_clinic_and_help_now_shows_it(run, journal_dir: Path) -> None:
    result = run("profile", "set", "--country", "de", "--clinic-name", "Harbour Clinic",
                 "--clinic-phone", "+49 30 1234 5678", "--clinic-after-hours", "+49 30 1234 5600")
    assert result.code == 0, result.err
    assert "Profile updated." in result.out and "After-hours line:   +49 30 1234 5600" in result.out
    profile = _profile(journal_dir)
    assert (profile.country_code, profile.clinic_name, profile.clinic_phone, profile.clinic_after_hours) == (
        "DE", "Harbour Clinic", "+49 30 1234 5678", "+49 30 1234 5600")
    help_now = run("help-now").out
    assert "call 112." in help_now and "Your clinic (Harbour Clinic): +49 30 1234 5678" in help_now
    assert "Your clinic's after-hours line: +49 30 1234 5600" in help_now
    # Unnamed fields stay; "" clears one; "none" clears the country.
    assert run("profile", "set", "--clinic-phone", "").code == 0
    assert run("profile", "set", "--country", "none").code == 0
    profile = _profile(journal_dir)
    assert (profile.country_code, profile.clinic_name, profile.clinic_phone) == (None, "Harbour Clinic", "")
    again = run("profile", "set", "--clinic-name", "Harbour Clinic")
    assert again.code == 0 and "Nothing changed" in again.out


def test_profile_set_refuses_bad_values_naming_the_option(run, journal_dir: Path) -> None:
    before = _profile(journal_dir)
    result = run("profile", "set", "--clinic-name", "Riverside", "--clinic-after-hours", "after nine")
    assert result.code == 1
    assert result.err.strip().endswith(
        "--clinic-after-hours: A phone number can hold digits, spaces and + ( ) - . / only. Nothing was changed.")
    assert _profile(journal_dir) == before
    nothing = run("profile", "set")
    assert nothing.code == 1 and "Nothing to change" in nothing.err
    bad_country = run("profile", "set", "--country", "UK")  # the code is GB
    assert bad_country.code == 2 and "unknown country code 'UK'" in bad_country.err


def test_profile_countries_lists_every_code_with_its_emergency_number(run) -> None:
    from integration_journal.core.countries import COUNTRIES

    rows = run("profile", "countries", "--json").json()
    assert {row["code"] for row in rows} == set(COUNTRIES)
    by_code = {row["code"]: row for row in rows}
    assert by_code["JP"]["emergency_numbers"] == ["119", "110"] and by_code["JP"]["crisis_lines"] == 0
    assert by_code["FR"]["crisis_lines"] == 1
    text = run("profile", "countries").out
    assert any(line.startswith("GB  United Kingdom") and "999 or 112" in line for line in text.splitlines())
