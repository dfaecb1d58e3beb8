"""A credential's own name written as a constant where the credential was (issue 10,
twenty-third HTTP set's development work, found on the fourteenth set's development part).

A test suite or a template writes the name of the environment variable that holds a secret
where the secret goes (``X-APIKeys: accessKey=TIO_ACCESS_KEY;secretKey=TIO_SECRET_KEY``,
``api_key=SERVICE_API_KEY``): two or more words of capitals and digits joined by
underscores, the last a credential's word. That is no credential. A random value of the same
keys, an upper-case value with a lower-case letter or without an underscore, and a constant
that does not end in a credential's word are still read as before.
"""

from __future__ import annotations

import random
import string
import time

import pytest

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)


def _tokens(scanner: Scanner, text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in scanner.scan(text) if f.entity_type.value == "AUTH_TOKEN"
    ]


def _secret(seed: int, n: int = 32) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice(string.ascii_letters + string.digits) for _ in range(n))


class TestCredentialNameConstant:
    @pytest.mark.parametrize(
        "text",
        [
            "X-APIKeys: accessKey=TIO_ACCESS_KEY;secretKey=TIO_SECRET_KEY",
            "GET /v1/items?api_key=SERVICE_API_KEY HTTP/1.1",
            "secret_key=AWS_SECRET_ACCESS_KEY",
            "password=DB_PASSWORD",
            "token=GH_TOKEN",
            "X-Api-Key: MY_SERVICE_APIKEY",
            "client_secret=OAUTH2_CLIENT_SECRET",
        ],
    )
    def test_the_credentials_name_is_no_credential(self, scanner: Scanner, text: str) -> None:
        assert _tokens(scanner, text) == []

    @pytest.mark.parametrize("seed", range(20))
    def test_a_random_secret_under_the_same_keys_is_a_credential(
        self, scanner: Scanner, seed: int
    ) -> None:
        value = _secret(seed)
        text = f"X-APIKeys: accessKey=TIO_ACCESS_KEY;secretKey={value}"
        assert _tokens(scanner, text) == [value]

    @pytest.mark.parametrize(
        "value",
        [
            "A1B2C3D4E5F6G7H8J9K0",  # capitals and digits, no underscore: random
            "Tio_Secret_Key1x",  # a lower-case letter: not a constant
            "TIO_SECRET_KEYS9f8a7c6b5d4e",  # a credential's word that goes on
            "ZX81QW_PL0KMN_44TYUIOP",  # a constant of random words, no credential's word
        ],
    )
    def test_other_values_stay_credentials(self, scanner: Scanner, value: str) -> None:
        assert _tokens(scanner, f"secretKey={value}") == [value]

    def test_a_long_run_of_constant_words_is_read_in_linear_time(self, scanner: Scanner) -> None:
        value = "_".join(["ABCDEFGHIJKLMNOP"] * 20000) + "_KEY"
        started = time.perf_counter()
        scanner.scan(f"secretKey={value}")
        assert time.perf_counter() - started < 5.0
