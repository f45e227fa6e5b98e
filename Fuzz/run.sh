#!/usr/bin/env bash
# Builds the libFuzzer targets over ReportKit and runs them.
#
#   Fuzz/run.sh                 build, then run every target for 60 s (CI)
#   Fuzz/run.sh decode 1800     build, then run one target for 30 minutes
#   FUZZ_BUILD_ONLY=1 Fuzz/run.sh
#
# Targets: decode (TextDecoder), numbers (NumberReader and the figure
# scanner), parser (DocumentParser), analysis (analysis + audit + renderers +
# compare). ReportKit is compiled once, with coverage instrumentation and
# AddressSanitizer, into Fuzz/.build; each target links against it. Seeds
# come from Corpus/ and, when present, ../shared/corpus (reports cut into
# pieces of at most 4 KB); what the fuzzer finds is kept in
# Fuzz/.build/corpus-TARGET. A crash leaves crash-* in Fuzz/.build and makes
# this script exit non-zero: add the input as a regression test
# (Tests/ReportKitTests/FuzzRegressionTests.swift) before fixing it.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD
out=$root/Fuzz/.build
mkdir -p "$out"
san="-sanitize=fuzzer,address"
icu=$(pkg-config --libs icu-i18n icu-uc)

sources=$(find Sources/ReportKit -name '*.swift' | sort)
lib=$out/libReportKit.a
newest=$(ls -t $sources Fuzz/run.sh | head -1)
if [ ! -f "$lib" ] || [ "$newest" -nt "$lib" ]; then
  echo "building ReportKit with $san" >&2
  swiftc -O -g $san -parse-as-library -enable-testing -enable-bare-slash-regex -swift-version 5 \
    -module-name ReportKit -I Sources/CICU \
    -emit-library -static -emit-module -emit-module-path "$out/ReportKit.swiftmodule" \
    -o "$lib" $sources
fi

targets=(decode numbers parser analysis)
for t in "${targets[@]}"; do
  bin=$out/fuzz-$t
  if [ ! -f "$bin" ] || [ "$lib" -nt "$bin" ] || [ Fuzz/Targets/$t.swift -nt "$bin" ]; then
    echo "linking fuzz-$t" >&2
    swiftc -O -g $san -parse-as-library -enable-bare-slash-regex -swift-version 5 -I "$out" -I Sources/CICU Fuzz/Targets/$t.swift "$lib" $icu -o "$bin"
  fi
done
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0

# Seeds: whole small files and 4 KB pieces of the reports.
seed=$out/seeds
if [ ! -d "$seed" ]; then
  mkdir -p "$seed"
  files=$(ls Corpus/*.txt; [ -d ../shared/corpus ] && find ../shared/corpus -name '*.txt' | sort)
  python3 - "$seed" $files <<'PY'
import sys, os
out = sys.argv[1]
n = 0
for f in sys.argv[2:]:
    data = open(f, 'rb').read()
    for i in range(0, len(data), 4096):
        open(os.path.join(out, f"seed-{n:05d}"), 'wb').write(data[i:i + 4096])
        n += 1
PY
fi

run() {
  local t=$1 secs=$2
  local dir=$out/corpus-$t
  mkdir -p "$dir"
  echo "fuzzing $t for $secs s" >&2
  (cd "$out" && ./fuzz-$t -max_total_time="$secs" -max_len=8192 -timeout=20 -rss_limit_mb=4096 \
    -print_final_stats=1 "$dir" "$seed" 2>&1 | tee "$out/log-$t.txt" | grep -E "^#[0-9]+ +(DONE|INITED)|^stat::|ERROR|SUMMARY|crash-|Test unit written")
}

if [ $# -ge 1 ]; then
  run "$1" "${2:-60}"
else
  for t in "${targets[@]}"; do run "$t" 60; done
fi
