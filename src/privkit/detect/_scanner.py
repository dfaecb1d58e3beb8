"""The Scanner: runs pattern detectors and (optionally) spaCy NER, then resolves overlaps."""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
import threading
from collections import deque
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from privkit.detect import _ner
from privkit.detect._base import PatternDetector, ScanState, overlap_test, to_entity, with_tag
from privkit.detect._builtin import BUILTIN_DETECTORS, PhoneDetector
from privkit.detect._builtin.agent import QUOTE_NOT_APOSTROPHE
from privkit.detect._builtin.phone import DEFAULT_PHONE_REGIONS
from privkit.detect._prefilter import Prefilter, default_prefilter
from privkit.detect._shown import ShownMap, shown
from privkit.errors import ConfigError
from privkit.types import Detector, EntityType, Evidence, Finding, new_finding

if TYPE_CHECKING:
    from collections.abc import Generator, Iterable, Iterator, Sequence

__all__ = ["DEFAULT_ENTITIES", "PATTERN_ENTITIES", "Scanner", "scan"]

#: Entity types found by patterns alone (no NER model needed).
PATTERN_ENTITIES = frozenset(EntityType) - _ner.NER_ENTITIES
#: Entity types reported when ``entities=None``. ``DATE_TIME`` and ``DOMAIN_NAME`` are left
#: out on purpose: in logs, timestamps and host names dominate and they are not personal data
#: (ask for them explicitly). URLs with a scheme or ``www.`` are reported.
DEFAULT_ENTITIES = frozenset(EntityType) - {EntityType.DATE_TIME, EntityType.DOMAIN_NAME}

_PRODUCES: dict[type[PatternDetector], frozenset[EntityType]] = {
    cls: frozenset({cls.entity}) for cls in BUILTIN_DETECTORS
}


def _check_text(text: object) -> str:
    if isinstance(text, str):
        return text
    raise TypeError(f"scan() expects str, not {type(text).__name__}")


@dataclass(frozen=True)
class _Plan:
    entities: frozenset[EntityType]
    detectors: tuple[PatternDetector, ...]
    ner: frozenset[EntityType]
    extra: tuple[Detector, ...] = field(default=())


class Scanner:
    """Find personal data and persistent identifiers in text.

    The constructor only stores its arguments; the spaCy model loads in :meth:`load` or
    on the first scan that needs a name, location or organisation. Pattern-only scans
    (``entities`` without ``PERSON``/``LOCATION``/``ORGANIZATION``) never import spaCy.

    Args:
        entities: entity types to report (``EntityType`` or names); ``None`` means
            :data:`DEFAULT_ENTITIES` (everything except ``DATE_TIME``).
        model: spaCy model name, or a preference list of names (the first installed
            wins); ``None`` means :data:`DEFAULT_MODELS`.
        min_score: findings scoring below this are not reported.
        allow_list: values never reported (compared case-insensitively, each as it
            shows: without invisible characters, full-width forms as ASCII).
        detectors: extra detectors: a :class:`PatternDetector`, a :class:`DenyList`, or
            any callable ``text -> Iterable[Finding]``. They run before the built-ins and
            win ties.
        n_process: worker processes for :meth:`scan_many`.
        batch_size: texts per batch of :meth:`scan_many`. By default the model reads
            batches of 64 texts, and pattern-only scans join texts into batches of about
            64 KB (fewer calls per text; the findings do not depend on the batches).
        phone_regions: regions tried when parsing phone numbers without a ``+`` prefix.
        ner_score: score given to NER findings.
        prefilter: find the candidates of the costly expressions in one Hyperscan pass
            when the ``hyperscan`` module is installed (``privkit-pii[fast]``); the findings
            are the same either way.

    Memos: the detectors remember verdicts on values that repeat (an address on every log
    line, the words around a key), up to a few thousand of each, for as long as the scanner
    lives; :meth:`forget` drops them. The shared scanners behind :func:`privkit.scan`,
    :func:`privkit.protect` and :func:`privkit.classify` forget at the end of every call.

    >>> scanner = Scanner(entities=["EMAIL_ADDRESS", "IP_ADDRESS"])
    >>> [(f.entity_type.value, f.start, f.end) for f in scanner.scan("a@example.com from 10.0.0.1")]
    [('EMAIL_ADDRESS', 0, 13), ('IP_ADDRESS', 19, 27)]
    """

    # Whether every scan ends with :meth:`forget` (see :func:`forgetful_scanner`).
    _forgets = False

    def __init__(
        self,
        *,
        entities: Iterable[EntityType | str] | None = None,
        model: str | Sequence[str] | None = None,
        min_score: float = 0.5,
        allow_list: Iterable[str] = (),
        detectors: Iterable[Detector] = (),
        n_process: int = 1,
        batch_size: int | None = None,
        phone_regions: Sequence[str] = DEFAULT_PHONE_REGIONS,
        ner_score: float = 0.85,
        prefilter: bool = True,
    ) -> None:
        self.entities = None if entities is None else _entities(entities)
        self.model = model
        self.min_score = _score(min_score, "min_score")
        if isinstance(allow_list, str):
            raise ConfigError("allow_list must be a collection of strings, not one string")
        self.allow_list = tuple(allow_list)
        self.detectors = tuple(detectors)
        for d in self.detectors:
            if not callable(d):
                raise ConfigError(f"detector {type(d).__name__} is not callable")
        self.n_process = _positive(n_process, "n_process")
        self.batch_size = None if batch_size is None else _positive(batch_size, "batch_size")
        self.phone_regions = tuple(phone_regions)
        self.ner_score = _score(ner_score, "ner_score")
        if not isinstance(prefilter, bool):
            raise ConfigError("prefilter must be True or False")
        self.prefilter = prefilter
        self._nlp: Any = None
        self._plans: dict[frozenset[EntityType], _Plan] = {}
        self._lock = threading.Lock()

    def __repr__(self) -> str:
        ents = "None" if self.entities is None else sorted(e.value for e in self.entities)
        return f"Scanner(entities={ents}, model={self.model!r}, min_score={self.min_score})"

    # -- pickling: Spark broadcasts a scanner; the model reloads lazily on the worker.
    def __getstate__(self) -> dict[str, Any]:
        state = self.__dict__.copy()
        state["_nlp"] = None
        state["_plans"] = {}
        del state["_lock"]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        self.__dict__.update(state)
        self._lock = threading.Lock()

    # -- loading
    def load(self) -> Scanner:
        """Load the NER model now if the configured entities need it; return ``self``.

        Raises:
            MissingDependencyError: spaCy or every candidate model is missing.
        """
        if self._plan(None).ner:
            self._model()
        return self

    @property
    def model_name(self) -> str:
        """The spaCy model that is (or would be) used.

        Raises:
            MissingDependencyError: no candidate model is installed.
        """
        return _ner.find_model(self.model)

    def _model(self) -> Any:
        if self._nlp is None:
            with self._lock:
                if self._nlp is None:
                    self._nlp = _ner.load_model(self.model)
        return self._nlp

    def _prefilter(self) -> Prefilter | None:
        return default_prefilter() if self.prefilter else None

    def _plan(self, entities: Iterable[EntityType | str] | None) -> _Plan:
        if entities is None:
            wanted = DEFAULT_ENTITIES if self.entities is None else self.entities
        else:
            wanted = _entities(entities)
        plan = self._plans.get(wanted)
        if plan is None:
            dets: list[PatternDetector] = []
            for cls in BUILTIN_DETECTORS:
                if _PRODUCES[cls] & wanted:
                    det = (
                        PhoneDetector(regions=self.phone_regions) if cls is PhoneDetector else cls()
                    )
                    dets.append(det)
            plan = _Plan(wanted, tuple(dets), wanted & _ner.NER_ENTITIES, self.detectors)
            self._plans[wanted] = plan
        return plan

    def forget(self) -> None:
        """Drop every value the detectors memoised from the texts read so far.

        The memos are caches: findings never depend on them, and a scan running meanwhile
        in another thread only reads its values again. A scanner kept for the life of a
        service can call this between jobs (a pickled scanner carries no memo).

        >>> s = Scanner(entities=["EMAIL_ADDRESS"])
        >>> [f.entity_type.value for f in s.scan("mail jane@example.com")]
        ['EMAIL_ADDRESS']
        >>> s.forget()
        >>> [f.entity_type.value for f in s.scan("mail jane@example.com")]
        ['EMAIL_ADDRESS']
        """
        for plan in tuple(self._plans.values()):
            for det in plan.detectors:
                if det.__dict__:  # (most hold nothing: no call for them)
                    det.forget()
        for extra in self.detectors:
            forget = getattr(extra, "forget", None)
            if callable(forget):
                forget()

    # -- scanning
    def scan(
        self,
        text: str,
        *,
        entities: Iterable[EntityType | str] | None = None,
        min_score: float | None = None,
    ) -> list[Finding]:
        """Return the findings in ``text``, sorted by start, overlaps resolved.

        Args:
            text: the text to scan.
            entities: override the scanner's entity types for this call.
            min_score: override the scanner's threshold for this call.

        Raises:
            TypeError: ``text`` is not a ``str``.
            MissingDependencyError: a NER entity is requested and spaCy or the model is
                missing.
        """
        if self._forgets:
            try:
                return self._scan(text, entities, min_score)
            finally:
                self.forget()
        return self._scan(text, entities, min_score)

    def _scan(
        self, text: str, entities: Iterable[EntityType | str] | None, min_score: float | None
    ) -> list[Finding]:
        text = _check_text(text)
        read, back = shown(text)
        if back is not None:
            return back.back(self._scan_shown(read, entities, min_score))
        return self._scan_shown(read, entities, min_score)

    def _scan_shown(
        self, text: str, entities: Iterable[EntityType | str] | None, min_score: float | None
    ) -> list[Finding]:
        """``_scan`` of a text as it shows (:func:`~privkit.detect._shown.shown`)."""
        plan = self._plan(entities)
        threshold = self.min_score if min_score is None else _score(min_score, "min_score")
        if not text:
            return []
        found = self._patterns(text, plan, prune=True)
        ner: list[Finding] = []
        if plan.ner:
            kept = self._resolve(text, found.all, plan, threshold)
            if found.relied and not _holds(found.relied, kept):
                found = self._unpruned(text, plan, found)
                kept = self._resolve(text, found.all, plan, threshold)
            ner = _ner.text_findings(self._model(), text, score=self.ner_score, kept=kept)
        out = self._resolve(text, found.all + ner, plan, threshold)
        if found.relied and not _holds(found.relied, out):
            found = self._unpruned(text, plan, found)
            out = self._resolve(text, found.all + ner, plan, threshold)
        return out

    def scan_many(
        self,
        texts: Iterable[str],
        *,
        entities: Iterable[EntityType | str] | None = None,
        min_score: float | None = None,
        batch_size: int | None = None,
        n_process: int | None = None,
        max_chars: int | None = None,
    ) -> Iterator[list[Finding]]:
        """Yield the findings of each text in order, streaming (spaCy ``nlp.pipe`` batches).

        Args:
            texts: any iterable of strings; consumed lazily.
            entities: override the scanner's entity types.
            min_score: override the scanner's threshold.
            batch_size: texts per batch (default: the scanner's).
            n_process: worker processes (default: the scanner's): a process pool over
                batches, each scanned as one process scans it (the same findings).
                Worth it for megabytes of text on idle cores.
            max_chars: scan only the first ``max_chars`` characters of each text (findings
                then cover that prefix only). For sampling, such as classifying a column
                from its values, where one huge value must not stall the sample; never
                use it where text is protected.

        Raises:
            TypeError: an item is not a ``str`` (raised when that item is reached).
        """
        found = self._scan_many(
            texts, entities=entities, min_score=min_score, batch_size=batch_size,
            n_process=n_process, max_chars=max_chars,
        )  # fmt: skip
        return self._forgetting(found) if self._forgets else found

    def _forgetting(self, found: Generator[list[Finding], None, None]) -> Iterator[list[Finding]]:
        """``found``, then :meth:`forget` (also when the consumer stops or an item fails)."""
        try:
            yield from found
        finally:
            found.close()  # (its own clean-up first: a process pool is shut down)
            self.forget()

    def _scan_many(
        self,
        texts: Iterable[str],
        *,
        entities: Iterable[EntityType | str] | None,
        min_score: float | None,
        batch_size: int | None,
        n_process: int | None,
        max_chars: int | None,
    ) -> Generator[list[Finding], None, None]:
        plan = self._plan(entities)
        threshold = self.min_score if min_score is None else _score(min_score, "min_score")
        bs = self.batch_size if batch_size is None else _positive(batch_size, "batch_size")
        # (None: the model's batches of _MODEL_BATCH texts, pattern joins of _JOIN_CHARS)
        nproc = self.n_process if n_process is None else _positive(n_process, "n_process")
        cap = None if max_chars is None else _positive(max_chars, "max_chars")
        if cap is not None:
            texts = (t[:cap] if isinstance(t, str) else t for t in texts)
        maps: deque[ShownMap | None] = deque()
        for found in self._scan_many_shown(_shown_many(texts, maps), plan, threshold, bs, nproc):
            back = maps.popleft()
            yield found if back is None else back.back(found)

    def _scan_many_shown(
        self, texts: Iterable[str], plan: _Plan, threshold: float, bs: int | None, nproc: int
    ) -> Generator[list[Finding], None, None]:
        """``_scan_many`` of texts as they show (:func:`_shown_many`)."""
        if nproc > 1:
            # Texts per worker batch: about 1 MB for patterns alone, a few hundred texts
            # (under a second of the model's time each) when the model reads them.
            per_batch = max(bs or _MODEL_BATCH, 1 << 9 if plan.ner else 1 << 14)
            yield from self._pool_many(texts, plan.entities, threshold, per_batch, nproc)
            return
        if not plan.ner:
            batches = _batched(texts, bs) if bs else _batched(texts, None, _JOIN_CHARS)
            for batch in batches:
                yield from self._finish_many(batch, plan, threshold)
            return
        yield from self._ner_many(texts, plan, threshold, bs or _MODEL_BATCH)

    def _ner_many(
        self, texts: Iterable[str], plan: _Plan, threshold: float, bs: int
    ) -> Iterator[list[Finding]]:
        nlp = self._model()
        pending: deque[_Pending] = deque()
        done: list[_Pending] = []
        reuse = _ner.Reuse(functools.partial(_ner.read_one, nlp))

        def feed() -> Iterator[tuple[str, tuple[int, str, str, str | None]]]:
            # The pattern detectors run first, over a batch of texts joined: the model
            # then skips the long identifiers they found (``_ner.blank_spans``).
            for batch in _batched(texts, bs):
                for t, found in zip(batch, self._patterns_many(batch, plan), strict=True):
                    pieces = _ner.chunks(t)
                    pending.append(_Pending(t, len(pieces), found))
                    pending[-1].found.extend(_ner.context_findings(t, 0, score=self.ner_score))
                    kept = self._resolve(t, found, plan, threshold) if pieces else []
                    for offset, piece in pieces:
                        # (as in scan(): one answer on both paths)
                        prepared, noisy = _ner.prepared(piece)
                        blank = _ner.blank_spans(t, kept, start=offset, end=offset + len(piece))
                        model, key = reuse.ask(_ner.model_text(prepared, blank, noisy=noisy))
                        yield model, (offset, prepared, piece, key)

        def flush() -> list[list[Finding]]:
            out = [
                self._resolve(d.text, d.patterns + d.found, plan, threshold) if d.text else []
                for d in done
            ]
            done.clear()
            return out

        for doc, (offset, prepared, piece, key) in _ner.pipe(nlp, feed(), batch_size=bs):
            while pending[0].remaining == 0:
                done.append(pending.popleft())
            head = pending[0]
            read = reuse.answer(doc, key)
            if read is not None:
                head.found.extend(
                    _ner.ner_findings(
                        read, offset, score=self.ner_score, text=prepared, written=piece
                    )
                )
            head.remaining -= 1
            if len(done) >= bs:
                yield from flush()
        done.extend(pending)
        pending.clear()
        yield from flush()

    def _pool_many(
        self,
        texts: Iterable[str],
        entities: frozenset[EntityType],
        threshold: float,
        batch_size: int,
        n_process: int,
    ) -> Iterator[list[Finding]]:
        """``scan_many`` over worker processes, results in input order.

        Batches of ``batch_size`` texts, at most about 1 MB: large enough that pickling
        texts and findings is cheap next to scanning them, small enough to keep memory
        bounded. Each worker scans its batch with ``n_process=1``.
        """
        import concurrent.futures

        batches = _batched(texts, batch_size)
        window: deque[concurrent.futures.Future[list[list[_Flat]]]] = deque()
        with concurrent.futures.ProcessPoolExecutor(
            max_workers=n_process, initializer=_pool_init, initargs=(self,)
        ) as pool:
            try:
                for batch in batches:
                    window.append(pool.submit(_pool_scan, batch, entities, threshold))
                    while len(window) > 2 * n_process:
                        yield from _unflatten(window.popleft().result())
            except TypeError:  # a bad item: deliver everything before it, then raise
                while window:
                    yield from _unflatten(window.popleft().result())
                raise
            while window:
                yield from _unflatten(window.popleft().result())

    def _finish_many(self, texts: list[str], plan: _Plan, threshold: float) -> list[list[Finding]]:
        """Pattern-only findings of a batch of texts (``_ner_many`` does the NER path)."""
        if len(texts) > 1:
            return self._joined_many(texts, plan, threshold)
        found = self._patterns_many(texts, plan)
        return [
            self._resolve(t, f, plan, threshold) if t else []
            for t, f in zip(texts, found, strict=True)
        ]

    def _join(
        self, texts: list[str], plan: _Plan, *, prune: bool = False
    ) -> tuple[str, list[int], _Found]:
        """Join ``texts`` and run the pattern detectors over the whole once.

        Texts are joined with a separator no pattern matches across (a newline, NUL,
        newline: context windows stop at newlines too); this removes the per-call overhead
        of each detector. Returns the joined text, each text's start in it, and the findings
        (extra detectors' first, moved to joined offsets) that lie within one text, with
        those pruning relied on (see ``ScanState.prune``).
        """
        starts: list[int] = []
        pos = 0
        for t in texts:
            starts.append(pos)
            pos += len(t) + len(_JOIN)
        extras: list[Finding] = []
        if plan.extra:
            for t, base in zip(texts, starts, strict=True):
                for extra in plan.extra:
                    extras.extend(_moved(f, base) for f in extra(t))
        joined = _JOIN.join(texts)
        ends = [b + len(t) for b, t in zip(starts, texts, strict=True)]
        state = ScanState(joined, prefilter=self._prefilter(), prune=prune)
        return joined, starts, _Found.of(extras, plan, state, starts, ends)

    def _joined_many(self, texts: list[str], plan: _Plan, threshold: float) -> list[list[Finding]]:
        """Pattern-only findings of many texts: one scan and one resolution of the join.

        No finding crosses a separator, so overlaps never join two texts and resolving
        the whole equals resolving each text (extra detectors' findings still come first
        within each text). Only the findings kept are moved back to each text's offsets.
        """
        joined, starts, found = self._join(texts, plan, prune=True)
        kept = self._resolve(joined, found.all, plan, threshold)
        if found.relied and not _holds(found.relied, kept):
            # a pruned candidate may count: the detectors that pruned read the join again
            found = self._unpruned(joined, plan, found)
            kept = self._resolve(joined, found.all, plan, threshold)
        out: list[list[Finding]] = [[] for _ in texts]
        i, last = 0, len(texts) - 1
        for f in kept:  # sorted by start
            while i < last and starts[i + 1] <= f.start:
                i += 1
            out[i].append(_moved(f, -starts[i]))
        return out

    def _patterns_many(self, texts: list[str], plan: _Plan) -> list[list[Finding]]:
        """The pattern detectors' findings in each of ``texts``, scanned as one join."""
        if len(texts) <= 1:
            return [self._patterns(t, plan).all if t else [] for t in texts]
        _joined, starts, found = self._join(texts, plan)
        out: list[list[Finding]] = [[] for _ in texts]
        for f in found.all:
            i = bisect.bisect_right(starts, f.start) - 1
            out[i].append(_moved(f, -starts[i]))
        return out

    def _patterns(self, text: str, plan: _Plan, *, prune: bool = False) -> _Found:
        """The pattern detectors' findings in ``text``, and those pruning relied on."""
        extras: list[Finding] = []
        for extra in plan.extra:
            extras.extend(extra(text))
        state = ScanState(text, prefilter=self._prefilter(), prune=prune)
        return _Found.of(extras, plan, state)

    def _unpruned(self, text: str, plan: _Plan, found: _Found) -> _Found:
        """``found`` with the findings of the detectors that pruned read again without pruning.

        Only a detector that skipped a candidate (one of its findings is in ``relied``) can
        find more unpruned; the others' findings are kept as they are, in their order. (On
        one long text, reading every detector again doubled the cost of a scan.)
        """
        pruned = {f.detector for f in found.relied.values()}
        state = ScanState(text, prefilter=self._prefilter())
        parts = [
            part if det.name not in pruned else found.read(det, state)
            for det, part in zip(plan.detectors, found.parts, strict=True)
        ]
        return _Found(found.extras, parts, {}, found.starts, found.ends)

    def _resolve(
        self, text: str, found: list[Finding], plan: _Plan, threshold: float
    ) -> list[Finding]:
        allow = _allowed(self.allow_list)
        n = len(text)
        # (start, -end, index, finding): sorted by C tuple comparison (indexes are unique).
        kept = [
            (f.start, -f.end, i, f)
            for i, f in enumerate(found)
            if f.score >= threshold
            and f.entity_type in plan.entities
            and 0 <= f.start < f.end <= n
            and not (allow and text[f.start : f.end].casefold() in allow)
        ]
        kept.sort()
        out: list[Finding] = []
        cluster: list[tuple[int, int, int, Finding]] = []
        cluster_end = -1
        for item in kept:
            start, end = item[0], -item[1]
            if cluster and start >= cluster_end:
                if len(cluster) == 1:
                    out.append(cluster[0][3])  # no overlap, the usual case
                else:
                    out.extend(_pick(_agents_with_contacts(cluster, text)))
                cluster = [item]
                cluster_end = end
            else:
                cluster.append(item)
                cluster_end = max(cluster_end, end)
        if cluster:
            out.extend(_pick(_agents_with_contacts(cluster, text)))
        # Clusters are disjoint and in order, and _pick sorts its own: ``out`` is sorted.
        return _join_locations(text, out) if plan.ner else out


_WORKER: Scanner | None = None


def _pool_init(scanner: Scanner) -> None:
    global _WORKER  # noqa: PLW0603 - one scanner per worker process
    _WORKER = scanner


# A finding as plain values, cheap to pickle between processes (a dataclass pickles through
# its state dict): entity value, start, end, score, detector, evidence fields, field.
_Flat = tuple[
    str, int, int, float, str, tuple[str, str, tuple[str, ...], tuple[str, ...]], "str | None"
]


def _pool_scan(
    texts: list[str], entities: frozenset[EntityType], threshold: float
) -> list[list[_Flat]]:
    assert _WORKER is not None  # noqa: S101 - set by _pool_init
    return [
        [
            (
                f.entity_type.value,
                f.start,
                f.end,
                f.score,
                f.detector,
                (f.evidence.pattern, f.evidence.checksum, f.evidence.context, f.evidence.tags),
                f.field,
            )
            for f in found
        ]
        for found in _WORKER.scan_many(texts, entities=entities, min_score=threshold, n_process=1)
    ]


def _unflatten(batch: list[list[_Flat]]) -> Iterator[list[Finding]]:
    """Rebuild the findings :func:`_pool_scan` flattened (evidence objects shared)."""
    evidence: dict[tuple[str, str, tuple[str, ...], tuple[str, ...]], Evidence] = {}
    for flat in batch:
        out = []
        for entity, start, end, score, detector, ev, fld in flat:
            e = evidence.get(ev)
            if e is None:
                e = evidence[ev] = Evidence(*ev)
            out.append(new_finding(EntityType(entity), start, end, score, detector, e, fld))
        yield out


_JOIN = "\n\x00\n"


def _moved(f: Finding, by: int) -> Finding:
    """``f`` with its offsets moved by ``by``."""
    if not by:
        return f
    return new_finding(
        f.entity_type, f.start + by, f.end + by, f.score, f.detector, f.evidence, f.field
    )


@functools.lru_cache(maxsize=16)
def _allowed(values: tuple[str, ...]) -> frozenset[str]:
    """An allow list as :meth:`Scanner._resolve` compares it, read once per list (not per text).

    The findings' text is the text as it shows (:func:`shown`): so are the values allowed.
    """
    return frozenset(shown(v)[0].casefold() for v in values)


def _shown_many(texts: Iterable[str], maps: deque[ShownMap | None]) -> Iterator[str]:
    """Each of ``texts`` as :func:`shown` gives it, its map appended to ``maps``.

    An item that is not a string passes unchanged (the scan raises on it, in its place).
    """
    for item in texts:
        given: object = item  # (a caller's list may hold anything)
        if isinstance(given, str):
            text, m = shown(given)
            maps.append(m)
            yield text
        else:
            yield item


_BATCH_CHARS = 1 << 20
#: Texts the model reads per batch when the caller sets no ``batch_size``.
_MODEL_BATCH = 64
#: Characters per joined batch of a pattern-only ``scan_many`` that sets no ``batch_size``.
#: Each detector has a cost per batch, and a pattern whose literal occurs anywhere in a
#: batch reads all of it: 64 KB gave the most text per CPU-second on the real logs and the
#: generated corpus (16 KB to 256 KB tried; 64 texts made 16 KB of log lines).
_JOIN_CHARS = 1 << 16


def _batched(
    texts: Iterable[str], size: int | None, most: int = _BATCH_CHARS
) -> Iterator[list[str]]:
    """Group checked texts in lists of up to ``size`` items and about ``most`` characters.

    ``size`` ``None`` sets no number of items; the text that reaches ``most`` ends its batch.
    """
    batch: list[str] = []
    chars = 0
    for item in texts:
        given: object = item
        if not isinstance(given, str):
            if batch:
                yield batch  # everything before the bad item is still delivered
            _check_text(given)
        text = _check_text(given)
        batch.append(text)
        chars += len(text)
        if (size is not None and len(batch) >= size) or chars >= most:
            yield batch
            batch, chars = [], 0
    if batch:
        yield batch


class _Pending:
    """A text of ``scan_many`` waiting for the model: its pattern findings, then its NER's."""

    __slots__ = ("found", "patterns", "remaining", "text")

    def __init__(self, text: str, remaining: int, patterns: list[Finding]) -> None:
        self.text = text
        self.remaining = remaining
        self.patterns = patterns
        self.found: list[Finding] = []


class _Found:
    """The pattern detectors' findings of one reading, each detector's apart, in plan order.

    ``extras`` are the extra detectors' findings (they come first), ``relied`` the findings
    pruning relied on (see ``ScanState.prune``); ``starts`` and ``ends`` bound the texts of a
    join (``None`` for one text).
    """

    __slots__ = ("ends", "extras", "parts", "relied", "starts")

    def __init__(
        self,
        extras: list[Finding],
        parts: list[list[Finding]],
        relied: dict[int, Finding],
        starts: list[int] | None = None,
        ends: list[int] | None = None,
    ) -> None:
        self.extras = extras
        self.parts = parts
        self.relied = relied
        self.starts = starts
        self.ends = ends

    @classmethod
    def of(
        cls,
        extras: list[Finding],
        plan: _Plan,
        state: ScanState,
        starts: list[int] | None = None,
        ends: list[int] | None = None,
    ) -> _Found:
        """Run ``plan``'s detectors over ``state`` (of a join, with its texts' bounds)."""
        out = cls(extras, [], state.relied, starts, ends)
        out.parts = [out.read(det, state) for det in plan.detectors]
        return out

    def read(self, det: PatternDetector, state: ScanState) -> list[Finding]:
        """``det``'s findings in ``state`` (none where its quick reject finds nothing)."""
        needs = det.needs
        if needs is not None and not state.holds(needs):
            return []
        return self.within(det.find(state))

    def within(self, found: Iterable[Finding]) -> list[Finding]:
        """The findings that lie within one text of a join (all, for one text)."""
        starts, ends = self.starts, self.ends
        if starts is None or ends is None:
            return list(found)
        out = []
        for f in found:
            i = bisect.bisect_right(starts, f.start) - 1
            if f.end <= ends[i]:
                out.append(f)
        return out

    @property
    def all(self) -> list[Finding]:
        """Every finding: the extras', then each detector's in plan order."""
        return [*self.extras, *itertools.chain.from_iterable(self.parts)]


def _holds(relied: dict[int, Finding], kept: list[Finding]) -> bool:
    """Whether every finding pruning relied on was kept (so no pruned candidate counts).

    A pruned candidate lies inside a finding that outranks it; while that finding is
    kept, overlap resolution would have dropped the candidate anyway.
    """
    ids = {id(f) for f in kept}
    return all(i in ids for i in relied)


def _join_locations(text: str, found: list[Finding]) -> list[Finding]:
    """Join location pieces separated by one space ("221 Baker Street" + "London")."""
    out: list[Finding] = []
    for f in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev.entity_type is f.entity_type is EntityType.LOCATION
            and text[prev.end : f.start] == " "
        ):
            score = max(prev.score, f.score)
            out[-1] = Finding(
                prev.entity_type, prev.start, f.end, score, prev.detector, prev.evidence
            )
        else:
            out.append(f)
    return out


def _pick(cluster: list[tuple[int, int, int, Finding]]) -> list[Finding]:
    """Choose non-overlapping findings of one overlap cluster: best score, then longest.

    ``cluster`` holds ``(start, -end, index, finding)``; ties go to the earlier index. A URL
    that loses to findings inside it keeps its other characters (:func:`_url_remnants`).
    """
    chosen = _pick_best(cluster)
    if len(chosen) < len(cluster) and any(it[3].entity_type is EntityType.URL for it in cluster):
        return _url_remnants(cluster, chosen)
    return chosen


def _url_remnants(
    cluster: list[tuple[int, int, int, Finding]], chosen: list[Finding]
) -> list[Finding]:
    """Add the uncovered pieces of each URL that lost to findings lying inside it.

    ``http://admin:secret@10.0.0.5/`` gives an IP address (scored higher) inside a URL: the
    address wins, and the URL's other characters -- a password here -- would be left in
    clear. They are reported as URL findings (tag ``remainder``), so the resolution never
    uncovers what a dropped URL covered. A URL that a chosen finding crosses (starts before
    it or ends after it) is left as resolved.
    """
    kept = set(map(id, chosen))
    out = list(chosen)
    for *_, url in cluster:
        if url.entity_type is not EntityType.URL or id(url) in kept:
            continue
        inner = [c for c in chosen if c.start < url.end and url.start < c.end]
        if not inner or any(c.start < url.start or c.end > url.end for c in inner):
            continue
        evidence = with_tag(url.evidence, "remainder")
        pos = url.start
        for c in sorted(inner, key=_BY_SPAN):
            if c.start - pos >= 2:  # noqa: PLR2004 - a lone separator is no remainder
                out.append(
                    Finding(url.entity_type, pos, c.start, url.score, url.detector, evidence)
                )
            pos = max(pos, c.end)
        if url.end - pos >= 2:  # noqa: PLR2004
            out.append(Finding(url.entity_type, pos, url.end, url.score, url.detector, evidence))
        kept.add(id(url))
    out.sort(key=_BY_SPAN)
    return out


def _pick_best(cluster: list[tuple[int, int, int, Finding]]) -> list[Finding]:
    """:func:`_pick` without the URL remnants."""
    if len(cluster) == 1:
        return [cluster[0][3]]
    cluster = _without_inner_names(cluster)
    if len(cluster) == 1:
        return [cluster[0][3]]
    if len(cluster) == 2:  # noqa: PLR2004 - the second starts inside the first: one wins
        (s0, e0, i0, a), (s1, e1, i1, b) = cluster
        return [a if (-a.score, s0 + e0, i0) < (-b.score, s1 + e1, i1) else b]
    # (-score, -length, index, finding): best first, by C tuple comparison.
    ranked = sorted([(-it[3].score, it[0] + it[1], it[2], it[3]) for it in cluster])
    chosen: list[Finding] = []
    if len(cluster) <= _SMALL_CLUSTER:
        for *_, f in ranked:
            if all(f.end <= c.start or f.start >= c.end for c in chosen):
                chosen.append(f)
        chosen.sort(key=_BY_SPAN)
        return chosen
    # A large cluster ("a@b.coa@b.co..." is one chain of overlaps): mark the characters
    # the chosen findings cover and test each candidate with one C-level byte search over
    # its own span. Chosen findings are disjoint, so marking costs at most the cluster's
    # length, and the findings of one pattern do not overlap, so the searches add up to a
    # few passes over it: linear instead of quadratic.
    base = min(it[0] for it in cluster)
    covered = bytearray(max(-it[1] for it in cluster) - base)
    for *_, f in ranked:
        s, e = f.start - base, f.end - base
        if covered.find(1, s, e) < 0:
            covered[s:e] = _ONES[: e - s] if e - s <= len(_ONES) else b"\x01" * (e - s)
            chosen.append(f)
    chosen.sort(key=_BY_SPAN)
    return chosen


#: Identifiers a model's name cannot be part of: a URL, an e-mail address or a domain name
#: holds words the model reads as a name ("www.foobar" as a person), but the name is a piece
#: of the identifier, and reporting only that piece would leave the rest of it in clear.
_WHOLE = frozenset({EntityType.URL, EntityType.EMAIL_ADDRESS, EntityType.DOMAIN_NAME})


def _without_inner_names(
    cluster: list[tuple[int, int, int, Finding]],
) -> list[tuple[int, int, int, Finding]]:
    """Drop the model's findings that lie inside a URL, e-mail or domain finding."""
    outer = [it[3] for it in cluster if it[3].detector != "ner" and it[3].entity_type in _WHOLE]
    if not outer:
        return cluster
    return [
        it
        for it in cluster
        if it[3].detector != "ner"
        or not any(o.start <= it[3].start and it[3].end <= o.end for o in outer)
    ]


_AGENTS_READ = 4
# Patterns whose user agent is a field's whole value (a ``User-Agent`` header line or object,
# a W3C log's agent column, an access log's quoted agent field): whatever the value holds is
# what the client sends as its agent (issue 10 class 5; docs/benchmarks.md, "Cookie ids and
# agents in real traffic (ninth set)").
_WHOLE_FIELD = frozenset({"ua_header", "header_object", "w3c_field", "clf_agent", "lb_agent"})


def _versions_in_agents(
    cluster: list[tuple[int, int, int, Finding]],
    agents: list[tuple[int, int, int, Finding]],
    text: str,
) -> list[tuple[int, int, int, Finding]]:
    """Drop the dotted quads that are a product's version inside a field's whole agent.

    ``newspaper/0.1.0.7`` and ``rv:1.9.0.17`` write a four-part version right after the
    product's ``/`` or Gecko's ``rv:``; inside an agent that is a header's whole value
    (:data:`_WHOLE_FIELD`) such a quad is the version, not an address (scored higher, the
    address won the overlap and the agent was lost). A quad anywhere else in the agent stays
    an address.
    """
    whole = [a[3] for a in agents[:_AGENTS_READ] if a[3].evidence.pattern in _WHOLE_FIELD]
    if not whole:
        return cluster
    drop = set()
    for it in cluster:
        f = it[3]
        if f.entity_type is not EntityType.IP_ADDRESS or not any(
            a.start < f.start and f.end <= a.end for a in whole
        ):
            continue
        if text[f.start - 1 : f.start] == "/" or text[max(0, f.start - 3) : f.start] == "rv:":
            drop.add(it[2])
    return [it for it in cluster if it[2] not in drop] if drop else cluster


# A field's "=" or a quote ends an agent's comment; an apostrophe between letters is prose
# ("How's my crawling? mailto:...").
_COMMENT_STOP = re.compile('[="]|' + QUOTE_NOT_APOSTROPHE)


def _agents_with_contacts(
    cluster: list[tuple[int, int, int, Finding]], text: str
) -> list[tuple[int, int, int, Finding]]:
    """Keep a user agent whole over the contact e-mail address written inside it.

    A crawler's agent string names its operator's contact (``SeznamBot/3.2
    (+http://napoveda.seznam.cz; admin@seznam.cz)``): the address is part of the string the
    client sends with every request, so the agent is reported whole, as ``USER_AGENT``
    tagged ``contact_email``, and the address inside it is not reported again. The address
    must sit in the agent's comment, the way agents write a contact: after its ``(``, with
    no ``=`` or quote between the agent's start and the address (in an unquoted
    ``user_agent=curl/8 email=jo@example.com`` run the address stays an address). Without
    this rule the address (scored higher) won the overlap and the rest of the agent was left
    in clear or reported in pieces. The characters stay covered either way; a policy that
    keeps user agents keeps such an address too (docs/benchmarks.md, "Request, event and
    appliance ids").
    """
    agents = [it for it in cluster if it[3].entity_type is EntityType.USER_AGENT]
    if not agents:
        return cluster
    cluster = _versions_in_agents(cluster, agents, text)
    emails = [it for it in cluster if it[3].entity_type is EntityType.EMAIL_ADDRESS]
    if not emails:
        return cluster
    # The agents over an address (found by the addresses' starts, in the cluster's order, and
    # the furthest end among them), the longest few of them only, so a hostile cluster stays
    # linear. (Chosen among all agents, the few could be others, more or fewer as pruning
    # left candidates out, and the tag then came and went with pruning.)
    emails.sort()
    over_address = overlap_test((it[3].start, it[3].end) for it in emails)
    agents = [a for a in agents if over_address(a[3].start, a[3].end)]
    # each agent's comment: from its first "(" to its first "=" or quote (one pass over it)
    agents.sort(key=lambda it: it[3].start - it[3].end)
    inside: set[int] = set()
    tagged: dict[int, Finding] = {}
    for a in agents[:_AGENTS_READ]:
        ua = a[3]
        over = [it for it in emails if it[3].start < ua.end and ua.start < it[3].end]
        paren = text.find("(", ua.start, ua.end)
        if paren < 0 and ua.evidence.pattern in _WHOLE_FIELD:
            paren = ua.start - 1  # a header's whole value: the agent is all comment
        if paren < 0:
            continue
        quote = _COMMENT_STOP.search(text, ua.start, ua.end)
        until = quote.start() if quote else ua.end
        if any(
            not (paren < f.start and f.end <= ua.end and f.start <= until)
            for f in (it[3] for it in over)
        ):
            continue  # an address outside the comment: the agent may lose to it, keep all
        inside.update(it[2] for it in over)
        ev = ua.evidence
        evidence = ev if "contact_email" in ev.tags else with_tag(ev, "contact_email")
        tagged[a[2]] = Finding(ua.entity_type, ua.start, ua.end, ua.score, ua.detector,
                               evidence, ua.field)  # fmt: skip
    if not inside:
        return cluster
    return [
        (it[0], it[1], it[2], tagged.get(it[2], it[3])) for it in cluster if it[2] not in inside
    ]


_SMALL_CLUSTER = 8
_BY_SPAN = operator.attrgetter("start", "end")
_ONES = b"\x01" * 4096


def _entities(entities: Iterable[EntityType | str]) -> frozenset[EntityType]:
    if isinstance(entities, (str, EntityType)):
        entities = (entities,)
    out = frozenset(to_entity(e) for e in entities)
    if not out:
        raise ConfigError("entities must not be empty")
    return out


def _score(value: float, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 1:
        raise ConfigError(f"{name} must be a number in [0, 1]")
    return float(value)


def _positive(value: int, name: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ConfigError(f"{name} must be a positive integer")
    return value


def forgetful_scanner(**settings: Any) -> Scanner:
    """A :class:`Scanner` that forgets what it read at the end of every call.

    For the scanners held in module state (shared by every caller) and by objects that
    promise to keep nothing (a logging filter without a cache): held so, a scanner lives
    as long as the process, and its detectors' memos (addresses, the words around values)
    with it, whoever's data it read. This one ends each :meth:`~Scanner.scan` and each
    :meth:`~Scanner.scan_many` (when its stream ends, is closed or fails) with
    :meth:`~Scanner.forget`: memos then serve one call only. ``settings`` are
    :class:`Scanner`'s.
    """
    scanner = Scanner(**settings)
    scanner._forgets = True  # noqa: SLF001 - the class's own switch
    return scanner


_DEFAULT: Scanner | None = None
_DEFAULT_LOCK = threading.Lock()


def default_scanner() -> Scanner:
    """Return the shared default :class:`Scanner` (created on first use; it forgets per call)."""
    global _DEFAULT  # noqa: PLW0603 - one lazily built default, like logging's root logger
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                _DEFAULT = forgetful_scanner()
    return _DEFAULT


def scan(
    text: str,
    *,
    entities: Iterable[EntityType | str] | None = None,
    min_score: float = 0.5,
) -> list[Finding]:
    """Return the findings in ``text`` using a shared default :class:`Scanner`.

    The shared scanner forgets what it read when the call returns (its detectors' memos:
    see :meth:`Scanner.forget`). To scan many texts, hold a :class:`Scanner` of your own
    (its memos then serve every call) or pass them to :meth:`Scanner.scan_many`.

    Args:
        text: the text to scan.
        entities: entity types to report; ``None`` means every default entity, which
            includes the NER entities (and so needs the ``ner`` extra).
        min_score: findings scoring below this are not reported.

    Raises:
        TypeError: ``text`` is not a ``str``.
        MissingDependencyError: a NER entity is requested and spaCy or a model is missing.

    >>> found = scan("from 192.168.1.20", entities=["IP_ADDRESS"])
    >>> [(f.entity_type.value, f.evidence.tags) for f in found]
    [('IP_ADDRESS', ('ipv4', 'private'))]
    """
    return default_scanner().scan(text, entities=entities, min_score=min_score)
