#!/usr/bin/env python3
"""Runs a test binary beside a real OAuth 2.0 server (oidc-provider from the npm registry, installed with
`npm ci` from package-lock.json into the build folder on first use) and an OAuth-only SMTP server, both on
127.0.0.1, then stops them.

    run_oauth.py NODE_DIR TEST_BINARY [ARGS...]

The test binary gets STAMP_OAUTH_ISSUER, STAMP_OAUTH_SMTP_PORT, STAMP_OAUTH_MAILDIR, STAMP_TEST_BROWSER
(browser.py) and STAMP_TEST_DATA. Exit 77 (skipped) only when node or npm is missing entirely.
"""
import os
import shutil
import socket
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_ready(proc, what):
    line = proc.stdout.readline()  # each server prints "ready" once listening; exits otherwise
    if not line.startswith(b"ready"):
        raise SystemExit(f"run_oauth.py: {what} did not start: {line!r}")


def main():
    node_dir, argv = sys.argv[1], sys.argv[2:]
    if not shutil.which("node") or not shutil.which("npm"):
        print("run_oauth.py: node/npm not found: skipped", file=sys.stderr)
        return 77
    os.makedirs(node_dir, exist_ok=True)
    for f in ("package.json", "package-lock.json", "provider.mjs"):
        shutil.copy(os.path.join(HERE, f), node_dir)
    if not os.path.isdir(os.path.join(node_dir, "node_modules", "oidc-provider")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund", "--loglevel=error"], cwd=node_dir, check=True,
                       timeout=600)
    tmp = tempfile.mkdtemp(prefix="stamp-oauth-")
    procs = []
    try:
        oauth_port, smtp_port = free_port(), free_port()
        ttl = os.environ.get("STAMP_OAUTH_TOKEN_TTL", "3600")
        provider = subprocess.Popen(["node", os.path.join(node_dir, "provider.mjs"), str(oauth_port), ttl],
                                    stdout=subprocess.PIPE, cwd=node_dir)
        procs.append(provider)
        wait_ready(provider, "the OAuth server")
        issuer = f"http://127.0.0.1:{oauth_port}"
        maildir = os.path.join(tmp, "mail")
        os.makedirs(maildir)
        smtp = subprocess.Popen(["/usr/bin/python3", os.path.join(HERE, "smtpserver.py"), str(smtp_port), issuer,
                                 maildir], stdout=subprocess.PIPE)
        procs.append(smtp)
        wait_ready(smtp, "the SMTP server")
        env = dict(os.environ, STAMP_OAUTH_ISSUER=issuer, STAMP_OAUTH_SMTP_PORT=str(smtp_port),
                   STAMP_OAUTH_MAILDIR=maildir, STAMP_TEST_BROWSER=os.path.join(HERE, "browser.py"),
                   STAMP_TEST_DATA=os.path.normpath(os.path.join(HERE, "..", "..", "data")),
                   QT_QPA_PLATFORM="offscreen")
        return subprocess.run(argv, env=env, timeout=300).returncode
    finally:
        for p in procs:
            p.terminate()
            try:
                p.wait(timeout=10)
            except subprocess.TimeoutExpired:
                p.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
