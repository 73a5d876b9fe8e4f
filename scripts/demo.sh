#!/usr/bin/env bash
# Converts the bundled samples with the octavo binary given as $1 and says where the results are.
set -euo pipefail
octavo="$1"
cd "$(dirname "$0")/.."
out=demo-out
rm -rf "$out" && mkdir -p "$out"
echo "octavo formats:"
"$octavo" formats
"$octavo" convert Samples/press-briefing-2021-01-20.md -t text -o "$out/press-briefing-2021-01-20.txt"
"$octavo" convert Samples/pasted-blog-compilation.txt -f transcript -t text -o "$out/pasted-blog-compilation.txt"
echo
echo "Converted samples are in $out/:"
ls -1 "$out" | sed 's/^/  /'
