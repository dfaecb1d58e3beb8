"""Scoring helpers of the detection accuracy benchmark, on hand-made examples."""

import pytest
from benchmarks._eval import Doc, PRCounts, Span, char_stats, micro, score, score_doc


def S(start, end, entity="PERSON"):
    return Span(start, end, entity)


class TestSpan:
    def test_rejects_empty_and_negative(self):
        with pytest.raises(ValueError):
            Span(3, 3, "X")
        with pytest.raises(ValueError):
            Span(-1, 2, "X")

    def test_overlap_is_half_open(self):
        assert S(0, 5).overlaps(S(4, 9))
        assert not S(0, 5).overlaps(S(5, 9))


class TestPRCounts:
    def test_ratios(self):
        c = PRCounts(pred=4, pred_ok=3, gold=6, gold_found=3)
        assert c.precision == 0.75
        assert c.recall == 0.5
        assert c.f1 == pytest.approx(2 * 0.75 * 0.5 / 1.25)

    def test_empty_sides(self):
        assert PRCounts(gold=2).precision == 1.0
        assert PRCounts(gold=2).recall == 0.0
        assert PRCounts(gold=2).f1 == 0.0
        assert PRCounts(pred=2).recall == 1.0


class TestExactVsOverlap:
    gold = (S(0, 10), S(20, 30, "EMAIL_ADDRESS"))

    def test_exact_hit(self):
        c = score_doc(self.gold, [S(0, 10)], mode="exact")
        assert (c["PERSON"].pred_ok, c["PERSON"].gold_found) == (1, 1)
        assert c["EMAIL_ADDRESS"].gold_found == 0

    def test_boundary_error_is_a_miss_exact_but_a_hit_overlap(self):
        preds = [S(0, 8)]
        exact = score_doc(self.gold, preds, mode="exact")["PERSON"]
        over = score_doc(self.gold, preds, mode="overlap")["PERSON"]
        assert (exact.pred, exact.pred_ok, exact.gold_found) == (1, 0, 0)
        assert (over.pred, over.pred_ok, over.gold_found) == (1, 1, 1)

    def test_wrong_type_never_matches(self):
        c = score_doc(self.gold, [S(20, 30, "URL")], mode="overlap")
        assert c["URL"].pred_ok == 0
        assert c["EMAIL_ADDRESS"].gold_found == 0

    def test_split_prediction_overlap(self):
        c = score_doc(self.gold, [S(0, 4), S(5, 10)], mode="overlap")["PERSON"]
        assert (c.pred, c.pred_ok, c.gold, c.gold_found) == (2, 2, 1, 1)

    def test_duplicate_predictions_count_once(self):
        c = score_doc(self.gold, [S(0, 10), S(0, 10)], mode="exact")["PERSON"]
        assert c.pred == 1

    def test_false_positive_outside_gold(self):
        c = score_doc(self.gold, [S(40, 45)], mode="overlap")["PERSON"]
        assert (c.pred, c.pred_ok) == (1, 0)

    def test_prediction_on_ignored_region_is_not_scored(self):
        ignored = (S(40, 45, "AGE"),)
        c = score_doc(self.gold, [S(41, 43, "DATE_TIME")], mode="exact", ignored=ignored)
        assert "DATE_TIME" not in c


class TestCorpusScore:
    def test_micro_over_documents(self):
        docs = [
            Doc("a", "sentence", "t", "x" * 50, (S(0, 10),)),
            Doc("b", "log", "t", "x" * 50, (S(0, 5, "IP_ADDRESS"), S(10, 15, "IP_ADDRESS"))),
        ]
        preds = [[S(0, 10)], [S(0, 5, "IP_ADDRESS"), S(30, 35, "IP_ADDRESS")]]
        counts = score(docs, preds, mode="exact")
        assert counts["IP_ADDRESS"].precision == 0.5
        assert counts["IP_ADDRESS"].recall == 0.5
        total = micro(counts)
        assert (total.pred, total.pred_ok, total.gold, total.gold_found) == (3, 2, 3, 2)
        assert micro(counts, {"PERSON"}).f1 == 1.0


class TestCharStats:
    def test_leak_and_over_redaction(self):
        # 20 chars: PII at [2, 6) and [10, 14); 12 clean chars.
        doc = Doc("a", "log", "t", "x" * 20, (S(2, 6, "IP_ADDRESS"), S(10, 14, "MAC_ADDRESS")))
        preds = [[S(2, 5, "URL"), S(15, 18, "DATE_TIME")]]
        st = char_stats([doc], preds)
        assert st.pii_chars == 8
        assert st.leaked_chars == 5  # one char of the IP, all four of the MAC
        assert st.leaked_by_entity == {"IP_ADDRESS": 1, "MAC_ADDRESS": 4}
        assert st.clean_chars == 12
        assert st.over_chars == 3
        assert st.over_share == pytest.approx(3 / 12)
        assert st.over_share_of("DATE_TIME") == pytest.approx(3 / 12)
        assert st.over_share_of("URL") == 0.0

    def test_ignored_chars_are_neither_pii_nor_clean(self):
        doc = Doc("a", "sentence", "t", "x" * 10, (), (S(0, 4, "AGE"),))
        st = char_stats([doc], [[S(0, 4, "DATE_TIME")]])
        assert (st.pii_chars, st.clean_chars, st.over_chars) == (0, 6, 0)
