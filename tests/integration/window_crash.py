#!/usr/bin/env python3
"""kill -9 of the window process itself (issue 9, "Proof: crash safety").

Usage: window_crash.py STAMP_DESKTOP STAMP

The window (stamp-desktop, QT_QPA_PLATFORM=offscreen) is killed with SIGKILL
  A. during a send: the server reads the upload slowly and never answers;
  B. during enqueue: while a large attachment is being written into the
     outbox copy (on the window's worker thread);
  C. during a retry: a message `stamp send --account` left waiting (451), due
     again, is retried by the window's own queue against the slow server.
After each kill the window is started again; then every message must be
exactly once in drafts, outbox or Sent (never twice, never lost), with its
attachment's bytes intact, and nothing half-written left in the outbox.
A is then sent with `stamp outbox send` and must be exactly once in Sent.

The window is driven without clicks by one documented test hook:
STAMP_TEST_SEND_ON_START=1 presses Send once its first draft is saved
(app/guimain.cpp, docs/outboxui.md).  The SMTP server is a small one in this
file (127.0.0.1, a free port).  Every wait is bounded; every process started
is stopped.  Exits 0, or 1 on failure.
"""

import email
import email.policy
import glob
import hashlib
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

WAIT = 90.0  # seconds, for every wait below


class Server:
    """SMTP on 127.0.0.1 whose behaviour is set per connection by `mode`:
    accept   takes everything, keeps each message in `messages`;
    slow     after DATA reads 8 KiB every 20 ms and never answers;
    greylist MAIL FROM gets 451 4.7.1."""

    def __init__(self):
        self.mode = "accept"
        self.received = 0  # content bytes read in slow mode, this connection
        self.messages = []
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(8)
        self.sock.settimeout(0.5)
        self.port = self.sock.getsockname()[1]
        self.stopping = False
        self.thread = threading.Thread(target=self.loop, daemon=True)
        self.thread.start()

    def stop(self):
        self.stopping = True
        self.thread.join(5)
        self.sock.close()

    def loop(self):
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except socket.timeout:
                continue
            except OSError:
                return
            threading.Thread(target=self.serve, args=(conn,), daemon=True).start()

    def serve(self, conn):
        conn.settimeout(WAIT)
        buf = b""
        mode = self.mode

        def line():
            nonlocal buf
            while b"\r\n" not in buf:
                chunk = conn.recv(65536)
                if not chunk:
                    raise EOFError
                buf += chunk
            head, buf = buf.split(b"\r\n", 1)
            return head

        try:
            conn.sendall(b"220 crash.test ESMTP\r\n")
            while not self.stopping:
                cmd = line().upper()
                if cmd.startswith(b"EHLO"):
                    conn.sendall(b"250-crash.test\r\n250 8BITMIME\r\n")
                elif cmd.startswith(b"MAIL"):
                    conn.sendall(b"451 4.7.1 Greylisted, try again later\r\n" if mode == "greylist"
                                 else b"250 2.1.0 Ok\r\n")
                elif cmd.startswith(b"RCPT"):
                    conn.sendall(b"250 2.1.5 Ok\r\n")
                elif cmd.startswith(b"DATA"):
                    conn.sendall(b"354 go ahead\r\n")
                    if mode == "slow":
                        self.received = len(buf)
                        while not self.stopping:
                            chunk = conn.recv(8192)
                            if not chunk:
                                return
                            self.received += len(chunk)
                            time.sleep(0.02)
                        return
                    data = buf
                    while b"\r\n.\r\n" not in data:
                        chunk = conn.recv(1 << 20)
                        if not chunk:
                            return
                        data += chunk
                    message, buf = data.split(b"\r\n.\r\n", 1)
                    self.messages.append(message + b"\r\n")
                    conn.sendall(b"250 2.0.0 Ok: queued\r\n")
                elif cmd.startswith(b"QUIT"):
                    conn.sendall(b"221 bye\r\n")
                    return
                else:
                    conn.sendall(b"250 Ok\r\n")
        except (EOFError, OSError):
            pass
        finally:
            conn.close()


def wait_for(pred, what, timeout=WAIT):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if pred():
            return True
        time.sleep(0.1)
    raise RuntimeError("timed out after %.0fs waiting for %s" % (timeout, what))


def main():
    desktop, stamp = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    tmp = tempfile.mkdtemp(prefix="stamp-window-crash.")
    failures = []
    windows = []

    def check(cond, what):
        print(("PASS " if cond else "FAIL ") + what, flush=True)
        if not cond:
            failures.append(what)

    home = os.path.join(tmp, "home")
    os.makedirs(os.path.join(tmp, "runtime"), mode=0o700)
    os.makedirs(home)
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and not k.startswith("DBUS_") and k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.update(HOME=home, XDG_RUNTIME_DIR=os.path.join(tmp, "runtime"), QT_QPA_PLATFORM="offscreen",
               STAMP_TEST_KEYRING="none")
    root = os.path.join(home, ".local/share/Stamp/stamp")
    folders = {f: os.path.join(root, f) for f in ("drafts", "outbox", "sent")}

    def run(*args):
        r = subprocess.run([stamp] + list(args), env=env, capture_output=True, timeout=120)
        return r.returncode, r.stdout.decode(errors="replace"), r.stderr.decode(errors="replace")

    def window(*args, send=False):
        e = dict(env)
        if send:
            e["STAMP_TEST_SEND_ON_START"] = "1"
        p = subprocess.Popen([desktop] + list(args), env=e, stdin=subprocess.DEVNULL,
                             stdout=subprocess.DEVNULL, stderr=open(os.path.join(tmp, "window.log"), "ab"))
        windows.append(p)
        return p

    def kill(p):
        p.send_signal(signal.SIGKILL)
        p.wait(30)
        return p.returncode == -signal.SIGKILL

    def items(folder):
        out = []
        for path in sorted(glob.glob(os.path.join(folders[folder], "*.json"))):
            with open(path) as f:
                out.append(json.load(f))
        return out

    def where(subject):
        return [(folder, m) for folder in folders for m in items(folder) if m.get("subject") == subject]

    def attachment_of(folder, item):
        """sha256 of the attachment as the message in that folder has it (for a draft: its own copy)."""
        if folder == "drafts":
            paths = item.get("attachments", [])
            if len(paths) != 1 or not os.path.isfile(paths[0]):
                return None
            with open(paths[0], "rb") as f:
                return hashlib.sha256(f.read()).hexdigest()
        with open(os.path.join(folders[folder], item["id"] + ".eml"), "rb") as f:
            msg = email.message_from_bytes(f.read(), policy=email.policy.default)
        parts = list(msg.iter_attachments())
        return hashlib.sha256(parts[0].get_content()).hexdigest() if len(parts) == 1 else None

    def restart_and_settle():
        """The window started again (no hook): it recovers what the killed one left, then is stopped."""
        p = window()
        wait_for(lambda: not any(m["status"] == "sending" for m in items("outbox")), "recovery at start")
        time.sleep(1.5)  # its queue's first turn
        kill(p)
        leftovers = [f for f in os.listdir(folders["outbox"])
                     if not f.endswith(".json") and not os.path.exists(
                         os.path.join(folders["outbox"], f.split(".")[0] + ".json"))] \
            if os.path.isdir(folders["outbox"]) else []
        return leftovers

    def attach_file(name, size):
        path = os.path.join(tmp, name)
        with open(path, "wb") as f:
            left = size
            while left > 0:
                chunk = os.urandom(min(left, 1 << 20))
                f.write(chunk)
                left -= len(chunk)
        with open(path, "rb") as f:
            return path, hashlib.sha256(f.read()).hexdigest()

    def mailto(subject):
        return "mailto:bob@crash.test?" + urllib.parse.urlencode(
            {"subject": subject, "body": "Killed on purpose."}, quote_via=urllib.parse.quote)

    server = Server()
    try:
        code, _, err = run("account", "add", "crash", "--from", "Ann <ann@crash.test>",
                           "--server", "127.0.0.1:%d" % server.port, "--security", "none")
        check(code == 0, "account added (%d) %s" % (code, err.strip()))

        # ---- A: during a send -----------------------------------------------------------------------
        path_a, sum_a = attach_file("a.bin", 4 << 20)
        server.mode = "slow"
        server.received = 0
        p = window(mailto("Crash A"), path_a, send=True)
        wait_for(lambda: server.received > 256 * 1024, "the window's upload to start")
        check(kill(p), "A: window killed with SIGKILL mid-upload (%d bytes at the server)" % server.received)
        found = where("Crash A")
        check([f for f, _ in found] == ["outbox"] and found[0][1]["status"] == "sending",
              "A: right after the kill the message is in the outbox, sending: %s"
              % [(f, m["status"]) for f, m in found])
        leftovers = restart_and_settle()
        found = where("Crash A")
        check(len(found) == 1 and found[0][0] == "outbox", "A: after restart exactly once, in the outbox: %s"
              % [f for f, _ in found])
        if found:
            m = found[0][1]
            check(m["status"] == "failed" and m.get("failureCategory") in ("may-have-been-delivered",
                                                                           "connection-failed"),
                  "A: marked as not confirmed (%s, %s)" % (m["status"], m.get("failureCategory")))
            check(attachment_of(*found[0]) == sum_a, "A: its attachment's bytes are intact")
        check(not leftovers, "A: nothing half-written left in the outbox: %s" % leftovers)
        # Sent again by hand, it is then exactly once in Sent.
        server.mode = "accept"
        if found:
            code, _, err = run("outbox", "send", found[0][1]["id"])
            check(code == 0, "A: stamp outbox send: exit %d %s" % (code, err.strip()))
            found = where("Crash A")
            check([f for f, _ in found] == ["sent"] and attachment_of(*found[0]) == sum_a,
                  "A: then exactly once, in Sent, with the attachment: %s" % [f for f, _ in found])

        # ---- B: during enqueue (the attachment streamed into the outbox copy) -----------------------
        path_b, sum_b = attach_file("b.bin", 160 << 20)
        server.mode = "slow"
        p = window(mailto("Crash B"), path_b, send=True)

        def enqueue_running():
            """The window has its outbox copy open and more than 16 MiB written (QSaveFile may use an
            unnamed O_TMPFILE file on Linux, so this looks at the process's open files)."""
            if not os.path.isdir(folders["outbox"]) or glob.glob(os.path.join(folders["outbox"], "*.json")):
                return False
            try:
                fds = os.listdir("/proc/%d/fd" % p.pid)
            except OSError:
                return False
            for fd in fds:
                try:
                    target = os.readlink("/proc/%d/fd/%s" % (p.pid, fd))
                    if not target.startswith(folders["outbox"] + "/") or target.endswith(".lock"):
                        continue
                    with open("/proc/%d/fdinfo/%s" % (p.pid, fd)) as f:
                        pos = int(f.readline().split()[1])
                except (OSError, ValueError, IndexError):
                    continue
                if pos > (16 << 20):
                    return True
            return False

        wait_for(enqueue_running, "the outbox copy of the attachment being written")
        check(kill(p), "B: window killed with SIGKILL while writing the outbox copy")
        found = where("Crash B")
        check([f for f, _ in found] == ["drafts"], "B: right after the kill it is still a draft: %s"
              % [f for f, _ in found])
        leftovers = restart_and_settle()
        found = where("Crash B")
        check([f for f, _ in found] == ["drafts"], "B: after restart exactly once, a draft: %s"
              % [f for f, _ in found])
        if found:
            check(attachment_of(*found[0]) == sum_b, "B: the draft's own copy of the attachment is intact")
        check(not leftovers, "B: the half-written outbox copy was removed: %s" % leftovers)
        for _, m in found:  # out of the way of C
            shutil.rmtree(os.path.join(folders["drafts"], m["id"] + ".files"), ignore_errors=True)
            os.remove(os.path.join(folders["drafts"], m["id"] + ".json"))
        os.remove(path_b)

        # ---- C: during a retry by the window's own queue --------------------------------------------
        path_c, sum_c = attach_file("c.bin", 4 << 20)
        server.mode = "greylist"
        code, _, err = run("send", "--account", "crash", "--to", "carol@crash.test", "--subject", "Crash C",
                           "--body", "Greylisted first.", "--attach", path_c, "--timeout", "20")
        found = where("Crash C")
        check(code != 0 and [f for f, _ in found] == ["outbox"] and found[0][1]["status"] == "waiting",
              "C: greylisted, waiting in the outbox (exit %d): %s" % (code, [(f, m["status"]) for f, m in found]))
        if found:
            # Its next try made due now (the time a retry would otherwise wait for).
            item_path = os.path.join(folders["outbox"], found[0][1]["id"] + ".json")
            with open(item_path) as f:
                item = json.load(f)
            item["dueAt"] = time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(time.time() - 5))
            with open(item_path + ".new", "w") as f:
                json.dump(item, f)
            os.replace(item_path + ".new", item_path)
        server.mode = "slow"
        server.received = 0
        p = window()  # no hook: the queue starts the due retry by itself
        wait_for(lambda: server.received > 256 * 1024, "the window's retry upload to start")
        check(kill(p), "C: window killed with SIGKILL during the retry")
        leftovers = restart_and_settle()
        found = where("Crash C")
        check(len(found) == 1 and found[0][0] == "outbox", "C: after restart exactly once, in the outbox: %s"
              % [f for f, _ in found])
        if found:
            m = found[0][1]
            check(m["status"] == "failed" and m.get("attempts") == 2,
                  "C: not confirmed, second attempt counted (%s, attempts %s)" % (m["status"], m.get("attempts")))
            check(attachment_of(*found[0]) == sum_c, "C: its attachment's bytes are intact")
        check(not leftovers, "C: nothing half-written left in the outbox: %s" % leftovers)
        check(len(server.messages) == 1, "the server got exactly one complete message (A, sent again): %d"
              % len(server.messages))
    except Exception as e:  # a bounded wait that ran out
        check(False, str(e))
    finally:
        for p in windows:
            if p.poll() is None:
                p.kill()
                p.wait(30)
        server.stop()
        shutil.rmtree(tmp, ignore_errors=True)
    print("%d failed" % len(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
