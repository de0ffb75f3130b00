"""The summary as a printable HTML document: its Markdown rendered and cleaned, in our own head and style."""

from __future__ import annotations

from integration_journal.core.markdown_render import render_markdown
from integration_journal.core.summary.formats import Formats
from integration_journal.core.summary.markdown import section_markdown
from integration_journal.core.summary.model import Summary
from integration_journal.core.summary.wording import HEADER_TITLE, Translate, _same


def section_html(summary: Summary, tr: Translate = _same, formats: Formats | None = None) -> list[tuple[str, str]]:
    """(section id, sanitised HTML fragment) per section: the Markdown, rendered and cleaned."""
    return [(name, render_markdown(text)) for name, text in section_markdown(summary, tr, formats)]


HTML_STYLE = """
body { font-family: sans-serif; font-size: 11pt; line-height: 1.35; max-width: 60em; margin: 1.5em auto;
       color: #1d1d1f; background: #ffffff; }
table { border-collapse: collapse; margin: 0.5em 0; }
th, td { border: 1px solid #9a9a9a; padding: 0.2em 0.45em; text-align: left; vertical-align: top; }
th { background: #ececec; }
.safety-flags { border: 2px solid #a40000; padding: 0.2em 1em; margin: 1em 0; }
.safety-flags h2 { color: #a40000; }
@media print { body { margin: 0; } }
""".strip()


def html_document(body: str, title: str) -> str:
    """A printable HTML document: our own head and style around an already sanitised body."""
    return ("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
            f"<title>{escape_html(title)}</title>\n<style>\n{HTML_STYLE}\n</style>\n</head>\n<body>\n"
            f"{body}\n</body>\n</html>\n")


def summary_html(summary: Summary, tr: Translate = _same, formats: Formats | None = None) -> str:
    """The summary as a printable HTML document; the safety flags in a framed block."""
    parts = []
    for name, html in section_html(summary, tr, formats):
        parts.append(f'<div class="safety-flags">\n{html}\n</div>' if name == "safety" else html)
    return html_document("\n".join(parts), tr(HEADER_TITLE))


def escape_html(text: str) -> str:
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))
