"""privkit.integrations.spark on a real local SparkSession: same bytes as the single-process path."""

import math

import pyarrow as pa
import pytest

import privkit
import privkit.integrations.spark as privkit_spark
from privkit.integrations.tables import protect_table

pytestmark = [
    pytest.mark.spark,
    # pyspark 4.3 warns on any pandas >= 3 import; the Arrow round trip below is the check.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]


def _missing(v):
    return isinstance(v, float) and math.isnan(v)


def test_spark_output_is_byte_identical_to_pandas_and_arrow(  # noqa: PLR0917
    spark, rows, policy, keys, protector, classification
):
    table = pa.Table.from_pylist(rows)
    df = spark.createDataFrame(table).repartition(2)  # rows cross partitions
    out = privkit_spark.protect(
        df, policy=policy, keys=keys, purpose="analytics", classification=classification
    )
    got = out.toArrow().sort_by("customer_id")
    assert got.num_rows == len(rows)
    expected_arrow = protect_table(
        table, protector=protector, purpose="analytics", classification=classification
    )
    expected_pandas = protect_table(
        table.to_pandas(), protector=protector, purpose="analytics", classification=classification
    )
    for name in table.schema.names:
        spark_values = got.column(name).to_pylist()
        assert spark_values == expected_arrow.column(name).to_pylist(), name
        pandas_values = [None if _missing(v) else v for v in expected_pandas[name].tolist()]
        assert spark_values == pandas_values, name
    # deterministic tokens really changed the identifiers
    assert all(v.startswith("tok_") for v in got.column("email").to_pylist())
    assert got.column("customer_id").to_pylist() == [r["customer_id"] for r in rows]


def test_spark_classifies_by_itself_and_keeps_types_of_untouched_columns(spark, rows, protector):
    df = spark.createDataFrame(pa.Table.from_pylist(rows[:40]))
    cls = privkit.classify(df)
    assert str(cls["email"].category) == "user.contact.email"
    assert str(cls["device_imei"].category) == "user.device.device_id"
    events = []

    class Sink:
        def write(self, event):
            events.append(event)

    with pytest.raises(privkit.PrivkitError, match="to the Protector"):
        privkit_spark.protect(df, policy=protector, purpose="support", audit=Sink())
    audited = privkit.Protector(protector.policy, keys=protector.keys, audit=Sink())
    out = privkit_spark.protect(
        df, policy=audited, purpose="support", classification=cls, actor="etl"
    )
    # One driver-side event, with the counts the executors reported.
    assert len(events) == 1
    assert events[0]["outcome"] == "ok"
    assert "email" in events[0]["fields"]
    assert events[0]["records"] == 40
    assert sum(events[0]["counts"].values()) >= 40
    assert events[0]["actor"]["name"] == "etl"
    assert rows[0]["email"] not in str(events)
    types = {f.name: f.dataType.simpleString() for f in out.schema.fields}
    assert types["customer_id"] == "bigint"
    assert types["lifetime_value"] == "double"
    assert types["email"] == "string"
    result = out.toArrow()
    assert result.num_rows == 40
    raw = {r["email"] for r in rows[:40]}
    assert not raw & set(result.column("email").to_pylist())


def test_spark_protects_struct_array_and_map_columns_like_arrow(spark, protector):
    table = pa.table({
        "id": [1, 2],
        "payload": pa.array(
            [[("email", "ana@example.com"), ("plan", "pro")], None],
            type=pa.map_(pa.string(), pa.string()),
        ),
        "tags": [["bo@example.org"], []],
        "s": [{"mail": "cy@example.net", "n": 3}, None],
    })  # fmt: skip
    got = privkit_spark.protect(spark.createDataFrame(table), policy=protector, purpose="analytics")
    got_table = got.toArrow().sort_by("id")
    expected = protect_table(table, protector=protector, purpose="analytics")
    assert got_table.schema.field("payload").type == table.schema.field("payload").type
    for name in ("payload", "tags", "s"):
        assert got_table.column(name).to_pylist() == expected.column(name).to_pylist(), name
    text = str(got_table.to_pylist())
    assert not any(e in text for e in ("ana@example.com", "bo@example.org", "cy@example.net"))


def test_spark_scans_bytes_columns_and_keeps_them_bytes(spark, protector):
    """A binary column: its personal cells are protected as in the Arrow path, bytes stay bytes."""
    table = pa.table({
        "id": [1, 2, 3, 4],
        "clean_sample": pa.array([b"ok", b"ok", b"aa.aa@example.com", None], type=pa.binary()),
        "all_mail": pa.array([b"a1@example.com", b"b2@example.com"] * 2, type=pa.binary()),
    })  # fmt: skip
    got = privkit_spark.protect(spark.createDataFrame(table), policy=protector, purpose="analytics")
    got_table = got.toArrow().sort_by("id")
    expected = protect_table(table, protector=protector, purpose="analytics")
    for name in ("clean_sample", "all_mail"):
        assert got_table.column(name).to_pylist() == expected.column(name).to_pylist(), name
        assert pa.types.is_binary(got_table.schema.field(name).type) or pa.types.is_large_binary(
            got_table.schema.field(name).type
        )
    cells = got_table.column("clean_sample").to_pylist()
    assert cells[:2] == [b"ok", b"ok"]
    assert cells[3] is None
    assert b"example.com" not in b"".join(
        c for col in ("clean_sample", "all_mail") for c in got_table.column(col).to_pylist() if c
    )


def test_spark_renames_column_and_struct_field_names_holding_personal_data(spark, protector):
    """A pivot's e-mail addresses as a column name and as struct field names: renamed as the
    Arrow path renames them, their values kept. (The column was refused with a
    classification error, and a struct's field name went out as it was.)"""
    table = pa.table({
        "id": [1, 2],
        "ana@example.com": [3, 4],
        "s": [{"bo@example.org": 5, "n": "x"}, None],
        "l": [[{"cy@example.net": 6}], []],
    })  # fmt: skip
    got = privkit_spark.protect(spark.createDataFrame(table), policy=protector, purpose="analytics")
    got_table = got.toArrow().sort_by("id")
    text = f"{got_table.schema} {got_table.to_pylist()}"
    assert not any(e in text for e in ("ana@example.com", "bo@example.org", "cy@example.net"))
    expected = protect_table(table, protector=protector, purpose="analytics")
    assert got_table.schema.names == expected.schema.names  # the same renamed names
    assert got_table.column(1).to_pylist() == [3, 4]
    assert [list(v.values()) if v else v for v in got_table.column("s").to_pylist()] == [
        [5, "x"],
        None,
    ]
    assert got_table.column("l").to_pylist()[0][0] == expected.column("l").to_pylist()[0][0]
