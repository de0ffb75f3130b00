"""No plaintext of user content reaches the disk, logs, settings or temp files (docs/security-design.md §11.10–14)."""

from __future__ import annotations

import dataclasses
import logging
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

from integration_journal.core import records as r
from integration_journal.storage.workspace import Workspace
from tests.helpers.canaries import canary_forms
from tests.helpers.workspaces import PASSPHRASE


def _files_under(*roots: Path, since: float | None = None) -> list[Path]:
    found = []
    for root in roots:
        if not root.exists():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in files:
                path = Path(dirpath) / name
                try:
                    if since is None or path.stat().st_mtime >= since:
                        found.append(path)
                except FileNotFoundError:
                    pass
    return found


def _scan(paths: list[Path], needles: dict[str, list[bytes]]) -> list[str]:
    hits = []
    for path in paths:
        try:
            blob = path.read_bytes()
        except (OSError, PermissionError):
            continue
        for canary, forms in needles.items():
            if any(form in blob for form in forms):
                hits.append(f"{path}: {canary}")
    return hits


def _canary() -> str:
    return "CANARY" + secrets.token_hex(13)  # 32 characters


@pytest.mark.slow
def test_canaries_never_reach_disk_logs_or_temp(tmp_path: Path, data_dir: Path, fast_kdf, caplog,
                                                monkeypatch) -> None:
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)
    started = time.time() - 1
    canaries: list[str] = []

    def c() -> str:
        value = _canary()
        canaries.append(value)
        return value

    ws, kit = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    with ws:
        entries = [ws.journal.add(r.Entry(title=c(), body=f"{c()} body {c()}", tags=(c().lower(),)))
                   for _ in range(100)]
        for _ in range(50):
            ws.journal.add(r.CheckIn(date=ws.journal.today(), mood=5, anxiety=5, note=c()))
        for _ in range(50):
            ws.journal.add(r.TreatmentSession(when=ws.journal.now(), route=r.Route.NASAL, setting=r.Setting.CLINIC,
                                              intention=c(), notes=c(), clinic=c()))
        for entry in entries[:20]:
            ws.journal.update(dataclasses.replace(entry, body=entry.body + " " + c()))
        for entry in entries[20:40]:
            ws.journal.delete(entry.id)
        ws.journal.search(canaries[0][:12].lower())
    # Unlock again (makes a rotating backup), edit, and close.
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf)
    with ws:
        ws.journal.add(r.Entry(title=c(), body=c()))
    # Kill a writer mid-edit, then reopen.
    script = (
        "import sys, time\n"
        "from pathlib import Path\n"
        "from integration_journal.core import records as r\n"
        "from integration_journal.crypto.kdf import INSECURE_TEST_POLICY\n"
        "from integration_journal.storage.workspace import Workspace\n"
        f"ws = Workspace.open(Path({str(data_dir)!r}), {PASSPHRASE!r}, policy=INSECURE_TEST_POLICY)\n"
        "i = 0\n"
        "while True:\n"
        f"    ws.journal.add(r.Entry(title={c()!r} + str(i), body={c()!r}))\n"
        "    i += 1\n"
        "    if i == 5: print('writing', flush=True)\n"
    )
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "writing"
    time.sleep(0.2)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    ws = Workspace.open(data_dir, PASSPHRASE, policy=fast_kdf)
    with ws:
        assert not ws.damaged
    needles = {canary: canary_forms(canary) for canary in canaries}
    home = Path(os.environ["HOME"])
    paths = _files_under(data_dir, home)
    paths += _files_under(Path(tempfile.gettempdir()), since=started)
    paths = [p for p in paths if tmp_path not in p.parents or data_dir in p.parents or home in p.parents]
    assert any(p.name == "journal.ijvault" for p in paths)
    assert _scan(paths, needles) == []
    log_text = caplog.text
    assert not [canary for canary in canaries if canary in log_text or canary.casefold() in log_text]
    # Key material: the recovery secret never appears either.
    assert _scan(paths, {"kit": [kit.secret, kit.secret.hex().encode(), kit.text().encode()]}) == []


def test_no_temp_files_during_journal_work(data_dir: Path, fast_kdf, monkeypatch) -> None:
    def forbidden(*args, **kwargs):
        raise AssertionError("a temp file was requested")

    for name in ("mkstemp", "mkdtemp", "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile",
                 "TemporaryDirectory"):
        monkeypatch.setattr(tempfile, name, forbidden)
    monkeypatch.setattr(subprocess, "Popen", forbidden)
    ws, _ = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    with ws:
        entry = ws.journal.add(r.Entry(title="t", body="b"))
        ws.journal.update(dataclasses.replace(entry, body="c"))
        ws.journal.search("c")
        ws.journal.delete(entry.id)
        ws.vault.change_passphrase(PASSPHRASE + " again", policy=fast_kdf)
    with Workspace.open(data_dir, PASSPHRASE + " again", policy=fast_kdf) as ws:
        assert ws.journal.list(kind="entry") == []


def test_exception_text_never_carries_content(data_dir: Path, fast_kdf) -> None:
    ws, _ = Workspace.create(data_dir, PASSPHRASE, role="patient", display_name="Sam", policy=fast_kdf)
    canary = _canary()
    with ws:
        entry = ws.journal.add(r.Entry(title=canary, body=canary))
        with pytest.raises(r.ValidationError) as info:
            dataclasses.replace(entry, title=canary * 100)
        assert canary not in str(info.value)
        assert canary not in repr(entry)
