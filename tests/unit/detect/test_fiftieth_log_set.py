"""The fiftieth log set's classes (H193): a cluster tool's configuration and state files.

A serialised struct names its fields as JSON keys (``"Driver": "kvm2"`` beside
``"ConfigVersion": 3``): a capitalised word quoted as such a key is no person's name. (The
other class, a row of code names as a key's value, is tested with the whole-line rows in
``test_configuration_words.py``.)
"""

import pytest


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ('{\n  "SchemaRev": 2,\n  "Engine": {\n    "HostAddr": "x"', "Engine", True),
        ('{"MemoryLimit": 512, "Runner": "qemu", "BootImage": "k.img"}', "Runner", True),
        ('  "Helper": [\n  ],\n  "PoolName": "a",\n  "RetryCount": 3', "Helper", True),
        # negatives: a map keyed by names, a value, a name of two words, keys not CamelCase
        ('{"Anna": 3, "Bob": 4, "Carla": 5}', "Anna", False),
        ('{"OwnerName": "Anna", "LastLogin": "x", "RoleId": 2}', "Anna", False),
        ('{"Anna Smith": 1, "SchemaRev": 2, "HostAddr": "x"}', "Anna Smith", False),
        ('{"Anna": 1, "schema_rev": 2, "host_addr": "x"}', "Anna", False),
        ('Anna: "x", "SchemaRev": 2, "HostAddr": "y"', "Anna", False),
    ],
)  # fmt: skip
def test_a_serialised_structs_key_is_no_name(text: str, word: str, expected: bool) -> None:
    from privkit.detect._ner import _struct_key

    start = text.index(word)
    assert _struct_key(text, start, start + len(word)) is expected


def test_the_struct_key_check_reads_a_bounded_stretch() -> None:
    import time

    from privkit.detect._ner import _struct_key

    text = '"Anna": 1, ' * 20000 + '"SchemaRev": 2, "HostAddr": 3'
    t0 = time.perf_counter()
    for at in range(1, 20000 * 11, 11 * 97):
        _struct_key(text, at, at + 4)
    assert time.perf_counter() - t0 < 1.0


def test_a_cluster_configs_field_and_plugin_names_are_not_found() -> None:
    from privkit.detect import Scanner

    text = (
        "apiServer:\n  extraArgs:\n    enable-admission-plugins: "
        '"NamespaceLifecycle,LimitRanger,ServiceAccount,DefaultStorageClass,ResourceQuota"\n'
        '---\n{\n    "ConfigVersion": 3,\n    "Driver": {\n        "IPAddress": "192.0.2.7",\n'
        '        "MachineName": "node1"\n    }\n}\n'
    )
    found = {(text[f.start : f.end], f.entity_type.value) for f in Scanner().scan(text)}
    assert found == {("192.0.2.7", "IP_ADDRESS")}
