#!/usr/bin/env bash
# Byte-identity check for refactors: runs a baseline and a new `analyze`
# binary on every report of ../shared/corpus (state-council, provincial,
# seed) and Corpus/, in every output format, and diffs the outputs (stdout,
# stderr and exit status).
#
# Usage: Tests/identity.sh BASELINE_BIN [NEW_BIN] [OUT_DIR]
#   NEW_BIN defaults to .build/release/analyze; OUT_DIR to /tmp/identity.
# Build the baseline first, before changing anything:
#   swift build -c release --product analyze && cp .build/release/analyze /tmp/baseline-analyze
# Exit status 0 when every output is identical, 1 otherwise (diffs listed).
set -u
cd "$(dirname "$0")/.."
BASE=${1:?usage: Tests/identity.sh BASELINE_BIN [NEW_BIN] [OUT_DIR]}
NEW=${2:-.build/release/analyze}
OUT=${3:-/tmp/identity}
SHARED=../shared/corpus
rm -rf "$OUT" && mkdir -p "$OUT/base" "$OUT/new"

files=()
for d in "$SHARED/state-council" "$SHARED/provincial" "$SHARED/seed" Corpus; do
  for f in "$d"/*.txt; do [ -f "$f" ] && files+=("$f"); done
done

# run NAME ARGS…: runs both binaries with ARGS, keeping stdout, stderr, status.
run() {
  local name=$1; shift
  for side in base new; do
    local bin=$BASE; [ $side = new ] && bin=$NEW
    "$bin" "$@" >"$OUT/$side/$name.out" 2>"$OUT/$side/$name.err"
    echo $? >"$OUT/$side/$name.rc"
  done
}

for f in "${files[@]}"; do
  n=$(echo "$f" | tr '/.' '__')
  run "$n.summary" "$f"
  run "$n.summary-json" "$f" --format json
  run "$n.audit-text" audit "$f"
  run "$n.audit-json" audit --format json "$f"
  run "$n.audit-sarif" audit --format sarif "$f"
  run "$n.audit-markdown" audit --format markdown "$f"
  run "$n.audit-html" audit --format html "$f"
  run "$n.audit-github" audit --format github "$f"
  run "$n.summary-html" "$f" --format html
done

# compare: consecutive State Council years, and the Gaoxing pair.
sc=("$SHARED"/state-council/*.txt)
for ((i = 1; i < ${#sc[@]}; i++)); do
  a=${sc[i - 1]}; b=${sc[i]}
  n="compare_$(basename "$a" .txt)_$(basename "$b" .txt)"
  for fmt in text json markdown html; do run "$n.$fmt" compare --format $fmt "$a" "$b"; done
done
for fmt in text json markdown html; do
  run "compare_gaoxing.$fmt" compare --format $fmt Corpus/gaoxing-2024-fazhi.txt Corpus/gaoxing-2025-fazhi.txt
done

# batch: JSON lines over each folder (sorted: batch runs files in parallel).
for d in "$SHARED/state-council" "$SHARED/provincial" Corpus; do
  n="batch_$(basename "$d")"
  run "$n" batch --quiet --jobs 1 "$d"
  for side in base new; do sort "$OUT/$side/$n.out" -o "$OUT/$side/$n.out"; done
done

count=$(ls "$OUT/base" | wc -l)
if diff -rq "$OUT/base" "$OUT/new" >"$OUT/diff.txt"; then
  echo "identical: $count outputs (${#files[@]} reports)"
  exit 0
else
  echo "DIFFERENT: $(wc -l <"$OUT/diff.txt") of $count outputs differ:"
  head -20 "$OUT/diff.txt"
  exit 1
fi
