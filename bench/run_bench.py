"""Print the foundation's performance figures on a generated 10,000-entry vault (docs/design.md §7).

    .venv/bin/python bench/run_bench.py [--entries 10000] [--skip-jrnl] [--out bench/out]

Budgets (2-core machine, 10,000 entries): unlock without KDF <= 250 ms; search <= 50 ms (first
<= 100 ms); save <= 5 ms median; steady memory <= 200 MiB. The KDF uses the production policy,
calibrated on this machine, so "unlock with KDF" shows what a person waits for.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from integration_journal.core import codec  # noqa: E402
from integration_journal.core import records as r  # noqa: E402
from integration_journal.core.journal import Journal  # noqa: E402
from integration_journal.core.sample_data import generate, generate_therapist  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY, PRODUCTION_POLICY  # noqa: E402
from integration_journal.storage.vault import Vault, vault_file  # noqa: E402

PASSPHRASE = "bench passphrase for a generated journal"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def rss_mib() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def peak_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_vault(data_dir: Path, entries: int, policy, *, therapist: bool = False) -> int:
    if data_dir.exists():
        shutil.rmtree(data_dir)
    vault, _kit = Vault.create(vault_file(data_dir), PASSPHRASE, policy=policy)
    source = (generate_therapist(patients=50, entries_per_patient=entries // 50) if therapist
              else generate(entries=entries))
    with vault:
        count = fill_vault(vault, source, 2000)
    return count


def fill_vault(vault: Vault, source, batch_size: int) -> int:
    """Write every record of `source` into `vault`, `batch_size` per transaction; how many there were."""
    count = 0
    batch = []
    for record in source:
        batch.append(record)
        if len(batch) == batch_size:
            with vault.transaction() as tx:
                for rec in batch:
                    tx.put(rec.id, codec.encode(rec))
            count += len(batch)
            batch = []
    with vault.transaction() as tx:
        for rec in batch:
            tx.put(rec.id, codec.encode(rec))
    return count + len(batch)


def measure_ours(data_dir: Path, policy) -> dict[str, float]:
    figures: dict[str, float] = {}
    gc.collect()
    start = time.perf_counter()
    vault = Vault.unlock(vault_file(data_dir), PASSPHRASE, policy=policy)
    kdf_done = time.perf_counter()
    journal = Journal.open(vault)
    loaded = time.perf_counter()
    figures["unlock_with_kdf"] = loaded - start
    figures["unlock_without_kdf"] = loaded - kdf_done
    figures["records"] = len(journal.list())

    t = time.perf_counter()
    entries = journal.list(kind="entry")
    figures["list_all_entries"] = time.perf_counter() - t
    figures["entries"] = len(entries)

    t = time.perf_counter()
    journal.search("grandmother")
    figures["search_first"] = time.perf_counter() - t
    repeats = []
    for query in ("kitchen", "river walk", '"critical voice"', "tag:insight music", "medit", "lighter from:2025-01-01"):
        t = time.perf_counter()
        journal.search(query)
        repeats.append(time.perf_counter() - t)
    figures["search_repeated_median"] = statistics.median(repeats)
    figures["search_repeated_max"] = max(repeats)

    if not entries:  # a therapist's vault holds received items, not entries of its own
        figures["entries"] = len(journal.list(kind="received_item"))
        figures["save_median"] = figures["add_one"] = float("nan")
        gc.collect()
        figures["steady_rss_mib"] = rss_mib()
        figures["peak_rss_mib"] = peak_mib()
        vault.close()
        return figures
    saves = []
    target = entries[0]
    for i in range(60):
        import dataclasses

        t = time.perf_counter()
        target = journal.update(dataclasses.replace(target, title=f"Edited {i}"))
        saves.append(time.perf_counter() - t)
    figures["save_median"] = statistics.median(saves)
    t = time.perf_counter()
    journal.add(r.Entry(title="One more", body="A short new entry."))
    figures["add_one"] = time.perf_counter() - t
    gc.collect()
    figures["steady_rss_mib"] = rss_mib()
    figures["peak_rss_mib"] = peak_mib()
    vault.close()
    return figures


def whole_process(cmd: list[str], env: dict[str, str], runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        subprocess.run(cmd, env=env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def measure_cli(data_dir: Path) -> dict[str, float]:
    env = dict(os.environ, INTEGRATION_JOURNAL_DATA_DIR=str(data_dir), INTEGRATION_JOURNAL_PASSPHRASE=PASSPHRASE)
    exe = [sys.executable, "-m", "integration_journal"]
    return {
        "list_last_20": whole_process([*exe, "list", "--kind", "entry", "--limit", "20"], env),
        "search_one_word": whole_process([*exe, "search", "grandmother"], env),
        "add_one_entry": whole_process([*exe, "add", "--title", "bench", "--body", "A new entry from the bench."], env),
    }


def measure_jrnl(out: Path, entries: int) -> dict[str, float] | None:
    venv = out / "jrnl-venv"
    jrnl = venv / "bin" / "jrnl"
    if not jrnl.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
        subprocess.run([str(venv / "bin" / "pip"), "install", "--quiet", "jrnl"], check=True)
    home = out / "jrnl-home"
    shutil.rmtree(home, ignore_errors=True)
    (home / ".config" / "jrnl").mkdir(parents=True)
    journal_file = home / "journal.txt"
    config = home / ".config" / "jrnl" / "jrnl.yaml"
    # jrnl reads an existing plaintext file; build it, then let jrnl encrypt it in place.
    lines = []
    for record in generate(entries=entries):
        if isinstance(record, r.Entry):
            stamp = record.created.strftime("%Y-%m-%d %H:%M")
            tags = " ".join(f"@{t}" for t in record.tags)
            lines.append(f"[{stamp}] {record.title}\n{record.body} {tags}\n")
    journal_file.write_text("\n".join(lines), encoding="utf-8")
    config.write_text(
        "colors: {body: none, date: none, tags: none, title: none}\n"
        "default_hour: 9\ndefault_minute: 0\neditor: ''\nencrypt: false\nhighlight: false\nindent_character: '|'\n"
        f"journals:\n  default: {journal_file}\nlinewrap: 79\ntagsymbols: '@'\ntemplate: false\n"
        "timeformat: '%Y-%m-%d %H:%M'\nversion: v4.2\n", encoding="utf-8")
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), JRNL_PASSWORD=PASSPHRASE)
    proc = subprocess.run([str(jrnl), "--encrypt"], env=env, input=f"{PASSPHRASE}\n{PASSPHRASE}\nn\n",
                          text=True, capture_output=True)
    if proc.returncode != 0:
        print("jrnl --encrypt failed:", proc.stderr.strip()[:400])
        return None
    # jrnl asks for the password on the terminal; feed it on stdin for every run.
    def run(args: list[str]) -> float:
        times = []
        for _ in range(3):
            t = time.perf_counter()
            subprocess.run([str(jrnl), *args], env=env, input=f"{PASSPHRASE}\n", text=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
            times.append(time.perf_counter() - t)
        return statistics.median(times)
    return {
        "list_last_20": run(["-n", "20"]),
        "search_one_word": run(["-contains", "grandmother"]),
        "add_one_entry": run(["A new entry from the bench."]),
    }


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out")
    parser.add_argument("--skip-jrnl", action="store_true")
    parser.add_argument("--fast-kdf", action="store_true", help="weak KDF (for a quick run; not for figures)")
    parser.add_argument("--therapist", action="store_true",
                        help="a therapist vault: 50 patients sharing --entries entries in all (e.g. 50000)")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    policy = INSECURE_TEST_POLICY if args.fast_kdf else PRODUCTION_POLICY
    data_dir = args.out / ("therapist-vault" if args.therapist else "vault")
    t = time.perf_counter()
    count = build_vault(data_dir, args.entries, policy, therapist=args.therapist)
    print(f"generated {count} records ({args.entries} entries) in {time.perf_counter() - t:.1f} s; "
          f"file {vault_file(data_dir).stat().st_size / 2**20:.1f} MiB")
    ours = measure_ours(data_dir, policy)
    print("\nIn process (Vault + Journal):")
    for key in ("unlock_with_kdf", "unlock_without_kdf", "list_all_entries", "search_first",
                "search_repeated_median", "search_repeated_max", "save_median", "add_one"):
        print(f"  {key:<24}{ms(ours[key])}")
    print(f"  {'records / entries':<24}{int(ours['records']):>8} / {int(ours['entries'])}")
    print(f"  {'steady RSS':<24}{ours['steady_rss_mib']:8.1f} MiB")
    print(f"  {'peak RSS':<24}{ours['peak_rss_mib']:8.1f} MiB")
    if args.therapist:
        return 0  # the whole-process and jrnl comparisons are about a patient's journal
    if args.fast_kdf:
        os.environ["INTEGRATION_JOURNAL_INSECURE_TEST_KDF"] = "1"
    cli = measure_cli(data_dir)
    theirs = None if args.skip_jrnl else measure_jrnl(args.out, args.entries)
    print("\nWhole processes, median of 3 (ours incl. Argon2id unlock; jrnl encrypted):")
    for key, value in cli.items():
        line = f"  {key:<24}ours {ms(value)}"
        if theirs:
            line += f"   jrnl {ms(theirs[key])}   ratio ours/jrnl {value / theirs[key]:5.2f}"
        print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
