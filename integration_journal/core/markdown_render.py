"""Markdown to sanitised HTML for previews: python-markdown renders, nh3 keeps only plain formatting.

Journal text is the person's own, but it also arrives from imports and share bundles, so the output
is treated as untrusted: no scripts, styles, event handlers, images, frames, forms or embedded
resources of any kind survive. Links survive as text with an address (http, https or mailto; an
address without one of those schemes, relative or `//host`, loses its href) so the person can see
where they point; the preview never fetches or opens them. Bidirectional-text controls are removed
from links (their text, address and title), so a link cannot show one address while holding another
(U+202E and friends reorder what is drawn).

`markdown` and `nh3` are imported on first use: the unlock window must not wait for them.
"""

from __future__ import annotations

import re
import threading
from typing import Any
from urllib.parse import urlsplit

# What may appear in a preview. Everything else is dropped (its text kept), except the tags in
# _DROP_WITH_CONTENT, whose content goes too.
ALLOWED_TAGS: frozenset[str] = frozenset({
    "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6",
    "strong", "em", "b", "i", "u", "s", "del", "ins", "sub", "sup", "small", "mark",
    "code", "pre", "kbd", "samp", "blockquote", "q", "abbr",
    "ul", "ol", "li", "dl", "dt", "dd",
    "table", "thead", "tbody", "tfoot", "tr", "th", "td", "caption",
    "a", "span", "div",
})
_DROP_WITH_CONTENT: frozenset[str] = frozenset({
    "script", "style", "title", "head", "iframe", "frame", "frameset", "object", "embed", "applet",
    "noscript", "noembed", "noframes", "template", "svg", "math", "textarea", "select", "button",
    "audio", "video", "canvas", "map",
})
_ALLOWED_ATTRIBUTES: dict[str, set[str]] = {
    "a": {"href", "title"},
    "abbr": {"title"},
    "ol": {"start"},
    "th": {"align", "colspan", "rowspan"},
    "td": {"align", "colspan", "rowspan"},
}
LINK_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto"})
_ALIGN_VALUES = {"left", "right", "center"}

# Prose as people write it: tables, ``` fences, lists that start where the number says.
_EXTENSIONS: tuple[Any, ...] = ("fenced_code", "sane_lists")

_local = threading.local()
_cleaner_lock = threading.Lock()
_cleaner: Any = None


def _markdown() -> Any:
    """One Markdown converter per thread: python-markdown instances keep state while converting."""
    converter = getattr(_local, "converter", None)
    if converter is None:
        import markdown
        from markdown.extensions.tables import TableExtension

        converter = markdown.Markdown(
            extensions=[*_EXTENSIONS, TableExtension(use_align_attribute=True)],
            output_format="html",
        )
        _local.converter = converter
    return converter


# Controls that reorder how text is drawn: LRM, RLM, ALM, the embeddings and overrides, the isolates.
BIDI_CONTROLS = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")
_LINK = re.compile(r"<a\b[^>]*>.*?</a>", re.DOTALL | re.IGNORECASE)


def _href(value: str) -> str | None:
    """An address kept only with an allowed scheme: no relative, fragment-only or `//host` ones."""
    value = _BIDI.sub("", value).strip()
    try:
        scheme = urlsplit(value).scheme.lower()
    except ValueError:
        return None
    return value if scheme in LINK_SCHEMES else None


def _attribute_filter(tag: str, attribute: str, value: str) -> str | None:
    if attribute == "href":
        return _href(value)
    if attribute == "align":
        return value if value.lower() in _ALIGN_VALUES else None
    if attribute in ("colspan", "rowspan", "start"):
        return value if value.isdigit() and len(value) <= 4 else None
    return value


def _get_cleaner() -> Any:
    global _cleaner
    with _cleaner_lock:
        if _cleaner is None:
            import nh3

            _cleaner = nh3.Cleaner(
                tags=set(ALLOWED_TAGS),
                clean_content_tags=set(_DROP_WITH_CONTENT),
                attributes={tag: set(names) for tag, names in _ALLOWED_ATTRIBUTES.items()},
                attribute_filter=_attribute_filter,
                url_schemes=set(LINK_SCHEMES),
                strip_comments=True,
                link_rel="noopener noreferrer nofollow",
            )
        return _cleaner


def sanitise_html(html: str) -> str:
    """Keep only the allowed tags and attributes of `html` (also for HTML that did not come from Markdown)."""
    cleaned = _get_cleaner().clean(html)
    if _BIDI.search(cleaned) is None:
        return cleaned
    return _LINK.sub(lambda link: _BIDI.sub("", link.group(0)), cleaned)


def render_markdown(text: str) -> str:
    """The person's Markdown as sanitised HTML (a fragment, no <html> or <body>). Safe to call from
    any thread."""
    if not text.strip():
        return ""
    converter = _markdown()
    try:
        html = converter.convert(text)
    finally:
        converter.reset()
    return sanitise_html(html)
