"""Markdown previews: ordinary formatting survives; scripts, styles, handlers, images and resources never do."""

from __future__ import annotations

import re
import threading
from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from integration_journal.core.markdown_render import ALLOWED_TAGS, render_markdown, sanitise_html


def test_basic_formatting_lists_headings_code_quotes_and_tables() -> None:
    html = render_markdown(
        "# Heading\n\n*em* **strong** `code`\n\n> a quote\n\n- one\n- two\n\n3. three\n4. four\n\n"
        "| a | b |\n|:--|--:|\n| 1 | 2 |\n\n```\nfenced <b>not bold</b>\n```\n")
    for fragment in ("<h1>Heading</h1>", "<em>em</em>", "<strong>strong</strong>", "<code>code</code>",
                     "<blockquote>", "<ul>", "<li>one</li>", '<ol start="3">', "<table>", '<th align="left">a</th>',
                     '<td align="right">2</td>', "<pre><code>fenced &lt;b&gt;not bold&lt;/b&gt;"):
        assert fragment in html


def test_empty_text_renders_nothing() -> None:
    assert render_markdown("") == ""
    assert render_markdown("  \n\t") == ""


@pytest.mark.parametrize("text", [
    "<script>alert('x')</script>after",
    "<SCRIPT SRC=http://evil.example/x.js></SCRIPT>after",
    "<scr<script>ipt>alert(1)</script>after",
])
def test_scripts_are_removed_with_their_content(text: str) -> None:
    html = render_markdown(text)
    assert "script" not in html.lower()
    assert "alert" not in html
    assert "after" in html


@pytest.mark.parametrize("text", [
    "![a picture](http://tracker.example/pixel.png)",
    '<img src="http://tracker.example/pixel.png" onerror="alert(1)">',
    '<img src="file:///home/sam/secret.png">',
    "<iframe src='https://evil.example/'></iframe>",
    "<object data='https://evil.example/x.swf'></object><embed src='x'>",
    "<link rel='stylesheet' href='https://evil.example/x.css'>",
    "<svg><image href='https://evil.example/x.png'/></svg>",
    "<video src='https://evil.example/v.mp4' poster='https://evil.example/p.png'></video>",
    "<audio src='https://evil.example/a.mp3'></audio>",
    "<table background='https://evil.example/bg.png'><tr><td>x</td></tr></table>",
    "<form action='https://evil.example/'><input name=a></form>",
])
def test_nothing_that_would_load_a_resource_survives(text: str) -> None:
    html = render_markdown(text)
    assert "evil.example" not in html and "tracker.example" not in html and "file:" not in html
    assert not re.search(r"<(img|iframe|object|embed|link|svg|image|video|audio|form|input|source)\b", html)
    assert "src=" not in html and "background" not in html and "poster" not in html


@pytest.mark.parametrize("href", [
    "javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)", "vbscript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD4=", "file:///etc/passwd",
])
def test_dangerous_link_targets_are_dropped_but_the_text_stays(href: str) -> None:
    for text in (f"[click me]({href})", f'<a href="{href}">click me</a>'):
        html = render_markdown(text)
        assert "click me" in html
        assert "href" not in html
        assert "javascript" not in html.lower() and "data:" not in html and "file:" not in html


def test_ordinary_links_are_kept_with_a_safe_rel() -> None:
    html = render_markdown("[my clinic](https://clinic.example/ \"Clinic\") and <mailto:me@example.org>")
    assert '<a href="https://clinic.example/" title="Clinic" rel="noopener noreferrer nofollow">my clinic</a>' in html
    assert 'href="mailto:me@example.org"' in html


@pytest.mark.parametrize("text", [
    '<p style="position:fixed" onclick="steal()" onmouseover="x()">hi</p>',
    "<style>body { background: url(https://evil.example/x) }</style>hi",
    '<div class="x" id="y" data-x="1">hi</div>',
])
def test_no_styles_classes_ids_or_event_handlers(text: str) -> None:
    html = render_markdown(text)
    assert "hi" in html
    for word in ("style", "onclick", "onmouseover", "class=", "id=", "data-x", "evil.example", "steal"):
        assert word not in html


def test_comments_are_stripped() -> None:
    assert "secret" not in render_markdown("<!-- secret -->visible")


def test_sanitise_html_alone_applies_the_same_rules() -> None:
    html = sanitise_html('<b onclick="x()">bold</b><img src="http://e/x.png"><a href="javascript:x">y</a>')
    assert html == '<b>bold</b><a rel="noopener noreferrer nofollow">y</a>'


def test_rendering_works_from_several_threads_at_once() -> None:
    results: list[str] = []
    errors: list[BaseException] = []

    def work(n: int) -> None:
        try:
            for _ in range(20):
                results.append(render_markdown(f"# Title {n}\n\n- item *{n}*"))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors
    assert len(results) == 80
    assert all(r.startswith("<h1>Title ") and "<em>" in r for r in results)


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append((tag, attrs))


_SAFE_ATTRIBUTES = {"href", "title", "rel", "start", "align", "colspan", "rowspan"}


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(list("<>/=\"' abcxyz:()[]!*#-`\n") + [
    "<script>", "<img src=", "javascript:", "onerror=", "<a href=", "<style>", "http://x/", "<svg", "](",
]), max_size=60).map("".join))
def test_any_input_yields_only_allowed_tags_and_attributes(text: str) -> None:
    collector = _Collector()
    collector.feed(render_markdown(text))
    for tag, attrs in collector.tags:
        assert tag in ALLOWED_TAGS
        for name, value in attrs:
            assert name in _SAFE_ATTRIBUTES
            if name == "href":
                assert not (value or "").strip().lower().startswith(("javascript", "data", "file", "vbscript"))
