#!/usr/bin/env python3
# SPDX-License-Identifier: ISC
"""A tiny Graph Store Protocol server for push tests, on 127.0.0.1 only.

usage: fake_gsp.py PORTFILE MODE
MODE: ok (PUT replaces, POST adds), 401, 500 (always), flaky (500 twice,
then ok), slow (sleeps 30 s before answering).  Each graph is kept as a
list of N-Triples lines; GET /dump answers "graph<TAB>count" lines and
GET /log the requests seen.  Writes its port to PORTFILE when ready.
"""
import http.server
import sys
import time
import urllib.parse

MODE = sys.argv[2]
GRAPHS = {}
LOG = []
FAILS = {"n": 0}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, code, text):
        body = text.encode()
        self.send_response(code)
        if code == 401:
            self.send_header("WWW-Authenticate", 'Basic realm="gsp"')
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def graph(self):
        q = urllib.parse.parse_qs(urllib.parse.urlparse(self.path).query,
                                  keep_blank_values=True)
        return q["graph"][0] if "graph" in q else "DEFAULT"

    def do_GET(self):
        if self.path.startswith("/dump"):
            self.answer(200, "".join("%s\t%d\n" % (g, len(t))
                                     for g, t in sorted(GRAPHS.items())))
        else:
            self.answer(200, "".join(l + "\n" for l in LOG))

    def write(self, replace):
        n = int(self.headers.get("Content-Length", "0"))
        body = self.rfile.read(n).decode()
        LOG.append("%s %s %s auth=%s" % (self.command, self.graph(),
                   self.headers.get("Content-Type"),
                   "yes" if self.headers.get("Authorization") else "no"))
        if MODE == "401":
            return self.answer(401, "Unauthorized: bad credentials for graph store")
        if MODE == "500" or (MODE == "flaky" and FAILS["n"] < 2):
            FAILS["n"] += 1
            return self.answer(500, "Transaction deadlocked")
        if MODE == "slow":
            time.sleep(30)
        lines = [l for l in body.split("\n") if l.strip()]
        if replace:
            GRAPHS[self.graph()] = lines
        else:
            GRAPHS.setdefault(self.graph(), []).extend(lines)
        self.answer(201, "")

    def do_PUT(self):
        self.write(True)

    def do_POST(self):
        self.write(False)


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
with open(sys.argv[1], "w") as f:
    f.write(str(server.server_address[1]))
server.serve_forever()
