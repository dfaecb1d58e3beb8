"""The example policies in docs/examples/ load, lint clean, compile, and do what they say."""

from pathlib import Path

import pytest

from privkit.errors import PermissionDeniedError, PolicyError
from privkit.keys import generate_key
from privkit.policy import Actor, Protector, lint, load_policy

EXAMPLES = Path(__file__).parents[3] / "docs" / "examples"
CDP = EXAMPLES / "customer_data_platform.yaml"
EVENTS = EXAMPLES / "event_stream.yaml"
ENV = ("PRIVKIT_TOKEN_KEY", "PRIVKIT_SECRET_KEY", "PRIVKIT_EVENTS_KEY", "PRIVKIT_PARTNER_KEY")


@pytest.fixture
def env_keys(monkeypatch):
    for var in ENV:
        monkeypatch.setenv(var, generate_key())


@pytest.fixture
def cdp(env_keys, scanner):
    return Protector(CDP, scanner=scanner)


@pytest.fixture
def events(env_keys, scanner):
    return Protector(EVENTS, scanner=scanner)


CUSTOMER = {
    "customer": {
        "id": "C-100234",
        "name": "Jane Doe",
        "email": "jane.doe@example.com",
        "phone": "+44 20 7946 0958",
        "address": {"street": "1 High St", "city": "London"},
        "birth_date": "1987-06-21",
    },
    "payment": {"card_number": "4539 1488 0343 6467", "iban": "GB82WEST12345698765432"},
    "orders": [{"sku": "A-1", "total": 12.5, "ip": "203.0.113.77"}],
    "support_notes": "Called from +44 20 7946 0958, asked to mail jane.doe@example.com.",
    "consent": {"marketing_email": True},
    "updated_at": "2099-01-01T00:00:00+00:00",
}

EVENT_BATCH = {
    "received_at": "2099-01-01T00:00:00+00:00",
    "consent": {"ads": False},
    "events": [
        {
            "name": "page_view",
            "ts": 1700000000,
            "user_id": "u-81723",
            "cookie_id": "c0ffee00-1234-4abc-9def-001122334455",
            "page_url": "https://shop.example/p/42",
            "device": {
                "idfa": "6D92078A-8246-4BA4-AE5B-76104861E7DC",
                "idfv": "0F6D2F9A-1C1B-4B9E-9A5E-3D6E1B2C4A7F",
                "ip": "198.51.100.23",
                "user_agent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X)",
                "os": "iOS 17",
            },
            "properties": {"search": "contact me at jane.doe@example.com"},
        }
    ],
}


@pytest.mark.parametrize("path", [CDP, EVENTS])
def test_examples_load_and_lint_clean(path):
    assert lint(load_policy(path)) == []


def test_examples_need_their_keys(monkeypatch, scanner):
    for var in ENV:
        monkeypatch.delenv(var, raising=False)
    protector = Protector(CDP, scanner=scanner)  # constructors only store
    with pytest.raises(PolicyError, match="is not set"):
        protector.protect(CUSTOMER, purpose="support")
    # planning needs no keys
    assert protector.plan({"customer.email": None}, purpose="support")["customer.email"].rule


class TestCustomerDataPlatform:
    def test_support(self, cdp):
        out = cdp.protect(CUSTOMER, purpose="support")
        assert out["customer"]["email"] == CUSTOMER["customer"]["email"]
        assert out["payment"]["card_number"] == "**** **** **** 6467"
        assert out["customer"]["birth_date"] == ""  # no support rule: default redact
        assert "+44 20 7946 0958" in out["support_notes"]  # contact details kept for support

    def test_analytics(self, cdp):
        out = cdp.protect(CUSTOMER, purpose="analytics")
        assert out["customer"]["birth_date"] == "1987"
        assert out["orders"][0]["ip"] == "203.0.113.0/24"
        assert out["orders"][0]["total"] == 12.5
        assert out["customer"]["name"] == ""
        assert "jane.doe@example.com" not in str(out)
        product = cdp.protect(CUSTOMER, purpose="analytics.product")
        assert product["orders"][0]["ip"] is None
        assert product["customer"]["email"] == out["customer"]["email"]

    def test_marketing_email_needs_consent(self, cdp):
        assert (
            cdp.protect(CUSTOMER, purpose="marketing.email")["customer"]["email"]
            == "jane.doe@example.com"
        )
        no = {**CUSTOMER, "consent": {"marketing_email": False}}
        assert cdp.protect(no, purpose="marketing.email")["customer"]["email"] is None

    def test_fraud_reveal_by_analyst_only(self, cdp):
        out = cdp.protect(CUSTOMER, purpose="fraud")
        token = out["payment"]["iban"]
        assert token != CUSTOMER["payment"]["iban"]
        assert out["orders"][0]["ip"] == "203.0.113.77"
        analyst = Actor("ann", roles=("fraud_analyst",))
        assert (
            cdp.reveal(token, purpose="fraud", actor=analyst, field="payment.iban")
            == CUSTOMER["payment"]["iban"]
        )
        with pytest.raises(PermissionDeniedError):
            cdp.reveal(token, purpose="support", actor=analyst, field="payment.iban")

    def test_third_party_gets_only_a_partner_token(self, cdp):
        out = cdp.protect(CUSTOMER, purpose="third_party.ad_partner")
        assert out["customer"]["id"] not in ("C-100234", "")
        assert out["customer"]["email"] == ""
        assert out["payment"] == {"card_number": "", "iban": ""}


class TestEventStream:
    def test_analytics(self, events):
        out = events.protect(EVENT_BATCH, purpose="analytics")
        ev = out["events"][0]
        assert ev["device"]["ip"] == "198.51.100.0/24"
        assert ev["page_url"] == "https://shop.example/p/42"
        assert ev["device"]["idfa"] not in ("", EVENT_BATCH["events"][0]["device"]["idfa"])
        assert ev["device"]["os"] == "iOS 17"
        assert ev["properties"]["search"] == "contact me at <EMAIL_ADDRESS>"
        assert ev["device"]["user_agent"] == ""  # not granted to analytics: default

    def test_product_analytics_drops_ad_ids(self, events):
        ev = events.protect(EVENT_BATCH, purpose="analytics.product")["events"][0]
        assert ev["device"]["idfa"] is None
        assert ev["device"]["idfv"] not in ("", None)

    def test_advertising_needs_consent(self, events):
        ev = events.protect(EVENT_BATCH, purpose="advertising")["events"][0]
        assert ev["device"]["idfa"] is None
        yes = {**EVENT_BATCH, "consent": {"ads": True}}
        ev = events.protect(yes, purpose="advertising")["events"][0]
        assert ev["device"]["idfa"] == EVENT_BATCH["events"][0]["device"]["idfa"]

    def test_retention_of_ips(self, events):
        old = {**EVENT_BATCH, "received_at": "2020-01-01T00:00:00+00:00"}
        assert events.protect(old, purpose="analytics")["events"][0]["device"]["ip"] is None

    def test_security_and_measurement(self, events):
        sec = events.protect(EVENT_BATCH, purpose="security")["events"][0]
        assert sec["device"]["ip"] == "198.51.100.23"
        assert len(sec["device"]["idfv"]) == 32
        m = events.protect(EVENT_BATCH, purpose="third_party.measurement")["events"][0]
        assert len(m["device"]["idfa"]) == 64
        assert m["device"]["ip"] == ""
        assert m["user_id"] == ""
