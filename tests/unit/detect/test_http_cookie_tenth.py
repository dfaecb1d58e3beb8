"""Cookie ids in API clients' recorded traffic (issue 10, tenth HTTP set's development work).

An A/B test's cookie holds the variant a browser was shown, not an id of the browser; a
value it shares with a response header is no echoed id either.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import cookie_values

from privkit.detect import Scanner
from privkit.detect._builtin._cookie_names import _not_id_name


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner()


class TestExperimentCookies:
    @pytest.mark.parametrize(
        "name", ["hs_ab_test_4160914996", "abtest", "split_test_home", "experiment_7", "AB_TEST"]
    )
    def test_an_experiment_names_no_id(self, name):
        assert _not_id_name(name)

    @pytest.mark.parametrize("name", ["abtest_uid", "experiment_session", "sid", "contest"])
    def test_an_id_word_or_another_name_still_does(self, name):
        assert not _not_id_name(name)

    @pytest.mark.parametrize("name", ["ADRUM", "ADRUM_BT", "ADRUM_BTa", "ADRUM_BT1"])
    def test_appdynamics_monitoring_cookies_name_no_id(self, name):
        assert _not_id_name(name)

    def test_the_variant_and_its_echo_are_not_reported(self, scanner):
        text = (
            "HTTP/1.1 200 OK\nX-Hs-Content-Id: 4160915016\n"
            "Set-Cookie: hs_ab_test_4160914996=4160915016; Path=/"
        )
        assert cookie_values(scanner, text) == []

    def test_an_id_cookie_beside_it_is(self, scanner):
        text = "Set-Cookie: hs_ab_test_41=4160915016; Path=/\nSet-Cookie: sid=b2c7e1a9f3d44e0f9a1b"
        assert cookie_values(scanner, text) == ["b2c7e1a9f3d44e0f9a1b"]
