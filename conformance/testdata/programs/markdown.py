import re
import html

DOC = """# Release Notes

Welcome to **rebeam** version *1.2*. See [the docs](https://example.com/docs?a=1&b=2).

## Changes

- Faster `dict` lookups
- Fixed **bold** and _italic_ parsing
- Support for <tags> & entities

1. First step
2. Second step

```
code block <keep> & raw
    indented
```

> A quoted line
> spanning two

Final paragraph with `inline code` and a trailing  
hard break.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<strong>\1</strong>"),
    (re.compile(r"(?<![\w*])[*_](.+?)[*_](?![\w*])"), r"<em>\1</em>"),
    (re.compile(r"\[([^\]]+)\]\(([^)]+)\)"), lambda m: f'<a href="{m.group(2)}">{m.group(1)}</a>'),
]

def inline(text):
    text = html.escape(text, quote=False)
    for pat, repl in INLINE:
        text = pat.sub(repl, text)
    return text

def convert(md):
    out = []
    lines = md.splitlines()
    i = 0
    para = []
    def flush():
        if para:
            out.append("<p>" + " ".join(inline(p) for p in para) + "</p>")
            para.clear()
    while i < len(lines):
        line = lines[i]
        if line.startswith("```"):
            flush()
            j = i + 1
            while not lines[j].startswith("```"):
                j += 1
            body = "\n".join(lines[i + 1:j])
            out.append(f"<pre><code>{html.escape(body)}</code></pre>")
            i = j + 1
            continue
        if m := re.match(r"^(#{1,6})\s+(.*)$", line):
            flush()
            level = len(m.group(1))
            slug = re.sub(r"[^a-z0-9]+", "-", m.group(2).lower()).strip("-")
            out.append(f'<h{level} id="{slug}">{inline(m.group(2))}</h{level}>')
        elif re.match(r"^\s*[-*]\s+", line):
            flush()
            items = []
            while i < len(lines) and re.match(r"^\s*[-*]\s+", lines[i]):
                items.append(re.sub(r"^\s*[-*]\s+", "", lines[i]))
                i += 1
            out.append("<ul>\n" + "\n".join(f"  <li>{inline(x)}</li>" for x in items) + "\n</ul>")
            continue
        elif re.match(r"^\d+\.\s", line):
            flush()
            items = []
            while i < len(lines) and (m2 := re.match(r"^(\d+)\.\s+(.*)", lines[i])):
                items.append(m2.group(2))
                i += 1
            out.append("<ol>" + "".join(f"<li>{inline(x)}</li>" for x in items) + "</ol>")
            continue
        elif line.startswith(">"):
            flush()
            quoted = []
            while i < len(lines) and lines[i].startswith(">"):
                quoted.append(lines[i].lstrip("> ").rstrip())
                i += 1
            out.append("<blockquote>" + inline(" ".join(quoted)) + "</blockquote>")
            continue
        elif not line.strip():
            flush()
        else:
            if line.endswith("  "):
                para.append(line.rstrip() + "<br>")
            else:
                para.append(line)
        i += 1
    flush()
    return "\n".join(out)

result = convert(DOC)
print(result)
print("-" * 20)
tags = re.findall(r"<(\w+)[^>]*>", result)
from collections import Counter
for tag, n in sorted(Counter(tags).items(), key=lambda kv: (-kv[1], kv[0])):
    print(f"{tag:10}{n:>3}")
print(re.split(r"\s*[,;]\s*", "a , b;c ;  d"))
print(re.sub(r"(?P<word>\b\w{5,}\b)", lambda m: m["word"].upper(), "short and longer words here"))
print(re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)", "2024-02-29").groups())
print(re.search(r"(?i)RELEASE", DOC).span(), len(re.findall(r"^-", DOC, re.M)))
print(html.unescape("&lt;a&gt; &amp; &quot;q&quot; &#39;s&#39; &copy;"))
