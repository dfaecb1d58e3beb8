"""Hazardous materials: raw primitives for experts.

You should only use this module if you are sure that the recipes in
:mod:`privkit.transform` do not fit; these functions are easy to misuse (they take raw keys,
are deterministic, and do no key management).
"""

from privkit.hazmat._ff1 import (
    ALPHABETS,
    FF1,
    prefix_preserving_decrypt,
    prefix_preserving_encrypt,
)
from privkit.hazmat._primitives import hmac_sha256, siv_decrypt, siv_encrypt

__all__ = [
    "ALPHABETS",
    "FF1",
    "hmac_sha256",
    "prefix_preserving_decrypt",
    "prefix_preserving_encrypt",
    "siv_decrypt",
    "siv_encrypt",
]
