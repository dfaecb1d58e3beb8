"""Hostile inputs for the appliance's-own-key rules (``device._appliance_tag``, the access
point's serial, the infrastructure words of a device key).

The promise: a device id under a key of a person's device is never hidden by an appliance's
tag, a ScreenOS header or an access point's key written on another line, inside a longer word
or in the key's own words; and the checks stay linear on lines dense with tags and device keys.
"""

from __future__ import annotations

import pytest
from tests.adversarial._linear import grows_linearly

from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner

_PATTERNS = Scanner(entities=DEFAULT_ENTITIES - NER_ENTITIES)
UUID = "6a8e2f4c-1b3d-4e5f-a7b9-c1d3e5f7a9b2"


def _devices(text: str) -> list[str]:
    return [
        text[f.start : f.end] for f in _PATTERNS.scan(text) if f.entity_type.value == "DEVICE_ID"
    ]


@pytest.mark.parametrize(
    "text",
    [
        f"%FTD-1-430003: x\nuser_device_id={UUID}",  # the tag on the line before
        f"%FTD-1-430003: x\x00device_id={UUID}",  # a batch's NUL between records
        f"%FTD-1-430003: client_device_id={UUID}",  # a person's device in the tagged message
        f"%FTD-1-430003: mobile DeviceUUID: x, user_device_uuid: {UUID}",
        f"FTD-1-430003: DeviceUUID: {UUID}",  # no "%": no tag
        f"%ftd-1-430003: DeviceUUID: {UUID}",  # a lower-case facility: no Cisco tag
        f"%FTD-9-430003: DeviceUUID: {UUID}",  # no severity 9
        f"NetScreen\ndevice_id={UUID}",  # the header's word on the line before
        f"NetScreen  device_id={UUID}",  # two spaces: not the header
        f"apMac=x\nserialNumber={UUID}",  # the access point's key on the line before
        f"trapMac=x serialNumber={UUID}",  # "ap" inside a longer word
        f"apMac=x user_device_id={UUID}",  # a person's device beside an access point
        f"{'x' * 600}%FTD-1-430003: y {'z' * 600} DeviceUUID: {UUID}",  # tag out of reach
    ],
)
def test_device_id_not_hidden(text: str) -> None:
    assert UUID in _devices(text)


@pytest.mark.parametrize(
    "make",
    [
        lambda n: f"%FTD-1-430003: DeviceUUID: {UUID}, " * (10 * n),
        lambda n: "%" * (50 * n) + f" DeviceUUID: {UUID}" * (2 * n),
        lambda n: "%FTD-1-1: " * (20 * n) + f"device_id={UUID} " * (2 * n),
        lambda n: "apMac=x " * (20 * n) + f"serialNumber={UUID} " * (2 * n),
        lambda n: f'"serialNumber"="{UUID}",' * (10 * n),
        lambda n: "NetScreen device_id=a1b2c3d4e5f6 " * (10 * n),
    ],
)
def test_linear(make) -> None:
    grows_linearly(make, _PATTERNS.scan)
