#!/usr/bin/env python3
"""Checks Qt Linguist .ts files; exits 1 and names every fault it finds.

  check-ts.py FILE.ts...                                          checks the files as they are
  check-ts.py --lupdate LUPDATE --project JSON --copy-to DIR FILE.ts...
      copies the files into DIR, runs lupdate on the project (whose "translations" are those copies, without
      -no-obsolete) and checks the copies: a source string nobody translated yet, or one that left the
      sources, fails the check as well.

Faults: an unfinished entry (empty, or type="unfinished"); an obsolete one (type="obsolete" or "vanished");
a translation whose placeholders (%1..%99, %L1, %n, %Ln) are not exactly those of the source; a source with an
& accelerator whose translation has none. Whether two accelerators collide depends on which controls share a
window or a menu, which a .ts context does not tell (one context holds a window's menus, labels and buttons):
tests/ui/tst_accessibility checks that on the real windows, once per language. The source language (the file
whose language is English) need only fill in its plural forms.
"""
import argparse
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%L?(?:n|[1-9][0-9]?)")
ACCELERATOR = re.compile(r"&(.)")


def placeholders(text):
    return sorted(set(PLACEHOLDER.findall(text)))


def accelerator(text):
    """The accelerator letter (lower case) of a widget text, or None; "&&" is a literal ampersand."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] == "&":
                i += 2
                continue
            if text[i + 1].isspace():
                return None
            return text[i + 1].lower()
        i += 1
    return None


def check_file(path):
    faults = []
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as e:
        return [f"{path}: cannot read: {e}"]
    language = root.get("language") or ""
    source_language = language.split("_")[0].lower() == "en"
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            where = f"{os.path.basename(path)}: [{name}] \"{source}\""
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                faults.append(f"{where}: obsolete (no longer in the sources)")
                continue
            numerus = message.get("numerus") == "yes"
            forms = ([f.text or "" for f in translation.iter("numerusform")] if numerus
                     else [translation.text or ""]) if translation is not None else [""]
            unfinished = kind == "unfinished" or not forms or any(not f for f in forms)
            if unfinished:
                if not source_language or numerus:
                    faults.append(f"{where}: unfinished")
                continue
            for form in forms:
                if placeholders(form) != placeholders(source):
                    faults.append(f"{where}: placeholders {placeholders(source)} became {placeholders(form)} "
                                  f"in \"{form}\"")
            source_key = accelerator(source)
            for form in set(forms):
                key = accelerator(form)
                if source_key and not key:
                    faults.append(f"{where}: the accelerator &{source_key} is missing in \"{form}\"")
    return faults


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--lupdate")
    parser.add_argument("--project")
    parser.add_argument("--copy-to")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    files = args.files
    if args.lupdate:
        if not (args.project and args.copy_to):
            parser.error("--lupdate needs --project and --copy-to")
        os.makedirs(args.copy_to, exist_ok=True)
        copies = []
        for f in files:
            copy = os.path.join(args.copy_to, os.path.basename(f))
            shutil.copyfile(f, copy)
            copies.append(copy)
        run = subprocess.run([args.lupdate, "-silent", "-project", args.project], capture_output=True, text=True)
        if run.returncode != 0:
            sys.stderr.write(run.stdout + run.stderr)
            print(f"lupdate failed with exit code {run.returncode}")
            return 1
        files = copies
    faults = [fault for f in files for fault in check_file(f)]
    for fault in faults:
        print(fault)
    if faults:
        print(f"{len(faults)} translation fault(s)")
        return 1
    print(f"{len(files)} translation file(s) complete and consistent")
    return 0


if __name__ == "__main__":
    sys.exit(main())
