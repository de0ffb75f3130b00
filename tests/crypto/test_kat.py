"""Known-answer tests (docs/security-design.md §10.6, §11.25): the primitives we build on compute the
published values, and our wrappers call them the way we think they do."""

from __future__ import annotations

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.argon2 import Argon2id
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from integration_journal.crypto import kdf, keys
from integration_journal.crypto.kdf import KdfParams

# RFC 9106 §5.3 (Argon2id, version 0x13): m = 32 KiB, t = 3, p = 4, with secret and associated data.
RFC9106_PASSWORD = b"\x01" * 32
RFC9106_SALT = b"\x02" * 16
RFC9106_SECRET = b"\x03" * 8
RFC9106_AD = b"\x04" * 12
RFC9106_TAG = bytes.fromhex("0d640df58d78766c08c037a34a8b53c9d01ef0452d75b65eb52520e96b01e659")


def test_argon2id_rfc9106():
    tag = Argon2id(salt=RFC9106_SALT, length=32, iterations=3, lanes=4, memory_cost=32,
                   ad=RFC9106_AD, secret=RFC9106_SECRET).derive(RFC9106_PASSWORD)
    assert tag == RFC9106_TAG


def test_our_derive_is_plain_argon2id_with_ad():
    """kdf.derive passes salt, m, t, p and the associated data straight through (no secret)."""
    params = KdfParams(memory_kib=32, iterations=3, lanes=4, salt=RFC9106_SALT)
    expected = Argon2id(salt=RFC9106_SALT, length=32, iterations=3, lanes=4, memory_cost=32,
                        ad=RFC9106_AD).derive(RFC9106_PASSWORD)
    assert kdf.derive(RFC9106_PASSWORD, params, RFC9106_AD) == expected
    assert kdf.derive(RFC9106_PASSWORD, params, RFC9106_AD) != RFC9106_TAG  # the secret matters


# RFC 5869 Appendix A.1, test case 1 (HKDF-SHA-256).
HKDF_IKM = b"\x0b" * 22
HKDF_SALT = bytes.fromhex("000102030405060708090a0b0c")
HKDF_INFO = bytes.fromhex("f0f1f2f3f4f5f6f7f8f9")
HKDF_OKM = bytes.fromhex("3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865")


def test_hkdf_rfc5869_case1():
    okm = HKDF(algorithm=hashes.SHA256(), length=42, salt=HKDF_SALT, info=HKDF_INFO).derive(HKDF_IKM)
    assert okm == HKDF_OKM


def test_our_hkdf_wrapper_rfc5869_case1():
    okm = keys.hkdf(HKDF_IKM, HKDF_SALT, HKDF_INFO, length=42)
    assert isinstance(okm, bytearray) and bytes(okm) == HKDF_OKM
    assert bytes(keys.hkdf(bytearray(HKDF_IKM), HKDF_SALT, HKDF_INFO, length=42)) == HKDF_OKM


# NIST CAVP gcmEncryptExtIV256.rsp, [Keylen = 256, IVlen = 96, PTlen = 128, AADlen = 0, Taglen = 128],
# Count = 0.
CAVP_KEY = bytes.fromhex("31bdadd96698c204aa9ce1448ea94ae1fb4a9a0b3c9d773b51bb1822666b8f22")
CAVP_IV = bytes.fromhex("0d18e06c7c725ac9e362e1ce")
CAVP_PT = bytes.fromhex("2db5168e932556f8089a0622981d017d")
CAVP_CT = bytes.fromhex("fa4362189661d163fcd6a56d8bf0405a")
CAVP_TAG = bytes.fromhex("d636ac1bbedd5cc3ee727dc2ab4a9489")

# The GCM specification submitted to NIST (McGrew & Viega), test case 16: AES-256 with AAD.
GCM16_KEY = bytes.fromhex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308")
GCM16_IV = bytes.fromhex("cafebabefacedbaddecaf888")
GCM16_PT = bytes.fromhex("d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                         "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39")
GCM16_AAD = bytes.fromhex("feedfacedeadbeeffeedfacedeadbeefabaddad2")
GCM16_CT = bytes.fromhex("522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                         "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662")
GCM16_TAG = bytes.fromhex("76fc6ece0f4e1768cddf8853bb2d551b")


def test_aes256_gcm_cavp():
    aead = AESGCM(CAVP_KEY)
    assert aead.encrypt(CAVP_IV, CAVP_PT, None) == CAVP_CT + CAVP_TAG
    assert aead.decrypt(CAVP_IV, CAVP_CT + CAVP_TAG, None) == CAVP_PT


def test_aes256_gcm_with_aad():
    aead = AESGCM(GCM16_KEY)
    assert aead.encrypt(GCM16_IV, GCM16_PT, GCM16_AAD) == GCM16_CT + GCM16_TAG
    assert aead.decrypt(GCM16_IV, GCM16_CT + GCM16_TAG, GCM16_AAD) == GCM16_PT


def test_wrap_layout_is_nonce_then_gcm():
    """keys.wrap = 12-byte nonce ‖ AES-256-GCM(kek, dek, aad): check against the raw primitive."""
    kek, dek, aad = bytes(range(32)), bytes(range(32, 64)), b"aad"
    wrapped = keys.wrap(kek, dek, aad)
    assert len(wrapped) == 12 + 32 + 16
    assert AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], aad) == dek
