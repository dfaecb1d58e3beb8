"""Log-style lines with persistent identifiers in their real textual formats, and look-alikes.

Standard library only, driven by one ``random.Random(seed)``, so the output depends on nothing
but this file and the seed. Every generator returns a :class:`Line`: text built from pieces,
where each labelled piece records its exact span. Labelling rules (see README.md):

* every IP address literal (public or private, v4 or v6) is ``IP_ADDRESS``; the span is the
  address only (no brackets, no port; an IPv6 zone id ``%eth0`` is part of the address);
* every MAC address (EUI-48/EUI-64; colon, hyphen, Cisco-dot, bare after ``mac=``) is
  ``MAC_ADDRESS``;
* cookie identifiers: the cookie *value* (not its name) of identifier cookies; short preference
  cookies (``lang=en``, ``theme=dark``) are not labelled;
* ``USER_AGENT`` is the whole user-agent string; ``AUTH_TOKEN`` is the bearer token only;
* timestamps, versions, hashes, digests, request/trace ids, pids, ports, paths, byte counts and
  durations are *not* personal data in a log line and are never labelled: they are the hard
  negatives that make over-redaction measurable.
"""

from __future__ import annotations

import base64
import ipaddress
import json
import random
import string
import uuid
from dataclasses import dataclass, field

__all__ = ["Line", "generate_logs"]

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


@dataclass
class Line:
    """A generated line: text plus labelled spans."""

    source: str
    parts: list[str] = field(default_factory=list)
    spans: list[tuple[int, int, str]] = field(default_factory=list)
    _len: int = 0

    def add(self, text: str) -> Line:
        """Append unlabelled text."""
        self.parts.append(text)
        self._len += len(text)
        return self

    def pii(self, text: str, entity: str) -> Line:
        """Append text labelled as ``entity``."""
        self.spans.append((self._len, self._len + len(text), entity))
        return self.add(text)

    @property
    def text(self) -> str:
        """The whole line."""
        return "".join(self.parts)


# --------------------------------------------------------------------------- value makers


def luhn_check_digit(payload: str) -> str:
    """Return the Luhn check digit that makes ``payload + digit`` valid."""
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_valid(number: str) -> bool:
    """Return whether a digit string passes the Luhn check."""
    return luhn_check_digit(number[:-1]) == number[-1]


class Values:
    """Random but valid identifier values, all from one seeded generator."""

    def __init__(self, rng: random.Random) -> None:
        self.r = rng

    def digits(self, n: int) -> str:
        return "".join(self.r.choice(string.digits) for _ in range(n))

    def hexs(self, n: int, *, upper: bool = False) -> str:
        s = "".join(self.r.choice("0123456789abcdef") for _ in range(n))
        return s.upper() if upper else s

    def b64url(self, n_bytes: int) -> str:
        raw = bytes(self.r.getrandbits(8) for _ in range(n_bytes))
        return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

    def uuid4(self, *, upper: bool = False) -> str:
        u = str(uuid.UUID(int=self.r.getrandbits(128), version=4))
        return u.upper() if upper else u

    # network
    def ipv4(self) -> str:
        kind = self.r.random()
        if kind < 0.3:
            return f"10.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if kind < 0.45:
            return f"192.168.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        if kind < 0.55:
            return f"172.{self.r.randint(16, 31)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"
        while True:
            first = self.r.randint(1, 223)
            if first in (10, 127, 169, 172, 192):
                continue
            return f"{first}.{self.r.randint(0, 255)}.{self.r.randint(0, 255)}.{self.r.randint(1, 254)}"

    def ipv6(self) -> str:  # noqa: PLR0911 - one branch per textual form
        kind = self.r.random()
        prefix = self.r.choice(("2001:db8", "2a02:1205", "2600:1f18", "2a00:1450", "2406:da18"))
        if kind < 0.35:  # compressed with a zero run
            return str(
                ipaddress.IPv6Address(f"{prefix}::{self.r.randint(1, 0xFFFF):x}:{self.hexs(3)}")
            )
        if kind < 0.55:  # eight groups, leading zeros dropped, no compression
            groups = [prefix.split(":")[0], prefix.split(":")[1]]
            groups += [f"{self.r.randint(1, 0xFFFF):x}" for _ in range(6)]
            return ":".join(groups)
        if kind < 0.65:  # exploded (full) form
            return ipaddress.IPv6Address(
                f"{prefix}:{':'.join(f'{self.r.randint(0, 0xFFFF):x}' for _ in range(6))}"
            ).exploded
        if kind < 0.75:  # embedded IPv4 (mapped)
            return f"::ffff:{self.ipv4()}"
        if kind < 0.85:  # link-local (EUI-64 interface id)
            return self.ipv6_link_local()
        if kind < 0.92:  # upper case
            return str(ipaddress.IPv6Address(f"{prefix}::{self.hexs(4)}:{self.hexs(4)}")).upper()
        # unique local
        return str(ipaddress.IPv6Address(f"fd{self.hexs(2)}:{self.hexs(4)}::{self.hexs(4)}"))

    def ipv6_link_local(self) -> str:
        iid = f"{self.hexs(4)}:{self.hexs(2)}ff:fe{self.hexs(2)}:{self.hexs(4)}"
        return str(ipaddress.IPv6Address(f"fe80::{iid}"))

    def ip(self, v6_share: float = 0.3) -> str:
        return self.ipv6() if self.r.random() < v6_share else self.ipv4()

    def mac_bytes(self, n: int = 6) -> list[int]:
        while True:
            b = [self.r.getrandbits(8) for _ in range(n)]
            b[0] &= 0xFE  # unicast
            if any(b) and not all(x == 0xFF for x in b):
                return b

    def mac(self, form: str | None = None) -> str:
        form = form or self.r.choice(("colon", "colon", "colon_upper", "hyphen", "cisco"))
        b = self.mac_bytes()
        h = "".join(f"{x:02x}" for x in b)
        if form == "colon":
            return ":".join(h[i : i + 2] for i in range(0, 12, 2))
        if form == "colon_upper":
            return ":".join(h[i : i + 2] for i in range(0, 12, 2)).upper()
        if form == "hyphen":
            return "-".join(h[i : i + 2] for i in range(0, 12, 2)).upper()
        if form == "cisco":
            return ".".join(h[i : i + 4] for i in range(0, 12, 4))
        if form == "bare":
            return h
        if form == "eui64":
            b8 = self.mac_bytes(8)
            return ":".join(f"{x:02x}" for x in b8)
        raise ValueError(form)

    # mobile
    def imei(self) -> str:
        body = self.r.choice(("35", "86", "01", "99", "35", "86")) + self.digits(12)
        return body + luhn_check_digit(body)

    def imeisv(self) -> str:
        return self.r.choice(("35", "86", "01")) + self.digits(12) + f"{self.r.randint(1, 99):02d}"

    def meid(self) -> str:
        return self.r.choice("ABCDEF") + self.hexs(13, upper=True)

    def iccid(self) -> str:
        body = "89" + self.r.choice(("1", "44", "49", "33", "91", "86")) + self.digits(2)
        body += self.digits(self.r.choice((18, 19)) - len(body))
        return body + luhn_check_digit(body)

    def imsi(self) -> str:
        mcc, mnc = self.r.choice(
            (
                ("310", "260"),
                ("311", "480"),
                ("234", "15"),
                ("262", "01"),
                ("208", "10"),
                ("460", "00"),
                ("404", "45"),
                ("505", "01"),
                ("310", "410"),
                ("302", "720"),
            )
        )
        return mcc + mnc + self.digits(15 - len(mcc) - len(mnc))

    # web
    def ga(self) -> str:
        return f"GA1.{self.r.choice((1, 2, 2, 3))}.{self.r.randint(10**8, 2 * 10**9)}.{self.r.randint(1_600_000_000, 1_790_000_000)}"

    def fbp(self) -> str:
        return f"fb.{self.r.choice((0, 1, 1, 2))}.{self.r.randint(1_600_000_000_000, 1_790_000_000_000)}.{self.r.randint(10**8, 2 * 10**9)}"

    def session_value(self) -> str:
        kind = self.r.random()
        if kind < 0.3:
            return self.hexs(32)
        if kind < 0.55:
            return self.b64url(32)
        if kind < 0.75:
            return "".join(self.r.choice(string.ascii_lowercase + string.digits) for _ in range(26))
        if kind < 0.9:
            return self.uuid4()
        return f"s%3A{self.b64url(24)}.{self.b64url(32)}"

    def jwt(self) -> str:
        header = {"alg": self.r.choice(("HS256", "RS256", "ES256")), "typ": "JWT"}
        if self.r.random() < 0.5:
            header["kid"] = self.hexs(16)
        now = self.r.randint(1_700_000_000, 1_790_000_000)
        payload = {
            "sub": self.uuid4() if self.r.random() < 0.5 else self.digits(8),
            "iat": now,
            "exp": now + self.r.choice((300, 900, 3600, 86400)),
            "scope": self.r.choice(("read", "read write", "openid profile email")),
        }
        if self.r.random() < 0.4:
            payload["iss"] = self.r.choice(
                ("https://auth.example.com/", "https://login.acme.io", "urn:idp:prod")
            )

        def enc(obj: dict[str, object]) -> str:
            raw = json.dumps(obj, separators=(",", ":")).encode()
            return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()

        sig = self.b64url(self.r.choice((32, 64)))
        return f"{enc(header)}.{enc(payload)}.{sig}"

    def opaque_token(self) -> str:
        return self.r.choice(("ya29.", "gho_", "sk_live_", "")) + self.b64url(30)

    def user_agent(self) -> str:  # noqa: PLR0911 - one branch per browser family
        r = self.r
        chrome = f"{r.randint(110, 131)}.0.{r.randint(4000, 6800)}.{r.randint(10, 200)}"
        kind = r.random()
        if kind < 0.25:
            os_ = r.choice(
                (
                    "Windows NT 10.0; Win64; x64",
                    "Macintosh; Intel Mac OS X 10_15_7",
                    "X11; Linux x86_64",
                )
            )
            return f"Mozilla/5.0 ({os_}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{chrome} Safari/537.36"
        if kind < 0.4:
            ff = r.randint(115, 133)
            os_ = r.choice(
                (
                    "Windows NT 10.0; Win64; x64",
                    "X11; Ubuntu; Linux x86_64",
                    "Macintosh; Intel Mac OS X 14.1",
                )
            )
            return f"Mozilla/5.0 ({os_}; rv:{ff}.0) Gecko/20100101 Firefox/{ff}.0"
        if kind < 0.58:
            ios = f"{r.randint(15, 18)}_{r.randint(0, 7)}"
            dev = r.choice(("iPhone; CPU iPhone OS", "iPad; CPU OS"))
            return (
                f"Mozilla/5.0 ({dev} {ios} like Mac OS X) AppleWebKit/605.1.15 "
                f"(KHTML, like Gecko) Version/{ios.split('_', maxsplit=1)[0]}.0 Mobile/15E148 Safari/604.1"
            )
        if kind < 0.75:
            model = r.choice(("SM-G991B", "Pixel 7", "SM-A536B", "M2101K6G", "CPH2211", "K"))
            return (
                f"Mozilla/5.0 (Linux; Android {r.randint(10, 15)}; {model}) AppleWebKit/537.36 "
                f"(KHTML, like Gecko) Chrome/{chrome} Mobile Safari/537.36"
            )
        if kind < 0.82:
            return (
                f"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 "
                f"(KHTML, like Gecko) Version/{r.randint(15, 18)}.{r.randint(0, 6)} Safari/605.1.15"
            )
        if kind < 0.9:
            app = r.choice(("ShopApp", "Acme%20Banking", "FitTrack"))
            return f"{app}/{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)} (iPhone; iOS {r.randint(15, 18)}.{r.randint(0, 6)}; Scale/3.00)"
        if kind < 0.95:
            return f"Dalvik/2.1.0 (Linux; U; Android {r.randint(9, 14)}; {r.choice(('SM-G973F', 'Pixel 6a', 'Redmi Note 9'))} Build/{r.choice(('TP1A', 'UP1A', 'SP1A'))}.{r.randint(220000, 240000)}.{r.randint(1, 20):03d})"
        return r.choice(
            ("okhttp/4.12.0", "curl/8.4.0", "python-requests/2.31.0", "Go-http-client/2.0")
        )

    # hard negatives
    def version(self) -> str:
        r = self.r
        kind = r.random()
        if kind < 0.3:
            return f"v{r.randint(0, 12)}.{r.randint(0, 30)}.{r.randint(0, 20)}"
        if kind < 0.55:
            return ".".join(str(r.randint(0, 9)) for _ in range(5))
        if kind < 0.75:  # Windows-style build numbers: out-of-range "octets"
            return f"10.0.{r.randint(17000, 26000)}.{r.randint(256, 5000)}"
        if kind < 0.9:
            return f"{r.randint(1, 5)}.{r.randint(0, 40)}.{r.randint(0, 9)}-rc{r.randint(1, 5)}"
        return f"{r.randint(300, 999)}.{r.randint(0, 999)}.{r.randint(0, 999)}.{r.randint(0, 999)}"

    def digest(self) -> str:
        return self.hexs(self.r.choice((32, 40, 64)))

    def git_sha(self) -> str:
        return self.hexs(self.r.choice((7, 8, 12, 40)))

    def iso_ts(self) -> str:
        r = self.r
        base = f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}T{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"
        return base + r.choice(
            (f".{r.randint(0, 999):03d}Z", "Z", "+00:00", f".{r.randint(0, 999999):06d}+01:00")
        )

    def syslog_ts(self) -> str:
        r = self.r
        return f"{r.choice(_MONTHS)} {r.randint(1, 28):2d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}"

    def clf_ts(self) -> str:
        r = self.r
        return f"{r.randint(1, 28):02d}/{r.choice(_MONTHS)}/2026:{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} {r.choice(('+0000', '+0100', '-0500'))}"

    def epoch(self, *, ms: bool = False) -> str:
        s = self.r.randint(1_700_000_000, 1_790_000_000)
        return str(s * 1000 + self.r.randint(0, 999)) if ms else str(s)

    def path(self) -> str:
        r = self.r
        return r.choice(
            (
                f"/var/lib/app/cache/{self.hexs(2)}/{self.hexs(8)}.bin",
                f"/usr/lib/python3.11/site-packages/pkg_{r.randint(1, 99)}/core.py",
                f"/srv/releases/{self.version().lstrip('v')}/bin/server",
                f"/home/deploy/.cache/pip/wheels/{self.hexs(2)}/{self.hexs(2)}/{self.hexs(40)}",
                f"/tmp/upload-{self.digits(6)}.part",
                f"C:\\ProgramData\\Agent\\logs\\agent-{r.randint(1, 31):02d}.log",
            )
        )

    def api_path(self) -> str:
        r = self.r
        return r.choice(
            (
                f"/api/v{r.randint(1, 3)}/orders/{r.randint(10000, 9999999)}",
                f"/api/v{r.randint(1, 3)}/items?page={r.randint(1, 40)}&limit={r.choice((20, 50, 100))}",
                f"/static/js/main.{self.hexs(8)}.chunk.js",
                f"/assets/img/banner-{r.randint(1, 12)}.webp",
                f"/checkout/confirm?order=ORD-2026-{r.randint(0, 9999999):07d}",
                "/healthz",
                f"/products/{r.choice(('shoes', 'bags', 'hats'))}/{r.randint(100, 99999)}",
                f"/v2/{r.choice(('users', 'carts'))}/{r.randint(1, 10**6)}/events",
                f"/download/release-{self.version().lstrip('v')}.tar.gz",
            )
        )

    def order_no(self) -> str:
        r = self.r
        return r.choice(
            (
                f"ORD-2026-{r.randint(0, 9999999):07d}",
                f"#{r.randint(10**6, 10**9)}",
                f"INV{r.randint(10**7, 10**8)}",
                f"{r.randint(10**14, 10**15 - 1)}",  # 15 digits, usually failing Luhn
            )
        )

    def host(self) -> str:
        r = self.r
        return r.choice(
            (
                f"web-{r.randint(1, 40):02d}",
                f"ip-10-0-{r.randint(0, 255)}-{r.randint(1, 254)}",
                f"bastion-{r.randint(1, 4)}",
                f"edge{r.randint(1, 9)}.fra",
                "gw-core-01",
                f"k8s-node-{self.hexs(5)}",
            )
        )


def not_luhn_15(v: Values) -> str:
    """A 15-digit number that fails the Luhn check (an IMEI look-alike)."""
    while True:
        n = v.digits(15)
        if n[0] != "0" and not luhn_valid(n):
            return n


# --------------------------------------------------------------------------- line makers


def access_log(v: Values, *, v6: bool) -> Line:
    r = v.r
    ln = Line("nginx-access")
    ln.pii(v.ipv6() if v6 else v.ipv4(), "IP_ADDRESS")
    ln.add(
        f' - - [{v.clf_ts()}] "{r.choice(("GET", "GET", "POST", "PUT", "HEAD"))} {v.api_path()} HTTP/{r.choice(("1.1", "2.0"))}" '
    )
    ln.add(f'{r.choice((200, 200, 200, 201, 204, 301, 304, 404, 500))} {r.randint(0, 250000)} "')
    if r.random() < 0.35:
        # a referrer with no personal data in it is not personal (issue 10): not labelled
        ln.add(
            f"https://{r.choice(('shop.example.com', 'www.acme.io', 'news.example.org'))}{v.api_path()}"
        )
    else:
        ln.add("-")
    ln.add('" "')
    ln.pii(v.user_agent(), "USER_AGENT")
    ln.add('"')
    if r.random() < 0.5:
        ln.add(
            f' rt={r.randint(0, 3)}.{r.randint(0, 999):03d} uct="0.{r.randint(0, 99):03d}" upstream=backend:{r.choice((8080, 9000))}'
        )
    if r.random() < 0.3:
        ln.add(f" req_id={v.hexs(32)}")
    return ln


def access_log_xff(v: Values) -> Line:
    """An access log line with a bracketed/ported client and an X-Forwarded-For chain."""
    r = v.r
    ln = Line("nginx-access")
    ln.add(f"{v.iso_ts()} {v.host()} nginx: client=")
    if r.random() < 0.5:
        ln.add("[").pii(v.ipv6(), "IP_ADDRESS").add(f"]:{r.randint(1024, 65535)}")
    else:
        ln.pii(v.ipv4(), "IP_ADDRESS").add(f":{r.randint(1024, 65535)}")
    ln.add(' xff="')
    ln.pii(v.ip(0.25), "IP_ADDRESS").add(", ").pii(v.ipv4(), "IP_ADDRESS")
    ln.add(
        f'" method={r.choice(("GET", "POST"))} uri={v.api_path()} status={r.choice((200, 302, 403))}'
    )
    ln.add(
        f" bytes_sent={r.randint(100, 90000)} request_time={r.randint(0, 2)}.{r.randint(0, 999):03d}"
    )
    ln.add(f' ssl_protocol=TLSv1.{r.choice((2, 3))} ua="').pii(v.user_agent(), "USER_AGENT").add(
        '"'
    )
    return ln


def apache_error(v: Values) -> Line:
    r = v.r
    ln = Line("apache-error")
    ln.add(
        f"[{r.choice(_DAYS)} {r.choice(_MONTHS)} {r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999999):06d} 2026] "
    )
    ln.add(
        f"[{r.choice(('proxy:error', 'ssl:warn', 'core:error', 'authz_core:error'))}] [pid {r.randint(100, 60000)}:tid {r.randint(10**14, 10**15)}] [client "
    )
    if r.random() < 0.25:
        ln.pii(v.ipv6(), "IP_ADDRESS")
    else:
        ln.pii(v.ipv4(), "IP_ADDRESS")
    # Apache prints "[client 2001:db8::1:51234]" (no brackets): ports are ephemeral, 5 digits.
    ln.add(f":{r.randint(32768, 60999)}] AH{r.randint(0, 3000):05d}: ")
    ln.add(
        r.choice(
            (
                f"File does not exist: {v.path()}",
                f"Error reading from remote server returned by {v.api_path()}",
                f"client denied by server configuration: /srv/www/{v.hexs(6)}",
                f"script timed out after {r.randint(30, 300)}s: {v.path()}",
            )
        )
    )
    return ln


def sshd(v: Values) -> Line:
    r = v.r
    ln = Line("sshd")
    ln.add(f"{v.syslog_ts()} {v.host()} sshd[{r.randint(200, 99999)}]: ")
    user = r.choice(("deploy", "ubuntu", "git", "admin", "root", "backup", "ec2-user", "oracle"))
    ip = v.ip(0.3)
    port = r.randint(1024, 65535)
    kind = r.random()
    if kind < 0.3:
        key = r.choice(("RSA", "ED25519", "ECDSA"))
        ln.add(f"Accepted publickey for {user} from ").pii(ip, "IP_ADDRESS")
        ln.add(f" port {port} ssh2: {key} SHA256:{v.b64url(32)[:43]}")
    elif kind < 0.5:
        ln.add(f"Failed password for {'invalid user ' if r.random() < 0.5 else ''}{user} from ")
        ln.pii(ip, "IP_ADDRESS").add(f" port {port} ssh2")
    elif kind < 0.65:
        ln.add(f"Invalid user {user} from ").pii(ip, "IP_ADDRESS").add(f" port {port}")
    elif kind < 0.8:
        ln.add(f"Disconnected from authenticating user {user} ").pii(ip, "IP_ADDRESS")
        ln.add(f" port {port} [preauth]")
    elif kind < 0.9:
        ln.add("Connection closed by ").pii(ip, "IP_ADDRESS").add(f" port {port} [preauth]")
    else:
        ln.add(
            f"pam_unix(sshd:session): session opened for user {user}(uid={r.randint(0, 2000)}) by (uid=0)"
        )
        ln.add(" rhost=").pii(ip, "IP_ADDRESS")
    return ln


def dhcpd(v: Values) -> Line:
    r = v.r
    ln = Line("dhcpd")
    ln.add(
        f"{v.syslog_ts()} {r.choice(('router', 'dhcp01', 'gw-core-01'))} dhcpd[{r.randint(200, 9999)}]: "
    )
    mac = v.mac(r.choice(("colon", "colon", "colon", "colon_upper")))
    hostname = r.choice(
        (
            "LAPTOP-7QK2M3",
            "printer-3f",
            "raspberrypi",
            "android-tv",
            "NAS",
            "ESP_3A7B21",
            "desk-104",
        )
    )
    iface = r.choice(("eth0", "eth1", "br0", "vlan10"))
    kind = r.random()
    if kind < 0.25:
        ln.add("DHCPDISCOVER from ").pii(mac, "MAC_ADDRESS").add(f" via {iface}")
    elif kind < 0.5:
        ln.add("DHCPOFFER on ").pii(v.ipv4(), "IP_ADDRESS").add(" to ").pii(mac, "MAC_ADDRESS")
        ln.add(f" ({hostname}) via {iface}")
    elif kind < 0.75:
        ln.add("DHCPREQUEST for ").pii(v.ipv4(), "IP_ADDRESS").add(" (").pii(v.ipv4(), "IP_ADDRESS")
        ln.add(") from ").pii(mac, "MAC_ADDRESS").add(f" ({hostname}) via {iface}")
    else:
        ln.add("DHCPACK on ").pii(v.ipv4(), "IP_ADDRESS").add(" to ").pii(mac, "MAC_ADDRESS")
        ln.add(f" ({hostname}) via {iface} lease-duration {r.choice((3600, 43200, 86400))}")
    return ln


def dnsmasq(v: Values) -> Line:
    r = v.r
    ln = Line("dnsmasq")
    ln.add(
        f"{v.syslog_ts()} OpenWrt dnsmasq-dhcp[{r.randint(200, 9999)}]: {r.randint(10**8, 4 * 10**9)} "
    )
    ln.add(
        f"{r.choice(('DHCPACK', 'DHCPREQUEST', 'DHCPOFFER'))}({r.choice(('br-lan', 'wlan0', 'eth0'))}) "
    )
    ln.pii(v.ipv4(), "IP_ADDRESS").add(" ").pii(v.mac(r.choice(("colon", "hyphen"))), "MAC_ADDRESS")
    if r.random() < 0.7:
        ln.add(" " + r.choice(("laptop-k3", "Galaxy-S23", "iPad", "tv-livingroom", "amazon-4f2e")))
    return ln


def cisco(v: Values) -> Line:
    r = v.r
    ln = Line("cisco-ios")
    ln.add(f"{r.randint(1000, 99999)}: *{v.syslog_ts()}.{r.randint(0, 999):03d} UTC: ")
    kind = r.random()
    if kind < 0.4:
        ln.add("%SW_MATM-4-MACFLAP_NOTIF: Host ").pii(v.mac("cisco"), "MAC_ADDRESS")
        ln.add(
            f" in vlan {r.randint(1, 4000)} is flapping between port Gi1/0/{r.randint(1, 48)} and port Gi1/0/{r.randint(1, 48)}"
        )
    elif kind < 0.7:
        ln.add(f"%DHCPD-6-ADDRESS_ASSIGN: Interface Vlan{r.randint(1, 400)} assigned DHCP address ")
        ln.pii(v.ipv4(), "IP_ADDRESS").add(" to client ").pii(v.mac("cisco"), "MAC_ADDRESS")
    elif kind < 0.85:
        ln.add(
            "%PORT_SECURITY-2-PSECURE_VIOLATION: Security violation occurred, caused by MAC address "
        )
        ln.pii(v.mac("cisco"), "MAC_ADDRESS").add(
            f" on port GigabitEthernet1/0/{r.randint(1, 48)}."
        )
    else:
        ln.add("%IPV6_ND-4-DUPLICATE: Duplicate address ").pii(v.ipv6(), "IP_ADDRESS")
        ln.add(f" on Vlan{r.randint(1, 400)}, hardware ").pii(v.mac("cisco"), "MAC_ADDRESS")
    return ln


def net_misc(v: Values) -> Line:
    """Other MAC forms: hyphenated (Windows), bare after ``mac=``, EUI-64, arp tables."""
    r = v.r
    kind = r.random()
    if kind < 0.3:
        ln = Line("windows-dhcp")
        ln.add(
            f"{r.choice((10, 11, 12))},{r.randint(1, 12):02d}/{r.randint(1, 28):02d}/26,{r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d},Assign,"
        )
        ln.pii(v.ipv4(), "IP_ADDRESS").add(
            f",{r.choice(('LAPTOP-7QK2M3', 'DESKTOP-91PLQ2', 'WS-0443'))}.corp.local,"
        )
        ln.pii(v.mac("hyphen"), "MAC_ADDRESS").add(f",,{r.randint(10**8, 4 * 10**9)},0,,,,,,,,,0")
        return ln
    if kind < 0.55:
        ln = Line("wifi-controller")
        ln.add(f"{v.iso_ts()} wlc-{r.randint(1, 3)} hostapd: {r.choice(('wlan0', 'wlan1'))}: STA ")
        ln.pii(v.mac("colon"), "MAC_ADDRESS")
        ln.add(
            r.choice(
                (
                    " IEEE 802.11: associated (aid 3)",
                    " WPA: pairwise key handshake completed (RSN)",
                    " IEEE 802.11: disassociated",
                )
            )
        )
        ln.add(f" rssi=-{r.randint(30, 90)} chan={r.choice((1, 6, 11, 36, 149))}")
        return ln
    if kind < 0.75:
        ln = Line("radius")
        ln.add(
            f"{v.iso_ts()} radiusd[{r.randint(200, 9999)}]: Login OK: [{r.choice(('guest', 'corp-wifi'))}] (from client ap-{r.randint(1, 60)} port {r.randint(0, 99)} cli "
        )
        ln.pii(v.mac("bare") if r.random() < 0.5 else v.mac("hyphen"), "MAC_ADDRESS")
        ln.add(f") session_time={r.randint(1, 86400)} acct_octets={r.randint(10**3, 10**9)}")
        return ln
    if kind < 0.87:
        ln = Line("iot-inventory")
        ln.add(f"device inventory: vendor_oui={v.hexs(6, upper=True)} eui64=")
        ln.pii(v.mac("eui64"), "MAC_ADDRESS")
        ln.add(f" fw={v.version()} model=ZB-{r.randint(100, 999)} rssi=-{r.randint(30, 90)}dBm")
        return ln
    if kind < 0.93:
        ln = Line("ping6")
        zone = r.choice(("%eth0", "%en0", "%wlan0", "%3"))
        addr = v.ipv6_link_local() + zone
        ln.add(f"{r.randint(56, 1500)} bytes from ").pii(addr, "IP_ADDRESS")
        ln.add(
            f": icmp_seq={r.randint(1, 999)} ttl={r.choice((64, 255))} time={r.randint(0, 99)}.{r.randint(0, 999):03d} ms"
        )
        return ln
    ln = Line("arp")
    ln.add("? (").pii(v.ipv4(), "IP_ADDRESS").add(") at ").pii(v.mac("colon"), "MAC_ADDRESS")
    ln.add(
        f" [ether] on {r.choice(('eth0', 'enp3s0', 'br0'))} expires in {r.randint(1, 1200)} seconds"
    )
    return ln


def _json_fields(ln: Line, fields: list[tuple[str, str | int | bool, str | None]]) -> None:
    ln.add("{")
    for i, (key, value, entity) in enumerate(fields):
        if i:
            ln.add(",")
        ln.add(json.dumps(key) + ":")
        if isinstance(value, str):
            ln.add('"')
            if entity:
                ln.pii(value, entity)
            else:
                ln.add(value)
            ln.add('"')
        else:
            ln.add(json.dumps(value))
    ln.add("}")


def sdk_event(v: Values) -> Line:
    r = v.r
    ln = Line("mobile-sdk")
    ios = r.random() < 0.45
    fields: list[tuple[str, str | int | bool, str | None]] = [
        (
            "event",
            r.choice(("app_open", "screen_view", "purchase", "session_start", "ad_impression")),
            None,
        ),
        ("ts", int(v.epoch(ms=True)), None),
        ("app_version", v.version().lstrip("v"), None),
        (
            "sdk",
            f"analytics-{r.choice(('ios', 'android'))}/{r.randint(1, 9)}.{r.randint(0, 30)}.{r.randint(0, 9)}",
            None,
        ),
    ]
    if ios:
        fields.append(("idfa", v.uuid4(upper=True), "ADVERTISING_ID"))
        if r.random() < 0.5:
            fields.append(("idfv", v.uuid4(upper=True), "ADVERTISING_ID"))
        fields.append(("os", f"iOS {r.randint(15, 18)}.{r.randint(0, 6)}.{r.randint(0, 3)}", None))
    else:
        fields.append(("gaid", v.uuid4(), "ADVERTISING_ID"))
        fields.append(("android_id", v.hexs(16), "ANDROID_ID"))
        fields.append(("os", f"Android {r.randint(10, 15)}", None))
    if r.random() < 0.6:
        fields.append(("device_id", v.uuid4(upper=ios), "DEVICE_ID"))
    if not ios and r.random() < 0.35:
        fields.append(("imei", v.imei(), "IMEI"))
    if r.random() < 0.3:
        fields.append(("trace_id", v.uuid4(), None))
    if r.random() < 0.3:
        fields.append(("payload_sha256", v.hexs(64), None))
    if r.random() < 0.3:
        fields.append(("checksum", v.hexs(16), None))
    if r.random() < 0.25:
        fields.append(("_ga", v.ga(), "COOKIE_ID"))
    if r.random() < 0.2:
        fields.append(("_fbp", v.fbp(), "COOKIE_ID"))
    if r.random() < 0.3:
        fields.append(("ip", v.ip(0.3), "IP_ADDRESS"))
    fields.append(("duration_ms", r.randint(1, 60000), None))
    fields.append(("lat", r.random() < 0.2, None))
    r.shuffle(fields)
    _json_fields(ln, fields)
    return ln


def telephony_event(v: Values) -> Line:
    r = v.r
    ln = Line("mobile-sdk")
    fields: list[tuple[str, str | int | bool, str | None]] = [
        ("event", r.choice(("sim_state_changed", "device_registered", "carrier_lookup")), None),
        ("timestamp", v.iso_ts(), None),
        ("build", v.git_sha(), None),
    ]
    kind = r.random()
    if kind < 0.35:
        fields.append(("iccid", v.iccid(), "ICCID"))
        fields.append(("imsi", v.imsi(), "IMSI"))
    elif kind < 0.7:
        fields.append(("meid", v.meid(), "MEID"))
        fields.append(("esn_hint", f"0x{v.hexs(8)}", None))
    elif kind < 0.9:
        fields.append(("imei", v.imei(), "IMEI"))
        if r.random() < 0.5:
            fields.append(("imei2", v.imei(), "IMEI"))
    else:
        fields.append(("imeisv", v.imeisv(), "IMEI"))
    if r.random() < 0.5:
        fields.append(("order_id", v.order_no(), None))
    fields.append(("mcc", int(r.choice(("310", "234", "262"))), None))
    fields.append(("bytes", r.randint(100, 10**7), None))
    r.shuffle(fields)
    _json_fields(ln, fields)
    return ln


def logcat(v: Values) -> Line:
    r = v.r
    ln = Line("logcat")
    ln.add(
        f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d} {r.randint(500, 32000):5d} {r.randint(500, 32000):5d} "
    )
    kind = r.random()
    if kind < 0.25:
        ln.add("I AdsIdentifier: advertising id=").pii(v.uuid4(), "ADVERTISING_ID")
        ln.add(f" limitAdTracking={str(r.random() < 0.2).lower()} took {r.randint(1, 300)}ms")
    elif kind < 0.45:
        ln.add("D DeviceInfo: ANDROID_ID=").pii(v.hexs(16), "ANDROID_ID")
        ln.add(f" build={v.version()} sdk_int={r.randint(28, 35)}")
    elif kind < 0.6:
        ln.add("I TelephonyRegistry: IMEI: ").pii(v.imei(), "IMEI")
        ln.add(f" slot={r.randint(0, 1)} pid={r.randint(500, 32000)}")
    elif kind < 0.72:
        ln.add("D SubscriptionController: iccid=").pii(v.iccid(), "ICCID").add(" imsi=")
        ln.pii(v.imsi(), "IMSI").add(f" subId={r.randint(1, 9)}")
    elif kind < 0.82:
        ln.add("I CdmaPhone: MEID ").pii(v.meid(), "MEID").add(
            f" prl_version={r.randint(1000, 70000)}"
        )
    elif kind < 0.92:
        ln.add("I InstallReferrer: device id ").pii(v.uuid4(), "DEVICE_ID")
        ln.add(f" apk_sha1={v.hexs(40)}")
    else:
        ln.add(
            f"W PackageManager: verification of {v.path()} took {r.randint(1, 9000)}ms checksum={v.hexs(16)}"
        )
    return ln


def http_request_headers(v: Values) -> Line:
    r = v.r
    ln = Line("http-request")
    ln.add(f"{r.choice(('GET', 'POST'))} {v.api_path()} HTTP/1.1\n")
    ln.add(f"Host: {r.choice(('api.example.com', 'shop.acme.io', 'cdn.example.net'))}\n")
    ln.add("User-Agent: ").pii(v.user_agent(), "USER_AGENT").add("\n")
    ln.add(
        f"Accept: {r.choice(('application/json', 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.8'))}\n"
    )
    if r.random() < 0.75:
        ln.add("Cookie: ")
        cookies: list[tuple[str, str, str | None]] = []
        cookies.append(
            (
                r.choice(
                    ("sessionid", "SID", "connect.sid", "PHPSESSID", "JSESSIONID", "__Host-session")
                ),
                v.session_value(),
                "COOKIE_ID",
            )
        )
        if r.random() < 0.6:
            cookies.append(("_ga", v.ga(), "COOKIE_ID"))
        if r.random() < 0.35:
            cookies.append(("_fbp", v.fbp(), "COOKIE_ID"))
        if r.random() < 0.3:
            cookies.append(("ajs_anonymous_id", v.uuid4(), "COOKIE_ID"))
        if r.random() < 0.3:
            cookies.append(
                (
                    r.choice(("lang", "theme", "consent")),
                    r.choice(("en", "dark", "yes", "de-DE")),
                    None,
                )
            )
        r.shuffle(cookies)
        for i, (name, value, entity) in enumerate(cookies):
            ln.add(("; " if i else "") + name + "=")
            if entity:
                ln.pii(value, entity)
            else:
                ln.add(value)
        ln.add("\n")
    if r.random() < 0.55:
        ln.add("Authorization: Bearer ").pii(
            v.jwt() if r.random() < 0.8 else v.opaque_token(), "AUTH_TOKEN"
        ).add("\n")
    if r.random() < 0.4:
        ln.add("X-Forwarded-For: ").pii(v.ipv4(), "IP_ADDRESS").add("\n")
    ln.add(f"X-Request-Id: {v.uuid4()}\n")
    if r.random() < 0.4:
        ln.add(f'If-None-Match: W/"{v.hexs(8)}-{v.hexs(12)}"\n')
    ln.add(f"Content-Length: {r.randint(0, 40000)}")
    return ln


def http_response_headers(v: Values) -> Line:
    r = v.r
    ln = Line("http-response")
    ln.add(f"HTTP/1.1 {r.choice(('200 OK', '302 Found', '201 Created'))}\n")
    ln.add(
        f"Date: {r.choice(_DAYS)}, {r.randint(1, 28):02d} {r.choice(_MONTHS)} 2026 {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d} GMT\n"
    )
    ln.add("Server: nginx/1.25.3\n")
    for _ in range(r.choice((1, 1, 2))):
        name = r.choice(("sid", "session", "__Secure-token", "uid", "visitor_id"))
        value = v.session_value() if name != "visitor_id" else v.uuid4()
        ln.add(f"Set-Cookie: {name}=").pii(value, "COOKIE_ID")
        ln.add(
            f"; Path=/; Expires={r.choice(_DAYS)}, {r.randint(1, 28):02d} {r.choice(_MONTHS)} 2027 07:28:00 GMT; Max-Age={r.choice((3600, 86400, 31536000))}; HttpOnly; Secure; SameSite=Lax\n"
        )
    if r.random() < 0.4:
        ln.add("Set-Cookie: _ga=").pii(v.ga(), "COOKIE_ID").add(
            "; Domain=.example.com; Path=/; Max-Age=63072000\n"
        )
    ln.add(f'ETag: "{v.hexs(32)}"\n')
    ln.add(f"X-Trace-Id: {v.hexs(32)}\n")
    ln.add(f"Content-Length: {r.randint(0, 400000)}")
    return ln


def app_log(v: Values, emails: list[str]) -> Line:
    r = v.r
    ln = Line("app-logfmt")
    ln.add(
        f"level={r.choice(('info', 'info', 'warn', 'debug'))} ts={v.iso_ts()} caller={r.choice(('auth', 'api', 'billing'))}/{r.choice(('handler', 'session', 'token'))}.go:{r.randint(20, 900)} "
    )
    kind = r.random()
    if kind < 0.35:
        ln.add('msg="login ok" user=').pii(r.choice(emails), "EMAIL_ADDRESS").add(" client_ip=")
        ln.pii(v.ip(0.3), "IP_ADDRESS")
    elif kind < 0.55:
        ln.add('msg="token issued" token=').pii(v.jwt(), "AUTH_TOKEN")
        ln.add(f" ttl={r.choice((300, 900, 3600))}s")
    elif kind < 0.75:
        ln.add('msg="session created" session_id=').pii(v.session_value(), "COOKIE_ID")
        ln.add(" remote_addr=").pii(v.ip(0.3), "IP_ADDRESS")
    else:
        ln.add(f'msg="order placed" order={v.order_no()} amount_cents={r.randint(100, 10**6)} ')
        ln.add("device_id=").pii(v.uuid4(), "DEVICE_ID")
    ln.add(f" duration_ms={r.randint(0, 5000)} build={v.git_sha()} version={v.version()}")
    return ln


def negatives_only(v: Values) -> Line:
    """A line with no personal data at all, full of identifier look-alikes."""
    r = v.r
    ln = Line("negatives")
    kind = r.randrange(12)
    if kind == 0:
        ln.add(
            f"{v.iso_ts()} INFO artifact uploaded path={v.path()} sha256={v.hexs(64)} bytes={r.randint(10**3, 10**9)} took={r.randint(0, 99)}.{r.randint(0, 99):02d}s"
        )
    elif kind == 1:
        ln.add(
            f"{v.syslog_ts()} {v.host()} systemd[1]: Started Session {r.randint(1, 99999)} of user {r.choice(('deploy', 'root', 'git'))}."
        )
    elif kind == 2:
        ln.add(
            f"HEAD is now at {v.hexs(7)} Merge pull request #{r.randint(100, 9999)} from release/{v.version()}"
        )
    elif kind == 3:
        ln.add(
            f"Digest: sha256:{v.hexs(64)} Status: Downloaded newer image for registry.local/app:{v.version()}"
        )
    elif kind == 4:
        ln.add(
            f"[{r.randint(1, 99999)}.{r.randint(0, 999999):06d}] EXT4-fs (sda{r.randint(1, 4)}): mounted filesystem {v.uuid4()} r/w with ordered data mode. Quota mode: none."
        )
    elif kind == 5:
        ln.add(
            f"Successfully installed requests-{r.randint(2, 2)}.{r.randint(20, 32)}.{r.randint(0, 9)} urllib3-{v.version().lstrip('v')} certifi-2026.{r.randint(1, 12)}.{r.randint(1, 28)}"
        )
    elif kind == 6:
        ln.add(
            f"{v.iso_ts()} WARN job={r.choice(('reindex', 'backup', 'compaction'))} pid={r.randint(100, 99999)} rss_bytes={r.randint(10**6, 10**10)} elapsed={r.randint(0, 59)}m{r.randint(0, 59)}s crc32=0x{v.hexs(8)} epoch={v.epoch()}"
        )
    elif kind == 7:
        ln.add(
            f"agent version {v.version()} (build {v.git_sha()}) on kernel 6.{r.randint(1, 12)}.{r.randint(0, 80)}-{r.randint(1, 200)}-generic; os build {v.version()}"
        )
    elif kind == 8:
        ln.add(
            f"{v.iso_ts()} payment order {v.order_no()} settled; ref {v.order_no()} batch={r.randint(1, 999)} md5={v.hexs(32)} size={r.randint(1, 999)}KB"
        )
    elif kind == 9:
        ln.add(
            f"{v.syslog_ts()} {v.host()} CRON[{r.randint(100, 99999)}]: (root) CMD (/usr/local/bin/rotate --keep {r.randint(1, 30)} {v.path()})"
        )
    elif kind == 10:
        ln.add(
            f"ts={v.epoch(ms=True)} span_id={v.hexs(16)} trace_id={v.hexs(32)} parent={v.hexs(16)} latency_us={r.randint(10, 10**7)} status=OK retries={r.randint(0, 3)}"
        )
    else:
        ln.add(
            f"txn {not_luhn_15(v)} committed at {v.iso_ts()} (lsn {v.hexs(1, upper=True)}/{v.hexs(8, upper=True)}, {r.randint(1, 9999)} rows, {r.randint(1, 999)}.{r.randint(0, 9)} ms)"
        )
    return ln


def _emails(r: random.Random, n: int) -> list[str]:
    first = ("anna", "j.smith", "m.garcia", "li.wei", "olga", "tom.baker", "priya.n", "k.mueller")
    domains = ("example.com", "mail.example.org", "acme.io", "corp.example.net")
    return [f"{r.choice(first)}{r.randint(1, 999)}@{r.choice(domains)}" for _ in range(n)]


_WEIGHTS: tuple[tuple[str, int], ...] = (
    ("access_v4", 150),
    ("access_v6", 60),
    ("access_xff", 70),
    ("apache_error", 50),
    ("sshd", 130),
    ("dhcpd", 110),
    ("dnsmasq", 50),
    ("cisco", 60),
    ("net_misc", 110),
    ("sdk_event", 160),
    ("telephony_event", 280),
    ("logcat", 130),
    ("http_request", 170),
    ("http_response", 80),
    ("app_log", 110),
    ("negatives", 220),
)


def generate_logs(seed: int) -> list[Line]:
    """Return the log lines for ``seed`` (same seed, same lines)."""
    rng = random.Random(seed)
    v = Values(rng)
    emails = _emails(rng, 60)
    makers = {
        "access_v4": lambda: access_log(v, v6=False),
        "access_v6": lambda: access_log(v, v6=True),
        "access_xff": lambda: access_log_xff(v),
        "apache_error": lambda: apache_error(v),
        "sshd": lambda: sshd(v),
        "dhcpd": lambda: dhcpd(v),
        "dnsmasq": lambda: dnsmasq(v),
        "cisco": lambda: cisco(v),
        "net_misc": lambda: net_misc(v),
        "sdk_event": lambda: sdk_event(v),
        "telephony_event": lambda: telephony_event(v),
        "logcat": lambda: logcat(v),
        "http_request": lambda: http_request_headers(v),
        "http_response": lambda: http_response_headers(v),
        "app_log": lambda: app_log(v, emails),
        "negatives": lambda: negatives_only(v),
    }
    plan = [name for name, n in _WEIGHTS for _ in range(n)]
    rng.shuffle(plan)
    return [makers[name]() for name in plan]
