#!/usr/bin/env python3
"""Writes gaoxing-2024-fazhi.docx: the sample report as a Word document made by
python-docx (pip install python-docx; not needed to run the tests), so that the
reader is checked against XML it did not write itself: headings with the
built-in Heading styles, each body paragraph's runs cut inside every number of
two or more digits (347 → 3 + 47) and around its bold part, and after the report a
table of cells. Run from the repository root; the output is committed."""
import pathlib, re
import docx

src = pathlib.Path("Corpus/gaoxing-2024-fazhi.txt").read_text(encoding="utf-8")
d = docx.Document()
for line in (l.strip() for l in src.splitlines()):
    if not line:
        continue
    m = re.match(r"^(#+)\s+(.*)$", line)
    if m:
        d.add_heading(m.group(2), level=len(m.group(1)))
        continue
    p = d.add_paragraph()
    for k, part in enumerate(line.split("**")):
        bold = k % 2 == 1
        # Cut after the first digit of every number of two or more digits.
        for piece in re.split(r"(?<=(?<!\d)\d)(?=\d)", part):
            if piece:
                p.add_run(piece).bold = bold
t = d.add_table(rows=2, cols=3)
for r, row in enumerate([["附表", "项目", "说明"], ["一", "法律顾问", "全年聘请"]]):
    for c, text in enumerate(row):
        t.cell(r, c).text = text
d.save("Tests/ReportKitTests/Fixtures/formats/gaoxing-2024-fazhi.docx")
