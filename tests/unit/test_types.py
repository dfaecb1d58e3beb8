"""privkit.types: the hot-path Finding constructor builds the same value as the dataclass."""

import pickle

from hypothesis import given
from hypothesis import strategies as st

from privkit.types import EntityType, Evidence, Finding, new_finding

_FIELDS = st.tuples(
    st.sampled_from(list(EntityType)),
    st.integers(min_value=0, max_value=10**9),
    st.integers(min_value=0, max_value=10**9),
    st.floats(min_value=0, max_value=1),
    st.text(max_size=12),
    st.builds(Evidence, st.text(max_size=8), st.text(max_size=8)),
    st.one_of(st.none(), st.text(max_size=12)),
)


@given(_FIELDS)
def test_new_finding_equals_the_dataclass(fields):
    fast, slow = new_finding(*fields), Finding(*fields)
    assert fast == slow
    assert hash(fast) == hash(slow)
    assert repr(fast) == repr(slow)
    assert pickle.loads(pickle.dumps(fast)) == slow  # noqa: S301 - our own bytes


def test_new_finding_is_frozen():
    import dataclasses

    import pytest

    f = new_finding(EntityType.EMAIL_ADDRESS, 0, 5, 0.9, "email", Evidence("email"))
    with pytest.raises(dataclasses.FrozenInstanceError):
        f.start = 1  # type: ignore[misc]
