#!/usr/bin/env python3
"""Log a demo operator into `crocevia serve --demo` for the API contract tests.

Usage: login.py BASE_URL SERVER_LOG WHO
WHO: a profession (front_office) or the start of an email (frontoffice); the login is
read from the demo server's output, as tests/browser/lib.mjs does. Enrolls the mandatory
TOTP second factor (demo operators start without one), so the session has passed it.
Prints three lines for the shell (values are URL-safe base64, no quoting needed):
  CROCEVIA_SESSION=...     the session cookie's value
  CROCEVIA_CSRF_COOKIE=... the CSRF cookie's value
  CROCEVIA_CSRF_TOKEN=...  the X-CSRF-Token of that cookie (unsafe methods need both)
Standard library only. Needs a fresh demo server: an operator enrolls TOTP once.
"""
import base64, hashlib, hmac, html, http.cookiejar, re, struct, sys, time
import urllib.parse, urllib.request

base, log, who = sys.argv[1].rstrip("/"), sys.argv[2], sys.argv[3]
email = password = None
for line in open(log, encoding="utf-8", errors="replace"):
    f = line.split()
    if len(f) == 3 and (f[0] == who or f[1].startswith(who + "@")):
        email, password = f[1], f[2]
        break
if not email:
    sys.exit(f"login.py: no demo login for {who!r} in {log}")

jar = http.cookiejar.CookieJar()
opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))

def get(path):
    with opener.open(base + path) as r:
        return r.geturl(), r.read().decode()

def post(path, fields):
    data = urllib.parse.urlencode(fields).encode()
    req = urllib.request.Request(base + path, data=data,
          headers={"Content-Type": "application/x-www-form-urlencoded"})
    with opener.open(req) as r:
        return r.geturl(), r.read().decode()

def csrf(page):
    m = re.search(r'name="csrf_token" value="([^"]+)"', page)
    if not m:
        sys.exit("login.py: no csrf_token in the form")
    return html.unescape(m.group(1))

def totp(key_b32, t):
    k = "".join(key_b32.split()).upper()
    key = base64.b32decode(k + "=" * (-len(k) % 8))
    mac = hmac.new(key, struct.pack(">Q", int(t) // 30), hashlib.sha1).digest()
    o = mac[-1] & 0xF
    return "%06d" % ((struct.unpack(">I", mac[o:o + 4])[0] & 0x7FFFFFFF) % 1000000)

_, page = get("/app/login")
url, page = post("/app/login", {"csrf_token": csrf(page), "email": email,
                                 "password": password, "next": "/app/"})
if "/app/account/totp" in url:
    key = html.unescape(re.search(r'data-testid="totp-key"[^>]*>([^<]+)<', page).group(1)).strip()
    url, page = post("/app/account/totp", {"csrf_token": csrf(page),
                                           "code": totp(key, time.time()), "next": "/app/"})
    if 'data-testid="recovery-codes"' not in page:
        sys.exit(f"login.py: TOTP enrollment failed (at {url})")
elif "/app/login/totp" in url:
    sys.exit("login.py: this operator already enrolled TOTP (use a fresh demo server)")
elif "/app/login" in url:
    sys.exit("login.py: password login refused")
cookies = {c.name.removeprefix("__Host-"): c.value for c in jar}
if "crocevia_session" not in cookies or "crocevia_csrf" not in cookies:
    sys.exit(f"login.py: missing cookies after login (have: {sorted(cookies)})")
print(f"CROCEVIA_SESSION={cookies['crocevia_session']}")
print(f"CROCEVIA_CSRF_COOKIE={cookies['crocevia_csrf']}")
print(f"CROCEVIA_CSRF_TOKEN={csrf(page)}")
