"""The policy schema: pydantic models, the only description of a policy file.

Every model forbids unknown keys, is frozen, and hides input values in its errors.
Semantic checks that need the whole policy (known purposes, categories and keys, rule
ties) run after validation and report exact dotted locations such as
``rules.3.purposes.0``.
"""

from __future__ import annotations

import hashlib
import json
import re
from typing import Annotated, Any, Literal

from privkit.errors import MissingDependencyError

try:
    from pydantic import (
        BaseModel,
        ConfigDict,
        Discriminator,
        Field,
        Tag,
        ValidationInfo,
        field_validator,
        model_validator,
    )
except ImportError as exc:  # the ``policy`` extra: a bare install scans, it does not protect
    raise MissingDependencyError(
        "the policy layer (Policy, protect, explain, reveal; classify of tables)", extra="policy"
    ) from exc

from privkit._suggest import did_you_mean, quoted
from privkit.policy._paths import Glob
from privkit.policy._taxonomy import BUILTIN_CATEGORIES, with_ancestors
from privkit.types import EntityType  # noqa: TC001 - pydantic needs it at run time

__all__ = [
    "Action",
    "CategoryDef",
    "DateShiftAction",
    "EncryptAction",
    "EncryptDeterministicAction",
    "EnvKey",
    "FileKey",
    "FpeAction",
    "GeneralizeAction",
    "HashAction",
    "KeepAction",
    "KeyRef",
    "MaskAction",
    "NullifyAction",
    "PluginAction",
    "Policy",
    "RedactAction",
    "ReplaceAction",
    "Retention",
    "RevealGrant",
    "Rule",
    "TextConfig",
    "TokenizeAction",
    "VaultAction",
]

_DOTTED = r"^[a-z][a-z0-9_]*(\.[a-z0-9_]+)*$"
_PURPOSE = re.compile(_DOTTED)
_CATEGORY = re.compile(_DOTTED)
KeyName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")]
NonNeg = Annotated[int, Field(ge=0)]
PosInt = Annotated[int, Field(gt=0)]

#: Schema markers beside category names: ``text`` (free text, scanned) and ``none``
#: (declared not personal; never scanned).
TEXT, NONE = "text", "none"


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid",
        frozen=True,
        hide_input_in_errors=True,
        validate_default=True,
        populate_by_name=True,
        use_attribute_docstrings=True,
    )


# -- actions ---------------------------------------------------------------------------


class _Action(_Model):
    def params(self) -> dict[str, Any]:
        """Return the keyword arguments of ``privkit.transform.build`` for this action."""
        return {
            k: v
            for k, v in self.model_dump(exclude={"action"}, exclude_defaults=True).items()
            if v is not None
        }

    @property
    def key_name(self) -> str | None:
        """The key this action references, if any."""
        return getattr(self, "key", None)


class RedactAction(_Action):
    """Remove the value: a whole value becomes empty; a span in free text a placeholder."""

    action: Literal["redact"]
    placeholder: bool = True
    """In free text, leave ``<ENTITY>`` (``<EMAIL_ADDRESS>``) where the value was; ``false``
    leaves nothing. Whole field values are always removed (use ``replace`` for a text)."""


class ReplaceAction(_Action):
    """Replace the value by a placeholder (``<EMAIL_ADDRESS>`` by default)."""

    action: Literal["replace"]
    text: str | None = None
    """Fixed replacement text."""


class MaskAction(_Action):
    """Overwrite characters with ``char``, keeping the first/last ones."""

    action: Literal["mask"]
    char: Annotated[str, Field(min_length=1, max_length=1)] = "*"
    keep_first: NonNeg | None = None
    keep_last: NonNeg = 0
    keep_separators: bool = True
    mode: Literal["auto", "chars", "email"] = "auto"


class NullifyAction(_Action):
    """Replace the value by null."""

    action: Literal["nullify"]


class KeepAction(_Action):
    """Pass the value through unchanged (must be written explicitly)."""

    action: Literal["keep"]


class _Keyed(_Action):
    key: KeyName
    """Name of the key in the key ring (a reference, never material)."""
    per_subject: str | None = None
    """Per-subject key store (SQLite path or ``postgresql://`` URL) for crypto-shredding."""


class HashAction(_Keyed):
    """Keyed HMAC-SHA-256 digest (one-way, deterministic)."""

    action: Literal["hash"]
    encoding: Literal["hex", "base32", "base64url"] = "hex"
    length: Annotated[int, Field(ge=16)] | None = None
    """Truncate the encoded digest to this many characters (at least 16, as ``Hash``)."""
    version: PosInt | None = None


class TokenizeAction(_Keyed):
    """Deterministic keyed token (one-way; joinable across tables)."""

    action: Literal["tokenize"]
    domain: str = ""
    prefix: str = ""
    entity_prefix: bool = False
    length: Annotated[int, Field(ge=16, le=64)] = 32
    version: PosInt | None = None


class VaultAction(_Keyed):
    """Random token stored with the encrypted original in a vault (reversible)."""

    action: Literal["vault"]
    store: Annotated[str, Field(min_length=1)]
    """Vault store: SQLite file path or ``postgresql://`` URL."""
    namespace: str = "default"
    convergent: bool = True
    ttl: Annotated[float, Field(gt=0)] | None = None
    prefix: str = ""
    entity_prefix: bool = False


class FpeAction(_Keyed):
    """Format-preserving encryption (digits stay digits; reversible)."""

    action: Literal["fpe"]
    shape: Literal["auto", "digits", "card", "imei", "phone", "email", "ip", "mac", "alphabet"] = (
        "auto"
    )
    alphabet: str = "alnum"
    luhn: bool | None = None
    keep_domain: bool = True
    prefix_preserving: bool = False
    keep_oui: bool = False
    tweak: str = ""
    version: PosInt | None = None


class EncryptAction(_Keyed):
    """Authenticated encryption (AES-GCM; reversible, randomised)."""

    action: Literal["encrypt"]
    bind_field: bool = True


class EncryptDeterministicAction(_Keyed):
    """Deterministic authenticated encryption (reversible, joinable)."""

    action: Literal["encrypt_deterministic"]
    domain: str = ""
    bind_field: bool = False


class GeneralizeAction(_Action):
    """Coarsen a value (IP to a network, date to a month, number to a bucket, ...)."""

    action: Literal["generalize"]
    kind: Literal["auto", "ip", "mac", "imei", "date", "number", "postcode", "age"] = "auto"
    ipv4_prefix: Annotated[int, Field(ge=0, le=32)] = 24
    ipv6_prefix: Annotated[int, Field(ge=0, le=128)] = 48
    date_level: Literal["day", "month", "year"] = "month"
    bucket: PosInt = 10
    postcode_keep: NonNeg = 3
    age_bands: list[NonNeg] | None = None


class DateShiftAction(_Action):
    """Shift dates by a keyed per-subject offset (needs ``subject_field``)."""

    action: Literal["date_shift"]
    key: KeyName
    max_days: PosInt = 30
    require_subject: bool = True


class PluginAction(_Action):
    """A transform registered by a plug-in (entry-point group ``privkit.transforms``).

    Its parameters are the plug-in's own and are checked by the plug-in when the policy's
    transforms are built; the name must be registered (and not disabled) when the policy
    is loaded.
    """

    model_config = ConfigDict(extra="allow")

    action: str
    key: KeyName | None = None
    """Name of the key in the key ring, for a keyed plug-in."""

    @model_validator(mode="after")
    def _registered(self) -> PluginAction:
        from privkit.transform import registered

        known = registered()
        status = known.get(self.action)
        if status is None:
            names = sorted(n for n, st in known.items() if not st.startswith("disabled"))
            raise ValueError(
                f"unknown action{quoted(self.action)}{did_you_mean(self.action, names)} "
                f"(one of {', '.join(names)})"
            )
        if status.startswith("disabled"):
            raise ValueError(f"action{quoted(self.action)} is {status}")
        return self

    def params(self) -> dict[str, Any]:
        """Return the plug-in's parameters as written in the policy."""
        return {k: v for k, v in (self.model_extra or {}).items() if v is not None} | (
            {"key": self.key} if self.key is not None else {}
        )


def _action_tag(value: Any) -> str | None:
    name = value.get("action") if isinstance(value, dict) else getattr(value, "action", None)
    if not isinstance(name, str):
        return None
    return name if name in ACTION_NAMES else "plugin"


Action = Annotated[
    Annotated[RedactAction, Tag("redact")]
    | Annotated[ReplaceAction, Tag("replace")]
    | Annotated[MaskAction, Tag("mask")]
    | Annotated[NullifyAction, Tag("nullify")]
    | Annotated[KeepAction, Tag("keep")]
    | Annotated[HashAction, Tag("hash")]
    | Annotated[TokenizeAction, Tag("tokenize")]
    | Annotated[VaultAction, Tag("vault")]
    | Annotated[FpeAction, Tag("fpe")]
    | Annotated[EncryptAction, Tag("encrypt")]
    | Annotated[EncryptDeterministicAction, Tag("encrypt_deterministic")]
    | Annotated[GeneralizeAction, Tag("generalize")]
    | Annotated[DateShiftAction, Tag("date_shift")]
    | Annotated[PluginAction, Tag("plugin")],
    Discriminator(_action_tag),
]
"""One transform with its typed parameters, chosen by ``action`` (a plug-in's by name)."""

ACTION_NAMES = (
    "redact",
    "replace",
    "mask",
    "nullify",
    "keep",
    "hash",
    "tokenize",
    "vault",
    "fpe",
    "encrypt",
    "encrypt_deterministic",
    "generalize",
    "date_shift",
)


def _shorthand(value: Any) -> Any:
    """Accept ``"redact"`` as ``{"action": "redact"}``."""
    if isinstance(value, str):
        return {"action": value}
    return value


# -- sections --------------------------------------------------------------------------


class EnvKey(_Model):
    """Key material from an environment variable (``NAME``, plus ``NAME__V2`` ... versions)."""

    source: Literal["env"]
    name: Annotated[str, Field(pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")]


class FileKey(_Model):
    """Key material from a file holding base64 or ``hex:`` text."""

    source: Literal["file"]
    path: Annotated[str, Field(min_length=1)]


KeyRef = Annotated[EnvKey | FileKey, Field(discriminator="source")]


class CategoryDef(_Model):
    """A category the policy adds to the built-in taxonomy."""

    description: str = ""


class TextConfig(_Model):
    """How free text (and fields of unknown content) is scanned."""

    entities: list[EntityType] | None = None
    """Entity types to detect; all by default."""
    min_score: Annotated[float, Field(ge=0.0, le=1.0)] = 0.5
    model: str | None = None
    """spaCy model for names, places and organisations; ``None`` for patterns only."""


class Rule(_Model):
    """Which transform applies to which fields or categories, for which purposes."""

    name: str | None = None
    fields: list[str] = []
    """Field globs; a rule with fields is a *field rule*."""
    categories: list[str] = []
    """Categories; alone they make a *category rule*; with fields they filter spans."""
    purposes: Annotated[list[str], Field(min_length=1)]
    transform: Action
    consent: str | None = None
    """Record field that must be ``true`` for this rule; without it the value is suppressed."""

    @field_validator("transform", mode="before")
    @classmethod
    def _short(cls, value: Any) -> Any:
        return _shorthand(value)

    @field_validator("fields")
    @classmethod
    def _globs(cls, value: list[str]) -> list[str]:
        for g in value:
            Glob.parse(g)
        return value

    @field_validator("consent")
    @classmethod
    def _consent(cls, value: str | None) -> str | None:
        if value is not None:
            g = Glob.parse(value)
            if any(k != 3 for k in g.kinds) or "[]" in g.segments:  # noqa: PLR2004
                raise ValueError("consent must name one field (no wildcards or lists)")
        return value

    @model_validator(mode="after")
    def _target(self) -> Rule:
        if not self.fields and not self.categories:
            raise ValueError("a rule needs 'fields' or 'categories'")
        return self

    @property
    def is_field_rule(self) -> bool:
        """Whether the rule names fields (field rules win over category rules)."""
        return bool(self.fields)


class Retention(_Model):
    """A maximum age for categories under purposes, measured from a timestamp field."""

    categories: Annotated[list[str], Field(min_length=1)]
    purposes: Annotated[list[str], Field(min_length=1)]
    max_age_days: Annotated[float, Field(gt=0)]
    timestamp_field: str
    """Record field with the event time (datetime, ISO 8601 text, or epoch seconds)."""
    then: Action = NullifyAction(action="nullify")
    """What happens to older values (``nullify`` drops them; ``generalize`` coarsens)."""

    @field_validator("then", mode="before")
    @classmethod
    def _short(cls, value: Any) -> Any:
        return _shorthand(value)

    @field_validator("timestamp_field")
    @classmethod
    def _ts(cls, value: str) -> str:
        g = Glob.parse(value)
        if any(k != 3 for k in g.kinds) or "[]" in g.segments:  # noqa: PLR2004
            raise ValueError("timestamp_field must name one field (no wildcards or lists)")
        return value


class RevealGrant(_Model):
    """Who may reveal which categories, for which purposes. Everything else is denied."""

    categories: Annotated[list[str], Field(min_length=1)]
    purposes: Annotated[list[str], Field(min_length=1)]
    actors: list[str] = []
    roles: list[str] = []

    @model_validator(mode="after")
    def _who(self) -> RevealGrant:
        if not self.actors and not self.roles:
            raise ValueError("a reveal grant needs 'actors' or 'roles' ('*' for anyone)")
        return self


class Policy(_Model):
    """A privacy policy: purposes, categories, keys, rules, retention and reveal grants.

    Load one with :func:`privkit.load_policy` (YAML, JSON or TOML) or
    :meth:`Policy.from_dict`; both report every problem with its dotted location.
    """

    version: Literal[1]
    name: str = ""
    description: str = ""
    default: Action = RedactAction(action="redact")
    """Transform for personal data no rule covers (fail closed)."""
    purposes: Annotated[list[str], Field(min_length=1)]
    """Declared purposes (dotted: ``analytics.product``); parents are implied."""
    categories: dict[str, CategoryDef] = {}
    """Categories added to the built-in taxonomy."""
    keys: dict[KeyName, KeyRef] = {}
    """Key references by name (never key material)."""
    schema_: dict[str, str] = Field(default={}, alias="schema")
    """Field glob -> category, ``text`` (free text) or ``none`` (not personal)."""
    text: TextConfig = TextConfig()
    subject_field: str | None = None
    """Record field holding the data subject's id (per-subject keys, ``date_shift``)."""
    rules: list[Rule] = []
    retention: list[Retention] = []
    reveal: list[RevealGrant] = []

    @field_validator("default", mode="before")
    @classmethod
    def _short(cls, value: Any) -> Any:
        return _shorthand(value)

    @model_validator(mode="after")
    def _semantics(self, info: ValidationInfo) -> Policy:
        if info.context and info.context.get("privkit_defer_checks"):
            return self
        problems = check(self)
        if problems:
            raise ValueError("; ".join(f"{loc}: {msg}" for loc, msg in problems))
        return self

    # -- convenience ----------------------------------------------------------------

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<dict>") -> Policy:
        """Validate a mapping into a policy.

        Raises:
            PolicyError: with every problem's dotted location; values are never echoed.
        """
        from privkit.policy._load import validate

        return validate(data, source=source)

    @classmethod
    def redact_all(cls, *purposes: str) -> Policy:
        """Return the safe starting policy for ``purposes``: every personal value is redacted.

        It has no rules, so the ``default`` (``redact``) applies to all personal data:
        whole values are removed and spans in free text are replaced by a typed placeholder
        such as ``<EMAIL_ADDRESS>``. Data found not personal is left as it is. It needs no
        keys. Write a policy (or draft one with ``privkit init DATA``) to keep more.

        >>> import privkit
        >>> policy = privkit.Policy.redact_all("analytics")
        >>> policy.purposes, policy.default.action, policy.rules
        (['analytics'], 'redact', [])

        Raises:
            PolicyError: no purpose, or a purpose that is not a dotted lower_snake name.
        """
        return cls.from_dict(
            {"version": 1, "name": "redact all personal data", "purposes": list(purposes)},
            source="Policy.redact_all()",
        )

    def digest(self) -> str:
        """Return the SHA-256 of the policy's canonical JSON (recorded in audit events)."""
        blob = json.dumps(
            self.model_dump(mode="json", by_alias=True), sort_keys=True, separators=(",", ":")
        )
        return hashlib.sha256(blob.encode()).hexdigest()

    def all_categories(self) -> frozenset[str]:
        """Return every known category: built-in, policy-defined, and their ancestors."""
        return with_ancestors([*BUILTIN_CATEGORIES, *self.categories])

    def all_purposes(self) -> frozenset[str]:
        """Return the declared purposes and their implied parents."""
        return with_ancestors(self.purposes)


def check(policy: Policy) -> list[tuple[str, str]]:  # noqa: C901, PLR0912
    """Return ``(dotted location, message)`` for each semantic problem of ``policy``."""
    from privkit.policy._resolve import find_ties

    problems: list[tuple[str, str]] = []
    for i, p in enumerate(policy.purposes):
        if p == "*" or not _PURPOSE.match(p):
            problems.append((f"purposes.{i}", "purpose must be a dotted lower_snake name"))
    if len(set(policy.purposes)) != len(policy.purposes):
        problems.append(("purposes", "purposes are listed twice"))
    problems.extend(
        (f"categories.{name}", "category must be a dotted lower_snake name")
        for name in policy.categories
        if not _CATEGORY.match(name)
    )
    purposes = policy.all_purposes()
    cats = policy.all_categories()

    def purpose_ok(loc: str, names: list[str]) -> None:
        for j, p in enumerate(names):
            if p != "*" and p not in purposes:
                hint = did_you_mean(p, purposes)
                problems.append(
                    (
                        f"{loc}.{j}",
                        f"unknown purpose{quoted(p)}{hint} (declare it under 'purposes')",
                    )
                )

    def category_ok(loc: str, names: list[str]) -> None:
        for j, c in enumerate(names):
            if c not in cats:
                hint = did_you_mean(c, cats)
                problems.append(
                    (f"{loc}.{j}", f"unknown category{quoted(c)}{hint} (add it under 'categories')")
                )

    def key_ok(loc: str, key: str | None) -> None:
        if key is not None and policy.keys and key not in policy.keys:
            hint = did_you_mean(key, policy.keys)
            problems.append((loc, f"unknown key{quoted(key)}{hint} (declare it under 'keys')"))

    for glob, target in policy.schema_.items():
        try:
            Glob.parse(glob)
        except ValueError as exc:
            problems.append((f"schema.{glob}", str(exc)))
        if target not in (TEXT, NONE) and target not in cats:
            hint = did_you_mean(target, [*cats, TEXT, NONE])
            problems.append(
                (f"schema.{glob}", f"unknown category{quoted(target)}{hint} (or 'text' / 'none')")
            )
    key_ok("default.key", policy.default.key_name)
    if policy.default.action == "keep":
        pass  # allowed when explicit; the linter flags it
    for i, rule in enumerate(policy.rules):
        purpose_ok(f"rules.{i}.purposes", rule.purposes)
        category_ok(f"rules.{i}.categories", rule.categories)
        key_ok(f"rules.{i}.transform.key", rule.transform.key_name)
    for i, ret in enumerate(policy.retention):
        purpose_ok(f"retention.{i}.purposes", ret.purposes)
        category_ok(f"retention.{i}.categories", ret.categories)
        key_ok(f"retention.{i}.then.key", ret.then.key_name)
    for i, grant in enumerate(policy.reveal):
        purpose_ok(f"reveal.{i}.purposes", grant.purposes)
        category_ok(f"reveal.{i}.categories", grant.categories)
    names: dict[str, int] = {}
    for i, rule in enumerate(policy.rules):
        if rule.name is not None:
            if rule.name in names:
                problems.append(
                    (f"rules.{i}.name", f"duplicate rule name (see rules.{names[rule.name]})")
                )
            names[rule.name] = i
    if not problems:
        problems.extend(find_ties(policy.rules, policy.schema_))
    return problems
