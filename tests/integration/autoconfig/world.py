#!/usr/bin/env python3
"""A private test world for mail autoconfiguration, then a test binary run inside it.

    world.py TEST_BINARY [ARGS...]

Re-executes itself in a new network and mount namespace (`unshare --net --mount --fork`, plus `--user
--map-root-user` when not root), brings loopback up, and there, without touching the machine:
  - bind-mounts its own /etc/resolv.conf (nameserver 127.0.0.1), /etc/hosts and /etc/ssl/certs (only the
    test CA), so the system resolver, QDnsLookup and Qt's system CA store see this world only;
  - runs dnsmasq on 127.0.0.1:53, authoritative for .test (A, MX and SRV records below);
  - runs an HTTPS server (port 443) and an http server (port 80) on 127.0.0.10, answering per Host header;
  - runs aiosmtpd with STARTTLS on smtp.guess.test:587 (127.0.0.21), certificate from the test CA;
then runs TEST_BINARY with STAMP_AUTOCONFIG_WORLD=1 and exits with its exit code. Everything it started
stops with the namespace. Exit 77 (skipped) when namespaces or a tool are not available.
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
GUESS = "127.0.0.21"
SKIP = 77


def doc(host, port, socket_type, auth="password-cleartext", user="%EMAILADDRESS%"):
    return f"""<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="x">
  <outgoingServer type="smtp"><hostname>{host}</hostname><port>{port}</port>
    <socketType>{socket_type}</socketType><authentication>{auth}</authentication>
    <username>{user}</username></outgoingServer>
</emailProvider></clientConfig>
""".encode()


AC = "/mail/config-v1.1.xml"
WK = "/.well-known/autoconfig/mail/config-v1.1.xml"
# (scheme, host, path) -> (status, body, extra headers, delay in seconds). Anything else: 404.
ROUTES = {
    # each step winning
    ("https", "autoconfig.one.test", AC): (200, doc("smtp.one.test", 465, "SSL"), {}, 0),
    ("https", "one.test", WK): (200, doc("wellknown.one.test", 587, "STARTTLS"), {}, 0),
    ("https", "wk.test", WK): (200, doc("smtp.wk.test", 587, "STARTTLS", user="%EMAILLOCALPART%"), {}, 0),
    ("https", "ispdb.test", "/v1.1/db.test"): (200, doc("smtp.db.test", 465, "SSL", auth="OAuth2"), {}, 0),
    ("https", "provider.test", WK): (200, doc("smtp.provider.test", 587, "STARTTLS"), {}, 0),
    # a slow higher step still wins over a fast lower one; one slower than the timeout loses
    ("https", "autoconfig.slow.test", AC): (200, doc("smtp.slow.test", 465, "SSL"), {}, 1.5),
    ("https", "slow.test", WK): (200, doc("fast.slow.test", 587, "STARTTLS"), {}, 0),
    ("https", "autoconfig.slowfail.test", AC): (200, doc("late.slowfail.test", 465, "SSL"), {}, 6),
    ("https", "slowfail.test", WK): (200, doc("smtp.slowfail.test", 587, "STARTTLS"), {}, 0),
    # a failing higher step (a broken document) loses to the next
    ("https", "autoconfig.broken.test", AC): (200, b"<html>oops</html>", {}, 0),
    ("https", "broken.test", WK): (200, doc("smtp.broken.test", 587, "STARTTLS"), {}, 0),
    # redirects: within the domain silently, to another domain asked about, to http refused
    ("https", "autoconfig.redirect.test", AC): (302, b"", {"Location": "https://other.test/settings.xml"}, 0),
    ("https", "other.test", "/settings.xml"): (200, doc("smtp.other.test", 465, "SSL"), {}, 0),
    ("https", "autoconfig.samedomain.test", AC): (301, b"", {"Location": "https://samedomain.test/ac.xml"}, 0),
    ("https", "samedomain.test", "/ac.xml"): (200, doc("smtp.samedomain.test", 465, "SSL"), {}, 0),
    ("https", "autoconfig.downgrade.test", AC): (302, b"", {"Location": "http://autoconfig.downgrade.test/x.xml"}, 0),
    ("http", "autoconfig.downgrade.test", "/x.xml"): (200, doc("evil.example", 25, "plain"), {}, 0),
    # only plain http
    ("http", "autoconfig.httponly.test", AC): (200, doc("smtp.httponly.test", 587, "STARTTLS"), {}, 0),
}

HOSTS = {  # A records
    **{h: WEB for h in ["autoconfig.one.test", "one.test", "wk.test", "ispdb.test", "provider.test",
                        "autoconfig.slow.test", "slow.test", "autoconfig.slowfail.test", "slowfail.test",
                        "autoconfig.broken.test", "broken.test", "autoconfig.redirect.test", "other.test",
                        "autoconfig.samedomain.test", "samedomain.test", "autoconfig.downgrade.test",
                        "autoconfig.httponly.test"]},
    "smtp.guess.test": GUESS,
}
DNSMASQ_EXTRA = [
    "mx-host=mx.test,mx1.mail.provider.test,10",
    "mx-host=mx.test,backup.elsewhere.test,20",
    "srv-host=_submissions._tcp.srv.test",  # no target: "not offered"
    "srv-host=_submission._tcp.srv.test,submit.srv.test,587,0,10",
    "srv-host=_submission._tcp.srv.test,backup.srv.test,2587,10,10",
]


class Handler(BaseHTTPRequestHandler):
    scheme = "https"

    def log_message(self, fmt, *args):
        pass

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0].lower()
        path = self.path.split("?")[0]
        status, body, headers, delay = ROUTES.get((self.scheme, host, path), (404, b"not here", {}, 0))
        if delay:
            time.sleep(delay)
        try:
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Type", "text/xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except OSError:
            pass  # the client gave up (the timeout test)


class PlainHandler(Handler):
    scheme = "http"


def run(cmd, **kw):
    return subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def make_certs(tmp):
    names = sorted(set(HOSTS) | {"submit.srv.test"})
    san = ",".join(f"DNS:{n}" for n in names)
    key, csr, pem, ext = (os.path.join(tmp, n) for n in ("web.key", "web.csr", "web.pem", "ext.cnf"))
    with open(ext, "w") as f:
        f.write(f"subjectAltName={san}\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n")
    run(["openssl", "req", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", csr, "-subj", "/CN=autoconfig world"])
    run(["openssl", "x509", "-req", "-in", csr, "-CA", os.path.join(DATA, "ca.pem"), "-CAkey",
         os.path.join(DATA, "ca.key"), "-CAcreateserial", "-CAserial", os.path.join(tmp, "ca.srl"),
         "-out", pem, "-days", "2", "-extfile", ext])
    return pem, key


def serve(port, handler, context=None):
    server = ThreadingHTTPServer((WEB, port), handler)
    server.daemon_threads = True
    if context:
        server.socket = context.wrap_socket(server.socket, server_side=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()


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
            return SMTP(self.handler, tls_context=ctx, require_starttls=True, hostname="smtp.guess.test")

    c = TlsController(Sink(), hostname=GUESS, port=587)
    c.start()
    return c


def inside(argv):
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True)
    tmp = tempfile.mkdtemp(prefix="stamp-autoconfig-")
    pem, key = make_certs(tmp)
    # The system's view of the world: resolver, hosts, CA store.
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
        for host, ip in HOSTS.items():
            f.write(f"host-record={host},{ip}\n")
        for line in DNSMASQ_EXTRA:
            f.write(line + "\n")
    dns = subprocess.Popen(["dnsmasq", "--keep-in-foreground", "--conf-file=" + conf,
                            "--pid-file=" + os.path.join(tmp, "dnsmasq.pid")])
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(pem, key)
    serve(443, Handler, context)
    serve(80, PlainHandler)
    smtp = start_smtp(pem, key)
    time.sleep(0.3)
    env = dict(os.environ, STAMP_AUTOCONFIG_WORLD="1", QT_QPA_PLATFORM="offscreen")
    try:
        return subprocess.run(argv, env=env, timeout=240).returncode
    finally:
        smtp.stop()
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
        cmd = ["unshare", "--net", "--mount", "--fork"]
        if os.geteuid() != 0:
            cmd[1:1] = ["--user", "--map-root-user"]
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
