"""Hostile inputs for H132's name rules: a group, response, state or routing word hides no id.

The words are read as whole words of the name: the same letters inside another word, a word
naming an id, session, user's token or device beside them, or the group word standing alone
keep a random value reported. Long names and many such cookies cost linear time.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner

SID = "6f34e666e71445c9d39d8d06a347a13f"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


@pytest.mark.parametrize(
    "name",
    [
        "abandoned_cart",  # "ab" inside a word
        "segway_uid",
        "cachet",  # "cache" inside a word
        "requestor_session",
        "bucket_list_token",
        "csp_device",
        "gdpr_anonymous_id",
        "user_prefs_token",
        "srv_session_id",
        "nginx_auth",
        "AB",  # the group word alone
        "SEGMENT",
    ],
)
def test_a_random_value_under_a_name_that_names_an_id_is_reported(scanner, name) -> None:
    assert cookie_values(scanner, f"Set-Cookie: {name}={SID}; path=/") == [SID]
    assert cookie_values(scanner, f"Cookie: a=1; {name}={SID}") == [SID]


@pytest.mark.parametrize(
    "make",
    [
        lambda n: f"Set-Cookie: {'ab_' * n}x={SID}; path=/",
        lambda n: f"Cookie: {'; '.join(f'seg{i}_request={SID}' for i in range(n))}",
        lambda n: f"Set-Cookie: {'X' * n}SERVERID={SID}; path=/",
        lambda n: "X-Csrf-Param" + "-x" * n + ": authenticity_token\nX-Csrf-Token: " + SID,
    ],
    ids=["long-name", "many-group-cookies", "long-glued-name", "long-header-name"],
)
def test_the_rules_stay_linear(scanner, make) -> None:
    grows_linearly(make, scanner.scan)
