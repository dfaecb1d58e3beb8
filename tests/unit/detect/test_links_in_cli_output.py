"""Names in container and cluster tools' output that look like bare links (H190).

A container image's reference (a registry's host, a repository's path, then a tag or a
digest: ``gcr.io/team/app:1.0``) is an image pulled or run, and a key of structured data
named by a DNS prefix (``helm.sh/chart:``, ``"app.kubernetes.io/name":``: Kubernetes' label
and annotation keys) names a setting: neither is a page anyone visits. A bare link without a
tag, or a prefixed key in a sentence, is still a link.
"""

import pytest
from tests.unit.detect._patterns import found


def urls(text: str) -> list[str]:
    return [v for _, v in found(text, "URL")]


@pytest.mark.parametrize(
    "text",
    [
        "        image: gcr.io/example-team/web-app:2.4.1",
        "Pulling quay.io/acme/worker:latest ... done",
        "docker run registry.example.com/ops/tool:v1.2-rc3 --help",
        "FROM ghcr.io/acme/base@sha256:" + "3f" * 32,
        'metadata:\n  labels:\n    helm.sh/chart: "web-0.3.0"\n    app.kubernetes.io/name: web',
        '  annotations:\n    "helm.sh/hook": post-install',
        '{"labels": {"app.kubernetes.io/instance": "rel-7"}}',
        "spec:\n  - example.com/owner: team-a",
    ],
)  # fmt: skip
def test_an_image_reference_or_a_prefixed_key_is_no_link(text):
    assert urls(text) == []


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Follow my work at github.com/jdoe: new posts weekly", ["github.com/jdoe"]),
        ("see example.com/jdoe/photos for more", ["example.com/jdoe/photos"]),
        ("  - my page example.org/jdoe", ["example.org/jdoe"]),
        ("github.com/jdoe: my profile", ["github.com/jdoe"]),
        ("mirror at example.net/pub/files/", ["example.net/pub/files/"]),
    ],
)  # fmt: skip
def test_a_bare_link_without_a_tag_or_in_a_sentence_stays_a_link(text, want):
    assert urls(text) == want
