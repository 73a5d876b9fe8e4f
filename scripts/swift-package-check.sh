#!/usr/bin/env bash
# Builds the example plug-in package (Samples/plugins/swift-package: an executable product
# `octavo-reader-csv` depending on this package's OctavoCore by path) as a user would, and checks
# that the octavo just built lists it, converts with it (Markdown against a golden, EPUB through
# epubcheck) and names it when it fails, writing nothing. Its own build folder stays in .build/
# (swift-package-sample), so later runs only rebuild what changed. Run after `swift build`.
set -euo pipefail
cd "$(dirname "$0")/.."
swift="${SWIFT:-swift}"
package=Samples/plugins/swift-package
scratch=.build/swift-package-sample
out=.build/swift-package-check
fail() { echo "swift-package-check: $*" >&2; exit 1; }

"$swift" build --package-path "$package" --scratch-path "$scratch" --product octavo-reader-csv --quiet
bin="$("$swift" build --package-path "$package" --scratch-path "$scratch" --show-bin-path)"
octavo="$("$swift" build --show-bin-path)/octavo"
rm -rf "$out" && mkdir -p "$out"

# `octavo formats` lists the reader the package built, as a plug-in from its build folder.
"$octavo" formats --plugin-path "$bin" > "$out/formats.txt"
grep -qE "^  csv +\.csv +CSV tables \(sample plug-in, Swift package\) \[text/csv\] \(plug-in: $bin/octavo-reader-csv\)$" \
    "$out/formats.txt" || fail "octavo formats does not list octavo-reader-csv: $(cat "$out/formats.txt")"

# `convert` reads .csv files with it, chosen by the extension.
"$octavo" convert "$package/prices.csv" -t markdown -s --plugin-path "$bin" > "$out/prices.md"
diff -u "$package/expected/prices.md" "$out/prices.md" || fail "prices.md differs from $package/expected/prices.md"
SOURCE_DATE_EPOCH=1700000000 "$octavo" convert "$package/prices.csv" -o "$out/prices.epub" --language en --plugin-path "$bin"
if [ -f /usr/share/java/epubcheck.jar ] && command -v java >/dev/null; then
    java -Xss512m -jar /usr/share/java/epubcheck.jar "$out/prices.epub" > "$out/epubcheck.txt" 2>&1 \
        || fail "epubcheck: $(cat "$out/epubcheck.txt")"
    grep -q "No errors or warnings detected" "$out/epubcheck.txt" || fail "epubcheck: $(cat "$out/epubcheck.txt")"
fi

# A file it cannot read: one error naming the plug-in (and the line), exit 1, no output file.
expect_failure() { # NAME CONTENT MESSAGE
    printf "$2" > "$out/$1.csv"
    if "$octavo" convert "$out/$1.csv" -o "$out/$1.html" --plugin-path "$bin" 2> "$out/$1.err"; then
        fail "$1.csv converted"
    fi
    grep -qF "plug-in 'octavo-reader-csv' failed: exited with status 1; stderr: $out/$1.csv$3" "$out/$1.err" \
        || fail "unexpected error: $(cat "$out/$1.err")"
    [ ! -e "$out/$1.html" ] || fail "a failed conversion left $out/$1.html"
}
expect_failure broken 'format,size\nfolio,"38\n' ':2: a quoted field is not closed'
expect_failure latin 'a,b\n\xff,c\n' ': not UTF-8 text'
expect_failure stray 'a,b"c\n' ':1: a quote inside an unquoted field (quote the whole field)'
echo "swift-package-check: octavo-reader-csv, built by swift build from $package, is listed, converts and fails cleanly"
