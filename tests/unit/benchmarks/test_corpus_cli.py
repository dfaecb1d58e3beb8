"""The corpus builders' shared command line (``benchmarks.corpus._git.git_arguments``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.corpus._git import git_arguments

NEEDED = ("a/one", "b/two")


def test_each_repository_gets_its_git_directory():
    gits, names = git_arguments(["--git", "a/one=/g/1", "--git", "b/two=/g/2"], "Doc.", NEEDED)
    assert gits == {"a/one": Path("/g/1"), "b/two": Path("/g/2")}
    assert names is False


def test_names_asks_for_the_review_list():
    argv = ["--git", "a/one=/g/1", "--git", "b/two=/g/2", "--names"]
    assert git_arguments(argv, "Doc.", NEEDED)[1] is True


def test_a_missing_repository_is_named():
    with pytest.raises(SystemExit, match=r"no --git for \['b/two'\]"):
        git_arguments(["--git", "a/one=/g/1"], "Doc.", NEEDED)
