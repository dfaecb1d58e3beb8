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


class TestCache:
    """Recent results are kept by exact text, bounded, and never shown."""

    @staticmethod
    def _log(f, msg, *args):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, msg, args, None)
        assert f.filter(record)
        return record.getMessage()

    def test_repeated_text_is_answered_from_the_cache(self):
        f = RedactingFilter(cache_size=4)
        cache = f._redactor._cached
        assert self._log(f, "user %s", EMAIL) == "user <EMAIL_ADDRESS>"
        misses = cache.cache_info().misses
        assert self._log(f, "user %s", EMAIL) == "user <EMAIL_ADDRESS>"
        assert cache.cache_info().misses == misses
        assert cache.cache_info().hits > 0

    def test_bounded_in_entries_and_text_length(self):
        f = RedactingFilter(cache_size=4)
        for i in range(20):
            assert self._log(f, f"line {i} from {IP}") == f"line {i} from <IP_ADDRESS>"
        assert f._redactor._cached.cache_info().currsize == 4
        long = "x" * 600 + " " + EMAIL
        before = f._redactor._cached.cache_info()
        assert self._log(f, long) == "x" * 600 + " <EMAIL_ADDRESS>"
        assert f._redactor._cached.cache_info() == before  # too long to keep

    def test_off(self):
        f = RedactingFilter(cache_size=0)
        assert f._redactor._cached is None
        assert self._log(f, "user %s", EMAIL) == "user <EMAIL_ADDRESS>"

    @pytest.mark.parametrize("size", [-1, 1.5, True, "8"])
    def test_bad_size(self, size):
        with pytest.raises(ConfigError):
            RedactingFilter(cache_size=size)
        with pytest.raises(ConfigError):
            StructlogRedactor(cache_size=size)

    def test_cached_values_are_not_shown(self):
        f = RedactingFilter()
        self._log(f, "user %s", EMAIL)
        assert EMAIL not in repr(f) + repr(vars(f)) + repr(vars(f._redactor))


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
