"""The corpus builders' shared command lines (``benchmarks.corpus._git``: ``git_arguments``,
and ``git_dir_arguments`` for the older builders' ``--FLAG GIT_DIR``)."""

from __future__ import annotations

from pathlib import Path

import pytest
from benchmarks.corpus._git import git_arguments, git_dir_arguments

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


def test_older_flags_give_their_directories_in_the_builders_order():
    flags = {"wazuh": "wazuh/wazuh", "dd-extras": "DataDog/integrations-extras"}
    argv = ["--dd-extras", "/g/2", "--wazuh", "/g/1"]
    assert git_dir_arguments("Doc.", flags, argv) == [Path("/g/1"), Path("/g/2")]


def test_an_older_flag_is_required(capsys):
    with pytest.raises(SystemExit):
        git_dir_arguments("Doc.", {"hub": "crowdsecurity/hub"}, [])
    assert "--hub" in capsys.readouterr().err
