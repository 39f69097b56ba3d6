#!/usr/bin/env python3
"""`stamp check-domain` and `stamp probe` against a real DNS server, in a private world.

    world.py STAMP_BINARY [UI_TEST]

Re-executes itself in a new network and mount namespace (`unshare --net --mount --fork`, plus `--user
--map-root-user` when not root), brings loopback up, and there, without touching the machine:
  - bind-mounts its own /etc/resolv.conf (nameserver 127.0.0.1), /etc/hosts and /etc/ssl/certs (only the
    test CA), so QDnsLookup and Qt's system CA store see this world only;
  - runs dnsmasq on 127.0.0.1:53, authoritative for .test: MX, TXT (SPF, DMARC, DKIM, MTA-STS, TLS-RPT) and
    the A and PTR records below;
  - runs an HTTPS server on 127.0.0.10:443 serving MTA-STS policies per Host header;
  - runs aiosmtpd with STARTTLS on smtp.good.test:587 (127.0.0.21), certificate from the test CA;
then runs each case below through STAMP_BINARY and checks its exit code and words, and UI_TEST (the Check
Domain dialog's test) with STAMP_DOMAIN_WORLD=1. Exit 77 (skipped) when
namespaces or a tool are not available. The same pattern as tests/integration/autoconfig/world.py.
"""

import os
import shutil
import ssl
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "data"))
WEB = "127.0.0.10"
SMTP_IP = "127.0.0.21"
MX = "127.0.0.22"
BLACKHOLE = "127.0.0.99"  # reads DNS queries for slow.test and never answers
SKIP = 77

HOSTS = {
    "smtp.good.test": SMTP_IP,
    "mx.good.test": MX,
    "mta-sts.good.test": WEB,
    "mta-sts.stsbad.test": WEB,
    "mta-sts.stsmissing.test": WEB,
}
GOOD_SPF = "v=spf1 ip4:127.0.0.21 mx -all"
GOOD_DMARC = "v=DMARC1; p=reject; rua=mailto:dmarc@good.test"


def txt_records(keys):
    too_many = " ".join(f"include:i{i}.toomany.test" for i in range(11))
    records = [
        # good.test: everything right (and an unrelated TXT record beside SPF)
        ("good.test", "v=spf1 ip4:127.0.0.21 mx -all"),
        ("good.test", "site-verification=abc123"),
        ("_dmarc.good.test", GOOD_DMARC),
        ("s1._domainkey.good.test", "v=DKIM1; k=rsa; p=" + keys["s1"]),
        ("weak._domainkey.good.test", "v=DKIM1; k=rsa; p=" + keys["weak"]),
        ("old._domainkey.good.test", "v=DKIM1; p="),
        ("_mta-sts.good.test", "v=STSv1; id=20260101"),
        ("_smtp._tls.good.test", "v=TLSRPTv1; rua=mailto:tls@good.test"),
        # broken SPF
        ("plusall.test", "v=spf1 mx +all"),
        ("toomany.test", f"v=spf1 {too_many} -all"),
        ("syntax.test", "v=spf1 ip4:192.0.2.300 -all"),
        ("twospf.test", "v=spf1 -all"),
        ("twospf.test", "v=spf1 mx -all"),
        ("neutral.test", "v=spf1 ip4:192.0.2.0/24 ?all"),
        # DMARC: none, reject (good.test), bad syntax
        ("dmarcnone.test", GOOD_SPF),
        ("_dmarc.dmarcnone.test", "v=DMARC1; p=none; rua=mailto:dmarc@dmarcnone.test"),
        ("dmarcbad.test", GOOD_SPF),
        ("_dmarc.dmarcbad.test", "v=DMARC1; p=bogus"),
        # MTA-STS whose policy leaves out the MX, and one whose policy file is missing
        ("stsbad.test", GOOD_SPF),
        ("_dmarc.stsbad.test", GOOD_DMARC),
        ("_mta-sts.stsbad.test", "v=STSv1; id=1"),
        ("stsmissing.test", GOOD_SPF),
        ("_dmarc.stsmissing.test", GOOD_DMARC),
        ("_mta-sts.stsmissing.test", "v=STSv1; id=1"),
    ]
    for i in range(11):
        records.append((f"i{i}.toomany.test", "v=spf1 ip4:192.0.2.1 -all"))
    return records


POLICIES = {
    "mta-sts.good.test": "version: STSv1\r\nmode: enforce\r\nmx: mx.good.test\r\nmax_age: 604800\r\n",
    "mta-sts.stsbad.test": "version: STSv1\r\nmode: enforce\r\nmx: elsewhere.test\r\nmax_age: 604800\r\n",
}

# (arguments, exit code, words the output must hold)
CASES = [
    (["check-domain", "good.test", "--dkim-selector", "s1", "--server", "smtp.good.test:587"], 0,
     ["[ok] SPF", "SPF says pass", "p=reject", "DKIM key at s1._domainkey.good.test is present: RSA, 2048 bits",
      "MTA-STS is enforced", "TLS failure reports go to mailto:tls@good.test", "reverse DNS of 127.0.0.21 is smtp.good.test",
      "greeting name smtp.good.test matches", "Nothing wrong found."]),
    (["check-domain", "good.test", "--dkim-selector", "old", "--dkim-selector", "weak"], 13,
     ["revoked", "1024 bits"]),
    (["check-domain", "good.test", "--dkim-selector", "absent"], 14, ["no DKIM key at absent._domainkey.good.test"]),
    (["check-domain", "plusall.test"], 14, ["+all", "every server on the Internet"]),
    (["check-domain", "toomany.test"], 14, ["more than 10 DNS lookups"]),
    (["check-domain", "syntax.test"], 14, ["syntax error", "192.0.2.300"]),
    (["check-domain", "twospf.test"], 14, ["2 SPF records"]),
    (["check-domain", "neutral.test"], 14, ["?all"]),
    (["check-domain", "dmarcnone.test"], 13, ["p=none", "[warning] DMARC"]),
    (["check-domain", "dmarcbad.test"], 14, ["DMARC record of dmarcbad.test has a syntax error", "p=bogus"]),
    (["check-domain", "nothing.test"], 14, ["has no SPF record", "has no DMARC record"]),
    (["check-domain", "stsbad.test"], 14, ["mx.good.test", "not named in the policy"]),
    (["check-domain", "stsmissing.test"], 14, ["MTA-STS policy https://mta-sts.stsmissing.test/.well-known/mta-sts.txt cannot be used"]),
    (["check-domain", "good.test", "--server", "smtp.good.test:2525"], 15, ["Could not read the greeting"]),
    (["check-domain", "not a domain"], 2, []),
    # a DNS server that never answers: each lookup is given up after --timeout, and said so
    (["check-domain", "slow.test", "--timeout", "0.3"], 15,
     ["slow.test TXT: no answer within 0.3 s", "_dmarc.slow.test TXT: no answer within 0.3 s", "incomplete"]),
    (["probe", "--server", "smtp.good.test:587"], 0,
     ["Greeting: smtp.good.test", "Extensions (after STARTTLS):", "8BITMIME", "TLS: TLSv1.3",
      "[pass] The certificate covers the name smtp.good.test", "Time per stage: connect", "No message was sent"]),
    (["probe", "--server", "127.0.0.21:587"], 4, ["[FAIL] The certificate does not cover the name 127.0.0.21"]),
]


class Handler(BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        body = POLICIES.get(host) if self.path == "/.well-known/mta-sts.txt" else None
        status = 200 if body is not None else 404
        data = (body or "not here").encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)


def blackhole():
    import socket
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind((BLACKHOLE, 53))

    def drop():
        while True:
            sock.recvfrom(4096)

    threading.Thread(target=drop, daemon=True).start()


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)


def make_certs(tmp):
    san = ",".join(f"DNS:{n}" for n in sorted(HOSTS))
    key, csr, pem, ext = (os.path.join(tmp, n) for n in ("web.key", "web.csr", "web.pem", "ext.cnf"))
    with open(ext, "w") as f:
        f.write(f"subjectAltName={san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=domain world"])
    run(["openssl", "x509", "-req", "-in", csr, "-CA", os.path.join(DATA, "ca.pem"), "-CAkey",
         os.path.join(DATA, "ca.key"), "-CAcreateserial", "-CAserial", os.path.join(tmp, "ca.srl"),
         "-out", pem, "-days", "2", "-extfile", ext])
    return pem, key


def dkim_key(tmp, name, bits):
    key = os.path.join(tmp, name + ".key")
    run(["openssl", "genrsa", "-out", key, str(bits)])
    der = run(["openssl", "rsa", "-in", key, "-pubout", "-outform", "DER"]).stdout
    import base64
    return base64.b64encode(der).decode()


def dnsmasq_txt(name, text):
    # One record of several strings: DNS strings hold 255 bytes at most (the resolver joins them again).
    chunks = [text[i:i + 200] for i in range(0, len(text), 200)] or [""]
    return "txt-record=" + name + "," + ",".join('"' + c.replace('"', '\\"') + '"' for c in chunks)


def start_smtp(pem, key):
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP

    class Sink:
        async def handle_DATA(self, server, session, envelope):
            return "250 OK"

    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(pem, key)

    class TlsController(Controller):
        def factory(self):
            return SMTP(self.handler, tls_context=ctx, require_starttls=True, hostname="smtp.good.test")

    c = TlsController(Sink(), hostname=SMTP_IP, port=587)
    c.start()
    return c


def check(stamp, env):
    failures = []
    for args, code, words in CASES:
        p = subprocess.run([stamp] + args, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=60)
        out = p.stdout.decode("utf-8", "replace")
        missing = [w for w in words if w not in out]
        if p.returncode != code or missing:
            failures.append(f"stamp {' '.join(args)}: exit {p.returncode} (expected {code}), missing {missing}\n{out}")
        else:
            print(f"ok: stamp {' '.join(args)} -> {code}")
    for f in failures:
        print("FAIL: " + f, file=sys.stderr)
    return 1 if failures else 0


def check_ui(test, env):
    home = tempfile.mkdtemp(prefix="stamp-domain-ui-")
    try:
        p = subprocess.run([test], env=dict(env, STAMP_DOMAIN_WORLD="1", HOME=home), timeout=180)
        return p.returncode
    finally:
        shutil.rmtree(home, ignore_errors=True)


def inside(argv):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    tmp = tempfile.mkdtemp(prefix="stamp-domain-")
    pem, key = make_certs(tmp)
    keys = {"s1": dkim_key(tmp, "s1", 2048), "weak": dkim_key(tmp, "weak", 1024)}
    etc = os.path.join(tmp, "etc")
    certs = os.path.join(tmp, "certs")
    os.makedirs(etc)
    os.makedirs(certs)
    with open(os.path.join(etc, "resolv.conf"), "w") as f:
        f.write("nameserver 127.0.0.1\noptions timeout:1 attempts:1\n")
    with open(os.path.join(etc, "hosts"), "w") as f:
        f.write("127.0.0.1 localhost\n::1 localhost\n")
    shutil.copy(os.path.join(DATA, "ca.pem"), os.path.join(certs, "stamp-test-ca.pem"))
    shutil.copy(os.path.join(DATA, "ca.pem"), os.path.join(certs, "ca-certificates.crt"))
    run(["openssl", "rehash", certs])
    for src, dst in ((os.path.join(etc, "resolv.conf"), "/etc/resolv.conf"),
                     (os.path.join(etc, "hosts"), "/etc/hosts"), (certs, "/etc/ssl/certs")):
        run(["mount", "--bind", src, dst])
    conf = os.path.join(tmp, "dnsmasq.conf")
    with open(conf, "w") as f:
        f.write("no-resolv\nno-hosts\nno-dhcp-interface=lo\nlisten-address=127.0.0.1\nbind-interfaces\nport=53\n"
                "local=/test/\nuser=root\n")
        f.write(f"server=/slow.test/{BLACKHOLE}\n")
        for host, ip in HOSTS.items():
            f.write(f"host-record={host},{ip}\n")
        for domain in ("good.test", "stsbad.test", "stsmissing.test", "dmarcnone.test", "dmarcbad.test"):
            f.write(f"mx-host={domain},mx.good.test,10\n")
        for name, text in txt_records(keys):
            f.write(dnsmasq_txt(name, text) + "\n")
    blackhole()
    dns = subprocess.Popen(["dnsmasq", "--keep-in-foreground", "--conf-file=" + conf,
                            "--pid-file=" + os.path.join(tmp, "dnsmasq.pid")])
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pem, key)
    server = ThreadingHTTPServer((WEB, 443), Handler)
    server.daemon_threads = True
    server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    smtp = start_smtp(pem, key)
    # dnsmasq is ready when it answers (bounded wait, no fixed sleep).
    for _ in range(100):
        if subprocess.run(["getent", "hosts", "smtp.good.test"], stdout=subprocess.DEVNULL).returncode == 0:
            break
        time.sleep(0.05)
    env = dict(os.environ, LANGUAGE="en", LANG="C.UTF-8", QT_QPA_PLATFORM="offscreen")
    try:
        failed = check(argv[0], env)
        if len(argv) > 1 and check_ui(argv[1], env):
            failed = 1
        return failed
    finally:
        smtp.stop()
        server.shutdown()
        dns.terminate()
        dns.wait(timeout=10)
        shutil.rmtree(tmp, ignore_errors=True)


def main():
    if len(sys.argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    if os.environ.get("STAMP_WORLD_INSIDE") != "1":
        for tool in ("unshare", "dnsmasq", "openssl", "ip"):
            if not shutil.which(tool) and not os.path.exists("/usr/sbin/" + tool):
                print(f"world.py: {tool} not found: skipped", file=sys.stderr)
                return SKIP
        try:
            import aiosmtpd  # noqa: F401
        except ImportError:
            print("world.py: aiosmtpd not found: skipped", file=sys.stderr)
            return SKIP
        cmd = ["unshare", "--net", "--mount", "--fork"]
        if os.geteuid() != 0:
            cmd[1:1] = ["--user", "--map-root-user"]
        probe = subprocess.run(cmd + ["true"], stderr=subprocess.DEVNULL)
        if probe.returncode != 0:
            print("world.py: no namespaces here: skipped", file=sys.stderr)
            return SKIP
        env = dict(os.environ, STAMP_WORLD_INSIDE="1", PATH=os.environ.get("PATH", "") + ":/usr/sbin:/sbin")
        try:
            return subprocess.run(cmd + [sys.executable, os.path.abspath(__file__)] + sys.argv[1:], env=env,
                                  timeout=300).returncode
        except subprocess.TimeoutExpired:
            print("world.py: the test world did not finish in 300 s", file=sys.stderr)
            return 1
    return inside(sys.argv[1:])


if __name__ == "__main__":
    sys.exit(main())
