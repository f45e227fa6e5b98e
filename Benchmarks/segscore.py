#!/usr/bin/env python3
"""Word precision, recall and F1 of a segmentation against a gold segmentation.

    Benchmarks/segscore.py GOLD OUTPUT [--lines A:B] [--name NAME]
    Benchmarks/segscore.py --sighan [--analyze PATH] [--jieba] [--keep DIR]

Both files: one line per input line, words separated by white space (the
SIGHAN format `analyze segment` writes). A word counts as right when both of
its boundaries match the gold (the bakeoff's measure).

Out-of-vocabulary recall: a gold word is "out of vocabulary" when ICU's own
dictionary word break (ubrk, locale zh, the library analyze links) does not
return it as one token when given alone: numbers with their units, dates,
names, derived words. The SIGHAN training lists are not used (and are not
here). OOV recall is the share of those gold words the output has right;
IV recall the share of the others.

--sighan runs `analyze segment` (and, with --jieba, jieba 0.42 and rjieba
from Benchmarks/.venv, made by Benchmarks/peers.sh, with and without HMM) on both development halves in
../shared/data/sighan-dev and prints each file, and each half of each file
(lines 1..n/2 and n/2+1..n), separately: tune on one part, read the others.
"""

import argparse
import ctypes
import ctypes.util
import os
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DATA = os.path.join(ROOT, "..", "shared", "data", "sighan-dev")


class ICUVocabulary:
    """Whether ICU's word break keeps a word whole (cached per word)."""

    def __init__(self):
        self.ok = False
        self.cache = {}
        name = None
        for cand in ("libicuuc.so.72", ctypes.util.find_library("icuuc")):
            if cand:
                try:
                    self.lib = ctypes.CDLL(cand)
                    name = cand
                    break
                except OSError:
                    pass
        if name is None:
            return
        ver = None
        for v in range(60, 90):
            if hasattr(self.lib, f"ubrk_open_{v}"):
                ver = v
                break
        if ver is None:
            return
        self.open = getattr(self.lib, f"ubrk_open_{ver}")
        self.open.restype = ctypes.c_void_p
        self.open.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_void_p,
                              ctypes.c_int32, ctypes.POINTER(ctypes.c_int)]
        self.set_text = getattr(self.lib, f"ubrk_setText_{ver}")
        self.set_text.argtypes = [ctypes.c_void_p, ctypes.c_void_p, ctypes.c_int32,
                                  ctypes.POINTER(ctypes.c_int)]
        self.next = getattr(self.lib, f"ubrk_next_{ver}")
        self.next.argtypes = [ctypes.c_void_p]
        self.next.restype = ctypes.c_int32
        self.first = getattr(self.lib, f"ubrk_first_{ver}")
        self.first.argtypes = [ctypes.c_void_p]
        st = ctypes.c_int(0)
        self.bi = self.open(1, b"zh", None, 0, ctypes.byref(st))  # UBRK_WORD
        self.ok = bool(self.bi) and st.value <= 0

    def whole(self, word):
        r = self.cache.get(word)
        if r is not None:
            return r
        data = word.encode("utf-16-le")
        n = len(data) // 2
        buf = ctypes.create_string_buffer(data, len(data) + 2)
        st = ctypes.c_int(0)
        self.set_text(self.bi, buf, n, ctypes.byref(st))
        self.first(self.bi)
        r = self.next(self.bi) == n
        self.cache[word] = r
        return r


def spans(line):
    out, pos = [], 0
    for w in line.split():
        out.append((pos, pos + len(w), w))
        pos += len(w)
    return out, pos


def read(path):
    with open(path, encoding="utf-8", newline="") as f:
        return [l.rstrip("\r\n") for l in f]


def score(gold_lines, out_lines, vocab):
    g_total = o_total = right = 0
    oov = oov_right = iv = iv_right = 0
    bad_lines = 0
    for gl, ol in zip(gold_lines, out_lines):
        gs, gn = spans(gl)
        os_, on = spans(ol)
        if gn != on:
            bad_lines += 1
        g_total += len(gs)
        o_total += len(os_)
        ob = {(a, b) for a, b, _ in os_}
        for a, b, w in gs:
            hit = (a, b) in ob
            right += hit
            if vocab.ok and not vocab.whole(w):
                oov += 1
                oov_right += hit
            else:
                iv += 1
                iv_right += hit
    p = right / o_total if o_total else 0.0
    r = right / g_total if g_total else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {
        "P": p, "R": r, "F1": f,
        "OOV": oov / g_total if g_total else 0.0,
        "OOV-R": oov_right / oov if oov else float("nan"),
        "IV-R": iv_right / iv if iv else float("nan"),
        "words": g_total, "misaligned": bad_lines,
    }


def fmt(name, s):
    return (f"{name:<28} P {s['P']:.3f}  R {s['R']:.3f}  F1 {s['F1']:.4f}  "
            f"OOV {s['OOV']:.3f}  OOV-R {s['OOV-R']:.3f}  IV-R {s['IV-R']:.3f}  "
            f"({s['words']} words"
            + (f", {s['misaligned']} lines misaligned" if s["misaligned"] else "") + ")")


def report(tag, gold, out, vocab):
    n = len(gold)
    h = n // 2
    print(fmt(f"{tag} all", score(gold, out, vocab)))
    print(fmt(f"{tag} lines 1-{h}", score(gold[:h], out[:h], vocab)))
    print(fmt(f"{tag} lines {h + 1}-{n}", score(gold[h:], out[h:], vocab)))


def run_analyze(binary, inp, outp):
    with open(outp, "wb") as f:
        subprocess.run([binary, "segment", inp], stdout=f, check=True)
    return read(outp)


def run_jieba(inp, hmm, module="jieba"):
    py = os.path.join(ROOT, "Benchmarks", ".venv", "bin", "python")
    cut = ("jieba.lcut(l.rstrip('\\r\\n'),HMM=%s)" % hmm if module == "jieba"
           else "rjieba.cut(l.rstrip('\\r\\n'),%s)" % hmm)
    code = ("import sys,jieba,rjieba,logging;jieba.setLogLevel(logging.WARNING);"
            "[print('  '.join(w for w in %s if w.strip()))"
            " for l in open(sys.argv[1],encoding='utf-8',newline='')]" % cut)
    r = subprocess.run([py, "-c", code, inp], capture_output=True, check=True)
    return r.stdout.decode("utf-8").split("\n")[:-1]


def main():
    ap = argparse.ArgumentParser(description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?")
    ap.add_argument("output", nargs="?")
    ap.add_argument("--sighan", action="store_true")
    ap.add_argument("--analyze", default=os.path.join(ROOT, ".build", "debug", "analyze"))
    ap.add_argument("--jieba", action="store_true")
    ap.add_argument("--keep", default="", help="directory to keep the outputs in")
    args = ap.parse_args()
    vocab = ICUVocabulary()
    if not vocab.ok:
        print("note: ICU not found through ctypes; OOV figures are not computed",
              file=sys.stderr)
    if not args.sighan:
        if not (args.gold and args.output):
            ap.error("GOLD and OUTPUT, or --sighan")
        print(fmt("output", score(read(args.gold), read(args.output), vocab)))
        return
    keep = args.keep or tempfile.mkdtemp(prefix="segscore-")
    os.makedirs(keep, exist_ok=True)
    for corpus in ("pku", "msr"):
        inp = os.path.join(DATA, f"{corpus}-dev-input.txt")
        gold = read(os.path.join(DATA, f"{corpus}-dev-gold.txt"))
        out = run_analyze(args.analyze, inp, os.path.join(keep, f"{corpus}-analyze.txt"))
        report(f"{corpus} analyze", gold, out, vocab)
        if args.jieba:
            for module in ("jieba", "rjieba"):
                for hmm in (False, True):
                    out = run_jieba(inp, hmm, module)
                    report(f"{corpus} {module}{' HMM' if hmm else ''}", gold, out, vocab)


if __name__ == "__main__":
    main()
