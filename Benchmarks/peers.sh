#!/usr/bin/env bash
# Compare the speed of `analyze segment` with jieba and rjieba on the same text.
#
#   Benchmarks/peers.sh [--repeat N] [--input FILE | --sighan pku|msr]
#                       [--analyze PATH | --static] [--runs N]
#                       [--peers jieba,rjieba] [--no-build]
#
#   --repeat N      repeat the text N times (default 10; 5 with --sighan)
#   --input FILE    use FILE (UTF-8) as it is instead of the corpus
#   --sighan NAME   use the development half NAME (pku or msr) of
#                   ../shared/data/sighan-dev, repeated --repeat times
#   --analyze PATH  analyze binary (default: .build/release/analyze, built with
#                   `swift build -c release --product analyze` if missing)
#   --static        use .build-static/release/analyze instead: the Swift
#                   runtime and Foundation linked in (`--static-swift-stdlib`,
#                   built in its own scratch path if missing), which starts
#                   about 13 M instructions faster; see README, Segmentation
#   --no-build      never build analyze; skip it if the binary is missing
#   --runs N        runs per tool, best kept (default 3)
#   --peers LIST    which peers to run (default jieba,rjieba)
#
# Corpus: every *.txt under ../shared/corpus (relative to the repo root),
# concatenated in sorted path order into Benchmarks/out/corpus.txt.
# Python peers live in Benchmarks/.venv (made and filled on first use).
# Outputs (two-space SIGHAN format) go to Benchmarks/out/<name>.txt.
set -euo pipefail

die() { echo "peers.sh: error: $*" >&2; exit 1; }
note() { echo "peers.sh: $*" >&2; }

ORIG_PWD=$PWD
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd) || die "cannot resolve repo root"
BENCH="$ROOT/Benchmarks"
OUT="$BENCH/out"
VENV="$BENCH/.venv"
CORPUS_DIR="$ROOT/../shared/corpus"

repeat=10
repeat_given=0
input=""
sighan=""
analyze=""
analyze_given=0
runs=3
peers="jieba,rjieba"
build=1
static=0

abspath() { case "$1" in /*) printf '%s\n' "$1" ;; *) printf '%s\n' "$ORIG_PWD/$1" ;; esac; }
need_arg() { [[ $# -ge 2 && -n "$2" ]] || die "option $1 needs a value"; }

while [[ $# -gt 0 ]]; do
  case "$1" in
    --repeat) need_arg "$@"; repeat=$2; repeat_given=1; shift 2 ;;
    --repeat=*) repeat=${1#*=}; repeat_given=1; shift ;;
    --input) need_arg "$@"; input=$(abspath "$2"); shift 2 ;;
    --input=*) input=$(abspath "${1#*=}"); shift ;;
    --sighan) need_arg "$@"; sighan=$2; shift 2 ;;
    --sighan=*) sighan=${1#*=}; shift ;;
    --analyze) need_arg "$@"; analyze=$(abspath "$2"); analyze_given=1; shift 2 ;;
    --analyze=*) analyze=$(abspath "${1#*=}"); analyze_given=1; shift ;;
    --runs) need_arg "$@"; runs=$2; shift 2 ;;
    --runs=*) runs=${1#*=}; shift ;;
    --peers) need_arg "$@"; peers=$2; shift 2 ;;
    --peers=*) peers=${1#*=}; shift ;;
    --no-build) build=0; shift ;;
    --static) static=1; shift ;;
    -h|--help) sed -n '2,26p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument: $1 (try --help)" ;;
  esac
done
[[ $repeat =~ ^[1-9][0-9]*$ ]] || die "--repeat must be a positive integer, got '$repeat'"
[[ $runs =~ ^[1-9][0-9]*$ ]] || die "--runs must be a positive integer, got '$runs'"

mkdir -p "$OUT"

# ---------------------------------------------------------------- Python venv
command -v python3 >/dev/null || die "python3 not found"
if [[ ! -x "$VENV/bin/python" ]] || ! "$VENV/bin/python" -c 'import sys' 2>/dev/null; then
  note "creating virtual environment $VENV"
  rm -rf "$VENV"
  python3 -m venv "$VENV" || die "python3 -m venv failed (on Debian: apt-get install python3-venv)"
fi
if ! "$VENV/bin/python" -c 'import jieba, rjieba' 2>/dev/null; then
  note "installing jieba and rjieba into $VENV"
  "$VENV/bin/python" -m pip install -q --disable-pip-version-check jieba rjieba \
    || die "pip install jieba rjieba failed (is PyPI reachable?)"
fi

# ---------------------------------------------------------------------- input
if [[ -n "$sighan" ]]; then
  [[ -z "$input" ]] || die "--input and --sighan exclude each other"
  [[ $sighan == pku || $sighan == msr ]] || die "--sighan must be pku or msr, got '$sighan'"
  src="$ROOT/../shared/data/sighan-dev/$sighan-dev-input.txt"
  [[ -f "$src" ]] || die "SIGHAN development text not found: $src"
  [[ $repeat_given -eq 1 ]] || repeat=5
  input="$OUT/sighan-$sighan.txt"
  : > "$input.tmp"
  for ((i = 0; i < repeat; i++)); do cat "$src" >> "$input.tmp"; done
  mv "$input.tmp" "$input"
  note "SIGHAN $sighan development half x $repeat -> $input ($(wc -c < "$input") bytes)"
elif [[ -n "$input" ]]; then
  [[ -f "$input" && -r "$input" ]] || die "input file not readable: $input"
  if [[ $repeat_given -eq 1 ]]; then
    note "--input given: --repeat is ignored, the file is used as it is"
  fi
else
  [[ -d "$CORPUS_DIR" ]] || die "corpus directory not found: $CORPUS_DIR"
  mapfile -t files < <(find "$CORPUS_DIR" -type f -name '*.txt' | LC_ALL=C sort)
  [[ ${#files[@]} -gt 0 ]] || die "no *.txt files under $CORPUS_DIR"
  once="$OUT/corpus.once.tmp"
  : > "$once"
  for f in "${files[@]}"; do
    cat "$f" >> "$once"
    # keep files on separate lines even if one lacks a final newline
    if [[ -n "$(tail -c 1 "$f")" ]]; then printf '\n' >> "$once"; fi
  done
  input="$OUT/corpus.txt"
  : > "$input.tmp"
  for ((i = 0; i < repeat; i++)); do cat "$once" >> "$input.tmp"; done
  mv "$input.tmp" "$input"
  rm -f "$once"
  note "corpus: ${#files[@]} files x $repeat -> $input ($(wc -c < "$input") bytes)"
fi

# -------------------------------------------------------------------- analyze
[[ $analyze_given -eq 0 || $static -eq 0 ]] || die "--analyze and --static exclude each other"
if [[ $analyze_given -eq 0 ]]; then
  build_args=(-c release --product analyze)
  analyze="$ROOT/.build/release/analyze"
  if [[ $static -eq 1 ]]; then
    build_args+=(--static-swift-stdlib --scratch-path "$ROOT/.build-static")
    analyze="$ROOT/.build-static/release/analyze"
  fi
  if [[ ! -x "$analyze" ]]; then
    if [[ $build -eq 1 ]] && command -v swift >/dev/null; then
      note "building analyze: swift build ${build_args[*]} (in $ROOT)"
      if ! (cd "$ROOT" && swift build "${build_args[@]}"); then
        note "WARNING: swift build failed; analyze will be skipped"
      fi
    elif [[ $build -eq 1 ]]; then
      note "WARNING: swift not found; cannot build analyze"
    fi
  fi
fi
if [[ ! -x "$analyze" ]]; then
  note "WARNING: analyze binary not found at $analyze; reporting peers only"
  analyze=""
fi

# ---------------------------------------------------------------------- run
exec "$VENV/bin/python" "$BENCH/peers.py" \
  --input "$input" --out "$OUT" --analyze "$analyze" --runs "$runs" --peers "$peers"
