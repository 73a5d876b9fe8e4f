#!/usr/bin/env python3
"""Octavo's benchmark: octavo side by side with pandoc and cmark-gfm on the same inputs.

    scripts/bench.py OCTAVO [--out bench-out] [--big-mb 20] [--only WORD ...]

Generates the deterministic corpus with ../shared/bench/gen_corpus.py, runs each case once per
tool (the fastest of several runs for the quick tools, taken in turns with the other tools of the
case), and prints wall time, peak memory and the
ratios the project's targets are stated in. Writes the same table as JSON to OUT/results.json.
Speed is measured here only, never in unit tests.
"""
import argparse
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GEN = os.path.join(os.path.dirname(ROOT), "shared", "bench", "gen_corpus.py")


def run_once(argv, stdout=subprocess.DEVNULL, cwd=None, before=None):
    """Runs argv once (calling `before()`, untimed, first); returns (wall seconds, CPU seconds
    (user + sys), peak RSS in MB, exit code). CPU time is the steadier figure on a loaded machine.
    The figures come from wait4 on the tool itself, as /usr/bin/time takes them, without
    starting /usr/bin/time (a millisecond that would count as the tool's)."""
    if before: before()
    with tempfile.TemporaryFile() as errors:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdout=stdout, stderr=errors, cwd=cwd)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        # ru_maxrss is in kilobytes on Linux; the times include the children it waited for.
        rss_mb, cpu = usage.ru_maxrss / 1024, usage.ru_utime + usage.ru_stime
        if proc.returncode != 0:
            errors.seek(0)
            message = errors.read().decode(errors="replace")[-400:]
            sys.stderr.write(f"  ! {' '.join(argv[:4])}… exited {proc.returncode}: {message}\n")
    return elapsed, cpu, rss_mb, proc.returncode


def measure(argv, stdout=subprocess.DEVNULL, cwd=None, repeat=1, before=None):
    """The fastest of `repeat` runs of argv (see run_once)."""
    return min((run_once(argv, stdout, cwd, before) for _ in range(repeat)), key=lambda run: run[0])


def set_aside(folder):
    """A `before` step that moves `folder` (the last run's output) aside, so that each run
    writes into a folder that does not exist yet; the caller removes the old ones later."""
    count = [0]
    def step():
        if os.path.exists(folder):
            count[0] += 1
            os.rename(folder, f"{folder}.old{count[0]}")
    return step


def shell(script, cwd=None):
    return ["bash", "-c", script]


class Bench:
    def __init__(self, octavo, out):
        self.octavo = octavo
        self.out = out
        self.rows = []

    def formats(self):
        listing = subprocess.run([self.octavo, "formats"], capture_output=True, text=True).stdout
        readers, writers, section = set(), set(), None
        for line in listing.splitlines():
            if line.startswith("Readers"): section = readers
            elif line.startswith("Writers"): section = writers
            elif section is not None and line.strip(): section.add(line.split()[0])
        return readers, writers

    def case(self, name, size_mb, runs, target=None):
        """runs: list of (tool, argv, repeat[, before]). The first is octavo; ratios are others /
        octavo. Each tool's figure is its fastest run."""
        print(f"\n## {name}  ({size_mb:.1f} MB input)")
        results, best, walls = {}, {}, {}
        # Side by side: round k runs every tool that has a k-th repeat, so a slow spell of the
        # machine falls on all of them alike instead of on whichever happened to run then.
        for round_number in range(max(run[2] for run in runs)):
            for tool, argv, repeat, *before in runs:
                if round_number < repeat:
                    run = run_once(argv, before=before[0] if before else None)
                    walls.setdefault(tool, []).append(run[0])
                    if tool not in best or run[0] < best[tool][0]: best[tool] = run
        for tool, *_ in runs:
            seconds, cpu, rss, code = best[tool]
            results[tool] = {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3), "peak_mb": round(rss, 1), "exit": code}
            print(f"  {tool:<32} {seconds:8.3f} s wall {cpu:8.3f} s cpu {rss:8.1f} MB peak" + ("" if code == 0 else f"   (exit {code})"))
        base, base_cpu = results[runs[0][0]]["seconds"], results[runs[0][0]]["cpu_seconds"]
        for tool, *_ in runs[1:]:
            ratio = results[tool]["seconds"] / base if base > 0 else float("inf")
            cpu_ratio = results[tool]["cpu_seconds"] / base_cpu if base_cpu > 0 else float("inf")
            results[tool]["ratio_vs_octavo"] = round(ratio, 2)
            results[tool]["cpu_ratio_vs_octavo"] = round(cpu_ratio, 2)
            print(f"  {tool} / octavo = {ratio:.2f}x wall, {cpu_ratio:.2f}x cpu")
            paired = paired_ratios(walls[tool], walls[runs[0][0]])
            if paired:
                # Each round's two runs follow each other, so their ratio is not moved by a slow
                # spell that the fastest runs of the two tools may fall on either side of.
                results[tool]["paired_ratio_median"] = round(paired[len(paired) // 2], 2)
                print(f"  {tool} / octavo, run by run: median {paired[len(paired) // 2]:.2f}x "
                      f"(middle half {paired[len(paired) // 4]:.2f}–{paired[3 * len(paired) // 4]:.2f}x, {len(paired)} rounds)")
        if target: print(f"  target: {target}")
        self.rows.append({"case": name, "input_mb": round(size_mb, 2), "results": results, "target": target})
        return results


def paired_ratios(walls, octavo_walls):
    """The sorted per-round ratios of a tool's wall times to octavo's, when both ran at least
    five rounds; else empty."""
    rounds = min(len(walls), len(octavo_walls))
    if rounds < 5: return []
    return sorted(walls[k] / octavo_walls[k] for k in range(rounds) if octavo_walls[k] > 0)


def folder_mb(path):
    total = 0
    for folder, _, files in os.walk(path):
        total += sum(os.path.getsize(os.path.join(folder, f)) for f in files)
    return total / 1e6


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("octavo")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench-out"))
    parser.add_argument("--big-mb", type=int, default=20)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--only", nargs="+", metavar="WORD",
                        help="run only the cases whose key has one of these words: md-text md-html html-text md-out transcript md-epub html-epub batch")
    args = parser.parse_args()

    def wanted(key):
        return not args.only or key in args.only

    octavo = os.path.abspath(args.octavo)
    corpus = os.path.join(args.out, "corpus")
    if not os.path.exists(os.path.join(corpus, "MANIFEST.sha256")):
        print(f"Generating the benchmark corpus in {corpus} …")
        subprocess.run([sys.executable, GEN, corpus, "--articles", str(args.articles), "--big",
                        "--big-mb", str(args.big_mb)], check=True)
    # The last run's outputs are moved aside now and deleted when this run ends, not before its
    # cases: on ext4 without a journal each new file skips every inode deleted in the last
    # minute or more, which slowed the batch case that wrote right after (docs/benchmarks.md).
    scratch = os.path.join(args.out, "scratch")
    trash = os.path.join(args.out, "trash")
    os.makedirs(trash, exist_ok=True)
    if os.path.exists(scratch):
        os.rename(scratch, os.path.join(trash, f"scratch-{os.getpid()}-{time.time_ns()}"))
    os.makedirs(scratch)
    bench = Bench(octavo, args.out)
    readers, writers = bench.formats()
    big_md = os.path.join(corpus, "big", "big.md")
    big_tr = os.path.join(corpus, "big", "big-transcript.txt")
    md_dir, html_dir, txt_dir = (os.path.join(corpus, d) for d in ("md", "html", "txt"))
    md_files = sorted(os.path.join(md_dir, f) for f in os.listdir(md_dir))
    html_files = sorted(os.path.join(html_dir, f) for f in os.listdir(html_dir))
    cmark = ["cmark-gfm", "-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "-e", "footnotes"]
    mb = os.path.getsize(big_md) / 1e6

    print(f"octavo: {octavo}\nreaders: {sorted(readers)}  writers: {sorted(writers)}")

    if "markdown" in readers and "text" in writers and wanted("md-text"):
        bench.case("Markdown → text, one big file", mb, [
            ("octavo md→text", [octavo, "convert", big_md, "-t", "text", "-o", "/dev/null"], 3),
            ("cmark-gfm md→html", cmark + [big_md], 3),
            ("pandoc md→plain", ["pandoc", "-f", "markdown", "-t", "plain", big_md, "-o", "/dev/null"], 1),
        ], target="octavo ≤ 2× cmark-gfm (cmark-gfm/octavo ≥ 0.5); pandoc/octavo ≥ 30; peak memory < 10× input")
    if "markdown" in readers and "html" in writers and wanted("md-html"):
        bench.case("Markdown → HTML, one big file", mb, [
            ("octavo md→html", [octavo, "convert", big_md, "-t", "html", "-o", "/dev/null"], 3),
            ("cmark-gfm md→html", cmark + [big_md], 3),
            ("pandoc md→html", ["pandoc", "-f", "markdown", "-t", "html", big_md, "-o", "/dev/null"], 1),
        ], target="octavo ≤ 2× cmark-gfm; pandoc/octavo ≥ 30")
    if "html" in readers and "text" in writers and wanted("html-text"):
        bench.case(f"HTML pages → text, {len(html_files)} pages", folder_mb(html_dir), [
            ("octavo html→text", [octavo, "convert", *html_files, "-t", "text", "-o", "/dev/null"], 3),
            ("pandoc html+raw_html→plain", ["pandoc", "-f", "html+raw_html", "-t", "plain", *html_files, "-o", "/dev/null"], 1),
        ], target="pandoc/octavo ≥ 30")
    if "html" in readers and "markdown" in writers and wanted("md-out"):
        bench.case(f"HTML pages → Markdown, {len(html_files)} pages", folder_mb(html_dir), [
            ("octavo html→markdown", [octavo, "convert", *html_files, "-t", "markdown", "-o", "/dev/null"], 3),
            ("pandoc html+raw_html→gfm", ["pandoc", "-f", "html+raw_html", "-t", "gfm", *html_files, "-o", "/dev/null"], 1),
        ], target="pandoc/octavo ≥ 30")
    if "html" in readers and "text" in writers and wanted("html-text"):
        print("  HTML reader linearity (one page's body repeated):")
        import re
        page = open(html_files[0], encoding="utf-8").read()
        body = re.sub(r"</?(html|body)[^>]*>", "", page)
        for n in (1, 4, 16, 64):
            part = os.path.join(scratch, f"page-x{n}.html")
            open(part, "w", encoding="utf-8").write("<html><body>" + body * n + "</body></html>")
            size = os.path.getsize(part) / 1e6
            seconds, cpu, rss, _ = measure([octavo, "convert", part, "-f", "html", "-t", "text", "-o", "/dev/null"], repeat=2)
            print(f"    {n:>3}x ({size:6.2f} MB): {seconds:7.3f} s wall, {cpu:7.3f} s cpu ({cpu / size * 1000:6.1f} ms/MB, {rss:7.1f} MB peak)")
    if "transcript" in readers and "text" in writers and wanted("transcript"):
        results = bench.case("Transcript → text, one big file", os.path.getsize(big_tr) / 1e6, [
            ("octavo transcript→text", [octavo, "convert", big_tr, "-f", "transcript", "-t", "text", "-o", "/dev/null"], 3),
            ("cmark-gfm parse same bytes", ["cmark-gfm", big_tr], 3),
        ], target="octavo ≤ 3× cmark-gfm (cmark-gfm/octavo ≥ 0.33)")
        print("  linearity:")
        data = open(big_tr, "rb").read()
        for size in (5, 10, 20):
            part = os.path.join(scratch, f"transcript-{size}mb.txt")
            cut = data[: size * 1_000_000]
            cut = cut[: cut.rfind(b"\n") + 1]
            open(part, "wb").write(cut)
            seconds, cpu, rss, _ = measure([octavo, "convert", part, "-f", "transcript", "-t", "text", "-o", "/dev/null"], repeat=2)
            print(f"    {size:>3} MB: {seconds:7.3f} s wall, {cpu:7.3f} s cpu ({cpu / size * 1000:6.1f} ms/MB, {rss:7.1f} MB peak)")
    if "markdown" in readers and "epub" in writers and wanted("md-epub"):
        book = os.path.join(scratch, "md-book.epub")
        bench.case(f"Markdown compilation → EPUB, {len(md_files)} articles", folder_mb(md_dir), [
            ("octavo md→epub", [octavo, "convert", *md_files, "--title", "Bench", "--resource-path", corpus, "-o", book], 3),
            ("pandoc md→epub --toc", ["pandoc", "-f", "markdown", "--toc", f"--resource-path={md_dir}",
                                     "--metadata", "title=Bench", *md_files, "-o", os.path.join(scratch, "pandoc-md.epub")], 1),
        ], target="pandoc/octavo ≥ 30; octavo peak ≤ ¼ of pandoc's")
    if "html" in readers and "epub" in writers and wanted("html-epub"):
        book = os.path.join(scratch, "html-book.epub")
        bench.case(f"HTML compilation → EPUB, {len(html_files)} pages", folder_mb(html_dir), [
            ("octavo html→epub", [octavo, "convert", *html_files, "--title", "Bench", "--resource-path", corpus, "-o", book], 3),
            ("pandoc html+raw_html→epub --toc", ["pandoc", "-f", "html+raw_html", "--toc", f"--resource-path={html_dir}",
                                                "--metadata", "title=Bench", *html_files, "-o", os.path.join(scratch, "pandoc-html.epub")], 1),
        ], target="pandoc/octavo ≥ 50; octavo peak ≤ ¼ of pandoc's")
    batch = subprocess.run([octavo, "batch", "--help"], capture_output=True).returncode == 0
    if batch and "markdown" in readers and "html" in writers and wanted("batch"):
        loop = "for f in " + " ".join(md_files) + f"; do pandoc -f markdown -t html \"$f\" -o {scratch}/pandoc-loop.html; done"
        bench.case(f"Batch Markdown → HTML, {len(md_files)} files", folder_mb(md_dir), [
            # Into a new, empty folder each time, as in CI. Not a folder of the last run's files:
            # replacing 200 files by rename makes ext4 flush each one first. Nor one emptied just
            # before: ext4 does not reuse an inode for a minute or more after its deletion, so each
            # new file scanned past all those the run before deleted (a third of the time, and in
            # the folder's lock, which two jobs then wait on). Old folders are moved aside and
            # removed when the run ends.
            ("octavo batch --jobs 2", [octavo, "batch", md_dir, "--to", "html", "--output", os.path.join(scratch, "b2"), "--jobs", "2", "--quiet"], 30,
             set_aside(os.path.join(scratch, "b2"))),
            ("octavo batch --jobs 1", [octavo, "batch", md_dir, "--to", "html", "--output", os.path.join(scratch, "b1"), "--jobs", "1", "--quiet"], 30,
             set_aside(os.path.join(scratch, "b1"))),
            ("pandoc shell loop", ["bash", "-c", loop], 1),
        ], target="jobs1/jobs2 ≥ 1.7; pandoc loop/octavo ≥ 30")

    with open(os.path.join(args.out, "results.json"), "w") as f:
        json.dump(bench.rows, f, indent=2, sort_keys=True)
    print(f"\nResults: {os.path.join(args.out, 'results.json')}")
    # Deleted last, and written back, so that a run started soon after skips them for a minute
    # at most (six while the deleted inodes' blocks are not yet written).
    for old_folder in glob.glob(os.path.join(scratch, "b[12].old*")):
        shutil.rmtree(old_folder, ignore_errors=True)
    shutil.rmtree(trash, ignore_errors=True)
    os.sync()


if __name__ == "__main__":
    main()
