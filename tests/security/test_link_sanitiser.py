"""Links in rendered Markdown cannot disguise where they point (issue #14, item 9): bidirectional-text
controls are removed from a link's text, address and title, and an address without an allowed scheme
(relative, fragment-only, `//host`) loses its href, while the person's own right-to-left text outside
links is left as written."""

from __future__ import annotations

import pytest

from integration_journal.core.markdown_render import BIDI_CONTROLS, render_markdown, sanitise_html


@pytest.mark.parametrize("control", list(BIDI_CONTROLS))
def test_bidi_controls_are_removed_from_links(control) -> None:
    html = render_markdown(f'[invoice{control}fdp.exe](https://bank.example/{control}pay "t{control}itle")')
    assert control not in html
    assert 'href="https://bank.example/pay"' in html and ">invoicefdp.exe</a>" in html and 'title="title"' in html


def test_bidi_controls_arriving_as_entities_in_html_are_removed_too() -> None:
    html = sanitise_html('<a href="https://x.example/">a&#8238;gpj.exe</a>')
    assert "\u202e" not in html and ">agpj.exe</a>" in html


def test_right_to_left_text_outside_links_is_left_alone() -> None:
    text = "\u202bשלום\u202c and a [link](https://example.org)"
    assert "\u202bשלום\u202c" in render_markdown(text)


@pytest.mark.parametrize("address", ["evil.example/login", "//evil.example/login", "#top", "/etc/passwd",
                                     "file:///etc/passwd", "javascript:alert(1)", "data:text/html,x",
                                     "\u202ehttps://example.org"])
def test_addresses_without_an_allowed_scheme_lose_their_href(address) -> None:
    html = render_markdown(f"[where]({address})")
    assert "href" not in html.replace("\u202e", "") or 'href="https://example.org"' in html
    assert ">where</a>" in html


@pytest.mark.parametrize("address", ["https://example.org/a?b=c", "http://example.org", "mailto:lee@example.org",
                                     "HTTPS://EXAMPLE.ORG"])
def test_addresses_with_an_allowed_scheme_are_kept(address) -> None:
    assert f'href="{address}"' in render_markdown(f"[where]({address})")
