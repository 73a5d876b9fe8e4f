#!/usr/bin/env python3
"""A loopback web server for Octavo's fetch tests (standard library only).

Serves real pages from the shared corpus with their images replaced by small real PNG files,
plus the awkward cases: redirects, gzip, errors, 429 with Retry-After, slow and endless
responses, an ETag/304 pair, private-network images. Prints its port on the first line of
stdout, then serves until its standard input ends (the test closed it, or died). Every request is logged; GET /_log returns the log as JSON.
"""
import argparse, gzip, json, os, re, struct, sys, threading, time, zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit, parse_qs, quote

LOG, LOCK, COUNTS = [], threading.Lock(), {}


def png(seed):
    """A real 8x8 RGB PNG whose colour depends on `seed` (distinct images, distinct bytes)."""
    h = zlib.crc32(seed.encode())
    pixel = bytes([h & 255, (h >> 8) & 255, (h >> 16) & 255])
    raw = b"".join(b"\x00" + pixel * 8 for _ in range(8))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 8, 8, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


IMG = re.compile(r"<img\b[^>]*>", re.I | re.S)
SOURCE = re.compile(r"<source\b[^>]*>", re.I | re.S)


def with_served_images(html, article):
    """Each <img> of the page gets src="/img/ARTICLE/N.png" and loses srcset and lazy attributes."""
    counter = [0]
    def replace(match):
        counter[0] += 1
        tag = re.sub(r"\s(src|srcset|data-[\w-]+|loading|sizes)\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", "", match.group(0), flags=re.I)
        return tag[:4] + ' src="/img/%s/%d.png"' % (quote(article), counter[0]) + tag[4:]
    return SOURCE.sub("", IMG.sub(replace, html))


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    corpus = ""
    latency = 0.0

    def log_message(self, *args):
        pass

    def send(self, status, body=b"", kind="text/html; charset=utf-8", headers=()):
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        for name, value in headers:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        with LOCK:
            LOG.append({"path": url.path, "query": url.query, "inm": self.headers.get("If-None-Match"),
                        "ua": self.headers.get("User-Agent")})
        if self.latency:
            time.sleep(self.latency)
        parts = url.path.strip("/").split("/")
        route = getattr(self, "route_" + parts[0].replace("-", "_").lstrip("_"), None) if parts[0] else None
        if route is None:
            return self.send(404, b"<p>not found</p>")
        route(parts[1:], query)

    def route_log(self, parts, query):
        with LOCK:
            self.send(200, json.dumps(LOG).encode(), "application/json")

    def route_article(self, parts, query):
        name = "/".join(parts)
        base = os.path.join(self.corpus, name)
        path = os.path.join(base, "source.html") if os.path.isdir(base) else base
        if not os.path.isfile(path) or ".." in name:
            return self.send(404, b"no such article")
        with open(path, encoding="utf-8", errors="replace") as f:
            html = with_served_images(f.read(), name)
        headers = [("Cache-Control", "max-age=%s" % query["max-age"])] if "max-age" in query else []
        self.send(200, html.encode(), headers=headers)

    def route_bench(self, parts, query):
        """A generated benchmark page (CORPUS/html/NAME) with its images replaced by `images` real
        PNG files after the first paragraph of its story; pages and their images may be cached for an hour."""
        name = "/".join(parts)
        path = os.path.join(self.corpus, "html", name)
        if ".." in name or not os.path.isfile(path):
            return self.send(404, b"no such page")
        with open(path, encoding="utf-8") as f:
            html = re.sub(r"<noscript>.*?</noscript>", "", IMG.sub("", f.read()), flags=re.S)
        figures = "".join('<figure><img src="/img/bench/%s/%d.png?max-age=3600" alt="Figure %d"><figcaption>Figure %d'
                          '</figcaption></figure>' % (quote(name), n, n, n) for n in range(1, int(query.get("images", "3")) + 1))
        start = html.find("</p>", html.find('class="story-body"'))
        html = html[:start + 4] + figures + html[start + 4:] if start >= 0 else html
        self.send(200, html.encode(), headers=[("Cache-Control", "max-age=3600")])

    def route_img(self, parts, query):
        headers = [("Cache-Control", "max-age=%s" % query["max-age"])] if "max-age" in query else []
        self.send(200, png("/".join(parts)), "image/png", headers)

    def route_page(self, parts, query):
        """A small page whose images are the `img` query values (comma separated, absolute URLs)."""
        images = "".join('<p><img src="%s" alt="Picture %d"></p>' % (src, i + 1)
                         for i, src in enumerate(filter(None, query.get("img", "").split(","))))
        body = ("<!doctype html><html lang=en><head><title>%s</title></head><body><article><h1>%s</h1>"
                "<p>A page made for a test, with enough words in it to be an article of its own.</p>%s"
                "</article></body></html>") % (query.get("title", "Test page"), query.get("title", "Test page"), images)
        self.send(200, body.encode())

    def route_redirect(self, parts, query):
        hops = int(parts[0]) if parts else 1
        target = "/redirect/%d?%s" % (hops - 1, self.query_rest()) if hops > 1 else query.get("to", "/page")
        self.send(302, b"", headers=[("Location", target)])

    def query_rest(self):
        return urlsplit(self.path).query

    def route_loop(self, parts, query):
        self.send(302, b"", headers=[("Location", "/loop")])

    def route_gzip(self, parts, query):
        body = b"<html><head><title>Compressed</title></head><body><article><h1>Compressed</h1><p>" + b"Squeezed words. " * 200 + b"</p></article></body></html>"
        if "gzip" not in (self.headers.get("Accept-Encoding") or ""):
            return self.send(406, b"gzip expected")
        self.send(200, gzip.compress(body), headers=[("Content-Encoding", "gzip")])

    def route_status(self, parts, query):
        self.send(int(parts[0]), b"<p>status page</p>")

    def route_busy(self, parts, query):
        """429 (with Retry-After) for the first `times` requests of `key`, then a page."""
        key, times = query.get("key", "busy"), int(query.get("times", "1"))
        with LOCK:
            COUNTS[key] = COUNTS.get(key, 0) + 1
            count = COUNTS[key]
        if count <= times:
            return self.send(int(query.get("status", "429")), b"busy", headers=[("Retry-After", query.get("after", "0"))])
        self.route_page([], {"title": "After waiting"})

    def route_slow(self, parts, query):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", "100000")
        self.end_headers()
        try:
            for _ in range(100000):
                self.wfile.write(b" ")
                self.wfile.flush()
                time.sleep(2)
        except OSError:
            pass

    def route_endless(self, parts, query):
        self.send_response(200)
        self.send_header("Content-Type", query.get("type", "text/html"))
        self.send_header("Connection", "close")
        self.end_headers()
        try:
            while True:
                self.wfile.write(b"<p>more</p>" * 1000)
        except OSError:
            pass

    def route_tagged(self, parts, query):
        if self.headers.get("If-None-Match") == '"v1"':
            self.send_response(304)
            self.send_header("ETag", '"v1"')
            self.end_headers()
            return
        body = b"<html><head><title>Tagged page</title></head><body><article><h1>Tagged page</h1><p>Words that do not change between runs of the test.</p></article></body></html>"
        self.send(200, body, headers=[("ETag", '"v1"')])

    def route_picture(self, parts, query):
        self.send(200, b"<html><body>not a picture</body></html>") if parts and parts[0] == "html" else \
            self.send(200, png("picture"), "image/png")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bind", default="127.0.0.1")
    parser.add_argument("--corpus", default=".")
    parser.add_argument("--latency", type=float, default=0.0)
    args = parser.parse_args()
    Handler.corpus, Handler.latency = args.corpus, args.latency
    ThreadingHTTPServer.request_queue_size = 128  # the default, 5, drops connections a client opens at once
    server = ThreadingHTTPServer((args.bind, 0), Handler)
    server.daemon_threads = True
    print(server.server_address[1], flush=True)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    sys.stdin.buffer.read()
    os._exit(0)


if __name__ == "__main__":
    main()
