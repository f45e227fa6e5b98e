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
# AddressSanitizer, into .build-fuzz (SwiftPM, release); each target in
# Fuzz/Targets is linked against its objects into Fuzz/.build. Seeds
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
# ReportKit and its dependencies, instrumented, in a build folder of their
# own (SwiftPM builds the library target only, so nothing is linked there).
scratch=$root/.build-fuzz
swift build -c release --scratch-path "$scratch" --target ReportKit -Xswiftc $san -Xswiftc -enable-testing >&2
rel=$scratch/release
objects=$(ls "$rel"/ReportKit.build/*.o "$rel"/ZIPFoundation.build/*.o)
zlib=$(dirname "$(find "$scratch/checkouts/ZIPFoundation" -name module.modulemap -path '*CZ*' -print -quit)")
libs=$(pkg-config --libs icu-i18n icu-uc sqlite3 zlib)

targets=(decode numbers parser analysis)
for t in "${targets[@]}"; do
  bin=$out/fuzz-$t
  stale=
  if [ -f "$bin" ]; then
    for f in $objects Fuzz/Targets/$t.swift; do [ "$f" -nt "$bin" ] && stale=1 && break; done
  fi
  if [ ! -f "$bin" ] || [ -n "$stale" ]; then
    echo "linking fuzz-$t" >&2
    swiftc -O -g $san -parse-as-library -swift-version 5 -I "$rel/Modules" -I Sources/CICU -I Sources/CSQLite -I Sources/CZlibSystem \
      -I "$zlib" Fuzz/Targets/$t.swift $objects $libs -o "$bin"
  fi
done
[ -n "${FUZZ_BUILD_ONLY:-}" ] && exit 0

# Seeds: whole small files and 4 KB pieces of the reports.
seed=$out/seeds
if [ ! -d "$seed" ]; then
  mkdir -p "$seed"
  files=$(ls Corpus/*.txt; [ -d ../shared/corpus ] && find ../shared/corpus -name '*.txt' | sort)
  # Whole small files of every input format (a .docx cut in pieces is no zip).
  cp Tests/ReportKitTests/Fixtures/formats/*.docx Tests/ReportKitTests/Fixtures/formats/*.html "$seed"/ 2>/dev/null || true
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
  # Leaks are not looked for (-detect_leaks=0 while fuzzing, ASAN_OPTIONS at
  # exit): LeakSanitizer counts the regexes and tables
  # made once per process as leaks, and ZIPFoundation's in-memory archive
  # keeps its buffer (an allocation per .docx read, noted in README).
  # Swift's own crash handler reads memory ASan reports as a second fault:
  # off, so that a crash shows the Swift frame that failed.
  local len=8192
  [ "$t" = decode ] && len=65536
  (cd "$out" && ASAN_OPTIONS=detect_leaks=0 SWIFT_BACKTRACE=enable=no ./fuzz-$t -max_total_time="$secs" -max_len=$len -timeout=20 -rss_limit_mb=4096 -detect_leaks=0 \
    -print_final_stats=1 "$dir" "$seed" 2>&1 | tee "$out/log-$t.txt" | grep -E "^#[0-9]+ +(DONE|INITED)|^stat::|ERROR|SUMMARY|crash-|Test unit written")
}

if [ $# -ge 1 ]; then
  run "$1" "${2:-60}"
else
  for t in "${targets[@]}"; do run "$t" 60; done
fi
