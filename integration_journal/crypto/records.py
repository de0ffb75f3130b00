"""Record encryption: AES-256-GCM over padded plaintext, bound to the record's identity by AAD."""

from __future__ import annotations

import os
import struct

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

NONCE_BYTES = 12
TAG_BYTES = 16
FORMAT_VERSION = 1

_RECORD_LABEL = b"ij/v1/record".ljust(16, b"\0")
_MANIFEST_LABEL = b"ij/v1/manifest".ljust(16, b"\0")
_AAD = struct.Struct(">16s16s16sIQH")  # label, vault id, record id, key id, revision, format
_MANIFEST_AAD = struct.Struct(">16s16sQH")  # label, vault id, epoch, format
_LEN = struct.Struct(">I")

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


class RecordCipher:
    """Encrypts and decrypts records for one vault and one key id."""

    __slots__ = ("_aead", "vault_id", "key_id")

    def __init__(self, key: bytes | bytearray, vault_id: bytes, key_id: int) -> None:
        self._aead = AESGCM(bytes(key))
        self.vault_id = vault_id
        self.key_id = key_id

    def encrypt(self, record_id: bytes, revision: int, payload: bytes) -> tuple[bytes, bytes]:
        nonce = os.urandom(NONCE_BYTES)
        aad = record_aad(self.vault_id, record_id, self.key_id, revision)
        return nonce, self._aead.encrypt(nonce, pad(payload), aad)

    def decrypt(self, record_id: bytes, revision: int, nonce: bytes, ciphertext: bytes) -> bytes:
        if len(nonce) != NONCE_BYTES or len(record_id) != 16 or len(ciphertext) < TAG_BYTES + MIN_BUCKET:
            raise DecryptionFailed("malformed")
        try:
            padded = self._aead.decrypt(nonce, ciphertext, record_aad(self.vault_id, record_id, self.key_id, revision))
        except InvalidTag:
            raise DecryptionFailed("authentication failed") from None
        return unpad(padded)


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
