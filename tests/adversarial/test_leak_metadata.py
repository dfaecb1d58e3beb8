"""No value in metadata: names, paths, reports, errors and the audit log never show one."""

from __future__ import annotations

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from tests.adversarial._leaks import (
    EMAIL,
    IMEI,
    IP,
    SCANNER,
    assert_no_leak,
    audit_events,
    dump,
    protector,
)

import privkit
from privkit.errors import DataError
from privkit.integrations.tables import classify_table, protect_table

BOB = "bob.stone@example.org"


class TestRecords:
    def test_explain_names_personal_keys_by_placeholder(self):
        out = privkit.explain(
            {"scores": {EMAIL: 3, BOB: 4}, IP: "x"}, policy=protector(), purpose="analytics"
        )
        assert sorted(out) == ["<IP_ADDRESS>", "scores.<EMAIL_ADDRESS>", "scores.<EMAIL_ADDRESS>#2"]
        assert_no_leak("explain", dump(out), [EMAIL, BOB, IP])

    def test_classify_names_personal_keys_by_placeholder(self):
        out = privkit.classify({"scores": {EMAIL: 3, IMEI: 4}}, scanner=SCANNER)
        assert sorted(c.name for c in out) == ["scores.<EMAIL_ADDRESS>", "scores.<IMEI>"]
        assert_no_leak("classify", dump(out))

    def test_classify_schema_names(self):
        out = privkit.classify([EMAIL, "plan"])
        assert [c.name for c in out] == ["<EMAIL_ADDRESS>", "plan"]
        assert_no_leak("classify", out.to_json())

    @pytest.mark.parametrize("key", [IMEI, float(IMEI), (EMAIL,), EMAIL.encode()], ids=repr)
    def test_non_str_keys_are_renamed_and_kept_out_of_the_audit_log(self, key, audit_path):
        out = protector(audit_path).protect({"m": {key: 1, "n": 2}}, purpose="analytics")
        assert sorted(out["m"].values()) == [1, 2]  # renamed, nothing dropped
        assert_no_leak("output", dump(out))
        events = audit_events(audit_path)
        assert events
        assert_no_leak("audit log", audit_path.read_text())


class TestTables:
    def test_numeric_column_is_checked_whole(self):
        df = pd.DataFrame({"value": [*range(5000), IMEI]})
        out = protect_table(df, protector=protector(), purpose="analytics")
        assert IMEI not in out["value"].tolist()
        assert out["value"].tolist()[:5000] == list(range(5000))  # the rest untouched
        assert len(out) == len(df)

    @pytest.mark.parametrize(
        "table",
        [
            pa.table({"value": pa.array([*range(5000), IMEI], pa.int64())}),
            pa.table({"value": pa.array([*map(float, range(5000)), float(IMEI)])}),
            pl.DataFrame({"value": [*range(5000), IMEI]}),
        ],
        ids=["arrow-int", "arrow-float", "polars"],
    )
    def test_numeric_arrow_and_polars_columns_are_checked_whole(self, table):
        out = protect_table(table, protector=protector(), purpose="analytics")
        rows = out.to_pylist() if isinstance(out, pa.Table) else out.to_dicts()
        assert_no_leak("output", repr(rows))
        assert len(rows) == 5001

    def test_pivoted_columns_are_renamed_by_the_category_rule(self, audit_path):
        df = pd.DataFrame({"week": [1, 2], EMAIL: [3, 4], BOB: [5, 6]})
        p = protector(audit_path)
        support = protect_table(df, protector=p, purpose="support")
        assert support.columns[0] == "week"
        assert [c.split("@")[1] for c in list(support.columns)[1:]] == [
            "example.com",
            "example.org",
        ]
        analytics = protect_table(df, protector=p, purpose="analytics")
        again = protect_table(df, protector=p, purpose="analytics")
        assert list(analytics.columns) == list(again.columns)  # deterministic: still joins
        assert analytics.iloc[:, 1:].to_numpy().tolist() == [[3, 5], [4, 6]]
        for out in (support, analytics):
            assert_no_leak("columns", repr(list(out.columns)), [EMAIL, BOB])
        if audit_path.exists():
            assert_no_leak("audit log", audit_path.read_text(), [EMAIL, BOB])

    def test_index_labels_are_protected_and_restored_as_index(self):
        df = pd.DataFrame({"score": [1, 2]}, index=pd.Index([EMAIL, BOB], name="who"))
        out = protect_table(df, protector=protector(), purpose="support")
        assert out.index.name == "who"
        assert list(out.columns) == ["score"]
        assert out["score"].tolist() == [1, 2]
        assert_no_leak("index", repr(list(out.index)), [EMAIL, BOB])

    def test_plain_labels_come_back_as_they_were(self):
        df = pd.DataFrame([[EMAIL, 1]], index=pd.Index([7]), columns=[0, "n"])
        out = protect_table(df, protector=protector(), purpose="analytics")
        assert list(out.columns) == [0, "n"]
        assert list(out.index) == [7]
        assert_no_leak("output", repr(out.to_dict("list")))

    @pytest.mark.parametrize(
        "table",
        [
            pd.DataFrame([[1, 2]], columns=[EMAIL, EMAIL]),
            pa.table([pa.array([1]), pa.array([2])], names=[EMAIL, EMAIL]),
        ],
        ids=["pandas", "arrow"],
    )
    def test_duplicated_column_error_names_positions_only(self, table):
        with pytest.raises(DataError, match=r"columns 1 and 2") as info:
            protect_table(table, protector=protector(), purpose="analytics")
        assert_no_leak("error", f"{info.value} {info.value!r} {vars(info.value)}", [EMAIL])

    def test_classification_reports_show_placeholders(self):
        df = pd.DataFrame({EMAIL: [1], "mail": [BOB]})
        out = classify_table(df, scanner=SCANNER)
        assert [c.name for c in out] == ["<EMAIL_ADDRESS>", "mail"]
        assert_no_leak("report", out.to_json() + str(out) + out._repr_html_(), [EMAIL, BOB])

    def test_record_tables_show_placeholders(self):
        out = privkit.classify([{"scores": {EMAIL: 1}}, {"scores": {BOB: 2}}], scanner=SCANNER)
        assert_no_leak("report", out.to_json(), [EMAIL, BOB])

    @pytest.mark.parametrize(
        ("table", "rows"),
        [
            (pa.table({"s": pa.array([{EMAIL: 1, "n": 2}, None])}), 2),
            (pa.table({"s": pa.array([[{EMAIL: 1}], [{BOB: 3}]])}), 2),
            (pa.table({"s": pa.array([{"in": {EMAIL: 3}}])}), 1),
            (pl.DataFrame({"s": [{EMAIL: 1, "n": 2}]}), 1),
        ],
        ids=["arrow-struct", "arrow-list-of-struct", "arrow-nested-struct", "polars-struct"],
    )
    def test_struct_field_names_are_renamed_and_their_values_kept(self, table, rows):
        """A JSON object keyed by e-mail addresses read into a struct column: the field name
        stayed, and the value under it turned null (Arrow dropped the renamed key)."""
        out = protect_table(table, protector=protector(), purpose="analytics")
        got = out.to_pylist() if isinstance(out, pa.Table) else out.to_dicts()
        assert_no_leak("output", f"{out.schema} {got}", [EMAIL, BOB])
        assert len(got) == rows

        def leaves(v):
            if isinstance(v, dict):
                return [x for w in v.values() for x in leaves(w)]
            if isinstance(v, list):
                return [x for w in v for x in leaves(w)]
            return [] if v is None else [v]

        before = table.to_pylist() if isinstance(table, pa.Table) else table.to_dicts()
        assert sorted(x for r in got for x in leaves(r)) == sorted(
            x for r in before for x in leaves(r)
        )  # every number still there: nothing nulled

    def test_schema_metadata_is_protected_and_plain_metadata_kept(self):
        table = pa.table({"a": ["x"]}, metadata={"owner": EMAIL, "note": "ok", IP: "k"})
        out = protect_table(table, protector=protector(), purpose="analytics")
        assert_no_leak("metadata", repr(out.schema.metadata), [EMAIL, IP])
        assert out.schema.metadata[b"note"] == b"ok"
        assert len(out.schema.metadata) == 3
        noted = pa.schema([pa.field("a", pa.string(), metadata={"about": f"ask {EMAIL}"})])
        out = protect_table(pa.table({"a": ["x"]}, schema=noted), protector=protector(),
                            purpose="analytics")  # fmt: skip
        assert out.schema.field("a").metadata
        assert_no_leak("field metadata", repr(out.schema.field("a").metadata), [EMAIL])
        plain = pa.table({"a": ["x"]}, metadata={"owner": "team-a", "v": "2"})
        kept = protect_table(plain, protector=protector(), purpose="analytics")
        assert kept.schema.metadata == plain.schema.metadata

    def test_a_pandas_axis_name_is_renamed_like_a_column(self):
        df = pd.DataFrame({"a": [1]}).rename_axis(columns=EMAIL)
        out = protect_table(df, protector=protector(), purpose="analytics")
        assert out.columns.name is not None
        assert_no_leak("axis name", repr(out.columns.name), [EMAIL])
        kept = pd.DataFrame({"a": [1]}).rename_axis(columns="kind")
        assert (
            protect_table(kept, protector=protector(), purpose="analytics").columns.name == "kind"
        )

    def test_pandas_attrs_are_protected_as_a_record(self):
        df = pd.DataFrame({"a": ["x"]})
        df.attrs = {"owner": EMAIL, "v": 2, "nested": {"by": IP}}
        out = protect_table(df, protector=protector(), purpose="analytics")
        assert_no_leak("attrs", repr(out.attrs), [EMAIL, IP])
        assert out.attrs["v"] == 2
        assert df.attrs["owner"] == EMAIL  # the caller's table is left as it was
