#!/usr/bin/env bash
# `make conformance` (extraction part): scores main-content extraction of the octavo binary given
# as $1 on both dev folders of the shared corpus with ../shared/tools/eval_readability.py (token
# precision, recall and F1 of `octavo convert PAGE -f html -t html -s` against the expected text).
# With $2, writes each folder's per-page results there as FOLDER.json.
set -euo pipefail
octavo="$(realpath "$1")"
cd "$(dirname "$0")/.."
shared="${OCTAVO_SHARED:-../shared}"
[ -d "$shared/corpus" ] || shared=/work/shared
for folder in readability extraction; do
  json=()
  if [ -n "${2:-}" ]; then mkdir -p "$2"; json=(--json "$2/$folder.json"); fi
  echo "== $folder"
  python3 "$shared/tools/eval_readability.py" "'$octavo' convert {in} -f html -t html -s" \
    --cases "$shared/corpus/$folder" -j 2 -q "${json[@]}"
done
