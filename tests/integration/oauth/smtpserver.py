#!/usr/bin/env python3
"""An SMTP submission server (aiosmtpd, STARTTLS with the test CA) that accepts XOAUTH2 and OAUTHBEARER
only with an access token the test OAuth server issued and still holds active (RFC 7662 introspection),
for the right user. Refusals follow RFC 7628 §3.2.3 / Google's XOAUTH2: a 334 error challenge, then 535.

    smtpserver.py PORT ISSUER MAILDIR
"""
import asyncio
import base64
import json
import os
import ssl
import sys
import time
import urllib.parse
import urllib.request

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.normpath(os.path.join(HERE, "..", "..", "data"))


def introspect(issuer, token):
    req = urllib.request.Request(
        issuer + "/token/introspection",
        data=urllib.parse.urlencode({"token": token}).encode(),
        headers={"Authorization": "Basic " + base64.b64encode(b"smtp-server:smtp-server-secret").decode()})
    with urllib.request.urlopen(req, timeout=10) as r:
        return json.loads(r.read())


class Handler:
    def __init__(self, issuer, maildir):
        self.issuer = issuer
        self.maildir = maildir
        self.count = 0

    async def check(self, server, mechanism, args):
        blob = base64.b64decode(args[1]) if len(args) > 1 and args[1] != "=" else b""
        if not blob:
            blob = await server.challenge_auth(b"")
            if not isinstance(blob, bytes):
                return AuthResult(success=False, handled=True)
        fields = blob.split(b"\x01")
        user, token = None, None
        if mechanism == "XOAUTH2":
            for f in fields:
                if f.startswith(b"user="):
                    user = f[5:].decode()
                if f.startswith(b"auth=Bearer "):
                    token = f[12:].decode()
        else:  # OAUTHBEARER: gs2 header "n,a=user," then key=value pairs
            head = fields[0].split(b",")
            for h in head:
                if h.startswith(b"a="):
                    user = h[2:].decode()
            for f in fields[1:]:
                if f.startswith(b"auth=Bearer "):
                    token = f[12:].decode()
        info = await asyncio.get_running_loop().run_in_executor(None, introspect, self.issuer, token or "")
        if info.get("active") and info.get("sub") == user:
            return AuthResult(success=True, auth_data=user)
        error = {"status": "invalid_token", "scope": "smtp"} if mechanism == "OAUTHBEARER" else \
            {"status": "401", "schemes": "bearer", "scope": "smtp"}
        await server.challenge_auth(json.dumps(error).encode())
        return AuthResult(success=False, handled=False, message="535 5.7.8 Username and Password not accepted")

    async def auth_XOAUTH2(self, server, args):
        return await self.check(server, "XOAUTH2", args)

    async def auth_OAUTHBEARER(self, server, args):
        return await self.check(server, "OAUTHBEARER", args)

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        base = os.path.join(self.maildir, f"{self.count}")
        with open(base + ".eml", "wb") as f:
            f.write(envelope.original_content)
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos, "user": session.auth_data}, f)
        return "250 2.0.0 OK"


class TlsController(Controller):
    def __init__(self, handler, port, context):
        self.context = context
        super().__init__(handler, hostname="127.0.0.1", port=port)

    def factory(self):
        return SMTP(self.handler, tls_context=self.context, require_starttls=True, auth_required=True,
                    auth_require_tls=True, auth_exclude_mechanism=["LOGIN", "PLAIN"], hostname="localhost")


def main():
    port, issuer, maildir = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(os.path.join(DATA, "server.pem"), os.path.join(DATA, "server.key"))
    c = TlsController(Handler(issuer, maildir), port, ctx)
    c.start()
    print("ready", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        c.stop()


if __name__ == "__main__":
    main()
