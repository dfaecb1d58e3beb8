"""Column classification and column-wise protection of pandas, Arrow, polars and records."""

import json

import pandas as pd
import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given
from hypothesis import strategies as st

from privkit._fieldnames import name_signal, split_words
from privkit.errors import DataError, PrivkitWarning, UnhandledPIIError
from privkit.integrations.tables import (
    ColumnClassification,
    TableClassification,
    classify_table,
    is_table,
    protect_table,
    table_kind,
)
from privkit.types import Category, EntityType

E = EntityType


class TestNameSignal:
    @pytest.mark.parametrize(
        ("name", "entity"),
        [
            ("email", E.EMAIL_ADDRESS), ("e_mail", E.EMAIL_ADDRESS), ("E-Mail", E.EMAIL_ADDRESS),
            ("mail", E.EMAIL_ADDRESS), ("emailAddress", E.EMAIL_ADDRESS),
            ("ip_addr", E.IP_ADDRESS), ("ipAddress", E.IP_ADDRESS), ("client_ip", E.IP_ADDRESS),
            ("IPV6", E.IP_ADDRESS), ("remote-addr", E.IP_ADDRESS),
            ("device_id", E.DEVICE_ID), ("deviceId", E.DEVICE_ID), ("idfa", E.ADVERTISING_ID),
            ("gaid", E.ADVERTISING_ID), ("mac", E.MAC_ADDRESS), ("wifi_mac_address", E.MAC_ADDRESS),
            ("imei", E.IMEI), ("cookie", E.COOKIE_ID), ("ga_cookie", E.COOKIE_ID),
            ("ua", E.USER_AGENT), ("user_agent", E.USER_AGENT), ("userAgent", E.USER_AGENT),
            ("phone", E.PHONE_NUMBER), ("msisdn", E.PHONE_NUMBER), ("ssn", E.US_SSN),
            ("full_name", E.PERSON), ("lastName", E.PERSON), ("date_of_birth", E.DATE_TIME),
        ],
    )  # fmt: skip
    def test_names_in_common_styles(self, name, entity):
        assert name_signal(name).entity is entity

    @pytest.mark.parametrize(
        "name", ["product_name", "customer_id", "plan", "created_at", "hostname", "amount"]
    )
    def test_non_personal_names(self, name):
        assert name_signal(name).entity is None

    def test_split_words(self):
        assert split_words("clientIPAddress") == ("client", "ip", "address")
        assert split_words("__weird--Name__") == ("weird", "name")


class TestClassify:
    def test_sample_table_categories(self, classification):
        c = classification
        assert c["email"].category is Category.CONTACT_EMAIL
        assert c["phone"].category is Category.CONTACT_PHONE
        assert c["ip_addr"].category is Category.IP_ADDRESS
        assert c["client_ipv6"].category is Category.IP_ADDRESS
        assert c["mac"].category is Category.MAC_ADDRESS
        assert c["idfa"].category is Category.ADVERTISING_ID
        assert c["gaid"].category is Category.ADVERTISING_ID
        assert c["ga_cookie"].category is Category.COOKIE_ID
        assert c["user_agent"].category is Category.USER_AGENT
        assert c["notes"].free_text
        assert c["notes"].category is None
        for plain in ("customer_id", "plan", "lifetime_value"):
            assert not c[plain].is_pii, plain

    def test_integer_imei_is_a_device_id(self, classification):
        col = classification["device_imei"]
        assert col.dtype == "int64"
        assert col.category is Category.DEVICE_ID
        assert dict(col.value_shares)[E.IMEI] == 1.0

    def test_values_alone_without_a_name_hint(self):
        rows = [{"c1": f"user{i}@example.org", "c2": f"10.0.{i}.1"} for i in range(30)]
        c = classify_table(rows)
        assert c["c1"].category is Category.CONTACT_EMAIL
        assert c["c1"].name_entity is None
        assert c["c2"].category is Category.IP_ADDRESS

    def test_mixed_column_reports_every_entity(self):
        values = [f"u{i}@example.com" if i % 2 else f"203.0.113.{i}" for i in range(40)]
        col = classify_table(pa.table({"contact": values}))["contact"]
        shares = dict(col.value_shares)
        assert col.mixed
        assert shares[E.EMAIL_ADDRESS] == pytest.approx(0.5)
        assert shares[E.IP_ADDRESS] == pytest.approx(0.5)
        assert col.is_pii

    def test_same_result_for_every_table_kind(self, rows, classification):
        for table in (pd.DataFrame(rows), pl.DataFrame(rows), rows):
            other = classify_table(table)
            assert other.categories == classification.categories

    def test_sampling_is_seeded_and_bounded(self, rows):
        a = classify_table(pa.Table.from_pylist(rows), sample_size=25, seed=3)
        b = classify_table(pa.Table.from_pylist(rows), sample_size=25, seed=3)
        assert a == b
        assert all(c.sampled + c.nulls <= 25 for c in a)

    def test_nested_records_use_paths(self):
        recs = [
            {"user": {"email": f"a{i}@example.com"}, "events": [{"device": {"idfa": None}}]}
            for i in range(5)
        ]
        c = classify_table(recs)
        assert c["user.email"].category is Category.CONTACT_EMAIL
        assert "events[].device.idfa" in c

    def test_json_round_trip_and_no_values(self, classification, rows):
        text = classification.to_json()
        assert TableClassification.from_json(text) == classification
        assert rows[0]["email"] not in text
        html = classification._repr_html_()
        assert "<table>" in html
        assert "email" in html
        assert rows[0]["email"] not in html

    def test_duplicated_columns_are_reported(self):
        df = pd.DataFrame([[1, 2, 3]], columns=["a@example.com", "b", "a@example.com"])
        with pytest.raises(DataError, match=r"columns 1 and 3") as info:
            classify_table(df)
        assert "a@example.com" not in str(info.value)

    def test_unsupported_type(self):
        assert not is_table("text")
        with pytest.raises(TypeError, match="str"):
            table_kind("text")


class TestDrift:
    def test_new_and_changed_columns(self, classification):
        extra = ColumnClassification(
            "backup_mail", "str", Category.CONTACT_EMAIL, E.EMAIL_ADDRESS, 0.9
        )
        current = TableClassification(
            (*[c for c in classification if c.name != "mac"], extra), rows=1
        )
        drift = current.drift(classification)
        assert drift.new_columns == ("backup_mail",)
        assert drift.removed_columns == ("mac",)
        assert drift.new_pii == (("backup_mail", Category.CONTACT_EMAIL),)
        with pytest.raises(UnhandledPIIError, match="backup_mail"):
            drift.raise_for_new_pii()

    def test_no_drift_against_itself(self, classification):
        assert not classification.drift(classification)

    def test_strict_protector_fails_on_new_pii_column(self, rows, policy, keys, classification):
        from privkit.policy import Protector

        baseline = TableClassification(
            tuple(c for c in classification if c.name != "email"), rows=1
        )
        df = pd.DataFrame(rows)
        strict = Protector(policy, keys=keys, strict=True)
        with pytest.raises(UnhandledPIIError, match="email"):
            protect_table(df, protector=strict, purpose="analytics", baseline=baseline)
        lenient = Protector(policy, keys=keys)
        with pytest.warns(PrivkitWarning, match="email: schema drift"):  # visible, not fatal
            out = protect_table(df, protector=lenient, purpose="analytics", baseline=baseline)
        assert len(out) == len(df)


def _values(col):
    return [None if isinstance(v, float) and v != v else v for v in col]  # noqa: PLR0124


class TestProtect:
    @pytest.mark.parametrize("kind", ["pandas", "arrow", "batch", "polars"])
    def test_same_type_rows_and_order(self, kind, rows, protector, classification):
        table = {
            "pandas": lambda: pd.DataFrame(rows),
            "arrow": lambda: pa.Table.from_pylist(rows),
            "batch": lambda: pa.RecordBatch.from_pylist(rows),
            "polars": lambda: pl.DataFrame(rows),
        }[kind]()
        out = protect_table(
            table, protector=protector, purpose="analytics", classification=classification
        )
        assert type(out) is type(table)
        get = {
            "pandas": lambda t, c: t[c].tolist(),
            "arrow": lambda t, c: t.column(c).to_pylist(),
            "batch": lambda t, c: t.column(c).to_pylist(),
            "polars": lambda t, c: t[c].to_list(),
        }[kind]
        assert get(out, "customer_id") == [r["customer_id"] for r in rows]
        assert get(out, "lifetime_value") == [r["lifetime_value"] for r in rows]
        emails = get(out, "email")
        assert len(emails) == len(rows)
        assert not {r["email"] for r in rows} & set(emails)
        idfa = _values(get(out, "idfa"))
        assert [v is None for v in idfa] == [r["idfa"] is None for r in rows]
        notes = get(out, "notes")
        assert not any(r["email"] in " ".join(notes) for r in rows)
        raw_notes = [r["notes"] for r in rows]
        assert notes == protector.protect_column(
            "notes", raw_notes, purpose="analytics", category="text"
        )
        assert notes != raw_notes

    def test_untouched_columns_keep_type(self, rows, protector, classification):
        out = protect_table(
            pa.Table.from_pylist(rows), protector=protector, purpose="support",
            classification=classification,
        )  # fmt: skip
        assert out.schema.field("customer_id").type == pa.int64()
        assert out.schema.field("lifetime_value").type == pa.float64()
        assert out.schema.field("device_imei").type == pa.string()

    def test_input_is_not_modified(self, rows, protector, classification):
        df = pd.DataFrame(rows)
        before = df.copy()
        protect_table(df, protector=protector, purpose="analytics", classification=classification)
        pd.testing.assert_frame_equal(df, before)

    def test_deterministic_tokens_join_across_tables(self, rows, protector, classification):
        a = protect_table(
            pd.DataFrame(rows), protector=protector, purpose="analytics",
            classification=classification,
        )  # fmt: skip
        b = protect_table(
            pd.DataFrame(list(reversed(rows))), protector=protector, purpose="analytics",
            classification=classification,
        )  # fmt: skip
        assert a["email"].tolist() == list(reversed(b["email"].tolist()))

    def test_one_audit_event_per_table(self, rows, policy, keys, classification):
        from privkit.policy import Protector

        class Sink:
            def __init__(self):
                self.events = []

            def write(self, event):
                self.events.append(event)

        sink = Sink()
        p = Protector(policy, keys=keys, audit=sink)
        protect_table(pd.DataFrame(rows), protector=p, purpose="analytics",
                      classification=classification)  # fmt: skip
        assert len(sink.events) == 1
        text = json.dumps(sink.events)
        assert rows[0]["email"] not in text
        assert "email" in text

    @pytest.mark.parametrize("kind", ["pandas", "pandas-object", "arrow", "polars", "records"])
    def test_outcome_counts(self, kind, protector):
        from privkit.integrations.tables import protect_table_report

        ip = ["10.0.0.1", "10.0.0.1", None, "10.0.0.2", "10.0.0.1", None]
        phone = ["+1 202-555-0101", "****", None, "****", "+1 202-555-0101", "****"]
        data = {"ip": ip, "phone": phone}
        table = {
            "pandas": lambda: pd.DataFrame(data),
            "pandas-object": lambda: pd.DataFrame(data, dtype=object),
            "arrow": lambda: pa.table(data),
            "polars": lambda: pl.DataFrame(data),
            "records": lambda: [{"ip": a, "phone": b} for a, b in zip(ip, phone, strict=True)],
        }[kind]()
        cls = TableClassification(
            (
                ColumnClassification("ip", "str", Category.IP_ADDRESS, E.IP_ADDRESS, 1.0),
                ColumnClassification("phone", "str", Category.CONTACT_PHONE, E.PHONE_NUMBER, 1.0),
            ),
            rows=len(ip),
        )
        result = protect_table_report(table, protector=protector, purpose="support",
                                      classification=cls)  # fmt: skip
        out, outcomes = result.table, result.columns
        get = {
            "pandas": lambda c: _values(out[c].tolist()),
            "pandas-object": lambda c: _values(out[c].tolist()),
            "arrow": lambda c: out.column(c).to_pylist(),
            "polars": lambda c: out[c].to_list(),
            "records": lambda c: [r[c] for r in out],
        }[kind]
        after = {c: get(c) for c in data}
        assert after["ip"] == [
            "10.0.0.0/24",
            "10.0.0.0/24",
            None,
            "10.0.0.0/24",
            "10.0.0.0/24",
            None,
        ]
        got = {o.name: (o.rows, o.nulls, o.changed, o.unique) for o in outcomes}
        for name, before in data.items():
            changed = sum(
                b is not None and b != a for b, a in zip(before, after[name], strict=True)
            )
            present = [v for v in before if v is not None]
            assert got[name] == (
                len(before),
                len(before) - len(present),
                changed,
                len(set(present)),
            )
        assert 0 < got["phone"][2] < len(phone) - 1  # "****" is its own mask

    @pytest.mark.parametrize("dtype", ["str", pd.StringDtype("pyarrow"), object])
    def test_factorize_matches_pandas(self, dtype):
        from privkit.integrations.tables._pandas import _factorize

        series = pd.Series(["b", None, "a", "b", "", "a", None, "é"], dtype=dtype)
        codes, uniques = _factorize(series)
        want_codes, want_uniques = pd.factorize(series, use_na_sentinel=True)
        assert codes.tolist() == want_codes.tolist()
        assert uniques == list(want_uniques)

    @pytest.mark.parametrize("kind", ["pandas", "arrow"])
    def test_schema_none_wins_over_the_classifier(self, kind, protector):
        # The test policy declares "plan" not personal; a classifier guess (NER took "ØC" for a
        # place once) must not make the policy redact it.
        plan = ["ØC", "pro", None]
        table = pd.DataFrame({"plan": plan}) if kind == "pandas" else pa.table({"plan": plan})
        cls = TableClassification(
            (ColumnClassification("plan", "str", Category.LOCATION, E.LOCATION, 1.0),), rows=3
        )
        out = protect_table(table, protector=protector, purpose="analytics", classification=cls)
        got = out["plan"].tolist() if kind == "pandas" else out.column("plan").to_pylist()
        assert _values(got) == plan

    def test_records_protect_nested_paths(self, protector):
        recs = [
            {"id": i, "user": {"email": f"user{i}@example.com"},
             "events": [{"ip": f"198.51.100.{i}"}, {"ip": None}]}
            for i in range(6)
        ]  # fmt: skip
        out = protect_table(recs, protector=protector, purpose="analytics")
        assert [r["id"] for r in out] == list(range(6))
        assert all(r["user"]["email"].startswith("tok_") for r in out)
        assert out[0]["events"][0]["ip"] == "198.51.100.0/24"
        assert out[0]["events"][1]["ip"] is None
        assert recs[0]["user"]["email"] == "user0@example.com"  # input untouched

    def test_public_api_dispatches_tables(self, rows, protector):
        import privkit

        df = pd.DataFrame(rows[:20])
        out = privkit.protect(df, policy=protector, purpose="support")
        assert isinstance(out, pd.DataFrame)
        assert len(out) == 20
        assert isinstance(privkit.classify(df), TableClassification)


@given(
    st.lists(
        st.one_of(st.none(), st.sampled_from(["a@example.com", "b@example.org", "c@example.net"])),
        min_size=1,
        max_size=40,
    )
)
def test_unique_value_mapping_equals_row_by_row(values):
    from privkit.keys import KeyRing
    from privkit.policy import Policy, Protector

    from .conftest import POLICY

    key = "hex:" + bytes(range(32)).hex()  # fixed test key
    p = Protector(
        Policy.from_dict(POLICY), keys=KeyRing.from_env(environ={"PRIVKIT_KEY_TOKENS": key})
    )
    cls = TableClassification(
        (ColumnClassification("email", "str", Category.CONTACT_EMAIL, E.EMAIL_ADDRESS, 1.0),),
        rows=len(values),
    )
    out = protect_table(
        pa.table({"email": pa.array(values, pa.string())}), protector=p, purpose="analytics",
        classification=cls,
    ).column("email").to_pylist()  # fmt: skip
    expected = p.protect_column("email", values, purpose="analytics", category="user.contact.email")
    assert out == expected


@pytest.mark.parametrize("kind", ["pandas", "arrow", "polars", "records"])
def test_consent_reads_the_same_row(kind, keys):
    """A rule that needs another field of the row is applied row by row, not per unique value."""
    from privkit.policy import Policy, Protector

    policy = Policy.from_dict({
        "version": 1,
        "purposes": ["marketing"],
        "schema": {"consent": "none"},
        "rules": [{"categories": ["user.contact.email"], "purposes": ["marketing"],
                   "consent": "consent", "transform": {"action": "tokenize", "key": "tokens"}}],
    })  # fmt: skip
    rows = [
        {"email": "same@example.com", "consent": True},
        {"email": "same@example.com", "consent": False},
        {"email": "other@example.com", "consent": True},
        {"email": None, "consent": True},
    ]
    table = {
        "pandas": lambda: pd.DataFrame(rows),
        "arrow": lambda: pa.Table.from_pylist(rows),
        "polars": lambda: pl.DataFrame(rows),
        "records": lambda: rows,
    }[kind]()
    cls = TableClassification(
        (ColumnClassification("email", "str", Category.CONTACT_EMAIL, E.EMAIL_ADDRESS, 1.0),
         ColumnClassification("consent", "bool", None, None, 0.0)),
        rows=4,
    )  # fmt: skip
    out = protect_table(
        table, protector=Protector(policy, keys=keys), purpose="marketing", classification=cls
    )
    emails = {
        "pandas": lambda: list(out["email"]),
        "arrow": lambda: out.column("email").to_pylist(),
        "polars": lambda: list(out["email"]),
        "records": lambda: [r["email"] for r in out],
    }[kind]()
    emails = _values(emails)
    assert emails[0].startswith("tok_") or len(emails[0]) > 10
    assert emails[0] != "same@example.com"
    assert not emails[1]  # same value, no consent on this row: suppressed (None, or "" in text)
    assert emails[2] not in (None, "other@example.com")
    assert emails[3] is None


class TestNestedCells:
    """Records, lists and structs in cells go through the record path, leaf by leaf."""

    DATA = {  # noqa: RUF012 - read-only test data
        "payload": [
            {"email": "ana@example.com", "n": 1},
            {"email": "bo@example.org", "n": 2},
            None,
        ],
        "tags": [["cy@example.net", "vip"], [], None],
        "meta": [{"contact": "di@example.com"}, {"contact": "x"}, {"contact": "y"}],
        "plan": ["free", "pro", "free"],
    }
    EMAILS = ("ana@example.com", "bo@example.org", "cy@example.net")

    @pytest.fixture
    def nested_protector(self, keys):
        from privkit.detect import Scanner
        from privkit.policy import Policy, Protector

        policy = Policy.from_dict({
            "version": 1,
            "purposes": ["a"],
            "schema": {"meta": "none", "plan": "none"},
            "rules": [{
                "categories": ["user.contact"], "purposes": ["a"],
                "transform": {"action": "tokenize", "key": "tokens"},
            }],
        })  # fmt: skip
        return Protector(policy, keys=keys, scanner=Scanner(entities=["EMAIL_ADDRESS"]))

    @pytest.mark.parametrize("kind", ["pandas", "arrow", "polars"])
    def test_leaves_are_protected_and_shape_kept(self, kind, nested_protector):
        make, rows_of = {
            "pandas": (pd.DataFrame, lambda t: t.to_dict("records")),
            "arrow": (pa.table, lambda t: t.to_pylist()),
            "polars": (pl.DataFrame, lambda t: t.to_dicts()),
        }[kind]
        table = make(self.DATA)
        out = protect_table(table, protector=nested_protector, purpose="a")
        assert type(out) is type(table)
        if kind != "pandas":
            assert out.schema == table.schema  # struct and list types kept
        got = rows_of(out)
        assert len(got) == 3
        assert not any(e in json.dumps(got, default=str) for e in self.EMAILS)
        assert [r["payload"] and r["payload"]["n"] for r in got] == [1, 2, None]
        assert got[0]["tags"][1] == "vip"
        assert got[0]["tags"][0].isalnum()  # a token in place of the e-mail
        assert got[2]["payload"] is None
        assert [r["meta"] for r in got] == self.DATA["meta"]  # declared not personal
        assert [r["plan"] for r in got] == self.DATA["plan"]
        same = nested_protector.protect({"payload": self.DATA["payload"][0]}, purpose="a")
        assert got[0]["payload"] == same["payload"]  # the record path's output exactly

    def test_map_columns_keep_their_type(self, nested_protector):
        mtype = pa.map_(pa.string(), pa.string())
        cells = [[("email", "ana@example.com"), ("plan", "x")], None, [("k", "1"), ("k", "2")]]
        table = pa.table({"m": pa.array(cells, type=mtype)})
        out = protect_table(table, protector=nested_protector, purpose="a")
        assert out.schema.field("m").type == mtype
        got = out.column("m").to_pylist()
        assert got[0][1] == ("plan", "x")
        assert got[0][0][0] == "email"
        assert got[0][0][1] != "ana@example.com"
        assert got[1] is None
        assert got[2] == [("k", "1"), ("k", "2")]  # repeated keys survive


class TestHugeCellsAdversarial:
    def test_classifier_scans_a_bounded_prefix_of_each_sampled_value(self):
        # One multi-megabyte cell once stalled protect(table) for minutes: the classifier
        # now asks the scanner for a prefix of each value (counted, not timed).
        from privkit.detect import DEFAULT_ENTITIES, NER_ENTITIES, Scanner
        from privkit.integrations.tables import classify_table
        from privkit.integrations.tables._classify import CELL_SCAN_CHARS

        seen: list[int] = []

        class Recording(Scanner):
            def scan_many(self, texts, **kwargs):
                capped = [t[: kwargs.get("max_chars") or len(t)] for t in texts]
                seen.extend(len(t) for t in capped)
                return super().scan_many(texts, **kwargs)

        huge = "a@example.com " + "x" * 2_000_000
        rows = [
            {"email": f"user{i}@example.com", "note": huge if i == 3 else "ok"} for i in range(20)
        ]
        result = classify_table(rows, scanner=Recording(entities=DEFAULT_ENTITIES - NER_ENTITIES))
        assert max(seen) <= CELL_SCAN_CHARS + 64  # the column-name context prefix
        assert {c.name: c.entity for c in result.columns}["email"] is not None
