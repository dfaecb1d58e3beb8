"""A base64 record of base64 fields, one of them random bytes: an encrypted session (H224).

Pinterest's ``_pinterest_sess=TWc9PSZ...`` decodes to ``Mg==&<ciphertext>&<signature>``:
printable text whose long base64 field holds lower-case runs by chance, which the
readable-record test took for words of a settings record. A record of readable settings
stays unfound, with a base64 run among its settings too.
"""

from __future__ import annotations

import base64

import pytest
from tests.unit.detect._patterns import found

SID = "f3K9xQ2mZ7pL4vR8tW1yB6nC"
CIPHER = base64.b64encode(bytes((i * 97 + 13) % 256 for i in range(96)))
SIGNATURE = base64.b64encode(bytes((i * 53 + 7) % 256 for i in range(20)))


def cookies(text: str) -> list[str]:
    return [v for _, v in found(text, "COOKIE_ID")]


def encoded(*fields: bytes, sep: bytes = b"&") -> str:
    return base64.b64encode(sep.join(fields)).decode()


@pytest.mark.parametrize(
    "value",
    [
        encoded(b"Mg==", CIPHER, SIGNATURE),
        encoded(b"MQ==", CIPHER),
        encoded(CIPHER, SIGNATURE, sep=b"--"),
        encoded(b"Mg==", CIPHER, SIGNATURE, sep=b"|"),
        encoded(b"v2", CIPHER, sep=b":"),
    ],
)
@pytest.mark.parametrize("name", ["_pinterest_sess", "sess", "state"])
def test_a_record_of_encoded_random_fields_is_an_id(name: str, value: str) -> None:
    assert cookies(f"Set-Cookie: {name}={value}; path=/; secure") == [value]
    assert cookies(f"Cookie: theme=dark; {name}={value}") == [value]


# Short or plain base64 fields ("Mg==&aGVsbG8=&d29ybGQ=") were reported before this rule and
# still are: not this rule's (the readable-record test never took them).
@pytest.mark.parametrize(
    "value",
    [
        encoded(b"lang=en-US&theme=dark&layout=compact&region=europe&currency=euro"),
        encoded(b"lang=en-US&theme=dark&" + CIPHER[:40]),  # settings beside a base64 run
    ],
)
def test_readable_and_plain_records_stay_unfound(value: str) -> None:
    assert cookies(f"Set-Cookie: prefs={value}; path=/") == []
    assert cookies(f"Cookie: prefs={value}; uid={SID}") == [SID]


def test_digests_outside_cookies_stay_unfound() -> None:
    digest = "72qI6/thSBRXcYCkeSFGprHKYNY="
    assert cookies(f'<script integrity="sha1-{digest}" src="/a.js">') == []
    assert cookies(f'ETag: "{digest}"') == []
