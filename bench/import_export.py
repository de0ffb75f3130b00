"""Print import and full-export figures: a 10,000-entry jrnl export into a new vault, and the full export.

    .venv/bin/python bench/import_export.py [--entries 10000] [--runs 3] [--out bench/out/import-export]

Budget (issue #6): importing a 10,000-entry jrnl export <= 5 s. The jrnl file is generated in the exact
shape of `jrnl --export json` (jrnl 4.x: {"tags": {...}, "entries": [{title, body, date, time, tags,
starred}]}) from the same sample text as the foundation bench. The import runs into a fresh, real
encrypted vault (the KDF is not part of an import, so the vault is created with the cheap test KDF).
The full export (JSON + Markdown folder) is timed on the generated 10,000-entry patient journal.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import time
import zoneinfo
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from integration_journal.core import codec, export_markdown, importers  # noqa: E402
from integration_journal.core import records as r  # noqa: E402
from integration_journal.core.journal import Journal  # noqa: E402
from integration_journal.core.sample_data import generate  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage.vault import Vault, vault_file  # noqa: E402

PASSPHRASE = "bench passphrase for a generated journal"


def jrnl_export(entries: int, seed: int = 7) -> bytes:
    """A jrnl JSON export of `entries` entries: @tags in the text, some starred, two years of dates."""
    rng = random.Random(seed)
    items = []
    for record in generate(entries=entries, days=730, seed=seed):
        if not isinstance(record, r.Entry):
            continue
        tags = [f"@{t}" for t in record.tags]
        body = record.body + ("\n\n" + " ".join(tags) if tags else "")
        items.append({"title": record.title, "body": body, "date": record.created.strftime("%Y-%m-%d"),
                      "time": record.created.strftime("%H:%M"), "tags": tags, "starred": rng.random() < 0.05})
    counts = Counter(t for item in items for t in item["tags"])
    return json.dumps({"tags": dict(counts.most_common()), "entries": items}, indent=2).encode("utf-8")


def fresh_vault(folder: Path) -> Vault:
    if folder.exists():
        shutil.rmtree(folder)
    vault, _kit = Vault.create(vault_file(folder), PASSPHRASE, policy=INSECURE_TEST_POLICY)
    return vault


def ms(seconds: float) -> str:
    return f"{seconds * 1000:9.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--entries", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "import-export")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    data = jrnl_export(args.entries)
    source = args.out / "jrnl-export.json"
    source.write_bytes(data)
    print(f"jrnl export: {args.entries} entries, {len(data) / 1e6:.1f} MB")
    zone = zoneinfo.ZoneInfo("Europe/Berlin")

    checks, applies, totals = [], [], []
    for run in range(args.runs):
        vault = fresh_vault(args.out / f"import-vault-{run}")
        with vault:
            journal = Journal.open(vault)
            start = time.perf_counter()
            plan = importers.plan_import("jrnl", source, journal=journal, tz=zone)
            checked = time.perf_counter()
            added = importers.apply_import(journal, plan)
            done = time.perf_counter()
        assert plan.ok and len(added) == args.entries, (plan.problems[:3], len(added))
        checks.append(checked - start)
        applies.append(done - checked)
        totals.append(done - start)
        shutil.rmtree(args.out / f"import-vault-{run}")
    print(f"import (median of {args.runs}):  read+check {ms(statistics.median(checks))}   "
          f"write (encrypt, one transaction) {ms(statistics.median(applies))}   "
          f"total {ms(statistics.median(totals))}   worst total {ms(max(totals))}   budget 5000 ms")

    vault = fresh_vault(args.out / "export-vault")
    with vault:
        with vault.transaction() as tx:
            for record in generate(entries=args.entries):
                tx.put(record.id, codec.encode(record))
        journal = Journal.open(vault)
        records = len(journal)
        jsons, folders = [], []
        for run in range(args.runs):
            target = args.out / f"export-{run}.json"
            start = time.perf_counter()
            from integration_journal.core import export_json

            export_markdown.write_private_file(target, export_json.export_json(journal).encode("utf-8"))
            jsons.append(time.perf_counter() - start)
            folder = args.out / f"export-folder-{run}"
            shutil.rmtree(folder, ignore_errors=True)
            start = time.perf_counter()
            result = export_markdown.write_export_folder(journal, folder)
            folders.append(time.perf_counter() - start)
            size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())
            target.unlink()
            shutil.rmtree(folder)
    print(f"full export of {records} records (median of {args.runs}): JSON file {ms(statistics.median(jsons))}   "
          f"folder (JSON + {result.entries} Markdown entries + tables, {result.files} files, "
          f"{size / 1e6:.1f} MB) {ms(statistics.median(folders))}")
    shutil.rmtree(args.out / "export-vault")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
