import pytest

from privkit.errors import ConfigError
from privkit.transform import Keep, Mask, Nullify, Redact, Replace
from privkit.types import Context, EntityType

EMAIL = Context(entity=EntityType.EMAIL_ADDRESS)


class TestRedactNullifyKeep:
    def test_redact_removes(self):
        assert Redact()("secret") == ""
        assert Redact.name == "redact"

    def test_nullify(self):
        assert Nullify()("secret") is None

    def test_keep(self):
        assert Keep()("value") == "value"


class TestReplace:
    def test_entity_placeholder(self):
        assert Replace()("x", EMAIL) == "<EMAIL_ADDRESS>"

    def test_unknown_entity(self):
        assert Replace()("x") == "<REDACTED>"
        assert Replace()("x", Context(field="a")) == "<REDACTED>"

    def test_fixed_text(self):
        assert Replace(text="[x]")("x", EMAIL) == "[x]"

    def test_bad_text(self):
        with pytest.raises(ConfigError):
            Replace(text=3)  # type: ignore[arg-type]


class TestMask:
    @pytest.mark.parametrize(
        ("mask", "value", "expected"),
        [
            (Mask(keep_last=4), "4111-1111-1111-1111", "****-****-****-1111"),
            (Mask(keep_last=4), "4111111111111111", "************1111"),
            (Mask(keep_first=6, keep_last=4), "4111 1111 1111 1111", "4111 11** **** 1111"),
            (Mask(char="#"), "ab-cd", "##-##"),
            (Mask(keep_separators=False, keep_last=2), "ab-cd", "***cd"),
            (Mask(mode="email"), "jane@example.com", "j***@example.com"),
            (Mask(mode="email", keep_first=2), "jane.doe@example.com", "ja******@example.com"),
            (Mask(), "jane@example.com", "****@*******.***"),
            (Mask(keep_last=4), "", ""),
            (Mask(keep_last=4), "123", "***"),  # shorter than what is kept: all masked
            (Mask(keep_first=1), "é-ü", "é-*"),
        ],
    )
    def test_cases(self, mask, value, expected):
        assert mask(value) == expected

    def test_auto_uses_email_mode_for_email_entity(self):
        assert Mask()("jane@example.com", EMAIL) == "j***@example.com"

    def test_email_mode_without_at_falls_back_to_chars(self):
        assert Mask(mode="email")("jane") == "****"

    @pytest.mark.parametrize(
        "kwargs",
        [
            {"char": "**"},
            {"char": "1"},
            {"char": "a"},
            {"keep_last": -1},
            {"keep_first": True},
            {"mode": "bogus"},
            {"keep_separators": "yes"},
        ],
    )
    def test_invalid(self, kwargs):
        with pytest.raises(ConfigError):
            Mask(**kwargs)

    def test_frozen(self):
        m = Mask()
        with pytest.raises(AttributeError):
            m.char = "#"  # type: ignore[misc]
