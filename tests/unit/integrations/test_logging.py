"""The logging filter, formatter and structlog processor redact before anything is emitted."""

import io
import logging

import pytest

from privkit.errors import ConfigError
from privkit.integrations.logging import RedactingFilter, RedactingFormatter, StructlogRedactor

EMAIL = "jane.doe@example.com"
IP = "203.0.113.7"


@pytest.fixture
def capture():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger = logging.getLogger("privkit.tests.logging")
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    logger.addHandler(handler)
    yield logger, handler, stream
    logger.removeHandler(handler)


class TestFilter:
    def test_redacts_args_and_message(self, capture):
        logger, handler, stream = capture
        handler.addFilter(RedactingFilter())
        logger.info("user %s logged in from %s", EMAIL, IP)
        logger.info(f"direct {EMAIL}")  # noqa: G004 - PII in the message itself
        out = stream.getvalue()
        assert EMAIL not in out
        assert IP not in out
        assert out.splitlines() == [
            "user <EMAIL_ADDRESS> logged in from <IP_ADDRESS>",
            "direct <EMAIL_ADDRESS>",
        ]

    def test_clean_records_are_left_alone(self):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "count=%d", (3,), None)
        assert RedactingFilter().filter(record)
        assert record.msg == "count=%d"
        assert record.args == (3,)

    def test_dict_args_and_integers(self, capture):
        logger, handler, stream = capture
        handler.addFilter(RedactingFilter())
        logger.info("device %(imei)d for %(mail)s", {"imei": 490154203237518, "mail": EMAIL})
        assert stream.getvalue().strip() == "device <IMEI> for <EMAIL_ADDRESS>"

    def test_exception_text_is_redacted(self, capture):
        logger, handler, stream = capture
        handler.addFilter(RedactingFilter())
        try:
            raise ValueError(f"bad address {EMAIL}")  # noqa: TRY301
        except ValueError:
            logger.exception("failed")
        out = stream.getvalue()
        assert "ValueError: bad address <EMAIL_ADDRESS>" in out
        assert EMAIL not in out

    def test_mismatched_args_do_not_leak(self):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s", (EMAIL,), None)
        assert RedactingFilter().filter(record)
        assert record.args == ("<EMAIL_ADDRESS>",)

    def test_entities_are_configurable(self, capture):
        logger, handler, stream = capture
        handler.addFilter(RedactingFilter(entities=["EMAIL_ADDRESS"], replacement="[{entity}]"))
        logger.info("%s from %s", EMAIL, IP)
        assert stream.getvalue().strip() == f"[EMAIL_ADDRESS] from {IP}"

    def test_bad_replacement(self):
        with pytest.raises(ConfigError):
            RedactingFilter(replacement="{value}")

    def test_default_is_pattern_only(self):

        f = RedactingFilter()
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "John Smith paid", (), None)
        f.filter(record)
        assert record.msg == "John Smith paid"  # names need NER: opt in
        assert "PERSON" not in {str(e) for e in f._redactor.entities}


class TestFormatter:
    def test_redacts_the_final_line(self, capture):
        logger, handler, stream = capture
        handler.setFormatter(RedactingFormatter("%(levelname)s %(message)s %(client)s"))
        logger.warning("hello %s", EMAIL, extra={"client": IP})
        assert stream.getvalue().strip() == "WARNING hello <EMAIL_ADDRESS> <IP_ADDRESS>"


class TestStructlog:
    def test_nested_values_and_keys_kept(self):
        proc = StructlogRedactor()
        event = {
            "event": "signup",
            "user": {"email": EMAIL, "ips": [IP, "no pii"]},
            "imei": 490154203237518,
            "count": 3,
        }
        out = proc(None, "info", event)
        assert out == {
            "event": "signup",
            "user": {"email": "<EMAIL_ADDRESS>", "ips": ["<IP_ADDRESS>", "no pii"]},
            "imei": "<IMEI>",
            "count": 3,
        }

    def test_deep_nesting_is_cut_not_leaked(self):
        event = {"event": "x"}
        inner = event
        for _ in range(100):
            inner["n"] = {}
            inner = inner["n"]
        inner["email"] = EMAIL
        out = StructlogRedactor()(None, "info", event)
        assert EMAIL not in repr(out)
