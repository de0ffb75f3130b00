"""How the summary and the briefs write dates and decimals: the conventions of the app's locale.

The ui works them out from the app's locale (`ui/summary_locale.py`: English texts with the conventions of the
person's country, docs/architecture.md "Time, zones and locales") and hands them to the renderers, so a
person in France or Germany gets day-first dates and a decimal comma ("05/03/2025", "37,5 mg") in the same
words. Without one, the renderers write ISO 8601 dates and a decimal point (`ISO`).

The renderers' many helpers read the formats of the document being written through `current()`; the
top-level functions (`summary_markdown`, `section_markdown`, `brief_markdown`, ...) set them with `using` for
exactly as long as they run, on their own thread (a context variable), so a PDF written in the background
cannot change a preview being built at the same time.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Iterator
from contextvars import ContextVar
from dataclasses import dataclass

DATE_ORDERS = ("ymd", "dmy", "mdy")


@dataclass(frozen=True, slots=True)
class Formats:
    """Dates as day, month and four-digit year in `date_order` joined by `date_separator`; `decimal` the mark
    between a number's whole part and its decimals."""

    date_order: str = "ymd"
    date_separator: str = "-"
    decimal: str = "."

    def __post_init__(self) -> None:
        if self.date_order not in DATE_ORDERS:
            raise ValueError(f"date_order must be one of {', '.join(DATE_ORDERS)}")
        if len(self.date_separator) != 1 or self.date_separator.isalnum():
            raise ValueError("date_separator must be one punctuation character")
        if len(self.decimal) != 1 or self.decimal.isdigit():
            raise ValueError("decimal must be one character that is not a digit")

    def date(self, day: dt.date) -> str:
        """"2025-03-05" (ISO), "05/03/2025" (day first), "03/05/2025" (month first)."""
        parts = {"y": f"{day.year:04d}", "m": f"{day.month:02d}", "d": f"{day.day:02d}"}
        return self.date_separator.join(parts[key] for key in self.date_order)

    def moment(self, when: dt.datetime) -> str:
        """A date and a 24-hour time: "05/03/2025 09:15"."""
        return f"{self.date(when.date())} {when:%H:%M}"

    def number(self, text: str) -> str:
        """A number written with a point ("37.5"), with this decimal mark ("37,5")."""
        return text.replace(".", self.decimal) if self.decimal != "." else text


ISO = Formats()

_CURRENT: ContextVar[Formats] = ContextVar("summary_formats", default=ISO)


def current() -> Formats:
    """The formats of the document being written (ISO outside `using`)."""
    return _CURRENT.get()


@contextlib.contextmanager
def using(formats: Formats | None) -> Iterator[Formats]:
    """Write with `formats` (None: keep the current ones) until the block ends."""
    token = _CURRENT.set(formats if formats is not None else _CURRENT.get())
    try:
        yield _CURRENT.get()
    finally:
        _CURRENT.reset(token)
