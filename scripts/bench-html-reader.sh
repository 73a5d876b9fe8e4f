#!/usr/bin/env bash
# HTML reader timings: the 200-page corpus in one run and page by page, beside pandoc, and the
# reader's time on one page repeated 1×, 4× and 16× (it should grow linearly).
# Usage: scripts/bench-html-reader.sh path/to/release/octavo [corpus-dir]
set -euo pipefail
OCTAVO=${1:?usage: bench-html-reader.sh OCTAVO [CORPUS]}
CORPUS=${2:-bench-out/corpus}
[ -d "$CORPUS/html" ] || python3 ../shared/bench/gen_corpus.py "$CORPUS" --articles 200 >/dev/null
files=("$CORPUS"/html/*.html)
echo "html reader: ${#files[@]} pages, $(du -sh "$CORPUS/html" | cut -f1)"
TIMEFORMAT='  %R s'
echo "octavo, one process per page (-t json):"
time (for f in "${files[@]}"; do "$OCTAVO" convert "$f" -f html -t json -o /dev/null; done)
echo "octavo, all pages in one process (-t json):"
time "$OCTAVO" convert "${files[@]}" -f html -t json -o /dev/null
if [ -z "${SKIP_PANDOC:-}" ] && command -v pandoc >/dev/null; then
  echo "pandoc -f html+raw_html -t plain, one process per page:"
  time (for f in "${files[@]}"; do pandoc -f html+raw_html -t plain "$f" -o /dev/null; done)
fi
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
page=$(cat "${files[0]}")
for n in 1 4 16 64; do
  { echo "<html><body>"; for _ in $(seq "$n"); do echo "$page" | sed -e 's/<\/\?\(html\|body\)[^>]*>//g'; done; echo "</body></html>"; } > "$tmp/p$n.html"
  printf "linearity: %3d× page (%s bytes):\n" "$n" "$(wc -c < "$tmp/p$n.html")"
  time "$OCTAVO" convert "$tmp/p$n.html" -f html -t json -o /dev/null
done
