"""Identity keys and the self-signed contact card (`.ijcard`, or as armored text) that publishes them.

Binary card: "IJCARD1\\0" ‖ canonical CBOR body ‖ Ed25519 signature (64 B) by the card's own identity
key over "ij/v1/card" ‖ magic ‖ body. The body is a map with exactly the keys
{v, suite, id, name, role, ed25519, mlkem768, x25519, created} (see docs/share-format.md).

Text card: the binary card in Base64 between BEGIN/END lines with a checksum line, so a card pasted
into an e-mail or chat and back is either byte-identical or reported as mistyped.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
from dataclasses import dataclass, field
from functools import cached_property

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hpke
from cryptography.hazmat.primitives.asymmetric import ed25519, mlkem, x25519

from integration_journal.crypto import cbor
from integration_journal.crypto.names import name_problem
from integration_journal.errors import CardProblem, CardRejected

MAGIC = b"IJCARD1\0"
MAGIC_FAMILY = b"IJCARD"
VERSION = 1
SUITE = 0x0001  # HPKE MLKEM768_X25519 / HKDF_SHA256 / CHACHA20_POLY1305 + Ed25519 signatures
CARD_MAX = 4096  # a real card is about 1.4 KB
SIGNATURE_BYTES = 64
STABLE_ID_BYTES = 16
ED25519_BYTES = 32
X25519_BYTES = 32
MLKEM768_PUBLIC_BYTES = 1184
MLKEM_SEED_BYTES = 64
NAME_MAX = 200
ROLES = ("patient", "therapist")
TEXT_BEGIN = "-----BEGIN INTEGRATION JOURNAL CONTACT CARD-----"
TEXT_END = "-----END INTEGRATION JOURNAL CONTACT CARD-----"
TEXT_MAX = 8192
_CARD_CONTEXT = b"ij/v1/card"
_BODY_KEYS = frozenset(("v", "suite", "id", "name", "role", "ed25519", "mlkem768", "x25519", "created"))

HPKE_SUITE = hpke.Suite(hpke.KEM.MLKEM768_X25519, hpke.KDF.HKDF_SHA256, hpke.AEAD.CHACHA20_POLY1305)


def recipient_fingerprint(mlkem_pk: bytes, x25519_pk: bytes) -> bytes:
    """SHA-256("ij/v1/fpr" ‖ HPKE public key): how a bundle header names its recipient."""
    return hashlib.sha256(b"ij/v1/fpr" + mlkem_pk + x25519_pk).digest()


def key_fingerprint(identity_key: bytes, mlkem_pk: bytes, x25519_pk: bytes) -> bytes:
    """One fingerprint over all of a card's public keys: if any key changes, so does this."""
    return hashlib.sha256(b"ij/v1/keys" + identity_key + mlkem_pk + x25519_pk).digest()


def format_fingerprint(fingerprint: bytes) -> str:
    """Hex in groups of four, e.g. for a details pane: '3f2a 9c01 …'."""
    text = fingerprint.hex()
    return " ".join(text[i:i + 4] for i in range(0, len(text), 4))


@dataclass(frozen=True, slots=True)
class ContactCard:
    """A parsed, signature-checked contact card. Build one with `parse`/`parse_text`/`IdentityKeys.card`."""

    name: str
    role: str
    stable_id: bytes
    identity_key: bytes  # Ed25519 public key
    mlkem_pk: bytes
    x25519_pk: bytes
    created: int  # Unix seconds
    raw: bytes = field(repr=False)  # the exact card bytes, as signed

    @property
    def fingerprint(self) -> bytes:
        return key_fingerprint(self.identity_key, self.mlkem_pk, self.x25519_pk)

    @property
    def recipient_fingerprint(self) -> bytes:
        return recipient_fingerprint(self.mlkem_pk, self.x25519_pk)

    @property
    def hpke_public_bytes(self) -> bytes:
        return self.mlkem_pk + self.x25519_pk

    def hpke_public_key(self) -> hpke.MLKEM768X25519PublicKey:
        try:
            return hpke.MLKEM768X25519PublicKey(mlkem.MLKEM768PublicKey.from_public_bytes(self.mlkem_pk),
                                                x25519.X25519PublicKey.from_public_bytes(self.x25519_pk))
        except ValueError:
            raise CardRejected(CardProblem.BAD_KEY) from None

    def to_bytes(self) -> bytes:
        return self.raw

    def to_text(self) -> str:
        return card_text(self.raw)

    @classmethod
    def parse(cls, data: bytes) -> ContactCard:
        return parse_card(data)


def card_text(raw: bytes) -> str:
    encoded = base64.b64encode(raw).decode("ascii")
    lines = [encoded[i:i + 64] for i in range(0, len(encoded), 64)]
    return "\n".join([TEXT_BEGIN, *lines, f"Checksum: {_checksum(raw)}", TEXT_END]) + "\n"


def _checksum(raw: bytes) -> str:
    digest = hashlib.sha256(b"ij/v1/card-text" + raw).hexdigest()[:12].upper()
    return "-".join(digest[i:i + 4] for i in range(0, 12, 4))


def _signed_message(body: bytes) -> bytes:
    return _CARD_CONTEXT + MAGIC + body


def parse_card(data: bytes | bytearray | memoryview) -> ContactCard:
    """The card in `data` (binary form); raises CardRejected with one specific reason, nothing else."""
    if not isinstance(data, bytes | bytearray | memoryview):
        raise CardRejected(CardProblem.NOT_A_CARD)
    if len(data) > CARD_MAX:
        raise CardRejected(CardProblem.TOO_LARGE)
    data = bytes(data)
    if not data.startswith(MAGIC_FAMILY):
        raise CardRejected(CardProblem.NOT_A_CARD)
    if not data.startswith(MAGIC):
        raise CardRejected(CardProblem.UNSUPPORTED_VERSION)
    if len(data) < len(MAGIC) + 1 + SIGNATURE_BYTES:
        raise CardRejected(CardProblem.MALFORMED)
    body, signature = data[len(MAGIC):-SIGNATURE_BYTES], data[-SIGNATURE_BYTES:]
    try:
        document = cbor.decode(body)
    except cbor.CborError:
        raise CardRejected(CardProblem.MALFORMED) from None
    if not isinstance(document, dict) or document.keys() != _BODY_KEYS:
        raise CardRejected(CardProblem.MALFORMED)
    if document["v"] != VERSION or document["suite"] != SUITE:
        raise CardRejected(CardProblem.UNSUPPORTED_VERSION)
    name, role, created = document["name"], document["role"], document["created"]
    if (not isinstance(name, str) or not name.strip() or len(name) > NAME_MAX or role not in ROLES
            or type(created) is not int):
        raise CardRejected(CardProblem.MALFORMED)
    if name_problem(name) is not None:  # controls, bidirectional overrides, invisible characters
        raise CardRejected(CardProblem.BAD_NAME)
    sizes = {"id": STABLE_ID_BYTES, "ed25519": ED25519_BYTES, "mlkem768": MLKEM768_PUBLIC_BYTES,
             "x25519": X25519_BYTES}
    for key, size in sizes.items():
        if not isinstance(document[key], bytes) or len(document[key]) != size:
            raise CardRejected(CardProblem.MALFORMED)
    try:
        identity = ed25519.Ed25519PublicKey.from_public_bytes(document["ed25519"])
        mlkem.MLKEM768PublicKey.from_public_bytes(document["mlkem768"])
        x25519.X25519PublicKey.from_public_bytes(document["x25519"])
    except ValueError:
        raise CardRejected(CardProblem.BAD_KEY) from None
    try:
        identity.verify(signature, _signed_message(body))
    except InvalidSignature:
        raise CardRejected(CardProblem.BAD_SIGNATURE) from None
    return ContactCard(name=name, role=role, stable_id=document["id"], identity_key=document["ed25519"],
                       mlkem_pk=document["mlkem768"], x25519_pk=document["x25519"], created=created, raw=data)


_ARMOR = re.compile(re.escape(TEXT_BEGIN) + r"(.*?)" + re.escape(TEXT_END), re.S)
_CHECKSUM_LINE = re.compile(r"^[\s>]*Checksum:\s*([0-9A-Fa-f]{4}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{4})\s*$", re.M)


def parse_card_text(text: str) -> ContactCard:
    """A card pasted as text (surrounding words, quoting '>' and blank lines are ignored)."""
    if not isinstance(text, str):
        raise CardRejected(CardProblem.NOT_A_CARD)
    if len(text) > TEXT_MAX:
        raise CardRejected(CardProblem.TOO_LARGE)
    found = _ARMOR.search(text)
    if found is None:
        raise CardRejected(CardProblem.NOT_A_CARD)
    inner = found.group(1)
    checksum = _CHECKSUM_LINE.search(inner)
    if checksum is None:
        raise CardRejected(CardProblem.BAD_CHECKSUM)
    letters = re.sub(r"[\s>]+", "", inner[:checksum.start()])
    try:
        raw = base64.b64decode(letters, validate=True)
    except (binascii.Error, ValueError):
        raise CardRejected(CardProblem.BAD_CHECKSUM) from None
    if not hmac.compare_digest(checksum.group(1).upper(), _checksum(raw)):
        raise CardRejected(CardProblem.BAD_CHECKSUM)
    return parse_card(raw)


def parse_any_card(data: bytes | str) -> ContactCard:
    """A card from file bytes or pasted text, whichever form it is in."""
    if isinstance(data, str):
        return parse_card_text(data)
    if isinstance(data, bytes | bytearray | memoryview) and bytes(data[:len(MAGIC_FAMILY)]) == MAGIC_FAMILY:
        return parse_card(data)
    if isinstance(data, bytes | bytearray | memoryview) and len(data) <= TEXT_MAX:
        try:
            return parse_card_text(bytes(data).decode("utf-8"))
        except UnicodeDecodeError:
            pass
    if isinstance(data, bytes | bytearray | memoryview) and len(data) > TEXT_MAX:
        raise CardRejected(CardProblem.TOO_LARGE)
    raise CardRejected(CardProblem.NOT_A_CARD)


@dataclass(frozen=True)
class IdentityKeys:
    """This vault's own private keys: Ed25519 for signing, ML-KEM-768 + X25519 for receiving.

    Derived keys are computed once per object (ML-KEM key expansion is the costly part).
    """

    stable_id: bytes
    signing_seed: bytes = field(repr=False)  # Ed25519 private key, 32 B
    mlkem_seed: bytes = field(repr=False)  # 64 B
    x25519_seed: bytes = field(repr=False)  # 32 B

    @classmethod
    def generate(cls) -> IdentityKeys:
        return cls(stable_id=os.urandom(STABLE_ID_BYTES), signing_seed=os.urandom(32),
                   mlkem_seed=os.urandom(MLKEM_SEED_BYTES), x25519_seed=os.urandom(32))

    def signing_key(self) -> ed25519.Ed25519PrivateKey:
        return self._signing

    def hpke_private_key(self) -> hpke.MLKEM768X25519PrivateKey:
        return self._hpke

    @cached_property
    def _signing(self) -> ed25519.Ed25519PrivateKey:
        return ed25519.Ed25519PrivateKey.from_private_bytes(self.signing_seed)

    @cached_property
    def _mlkem(self) -> mlkem.MLKEM768PrivateKey:
        return mlkem.MLKEM768PrivateKey.from_seed_bytes(self.mlkem_seed)

    @cached_property
    def _x25519(self) -> x25519.X25519PrivateKey:
        return x25519.X25519PrivateKey.from_private_bytes(self.x25519_seed)

    @cached_property
    def _hpke(self) -> hpke.MLKEM768X25519PrivateKey:
        return hpke.MLKEM768X25519PrivateKey(self._mlkem, self._x25519)

    @cached_property
    def identity_public(self) -> bytes:
        return self._signing.public_key().public_bytes_raw()

    @cached_property
    def mlkem_public(self) -> bytes:
        return self._mlkem.public_key().public_bytes_raw()

    @cached_property
    def x25519_public(self) -> bytes:
        return self._x25519.public_key().public_bytes_raw()

    @cached_property
    def recipient_fingerprint(self) -> bytes:
        return recipient_fingerprint(self.mlkem_public, self.x25519_public)

    def card(self, name: str, role: str, created: int) -> ContactCard:
        """This identity's signed contact card."""
        body = cbor.encode({"v": VERSION, "suite": SUITE, "id": self.stable_id, "name": name, "role": role,
                            "ed25519": self.identity_public, "mlkem768": self.mlkem_public,
                            "x25519": self.x25519_public, "created": created})
        signature = self.signing_key().sign(_signed_message(body))
        return parse_card(MAGIC + body + signature)  # the same checks as any received card

    def sign(self, message: bytes) -> bytes:
        return self.signing_key().sign(message)
