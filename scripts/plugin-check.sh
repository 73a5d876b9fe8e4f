#!/usr/bin/env bash
# Runs the SwiftPM command plugin (Plugins/OctavoPlugin) the way a Swift project would in CI:
# `swift package … octavo batch Samples …`, then checks its report and that a failure of the
# tool fails the plugin. Run after the tests (it builds into the same .build).
set -euo pipefail
cd "$(dirname "$0")/.."
swift="${SWIFT:-swift}"
out=.build/plugin-check
rm -rf "$out"
"$swift" package --allow-writing-to-package-directory octavo batch Samples --exclude 'converted/**' --to json \
    --output "$out/samples" --report "$out/report.json" --quiet
python3 - "$out/report.json" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
jobs = {job["input"]: job for job in report["jobs"]}
assert jobs["Samples/model/welcome.json"]["status"] == "converted", jobs
assert report["summary"]["failed"] == 0, report["summary"]
print(f"plugin-check: the octavo plugin converted {report['summary']['converted']} sample(s)")
PY
test -s "$out/samples/model/welcome.json"
if "$swift" package --allow-writing-to-package-directory octavo batch Samples/no-such-folder --to json \
    --output "$out/none" >/dev/null 2>&1; then
    echo "plugin-check: a failing octavo run did not fail the plugin" >&2
    exit 1
fi
echo "plugin-check: a failing octavo run fails the plugin, as CI needs"
