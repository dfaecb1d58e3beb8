"""Data, storage and cluster logs (issue 10, twenty-second log set's development work).

An IPv6 address that opens with its ``::`` right after a key's colon (Juju's address scopes,
``local-machine:::1``) is an address; a disk partition's or file system's UUID
(``/dev/disk/by-partuuid/<uuid>``, ``PARTUUID=``) names no device a person carries; a count
(``max number of search results:  1000000``) is no phone number.
"""

from __future__ import annotations

import pytest
from tests.unit.detect._patterns import found

_UUID = "fb643193-e94b-45be-b29c-f8b367def85d"


class TestAddressAfterAScope:
    @pytest.mark.parametrize(
        ("text", "address"),
        [
            ("to [local-machine:127.0.0.1 local-cloud:10.0.0.128 local-machine:::1]", "::1"),
            ("addresses [local-cloud:::ffff:10.0.0.1 public:1.2.3.4]", "::ffff:10.0.0.1"),
            ("addr:::1 up", "::1"),
            ("peer:::ffff:c0a8:101 joined", "::ffff:c0a8:101"),
            # the forms the pass took before stay
            ("src:2001:db8::1 dst", "2001:db8::1"),
        ],
    )
    def test_an_address_opening_with_its_double_colon_is_found(self, text, address):
        assert ("IP_ADDRESS", address) in found(text, "IP_ADDRESS")

    @pytest.mark.parametrize(
        "text",
        [
            "std::vector<int> a",
            "Foo:::bar",
            "a::b::c",
            "x = a[1:::2]",
            # a short form is no value of its own after a key's colon
            "key:::8 x",
        ],
    )
    def test_code_paths_and_slices_are_no_addresses(self, text):
        assert found(text, "IP_ADDRESS") == []


class TestPartitionIds:
    @pytest.mark.parametrize(
        "text",
        [
            (
                'storage.BlockDevice{DeviceName:"vda1", DeviceLinks:[]string{'
                f'"/dev/disk/by-partuuid/{_UUID}", "/dev/disk/by-path/pci-0000:00:0b.0-part1"}}'
            ),
            f"device vda1 link /dev/disk/by-uuid/{_UUID}",
            f"BlockDevice vda1 root=PARTUUID={_UUID} ro",
            f'device /dev/vda1: UUID="{_UUID}" TYPE="ext4"',
        ],
    )
    def test_a_partition_or_file_system_uuid_is_no_device_id(self, text):
        assert found(text, "DEVICE_ID") == []

    @pytest.mark.parametrize(
        "text",
        [
            f"device id: {_UUID}",
            f"device {_UUID} registered",
            # a key that only ends in "uuid" is no fstab field
            f"device_uuid={_UUID}",
        ],
    )
    def test_a_device_uuid_stays(self, text):
        assert found(text, "DEVICE_ID") == [("DEVICE_ID", _UUID)]


class TestCountsAreNoPhones:
    @pytest.mark.parametrize(
        "text",
        [
            "max doctable size: 1000000, max number of search results:  1000000, ",
            "number of results:  1048576,",
            "number of retries: 5551234",
        ],
    )
    def test_a_count_after_number_of_is_no_phone(self, text):
        assert found(text, "PHONE_NUMBER") == []

    @pytest.mark.parametrize(
        ("text", "number"),
        [
            ("phone number: 020 7946 0018", "020 7946 0018"),
            ("the telephone number of the office is 020 7946 0018", "020 7946 0018"),
            ("phone number of the desk: 020 7946 0018", "020 7946 0018"),
            ("call the number of my office 020 7946 0018", "020 7946 0018"),
        ],
    )
    def test_a_phone_number_of_someone_stays(self, text, number):
        assert found(text, "PHONE_NUMBER") == [("PHONE_NUMBER", number)]
