#!/usr/bin/env bash
# Builds the libFuzzer targets in Fuzz/ (with AddressSanitizer) and runs each for a bounded
# time, seeded from Fuzz/Corpus/<target>/ and the shared corpus. Used by `make fuzz`.
#
#   FUZZ_SECONDS   seconds per target (default 60)
#   FUZZ_TARGETS   which targets (default: html markdown transcript json)
#   SHARED         the shared test material (default: ../shared beside the clone)
#
# New inputs libFuzzer finds go to a temporary folder that is removed afterwards; crashing
# inputs are kept in .build-fuzz/artifacts/. Exit status 1 if any target found a problem.
set -euo pipefail
cd "$(dirname "$0")/.."
SWIFT=${SWIFT:-swift}
FUZZ_SECONDS=${FUZZ_SECONDS:-60}
FUZZ_TARGETS=${FUZZ_TARGETS:-html markdown transcript json}
SHARED=${SHARED:-../shared}
SCRATCH=.build-fuzz
ARTIFACTS=$SCRATCH/artifacts

product() {
    case $1 in
        html) echo FuzzHTML ;; markdown) echo FuzzMarkdown ;;
        transcript) echo FuzzTranscript ;; json) echo FuzzModelJSON ;;
        *) echo "unknown fuzz target '$1'" >&2; exit 2 ;;
    esac
}

# Copies the shared corpus's files for `target` into `folder`, one file per example.
seed() {
    local target=$1 folder=$2 corpus=$SHARED/corpus
    [ -d "$corpus" ] || return 0
    case $target in
        html)
            for page in "$corpus"/readability/*/source.html; do
                cp "$page" "$folder/$(basename "$(dirname "$page")").html"
            done ;;
        markdown)
            cp "$corpus"/transcripts/*.md "$folder/" 2>/dev/null || true
            if command -v python3 >/dev/null; then
                python3 - "$corpus/commonmark" "$folder" <<'PY'
import json, os, sys
source, folder = sys.argv[1], sys.argv[2]
for name in ("spec.json", "gfm-spec.json", "gfm-extensions.json"):
    path = os.path.join(source, name)
    if not os.path.exists(path):
        continue
    for i, example in enumerate(json.load(open(path, encoding="utf-8"))):
        with open(os.path.join(folder, "%s-%04d.md" % (name[:-5], i)), "w", encoding="utf-8") as out:
            out.write(example["markdown"])
PY
            fi ;;
        transcript)
            cp "$corpus"/transcripts/*.{vtt,srt,txt} "$folder/" 2>/dev/null || true ;;
        json) ;;
    esac
}

echo "building fuzz targets (debug, -sanitize=fuzzer,address) in $SCRATCH"
for target in $FUZZ_TARGETS; do
    "$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" -c debug \
        -Xswiftc -sanitize=fuzzer,address --product "$(product "$target")" 2>&1 \
        | grep -v "Cannot export local symbol" | tail -n 3
    [ "${PIPESTATUS[0]}" -eq 0 ] || { echo "building $(product "$target") failed" >&2; exit 1; }
done
bin=$("$SWIFT" build --package-path Fuzz --scratch-path "$SCRATCH" -c debug --show-bin-path)
mkdir -p "$ARTIFACTS"

status=0
summary=()
for target in $FUZZ_TARGETS; do
    name=$(product "$target")
    work=$(mktemp -d)
    trap 'rm -rf "$work"' EXIT
    mkdir -p "$work/new" "$work/seeds"
    seed "$target" "$work/seeds"
    cp Fuzz/Corpus/"$target"/* "$work/seeds/" 2>/dev/null || true
    echo "fuzzing $target for ${FUZZ_SECONDS}s ($(ls "$work/seeds" | wc -l) seeds)"
    set +e
    SWIFT_BACKTRACE=enable=no ASAN_OPTIONS=detect_leaks=0:allocator_may_return_null=1 \
        "$bin/$name" "$work/new" "$work/seeds" \
        -max_total_time="$FUZZ_SECONDS" -timeout=20 -rss_limit_mb=3072 -max_len=65536 \
        -print_final_stats=1 -artifact_prefix="$ARTIFACTS/$target-" >"$work/log" 2>&1
    code=$?
    set -e
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$work/log" | grep -o '[0-9]*$' || echo "?")
    if grep -q "not in this build" "$work/log"; then
        summary+=("$target: skipped (its reader is not in this build)")
    elif [ $code -ne 0 ]; then
        status=1
        summary+=("$target: FAILED (exit $code) after $execs runs; see $ARTIFACTS/ and the log below")
        tail -n 60 "$work/log"
    else
        summary+=("$target: ${FUZZ_SECONDS}s, $execs runs, no crash")
    fi
    rm -rf "$work"
    trap - EXIT
done
printf '%s\n' "${summary[@]}"
exit $status
