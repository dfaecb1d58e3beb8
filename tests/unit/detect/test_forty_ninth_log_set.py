"""The forty-ninth log set's classes (H190): container and cluster tools' output.

A manifest names the kind of object it declares (``kind: ConfigMap``,
``"type": "ClusterIP"``): the value of a key that names a type is no company or person.
"""

import pytest

from privkit.detect import Scanner


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        ("apiVersion: v1\nkind: ConfigMap\nmetadata:", "ConfigMap", True),
        ('{"kind": "NetworkPolicy", "metadata": {}}', "NetworkPolicy", True),
        ("spec:\n  type: LoadBalancer\n", "LoadBalancer", True),
        ("event @type=AuditRecord seen", "AuditRecord", True),
        ("resourceType: Observation", "Observation", True),
        # negatives: another key, a value of several words, a key glued to a word, prose
        ("owner: Northwind\n", "Northwind", False),
        ("kind: Anna Schmidt\n", "Anna Schmidt", False),
        ("subkind: Contoso\n", "Contoso", False),
        ("She was kind to Anna today.", "Anna", False),
    ],
)  # fmt: skip
def test_the_value_of_a_type_key_is_no_name(text: str, word: str, expected: bool) -> None:
    from privkit.detect._ner import _type_value

    assert _type_value(word, text, text.index(word)) is expected


def test_a_manifests_kind_is_not_an_organisation() -> None:
    text = "# Source: web/templates/configmap.yaml\napiVersion: v1\nkind: ConfigMap\n"
    assert [f for f in Scanner().scan(text) if text[f.start : f.end] == "ConfigMap"] == []
