"""Fixtures for the table, file and Spark adapters: a demo policy, keys, sample data, Spark."""

import os
import sys

import pytest

from privkit.data import sample_customers

POLICY = {
    "version": 1,
    "name": "integration tests",
    "purposes": ["support", "analytics"],
    "default": "redact",
    "schema": {
        "customer_id": "none",
        "country": "none",
        "plan": "none",
        "lifetime_value": "none",
        "notes": "text",
    },
    "rules": [
        {"categories": ["user.contact.email"], "purposes": ["support"],
         "transform": {"action": "mask", "mode": "email"}},
        {"categories": ["user.contact.phone_number"], "purposes": ["support"],
         "transform": {"action": "mask", "keep_last": 4}},
        {"categories": ["user.device", "user.unique_id"], "purposes": ["support"],
         "transform": "redact"},
        {"categories": ["user.contact.email", "user.device.mac_address", "user.device.device_id",
                        "user.device.cookie_id", "user.unique_id"],
         "purposes": ["analytics"],
         "transform": {"action": "tokenize", "key": "tokens", "entity_prefix": True}},
        {"categories": ["user.contact.phone_number"], "purposes": ["analytics"],
         "transform": {"action": "hash", "key": "tokens", "length": 16}},
        {"categories": ["user.device.ip_address"], "purposes": ["analytics", "support"],
         "transform": {"action": "generalize", "kind": "ip"}},
        {"categories": ["user.name"], "purposes": ["analytics"],
         "transform": {"action": "encrypt_deterministic", "key": "tokens"}},
    ],
}  # fmt: skip


@pytest.fixture(scope="session")
def policy():
    from privkit.policy import Policy

    return Policy.from_dict(POLICY)


@pytest.fixture(scope="session")
def keys():
    from privkit.keys import KeyRing

    return KeyRing.generate("tokens")


@pytest.fixture(scope="session")
def protector(policy, keys):
    from privkit.policy import Protector

    return Protector(policy, keys=keys)


@pytest.fixture(scope="session")
def rows():
    return sample_customers(120, seed=11)


@pytest.fixture(scope="session")
def classification(rows):
    import pyarrow as pa

    from privkit.integrations.tables import classify_table

    return classify_table(pa.Table.from_pylist(rows))


@pytest.fixture(scope="session")
def spark():
    """A real local Spark session (local[2]); stopped at the end of the session."""
    os.environ["PYSPARK_PYTHON"] = sys.executable
    os.environ["PYSPARK_DRIVER_PYTHON"] = sys.executable
    os.environ["SPARK_LOCAL_IP"] = "127.0.0.1"
    from pyspark.sql import SparkSession

    session = (
        SparkSession.builder.master("local[2]")
        .appName("privkit-tests")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.driver.memory", "1g")
        .getOrCreate()
    )
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()
