#!/usr/bin/env python3
"""Private, throw-away SMTP servers for Stamp's integration tests.

Everything lives in a temporary directory given on the command line and
listens on free high ports on 127.0.0.1 only.  Nothing system-wide is started
or changed (the system postfix/dovecot services are never touched).

Kinds
-----
aiosmtpd  Four aiosmtpd listeners in one background process:
            starttls    STARTTLS (required) + AUTH PLAIN/LOGIN only after TLS
            tls         implicit TLS (TLS from the first byte) + AUTH
            selfsigned  STARTTLS with a self-signed certificate (not from the test CA)
            plain       no TLS at all, no AUTH (to test "STARTTLS not available")
          Every message is written to DIR/mail/<n>.eml with the envelope in
          DIR/mail/<n>.json.
postfix   A private Postfix instance (postfix -c DIR/postfix) with a
          submission service (STARTTLS, smtpd_tls_security_level=encrypt) and an
          implicit-TLS "submissions" service, SASL through a private Dovecot
          (dovecot -c DIR/dovecot/dovecot.conf, auth service only), delivering
          the test mailboxes to Maildirs under DIR/vmail/<domain>/<user>/.

Command line
------------
  servers.py start aiosmtpd|postfix DIR [--owner-pid PID] [--max-lifetime S]
        Create DIR if needed, start, wait until ready (bounded), print the
        contents of DIR/servers.json and exit 0.  A detached watchdog stops the
        servers when PID (default: the caller's parent process) exits or after
        --max-lifetime seconds (default 900), whichever comes first.
  servers.py stop DIR
        Stop whatever "start" started in DIR (idempotent).
  servers.py info DIR
        Print DIR/servers.json.

DIR/servers.json describes ports, the CA file, the test user and password,
the addresses that are accepted and where mail ends up.

Only the Python standard library plus aiosmtpd (Debian: python3-aiosmtpd) is
used.  When not run as root, postfix/dovecot commands are run through sudo.
"""

import argparse
import json
import os
import pwd
import grp
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))

TEST_USER = "stamp-user@stamp.test"
TEST_PASSWORD = "Corr3ct horse!"
DOMAIN = "stamp.test"
# Mailboxes that exist on the postfix instance (aiosmtpd accepts anything).
MAILBOXES = ["sender", "to1", "to2", "cc1", "bcc1", "stamp-user"]

READY_TIMEOUT = 30.0       # every wait loop in here is bounded by this
DATA_SIZE_LIMIT = 80 * 1024 * 1024      # aiosmtpd: well above 40 MB
POSTFIX_SIZE_LIMIT = 80 * 1024 * 1024   # postfix message_size_limit (>= 60 MB)


# ----------------------------------------------------------------- helpers

def log(msg):
    print(f"[servers] {msg}", file=sys.stderr, flush=True)


def is_root():
    return os.geteuid() == 0


def privileged(cmd):
    """Prefix cmd with sudo -n when we are not root."""
    if is_root():
        return list(cmd)
    return ["sudo", "-n"] + list(cmd)


def run(cmd, check=True, timeout=60, **kw):
    # Output goes to a file, not a pipe: daemons started by cmd (dovecot,
    # postfix master) inherit it and would keep a pipe open forever.
    import tempfile
    with tempfile.TemporaryFile() as outf:
        res = subprocess.run(cmd, stdin=subprocess.DEVNULL, stdout=outf,
                             stderr=subprocess.STDOUT, timeout=timeout, **kw)
        outf.seek(0)
        out = outf.read().decode("utf-8", "replace")
    if check and res.returncode != 0:
        raise RuntimeError(f"command failed ({res.returncode}): {' '.join(cmd)}\n{out}")
    return res.returncode, out


def free_port():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def free_ports(n):
    ports = set()
    while len(ports) < n:
        ports.add(free_port())
    return list(ports)


def wait_port(port, timeout=READY_TIMEOUT, banner=False, tls_ctx=None):
    """Wait (bounded) until 127.0.0.1:port accepts and, if banner, sends 220."""
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=2) as s:
                if tls_ctx is not None:
                    s = tls_ctx.wrap_socket(s, server_hostname="localhost")
                if banner:
                    s.settimeout(5)
                    data = s.recv(512)
                    if not data.startswith(b"220"):
                        raise OSError(f"unexpected banner {data!r}")
                    try:
                        s.sendall(b"QUIT\r\n")
                    except OSError:
                        pass
                return True
        except (OSError, ssl.SSLError) as e:
            last = e
            time.sleep(0.2)
    raise RuntimeError(f"port {port} not ready after {timeout:.0f}s: {last}")


def wait_for(pred, what, timeout=READY_TIMEOUT, interval=0.2):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(interval)
    raise RuntimeError(f"timed out after {timeout:.0f}s waiting for {what}")


def pid_alive(pid):
    if not pid or pid <= 0:
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    # A zombie is as good as dead.
    try:
        with open(f"/proc/{pid}/stat") as f:
            if f.read().rsplit(")", 1)[1].split()[0] == "Z":
                return False
    except OSError:
        pass
    return True


def write_json(path, data):
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=2, ensure_ascii=False)
    os.replace(tmp, path)


def read_json(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


# ----------------------------------------------------------- certificates

def make_certs(certdir):
    """Test CA + server certificate for localhost/127.0.0.1 + a self-signed one."""
    os.makedirs(certdir, exist_ok=True)
    p = lambda name: os.path.join(certdir, name)  # noqa: E731
    ossl = shutil.which("openssl") or "openssl"
    run([ossl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256",
         "-keyout", p("ca.key"), "-out", p("ca.pem"), "-days", "3",
         "-subj", "/O=Stamp integration tests/CN=Stamp Test CA",
         "-addext", "basicConstraints=critical,CA:TRUE",
         "-addext", "keyUsage=critical,keyCertSign,cRLSign",
         "-addext", "subjectKeyIdentifier=hash"])
    with open(p("server.ext"), "w") as f:
        f.write("basicConstraints=critical,CA:FALSE\n"
                "keyUsage=critical,digitalSignature,keyEncipherment\n"
                "extendedKeyUsage=serverAuth\n"
                "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
                "subjectKeyIdentifier=hash\n"
                "authorityKeyIdentifier=keyid\n")
    run([ossl, "req", "-newkey", "rsa:2048", "-nodes", "-sha256",
         "-keyout", p("server.key"), "-out", p("server.csr"),
         "-subj", "/O=Stamp integration tests/CN=localhost"])
    run([ossl, "x509", "-req", "-sha256", "-in", p("server.csr"),
         "-CA", p("ca.pem"), "-CAkey", p("ca.key"), "-CAcreateserial",
         "-out", p("server.pem"), "-days", "3", "-extfile", p("server.ext")])
    # Self-signed leaf with the right names, but from no CA.
    run([ossl, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-sha256",
         "-keyout", p("selfsigned.key"), "-out", p("selfsigned.pem"), "-days", "3",
         "-subj", "/O=Stamp integration tests/CN=localhost",
         "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1"])
    # server + key in one file (postfix smtpd_tls_chain_files order: key, cert).
    with open(p("server-chain.pem"), "w") as out:
        for name in ("server.key", "server.pem"):
            with open(p(name)) as f:
                out.write(f.read())
    os.chmod(p("server-chain.pem"), 0o600)

    def digests(pem):
        _, der_spki = run_bytes([ossl, "x509", "-in", pem, "-noout", "-pubkey"])
        _, spki = run_bytes([ossl, "pkey", "-pubin", "-outform", "DER"], der_spki)
        _, cert_der = run_bytes([ossl, "x509", "-in", pem, "-outform", "DER"])
        import hashlib
        return {"spki_sha256": hashlib.sha256(spki).hexdigest(),
                "cert_sha256": hashlib.sha256(cert_der).hexdigest()}

    return {
        "ca": p("ca.pem"),
        "server_cert": p("server.pem"),
        "server_key": p("server.key"),
        "server_chain": p("server-chain.pem"),
        "selfsigned_cert": p("selfsigned.pem"),
        "selfsigned_key": p("selfsigned.key"),
        "server_digests": digests(p("server.pem")),
        "selfsigned_digests": digests(p("selfsigned.pem")),
    }


def run_bytes(cmd, stdin=None):
    res = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, timeout=60)
    if res.returncode != 0:
        raise RuntimeError(f"command failed: {' '.join(cmd)}: {res.stderr!r}")
    return res.returncode, res.stdout


# -------------------------------------------------------------- aiosmtpd

def serve_aiosmtpd(d, owner_pid, max_lifetime):
    """Foreground: run the aiosmtpd listeners until SIGTERM/SIGINT, owner exit
    or max_lifetime."""
    import logging
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    logging.basicConfig(filename=os.path.join(d, "aiosmtpd.log"), level=logging.INFO,
                        format="%(asctime)s %(name)s %(levelname)s %(message)s")
    info = read_json(os.path.join(d, "aiosmtpd-setup.json"))
    certs = info["certs"]
    maildir = os.path.join(d, "mail")
    os.makedirs(maildir, exist_ok=True)

    counter = {"n": 0}
    import threading
    lock = threading.Lock()

    def is_tls(server):
        if getattr(server, "_tls_protocol", None) is not None:
            return True
        tr = getattr(server, "transport", None)
        return tr is not None and tr.get_extra_info("ssl_object") is not None

    def authenticator(server, session, envelope, mechanism, auth_data):
        # Never accept credentials over a cleartext connection, whatever the
        # listener's auth_require_tls says (the implicit-TLS listener has to set
        # it to False because aiosmtpd only knows about STARTTLS).
        ok = (is_tls(server) and isinstance(auth_data, LoginPassword)
              and auth_data.login == TEST_USER.encode()
              and auth_data.password == TEST_PASSWORD.encode())
        logging.info("AUTH %s login=%r tls=%s -> %s", mechanism,
                     getattr(auth_data, "login", None), is_tls(server), ok)
        return AuthResult(success=ok, handled=False, auth_data=auth_data)

    class Handler:
        def __init__(self, name):
            self.name = name

        async def handle_DATA(self, server, session, envelope):
            with lock:
                counter["n"] += 1
                n = counter["n"]
            base = os.path.join(maildir, str(n))
            with open(base + ".eml.tmp", "wb") as f:
                f.write(envelope.original_content)
            os.replace(base + ".eml.tmp", base + ".eml")
            auth = session.auth_data
            meta = {
                "listener": self.name,
                "mail_from": envelope.mail_from,
                "mail_options": envelope.mail_options,
                "rcpt_tos": envelope.rcpt_tos,
                "rcpt_options": envelope.rcpt_options,
                "smtp_utf8": envelope.smtp_utf8,
                "ehlo": session.host_name,
                "tls": is_tls(server),
                "authenticated": bool(session.authenticated),
                "auth_login": (auth.login.decode("utf-8", "replace")
                               if isinstance(auth, LoginPassword) else None),
                "size": len(envelope.original_content),
                "received_at": time.time(),
            }
            write_json(base + ".json", meta)
            logging.info("stored message %d (%d bytes) from %s to %s", n,
                         meta["size"], envelope.mail_from, envelope.rcpt_tos)
            return "250 2.0.0 OK: stored as %d" % n

    def ctx_for(cert, key):
        ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        ctx.load_cert_chain(cert, key)
        return ctx

    main_ctx = ctx_for(certs["server_cert"], certs["server_key"])
    ss_ctx = ctx_for(certs["selfsigned_cert"], certs["selfsigned_key"])
    common = dict(hostname="127.0.0.1", server_hostname="localhost",
                  data_size_limit=DATA_SIZE_LIMIT, enable_SMTPUTF8=True,
                  authenticator=authenticator, ready_timeout=READY_TIMEOUT)
    ports = info["ports"]
    controllers = [
        Controller(Handler("starttls"), port=ports["starttls"], tls_context=main_ctx,
                   require_starttls=True, auth_require_tls=True, **common),
        Controller(Handler("tls"), port=ports["tls"], ssl_context=main_ctx,
                   require_starttls=False, auth_require_tls=False, **common),
        Controller(Handler("selfsigned"), port=ports["selfsigned"], tls_context=ss_ctx,
                   require_starttls=True, auth_require_tls=True, **common),
        Controller(Handler("plain"), port=ports["plain"],
                   require_starttls=False, auth_require_tls=True, **common),
    ]
    stop = {"flag": False}

    def on_signal(signum, frame):
        stop["flag"] = True

    signal.signal(signal.SIGTERM, on_signal)
    signal.signal(signal.SIGINT, on_signal)
    started = []
    try:
        for c in controllers:
            c.start()
            started.append(c)
        write_json(os.path.join(d, "aiosmtpd-ready.json"), {"pid": os.getpid()})
        logging.info("ready on ports %s", ports)
        deadline = time.monotonic() + max_lifetime
        while not stop["flag"]:
            if owner_pid and not pid_alive(owner_pid):
                logging.info("owner %d gone, stopping", owner_pid)
                break
            if time.monotonic() > deadline:
                logging.info("max lifetime reached, stopping")
                break
            time.sleep(0.5)
    finally:
        for c in started:
            try:
                c.stop()
            except Exception as e:  # pragma: no cover
                logging.warning("stop failed: %s", e)
        logging.info("stopped")


def start_aiosmtpd(d, owner_pid, max_lifetime):
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        raise RuntimeError("python module aiosmtpd not available for %s "
                           "(Debian: apt-get install python3-aiosmtpd)" % sys.executable)
    certs = make_certs(os.path.join(d, "certs"))
    names = ["starttls", "tls", "selfsigned", "plain"]
    ports = dict(zip(names, free_ports(len(names))))
    os.makedirs(os.path.join(d, "mail"), exist_ok=True)
    write_json(os.path.join(d, "aiosmtpd-setup.json"), {"certs": certs, "ports": ports})
    logf = open(os.path.join(d, "aiosmtpd.stderr"), "ab")
    proc = subprocess.Popen(
        [sys.executable, os.path.abspath(__file__), "_serve-aiosmtpd", d,
         "--owner-pid", str(owner_pid), "--max-lifetime", str(max_lifetime)],
        stdin=subprocess.DEVNULL, stdout=logf, stderr=logf, start_new_session=True)
    logf.close()
    info = {
        "kind": "aiosmtpd",
        "dir": d,
        "pid": proc.pid,
        "host": "localhost",
        "ports": ports,
        "ca": certs["ca"],
        "certs": certs,
        "user": TEST_USER,
        "password": TEST_PASSWORD,
        "domain": DOMAIN,
        "maildir": os.path.join(d, "mail"),
    }
    write_json(os.path.join(d, "servers.json"), info)
    try:
        wait_for(lambda: os.path.exists(os.path.join(d, "aiosmtpd-ready.json"))
                 or proc.poll() is not None, "aiosmtpd to start")
        if proc.poll() is not None:
            raise RuntimeError("aiosmtpd exited early:\n" + tail(os.path.join(d, "aiosmtpd.stderr")))
        ctx = ssl.create_default_context(cafile=certs["ca"])
        wait_port(ports["starttls"], banner=True)
        wait_port(ports["tls"], banner=True, tls_ctx=ctx)
        wait_port(ports["selfsigned"], banner=True)
        wait_port(ports["plain"], banner=True)
    except Exception:
        stop(d)
        raise
    return info


def stop_aiosmtpd(info):
    pid = info.get("pid")
    if not pid_alive(pid):
        return
    try:
        os.kill(pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and pid_alive(pid):
        reap(pid)
        time.sleep(0.1)
    if pid_alive(pid):
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    reap(pid)


def reap(pid):
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def tail(path, n=40):
    try:
        with open(path, "rb") as f:
            lines = f.read().decode("utf-8", "replace").splitlines()
        return "\n".join(lines[-n:])
    except OSError:
        return "(no %s)" % path


# ------------------------------------------------------ postfix + dovecot

def postfix_main_cf(d, pf, ports, certs, uid, gid):
    return f"""# Private Postfix instance for Stamp integration tests (generated).
compatibility_level = 3.6
queue_directory = {d}/postfix-spool
data_directory = {d}/postfix-data
mail_owner = postfix
setgid_group = postdrop
maillog_file = {d}/postfix.log
maillog_file_prefixes = {d}
# Instance-specific names, so nothing is shared with a system instance.
syslog_name = postfix-stamp-test
multi_instance_name = postfix-stamp-test
myhostname = localhost
mydomain = localdomain
myorigin = $myhostname
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
mynetworks = 127.0.0.1/32
relayhost =
relay_domains =
alias_maps =
alias_database =
biff = no
# No DNS anywhere.
disable_dns_lookups = yes
smtp_dns_support_level = disabled
smtp_host_lookup = native
lmtp_host_lookup = native
smtpd_peername_lookup = no
default_transport = error:outside mail is disabled in this test instance
relay_transport = error:outside mail is disabled in this test instance
# Don't repair messages: a missing Date/Message-ID must stay missing so the
# test notices it, and no address rewriting in headers.
local_header_rewrite_clients =
always_add_missing_headers = no
smtputf8_enable = yes
message_size_limit = {POSTFIX_SIZE_LIMIT}
mailbox_size_limit = 0
virtual_mailbox_limit = 0
# Test mailboxes -> Maildirs under {d}/vmail
virtual_mailbox_domains = {DOMAIN}
virtual_mailbox_base = {d}/vmail
virtual_mailbox_maps = texthash:{pf}/vmailbox
virtual_uid_maps = static:{uid}
virtual_gid_maps = static:{gid}
virtual_minimum_uid = 1
# Delivery speed: deliver at once, don't wait.
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 10s
in_flow_delay = 0
smtpd_error_sleep_time = 0
smtpd_soft_error_limit = 100
smtpd_hard_error_limit = 100
smtpd_client_connection_rate_limit = 0
anvil_rate_time_unit = 60s
# TLS (server side); the per-service settings in master.cf decide the level.
smtpd_tls_chain_files = {certs['server_chain']}
smtpd_tls_security_level = may
smtpd_tls_loglevel = 1
smtpd_tls_received_header = yes
smtpd_tls_session_cache_database =
smtp_tls_security_level = none
tls_random_source = dev:/dev/urandom
# SASL through the private dovecot.
smtpd_sasl_type = dovecot
smtpd_sasl_path = {d}/sasl/auth
smtpd_sasl_auth_enable = no
smtpd_sasl_authenticated_header = no
broken_sasl_auth_clients = no
smtpd_relay_restrictions = permit_sasl_authenticated, reject_unauth_destination
smtpd_recipient_restrictions = permit_sasl_authenticated, reject
"""


def postfix_master_cf(ports):
    sub = ("  -o syslog_name=postfix-stamp-test/{name}\n"
           "  -o smtpd_tls_security_level=encrypt\n"
           "  -o smtpd_tls_auth_only=yes\n"
           "  -o smtpd_sasl_auth_enable=yes\n"
           "  -o smtpd_sasl_type=dovecot\n"
           "  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n"
           "  -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject\n"
           "  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n")
    return (
        "# service type  private unpriv  chroot  wakeup  maxproc command + args\n"
        f"127.0.0.1:{ports['submission']} inet n - n - - smtpd\n"
        + sub.format(name="submission") +
        f"127.0.0.1:{ports['submissions']} inet n - n - - smtpd\n"
        + sub.format(name="submissions") +
        "  -o smtpd_tls_wrappermode=yes\n"
        "pickup    unix  n       -       n       60      1       pickup\n"
        "cleanup   unix  n       -       n       -       0       cleanup\n"
        "qmgr      unix  n       -       n       300     1       qmgr\n"
        "tlsmgr    unix  -       -       n       1000?   1       tlsmgr\n"
        "rewrite   unix  -       -       n       -       -       trivial-rewrite\n"
        "bounce    unix  -       -       n       -       0       bounce\n"
        "defer     unix  -       -       n       -       0       bounce\n"
        "trace     unix  -       -       n       -       0       bounce\n"
        "verify    unix  -       -       n       -       1       verify\n"
        "flush     unix  n       -       n       1000?   0       flush\n"
        "proxymap  unix  -       -       n       -       -       proxymap\n"
        "proxywrite unix -       -       n       -       1       proxymap\n"
        "smtp      unix  -       -       n       -       -       smtp\n"
        "relay     unix  -       -       n       -       -       smtp\n"
        "showq     unix  n       -       n       -       -       showq\n"
        "error     unix  -       -       n       -       -       error\n"
        "retry     unix  -       -       n       -       -       error\n"
        "discard   unix  -       -       n       -       -       discard\n"
        "local     unix  -       n       n       -       -       local\n"
        "virtual   unix  -       n       n       -       -       virtual\n"
        "lmtp      unix  -       -       n       -       -       lmtp\n"
        "anvil     unix  -       -       n       -       1       anvil\n"
        "scache    unix  -       -       n       -       1       scache\n"
        "postlog   unix-dgram n  -       n       -       1       postlogd\n"
    )


def dovecot_conf(d, dv, sasl_dir):
    return f"""# Private Dovecot for Stamp integration tests: SASL auth service only.
base_dir = {dv}/run
state_dir = {dv}/state
instance_name = dovecot-stamp-test-{os.path.basename(d)}
protocols =
listen = 127.0.0.1
shutdown_clients = yes
log_path = {d}/dovecot.log
info_log_path = {d}/dovecot.log
debug_log_path = {d}/dovecot.log
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain login
auth_verbose = yes
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {dv}/passwd
}}
userdb {{
  driver = static
  args = uid=65534 gid=65534 home={d}/vmail/%d/%n
}}
service auth {{
  unix_listener {sasl_dir}/auth {{
    mode = 0660
    user = postfix
    group = postfix
  }}
}}
service anvil {{
  chroot =
}}
"""


def delivery_ids():
    """uid/gid the virtual(8) agent delivers as: the caller when not root (so
    the test can read the Maildirs), else nobody."""
    if not is_root():
        return os.getuid(), os.getgid()
    try:
        pw = pwd.getpwnam("nobody")
        return pw.pw_uid, pw.pw_gid
    except KeyError:
        return 65534, 65534


def start_postfix(d, owner_pid, max_lifetime):
    for tool in ("postfix", "dovecot", "postconf"):
        if not (shutil.which(tool) or os.path.exists("/usr/sbin/" + tool)):
            raise RuntimeError(f"{tool} not installed")
    for user in ("postfix", "dovecot", "dovenull"):
        pwd.getpwnam(user)  # KeyError -> the packages are not installed properly
    grp.getgrnam("postdrop")
    postfix = shutil.which("postfix") or "/usr/sbin/postfix"
    dovecot = shutil.which("dovecot") or "/usr/sbin/dovecot"

    certs = make_certs(os.path.join(d, "certs"))
    ports = dict(zip(["submission", "submissions"], free_ports(2)))
    # Config, queue and data directories must be separate: postfix-script
    # wants everything under the config directory owned by root, and the
    # queue subdirectories owned by postfix.
    pf = os.path.join(d, "postfix")        # main.cf, master.cf, maps
    spool = os.path.join(d, "postfix-spool")
    pfdata = os.path.join(d, "postfix-data")
    dv = os.path.join(d, "dovecot")
    sasl_dir = os.path.join(d, "sasl")
    vmail = os.path.join(d, "vmail")
    for p in (pf, dv, sasl_dir, vmail):
        os.makedirs(p, exist_ok=True)
    # postfix/dovecot processes (running as postfix/dovecot/nobody) must be able
    # to traverse the temp dir: mkdtemp makes it 0700.
    os.chmod(d, 0o755)
    parent = os.path.dirname(d)
    while parent and parent != "/":
        if not os.stat(parent).st_mode & 0o001:
            raise RuntimeError(f"{parent} is not searchable by others (o+x); the postfix, "
                               f"dovecot and nobody users must reach {d}")
        parent = os.path.dirname(parent)
    for p in (pf, dv, sasl_dir, vmail, os.path.join(d, "certs")):
        os.chmod(p, 0o755)
    uid, gid = delivery_ids()

    with open(os.path.join(pf, "main.cf"), "w") as f:
        f.write(postfix_main_cf(d, pf, ports, certs, uid, gid))
    with open(os.path.join(pf, "master.cf"), "w") as f:
        f.write(postfix_master_cf(ports))
    with open(os.path.join(pf, "vmailbox"), "w") as f:
        for box in MAILBOXES:
            f.write(f"{box}@{DOMAIN} {DOMAIN}/{box}/\n")
    with open(os.path.join(dv, "passwd"), "w") as f:
        f.write(f"{TEST_USER}:{{PLAIN}}{TEST_PASSWORD}::::::\n")
    os.chmod(os.path.join(dv, "passwd"), 0o644)   # read by the dovecot auth process
    dconf = os.path.join(dv, "dovecot.conf")
    with open(dconf, "w") as f:
        f.write(dovecot_conf(d, dv, sasl_dir))
    # Maildirs: created by virtual(8) as uid/gid; make the per-domain dir ours.
    os.makedirs(os.path.join(vmail, DOMAIN), exist_ok=True)
    if is_root():
        os.chown(vmail, uid, gid)
        os.chown(os.path.join(vmail, DOMAIN), uid, gid)
        # config files must be root-owned and not group/world writable.
        os.chown(pf, 0, 0)
    # Queue and data directory with the owners Postfix insists on (the queue
    # subdirectories are created by "postfix check" = post-install
    # create-missing).
    run(privileged(["install", "-d", "-o", "root", "-g", "root", "-m", "0755", spool]))
    run(privileged(["install", "-d", "-o", "postfix", "-g", "root", "-m", "0700", pfdata]))

    info = {
        "kind": "postfix",
        "dir": d,
        "host": "localhost",
        "ports": ports,
        "ca": certs["ca"],
        "certs": certs,
        "user": TEST_USER,
        "password": TEST_PASSWORD,
        "domain": DOMAIN,
        "mailboxes": [f"{b}@{DOMAIN}" for b in MAILBOXES],
        "maildir_base": os.path.join(vmail, DOMAIN),
        "postfix_config": pf,
        "queue_directory": spool,
        "dovecot_config": dconf,
        "dovecot_pidfile": os.path.join(dv, "run", "master.pid"),
        "postfix_cmd": postfix,
        "dovecot_cmd": dovecot,
    }
    write_json(os.path.join(d, "servers.json"), info)
    try:
        # Dovecot first: the SASL socket must be there when smtpd needs it.
        run(privileged([dovecot, "-c", dconf]))
        wait_for(lambda: os.path.exists(os.path.join(sasl_dir, "auth")),
                 "dovecot auth socket " + os.path.join(sasl_dir, "auth"))
        # "postfix check" runs post-install create-missing, which creates the
        # queue/data subdirectories with the right owners.  (Not
        # "set-permissions": that also re-chmods the system's Postfix files.)
        rc, out = run(privileged([postfix, "-c", pf, "check"]), check=False)
        if rc != 0:
            raise RuntimeError("postfix check failed:\n" + out)
        run(privileged([postfix, "-c", pf, "start"]))
        wait_port(ports["submission"], banner=True)
        ctx = ssl.create_default_context(cafile=certs["ca"])
        wait_port(ports["submissions"], banner=True, tls_ctx=ctx)
    except Exception as e:
        log("postfix start failed: %s" % e)
        log("postfix.log:\n" + tail(os.path.join(d, "postfix.log")))
        log("dovecot.log:\n" + tail(os.path.join(d, "dovecot.log")))
        stop(d)
        raise
    return info


def stop_postfix(info):
    d = info["dir"]
    pf = info["postfix_config"]
    errors = []
    if os.path.exists(os.path.join(pf, "main.cf")):
        try:
            # 'stop' waits for the master to go away by itself; ignore "not running".
            run(privileged([info["postfix_cmd"], "-c", pf, "stop"]), check=False, timeout=40)
        except Exception as e:
            errors.append(f"postfix stop: {e}")
        # Bounded wait for the master to be gone, then kill it if needed.
        pidfile = os.path.join(info["queue_directory"], "pid", "master.pid")
        pid = read_pid(pidfile)
        if pid:
            deadline = time.monotonic() + 15
            while time.monotonic() < deadline and pid_alive(pid):
                time.sleep(0.2)
            if pid_alive(pid):
                run(privileged(["kill", "-9", str(pid)]), check=False)
    pid = read_pid(info["dovecot_pidfile"])
    if os.path.exists(info["dovecot_config"]):
        run(privileged([info["dovecot_cmd"], "-c", info["dovecot_config"], "stop"]),
            check=False, timeout=30)
    if pid:
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and pid_alive(pid):
            time.sleep(0.2)
        if pid_alive(pid):
            run(privileged(["kill", "-9", str(pid)]), check=False)
    if errors:
        log("; ".join(errors))


def read_pid(path):
    try:
        with open(path) as f:
            return int(f.read().strip())
    except (OSError, ValueError):
        if not is_root():
            try:
                rc, out = run(["sudo", "-n", "cat", path], check=False)
                return int(out.strip()) if rc == 0 else None
            except Exception:
                return None
        return None


# ------------------------------------------------------------- watchdog

def spawn_watchdog(d, owner_pid, max_lifetime, cleanup_dir=None):
    """Detached process that stops the servers when the owner goes away or
    after max_lifetime seconds (so nothing outlives a killed test run), and
    then removes cleanup_dir if given.  Started before the servers."""
    logf = open(os.path.join(d, "watchdog.log"), "ab")
    cmd = [sys.executable, os.path.abspath(__file__), "_watchdog", d,
           "--owner-pid", str(owner_pid), "--max-lifetime", str(max_lifetime)]
    if cleanup_dir:
        cmd += ["--cleanup-dir", os.path.abspath(cleanup_dir)]
    proc = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=logf, stderr=logf,
                            start_new_session=True, cwd="/")
    logf.close()
    with open(os.path.join(d, "watchdog.pid"), "w") as f:
        f.write(str(proc.pid))
    return proc.pid


def watchdog(d, owner_pid, max_lifetime, cleanup_dir=None):
    deadline = time.monotonic() + max_lifetime
    stopped = os.path.join(d, "servers.json.stopped")
    while True:
        if os.path.exists(stopped) or not os.path.isdir(d):
            return  # stopped normally (or dir removed)
        if owner_pid and not pid_alive(owner_pid):
            log(f"watchdog: owner {owner_pid} gone, stopping servers in {d}")
            break
        if time.monotonic() > deadline:
            log(f"watchdog: max lifetime {max_lifetime}s reached, stopping servers in {d}")
            break
        time.sleep(1)
    stop(d)
    if cleanup_dir and (not owner_pid or not pid_alive(owner_pid)):
        log(f"watchdog: removing {cleanup_dir}")
        remove_dir(cleanup_dir)


# ------------------------------------------------------------ start/stop

def start(kind, d, owner_pid=None, max_lifetime=900, cleanup_dir=None):
    """Start servers of this kind in d; returns the servers.json dict.
    owner_pid: when that process is gone, a watchdog stops the servers (and
    removes cleanup_dir, if given).  Default: the caller's parent process."""
    d = os.path.abspath(d)
    os.makedirs(d, exist_ok=True)
    if os.path.exists(os.path.join(d, "servers.json")):
        raise RuntimeError(f"{d} already has running servers (servers.json exists)")
    try:
        os.unlink(os.path.join(d, "servers.json.stopped"))
    except OSError:
        pass
    if owner_pid is None:
        owner_pid = os.getppid()
    if kind not in ("aiosmtpd", "postfix"):
        raise ValueError(f"unknown kind {kind!r}")
    wd = spawn_watchdog(d, owner_pid, max_lifetime, cleanup_dir)
    if kind == "aiosmtpd":
        info = start_aiosmtpd(d, owner_pid, max_lifetime)
    else:
        info = start_postfix(d, owner_pid, max_lifetime)
    info["watchdog_pid"] = wd
    write_json(os.path.join(d, "servers.json"), info)
    return info


def stop(d):
    """Stop the servers started in d (idempotent; safe after a failed start)."""
    d = os.path.abspath(d)
    sj = os.path.join(d, "servers.json")
    try:
        info = read_json(sj)
    except (OSError, ValueError):
        info = None
    try:
        if info and info["kind"] == "aiosmtpd":
            stop_aiosmtpd(info)
        elif info:
            stop_postfix(info)
    finally:
        if info:
            try:
                os.rename(sj, sj + ".stopped")
            except OSError:
                pass
        else:
            try:
                open(sj + ".stopped", "a").close()
            except OSError:
                pass
        wd = read_pid(os.path.join(d, "watchdog.pid"))
        if wd and wd != os.getpid() and pid_alive(wd):
            try:
                os.kill(wd, signal.SIGTERM)
            except OSError:
                pass


def remove_dir(d):
    """rm -rf d; postfix leaves root-owned files, so use sudo when not root."""
    if not os.path.exists(d):
        return
    if is_root():
        shutil.rmtree(d, ignore_errors=True)
    else:
        shutil.rmtree(d, ignore_errors=True)
        if os.path.exists(d):
            subprocess.run(["sudo", "-n", "rm", "-rf", "--", d], timeout=60)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("start")
    s.add_argument("kind", choices=["aiosmtpd", "postfix"])
    s.add_argument("dir")
    s.add_argument("--owner-pid", type=int, default=None)
    s.add_argument("--max-lifetime", type=float, default=900)
    for name in ("stop", "info"):
        x = sub.add_parser(name)
        x.add_argument("dir")
    for name in ("_serve-aiosmtpd", "_watchdog"):
        x = sub.add_parser(name)
        x.add_argument("dir")
        x.add_argument("--owner-pid", type=int, default=0)
        x.add_argument("--max-lifetime", type=float, default=900)
        x.add_argument("--cleanup-dir", default=None)
    a = ap.parse_args(argv)
    if a.cmd == "start":
        info = start(a.kind, a.dir, a.owner_pid, a.max_lifetime)
        print(json.dumps(info, indent=2, ensure_ascii=False))
    elif a.cmd == "stop":
        stop(a.dir)
    elif a.cmd == "info":
        print(json.dumps(read_json(os.path.join(os.path.abspath(a.dir), "servers.json")),
                         indent=2, ensure_ascii=False))
    elif a.cmd == "_serve-aiosmtpd":
        serve_aiosmtpd(os.path.abspath(a.dir), a.owner_pid, a.max_lifetime)
    elif a.cmd == "_watchdog":
        signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
        watchdog(os.path.abspath(a.dir), a.owner_pid, a.max_lifetime, a.cleanup_dir)
    return 0


if __name__ == "__main__":
    sys.exit(main())
