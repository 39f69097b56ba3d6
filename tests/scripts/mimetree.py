#!/usr/bin/python3
"""Reads a message file with Python's email package and prints its MIME tree as JSON, so that tests check
what Stamp writes against a parser that is not Stamp's own. Text parts are decoded to str, other parts
summarised by size and SHA-256; defects found anywhere are listed. Boundaries are left out: they are
random."""
import hashlib
import json
import sys
from email import policy
from email.parser import BytesParser


def walk(part, defects):
    defects.extend(type(d).__name__ for d in part.defects)
    node = {"type": part.get_content_type(),
            "params": {k: v for k, v in part.get_params(header="content-type")[1:] if k != "boundary"}}
    if part.is_multipart():
        node["parts"] = [walk(p, defects) for p in part.iter_parts()]
        return node
    node["cid"] = part.get("Content-ID")
    node["disposition"] = part.get_content_disposition()
    node["filename"] = part.get_filename()
    payload = part.get_payload(decode=True) or b""
    if part.get_content_maintype() == "text":
        node["text"] = payload.decode(part.get_content_charset() or "ascii").replace("\r\n", "\n")
    else:
        node["size"] = len(payload)
        node["sha256"] = hashlib.sha256(payload).hexdigest()
    return node


def main():
    with open(sys.argv[1], "rb") as f:
        msg = BytesParser(policy=policy.default).parse(f)
    defects = []
    tree = walk(msg, defects)
    plain = msg.get_body(preferencelist=("plain",))
    html = msg.get_body(preferencelist=("html",))
    out = {
        "tree": tree,
        "defects": defects,
        "headers": {k.lower(): str(v) for k, v in msg.items()},
        "bodyPlain": plain.get_content().replace("\r\n", "\n") if plain is not None else None,
        "bodyHtml": html.get_content().replace("\r\n", "\n") if html is not None else None,
        "attachments": [a.get_filename() for a in msg.iter_attachments()],
    }
    json.dump(out, sys.stdout)


main()
