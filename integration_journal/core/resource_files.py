"""Where the app's content files are: prompt packs, measures, crisis lines, help pages, styles,
translations, and the desktop assets (icons, the .desktop file, AppStream metainfo).

They live in the repository's top-level `resources/` folder, apart from the code, so clinicians and
translators find them. `setup.py` and `pyproject.toml` map that folder into the package as
`integration_journal/resources/` (the package `integration_journal.resources`), so in a wheel, an
installed copy and the frozen bundle (packaging/) they sit beside the code and `importlib.resources`
finds them there. A checkout or an editable install has no such folder inside the package: there they
are read from the checkout's own `resources/`, the same single copy of each file.
"""

from __future__ import annotations

import functools
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

PACKAGE = "integration_journal"
FOLDER = "resources"


@functools.cache
def resource_roots() -> tuple[Traversable, ...]:
    """The folders content is looked up in, in order: the package's own `resources/` (a wheel, an
    installed copy, the frozen bundle), then the checkout's top-level `resources/` when the package
    runs from a checkout (editable installs and `make run`)."""
    packaged = resources.files(PACKAGE) / FOLDER
    roots: list[Traversable] = [packaged]
    package_dir = Path(str(resources.files(PACKAGE)))
    checkout = package_dir.parent
    # A checkout is recognised by its pyproject.toml beside the package, never by a stray resources/
    # folder beside an installed package (site-packages/resources may belong to anyone).
    if (checkout / "pyproject.toml").is_file() and (checkout / FOLDER).is_dir():
        roots.append(checkout / FOLDER)
    return tuple(roots)


def resource(*parts: str) -> Traversable:
    """The content file or folder at `parts` under resources/, e.g. resource("styles", "light.json").
    A name found nowhere gives its place in the package, so reading it fails with the usual error."""
    candidates = []
    for root in resource_roots():
        candidate = root
        for part in parts:
            candidate = candidate / part
        if candidate.is_file() or candidate.is_dir():
            return candidate
        candidates.append(candidate)
    return candidates[0]


def resource_path(*parts: str) -> Path:
    """resource(...) as a file-system path, for Qt APIs that take a file name (icons, style sheets).
    The package is always installed as files (never zipped), in a wheel and in the frozen bundle."""
    return Path(str(resource(*parts)))
