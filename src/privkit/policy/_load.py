"""Loading: file -> mapping -> validated :class:`Policy`, with located, value-free errors."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privkit._suggest import did_you_mean, is_name, quoted
from privkit.errors import MissingDependencyError, PolicyError

if TYPE_CHECKING:
    import os

    from privkit.policy.model import Policy

__all__ = ["json_schema", "load_policy", "validate"]

# Tagged unions put the tag in the error location; policy authors think in YAML paths.
_UNION_PARENTS = {"transform", "default", "then"}
_ACTION_TAGS = {
    "redact", "replace", "mask", "nullify", "keep", "hash", "tokenize", "vault", "fpe",
    "encrypt", "encrypt_deterministic", "generalize", "date_shift", "plugin",
}  # fmt: skip
# Messages of these error types may quote the input; they are replaced.
_REWORDED = {
    "union_tag_invalid": "unknown value for the tag field; see the policy reference",
    "union_tag_not_found": "missing tag field ('action' or 'source')",
    "enum": "not one of the allowed values",
}


def _dotted(loc: tuple[int | str, ...]) -> str:
    parts: list[str] = []
    prev: int | str | None = None
    for item in loc:
        if prev in _UNION_PARENTS and item in _ACTION_TAGS:
            continue
        if isinstance(item, str) and item.endswith("[key]"):
            continue
        parts.append(str(item))
        prev = item
    return ".".join(parts) or "<root>"


def _keys_path(loc: tuple[int | str, ...]) -> tuple[int | str, ...]:
    # keys.<name>.<source tag>.field -> keys.<name>.field
    out: list[int | str] = []
    for i, item in enumerate(loc):
        if i >= 2 and loc[0] == "keys" and i == 2 and item in ("env", "file"):  # noqa: PLR2004
            continue
        out.append(item)
    return tuple(out)


def validate(data: Any, *, source: str = "<dict>") -> Policy:
    """Validate a mapping into a :class:`Policy`; raise :class:`PolicyError` with locations."""
    from pydantic import ValidationError

    from privkit.policy.model import Policy, check

    if not isinstance(data, dict):
        raise PolicyError(
            f"{source}: a policy must be a mapping at the top level",
            source=source,
            errors=[{"loc": "<root>", "msg": "expected a mapping"}],
        )
    try:
        policy = Policy.model_validate(data, context={"privkit_defer_checks": True})
    except ValidationError as exc:
        errors = []
        for e in exc.errors(include_input=False, include_url=False, include_context=False):
            loc = _dotted(_keys_path(tuple(e["loc"])))
            msg = _REWORDED.get(e["type"], e["msg"])
            if e["type"] == "union_tag_invalid":
                tag = _tag_at(data, tuple(e["loc"]))
                msg = (
                    f"unknown action{quoted(tag)}{did_you_mean(tag, _ACTION_TAGS)} "
                    f"(one of {', '.join(sorted(_ACTION_TAGS))})"
                    if e["loc"][-1] in _UNION_PARENTS
                    else f"unknown source{quoted(tag)}{did_you_mean(tag, ('env', 'file'))} "
                    "(one of 'env', 'file')"
                )
            if e["type"] == "extra_forbidden":
                msg = f"unknown key{did_you_mean(e['loc'][-1], _field_names())}"
            if e["type"] == "value_error":
                msg = msg.removeprefix("Value error, ")
            errors.append({"loc": loc, "msg": msg, "type": e["type"]})
        raise _error(source, errors) from None
    problems = check(policy)
    if problems:
        raise _error(source, [{"loc": loc, "msg": msg, "type": "policy"} for loc, msg in problems])
    return policy


def _tag_at(data: Any, loc: tuple[int | str, ...]) -> str | None:
    """Return the ``action``/``source`` tag written at ``loc`` in the raw input, if any."""
    node = data
    for item in loc:
        in_list = isinstance(node, list) and isinstance(item, int) and 0 <= item < len(node)
        if in_list or (isinstance(node, dict) and item in node):
            node = node[item]
        elif isinstance(item, str) and item in _ACTION_TAGS | {"env", "file"}:
            continue  # the tag pydantic inserts into the location
        else:
            return None
    if isinstance(node, dict):
        node = node.get("action", node.get("source"))
    return node if is_name(node) else None


def _field_names() -> frozenset[str]:
    """Every key a policy file may use, at any level (for did-you-mean on unknown keys)."""
    from pydantic import BaseModel

    from privkit.policy import model

    names: set[str] = set()
    for obj in vars(model).values():
        if isinstance(obj, type) and issubclass(obj, BaseModel):
            for name, info in obj.model_fields.items():
                names.add(info.alias or name)
    return frozenset(names)


def _error(source: str, errors: list[dict[str, Any]]) -> PolicyError:
    lines = "\n".join(f"  {e['loc']}: {e['msg']}" for e in errors)
    n = len(errors)
    return PolicyError(
        f"{source}: {n} problem{'s' if n != 1 else ''} in policy\n{lines}",
        source=source,
        errors=errors,
    )


def _no_duplicates_json(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in pairs:
        if k in out:
            raise ValueError(f"duplicate key {k!r}")
        out[k] = v
    return out


def _parse_yaml(text: str, source: str) -> Any:
    try:
        import yaml
    except ImportError as exc:  # pragma: no cover - exercised without the extra
        raise MissingDependencyError("YAML policies", extra="policy") from exc

    class _Loader(yaml.SafeLoader):
        pass

    def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
        loader.flatten_mapping(node)
        out: dict[Any, Any] = {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if key in out:
                line = key_node.start_mark.line + 1
                raise PolicyError(
                    f"{source}: line {line}: duplicate key {key!r}",
                    source=source,
                    errors=[{"loc": f"line {line}", "msg": f"duplicate key {key!r}"}],
                )
            out[key] = loader.construct_object(value_node, deep=True)
        return out

    _Loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a SafeLoader subclass
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f"line {mark.line + 1}, column {mark.column + 1}" if mark else "unknown position"
        msg = f"invalid YAML at {where}: {exc.problem or 'syntax error'}"
        raise PolicyError(
            f"{source}: {msg}", source=source, errors=[{"loc": where, "msg": msg}]
        ) from None
    except yaml.YAMLError:
        raise PolicyError(
            f"{source}: invalid YAML",
            source=source,
            errors=[{"loc": "<root>", "msg": "invalid YAML"}],
        ) from None


def parse_text(text: str, *, fmt: str, source: str = "<text>") -> Any:
    """Parse policy text in ``fmt`` (``yaml``, ``json`` or ``toml``) into plain data."""
    if fmt == "yaml":
        return _parse_yaml(text, source)
    if fmt == "json":
        try:
            return json.loads(text, object_pairs_hook=_no_duplicates_json)
        except json.JSONDecodeError as exc:
            where = f"line {exc.lineno}, column {exc.colno}"
            msg = f"invalid JSON at {where}: {exc.msg}"
            raise PolicyError(
                f"{source}: {msg}", source=source, errors=[{"loc": where, "msg": msg}]
            ) from None
        except ValueError as exc:
            raise PolicyError(
                f"{source}: {exc}", source=source, errors=[{"loc": "<root>", "msg": str(exc)}]
            ) from None
    if fmt == "toml":
        try:
            return tomllib.loads(text)
        except tomllib.TOMLDecodeError as exc:
            msg = f"invalid TOML: {str(exc).split('(')[0].strip()}"
            raise PolicyError(
                f"{source}: {msg}", source=source, errors=[{"loc": "<root>", "msg": msg}]
            ) from None
    raise PolicyError(f"{source}: unknown policy format {fmt!r}", source=source)


_FORMATS = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".toml": "toml"}


def load_policy(path: str | os.PathLike[str]) -> Policy:
    """Load a policy file (YAML, JSON or TOML, chosen by the file extension).

    Args:
        path: the policy file.

    Returns:
        The validated, frozen policy.

    Raises:
        PolicyError: the file is missing, unreadable, not parseable, or invalid; the
            message lists every problem with its dotted location and never echoes values.
    """
    p = Path(path)
    source = str(p)
    fmt = _FORMATS.get(p.suffix.lower())
    if fmt is None:
        raise PolicyError(
            f"{source}: unknown policy file type (use .yaml, .yml, .json or .toml)", source=source
        )
    try:
        raw = p.read_bytes()
    except FileNotFoundError:
        raise PolicyError(f"{source}: policy file not found", source=source) from None
    except OSError as exc:
        raise PolicyError(
            f"{source}: cannot read policy file ({exc.strerror})", source=source
        ) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise PolicyError(f"{source}: policy file is not UTF-8 text", source=source) from None
    return validate(parse_text(text, fmt=fmt, source=source), source=source)


def json_schema() -> dict[str, Any]:
    """Return the JSON Schema of policy files (for editors and CI validation)."""
    from privkit.policy.model import Policy

    schema = Policy.model_json_schema(by_alias=True)
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema.setdefault("title", "privkit policy")
    return schema
