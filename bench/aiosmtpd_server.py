#!/usr/bin/python3
"""aiosmtpd listeners for the benchmark, in one asyncio process.

  starttls  STARTTLS required (require_starttls), AUTH PLAIN/LOGIN only after TLS (auth_require_tls),
            AUTH required before MAIL
  tls       implicit TLS from the first byte (RFC 8314), AUTH required

Both use the test CA's server certificate (tests/data/server.pem, .key). Every accepted message is
printed as "MSG <listener> <seq> <bytes>" on stdout, for the benchmark's delivery check. Prints
"READY starttls=<port> tls=<port>" once listening; exits when the parent goes away, on SIGTERM, or
after --max-lifetime seconds.
"""

import argparse
import asyncio
import logging
import os
import signal
import ssl
import sys
import warnings

from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword


class Handler:
    def __init__(self, name, counter):
        self.name = name
        self.counter = counter

    async def handle_DATA(self, server, session, envelope):
        self.counter[0] += 1
        size = len(envelope.original_content or envelope.content or b"")
        sys.stdout.write(f"MSG {self.name} {self.counter[0]} {size}\n")
        sys.stdout.flush()
        return "250 2.0.0 Ok: queued"


def authenticator(user, password):
    def check(server, session, envelope, mechanism, auth_data):
        ok = (
            isinstance(auth_data, LoginPassword)
            and auth_data.login.decode() == user
            and auth_data.password.decode() == password
        )
        return AuthResult(success=ok)

    return check


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--cert", required=True)
    p.add_argument("--key", required=True)
    p.add_argument("--auth", required=True, help="USER:PASSWORD")
    p.add_argument("--max-lifetime", type=float, default=1800)
    args = p.parse_args()
    user, password = args.auth.split(":", 1)
    logging.getLogger("mail.log").setLevel(logging.ERROR)  # a deprecation warning per login
    warnings.filterwarnings("ignore", message="Requiring AUTH while not requiring TLS")
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.load_cert_chain(args.cert, args.key)
    loop = asyncio.get_running_loop()
    counter = [0]
    common = dict(
        data_size_limit=1 << 30,
        hostname="localhost",
        auth_required=True,
        auth_require_tls=True,
        auth_exclude_mechanism=[],
        authenticator=authenticator(user, password),
        # The defaults limit how many commands one session may give; the batch workloads are not
        # run against aiosmtpd, but keep it from getting in the way.
        command_call_limit=None,
    )

    def starttls_factory():
        return SMTP(Handler("starttls", counter), tls_context=ctx, require_starttls=True, **common)

    def tls_factory():
        # aiosmtpd only counts a STARTTLS upgrade as TLS; this listener is TLS from the first byte,
        # so the "TLS before AUTH" rule is met by construction.
        return SMTP(Handler("tls", counter), **dict(common, auth_require_tls=False))

    s1 = await loop.create_server(starttls_factory, "127.0.0.1", 0)
    s2 = await loop.create_server(tls_factory, "127.0.0.1", 0, ssl=ctx)
    print(
        f"READY starttls={s1.sockets[0].getsockname()[1]} tls={s2.sockets[0].getsockname()[1]}",
        flush=True,
    )
    loop.add_signal_handler(signal.SIGTERM, lambda: os._exit(0))
    parent = os.getppid()
    end = loop.time() + args.max_lifetime
    while loop.time() < end and os.getppid() == parent:
        await asyncio.sleep(0.5)
    os._exit(0)


if __name__ == "__main__":
    asyncio.run(main())
