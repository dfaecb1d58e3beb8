"""The logging filter, formatter and structlog processor redact before anything is emitted."""

import io
import logging
import re

import pytest

from privkit.detect import Scanner
from privkit.errors import ConfigError
from privkit.integrations.logging import (
    DEFAULT_ENTITIES,
    RedactingFilter,
    RedactingFormatter,
    StructlogRedactor,
)

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


class _Counting(Scanner):
    """A scanner that counts the texts it is given (and how scan_many is called)."""

    def __init__(self, **kwargs):
        super().__init__(entities=DEFAULT_ENTITIES, **kwargs)
        self.texts = 0
        self.calls = 0
        self.kwargs = []

    def scan(self, text, **kwargs):
        self.texts += 1
        self.calls += 1
        return super().scan(text, **kwargs)

    def scan_many(self, texts, **kwargs):
        texts = list(texts)
        self.texts += len(texts)
        self.calls += 1
        self.kwargs.append(kwargs)
        return super().scan_many(texts, **kwargs)


class TestCache:
    """Recent results are kept by exact text, bounded, and never shown."""

    @staticmethod
    def _log(f, msg, *args, **extra):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, msg, args, None)
        record.__dict__.update(extra)
        assert f.filter(record)
        return record.getMessage()

    def test_repeated_text_is_answered_from_the_cache(self):
        scanner = _Counting()
        f = RedactingFilter(cache_size=4, scanner=scanner)
        assert self._log(f, "user %s", EMAIL) == "user <EMAIL_ADDRESS>"
        assert scanner.texts == 1  # the argument is not left in the redacted message
        assert self._log(f, "user %s", EMAIL) == "user <EMAIL_ADDRESS>"
        assert scanner.texts == 1

    def test_bounded_in_entries_and_text_length(self):
        scanner = _Counting()
        f = RedactingFilter(cache_size=4, scanner=scanner)
        for i in range(20):
            assert self._log(f, f"line {i} from {IP}") == f"line {i} from <IP_ADDRESS>"
        assert len(f._redactor._cache) == 4
        assert self._log(f, f"line 19 from {IP}") == "line 19 from <IP_ADDRESS>"
        assert scanner.texts == 20
        long = "x" * 600 + " " + EMAIL
        for _ in range(2):
            assert self._log(f, long) == "x" * 600 + " <EMAIL_ADDRESS>"
        assert scanner.texts == 22  # too long to keep

    def test_off(self):
        scanner = _Counting()
        f = RedactingFilter(cache_size=0, scanner=scanner)
        assert f._redactor._cache is None
        for _ in range(2):
            assert self._log(f, "user %s", EMAIL) == "user <EMAIL_ADDRESS>"
        assert scanner.texts == 2

    def test_off_keeps_nothing_in_the_scanner_it_builds_either(self):
        # Without a cache, the scanner the filter builds forgets what it read after each
        # text (its detectors' memos); with one, it keeps them like the cache.
        from privkit._memo import BoundedMemo

        def held(f):
            plans = f._redactor.scanner._plans.values()
            memos = [v for p in plans for d in p.detectors for v in vars(d).values()]
            return [k for m in memos if isinstance(m, BoundedMemo) for k in m]

        off, on = RedactingFilter(cache_size=0), RedactingFilter()
        for f in (off, on):
            assert self._log(f, "user %s", EMAIL) == "user <EMAIL_ADDRESS>"
        assert held(off) == []
        assert EMAIL in held(on)

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
        assert repr(f._redactor._cache) == "<cache of 1/1024 results>"


class TestBatch:
    """The texts of one record are scanned in one scan_many call."""

    def test_arguments_and_extra_fields(self):
        scanner = _Counting()
        f = RedactingFilter(scanner=scanner)
        msg = TestCache._log(
            f, "%s %s %s %s", "GET", "/a/b", EMAIL, "200", user_email=EMAIL, route="/a/b"
        )
        assert msg == "GET /a/b <EMAIL_ADDRESS> 200"
        # the message and the extras (2 names, 2 values), then the arguments still showing
        # ("GET", "/a/b", "200": the route field's "/a/b" was read as a field's value, by
        # its name, the argument is read as a text of its own)
        assert (scanner.calls, scanner.texts) == (2, 8)

    def test_never_a_worker_pool(self):
        scanner = _Counting(n_process=2)
        f = RedactingFilter(scanner=scanner)
        assert TestCache._log(f, "%s %s", "GET", "/x", note="ok") == "GET /x"
        assert scanner.kwargs == [{"n_process": 1}, {"n_process": 1}]

    def test_other_scanners_scan_one_text_at_a_time(self):
        class Plain:
            def __init__(self):
                self.inner = Scanner(entities=DEFAULT_ENTITIES)

            def scan(self, text):
                return self.inner.scan(text)

            def scan_many(self, texts):  # pragma: no cover - must not be called
                raise AssertionError

        f = RedactingFilter(scanner=Plain())
        assert TestCache._log(f, "%s %s", "GET", EMAIL, note="ok") == "GET <EMAIL_ADDRESS>"

    def test_results_equal_single_scans(self):
        args = ("GET", f"mail={EMAIL}", "x", 490154203237518, float(490154203237518))
        extra = {"phone": "4155550100", "n": 3, "ctx": [IP, "ok"], EMAIL: "k"}
        records = []
        plain = logging.LogRecord("x", logging.INFO, __file__, 1, "", (), None)
        for f in (RedactingFilter(), RedactingFilter(cache_size=0)):
            record = logging.LogRecord("x", logging.INFO, __file__, 1, "%s %s %s %d %s", args, None)
            record.__dict__.update(extra)
            f.filter(record)
            fields = {k: v for k, v in vars(record).items() if k not in vars(plain)}
            records.append((record.getMessage(), fields))
        assert records[0] == records[1]
        assert len(records[0][1]) == len(extra)
        assert EMAIL not in repr(records[0])


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


class TestFieldsReadByName:
    """A named field's value is read by its name: ten digits alone are a phone number only
    when nothing names them (a message), or a name says so (``phone``)."""

    RUN = "4155551234"  # (valid in the North American plan)

    def test_an_id_field_keeps_its_digits_and_a_phone_field_does_not(self):
        event = {"event": "paid", "order_id": int(self.RUN), "ref": self.RUN, "phone": self.RUN}
        out = StructlogRedactor()(None, "info", dict(event))
        assert out["order_id"] == int(self.RUN)
        assert out["ref"] == self.RUN
        assert out["phone"] == "<PHONE_NUMBER>"

    def test_extra_fields_of_a_record_likewise(self):
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "paid", (), None)
        record.__dict__.update({"order_id": self.RUN, "mobile": self.RUN})
        RedactingFilter().filter(record)
        assert record.order_id == self.RUN
        assert record.mobile == "<PHONE_NUMBER>"

    def test_a_message_that_is_the_number_alone_is_redacted(self, capture):
        logger, handler, stream = capture
        handler.addFilter(RedactingFilter())
        logger.info(self.RUN)
        assert stream.getvalue().strip() == "<PHONE_NUMBER>"

    def test_the_cache_keeps_a_field_and_a_message_apart(self):
        f = RedactingFilter()
        record = logging.LogRecord("x", logging.INFO, __file__, 1, self.RUN, (), None)
        record.__dict__["order_id"] = self.RUN
        f.filter(record)
        assert (record.getMessage(), record.order_id) == ("<PHONE_NUMBER>", self.RUN)

    @pytest.mark.parametrize(
        ("name", "value"),
        [
            ("ssn", "(415) 555-0132"),  # a label that refuses digits as a phone number
            ("device_id", "+44 20 7946 0958"),
            ("referer", "https://shop.example.com/cart?id=5"),  # "referer: <link>": a header
            ("ip", "http://1\u0416.2.3.4/\nhttp://1\u0416.2.3.4/"),  # two lines read alike
        ],
    )
    def test_a_name_never_removes_what_the_value_shows_alone(self, name, value):
        assert Scanner(entities=DEFAULT_ENTITIES).scan(value)  # alone, it is personal data
        placeholder = re.compile(r"<[A-Z_]+>")
        out = StructlogRedactor()(None, "info", {"event": "x", name: value, "n": {name: value}})
        assert placeholder.sub("", out[name]).strip() == ""
        assert out["n"][name] == out[name]
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "x", (), None)
        record.__dict__[name] = value
        RedactingFilter().filter(record)
        assert getattr(record, name) == out[name]
