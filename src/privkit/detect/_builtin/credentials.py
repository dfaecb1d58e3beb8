# ruff: noqa: E501, SIM905 - regex tables, word lists and numeric address ranges
"""Credentials: bearer tokens, API keys, signed queries."""

from __future__ import annotations

import base64
import binascii
import re

from privkit.detect._base import (
    Pattern,
    PatternDetector,
)
from privkit.detect._builtin._common import (
    _PLACEHOLDER_CONSTANT,
    _PLACEHOLDER_VALUES,
    _cookie_value_at,
    _finding,
    _json_segment,
    _wordy,
)
from privkit.detect._builtin.url import UrlDetector
from privkit.types import EntityType, Finding

TOKEN_KEYS = (
    r"(?:access[_\-]?token|refresh[_\-]?token|id[_\-]?token|auth[_\-]?token"  # noqa: S105 - key names
    r"|session[_\-]?token|api[_\-]?key|apikey|x-api-key|client[_\-]?secret|secret[_\-]?key"
    r"|password|passwd|pwd)"
)


# A token key's value that names the token by its number ("access-token:id:263466287238",
# Bitbucket's access log): the id of a stored token, not the secret.
_TOKEN_ID = re.compile(r"(?i:id)[:=#][0-9]{1,20}")


class AuthTokenDetector(PatternDetector):
    """Bearer and session tokens, credentials and API keys.

    JWTs (JSON header checked), ``Bearer``/``Basic`` credentials, ``token=``/``api_key=``
    values and well-known API key formats.
    """

    entity = EntityType.AUTH_TOKEN
    name = "auth_token"
    patterns = (
        # An encrypted token (JWE compact form, RFC 7516) has five parts: header, encrypted
        # key (empty for direct encryption), IV, ciphertext, tag. Tried first: its first
        # three parts would also read as a JWT and leave the rest in clear.
        Pattern("jwe", r"eyJ[A-Za-z0-9_\-]{8,4096}\.[A-Za-z0-9_\-]{0,4096}\.[A-Za-z0-9_\-]{8,256}"
                r"\.[A-Za-z0-9_\-]{2,65536}\.[A-Za-z0-9_\-]{8,256}(?![\w\-]|\.[\w\-])", 0.95,
                not_after=r"\w\-.", prefilter=("eyj",)),
        Pattern("jwt", r"eyJ[A-Za-z0-9_\-]{8,4096}\.[A-Za-z0-9_\-]{2,16384}\.[A-Za-z0-9_\-]{0,4096}(?![\w\-])", 0.95,
                not_after=r"\w\-.", prefilter=("eyj",)),
        Pattern("bearer", r"bearer\s{1,3}(?P<value>[a-z0-9\-._~+/]{16,8192}=*)", 0.9,
                prefilter=("bearer",), not_after=r"\w", lowercase=True),
        Pattern("basic", r"basic\s{1,3}(?P<value>[a-z0-9+/]{8,2048}={0,2})(?![\w+/=])", 0.85,
                prefilter=("basic",), not_after=r"\w", lowercase=True),
        # (A key glued to a scope operator, "Password::Reset#call" in Ruby, C++, PHP or Rust,
        # names a namespace, not a field: "::" is no key's separator.)
        Pattern(
            "token_key",
            TOKEN_KEYS
            + r"[\"']?\s{0,3}(?:=|:(?!:))\s{0,3}[\"']?(?P<value>[^\s\"'&;,<>]{6,4096})",
            0.85,
            prefilter=("token", "key", "secret", "pass", "pwd"),
            not_after=r"\w",
            lowercase=True,
        ),
        Pattern("github_token", r"gh(?:[pousr]_[A-Za-z0-9]{36,255}|ithub_pat_[A-Za-z0-9_]{40,255})(?![\w])",
                0.9, not_after=r"\w", prefilter=("gh",)),
        Pattern("slack_token", r"xox[abposr]-[A-Za-z0-9\-]{10,200}(?![\w])", 0.9, not_after=r"\w",
                prefilter=("xox",)),
        Pattern("stripe_key", r"k_(?:live|test)_[A-Za-z0-9]{16,128}(?![\w])", 0.9,
                not_after=r"\w", extend_back="sr", extend_max=1, prefilter=("k_live_", "k_test_")),
        # "Authorization: api_key <key>", "Authorization: Token <t>", "SSWS <t>": any scheme
        # word other than Bearer/Basic (their own patterns) before a credential.
        Pattern("auth_scheme",
                r"authorization[\"']?\s{0,3}[:=]\s{0,3}[\"']?(?:api[_\-]?key|apikey|token|key|ssws"
                r"|sso-key|digest|hmac|negotiate|ntlm)[\s:=]{1,3}(?P<value>[^\s\"',;]{8,4096})",
                0.9, prefilter=("authorization",), not_after=r"\w\-", lowercase=True),
        # The HTTP Signatures scheme ("Authorization: Signature keyId=\"<key id>\",
        # algorithm=\"...\",headers=\"...\",signature=\"<base64>\"", draft-cavage; OCI,
        # Intersight): the parameter list names the client's key and signs the request, whole.
        Pattern("signature_scheme",
                r"authorization[\"']?\s{0,3}[:=]\s{0,3}[\"']?signature\s{1,3}"
                r"(?P<value>[a-z]{1,24}=\"[^\"\r\n]{0,4096}\"(?:[ \t]{0,2},[ \t]{0,2}[a-z]{1,24}="
                r"\"[^\"\r\n]{0,4096}\"){1,8})",
                0.9, prefilter=("authorization",), lowercase=True),
        # A header line named for a token ("Echo-Token: <t>", "X-Session-Token: <t>",
        # "X-Amz-Security-Token: <t>"), or a service's own authorization header holding a bare
        # token, no scheme word ("X-Vcloud-Authorization: <t>", the session token vCloud
        # Director issues at sign-in and reads back on every request): a credential the
        # client sends under a service's own header name. CSRF tokens are not credentials
        # (``evaluate``). (Its padding bounded, so the prefilter can give it windows.)
        Pattern("token_header",
                r"(?:^|(?<=\n))[ \t]{0,8}[\"']?(?P<name>[a-z][a-z0-9]{0,24}(?:[\-_][a-z0-9]{1,24}){0,4}"
                r"[\-_])(?:token|authorization)[\"']?[ \t]{0,3}:[ \t]{0,3}[\"']?"
                r"(?P<value>[a-z0-9/+][a-z0-9\-._~+/]{15,4095}={0,64})(?![^\s\"',;])",
                0.85, prefilter=("token", "authorization"), lowercase=True),
        # An Authorization header holding a bare token, no scheme word ("Authorization:
        # <signature>.<payload>", the instance token a site builder's API reads; a service's
        # API key sent as the whole header): one run of token characters, 20 or more, alone
        # on its line. A scheme and its credential ("Bearer <t>", "Token <t>", "AWS4-HMAC-
        # SHA256 Credential=...") have a space after a shorter word and are not read here.
        Pattern("bare_authorization",
                r"(?:^|(?<=\n))[ \t]{0,8}[\"']?authorization[\"']?[ \t]{0,3}:[ \t]{0,3}[\"']?"
                r"(?P<value>[a-z0-9/+_\-][a-z0-9\-._~+/]{19,4095}={0,64})(?![^\s\"',;])",
                0.85, prefilter=("authorization",), lowercase=True),
        # The password of a URL's user information, whatever the scheme: a database or broker
        # DSN ("postgres://app:pw@db:5432/x", "amqp://guest:s3cret@mq"), a web URL alike.
        Pattern("url_password", r"://[^\s:/?#@\"'<>]{0,64}:(?P<value>[^\s/?#@\"'<>]{1,256})@", 0.9,
                prefilter=("://",)),
        # A signed URL's signature or credential in its query: AWS's query signing (version 2's
        # "Signature=", version 4's "X-Amz-Signature=" and "X-Amz-Credential="), Google
        # Cloud's and Azure's signed URLs ("X-Goog-Signature=", "sig="). Whoever holds the
        # URL holds the grant until it expires.
        Pattern("query_signature",
                r"[?&](?:signature|x-amz-signature|x-amz-credential|x-goog-signature"
                r"|x-goog-credential|sig)=(?P<value>[^\s&#\"'<>]{8,4096})",
                0.85, prefilter=("signature", "sig=", "credential"), lowercase=True),
        Pattern("aws_key", r"AKIA[0-9A-Z]{16}(?![\w])", 0.9, not_after=r"\w", prefilter=("akia",)),
        Pattern("google_key", r"AIza[0-9A-Za-z\-_]{35}(?![\w])", 0.9, not_after=r"\w",
                prefilter=("aiza",)),
    )  # fmt: skip

    def evaluate(self, text: str, start: int, end: int, pattern: Pattern, /) -> Finding | None:
        value = text[start:end]
        checksum = ""
        if pattern.name in ("jwt", "jwe"):
            # a cookie's value is reported by the cookie detector, as COOKIE_ID
            if not _jwt_header_ok(value.split(".", 1)[0]) or _cookie_value_at(text, start):
                return None
            checksum = "jwt_header"
        elif pattern.name == "bearer" and value.startswith("eyJ"):
            checksum = "jwt_header" if _jwt_header_ok(value.split(".", 1)[0]) else ""
        elif pattern.name == "bearer" and _WORDLIKE.fullmatch(value):
            return None  # "Bearer authenticationrequired", "Bearer TokenExpiredError": words
        elif pattern.name == "basic":
            try:
                decoded = base64.b64decode(value, validate=True)
            except (binascii.Error, ValueError):
                return None
            if b":" not in decoded:
                return None
        elif (
            (pattern.name == "stripe_key" and value[:1] not in ("s", "r"))
            or (pattern.name == "url_password" and not _dsn_password(text, start, value))
            or (
                pattern.name in ("token_header", "bare_authorization")
                and self._no_credential(text, start, value)
            )
            or (
                # (a cassette's filter writes a placeholder there: "DUMMY_SIGNATURE", "REDACTED")
                pattern.name == "query_signature"
                and (
                    _masked(value)
                    or _WORDLIKE.fullmatch(value) is not None
                    or _PLACEHOLDER_CONSTANT.fullmatch(value) is not None
                    or value.lower() in _PLACEHOLDER_VALUES
                )
            )
            # a signature scheme's parameter list without the signature: no credential
            or (pattern.name == "signature_scheme" and 'signature="' not in value.lower())
        ) or (
            pattern.name == "token_key"
            and (
                _masked(value)
                or value.startswith(("/", "~/", "./"))  # sudo's "PWD=/home/x": a directory
                or _TOKEN_ID.fullmatch(value) is not None  # "access-token:id:2634": its id
                or _cookie_value_at(text, start)  # "Cookie: auth_token=...": a cookie's value
            )
        ):
            return None
        return _finding(self, text, start, end, pattern, checksum=checksum)

    _HEADER_NAME_REACH = 160  # a token header's name and separator lie within this

    @classmethod
    def _no_credential(cls, text: str, start: int, value: str) -> bool:
        """Whether a token header's ``value`` at ``start`` is no credential.

        Words (``echo-system-token``: the credential's name where a filter removed it), a
        masked value, or the value of a header named for a CSRF token (``X-CSRF-Token``,
        ``X-XSRF-TOKEN``), which guards a form against forgery and grants nothing on its own
        (a cookie's CSRF token is reported as the cookie's id).
        """
        if _WORDLIKE.fullmatch(value) or _wordy(value) or _masked(value):
            return True
        line = text[max(0, start - cls._HEADER_NAME_REACH) : start].rpartition("\n")[2].lower()
        return "csrf" in line or "xsrf" in line


# A URL scheme (RFC 3986: a letter, then letters, digits, "+", "-", "."; "jdbc:postgresql")
# right before "://<user>:", the user part of a password finding.
_URL_SCHEME_BEFORE = re.compile(
    r"(?<![\w+.\-])(?:[A-Za-z][A-Za-z0-9+.\-]{0,31}:)?([A-Za-z][A-Za-z0-9+.\-]{0,31})"
    r"://[^\s:/?#@\"'<>]{0,64}:\Z"
)


def _dsn_password(text: str, start: int, value: str) -> bool:
    """Whether ``value`` at ``start`` is the password of a non-web URL's user information.

    A database or broker DSN (``postgres://app:pw@db``); web URLs report their user
    information as a URL part (:class:`UrlDetector`), and a placeholder is no password.
    """
    m = _URL_SCHEME_BEFORE.search(text, max(0, start - 128), start)
    return (
        m is not None
        and m.group(1).lower() not in UrlDetector._SCHEMES  # noqa: SLF001 - the web schemes
        and not _masked(value)
    )


# What a log writes instead of a secret it hides: a word for it in decoration of any kind
# ("__REDACTED__", "<masked>", "[FILTERED]", "***removed***"), or mask characters only.
_MASK_WORDS = frozenset(
    "null none redacted masked hidden removed filtered sanitized sanitised omitted secret "
    "censored obfuscated scrubbed elided protected private".split()
)


_MASK_DECORATION = "_*<>[](){}#-.=!~ "


# The credential's own name written as a constant (an environment variable's name) where the
# credential was: "secretKey=TIO_SECRET_KEY", "X-Api-Key: SERVICE_API_KEY", "token=GH_TOKEN".
# Two or more words of capitals and digits joined by underscores, the last a credential's
# word, so a random value (a lower-case letter anywhere, no underscore) is never one; the
# words and repetitions are bounded.
_CREDENTIAL_NAME_CONSTANT = re.compile(
    r"(?:[A-Z][A-Z0-9]{0,15}_){1,5}(?:API_?|SECRET_?|ACCESS_?|AUTH_?|PRIVATE_?|CLIENT_?)?"
    r"(?:KEY|SECRET|TOKEN|PASSWORD|APIKEY|CREDENTIALS?)"
)


# The credential's name as a variable reference where the credential was: a shell, Perl or
# PHP variable (``password = $password``, ``password: ${DB_PASSWORD}``), its name carrying a
# credential's word. A secret that only starts with "$" ("$uperman7") names no credential and
# stays a finding. (A ``%NAME%`` placeholder is left a finding: a recorded request's filter
# writes one where the token was, and the HTTP sets label that position as the token's.)
_CREDENTIAL_VARIABLE = re.compile(
    r"\$(?:\{(?P<braced>[A-Za-z_]\w{0,63})\}|(?P<bare>[A-Za-z_]\w{0,63}))"
)
_CREDENTIAL_WORD = re.compile(r"(?i:pass|pwd|secret|token|key|cred)")


def _credential_variable(value: str) -> bool:
    """Whether ``value`` is a variable reference named for a credential (``$password``)."""
    m = _CREDENTIAL_VARIABLE.fullmatch(value)
    return (
        m is not None and _CREDENTIAL_WORD.search(m.group("braced") or m.group("bare")) is not None
    )


def _masked(value: str) -> bool:
    """Whether a secret-keyed value is a placeholder a log wrote instead of the secret.

    A mask word in decoration (``__REDACTED__``), mask characters only (``****``), or a
    constant's name built on a placeholder word (``TOKEN_REDACTED``, OpenStack's client
    logging ``X-Auth-Token: TOKEN_REDACTED``; ``<PASSWORD_MASKED>``, ``YOUR_API_KEY``), or the
    credential's own name as a constant (``TIO_SECRET_KEY``: the environment variable a test
    or a template names instead of the secret) or as a variable reference (``$password``,
    ``${DB_PASS}``: a script's or a page's usage line).
    """
    word = value.strip(_MASK_DECORATION)
    return (
        word.lower() in _MASK_WORDS
        or not value.strip("*xX#\u2022.")
        or _PLACEHOLDER_CONSTANT.fullmatch(word) is not None
        or _CREDENTIAL_NAME_CONSTANT.fullmatch(word) is not None
        or _credential_variable(value)
    )


# Letters only, cased like words: lower, upper, or capitalised parts ("InvalidTokenError").
# Random tokens mix digits and symbols in, or switch case at random.
_WORDLIKE = re.compile(r"[a-z]{1,64}|[A-Z]{1,64}|[A-Z]?[a-z]{2,40}(?:[A-Z][a-z]{2,40}){0,8}")


def _jwt_header_ok(segment: str) -> bool:
    header = _json_segment(segment)
    return isinstance(header, dict) and ("alg" in header or "typ" in header)
