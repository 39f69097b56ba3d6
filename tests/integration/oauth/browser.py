#!/usr/bin/env python3
"""A scripted browser for the sign-in tests: what the desktop's URL handler opens, run as a program.

    browser.py URL

Follows redirects with cookies and submits each page's first form (filling the login form with the test
user) until the provider redirects to Stamp's loopback listener (the redirect_uri in URL), then delivers
that redirect to Stamp, as a browser would. BROWSER_MODE changes one thing:
  normal        as above
  wrong-state   delivers the redirect with another state value (a forged answer)
  bad-pkce      replaces the code_challenge in URL before starting (a verifier that will not match)
  device        URL is a device verification page: confirm the code, log in, stop at the final page
Every loop is bounded; exits 0 when it delivered (or finished the device pages), 1 otherwise.
"""
import base64
import hashlib
import html.parser
import http.cookiejar
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

USER = "ann@example.test"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class FormParser(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.forms = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form":
            self.forms.append({"action": a.get("action", ""), "method": a.get("method", "get"), "fields": []})
        elif tag == "input" and self.forms and a.get("name"):
            self.forms[-1]["fields"].append((a["name"], a.get("value") or ""))


def main():
    url = sys.argv[1]
    mode = os.environ.get("BROWSER_MODE", "normal")
    query = urllib.parse.parse_qs(urllib.parse.urlsplit(url).query)
    callback = (query.get("redirect_uri") or [""])[0]
    if mode == "bad-pkce":
        other = base64.urlsafe_b64encode(hashlib.sha256(b"not the verifier").digest()).rstrip(b"=").decode()
        url = re.sub(r"code_challenge=[^&]*", "code_challenge=" + other, url)
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect)
    data = None
    for _ in range(25):
        if callback and url.startswith(callback):
            if mode == "wrong-state":
                url = re.sub(r"state=[^&]*", "state=forged-by-someone-else", url)
            try:
                with urllib.request.urlopen(url, timeout=20) as r:
                    r.read()
            except urllib.error.HTTPError as e:  # Stamp answers a forged redirect with 404
                print(f"browser.py: Stamp answered {e.code}", file=sys.stderr)
            return 0
        req = urllib.request.Request(url, data=data)
        try:
            resp = opener.open(req, timeout=20)
            status, headers, body = resp.status, resp.headers, resp.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as e:
            status, headers, body = e.code, e.headers, e.read().decode("utf-8", "replace")
        data = None
        if 300 <= status < 400:
            url = urllib.parse.urljoin(url, headers["Location"])
            continue
        parser = FormParser()
        parser.feed(body)
        if not parser.forms:
            print(f"browser.py: stopped at a page without a form ({status})", file=sys.stderr)
            return 0 if mode == "device" and status == 200 else 1
        form = parser.forms[0]
        fields = [(k, USER if k == "login" else "any password" if k == "password" else v) for k, v in form["fields"]]
        url = urllib.parse.urljoin(url, form["action"])
        data = urllib.parse.urlencode(fields).encode()
    print("browser.py: too many steps", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
