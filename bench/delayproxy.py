#!/usr/bin/python3
"""A TCP proxy that delays every byte by a fixed time in each direction, to count round trips.

Each chunk read from one side is written to the other side DELAY seconds after it was read, in
order, so a request/reply exchange costs 2 x DELAY more than it would directly (100 ms for the
default 50 ms). Bandwidth is not limited. Prints "READY <port>" once listening, and "CONN <seconds>"
when a connection ends: the time from accepting it to the client's FIN (or reset). Exits when the
parent goes away, on SIGTERM, or after --max-lifetime seconds.

The TCP handshake with the proxy itself is not delayed (the upstream connection is opened at
once), so the round trips counted are the protocol's, from the greeting on.
"""

import argparse
import asyncio
import os
import signal
import socket


LOG = None


async def pump(reader, writer, delay, tag, done=None):
    """Copies reader to writer, each chunk DELAY after it was read. done() is called when the reader
    ends (EOF or error)."""
    loop = asyncio.get_running_loop()
    queue = asyncio.Queue()

    async def sender():
        while True:
            due, data = await queue.get()
            wait = due - loop.time()
            if wait > 0:
                await asyncio.sleep(wait)
            if data is None:
                try:
                    if writer.can_write_eof():
                        writer.write_eof()
                except OSError:
                    pass
                return
            writer.write(data)
            await writer.drain()

    task = asyncio.create_task(sender())
    try:
        while True:
            data = await reader.read(256 * 1024)
            if LOG:
                LOG.write(f"{loop.time():.4f} {tag} {len(data)} {bytes(data[:40])!r}\n")
                LOG.flush()
            await queue.put((loop.time() + delay, data or None))
            if not data:
                break
    except (ConnectionError, OSError):
        await queue.put((loop.time() + delay, None))
    if done:
        done()
    try:
        await task
    except (ConnectionError, OSError):
        pass


def nodelay(writer):
    sock = writer.get_extra_info("socket")
    if sock is not None:
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)


async def main():
    p = argparse.ArgumentParser()
    p.add_argument("--target", required=True, help="PORT on 127.0.0.1")
    p.add_argument("--delay", type=float, default=0.05, help="seconds, each way")
    p.add_argument("--max-lifetime", type=float, default=1800)
    p.add_argument("--log", help="append one line per chunk read (time, direction, size, first bytes)")
    args = p.parse_args()
    global LOG
    if args.log:
        LOG = open(args.log, "a")
    target = int(args.target)

    async def handle(creader, cwriter):
        loop = asyncio.get_running_loop()
        accepted = loop.time()
        ended = []
        nodelay(cwriter)
        try:
            sreader, swriter = await asyncio.open_connection("127.0.0.1", target)
        except OSError:
            cwriter.close()
            return
        nodelay(swriter)
        await asyncio.gather(pump(creader, swriter, args.delay, "C>S", lambda: ended.append(loop.time())),
                             pump(sreader, cwriter, args.delay, "S>C"))
        # How long the client kept the connection: from accept to its FIN (or reset), so the client's
        # own start-up and exit are not counted, only what it waited for on the wire.
        print(f"CONN {ended[0] - accepted:.4f}", flush=True)
        for w in (cwriter, swriter):
            try:
                w.close()
            except OSError:
                pass

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    print(f"READY {server.sockets[0].getsockname()[1]}", flush=True)
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, lambda: os._exit(0))
    parent = os.getppid()
    end = loop.time() + args.max_lifetime
    while loop.time() < end and os.getppid() == parent:
        await asyncio.sleep(0.5)
    os._exit(0)


if __name__ == "__main__":
    asyncio.run(main())
