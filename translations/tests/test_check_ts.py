#!/usr/bin/env python3
"""Proves translations/check-ts.py catches each fault it claims to, on small broken samples (samples/), and
passes a correct file; with --lupdate, also that a new source string nobody translated fails, and a string
that left the sources fails as obsolete."""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
CHECK = os.path.join(HERE, "..", "check-ts.py")
SAMPLES = os.path.join(HERE, "samples")
LUPDATE = None


def check(*args):
    run = subprocess.run([sys.executable, CHECK, *args], capture_output=True, text=True, timeout=120)
    return run.returncode, run.stdout + run.stderr


class Samples(unittest.TestCase):
    def expect_pass(self, name):
        code, out = check(os.path.join(SAMPLES, name))
        self.assertEqual(code, 0, out)

    def expect_fault(self, name, words):
        code, out = check(os.path.join(SAMPLES, name))
        self.assertEqual(code, 1, out)
        self.assertIn(words, out)
        self.assertIn("1 translation fault(s)", out, "exactly the planted fault, nothing else")

    def test_good(self):
        self.expect_pass("good.ts")

    def test_source_language_needs_only_plurals(self):
        self.expect_pass("source-language-ok.ts")
        self.expect_fault("source-language-plural-unfinished.ts", '"%n attachment(s)": unfinished')

    def test_unfinished(self):
        self.expect_fault("unfinished.ts", '"Subject": unfinished')
        self.expect_fault("empty.ts", '"Subject": unfinished')
        self.expect_fault("plural-unfinished.ts", '"%n recipient(s)": unfinished')

    def test_obsolete(self):
        self.expect_fault("obsolete.ts", '"Old": obsolete')
        self.expect_fault("vanished.ts", '"Old": obsolete')

    def test_placeholders(self):
        self.expect_fault("placeholder-dropped.ts", "placeholders ['%1', '%2'] became ['%1']")
        self.expect_fault("placeholder-changed.ts", "placeholders ['%L1'] became ['%1']")
        self.expect_fault("placeholder-renumbered.ts", "placeholders ['%1', '%2'] became ['%1', '%3']")
        self.expect_fault("plural-dropped.ts", "placeholders ['%n'] became [] in \"ein Empfänger\"")

    def test_accelerators(self):
        self.expect_fault("accelerator-dropped.ts", "the accelerator &q is missing")

    def test_every_sample_is_used(self):
        # A sample added without a test proves nothing: each file here is named in a test above.
        with open(__file__, encoding="utf-8") as f:
            source = f.read()
        for name in os.listdir(SAMPLES):
            self.assertIn(f'"{name}"', source, name)


class AfterLupdate(unittest.TestCase):
    """The check as the build runs it: lupdate into a copy, then check the copy."""

    def setUp(self):
        self.assertTrue(LUPDATE, "run with --lupdate PATH (ctest does)")

    def run_with(self, code_lines, ts_messages):
        with tempfile.TemporaryDirectory() as tmp:
            src = os.path.join(tmp, "widget.cpp")
            with open(src, "w", encoding="utf-8") as f:
                f.write("#include <QCoreApplication>\nvoid f() {\n")
                for line in code_lines:
                    f.write(f'    QCoreApplication::translate("Widget", "{line}");\n')
                f.write("}\n")
            ts = os.path.join(tmp, "stamp_de.ts")
            with open(ts, "w", encoding="utf-8") as f:
                f.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="de_DE">\n'
                        "<context>\n    <name>Widget</name>\n")
                for source, translation in ts_messages:
                    f.write(f"    <message>\n        <source>{source}</source>\n"
                            f"        <translation>{translation}</translation>\n    </message>\n")
                f.write("</context>\n</TS>\n")
            copies = os.path.join(tmp, "check")
            project = os.path.join(tmp, "project.json")
            with open(project, "w", encoding="utf-8") as f:
                json.dump({"projectFile": os.path.join(tmp, "CMakeLists.txt"), "includePaths": [],
                           "sources": [src], "translations": [os.path.join(copies, "stamp_de.ts")]}, f)
            code, out = check("--lupdate", LUPDATE, "--project", project, "--copy-to", copies, ts)
            with open(ts, encoding="utf-8") as f:
                self.assertNotIn("unfinished", f.read(), "the committed file is never touched")
            return code, out

    def test_complete(self):
        code, out = self.run_with(["Send"], [("Send", "Senden")])
        self.assertEqual(code, 0, out)

    def test_new_source_string_fails(self):
        code, out = self.run_with(["Send", "Discard"], [("Send", "Senden")])
        self.assertEqual(code, 1, out)
        self.assertIn('[Widget] "Discard": unfinished', out)

    def test_removed_source_string_fails(self):
        code, out = self.run_with(["Send"], [("Send", "Senden"), ("Old", "Alt")])
        self.assertEqual(code, 1, out)
        self.assertIn('[Widget] "Old": obsolete', out)


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--lupdate")
    args, rest = parser.parse_known_args()
    if args.lupdate:
        LUPDATE = args.lupdate
    unittest.main(argv=[sys.argv[0], *rest], verbosity=2)
