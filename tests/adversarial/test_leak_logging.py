"""Logging: personal data in ``extra=`` fields, typed values and key names is redacted."""

from __future__ import annotations

import contextlib
import decimal
import io
import ipaddress
import json
import logging
import re
import uuid

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.adversarial._leaks import CARD, EMAIL, IDFA, IMEI, IP, assert_no_leak, dump
from tests.adversarial._linear import grows_linearly

from privkit.integrations.logging import RedactingFilter, RedactingFormatter, StructlogRedactor


@pytest.fixture
def logged():
    """Log through a RedactingFilter; return everything a JSON formatter would write."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(RedactingFilter())

    class Everything(logging.Formatter):
        def format(self, record):
            return json.dumps(
                {**record.__dict__, "message": record.getMessage()}, default=repr, sort_keys=True
            )

    handler.setFormatter(Everything())
    log = logging.getLogger("privkit.tests.adversarial.logging")
    log.propagate = False
    log.setLevel(logging.DEBUG)
    log.addHandler(handler)
    yield log, stream
    log.removeHandler(handler)


class TestFilterExtra:
    @pytest.mark.parametrize(
        "extra",
        [
            {"user_email": EMAIL},
            {"client": {"ip": IP, "tags": [EMAIL]}},
            {"imei": IMEI},
            {"imei": float(IMEI)},
            {"device": decimal.Decimal(IMEI)},
            {"raw": EMAIL.encode()},
            {"ips": {IP}},
            {"addr": ipaddress.ip_address(IP)},
            {"idfa": IDFA},
            {"idfa": uuid.UUID(IDFA)},
            {"n": np.int64(IMEI)},
            {EMAIL: 1},
            {"error": ValueError(f"bad {EMAIL}")},
        ],
        ids=repr,
    )
    def test_extra_fields_are_redacted(self, logged, extra):
        log, stream = logged
        log.info("event", extra=extra)
        assert_no_leak("log line", stream.getvalue())
        assert "event" in stream.getvalue()

    def test_extra_names_are_context(self, logged):
        log, stream = logged
        log.info("event", extra={"wifi_mac": "00163e2fbab7", "android_id": "9774d56d682e549c"})
        line = json.loads(stream.getvalue())
        assert line["wifi_mac"] == "<MAC_ADDRESS>"
        assert line["android_id"] == "<ANDROID_ID>"

    def test_clean_extras_are_untouched(self):
        marker = object()
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", (), None)
        record.count = 3
        record.obj = marker
        record.ratio = 0.5
        assert RedactingFilter().filter(record)
        assert (record.count, record.obj, record.ratio) == (3, marker, 0.5)

    @pytest.mark.parametrize(
        ("fmt", "args"),
        [
            ("device %s", (float(IMEI),)),
            ("device %d", (float(IMEI),)),
            ("device %f", (float(IMEI),)),
            ("device %r", (decimal.Decimal(IMEI),)),
            ("device %s", (np.int64(IMEI),)),
            ("call %(phone)s", {"phone": 4155550100}),
            ("from %s", (ipaddress.ip_address(IP),)),
            ("raw %s", (EMAIL.encode(),)),
        ],
        ids=repr,
    )
    def test_typed_arguments_are_redacted(self, logged, fmt, args):
        log, stream = logged
        log.info(fmt, args) if isinstance(args, dict) else log.info(fmt, *args)
        out = json.loads(stream.getvalue())["message"]
        assert_no_leak("message", out)
        assert "4155550100" not in out
        assert "<" in out


class TestStructlog:
    def test_typed_values(self):
        event = {
            "event": "x",
            "set": {EMAIL},
            "frozen": frozenset({IP}),
            "bytes": EMAIL.encode(),
            "float": float(IMEI),
            "decimal": decimal.Decimal(IMEI),
            "ip": ipaddress.ip_address(IP),
            "net": ipaddress.ip_network(f"{IP}/32"),
            "np": np.int64(IMEI),
            "error": ValueError(f"bad {EMAIL}"),
            "count": 3,
            "ratio": 0.25,
            "flag": True,
        }
        out = StructlogRedactor()(None, "info", event)
        assert_no_leak("event", dump(out))
        assert (out["count"], out["ratio"], out["flag"]) == (3, 0.25, True)
        assert out["set"] == {"<EMAIL_ADDRESS>"}
        assert isinstance(out["frozen"], frozenset)

    @pytest.mark.parametrize(
        ("key", "value", "entity"),
        [
            ("idfa", IDFA, "ADVERTISING_ID"),
            ("idfa", uuid.UUID(IDFA), "ADVERTISING_ID"),
            ("gaid", "38400000-8cf0-11bd-b23e-10b96e40000d", "ADVERTISING_ID"),
            ("android_id", "9774d56d682e549c", "ANDROID_ID"),
            ("device_id", "9774d56d682e549c", "DEVICE_ID"),
            ("wifi_mac", "00163e2fbab7", "MAC_ADDRESS"),
            ("phone", 4155550100, "PHONE_NUMBER"),
        ],
    )
    def test_key_names_are_context(self, key, value, entity):
        out = StructlogRedactor()(None, "info", {"event": "x", key: value})
        assert out[key] == f"<{entity}>"

    def test_keys_holding_personal_data_are_replaced(self):
        event = {"event": "x", EMAIL: 1, "scores": {IP: 2, (EMAIL, 1): 3, IMEI: 4}}
        out = StructlogRedactor()(None, "info", event)
        assert_no_leak("event", dump(out))
        assert out["<EMAIL_ADDRESS>"] == 1
        assert sorted(out["scores"].values()) == [2, 3, 4]

    def test_colliding_redacted_keys_keep_every_value(self):
        event = {"event": "x", "a@example.com": 1, "b@example.org": 2}
        out = StructlogRedactor()(None, "info", event)
        assert sorted(v for k, v in out.items() if k != "event") == [1, 2]

    def test_exc_info_is_rendered_and_redacted(self):
        try:
            raise ValueError(f"bad {EMAIL}")  # noqa: TRY301
        except ValueError as exc:
            out = StructlogRedactor()(None, "error", {"event": "x", "exc_info": exc})
        assert "ValueError: bad <EMAIL_ADDRESS>" in out["exception"]
        assert "exc_info" not in out
        assert_no_leak("event", dump(out))


@pytest.mark.parametrize(
    "email",
    ["kwame.müller760@example.com", "a@xn--d1acufc.xn--p1ai", "a\x00@x.com", "jane＠example.com"],
    ids=ascii,
)
def test_email_forms_in_log_lines_and_events(logged, email):
    log, stream = logged
    log.info("mail %s", email, extra={"contact": email, email: 1})
    forms = [email, repr(email)[1:-1], json.dumps(email)[1:-1]]
    assert_no_leak("log line", stream.getvalue(), forms)
    out = StructlogRedactor()(None, "info", {"event": "x", "contact": email, email: 2})
    assert_no_leak("structlog event", dump(out), forms)


class TestCutArguments:
    """A precision on a text conversion cuts the argument before the message is scanned.

    ``log.info("comment: %.20s", comment)`` keeps log lines short; an address cut at the
    precision ("jane.roe@exa") is no address, and was left in the line.
    """

    @pytest.mark.parametrize(
        ("msg", "args"),
        [
            ("comment: %.20s", (f"write to {EMAIL} today",)),
            ("%.12s|%s", (EMAIL, "ok")),
            ("%-30.15s!", (f"card {CARD}",)),
            ("%(note).14s", {"note": f"mail {EMAIL}"}),
            ("%.*s", (13, EMAIL)),
            ("%.11r", (IP,)),
            ("%.9s", (EMAIL.encode(),)),
        ],
        ids=repr,
    )
    def test_no_head_of_a_value_is_left(self, logged, msg, args):
        log, stream = logged
        if isinstance(args, dict):
            log.info(msg, args)
        else:
            log.info(msg, *args)
        line = json.loads(stream.getvalue())["message"]
        text = repr(args)
        plain = EMAIL if EMAIL[:6] in text else CARD if CARD in text else IP
        for n in range(6, len(plain) + 1):
            assert plain[:n] not in line, (line, plain[:n])

    @given(st.integers(0, 40), st.sampled_from(["%.{n}s", "%-40.{n}s", "%(x).{n}s"]))
    def test_the_cut_is_the_placeholder_s(self, n, spec):
        args = ({"x": EMAIL},) if "(x)" in spec else (EMAIL,)
        record = logging.LogRecord("x", logging.INFO, __file__, 1, spec.format(n=n), args, None)
        assert RedactingFilter().filter(record)
        assert record.getMessage().strip() == "<EMAIL_ADDRESS>"[:n]

    def test_numbers_keep_their_type_and_names_stay_context(self, logged):
        log, stream = logged
        log.info("%.2f paid by %.30s", 12.5, EMAIL)
        log.info("phone %(phone)s, %(who).4s", {"phone": "4155550100", "who": EMAIL})
        lines = [json.loads(line)["message"] for line in stream.getvalue().splitlines()]
        assert lines == ["12.50 paid by <EMAIL_ADDRESS>", "phone <PHONE_NUMBER>, <EMA"]

    @pytest.mark.parametrize(
        ("msg", "args", "expected"),
        [
            ("card %.6s", (int(CARD),), "card <CREDI"),
            ("n=%d card %.8s %s", (3, int(CARD), "x"), "n=3 card <CREDIT_ x"),
            ("%(c).6s %(n)d", {"c": int(CARD), "n": 5}, "<CREDI 5"),
            ("%.*s|%.3r", (6, float(CARD), int(CARD)), "<CREDI|'<C"),
            ("%%%.6s %s", (int(CARD), 42), "%<CREDI 42"),
            ("%.6s %d", (42, 4), "42 4"),
        ],
        ids=repr,
    )
    def test_a_number_cut_by_a_precision(self, logged, msg, args, expected):
        """``%.6s`` on a card number showed its first six digits (no number left to find)."""
        log, stream = logged
        if isinstance(args, dict):
            log.info(msg, args)
        else:
            log.info(msg, *args)
        assert json.loads(stream.getvalue())["message"] == expected

    @given(
        st.lists(
            st.sampled_from(["%d", "%s", "%.6s", "%.*s", "%5.2f", "%r", "%%", "%.3r", "%x"]),
            max_size=6,
        ),
        st.data(),
    )
    def test_a_message_that_formats_still_formats(self, convs, data):
        """Redacting cut arguments never turns a well-formed message into a logging error,
        and no head of the card is left, whatever conversion shows it."""
        args: list[object] = []
        for c in convs:
            if c == "%%":
                continue
            if "*" in c:
                args.append(data.draw(st.integers(0, 20)))
            if c in {"%d", "%x"}:
                args.append(data.draw(st.sampled_from([7, int(CARD)])))
            elif c == "%5.2f":
                args.append(data.draw(st.sampled_from([1.5, float(CARD)])))
            else:
                args.append(data.draw(st.sampled_from([7, int(CARD), EMAIL, 2.5])))
        msg = " ".join(convs)
        record = logging.LogRecord("x", logging.INFO, __file__, 1, msg, tuple(args), None)
        assert RedactingFilter().filter(record)
        assert CARD[:6] not in record.getMessage()

    @pytest.mark.parametrize("unit", ["%(", "%(a", "%-", "%.", "{x:.1", "%%"])
    def test_a_hostile_format_is_read_in_linear_time(self, unit):
        """The conversions are mapped to the arguments once, with bounded reads."""
        flt, fmt = RedactingFilter(), RedactingFormatter("{x:.1}" * 3, style="{")

        def run(msg: str) -> None:
            record = logging.LogRecord("x", logging.INFO, __file__, 1, msg, (int(CARD),), None)
            record.x = EMAIL
            flt.filter(record)
            with contextlib.suppress(TypeError, ValueError, KeyError):  # a mismatched format
                fmt.format(record)

        grows_linearly(lambda n: unit * n + "%.6s", run)

    @pytest.mark.parametrize("style", ["%", "{"])
    def test_the_formatter_cuts_a_number_field(self, style):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "m", (), None)
        record.card, record.n = int(CARD), 7
        fmt = "%(card).6s %(n)d %(message)s" if style == "%" else "{card!s:.6} {n:d} {message}"
        assert RedactingFormatter(fmt, style=style).format(record) == "<CREDI 7 m"
        assert record.card == int(CARD)

    @pytest.mark.parametrize(
        ("fmt", "msg", "args", "fields", "expected"),
        [
            ("%(message)s", "c %.12s end", (EMAIL,), {}, "c <EMAIL_ADDRE end"),
            ("%(mail).8s|%(message)s", "m", (), {"mail": EMAIL}, "<EMAIL_A|m"),
            ("%(message)s", "ok %s", (EMAIL,), {}, "ok <EMAIL_ADDRESS>"),
        ],
    )
    def test_the_formatter_cuts_the_redacted_text(self, fmt, msg, args, fields, expected):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, msg, args, None)
        record.__dict__.update(fields)
        assert RedactingFormatter(fmt).format(record) == expected
        braces = re.sub(r"%\((\w+)\)(\.[0-9]+)?s", r"{\1:\2}", fmt).replace(":}", "}")
        assert RedactingFormatter(braces, style="{").format(record) == expected
        assert record.args == args  # a copy was cut: the record is as it was
        assert all(getattr(record, k) == v for k, v in fields.items())
