"""The NER model's matrix products on numpy's BLAS, held to one thread: less CPU time.

thinc, spaCy's machine-learning library, multiplies matrices with BLIS (the ``blis``
package). Where that build of BLIS has no kernel for the processor it falls back to generic
C code: on the AMD EPYC (AVX-512) machines this project runs on, it computed a
1,600 x 288 x 288 product at 22-27 GFLOPS against ~78 for numpy's OpenBLAS on one thread,
and the NER model's token encoder is mostly such products. numpy's BLAS may use several
threads, which costs more CPU time than it saves on a busy machine (threads waiting for work
count too), so each product runs with numpy's BLAS held to one thread and restored after
(``threadpoolctl``). Without ``threadpoolctl``, or when numpy's BLAS is one it cannot hold to
one thread, the model keeps thinc's default. Only privkit's own copy of a model is changed.
The products differ from BLIS's only in float rounding: the findings were the same, scores
included, on every benchmark corpus checked (docs/benchmarks.md).

The thread count is a setting of the whole process: while one of these products runs (a few
milliseconds each), numpy products started by other threads of the application also run on
one thread: they may take longer on an idle multi-core machine, never fail. The count is set
through the library's own setter from whichever thread multiplies (threadpoolctl 3.8 ignores
the calls of all but one Python thread: :class:`_Direct`).
"""

from __future__ import annotations

import contextlib
import functools
import threading
import weakref
from typing import Any

__all__ = ["held", "one_thread_ops", "use_numpy_blas"]

# numpy's BLAS (as numpy.show_config names it) -> threadpoolctl's name for that library.
_CONTROLLABLE = {"openblas": "openblas", "mkl": "mkl"}


#: Products of at most this many multiply-adds (M x N x K) run without holding the thread
#: count: OpenBLAS runs them on one thread anyway (its ``interface/gemm.c`` threads a product
#: only above 65,536 x GEMM_MULTITHREAD_THRESHOLD, 4 by default), and setting and restoring
#: the count costs more than such a product: the NER decoder's per-step products (a few
#: states x 64 x 74) are of this size.
ONE_THREAD_PRODUCT = 1 << 16


class _OneThread:
    """Hold BLAS libraries to one thread while any caller, in any thread, is inside.

    A library whose count is the whole process's (OpenBLAS on its own threads) is held by
    the first caller in, which saves the count, and restored by the last one out, so
    overlapping callers never restore each other's one-thread setting for good. A library
    whose count is each thread's own (MKL's ``MKL_Set_Num_Threads_Local``; ``local``) is
    set and restored by each caller for its own thread.
    """

    def __init__(self, libs: list[Any]) -> None:
        self._libs = libs
        self._shared = [lib for lib in libs if not getattr(lib, "local", False)]
        self._local = [lib for lib in libs if getattr(lib, "local", False)]
        self._lock = threading.Lock()
        self._inside = 0
        self._saved: list[int] = []
        self._mine = threading.local()  # this thread's depth and saved local counts

    def __enter__(self) -> None:
        if self._local:
            depth = getattr(self._mine, "depth", 0)
            if depth == 0:
                self._mine.saved = [lib.get_num_threads() for lib in self._local]
                for lib in self._local:
                    lib.set_num_threads(1)
            self._mine.depth = depth + 1
        if self._shared:
            with self._lock:
                if self._inside == 0:
                    self._saved = [lib.get_num_threads() for lib in self._shared]
                    for lib in self._shared:
                        lib.set_num_threads(1)
                self._inside += 1

    def __exit__(self, *exc: object) -> None:
        if self._shared:
            with self._lock:
                self._inside -= 1
                if self._inside == 0:
                    for lib, n in zip(self._shared, self._saved, strict=True):
                        lib.set_num_threads(n)
        if self._local:
            self._mine.depth -= 1
            if self._mine.depth == 0:
                for lib, n in zip(self._local, self._mine.saved, strict=True):
                    lib.set_num_threads(n)


class _Direct:
    """A threadpoolctl controller whose thread count is set from any thread.

    threadpoolctl 3.8 lets one Python thread at a time set OpenBLAS's count (the first to
    set it, for as long as it lives): from any other thread its ``set_num_threads`` does
    nothing, silently. Called from a web server's request threads, privkit's products then
    ran on every OpenBLAS thread, whose idle threads spin while they wait for work: with
    four threads sharing a scanner the process burnt two to six times the CPU of one thread
    and ran up to ten times slower (docs/benchmarks.md, helper H118). :class:`_OneThread`
    already keeps its callers from undoing each other's setting, so the library's own
    setter is called (``openblas_set_num_threads``, with the library's affixes). MKL's
    count is set for the calling thread only (``local``).
    """

    def __init__(self, lib: Any) -> None:
        self._lib = lib
        self.local = lib.internal_api == "mkl"
        self._set: Any = None
        layer = getattr(lib, "threading_layer", None)
        symbol = getattr(lib, "_get_symbol", None)  # (threadpoolctl >= 3.5)
        if lib.internal_api == "openblas" and layer != "openmp" and symbol is not None:
            self._set = symbol("openblas_set_num_threads")

    def get_num_threads(self) -> int:
        return int(self._lib.get_num_threads())

    def set_num_threads(self, n: int) -> None:
        if self._set is None:
            self._lib.set_num_threads(n)
        else:
            self._set(n)


def _numpy_blas() -> str:
    """The name of the BLAS numpy was built with, lower case ("" when numpy does not say)."""
    import numpy as np  # installed with spaCy

    try:
        config = np.show_config(mode="dicts")
        return str(config["Build Dependencies"]["blas"]["name"]).lower()
    except (TypeError, KeyError, AttributeError):  # numpy < 1.26 or an unusual build
        return ""


@functools.lru_cache(maxsize=1)
def _one_thread() -> _OneThread | None:
    """A holder for numpy's BLAS, or ``None`` when it cannot be held to one thread."""
    try:
        from threadpoolctl import ThreadpoolController  # type: ignore[import-untyped]
    except ImportError:
        return None
    name = _numpy_blas()
    api = next((v for k, v in _CONTROLLABLE.items() if k in name), None)
    if api is None:
        return None
    libs = [
        _Direct(lib)
        for lib in ThreadpoolController().select(user_api="blas").lib_controllers
        if lib.internal_api == api
    ]
    return _OneThread(libs) if libs else None


@functools.lru_cache(maxsize=1)
def _ops_class() -> type:
    from thinc.api import NumpyOps

    class OneThreadNumpyOps(NumpyOps):  # type: ignore[misc]
        """thinc's CPU operations with matrix products on numpy's BLAS, one thread."""

        def __init__(self) -> None:
            super().__init__(use_blis=False)

        def gemm(
            self, x: Any, y: Any, *, out: Any = None, trans1: bool = False, trans2: bool = False
        ) -> Any:
            if x.size * (y.shape[0] if trans2 else y.shape[1]) <= ONE_THREAD_PRODUCT:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)
            holder = _one_thread()
            assert holder is not None  # noqa: S101 - only made when there is one
            with holder:
                return super().gemm(x, y, out=out, trans1=trans1, trans2=trans2)

        def __reduce__(self) -> tuple[Any, tuple[()]]:
            return (_rebuilt, ())  # a worker process builds its own

    return OneThreadNumpyOps


def reads_held(ops: Any) -> bool:
    """Whether ``ops`` are :func:`one_thread_ops`, whose model is read under :func:`held`.

    privkit reads such a model only inside :func:`held` (one BLAS thread for the whole
    read), so a product on them may call numpy directly, without holding again.
    """
    return _one_thread() is not None and isinstance(ops, _ops_class())


def one_thread_ops() -> Any:
    """Thinc operations whose matrix products use numpy's BLAS on one thread (or ``None``)."""
    if _one_thread() is None:
        return None
    return _ops_class()()


def _rebuilt() -> Any:
    """The operations of an unpickled model: one-thread numpy BLAS if possible, else thinc's."""
    from thinc.api import NumpyOps

    ops = one_thread_ops()
    return NumpyOps() if ops is None else ops


# The models whose products :func:`use_numpy_blas` moved to :func:`one_thread_ops`.
_MOVED: weakref.WeakSet[Any] = weakref.WeakSet()


def held(nlp: Any) -> contextlib.AbstractContextManager[Any]:
    """Hold numpy's BLAS to one thread for a whole read of ``nlp`` (if its products were moved).

    Holding costs about 5 microseconds (the count read and set, then restored); a short
    text's read makes about seven products large enough to hold, and each of them, inside,
    only counts itself in and out. Products of other threads meanwhile run on one thread
    for the read (a few milliseconds), as they do while one of its products runs.
    """
    holder = _one_thread() if nlp in _MOVED else None
    return contextlib.nullcontext() if holder is None else holder


def use_numpy_blas(nlp: Any) -> bool:
    """Move the models of ``nlp``'s components to :func:`one_thread_ops`, where possible.

    Only models on thinc's plain CPU operations are moved (never a GPU's). Returns whether
    anything was moved.
    """
    from thinc.api import NumpyOps

    ops = one_thread_ops()
    if ops is None:
        return False
    moved = False
    for _name, pipe in nlp.pipeline:
        model = getattr(pipe, "model", None)
        if model is None or not hasattr(model, "walk"):
            continue
        for node in model.walk():
            if type(node.ops) is NumpyOps:
                node.ops = ops
                moved = True
    if moved:
        _MOVED.add(nlp)
    return moved
