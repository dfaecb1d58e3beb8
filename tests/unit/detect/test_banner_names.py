"""A program's banner names its maker and its product, not a person (H172).

Build tools, compilers and network operating systems open their output with a banner: a
product's name with a trade mark's sign ("Quoxel (R) Widget Compiler version 3.1"), the holder
of a copyright ("Copyright (c) 1999-2024 by Quoxel Systems, Inc.") and a product whose last
word is "Software" ("Quoxel NOS Software, Version 12.4"). The model read them as organisations.
Texts are written for the test in the same shapes; no corpus line is copied here.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.unit.detect._patterns import kept_entities


class TestTradeMark:
    @pytest.mark.parametrize(
        ("line", "value", "label"),
        [("Quoxel (R) Widget Compiler version 3.1.4", "Quoxel", "ORG"),
         ("Quoxel(R) Zeta(TM) CPU X-200 @ 2.40GHz", "Quoxel", "ORG"),
         ("Running Brandolo\u00ae Toolkit 7", "Brandolo", "PERSON"),
         ("Brandolo\u2122 Agent started", "Brandolo", "GPE")],
    )  # fmt: skip
    def test_dropped(self, line, value, label):
        assert kept_entities(line, [(value, label)]) == []

    @pytest.mark.parametrize(
        ("line", "value"),
        [("Quoxel (Rome) Widget Compiler", "Quoxel"),
         ("Anna Smith (RN) joined the ward", "Anna Smith"),
         ("Quoxel (TMX) is listed", "Quoxel")],
    )  # fmt: skip
    def test_kept(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == [value]


class TestCopyrightHolder:
    @pytest.mark.parametrize(
        ("line", "value"),
        [("Copyright (c) 1999-2024 by Quoxel Systems, Inc.", "Quoxel Systems, Inc."),
         ("(c) Copyright 2019 Quoxel Enterprise Development LP.", "Quoxel Enterprise Development LP"),
         ("Copyright (C) 1988-2020 Quoxel Foundation, Inc.", "Quoxel Foundation"),
         ("Copyright (c) The Quoxel Group", "The Quoxel Group"),
         ("Zeta Engine v4.1.2, Copyright (c) Quoxel Technologies", "Quoxel Technologies"),
         ("\u00a9 2003, 2011 Quoxel Labs", "Quoxel Labs")],
    )  # fmt: skip
    def test_organisation_dropped(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == []

    @pytest.mark.parametrize(
        "line",
        ["Quoxel version 2.0.8, (C) 2001-2017 Anna B. Smith.",
         "Copyright (c) 2013 Anna B. Smith"],
    )  # fmt: skip
    def test_person_kept(self, line):
        assert kept_entities(line, [("Anna B. Smith", "PERSON")]) == ["Anna B. Smith"]

    @pytest.mark.parametrize(
        ("line", "value"),
        [("The copyright office of Quoxel Systems called", "Quoxel Systems"),
         ("Quoxel Systems holds the copyright (c) of 2019", "Quoxel Systems"),
         ("Copyright (c) 2019 Quoxel Systems and others, licensed to Zeta Corp", "Zeta Corp")],
    )  # fmt: skip
    def test_not_the_holder_kept(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == [value]

    @given(
        st.integers(1970, 2030),
        st.integers(0, 30),
        st.sampled_from(["Copyright (c) ", "Copyright ", "(C) ", "\u00a9 ", "(c) Copyright "]),
        st.booleans(),
    )
    def test_any_years(self, year, span, notice, by):
        years = f"{year}-{year + span}" if span else str(year)
        holder = "Quoxel Networks, Inc."
        line = f"{notice}{years} {'by ' if by else ''}{holder}"
        assert kept_entities(line, [(holder, "ORG")]) == []


class TestSoftwareProduct:
    @pytest.mark.parametrize(
        ("line", "value"),
        [("Quoxel NOS Software, Version 12.4(2)XY7, RELEASE SOFTWARE (fc3)", "Quoxel NOS Software"),
         ("Quoxel NOS Software, Version 12.4(2)XY7, RELEASE SOFTWARE (fc3)", "RELEASE SOFTWARE"),
         ("Quoxel NOS Software [Fuji], Switch Software (Q9K), Version 16.9.4", "Quoxel NOS Software"),
         ("#show version\nQuoxel Operating System Software.\nQuoxelOS Version 8.5.0.0",
          "Quoxel Operating System Software")],
    )  # fmt: skip
    def test_dropped(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == []

    @pytest.mark.parametrize(
        ("line", "value"),
        [("Quoxel Software announced a new office in Oslo.", "Quoxel Software"),
         ("She joined Quoxel Software as its lawyer", "Quoxel Software"),
         ("Quoxel Systems, Version 12.4", "Quoxel Systems")],
    )  # fmt: skip
    def test_kept(self, line, value):
        assert kept_entities(line, [(value, "ORG")]) == [value]
