"""Held-out log lines: formats the main corpus does not use, to catch tuning to its templates.

Same labelling rules as ``_logs.py`` (see README.md). The first figures on this set were taken
before the detector had seen it (the set was written after the detector was tuned on the main
corpus); they are in the final report of the evaluation work and in docs/benchmarks.md.
"""

from __future__ import annotations

import random

from benchmarks.corpus._logs import Line, Values, luhn_check_digit

__all__ = ["generate_holdout"]


def haproxy(v: Values) -> Line:
    r = v.r
    ln = Line("haproxy")
    ln.add(f"{v.syslog_ts()} lb{r.randint(1, 3)} haproxy[{r.randint(100, 60000)}]: ")
    ln.pii(v.ipv4(), "IP_ADDRESS").add(
        f":{r.randint(32768, 60999)} [{v.clf_ts()[:20]}.{r.randint(0, 999):03d}] "
    )
    ln.add(
        f"fe_https~ be_app/app{r.randint(1, 9)} {r.randint(0, 9)}/0/{r.randint(0, 9)}/{r.randint(1, 900)}/{r.randint(1, 999)} "
    )
    ln.add(
        f"{r.choice((200, 200, 302, 404, 503))} {r.randint(100, 90000)} - - ---- {r.randint(1, 99)}/{r.randint(1, 99)}/0/0/0 0/0 "
    )
    ln.add(f'"{r.choice(("GET", "POST"))} {v.api_path()} HTTP/1.1"')
    return ln


def aws_alb(v: Values) -> Line:
    r = v.r
    ln = Line("aws-alb")
    ln.add(f"https {v.iso_ts()} app/prod-lb/{v.hexs(16)} ")
    ln.pii(v.ipv4(), "IP_ADDRESS").add(f":{r.randint(32768, 60999)} ")
    ln.pii(f"10.0.{r.randint(0, 255)}.{r.randint(1, 254)}", "IP_ADDRESS").add(":80 ")
    ln.add(
        f"0.000 0.{r.randint(0, 999):03d} 0.000 200 200 {r.randint(10, 999)} {r.randint(100, 99999)} "
    )
    ln.add(f'"GET {v.api_path()} HTTP/1.1" "').pii(v.user_agent(), "USER_AGENT").add('" ')
    ln.add(
        f"ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 arn:aws:elasticloadbalancing:eu-west-1:{v.digits(12)}:targetgroup/app/{v.hexs(16)} "
    )
    ln.add(f'"Root=1-{v.hexs(8)}-{v.hexs(24)}"')
    return ln


def iptables(v: Values) -> Line:
    r = v.r
    ln = Line("iptables")
    ln.add(
        f"{v.syslog_ts()} {v.host()} kernel: [{r.randint(1000, 999999)}.{r.randint(0, 999999):06d}] [UFW BLOCK] IN=eth0 OUT= MAC="
    )
    ln.pii(v.mac("colon"), "MAC_ADDRESS").add(":").pii(v.mac("colon"), "MAC_ADDRESS").add(
        ":08:00 SRC="
    )
    ln.pii(v.ipv4(), "IP_ADDRESS").add(" DST=").pii(v.ipv4(), "IP_ADDRESS")
    ln.add(
        f" LEN={r.randint(40, 1500)} TOS=0x00 PREC=0x00 TTL={r.randint(30, 128)} ID={r.randint(1, 65535)} DF PROTO=TCP "
    )
    ln.add(
        f"SPT={r.randint(1024, 65535)} DPT={r.choice((22, 23, 3389, 445))} WINDOW={r.randint(1000, 65535)} RES=0x00 SYN URGP=0"
    )
    return ln


def postfix(v: Values, emails: list[str]) -> Line:
    r = v.r
    ln = Line("postfix")
    ln.add(f"{v.syslog_ts()} mx{r.randint(1, 2)} postfix/smtpd[{r.randint(100, 60000)}]: ")
    if r.random() < 0.4:
        ln.add("connect from unknown[").pii(v.ip(0.2), "IP_ADDRESS").add("]")
    else:
        ln.add(f"NOQUEUE: reject: RCPT from mail{r.randint(1, 9)}.example.net[").pii(
            v.ipv4(), "IP_ADDRESS"
        )
        ln.add("]: 554 5.7.1 <").pii(r.choice(emails), "EMAIL_ADDRESS").add(
            ">: Relay access denied; from=<"
        )
        ln.pii(r.choice(emails), "EMAIL_ADDRESS").add("> to=<").pii(
            r.choice(emails), "EMAIL_ADDRESS"
        )
        ln.add("> proto=ESMTP helo=<example.com>")
    return ln


def k8s_audit(v: Values) -> Line:
    r = v.r
    ln = Line("k8s-audit")
    ln.add(
        f'{{"kind":"Event","level":"Metadata","auditID":"{v.uuid4()}","stage":"ResponseComplete",'
    )
    ln.add(
        f'"requestURI":"/api/v1/namespaces/{r.choice(("default", "prod", "kube-system"))}/pods?limit={r.choice((50, 500))}",'
    )
    ln.add(
        f'"verb":"{r.choice(("list", "get", "watch"))}","user":{{"username":"system:serviceaccount:ci:deployer"}},"sourceIPs":["'
    )
    ln.pii(v.ip(0.2), "IP_ADDRESS").add('"],"userAgent":"')
    ua = f"kubectl/v1.{r.randint(25, 31)}.{r.randint(0, 9)} (linux/amd64) kubernetes/{v.hexs(7)}"
    ln.pii(ua if r.random() < 0.6 else v.user_agent(), "USER_AGENT")
    ln.add(f'","responseStatus":{{"code":200}},"requestReceivedTimestamp":"{v.iso_ts()}"}}')
    return ln


def attribution_sdk(v: Values) -> Line:
    r = v.r
    ln = Line("attribution-sdk")
    ln.add(
        f"{r.randint(1, 12):02d}-{r.randint(1, 28):02d} {r.randint(0, 23):02d}:{r.randint(0, 59):02d}:{r.randint(0, 59):02d}.{r.randint(0, 999):03d} "
    )
    ln.add(f"{r.randint(500, 32000)} {r.randint(500, 32000)} D Adjust: Event tracked ")
    ln.add('{"adid":"').pii(v.hexs(32), "DEVICE_ID").add('","gps_adid":"').pii(
        v.uuid4(), "ADVERTISING_ID"
    )
    ln.add(
        f'","event_token":"{v.hexs(6)}","created_at":"{v.iso_ts()}","sdk_version":"android{v.version()}"'
    )
    if r.random() < 0.5:
        ln.add(',"androidId":"').pii(v.hexs(16), "ANDROID_ID").add('"')
    ln.add("}")
    return ln


def windows_security(v: Values) -> Line:
    r = v.r
    ln = Line("windows-security")
    ln.add(
        f"EventID=4625 An account failed to log on. Logon Type: {r.choice((3, 10))} Account Name: {r.choice(('Administrator', 'svc_backup', 'guest'))} "
    )
    ln.add(
        f"Workstation Name: {r.choice(('WS-0443', 'DESKTOP-91PLQ2', '-'))} Source Network Address: "
    )
    ln.pii(v.ip(0.2), "IP_ADDRESS").add(
        f" Source Port: {r.randint(1024, 65535)} Failure Reason: 0xC000006D Process ID: 0x{v.hexs(4)}"
    )
    return ln


def cisco_asa(v: Values) -> Line:
    r = v.r
    ln = Line("cisco-asa")
    ln.add(
        f"{v.syslog_ts()} fw01 : %ASA-6-302013: Built inbound TCP connection {r.randint(10**5, 10**9)} for outside:"
    )
    a, b = v.ipv4(), f"10.{r.randint(0, 255)}.{r.randint(0, 255)}.{r.randint(1, 254)}"
    pa = r.randint(1024, 65535)
    ln.pii(a, "IP_ADDRESS").add(f"/{pa} (").pii(a, "IP_ADDRESS").add(f"/{pa}) to inside:")
    ln.pii(b, "IP_ADDRESS").add("/443 (").pii(v.ipv4(), "IP_ADDRESS").add("/443)")
    return ln


def cookie_curl(v: Values) -> Line:
    r = v.r
    ln = Line("curl-verbose")
    ln.add(f"> GET {v.api_path()} HTTP/2\n> Host: www.example.com\n> user-agent: ")
    ln.pii(v.user_agent(), "USER_AGENT").add("\n> cookie: _gid=").pii(v.ga(), "COOKIE_ID")
    ln.add("; _gcl_au=").pii(f"1.1.{r.randint(10**8, 2 * 10**9)}.{v.epoch()}", "COOKIE_ID")
    ln.add(
        f"; cookie_consent=accepted; _dd_s=rum=0&expire={v.epoch(ms=True)}\n< HTTP/2 200\n< x-amz-cf-id: {v.b64url(42)}"
    )
    return ln


def device_labels(v: Values) -> Line:
    r = v.r
    ln = Line("mdm-inventory")
    body = r.choice(("35", "86")) + v.digits(12)
    imei = body + luhn_check_digit(body)
    ln.add(
        f"mdm: enrolled asset tag AT-{r.randint(1000, 9999)} model=SM-G99{r.randint(0, 9)}B IMEI "
    )
    ln.pii(f"{imei[:2]}-{imei[2:8]}-{imei[8:14]}-{imei[14]}", "IMEI")
    ln.add(" wifi_mac=").pii(v.mac("colon_upper"), "MAC_ADDRESS")
    ln.add(
        f" os={r.randint(11, 15)} patch=2026-{r.randint(1, 12):02d}-01 fingerprint=samsung/{v.hexs(4)}/{r.randint(10, 15)}:user/release-keys"
    )
    return ln


def negatives(v: Values) -> Line:
    r = v.r
    ln = Line("holdout-negatives")
    kind = r.randrange(6)
    if kind == 0:
        ln.add(
            f"container {v.hexs(12)} started image=sha256:{v.hexs(64)} pod=web-{v.hexs(10)}-{v.hexs(5)} restarts={r.randint(0, 9)}"
        )
    elif kind == 1:
        ln.add(
            f"Build fingerprint: 'google/raven/raven:{r.randint(12, 15)}/TQ3A.{r.randint(230000, 239999)}.{r.randint(1, 9):03d}/{r.randint(10**7, 10**8)}:user/release-keys'"
        )
    elif kind == 2:
        ln.add(
            f"Incident Identifier: {v.uuid4(upper=True)} Hardware Model: iPhone{r.randint(10, 16)},{r.randint(1, 8)} Version: {r.randint(15, 18)}.{r.randint(0, 6)} (22A{r.randint(100, 999)})"
        )
    elif kind == 3:
        ln.add(
            f"s3 put bucket=logs-prod key=2026/{r.randint(1, 12):02d}/{v.hexs(16)}.gz etag={v.hexs(32)} size={r.randint(10**3, 10**9)} x-amz-request-id={v.hexs(16, upper=True)}"
        )
    elif kind == 4:
        ln.add(
            f"gc pause {r.randint(1, 900)}.{r.randint(0, 999):03d}ms heap {r.randint(100, 9000)}M->{r.randint(100, 9000)}M ({r.randint(1000, 16000)}M) gen={r.randint(0, 2)} cycle={r.randint(1, 10**6)}"
        )
    else:
        ln.add(
            f"release v{r.randint(1, 9)}.{r.randint(0, 40)}.{r.randint(0, 9)}+build.{r.randint(100, 9999)} commit {v.hexs(40)} tagged {v.iso_ts()} checksum crc64=0x{v.hexs(16)}"
        )
    return ln


_WEIGHTS = (
    ("haproxy", 30),
    ("aws_alb", 30),
    ("iptables", 30),
    ("postfix", 30),
    ("k8s_audit", 25),
    ("attribution_sdk", 30),
    ("windows_security", 20),
    ("cisco_asa", 20),
    ("cookie_curl", 30),
    ("device_labels", 25),
    ("negatives", 50),
)


def generate_holdout(seed: int) -> list[Line]:
    """Return the held-out lines for ``seed``."""
    rng = random.Random(seed)
    v = Values(rng)
    emails = [
        f"user{rng.randint(1, 999)}@{rng.choice(('example.org', 'mail.example.net'))}"
        for _ in range(40)
    ]
    makers = {
        "haproxy": lambda: haproxy(v),
        "aws_alb": lambda: aws_alb(v),
        "iptables": lambda: iptables(v),
        "postfix": lambda: postfix(v, emails),
        "k8s_audit": lambda: k8s_audit(v),
        "attribution_sdk": lambda: attribution_sdk(v),
        "windows_security": lambda: windows_security(v),
        "cisco_asa": lambda: cisco_asa(v),
        "cookie_curl": lambda: cookie_curl(v),
        "device_labels": lambda: device_labels(v),
        "negatives": lambda: negatives(v),
    }
    plan = [name for name, n in _WEIGHTS for _ in range(n)]
    rng.shuffle(plan)
    return [makers[name]() for name in plan]
