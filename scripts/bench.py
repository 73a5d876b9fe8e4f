#!/usr/bin/env python3
"""Octavo's speed envelope, measured side by side with its baselines in one run.

    scripts/bench.py OCTAVO [--out bench-out] [--only KEY ...]

Generates the deterministic corpus with ../shared/bench/gen_corpus.py (200 articles as Markdown,
web pages and transcripts, a 20 MB Markdown file and a 20 MB transcript), and for the `images`
case 600 photographs and charts of 2–5 megapixels made with the `vips` command from fixed seeds
(scripts/bench_photos.py), then runs each case. The web case serves the 200 pages, with three
images each, from the test web server (Tests/OctavoFetchTests/Support/web_server.py) on four
loopback addresses, 50 ms per request.
Within a case octavo and its baseline take their runs in turns, so a slow spell of the shared
machine falls on both alike. The figure is CPU time (user + system, from wait4 on the process)
unless the row says wall time; each row prints its target and whether it holds, and the table
ends as Markdown (for docs/benchmarks.md) and as OUT/results.json. Speed is measured here only,
never in unit tests.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

import bench_photos

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(os.path.dirname(ROOT), "shared", "bench", "gen_corpus.py")
CMARK_GFM = ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist",
             "-e", "footnotes"]


class Run:
    """One run of a command: wall and CPU seconds, peak resident memory in MB."""
    def __init__(self, argv, cwd=None):
        with tempfile.TemporaryFile() as errors:
            start = time.perf_counter()
            process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=errors, cwd=cwd)
            _, status, usage = os.wait4(process.pid, 0)
            self.wall = time.perf_counter() - start
            self.cpu = usage.ru_utime + usage.ru_stime
            self.peak_mb = usage.ru_maxrss / 1024  # kilobytes on Linux
            if os.waitstatus_to_exitcode(status) != 0:
                errors.seek(0)
                message = errors.read().decode(errors="replace")[-400:]
                sys.exit(f"bench: {' '.join(argv[:4])}… failed: {message}")


def in_turns(commands, before=None):
    """Runs commands given as (argv, times), round by round: round k runs each command that has a
    k-th time. `before(argv)` runs untimed ahead of each run. Returns each command's runs."""
    runs = [[] for _ in commands]
    for round_number in range(max(times for _, times in commands)):
        for index, (argv, times) in enumerate(commands):
            if round_number < times:
                if before: before(argv)
                runs[index].append(Run(argv))
    return runs


def median(runs, figure):
    return statistics.median(getattr(run, figure) for run in runs)


class WebServer:
    """The test web server on `address`, serving the generated pages of `corpus`; it stops when
    its standard input is closed."""
    SCRIPT = os.path.join(ROOT, "Tests", "OctavoFetchTests", "Support", "web_server.py")

    def __init__(self, address, corpus, latency):
        self.address = address
        self.process = subprocess.Popen([sys.executable, self.SCRIPT, "--bind", address, "--corpus", corpus,
                                         "--latency", str(latency)], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        self.port = int(self.process.stdout.readline())

    def url(self, path):
        return f"http://{self.address}:{self.port}{path}"

    def stop(self):
        self.process.stdin.close()
        self.process.wait(timeout=10)


class Table:
    def __init__(self):
        self.rows = []

    def add(self, case, octavo, baseline, ratio, target, holds):
        """A row; `ratio` is None where the target is an absolute figure."""
        row = {"case": case, "octavo": octavo, "baseline": baseline,
               "ratio": None if ratio is None else round(ratio, 2), "target": target, "holds": holds}
        self.rows.append(row)
        print(f"  {case}: {octavo}; {baseline}; {self.ratio(row)}; target {target}: "
              + ("holds" if holds else "MISSED"), flush=True)

    @staticmethod
    def ratio(row):
        return "—" if row["ratio"] is None else f"{row['ratio']:.2f}×"

    def markdown(self):
        lines = ["| case | octavo | baseline | ratio | target | holds |", "|---|---|---|---|---|---|"]
        for r in self.rows:
            lines.append(f"| {r['case']} | {r['octavo']} | {r['baseline']} | {self.ratio(r)} | "
                         f"{r['target']} | {'✓' if r['holds'] else '✗'} |")
        return "\n".join(lines)


class Bench:
    def __init__(self, octavo, corpus, scratch):
        self.octavo, self.corpus, self.scratch = octavo, corpus, scratch
        self.table = Table()
        self.big_md = os.path.join(corpus, "big", "big.md")
        self.big_transcript = os.path.join(corpus, "big", "big-transcript.txt")
        self.md_dir, self.html_dir = os.path.join(corpus, "md"), os.path.join(corpus, "html")

    def files(self, folder):
        return sorted(os.path.join(folder, name) for name in os.listdir(folder))

    def versus_cmark(self, case, octavo_argv, cmark_argv, source, limit, memory_limit=None):
        """octavo's CPU time against cmark-gfm's on the same bytes, median of three each."""
        octavo, cmark = in_turns([(octavo_argv, 3), (cmark_argv, 3)])
        ratio = median(octavo, "cpu") / median(cmark, "cpu")
        self.table.add(case, f"{median(octavo, 'cpu'):.2f} s", f"cmark-gfm {median(cmark, 'cpu'):.2f} s",
                       ratio, f"≤ {limit}× cmark-gfm", ratio <= limit)
        if memory_limit:
            size_mb = os.path.getsize(source) / 2**20
            peak = max(run.peak_mb for run in octavo)
            self.table.add(f"{case}, peak memory", f"{peak:.0f} MB", f"input {size_mb:.0f} MB", peak / size_mb,
                           f"≤ {memory_limit}× input", peak / size_mb <= memory_limit)

    def md_text(self):
        self.versus_cmark("Markdown → text, 20 MB", [self.octavo, "convert", self.big_md, "-t", "text", "-o", "/dev/null"],
                          CMARK_GFM + [self.big_md], self.big_md, 2.5, memory_limit=25)

    def transcript(self):
        self.versus_cmark("Transcript → text, 20 MB",
                          [self.octavo, "convert", self.big_transcript, "-f", "transcript", "-t", "text", "-o", "/dev/null"],
                          ["cmark-gfm", self.big_transcript], self.big_transcript, 5)

    def versus_pandoc(self, case, reader, folder, limit):
        """A compilation of every file in `folder` into one EPUB; pandoc runs once (it takes a
        minute), octavo three times around it."""
        files = self.files(folder)
        octavo_argv = [self.octavo, "convert", *files, "--title", "Bench", "--resource-path", self.corpus,
                       "-o", os.path.join(self.scratch, "octavo.epub")]
        pandoc_argv = ["pandoc", "-f", reader, "--toc", f"--resource-path={folder}", "--metadata", "title=Bench",
                       *files, "-o", os.path.join(self.scratch, "pandoc.epub")]
        octavo, pandoc = in_turns([(octavo_argv, 3), (pandoc_argv, 1)])
        ratio = median(pandoc, "cpu") / median(octavo, "cpu")
        self.table.add(case, f"{median(octavo, 'cpu'):.2f} s", f"pandoc {median(pandoc, 'cpu'):.1f} s", ratio,
                       f"pandoc ≥ {limit}× octavo", ratio >= limit)

    def md_epub(self):
        self.versus_pandoc("200 Markdown files → one EPUB", "markdown", self.md_dir, 30)

    def html_epub(self):
        # pandoc reads the pages as html+raw_html: plain html makes it wait on iframe downloads.
        self.versus_pandoc("200 web pages → one EPUB", "html+raw_html", self.html_dir, 50)

    def batch(self):
        """Wall time, as the case is about using both cores: `--jobs 1` against `--jobs 2`,
        median of ten runs each. Each run writes into a folder emptied (untimed) just before."""
        def argv(jobs):
            return [self.octavo, "batch", self.md_dir, "-t", "html", "-o", os.path.join(self.scratch, f"batch{jobs}"),
                    "--jobs", str(jobs), "--quiet"]
        def empty_output(argv):
            shutil.rmtree(argv[argv.index("-o") + 1], ignore_errors=True)
        one, two = in_turns([(argv(1), 10), (argv(2), 10)], before=empty_output)
        ratio = median(one, "wall") / median(two, "wall")
        self.table.add("batch, 200 Markdown files (wall)", f"`--jobs 2` {median(two, 'wall'):.3f} s",
                       f"`--jobs 1` {median(one, 'wall'):.3f} s", ratio, "`--jobs 2` ≥ 1.5× faster", ratio >= 1.5)

    def images(self):
        """The 200 articles with 3 photographs or charts each (600 images of 2–5 MP) as one EPUB:
        octavo's CPU and wall time against `vipsthumbnail` making the same images fit the same
        box (1600x2400, JPEG quality 85, metadata stripped), one run each in turns, twice."""
        folder = bench_photos.make(self.corpus, self.md_dir)
        articles = sorted(os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".md"))
        pictures = bench_photos.pictures(folder)
        book, kept = os.path.join(self.scratch, "photos.epub"), os.path.join(self.scratch, "photos-kept.epub")
        octavo_argv = [self.octavo, "convert", *articles, "--title", "Bench photos", "-o", book]
        thumbs = os.path.join(self.scratch, "thumbs")
        os.makedirs(thumbs, exist_ok=True)
        jpegs = [p for p in pictures if p.endswith(".jpg")]
        pngs = [p for p in pictures if p.endswith(".png")]
        thumbnail = ["vipsthumbnail", "--size", "1600x2400"]
        jpeg_argv = thumbnail + ["-o", os.path.join(thumbs, "%s.jpg[Q=85,strip,optimize_coding]"), *jpegs]
        png_argv = thumbnail + ["-o", os.path.join(thumbs, "%s.png[strip]"), *pngs]
        octavo, jpeg, png = in_turns([(octavo_argv, 2), (jpeg_argv, 2), (png_argv, 2)])
        vips_cpu = median(jpeg, "cpu") + median(png, "cpu")
        vips_wall = median(jpeg, "wall") + median(png, "wall")
        ratio = median(octavo, "cpu") / vips_cpu
        self.table.add("200 articles, 600 images of 2–5 MP → one EPUB", f"{median(octavo, 'cpu'):.1f} s",
                       f"vipsthumbnail {vips_cpu:.1f} s", ratio, "≤ 2× vipsthumbnail", ratio <= 2)
        wall_ratio = median(octavo, "wall") / vips_wall
        self.table.add("the same (wall)", f"{median(octavo, 'wall'):.1f} s", f"vipsthumbnail {vips_wall:.1f} s",
                       wall_ratio, "≤ 2× vipsthumbnail", wall_ratio <= 2)
        Run([self.octavo, "convert", *articles, "--title", "Bench photos", "--keep-images", "-o", kept])
        mb = lambda *paths: sum(os.path.getsize(p) for p in paths) / 1e6
        peak = max(run.peak_mb for run in octavo)
        self.table.add("the same, sizes", f"EPUB {mb(book):.0f} MB (octavo's peak memory {peak:.0f} MB)",
                       f"images {mb(*pictures):.0f} MB, EPUB with `--keep-images` {mb(kept):.0f} MB",
                       mb(book) / mb(kept), "smaller than the originals", mb(book) < mb(kept))

    def web(self):
        """Wall time of 200 URLs (three images each, 50 ms per request, from 127.0.0.1–4) → one
        EPUB: octavo against pandoc given the same URLs, one run each (pandoc fetches one URL at a
        time), then octavo again with a cache filled by an untimed run, which needs no request."""
        servers = [WebServer(f"127.0.0.{n}", self.corpus, latency=0.05) for n in range(1, 5)]
        try:
            urls = [servers[i % 4].url(f"/bench/{name}") for i, name in enumerate(sorted(os.listdir(self.html_dir)))]
            book = ["--title", "Bench", "-o", os.path.join(self.scratch, "web.epub")]
            octavo = Run([self.octavo, "convert", *urls, "--allow-private-network", "--quiet", *book])
            pandoc = Run(["pandoc", "-f", "html+raw_html", "--toc", "--metadata", "title=Bench", *urls,
                          "-o", os.path.join(self.scratch, "pandoc-web.epub")])
            cache = ["--cache", os.path.join(self.scratch, "web-cache"), "--allow-private-network", "--quiet"]
            Run([self.octavo, "convert", *urls, *cache, *book])
            cached = in_turns([([self.octavo, "convert", *urls, *cache, *book], 3)])[0]
        finally:
            for server in servers: server.stop()
        ratio = pandoc.wall / octavo.wall
        self.table.add("200 URLs, 3 images each, 50 ms a request → one EPUB (wall)", f"{octavo.wall:.1f} s",
                       f"pandoc {pandoc.wall:.1f} s", ratio, "pandoc ≥ 5× octavo", ratio >= 5)
        ratio = octavo.wall / median(cached, "wall")
        self.table.add("the same with a filled `--cache` (wall)", f"{median(cached, 'wall'):.2f} s",
                       f"first run {octavo.wall:.1f} s", ratio, "≥ 20× faster than the first run", ratio >= 20)

    def startup(self):
        """Wall time of `octavo --version`, median of 50 runs, against the 15 ms target."""
        runs = in_turns([([self.octavo, "--version"], 50)])[0]
        ms = median(runs, "wall") * 1000
        self.table.add("start-up, `octavo --version` (wall)", f"{ms:.1f} ms", "—", None, "≤ 15 ms", ms <= 15)


CASES = ["md-text", "transcript", "md-epub", "html-epub", "batch", "images", "web", "startup"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("octavo")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench-out"))
    parser.add_argument("--only", nargs="+", choices=CASES, metavar="KEY", help="run only these cases: " + " ".join(CASES))
    args = parser.parse_args()

    corpus = os.path.join(args.out, "corpus")
    if not os.path.exists(os.path.join(corpus, "MANIFEST.sha256")):
        print(f"Generating the benchmark corpus in {corpus} …", flush=True)
        subprocess.run([sys.executable, GEN, corpus, "--articles", "200", "--big", "--big-mb", "20"], check=True)
    scratch = os.path.join(args.out, "scratch")
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)

    bench = Bench(os.path.abspath(args.octavo), corpus, scratch)
    for key in args.only or CASES:
        print(f"{key} …", flush=True)
        getattr(bench, key.replace("-", "_"))()

    print("\n" + bench.table.markdown())
    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(bench.table.rows, f, indent=2, sort_keys=True, ensure_ascii=False)
    shutil.rmtree(scratch, ignore_errors=True)
    if not all(row["holds"] for row in bench.table.rows):
        print("bench: some targets were missed", file=sys.stderr)


if __name__ == "__main__":
    main()
