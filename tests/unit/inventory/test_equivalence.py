"""The same data gives the same categories as a DataFrame, a SQLite table, a PostgreSQL table
and a CSV file: the inventory uses the table classifier, with the default scanner (NER on)."""

from __future__ import annotations

import pytest
from tests.unit.inventory.helpers import SCALARS, categories, write_postgres, write_sqlite

from privkit.integrations.tables import classify_table
from privkit.inventory import inventory


@pytest.fixture(scope="module")
def scanner():
    from privkit.detect import Scanner

    return Scanner()


@pytest.fixture(scope="module")
def expected(rows, scanner):
    import pandas as pd

    frame = pd.DataFrame(
        [{c: (None if r[c] is None else str(r[c])) for c in SCALARS} for r in rows]
    )
    result = classify_table(frame, scanner=scanner)
    return {
        c.name: (str(c.category) if c.category else ("text" if c.free_text else None))
        for c in result
    }


def _flat(cats):
    return {k: v for k, v in cats.items() if k in SCALARS}


@pytest.mark.ner
def test_sqlite_equals_dataframe(tmp_path, rows, scanner, expected):
    db = write_sqlite(tmp_path / "eq.db", rows)
    m = inventory(f"sqlite:///{db}", scanner=scanner)
    assert _flat(categories(m)) == expected
    assert expected["full_name"] == "user.name"  # NER was on both ways


@pytest.mark.ner
@pytest.mark.postgres
def test_postgres_equals_dataframe(postgres_dsn, rows, scanner, expected):
    url = write_postgres(postgres_dsn, "inv_eq", rows)
    m = inventory(url, scanner=scanner)
    assert _flat(categories(m)) == expected


@pytest.mark.ner
def test_csv_equals_dataframe(tmp_path, rows, scanner, expected):
    import csv

    path = tmp_path / "eq.csv"
    with path.open("w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=SCALARS)
        w.writeheader()
        w.writerows({c: r[c] for c in SCALARS} for r in rows)
    m = inventory(path, scanner=scanner)
    got = _flat(categories(m, "eq.csv"))
    assert got == expected
