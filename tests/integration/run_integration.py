#!/usr/bin/env python3
"""Integration test driver: Stamp against real SMTP servers.

Usage:
  run_integration.py STAMP aiosmtpd|postfix [--keep] [--only NAME[,NAME...]]

STAMP is the path of the stamp executable.  The special value "smtplib"
uses a built-in Python smtplib client that follows Stamp's command-line
contract (exit codes included); it exists to validate the servers and the
checks themselves.

For each scenario the driver starts nothing new: the servers (see servers.py)
are started once per mode in a fresh temp directory, every scenario sends one
message (or fails to, on purpose), then the delivered files are read back and
checked with Python's email package (policy=default).  Prints PASS/FAIL lines
and a final "N passed, N failed" line; exits 1 on any failure, 77 when the
mode cannot run here (aiosmtpd / postfix / dovecot not installed, or not root
and no password-less sudo), 0 otherwise.

--keep keeps the temp dir (servers are still stopped) for post-mortems.
"""

import argparse
import email
import email.policy
import email.utils
import hashlib
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77


def have_aiosmtpd():
    try:
        import aiosmtpd  # noqa: F401
        return True
    except ImportError:
        return False


def reexec_with_aiosmtpd():
    """The python3 on PATH may lack aiosmtpd (e.g. a pyenv one); Debian's
    python3-aiosmtpd lives in /usr/bin/python3's dist-packages."""
    if have_aiosmtpd() or os.environ.get("STAMP_IT_REEXEC"):
        return
    for cand in ("/usr/bin/python3", "/usr/local/bin/python3", "/bin/python3"):
        if not os.path.exists(cand) or os.path.realpath(cand) == os.path.realpath(sys.executable):
            continue
        r = subprocess.run([cand, "-c", "import aiosmtpd"], stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
        if r.returncode == 0:
            os.environ["STAMP_IT_REEXEC"] = "1"
            sys.stdout.flush()
            os.execv(cand, [cand, os.path.abspath(__file__)] + sys.argv[1:])


sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, HERE)
import servers  # noqa: E402

# ------------------------------------------------------------ test data

FROM = "sender@stamp.test"
TO = ["to1@stamp.test", "to2@stamp.test"]
CC = ["cc1@stamp.test"]
BCC = ["bcc1@stamp.test"]
SUBJECT = ("Grüße – ünïcödé ✓ — a subject long enough to need folding into "
           "several encoded words, with an emoji 😀 and 日本語 at the end")
BIG_NAME = "résumé-файл.bin"
BIG_SIZE = 25 * 1024 * 1024
SMALL_NAME = "notes ✓ ü.txt"
SMALL_TEXT = ("Small text attachment.\n"
              ".a line starting with a period\n"
              "Ünïcödé: Grüße, привет, 日本語\n"
              "last line\n")
TRACE_HEADERS = {"return-path", "received", "delivered-to", "x-original-to"}

# A prepared message for --eml: sent "as it is", so its lines that start with a
# period really go through SMTP dot-stuffing (Stamp's own MIME output encodes
# leading periods as =2E, which never exercises it).  8bit body, ends with a
# line that is just ".".
EML_BODY_LINES = [
    "Prepared message (--eml) for the dot-stuffing test.",
    ".hidden",
    "..two",
    ".",
    "...three",
    ". space after the period",
    "Ünïcödé 8bit line: Grüße, привет, 日本語 ✓",
    "",
    ".",
]


def make_eml():
    from email.header import Header
    subj = Header(SUBJECT, "utf-8", header_name="Subject").encode(linesep="\r\n")
    head = [
        f"From: Stamp Sender <{FROM}>",
        "To: " + ", ".join(TO),
        "Cc: " + ", ".join(CC),
        "Subject: " + subj,
        "Date: " + email.utils.formatdate(localtime=True),
        "Message-ID: " + email.utils.make_msgid(idstring="eml", domain="stamp.test"),
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=UTF-8",
        "Content-Transfer-Encoding: 8bit",
    ]
    return ("\r\n".join(head) + "\r\n\r\n" + "\r\n".join(EML_BODY_LINES) + "\r\n").encode("utf-8")


def make_long_line(n=1200):
    words = ("lorem ipsum dolor sit amet consectetur adipiscing elit sed do "
             "eiusmod tempor incididunt ut labore et dolore magna aliqua").split()
    out, i = [], 0
    while len(" ".join(out)) < n:
        out.append(words[i % len(words)] + str(i))
        i += 1
    line = " ".join(out)[:n]
    line = line.rstrip(" ")
    return line + "x" * (n - len(line))


LONG_LINE = make_long_line()
assert len(LONG_LINE) == 1200
BODY = ("Hello from the Stamp integration test.\n"
        "\n"
        ".hidden\n"
        "..two\n"
        ".\n"
        "The line above is a single period; the next one is 1,200 characters long.\n"
        + LONG_LINE + "\n"
        "From this line on (a line starting with \"From \") nothing special.\n"
        "Ünïcödé body line: Grüße, привет, 日本語 ✓ 😀\n"
        ". trailing text after a leading period and a space\n"
        "last line\n")


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def norm_text(s):
    if isinstance(s, bytes):
        s = s.decode("utf-8", "replace")
    return s.replace("\r\n", "\n").replace("\r", "\n").rstrip("\n")


def unflow(text, delsp):
    """RFC 3676 format=flowed decoding."""
    out, cur = [], None
    for line in text.split("\n"):
        if line.startswith(" "):
            line = line[1:]   # space-stuffing
        flowed = line.endswith(" ") and line != "-- "
        if flowed and delsp:
            line = line[:-1]
        cur = (cur or "") + line
        if not flowed:
            out.append(cur)
            cur = None
    if cur is not None:
        out.append(cur)
    return "\n".join(out)


# ---------------------------------------------------------- reporting

class Report:
    def __init__(self):
        self.passed = 0
        self.failed = 0
        self.failures = []

    def check(self, scenario, name, ok, detail=""):
        if ok:
            self.passed += 1
            print(f"PASS: {scenario}: {name}", flush=True)
        else:
            self.failed += 1
            self.failures.append(f"{scenario}: {name}")
            msg = f"FAIL: {scenario}: {name}"
            if detail:
                msg += f" -- {detail}"
            print(msg, flush=True)
        return ok


def short(x, n=300):
    s = x if isinstance(x, str) else repr(x)
    return s if len(s) <= n else s[:n] + f"... ({len(s)} chars)"


# ------------------------------------------------------------- clients

class SendRequest:
    def __init__(self, **kw):
        self.host = "localhost"
        self.port = None
        self.security = "starttls"
        self.user = None
        self.password = None
        self.auth = None
        self.ca_file = None
        self.sender = FROM
        self.to = list(TO)
        self.cc = list(CC)
        self.bcc = list(BCC)
        self.subject = SUBJECT
        self.body_file = None
        self.attachments = []
        self.transcript = None
        self.eml = None
        self.timeout = 60
        self.__dict__.update(kw)


def stamp_argv(stamp, r):
    a = [stamp, "send", "--server", f"{r.host}:{r.port}", "--security", r.security]
    if r.user is not None:
        a += ["--user", r.user, "--password-stdin"]
    if r.auth:
        a += ["--auth", r.auth]
    if r.ca_file:
        a += ["--ca-file", r.ca_file]
    a += ["--from", r.sender]
    for x in r.to:
        a += ["--to", x]
    for x in r.cc:
        a += ["--cc", x]
    for x in r.bcc:
        a += ["--bcc", x]
    if r.eml:
        a += ["--eml", r.eml]
    else:
        a += ["--subject", r.subject, "--body-file", r.body_file]
        for f in r.attachments:
            a += ["--attach", f]
    if r.transcript:
        a += ["--transcript", r.transcript]
    a += ["--timeout", str(r.timeout)]
    return a


def run_stamp(stamp, r):
    argv = stamp_argv(stamp, r)
    stdin = (r.password + "\n").encode() if r.user is not None else b""
    t0 = time.monotonic()
    try:
        p = subprocess.run(argv, input=stdin, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                           timeout=r.timeout * 2 + 30)
        rc, out, err = p.returncode, p.stdout, p.stderr
    except subprocess.TimeoutExpired as e:
        rc, out, err = "timeout", e.stdout or b"", e.stderr or b""
    dt = time.monotonic() - t0
    return rc, out.decode("utf-8", "replace"), err.decode("utf-8", "replace"), dt, argv


def reference_bytes(msg, subject):
    """Serialize like a careful client: CRLF, no ">From" mangling (smtplib's
    send_message mangles), and a Subject made of encoded words only (Python's
    own folding doubles the space before an encoded word that it moves to a
    new line, which the checks rightly flag)."""
    import io
    from email.generator import BytesGenerator
    from email.header import Header
    buf = io.BytesIO()
    BytesGenerator(buf, mangle_from_=False, policy=email.policy.SMTP).flatten(msg)
    raw = buf.getvalue()
    enc = Header(subject, "utf-8", header_name="Subject").encode(linesep="\r\n")
    head, sep, body = raw.partition(b"\r\n\r\n")
    head = re.sub(rb"(?im)^Subject:.*\r\n(?:[ \t].*\r\n)*", b"", head + b"\r\n")
    return head + b"Subject: " + enc.encode("ascii") + b"\r\n" + sep[2:] + body


def run_smtplib(r):
    """Reference client honouring Stamp's exit-code contract."""
    import smtplib
    import ssl
    from email.message import EmailMessage
    t0 = time.monotonic()
    log = []
    eml_bytes = None
    try:
        if r.eml:
            with open(r.eml, "rb") as f:
                eml_bytes = f.read()
        msg = EmailMessage()
        msg["From"] = r.sender
        msg["To"] = ", ".join(r.to)
        if r.cc:
            msg["Cc"] = ", ".join(r.cc)
        msg["Subject"] = r.subject
        msg["Date"] = email.utils.formatdate(localtime=True)
        msg["Message-ID"] = email.utils.make_msgid(domain="stamp.test")
        with open(r.body_file, encoding="utf-8") as f:
            msg.set_content(f.read())
        for path in r.attachments:
            with open(path, "rb") as f:
                data = f.read()
            name = os.path.basename(path)
            if name.endswith(".txt"):
                msg.add_attachment(data, maintype="text", subtype="plain", filename=name)
            else:
                msg.add_attachment(data, maintype="application", subtype="octet-stream",
                                   filename=name)
    except OSError as e:
        return 11, "", str(e), time.monotonic() - t0, ["smtplib"]
    ctx = ssl.create_default_context(cafile=r.ca_file) if r.ca_file else ssl.create_default_context()
    s = None
    try:
        if r.security == "tls":
            s = smtplib.SMTP_SSL(r.host, r.port, context=ctx, timeout=r.timeout)
        else:
            s = smtplib.SMTP(r.host, r.port, timeout=r.timeout)
        s.ehlo("localhost")
        if r.security == "starttls":
            if not s.has_extn("starttls"):
                return 4, "", "STARTTLS not offered", time.monotonic() - t0, ["smtplib"]
            s.starttls(context=ctx)
            s.ehlo("localhost")
        if r.user is not None:
            s.user, s.password = r.user, r.password
            mech = (r.auth or "plain").upper()
            if mech == "AUTO":
                mech = "PLAIN"
            s.auth(mech, getattr(s, "auth_" + mech.lower()))
        data = eml_bytes if eml_bytes is not None else reference_bytes(msg, r.subject)
        opts = ["BODY=8BITMIME"] if any(c > 127 for c in data) else []
        refused = s.sendmail(r.sender, r.to + r.cc + r.bcc, data, mail_options=opts)
        s.quit()
        rc = 8 if refused else 0
    except smtplib.SMTPAuthenticationError as e:
        rc, log = 5, [str(e)]
    except (ssl.SSLError, ssl.CertificateError) as e:
        rc, log = 4, [str(e)]
    except smtplib.SMTPNotSupportedError as e:
        rc, log = 4, [str(e)]
    except smtplib.SMTPResponseException as e:
        rc, log = (6 if 400 <= e.smtp_code < 500 else 7), [str(e)]
    except smtplib.SMTPRecipientsRefused as e:
        rc, log = 7, [str(e)]
    except ConnectionRefusedError as e:
        rc, log = 3, [str(e)]
    except TimeoutError as e:
        rc, log = 10, [str(e)]
    except (smtplib.SMTPException, OSError) as e:
        rc, log = 3, [repr(e)]
    finally:
        if s is not None:
            try:
                s.close()
            except Exception:
                pass
    return rc, "", "\n".join(log), time.monotonic() - t0, ["smtplib"]


# -------------------------------------------------------------- checks

def split_trace(raw):
    """Return (trace_header_names, rest_bytes): the block of trace headers
    (Return-Path, Received, Delivered-To, X-Original-To) that the receiving
    MTA prepended, and the message as the client sent it."""
    lines = raw.split(b"\n")
    i, names = 0, []
    while i < len(lines):
        line = lines[i]
        if line[:1] in (b" ", b"\t") and names:
            i += 1
            continue
        m = re.match(rb"^([!-9;-~]+):", line)
        if m and m.group(1).decode().lower() in TRACE_HEADERS:
            names.append(m.group(1).decode())
            i += 1
            continue
        break
    return names, b"\n".join(lines[i:])


def header_block(raw):
    m = re.search(rb"\r?\n\r?\n", raw)
    return raw[:m.start()] if m else raw


def check_message(rep, sc, raw, files, envelope=None, after_trace=True):
    """Check one delivered message.  envelope: dict from the aiosmtpd sidecar
    (mail_from, rcpt_tos, mail_options, ...) or None."""
    trace, sent = split_trace(raw) if after_trace else ([], raw)
    msg = email.message_from_bytes(sent, policy=email.policy.default)
    hdr_raw = header_block(sent)

    # --- header fields
    subj = msg.get("Subject")
    rep.check(sc, "Subject decodes to the original (ignoring outer whitespace)",
              nfc(str(subj)).strip() == nfc(SUBJECT), f"got {short(str(subj))!r}")
    rep.check(sc, "Subject has no leading whitespace as decoded by Python's email",
              subj is not None and not str(subj)[:1].isspace(),
              "decoded as " + short(repr(str(subj)), 60) + ": the header is folded (or has extra "
              "blanks) right after 'Subject:', so the unfolded value starts with whitespace")
    raw_subject_lines = [ln for ln in re.split(rb"\r?\n(?![ \t])", hdr_raw)
                         if ln.lower().startswith(b"subject:")]
    rep.check(sc, "exactly one Subject header", len(raw_subject_lines) == 1,
              f"{len(raw_subject_lines)} found")
    eight_bit_headers = any(b > 127 for b in hdr_raw)
    if envelope is not None:
        smtputf8 = bool(envelope.get("smtp_utf8")) or any(
            o.upper() == "SMTPUTF8" for o in envelope.get("mail_options", []))
        rep.check(sc, "raw 8-bit header bytes only with SMTPUTF8",
                  not eight_bit_headers or smtputf8,
                  "headers contain 8-bit bytes but MAIL FROM had no SMTPUTF8")
    elif eight_bit_headers:
        print(f"NOTE: {sc}: headers are raw UTF-8 (RFC 6532)", flush=True)

    def addrs(name):
        vals = msg.get_all(name) or []
        return sorted(a.lower() for _, a in email.utils.getaddresses([str(v) for v in vals]))

    rep.check(sc, "From header", addrs("From") == [FROM], f"got {addrs('From')}")
    rep.check(sc, "To header", addrs("To") == sorted(TO), f"got {addrs('To')}")
    rep.check(sc, "Cc header", addrs("Cc") == sorted(CC), f"got {addrs('Cc')}")
    rep.check(sc, "no Bcc header", msg.get("Bcc") is None and msg.get("Resent-Bcc") is None,
              f"Bcc: {msg.get('Bcc')!s}")
    leaked = [b for b in BCC if b.lower().encode() in hdr_raw.lower()]
    rep.check(sc, "Bcc address absent from all headers", not leaked,
              f"{leaked} found in headers")
    mid = msg.get("Message-ID")
    rep.check(sc, "Message-ID present and well-formed",
              mid is not None and re.fullmatch(r"\s*<[^<>@\s]+@[^<>@\s]+>\s*", str(mid)) is not None,
              f"got {mid!r}")
    date = msg.get("Date")
    ok, detail = False, f"got {date!r}"
    if date is not None:
        try:
            dt = email.utils.parsedate_to_datetime(str(date))
            ok = dt.tzinfo is not None and abs(dt.timestamp() - time.time()) < 86400
            detail = f"got {date!s} -> {dt.isoformat()}"
        except (TypeError, ValueError) as e:
            detail = f"unparseable {date!r}: {e}"
    rep.check(sc, "Date present, parseable, with zone, near now", ok, detail)
    mv = msg.get("MIME-Version")
    rep.check(sc, "MIME-Version: 1.0", mv is not None and str(mv).strip().startswith("1.0"),
              f"got {mv!r}")
    defects = [f"{type(d).__name__}" for part in msg.walk() for d in part.defects]
    rep.check(sc, "no MIME defects reported by the parser", not defects, ", ".join(defects))

    # --- raw format
    too_long = [i for i, ln in enumerate(sent.split(b"\n"), 1) if len(ln.rstrip(b"\r")) > 998]
    rep.check(sc, "no line longer than 998 octets (RFC 5322)", not too_long,
              f"lines {too_long[:5]}")
    if envelope is not None:
        crlf_ok = b"\n" not in sent.replace(b"\r\n", b"")
        rep.check(sc, "line endings are CRLF on the wire", crlf_ok, "bare LF found")
        body8 = any(b > 127 for b in sent)
        opts = [o.upper() for o in envelope.get("mail_options", [])]
        rep.check(sc, "8-bit content only with BODY=8BITMIME/SMTPUTF8",
                  not body8 or "BODY=8BITMIME" in opts or "SMTPUTF8" in opts
                  or envelope.get("smtp_utf8"),
                  f"8-bit bytes sent, MAIL options {opts}")

    # --- body text
    body_part = msg.get_body(preferencelist=("plain",))
    got = None
    if body_part is not None:
        try:
            got = body_part.get_content()
            if body_part.get_param("format", "").lower() == "flowed":
                got = unflow(got.replace("\r\n", "\n"),
                             body_part.get_param("delsp", "").lower() == "yes")
        except Exception as e:  # noqa: BLE001
            got = f"<cannot decode body: {e}>"
    exp = norm_text(BODY)
    ok = got is not None and nfc(norm_text(got)) == nfc(exp)
    detail = ""
    if not ok and got is not None:
        g = norm_text(got).split("\n")
        e = exp.split("\n")
        for i in range(max(len(g), len(e))):
            gl = g[i] if i < len(g) else "<missing>"
            el = e[i] if i < len(e) else "<missing>"
            if gl != el:
                detail = f"first difference at line {i + 1}: expected {short(el, 80)!r}, got {short(gl, 80)!r}"
                break
    elif got is None:
        detail = "no text/plain body part"
    rep.check(sc, "body text equal (dot lines, 1,200-char line, UTF-8)", ok, detail)

    # --- attachments
    atts = list(msg.iter_attachments()) if msg.is_multipart() else []
    names = [nfc(a.get_filename()) for a in atts]
    rep.check(sc, "two attachments", len(atts) == 2, f"got names {names}")
    by_name = {n: a for n, a in zip(names, atts)}
    for name, path, binary in ((BIG_NAME, files["big"], True), (SMALL_NAME, files["small"], False)):
        a = by_name.get(nfc(name))
        rep.check(sc, f"attachment name decodes to {name!r}", a is not None, f"got {names}")
        if a is None:
            continue
        data = a.get_payload(decode=True) or b""
        with open(path, "rb") as f:
            orig = f.read()
        if binary:
            rep.check(sc, f"{name}: size {len(orig)} and sha256 equal",
                      len(data) == len(orig) and hashlib.sha256(data).digest() == hashlib.sha256(orig).digest(),
                      f"got {len(data)} bytes sha256 {hashlib.sha256(data).hexdigest()[:16]}...")
        else:
            rep.check(sc, f"{name}: content equal", norm_text(data) == norm_text(orig),
                      f"got {short(data)}")
    return msg, trace


# ------------------------------------------------------------ scenarios

class Harness:
    def __init__(self, mode, client, tmp, rep):
        self.mode = mode
        self.client = client
        self.tmp = tmp
        self.rep = rep
        self.info = None
        self.files = None

    # data
    def make_files(self):
        fd = os.path.join(self.tmp, "files")
        os.makedirs(fd, exist_ok=True)
        big = os.path.join(fd, BIG_NAME)
        with open(big, "wb") as f:
            left = BIG_SIZE
            while left:
                n = min(left, 1 << 20)
                f.write(os.urandom(n))
                left -= n
        small = os.path.join(fd, SMALL_NAME)
        with open(small, "w", encoding="utf-8", newline="\n") as f:
            f.write(SMALL_TEXT)
        body = os.path.join(fd, "body.txt")
        with open(body, "w", encoding="utf-8", newline="\n") as f:
            f.write(BODY)
        eml = os.path.join(fd, "prepared.eml")
        with open(eml, "wb") as f:
            f.write(make_eml())
        self.files = {"big": big, "small": small, "body": body, "eml": eml}

    def request(self, name, **kw):
        r = SendRequest(body_file=self.files["body"],
                        attachments=[self.files["big"], self.files["small"]],
                        transcript=os.path.join(self.tmp, "transcripts", name + ".txt"),
                        **kw)
        os.makedirs(os.path.dirname(r.transcript), exist_ok=True)
        return r

    def send(self, name, r):
        if self.client == "smtplib":
            rc, out, err, dt, argv = run_smtplib(r)
        else:
            rc, out, err, dt, argv = run_stamp(self.client, r)
        print(f"---- {name}: exit {rc} after {dt:.1f}s", flush=True)
        return rc, out, err, argv

    def explain(self, name, out, err, argv, r):
        print(f"     command: {' '.join(argv)}", flush=True)
        for label, text in (("stdout", out), ("stderr", err)):
            if text.strip():
                print(f"     {label}:\n" + "\n".join("       " + ln for ln in text.strip().splitlines()[-25:]))
        if r.transcript and os.path.exists(r.transcript):
            with open(r.transcript, "rb") as f:
                f.seek(0, 2)
                size = f.tell()
                f.seek(max(0, size - 4000))
                tail = f.read().decode("utf-8", "replace")
            print("     transcript (tail):\n" + "\n".join("       " + ln for ln in tail.splitlines()[-40:]))
        logs = ["aiosmtpd.log"] if self.mode == "aiosmtpd" else ["postfix.log", "dovecot.log"]
        for lg in logs:
            print(f"     {lg} (tail):\n" + "\n".join(
                "       " + ln for ln in servers.tail(os.path.join(self.tmp, "srv", lg), 15).splitlines()))

    # --- delivery snapshots
    def snapshot(self):
        if self.mode == "aiosmtpd":
            md = self.info["maildir"]
            return {f for f in os.listdir(md) if f.endswith(".json")}
        base = self.info["maildir_base"]
        found = set()
        for box in os.listdir(base) if os.path.isdir(base) else []:
            for sub in ("new", "cur"):
                p = os.path.join(base, box, sub)
                if os.path.isdir(p):
                    found |= {os.path.join(p, f) for f in os.listdir(p)}
        return found

    def queue_files(self):
        q = self.info["queue_directory"]
        cmd = servers.privileged(["find"] + [os.path.join(q, s) for s in
                                             ("maildrop", "incoming", "active", "deferred", "hold")]
                                 + ["-type", "f"])
        p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, timeout=30)
        return [ln for ln in p.stdout.decode().splitlines() if ln.strip()]

    def wait_delivery(self, before, expect_boxes, timeout=60):
        """Bounded wait until the new files for this send are there."""
        deadline = time.monotonic() + timeout
        while True:
            new = self.snapshot() - before
            if self.mode == "aiosmtpd":
                if new:
                    return new
            else:
                boxes = {os.path.basename(os.path.dirname(os.path.dirname(p))) for p in new}
                if expect_boxes <= boxes and not self.queue_files():
                    return new
            if time.monotonic() > deadline:
                return new
            time.sleep(0.25)

    def scenario_ok(self, name, port, security, auth, ca=True, user=True):
        rep = self.rep
        r = self.request(name, port=port, security=security, auth=auth,
                         ca_file=self.info["ca"] if ca else None,
                         user=self.info["user"] if user else None,
                         password=self.info["password"] if user else None)
        before = self.snapshot()
        rc, out, err, argv = self.send(name, r)
        if not rep.check(name, "exit code 0 (sent)", rc == 0, f"got {rc}"):
            self.explain(name, out, err, argv, r)
        all_rcpts = sorted(a.lower() for a in TO + CC + BCC)
        if self.mode == "aiosmtpd":
            new = sorted(self.wait_delivery(before, None, timeout=15 if rc == 0 else 2),
                         key=lambda f: int(f.split(".")[0]))
            if not rep.check(name, "exactly one message delivered", len(new) == 1, f"got {len(new)}"):
                if not new:
                    return
            meta = servers.read_json(os.path.join(self.info["maildir"], new[0]))
            with open(os.path.join(self.info["maildir"], new[0][:-5] + ".eml"), "rb") as f:
                raw = f.read()
            rep.check(name, "envelope MAIL FROM", (meta["mail_from"] or "").lower() == FROM,
                      f"got {meta['mail_from']!r}")
            rep.check(name, "envelope RCPT TO = To + Cc + Bcc",
                      sorted(x.lower() for x in meta["rcpt_tos"]) == all_rcpts,
                      f"got {meta['rcpt_tos']}")
            rep.check(name, "delivered over TLS" if security != "none" else "delivered without TLS (security none)",
                      meta["tls"] == (security != "none"), f"tls={meta['tls']}")
            if user:
                rep.check(name, "authenticated as the test user",
                          meta["authenticated"] and meta["auth_login"] == self.info["user"],
                          f"authenticated={meta['authenticated']} login={meta['auth_login']!r}")
            t0 = time.monotonic()
            check_message(rep, name, raw, self.files, envelope=meta, after_trace=False)
            print(f"     (parsed and checked {len(raw)} bytes in {time.monotonic() - t0:.1f}s)")
        else:
            boxes = {a.split("@")[0] for a in all_rcpts}
            new = self.wait_delivery(before, boxes, timeout=90 if rc == 0 else 3)
            per_box = {}
            for p in new:
                per_box.setdefault(os.path.basename(os.path.dirname(os.path.dirname(p))), []).append(p)
            for box in sorted(boxes):
                got = per_box.get(box, [])
                if not rep.check(name, f"mailbox {box}: exactly one new message", len(got) == 1,
                                 f"got {len(got)}"):
                    continue
                with open(got[0], "rb") as f:
                    raw = f.read()
                t0 = time.monotonic()
                sc = f"{name} [{box}]"
                msg, trace = check_message(rep, sc, raw, self.files, envelope=None, after_trace=True)
                full = email.message_from_bytes(raw, policy=email.policy.default)
                rep.check(sc, "Return-Path is the envelope sender",
                          str(full.get("Return-Path", "")).strip("<> ").lower() == FROM,
                          f"got {full.get('Return-Path')!r}")
                rep.check(sc, "Delivered-To is this mailbox",
                          str(full.get("Delivered-To", "")).lower() == f"{box}@{self.info['domain']}",
                          f"got {full.get('Delivered-To')!r}")
                print(f"     (parsed and checked {len(raw)} bytes in {time.monotonic() - t0:.1f}s)")
            extra = set(per_box) - boxes
            rep.check(name, "no mail for other mailboxes", not extra, f"{sorted(extra)}")
            rep.check(name, "postfix queue empty afterwards", not self.queue_files(),
                      f"{self.queue_files()[:5]}")

    def scenario_eml(self, name, port, security, auth):
        """--eml: the delivered message must be byte-for-byte the prepared one
        (apart from the receiving MTA's trace headers and LF/CRLF)."""
        rep = self.rep
        r = self.request(name, port=port, security=security, auth=auth,
                         ca_file=self.info["ca"], user=self.info["user"],
                         password=self.info["password"], eml=self.files["eml"])
        with open(self.files["eml"], "rb") as f:
            orig = f.read()
        before = self.snapshot()
        rc, out, err, argv = self.send(name, r)
        if not rep.check(name, "exit code 0 (sent)", rc == 0, f"got {rc}"):
            self.explain(name, out, err, argv, r)
        all_rcpts = sorted(a.lower() for a in TO + CC + BCC)
        got = []   # (label, raw-as-sent)
        if self.mode == "aiosmtpd":
            new = sorted(self.wait_delivery(before, None, timeout=15 if rc == 0 else 2))
            if not rep.check(name, "exactly one message delivered", len(new) == 1, f"got {len(new)}"):
                if not new:
                    return
            meta = servers.read_json(os.path.join(self.info["maildir"], new[0]))
            with open(os.path.join(self.info["maildir"], new[0][:-5] + ".eml"), "rb") as f:
                got.append((name, f.read()))
            rep.check(name, "envelope MAIL FROM", (meta["mail_from"] or "").lower() == FROM,
                      f"got {meta['mail_from']!r}")
            rep.check(name, "envelope RCPT TO = To + Cc + Bcc",
                      sorted(x.lower() for x in meta["rcpt_tos"]) == all_rcpts,
                      f"got {meta['rcpt_tos']}")
            opts = [o.upper() for o in meta.get("mail_options", [])]
            rep.check(name, "8bit message sent with BODY=8BITMIME",
                      "BODY=8BITMIME" in opts or meta.get("smtp_utf8"), f"MAIL options {opts}")
        else:
            boxes = {a.split("@")[0] for a in all_rcpts}
            new = self.wait_delivery(before, boxes, timeout=60 if rc == 0 else 3)
            per_box = {}
            for p in new:
                per_box.setdefault(os.path.basename(os.path.dirname(os.path.dirname(p))), []).append(p)
            for box in sorted(boxes):
                files = per_box.get(box, [])
                if rep.check(name, f"mailbox {box}: exactly one new message", len(files) == 1,
                             f"got {len(files)}"):
                    with open(files[0], "rb") as f:
                        got.append((f"{name} [{box}]", split_trace(f.read())[1]))
        for label, raw in got:
            a_ = raw.replace(b"\r\n", b"\n")
            b_ = orig.replace(b"\r\n", b"\n")
            detail = ""
            if a_ != b_:
                al, bl = a_.split(b"\n"), b_.split(b"\n")
                for i in range(max(len(al), len(bl))):
                    x = al[i] if i < len(al) else b"<missing>"
                    y = bl[i] if i < len(bl) else b"<missing>"
                    if x != y:
                        detail = f"line {i + 1}: expected {y[:80]!r}, got {x[:80]!r}"
                        break
            rep.check(label, "delivered message identical to the --eml file "
                      "(dot-stuffing transparent)", a_ == b_, detail)
            msg = email.message_from_bytes(raw, policy=email.policy.default)
            rep.check(label, "Bcc address absent from headers",
                      not any(x.lower().encode() in header_block(raw).lower() for x in BCC))
            rep.check(label, "body lines starting with a period intact",
                      norm_text(msg.get_content()) == "\n".join(EML_BODY_LINES).rstrip("\n"),
                      short(msg.get_content()))

    def scenario_fail(self, name, port, security, auth, expect_rc, ca=True, user=True,
                      password=None, what=""):
        rep = self.rep
        r = self.request(name, port=port, security=security, auth=auth,
                         ca_file=self.info["ca"] if ca else None,
                         user=self.info["user"] if user else None,
                         password=(password if password is not None else self.info["password"])
                         if user else None)
        before = self.snapshot()
        rc, out, err, argv = self.send(name, r)
        if not rep.check(name, f"exit code {expect_rc} ({what})", rc == expect_rc, f"got {rc}"):
            self.explain(name, out, err, argv, r)
        # Nothing may arrive.  Give a misbehaving client/server a moment.
        time.sleep(1.0 if self.mode == "aiosmtpd" else 2.0)
        new = self.snapshot() - before
        rep.check(name, "nothing delivered", not new, f"{len(new)} new file(s)")
        if self.mode == "postfix":
            rep.check(name, "nothing queued", not self.queue_files(), f"{self.queue_files()[:5]}")

    def run(self, only=None):
        p = self.info["ports"]
        if self.mode == "aiosmtpd":
            plan = [
                ("starttls-auth-plain", lambda n: self.scenario_ok(n, p["starttls"], "starttls", "plain")),
                ("implicit-tls-auth-login", lambda n: self.scenario_ok(n, p["tls"], "tls", "login")),
                ("no-tls-no-auth", lambda n: self.scenario_ok(n, p["plain"], "none", None, ca=False, user=False)),
                ("eml-dot-stuffing", lambda n: self.scenario_eml(n, p["starttls"], "starttls", None)),
                ("wrong-password", lambda n: self.scenario_fail(
                    n, p["starttls"], "starttls", "plain", 5, password="wrong password",
                    what="authentication failed")),
                ("wrong-password-login", lambda n: self.scenario_fail(
                    n, p["tls"], "tls", "login", 5, password="Wrong!",
                    what="authentication failed")),
                ("test-ca-not-trusted-without-ca-file", lambda n: self.scenario_fail(
                    n, p["starttls"], "starttls", "plain", 4, ca=False, what="TLS failure")),
                ("self-signed-not-trusted", lambda n: self.scenario_fail(
                    n, p["selfsigned"], "starttls", "plain", 4, ca=False, what="TLS failure")),
                ("self-signed-not-from-given-ca", lambda n: self.scenario_fail(
                    n, p["selfsigned"], "starttls", "plain", 4, ca=True, what="TLS failure")),
                ("implicit-tls-not-trusted", lambda n: self.scenario_fail(
                    n, p["tls"], "tls", "plain", 4, ca=False, what="TLS failure")),
                ("starttls-not-offered", lambda n: self.scenario_fail(
                    n, p["plain"], "starttls", "plain", 4, what="STARTTLS not available")),
            ]
        else:
            plan = [
                ("submission-starttls-auth-plain",
                 lambda n: self.scenario_ok(n, p["submission"], "starttls", "plain")),
                ("submissions-implicit-tls-auth-login",
                 lambda n: self.scenario_ok(n, p["submissions"], "tls", "login")),
                ("eml-dot-stuffing",
                 lambda n: self.scenario_eml(n, p["submission"], "starttls", None)),
                ("wrong-password", lambda n: self.scenario_fail(
                    n, p["submission"], "starttls", "plain", 5, password="wrong password",
                    what="authentication failed")),
                ("untrusted-certificate", lambda n: self.scenario_fail(
                    n, p["submission"], "starttls", "plain", 4, ca=False, what="TLS failure")),
            ]
        for name, fn in plan:
            if only and name not in only:
                continue
            t0 = time.monotonic()
            try:
                fn(name)
            except Exception as e:  # noqa: BLE001
                import traceback
                traceback.print_exc()
                self.rep.check(name, "scenario ran without harness error", False, repr(e))
            print(f"---- {name}: done in {time.monotonic() - t0:.1f}s", flush=True)


def can_run(mode):
    if mode == "aiosmtpd":
        if not have_aiosmtpd():
            return "python module aiosmtpd is not installed (apt-get install python3-aiosmtpd)"
        if not shutil.which("openssl"):
            return "openssl not installed"
        return None
    for tool in ("postfix", "dovecot", "openssl"):
        if not (shutil.which(tool) or os.path.exists("/usr/sbin/" + tool)):
            return f"{tool} not installed"
    if os.geteuid() != 0:
        if not shutil.which("sudo"):
            return "not root and no sudo"
        if subprocess.run(["sudo", "-n", "true"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.DEVNULL).returncode != 0:
            return "not root and sudo needs a password"
    return None


def main():
    ap = argparse.ArgumentParser(description="Stamp integration tests against real SMTP servers")
    ap.add_argument("stamp", help="path of the stamp executable, or 'smtplib' for the reference client")
    ap.add_argument("mode", choices=["aiosmtpd", "postfix"])
    ap.add_argument("--keep", action="store_true", help="keep the temp dir")
    ap.add_argument("--only", default="", help="comma-separated scenario names")
    a = ap.parse_args()
    if a.mode == "aiosmtpd":
        reexec_with_aiosmtpd()

    why = can_run(a.mode)
    if why:
        print(f"SKIP: {a.mode}: {why}")
        return SKIP
    client = a.stamp
    if client != "smtplib":
        client = os.path.abspath(client)
        if not os.access(client, os.X_OK):
            print(f"FAIL: stamp executable not found or not executable: {client}")
            print("0 passed, 1 failed")
            return 1

    t_start = time.monotonic()
    tmp = tempfile.mkdtemp(prefix=f"stamp-it-{a.mode}-")
    os.chmod(tmp, 0o755)   # postfix/dovecot/nobody must traverse it
    srv = os.path.join(tmp, "srv")
    rep = Report()

    def on_signal(signum, frame):
        raise KeyboardInterrupt(f"signal {signum}")
    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGHUP, on_signal)

    h = Harness(a.mode, client, tmp, rep)
    try:
        h.make_files()
        t0 = time.monotonic()
        h.info = servers.start(a.mode, srv, owner_pid=os.getpid(), max_lifetime=600,
                               cleanup_dir=None if a.keep else tmp)
        print(f"servers ({a.mode}) ready in {time.monotonic() - t0:.1f}s: ports {h.info['ports']}",
              flush=True)
        h.run(set(x for x in a.only.split(",") if x) or None)
    except KeyboardInterrupt as e:
        rep.check("harness", "interrupted", False, str(e))
    except Exception as e:  # noqa: BLE001
        import traceback
        traceback.print_exc()
        rep.check("harness", "servers started and scenarios ran", False, repr(e))
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            servers.stop(srv)
        except Exception as e:  # noqa: BLE001
            rep.check("harness", "servers stopped", False, repr(e))
        if a.keep:
            print(f"kept {tmp}")
        else:
            servers.remove_dir(tmp)
    print(f"mode {a.mode} finished in {time.monotonic() - t_start:.1f}s")
    if rep.failures:
        print("failed checks:\n  " + "\n  ".join(rep.failures))
    print(f"{rep.passed} passed, {rep.failed} failed")
    return 1 if rep.failed else 0


if __name__ == "__main__":
    sys.exit(main())
