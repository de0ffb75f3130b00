"""Print how unlocking, decoding, memory, search and saving grow with years of use (issue #16).

    .venv/bin/python bench/scaling.py [--runs 5] [--patient 1000,10000,50000,100000]
                                      [--therapist 10x100,10x1000,50x500,50x1000,50x2000] [--gui] [--plot FILE]

A timing probe, not a test. Each size gets its own generated vault under bench/out/scaling/ (reused while
its size matches), written with the weak test KDF: every figure is what comes *after* the key derivation.
A patient's journal grows by years: the generated span is 73 days per 1,000 entries (10,000 entries = two
years, 100,000 = twenty), so check-ins, questionnaires and sessions grow with it. A therapist's vault is
P patients each sharing E entries (P x E received items).

Every run is a fresh interpreter (memory figures are whole processes). Per run:
  unlock      Vault.unlock minus the KDF + Journal.open with everything decoded whole (what the CLI does)
  decode      Journal.open alone in that (decrypting, checking and decoding)
  app unlock  the same as the app opens before the window shows: entries deferred, records held light
              (where the code has it: issue #16), the freed heap released
  search      then, in the app's journal: the first search (builds the index) and the median of six more
              after the index is made compact as the Journal page does ("index compact": all of it at once
              here; the page does it a slice per event-loop turn)
  save        median of 20 edits of one entry (patient) or one received item (therapist)
  RSS         resident memory after all that (the app's journal, index built) and a garbage collection
With --gui, a second child per run builds the main window as the app does (tests' offscreen platform):
  usable      KDF end -> main window shown and idle; then every deferred record decoded in timer steps,
              the refresh after them and the check of records the unlock took unchecked, while the
              longest single turn of the event loop is recorded; then every page shown once
              and the resident memory read ("GUI steady RSS").

Medians of --runs runs; the slope is the least-squares fit of log(figure) against log(size): 1.0 means
the figure grows in proportion to the journal, 0 that it does not grow. --plot writes a log-log PNG of
the medians (QtCharts, rendered offscreen) for docs/PERFORMANCE.md.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = Path(os.environ.get("IJ_SCALING_OUT", ROOT / "bench" / "out" / "scaling"))
PASSPHRASE = "bench passphrase for the scaling curve"
QUERIES = ("kitchen", "river walk", '"critical voice"', "tag:insight music", "medit", "lighter from:2025-01-01")
DEFAULT_PATIENT = "1000,10000,50000,100000"
DEFAULT_THERAPIST = "10x100,10x1000,50x500,50x1000,50x2000"


def _size_name(size: str) -> str:
    return f"therapist-{size}" if "x" in size else f"patient-{size}"


def _entries(size: str) -> int:
    if "x" in size:
        patients, per = size.split("x")
        return int(patients) * int(per)
    return int(size)


def build(size: str) -> Path:
    """The vault of `size` ("10000" or "50x1000"), built unless already there."""
    sys.path.insert(0, str(ROOT))
    from integration_journal.core import codec
    from integration_journal.core.sample_data import generate, generate_therapist
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.vault import Vault, vault_file

    data_dir = OUT / _size_name(size)
    marker = data_dir / "bench.json"
    if marker.is_file() and json.loads(marker.read_text()).get("size") == size:
        return data_dir
    if data_dir.exists():
        shutil.rmtree(data_dir)
    data_dir.mkdir(parents=True)
    start = time.perf_counter()
    if "x" in size:
        patients, per = (int(part) for part in size.split("x"))
        source = generate_therapist(patients=patients, entries_per_patient=per)
    else:
        entries = int(size)
        source = generate(entries=entries, days=max(365, entries * 73 // 1000))
    vault, _kit = Vault.create(vault_file(data_dir), PASSPHRASE, policy=INSECURE_TEST_POLICY)
    if hasattr(vault, "index_with"):  # the encrypted record index, kept as the app keeps it (issue #16)
        vault.index_with(codec.DEFAULT_CODEC.light_payload)
    from bench.run_bench import fill_vault

    with vault:
        count = fill_vault(vault, source, 5000)
    marker.write_text(json.dumps({"size": size, "records": count}))
    print(f"  built {data_dir.name}: {count} records, {vault_file(data_dir).stat().st_size / 2**20:.0f} MiB "
          f"in {time.perf_counter() - start:.0f} s", flush=True)
    return data_dir


def _rss_mib() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def _timed_kdf():
    """Patch the vault's KDF so its time can be taken out; returns the running total holder."""
    from integration_journal.storage import vault as vault_module

    total = [0.0]
    original = vault_module.derive

    def derive(*args, **kwargs):
        start = time.perf_counter()
        try:
            return original(*args, **kwargs)
        finally:
            total[0] += time.perf_counter() - start

    vault_module.derive = derive
    return total


def child_core(data_dir: Path) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    import inspect

    from integration_journal.core import records as r
    from integration_journal.core.journal import Journal
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.storage.vault import Vault, vault_file

    try:
        from integration_journal.storage.memory import release_free_heap
    except ImportError:  # before issue #16
        def release_free_heap() -> bool:
            return False
    # As the app opens (gui.app.StorageAccess.open): entries deferred, and held light where supported.
    app_options = {"defer_entries": True}
    if "light" in inspect.signature(Journal.open).parameters:
        app_options["light"] = True

    kdf = _timed_kdf()
    out: dict[str, float] = {}
    # The CLI's open: every record decoded whole.
    gc.collect()
    start = time.perf_counter()
    vault = Vault.unlock(vault_file(data_dir), PASSPHRASE, policy=INSECURE_TEST_POLICY)
    opened = time.perf_counter()
    journal = Journal.open(vault)
    done = time.perf_counter()
    out["unlock"] = done - start - kdf[0]
    out["decode"] = done - opened
    vault.close()
    del journal, vault
    gc.collect()
    release_free_heap()
    # The app's open, then what it does after the window shows: the rest decoded, search, saves.
    kdf[0] = 0.0
    start = time.perf_counter()
    vault = Vault.unlock(vault_file(data_dir), PASSPHRASE, policy=INSECURE_TEST_POLICY)
    journal = Journal.open(vault, **app_options)
    release_free_heap()
    out["app_unlock"] = time.perf_counter() - start - kdf[0]
    while journal.load_more():
        pass
    t = time.perf_counter()
    journal.search("grandmother")
    out["search_first"] = time.perf_counter() - t
    compact = getattr(journal, "compact_search_index", None)
    if compact is not None:  # as the app's Journal page does after the first search, in slices
        t = time.perf_counter()
        compact()
        out["compact"] = time.perf_counter() - t
        release_free_heap()
    times = []
    for query in QUERIES:
        t = time.perf_counter()
        journal.search(query)
        times.append(time.perf_counter() - t)
    out["search"] = statistics.median(times)
    out["search_worst"] = max(times)
    entries = journal.list(kind=r.Entry, **({"light": True} if "light" in app_options else {}))
    saves = []
    if entries:
        target = journal.get(entries[0].id)
        for i in range(20):
            t = time.perf_counter()
            target = journal.update(dataclasses.replace(target, title=f"Edited {i}"))
            saves.append(time.perf_counter() - t)
    else:
        target = journal.get(journal.list(kind=r.ReceivedItem, **({"light": True} if "light" in app_options else {}))[0].id)
        for _ in range(20):
            t = time.perf_counter()
            target = journal.update(dataclasses.replace(target, reviewed=not target.reviewed))
            saves.append(time.perf_counter() - t)
    out["save"] = statistics.median(saves)
    del entries, target
    gc.collect()
    release_free_heap()
    out["rss"] = _rss_mib()
    vault.close()
    return out


def child_gui(data_dir: Path) -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="ij-bench-config-")

    import bench.main_window as bm
    from integration_journal.crypto.kdf import INSECURE_TEST_POLICY
    from integration_journal.gui import app as app_module
    from integration_journal.storage.workspace import Workspace
    from integration_journal.ui.theme import load_appearance, theme_manager

    qapp = app_module._application()
    theme_manager(qapp).apply(load_appearance())
    import integration_journal.storage.workspace  # noqa: F401 - what StorageAccess.prepare does

    app_module.preload_main_window_modules()
    kdf = _timed_kdf()
    gc.collect()
    start = time.perf_counter()
    import inspect

    # As gui.app.StorageAccess.open: entries deferred, and records held light where the code has it.
    options = {"light": True} if "light" in inspect.signature(Workspace.open).parameters else {}
    # Its rotating backup (a whole copy, when anything changed) is written after the window shows, off
    # the UI thread: not at open, where it made a changed vault's "usable" seconds longer.
    ws = Workspace.open(data_dir, PASSPHRASE, policy=INSECURE_TEST_POLICY, defer_entries=True, backup=False,
                        **options)
    opened = time.perf_counter() - start - kdf[0]
    start = time.perf_counter()
    window = bm.make_window(ws, hold_loading=True)
    bm.settle(qapp, hold=window)
    out = {"usable": opened + time.perf_counter() - start}
    # Every step the window takes after it shows, each timed: the entries, the refresh after them, the
    # records checked after the unlock, a page's idle work (bench.main_window.finish_loading).
    start = time.perf_counter()
    _total, longest = bm.finish_loading(qapp, window)
    out["loaded"] = time.perf_counter() - start
    out["longest_turn"] = longest
    for index in range(len(window.page_types)):
        window.show_page(index)
        bm.settle(qapp)
    gc.collect()
    out["gui_rss"] = _rss_mib()
    return out


def run_child(mode: str, data_dir: Path) -> dict[str, float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, __file__, "--child", mode, str(data_dir)], capture_output=True,
                          text=True, env=env)
    if proc.returncode != 0:
        raise SystemExit(f"{mode} child failed on {data_dir.name}:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def slope(points: list[tuple[float, float]]) -> float:
    """Least-squares slope of log(y) against log(x)."""
    logs = [(math.log(x), math.log(y)) for x, y in points if x > 0 and y > 0]
    if len(logs) < 2:
        return float("nan")
    mx = statistics.fmean(x for x, _ in logs)
    my = statistics.fmean(y for _, y in logs)
    den = sum((x - mx) ** 2 for x, _ in logs)
    return sum((x - mx) * (y - my) for x, y in logs) / den if den else float("nan")


COLUMNS = (  # key, heading, unit: "ms" from seconds or "MiB"
    ("unlock", "unlock w/o KDF", "ms"), ("app_unlock", "app unlock", "ms"), ("decode", "decode", "ms"),
    ("search_first", "1st search", "ms"), ("compact", "index compact", "ms"), ("search", "search", "ms"),
    ("save", "save", "ms"),
    ("rss", "RSS", "MiB"), ("usable", "window usable", "ms"), ("loaded", "bg decode", "ms"),
    ("longest_turn", "longest turn", "ms"), ("gui_rss", "GUI RSS", "MiB"),
)


def _value(key: str, unit: str, value: float) -> float:
    return value * 1000 if unit == "ms" else value


def report(title: str, sizes: list[str], medians: dict[str, dict[str, float]]) -> list[str]:
    keys = [(k, h, u) for k, h, u in COLUMNS if any(k in medians[s] for s in sizes)]
    lines = [title, "  " + f"{'size':>9} {'entries':>8} " + " ".join(f"{h:>14}" for _, h, _ in keys)]
    for size in sizes:
        cells = []
        for key, _, unit in keys:
            value = medians[size].get(key)
            cells.append(f"{_value(key, unit, value):>10.1f} {unit:<3}" if value is not None else " " * 14)
        lines.append("  " + f"{size:>9} {_entries(size):>8} " + " ".join(cells))
    cells = []
    for key, _, _ in keys:
        fitted = slope([(_entries(s), medians[s][key]) for s in sizes if key in medians[s]])
        cells.append(f"{fitted:>14.2f}")
    lines.append("  " + f"{'slope':>9} {'':>8} " + " ".join(cells))
    return lines


PLOTTED = ("unlock", "app_unlock", "search", "save", "rss", "usable", "gui_rss")
COLOURS = ("#1f77b4", "#ff7f0e", "#2ca02c", "#8c564b", "#d62728", "#9467bd", "#e377c2")


def _medians(runs: dict[str, list[dict[str, float]]]) -> dict[str, dict[str, float]]:
    return {size: {key: statistics.median(run[key] for run in rs) for key in rs[0]} for size, rs in runs.items()}


def plot(path: Path, groups: dict[str, tuple[list[str], dict[str, dict[str, float]]]],
         before: dict[str, dict[str, float]] | None = None) -> None:
    """Log-log charts of the medians against size, one per group, as one PNG (QtCharts, offscreen);
    with `before` (medians of an earlier run), the same figures dashed."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCharts import QChart, QChartView, QLineSeries, QLogValueAxis
    from PySide6.QtCore import QPointF, Qt
    from PySide6.QtGui import QColor, QPainter, QPen, QPixmap
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    width, height = 1100, 620
    image = QPixmap(width, height * len(groups))
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row, (group, (sizes, medians)) in enumerate(groups.items()):
        chart = QChart()
        chart.setTitle(f"{group}: cost against size (log-log, medians; ms, or MiB for memory)"
                       + ("; dashed: before issue #16" if before else ""))
        x_axis, y_axis = QLogValueAxis(), QLogValueAxis()
        x_axis.setTitleText("entries" if group == "patient" else "shared items (patients x items each)")
        x_axis.setLabelFormat("%g")
        y_axis.setLabelFormat("%g")
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        low, high = float("inf"), 0.0
        for key, colour in zip(PLOTTED, COLOURS, strict=True):
            unit = next(u for k, _, u in COLUMNS if k == key)
            heading = next(h for k, h, _ in COLUMNS if k == key)
            for source, dashed in ((medians, False), (before, True)):
                if source is None:
                    continue
                points = [(_entries(s), _value(key, unit, source[s][key])) for s in sizes
                          if s in source and key in source[s] and source[s][key] > 0]
                if len(points) < 2 or max(y for _, y in points) < 0.5:  # e.g. search with nothing to search
                    continue
                series = QLineSeries()
                series.setName(f"{heading} ({unit})")
                pen = QPen(QColor(colour))
                pen.setWidthF(1.5 if dashed else 2.5)
                if dashed:
                    pen.setStyle(Qt.PenStyle.DashLine)
                series.setPen(pen)
                for x, y in sorted(points):
                    series.append(QPointF(x, y))
                    low, high = min(low, y), max(high, y)
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
                if dashed:
                    chart.legend().markers(series)[0].setVisible(False)
        if high > 0:
            y_axis.setRange(max(low / 2, 0.01), high * 2)
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.resize(width, height)
        painter.drawPixmap(0, row * height, view.grab())
    painter.end()
    image.save(str(path))
    del app


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--patient", default=DEFAULT_PATIENT, help="entry counts, comma-separated ('' for none)")
    parser.add_argument("--therapist", default=DEFAULT_THERAPIST, help="PxE sizes, comma-separated ('' for none)")
    parser.add_argument("--gui", action="store_true", help="also the main window (slower)")
    parser.add_argument("--plot", type=Path, help="write a log-log PNG of the medians here")
    parser.add_argument("--json", type=Path, help="write every run's figures here")
    parser.add_argument("--before", type=Path, help="an earlier run's --json: drawn dashed on the plot")
    parser.add_argument("--plot-only", type=Path, help="draw the plot from this --json and exit")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        mode, data_dir = args.child
        figures = (child_core if mode == "core" else child_gui)(Path(data_dir))
        print(json.dumps(figures))
        return 0

    before = _medians(json.loads(args.before.read_text())) if args.before else None
    if args.plot_only:
        medians = _medians(json.loads(args.plot_only.read_text()))
        groups = {group: ([s for s in medians if ("x" in s) == (group == "therapist")], medians)
                  for group in ("patient", "therapist")}
        plot(args.plot, {g: v for g, v in groups.items() if v[0]}, before)
        return 0
    groups: dict[str, tuple[list[str], dict[str, dict[str, float]]]] = {}
    everything: dict[str, list[dict[str, float]]] = {}
    for group, spec in (("patient", args.patient), ("therapist", args.therapist)):
        sizes = [s.strip() for s in spec.split(",") if s.strip()]
        if not sizes:
            continue
        medians: dict[str, dict[str, float]] = {}
        for size in sizes:
            data_dir = build(size)
            # Not counted: a vault written before the record index gets it on its first light open, and
            # the first read of a large file fills the page cache.
            run_child("core", data_dir)
            runs: list[dict[str, float]] = []
            for _ in range(args.runs):
                figures = run_child("core", data_dir)
                if args.gui:
                    figures |= run_child("gui", data_dir)
                runs.append(figures)
            everything[size] = runs
            medians[size] = {key: statistics.median(run[key] for run in runs) for key in runs[0]}
            print(f"  {group} {size}: done", flush=True)
        groups[group] = (sizes, medians)
    load = os.getloadavg()
    print(f"\nmedians of {args.runs} runs, fresh process each; load average {load[0]:.1f} {load[1]:.1f} "
          f"{load[2]:.1f} (a shared VM: expect 10-30 % noise)")
    for group, (sizes, medians) in groups.items():
        print()
        print("\n".join(report(group, sizes, medians)))
    if args.json:
        args.json.write_text(json.dumps(everything, indent=1))
    if args.plot:
        plot(args.plot, groups, before)
        print(f"\nplot written to {args.plot}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
