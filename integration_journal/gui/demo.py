"""Demo mode: a throw-away journal full of made-up entries, so a newcomer can look around.

The journal lives in its own private folder under the user cache folder (not the system temp folder:
the cache folder belongs to this user, and leftovers are easy to find and are cleaned up at the next
demo start). It is an ordinary encrypted vault; its passphrase is random and shown on the unlock
window. The folder is deleted when the app exits. This is the one place where the app writes a
journal outside the data folder the person chose.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from integration_journal.crypto.kdf import KdfPolicy
from integration_journal.storage.paths import APP_NAME, lock_file

DEMO_FOLDER = "demo"
DEMO_NAME = "Sam (demo)"
CHUNK = 500  # records per transaction while filling: progress moves, memory stays flat
STALE_AFTER_S = 3600  # a lock-free folder younger than this may belong to a demo still being created

# Calm, concrete words for a passphrase that can be read off the screen and typed.
_WORDS = (
    "amber", "anchor", "autumn", "birch", "canyon", "cedar", "clover", "coral", "delta", "ember", "fern",
    "fjord", "garnet", "harbour", "hazel", "heron", "juniper", "kettle", "lantern", "linen", "maple",
    "meadow", "moss", "orchard", "pebble", "pine", "quartz", "quill", "river", "saffron", "spruce",
    "tide", "tulip", "velvet", "willow", "yarrow",
)


@dataclass
class DemoJournal:
    data_dir: Path
    passphrase: str = dataclasses.field(repr=False)

    def remove(self) -> None:
        """Delete the whole demo folder (the vault, its lock file and its backups)."""
        shutil.rmtree(self.data_dir, ignore_errors=True)

    @property
    def exists(self) -> bool:
        return self.data_dir.exists()


def demo_root() -> Path:
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / DEMO_FOLDER


def new_passphrase() -> str:
    words = secrets.SystemRandom().sample(_WORDS, 4)
    return " ".join(words) + f" {secrets.randbelow(90) + 10}"


def remove_stale_demos(root: Path | None = None, *, now: float | None = None) -> list[Path]:
    """Delete demo folders left by a crash: those whose instance lock nobody holds. Returns them."""
    from integration_journal.errors import VaultInUse
    from integration_journal.storage.instance import InstanceLock

    root = root or demo_root()
    if not root.is_dir():
        return []
    now = time.time() if now is None else now
    removed: list[Path] = []
    for folder in root.iterdir():
        if not folder.is_dir() or folder.is_symlink():
            continue
        if not lock_file(folder).exists() and now - folder.stat().st_mtime < STALE_AFTER_S:
            continue  # maybe being created right now
        try:
            lock = InstanceLock(lock_file(folder)).acquire()
        except (VaultInUse, OSError):
            continue
        lock.release()
        shutil.rmtree(folder, ignore_errors=True)
        removed.append(folder)
    return removed


def _chunks(items: Iterable, size: int) -> Iterator[list]:
    chunk: list = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def create_demo(*, entries: int = 10_000, days: int = 730, policy: KdfPolicy, root: Path | None = None,
                progress: Callable[[float], None] | None = None) -> DemoJournal:
    """Make and fill a demo journal, closed again, ready to be unlocked with its passphrase."""
    from integration_journal.core import sample_data
    from integration_journal.core.records import Profile
    from integration_journal.storage.workspace import Workspace

    report = progress or (lambda _fraction: None)
    root = root or demo_root()
    remove_stale_demos(root)
    root.mkdir(parents=True, exist_ok=True, mode=0o700)
    folder = root / secrets.token_hex(8)
    folder.mkdir(mode=0o700)
    demo = DemoJournal(folder, new_passphrase())
    try:
        report(0.0)
        ws, _kit = Workspace.create(folder, demo.passphrase, role="patient", display_name=DEMO_NAME,
                                    policy=policy, progress=lambda f: report(0.1 * f), remember_here=False)
        with ws:
            journal = ws.journal
            profile = journal.list(kind="profile")[0]
            generated = sample_data.generate(entries=entries, days=days, name=DEMO_NAME)
            total = entries + int(days * 1.3) + 60  # about what generate() yields besides the entries
            done = 0
            for chunk in _chunks(generated, CHUNK):
                for record in [r for r in chunk if isinstance(r, Profile)]:
                    chunk.remove(record)
                    journal.update(dataclasses.replace(record, id=profile.id, created=profile.created))
                journal.add_many(chunk)
                done += len(chunk)
                report(0.1 + 0.88 * min(1.0, done / total))
            journal.audit("demo_created", records=done)
        report(1.0)
    except BaseException:
        demo.remove()
        raise
    with contextlib.suppress(OSError):
        os.utime(folder)
    return demo
