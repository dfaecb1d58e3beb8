# ruff: noqa: E501, PLR2004 - regex tables, word lists and numeric address ranges
"""Payment cards, IBANs and cryptocurrency addresses (checksums first)."""

from __future__ import annotations

import re
from typing import ClassVar

from privkit.detect._base import (
    Pattern,
    PatternDetector,
    ScanState,
    normalize_words,
)
from privkit.detect._builtin._common import (
    _ANY_DIGIT,
    _DIGITS,
    _DIGITS_CLOSE,
    _FIRST_DIGIT,
    _GROUPED,
    _NO_SPACES,
    _REQUEST_ID_WORDS,
    _TYPO_DASHES,
    TYPO_DASHES,
    _finding,
    _machine_line_at,
    _scan_lines,
    _ScanAware,
    _time_value_field,
    _whole_line,
    aws_account_field,
    iban_walk,
    word_dump_row,
)
from privkit.detect._checksums import (
    base58check_version,
    card_brand,
    iban_valid,
    luhn_valid,
    segwit_address_valid,
)
from privkit.types import EntityType, Finding

_CARD_SEPS = re.compile(rf"[ \-.\u00a0\u202f\u2009{TYPO_DASHES}]")


#: A 16-digit number in two halves of eight ("35660020 20360505", :class:`CreditCardDetector`).
_CARD_HALVES = r"(?<![\w\-.+])[0-9]{8}([ \-])[0-9]{8}(?![\w\-]|\.[0-9])"


#: No-break, narrow no-break and thin spaces: digit groups of formatted text use them.
_WIDE_SPACES = ("\u00a0", "\u202f", "\u2009")


_WIDE_TO_SPACE = str.maketrans("\u00a0\u202f\u2009", "   ")


def _in_fives(groups: list[int]) -> bool:
    """Whether digit groups are a number cut into fives.

    Three or more groups, all of five digits but the last, shorter ("40128 88888 88188 1",
    "40128-88888-88188-1"): the rest of a cut. Equal groups of five ("37798 62327 28795") are
    as likely three columns of a record, as is any run opening with five digits.
    """
    return len(groups) >= 3 and all(n == 5 for n in groups[:-1]) and 1 <= groups[-1] <= 4


def _number_beside(text: str, start: int, end: int) -> bool:
    """Whether a digit stands within two characters before ``start`` or after ``end``.

    (A space or a sign between): another column of the same record.
    """
    return any(c.isdigit() for c in text[max(0, start - 2) : start]) or any(
        c.isdigit() for c in text[end : end + 2]
    )


#: A UATP number in the groups its cards print (4-5-6: "1815 29834 959453").
_UATP_GROUPS = re.compile(r"[0-9]{4}([ \-])[0-9]{5}\1[0-9]{6}")


# A word of the card detector's negative context labelling the number right after it: the word
# (or its longer form, "orders", "orderId", "tracking_no"), at most two words naming a number
# ("number", "no", "id", "#"...), then marks only ("Order number: ", "traceID=", '"orderId": "',
# "/orders/"). A sentence that mentions an order elsewhere ("paid for the order with 4111
# ...", "charge 4111 ... for the order") does not label the number with it.
_CARD_NEGATIVE_LABEL = re.compile(
    r"(?:order|invoice|tracking|imei|iccid|imsi|account[ _\-.]?id|transaction[ _\-.]?id|ref"
    r"|trace|span[ _\-.]?id|request[ _\-.]?id|correlation)[a-z]{0,16}"
    r"(?:[^a-z0-9\n]{0,4}(?:number|num|nos?|nr|ids?|code|key)\b){0,2}[^a-z0-9\n]{0,6}\Z"
)


# A payment card's name right before a number ("credit card number is", "Card no:", "CC#",
# "visa card: "): the only context in which a number failing the Luhn check is a card. A
# card of another kind (SIM, library, gift, loyalty, access, ID card) does not count.
_CARD_PHRASE = re.compile(
    r"(?i)(?:(?<![a-z])(?:credit|debit|payment|bank|visa|master|amex|discover)[ _\-]?card"
    r"|(?<![a-z])(?:visa|mastercard|amex)"
    r"|(?<!sim )(?<!sim)(?<!id )(?<!gift )(?<!library )(?<!loyalty )(?<!member )(?<!access )"
    r"(?<![a-z])card[ _\-]?(?:number|num|no\b\.?|nr\b\.?|#)"
    r"|(?<![a-z])(?:cc|ccn)[ _\-]?(?:number|num|no\b\.?|#)?(?![a-z]))"
    r"[^0-9a-z\n]{0,4}(?:(?:is|was|of|:|=|reads?|number|num|no)[^0-9a-z\n]{0,4}){0,3}\Z"
)


# The last word before such a number: a card's name, or a word between it and the number.
_CARD_PHRASE_ENDS = frozenset(
    ("card", "number", "num", "no", "nr", "#", "cc", "ccn", "visa", "mastercard", "amex",
     "is", "was", "of", "reads", "read")
)  # fmt: skip


def _after_card_name(text: str, start: int) -> bool:
    """Whether a payment card's name (:data:`_CARD_PHRASE`) ends right before ``start``.

    The last word is looked at first (a plain string test), so that only a number after one
    of the phrase's words runs the expression, over 40 characters.
    """
    tail = text[max(0, start - 40) : start].rstrip(" \t:=.'\"(")
    last = tail.rsplit(None, 1)[-1].lower() if tail else ""
    last = last.rsplit("_", 1)[-1].rsplit("-", 1)[-1]
    if last not in _CARD_PHRASE_ENDS and not last.endswith("#"):
        return False
    return _CARD_PHRASE.search(text, max(0, start - 40), start) is not None


class CreditCardDetector(_ScanAware):
    """Payment card numbers: Luhn checksum and a known issuer prefix and length.

    Two forms need a card word near: a number glued to a label's full stop ("Card
    No.4111..."), and a UnionPay number that fails the Luhn check (the network does not
    require it).
    """

    entity = EntityType.CREDIT_CARD
    #: Quick reject (see ``PatternDetector.needs``): every pattern reads ASCII digits.
    needs = re.compile(r"[0-9]")
    name = "credit_card"
    checksum = "luhn"
    context = ("card", "credit", "debit", "visa", "mastercard", "amex", "discover", "cc",
               "payment", "pan", "uatp", "airline")  # fmt: skip
    # (A trace, span, request or correlation id of 12 to 19 digits passes a card's checks
    # one time in about fifty: "traceID=2223839516656616".)
    negative_context = ("order", "invoice", "tracking", "imei", "iccid", "imsi", "account id",
                        "transaction id", "ref", *_REQUEST_ID_WORDS)  # fmt: skip
    _neg_words: ClassVar[frozenset[str]] = frozenset(w.strip() for w in normalize_words(
        negative_context))  # fmt: skip
    patterns = (
        Pattern("card", _DIGITS, score=0.85, min_length=12, max_length=19, prefilter=_ANY_DIGIT),
        Pattern(
            "card_grouped", _GROUPED, score=0.85, min_length=14, max_length=29, prefilter=_ANY_DIGIT
        ),
        Pattern(
            "card_halves",
            _CARD_HALVES,
            score=0.85,
            min_length=17,
            max_length=17,
            prefilter=_ANY_DIGIT,
        ),
        # Four groups of four joined by full stops ("4111.1111.1111.1111"), as some forms and
        # exports print them, or American Express's and Diners Club's 4-6-5 and 4-6-4
        # ("3782.822463.10005"). It starts at the first stop (a literal search, like IPv4) and
        # takes the group before it by ``extend_back``; a fifth digit before it refuses it, and
        # a first group of fewer than four (``_evaluate``).
        Pattern(
            "card_dotted",
            r"\.(?:[0-9]{4}\.[0-9]{4}\.[0-9]{4}|[0-9]{6}\.[0-9]{4,5})(?![\w\-]|\.[0-9])",
            score=0.85,
            not_after=r"\w\-.+",
            extend_back="0123456789",
            extend_max=4,
            min_length=16,
            max_length=19,
            prefilter=(".",),
        ),
        # A number glued to an abbreviation's full stop, as forms print a label ("Card
        # No.4111 1111 1111 1111", "Kartennr.4111..."): the patterns above refuse a stop before
        # a number (decimals, versions, dotted names), so this one takes a letter before the
        # stop and needs a card word near.
        Pattern(
            "card_after_stop",
            r"(?<=[^\W\d_]\.)(?:[0-9]{12,19}|[0-9]{4,6}([ \-])[0-9]{1,7}(?:\1[0-9]{1,7}){1,3})"
            r"(?![\w\-]|\.[0-9])",
            score=0.85,
            requires_context=True,
            min_length=12,
            max_length=29,
            prefilter=(".",),
        ),
        # UnionPay numbers (62, 16 to 19 digits) need not pass the Luhn check: the network
        # does not require it. Without the checksum, only beside a card word.
        Pattern(
            "card_unionpay",
            r"(?<![\w\-.+])62[0-9]{2}([ \-]?)[0-9]{4}\1[0-9]{4}\1[0-9]{4}(?:\1[0-9]{1,3})?"
            r"(?![\w\-]|\.[0-9])",
            score=0.6,
            requires_context=True,
            min_length=16,
            max_length=23,
            prefilter=("62",),
        ),
        # A card-shaped number that fails the Luhn check, right after a payment card's name
        # ("my credit card number is 1234 5678 9012 3456", "Card no: 4567-8901-2345-6789"): a
        # mistyped or made-up number the writer calls a card is redacted as one. Only 16
        # digits (bare or four groups of four) or Amex's 4-6-5, and only after the phrase.
        Pattern(
            "card_unchecked",
            # (A word of every such phrase leads, lower-cased, and the number is the finding:
            # the expression is tried only where one of those words is, not at every digit.)
            r"(?:card|visa|amex|cc)[^0-9\n]{0,40}?(?<![\w\-.+])"
            r"(?P<value>[0-9]{4}([ \-]?)[0-9]{4}\2[0-9]{4}\2[0-9]{4}"
            r"|3[47][0-9]{2}([ \-]?)[0-9]{6}\3[0-9]{5})(?![\w\-]|\.[0-9])",
            score=0.35,
            requires_context=True,
            lowercase=True,
            min_length=15,
            max_length=19,
            prefilter=("card", "visa", "amex", "cc"),
        ),
        # Groups joined by a hyphen with a space on each side, as sanitizers' and support
        # tickets' sentences write them ("4111 - 1111 - 1111 - 1111", Amex's "3782 - 822463 -
        # 10005"): only in texts holding such a dash. ``validate`` reads the groups as joined
        # by the hyphen alone.
        Pattern(
            "card_spaced_dash",
            rf"{_FIRST_DIGIT}[0-9]{{3,5}} - [0-9]{{4,7}}(?: - [0-9]{{1,7}}){{1,2}}{_DIGITS_CLOSE}",
            score=0.85,
            min_length=18,
            max_length=31,
            prefilter=(" - ",),
        ),
        # A number glued to a payment card's name ("cc4111111111111111", "visa4012...",
        # "card number is4111..."), also in four groups of four ("CC4111 1111 1111 1111",
        # "visa4111-1111-1111-1111"): the patterns above refuse a letter before a number (a
        # longer token, a hex id), so this one takes it and keeps the number only when
        # :data:`_CARD_PHRASE` ends right before it (``_evaluate``).
        Pattern(
            "card_glued",
            # (The digit leads and the letter is looked at behind it, as in _FIRST_DIGIT: the
            # engine then looks for a digit instead of trying the look-behind everywhere.)
            rf"[0-9](?<=[A-Za-z][0-9])(?:[0-9]{{11,18}}|[0-9]{{3}}([ \-])[0-9]{{4}}\1[0-9]{{4}}"
            rf"\1[0-9]{{4}}){_DIGITS_CLOSE}",
            score=0.85,
            min_length=12,
            max_length=19,
            prefilter=("card", "visa", "amex", "cc"),
        ),
        # Groups joined by a typographic dash (en dash, figure dash, non-breaking hyphen, minus
        # sign), as word processors and PDFs write them; only in texts holding such a dash.
        Pattern(
            "card_typo_dash",
            r"[0-9](?<![\w\-.+\u2010-\u2013\u2212][0-9])[0-9]{3,5}([\u2010-\u2013\u2212])[0-9]{3,7}"
            r"(?:\1[0-9]{1,7}){1,3}(?![\w\-\u2010-\u2013\u2212]|\.[0-9])",
            score=0.85,
            min_length=14,
            max_length=29,
            prefilter=_TYPO_DASHES,
        ),
        # Groups joined by a no-break, narrow no-break or thin space, as web pages, PDFs and
        # French or Swiss formatting write them; only in texts holding such a space.
        Pattern(
            "card_wide_space",
            r"(?<![\w\-.+])[0-9]{4,6}([\u00a0\u202f\u2009])[0-9]{3,7}(?:\1[0-9]{1,7}){1,3}"
            r"(?![\w\-]|\.[0-9])",
            score=0.85,
            min_length=14,
            max_length=29,
            prefilter=_WIDE_SPACES,
        ),
    )

    # The first group of a grouped card: 4 to 6 digits.
    _FIRST_GROUP = re.compile(r"[0-9]{4,6}(?![0-9])")
    _GROUPED_AT = re.compile(_GROUPED)
    _sifts = True

    def _sift(
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """``card_grouped``'s candidates, and the groups read again from a long one's last group.

        The groups of two cards a space apart run on as one match of five groups
        ("4111 1111 1111 1111 4012", then "8888 8888 1881"): the first card is its match cut
        before the last group (:meth:`_evaluate`), and the second opened at that group, inside
        the match. A match of more digits than a card holds, whose groups before the last pass
        the Luhn check, is also read from its last group, up to where the groups starting
        there end, and so on while that match is as long (a run of cards a space apart); each
        reading moves on by four groups or more, so a run is read about twice.
        """
        if pattern.name != "card_grouped":
            return spans
        text, again = state.text, self._GROUPED_AT
        out: list[tuple[int, int]] = []
        reach = 0  # (where the last run read again ended: a match ending within it is read)
        for span in spans:
            out.append(span)
            start, end = span
            if end <= reach:
                continue
            # (a match holds digits and its one separator: its digits are what the
            # separators leave, as everywhere here)
            while end - start > 19 and len(text[start:end].translate(_NO_SPACES)) > 19:
                last = max(text.rfind(" ", start, end), text.rfind("-", start, end)) + 1
                head = text[start : last - 1].translate(_NO_SPACES)
                if not (12 <= len(head) <= 19 and luhn_valid(head)):
                    break  # the groups before the last are no card: no run of cards
                m = again.match(text, last)
                if m is None or m.end() <= end:
                    break
                out.append(m.span())
                start, end = m.span()
                reach = end
        return out

    def score(
        self, text: str, start: int, end: int, base: float, /
    ) -> tuple[float, tuple[str, ...]]:
        """The context score, a negative word counted only when it labels the number.

        An order's, invoice's, trace's or tracking number is labelled right before it
        (:data:`_CARD_NEGATIVE_LABEL`); a sentence about an order that names a card's number
        elsewhere ("I placed an order and paid with 4111 1111 1111 1111") is a card's.
        """
        score, words = super().score(text, start, end, base)
        if score >= base or not any(w in self._neg_words for w in words):
            return score, words
        before = text[max(0, start - self.context_width) : start]
        before = before[before.rfind("\n") + 1 :].lower()
        if _CARD_NEGATIVE_LABEL.search(before) is not None:
            return score, words
        positive = tuple(w for w in words if w not in self._neg_words)
        return (min(1.0, base + self.context_boost) if positive else base), positive

    def _evaluate(
        self, text: str, start: int, end: int, pattern: Pattern, state: ScanState | None
    ) -> Finding | None:
        # (Each pattern's name is tested once: the two numbers failing the Luhn check have
        # their own readers, the others share the checks below.)
        name = pattern.name
        if name == "card_unionpay":
            return self._unionpay(text, start, end, pattern)
        if name == "card_unchecked":
            return self._unchecked(text, start, end, pattern)
        grouped = name == "card_grouped"
        if (
            (grouped and self._FIRST_GROUP.match(text, start) is None)
            or (name == "card_glued" and not _after_card_name(text, start))
            or (name == "card_dotted" and text.find(".", start, end) - start != 4)
            or _time_value_field(text, start)
            or word_dump_row(text, start)
            or aws_account_field(text, start, end)
        ):
            # A first group of the wrong length fails the whole candidate and its cut below
            # ("200 200 200 200", a column of numbers): no need to try either. A number glued
            # to a word is a card's only after a card's name ("cc4111..."). A time field
            # (time.Time{wall:0x..., ext:538682900040573}) is a clock's reading. Words of a
            # hex dump's row ("0x0020:  2004 0100 084c 6162 0000 0200 0504") are a packet's.
            # An ARN's account field ("arn:aws:s3:us-west-2:<12 digits>:accesspoint/x") is an
            # AWS account's id.
            return None
        found = PatternDetector.evaluate(self, text, start, end, pattern)
        if found is None:
            # "4111 1111 1111 1111 2026": a trailing group may belong to the next number.
            cut = max(text.rfind(" ", start, end), text.rfind("-", start, end)) if grouped else -1
            return (
                PatternDetector.evaluate(self, text, start, cut, pattern)
                if cut - start >= 14
                else None
            )
        if (
            (
                (found.evidence.tags == ("uatp",) and not _UATP_GROUPS.fullmatch(text, start, end))
                or name == "card_halves"
            )
            and not found.evidence.context
            and not _whole_line(text, start, end)
            and _machine_line_at(text, start, -1, _scan_lines(state))
        ):
            # 15 digits from 1 are also thread ids and counters of log records: there a UATP
            # number needs a card word. In a sentence, as a value of its own, or in the 4-5-6
            # groups UATP cards print (no id or counter is written so), it is a card.
            # Two groups of eight ("4012 8888 8888 1881" as "40128888 88881881") are also two
            # numbers of a log record's fields: there the card needs a card word too.
            return None
        return None if grouped and self._fives_in_columns(text, found) else found

    @staticmethod
    def _fives_in_columns(text: str, found: Finding) -> bool:
        """Whether groups of five stand among other numbers, with no card word.

        "200 40128 88888 88188 1 0.003": columns of a record, not a card.
        """
        return (
            not found.evidence.context
            and _in_fives([len(g) for g in _CARD_SEPS.split(text[found.start : found.end])])
            and _number_beside(text, found.start, found.end)
        )

    def _unionpay(self, text: str, start: int, end: int, pattern: Pattern) -> Finding | None:
        """A UnionPay number failing the Luhn check, beside a card word.

        One that passes the check is the other patterns' finding.
        """
        digits = text[start:end].translate(_NO_SPACES)
        if len(set(digits)) < 2 or luhn_valid(digits):
            return None
        found = _finding(self, text, start, end, pattern, tags=("unionpay",))
        positive = {w.strip() for w in self._ctx}
        return found if positive.intersection(found.evidence.context) else None

    def _unchecked(self, text: str, start: int, end: int, pattern: Pattern) -> Finding | None:
        """A card-shaped number failing the Luhn check, right after a payment card's name.

        One that passes the check is the other patterns' finding; a UnionPay number is
        :meth:`_unionpay`'s.
        """
        if not _after_card_name(text, start):
            return None
        digits = text[start:end].translate(_NO_SPACES)
        if digits.startswith("62") or len(set(digits)) < 3 or luhn_valid(digits):
            return None
        # (No refusal for a negative word near: it counts only when it labels the number
        # (:meth:`score`), and a card's name stands right before this one.)
        return _finding(self, text, start, end, pattern, tags=("unchecked",))

    def validate(self, value: str, /) -> bool | None:
        value = value.replace(" - ", "-")  # (``card_spaced_dash``'s groups)
        seps = {c for c in set(value) if not c.isdigit()}
        if len(seps) > 1:
            return False
        groups = [len(g) for g in _CARD_SEPS.split(value)]
        if (
            seps
            and groups not in ([4, 3, 3, 3], [8, 8])
            and any(n < 4 or n > 6 for n in groups[:-1])
        ):
            # "200 200 200 200": groups of a card are 4 to 6 digits, but for the 4-3-3-3
            # layout of 13-digit Visa numbers (its brand check below needs a 4 and 13 digits)
            # and the two halves of a 16-digit number ("35660020 20360505").
            return False
        if (
            (groups == [4, 3, 3, 3] and value[0] != "4")
            or (len(groups) == 2 and groups != [8, 8])
            or (len(groups) > 2 and groups[0] > 4 and not _in_fives(groups))
        ):
            # No issuer prints a card in two groups but the halves of eight, nor in three or
            # more groups opening with five or six digits (4-4-4-4, 4-6-5, 4-5-6, 4-4-4-4-3):
            # numbers a space apart in those layouts ("453410 9280622", "471433 5083 913")
            # are columns of a record (an S3 access log's bytes sent, object size and
            # times), not a card. A number cut into fives with a shorter rest
            # ("40128 88888 88188 1", as forms echo it) is one (:func:`_in_fives`).
            return False
        digits = value.translate(_NO_SPACES)
        if not 12 <= len(digits) <= 19:
            return False
        if len(set(digits)) < 2 or not card_brand(digits):
            return False
        return luhn_valid(digits)

    def tags(self, value: str, /) -> tuple[str, ...]:
        return (card_brand(value.translate(_NO_SPACES)),)


class IbanDetector(PatternDetector):
    """International bank account numbers: country length and ISO 7064 mod 97-10."""

    entity = EntityType.IBAN_CODE
    #: Quick reject (see ``PatternDetector.needs``): every pattern reads ASCII digits.
    needs = re.compile(r"[0-9]")
    name = "iban"
    checksum = "mod97"
    patterns = (
        # As people write them: a space may follow the country code, groups of any length
        # joined by a space, hyphen or full stop, lower-case letters beside digits; the
        # groups are read up to the country's length (:func:`iban_walk`).
        Pattern(
            "iban",
            r"[A-Z]{2} ?[0-9]{2}(?:[ .\-]?[A-Za-z0-9]{1,34}+){1,12}",
            score=0.9,
            not_after=r"\w",
            prefilter=_ANY_DIGIT,
        ),
        # Written in lower case, as in chat and tickets ("my iban is de89 3704 ..."): only
        # where the word IBAN occurs (the country's length, account layout and mod 97 are
        # checked as for the upper-case form).
        Pattern(
            "iban_lower",
            r"[a-z]{2}[0-9]{2}(?:[ \-]?[a-z0-9]{4}){2,7}(?:[ \-]?[a-z0-9]{1,4})?(?![\w])",
            score=0.9,
            not_after=r"\w",
            prefilter=("iban",),
        ),
        # Groups of four joined by a no-break, narrow no-break or thin space (formatted text).
        Pattern(
            "iban_wide_space",
            r"[A-Z]{2}[0-9]{2}(?:[\u00a0\u202f\u2009][A-Z0-9]{4}){2,7}"
            r"(?:[\u00a0\u202f\u2009][A-Z0-9]{1,4})?(?![\w])",
            score=0.9,
            not_after=r"\w",
            prefilter=_WIDE_SPACES,
        ),
    )

    # Where an IBAN may open: a country code and check digits at a word's start.
    _OPENING = re.compile(r"(?<!\w)[A-Z]{2} ?[0-9]{2}")
    _sifts = True

    def _sift(
        self, pattern: Pattern, spans: list[tuple[int, int]], state: ScanState
    ) -> list[tuple[int, int]]:
        """``iban``'s candidates, and one for each opening inside a candidate.

        The pattern reads groups of any length, words among them (the walk ends the number
        at its country's length), so one match runs over the words after an IBAN and over
        a second IBAN there ("from DE89... to GB82..."), or opens at a code-like word and
        runs over the IBAN after it ("ID 12 DE89..."): the later opening was no candidate.
        Each opening inside a match is read up to the match's end (at most twelve groups:
        the work stays linear).
        """
        if pattern.name != "iban":
            return spans
        text, opening = state.text, self._OPENING
        out: list[tuple[int, int]] = []
        for start, end in spans:
            out.append((start, end))
            out += [(m.start(), end) for m in opening.finditer(text, start + 1, end)]
        return out

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        if pattern.name == "iban":
            stop = iban_walk(text, start, end)
            if stop is None or (stop < len(text) and (text[stop].isalnum() or text[stop] == "_")):
                return None
            return _finding(self, text, start, stop, pattern, checksum=self.checksum,
                            tags=(text[start:start + 2],))  # fmt: skip
        value = text[start:end]
        # A trailing group may belong to the following text: retry without it.
        while True:
            if iban_valid(value.translate(_WIDE_TO_SPACE)):
                return _finding(self, text, start, start + len(value), pattern,
                                checksum=self.checksum, tags=(value[:2].upper(),))  # fmt: skip
            cut = max(value.rfind(c) for c in " \u00a0\u202f\u2009")
            if cut < 15:
                return None
            value = value[:cut]


_BTC_VERSIONS = frozenset({0x00, 0x05, 0x6F, 0xC4})


class CryptoDetector(PatternDetector):
    """Bitcoin addresses: Base58Check (P2PKH/P2SH) or bech32/bech32m (segwit), mainnet or testnet."""

    entity = EntityType.CRYPTO
    name = "crypto"
    context = ("btc", "bitcoin", "wallet", "crypto", "address")
    patterns = (
        # Mainnet P2PKH "1" and P2SH "3"; testnet "m"/"n" and "2" (like bech32's "tb1").
        Pattern("btc_base58", r"[123mn][1-9A-HJ-NP-Za-km-z]{25,34}(?![\w])", score=0.9, not_after=r"\w",
                prefilter=("1", "2", "3", "m", "n")),
        Pattern("btc_bech32", r"(?:bc1|BC1|tb1)[0-9A-Za-z]{8,87}(?![\w])", score=0.9,
                not_after=r"\w", prefilter=("bc1", "tb1")),
    )  # fmt: skip

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        if pattern.name == "btc_base58":
            # P2PKH and P2SH, mainnet (0, 5) or testnet (111, 196): other versions are
            # other coins' addresses or keys.
            ok, check = base58check_version(value) in _BTC_VERSIONS, "base58check"
        else:
            # The checksum, and a witness version and program a segwit address can have.
            ok, check = segwit_address_valid(value), "bech32"
        if not ok:
            return None
        return _finding(self, text, start, end, pattern, checksum=check, tags=("bitcoin",))
