#!/usr/bin/python3
"""A throwaway SMTP server on 127.0.0.1 for tests: prints its port, then appends one JSON line per message
(mail_from, rcpt_tos, content as latin-1 text) to the file named by argv[1]. Ends when stdin closes."""
import json
import socket
import sys

from aiosmtpd.controller import Controller


class Handler:
    def __init__(self, path):
        self.path = path

    async def handle_DATA(self, server, session, envelope):
        with open(self.path, "a", encoding="utf-8") as f:
            f.write(json.dumps({"mail_from": envelope.mail_from, "rcpt_tos": envelope.rcpt_tos,
                                "content": envelope.original_content.decode("latin-1")}) + "\n")
        return "250 OK"


def main():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    controller = Controller(Handler(sys.argv[1]), hostname="127.0.0.1", port=port, enable_SMTPUTF8=True)
    controller.start()
    print(port, flush=True)
    try:
        sys.stdin.read()
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
