"""The command line imports only what the command being run needs (#15 section 4): opening the app
imports no command group at all (the questionnaires and the summary cost hundreds of ms before the
unlock window), a command imports its own group, and --help or a typo still see every command."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from integration_journal.cli.main import COMMAND_GROUPS, GROUPS, build_parser, groups_for, main


def _commands(parser) -> set[str]:
    [sub] = [a for a in parser._actions if a.dest == "command"]  # argparse keeps subparsers here
    return set(sub.choices)


@pytest.mark.parametrize("group", GROUPS)
def test_the_table_names_exactly_the_commands_each_group_registers(group: str) -> None:
    assert _commands(build_parser((group,))) == {c for c, g in COMMAND_GROUPS.items() if g == group}


@pytest.mark.parametrize(("argv", "groups"), [
    ([], ()),
    (["--data-dir", "/tmp/j"], ()),
    (["--demo"], ()),
    (["--data-dir", "list"], ()),  # the folder's name, not the command
    (["list"], ("records",)),
    (["--data-dir", "/tmp/j", "list", "--json"], ("records",)),
    (["measure", "phq9", "--data-dir", "/tmp/j"], ("measures",)),
    (["export-summary"], ("summary",)),
    (["--help"], GROUPS),
    (["--version"], GROUPS),
    (["lsit"], GROUPS),  # a typo: argparse lists every command
    (["--bogus"], GROUPS),
])
def test_which_groups_a_command_line_needs(argv: list[str], groups: tuple[str, ...]) -> None:
    assert groups_for(argv) == groups


def test_help_still_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    out = capsys.readouterr().out
    assert all(command in out for command in COMMAND_GROUPS)


def test_a_typo_is_told_the_commands_there_are(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["lsit"])
    assert exited.value.code == 2
    err = capsys.readouterr().err
    assert "invalid choice: 'lsit'" in err and "'list'" in err


def test_opening_the_app_imports_no_command_group() -> None:
    probe = ("import json, sys\n"
             "from integration_journal.cli.main import build_parser, groups_for\n"
             "args = build_parser(groups_for(['--data-dir', '/tmp/x'])).parse_args(['--data-dir', '/tmp/x'])\n"
             "assert args.command is None\n"
             "print(json.dumps(sorted(m for m in sys.modules if m.startswith(('integration_journal.cli.',"
             " 'integration_journal.core.measures', 'integration_journal.core.summary')))))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout) == ["integration_journal.cli.common", "integration_journal.cli.main"]


def test_a_command_imports_only_its_own_group() -> None:
    probe = ("import json, sys\n"
             "from integration_journal.cli.main import build_parser, groups_for\n"
             "build_parser(groups_for(['list', '--json']))\n"
             "print(json.dumps(sorted(m for m in sys.modules if m.startswith('integration_journal.cli.'))))\n")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True)
    assert json.loads(result.stdout) == ["integration_journal.cli.common", "integration_journal.cli.main",
                                         "integration_journal.cli.records"]
