"""Key wrapping and the sub-keys derived from the data key (docs/design.md §4)."""

from __future__ import annotations

import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from integration_journal.errors import WrongPassphrase

KEY_BYTES = 32
NONCE_BYTES = 12

LABEL_KEK_PW = b"ij/v1/kek"
LABEL_WRAP_PW = b"ij/v1/wrap/pw"
LABEL_WRAP_RK = b"ij/v1/wrap/rk"
# Format 2 vaults (the header pins the manifest): the same wraps under labels of the same length, so that
# a header edited back to format 1 (to strip the pin) no longer unwraps. docs/security-design.md §10.3.
LABEL_WRAP_PW_PINNED = b"ij/v2/wrap/pw"
LABEL_WRAP_RK_PINNED = b"ij/v2/wrap/rk"
LABEL_KEK_RK = b"ij/v1/kek-recovery"
LABEL_RECORDS = b"ij/v1/records"
LABEL_MANIFEST = b"ij/v1/manifest"
LABEL_AUDIT = b"ij/v1/audit"
LABEL_HEADER_PIN = b"ij/v1/header-pin"
LABEL_SEEN_HERE = b"ij/v1/seen-here"


def new_data_key() -> bytearray:
    return bytearray(os.urandom(KEY_BYTES))


def hkdf(key: bytes | bytearray, salt: bytes, info: bytes, length: int = KEY_BYTES) -> bytearray:
    return bytearray(HKDF(algorithm=hashes.SHA256(), length=length, salt=salt, info=info).derive(bytes(key)))


def record_key(dek: bytes | bytearray, vault_id: bytes, key_id: int) -> bytearray:
    """Each key id has its own record key, so rotating to a fresh key id resets the nonce budget."""
    return hkdf(dek, vault_id, LABEL_RECORDS + b"/" + str(key_id).encode("ascii"))


def manifest_key(dek: bytes | bytearray, vault_id: bytes) -> bytearray:
    return hkdf(dek, vault_id, LABEL_MANIFEST)


def header_pin_key(dek: bytes | bytearray, vault_id: bytes) -> bytearray:
    """The HMAC key of the header's pin on the manifest (see crypto.records.ManifestPin)."""
    return hkdf(dek, vault_id, LABEL_HEADER_PIN)


def seen_here_key(dek: bytes | bytearray, vault_id: bytes) -> bytearray:
    """Seals the date kept beside this machine's anti-rollback counter (storage.rollback_guard)."""
    return hkdf(dek, vault_id, LABEL_SEEN_HERE)


def recovery_kek(secret: bytes, vault_id: bytes) -> bytearray:
    return hkdf(secret, vault_id, LABEL_KEK_RK)


def wrap(kek: bytes | bytearray, dek: bytes | bytearray, aad: bytes) -> bytes:
    nonce = os.urandom(NONCE_BYTES)
    return nonce + AESGCM(bytes(kek)).encrypt(nonce, bytes(dek), aad)


def unwrap(kek: bytes | bytearray, wrapped: bytes, aad: bytes) -> bytearray:
    """Wrong key, edited parameters and a damaged wrap all give the same error (no oracle)."""
    if not isinstance(wrapped, bytes) or len(wrapped) != NONCE_BYTES + KEY_BYTES + 16:
        raise WrongPassphrase()
    try:
        return bytearray(AESGCM(bytes(kek)).decrypt(wrapped[:NONCE_BYTES], wrapped[NONCE_BYTES:], aad))
    except InvalidTag:
        raise WrongPassphrase() from None


def wipe(buffer: bytearray | None) -> None:
    """Best effort: Python may have copies we cannot reach (see SECURITY.md)."""
    if buffer is not None:
        for i in range(len(buffer)):
            buffer[i] = 0
