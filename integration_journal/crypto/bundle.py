"""The share bundle (`.ijshare`): written for one recipient, signed by its sender, checked in full on receipt.

Layout (docs/share-format.md has the details and the reasons):

    magic "IJSHARE\\0" (8) ‖ version u8 = 1 ‖ suite u16 = 1 ‖ hlen u16 ‖ header (canonical CBOR)
    ‖ enc_ct (HPKE single-shot of the 32-byte file key, info = "ij/v1/share" ‖ magic..header; 1168 B)
    ‖ payload: 16-byte nonce ‖ STREAM chunks (64 KiB plaintext each, ChaCha20-Poly1305,
               nonce = 11-byte big-endian chunk index ‖ last-chunk flag)

The payload plaintext is canonical CBOR (sender, sequence, items …) followed by a 64-byte Ed25519
signature over "ij/v1/share-sig" ‖ SHA-256(magic..header) ‖ SHA-256(recipient HPKE key) ‖ SHA-256(CBOR).

`open_bundle` runs every check in a fixed order and returns the contents only when all passed; each
failure raises BundleRejected with exactly one BundleProblem.
"""

from __future__ import annotations

import hashlib
import os
import struct
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ed25519
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from integration_journal.crypto import cbor
from integration_journal.crypto.cards import HPKE_SUITE, ContactCard, IdentityKeys
from integration_journal.errors import BundleProblem, BundleRejected

MAGIC = b"IJSHARE\0"
VERSION = 1
SUITE = 0x0001
PREFIX = struct.Struct(">8sBHH")  # magic, version, suite, hlen
HEADER_MAX = 4096
ENC_CT_BYTES = 1120 + 32 + 16  # ML-KEM-768+X25519 encapsulation, file key, AEAD tag
NONCE_BYTES = 16
CHUNK = 64 * 1024
TAG = 16
BUNDLE_MAX = 64 * 1024 * 1024
ITEMS_MAX = 100_000
ITEM_KIND_MAX = 32
SIGNATURE_BYTES = 64
BUNDLE_ID_BYTES = 16
_HEADER_KEYS = frozenset(("bundle_id", "recipient_fpr", "payload_len"))
_INNER_KEYS = frozenset(("v", "sender_id", "sender_key", "seq", "created", "bundle_id", "recipient_fpr",
                         "items"))
_ITEM_KEYS = frozenset(("kind", "id", "rev", "data"))
_INFO = b"ij/v1/share"
_SIG_CONTEXT = b"ij/v1/share-sig"

Progress = Callable[[int, int], None]  # (bytes done, bytes in all)


@dataclass(frozen=True, slots=True)
class BundleItem:
    """One thing carried by a bundle: `kind` says how to read `data`; `revision` orders updates."""

    kind: str
    item_id: bytes
    revision: int
    data: bytes = field(repr=False)


@dataclass(frozen=True, slots=True)
class BundleHeader:
    bundle_id: bytes
    recipient_fpr: bytes
    payload_len: int
    signed_prefix: bytes = field(repr=False)  # magic..header, as bound into HPKE info and the signature


@dataclass(frozen=True, slots=True)
class BundleContents:
    """What a fully checked bundle holds."""

    bundle_id: bytes
    sender_id: bytes
    sender_key: bytes
    sequence: int
    created: int  # Unix seconds, as the sender's clock said
    items: tuple[BundleItem, ...]


@dataclass(frozen=True, slots=True)
class KnownSender:
    """What the receiver's vault knows about a sender (looked up by the sender's stable id)."""

    identity_key: bytes  # pinned Ed25519 public key
    verified: bool
    last_sequence: int | None
    seen_bundle_ids: frozenset[bytes] = frozenset()


SenderLookup = Callable[[bytes], KnownSender | None]


def _reject(problem: BundleProblem) -> BundleRejected:
    return BundleRejected(problem)


# --- writing ----------------------------------------------------------------------------------------

def _payload_key(file_key: bytes, nonce: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=nonce, info=b"ij/v1/payload").derive(file_key)


def _chunk_nonce(index: int, last: bool) -> bytes:
    return index.to_bytes(11, "big") + (b"\x01" if last else b"\x00")


def _sig_message(signed_prefix: bytes, recipient_hpke_pk: bytes, inner: bytes) -> bytes:
    return (_SIG_CONTEXT + hashlib.sha256(signed_prefix).digest() + hashlib.sha256(recipient_hpke_pk).digest()
            + hashlib.sha256(inner).digest())


def _encrypted_size(plain_len: int) -> int:
    chunks = max(1, -(-plain_len // CHUNK))
    return NONCE_BYTES + plain_len + chunks * TAG


def write_bundle(items: Iterable[BundleItem], *, sender: IdentityKeys, recipient: ContactCard, sequence: int,
                 created: int, bundle_id: bytes | None = None, progress: Progress | None = None,
                 _file_key: bytes | None = None, _nonce: bytes | None = None) -> bytes:
    """The bundle bytes. `_file_key`/`_nonce` exist for reproducible test vectors only."""
    bundle_id = bundle_id or os.urandom(BUNDLE_ID_BYTES)
    inner = cbor.encode({
        "v": VERSION, "sender_id": sender.stable_id, "sender_key": sender.identity_public, "seq": sequence,
        "created": created, "bundle_id": bundle_id, "recipient_fpr": recipient.recipient_fingerprint,
        "items": [{"kind": i.kind, "id": i.item_id, "rev": i.revision, "data": i.data} for i in items],
    })
    plain_len = len(inner) + SIGNATURE_BYTES
    payload_len = _encrypted_size(plain_len)
    header = cbor.encode({"bundle_id": bundle_id, "recipient_fpr": recipient.recipient_fingerprint,
                          "payload_len": payload_len})
    signed_prefix = PREFIX.pack(MAGIC, VERSION, SUITE, len(header)) + header
    if len(signed_prefix) + ENC_CT_BYTES + payload_len > BUNDLE_MAX:
        raise _reject(BundleProblem.TOO_LARGE)
    signature = sender.sign(_sig_message(signed_prefix, recipient.hpke_public_bytes, inner))
    file_key = _file_key or os.urandom(32)
    nonce = _nonce or os.urandom(NONCE_BYTES)
    enc_ct = HPKE_SUITE.encrypt(file_key, recipient.hpke_public_key(), info=_INFO + signed_prefix)
    return signed_prefix + enc_ct + seal_stream(file_key, nonce, inner + signature, progress)


def seal_stream(file_key: bytes, nonce: bytes, plaintext: bytes, progress: Progress | None = None) -> bytes:
    aead = ChaCha20Poly1305(_payload_key(file_key, nonce))
    view = memoryview(plaintext)
    count = max(1, -(-len(plaintext) // CHUNK))
    out = [nonce]
    for index in range(count):
        chunk = view[index * CHUNK:(index + 1) * CHUNK]
        out.append(aead.encrypt(_chunk_nonce(index, index == count - 1), chunk, None))
        if progress:
            progress(min((index + 1) * CHUNK, len(plaintext)), len(plaintext))
    return b"".join(out)


# --- reading -------------------------------------------------------------------------------------------

def read_header(data: bytes) -> BundleHeader:
    """Size, magic, version, suite and header checks: everything that needs no key."""
    if len(data) > BUNDLE_MAX:
        raise _reject(BundleProblem.TOO_LARGE)
    if len(data) < PREFIX.size:
        raise _reject(BundleProblem.NOT_A_BUNDLE if not MAGIC.startswith(bytes(data[:8]))
                      else BundleProblem.TRUNCATED)
    magic, version, suite, hlen = PREFIX.unpack_from(data)
    if magic != MAGIC:
        raise _reject(BundleProblem.NOT_A_BUNDLE)
    if version != VERSION:
        raise _reject(BundleProblem.UNSUPPORTED_VERSION)
    if suite != SUITE:
        raise _reject(BundleProblem.UNSUPPORTED_SUITE)
    if hlen > HEADER_MAX:
        raise _reject(BundleProblem.MALFORMED_HEADER)
    if len(data) < PREFIX.size + hlen:
        raise _reject(BundleProblem.TRUNCATED)
    try:
        header = cbor.decode(bytes(data[PREFIX.size:PREFIX.size + hlen]))
    except cbor.CborError:
        raise _reject(BundleProblem.MALFORMED_HEADER) from None
    if not isinstance(header, dict) or header.keys() != _HEADER_KEYS:
        raise _reject(BundleProblem.MALFORMED_HEADER)
    bundle_id, fpr, payload_len = header["bundle_id"], header["recipient_fpr"], header["payload_len"]
    if (not isinstance(bundle_id, bytes) or len(bundle_id) != BUNDLE_ID_BYTES or not isinstance(fpr, bytes)
            or len(fpr) != 32 or type(payload_len) is not int or payload_len < NONCE_BYTES + TAG):
        raise _reject(BundleProblem.MALFORMED_HEADER)
    if payload_len > BUNDLE_MAX:
        raise _reject(BundleProblem.TOO_LARGE)
    return BundleHeader(bundle_id, fpr, payload_len, bytes(data[:PREFIX.size + hlen]))


def open_bundle(data: bytes, keys: IdentityKeys, senders: SenderLookup,
                progress: Progress | None = None) -> BundleContents:
    """Every check of docs/security-design.md §10.5 in order; the contents only if all of them passed."""
    header = read_header(data)
    if header.recipient_fpr != keys.recipient_fingerprint:
        raise _reject(BundleProblem.NOT_FOR_YOU)
    start = len(header.signed_prefix)
    expected = start + ENC_CT_BYTES + header.payload_len
    if len(data) < expected:
        raise _reject(BundleProblem.TRUNCATED)
    if len(data) > expected:
        raise _reject(BundleProblem.DAMAGED)
    enc_ct = bytes(data[start:start + ENC_CT_BYTES])
    try:
        file_key = HPKE_SUITE.decrypt(enc_ct, keys.hpke_private_key(), info=_INFO + header.signed_prefix)
    except (InvalidTag, ValueError):
        raise _reject(BundleProblem.DAMAGED) from None
    if len(file_key) != 32:
        raise _reject(BundleProblem.DAMAGED)
    plaintext = _open_stream(file_key, memoryview(data)[start + ENC_CT_BYTES:], progress)
    if len(plaintext) < SIGNATURE_BYTES:
        raise _reject(BundleProblem.MALFORMED_CONTENT)
    inner, signature = plaintext[:-SIGNATURE_BYTES], plaintext[-SIGNATURE_BYTES:]
    try:
        document = cbor.decode(inner)
    except cbor.CborError:
        raise _reject(BundleProblem.MALFORMED_CONTENT) from None
    contents = _contents(document)
    try:
        ed25519.Ed25519PublicKey.from_public_bytes(contents.sender_key).verify(
            signature, _sig_message(header.signed_prefix, keys.mlkem_public + keys.x25519_public, inner))
    except (InvalidSignature, ValueError):
        raise _reject(BundleProblem.BAD_SIGNATURE) from None
    if document["bundle_id"] != header.bundle_id or document["recipient_fpr"] != header.recipient_fpr:
        raise _reject(BundleProblem.MALFORMED_CONTENT)
    known = senders(contents.sender_id)
    if known is None:
        raise _reject(BundleProblem.UNKNOWN_SENDER)
    if known.identity_key != contents.sender_key:
        raise _reject(BundleProblem.SENDER_KEY_CHANGED)
    if not known.verified:
        raise _reject(BundleProblem.SENDER_UNVERIFIED)
    if contents.bundle_id in known.seen_bundle_ids:
        raise _reject(BundleProblem.REPLAYED)
    if known.last_sequence is not None and contents.sequence <= known.last_sequence:
        raise _reject(BundleProblem.OUT_OF_ORDER)
    return contents


def _open_stream(file_key: bytes, payload: memoryview, progress: Progress | None) -> bytes:
    if len(payload) < NONCE_BYTES + TAG:
        raise _reject(BundleProblem.TRUNCATED)
    aead = ChaCha20Poly1305(_payload_key(file_key, bytes(payload[:NONCE_BYTES])))
    body = payload[NONCE_BYTES:]
    count = max(1, -(-len(body) // (CHUNK + TAG)))
    plain = bytearray()
    for index in range(count):
        chunk = body[index * (CHUNK + TAG):(index + 1) * (CHUNK + TAG)]
        last = index == count - 1
        if len(chunk) < TAG or (last and len(chunk) == TAG and index > 0):
            # An empty final chunk only ever stands for an empty payload (age's rule).
            raise _reject(BundleProblem.DAMAGED)
        try:
            plain += aead.decrypt(_chunk_nonce(index, last), bytes(chunk), None)
        except InvalidTag:
            raise _reject(BundleProblem.DAMAGED) from None
        if progress:
            progress(min((index + 1) * (CHUNK + TAG), len(body)), len(body))
    return bytes(plain)


def _contents(document: object) -> BundleContents:
    bad = _reject(BundleProblem.MALFORMED_CONTENT)
    if not isinstance(document, dict) or document.keys() != _INNER_KEYS or document["v"] != VERSION:
        raise bad
    sender_id, sender_key, seq, created = (document["sender_id"], document["sender_key"], document["seq"],
                                           document["created"])
    if (not isinstance(sender_id, bytes) or len(sender_id) != 16 or not isinstance(sender_key, bytes)
            or len(sender_key) != 32 or type(seq) is not int or type(created) is not int
            or not isinstance(document["bundle_id"], bytes) or not isinstance(document["recipient_fpr"], bytes)
            or not isinstance(document["items"], list) or len(document["items"]) > ITEMS_MAX):
        raise bad
    items = []
    for item in document["items"]:
        if not isinstance(item, dict) or item.keys() != _ITEM_KEYS:
            raise bad
        kind, item_id, rev, data = item["kind"], item["id"], item["rev"], item["data"]
        if (not isinstance(kind, str) or not 0 < len(kind) <= ITEM_KIND_MAX or not isinstance(item_id, bytes)
                or len(item_id) != 16 or type(rev) is not int or not isinstance(data, bytes)):
            raise bad
        items.append(BundleItem(kind, item_id, rev, data))
    return BundleContents(document["bundle_id"], sender_id, sender_key, seq, created, tuple(items))


def peek_recipient(data: bytes) -> bytes | None:
    """The header's recipient fingerprint, or None if the header is unusable (for drop-folder scans)."""
    try:
        return read_header(data).recipient_fpr
    except BundleRejected:
        return None

