"""The entity recognizer's forward pass, run on thinc's operations without its layer objects.

spaCy's entity recognizer (``TransitionBasedParser``) reads a doc in two parts: a token
encoder (hash embeddings of four token attributes, a maxout layer, four convolutions, a
linear layer and the state features precomputed for every token) and one small step per
token that scores the transitions. For a short text much of the time goes to thinc's
machinery around the arithmetic: every layer is a ``Model`` called through ``__call__``
that makes a backward closure nobody calls and converts between lists, ragged and padded
arrays, and every step of the decoder goes through a step model of its own.

:func:`compile_recognizer` reads the recognizer's layer tree once and, when every layer is
one whose forward pass it knows (checked by the layer's forward function itself, not its
name), returns a :class:`Recognizer` that runs the same operations in the same order on the
same ``ops`` object (hashes, gathers, windows, matrix products, maxouts, normalisations)
and keeps the parameters it read. One thing differs: it multiplies by a copy of each
layer's weights laid out for numpy's BLAS (:func:`_product`), so the products round
differently. Compiled ``exact``, it multiplies as thinc does, and the tests hold that to
spaCy's token vectors and every step's scores bit for bit, on random and real texts; the
default to the same within float rounding and to the same entities. Before it is used, a
compiled pass reads a doc of the model's own words and must give spaCy's token vectors
(:func:`_reads_as_spacy`). A recognizer with any other layer (a listener, an encoder it
does not know, a different upper layer, a GPU's operations) gets ``None``, and privkit
decodes it with spaCy's own code. The static vectors of the medium and large English
models are read (:func:`_static_vectors`).

Transitions and their validity stay spaCy's: each step applies the best valid action of
each state, as the greedy decoder's own step (``Parser.transition_states``) does, by asking
spaCy whether the best-scored action is valid and applying it with spaCy's own code
(:class:`_Step`); only the scores come from here.
"""

from __future__ import annotations

import functools
import itertools
import math
from collections.abc import Callable
from types import SimpleNamespace
from typing import Any, NamedTuple

from privkit.detect import _blas

__all__ = ["Recognizer", "compile_recognizer"]

# A value between layers: a list of arrays (one per doc), a ragged array (data, lengths),
# or one array.
Fn = Callable[[Any], Any]


class _UnsupportedError(Exception):
    """A layer this module does not know: the recognizer is left to spaCy."""


class _Ragged:
    __slots__ = ("data", "lengths")

    def __init__(self, data: Any, lengths: Any) -> None:
        self.data = data
        self.lengths = lengths


def _forward_of(model: Any) -> Any:
    return getattr(model, "_func", None)  # (thinc keeps a layer's forward function there)


class _Build(NamedTuple):
    kinds: dict[Any, str]  # (:func:`_forwards`)
    exact: bool


def _product(ops: Any, weights: Any, *, exact: bool) -> Callable[..., Any]:
    """``x -> x @ weights.T`` on ``ops`` (``weights``: out x in), ``out=`` as ``ops.gemm``.

    thinc multiplies by a layer's weights transposed in place (``trans2``); numpy's BLAS
    multiplies a few rows by a transposed copy of its own, rows contiguous, faster (OpenBLAS
    on one thread, 17 x 384 by 384 x 288: 106 against 156 us; 8 rows: 36 against 117 us;
    a 64 x 384 layer, 17 rows: 7 against 37 us). The products then add in another order,
    so they differ from thinc's in float rounding; ``exact`` multiplies as thinc does.
    """
    if exact:
        return lambda x, out=None: ops.gemm(x, weights, trans2=True, out=out)
    copy = ops.xp.ascontiguousarray(weights.T)
    if not _blas.reads_held(ops):
        return lambda x, out=None: ops.gemm(x, copy, out=out)
    # Read under one BLAS thread held for the whole read (``_blas.held``): numpy's own
    # product, as thinc's ``gemm`` calls it, without three Python calls and a hold per
    # product (about 3 us each; a short sentence's read makes about 26).
    dot = ops.xp.dot
    return lambda x, out=None: dot(x, copy) if out is None else dot(x, copy, out=out)


def _forwards() -> dict[Any, str]:
    """The forward functions of thinc's and spaCy's layers -> the kind of layer each is."""
    import importlib

    modules = {
        "spacy.ml.featureextractor": "features",
        "spacy.ml.staticvectors": "static_vectors",
        "thinc.layers.chain": "chain",
        "thinc.layers.list2ragged": "list2ragged",
        "thinc.layers.ragged2list": "ragged2list",
        "thinc.layers.list2array": "list2array",
        "thinc.layers.with_array": "with_array",
        "thinc.layers.concatenate": "concatenate",
        "thinc.layers.array_getitem": "getitem",
        "thinc.layers.hashembed": "hashembed",
        "thinc.layers.maxout": "maxout",
        "thinc.layers.layernorm": "layernorm",
        "thinc.layers.dropout": "dropout",
        "thinc.layers.residual": "residual",
        "thinc.layers.expand_window": "expand_window",
        "thinc.layers.linear": "linear",
    }
    # (by module: ``thinc.layers.chain`` as an attribute is the function, not its module)
    return {importlib.import_module(name).forward: kind for name, kind in modules.items()}


def _compile(model: Any, build: _Build) -> Fn:
    """``model``'s forward pass at inference, as thinc computes it (:data:`_BUILDERS`)."""
    builder = _BUILDERS.get(build.kinds.get(_forward_of(model), ""))
    if builder is None:
        raise _UnsupportedError
    return builder(model, build)


def _only_layer(model: Any, build: _Build) -> Fn:
    if len(model.layers) != 1:
        raise _UnsupportedError
    return _compile(model.layers[0], build)


def _chain(model: Any, build: _Build) -> Fn:
    steps = [_compile(layer, build) for layer in model.layers]

    def chain(x: Any) -> Any:
        for step in steps:
            x = step(x)
        return x

    return chain


def _features(model: Any, _build: _Build) -> Fn:
    columns, ops = list(model.attrs["columns"]), model.ops

    def features(docs: Any) -> Any:
        out = []
        for doc in docs:
            attrs = doc.to_array(columns)
            if attrs.ndim == 1:
                attrs = attrs.reshape((attrs.shape[0], 1))
            out.append(ops.asarray2i(attrs, dtype="uint64"))
        return out

    return features


def _list2ragged(model: Any, _build: _Build) -> Fn:
    ops = model.ops
    return lambda xs: _Ragged(ops.flatten(xs), ops.asarray1i([len(x) for x in xs]))


def _ragged2list(_model: Any, _build: _Build) -> Fn:
    return lambda xr: _unflatten(xr.data, xr.lengths)


def _unflatten(x: Any, lengths: Any, pad: int = 0) -> list[Any]:
    """Each sequence's rows of ``x`` (views) past ``pad`` rows: thinc's ``ops.unflatten``.

    The same views as thinc's (which splits at the lengths' running sums, ``pad`` added to
    each length but an empty sequence's, and drops each piece's first ``pad`` rows and the
    last piece), without numpy's ``split`` (about 15 us for one doc, a Python function).
    """
    out = []
    at = 0
    for length in lengths.tolist():
        if length > 0:
            at += pad
        out.append(x[at : at + length])
        at += length
    return out


def _list2array(model: Any, _build: _Build) -> Fn:
    return model.ops.flatten  # type: ignore[no-any-return]


def _with_array(model: Any, build: _Build) -> Fn:
    inner, pad = _only_layer(model, build), model.attrs["pad"]
    ops, inner_ops = model.ops, model.layers[0].ops

    def with_array(x: Any) -> Any:
        if isinstance(x, _Ragged):
            return _Ragged(inner(x.data), x.lengths)
        if isinstance(x, list):
            lengths = ops.asarray1i([len(seq) for seq in x])
            return _unflatten(inner(inner_ops.flatten(x, pad=pad)), lengths, pad)
        raise _UnsupportedError

    return with_array


def _concatenate(model: Any, build: _Build) -> Fn:
    parts, xp = [_compile(layer, build) for layer in model.layers], model.ops.xp

    def concatenate(x: Any) -> Any:
        ys = [part(x) for part in parts]
        if all(isinstance(y, _Ragged) for y in ys):  # (the docs' hash and static vectors)
            return _Ragged(xp.hstack([y.data for y in ys]), ys[0].lengths)
        if any(isinstance(y, list | _Ragged) for y in ys):
            raise _UnsupportedError
        return xp.hstack(ys)

    return concatenate


def _getitem(model: Any, _build: _Build) -> Fn:
    index = model.attrs["index"]
    return lambda x: x[index]


def _hashembed(model: Any, _build: _Build) -> Fn:
    ops, vectors, seed = model.ops, model.get_param("E"), model.attrs["seed"]
    n_rows, width = vectors.shape

    def hashembed(ids: Any) -> Any:
        if len(ids) == 0:
            return ops.alloc2f(0, width, dtype=vectors.dtype)
        keys = ops.hash(ops.as_contig(ids, dtype="uint64"), seed) % n_rows
        return ops.gather_add(vectors, keys)

    return hashembed


def _static_vectors(model: Any, build: _Build) -> Fn:
    """The ``StaticVectors`` layer: each token's row of the vocabulary's vectors, projected.

    A key without a row reads zeros. A table in spaCy's default mode only: another (floret's)
    is read by the layer itself.
    """
    from spacy.attrs import ORTH
    from spacy.vectors import Mode, Vectors

    ops, width = model.ops, model.get_dim("nO")
    product = _product(ops, ops.as_contig(model.get_param("W")), exact=build.exact)

    def static_vectors(docs: Any) -> Any:
        if not sum(len(doc) for doc in docs):
            return _Ragged(ops.alloc2f(0, width), ops.alloc1i(0))
        vectors = docs[0].vocab.vectors
        if not isinstance(vectors, Vectors) or vectors.mode != Mode.default:
            out = model.predict(docs)
            return _Ragged(out.data, out.lengths)
        keys = ops.flatten([doc.to_array(getattr(vectors, "attr", ORTH)) for doc in docs])
        rows = vectors.find(keys=keys)
        data = product(ops.as_contig(ops.asarray(vectors.data)[rows]))
        data[rows < 0] = 0
        return _Ragged(data, ops.asarray1i([len(doc) for doc in docs]))

    return static_vectors


def _maxout(model: Any, build: _Build) -> Fn:
    ops = model.ops
    n_out, n_pieces, n_in = model.get_dim("nO"), model.get_dim("nP"), model.get_dim("nI")
    weights = ops.reshape2f(model.get_param("W"), n_out * n_pieces, n_in)
    product = _product(ops, weights, exact=build.exact)
    bias = ops.reshape1f(model.get_param("b"), n_out * n_pieces)

    def maxout(x: Any) -> Any:
        y = product(x)
        y += bias
        best, _which = ops.maxout(ops.reshape3f(y, y.shape[0], n_out, n_pieces))
        return best

    return maxout


def _layernorm(model: Any, _build: _Build) -> Fn:
    gain, shift, xp = model.get_param("G"), model.get_param("b"), model.ops.xp
    add, divide, multiply, count = xp.add, xp.true_divide, xp.multiply, xp.intp

    def layernorm(x: Any) -> Any:
        # thinc's ``x.mean(axis=1)`` and ``x.var(axis=1)``, by the ufunc calls numpy's own
        # ``_mean`` and ``_var`` make (the same numbers), without their Python layers (about
        # 12 us a call on a short text's rows); the mean is computed once, as both compute it
        n = count(x.shape[1])
        mu = add.reduce(x, axis=1, keepdims=True)
        divide(mu, n, out=mu, casting="unsafe")
        centred = x - mu
        var = add.reduce(multiply(centred, centred), axis=1, keepdims=True)
        divide(var, n, out=var, casting="unsafe")
        var += 1e-08
        y = centred * var ** (-1.0 / 2.0) * gain
        y += shift
        return y

    return layernorm


def _dropout(_model: Any, _build: _Build) -> Fn:
    return lambda x: x  # (off outside training)


def _residual(model: Any, build: _Build) -> Fn:
    inner = _only_layer(model, build)

    def residual(x: Any) -> Any:
        if isinstance(x, list | _Ragged):
            raise _UnsupportedError
        return x + inner(x)

    return residual


def _expand_window(model: Any, _build: _Build) -> Fn:
    ops, window = model.ops, model.attrs["window_size"]

    def expand_window(x: Any) -> Any:
        if isinstance(x, list | _Ragged):
            raise _UnsupportedError
        return ops.seq2col(x, window) if len(x) else ops.tile(x, window * 2 + 1)

    return expand_window


def _linear(model: Any, build: _Build) -> Fn:
    product = _product(model.ops, model.get_param("W"), exact=build.exact)
    bias = model.get_param("b")

    def linear(x: Any) -> Any:
        y = product(x)
        y += bias
        return y

    return linear


#: Each kind of layer -> what builds its forward pass: the same operations, on the layer's
#: own ``ops``, in the order thinc's forward function makes them at inference.
_BUILDERS: dict[str, Callable[[Any, _Build], Fn]] = {
    "features": _features,
    "chain": _chain,
    "list2ragged": _list2ragged,
    "ragged2list": _ragged2list,
    "list2array": _list2array,
    "with_array": _with_array,
    "concatenate": _concatenate,
    "getitem": _getitem,
    "hashembed": _hashembed,
    "static_vectors": _static_vectors,
    "maxout": _maxout,
    "layernorm": _layernorm,
    "dropout": _dropout,
    "residual": _residual,
    "expand_window": _expand_window,
    "linear": _linear,
}


class Recognizer:
    """A recognizer's forward pass (:func:`compile_recognizer`), decoding greedily."""

    def __init__(
        self,
        tok2vec: Fn,
        lower: Any,
        upper: Any,
        unseen: Any,
        *,
        exact: bool,
        step: _Step | None = None,
    ) -> None:
        self._tok2vec = tok2vec
        self._step = step
        self._lower_ops = lower.ops
        n_features, n_out, n_pieces = (lower.get_dim(d) for d in ("nF", "nO", "nP"))
        self._shape = (n_features, n_out, n_pieces)
        weights = lower.get_param("W").reshape((n_features * n_out * n_pieces, -1))
        self._lower = _product(lower.ops, weights, exact=exact)
        self._lower_b = lower.get_param("b")
        self._pad = lower.ops.xp.squeeze(lower.get_param("pad"), 0)
        self._upper = _product(upper.ops, upper.get_param("W"), exact=exact)
        self._upper_b = upper.get_param("b")
        self._nanmin = upper.ops.xp.nanmin
        self._maximum = lower.ops.xp.maximum
        self._unseen = unseen
        self._columns = lower.ops.xp.arange(n_features)
        # spaCy's own reader of each state's context tokens, told only the number of
        # features (what it reads of its step model)
        from spacy.ml.parser_model import ParserStepModel

        owner = SimpleNamespace(state2vec=SimpleNamespace(nF=n_features))
        self._token_ids = functools.partial(ParserStepModel.get_token_ids, owner)

    def tokvecs(self, docs: list[Any]) -> Any:
        """The token encoder's vectors of ``docs``' tokens, one array (spaCy's ``tokvecs``)."""
        return self._tok2vec(docs)

    def features(self, docs: list[Any]) -> Any:
        """Each token's precomputed state features (``PrecomputableAffine``), then the padding.

        spaCy puts the padding first and reads token ``i`` at row ``i + 1``; here it is the
        last row, which a missing token's id (-1) reads as it is.
        """
        tokvecs = self._tok2vec(docs)
        n_features, n_out, n_pieces = self._shape
        cached = self._lower_ops.alloc2f(
            tokvecs.shape[0] + 1, n_features * n_out * n_pieces, zeros=False
        )
        self._lower(tokvecs, out=cached[:-1])
        cached = cached.reshape((cached.shape[0], n_features, n_out, n_pieces))
        cached[-1] = self._pad
        return cached

    def scores(self, cached: Any, token_ids: Any) -> Any:
        """The transitions' scores of states whose context tokens are ``token_ids`` (-1: none).

        The state's features add up in spaCy's order (``sum_state_features``): the first
        token's, then the next ones', then the bias.
        """
        n_features = len(self._columns)
        if len(token_ids) == 1:
            # One state (a doc read alone): its rows by plain indexing, which costs a few
            # microseconds less than gathering them by two index arrays; the same sums.
            ids = token_ids[0].tolist()
            first = cached[ids[0], 0]
            one = first + cached[ids[1], 1] if n_features > 1 else first.copy()
            for f in range(2, n_features):
                one += cached[ids[f], f]
            state = one[None]  # (1, out, pieces)
        else:
            rows = cached[token_ids, self._columns]  # (states, features, out, pieces)
            state = rows[:, 0] + rows[:, 1] if n_features > 1 else rows[:, 0].copy()
            for f in range(2, n_features):
                state += rows[:, f]
        state += self._lower_b
        # (two pieces, the models' own: their larger one by one call on the two slices, a
        # third of a reduction's time on a state's few values; the same numbers)
        if state.shape[-1] == 2:  # noqa: PLR2004
            hidden = self._maximum(state[..., 0], state[..., 1])
        else:
            hidden = state.max(axis=-1)
        scores = self._upper(hidden)
        scores += self._upper_b
        if self._unseen is not None:
            scores[:, self._unseen] = self._nanmin(scores)
        return scores

    def decode(self, ner: Any, docs: list[Any]) -> list[Any]:
        """The states of ``docs`` decoded greedily by ``ner``, as its ``greedy_parse`` does.

        Each step scores the unfinished states and applies each state's best valid action:
        by :class:`_Step` where it was built for ``ner``'s actions, else by spaCy's
        ``Parser.transition_states``.
        """
        states = ner.moves.init_batch(docs)
        unfinished = [state for state in states if not state.is_final()]
        if not unfinished:
            return list(states)
        cached = self.features(docs)
        step = self._step if self._step is not None and self._step.moves is ner.moves else None
        while unfinished:
            scores = self.scores(cached, self._token_ids(unfinished))
            if step is None:
                unfinished = ner.transition_states(unfinished, scores)
            else:
                unfinished = step(ner, unfinished, scores)
        return list(states)


class _Step:
    """spaCy's greedy step (``Parser.transition_states``), asking about one action per state.

    spaCy's step asks every action whether it is valid for each state (``set_valid``: 74
    actions for the English models) and applies the best-scored valid one, the first of
    equal scores. In the 3.8 wheels each of those checks takes and gives back the GIL
    several times (``PyGILState_Ensure``, about half of the step's time under ``perf``), and
    the step cost about 16 us a state against about 1 us for the rest of it. The best-scored
    action (numpy's ``argmax``: the first of equal scores) is valid most of the time, and
    then it is the one spaCy's step picks: this step asks spaCy's own check about that action
    alone and applies it with spaCy's own transition (``TransitionSystem.apply_transition``,
    which refuses an invalid action). A state whose best-scored action is not valid, or
    whose best score is not a number, takes spaCy's own step.
    """

    def __init__(self, moves: Any, names: tuple[str, ...]) -> None:
        self.moves = moves
        self._names = names  # each class's action, as ``apply_transition`` looks it up

    def __call__(self, ner: Any, states: list[Any], scores: Any) -> list[Any]:
        """Apply each state's best valid action (``scores``: one row per state); the unfinished."""
        names = self._names
        for i, guess in enumerate(scores.argmax(axis=1).tolist()):
            # (a NaN is numpy's maximum but never spaCy's pick: spaCy's step decides then)
            if math.isnan(scores.item(i, guess)) or not self._applied(states[i], names[guess]):
                ner.transition_states(states[i : i + 1], scores[i : i + 1])
        return [state for state in states if not state.is_final()]

    def _applied(self, state: Any, name: str) -> bool:
        try:
            self.moves.apply_transition(state, name)
        except ValueError:  # (not valid in this state)
            return False
        return True


def _greedy_step(ner: Any, n_classes: int, vocab: Any) -> _Step | None:
    """A :class:`_Step` for ``ner``'s actions, or ``None`` if they cannot be named one by one.

    ``apply_transition`` finds an action by its name (``get_class_name``): each of the
    ``n_classes`` scores' actions must have a name of its own that spaCy looks up without an
    error (asked once here, on a doc of the model's own words).
    """
    from spacy.tokens import Doc

    moves = getattr(ner, "moves", None)
    if moves is None or moves.n_moves != n_classes:
        return None
    names = tuple(moves.get_class_name(i) for i in range(n_classes))
    if len(set(names)) != len(names):
        return None
    words = [w for w in itertools.islice(vocab.strings, 1000) if w.isalpha()][:2] or ["a"]
    state = moves.init_batch([Doc(vocab, words=words)])[0]
    try:
        for name in names:
            moves.is_valid(state, name)
    except (KeyError, ValueError):
        return None
    return _Step(moves, names)


def compile_recognizer(ner: Any, *, exact: bool = False) -> Recognizer | None:
    """``ner``'s forward pass as a :class:`Recognizer`, or ``None`` if a layer is unknown.

    Args:
        ner: a spaCy entity recognizer (``EntityRecognizer``).
        exact: multiply by the weights as thinc does, for spaCy's own numbers bit for bit
            (the tests); by default the products differ in float rounding (:func:`_product`).
    """
    try:
        from spacy.ml import _precomputable_affine, tb_framework
        from thinc.api import NumpyOps

        build = _Build(_forwards(), exact)
    except ImportError:  # pragma: no cover - spaCy is there whenever a recognizer is
        return None
    model = getattr(ner, "model", None)
    if model is None or _forward_of(model) is not tb_framework.forward:
        return None
    if not model.attrs.get("has_upper") or len(model.layers) != 3:  # noqa: PLR2004
        return None
    tok2vec, lower, upper = model.layers
    known = (
        _forward_of(lower) is _precomputable_affine.forward
        and lower.get_dim("nP") >= 2  # noqa: PLR2004 - a maxout (else spaCy's relu)
        and build.kinds.get(_forward_of(upper)) == "linear"
        and all(isinstance(m.ops, NumpyOps) for m in model.walk())  # (not a GPU's)
    )
    if not known:
        return None
    unseen = sorted(model.attrs.get("unseen_classes") or ())
    try:
        step = _greedy_step(ner, upper.get_dim("nO"), ner.vocab)
        compiled = Recognizer(
            _compile(tok2vec, build), lower, upper, unseen or None, exact=exact, step=step
        )
        return compiled if _reads_as_spacy(compiled, tok2vec, ner.vocab) else None
    except (_UnsupportedError, KeyError, ValueError, AttributeError, TypeError):
        return None  # (a dim or param missing, a value of a kind a layer does not take)


#: How many of the model's own strings :func:`_reads_as_spacy` reads as a doc.
PROBE_WORDS = 12


def _reads_as_spacy(compiled: Recognizer, tok2vec: Any, vocab: Any) -> bool:
    """Whether ``compiled`` reads a doc of the model's own strings as spaCy's encoder does.

    A check at compile time, on words the vocabulary already holds (no string is added):
    the token vectors within float rounding. It catches a layer whose input at run time is
    not what its place in the tree promised, before any text is read.
    """
    import numpy as np
    from spacy.tokens import Doc

    words = [w for w in itertools.islice(vocab.strings, 1000) if w.isalpha()][:PROBE_WORDS]
    if not words:
        return True  # (a vocabulary without words: nothing to read either way)
    docs = [Doc(vocab, words=words), Doc(vocab, words=words[:1])]
    theirs = tok2vec.predict(docs)
    return bool(np.allclose(compiled.tokvecs(docs), theirs, rtol=1e-4, atol=1e-5))
