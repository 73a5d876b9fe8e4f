#!/usr/bin/env bash
# `make demo`: converts the bundled samples (the jobs of Samples/octavo.yml) with the octavo binary
# given as $1, checks the EPUB compilation with epubcheck, and says where the results are.
# With $2, writes there instead of demo-out/ (`make samples` refreshes Samples/converted/ this way).
set -euo pipefail
octavo="$1"
cd "$(dirname "$0")/.."
out="${2:-demo-out}"
rm -rf "$out" && mkdir -p "$out"
# A fixed date, so the outputs are byte-identical from run to run.
export SOURCE_DATE_EPOCH="${SOURCE_DATE_EPOCH:-1700000000}"
"$octavo" batch Samples/octavo.yml --output "$out" --quiet
if [ -f /usr/share/java/epubcheck.jar ] && command -v java >/dev/null; then
  echo "epubcheck $out/compilation.epub: $(java -Xss512m -jar /usr/share/java/epubcheck.jar "$out/compilation.epub" 2>&1 | grep -E '^Messages:' || echo 'no summary')"
fi
echo "Converted samples (see Samples/README.md) are in $out/:"
ls -1 "$out" | grep -v '^\.' | sed 's/^/  /'
