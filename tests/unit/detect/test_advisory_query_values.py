"""An advisory's identifier as a URL's query value names a published flaw, not a person.

Security scanners' logs link each finding to its catalogue entry (an SCAP report's
``https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2002-2439``, the fifth log set's
development part): under a key that may hold a person's name (``name``), the value was
reported as personal. Records are written for the test; no corpus line is copied here.
"""

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import SCANNER, found

_LOG = 'title: "x", reference: "CVE-2002-2439 ({})".'


def _covered(text: str, value: str) -> bool:
    """Whether some finding covers ``value`` (its last place in ``text``)."""
    at = text.rindex(value)
    return any(f.start <= at and at + len(value) <= f.end for f in SCANNER.scan(text))


class TestAdvisoryValue:
    @pytest.mark.parametrize(
        "value",
        ["CVE-2002-2439", "cve-2021-44228", "CAN-1999-0067", "GHSA-jfh8-c2jp-5v3q",
         "RHSA-2020:1234", "USN-4321-1", "DSA-4567-1", "ALAS-2020-1411"],
    )  # fmt: skip
    def test_not_personal(self, value):
        url = f"https://cve.mitre.org/cgi-bin/cvename.cgi?name={value}"
        assert not _covered(_LOG.format(url), value)

    @pytest.mark.parametrize(
        ("url", "value"),
        [
            # a person's name, an account's handle, an id with more than the advisory's shape
            ("https://cve.mitre.org/cgi-bin/cvename.cgi?name=Jane+Doe", "Jane+Doe"),
            ("https://cve.mitre.org/cgi-bin/cvename.cgi?name=CVE-2002-2439x", "CVE-2002-2439x"),
            ("https://www.redhat.com/errata?user=jdoe-2002-2439", "jdoe-2002-2439"),
        ],
    )
    def test_personal_value_kept(self, url, value):
        assert _covered(_LOG.format(url), value)

    @given(
        year=st.integers(1999, 2030),
        seq=st.integers(1, 9_999_999).map(lambda n: f"{n:04d}"),
        key=st.sampled_from(["name", "id", "user", "session", "q"]),
    )
    def test_any_cve_id_under_any_key_is_clean(self, year, seq, key):
        value = f"CVE-{year}-{seq}"
        assert not _covered(_LOG.format(f"https://cve.mitre.org/a.cgi?{key}={value}"), value)

    @given(
        year=st.integers(1999, 2030),
        user=st.from_regex(r"[a-z]{3,8}", fullmatch=True),
    )
    def test_an_email_in_the_advisory_shape_stays_personal(self, year, user):
        url = f"https://cve.mitre.org/a.cgi?name=CVE-{year}-1234@{user}.example.com"
        assert ("EMAIL_ADDRESS", f"CVE-{year}-1234@{user}.example.com") in found(_LOG.format(url))
