"""An ARN's twelve-digit account field in an access-log line is no card (issue 10, helper H196).

Load balancers' and S3's access-log lines name target groups, certificates and access points
by their ARNs ("arn:aws:elasticloadbalancing:<region>:<account>:targetgroup/..."). One account
id in ten passes the Luhn check, and most open with a card brand's digit: they were read as
payment cards. The account field (twelve digits between an ARN's region and its resource)
is an AWS account's id. Values written here.
"""

from __future__ import annotations

import pytest

from privkit.detect import Scanner

# A Luhn-valid twelve-digit number with a card brand's prefix (a card when it stands alone).
ACCOUNT = "610846600209"


@pytest.fixture(scope="module")
def scanner() -> Scanner:
    return Scanner(entities={"CREDIT_CARD"})


def _cards(scanner: Scanner, text: str) -> list[str]:
    return [text[f.start : f.end] for f in scanner.scan(text)]


@pytest.mark.parametrize(
    "text",
    [
        (
            f"https 2021-03-04T05:06:07.123456Z app/web/0123abcd 192.0.2.1:5 10.0.0.9:80 0.001 0.002"
            f' 0.000 200 200 34 366 "GET https://a.example:443/ HTTP/1.1" "curl/7.46.0"'
            f" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:us-east-2:{ACCOUNT}"
            f':targetgroup/web/73e2d6bc24d8a067 "Root=1-58337262-36d228ad5d99923122bbe354"'
        ),
        f"... TLSv1.2 bucket.s3.us-west-1.amazonaws.com arn:aws:s3:us-west-2:{ACCOUNT}:accesspoint/ap Yes",
        f"requester arn:aws:iam::{ACCOUNT}:user/deploy-bot REST.GET.OBJECT",
        f'"arn:aws-us-gov:acm:us-gov-west-1:{ACCOUNT}:certificate/12345678-1234-1234-1234-1234"',
    ],
)
def test_an_arns_account_field_is_no_card(scanner: Scanner, text: str) -> None:
    assert _cards(scanner, text) == []


@pytest.mark.parametrize(
    ("text", "card"),
    [
        # negatives: the same number alone, after a colon that opens no ARN, and a card's
        # sixteen digits where an ARN's account would stand are still cards
        (f"paid with {ACCOUNT} yesterday", ACCOUNT),
        (f"card:{ACCOUNT}:ok", ACCOUNT),
        ("arn:aws:s3:us-west-2:4111111111111111:accesspoint/ap", "4111111111111111"),
    ],
)
def test_other_numbers_stay_cards(scanner: Scanner, text: str, card: str) -> None:
    assert _cards(scanner, text) == [card]
