"""Record encryption: AES-256-GCM over padded plaintext, bound to the record's identity by AAD (and the
record index's shards, bound to theirs under a label of their own)."""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.hmac import HMAC

NONCE_BYTES = 12
TAG_BYTES = 16
FORMAT_VERSION = 1

_RECORD_LABEL = b"ij/v1/record".ljust(16, b"\0")
_MANIFEST_LABEL = b"ij/v1/manifest".ljust(16, b"\0")
_AAD = struct.Struct(">16s16s16sIQH")  # label, vault id, record id, key id, revision, format
_MANIFEST_AAD = struct.Struct(">16s16sQH")  # label, vault id, epoch, format
_PIN_LABEL = b"ij/v1/pin".ljust(16, b"\0")
_PIN_INPUT = struct.Struct(">16s16sQ32s32s")  # label, vault id, epoch, SHA-256(nonce), SHA-256(ciphertext)
PIN = struct.Struct(">Q32s")  # what the header stores: the epoch (a counter) and the HMAC
_SEEN_LABEL = b"ij/v1/seen-here".ljust(16, b"\0")
_SEEN_AAD = struct.Struct(">16s16sQ")  # label, vault id, epoch
_LEN = struct.Struct(">I")
# The record index (storage.vault): one ciphertext per shard, domain-separated from records by its own
# label and AAD layout, so an index ciphertext never passes as a record or the other way round.
_INDEX_LABEL = b"ij/v1/idx".ljust(16, b"\0")
_INDEX_AAD = struct.Struct(">16s16sHIQH")  # label, vault id, shard number, key id, revision, format
INDEX_SHARDS = 256

MIN_BUCKET = 512
POWER_BUCKETS_UP_TO = 64 * 1024
MAX_PLAINTEXT = 64 * 1024 * 1024


class DecryptionFailed(Exception):
    """Authentication failed; never carries plaintext."""


def bucket_size(length: int) -> int:
    """Padded size for `length` framed bytes: ≥512, powers of two to 64 KiB, then 64 KiB steps."""
    size = MIN_BUCKET
    while size < length and size < POWER_BUCKETS_UP_TO:
        size *= 2
    if length <= size:
        return size
    step = POWER_BUCKETS_UP_TO
    return -(-length // step) * step


def pad(payload: bytes) -> bytes:
    if len(payload) > MAX_PLAINTEXT:
        raise ValueError("record too large")
    framed_len = _LEN.size + len(payload)
    return _LEN.pack(len(payload)) + payload + bytes(bucket_size(framed_len) - framed_len)


def unpad(padded: bytes) -> bytes:
    if len(padded) < _LEN.size:
        raise DecryptionFailed("short plaintext")
    (length,) = _LEN.unpack_from(padded)
    if length > len(padded) - _LEN.size:
        raise DecryptionFailed("bad padding")
    return padded[_LEN.size:_LEN.size + length]


def record_aad(vault_id: bytes, record_id: bytes, key_id: int, revision: int) -> bytes:
    return _AAD.pack(_RECORD_LABEL, vault_id, record_id, key_id, revision, FORMAT_VERSION)


class _PaddedCipher:
    """AES-256-GCM under one vault's record key (one key id): a fresh random nonce per encryption, the
    plaintext padded to its size bucket. Subclasses say what the associated data binds."""

    __slots__ = ("_aead", "vault_id", "key_id")

    def __init__(self, key: bytes | bytearray, vault_id: bytes, key_id: int) -> None:
        self._aead = AESGCM(bytes(key))
        self.vault_id = vault_id
        self.key_id = key_id

    def _seal(self, aad: bytes, payload: bytes) -> tuple[bytes, bytes]:
        nonce = os.urandom(NONCE_BYTES)
        return nonce, self._aead.encrypt(nonce, pad(payload), aad)

    def _open(self, aad: bytes, nonce: bytes, ciphertext: bytes) -> bytes:
        try:
            padded = self._aead.decrypt(nonce, ciphertext, aad)
        except InvalidTag:
            raise DecryptionFailed("authentication failed") from None
        return unpad(padded)


class RecordCipher(_PaddedCipher):
    """Encrypts and decrypts records for one vault and one key id."""

    __slots__ = ()

    def encrypt(self, record_id: bytes, revision: int, payload: bytes) -> tuple[bytes, bytes]:
        return self._seal(record_aad(self.vault_id, record_id, self.key_id, revision), payload)

    def decrypt(self, record_id: bytes, revision: int, nonce: bytes, ciphertext: bytes) -> bytes:
        if len(nonce) != NONCE_BYTES or len(record_id) != 16 or len(ciphertext) < TAG_BYTES + MIN_BUCKET:
            raise DecryptionFailed("malformed")
        return self._open(record_aad(self.vault_id, record_id, self.key_id, revision), nonce, ciphertext)


def index_aad(vault_id: bytes, shard: int, key_id: int, revision: int) -> bytes:
    return _INDEX_AAD.pack(_INDEX_LABEL, vault_id, shard, key_id, revision, FORMAT_VERSION)


class IndexCipher(_PaddedCipher):
    """Encrypts and decrypts the record index's shards for one vault and one key id: the record key
    (each shard spends one of its nonces), padded like records, under the index's own AAD."""

    __slots__ = ()

    def encrypt(self, shard: int, revision: int, payload: bytes) -> tuple[bytes, bytes]:
        return self._seal(index_aad(self.vault_id, shard, self.key_id, revision), payload)

    def decrypt(self, shard: int, revision: int, nonce: bytes, ciphertext: bytes) -> bytes:
        if (len(nonce) != NONCE_BYTES or len(ciphertext) < TAG_BYTES + MIN_BUCKET
                or not 0 <= shard < INDEX_SHARDS):
            raise DecryptionFailed("malformed")
        return self._open(index_aad(self.vault_id, shard, self.key_id, revision), nonce, ciphertext)


class ManifestCipher:
    __slots__ = ("_aead", "vault_id")

    def __init__(self, key: bytes | bytearray, vault_id: bytes) -> None:
        self._aead = AESGCM(bytes(key))
        self.vault_id = vault_id

    def _aad(self, epoch: int) -> bytes:
        return _MANIFEST_AAD.pack(_MANIFEST_LABEL, self.vault_id, epoch, FORMAT_VERSION)

    def encrypt(self, epoch: int, body: bytes) -> tuple[bytes, bytes]:
        nonce = os.urandom(NONCE_BYTES)
        return nonce, self._aead.encrypt(nonce, body, self._aad(epoch))

    def decrypt(self, epoch: int, nonce: bytes, ciphertext: bytes) -> bytes:
        try:
            return self._aead.decrypt(nonce, ciphertext, self._aad(epoch))
        except (InvalidTag, ValueError):
            raise DecryptionFailed("manifest authentication failed") from None


def _sha256(data: bytes) -> bytes:
    digest = hashes.Hash(hashes.SHA256())
    digest.update(data)
    return digest.finalize()


class ManifestPin:
    """The header's pin on the manifest: HMAC-SHA-256 under a key derived from the data key, over the
    manifest's epoch and a hash of its stored nonce and ciphertext. Kept in the header and rewritten
    in the same transaction as the manifest, it makes a removed, replaced or rolled-back manifest row
    detectable as tampering (docs/security-design.md §10.3)."""

    __slots__ = ("_key", "vault_id")

    def __init__(self, key: bytes | bytearray, vault_id: bytes) -> None:
        self._key = bytes(key)
        self.vault_id = vault_id

    def _mac(self, epoch: int, nonce: bytes, ciphertext: bytes) -> HMAC:
        mac = HMAC(self._key, hashes.SHA256())
        mac.update(_PIN_INPUT.pack(_PIN_LABEL, self.vault_id, epoch, _sha256(nonce), _sha256(ciphertext)))
        return mac

    def pin(self, epoch: int, nonce: bytes, ciphertext: bytes) -> bytes:
        return PIN.pack(epoch, self._mac(epoch, nonce, ciphertext).finalize())

    @staticmethod
    def pinned_epoch(pin: object) -> int | None:
        """The epoch a stored pin names (not authenticated on its own), or None if it is malformed."""
        if not isinstance(pin, bytes) or len(pin) != PIN.size:
            return None
        return PIN.unpack(pin)[0]

    def matches(self, pin: object, epoch: int, nonce: bytes, ciphertext: bytes) -> bool:
        """Whether `pin` was made by this vault's key for exactly this manifest (constant time)."""
        if not isinstance(pin, bytes) or len(pin) != PIN.size or not isinstance(nonce, bytes) \
                or not isinstance(ciphertext, bytes):
            return False
        pinned_epoch, tag = PIN.unpack(pin)
        if pinned_epoch != epoch:
            return False
        try:
            self._mac(epoch, nonce, ciphertext).verify(tag)
        except InvalidSignature:
            return False
        return True


class SeenNoteCipher:
    """Seals the day a journal was last opened on this machine, kept outside the vault beside the
    anti-rollback counter: only someone holding the journal's key can read it."""

    __slots__ = ("_aead", "vault_id")

    def __init__(self, key: bytes | bytearray, vault_id: bytes) -> None:
        self._aead = AESGCM(bytes(key))
        self.vault_id = vault_id

    def seal(self, epoch: int, text: str) -> bytes:
        nonce = os.urandom(NONCE_BYTES)
        aad = _SEEN_AAD.pack(_SEEN_LABEL, self.vault_id, epoch)
        return nonce + self._aead.encrypt(nonce, text.encode("ascii"), aad)

    def open(self, epoch: int, sealed: bytes) -> str | None:
        if not isinstance(sealed, bytes) or len(sealed) < NONCE_BYTES + TAG_BYTES:
            return None
        try:
            plain = self._aead.decrypt(sealed[:NONCE_BYTES], sealed[NONCE_BYTES:],
                                       _SEEN_AAD.pack(_SEEN_LABEL, self.vault_id, epoch))
            return plain.decode("ascii")
        except (InvalidTag, UnicodeDecodeError, ValueError):
            return None
