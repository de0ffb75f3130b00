"""One running instance per vault: a second open — from this process or another — gets VaultInUse
naming the holder; a holder that dies (SIGKILL) leaves nothing behind that blocks the next start."""

from __future__ import annotations

import os
import select
import signal
import subprocess
import sys

import pytest

from integration_journal.errors import VaultInUse
from integration_journal.storage.vault import Vault, lock_file
from tests.helpers.vaults import PASSPHRASE, WORKER, assert_load, open_vault, populate


def test_second_open_in_the_same_process(new_vault, vault_path, fast_kdf):
    for attempt in (lambda: open_vault(vault_path),
                    lambda: Vault.recover(vault_path, new_vault.kit.text(), "x", policy=fast_kdf)):
        with pytest.raises(VaultInUse) as info:
            attempt()
        assert info.value.pid == os.getpid()
        assert f"pid {os.getpid()}" in str(info.value)
    new_vault.close()
    open_vault(vault_path).close()  # released on close


def test_lock_file_is_private_and_cleared_on_close(new_vault, vault_path):
    lock = lock_file(vault_path.parent)
    assert lock.read_text() == str(os.getpid())
    assert lock.stat().st_mode & 0o777 == 0o600
    new_vault.close()
    assert lock.read_text() == ""


def _start_holder(vault_path) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, str(WORKER), "hold", str(vault_path), PASSPHRASE],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    ready, _, _ = select.select([proc.stdout], [], [], 30)
    assert ready and proc.stdout.readline() == b"ready\n", proc.stderr.read() if not ready else b""
    return proc


def test_open_held_by_another_process_then_sigkill(vault_path, fast_kdf):
    vault, _ = Vault.create(vault_path, PASSPHRASE, policy=fast_kdf)
    payloads = populate(vault, 10)
    vault.close()
    holder = _start_holder(vault_path)
    try:
        with pytest.raises(VaultInUse) as info:
            open_vault(vault_path)
        assert info.value.pid == holder.pid
        assert f"pid {holder.pid}" in str(info.value)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait(timeout=30)
        holder.stdout.close()
        holder.stderr.close()
    # the OS released the dead holder's lock: the next start takes over, and nothing is damaged
    with open_vault(vault_path) as v:
        assert_load(v, payloads, {})
        assert v.verify() == []
    assert lock_file(vault_path.parent).read_text() == ""


def test_subprocess_sees_our_pid(new_vault, vault_path):
    code = (
        "import sys\n"
        "from integration_journal.errors import VaultInUse\n"
        "from integration_journal.crypto.kdf import INSECURE_TEST_POLICY\n"
        "from integration_journal.storage.vault import Vault\n"
        "try:\n"
        "    Vault.unlock(sys.argv[1], sys.argv[2], policy=INSECURE_TEST_POLICY)\n"
        "except VaultInUse as exc:\n"
        "    print(exc.pid)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(vault_path), PASSPHRASE], capture_output=True,
                         text=True, timeout=60, check=True)
    assert out.stdout.strip() == str(os.getpid())
