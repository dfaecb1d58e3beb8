"""Shape checks of the real-text corpora (``benchmarks/corpus/_real.py``, ``_real3.py``, ``_cookies_dev.py``, ``_logs4.py``, ``_logs7.py``, ``_logs8.py``, ``_logs9.py``, ``_logs10.py``, ``_logs11.py``, ``_logs12.py``, ``_logs13.py``, ``_logs14.py``, ``_logs15.py``, ``_logs16.py``, ``_logs17.py``, ``_logs18.py``, ``_logs19.py``, ``_logs20.py``, ``_logs21.py``, ``_logs22.py``, ``_logs23.py``, ``_logs24.py``, ``_logs25.py``, ``_logs26.py``, ``_logs27.py``, ``_logs28.py``, ``_logs29.py``, ``_logs30.py``, ``_logs31.py``, ``_logs32.py``, ``_logs33.py``, ``_logs34.py``, ``_logs35.py``, ``_logs36.py``, ``_logs37.py``, ``_logs38.py``, ``_logs40.py``, ``_logs41.py``, ``_logs42.py``, ``_http5.py``, ``_http7.py``, ``_http8.py``, ``_http9.py``, ``_http10.py``, ``_http11.py``, ``_http12.py``, ``_http13.py``, ``_http14.py``, ``_http15.py``, ``_http16.py``, ``_http17.py``, ``_http18.py``, ``_http19.py``, ``_http20.py``, ``_http21.py``, ``_http22.py``, ``_http23.py``, ``_http24.py``, ``_http25.py``, ``_http26.py``, ``_noisy_labels.py``, ``_noisy2_labels.py``, ``_tweets.py``, ``_tweets2.py``, ``_youtube.py``, ``_ewt.py``, ``_tweebank.py``, ``_gum.py``)."""

from __future__ import annotations

import json
import re
from collections import Counter
from pathlib import Path

import pytest

from privkit.types import EntityType

DATA = Path(__file__).resolve().parents[3] / "benchmarks" / "data"
FILES = (
    "real_logs.jsonl",
    "real_logs_holdout.jsonl",
    "real_logs_holdout3.jsonl",
    "cookies_dev.jsonl",
    "real_logs4_dev.jsonl",
    "real_logs4_holdout.jsonl",
    "real_logs7_dev.jsonl",
    "real_logs7_holdout.jsonl",
    "real_logs8_dev.jsonl",
    "real_logs8_holdout.jsonl",
    "real_logs9_dev.jsonl",
    "real_logs9_holdout.jsonl",
    "real_logs10_dev.jsonl",
    "real_logs10_holdout.jsonl",
    "real_logs11_dev.jsonl",
    "real_logs11_holdout.jsonl",
    "real_logs12_dev.jsonl",
    "real_logs12_holdout.jsonl",
    "real_logs13_dev.jsonl",
    "real_logs13_holdout.jsonl",
    "real_logs14_dev.jsonl",
    "real_logs14_holdout.jsonl",
    "real_logs15_dev.jsonl",
    "real_logs15_holdout.jsonl",
    "real_logs16_dev.jsonl",
    "real_logs16_holdout.jsonl",
    "real_logs18_dev.jsonl",
    "real_logs18_holdout.jsonl",
    "real_logs19_dev.jsonl",
    "real_logs19_holdout.jsonl",
    "real_logs20_dev.jsonl",
    "real_logs20_holdout.jsonl",
    "real_logs21_dev.jsonl",
    "real_logs21_holdout.jsonl",
    "real_logs22_dev.jsonl",
    "real_logs22_holdout.jsonl",
    "real_logs23_dev.jsonl",
    "real_logs23_holdout.jsonl",
    "real_logs24_dev.jsonl",
    "real_logs24_holdout.jsonl",
    "real_logs25_dev.jsonl",
    "real_logs25_holdout.jsonl",
    "real_logs26_dev.jsonl",
    "real_logs26_holdout.jsonl",
    "real_logs27_dev.jsonl",
    "real_logs27_holdout.jsonl",
    "real_logs28_dev.jsonl",
    "real_logs28_holdout.jsonl",
    "real_logs29_dev.jsonl",
    "real_logs29_holdout.jsonl",
    "real_logs30_dev.jsonl",
    "real_logs30_holdout.jsonl",
    "real_logs31_dev.jsonl",
    "real_logs31_holdout.jsonl",
    "real_logs32_dev.jsonl",
    "real_logs32_holdout.jsonl",
    "real_logs33_dev.jsonl",
    "real_logs33_holdout.jsonl",
    "real_logs34_dev.jsonl",
    "real_logs34_holdout.jsonl",
    "real_logs35_dev.jsonl",
    "real_logs35_holdout.jsonl",
    "real_logs36_dev.jsonl",
    "real_logs36_holdout.jsonl",
    "real_logs37_dev.jsonl",
    "real_logs37_holdout.jsonl",
    "real_logs38_dev.jsonl",
    "real_logs38_holdout.jsonl",
    "real_logs40_dev.jsonl",
    "real_logs40_holdout.jsonl",
    "real_logs41_dev.jsonl",
    "real_logs41_holdout.jsonl",
    "real_logs42_dev.jsonl",
    "real_logs42_holdout.jsonl",
    "real_logs43_dev.jsonl",
    "real_logs43_holdout.jsonl",
    "real_logs44_dev.jsonl",
    "real_logs44_holdout.jsonl",
    "real_logs17_dev.jsonl",
    "real_logs17_holdout.jsonl",
    "http5_dev.jsonl",
    "http5_holdout.jsonl",
    "http7_dev.jsonl",
    "http7_holdout.jsonl",
    "http8_dev.jsonl",
    "http8_holdout.jsonl",
    "http9_dev.jsonl",
    "http9_holdout.jsonl",
    "http10_dev.jsonl",
    "http10_holdout.jsonl",
    "http11_dev.jsonl",
    "http11_holdout.jsonl",
    "http12_dev.jsonl",
    "http12_holdout.jsonl",
    "http13_dev.jsonl",
    "http13_holdout.jsonl",
    "http14_dev.jsonl",
    "http14_holdout.jsonl",
    "http15_dev.jsonl",
    "http15_holdout.jsonl",
    "http16_dev.jsonl",
    "http16_holdout.jsonl",
    "http17_dev.jsonl",
    "http17_holdout.jsonl",
    "http18_dev.jsonl",
    "http18_holdout.jsonl",
    "http19_dev.jsonl",
    "http19_holdout.jsonl",
    "http20_dev.jsonl",
    "http20_holdout.jsonl",
    "http21_dev.jsonl",
    "http21_holdout.jsonl",
    "http22_dev.jsonl",
    "http22_holdout.jsonl",
    "noisy_comments.jsonl",
    "noisy_comments2.jsonl",
    "tweets_dev.jsonl",
    "tweets_holdout.jsonl",
    "noisy_comments3_dev.jsonl",
    "noisy_comments3_holdout.jsonl",
    "tweets2_dev.jsonl",
    "tweets2_holdout.jsonl",
    "web_dev.jsonl",
    "web_holdout.jsonl",
    "gum_dev.jsonl",
    "gum_holdout.jsonl",
)


def _values(text, gold, ignored):
    """A labeller's spans as (value, entity) and (value, label) pairs."""
    return (
        [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
        [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
    )


@pytest.fixture(params=FILES)
def records(request):
    with (DATA / request.param).open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_ids_are_unique(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))


def test_spans_are_in_range_typed_and_disjoint(records):
    names = {e.value for e in EntityType}
    for r in records:
        last = 0
        for s in r["spans"]:
            assert 0 <= s["start"] < s["end"] <= len(r["text"]), r["id"]
            assert s["entity"] in names, r["id"]
            assert s["start"] >= last, r["id"]  # sorted and not overlapping
            last = s["end"]
        for g in r.get("ignored", []):
            assert 0 <= g["start"] < g["end"] <= len(r["text"]), r["id"]


def test_no_span_is_a_bare_unspecified_address(records):
    for r in records:
        for s in r["spans"]:
            assert r["text"][s["start"] : s["end"]] != "::", r["id"]


def _cookie_values(name):
    from benchmarks.corpus._http4 import cookie_pairs

    with (DATA / name).open(encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh]
    return {t[s:e] for t in texts for _n, s, e in cookie_pairs(t) if e - s >= 8}


def test_seventh_set_parts_share_no_cookie_value_and_no_capture():
    assert not _cookie_values("http7_dev.jsonl") & _cookie_values("http7_holdout.jsonl")
    paths = {}
    for part in ("dev", "holdout"):
        with (DATA / f"http7_{part}.jsonl").open(encoding="utf-8") as fh:
            paths[part] = {(r["repo"], r["path"]) for r in map(json.loads, fh)}
    assert not paths["dev"] & paths["holdout"]


def test_eighth_set_repeats_no_development_cookie_value():
    dev = "\n".join(
        json.loads(line)["text"]
        for name in ("cookies_dev", "http4_dev", "http5_dev", "http6_dev", "http7_dev")
        for line in (DATA / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
    )
    values = _cookie_values("http8_holdout.jsonl")
    assert len(values) > 150
    assert not {v for v in values if v in dev}
    ids = []
    for line in (DATA / "http8_holdout.jsonl").read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        ids += [r["text"][s["start"] : s["end"]] for s in r["spans"] if s["entity"] == "COOKIE_ID"]
    assert len(set(ids)) > 250
    assert not {v for v in ids if v in dev}  # no labelled id of the set is in a development file


def test_eighth_set_parts_share_no_cookie_value():
    assert not _cookie_values("http8_dev.jsonl") & _cookie_values("http8_holdout.jsonl")


def test_eighth_set_agents_are_whole_header_values_in_one_part_only():
    agents = {}
    for part in ("dev", "holdout"):
        agents[part] = set()
        for line in (DATA / f"http8_{part}.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["source"] != "ua_header":
                continue
            (span,) = r["spans"]
            assert r["text"][: span["start"]] == "User-Agent: "
            assert span["end"] == len(r["text"])
            agents[part].add(r["text"][span["start"] :])
    assert len(agents["holdout"]) > 1000
    assert not agents["dev"] & agents["holdout"]


# Built later, with agents of the ninth set's held-out part: the fifteenth log set (an
# sshguard test line with Meta's crawler) and the sixteenth (an F5 WAF record with bingbot).
# The twenty-second HTTP set (packet captures) has common tools' agents too (curl, Python-urllib),
# and so do the forty-third and forty-fifth log sets (curl in a Wazuh sample and an F5 ASM event),
# and the thirty-ninth HTTP set (CloudFront's own agent, "Amazon CloudFront", in its log lines),
# and the fifty-third log set (SIP servers' documented agents, "Hello World", "http_get").
NINTH_AND_LATER_DEV = frozenset(
    (
        *(
            f"http{n}_dev.jsonl"
            for n in (9, 10, 11, 12, 13, 14, 15, 16, 17, 19, 20, 21, 22, 27, 29, 36, 39)
        ),
        "real_logs15_dev.jsonl",
        "real_logs16_dev.jsonl",
        "real_logs19_dev.jsonl",
        "real_logs43_dev.jsonl",
        "real_logs45_dev.jsonl",
        "real_logs49_dev.jsonl",
        "real_logs53_dev.jsonl",
    )
)


def test_ninth_set_agents_are_whole_header_values_in_one_part_only():
    agents: dict[str, set[str]] = {}
    dev = "\n".join(
        json.loads(line)["text"]
        for f in sorted(DATA.glob("*dev*.jsonl"))
        # its own, and later sets'
        if f.name not in NINTH_AND_LATER_DEV
        for line in f.read_text(encoding="utf-8").splitlines()
    )
    for part in ("dev", "holdout"):
        agents[part] = set()
        for line in (DATA / f"http9_{part}.jsonl").read_text(encoding="utf-8").splitlines():
            r = json.loads(line)
            if r["source"] != "ua_header":
                continue
            (span,) = r["spans"]
            assert r["text"][: span["start"]] == "User-Agent: "
            assert span["end"] == len(r["text"])
            agents[part].add(r["text"][span["start"] :])
    assert len(agents["holdout"]) > 1500
    assert not agents["dev"] & agents["holdout"]
    assert not {a for a in agents["holdout"] if a in dev}  # no agent of an earlier dev file


def test_ninth_set_parts_share_no_cookie_value():
    assert not _cookie_values("http9_dev.jsonl") & _cookie_values("http9_holdout.jsonl")


def _sites(n, name):
    from importlib import import_module

    module = import_module(f"benchmarks.corpus._http{n}")
    sites_of = module.SET.sites_of if hasattr(module, "SET") else module.sites_of
    with (DATA / name).open(encoding="utf-8") as fh:
        return sites_of([("", "", "", json.loads(line)["text"]) for line in fh])


#: The sets split by repository: set number -> (development, held-out) repositories with records.
REPO_SPLIT_SETS = {10: (3, 3), 11: (5, 5), 12: (4, 2), 13: (2, 1), 14: (6, 1)}


@pytest.mark.parametrize(("n", "counts"), REPO_SPLIT_SETS.items())
def test_repository_split_sets_share_no_cookie_value_no_site_and_no_repository(n, counts):
    assert not _cookie_values(f"http{n}_dev.jsonl") & _cookie_values(f"http{n}_holdout.jsonl")
    assert not _sites(n, f"http{n}_dev.jsonl") & _sites(n, f"http{n}_holdout.jsonl")
    repos = {}
    for part in ("dev", "holdout"):
        with (DATA / f"http{n}_{part}.jsonl").open(encoding="utf-8") as fh:
            repos[part] = {json.loads(line)["repo"] for line in fh}
    assert (len(repos["dev"]), len(repos["holdout"])) == counts
    assert not repos["dev"] & repos["holdout"]


@pytest.mark.parametrize("n", REPO_SPLIT_SETS)
def test_repository_split_sets_repeat_no_earlier_development_cookie_value(n):
    from importlib import import_module

    earlier_files = import_module(f"benchmarks.corpus._http{n}").EARLIER
    earlier = set().union(*(_cookie_values(f.name) for f in earlier_files))
    for part in ("dev", "holdout"):
        assert not _cookie_values(f"http{n}_{part}.jsonl") & earlier


class TestLabel12:
    """The twelfth set's own rules (``_http12.held_out``, ``cassette_msgs``, ``_label``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http12 import _label

        return _values(text, *_label(text, "cassette_request"))

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http12 import SOURCES, held_out

        parts = {r: held_out(r) for r in SOURCES}
        assert parts["colonelpanic8/lastfm-edit"]
        assert not parts["nasa/mmt"]

    def test_a_top_level_list_with_url_and_a_numeric_status_is_read(self):
        from benchmarks.corpus._http12 import cassette_msgs

        raw = (
            "- request:\n    method: GET\n    url: https://www.example.org/login\n"
            "    headers:\n      user-agent:\n      - Mozilla/5.0 (X11)\n"
            "  response:\n    status: 302\n    headers:\n      set-cookie:\n      - a=b\n"
        )
        assert cassette_msgs(raw) == [
            ("request", "GET https://www.example.org/login\nuser-agent: Mozilla/5.0 (X11)",
             "https://www.example.org/login"),
            ("response", "HTTP/1.1 302\nset-cookie: a=b", "https://www.example.org/login"),
        ]  # fmt: skip

    def test_a_django_signed_session_is_an_id_whole(self):
        value = "eyJfYXV0aF91c2VyX2hhc2giOiJ4In0:1uj8T3:sIcoOqaCyNnPwZnqBwXwShc-B5cZrfkUoh2C"
        gold, _ = self._label(f"GET https://www.example.org/\nCookie: sessionid={value}; lfmanon=1")
        assert gold == [(value, "COOKIE_ID")]

    def test_a_serialised_session_record_gives_its_id_and_address(self):
        rec = (
            "a%3A4%3A%7Bs%3A10%3A%22session_id%22%3Bs%3A32%3A%220123456789abcdef0123456789abcdef"
            "%22%3Bs%3A10%3A%22ip_address%22%3Bs%3A13%3A%22198.51.100.27%22%3Bs%3A10%3A%22"
            "user_agent%22%3Bs%3A9%3A%22Mozilla%2F4%22%3Bs%3A13%3A%22last_activity%22%3Bi%3A1%3B%7Dab"
        )
        gold, ignored = self._label(f"GET https://www.example.org/\nCookie: ci_session={rec}")
        assert gold == [
            ("0123456789abcdef0123456789abcdef", "COOKIE_ID"),
            ("198.51.100.27", "IP_ADDRESS"),
        ]
        assert ("Mozilla%2F4", "COOKIE_ID?") in ignored

    def test_an_expired_cookies_value_is_no_id(self):
        gold, _ = self._label("HTTP/1.1 200 OK\nset-cookie: masterchief=deleted; expires=Thu")
        assert gold == []

    def test_a_credentials_name_in_its_place_is_a_placeholder(self):
        gold, ignored = self._label(
            "GET https://www.example.org/\napikey: testapikey\necho-token: access_token:AbC1\n"
            "echo-token: echo-system-token\n"
            "apikey: GsO6tNAKRak1DDwOu4glluZ6X8yRWe"
        )
        assert gold == [("GsO6tNAKRak1DDwOu4glluZ6X8yRWe", "AUTH_TOKEN")]
        assert {v for v, lab in ignored if lab == "AUTH_PLACEHOLDER"} == {
            "testapikey", "access_token:AbC1", "echo-system-token"}  # fmt: skip


class TestLabel13:
    """The thirteenth set's own rules (``_http13.held_out``, ``_label``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http13 import _label

        return _values(text, *_label(text, "cassette_response"))

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http13 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == ["Diaoul/subliminal"]

    def test_a_filters_placeholder_under_an_id_name_is_no_id(self):
        for value in ("0123456789abcdef0123456789abcdef", "000-0000000-0000000"):
            gold, _ = self._label(f"HTTP/1.1 200 OK\nSet-Cookie: hover_session={value}; Path=/")
            assert gold == []
        gold, _ = self._label("HTTP/1.1 200 OK\nSet-Cookie: hover_session=9d548d28a1152246540f")
        assert gold == [("9d548d28a1152246540f", "COOKIE_ID")]

    def test_routing_and_location_cookies_are_no_id(self):
        gold, ignored = self._label(
            "HTTP/1.1 200 OK\nSet-Cookie: SRVAPI=SERV149; path=/\n"
            "Set-Cookie: x-ms-gateway-slice=estsfd; path=/\nSet-Cookie: edgecity=PITTSBURGH"
        )
        assert gold == []
        assert ignored == [("PITTSBURGH", "LOCATION")]


class TestLabel15:
    """The fifteenth set's own rules and reader (``_http15.held_out``, ``_label``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http15 import _label

        return _values(text, *_label(text, "cassette_response"))

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http15 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == [
            "sentinelsat/sentinelsat", "ropensci/taxize", "ropensci/wikitaxa", "ropensci/rplos",
            "ropensci/rbhl", "ropensci/ritis", "ropensci/crminer"]  # fmt: skip

    def test_routing_cookies_are_no_id_and_sessions_are(self):
        gold, _ = self._label(
            "HTTP/1.1 200 OK\nSet-Cookie: X-Mapping-fjhppofk=26484D0F5DA32D2D6AF64AA1C9DBBA16\n"
            "Set-Cookie: startBAK=R3415748110; path=/\n"
            "Set-Cookie: LiSESSIONID=BCBEB8F0328D0E10EA90BFBC9A10B2D2; path=/"
        )
        assert gold == [("BCBEB8F0328D0E10EA90BFBC9A10B2D2", "COOKIE_ID")]

    def test_r_vcr_cassettes_are_read_without_bodies(self):
        from benchmarks.corpus._http15 import cassette_msgs

        raw = (
            "http_interactions:\n- request:\n    method: get\n    uri: https://example.org/a\n"
            "    body:\n      encoding: ''\n      string: ''\n    headers:\n"
            "      User-Agent: r-curl/5.2.3 crul/1.5.0\n  response:\n    status:\n"
            "      status_code: '200'\n      message: OK\n    headers:\n"
            "      status: HTTP/1.1 200 OK\n      set-cookie: a=b; path=/\n    body:\n"
            "      encoding: ''\n      base64_string: Zm9v\n        YmFy\n"
            "  recorded_at: 2024-09-27 01:49:24 GMT\n"
        )
        msgs = cassette_msgs(raw)
        assert [k for k, _, _ in msgs] == ["request", "response"]
        assert msgs[1][1] == "HTTP/1.1 200 OK\nset-cookie: a=b; path=/"


@pytest.mark.parametrize("n", [15, 16, 17, 18])
class TestCassetteParts:
    """The fifteenth to eighteenth sets' parts share no site and no cookie value."""

    def test_parts_share_no_site_and_no_cookie_value(self, n):
        import importlib

        from benchmarks.corpus import _http12

        corpus = importlib.import_module(f"benchmarks.corpus._http{n}")
        parts = {}
        for part in ("dev", "holdout"):
            with (DATA / f"http{n}_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            recs = [(r["repo"], r["path"], r["source"], r["text"]) for r in rows]
            values = set().union(*(_http12._values(t) for *_, t in recs))
            parts[part] = (corpus.SET.sites_of(recs), values)
        assert not parts["dev"][0] & parts["holdout"][0]
        assert not parts["dev"][1] & parts["holdout"][1]


class TestLabel16:
    """The sixteenth set's own rules (``_http16.held_out``, ``_label``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http16 import _label

        return _values(text, *_label(text, "cassette_response"))

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http16 import SOURCES, held_out

        assert [r.split("-")[-1] for r in SOURCES if held_out(r)] == [
            "lenovo", "ibm_power_hmc", "vmware", "nuage", "nsxt", "ibm_cloud", "ovirt",
            "azure_stack"]  # fmt: skip

    def test_a_filter_stand_in_in_capitals_is_no_id_nor_credential(self):
        gold, ignored = self._label(
            "GET https://proxmox/api2/json/nodes\nCookie: PVEAuthCookie=PVE_AUTH_COOKIE\n"
            "Authorization: Bearer VMWARE_API_TOKEN"
        )
        assert gold == []
        assert ignored == [("VMWARE_API_TOKEN", "AUTH_PLACEHOLDER")]

    def test_a_signed_ticket_is_an_id_and_an_expiry_marker_is_not(self):
        gold, _ = self._label(
            "HTTP/1.1 200 OK\nSet-Cookie: rememberMe=deleteMe; Path=/\n"
            "Set-Cookie: PVEAuthCookie=PVE:root@pam:69615C17::vz/6GPfFUsCsjn3eBePIMmK9lRBvww89057n"
        )
        assert gold == [
            ("PVE:root@pam:69615C17::vz/6GPfFUsCsjn3eBePIMmK9lRBvww89057n", "COOKIE_ID")
        ]

    def test_session_headers(self):
        gold, _ = self._label(
            "GET https://hmc/rest/api/uom\nX-API-Session: 7Yk2pQ9wLm3Xr8Tz\n"
            "CSRFPreventionToken: 69931550:tMviX3eW2MarXdgKXwHoyet8jQ\n"
            "x-vcloud-authorization: 5f2a9c1e0b7d4e3a8c6f1d2b9e0a7c4f"
        )
        assert gold == [
            ("7Yk2pQ9wLm3Xr8Tz", "COOKIE_ID"),
            ("69931550:tMviX3eW2MarXdgKXwHoyet8jQ", "COOKIE_ID"),
            ("5f2a9c1e0b7d4e3a8c6f1d2b9e0a7c4f", "AUTH_TOKEN"),
        ]


class TestLabel17:
    """The seventeenth set's own rules (``_http17.held_out``, ``_label``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http17 import _label

        return _values(text, *_label(text, "cassette_response"))

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http17 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == ["vmware/pyvmomi", "apache/deltacloud"]

    def test_a_template_in_angle_brackets_is_no_credential(self):
        gold, ignored = self._label(
            "GET https://fosstodon.org/api/v1/timelines/home\n"
            "Authorization: Bearer <<<MASTODON TOKEN>>>"
        )
        assert gold == []
        assert ignored == [("<<<MASTODON TOKEN>>>", "AUTH_PLACEHOLDER")]

    def test_a_flag_name_holding_a_random_token_is_an_id(self):
        token = "fpYfFKIXCCHwyldHWSz2VLcaDOvZrMcru2Alo"
        gold, _ = self._label(
            f"HTTP/1.1 302 Found\nSet-Cookie: t={token}; path=/\n"
            "Set-Cookie: t=deleted; expires=Thu, 01-Jan-1970 00:00:01 GMT"
        )
        assert gold == [(token, "COOKIE_ID")]

    def test_a_web_firewalls_session_cookie_is_an_id(self):
        gold, _ = self._label("HTTP/1.1 200 OK\nSet-Cookie: cookiesession1=K8BXT3TNYUM710UEGWC8IQ")
        assert gold == [("K8BXT3TNYUM710UEGWC8IQ", "COOKIE_ID")]

    def test_a_country_cookie_is_a_location(self):
        gold, ignored = self._label(
            "HTTP/1.1 200 OK\nSet-Cookie: steamCountry=GB%7C0b2772b9036e7e98575850473a0af2ff"
        )
        assert gold == []
        assert ignored == [("GB%7C0b2772b9036e7e98575850473a0af2ff", "LOCATION")]


class TestLabel18:
    """The eighteenth set's own rules (``_http18.held_out``, ``_label``: rules 43-45)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http18 import _label

        return _values(text, *_label(text, "cassette_request"))

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http18 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == [
            "ManageIQ/manageiq-providers-redfish", "linode/linodego"]  # fmt: skip

    def test_an_issued_token_header_is_a_credential(self):
        gold, _ = self._label("HTTP/1.1 201\nX-Subject-Token: b99d28b8cd4e46ee9f4c056109079727")
        assert gold == [("b99d28b8cd4e46ee9f4c056109079727", "AUTH_TOKEN")]

    def test_signatures_and_access_keys_in_a_query_are_credentials(self):
        gold, ignored = self._label(
            "GET https://ec2.example.net/?AWSAccessKeyId=AKIAIOSFODNN7EXAMPLE&Action=X"
            "&Signature=abc%2Fdefghij%3D&api_key=dummy"
        )
        assert gold == [
            ("AKIAIOSFODNN7EXAMPLE", "AUTH_TOKEN"), ("abc%2Fdefghij%3D", "AUTH_TOKEN")]  # fmt: skip
        assert ignored == [("dummy", "AUTH_PLACEHOLDER")]

    def test_a_wrapped_word_is_a_placeholder(self):
        gold, ignored = self._label("GET https://h/x\nAuthorization: Bearer __bad-token__")
        assert gold == []
        assert ignored == [("__bad-token__", "AUTH_PLACEHOLDER")]


class TestLabel19:
    """The nineteenth set's own rules (``_http19.held_out``, ``_label``: rules 46-55)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http19 import _label

        return _values(text, *_label(text, "access_x"))

    def test_the_split_is_the_hash_of_the_system_name(self):
        from benchmarks.corpus._http19 import SYSTEMS, held_out

        assert [s for s in SYSTEMS if held_out(s)] == [
            "iis", "squid", "gunicorn", "kong", "traffic_server"]  # fmt: skip

    def test_the_user_field_of_a_common_log_line_is_an_ignored_user_name(self):
        gold, ignored = self._label(
            '127.0.0.1 - frank [13/Jul/2016:10:55:36 +0000] "GET / HTTP/1.0" 200 2'
        )
        assert gold == [("127.0.0.1", "IP_ADDRESS")]
        assert ignored == [("frank", "USERNAME")]

    def test_a_haproxy_client_before_its_timestamp_is_no_user(self):
        _, ignored = self._label(
            "1.2.3.4:38862 [30/Jul/2018:09:03:52.726] fe be/s 0/0/1/0/2 304 168"
        )
        assert ignored == []

    def test_a_captured_host_header_is_no_agent_and_a_masked_key_is_a_placeholder(self):
        gold, ignored = self._label(
            "10.0.1.2:33317 [06/Feb/2009:12:14:14.655] in st/s1 1/0/3/6/9 200 27 - - ---- 1/1/1/1/0 0/0 "
            '{1wt.eu} {} "POST /api/?api_key=****************************aedd HTTP/1.1"'
        )
        assert gold == [("10.0.1.2", "IP_ADDRESS")]
        assert ignored == [("****************************aedd", "AUTH_PLACEHOLDER")]

    def test_envoy_and_timed_combined_agents(self):
        gold, _ = self._label(
            '[2019-03-06T09:31:27.354Z] "GET /s HTTP/1.1" 418 - "-" 0 135 11 10 "-" "curl/7.60.0" "id"'
        )
        assert ("curl/7.60.0", "USER_AGENT") in gold
        gold, _ = self._label(
            '::1 - - [19/Feb/2015:15:50:36 -0500] "GET /b HTTP/1.1" 206 3 0.202 "-" "Mozilla/5.0 (X)"'
        )
        assert ("Mozilla/5.0 (X)", "USER_AGENT") in gold

    def test_w3c_fields_agent_user_and_cookies(self):
        gold, ignored = self._label(
            "2002-05-02 17:42:15 172.22.255.255 GET /p.jpg - 80 toto 123.123.123.123 "
            "Mozilla/4.0+(compatible;MSIE+5.5) _ga=GA1.2.1444022372.1602149437;+pref=1 200 0 0 1"
        )
        assert ("Mozilla/4.0+(compatible;MSIE+5.5)", "USER_AGENT") in gold
        assert ("GA1.2.1444022372.1602149437", "COOKIE_ID") in gold
        assert ignored == [("toto", "USERNAME")]

    def test_captured_agent_dash_referrer_agent_and_oauth_token(self):
        gold, _ = self._label(
            "1.2.3.4:27368 [15/Dec/2021:16:55:17.995] fe~ be/s1 24/0/0/3/27 304 453 - - ---- "
            '27/1/1/0/0 0/0 {|Mozilla/5.0 (X11) Gecko/1} "GET /i.png HTTP/1.1"'
        )
        assert ("Mozilla/5.0 (X11) Gecko/1", "USER_AGENT") in gold
        gold, _ = self._label(
            '81.2.69.193 - - [19/Jan/2018:10:01:02 +0000] "GET /t?oauth_token=ya29.Gl0fBWnrJ7Dc '
            'HTTP/1.1" 200 150 - "Android" 623114 "Host-api" "http://172.25.0.6:4140" 8ms'
        )
        assert ("ya29.Gl0fBWnrJ7Dc", "AUTH_TOKEN") in gold
        assert ("Android", "USER_AGENT") in gold


class TestHttp19Parts:
    """The nineteenth set's parts share no text and no system."""

    def test_parts_share_no_text_and_no_system(self):
        from benchmarks.corpus._http19 import held_out

        parts = {}
        for part in ("dev", "holdout"):
            with (DATA / f"http19_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            parts[part] = {r["text"] for r in rows}
            assert {held_out(r["source"].removeprefix("access_")) for r in rows} == {
                part == "holdout"
            }
        assert not parts["dev"] & parts["holdout"]


class TestHttp20:
    """The twentieth set: split by the site's hash, its parts share no site and no cookie
    value, and its reviewed names decide A/B buckets as no id."""

    def test_the_split_is_the_hash_of_the_site(self):
        from benchmarks.corpus._http20 import held_out

        assert [s for s in ("tesla.com", "genius.com", "musixmatch.com") if held_out(s)] == [
            "tesla.com"
        ]

    def test_ab_buckets_are_no_id_and_a_user_guid_is(self):
        from benchmarks.corpus._http20 import _label

        text = (
            "GET https://genius.com/x\nCookie: _genius_ab_test_cohort=10; mxm_bab=AB; "
            "musixmatchUserGuid=37fdad04-cc78-436e-bd45-c20a48212e0c\n"
        )
        gold, _ = _label(text, "cassette_request")
        assert [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"] == [
            "37fdad04-cc78-436e-bd45-c20a48212e0c"
        ]

    def test_parts_share_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values = {}
        for part in ("dev", "holdout"):
            with (DATA / f"http20_{part}.jsonl").open(encoding="utf-8") as fh:
                values[part] = set().union(
                    *(_http12._values(json.loads(line)["text"]) for line in fh)
                )
        assert not values["dev"] & values["holdout"]


class TestHttp21:
    """The twenty-first set: split by the site's hash (the twentieth set's rule), Embed's cache
    files read for their host, its parts share no cookie value, and its reviewed names."""

    def test_the_split_is_the_twentieth_sets(self):
        from benchmarks.corpus import _http20, _http21

        sites = ("tesla.com", "genius.com", "soundcloud.com", "kickstarter.com")
        assert [_http21.held_out(s) for s in sites] == [_http20.held_out(s) for s in sites]
        assert _http21.held_out("tesla.com")
        assert not _http21.held_out("soundcloud.com")

    def test_an_embed_cache_files_host_is_read_from_its_name(self):
        from benchmarks.corpus._http21 import embed_host

        for name, host in (
            ("www.flickr.com.services-oembed.2de517b4c9d19c70fdeab9c887a06.php", "www.flickr.com"),
            ("www.youtube.com.watch.878f5352b6f0e632a763ebf05fb48b16.php", "www.youtube.com"),
            ("consent.google.es.ml.1e8880920f8.php", "consent.google.es"),
            ("www.itmedia.co.jp.news-articles-2410-28-news159.html.php", "www.itmedia.co.jp"),
            ("4pda.to.2022-12-04-406834-sostoyalsya_reliz.php", "4pda.to"),
            ("www.bbc.co.uk.news-1.php", "www.bbc.co.uk"),
        ):
            assert embed_host(f"tests/cache/{name}") == host, name

    def test_reviewed_names(self):
        from benchmarks.corpus._http21 import _label

        uid = "2b6bd91a-1e98-4f92-aa66-6d1767f7565c"
        text = (
            "HTTP/1.1 200 OK\nset-cookie: BACKENDID=bender19-6; path=/\n"
            f"set-cookie: scribd_ubtc=u%3D{uid}%26h%3DIggKk2ldmBAaHSVq0Rkc5vl; path=/\n"
            "set-cookie: BX=13msmjlg6jmep&b=3&s=k7; path=/\nset-cookie: _nu=1582416095; path=/"
        )
        gold, _ = _label(text, "cache_response")
        assert [text[g["start"] : g["end"]] for g in gold] == [uid, "13msmjlg6jmep"]

    def test_parts_share_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values = {}
        for part in ("dev", "holdout"):
            with (DATA / f"http21_{part}.jsonl").open(encoding="utf-8") as fh:
                values[part] = set().union(
                    *(_http12._values(json.loads(line)["text"]) for line in fh)
                )
        assert not values["dev"] & values["holdout"]


class TestHttp22:
    """The twenty-second set: split by capture, HTTP headers read from pcap and pcapng
    captures, its parts share no capture and no cookie value, and its reviewed names."""

    def test_the_split_is_the_hash_of_the_capture(self):
        import hashlib

        from benchmarks.corpus._http22 import held_out

        for repo, path in (("ntop/nDPI", "tests/cfgs/default/pcap/1kxun.pcap"),
                           ("zeek/zeek", "testing/btest/Traces/http/get.trace")):  # fmt: skip
            digit = hashlib.sha256(f"{repo}:{path}".encode()).hexdigest()[0]
            assert held_out(repo, path) == (digit in "01234")

    @staticmethod
    def _pcap(payloads):
        import struct

        out = [struct.pack("<IHHiIII", 0xA1B2C3D4, 2, 4, 0, 0, 65535, 1)]
        for sport, dport, payload in payloads:
            tcp = struct.pack(">HHIIBBHHH", sport, dport, 0, 0, 5 << 4, 0x18, 0, 0, 0) + payload
            ip = struct.pack(">BBHHHBBH4s4s", 0x45, 0, 20 + len(tcp), 0, 0, 64, 6, 0,
                             bytes([10, 0, 0, 1 if sport > 1024 else 2]),
                             bytes([10, 0, 0, 2 if sport > 1024 else 1])) + tcp  # fmt: skip
            frame = b"\0" * 12 + b"\x08\x00" + ip
            out.append(struct.pack("<IIII", 0, 0, len(frame), len(frame)) + frame)
        return b"".join(out)

    def test_a_capture_gives_its_messages_with_the_requests_site(self):
        from benchmarks.corpus._http22 import pcap_msgs

        raw = self._pcap([
            (40000, 80, b"GET /a HTTP/1.1\r\nHost: www.shop.de\r\nCookie: sid=1\r\n\r\n"),
            (80, 40000, b"HTTP/1.1 200 OK\r\nSet-Cookie: x=2\r\n\r\nbody"),
            (40000, 80, b"partial header without its end"),
        ])  # fmt: skip
        assert pcap_msgs(raw) == [
            ("request", "GET /a HTTP/1.1\nHost: www.shop.de\nCookie: sid=1", "http://www.shop.de/"),
            ("response", "HTTP/1.1 200 OK\nSet-Cookie: x=2", "http://www.shop.de/"),
        ]

    def test_reviewed_names(self):
        from benchmarks.corpus._http22 import _label

        digest = "1f00bdb076b5fb707c70254849819ec1797d3e27"
        text = (
            "GET / HTTP/1.1\nHost: build.usgbc.org\n"
            f"Cookie: visitor_id413862=286585660; visitor_id413862-hash={digest}; "
            "MC_NPID=mc-sm17.websys.aol.com/13769; MC1=V=3&GUID=49aa5a1406014bda9dc0f9b036037ca6"
        )
        gold, _ = _label(text, "pcap_request")
        cookies = [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"]
        assert cookies == ["286585660", "49aa5a1406014bda9dc0f9b036037ca6"]

    def test_parts_share_no_capture_and_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values, captures = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http22_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            captures[part] = {(r["repo"], r["path"]) for r in rows}
        assert not values["dev"] & values["holdout"]
        assert not captures["dev"] & captures["holdout"]


class TestHttp23:
    """The twenty-third set: split by the site's hash (the twentieth set's rule), PHP-VCR's
    list of interactions read, its parts share no site and no cookie value, and its reviewed
    names."""

    def test_the_split_is_the_twentieth_sets(self):
        from benchmarks.corpus import _http20, _http23

        sites = ("tesla.com", "genius.com", "cen.eu", "myanimelist.net", "ieee.org")
        assert [_http23.held_out(s) for s in sites] == [_http20.held_out(s) for s in sites]
        assert not _http23.held_out("cen.eu")

    def test_a_php_vcr_fixture_gives_its_messages_without_bodies(self):
        from benchmarks.corpus._http23 import read

        raw = (
            "-\n    request:\n        method: GET\n        url: 'https://www.shop.jp/a'\n"
            "        headers:\n            Host: www.shop.jp\n            User-Agent: Agent/1.0\n"
            "    response:\n        status:\n            http_version: '1.1'\n"
            "            code: '200'\n            message: OK\n"
            "        headers:\n            Set-Cookie: 'sid=abc; path=/'\n"
            "        body: |\n            <html>\n            body text\n"
        )
        assert read(raw) == [
            ("request", "GET https://www.shop.jp/a\nHost: www.shop.jp\nUser-Agent: Agent/1.0",
             "https://www.shop.jp/a"),
            ("response", "HTTP/1.1 200 OK\nSet-Cookie: sid=abc; path=/", "https://www.shop.jp/a"),
        ]  # fmt: skip

    def test_reviewed_names(self):
        from benchmarks.corpus._http23 import _label

        text = (
            "GET https://standards.cen.eu/dyn/www/f?p=204\nCookie: "
            "PUBLIC_WWV_CUSTOM-F_1871429483561673_204=482786927902601; "
            "WWV_CUSTOM-F_1871429483561673_204=01734DBCCE10A6DE5316790F5512A544; __uzmb=1700000000"
        )
        gold, _ = _label(text, "cassette_request")
        assert [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"] == [
            "482786927902601", "01734DBCCE10A6DE5316790F5512A544"]  # fmt: skip

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http10, _http12

        values, sites = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http23_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            sites[part] = _http10.sites_of([("", "", "", r["text"]) for r in rows])
        assert not values["dev"] & values["holdout"]
        assert not sites["dev"] & sites["holdout"]


class TestHttp24:
    """The twenty-fourth set: split by the site's hash (the twenty-third set's rule), the
    twenty-third set's held-out sites left out, its reviewed names, and its parts share no
    site and no cookie value."""

    def test_the_split_is_the_twenty_third_sets(self):
        from benchmarks.corpus import _http23, _http24

        sites = ("crossref.org", "w3.org", "yelp.com", "familysearch.org", "oasis-open.org")
        assert [_http24.held_out(s) for s in sites] == [_http23.held_out(s) for s in sites]
        assert not _http24.held_out("yelp.com")

    def test_the_twenty_third_sets_held_out_sites_are_left_out(self):
        from benchmarks.corpus._http24 import HELD_OUT_SITES

        assert {"iso.org", "itu.int", "myanimelist.net"} <= HELD_OUT_SITES

    def test_reviewed_names(self):
        from benchmarks.corpus._http24 import _label

        text = (
            "GET https://www.yelp.com/biz/a\nCookie: bse=02239fc7fddbd29057dec0153be131ec; "
            "AWSALBTG=Qk9PbGVhbmRlYWRiZWVmY2FmZWJhYmUxMjM0NTY3ODkw"
        )
        gold, _ = _label(text, "cassette_request")
        assert [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"] == [
            "02239fc7fddbd29057dec0153be131ec"]  # fmt: skip

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http10, _http12

        values, sites = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http24_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            sites[part] = _http10.sites_of([("", "", "", r["text"]) for r in rows])
        assert not values["dev"] & values["holdout"]
        assert not sites["dev"] & sites["holdout"]


class TestHttp25:
    """The twenty-fifth set: split by the repository's hash (the twelfth set's rule), the
    earlier held-out sites left out, its reviewed names, and its parts share no site and no
    cookie value."""

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http25 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == [
            "kipe/nordpool", "hackclub/api", "ropensci/rb3", "attack/barometer",
            "jondkinney/docusign_rest"]  # fmt: skip

    def test_the_twenty_fourth_sets_held_out_sites_are_left_out(self):
        from benchmarks.corpus._http25 import HELD_OUT_SITES

        assert {"w3.org", "oasis-open.org", "iso.org", "myanimelist.net"} <= HELD_OUT_SITES

    def test_reviewed_names(self):
        from benchmarks.corpus._http25 import _label

        text = (
            "HTTP/1.1 200 OK\nSet-Cookie: HWWAFSESID=28c80a6c9e27fccfda; path=/\n"
            "Set-Cookie: HWWAFSESTIME=1752602173196; path=/"
        )
        gold, _ = _label(text, "cassette_response")
        assert [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"] == [
            "28c80a6c9e27fccfda"]  # fmt: skip

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http10, _http12

        values, sites = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http25_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            sites[part] = _http10.sites_of([("", "", "", r["text"]) for r in rows])
        assert not values["dev"] & values["holdout"]
        assert not sites["dev"] & sites["holdout"]


class TestHttp26:
    """The twenty-sixth set: split by the site's hash (the twelfth set's test on the site's
    name), the course dumps' blocks and sites, its amendments, and its parts share no site and
    no cookie value."""

    def test_the_split_is_the_hash_of_the_site_name(self):
        from benchmarks.corpus._http26 import held_out

        sites = ("paypal.com", "amazon.es", "usps.com", "abc.net.au", "alibaba.com", "zoom.us")
        assert [s for s in sites if held_out(s)] == ["amazon.es", "alibaba.com"]

    def test_file_site_and_dump_blocks(self):
        from benchmarks.corpus._http26 import dump_blocks, file_site

        assert file_site("a/3/independent_co_uk_97744f752aa6a70cbcea75bb28a206f6.txt") == (
            "independent.co.uk"
        )
        assert file_site("a/3/yandex_com_.txt") == "yandex.com"
        assert file_site("a/3/amazon.es") == "amazon.es"
        raw = "> HTTP/1.1 301 Moved\n> Location: /x\n> \n> HTTP/2 200\n> set-cookie: a=b\n\n<p>"
        assert dump_blocks(raw) == [
            "HTTP/1.1 301 Moved\nLocation: /x",
            "HTTP/2 200\nset-cookie: a=b",
        ]

    def test_amendments(self):
        from benchmarks.corpus._http26 import _label

        ts = "012f70223c097800cd2e38b2209deefbd6705ae84f"
        text = (
            "HTTP/1.1 200 OK\nSet-Cookie: ubid-acbit=-; path=/\n"
            "Set-Cookie: akacd_Homepage_Split_Prod=1777350475~rv=24~id=a1ff5420054435c54adaa0acc1\n"
            f"Set-Cookie: TS01b9bbe9={ts}; path=/\n"
            "Set-Cookie: early-access=eyJpdiI6IlJnOE1PQ3I3Vm9vZjdPcTRKaTkxZFE9PSIsInZhbHVl; path=/"
        )
        gold, ignored = _label(text, "curl_response")
        assert [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"] == [ts]
        assert [i["label"] for i in ignored] == ["COOKIE_ID?"]

    def test_parts_share_no_site_file_and_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values, paths = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http26_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            paths[part] = {r["path"] for r in rows if r["repo"].startswith("phonedude/")}
        assert not values["dev"] & values["holdout"]
        assert not paths["dev"] & paths["holdout"]


class TestHttp27:
    """The twenty-seventh set: split by the repository's hash, NewPipe's mock recordings read as
    two messages, its table, and its parts share no repository and no cookie value."""

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http27 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == [
            "ropensci/citecorp",
            "nationbuilder/nationbuilder-rb",
            "openfoodfoundation/openfoodnetwork",
        ]

    def test_a_mock_recording_is_a_request_and_a_response(self):
        from benchmarks.corpus._http27 import read

        raw = json.dumps({
            "request": {"httpMethod": "GET", "url": "https://a.example/x", "headers": {
                "User-Agent": ["Mozilla/5.0"]}, "localization": {}},
            "response": {"responseCode": 200, "responseMessage": "OK", "responseHeaders": {
                "set-cookie": ["a=b; path=/", "c=d"]}, "responseBody": "<html>", "latestUrl": ""},
        })  # fmt: skip
        assert read(raw) == [
            ("request", "GET https://a.example/x\nUser-Agent: Mozilla/5.0", "https://a.example/x"),
            ("response", "HTTP/1.1 200 OK\nset-cookie: a=b; path=/\nset-cookie: c=d",
             "https://a.example/x"),
        ]  # fmt: skip
        assert read("interactions: []") == []

    def test_new_names(self):
        from benchmarks.corpus._http27 import _label

        text = (
            "HTTP/1.1 200 OK\nSet-Cookie: stat-session=36d43b5353a80b7f74c583a0bda4ea17; path=/\n"
            "Set-Cookie: SRVGROUP=common; path=/\nSet-Cookie: _cookies_enabled=1"
        )
        gold, _ignored = _label(text, "cassette_response")
        assert [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"] == [
            "36d43b5353a80b7f74c583a0bda4ea17"
        ]

    def test_parts_share_no_repository_and_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values, repos = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http27_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            repos[part] = {r["repo"] for r in rows}
        assert not values["dev"] & values["holdout"]
        assert not repos["dev"] & repos["holdout"]


class TestHttp29:
    """The twenty-ninth set: split by the service's hash, nock's recorder output read as two
    messages per chain (headers as an object or a flat list), its table, and its parts share
    no cookie value."""

    def test_the_split_is_the_hash_of_the_service(self):
        from benchmarks.corpus._http29 import held_out

        assert [s for s in ("microsoft.com", "azure.com", "github.com") if held_out(s)] == [
            "microsoft.com",
            "github.com",
        ]

    def test_a_recording_is_a_request_and_a_response_per_chain(self):
        from benchmarks.corpus._http29 import read

        raw = (
            "nock('https://a.example:443', {\"encodedQueryParams\":true})\n"
            "  .post('/x?y=1', \"body\")\n"
            "  .reply(200, {\"k\":\"v\"}, [ 'Set-Cookie', 'a=b; path=/', 'Server', 'x' ]);\n"
            "nock('http://b.example:443').get('/z')\n"
            "  .reply(404, \"e\\\"rr\", { server: 'nginx', 'set-cookie': [ 'q=1', 'r=2' ] });\n"
            "nock('https://c.example').get(/regex/).reply(200, 'x');\n"
        )
        assert read(raw) == [
            ("request", "POST https://a.example/x?y=1", "https://a.example/x?y=1"),
            ("response", "HTTP/1.1 200\nSet-Cookie: a=b; path=/\nServer: x",
             "https://a.example/x?y=1"),
            ("request", "GET http://b.example/z", "http://b.example/z"),
            ("response", "HTTP/1.1 404\nserver: nginx\nset-cookie: q=1\nset-cookie: r=2",
             "http://b.example/z"),
        ]  # fmt: skip
        assert read("module.exports = {};") == []

    def test_new_names(self):
        from benchmarks.corpus._http29 import _label

        text = (
            "HTTP/1.1 200\nset-cookie: WAWebSiteSID=9d3bc652f274447491727a0ace1470e6; Path=/\n"
            "set-cookie: flight-uxoptin=true; path=/\n"
            "set-cookie: UserPrincipalSession=9f1932bf-6673-4452-90fc-7e1ea7a946e3; path=/"
        )
        gold, _ignored = _label(text, "nock_response")
        assert [text[g["start"] : g["end"]] for g in gold if g["entity"] == "COOKIE_ID"] == [
            "9d3bc652f274447491727a0ace1470e6",
            "9f1932bf-6673-4452-90fc-7e1ea7a946e3",
        ]

    def test_parts_share_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values = {}
        for part in ("dev", "holdout"):
            with (DATA / f"http29_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
        assert not values["dev"] & values["holdout"]


class TestHttp32:
    """The thirty-second set: split by the repository's hash, a Ruby VCR JSON cassette read
    without its bodies, its table and key header, and its parts share no repository and no
    cookie value."""

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http32 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == [
            "BoxcarsAI/boxcars",
            "OlympiaAI/raix",
            "alexrudall/anthropic",
            "patterns-ai-core/langchainrb",
            "contentful/contentful.rb",
            "stupied4ever/ruby-tapas-downloader",
            "dashofcode/tracker_api",
        ]

    def test_a_json_cassette_is_read_without_bodies(self):
        from benchmarks.corpus._http32 import read

        raw = json.dumps({"http_interactions": [{
            "request": {"method": "get", "uri": "https://a.example/x", "body": {"string": "q"},
                        "headers": {"User-Agent": ["Octokit Ruby Gem 4.0"]}},
            "response": {"status": {"code": 200, "message": "OK"}, "body": {"string": "{}"},
                         "headers": {"Set-Cookie": ["a=b; path=/"]}},
        }], "recorded_with": "VCR 2.9.3"})  # fmt: skip
        assert read(raw) == [
            ("request", "GET https://a.example/x\nUser-Agent: Octokit Ruby Gem 4.0",
             "https://a.example/x"),
            ("response", "HTTP/1.1 200 OK\nSet-Cookie: a=b; path=/", "https://a.example/x"),
        ]  # fmt: skip

    def test_new_names_and_the_key_header(self):
        from benchmarks.corpus._http32 import _label

        text = (
            "HTTP/1.1 200 OK\nSet-Cookie: ctoken=087fe43d41f94d2fa909aef7ec6b84be; path=/\n"
            "Set-Cookie: _passenger_route=394229709; path=/\n"
            "Set-Cookie: dsc=<set_cookie_dsc>; path=/\nX-Rapidapi-Key: f950bc6c01msh14699dc7"
        )
        gold, _ignored = _label(text, "cassette_response")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("087fe43d41f94d2fa909aef7ec6b84be", "COOKIE_ID"),
            ("f950bc6c01msh14699dc7", "AUTH_TOKEN"),
        ]

    def test_parts_share_no_repository_and_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values, repos = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http32_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            repos[part] = {r["repo"] for r in rows}
        assert not values["dev"] & values["holdout"]
        assert not repos["dev"] & repos["holdout"]


class TestHttp33:
    """The thirty-third set: split by the repository's hash, a raw mock response and a
    single-interaction JSON recording read without their bodies, its table, session header
    and stand-ins, and its parts share no repository and no cookie value."""

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http33 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == [
            "Azure/azure-devops-cli-extension",
            "simonw/llm-anthropic",
            "thephpleague/omnipay-coinbase",
        ]

    def test_a_raw_mock_response_is_read_without_its_body(self):
        from benchmarks.corpus._http33 import read

        raw = "HTTP/1.1 200 OK\r\nServer: Microsoft-IIS/7.5\r\nSet-Cookie: a=b; path=/\r\n\r\nbody"
        assert read(raw) == [
            ("response", "HTTP/1.1 200 OK\nServer: Microsoft-IIS/7.5\nSet-Cookie: a=b; path=/", "")
        ]

    def test_a_json_recording_is_read_without_its_body(self):
        from benchmarks.corpus._http33 import read

        raw = json.dumps({
            "request": {"url": "https://q.example/v8/x", "method": "GET",
                        "headers": {"cookie": "A3=d=x", "user-agent": "client/1.0"}},
            "response": {"ok": True, "status": 200, "statusText": "OK",
                         "headers": {"set-cookie": "GUCS=ab; path=/"}, "bodyJson": {"a": 1}},
        })  # fmt: skip
        assert read(raw) == [
            ("request", "GET https://q.example/v8/x\ncookie: A3=d=x\nuser-agent: client/1.0",
             "https://q.example/v8/x"),
            ("response", "HTTP/1.1 200 OK\nset-cookie: GUCS=ab; path=/", "https://q.example/v8/x"),
        ]  # fmt: skip

    def test_new_names_session_header_and_stand_ins(self):
        from benchmarks.corpus._http33 import _label

        text = (
            "GET https://a.example/x\nCookie: dslang=US-EN; aasp=C4F8DBD63FDA6E707EC04DC8C5C5; "
            'X-APPLE-WEBAUTH-PCS-Notes="pcsnotes-1234567890="; GUC=AQABCAFnsytn2UIgTASn&s=AQA\n'
            "scnt: AAAA-kM0RjhEQkQ2M0ZEQTZF"
        )
        gold, _ignored = _label(text, "cassette_request")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("C4F8DBD63FDA6E707EC04DC8C5C5", "COOKIE_ID"),
            ("AAAA-kM0RjhEQkQ2M0ZEQTZF", "COOKIE_ID"),
        ]

    def test_parts_share_no_repository_and_no_cookie_value(self):
        from benchmarks.corpus import _http12

        values, repos = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http33_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            repos[part] = {r["repo"] for r in rows}
        assert not values["dev"] & values["holdout"]
        assert not repos["dev"] & repos["holdout"]


class TestHttp34:
    """The thirty-fourth set: split by the site's hash, a HAR read without its bodies, its
    table (ids, id fields, amendments) and its parts share no site and no cookie value."""

    def test_the_split_is_the_sixth_sets_site_hash(self):
        from benchmarks.corpus import _http6, _http34

        for site in ("lalibre.be", "nytimes.com", "adnxs.com", "llb.be", "twitter.com"):
            assert _http34.held_out(site) == _http6.held_out(site)
        assert _http34.held_out("twitter.com")
        assert not _http34.held_out("lalibre.be")

    def test_a_har_is_read_without_its_bodies(self):
        from benchmarks.corpus._http34 import read

        raw = json.dumps({"log": {"entries": [{
            "request": {"method": "GET", "url": "https://a.example/x", "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Cookie", "value": "a=b"}]},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Set-Cookie", "value": "c=d"}],
                         "content": {"text": "body"}}}]}})  # fmt: skip
        assert read(raw) == [
            ("request", "GET https://a.example/x HTTP/1.1\nCookie: a=b", "https://a.example/x"),
            ("response", "HTTP/1.1 200 OK\nSet-Cookie: c=d", "https://a.example/x"),
        ]

    def test_new_names_fields_and_amendments(self):
        from benchmarks.corpus._http34 import _label

        text = (
            "GET https://a.example/x HTTP/1.1\nCookie: B=3mhiu3lcqo38k&b=3&s=ed; "
            "mnetCppt=CfRp5bKbQVwh*2056; ss=1.s.0; _rxuuid=%7B%22rx_uuid%22%3A%22OPTOUT%22%7D; "
            "ssi=cb484616-4406-426c-84e7-dce9eef011be; mapviewer.map=BE_20160301_10; "
            "eadspuid.sig=ELWGe3llF4dIJFsA4RaHRX_49CQ"
        )
        gold, _ignored = _label(text, "har_request")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("3mhiu3lcqo38k", "COOKIE_ID"),
            ("CfRp5bKbQVwh", "COOKIE_ID"),
            ("cb484616-4406-426c-84e7-dce9eef011be", "COOKIE_ID"),
        ]

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http10, _http12

        values, sites = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http34_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            sites[part] = _http10.sites_of(
                [(r["repo"], r["path"], r["source"], r["text"]) for r in rows]
            )
        assert not values["dev"] & values["holdout"]
        assert not sites["dev"] & sites["holdout"]


class TestHttp35:
    """The thirty-fifth set: split by the site's hash, HARs wrapped in scripts and recorded
    request objects read, its table (ids, id fields, not ids) and its parts share no site and
    no cookie value."""

    def test_the_split_is_the_sixth_sets_site_hash(self):
        from benchmarks.corpus import _http6, _http35

        for site in ("mirror.co.uk", "visualdna.com", "adnxs.com", "twitter.com"):
            assert _http35.held_out(site) == _http6.held_out(site)
        assert _http35.held_out("twitter.com")

    def test_a_har_in_a_script_and_recorded_requests_are_read(self):
        from benchmarks.corpus._http35 import read

        har = {"log": {"entries": [{
            "request": {"method": "GET", "url": "https://a.example/x", "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Cookie", "value": "a=b"}]},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": [{"name": "Set-Cookie", "value": "c=d"}]}}]}}  # fmt: skip
        expected = [
            ("request", "GET https://a.example/x HTTP/1.1\nCookie: a=b", "https://a.example/x"),
            ("response", "HTTP/1.1 200 OK\nSet-Cookie: c=d", "https://a.example/x"),
        ]
        wrapped = "var har = JSON.stringify(" + json.dumps(har) + ");"
        assert read(wrapped) == expected
        # a wrapper whose outermost closing brace is missing
        assert read("var har = JSON.stringify(" + json.dumps(har)[:-1] + ");") == expected
        script = (
            'module.exports = {\n  one: {"method": "POST", "url": "https://a.example/y", '
            '"headers": [{"name": "Cookie", "value": "k=v"}]}\n};'
        )
        assert read(script) == [
            ("request", "POST https://a.example/y HTTP/1.1\nCookie: k=v", "https://a.example/y")
        ]

    def test_new_names_and_fields(self):
        from benchmarks.corpus._http35 import _label

        text = (
            "GET https://a.example/x HTTP/1.1\nCookie: cli=13b78b5a762cd98; ACX_COUNT=1; "
            'ACXID="CASHID=&V=3&ID=8f83d671-d2c1-47de-bb3c-b3b353b5624e"; '
            "vdnaR=66854209-2b0c-4f96-bdcc-4ce94f2a634b%7Cadap.tv%3A1423055836; "
            "NSC_mcw_xxx-c.zfmmhspvq.dpn_80=ffffffffc3a0420845525d5f4f58455e445a4a421517"
        )
        gold, _ignored = _label(text, "har_request")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("13b78b5a762cd98", "COOKIE_ID"),
            ("8f83d671-d2c1-47de-bb3c-b3b353b5624e", "COOKIE_ID"),
            ("66854209-2b0c-4f96-bdcc-4ce94f2a634b", "COOKIE_ID"),
        ]

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http10, _http12

        values, sites = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http35_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            sites[part] = _http10.sites_of(
                [(r["repo"], r["path"], r["source"], r["text"]) for r in rows]
            )
        assert not values["dev"] & values["holdout"]
        assert not sites["dev"] & sites["holdout"]


class TestHttp36:
    """The thirty-sixth set: split by the site's hash, dump files read as response blocks under
    their file's site, its table (ids, id fields, records, not ids) and its parts share no site
    and no cookie value."""

    def test_the_split_is_the_sixth_sets_site_hash(self):
        from benchmarks.corpus import _http6, _http36

        for site in ("cdc.gov", "nytimes.com", "paypal.com", "twitter.com"):
            assert _http36.held_out(site) == _http6.held_out(site)
        assert _http36.held_out("twitter.com")

    def test_new_names_fields_and_records(self):
        from benchmarks.corpus._http36 import _label

        uuid = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"
        text = (
            "HTTP/1.1 200 OK\n"
            f"Set-Cookie: G=v%3D2%26i%3D{uuid}%26a%3De01%26s%3D0123abcd; path=/\n"
            "Set-Cookie: ts_c=vr%3D00112233445566778899aabbccddeeff%26vt%3D00112233445566778899aabbccddeef0\n"
            "Set-Cookie: __204u=2718281828-1600000000000; path=/\n"
            "Set-Cookie: KinjaSetBucket=1|1600000000|c2lnbmF0dXJl; path=/\n"
            "Set-Cookie: m-uid=None; path=/\n"
            "Set-Cookie: akacd_www=2177452799~rv=11~id=00112233445566778899aabbccddeeff"
        )  # fmt: skip
        gold, ignored = _label(text, "curl_response")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            (uuid, "COOKIE_ID"),
            ("00112233445566778899aabbccddeeff", "COOKIE_ID"),
            ("00112233445566778899aabbccddeef0", "COOKIE_ID"),
            ("2718281828-1600000000000", "COOKIE_ID"),
        ]
        text = "HTTP/1.1 200 OK\nSet-Cookie: PGMINFO=cc:us-ip:192.0.2.7; path=/"
        _gold, ignored = _label(text, "curl_response")
        assert [text[i["start"] : i["end"]] for i in ignored] == ["cc:us-ip:192.0.2.7"]

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http12, _http26, _http36

        values, sites = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http36_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            sites[part] = {_http26.file_site(r["path"]) for r in rows}
            assert all(_http36.held_out(s) == (part == "holdout") for s in sites[part])
        assert not values["dev"] & values["holdout"]
        assert not sites["dev"] & sites["holdout"]


class TestHttp37:
    """The thirty-seventh set: split by the site's hash, HAR files and packet captures read by
    their extension, its table (ids, ignored records, not ids) and its parts share no site and
    no cookie value (one read of both files, one test)."""

    def test_the_split_is_the_sixth_sets_site_hash(self):
        from benchmarks.corpus import _http6, _http37

        for site in ("pcapr.net", "github.com", "sourceforge.net", "twitter.com"):
            assert _http37.held_out(site) == _http6.held_out(site)
        assert _http37.held_out("twitter.com")

    def test_a_har_and_a_capture_are_read_by_their_extension(self):
        from benchmarks.corpus._http37 import read

        har = {"log": {"entries": [{
            "request": {"method": "GET", "url": "http://a.example/x", "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Cookie", "value": "a=b"}]},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": []}}]}}  # fmt: skip
        msgs = read("tests/x.har", json.dumps(har).encode())
        assert [(k, u) for k, _b, u in msgs] == [
            ("request", "http://a.example/x"),
            ("response", "http://a.example/x"),
        ]
        assert read("tests/x.pcap", b"") == []  # no packet: no message

    def test_new_names(self):
        from benchmarks.corpus._http37 import _label

        text = (
            "GET http://a.example/x HTTP/1.1\nCookie: _chartbeat2=k3j5h7g9f1d2s4a6; "
            "NGUserID=0a1b2c3d-12345-1300000000-1; HopSession=192.0.2.9abcdefgh1234; "
            "MRES=AbCdEfGh12345678:IjKlMnOp87654321; dcPrevPath=4.Main; rememberme=true"
        )
        gold, ignored = _label(text, "har_request")
        assert [text[g["start"] : g["end"]] for g in gold] == [
            "k3j5h7g9f1d2s4a6",
            "0a1b2c3d-12345-1300000000-1",
            "192.0.2.9abcdefgh1234",
        ]
        assert [text[i["start"] : i["end"]] for i in ignored] == [
            "AbCdEfGh12345678:IjKlMnOp87654321"
        ]

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http6, _http12, _http37

        def site(text):  # a request's: its absolute URL, or its Host header (a capture's)
            target = text.split("\n", 1)[0].split(" ")[1]
            host = re.search(r"(?im)^host:[ \t]*(\S+)", text)
            return _http6.site_of(target if target.startswith("http") else f"http://{host[1]}/")

        values, sites = {}, {}
        for part in ("dev", "holdout"):
            with (DATA / f"http37_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
            sites[part] = {site(r["text"]) for r in rows if r["source"].endswith("request")}
            assert all(_http37.held_out(s) == (part == "holdout") for s in sites[part])
        assert not values["dev"] & values["holdout"]
        assert not sites["dev"] & sites["holdout"]


class TestHttp38:
    """The thirty-eighth set: split by the format's hash (file names), a ``#`` line is no
    access-log line, its rules 2-6, and its parts' records keep to their side (one read of
    both files, one test)."""

    def test_the_split_is_by_format(self):
        from benchmarks.corpus._http38 import format_of, held_out

        assert format_of("tests/logs/iis.log") == "iis"
        assert all(map(held_out, ("iis", "elb", "testsmall")))
        assert not any(map(held_out, ("common", "testglobal")))

    def test_records_and_names(self):
        from benchmarks.corpus._http38 import records

        raw = b"#Fields: date time c-ip\n\n1.2.3.4 - - [01/Jan/2001:00:00:00 +0100] x\nseen\n"
        parts, counts = records([("r/a", "t/common.log", raw), ("r/a", "t/iis.log", raw)], {"seen"})
        assert [n for *_, n, _t in parts["dev"]] == []  # every line repeats the held-out file's
        assert [n for *_, n, _t in parts["holdout"]] == ["iis", "access_iis"]
        assert (counts["earlier"], counts["repeated"]) == (1, 3)

    def test_rules(self):
        from benchmarks.corpus._http38 import _label

        def spans(text):
            gold, ignored = _label(text, "access_x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        text = "2020-02-02\t10:00:00\tAMS1\t198.51.100.9\tplay\t0123456789abcdef0123456789abcdef\tQt%2F5.1%20x"
        assert spans(text) == (
            [("198.51.100.9", "IP_ADDRESS"), ("Qt%2F5.1%20x", "USER_AGENT")],
            [("0123456789abcdef0123456789abcdef", "CLIENT_ID?")],
        )
        text = '2020-02-02 10:00:00.1 10.1.2.3 GET /a - 80 - "Foo/2.0 (Bar)" - 200'
        assert ("Foo/2.0 (Bar)", "USER_AGENT") in spans(text)[0]
        text = '10.1.2.3 - - [01/Jan/2001:00:00:00 +0100] "GET /matomo.php?idsite=1&_id=00aa11bb22cc33dd HTTP/1.1" 204 0'
        assert ("00aa11bb22cc33dd", "COOKIE_ID") in spans(text)[0]
        text = '10.1.2.3 - Ann Example [01/Jan/2001:00:00:00 +0100] "GET /x;jsessionid=ABCDEF0123456789 HTTP/1.0" 200 1'
        assert sorted(spans(text)[1]) == [
            ("ABCDEF0123456789", "QUERY_ID"),
            ("Ann Example", "USERNAME"),
        ]
        # negatives: an "_id" outside a tracker hit, a "- -" user field, a quoted request
        # line's agent is the combined format's (rule 2 reads W3C-like lines only)
        text = '10.1.2.3 - - [01/Jan/2001:00:00:00 +0100] "GET /api?_id=00aa11bb22cc33dd HTTP/1.1" 200 1'
        assert spans(text) == ([("10.1.2.3", "IP_ADDRESS")], [])

    def test_parts(self):
        from benchmarks.corpus._http38 import format_of, held_out

        for part in ("dev", "holdout"):
            with (DATA / f"http38_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            assert rows
            assert all(held_out(format_of(r["path"])) == (part == "holdout") for r in rows)
            assert all(r["source"].endswith(format_of(r["path"])) for r in rows)
            assert all(
                0 <= s["start"] < s["end"] <= len(r["text"]) for r in rows for s in r["spans"]
            )


class TestHttp39:
    """The thirty-ninth set: split by file, reading rules, labelling rules 7-11 and both
    files (one module read each, one test)."""

    def test_the_split_and_formats(self):
        from benchmarks.corpus._http39 import format_of, held_out

        assert held_out("icodeforlove/s3-access-log-parser:test/matches.test.js")
        assert not held_out("krasninja/querycat:src/QueryCat.IntegrationTests/Data/u_ex220826.log")
        assert format_of("brianary/scripts", "test/data/pf040903.log") == "windows_firewall"
        assert format_of(
            "claygregory/node-cloudfront-log-parser", "test/fixtures/rtmp-1-0.txt"
        ) == ("cloudfront_rtmp")

    def test_reading(self):
        from benchmarks.corpus._http39 import lines_of, records

        src = b"log = 'x 2017-05-05T12:53:50Z elb 10.1.2.3:1 10.1.2.4:80 1 2'\nname = 'a b c d e f g h'\n"
        assert lines_of("t/a.rb", src) == ["x 2017-05-05T12:53:50Z elb 10.1.2.3:1 10.1.2.4:80 1 2"]
        raw = b"#Fields: date\n\nl1\nseen\n"
        parts, counts = records([("r/a", "t/f.log", raw)], {"seen"}, set())
        assert [n for *_, n, _t in parts["dev"] + parts["holdout"]] == ["elb", "access_elb"]
        assert counts["earlier"] == 1

    def test_rules(self):
        from benchmarks.corpus._http39 import _label

        def spans(text):
            gold, ignored = _label(text, "access_x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        text = (
            "2019-01-01T00:00:00.1Z lb 192.0.2.1:5 10.0.0.9:80 0.1 0.2 0.3 200 200 0 9 "
            '"GET https://a.example:443/ HTTP/1.1" "Foo Client" DHE-RSA-AES128-SHA TLSv1.2'
        )
        assert ("Foo Client", "USER_AGENT") in spans(text)[0]
        text = (
            "1\t2\t3\t4\t5\t6\t7\t8\t9\t10\tBar/1.0%20(x)\tHost:h%0AUser-Agent:Baz/2.0%0AAccept:*"
        )
        assert [g for g in spans(text)[0] if g[1] == "USER_AGENT"] == [
            ("Bar/1.0%20(x)", "USER_AGENT"),
            ("Baz/2.0", "USER_AGENT"),
        ]
        text = (
            "2001-01-01 10:00:00 192.0.2.7 GET / - 200 HTTP/1.0 A/1.0 WEBTRENDS_ID=192.0.2.7-1.2 -"
        )
        assert ("192.0.2.7-1.2", "COOKIE_ID") in spans(text)[0]
        text = "1\t/i?tv=js-2.6&duid=0a1b2c3d-4e5f&sid=aa11bb22&fp=12345"
        assert spans(text) == (
            [("0a1b2c3d-4e5f", "COOKIE_ID")],
            [("aa11bb22", "QUERY_ID"), ("12345", "QUERY_ID")],
        )
        text = (
            "0123abcd my-bucket [04/Mar/2021:05:06:07 +0000] 192.0.2.3 - 3E57 REST.GET.OBJECT k "
            '"GET /my-bucket/k HTTP/1.1" 200 - 113 113 7 - "-" "S3Console/0.4" - Ab1= SigV4'
        )
        assert spans(text)[0] == [("192.0.2.3", "IP_ADDRESS"), ("S3Console/0.4", "USER_AGENT")]
        # negatives: a "-" agent, a duid outside a Snowplow hit, few tabs
        text = (
            "2019-01-01T00:00:00.1Z lb 192.0.2.1:5 10.0.0.9:80 0.1 0.2 0.3 200 200 0 9 "
            '"- - - " "-" - -'
        )
        assert [g for g in spans(text)[0] if g[1] == "USER_AGENT"] == []
        assert spans("1\t/i?duid=0a1b2c3d-4e5f\tBar/1.0") == ([], [])

    def test_parts(self):
        from benchmarks.corpus._http39 import format_of, held_out

        for part in ("dev", "holdout"):
            with (DATA / f"http39_{part}.jsonl").open(encoding="utf-8") as fh:
                rows = [json.loads(line) for line in fh]
            assert rows
            assert all(held_out(f"{r['repo']}:{r['path']}") == (part == "holdout") for r in rows)
            assert all(r["source"].endswith(format_of(r["repo"], r["path"])) for r in rows)
            assert all(
                0 <= s["start"] < s["end"] <= len(r["text"]) for r in rows for s in r["spans"]
            )


def _har_parts_share_nothing(n: int, held_out, request_source: str = "har_request") -> None:
    """The ``n``th HTTP set's parts (split by the site of each HAR request, or of each
    request whose system is ``request_source``) share no site and no cookie value, and each
    site is on the side ``held_out`` says."""
    from benchmarks.corpus import _http6, _http12

    values, sites = {}, {}
    for part in ("dev", "holdout"):
        with (DATA / f"http{n}_{part}.jsonl").open(encoding="utf-8") as fh:
            rows = [json.loads(line) for line in fh]
        assert rows
        values[part] = set().union(*(_http12._values(r["text"]) for r in rows))
        sites[part] = {
            _http6.site_of(r["text"].split("\n", 1)[0].split(" ")[1])
            for r in rows
            if r["source"] == request_source
        }
        assert sites[part]
        assert all(held_out(s) == (part == "holdout") for s in sites[part] if s)
    assert not values["dev"] & values["holdout"]
    assert not sites["dev"] & sites["holdout"]


class TestHttp40:
    """The fortieth set: split by the site's hash (the sixth set's), a HAR file read with or
    without a byte-order mark, its table (ids, not ids) and its parts share no site and no
    cookie value (one read of both files, one test)."""

    def test_the_split_is_the_sixth_sets_site_hash(self):
        from benchmarks.corpus import _http6, _http40

        for site in ("wikipedia.org", "twimg.com", "google.com", "w3.org"):
            assert _http40.held_out(site) == _http6.held_out(site)

    def test_a_har_is_read_with_or_without_a_byte_order_mark(self):
        from benchmarks.corpus._http40 import read

        har = {"log": {"entries": [{
            "request": {"method": "GET", "url": "http://a.example/x", "httpVersion": "HTTP/1.1",
                        "headers": [{"name": "Cookie", "value": "a=b"}]},
            "response": {"status": 200, "statusText": "OK", "httpVersion": "HTTP/1.1",
                         "headers": []}}]}}  # fmt: skip
        raw = json.dumps(har).encode()
        assert read(raw) == read(b"\xef\xbb\xbf" + raw)
        assert [(k, u) for k, _b, u in read(raw)] == [
            ("request", "http://a.example/x"),
            ("response", "http://a.example/x"),
        ]

    def test_new_names(self):
        from benchmarks.corpus._http40 import _label

        text = (
            "GET http://a.example/x HTTP/1.1\nCookie: ANID=AbCdEfGh12345678-IjKlMnOp; "
            "_pk_id.9.abcd=0123456789abcdef.1600000000.; _pk_ses.9.abcd=1; "
            "auth.strategy=local; auth.redirect=%2Fhome"
        )
        gold, _ignored = _label(text, "har_request")
        assert [text[g["start"] : g["end"]] for g in gold] == ["AbCdEfGh12345678-IjKlMnOp"]

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http40

        _har_parts_share_nothing(40, _http40.held_out)


class TestHttp41:
    """The forty-first set: split by the site's hash (the sixth set's), its table (ids, not
    ids, undecided) and its parts share no site and no cookie value."""

    def test_the_split_is_the_sixth_sets_site_hash(self):
        from benchmarks.corpus import _http6, _http41

        for site in ("uol.com.br", "serving-sys.com", "getbootstrap.com", "addthis.com"):
            assert _http41.held_out(site) == _http6.held_out(site)

    def test_new_names(self):
        from benchmarks.corpus._http41 import _label

        text = (
            "GET http://a.example/x HTTP/1.1\nCookie: u2=b9556a4f-e7ba-47b0-8725-d262f73eb05aXYZ; "
            "S_123=1234567890123456789; azk-views=1%3A2; _gauges_unique=1; "
            "mrm_s=1f8b0800000000000000abcdef"
        )
        gold, ignored = _label(text, "har_request")
        assert [text[g["start"] : g["end"]] for g in gold] == [
            "b9556a4f-e7ba-47b0-8725-d262f73eb05aXYZ"
        ]
        assert [text[g["start"] : g["end"]] for g in ignored] == ["1f8b0800000000000000abcdef"]

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http41

        _har_parts_share_nothing(41, _http41.held_out)


class TestHttp42:
    """The forty-second set: split by the site's hash (the sixth set's), a requests-cache
    record read as two blocks, joined Set-Cookie values labelled per cookie with the spans on
    the recorded text, its table and header rule, and its parts share no site and no cookie
    value."""

    def test_the_split_is_the_sixth_sets_site_hash(self):
        from benchmarks.corpus import _http6, _http42

        for site in ("warchem.pl", "bunmurralabs.store", "labchem.com", "loudwolf.com"):
            assert _http42.held_out(site) == _http6.held_out(site)

    def test_a_cache_record_is_a_request_and_a_response(self):
        from benchmarks.corpus._http42 import read

        raw = json.dumps({
            "request": {"method": "get", "url": "https://shop.example/x?q=1",
                        "headers": {"User-Agent": "python-requests/2.32.3", "Cookie": "a=1"}},
            "status_code": 200, "reason": "OK", "headers": {"Set-Cookie": "b=2; Path=/"},
        }).encode()  # fmt: skip
        assert read(raw) == [
            ("request", ("GET https://shop.example/x?q=1\nUser-Agent: python-requests/2.32.3"
             "\nCookie: a=1"), "https://shop.example/x?q=1"),
            ("response", "HTTP/1.1 200 OK\nSet-Cookie: b=2; Path=/", "https://shop.example/x?q=1"),
        ]  # fmt: skip
        with pytest.raises(LookupError):
            read(b'{"page": {}, "shop": {}}')  # a response body, no exchange

    def test_joined_set_cookie_values_are_labelled_per_cookie(self):
        from benchmarks.corpus._http42 import _label, split_joined

        sid, bot = "22c1be21c46c04870d7d8fcc323c027e", "836B5763A680BBEDA76011F27EC6EED8~YAAQds"
        text = (
            "HTTP/1.1 200 OK\nset-cookie: hs=52112468; Path=/; Expires=Sun, 20 Apr 2025 "
            f"22:11:39 GMT; Secure; HTTPOnly, svSession={sid}; Max-Age=63071999, "
            f"ROUTE=.accstorefront-7c5586b667-4979n; Path=/, bm_mi={bot}; Secure\nVary: Accept"
        )
        split, pieces = split_joined(text)
        assert split.count("\nset-cookie: ") == 4
        assert len(pieces) == 4
        gold, ignored = _label(text, "cache_response")
        assert [text[g["start"] : g["end"]] for g in gold] == [sid, bot]
        assert [text[i["start"] : i["end"]] for i in ignored] == ["52112468"]

    def test_a_session_binding_and_a_csrf_header_are_ids(self):
        from benchmarks.corpus._http42 import _label

        text = (
            "GET https://shop.example/_api/x\nXSRF-TOKEN: 1745093932|SQ3nElXfb9Nf\n"
            "client-binding: 9ca7159e-3ee8-4c27-a6f2-bece4faa0981\nCookie: COOKIELAW=optin"
        )
        gold, _ignored = _label(text, "cache_request")
        assert [text[g["start"] : g["end"]] for g in gold] == [
            "1745093932|SQ3nElXfb9Nf", "9ca7159e-3ee8-4c27-a6f2-bece4faa0981"]  # fmt: skip

    def test_parts_share_no_site_and_no_cookie_value(self):
        from benchmarks.corpus import _http42

        _har_parts_share_nothing(42, _http42.held_out, "cache_request")


class TestLabel14:
    """The fourteenth set's own rules (``_http14.held_out``, ``_label``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http14 import _label

        return _values(text, *_label(text, "cassette_response"))

    def test_the_split_is_the_hash_of_the_repository_name(self):
        from benchmarks.corpus._http14 import SOURCES, held_out

        assert [r for r in SOURCES if held_out(r)] == [
            "hexgnu/linkedin", "emorikawa/linkedin-oauth2", "biglocalnews/civic-scraper"]  # fmt: skip

    def test_a_cookies_own_name_in_place_of_its_value_is_no_id(self):
        gold, _ = self._label("HTTP/1.1 200 OK\nSet-Cookie: TNS_SESSIONID=SESSIONID; path=/")
        assert gold == []
        value = "7a5881dfccf87deb079b5b54fac90744"
        gold, _ = self._label(f"HTTP/1.1 200 OK\nSet-Cookie: TNS_SESSIONID={value}; path=/")
        assert gold == [(value, "COOKIE_ID")]

    def test_a_credentials_name_written_as_one_word_is_a_placeholder(self):
        gold, ignored = self._label(
            "GET https://test.okta.com/api/v1/users\nAuthorization: SSWS myAPIToken"
        )
        assert gold == []
        assert ignored == [("myAPIToken", "AUTH_PLACEHOLDER")]

    def test_routing_and_signed_preference_cookies_are_no_id(self):
        gold, _ = self._label(
            "HTTP/1.1 200 OK\nSet-Cookie: nginx-cloud-site-id=us-2b; path=/\n"
            "Set-Cookie: _zendesk_cookie=BAhJIhl7ImRldmljZV90b2tlbnMiOnt9fQY6BkVU--"
            "475022cc997e69578b2d9a10ef8a78a673ab36cd; path=/"
        )
        assert gold == []


class TestLabel10:
    """The tenth set's own rules (``_http10._label``, ``_http10.cassette_msgs``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http10 import _label

        return _values(text, *_label(text, "cassette_request"))

    def test_redaction_markers_are_no_cookie_id(self):
        gold, _ = self._label("HTTP/1.1 200 OK\nSet-Cookie: SESSION=SANITIZED; Path=/")
        assert gold == []
        gold, _ = self._label("GET https://a.example.net/\nCookie: SESSION=[REDACTED]")
        assert gold == []

    def test_query_credential_placeholder_is_ignored(self):
        gold, ignored = self._label("GET https://api.deezer.com/user/me?access_token=dummy\nA: b")
        assert gold == []
        assert ignored == [("dummy", "AUTH_PLACEHOLDER")]

    def test_id_fields_inside_records(self):
        text = "HTTP/1.1 200 OK\nSet-Cookie: ttwid=1%7CabcDEF123xyz%7C1641662429%7Cbfc6; Path=/"
        gold, _ = self._label(text)
        assert gold == [("abcDEF123xyz", "COOKIE_ID")]

    def test_ruby_binary_values_are_read(self):
        from benchmarks.corpus._http10 import cassette_msgs

        raw = (
            "http_interactions:\n- request:\n    method: get\n    uri: https://x.example.org/\n"
            "    headers:\n      User-Agent:\n      - !binary |-\n        UnVieQ==\n"
            "  response:\n    status:\n      code: 200\n      message: OK\n    headers: {}\n"
        )
        msgs = cassette_msgs(raw)
        assert msgs[0] == ("request", "GET https://x.example.org/\nUser-Agent: Ruby",
                           "https://x.example.org/")  # fmt: skip
        assert msgs[1][1] == "HTTP/1.1 200 OK"


class TestLabel11:
    """The eleventh set's own rules (``_http11.py_jars``, ``text_jars``, ``_label``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._http11 import _label

        return _values(text, *_label(text, "cookie_jar"))

    def test_a_headers_mapping_with_a_cookie_is_a_jar(self):
        from benchmarks.corpus._http11 import jar_block, py_jars

        src = (
            "headers = {\n    'authority': 'www.example-shop.test',\n"
            "    'user-agent': 'Mozilla/5.0 (X11)',\n"
            "    'cookie': 'a=1; sessionid=0123456789abcdef0123456789abcdef',\n}\n"
        )
        ((host, headers, cookie),) = py_jars(src)
        assert host == "www.example-shop.test"
        assert jar_block(host, headers, cookie) == (
            "GET https://www.example-shop.test/\nauthority: www.example-shop.test\n"
            "user-agent: Mozilla/5.0 (X11)\n"
            "Cookie: a=1; sessionid=0123456789abcdef0123456789abcdef"
        )

    def test_a_cookie_mapping_is_joined_and_its_host_is_the_nearest_url(self):
        from benchmarks.corpus._http11 import py_jars

        src = "URL = 'https://live.example.test/x'\ncookies = {'b_nut': '1700000000', 'x': 'y'}\n"
        assert py_jars(src) == [("live.example.test", [], "b_nut=1700000000; x=y")]

    def test_computed_values_and_other_mappings_are_no_jar(self):
        from benchmarks.corpus._http11 import py_jars

        src = "cookies = {'a': f'{x}', 'b': 'c'}\nheaders = {'cookie': cookie}\nopts = {'a': 'b=c;d=e'}\n"
        assert py_jars(src) == []

    def test_a_configuration_cookie_line_is_a_jar(self):
        from benchmarks.corpus._http11 import text_jars

        src = "douyin:\n  headers:\n    Referer: https://www.example.test/\n    Cookie: a=b; c=d\n"
        assert text_jars(src) == [("www.example.test", [], "a=b; c=d")]

    def test_session_ids_and_id_fields(self):
        text = (
            "GET https://www.example.test/\nCookie: sessionid=0123456789abcdef0123456789abcdef; "
            "sid_guard=0123456789abcdef0123456789abcdef%7C1715000097%7C21600; b_nut=1700000000"
        )
        gold, _ = self._label(text)
        assert gold == [
            ("0123456789abcdef0123456789abcdef", "COOKIE_ID"),
            ("0123456789abcdef0123456789abcdef", "COOKIE_ID"),
        ]

    def test_a_scripts_stand_in_is_no_id(self):
        gold, _ = self._label(
            "GET https://www.example.test/\nCookie: SESSDATA=xxxx; buvid3=your_buvid3"
        )
        assert gold == []


def test_eighth_log_set_parts_share_no_system():
    systems = {}
    for part in ("dev", "holdout"):
        with (DATA / f"real_logs8_{part}.jsonl").open(encoding="utf-8") as fh:
            systems[part] = {json.loads(line)["source"] for line in fh}
    assert systems["dev"]
    assert systems["holdout"]
    assert not systems["dev"] & systems["holdout"]


class TestLabel8:
    """The eighth log set's own rules (``_logs8._label8``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._logs8 import _label8

        return _values(text, *_label8(text, "security_4624"))

    def test_account_sid_is_ignored_and_well_known_sid_is_clean(self):
        text = "Subject:\r\n\tSecurity ID:\t\tS-1-5-21-1-2-3-1104\r\n\tSecurity ID:\t\tS-1-5-18\r\n"
        gold, ignored = self._label(text)
        assert gold == []
        assert ignored == [("S-1-5-21-1-2-3-1104", "PERSONAL_ID")]

    def test_account_name_is_ignored_but_system_accounts_are_not(self):
        text = (
            "\tAccount Name:\t\tpgustavo\r\n\tAccount Name:\t\tWORKSTATION5$\r\n"
            "User: NT AUTHORITY\\SYSTEM\r\nUser: THESHIRE\\pgustavo\r\n"
        )
        _gold, ignored = self._label(text)
        assert {v for v, _ in ignored} == {"THESHIRE\\pgustavo", "pgustavo"}

    def test_upn_stays_an_email(self):
        gold, _ = self._label("\tAccount Name:\t\tpgustavo@THESHIRE.LOCAL\r\n")
        assert gold == [("pgustavo@THESHIRE.LOCAL", "EMAIL_ADDRESS")]

    def test_quads_that_are_no_address(self):
        text = (
            "ModuleVersion = '0.3.0.0'\r\nP2: 0.0.0.0\r\nSyntax (OID):\t2.5.5.15\r\n"
            "CEF:0|FireEye|MPS|1.2.3.123|RC|x|1|src=10.1.1.9 area 0.0.0.0\r\n"
            "\tSource Network Address:\t172.18.38.5\r\n"
        )
        gold, _ = self._label(text)
        assert gold == [("10.1.1.9", "IP_ADDRESS"), ("172.18.38.5", "IP_ADDRESS")]


def _log_records(n, part):
    with (DATA / f"real_logs{n}_{part}.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def test_ninth_log_set_is_split_by_source_and_repeats_no_text():
    dev, hold = _log_records(9, "dev"), _log_records(9, "holdout")
    assert {r["source"].split("_")[0] for r in dev} == {"uf"}
    assert {r["source"].split("_")[0] for r in hold} <= {"cribl", "xp"}
    assert not {r["text"] for r in dev} & {r["text"] for r in hold}
    earlier = set()
    for name in ("real_logs", *(f"real_logs{n}_dev" for n in range(4, 9))):
        with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
            earlier |= {json.loads(line)["text"] for line in fh}
    assert not earlier & {r["text"] for r in dev + hold}


def test_ninth_log_set_caps_records_per_system():
    from collections import Counter

    for part in ("dev", "holdout"):
        counts = Counter(r["source"] for r in _log_records(9, part))
        assert counts
        assert max(counts.values()) <= 3


class TestReaders9:
    """How the ninth log set's builder reads events (``_logs9``)."""

    def test_classic_event_is_kept_whole(self):
        from benchmarks.corpus._logs9 import cribl_events

        raw = "01/02/2022 10:00:00 AM\nLogName=System\nEventCode=7045\nMessage=A service was installed."
        assert cribl_events(json.dumps([{"_raw": raw}]), "uf") == [("uf_system_7045", raw)]

    def test_nxlog_line_gives_channel_and_id(self):
        from benchmarks.corpus._logs9 import event_key

        raw = "<14>Jan 28 13:33:30 h MSWinEventLog\t1\tSecurity\t13\tFri Jan 28 2022\t4634\tX\tmsg"
        assert event_key(raw) == ("Security", "4634", raw)

    def test_rendered_xml_gives_its_message_and_other_samples_none(self):
        from benchmarks.corpus._logs9 import event_key

        xml = (
            "<Event><System><EventID>4625</EventID><Channel>Security</Channel></System>"
            "<RenderingInfo Culture='en-US'><Message>An account failed &amp; more</Message>"
            "</RenderingInfo></Event>"
        )
        assert event_key(xml) == ("Security", "4625", "An account failed & more")
        assert event_key("<Event><System><EventID>1</EventID></System></Event>") is None
        assert event_key("Type=Disk\nName=C:") is None

    def test_xp_event_message(self):
        from benchmarks.corpus._logs9 import xp_message

        ev = {"Event": {"System": {"Channel": "Microsoft-Windows-PowerShell/Operational",
                                   "EventID": {"text": "4104"}},
                        "RenderingInfo": {"Message": "Creating Scriptblock text"}}}  # fmt: skip
        assert xp_message(json.dumps(ev), "xp") == (
            "xp_microsoft_windows_powershell_operational_4104",
            "Creating Scriptblock text",
        )
        assert xp_message(json.dumps({"Event": {"System": {}}}), "xp") is None
        assert xp_message("not json", "xp") is None


class TestLabel9:
    """The ninth log set's own rules (``_logs9._label9``)."""

    @staticmethod
    def _label(text):
        from benchmarks.corpus._logs9 import _label9

        return _values(text, *_label9(text, "uf_security_4624"))

    def test_header_and_context_user_lines(self):
        text = "LogName=Security\nUser=ACME\\jdoe\nSid=S-1-5-18\n\tUserId=ACME\\jdoe\r\n"
        _gold, ignored = self._label(text)
        assert [v for v, _ in ignored].count("ACME\\jdoe") == 2

    def test_system_accounts_are_clean(self):
        text = "User=NOT_TRANSLATED\nMessage=x\r\n\tUserId=AD\\SYSTEM\r\n\tUser = AD\\SYSTEM\r\n"
        assert self._label(text)[1] == []

    def test_account_sid_stays_ignored(self):
        _gold, ignored = self._label("Sid=S-1-5-21-1-2-3-1104\n")
        assert ignored == [("S-1-5-21-1-2-3-1104", "PERSONAL_ID")]

    def test_task_xml_author_and_user_id(self):
        text = (
            "<RegistrationInfo><Author>ACME\\jdoe</Author></RegistrationInfo>"
            "<Principal><UserId>jdoe</UserId></Principal>"
            "<Author>$(@%systemroot%\\system32\\sppc.dll,-200)</Author>"
        )
        _gold, ignored = self._label(text)
        assert {v for v, _ in ignored} == {"ACME\\jdoe", "jdoe"}

    def test_flattened_message_names_end_at_a_run_of_spaces(self):
        text = (
            "MSWinEventLog\t1\tSecurity\t1\tFri\t4634\tX\tAn account was logged off.    "
            "Subject:   Security ID:  S-1-5-18   Account Name:  jdoe   Account Domain:  acme.com   "
        )
        _gold, ignored = self._label(text)
        assert ("jdoe", "USERNAME") in ignored
        assert all(v != "S-1-5-18" for v, _ in ignored)

    def test_xml_user_agent_element_is_an_agent_unless_a_placeholder(self):
        text = (
            "<UserAgentString>Mozilla/5.0 (Windows NT 10.0; Win64; x64)</UserAgentString>"
            "<UserAgentString>N/A</UserAgentString>"
        )
        gold, _ = self._label(text)
        assert gold == [("Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "USER_AGENT")]

    def test_upn_user_id_stays_an_email(self):
        gold, ignored = self._label("<UserId>jdoe@acme.com</UserId>")
        assert gold == [("jdoe@acme.com", "EMAIL_ADDRESS")]
        assert ignored == []


class TestLogs10Parts:
    """The tenth log set's parts (``_logs10``): split by pack, capped, distinct texts."""

    def test_split_is_the_hash_rule_and_parts_share_no_system(self):
        from benchmarks.corpus._logs10 import HOLDOUT, SOURCES, holdout_repositories

        assert holdout_repositories(list(SOURCES)) == HOLDOUT
        assert len(HOLDOUT) == len(SOURCES) // 3
        held_systems = {SOURCES[r][1] for r in HOLDOUT}
        dev, hold = _log_records(10, "dev"), _log_records(10, "holdout")
        assert {r["source"] for r in hold} <= held_systems
        assert not {r["source"] for r in dev} & held_systems
        assert len({system for _, system in SOURCES.values()}) == len(SOURCES)

    def test_texts_are_distinct_and_new(self):
        dev, hold = _log_records(10, "dev"), _log_records(10, "holdout")
        texts = [r["text"] for r in dev + hold]
        assert len(texts) == len(set(texts))
        earlier = set()
        for name in ("real_logs", *(f"real_logs{n}_dev" for n in range(4, 10))):
            with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
                earlier |= {json.loads(line)["text"] for line in fh}
        assert not earlier & set(texts)

    def test_records_per_pack_are_capped(self):
        from collections import Counter

        from benchmarks.corpus._logs10 import MOST

        for part in ("dev", "holdout"):
            counts = Counter(r["source"] for r in _log_records(10, part))
            assert counts
            assert max(counts.values()) <= MOST


class TestLogs11Parts:
    """The eleventh log set's parts (``_logs11``): split by system, capped, distinct lines."""

    def test_split_is_the_hash_rule_and_parts_share_no_system(self):
        from benchmarks.corpus._logs11 import HOLDOUT, SOURCES
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(list(SOURCES)) == HOLDOUT
        assert len(HOLDOUT) == len(SOURCES) // 3
        dev, hold = _log_records(11, "dev"), _log_records(11, "holdout")
        assert {r["source"] for r in hold} <= HOLDOUT
        assert not {r["source"] for r in dev} & HOLDOUT

    def test_texts_are_distinct_and_new(self):
        dev, hold = _log_records(11, "dev"), _log_records(11, "holdout")
        texts = [r["text"] for r in dev + hold]
        assert len(texts) == len(set(texts))
        earlier = set()
        for name in ("real_logs", *(f"real_logs{n}_dev" for n in range(4, 11))):
            with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
                earlier |= {json.loads(line)["text"] for line in fh}
        assert not earlier & set(texts)

    def test_records_per_system_are_capped(self):
        from collections import Counter

        from benchmarks.corpus._logs11 import MOST

        for part in ("dev", "holdout"):
            counts = Counter(r["source"] for r in _log_records(11, part))
            assert counts
            assert max(counts.values()) <= MOST

    def test_envoy_address_keys_are_addresses_without_ports(self):
        from benchmarks.corpus._logs11 import _label11

        text = '{"upstream_host":"10.1.2.3:80","x_forwarded_for":"34.1.2.3,10.1.2.4","remote":"0.0.0.0:1"}'
        gold, _ = _label11(text, "istio-json")
        assert [text[g["start"] : g["end"]] for g in gold] == ["10.1.2.3", "34.1.2.3", "10.1.2.4"]


class TestLogs12Parts:
    """The twelfth log set's parts (``_logs12``): split by system, capped, distinct events."""

    def test_split_is_the_hash_rule_and_parts_share_no_system(self):
        import hashlib

        from benchmarks.corpus._logs12 import HOLDOUT

        dev, hold = _log_records(12, "dev"), _log_records(12, "holdout")
        assert {r["source"] for r in hold} <= HOLDOUT
        assert not {r["source"] for r in dev} & HOLDOUT
        assert len(HOLDOUT) == 45  # a third of the 135 systems
        top = max(hashlib.sha256(s.encode()).hexdigest() for s in HOLDOUT)
        assert all(hashlib.sha256(r["source"].encode()).hexdigest() > top for r in dev)

    def test_texts_are_distinct_new_and_capped(self):
        from collections import Counter

        from benchmarks.corpus._logs12 import MOST

        dev, hold = _log_records(12, "dev"), _log_records(12, "holdout")
        texts = [r["text"] for r in dev + hold]
        assert len(texts) == len(set(texts))
        assert not any("{{" in t for t in texts)
        earlier = set()
        for name in ("real_logs", *(f"real_logs{n}_dev" for n in range(4, 12))):
            with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
                earlier |= {json.loads(line)["text"] for line in fh}
        assert not earlier & set(texts)
        for part in (dev, hold):
            assert max(Counter(r["source"] for r in part).values()) <= MOST

    def test_templates_are_filled_or_dropped(self):
        from benchmarks.corpus._logs12 import render, templates

        src = 'a = "{{ mark }}{{ bsd }} {{ host }} x=1"\nb = "search index=x {{ host }}"\nc = "{{ app }} y"\n'
        assert templates(src) == ["{{ mark }}{{ bsd }} {{ host }} x=1", "{{ app }} y"]
        assert (
            render("{{ mark }}{{ bsd }} {{ host }} x=1") == "<134>Jan 25 20:37:54 xk2p7-q9w3m x=1"
        )
        assert render("{{ app }} y") is None

    def test_review_rules(self):
        from benchmarks.corpus._logs12 import _label12

        def values(text):
            gold, ignored = _label12(text, "x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        assert values("<AgentVersion>1.1.1.103</AgentVersion>") == ([], [])
        assert values('name="src-10.1.2.3.cap"')[0] == [("10.1.2.3", "IP_ADDRESS")]
        assert ("00:50:56:13:60:56", "MAC_ADDRESS") in values("uid 01:00:50:56:13:60:56")[0]
        assert values("from 192.168.0.0.1 using")[1] == [("192.168.0.0.1", "MALFORMED_IP")]
        assert values("x rcpts=a.b@example.com")[0] == [("a.b@example.com", "EMAIL_ADDRESS")]

    def test_rules_after_the_first_run(self):
        from benchmarks.corpus._logs12 import _label12

        def gold(text):
            return [(text[g["start"] : g["end"]], g["entity"]) for g in _label12(text, "x")[0]]

        assert gold('cs-User-Agent="ocspd/1.0.3" s=1') == [("ocspd/1.0.3", "USER_AGENT")]
        assert gold("userAgent=Mozilla/5.0 [en] (X11, U) referer=") == [
            ("Mozilla/5.0 [en] (X11, U)", "USER_AGENT")
        ]
        assert gold('ua="" x=1') == []
        assert gold("1,Mozilla/4.0 (compatible; MSIE 7.0),,0") == [
            ("Mozilla/4.0 (compatible; MSIE 7.0)", "USER_AGENT")
        ]
        assert gold('PhoneNumber="2065551234"') == [("2065551234", "PHONE_NUMBER")]
        assert gold("Vserver a1b2:c3d4:e5f6:a7b8:c9d0:e1f2:a3b4:c5d6:123 -") == [
            ("a1b2:c3d4:e5f6:a7b8:c9d0:e1f2:a3b4:c5d6", "IP_ADDRESS")
        ]


@pytest.mark.parametrize("n", range(10, 17))
def test_log_labels_are_the_rules_output(n):
    """The tenth to sixteenth log sets' development labels are their ``_labelN``'s output."""
    import importlib

    label = getattr(importlib.import_module(f"benchmarks.corpus._logs{n}"), f"_label{n}")
    for r in _log_records(n, "dev"):
        gold, ignored = label(r["text"], r["source"])
        assert gold == r["spans"], r["id"]
        assert ignored == r["ignored"], r["id"]


#: Log sets split by a hash of the system's name (the thirteenth on): their builders share
#: the split rule, the cap and the label function's name.
HASH_SPLIT_LOG_SETS = (13, 14, 15, 16)


@pytest.mark.parametrize("n", HASH_SPLIT_LOG_SETS)
class TestHashSplitLogParts:
    """Each hash-split log set's parts: split by system, capped, distinct lines, labelled."""

    def test_split_is_the_hash_rule_and_parts_share_no_system(self, n):
        import hashlib
        import importlib

        corpus = importlib.import_module(f"benchmarks.corpus._logs{n}")
        dev, hold = _log_records(n, "dev"), _log_records(n, "holdout")
        assert corpus.SET.split(list(corpus.SYSTEMS)) == corpus.HOLDOUT
        assert len(corpus.HOLDOUT) == len(corpus.SYSTEMS) // 3
        assert {r["source"] for r in hold} <= corpus.HOLDOUT
        assert not {r["source"] for r in dev} & corpus.HOLDOUT
        top = max(hashlib.sha256(s.encode()).hexdigest() for s in corpus.HOLDOUT)
        assert all(hashlib.sha256(r["source"].encode()).hexdigest() > top for r in dev)

    def test_texts_are_distinct_new_and_capped(self, n):
        import importlib
        from collections import Counter

        most = importlib.import_module(f"benchmarks.corpus._logs{n}").MOST
        dev, hold = _log_records(n, "dev"), _log_records(n, "holdout")
        texts = [r["text"] for r in dev + hold]
        assert len(texts) == len(set(texts))
        earlier = set()
        for name in ("real_logs", *(f"real_logs{k}_dev" for k in range(4, n))):
            if not (DATA / f"{name}.jsonl").exists():
                continue  # a set built on another branch (the fifteenth)
            with (DATA / f"{name}.jsonl").open(encoding="utf-8") as fh:
                earlier |= {json.loads(line)["text"] for line in fh}
        assert not earlier & set(texts)
        for part in (dev, hold):
            assert max(Counter(r["source"] for r in part).values()) <= most


class TestLogs13Parts:
    """The thirteenth log set's own readers (``_logs13``)."""

    def test_compressed_and_utf16_files_are_read(self):
        import bz2
        import gzip

        from benchmarks.corpus._logs13 import decode

        assert decode("a.log.gz", gzip.compress(b"x\ny")) == "x\ny"
        assert decode("a.bz2", bz2.compress(b"z")) == "z"
        assert decode("a.log", "q".encode("utf-16")) == "q"
        assert decode("a.log", b"\xef\xbb\xbfr") == "r"

    def test_review_rules(self):
        from benchmarks.corpus._logs13 import _label13

        def values(text, system="x"):
            return _values(text, *_label13(text, system))

        assert values("DROP UDP 10.1.2.3 255.255.255.255 68 67")[0] == [("10.1.2.3", "IP_ADDRESS")]
        assert values(r"path C:\Users\John\Desktop and /Users/Public/x")[1] == [
            ("John", "USERNAME")
        ]
        assert values("PreValidateRootPath u'/users/jgalvin/documents'")[1] == [
            ("jgalvin", "USERNAME")
        ]
        assert values(r"for account 'Host\Jane'")[1] == [("Jane", "USERNAME")]
        assert values("connected to 1660360496, v 15.50.5", "teamviewer")[1] == [
            ("1660360496", "DEVICE_ID")
        ]
        assert values("connected to 1660360496")[1] == []
        assert values("2A0A,5,1,2,HOST,jdoe,W32.X", "symantec-av")[1] == [("jdoe", "USERNAME")]
        assert values("2A0A,5,1,2,HOST,SYSTEM,W32.X", "symantec-av")[1] == []

    def test_rules_after_the_first_run(self):
        from benchmarks.corpus._logs13 import _label13

        def agents(text):
            gold = _label13(text, "x")[0]
            return [text[g["start"] : g["end"]] for g in gold if g["entity"] == "USER_AGENT"]

        assert agents('1.2.3.4 | "GET /a HTTP/1.1" | "" "git/2.44.0" | 200 |') == ["git/2.44.0"]
        assert agents("GET /a HTTP/1.1 200 9ms http://localhost/ Mozilla/5.0 (X11; Linux)") == [
            "Mozilla/5.0 (X11; Linux)"
        ]
        assert agents('- - [x] "GET /readiness HTTP/1.1" kube-probe/1.27') == ["kube-probe/1.27"]
        assert agents("GET /a HTTP/1.1 200 - curl/7.85.0") == ["curl/7.85.0"]
        assert agents("listening on http://localhost/ foo/1.2") == []  # no HTTP request


class TestLogs14Parts:
    """The fourteenth log set's own readers and rules (``_logs14``)."""

    def test_linux_families_and_report_headers(self):
        from benchmarks.corpus._logs14 import _report_lines, linux_family

        assert linux_family("KASAN: use-after-free Read in x") == "kernel-linux-kasan"
        assert linux_family("WARNING in x") == "kernel-linux-warning"
        assert linux_family("possible deadlock in x") == "kernel-linux-lockdep"
        assert linux_family("SYZFAIL: x") == "kernel-linux-other"
        title, lines = _report_lines("TITLE: BUG: x\nTYPE: DoS\n\n[ 1.0] BUG: x\nline")
        assert title == "BUG: x"
        assert lines == ["", "[ 1.0] BUG: x", "line"]
        assert _report_lines("Fatal trap 12\nx") == ("", ["Fatal trap 12", "x"])

    def test_review_rules(self):
        from benchmarks.corpus._logs14 import _label14

        def values(text, system="x"):
            return _values(text, *_label14(text, system))

        assert values("No region for z1-127.0.0.1:6012/sdb1.")[0] == [("127.0.0.1", "IP_ADDRESS")]
        assert values(r"s|^\(auth_host = \).*$|\1127.0.0.1|")[0] == [("127.0.0.1", "IP_ADDRESS")]
        assert values("rtype keepalive@openssh.com want_reply 1")[0] == []
        assert values("[req-b0f1d34e-95ce-4407-bfab-baf109d751e0 e898c3b9a95e492a95e7b65cc0ce251b "
                      "e95bdd0647904c1fbc0949291badd768] ok")[1] == [
            ("e898c3b9a95e492a95e7b65cc0ce251b", "USERNAME")
        ]  # fmt: skip
        sacct = "1|1|c|p|q|acct|grp|45789|noror|380693|2016-12-22T07:15:12|"
        assert values(sacct, "slurm-sacct")[1] == [("noror", "USERNAME")]
        assert values("q:host:grp:jdoe:job:22947:sge:0", "sge-accounting")[1] == [
            ("jdoe", "USERNAME")
        ]
        assert values("E;123.pbs;user=jdoe group=g queue=q")[1] == [("jdoe", "USERNAME")]
        assert values('127.0.0.0 - testuser1 [01/Jul/2021:03:17:06 -0500] "GET / HTTP/1.1"')[1] == [
            ("testuser1", "USERNAME")
        ]

    def test_rule_after_the_first_run(self):
        from benchmarks.corpus._logs14 import _label14

        text = "curl -i -H 'X-Auth-Token: MIITmQYJKoZIhvcNAQcCoIITijCCE4YCAQEx' http://x"
        gold = _label14(text, "openstack-nova-api")[0]
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("MIITmQYJKoZIhvcNAQcCoIITijCCE4YCAQEx", "AUTH_TOKEN")
        ]


class TestLogs15Parts:
    """The fifteenth log set's own readers and rules (``_logs15``)."""

    def test_readers(self):
        from benchmarks.corpus._logs15 import module_lines, sshguard_lines

        tests = "#### SSH {{{\nInvalid user a from 1.2.3.4\n100 1.2.3.4 4 10\nM\n# }}}\n"
        tests += "# Web {{{\nno result here\nGET / from 5.6.7.8\n*\nM\n# }}}\n"
        assert sshguard_lines(tests) == {
            "SSH": ["Invalid user a from 1.2.3.4"],
            "Web": ["GET / from 5.6.7.8"],
        }
        source = 'A = """\nline one\n\nline two\n""".strip()\nB = 3\ndef f():\n    C = "x"\n'
        assert module_lines(source) == ["line one", "line two"]

    def test_review_rules(self):
        from benchmarks.corpus._logs15 import _label15

        def values(text, system="x"):
            return _values(text, *_label15(text, system))

        # the account an authentication failure names is a login: ignored, wherever it stands
        for line, name in (
            ("Invalid user oracle from 192.0.2.9 port 5", "oracle"),
            ("Connection closed by invalid user pi 192.0.2.9 port 5", "pi"),
            ("Login attempt for nonexistent user 'admin' from 192.0.2.9:5", "admin"),
            ("Failed password for root from 192.0.2.9 port 5 ssh2", "root"),
        ):
            assert (name, "USERNAME") in values(line)[1], line
        assert values("jdoe@EXAMPLE.COM for cifs/h.example.com@EXAMPLE.COM")[0] == [
            ("jdoe@EXAMPLE.COM", "EMAIL_ADDRESS")
        ]
        assert values("is-active pki-tomcatd@pki-tomcat.service")[0] == []
        assert values("=INFO REPORT==== 7-Jun-2015::03:42:13 ===")[0] == []
        assert values("-04:00 25923 2620:10a:0:4::40: xmlrpc/queue.get(1)")[0] == [
            ("2620:10a:0:4::40", "IP_ADDRESS")
        ]
        assert values('10.4.2.1 - "jeff" [x] "GET / HTTP/1.1" 401 356 "EvilAgent/2.0"') == (
            [("10.4.2.1", "IP_ADDRESS"), ("EvilAgent/2.0", "USER_AGENT")],
            [("jeff", "USERNAME")],
        )
        assert values("Disconnected: user=<sarah>, rip=1.2.3.4")[1] == [("sarah", "USERNAME")]
        assert values("Failed password for woold from 10.1.1.7 port 1")[1] == [
            ("woold", "USERNAME")
        ]


class TestReaders10:
    """How the tenth log set's builder reads a pack (``_logs10``)."""

    def test_sample_raws_in_file_order(self):
        from benchmarks.corpus._logs10 import sample_raws

        text = json.dumps([{"_raw": "a=1"}, {"_time": 1}, {"_raw": " "}, {"_raw": "b=2"}])
        assert sample_raws(text) == ["a=1", "b=2"]
        assert sample_raws("not json") == []
        assert sample_raws(json.dumps({"_raw": "x"})) == []

    def test_sample_files_are_the_packs_samples(self):
        from benchmarks.corpus._logs10 import sample_files

        paths = ["data/samples/b.json", "data/lookups/x.csv", "README.md", "p/data/samples/a.json"]
        assert sample_files(paths) == ["data/samples/b.json", "p/data/samples/a.json"]

    def test_fail2ban_programs_are_left_out(self):
        from benchmarks.corpus._logs10 import _FAIL2BAN_PROGRAM

        assert _FAIL2BAN_PROGRAM.search("Jan 1 h sshd[12]: Failed password for x")
        assert _FAIL2BAN_PROGRAM.search("Jan 1 h postfix/smtpd[3]: connect from y")
        assert not _FAIL2BAN_PROGRAM.search("Jan 1 h dhcpd3: DHCPACK on 10.0.0.2")


class TestLogLabel10:
    """The tenth log set's own rules (``_logs10._label10``)."""

    @staticmethod
    def _label(text, system="duo"):
        from benchmarks.corpus._logs10 import _label10

        return _values(text, *_label10(text, system))

    def test_message_ids_are_ignored_not_emails(self):
        text = (
            '{"MessageId":"<AB12@host.prod.outlook.com>","SenderAddress":"a.b@acme.com"} '
            "Response '2.6.0 <1.2.JavaMail.root@mta4.example.net> [x] Queued'"
        )
        gold, ignored = self._label(text)
        assert gold == [("a.b@acme.com", "EMAIL_ADDRESS")]
        assert [label for _, label in ignored] == ["MESSAGE_ID", "MESSAGE_ID"]

    def test_return_path_and_percent_encoded_addresses(self):
        text = '"returnPath": "return-a1-b2=3793=8@mail.example.org", "u": "?to=jo%40gmail.com&x=1"'
        gold, _ = self._label(text)
        assert gold == [
            ("return-a1-b2=3793=8@mail.example.org", "EMAIL_ADDRESS"),
            ("jo%40gmail.com", "EMAIL_ADDRESS"),
        ]

    def test_addresses_the_generic_rules_skipped(self):
        text = (
            '{"RespondingDnsServer":"172.16.0.10","LocalAddressIP4":"0.0.0.0"} '
            "uri=/phonehome/connection_11.3.99.62_8089 Send NULL to STA-00:22:58:95:60:e7 idle"
        )
        gold, _ = self._label(text)
        assert gold == [
            ("172.16.0.10", "IP_ADDRESS"),
            ("11.3.99.62", "IP_ADDRESS"),
            ("00:22:58:95:60:e7", "MAC_ADDRESS"),
        ]

    def test_phone_fields_and_device_names(self):
        text = '{"mobilePhone":"222-333-4444","businessPhones":["+1 425 555 0109"],"name":"iPhone (617-555-3421)"}'
        gold, _ = self._label(text)
        assert [v for v, e in gold if e == "PHONE_NUMBER"] == [
            "222-333-4444",
            "+1 425 555 0109",
            "617-555-3421",
        ]

    def test_user_names_of_people_objects_are_ignored(self):
        text = (
            '{"reporter":{"email":"ms@afos.io","name":"mike score"},"app":{"name":"Office 365"},'
            '"realname": "Joe Smith", "alias1": "sarah.m", "last_login": 1727609253, '
            '"user": {"id": 1}} date=x unauthuser="jdoe" usrName=kim'
        )
        gold, ignored = self._label(text)
        assert gold == [("ms@afos.io", "EMAIL_ADDRESS")]
        names = {v for v, label in ignored if label == "USERNAME"}
        assert names == {"mike score", "Joe Smith", "sarah.m", "jdoe", "kim"}

    def test_xml_user_name_is_ignored_and_markup_is_not(self):
        text = (
            "<Security UserID='S-1-5-18'/></System><EventData>"
            "<Data Name='TargetUserName'>JSMITH</Data><Data Name='SubjectUserName'>SYSTEM</Data>"
        )
        _gold, ignored = self._label(text, "windows_xml")
        assert ignored == [("JSMITH", "USERNAME")]

    def test_agents_and_places(self):
        text = (
            'srcip=10.1.1.2 agent="Mozilla/5.0" srccountry="Reserved" '
            "ccode=CA cicode=Markham cs7=43.84 cs7Label=latitude FTNTFGTdstcity=Kansas City"
        )
        gold, ignored = self._label(text, "fortigate")
        assert gold == [
            ("10.1.1.2", "IP_ADDRESS"),
            ("Mozilla/5.0", "USER_AGENT"),
            ("Markham", "LOCATION"),
        ]
        assert {v for v, label in ignored if label == "LOCATION"} == {
            "Reserved",
            "CA",
            "43.84",
            "Kansas City",
        }

    def test_rules_added_after_the_development_run(self):
        text = (
            "CEF:0|Imperva Inc.|SecureSphere|13.5.0.20_0|Audit|x|1|src=10.2.3.4 "
            "requestContext=Mozilla/5.0 (X11; Linux) Edge/15 externalId=7 "
            '{"number": "+12065551234", "details": "{\\"user_agent\\": \\"curl/8.1\\"}"}'
        )
        gold, _ = self._label(text, "cef_leef")
        assert gold == [
            ("10.2.3.4", "IP_ADDRESS"),
            ("Mozilla/5.0 (X11; Linux) Edge/15", "USER_AGENT"),
            ("+12065551234", "PHONE_NUMBER"),
            ("curl/8.1", "USER_AGENT"),
        ]


class TestLogs16Parts:
    """The sixteenth log set's own readers and rules (``_logs16``)."""

    def test_haskell_literals_are_joined_and_unescaped(self):
        from benchmarks.corpus._logs16 import hs_events

        module = (
            "a_1 :: Bytes\n"
            'a_1 = pack $ concat\n  [ "x=\\"1\\" "\n  , "y\\\\z"\n  ]\n\n'
            "b_1 :: Bytes\n"
            'b_1 = fromString "p\\\n  \\q"\n'
            '-- a comment "not this"\n'
        )
        assert hs_events(module, ("a_",)) == ['x="1" y\\z']
        assert hs_events(module, ("b_",)) == ["pq"]

    def test_rust_log_literals_are_read(self):
        from benchmarks.corpus._logs16 import rs_events

        assert rs_events('let log = "a=\\"b\\" c";\nlet log = SiemLog::new(log);') == ['a="b" c']

    def test_browser_agent_anywhere_and_prose_user_rules(self):
        from benchmarks.corpus._logs16 import _label16

        text = "Login for jdoe/Users from 10.1.2.3 with Mozilla/5.0 (X11; Linux) Gecko/2010 Firefox/87.0."
        gold, ignored = _label16(text, "pulse-user-access")
        spans = {(text[int(g["start"]) : int(g["end"])], g["entity"]) for g in gold}
        assert ("Mozilla/5.0 (X11; Linux) Gecko/2010 Firefox/87.0", "USER_AGENT") in spans
        assert ("10.1.2.3", "IP_ADDRESS") in spans
        assert [text[int(i["start"]) : int(i["end"])] for i in ignored] == ["jdoe"]


class TestLogs18Parts:
    """The eighteenth log set's reader and rules (``_logs18``)."""

    def test_only_message_samples_and_test_samples_are_read(self):
        from benchmarks.corpus._logs18 import file_samples

        entry = {
            "processors": [
                {"source": "message", "samples": ["a line", "b\nc\n"]},
                {"source": "error.stack", "samples": ["java.lang.X: y"]},
            ],
            "tests": [{"sample": '{"k": 1}\n'}],
        }
        assert file_samples(entry) == ["a line", "b\nc", '{"k": 1}']

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs18 import HOLDOUT, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_versions_dates_and_glued_addresses(self):
        from benchmarks.corpus._logs18 import _label18

        text = (
            "=INFO REPORT==== 8-Mar-2018::14:09:27 === VRMF(9.0.0.0) IBM MQ V9.0.0.0 "
            "host = yarn-container/172.18.0.2 dn=tacacsplusprovider-10.19.24.1 "
            "HOST:ip-172-29-187-90-PC APPID: 9.26.54.62.45837.070518182042"
        )
        gold, ignored = _label18(text, "rabbitmq")
        assert [(text[int(g["start"]) : int(g["end"])], g["entity"]) for g in gold] == [
            ("172.18.0.2", "IP_ADDRESS"),
            ("10.19.24.1", "IP_ADDRESS"),
        ]
        assert [text[int(i["start"]) : int(i["end"])] for i in ignored] == [
            "ip-172-29-187-90",
            "9.26.54.62.45837.070518182042",
        ]

    def test_service_users_are_ignored_but_not_system_accounts(self):
        from benchmarks.corpus._logs18 import _label18

        text = (
            "AUTH: Authenticated user doggo from 172.22.0.1. ugi=root ip=1.2.3.4 "
            "Failed to authenticate cloudbreak: no"
        )
        gold, ignored = _label18(text, "voltdb")
        assert [text[int(i["start"]) : int(i["end"])] for i in ignored] == ["doggo", "cloudbreak"]
        assert len(gold) == 2


class TestLogs19Parts:
    """The nineteenth log set's own readers and rules (``_logs19``)."""

    def test_logcat_long_entries_keep_header_and_message(self):
        from benchmarks.corpus._logs19 import logcat_long

        text = (
            "--------- beginning of main\n"
            "[ 01-01 15:12:06.640  root:  600:  600 I/chatty   ]\nuid=0(root) expire 3 lines\n\n"
            "[ 01-01 15:12:24.572 10081:20049:20054 I/zygote64 ]\nline one\nline two\n\n"
        )
        assert logcat_long(text) == [
            "[ 01-01 15:12:06.640  root:  600:  600 I/chatty   ]\nuid=0(root) expire 3 lines",
            "[ 01-01 15:12:24.572 10081:20049:20054 I/zygote64 ]\nline one\nline two",
        ]

    def test_rust_messages_skip_paths_formats_and_short_literals(self):
        from benchmarks.corpus._logs19 import rust_messages

        module = (
            'let p = "tests/test_data/system_logs_big_sur.logarchive";\n'
            'assert_eq!(m, "opendirectoryd (build 796.100) launched...");\n'
            'assert_eq!(f, "opendirectoryd (build %{public}s) launched...");\n'
            'assert_eq!(x, "short one");\n'
        )
        assert rust_messages(module) == ["opendirectoryd (build 796.100) launched..."]

    def test_device_identifier_rules(self):
        from benchmarks.corpus._logs19 import _label19

        cases = {
            "IMEI: 490154203237518 ok": ("490154203237518", "IMEI"),
            "android_id=9774d56d682e549c": ("9774d56d682e549c", "ANDROID_ID"),
            "gaid: 38400000-8cf0-11bd-b23e-10b96e40000d": (
                "38400000-8cf0-11bd-b23e-10b96e40000d",
                "ADVERTISING_ID",
            ),
            "CrashReporter Key:   76f2fb60060d6a7f814973377cbdc866fffd521f": (
                "76f2fb60060d6a7f814973377cbdc866fffd521f",
                "DEVICE_ID",
            ),
            "[ro.serialno]: [HT4BVJT00123]": ("HT4BVJT00123", "DEVICE_ID"),
        }
        for text, expected in cases.items():
            gold, _ = _label19(text, "android-logcat-long")
            assert [(text[int(g["start"]) : int(g["end"])], g["entity"]) for g in gold] == [
                expected
            ]
        # a failed Luhn check, the placeholder MAC and a masked account are not labelled
        for text in (
            "IMEI: 490154203237519",
            "wlan0 mac 02:00:00:00:00:00",
            "9,hsp,1,10051,com.google.android.gm/com.google/XXX@gmail.com",
        ):
            assert _label19(text, "android-batterystats")[0] == []

    def test_home_folders_and_containers_are_ignored(self):
        from benchmarks.corpus._logs19 import _label19

        text = (
            "Path: /Users/bruno/App.app and C:\\Users\\vagrant\\AppData "
            "/private/var/containers/Bundle/Application/51346174-37EF-4F60-B72D-8DE5F01035F5/A.app"
        )
        _, ignored = _label19(text, "apple-crash-header")
        assert [(text[int(i["start"]) : int(i["end"])], i["label"]) for i in ignored] == [
            ("bruno", "USERNAME"),
            ("vagrant", "USERNAME"),
            ("51346174-37EF-4F60-B72D-8DE5F01035F5", "CONTAINER_ID"),
        ]

    def test_a_visited_site_is_ignored_and_a_contacted_domain_clean(self):
        from benchmarks.corpus._logs19 import _label19

        text = '{"context":"youtube.com","domain":"i.ytimg.com","type":"networkActivity"}'
        gold, ignored = _label19(text, "ios-app-privacy-report")
        assert gold == []
        assert [(text[int(i["start"]) : int(i["end"])], i["label"]) for i in ignored] == [
            ("youtube.com", "VISITED_SITE")
        ]

    def test_split_is_the_rule(self):
        from benchmarks.corpus._logs19 import HOLDOUT, SECOND_BATCH, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        first = [s for s in SYSTEMS if s not in SECOND_BATCH]
        assert holdout_systems(first) == HOLDOUT
        assert not holdout_systems(list(SECOND_BATCH))


class TestLogs21Parts:
    """The twenty-first log set's own readers, split and rules (``_logs21``)."""

    def test_code_blocks_give_log_lines_only(self):
        from benchmarks.corpus._logs21 import _SETUPAPI, _WPP, code_block_lines

        page = (
            "Text >>>  not in a block\n```\n>>>  [Device Install - PCI\\VEN_1]\n"
            "     dvi: Searching for hardware ID(s):\nsetupapi prose\n"
            "[0]0AF4.0C64::07/25/2003-13:55:39.998 [tracedrv]IOCTL = 1\n```\n"
            "     dvi: after the block\n"
        )
        assert code_block_lines(page, _SETUPAPI) == [
            ">>>  [Device Install - PCI\\VEN_1]",
            "     dvi: Searching for hardware ID(s):",
        ]
        assert code_block_lines(page, _WPP) == [
            "[0]0AF4.0C64::07/25/2003-13:55:39.998 [tracedrv]IOCTL = 1"
        ]

    def test_user_names_are_ignored_and_a_kernel_name_is_not_one(self):
        from benchmarks.corpus._logs21 import _label21

        text = (
            'ProcCwd: /home/bdrung\nStatus: Current GUI user name is "build".\n'
            'Found saved credentials for Jamf Pro API account "super".\n'
            "Uname: Linux 6.5.0-35-generic x86_64"
        )
        gold, ignored = _label21(text, "ubuntu-apport-crash")
        assert gold == []
        assert [text[int(i["start"]) : int(i["end"])] for i in ignored] == [
            "bdrung",
            "build",
            "super",
        ]

    def test_split_is_the_rule(self):
        from benchmarks.corpus._logs21 import HOLDOUT, SECOND_BATCH, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        first = [s for s in SYSTEMS if s not in SECOND_BATCH]
        assert holdout_systems(first) == HOLDOUT
        assert not holdout_systems(list(SECOND_BATCH))


class TestLogs17Parts:
    """The seventeenth log set's own reader, split and rule (``_logs17``)."""

    def test_split_is_the_rule_and_every_file_is_copied(self):
        from benchmarks.corpus import _logs17

        assert _logs17.SET.split(_logs17.SYSTEMS) == _logs17.HOLDOUT
        for fileset in _logs17.SYSTEMS:
            lines = _logs17.fileset_lines(fileset)
            assert lines
            assert len(lines) <= _logs17.LINES * len(_logs17.FILES[fileset])

    def test_no_nginx_access_or_x_pack_file(self):
        from benchmarks.corpus import _logs17

        for raw in _logs17.SOURCE.read_text(encoding="utf-8").splitlines():
            path = json.loads(raw)["path"]
            assert path.startswith("filebeat/module/")
            assert "/nginx/" not in path
            assert "/access/" not in path

    def test_addon_ids_are_ignored_not_gold(self):
        from benchmarks.corpus._logs17 import _label17

        text = '{"identifier":"aushelper@mozilla.org","name":"x","email":"jo@example.com"}'
        gold, ignored = _label17(text, "osquery/result")
        assert [text[int(g["start"]) : int(g["end"])] for g in gold] == ["jo@example.com"]
        assert ("aushelper@mozilla.org", "EMAIL_ADDRESS") in {
            (text[int(i["start"]) : int(i["end"])], i["label"]) for i in ignored
        }


class TestLogs22Parts:
    """The twenty-second log set's split and rules (``_logs22``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs22 import HOLDOUT, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_scoped_addresses_are_gold_and_accounts_at_a_port_no_mail(self):
        from benchmarks.corpus._logs22 import _label22

        text = (
            "to [local-machine:127.0.0.1 local-cloud:10.0.0.128 local-machine:::1] "
            "'--uri', 'relation-87_ee070cdf4b8b49@mysql-primary.openstack.svc.cluster.local:3306' "
            "INSERT INTO users VALUES ('Alice', 'alice@example.com');"
        )
        gold, ignored = _label22(text, "juju-machine")
        assert [(text[int(g["start"]) : int(g["end"])], g["entity"]) for g in gold] == [
            ("127.0.0.1", "IP_ADDRESS"),
            ("10.0.0.128", "IP_ADDRESS"),
            ("::1", "IP_ADDRESS"),
            ("alice@example.com", "EMAIL_ADDRESS"),
        ]
        assert [(text[int(i["start"]) : int(i["end"])], i["label"]) for i in ignored] == [
            ("relation-87_ee070cdf4b8b49", "USERNAME"),
        ]


class TestLogs23Parts:
    """The twenty-third log set's split and line rule (``_logs23``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs23 import HOLDOUT, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    @pytest.mark.parametrize(
        ("line", "start"),
        [
            ("\t2018-01-21 21:52:35.071462 7f96a3b82700  0 monclient(hunting): x", 1),
            ("exec: stderr: 2020-09-17T00:30:12.145+0000 7f0c17632f40 -1 bdev(0x5)", 14),
            ("  2019-05-30 19:02:57.353171 W | cephosd: skipping device sda", 2),
            ("  Jul 30 04:53:01 node3 ceph-osd[18769]: log_channel(cluster) log", 2),
            ("    log_channel(cluster) log [DBG] : 1.0 scrub ok", 4),
        ],
    )
    def test_a_stamped_line_is_taken_from_its_stamp(self, line, start):
        from benchmarks.corpus._logs23 import _STAMP

        m = _STAMP.search(line)
        assert m is not None
        assert m.start() == start

    @pytest.mark.parametrize(
        "line", ["    end = '2022-07-20 09:40:10')", 'ts = "2024-01-01T10:00:00",']
    )
    def test_a_time_in_code_is_no_log_line(self, line):
        from benchmarks.corpus._logs23 import _STAMP

        assert _STAMP.search(line) is None


class TestLogs24Parts:
    """The twenty-fourth log set's split and line rules (``_logs24``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs24 import HOLDOUT, SET, SYSTEMS

        assert SET.split(sorted(SYSTEMS)) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    @pytest.mark.parametrize(
        ("line", "start"),
        [
            ("08-30 12:43:34.152  3238  3238 D AndroidRuntime: CheckJNI is ON", 0),
            ("  15/12/11 13:33:11 INFO mapreduce.Job: map 0%", 2),
            ("Dec 29 08:46:04 Dragons-iPhone iaptransportd[65] <Warning>: x", 0),
            ("    E/AndroidRuntime( 4940): FATAL EXCEPTION: main", 4),
            ("> 2022-05-28 13:08:29,222 o.a.f.k.o.c.FlinkConfigManager [INFO ] x", 2),
        ],
    )
    def test_a_stamped_line_is_taken_from_its_stamp(self, line, start):
        from benchmarks.corpus._logs24 import _STAMP

        m = _STAMP.search(line)
        assert m is not None
        assert m.start() == start

    def test_a_stamp_in_a_string_ends_with_the_string(self):
        from benchmarks.corpus._logs24 import _in_string

        line = "\t{ input: '12-28 10:14:31.303   779 I ActivityManager: x', output: null },"
        assert (
            _in_string(line, line.index("12-28")) == "12-28 10:14:31.303   779 I ActivityManager: x"
        )
        line = '    "18/04/17 22:03:54 INFO mapreduce.Job: map 0%\\n"'
        assert _in_string(line, line.index("18/")) == "18/04/17 22:03:54 INFO mapreduce.Job: map 0%"

    def test_a_bare_time_is_no_log_line(self):
        from benchmarks.corpus._logs24 import _WORD

        assert _WORD.search("2017-08-23 14:19:43.069000 UTC", 19) is None
        assert _WORD.search("2017-08-23 14:19:43 INFO x", 19) is not None


class TestLogs25Parts:
    """The twenty-fifth log set's split, line and label rules (``_logs25``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs25 import HOLDOUT, SET, SYSTEMS

        assert SET.split(sorted(SYSTEMS)) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    @pytest.mark.parametrize(
        ("line", "start"),
        [
            ("[1] 2019/05/13 12:00:00.123456 [INF] x", 4),
            ("    2013/10/21 18:35:05 [INFO] serf: EventMemberJoin: a 10.0.0.1", 4),
            ("info 2024-10-04 03:23:52.968389-04:00 connection", 5),
            ('    [INFO] 10.0.0.1:53 - 1 "A IN example.org."', 4),
        ],
    )
    def test_a_stamped_line_is_taken_from_its_stamp(self, line, start):
        from benchmarks.corpus._logs25 import _STAMP

        m = _STAMP.search(line)
        assert m is not None
        assert m.start() == start

    def test_half_the_kept_lines_hold_an_address_shape(self):
        from benchmarks.corpus import _logs25

        lines = [f"net line {i} 10.0.0.{i % 250}" for i in range(500)]
        lines += [f"plain line {i}" for i in range(500)]
        kept = _logs25._stratified(lines)
        net = [t for t in kept if _logs25._ADDRESS_SHAPE.search(t)]
        assert len(net) == _logs25.MOST_NET
        assert len(kept) == _logs25.MOST_NET + _logs25.MOST_OTHER

    def test_label_rules(self):
        from benchmarks.corpus._logs25 import _label25

        def gold(text):
            return [(text[g["start"] : g["end"]], g["entity"]) for g in _label25(text, "x")[0]]

        assert ("::1", "IP_ADDRESS") in gold("2017/09/28 14:45:18 [INF] ::1:63283 - cid:7 - x")
        assert ("172.19.0.7", "IP_ADDRESS") in gold("update_node(3, '172.19.0.7-demoted', 5432)")
        assert gold("Logs: /var/log/rabbitmq/rabbit@localhost.log") == []
        assert gold("mail info@codership.com") == [("info@codership.com", "EMAIL_ADDRESS")]


class TestLogs26Parts:
    """The twenty-sixth log set's split, line and label rules (``_logs26``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs26 import HOLDOUT, SET, SYSTEMS

        assert SET.split(sorted(SYSTEMS)) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_a_test_folder_is_read_as_its_family(self):
        from benchmarks.corpus._logs26 import _family

        assert _family("testing/pluto/ikev2-08-delete-notify/east.console.txt") == "libreswan-ikev2"
        assert _family("testing/pluto/rare-test/west.console.txt") == "libreswan-other"

    @pytest.mark.parametrize(
        ("line", "kept"),
        [
            ('"west" #1: sent IKE_SA_INIT request to 192.1.2.23:UDP/500', True),
            ('IMPAIR: "west" #3: revival: skip scheduling', True),
            ('"west"[2] 192.1.2.45 #4: initiating', False),
            ('"west-east":   host: oriented; local: 192.1.2.45;', True),
            ("east #", False),
            (" ipsec auto --add westnet-eastnet", False),
            ('"west" #1: 42', False),
        ],
    )
    def test_only_lines_pluto_wrote_are_taken(self, line, kept):
        from benchmarks.corpus._logs26 import pluto_line

        assert (pluto_line(line) is not None) is kept

    def test_label_rules(self):
        from benchmarks.corpus._logs26 import _label26

        def labels(text):
            gold, ignored = _label26(text, "x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        gold, _ = labels('"a": 10.0.1.0/24===192.1.2.45[@west]---192.1.2.254...192.1.2.23[@east]')
        assert [g for g, _ in gold] == ["10.0.1.0", "192.1.2.45", "192.1.2.254", "192.1.2.23"]
        gold, _ = labels("[2001:db8:1:2::45-2001:db8:1:2::45:0-65535 0===2001:db8:1:2::23/128]")
        assert [g for g, _ in gold] == ["2001:db8:1:2::45", "2001:db8:1:2::45", "2001:db8:1:2::23"]
        gold, ignored = labels(
            "id 'C=CA, ST=Ontario, L=Toronto, O=Libreswan, E=u@testing.libreswan.org'"
        )
        assert gold == [("u@testing.libreswan.org", "EMAIL_ADDRESS")]
        assert ("Toronto", "LOCATION") in ignored
        assert ("Libreswan", "ORGANIZATION") in ignored
        assert labels("their id=@west.testing.libreswan.org")[0] == []


class TestLogs27Parts:
    """The twenty-seventh log set's split, selection and label rules (``_logs27``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs27 import HOLDOUT, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(sorted(SYSTEMS)) == HOLDOUT
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_each_system_reads_at_most_its_files_and_lines(self):
        from benchmarks.corpus._logs27 import FILES, LINES, SYSTEMS, _entries

        for system in SYSTEMS:
            entries = [e for e in _entries() if e["system"] == system]
            assert 0 < len(entries) <= FILES
            assert all(0 < len(e["text"].split("\n")) <= LINES for e in entries)
            assert [e["path"] for e in entries] == sorted(e["path"] for e in entries)

    def test_label_rules(self):
        from benchmarks.corpus._logs27 import _label27

        def labels(text):
            gold, ignored = _label27(text, "x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        gold, _ = labels('<14>1 2016 h RT - X [junos@xxxx.1.1.x.x.xxx client-ip="192.0.2.7"]')
        assert gold == [("192.0.2.7", "IP_ADDRESS")]
        gold, ignored = labels('from="a@iview.com" mailid="<5ab27db7-7bac@iview.com>" size=1')
        assert gold == [("a@iview.com", "EMAIL_ADDRESS")]
        assert ("5ab27db7-7bac@iview.com", "MESSAGE_ID") in ignored
        _, ignored = labels("<164>%ASA-4-733100: [ LOCAL\\alice.johnson] drop rate-1 exceeded")
        assert ("alice.johnson", "USERNAME") in ignored
        _, ignored = labels("AD-Hostname=ise-host@host.local, AD-IP-Address=1.2.3.4,")
        assert ("ise-host@host.local", "HOST_ACCOUNT") in ignored
        gold, ignored = labels('{"UserAgent":"USER_AGENT","ClientIP":"81.2.69.142"}')
        assert ("USER_AGENT", "PLACEHOLDER") in ignored
        assert gold == [("81.2.69.142", "IP_ADDRESS")]


class TestLogs28Parts:
    """The twenty-eighth log set's split, selection and label rules (``_logs28``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs28 import HOLDOUT, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_each_system_reads_only_its_files_and_at_most_its_lines(self):
        from benchmarks.corpus._logs28 import LINES, SOURCES, SYSTEMS, _entries

        for system in SYSTEMS:
            entries = [e for e in _entries() if e["system"] == system]
            assert entries
            assert {e["path"] for e in entries} <= set(SOURCES[system])
            assert all(0 < len(e["text"].split("\n")) <= LINES for e in entries)

    def test_label_rules(self):
        from benchmarks.corpus._logs28 import _label28

        def labels(text):
            gold, ignored = _label28(text, "x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        gold, ignored = labels('{"userAgent":"None","sourceIp":"10.1.2.3"}')
        assert gold == [("10.1.2.3", "IP_ADDRESS")]
        assert ("None", "PLACEHOLDER") in ignored
        _, ignored = labels(
            '0.0.0.0 TokenOnly:1812 "text=Authentication Success for user [ABC\\u7]."'
        )
        assert ("ABC\\u7", "USERNAME") in ignored
        text = '{"detail":"{\\"nvsTunnelIkeIdValue\\":\\"S1.L2.E3@vendor.net\\",\\"user\\":\\"a@b.com\\"}"}'
        gold, ignored = labels(text)
        assert ("S1.L2.E3@vendor.net", "HOST_ACCOUNT") in ignored
        assert gold == [("a@b.com", "EMAIL_ADDRESS")]


class TestLogs29Parts:
    """The twenty-ninth log set's split, selection and label rules (``_logs29``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs29 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs29 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs29_dev.jsonl", False), ("real_logs29_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) == {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_stratified_takes_the_shapes_it_is_given(self):
        from benchmarks.corpus._logs25 import _stratified
        from benchmarks.corpus._logs29 import _NET_SHAPE

        lines = [f"row {i} 0015.b2a4.50{i:02d}" for i in range(10)] + [
            f"total {i}" for i in range(10)
        ]
        kept = _stratified(lines, most_net=3, most_other=2, shape=_NET_SHAPE)
        assert sum("." in t for t in kept) == 3
        assert len(kept) == 5

    def test_label_rules(self):
        from benchmarks.corpus._logs29 import _label29

        def labels(text):
            gold, ignored = _label29(text, "x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        gold, _ = labels("  10.1.2.3     0015b2-a45078     dynamic 2")
        assert gold == [("10.1.2.3", "IP_ADDRESS"), ("0015b2-a45078", "MAC_ADDRESS")]
        gold, _ = labels("x 0015-b2a4-5078 y")
        assert gold == [("0015-b2a4-5078", "MAC_ADDRESS")]
        gold, _ = labels("    Chassis 00:11:22:33:44:55, Port 00:11:22:33:44:66:")
        assert [v for v, _ in gold] == ["00:11:22:33:44:55", "00:11:22:33:44:66"]
        gold, _ = labels("Name: Bypass->10.1.1.7->10.1.1.9")
        assert gold == [("10.1.1.7", "IP_ADDRESS"), ("10.1.1.9", "IP_ADDRESS")]
        assert labels("HW:13   FW:5.8.0.3   SW:v5.10.1.039")[0] == []
        assert labels("  System Description = Acme Corp AP-1201H 1.0.0.10,")[0] == []
        gold, ignored = labels(
            "0102.1905.0009  Virtual_Interface_ 3p U  Up 23  9aac.0480.2d1a  04d20h01"
        )
        assert ("0102.1905.0009", "SYSTEM_ID") in ignored
        assert gold == [("9aac.0480.2d1a", "MAC_ADDRESS")]


class TestLogs20Parts:
    """The twentieth log set's split and rules (``_logs20``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs20 import HOLDOUT, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_unspecified_addresses_are_ignored_and_thread_addresses_gold(self):
        from benchmarks.corpus._logs20 import _label20

        text = (
            "[NIOServerCxn.Factory:0.0.0.0/0.0.0.0:2181:NIOServerCnxn@1008] client /10.240.0.20:5 "
            "[QuorumPeer[myid=1]/0:0:0:0:0:0:0:0:2181:Follower@118] [ACCEPT-localhost/127.0.0.1] "
            "[MessagingService-Outgoing-/10.101.35.71-Gossip] BP-1946191569-10.128.0.4-1537814388792"
        )
        gold, ignored = _label20(text, "zookeeper-bench-x")
        assert [text[int(g["start"]) : int(g["end"])] for g in gold] == [
            "10.240.0.20",
            "127.0.0.1",
            "10.101.35.71",
        ]
        assert [(text[int(i["start"]) : int(i["end"])], i["label"]) for i in ignored] == [
            ("0.0.0.0", "UNSPECIFIED_ADDRESS"),  # noqa: S104 - a label, not a bind
            ("0.0.0.0", "UNSPECIFIED_ADDRESS"),  # noqa: S104
            ("0:0:0:0:0:0:0:0", "UNSPECIFIED_ADDRESS"),
            ("10.128.0.4", "IP_IN_NAME"),
        ]


def test_youtube_parts_are_whole_videos_and_hold_their_labels():
    from benchmarks.corpus._youtube import LABELS, parts

    sources = {}
    for part in ("dev", "holdout"):
        with (DATA / f"noisy_comments3_{part}.jsonl").open(encoding="utf-8") as fh:
            sources[part] = {r["source"] for r in map(json.loads, fh)}
    assert not sources["dev"] & sources["holdout"]
    assert sorted(f"data/{f}" for f, p in parts().items() if p == "held_out") == sorted(
        sources["holdout"]
    )
    ids = set()
    for part in ("dev", "holdout"):
        with (DATA / f"noisy_comments3_{part}.jsonl").open(encoding="utf-8") as fh:
            ids |= {r["id"] for r in map(json.loads, fh)}
    assert set(LABELS) <= ids


def test_tweets2_parts_follow_their_split_rule():
    # Every tweet of the second tweets set sits in the part the hash of its unit gives, and no
    # unit (a tweet without its retweet prefix, lower case) is in both parts.
    from benchmarks.corpus._tweets2 import part_of, unit

    units = {}
    for part, name in (("dev", "dev"), ("held_out", "holdout")):
        with (DATA / f"tweets2_{name}.jsonl").open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh]
        assert all(r["part"] == part == part_of(r["text"]) for r in records)
        units[part] = {unit(r["text"]) for r in records}
    assert not units["dev"] & units["held_out"]


def test_web_parts_are_whole_documents_split_by_their_hash():
    # Every sentence of the web set sits in the part the hash of its document gives, so no
    # document (an e-mail, a post, a question's answers, a business's reviews) is in both.
    from benchmarks.corpus._ewt import GENRES, part_of

    docs = {}
    for part, name in (("dev", "dev"), ("held_out", "holdout")):
        with (DATA / f"web_{name}.jsonl").open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh]
        assert len(records) == 1000
        assert all(r["part"] == part == part_of(r["doc"]) for r in records)
        assert all(r["id"].rsplit("-", 1)[0] == r["doc"] for r in records)
        assert {r["doc"].split("-", 1)[0] for r in records} <= set(GENRES)
        docs[part] = {r["doc"] for r in records}
    assert not docs["dev"] & docs["held_out"]


def test_gum_parts_are_whole_documents_split_by_their_hash():
    # Every sentence of the committed GUM set sits in the part the hash of its document gives,
    # so no document (an interview, a hearing) is in both; only CC BY genres are committed.
    from benchmarks.corpus._gum import COMMITTED, part_of

    docs = {}
    for part, name in (("dev", "dev"), ("held_out", "holdout")):
        with (DATA / f"gum_{name}.jsonl").open(encoding="utf-8") as fh:
            records = [json.loads(line) for line in fh]
        assert all(r["part"] == part == part_of(r["doc"]) for r in records)
        assert all(r["id"].rsplit("-", 1)[0] == r["doc"] for r in records)
        assert {r["genre"] for r in records} <= set(COMMITTED)
        assert all(r["licence"].startswith("text CC-BY-") for r in records)
        docs[part] = {r["doc"] for r in records}
    assert not docs["dev"] & docs["held_out"]


def test_gum_names_are_the_proper_nouns_ending_a_mentions_minimal_span():
    from benchmarks.corpus._gum import sentence_spans

    text = "Ask candidate Buddy Roemer in Brooklyn, New York about his wife"
    tokens = [
        ("Ask", "VERB", "VB", ""),
        ("candidate", "NOUN", "NN", "(1-person-new-sssss-cf1-1,2,3-coref"),
        ("Buddy", "PROPN", "NNP", ""),
        ("Roemer", "PROPN", "NNP", "1)"),
        ("in", "ADP", "IN", ""),
        ("Brooklyn", "PROPN", "NNP", "(2-place-new-sssss-cf2-1,3,4-coref"),
        (",", "PUNCT", ",", ""),
        ("New", "ADJ", "NNP", "(3-place-new-sssss-cf3-1,2-coref"),
        ("York", "PROPN", "NNP", "3)2)"),
        ("about", "ADP", "IN", ""),
        ("his", "PRON", "PRP$", "(4-person-new-sssss-cf4-1-coref(1-person-giv-sssss-cf1-1-ana)"),
        ("wife", "NOUN", "NN", "4)"),
    ]
    spans = sentence_spans(text, tokens, [])
    assert [(text[int(s["start"]) : int(s["end"])], s["entity"]) for s in spans] == [
        ("Buddy Roemer", "PERSON"),  # the title noun left out; "his" and "his wife" no names
        ("Brooklyn, New York", "LOCATION"),  # the outermost of the nested places
    ]


def test_gum_a_list_gives_way_to_its_names_and_a_place_to_its_organisation():
    from benchmarks.corpus._gum import disjoint

    def span(start, end, entity):
        return {"start": start, "end": end, "entity": entity}

    spans = [
        span(0, 17, "PERSON"),  # "Albert and Marcia"
        span(0, 6, "PERSON"),
        span(11, 17, "PERSON"),
        span(30, 54, "ORG"),  # "University of Copenhagen"
        span(44, 54, "LOCATION"),
        span(60, 65, "PERSON"),  # "India" read as both
        span(60, 65, "LOCATION"),
    ]
    assert disjoint(spans) == [
        span(0, 6, "PERSON"),
        span(11, 17, "PERSON"),
        span(30, 54, "ORG"),
        span(60, 65, "LOCATION"),
    ]


def test_gum_offsets_follow_multiword_tokens_and_refuse_a_gap():
    from benchmarks.corpus._gum import offsets

    text = "I'm gonna see Ann"
    tokens = [(w, "X", "X", "") for w in ("I", "'m", "gon", "na", "see", "Ann")]
    at = offsets(text, tokens, [(1, 2, "I'm"), (3, 4, "gonna")])
    assert [text[s:e] for s, e in at] == ["I", "'m", "gon", "na", "see", "Ann"]
    at = offsets("I cannot", [("I", "", "", ""), ("can", "", "", ""), ("not", "", "", "")], [])
    assert at == [(0, 1), (2, 5), (5, 8)]
    with pytest.raises(ValueError, match="token 2"):
        offsets("I see", [("I", "", "", ""), ("saw", "", "", "")], [])


def test_tweebank_reader_skips_the_head_and_refuses_a_line_without_a_label():
    from benchmarks.corpus._tweebank import read_bio

    bio = "-DOCSTART- -X- -X- O\n\nhi\t-\t-\tO\nAnna\t-\t-\tB-PER\n\nin\t-\t-\tO\n"
    assert read_bio(bio) == [[("hi", "O"), ("Anna", "B-PER")], [("in", "O")]]
    with pytest.raises(ValueError, match="token line 1"):
        read_bio("hi\t-\t-\tO\nAnna\n")


def test_web_offsets_find_tokens_in_order_and_refuse_a_gap():
    from benchmarks.corpus._ewt import label_spans, offsets

    text = "Ask  Mary in Paris,France"
    at = offsets(text, ["Ask", "Mary", "in", "Paris", ",", "France"])
    assert [text[s:e] for s, e in at] == ["Ask", "Mary", "in", "Paris", ",", "France"]
    spans = label_spans(["O", "B-PER", "O", "B-LOC", "O", "B-LOC"], at)
    assert [(text[int(s["start"]) : int(s["end"])], s["entity"]) for s in spans] == [
        ("Mary", "PERSON"),
        ("Paris", "LOCATION"),
        ("France", "LOCATION"),
    ]
    with pytest.raises(ValueError, match="token 1"):
        offsets(text, ["Ask", "Marie"])


@pytest.mark.parametrize("number", [27, 28])
def test_copied_lines_sets_rebuild_to_their_committed_parts(number):
    # The 27th and 28th log sets are built from lines copied into the repository
    # (``real_logs<N>_lines.jsonl``): their builder, run offline, gives the committed parts
    # record for record. Only digests are compared, so a failure prints no held-out record.
    import hashlib
    import importlib

    module = importlib.import_module(f"benchmarks.corpus._logs{number}")
    (dev, holdout), dropped = module.build()
    for part, records in (("dev", dev), ("holdout", holdout)):
        path = DATA / f"real_logs{number}_{part}.jsonl"
        on_disk = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
        built = json.loads(json.dumps(records))
        digest = [hashlib.sha256(json.dumps(r, sort_keys=True).encode()).hexdigest() for r in built]
        wanted = [
            hashlib.sha256(json.dumps(r, sort_keys=True).encode()).hexdigest() for r in on_disk
        ]
        assert digest == wanted, f"{path.name}: the builder no longer gives the committed part"
    assert set(dropped) == {"earlier development", "earlier held-out (hash)", "taken"}


class TestLogs31Parts:
    """The thirty-first log set's split, selection and label rules (``_logs31``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs31 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout == {"eos", "ios"}

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs31 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs31_dev.jsonl", False), ("real_logs31_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) == {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_label_rules(self):
        from benchmarks.corpus._logs31 import _label31

        def gold(text):
            return [(text[g["start"] : g["end"]], g["entity"]) for g in _label31(text, "x")[0]]

        assert gold("  pwwn 50:06:01:61:47:e4:22:97 [spa]") == [
            ("50:06:01:61:47:e4:22:97", "MAC_ADDRESS")
        ]
        assert gold("ipv6 address 2001:db8:0:0:0:0:0:1") == [("2001:db8:0:0:0:0:0:1", "IP_ADDRESS")]
        assert gold("pwwn 00:00:00:00:00:00:00:00") == []
        assert gold("<name>0.0.0.20</name>") == []
        assert gold("<name>10.0.0.20</name>") == [("10.0.0.20", "IP_ADDRESS")]


class TestLogs30Parts:
    """The thirtieth log set's split, selection and label rules (``_logs30``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs30 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs30 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs30_dev.jsonl", False), ("real_logs30_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) == {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_fixture_folders(self):
        from benchmarks.corpus._logs30 import _folders

        assert _folders("icx") == (
            "tests/unit/plugins/modules/icx_fixtures/",
            "tests/unit/plugins/cliconf/fixtures/icx/",
        )

    def test_label_rules(self):
        from benchmarks.corpus._logs30 import _label30

        def gold(text):
            return [(text[g["start"] : g["end"]], g["entity"]) for g in _label30(text, "x")[0]]

        assert gold("Product Version.................................. 8.2.110.0") == []
        assert gold("Bootloader Version............... 8.0.100.0") == []
        assert gold("IP Address....................................... 10.10.10.10") == [
            ("10.10.10.10", "IP_ADDRESS")
        ]
        assert gold("Version 10.1.2.3 from 10.1.2.4") == [("10.1.2.4", "IP_ADDRESS")]


class TestLogs32Parts:
    """The thirty-second log set's split and selection rules (``_logs32``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs32 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs32 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs32_dev.jsonl", False), ("real_logs32_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) == {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_tool_is_the_file_names_first_word(self):
        from benchmarks.corpus._logs32 import tool

        assert tool("a/b/NagFortranError.txt") == "nag"
        assert tool("a/gcc4ld.txt") == "gcc"
        assert tool("a/maven-enforcer.log") == "maven"
        assert tool("a/MSBuildANSIColor.txt") == "msbuild"
        assert tool("a/issue12345.txt") == "issue"
        assert tool("a/violations/flake8.txt") == "flake"


class TestLogs33Parts:
    """The thirty-third log set's split and selection rules (``_logs33``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs33 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs33 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs33_dev.jsonl", False), ("real_logs33_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            # a held-out tool whose every line another tool gave first has no record (pep8)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert len(counts) >= len([s for s in SYSTEMS if (s in HOLDOUT) == held]) - 1
            assert max(counts.values()) <= MOST

    def test_tool_is_the_file_name_without_its_suffix(self):
        from benchmarks.corpus._logs33 import tool

        assert tool("fmts/testdata/cargo-check.in") == "cargo-check"
        assert tool("cmd/errorformat/testdata/golint.in") == "golint"
        assert tool("fmts/testdata/sbt-scalastyle.in") == "sbt-scalastyle"


class TestLogs34Parts:
    """The thirty-fourth log set's split and selection rules (``_logs34``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs34 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs34 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs34_dev.jsonl", False), ("real_logs34_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) == {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_a_record_is_a_sample_line_after_its_mark(self):
        from benchmarks.corpus._logs34 import _line, system

        assert system("ruleset/unsupported/zyxel.rules") == "zyxel"
        assert system("ruleset/cisco-ips-2.rules") == "cisco-ips-2"
        assert _line("#LOG:Jan  1 00:00:00 gw kernel: up  ", "x.rules") == (
            "Jan  1 00:00:00 gw kernel: up"
        )
        assert _line("regex=LOG: up; \\", "x.rules") is None
        assert _line("#LOG:----", "x.rules") is None


class TestLogs35Parts:
    """The thirty-fifth log set's split, selection and labelling rules (``_logs35``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs35 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs35 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs35_dev.jsonl", False), ("real_logs35_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_a_record_is_a_test_files_data_line(self):
        from benchmarks.corpus._logs35 import _file_text, system

        assert system("test/smtpd_0012.yaml") == "smtpd"
        assert system("test/tls_features_0003.yaml") == "tls_features"
        blob = b"pattern: X\ndata: 'connect from a[192.0.2.1]'\nresults:\n  a: b\n"
        assert _file_text("t.yaml", blob) == "connect from a[192.0.2.1]"
        assert _file_text("t.yaml", b"data: [1, 2]\n") == ""
        assert _file_text("t.yaml", b'data: "one\\ntwo"\n') == ""
        assert _file_text("t.yaml", b"data: 'a\n") == ""

    def test_the_review_rules(self):
        from benchmarks.corpus._logs35 import _label35

        def spans(text):
            gold, ignored = _label35(text, "x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [(text[i["start"] : i["end"]], i["label"]) for i in ignored],
            )

        gold, _ = spans("from=<SRS0=ab=CD=example.org=jo@srs.example.net> to=<a@b.example>")
        assert ("SRS0=ab=CD=example.org=jo@srs.example.net", "EMAIL_ADDRESS") in gold
        assert spans("for (smtpd:2001:db8:0:1::3) at Oct")[0] == [("2001:db8:0:1::3", "IP_ADDRESS")]
        assert spans("for (smtp:unknown) at Oct")[0] == []
        assert spans("for (smtpd:::) at Oct")[0] == []
        assert spans("DN uid=jdoe,ou=people,dc=example,dc=com not found")[1] == [
            ("jdoe", "USERNAME")
        ]
        assert spans("uid=0: File too large")[1] == []


class TestLogs43Parts:
    """The forty-third log set's split, reading and labelling rules (``_logs43``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs43 import (
            HOLDOUT,
            MOST,
            SET,
            SYSTEMS,
            _label43,
            comment_lines,
            system_name,
        )
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3
        for name, held in (("real_logs43_dev.jsonl", False), ("real_logs43_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST
        assert system_name("ruleset/decoders/0305-squid_decoders.xml") == "squid"
        assert system_name("ruleset/decoders/0520-msexchange-log-decoders.xml") == "msexchange-log"
        xml = (
            "<!--\n  - Copyright (C) 2015, Example 1\n-->\n<!--\n  - Examples:\n"
            "  - Jan  1 00:00:01 gw app[12]: deny from 192.0.2.4\n  - short 1\n"
            '  - <decoder name="x">1234567890123456789</decoder>\n'
            '  - no digits in this comment line at all\n-->\n<decoder name="y"/>'
        )
        assert comment_lines(xml) == ["Jan  1 00:00:01 gw app[12]: deny from 192.0.2.4"]
        from benchmarks.corpus._logs42 import _label42

        text = "24090D00000A,4,3,7,SRV2,SYSTEM,,,(IP)-192.0.2.66,ACME,v(IP)-1.2.3.4.5"
        assert _label42(text, "symantec")[0] == []  # the earlier rules leave it out
        gold, _ignored = _label43(text, "symantec")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("192.0.2.66", "IP_ADDRESS")
        ]


class TestLogs45Parts:
    """The forty-fifth log set's split, reading and labelling rules (``_logs45``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs45 import HOLDOUT, MOST, SET, _label45, system_of, texts_of
        from benchmarks.corpus._logset import holdout_systems

        counts = {}
        for name in ("real_logs45_dev.jsonl", "real_logs45_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs45_dev.jsonl"], counts["real_logs45_holdout.jsonl"]
        assert set(held) == HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert holdout_systems(set(dev) | set(held)) == HOLDOUT
        assert max([*dev.values(), *held.values()]) <= MOST
        js = "  data: '<134>Jan 1 host info tmm[1]: pool member up now',\n  y: '<1>short',\n"
        js += r"""  z: 'a=\'q\',key1=\"v\",key2=\"w\" and more text here'""" + "\n"
        assert texts_of("test/unit/data/x.js", js) == [
            "<134>Jan 1 host info tmm[1]: pool member up now",
            'a=\'q\',key1="v",key2="w" and more text here',
        ]
        assert texts_of("docs/a.rst", '  x\n   key1="a",key2="b"  \n') == ['key1="a",key2="b"']
        assert texts_of("examples/output/avr/a.json", ' {"a": 1}\n') == ['{"a": 1}']
        assert texts_of("src/lib/a.js", js) == []
        assert system_of("test/unit/data/normalizeTestsData.js") == "normalizeTestsData"
        text = 'ctx="/Common/198.51.100.4",dst="203.0.113.9",pool="/Common/p1/2.0.0.1:80",v="1.2.3"'
        gold, _ = _label45(text, "x")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("198.51.100.4", "IP_ADDRESS"),
            ("203.0.113.9", "IP_ADDRESS"),
            ("2.0.0.1", "IP_ADDRESS"),
        ]


class TestLogs44Parts:
    """The forty-fourth log set's split, reading and labelling rules (``_logs44``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs44 import (
            HOLDOUT,
            MOST,
            SET,
            _label44,
            parser_samples,
            site,
            trust_headers,
        )
        from benchmarks.corpus._logset import holdout_systems

        counts = {}
        for name in ("real_logs44_dev.jsonl", "real_logs44_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs44_dev.jsonl"], counts["real_logs44_holdout.jsonl"]
        assert set(held) == HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert holdout_systems(set(dev) | set(held)) == HOLDOUT
        assert max([*dev.values(), *held.values()]) <= MOST
        perl = (
            "  'from a.example.net (b.example.net [192.0.2.1]) by mx.example.org; 1 Jan 2004' =>\n"
        )
        assert parser_samples(perl + "  '' =>\n  'x' => 'y',\n") == [
            "from a.example.net (b.example.net [192.0.2.1]) by mx.example.org; 1 Jan 2004",
            "",
        ]
        trust = "q{\n  trusted_networks 1.2/16\n  Received: from a.example (1.2.3.4) by b.example\n"
        trust += "              with SMTP; 1 Jan 2005\n\n} => q{\n"
        assert trust_headers(trust) == [
            "Received: from a.example (1.2.3.4) by b.example with SMTP; 1 Jan 2005"
        ]
        assert site("from x by MX1.Mail.Example.CO.UK with SMTP") == "co.uk"
        assert site("from x by 192.0.2.9 (qmail) with SMTP") == "192.0.2.9"
        assert site("from x by gateway; 2 Jan 2006") == "gateway"
        assert site("(qmail 123 invoked from network); 1 Jan 2004") == "none"
        text = (
            "from h.example.net ([198.51.100.4.41000]) (HELO 203.0.113.5) by mx.example.org "
            "(MailGate 3.1.4.2) with SMTP id <77.AB12@mx.example.org> for <ann@example.com>; "
            "from c.example ([IPv6:2001:db8::7]) by d.example"
        )
        gold, ignored = _label44(text, "example.org")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("198.51.100.4", "IP_ADDRESS"),
            ("203.0.113.5", "IP_ADDRESS"),
            ("ann@example.com", "EMAIL_ADDRESS"),
            ("2001:db8::7", "IP_ADDRESS"),
        ]
        assert [(text[i["start"] : i["end"]], i["label"]) for i in ignored] == [
            ("3.1.4.2", "VERSION"),
            ("77.AB12@mx.example.org", "MESSAGE_ID"),
        ]


class TestLogs48Parts:
    """The forty-eighth log set's split, reading and labelling rules (``_logs48``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs48 import HOLDOUT, MOST, SET, keep, literal_blocks
        from benchmarks.corpus._logset import holdout_systems

        counts = {}
        for name in ("real_logs48_dev.jsonl", "real_logs48_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs48_dev.jsonl"], counts["real_logs48_holdout.jsonl"]
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 183
        assert max([*dev.values(), *held.values()]) <= MOST
        page = (
            'Intro::\n\n    zone "a.example" {\n\n        type primary;\n    };\n\nText.\n\n'
            ".. code-block:: none\n   :caption: log\n\n   Jan  1 host named[12]: zone loaded\n\n"
            ".. note::\n\n   Not a literal block.\n\n"
            ".. code:: lua\n\n  x = 1\n"
        )
        blocks = literal_blocks(page)
        assert blocks == [
            'zone "a.example" {\n\n    type primary;\n};',
            "Jan  1 host named[12]: zone loaded",
            "x = 1",
        ]
        assert [keep(b) for b in blocks] == [True, False, False]
        names = [f"bind9/arm/p{i}.rst" for i in range(9)]
        assert len(holdout_systems(names)) == 3


class TestLogs50Parts:
    """The fiftieth log set's split, reading and labelling rules (``_logs50``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs50 import HOLDOUT, MOST, SET, keep, system_of
        from benchmarks.corpus._logset import holdout_systems

        counts = {}
        for name in ("real_logs50_dev.jsonl", "real_logs50_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs50_dev.jsonl"], counts["real_logs50_holdout.jsonl"]
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 20
        assert all(s.startswith("minikube/") for s in [*dev, *held])
        assert max([*dev.values(), *held.values()]) <= MOST
        got = [
            system_of(p)
            for p in (
                "pkg/minikube/bootstrapper/bsutil/testdata/v1.20/crio-options-gates.yaml",
                "pkg/minikube/config/testdata/.minikube/profiles/p1/config.json",
                "test/integration/testdata/busybox.yaml",
                "pkg/drivers/common/testdata/test.iso",
                "pkg/minikube/process/testdata/sleep.go",
                "pkg/minikube/config/config.go",
            )
        ]
        assert got == [
            "minikube/bsutil/crio-options-gates",
            "minikube/config/minikube",
            "minikube/integration/busybox",
            "minikube/drivers/common/test",
            None,
            None,
        ]
        assert keep("advertiseAddress: 192.0.2.7\nbindPort: 8443")
        assert not keep("short")
        assert not keep("ISO\x00\x01 binary padding of a disk image")
        names = [f"minikube/c{i}" for i in range(9)]
        assert len(holdout_systems(names)) == 3


class TestLogs49Parts:
    """The forty-ninth log set's split, reading and labelling rules (``_logs49``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs49 import _HELM_COMMAND, HOLDOUT, MOST, SET, clean, keep
        from benchmarks.corpus._logset import holdout_systems

        counts = {}
        for name in ("real_logs49_dev.jsonl", "real_logs49_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs49_dev.jsonl"], counts["real_logs49_holdout.jsonl"]
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 17
        assert all(s.startswith(("docker/", "helm/")) for s in [*dev, *held])
        assert max([*dev.values(), *held.values()]) <= MOST
        assert clean("\n\n NAME   VERSION  \n x  1.2.3.4\t\n\n") == " NAME   VERSION\n x  1.2.3.4"
        assert keep("Server Version: 20.10.7\nStorage Driver: overlay2")
        assert not keep("short")
        assert not keep("\x1b[1mServer Version: 20.10.7\x1b[0m padding")
        got = [_HELM_COMMAND.match(n).group(0) for n in ("list-all.txt", "repo_list_comp.txt")]
        assert got == ["list", "repo"]
        names = [f"helm/c{i}" for i in range(9)]
        assert len(holdout_systems(names)) == 3


class TestLogs51Parts:
    """The fifty-first log set's split, reading and labelling rules (``_logs51``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs51 import HOLDOUT, MOST, SET, clean, entries, keep
        from benchmarks.corpus._logset import holdout_systems

        counts = {}
        for name in ("real_logs51_dev.jsonl", "real_logs51_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs51_dev.jsonl"], counts["real_logs51_holdout.jsonl"]
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 13
        assert all(s.startswith("npm/") for s in [*dev, *held])
        assert "npm/docs" not in [*dev, *held]
        assert max([*dev.values(), *held.values()]) <= MOST
        snapshot = (
            "'use strict'\nexports[`test/x.js TAP a > b 1`] = `\nPackage  Current\n"
            "cat  1.0.0 \\`x\\` \\${y} a\\\\b\n`\n\n"
            "exports[`test/x.js TAP c \\`q\\` > d 1`] = `\nok\n`\n"
        )
        assert entries(snapshot) == ["\nPackage  Current\ncat  1.0.0 `x` ${y} a\\b\n", "\nok\n"]
        assert (
            clean("\n\n Package  Current  \n cat  1.0.0\t\n\n") == " Package  Current\n cat  1.0.0"
        )
        assert keep("added 1 package in 1.2s\nfound 0 vulnerabilities")
        assert not keep("short")
        assert not keep("\x1b[1madded 1 package in 1.2s\x1b[0m padding")
        names = [f"npm/commands/c{i}" for i in range(9)]
        assert len(holdout_systems(names)) == 3


class TestLogs46Parts:
    """The forty-sixth log set's split, reading and labelling rules (``_logs46``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs46 import HOLDOUT, MOST, SET, keep, pre_blocks
        from benchmarks.corpus._logset import holdout_systems

        counts = {}
        for name in ("real_logs46_dev.jsonl", "real_logs46_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs46_dev.jsonl"], counts["real_logs46_holdout.jsonl"]
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 48
        assert max([*dev.values(), *held.values()]) <= MOST
        page = (
            "<p>x</p><PRE class=x>\n  <b>Allow</b> from 192.0.2.7 &amp; a &lt;b&gt;  \n\n</PRE>"
            "<pre>\n\n  Jan  1 host proftpd[12]: 192.0.2.8 - FTP session opened.\n</pre><pre>x</pre>"
        )
        blocks = pre_blocks(page)
        assert blocks == [
            "  Allow from 192.0.2.7 & a <b>",
            "  Jan  1 host proftpd[12]: 192.0.2.8 - FTP session opened.",
            "x",
        ]
        assert [keep(b) for b in blocks] == [True, False, False]
        names = [f"howto/P{i}.html" for i in range(9)]
        assert len(holdout_systems(names)) == 3


class TestLogs47Parts:
    """The forty-seventh log set's split, reading and labelling rules (``_logs47``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs47 import FUZZ, HOLDOUT, MOST, SET, _label47, keep, packets
        from benchmarks.corpus._logs47 import tests as test_list

        counts = {}
        for name in ("real_logs47_dev.jsonl", "real_logs47_holdout.jsonl"):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts[name] = collections.Counter(json.loads(line)["source"] for line in fh)
        dev, held = counts["real_logs47_dev.jsonl"], counts["real_logs47_holdout.jsonl"]
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 138
        assert max([*dev.values(), *held.values()]) <= MOST
        assert not any(FUZZ.search(s) for s in [*dev, *held])
        listed = "# c\nt1\ta.pcap\ta.out\t-v\n\nt2 b-oobr.pcap b.out\nshort x\n"
        assert test_list(listed) == [("a.pcap", "a.out"), ("b-oobr.pcap", "b.out")]
        assert FUZZ.search("b-oobr.pcap")
        assert not FUZZ.search("loopback.pcap")
        out = (
            "    1  IP 192.0.2.1.1234 > 198.51.100.2.53: 1+ A? x. (17)\n"
            "    2  IP (tos 0x0)   \n    192.0.2.9.68 > 255.255.255.255.67: BOOTP\n"
            "    4  not the third\n\t0x0000:  4500 0054\n"
        )
        found = packets(out)
        assert found == [
            "IP 192.0.2.1.1234 > 198.51.100.2.53: 1+ A? x. (17)",
            (
                "IP (tos 0x0)\n    192.0.2.9.68 > 255.255.255.255.67: BOOTP\n"
                "    4  not the third\n\t0x0000:  4500 0054"
            ),
        ]
        assert keep(found[0])
        assert not keep("sshd[12]: Failed password for x from 192.0.2.1")

        def spans(text):
            gold, ignored = _label47(text, "x")
            return (
                [(text[g["start"] : g["end"]], g["entity"]) for g in gold],
                [text[i["start"] : i["end"]] for i in ignored],
            )

        assert spans(found[1]) == ([("192.0.2.9", "IP_ADDRESS")], ["255.255.255.255"])
        assert spans("0.1.2.3.520 > 192.0.2.4.520: RIP")[0] == [("192.0.2.4", "IP_ADDRESS")]
        assert spans("GeoNet src:00:0c:42:6d:54:db; BSSID:36:80:94:c0:22:8b DA:aa:bb:cc:dd:ee:ff")[
            0
        ] == [("00:0c:42:6d:54:db", "MAC_ADDRESS"), ("36:80:94:c0:22:8b", "MAC_ADDRESS")]
        assert spans("Router Id 48:5f:08:26:dc:36:6d:ad")[0] == [
            ("48:5f:08:26:dc:36:6d:ad", "MAC_ADDRESS")
        ]
        assert spans("[dagid:5431::,seq:10] nexthop dead:beef::1,")[0] == [
            ("5431::", "IP_ADDRESS"),
            ("dead:beef::1", "IP_ADDRESS"),
        ]
        assert spans("(client-ID hwaddr/time type 1 time 418384703 000c2938f368) xid 0a1b2c3d4e5f")[
            0
        ] == [("000c2938f368", "MAC_ADDRESS")]
        assert spans("run 30:30:30:30:30:30:30:30:30:30:30:30:30:30 end")[0] == []


class TestLogs42Parts:
    """The forty-second log set's split, reading and labelling rules (``_logs42``)."""

    def test_split_parts_and_rules(self):
        import collections

        from benchmarks.corpus._logs42 import HOLDOUT, MOST, SET, SYSTEMS, _label42, log_line
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3
        for name, held in (("real_logs42_dev.jsonl", False), ("real_logs42_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST
        assert log_line("Jan  1 00:00:01 host vsftpd[12]: CONNECT: Client 10.0.0.1", "p") is None
        assert log_line("Jan  1 00:00:01 host imapd[12]: Login failed user=ab", "p") is None
        assert log_line("Jan  1 00:00:01 host ftpd[12]: FTP LOGIN FROM 10.0.0.1", "p") is None
        assert log_line("Jan  1 00:00:01 host telnetd[12]: connect from 10.0.0.1  ", "p") == (
            "Jan  1 00:00:01 host telnetd[12]: connect from 10.0.0.1"
        )
        assert log_line("too short line", "p") is None
        text = "vpopmail[9]: vchkpw-pop3: password fail jdoe7@mail-example.org:10.1.2.3"
        gold, ignored = _label42(text, "vpopmail")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("jdoe7@mail-example.org", "EMAIL_ADDRESS"),
            ("10.1.2.3", "IP_ADDRESS"),
        ]
        assert ignored == []
        gold, ignored = _label42("vpopmail[9]: vchkpw-pop3: password fail jdoe7:10.1.2.3", "v")
        assert [g["entity"] for g in gold] == ["IP_ADDRESS"]
        assert ignored == []


class TestLogs41Parts:
    """The forty-first log set's split and reading rules (``_logs41``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs41 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs41 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs41_dev.jsonl", False), ("real_logs41_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_paths_and_lines_are_read(self):
        from benchmarks.corpus._logs41 import log_line, system_paths

        base = "testing/btest/Baseline/"
        paths = [
            base + "scripts.base.protocols.http.a/http.log",
            base + "scripts.base.protocols.http.a/out",
            base + "scripts.base.protocols.https.b/ssl.log",
            base + "scripts.base.protocols.http.c/sub/http.log",
            base + "scripts.policy.protocols.http.d/http.log",
        ]
        assert system_paths(paths, "http") == [paths[0]]
        assert log_line("#fields\tts\tuid\tid.orig_h\tid.orig_p\tid.resp_h", "p") is None
        assert log_line("XXXXXXXXXX.XXXXXX\tCab\t10.0.0.1\t80  ", "p") == (
            "XXXXXXXXXX.XXXXXX\tCab\t10.0.0.1\t80"
        )
        assert log_line("short\tline", "p") is None

    def test_user_agent_columns_are_labelled_by_header(self):
        from benchmarks.corpus._logs41 import agent_spans

        fields = ["ts", "uid", "host", "user_agent", "status"]
        line = "X.X\tCab\texample.org\tcurl/8.0.1 (x86_64)\t200"
        (span,) = agent_spans(line, fields)
        assert line[span[0] : span[1]] == "curl/8.0.1 (x86_64)"
        assert agent_spans("X.X\tCab\texample.org\t-\t200", fields) == []
        assert agent_spans("X.X\tCab\texample.org\t(empty)\t200", fields) == []
        assert agent_spans(line, ["ts", "uid", "host", "agent", "status"]) == []


class TestLogs40Parts:
    """The fortieth log set's split and reading rules (``_logs40``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs40 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

        from benchmarks.corpus._logs40 import SYSTEM_TESTS

        assert set(SYSTEMS) == set(SYSTEM_TESTS)

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs40 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs40_dev.jsonl", False), ("real_logs40_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_examples_and_test_literals_are_read(self):
        from benchmarks.corpus._logs40 import test_lines, xml_examples

        xml = (
            b"<normalizer><pattern><text>IP CODE</text><examples><example>"
            b"<text>a &amp; b</text></example></examples></pattern></normalizer>"
        )
        assert xml_examples(xml) == ["a & b"]
        source = (
            "class T:\n"
            "    def test_a(self):\n"
            "        self.aS(u'one \\'x\\'', {})\n"
            '        self.aS("%s two" % now, {})\n'
            "    def test_b(self):\n"
            "        self.aS(\"three\", {'date': datetime(2004, 02, 25)})\n"
        )
        assert test_lines(source, ("test_a",)) == ["one 'x'"]
        assert test_lines(source, ("test_a", "test_b")) == ["one 'x'", "three"]


class TestLogs38Parts:
    """The thirty-eighth log set's split and reading rules (``_logs38``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs38 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs38 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs38_dev.jsonl", False), ("real_logs38_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_fixtures_with_trailing_commas_are_read(self):
        from benchmarks.corpus._logs38 import _json

        assert _json(b'{"testString": "CEF:0|a", "x": [1, 2,],}') == {
            "testString": "CEF:0|a",
            "x": [1, 2],
        }


class TestLogs37Parts:
    """The thirty-seventh log set's split, selection and labelling rules (``_logs37``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs37 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs37 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs37_dev.jsonl", False), ("real_logs37_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_the_review_rules(self):
        from benchmarks.corpus._logs37 import _label37

        def gold(text):
            return [(text[g["start"] : g["end"]], g["entity"]) for g in _label37(text, "x")[0]]

        assert gold("for user.\u0d07\u0d30\u0d1f\u0d4d\u0d1f\u0d3f@test.ex") == [
            ("user.\u0d07\u0d30\u0d1f\u0d4d\u0d1f\u0d3f@test.ex", "EMAIL_ADDRESS")
        ]
        assert gold("<= userx@test.ex U=CALLER") == [("userx@test.ex", "EMAIL_ADDRESS")]
        assert gold("=> :blackhole: <userx@domain1>") == []
        assert gold("connect to any address for ::1: Connection refused") == [("::1", "IP_ADDRESS")]
        assert gold("port 10:25: x") == []
        assert gold("for :::: x") == []


class TestLogs36Parts:
    """The thirty-sixth log set's split and reading rules (``_logs36``)."""

    def test_split_is_the_name_rule(self):
        from benchmarks.corpus._logs36 import HOLDOUT, SET, SYSTEMS
        from benchmarks.corpus._logset import holdout_systems

        assert holdout_systems(SYSTEMS) == HOLDOUT == SET.holdout
        assert len(HOLDOUT) == len(SYSTEMS) // 3

    def test_parts_hold_their_systems_and_at_most_most_records(self):
        import collections

        from benchmarks.corpus._logs36 import HOLDOUT, MOST, SYSTEMS

        for name, held in (("real_logs36_dev.jsonl", False), ("real_logs36_holdout.jsonl", True)):
            with (DATA / name).open(encoding="utf-8") as fh:
                counts = collections.Counter(json.loads(line)["source"] for line in fh)
            assert set(counts) <= {s for s in SYSTEMS if (s in HOLDOUT) == held}
            assert max(counts.values()) <= MOST

    def test_tool_is_the_file_name_without_test_and_handler(self):
        from benchmarks.corpus._logs36 import tool

        assert tool("test/handler/test_cmake_lint_handler.vader") == "cmake_lint"
        assert tool("test/handler/test_msgfmt_hander.vader") == "msgfmt"
        assert tool("test/handler/test_hadolint.vader") == "hadolint"

    def test_a_record_is_a_string_item_of_a_handlers_list_argument(self):
        from benchmarks.corpus._logs36 import _file_text

        script = (
            "Execute(x):\n"
            "  \" Given a comment ['not', 'this']\n"
            "  AssertEqual\n"
            "  \\ [{'text': 'expected'}],\n"
            "  \\ ale#handlers#gcc#HandleGCCFormat(bufnr(''), [\n"
            "  \\   'a.c:1:2: error: it''s bad',\n"
            '  \\   "b.c:3: note: tab\\there",\n'
            "  \\   'joined ' . 'here',\n"
            "  \\   json_encode({'k': 'v'}),\n"
            "  \\   g:line,\n"
            '  \\   "two\\nlines",\n'
            "  \\ ])\n"
        )
        assert _file_text("t.vader", script.encode()).splitlines() == [
            "a.c:1:2: error: it's bad",
            "b.c:3: note: tab\there",
            "joined here",
            "two",
            "lines",
        ]
        assert _file_text("t.vader", b"  call Foo(['x'])\n") == ""


def _log_set_counts(n: int) -> tuple[Counter[str], Counter[str], Counter[str]]:
    """The ``n``th log set's records per system in each part, and its gold spans per entity."""
    counts = []
    spans: Counter[str] = Counter()
    for part in ("dev", "holdout"):
        with (DATA / f"real_logs{n}_{part}.jsonl").open(encoding="utf-8") as fh:
            recs = [json.loads(line) for line in fh]
        counts.append(Counter(r["source"] for r in recs))
        spans.update(s["entity"] for r in recs for s in r["spans"])
    return counts[0], counts[1], spans


class TestLogs52Parts:
    """The fifty-second log set's split, reading and labelling rules (``_logs52``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs52 import FOLDERS, HOLDOUT, MOST, SET, SKIP_SUFFIXES

        dev, held, spans = _log_set_counts(52)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 28
        assert all(s.split("/")[0] in FOLDERS and not s.endswith(SKIP_SUFFIXES) for s in dev)
        assert max([*dev.values(), *held.values()]) <= MOST
        assert set(spans) == {"IP_ADDRESS"}
        # tcpdump's ``<address>.<port>`` endpoints are gold, the address only
        gold, _ = SET.label("09:50:16.804849 IP 192.0.2.7.42167 > 198.51.100.3.3306: tcp 37", "t")
        assert [(g["start"], g["end"]) for g in gold] == [(19, 28), (37, 49)]


class TestLogs53Parts:
    """The fifty-third log set's split, reading and labelling rules (``_logs53``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs53 import (
            HOLDOUT,
            MOST,
            SET,
            docbook_blocks,
            kept,
            markdown_blocks,
        )

        dev, held, spans = _log_set_counts(53)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 287
        projects = {"kamailio", "opensips", "rtpengine", "coturn", "sipp"}
        assert {s.split("/")[0] for s in [*dev, *held]} == projects
        assert max([*dev.values(), *held.values()]) <= MOST
        assert set(spans) == {"IP_ADDRESS", "EMAIL_ADDRESS", "USER_AGENT"}
        # reading: a DocBook listing (CDATA as is, markup out), Markdown fenced and indented blocks
        page = (
            '<programlisting format="linespecific"><![CDATA[\nINVITE sip:a@b.example SIP/2.0\n'
            "]]></programlisting><programlisting>\nif (&lt;x&gt;) <emphasis>y</emphasis>\n"
            "</programlisting>"
        )
        assert docbook_blocks(page) == ["INVITE sip:a@b.example SIP/2.0", "if (<x>) y"]
        md = "Text:\n\n```sh\n  kamcmd ul.dump\n```\n\n- item\n\n    continued\n\nSee:\n\n    a b\n"
        assert markdown_blocks(md) == ["kamcmd ul.dump", "a b"]
        assert not kept('...\nmodparam("dialog", "hash_size", 1024)\n...')
        # labels: a SIP URI's user@domain is an address, a user at an IP gives the IP only; a
        # Call-ID, a tag and a branch are identifiers; templates and URL passwords no addresses
        text = (
            "INVITE sip:bob@biloxi.example.com SIP/2.0\n"
            "Via: SIP/2.0/UDP 192.0.2.10:5060;branch=z9hG4bK776asdhds\n"
            "From: <sip:100@198.51.100.7>;tag=1928301774\n"
            "Call-ID: a84b4c76e66710@pc33.atlanta.example.com\n"
            'if ($ru=~"sip:.+@gw.example.org") $ru = "sip:$rU@a.example.com";\n'
            "User-Agent: 1256\nhttp://user:pass@www.example.com/x"
        )
        gold, ignored = SET.label(text, "t")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("bob@biloxi.example.com", "EMAIL_ADDRESS"),
            ("192.0.2.10", "IP_ADDRESS"),
            ("198.51.100.7", "IP_ADDRESS"),
        ]
        assert {text[i["start"] : i["end"]]: i["label"] for i in ignored} == {
            "z9hG4bK776asdhds": "MESSAGE_ID",
            "1928301774": "MESSAGE_ID",
            "a84b4c76e66710@pc33.atlanta.example.com": "MESSAGE_ID",
            ".+@gw.example.org": "EMAIL_ADDRESS",
            "rU@a.example.com": "EMAIL_ADDRESS",
            "pass@www.example.com": "USERNAME",
        }
        # the correction after the first development run: a host in a shell's network path,
        # a substitution's value and a tree's branch (an address in another path is not)
        text = 'echo x >/dev/udp/192.0.2.9/8889\n#!subst "/GW_IP/198.51.100.2/"\n+---203.0.113.4'
        gold, _ = SET.label(text, "t")
        assert [text[g["start"] : g["end"]] for g in gold] == [
            "192.0.2.9",
            "198.51.100.2",
            "203.0.113.4",
        ]


class TestLogs54Parts:
    """The fifty-fourth log set's split, reading and labelling rules (``_logs54``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs54 import HOLDOUT, MOST, SET, paragraphs

        dev, held, spans = _log_set_counts(54)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 52
        assert {s.split("/")[0] for s in [*dev, *held]} == {"kea-arm", "kea-examples"}
        assert max([*dev.values(), *held.values()]) <= MOST
        assert set(spans) == {"IP_ADDRESS", "MAC_ADDRESS"}
        # reading: an example file's paragraphs, dedented
        assert paragraphs('  {\n    "a": 1\n\n\n  // b\n') == ['{\n  "a": 1', "// b"]
        # labels: a client id of hardware type 1 and a link-layer DUID hold a MAC; other long
        # octet runs are ignored identifiers; a hardware-address key's bare or hyphenated value
        text = (
            '"client-id": "01:0a:0b:0c:0d:0e:0f", "duid": "00:03:00:01:02:1b:2c:3d:4e:5f"\n'
            '"duid": "01:02:03:04:05:06:07:08:09:0A", "hw-address": "0a1b2c3d4e5f"\n'
            "hwaddr=00-1B-2C-3D-4E-6F lease 192.0.2.7 duid 00:01:00:01:1d:2e:3f:40:00:1b:2c:3d:4e:70"
        )
        gold, ignored = SET.label(text, "t")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("0a:0b:0c:0d:0e:0f", "MAC_ADDRESS"),
            ("02:1b:2c:3d:4e:5f", "MAC_ADDRESS"),
            ("0a1b2c3d4e5f", "MAC_ADDRESS"),
            ("00-1B-2C-3D-4E-6F", "MAC_ADDRESS"),
            ("192.0.2.7", "IP_ADDRESS"),
            ("00:1b:2c:3d:4e:70", "MAC_ADDRESS"),
        ]
        assert {text[i["start"] : i["end"]]: i["label"] for i in ignored} == {
            "01:02:03:04:05:06:07:08:09:0A": "DEVICE_ID"
        }


class TestLogs55Parts:
    """The fifty-fifth log set's split, reading and labelling rules (``_logs55``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs55 import (
            HOLDOUT,
            MOST,
            SET,
            heredocs,
            roff_examples,
            triple_quoted,
        )

        dev, held, spans = _log_set_counts(55)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 45
        assert {s.split("/")[0] for s in [*dev, *held]} == {"bluez", "arp-scan", "lldpd"}
        assert max([*dev.values(), *held.values()]) <= MOST
        assert (
            {"IP_ADDRESS", "MAC_ADDRESS"}
            <= set(spans)
            <= {"IP_ADDRESS", "MAC_ADDRESS", "EMAIL_ADDRESS"}
        )
        # reading: here-documents, triple-quoted strings, manual pages' examples
        script = 'echo a\ncat >"$F" <<_EOF_\n  10.0.0.1 x\n_EOF_\n# <<NOT\n'
        assert heredocs(script) == ["10.0.0.1 x"]
        assert triple_quoted('x = """\n  a\n  b\n"""\ny = 1\n') == ["a\nb"]
        assert roff_examples(".Sh X\n.nf\n.B bold\n$ cmd \\-a\n.fi\n") == ["$ cmd -a"]
        # labels: a D-Bus path's device, twelve hex digits after an address word, no dump bytes
        text = (
            "path /org/bluez/hci0/dev_0A_1B_2C_3D_4E_5F/fd0 dev_XX_XX_XX_XX_XX_XX\n"
            "bdaddr 0a1b2c3d4e60 Address: 0A:1B:2C:3D:4E:61 (Resolvable)\n"
            "  0a 1b 2c 3d 4e 62 00 01  from 192.0.2.8 dev_00_00_00_00_00_00"
        )
        gold, _ignored = SET.label(text, "t")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("0A_1B_2C_3D_4E_5F", "MAC_ADDRESS"),
            ("0a1b2c3d4e60", "MAC_ADDRESS"),
            ("0A:1B:2C:3D:4E:61", "MAC_ADDRESS"),
            ("192.0.2.8", "IP_ADDRESS"),
        ]


class TestLogs56Parts:
    """The fifty-sixth log set's split, reading and labelling rules (``_logs56``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs56 import HOLDOUT, MOST, SET, docbook_blocks, pieces

        dev, held, spans = _log_set_counts(56)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 40
        assert {s.split("/")[0] for s in [*dev, *held]} == {"hostap", "networkmanager"}
        assert max([*dev.values(), *held.values()]) <= MOST
        assert set(spans) == {"IP_ADDRESS", "MAC_ADDRESS", "EMAIL_ADDRESS"}
        # reading: DocBook literal elements, long blocks cut
        page = "<para>x</para><screen>$ <command>nmcli</command> d &amp; c\n</screen>"
        assert docbook_blocks(page) == ["$ nmcli d & c"]
        assert len(pieces("\n".join(["a"] * 81))) == 3
        # labels: glued, escaped, bare after an address key, decimal bytes; masks ignored
        text = (
            "GENERAL.HWADDR:0A:1B:2C:3D:4E:5F id:0A:1B:2C:3D:4E:5F:60\n"
            "HW:0A\\:1B\\:2C\\:3D\\:4E\\:61 own_addr=0a1b2c3d4e62\n"
            "mac-address=10;27;44;61;78;99;\n"
            "bssid=0a:1b:2c:3d:4e:63/ff:ff:ff:00:00:00 from 192.0.2.8"
        )
        gold, ignored = SET.label(text, "t")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("0A:1B:2C:3D:4E:5F", "MAC_ADDRESS"),
            ("0A\\:1B\\:2C\\:3D\\:4E\\:61", "MAC_ADDRESS"),
            ("0a1b2c3d4e62", "MAC_ADDRESS"),
            ("10;27;44;61;78;99", "MAC_ADDRESS"),
            ("0a:1b:2c:3d:4e:63", "MAC_ADDRESS"),
            ("192.0.2.8", "IP_ADDRESS"),
        ]
        assert [text[i["start"] : i["end"]] for i in ignored if i["label"] == "MAC_MASK"] == [
            "ff:ff:ff:00:00:00"
        ]


class TestLogs57Parts:
    """The fifty-seventh log set's split, reading and labelling rules (``_logs57``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs57 import HOLDOUT, MOST, SET, file_records, split

        dev, held, spans = _log_set_counts(57)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 43
        assert {s.split("/")[0] for s in [*dev, *held]} == {"psad", "shorewall"}
        assert max([*dev.values(), *held.values()]) <= MOST
        assert set(spans) == {"IP_ADDRESS", "MAC_ADDRESS", "EMAIL_ADDRESS"}
        # the split: a third of each project's files
        names = [f"psad/t/{i}" for i in range(6)] + [f"shorewall/d/{i}" for i in range(3)]
        assert {n.split("/")[0] for n in split(names)} == {"psad", "shorewall"}
        assert len(split(names)) == 3
        # reading: a psad file's lines, a page's literal blocks
        assert file_records("t/x", "a b  \nc\n") == ["a b", "c"]
        assert file_records("d/x.xml", "<para>x</para><screen>MAC=&lt;</screen>") == ["MAC=<"]
        # labels: an Ethernet MAC= header, a group destination ignored, other lengths ignored,
        # a MACDST group, MACs without leading zeros, a hyphenated address range
        text = (
            "IN=eth0 MAC=00:1b:b9:76:9c:e4:0a:1b:2c:3d:4e:5f:08:00 SRC=192.0.2.1\n"
            "MAC=33:33:ff:00:00:01:0A:1B:2C:3D:4E:60:86:dd MAC=00:00:00:00:00:00:00:00:00:00:"
            "00:00:08:00\n"
            "MAC=0a:1b:2c:3d:4e:61:0a:1b MACDST=01:00:5e:00:00:fb MACSRC=0a:1b:2c:3d:4e:62\n"
            "13:35:12.1 0:4:e2:20:20:33 > 0:c0:a8:50:b2:57 HWaddr 02:00:08:3:FA:55\n"
            "192.0.2.10-192.0.2.20 at 13:35:12"
        )
        gold, ignored = SET.label(text, "t")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("00:1b:b9:76:9c:e4", "MAC_ADDRESS"),
            ("0a:1b:2c:3d:4e:5f", "MAC_ADDRESS"),
            ("192.0.2.1", "IP_ADDRESS"),
            ("0A:1B:2C:3D:4E:60", "MAC_ADDRESS"),
            ("0a:1b:2c:3d:4e:62", "MAC_ADDRESS"),
            ("0:4:e2:20:20:33", "MAC_ADDRESS"),
            ("0:c0:a8:50:b2:57", "MAC_ADDRESS"),
            ("02:00:08:3:FA:55", "MAC_ADDRESS"),
            ("192.0.2.10", "IP_ADDRESS"),
            ("192.0.2.20", "IP_ADDRESS"),
        ]
        assert [(text[i["start"] : i["end"]], i["label"]) for i in ignored] == [
            ("33:33:ff:00:00:01", "MAC_GROUP"),
            ("0a:1b:2c:3d:4e:61:0a:1b", "MAC_RUN"),
            ("01:00:5e:00:00:fb", "MAC_GROUP"),
        ]


class TestLogs58Parts:
    """The fifty-eighth log set's split, reading and labelling rules (``_logs58``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs58 import HOLDOUT, MOST, SET, SOURCES, _wanted, split

        dev, held, spans = _log_set_counts(58)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 58
        assert {s.split("/")[0] for s in [*dev, *held]} == {"ovs", "ovn"}
        assert max([*dev.values(), *held.values()]) <= MOST
        assert set(spans) == {"IP_ADDRESS", "MAC_ADDRESS", "EMAIL_ADDRESS"}
        assert all(len(commit) == 40 for commit, _licence in SOURCES.values())
        # the split: a third of each project's pages
        names = [f"ovs/D/{i}.rst" for i in range(6)] + [f"ovn/D/{i}.rst" for i in range(3)]
        assert {n.split("/")[0] for n in split(names)} == {"ovs", "ovn"}
        assert len(split(names)) == 3
        # reading: the documentation folder's reStructuredText pages only
        assert _wanted("openvswitch/ovs", "Documentation/tutorials/faucet.rst")
        assert not _wanted("openvswitch/ovs", "Documentation/conf.py")
        assert not _wanted("ovn-org/ovn", "ovn-nb.xml")
        # labels: a group MAC as a destination match field's value or before a mask ignored,
        # a unicast one there gold, the mask ignored, the broadcast MAC neither
        text = (
            "priority=9001,dl_dst=01:80:c2:00:00:00/ff:ff:ff:00:00:00 actions=drop\n"
            "in_port=1,dl_src=0e:00:00:00:00:01,dl_dst=01:80:c2:00:00:10,nw_dst=192.0.2.7\n"
            "eth(src=0a:58:0a:84:00:07,dst=33:33:00:00:00:16),eth.dst == 02:42:ac:12:00:03\n"
            "dl_src=01:00:00:00:00:00/01:00:00:00:00:00 dl_dst=ff:ff:ff:ff:ff:ff 01:00:5e:00:00:fb"
        )
        gold, ignored = SET.label(text, "t")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("0e:00:00:00:00:01", "MAC_ADDRESS"),
            ("192.0.2.7", "IP_ADDRESS"),
            ("0a:58:0a:84:00:07", "MAC_ADDRESS"),
            ("02:42:ac:12:00:03", "MAC_ADDRESS"),
            ("01:00:5e:00:00:fb", "MAC_ADDRESS"),
        ]
        assert [(text[i["start"] : i["end"]], i["label"]) for i in ignored] == [
            ("01:80:c2:00:00:00", "MAC_GROUP"),
            ("ff:ff:ff:00:00:00", "MAC_MASK"),
            ("01:80:c2:00:00:10", "MAC_GROUP"),
            ("33:33:00:00:00:16", "MAC_GROUP"),
            ("01:00:00:00:00:00", "MAC_GROUP"),
            ("01:00:00:00:00:00", "MAC_MASK"),
        ]


class TestLogs59Parts:
    """The fifty-ninth log set's split, reading and labelling rules (``_logs59``)."""

    def test_split_parts_and_rules(self):

        from benchmarks.corpus._logs59 import (
            FRR,
            HOLDOUT,
            KEEPALIVED,
            MOST,
            SET,
            SOURCES,
            _wanted,
            file_blocks,
            split,
        )

        dev, held, spans = _log_set_counts(59)
        assert set(held) <= HOLDOUT == SET.holdout
        assert not set(dev) & HOLDOUT
        assert len(HOLDOUT) == 72
        assert {s.split("/")[0] for s in [*dev, *held]} == {"frr", "keepalived"}
        assert max([*dev.values(), *held.values()]) <= MOST
        assert set(spans) == {"IP_ADDRESS", "MAC_ADDRESS", "EMAIL_ADDRESS"}
        assert all(len(commit) == 40 for commit, _licence in SOURCES.values())
        # the split: a third of each project's files
        names = [f"frr/doc/{i}.rst" for i in range(6)] + [f"keepalived/doc/{i}" for i in range(3)]
        assert {n.split("/")[0] for n in split(names)} == {"frr", "keepalived"}
        assert len(split(names)) == 3
        # reading: FRR's documentation pages, keepalived's samples and notes
        assert _wanted(FRR, "doc/user/bgp.rst")
        assert not _wanted(FRR, "doc/user/conf.py")
        assert not _wanted(FRR, "bgpd/bgpd.c")
        assert _wanted(KEEPALIVED, "doc/samples/keepalived.conf.vrrp")
        assert _wanted(KEEPALIVED, "doc/NOTE_vrrp_vmac.txt")
        assert not _wanted(KEEPALIVED, "doc/man/man5/keepalived.conf.5.in")
        assert file_blocks(KEEPALIVED, "a {\n  b\n}\n\nc\n") == ["a {\n  b\n}", "c"]
        assert file_blocks(FRR, "Text::\n\n   router bgp 1\n\nmore\n") == ["router bgp 1"]
        # labels: a 0.0.0.0/8 quad, a YANG module's file, the rST marker, the CLI placeholder
        text = (
            "deny ip 10.0.20.0 0.0.0.255 any\n./main msr2 0.0.0.0 0.0.0.1\n"
            "yanglint ietf-rip@2018-02-03.yang; mail jane@example.org\n"
            "could be::\n ipv6 route fe80::/64 reject\n"
            "neighbor <A:B::C:D> remote-as 1\nneighbor 2001:db8::a remote-as 2"
        )
        gold, ignored = SET.label(text, "t")
        assert [(text[g["start"] : g["end"]], g["entity"]) for g in gold] == [
            ("10.0.20.0", "IP_ADDRESS"),
            ("jane@example.org", "EMAIL_ADDRESS"),
            ("fe80::", "IP_ADDRESS"),
            ("2001:db8::a", "IP_ADDRESS"),
        ]
        assert ("A:B::C:D", "PLACEHOLDER") in [
            (text[i["start"] : i["end"]], i["label"]) for i in ignored
        ]
