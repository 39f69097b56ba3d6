#!/usr/bin/env python3
"""Outbox against a real server (aiosmtpd, started here on loopback).

Usage: outbox_integration.py STAMP

Queue a message with an attachment while the server is down (`stamp send
--account` fails and leaves it in the outbox), delete the original attachment,
start the server, `stamp outbox send --all`: the delivered message must be
byte-identical to the one queued (Date and Message-ID included), carry the
attachment's bytes, and be in Sent.  Exits 0, 1 on failure, 77 when aiosmtpd is
not available.
"""

import email
import email.policy
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
import servers  # noqa: E402

EXIT_SENT, EXIT_CONNECTION = 0, 3


def main():
    stamp = os.path.abspath(sys.argv[1])
    try:
        import aiosmtpd  # noqa: F401
    except ImportError:
        print("SKIP: python3-aiosmtpd is not installed")
        return 77
    tmp = tempfile.mkdtemp(prefix="stamp-outbox-it.")
    failures = []

    def check(cond, what):
        print(("PASS " if cond else "FAIL ") + what)
        if not cond:
            failures.append(what)

    home = os.path.join(tmp, "home")
    os.makedirs(home)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and not k.startswith("DBUS_") and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env["HOME"] = home

    def run(*args, stdin=None):
        r = subprocess.run([stamp] + list(args), env=env, input=stdin, capture_output=True, timeout=120)
        return r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")

    srvdir = os.path.join(tmp, "servers")
    try:
        down = servers.free_port()  # nobody listens here: the server is "down"
        code, _, err = run("account", "add", "work", "--from", "Ann <ann@stamp.test>",
                           "--server", "127.0.0.1:%d" % down, "--security", "none")
        check(code == 0, "account added (%d) %s" % (code, err.strip()))

        payload = bytes((i * 131 + 7) % 251 for i in range(3 * 1024 * 1024 + 17))
        attachment = os.path.join(tmp, "report.bin")
        with open(attachment, "wb") as f:
            f.write(payload)
        code, _, err = run("send", "--account", "work", "--to", "bob@stamp.test", "--bcc", "hidden@stamp.test",
                           "--subject", "Queued while the server was down", "--body", "See the report.",
                           "--attach", attachment, "--timeout", "20")
        check(code == EXIT_CONNECTION, "send with the server down: exit %d (want %d)" % (code, EXIT_CONNECTION))
        check("outbox" in err, "the failure says the message stays in the outbox")

        outbox = os.path.join(home, ".local/share/Stamp/stamp/outbox")
        items = sorted(glob.glob(os.path.join(outbox, "*.json")))
        check(len(items) == 1, "one item in the outbox (%d)" % len(items))
        item_path = items[0]
        item = json.load(open(item_path))
        queued = open(item_path[:-5] + ".eml", "rb").read()
        check(item["status"] == "waiting", "its state is waiting for a retry (%s)" % item["status"])
        os.remove(attachment)  # the original goes away: the outbox must not need it

        code, out, _ = run("outbox", "list")
        check(code == 0 and item["id"] in out and "attempt 2 of 8" in out,
              "outbox list shows it with its next try: %r" % out.strip())

        info = servers.start("aiosmtpd", srvdir, owner_pid=os.getpid(), max_lifetime=300)
        plain = info["ports"]["plain"]
        code, _, err = run("account", "edit", "work", "--server", "127.0.0.1:%d" % plain)
        check(code == 0, "account pointed at the running server (%d) %s" % (code, err.strip()))
        code, _, err = run("outbox", "send", "--all")
        check(code == EXIT_SENT, "outbox send --all: exit %d %s" % (code, err.strip()))

        delivered = sorted(glob.glob(os.path.join(info["maildir"], "*.eml")))
        check(len(delivered) == 1, "exactly one message delivered (%d)" % len(delivered))
        got = open(delivered[0], "rb").read() if delivered else b""
        check(got == queued, "the delivered message is byte-identical to the queued one "
              "(%d vs %d bytes)" % (len(got), len(queued)))
        meta = json.load(open(delivered[0][:-4] + ".json")) if delivered else {}
        check(sorted(meta.get("rcpt_tos", [])) == ["bob@stamp.test", "hidden@stamp.test"],
              "envelope from the stored item, Bcc included: %s" % meta.get("rcpt_tos"))
        msg = email.message_from_bytes(got, policy=email.policy.default)
        check(msg["Message-ID"] == "<%s>" % item["messageId"], "Message-ID as queued: %s" % msg["Message-ID"])
        check(msg["Bcc"] is None and b"hidden@" not in got, "no Bcc in the message")
        parts = [p for p in msg.iter_attachments() if p.get_filename() == "report.bin"]
        check(len(parts) == 1 and parts[0].get_content() == payload,
              "the attachment's bytes arrived though the original was deleted")

        check(not glob.glob(os.path.join(outbox, "*.json")), "the outbox is empty")
        sent = os.path.join(home, ".local/share/Stamp/stamp/sent", item["id"] + ".eml")
        check(os.path.exists(sent) and open(sent, "rb").read() == queued, "Sent holds the same bytes")
        code, out, _ = run("sent", "list")
        check(code == 0 and item["id"] in out, "sent list shows it")
    finally:
        servers.stop(srvdir) if os.path.exists(os.path.join(srvdir, "servers.json")) else None
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
