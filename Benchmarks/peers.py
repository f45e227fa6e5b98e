#!/usr/bin/env python3
"""Time Chinese word segmentation: analyze vs jieba and rjieba.

Normally run through Benchmarks/peers.sh, which makes the virtual environment,
the input file and the analyze binary and then calls this file.

What is timed:
  * jieba / rjieba: only the segmentation calls (one call per input line,
    results collected in a list), single thread, after the whole file has been
    read and the dictionary loaded and warmed up.  Rendering and writing the
    output file is NOT timed.
  * analyze (process): wall clock of the whole `analyze segment FILE` process
    with stdout to out/analyze.txt (start-up, lexicon load, reading, decoding,
    segmenting, rendering and writing all included).
  * analyze (segment): the `segment-seconds: X` figure that
    `analyze segment --time FILE` prints on stderr (segmentation only), when
    the binary supports it.
Every figure is the best of --runs runs (default 3).
"""

import argparse
import logging
import os
import subprocess
import sys
import tempfile
import time

SEP = "  "


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def read_lines(path):
    with open(path, "r", encoding="utf-8", newline="") as f:
        text = f.read()
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()  # text ended with a newline: no extra empty line
    lines = [l[:-1] if l.endswith("\r") else l for l in lines]
    return lines


def best_of(runs, fn):
    best, result = None, None
    for _ in range(runs):
        t0 = time.perf_counter()
        r = fn()
        dt = time.perf_counter() - t0
        if best is None or dt < best:
            best = dt
        result = r
    return best, result


def write_segmented(path, segmented):
    """Write one line per input line, words separated by two spaces; tokens
    that are only whitespace are dropped (as analyze does)."""
    ntok = 0
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for words in segmented:
            ws = [w for w in words if w.strip()]
            ntok += len(ws)
            f.write(SEP.join(ws))
            f.write("\n")
    return ntok


def count_tokens(path):
    n = 0
    with open(path, "r", encoding="utf-8", newline="") as f:
        for line in f:
            n += len(line.split())
    return n


# --------------------------------------------------------------------- peers

def peer_jieba(lines, runs, hmm):
    import jieba

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()  # load the prefix dictionary outside the timed part
    lcut = jieba.lcut
    for l in lines[:200]:  # warm-up (HMM model, caches)
        lcut(l, HMM=hmm)
    return best_of(runs, lambda: [lcut(l, HMM=hmm) for l in lines])


def peer_rjieba(lines, runs, hmm):
    import rjieba  # the default Jieba() dictionary is built on import

    cut = rjieba.cut
    for l in lines[:200]:
        cut(l, hmm)
    return best_of(runs, lambda: [cut(l, hmm) for l in lines])


PEERS = [
    # name, output file stem, function, hmm
    ("jieba (HMM)", "jieba", peer_jieba, True),
    ("jieba (no HMM)", "jieba-nohmm", peer_jieba, False),
    ("rjieba (HMM)", "rjieba", peer_rjieba, True),
    ("rjieba (no HMM)", "rjieba-nohmm", peer_rjieba, False),
]


# ------------------------------------------------------------------- analyze

def analyze_supports_time(binary):
    with tempfile.TemporaryDirectory() as d:
        p = os.path.join(d, "probe.txt")
        with open(p, "w", encoding="utf-8") as f:
            f.write("我们来到北京。\n")
        try:
            r = subprocess.run([binary, "segment", "--time", p],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                               timeout=120)
        except (OSError, subprocess.TimeoutExpired):
            return False
        return r.returncode == 0 and parse_seg_seconds(r.stderr) is not None


def parse_seg_seconds(stderr_bytes):
    for line in stderr_bytes.decode("utf-8", "replace").splitlines():
        if line.startswith("segment-seconds:"):
            try:
                return float(line.split(":", 1)[1])
            except ValueError:
                return None
    return None


def run_analyze(binary, input_path, out_path, runs):
    """Returns (wall_best, segment_best or None, error message or None)."""
    if not binary:
        return None, None, "no analyze binary given"
    if not (os.path.isfile(binary) and os.access(binary, os.X_OK)):
        return None, None, f"analyze binary not found or not executable: {binary}"
    use_time = analyze_supports_time(binary)
    if not use_time:
        log("note: `analyze segment --time` not supported; reporting wall clock only")
    cmd = [binary, "segment"] + (["--time"] if use_time else []) + [input_path]
    wall, seg = None, None
    for i in range(runs):
        with open(out_path, "wb") as out:
            t0 = time.perf_counter()
            try:
                r = subprocess.run(cmd, stdout=out, stderr=subprocess.PIPE)
            except OSError as e:
                return None, None, f"could not run {binary}: {e}"
            dt = time.perf_counter() - t0
        if r.returncode != 0:
            tail = r.stderr.decode("utf-8", "replace").strip()[-500:]
            return None, None, (f"`{' '.join(cmd)}` failed with exit code "
                                f"{r.returncode}: {tail}")
        wall = dt if wall is None else min(wall, dt)
        if use_time:
            s = parse_seg_seconds(r.stderr)
            if s is not None:
                seg = s if seg is None else min(seg, s)
    return wall, seg, None


# ----------------------------------------------------------------- agreement

def boundaries(line):
    """Internal cut offsets (in characters of the de-spaced line) and the
    de-spaced text."""
    words = line.split()
    cuts, pos = set(), 0
    for w in words[:-1]:
        pos += len(w)
        cuts.add(pos)
    return cuts, "".join(words)


def agreement(path_a, path_b):
    """Share of A's word boundaries that B also has, and the reverse.
    Lines whose de-spaced text differs are skipped (and counted)."""
    a_total = b_total = both = lines = skipped = 0
    with open(path_a, encoding="utf-8", newline="") as fa, \
            open(path_b, encoding="utf-8", newline="") as fb:
        for la, lb in zip(fa, fb):
            ca, ta = boundaries(la)
            cb, tb = boundaries(lb)
            if ta != tb:
                skipped += 1
                continue
            lines += 1
            a_total += len(ca)
            b_total += len(cb)
            both += len(ca & cb)
    return {
        "a_in_b": both / a_total * 100 if a_total else float("nan"),
        "b_in_a": both / b_total * 100 if b_total else float("nan"),
        "lines": lines,
        "skipped": skipped,
    }


# ---------------------------------------------------------------------- main

def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--input", required=True, help="UTF-8 text file to segment")
    ap.add_argument("--out", required=True, help="output directory")
    ap.add_argument("--analyze", default="", help="path of the analyze binary ('' = skip)")
    ap.add_argument("--runs", type=int, default=3, help="runs per tool; the best is kept")
    ap.add_argument("--peers", default="jieba,rjieba",
                    help="comma-separated subset of: jieba,rjieba")
    args = ap.parse_args()
    if args.runs < 1:
        ap.error("--runs must be at least 1")

    os.makedirs(args.out, exist_ok=True)
    # Remove outputs of earlier runs so nothing stale is compared below.
    for stem in ["analyze"] + [p[1] for p in PEERS]:
        stale = os.path.join(args.out, stem + ".txt")
        if os.path.exists(stale):
            os.remove(stale)
    nbytes = os.path.getsize(args.input)
    lines = read_lines(args.input)
    nchars = sum(len(l) for l in lines)
    log(f"input: {args.input} ({nbytes / 1e6:.2f} MB, {len(lines)} lines, "
        f"{nchars} characters); best of {args.runs} runs")

    rows = []  # (name, seconds, tokens, kind)

    # analyze first, so the ratio column has its reference.
    a_out = os.path.join(args.out, "analyze.txt")
    a_wall = a_seg = None
    if args.analyze:
        log(f"timing analyze: {args.analyze}")
        a_wall, a_seg, err = run_analyze(args.analyze, args.input, a_out, args.runs)
        if err:
            log(f"WARNING: analyze skipped: {err}")
            if os.path.exists(a_out):
                os.remove(a_out)
            a_wall = a_seg = None
    else:
        log("WARNING: analyze skipped: no binary (see messages above)")
    if a_wall is not None:
        ntok = count_tokens(a_out)
        rows.append(("analyze (process)", a_wall, ntok))
        if a_seg is not None:
            rows.append(("analyze (segment only)", a_seg, ntok))

    wanted = {p.strip() for p in args.peers.split(",") if p.strip()}
    for name, stem, fn, hmm in PEERS:
        if stem.split("-")[0] not in wanted:
            continue
        log(f"timing {name} ...")
        try:
            secs, segmented = fn(lines, args.runs, hmm)
        except ImportError as e:
            log(f"WARNING: {name} skipped: {e}")
            continue
        if len(segmented) != len(lines):
            log(f"WARNING: {name} returned {len(segmented)} lines for {len(lines)}")
        ntok = write_segmented(os.path.join(args.out, stem + ".txt"), segmented)
        del segmented
        rows.append((name, secs, ntok))

    # ------------------------------------------------------------ table
    print()
    print(f"input {nbytes / 1e6:.2f} MB ({nbytes} bytes), {len(lines)} lines; "
          f"best of {args.runs}; peers: segmentation calls only, single thread")
    head = f"{'name':<24} {'seconds':>9} {'MB/s':>8} {'/analyze':>9} {'/an.seg':>8} {'tokens':>10}"
    print(head)
    print("-" * len(head))
    for name, secs, ntok in rows:
        mbs = nbytes / secs / 1e6 if secs > 0 else float("inf")
        r1 = f"{secs / a_wall:.2f}" if a_wall else "-"
        r2 = f"{secs / a_seg:.2f}" if a_seg else "-"
        print(f"{name:<24} {secs:>9.4f} {mbs:>8.2f} {r1:>9} {r2:>8} {ntok:>10}")
    print("/analyze = seconds / analyze whole-process seconds; "
          "/an.seg = seconds / analyze segment-only seconds")
    if a_wall is None:
        print("(analyze not measured: ratios not available)")

    # -------------------------------------------------------- agreement
    j_out = os.path.join(args.out, "jieba.txt")
    r_out = os.path.join(args.out, "rjieba.txt")
    print()
    pairs = []
    if a_wall is not None and os.path.exists(j_out):
        pairs.append(("analyze", a_out, "jieba (HMM)", j_out))
    if os.path.exists(j_out) and os.path.exists(r_out):
        pairs.append(("rjieba (HMM)", r_out, "jieba (HMM)", j_out))
    for an, ap_, bn, bp in pairs:
        g = agreement(ap_, bp)
        print(f"boundaries of {an} also in {bn}: {g['a_in_b']:.2f}%; "
              f"reverse: {g['b_in_a']:.2f}% "
              f"({g['lines']} lines compared, {g['skipped']} skipped: text differs)")
    print(f"outputs in {args.out}/")


if __name__ == "__main__":
    main()
