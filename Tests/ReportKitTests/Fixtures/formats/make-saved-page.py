#!/usr/bin/env python3
"""Writes gaoxing-2024-fazhi.html: the sample report as a government site would
serve it, the way a reader saves it: a <head> with a script and a style full of
numbers, a navigation bar and a footer with figures of their own, each
paragraph of Corpus/gaoxing-2024-fazhi.txt in a <p> (the paragraph the text
file cuts at a page break is cut by </p><p>, as saved pages do), headings in
<h1>/<h2>/<h3>, bold runs in <strong>, indentation with &nbsp;, some quotation
marks and full stops as entities, and a source line break between two Chinese
characters. Run from the repository root; the output is committed."""
import html, pathlib, re

src = pathlib.Path("Corpus/gaoxing-2024-fazhi.txt").read_text(encoding="utf-8")
paras = [l.strip() for l in src.splitlines() if l.strip()]
body = []
for i, p in enumerate(paras):
    m = re.match(r"^(#+)\s+(.*)$", p)
    if m:
        n = len(m.group(1))
        body.append(f"<h{n}>{html.escape(m.group(2), quote=False)}</h{n}>")
        continue
    t = html.escape(p, quote=False)
    t = re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", t)
    if i % 3 == 0:
        t = t.replace("“", "&ldquo;").replace("”", "&rdquo;")
    if i % 4 == 1:
        t = t.replace("。", "&#12290;", 1)
    if i % 5 == 2 and "，" in t:
        # A line break inside the source of a paragraph, between two Chinese characters.
        k = t.index("，")
        t = t[:k] + "\n      " + t[k:]
    body.append(f'<p style="text-indent:2em">&nbsp;&nbsp;{t}</p>')

page = f"""<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>高兴镇 2024 年法治政府建设工作报告_政务公开</title>
<script>
  var visits = 1024; // 访问量 1024 次
  document.write("本站共发布信息 356 条，其中今年 87 件");
  if (a < 3 && b > 2) {{ count = "12 个"; }}
</script>
<style>p {{ margin: 0 0 1em 0; }} .n::after {{ content: "共 5 项"; }}</style>
</head>
<body>
<nav><a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a>（共 42 条）</nav>
<header><div class="logo">高兴镇人民政府</div></header>
<div class="content">
{chr(10).join(body)}
</div>
<footer>版权所有 © 2024 高兴镇人民政府　网站标识码 5110000012　访问 2,345 人次</footer>
<script>var t = 7; // 7 天</script>
</body>
</html>
"""
pathlib.Path("Tests/ReportKitTests/Fixtures/formats/gaoxing-2024-fazhi.html").write_text(page, encoding="utf-8")
