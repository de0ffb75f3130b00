"""The appointment summary's dates and decimals in the app's locale (ui/app_locale.py): the order of day, month
and year and the decimal mark of the person's country, always with a four-digit year (a clinical document is
kept for years; "3/5/25" would be ambiguous). The GUI's page and the command line's export both use it, so
both write the same text.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale

from integration_journal.core.summary import Formats


def summary_formats(locale: QLocale | None = None) -> Formats:
    """The `Formats` of `locale` (default: the app's, QLocale()): "05/03/2025" and "37,5" in France,
    "03/05/2025" and "37.5" in the United States, "05.03.2025" in Switzerland, "2025-03-05" in Sweden."""
    locale = locale if locale is not None else QLocale()
    pattern = locale.dateFormat(QLocale.FormatType.ShortFormat)
    order = ""
    separator = ""
    for ch in pattern:
        key = {"y": "y", "M": "m", "d": "d"}.get(ch)
        if key is not None:
            if key not in order:
                order += key
        elif order and not separator and not ch.isspace() and not ch.isalnum():
            separator = ch
    if order not in ("ymd", "dmy", "mdy"):  # a pattern with day names or no year: day, month, year as ISO
        order, separator = "ymd", "-"
    decimal = locale.decimalPoint()
    return Formats(date_order=order, date_separator=separator or "-", decimal=decimal if len(decimal) == 1 else ".")


def qt_date_pattern(formats: Formats) -> str:
    """The same dates as a Qt pattern, for a chart's date axis: "dd/MM/yyyy"."""
    parts = {"y": "yyyy", "m": "MM", "d": "dd"}
    return formats.date_separator.join(parts[key] for key in formats.date_order)
