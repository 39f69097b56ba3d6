#!/usr/bin/python3
"""The Python standard library as an SMTP client, for the benchmark (the way a script would do it).

  smtplib_client.py --port P [--security none|starttls|tls] [--user U --password P] [--ca-file PEM]
                    --from A --to B [--subject S] [--body-file F] [--attach FILE] [--eml FILE|DIR]

The message is built with email.message.EmailMessage (attachments read whole, as its API needs);
--eml sends prepared files as they are, all on one connection. Exit 0 when every message was sent.
"""

import argparse
import mimetypes
import os
import smtplib
import ssl
import sys
from email.message import EmailMessage


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--port", type=int, required=True)
    p.add_argument("--security", default="none", choices=["none", "starttls", "tls"])
    p.add_argument("--user")
    p.add_argument("--password")
    p.add_argument("--ca-file")
    p.add_argument("--from", dest="sender", required=True)
    p.add_argument("--to", required=True)
    p.add_argument("--subject", default="")
    p.add_argument("--body-file")
    p.add_argument("--attach")
    p.add_argument("--eml")
    a = p.parse_args()

    ctx = None
    if a.security != "none":
        ctx = ssl.create_default_context(cafile=a.ca_file)
    if a.security == "tls":
        s = smtplib.SMTP_SSL("127.0.0.1", a.port, context=ctx, timeout=120)
    else:
        s = smtplib.SMTP("127.0.0.1", a.port, timeout=120)
    s.ehlo()
    if a.security == "starttls":
        s.starttls(context=ctx)
        s.ehlo()
    if a.user:
        s.login(a.user, a.password)

    if a.eml:
        files = [a.eml]
        if os.path.isdir(a.eml):
            files = [os.path.join(a.eml, f) for f in sorted(os.listdir(a.eml))]
        for f in files:
            with open(f, "rb") as fh:
                s.sendmail(a.sender, [a.to], fh.read())
    else:
        m = EmailMessage()
        m["From"] = a.sender
        m["To"] = a.to
        m["Subject"] = a.subject
        body = ""
        if a.body_file:
            with open(a.body_file, encoding="utf-8") as fh:
                body = fh.read()
        m.set_content(body)
        if a.attach:
            ctype = mimetypes.guess_type(a.attach)[0] or "application/octet-stream"
            maintype, subtype = ctype.split("/", 1)
            with open(a.attach, "rb") as fh:
                m.add_attachment(fh.read(), maintype=maintype, subtype=subtype,
                                 filename=os.path.basename(a.attach))
        s.send_message(m)
    s.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
