#!/usr/bin/python3
"""A fast SMTP sink for the benchmark: what smtp-sink (Postfix 3.7) cannot do.

smtp-sink has no CHUNKING (RFC 3030) and no TLS, and aiosmtpd keeps each message in memory and
parses it line by line, which would make the server, not the client, the bottleneck for 25 MB and
250 MB messages. This sink only finds where each message ends:

  * DATA: searches each read for CRLF.CRLF (RFC 5321 §4.1.1.4), no per-line work;
  * BDAT: reads exactly the announced number of octets (RFC 3030 §2);
  * PIPELINING (RFC 2920), CHUNKING, STARTTLS (RFC 3207), implicit TLS (RFC 8314), AUTH PLAIN and
    LOGIN (RFC 4954; refused before TLS, like aiosmtpd's auth_require_tls), each switchable.

For every accepted message it prints one line "MSG <seq> <bytes>" on stdout (bytes as received;
for DATA the dot-stuffing is still counted: close enough for a size check), so the benchmark can
check that a client really delivered. With --dump DIR every message is also written
to DIR/<seq>.eml (unstuffed), for the one-off correctness check of the attachment workloads.

It prints "READY <port>" once listening, and exits when its parent process goes away, or after
--max-lifetime seconds.
"""

import argparse
import asyncio
import base64
import os
import signal
import socket
import ssl
import sys

READ = 256 * 1024


class Conn:
    def __init__(self, server, reader, writer, tls):
        self.s = server
        self.r = reader
        self.w = writer
        self.buf = bytearray()
        self.tls = tls
        self.authed = False
        self.mail = False
        self.rcpt = 0
        self.bdat = bytearray() if server.args.dump else None
        self.bdat_size = 0
        self.in_bdat = False

    async def fill(self):
        data = await self.r.read(READ)
        if not data:
            raise ConnectionError("closed")
        self.buf += data

    async def line(self):
        while True:
            i = self.buf.find(b"\n")
            if i >= 0:
                ln = bytes(self.buf[: i + 1])
                del self.buf[: i + 1]
                return ln.rstrip(b"\r\n")
            if len(self.buf) > 64 * 1024:
                raise ConnectionError("line too long")
            await self.fill()

    def reply(self, text):
        self.w.write(text.encode() + b"\r\n")

    async def flush(self):
        # PIPELINING (RFC 2920 §3.2): answer a whole group at once; only flush when no more
        # commands are already buffered.
        if b"\n" not in self.buf:
            await self.w.drain()

    def ehlo_lines(self):
        a = self.s.args
        caps = ["sink", "8BITMIME", "ENHANCEDSTATUSCODES", "SIZE 2000000000"]
        if a.pipelining:
            caps.append("PIPELINING")
        if a.chunking:
            caps.append("CHUNKING")
        if a.starttls and not self.tls:
            caps.append("STARTTLS")
        if a.auth and (self.tls or not a.auth_require_tls):
            caps.append("AUTH PLAIN LOGIN")
        return caps

    async def data(self):
        # Everything up to CRLF.CRLF (RFC 5321 §4.1.1.4); the CRLF before the dot belongs to the
        # message. The last 4 bytes of each read stay buffered so that a terminator split across
        # reads is still found; prev holds the last consumed bytes for the same reason.
        size = 0
        out = bytearray() if self.s.args.dump else None
        prev = b"\r\n"  # the content starts at the beginning of a line: ".\r\n" at once is empty
        while True:
            joined = prev + self.buf
            i = joined.find(b"\r\n.\r\n")
            if i >= 0:
                take = i + 2 - len(prev)
                size += take
                if out is not None:
                    out += self.buf[:take]
                del self.buf[: take + 3]
                break
            keep = max(len(self.buf) - 4, 0)
            if keep:
                size += keep
                if out is not None:
                    out += self.buf[:keep]
                end = len(prev) + keep
                prev = joined[max(end - 4, 0) : end]
                del self.buf[:keep]
            await self.fill()
        if out is not None:
            out = out.replace(b"\r\n..", b"\r\n.")
            if out.startswith(b".."):
                out = out[1:]
        return size, out

    async def take(self, n):
        got = 0
        while got < n:
            if not self.buf:
                await self.fill()
            k = min(n - got, len(self.buf))
            if self.bdat is not None:
                self.bdat += self.buf[:k]
            del self.buf[:k]
            got += k

    def delivered(self, size, content):
        self.s.seq += 1
        seq = self.s.seq
        if self.s.args.dump and content is not None:
            with open(os.path.join(self.s.args.dump, f"{seq}.eml"), "wb") as f:
                f.write(content)
        sys.stdout.write(f"MSG {seq} {size}\n")
        sys.stdout.flush()

    async def auth(self, words):
        mech = words[1].upper() if len(words) > 1 else b""
        user = pw = None
        if mech == b"PLAIN":
            if len(words) > 2:
                resp = words[2]
            else:
                self.reply("334 ")
                await self.w.drain()
                resp = await self.line()
            try:
                parts = base64.b64decode(resp, validate=True).split(b"\0")
                user, pw = parts[1].decode(), parts[2].decode()
            except Exception:
                self.reply("501 5.5.2 bad PLAIN response")
                return
        elif mech == b"LOGIN":
            try:
                if len(words) > 2:
                    user = base64.b64decode(words[2]).decode()
                else:
                    self.reply("334 VXNlcm5hbWU6")
                    await self.w.drain()
                    user = base64.b64decode(await self.line()).decode()
                self.reply("334 UGFzc3dvcmQ6")
                await self.w.drain()
                pw = base64.b64decode(await self.line()).decode()
            except Exception:
                self.reply("501 5.5.2 bad LOGIN response")
                return
        else:
            self.reply("504 5.5.4 mechanism not supported")
            return
        if f"{user}:{pw}" == self.s.args.auth:
            self.authed = True
            self.reply("235 2.7.0 Authentication successful")
        else:
            self.reply("535 5.7.8 Authentication credentials invalid")

    async def run(self):
        a = self.s.args
        self.reply("220 sink ESMTP")
        await self.w.drain()
        while True:
            ln = await self.line()
            words = ln.split()
            verb = words[0].upper() if words else b""
            if verb == b"EHLO":
                caps = self.ehlo_lines()
                for c in caps[:-1]:
                    self.reply("250-" + c)
                self.reply("250 " + caps[-1])
            elif verb == b"HELO":
                self.reply("250 sink")
            elif verb == b"STARTTLS" and a.starttls and not self.tls:
                if self.buf:
                    self.reply("501 5.5.1 nothing may follow STARTTLS")  # RFC 3207 §4.2 (pipelined)
                    self.buf.clear()
                    await self.w.drain()
                    continue
                self.reply("220 2.0.0 go ahead")
                await self.w.drain()
                await self.w.start_tls(self.s.ctx)
                self.tls = True
                self.authed = False
            elif verb == b"AUTH" and a.auth:
                if a.auth_require_tls and not self.tls:
                    self.reply("538 5.7.11 Encryption required for requested authentication mechanism")
                else:
                    await self.auth(words)
            elif verb == b"MAIL":
                if a.auth and not self.authed:
                    self.reply("530 5.7.0 Authentication required")
                elif a.starttls and not self.tls:
                    self.reply("530 5.7.0 Must issue a STARTTLS command first")
                else:
                    self.mail = True
                    self.rcpt = 0
                    self.reply("250 2.1.0 Ok")
            elif verb == b"RCPT":
                if self.mail:
                    self.rcpt += 1
                    self.reply("250 2.1.5 Ok")
                else:
                    self.reply("503 5.5.1 need MAIL")
            elif verb == b"DATA":
                if not self.mail or not self.rcpt:
                    self.reply("503 5.5.1 need RCPT")
                    continue
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                await self.w.drain()
                size, content = await self.data()
                self.delivered(size, content)
                self.mail = False
                self.reply("250 2.0.0 Ok: queued")
            elif verb == b"BDAT" and a.chunking:
                try:
                    n = int(words[1])
                except (IndexError, ValueError):
                    self.reply("501 5.5.4 BDAT size")
                    continue
                last = len(words) > 2 and words[2].upper() == b"LAST"
                await self.take(n)  # RFC 3030 §2: the octets are read even if the transaction failed
                if not self.mail or not self.rcpt:
                    self.reply("503 5.5.1 need RCPT")
                    continue
                self.bdat_size += n
                if last:
                    self.delivered(self.bdat_size, bytes(self.bdat) if self.bdat is not None else None)
                    self.bdat_size = 0
                    if self.bdat is not None:
                        self.bdat = bytearray()
                    self.mail = False
                    self.reply("250 2.0.0 Ok: queued")
                else:
                    self.reply(f"250 2.0.0 {n} octets received")
            elif verb == b"RSET":
                self.mail = False
                self.bdat_size = 0
                if self.bdat is not None:
                    self.bdat = bytearray()
                self.reply("250 2.0.0 Ok")
            elif verb == b"NOOP":
                self.reply("250 2.0.0 Ok")
            elif verb == b"QUIT":
                self.reply("221 2.0.0 Bye")
                await self.w.drain()
                return
            else:
                self.reply("502 5.5.2 command not recognized")
            await self.flush()


class Server:
    def __init__(self, args):
        self.args = args
        self.seq = 0
        self.ctx = None
        if args.cert:
            self.ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self.ctx.load_cert_chain(args.cert, args.key)

    async def handle(self, reader, writer):
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        c = Conn(self, reader, writer, tls=self.args.tls)
        try:
            await c.run()
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError, OSError):
            pass
        finally:
            try:
                writer.close()
            except Exception:
                pass


async def watchdog(parent, lifetime):
    loop = asyncio.get_running_loop()
    end = loop.time() + lifetime
    while loop.time() < end and os.getppid() == parent:
        await asyncio.sleep(0.5)
    os._exit(0)


async def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--port", type=int, default=0)
    p.add_argument("--pipelining", action="store_true")
    p.add_argument("--chunking", action="store_true")
    p.add_argument("--starttls", action="store_true", help="offer and require STARTTLS")
    p.add_argument("--tls", action="store_true", help="implicit TLS from the first byte")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--auth", help="USER:PASSWORD; AUTH then required before MAIL")
    p.add_argument("--auth-require-tls", action="store_true", default=True)
    p.add_argument("--dump", help="write each message to DIR/<n>.eml")
    p.add_argument("--max-lifetime", type=float, default=1800)
    args = p.parse_args()
    if (args.starttls or args.tls) and not args.cert:
        p.error("--starttls/--tls need --cert and --key")
    srv = Server(args)
    server = await asyncio.start_server(
        srv.handle, "127.0.0.1", args.port, ssl=srv.ctx if args.tls else None, limit=READ * 4
    )
    port = server.sockets[0].getsockname()[1]
    sys.stdout.write(f"READY {port}\n")
    sys.stdout.flush()
    asyncio.get_running_loop().add_signal_handler(signal.SIGTERM, lambda: os._exit(0))
    await watchdog(os.getppid(), args.max_lifetime)


if __name__ == "__main__":
    asyncio.run(main())
