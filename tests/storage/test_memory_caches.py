"""storage.memory.release_free_heap also drops the source-line cache that PySide's import hook fills
(issue #16: ~18 MiB of module sources held for the whole session)."""

from __future__ import annotations

import linecache
import sys
import traceback

from integration_journal.storage.memory import release_free_heap


def test_source_lines_read_for_a_module_are_dropped(tmp_path, monkeypatch):
    module = tmp_path / "memory_probe_module.py"
    module.write_text("def fail():\n    raise ValueError('probe')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    import memory_probe_module  # noqa: PLC0415 - a module made for this test

    try:
        assert linecache.getline(str(module), 2).strip() == "raise ValueError('probe')"
        assert str(module) in linecache.cache  # what inspect.getsource leaves behind, as PySide's hook does
        release_free_heap()
        assert str(module) not in linecache.cache
        # A traceback printed later still shows the line: linecache reads the file again.
        try:
            memory_probe_module.fail()
        except ValueError:
            assert "raise ValueError('probe')" in traceback.format_exc()
    finally:
        sys.modules.pop("memory_probe_module", None)
