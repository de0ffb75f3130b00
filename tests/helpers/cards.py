"""Contact cards as a hostile or careless app could make them: properly self-signed, any name."""

from __future__ import annotations

from integration_journal.crypto import cards, cbor
from integration_journal.crypto.cards import MAGIC, IdentityKeys


def signed_card(name: str, keys: IdentityKeys | None = None, role: str = "therapist") -> bytes:
    """The binary card of `keys` (new ones by default) under `name`, signed like a real card, without the
    checks IdentityKeys.card makes: what reaches parse_card from someone else's app."""
    keys = keys or IdentityKeys.generate()
    body = cbor.encode({"v": cards.VERSION, "suite": cards.SUITE, "id": keys.stable_id, "name": name, "role": role,
                        "ed25519": keys.identity_public, "mlkem768": keys.mlkem_public,
                        "x25519": keys.x25519_public, "created": 1_700_000_000})
    return MAGIC + body + keys.sign(cards._signed_message(body))
