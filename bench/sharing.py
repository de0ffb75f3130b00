"""Print sharing figures: writing and importing share bundles between two real vaults (issue #5).

    .venv/bin/python bench/sharing.py [--entries 1000] [--import-entries 500] [--runs 3]

Times (median of --runs): preview + write a bundle of N shared entries (generated journal text,
0.9–2.6 KB each); open + check + import it into a therapist vault; and the same import of a
500-entry bundle, whose budget in issue #5 is 1 s. Vaults use the weak test KDF: the KDF is not
part of any of these figures.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from integration_journal.core import records as r  # noqa: E402
from integration_journal.core.sample_data import generate  # noqa: E402
from integration_journal.core.sharing import ShareSelection, SharingService  # noqa: E402
from integration_journal.crypto.kdf import INSECURE_TEST_POLICY  # noqa: E402
from integration_journal.storage.workspace import Workspace  # noqa: E402

PASSPHRASE = "bench passphrase for sharing figures"


def ms(seconds: float) -> str:
    return f"{seconds * 1000:8.1f} ms"


def measure(root: Path, entries: int, runs: int) -> dict[str, float]:
    patient, _ = Workspace.create(root / "patient", PASSPHRASE, role="patient", display_name="Sam",
                                  policy=INSECURE_TEST_POLICY)
    generated = [rec for rec in generate(entries=entries) if isinstance(rec, r.Entry)][:entries]
    patient.journal.add_many(generated)
    ps = SharingService(patient.journal)
    writes, imports, sizes = [], [], []
    for run in range(runs):
        therapist, _ = Workspace.create(root / f"therapist-{run}", PASSPHRASE, role="therapist",
                                        display_name="Dr Lee", policy=INSECURE_TEST_POLICY)
        ts = SharingService(therapist.journal)
        contact = ps.add_contact(ts.my_card().raw, f"Dr Lee {run}").contact
        ps.verify(contact)
        ts.verify(ts.add_contact(ps.my_card().raw).contact)
        out: list[bytes] = []
        start = time.perf_counter()
        ps.write_share(ps.preview(contact, ShareSelection(entry_ids=tuple(e.id for e in generated))), out.append)
        writes.append(time.perf_counter() - start)
        sizes.append(len(out[0]))
        start = time.perf_counter()
        result = ts.receive(out[0])
        imports.append(time.perf_counter() - start)
        assert result.added == entries
        therapist.close()
    patient.close()
    return {"write": statistics.median(writes), "import": statistics.median(imports),
            "bytes": statistics.median(sizes)}


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=1000)
    parser.add_argument("--import-entries", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="ij-sharing-bench-") as folder:
        for count in sorted({args.entries, args.import_entries}):
            figures = measure(Path(folder) / str(count), count, args.runs)
            print(f"{count} entries: bundle {figures['bytes'] / 2**20:.2f} MiB")
            print(f"  preview + write bundle       {ms(figures['write'])}")
            print(f"  open, check + import bundle  {ms(figures['import'])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
