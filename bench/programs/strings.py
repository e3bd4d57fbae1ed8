"""String building, splitting, joining, formatting and methods."""


def build_lines(n):
    lines = []
    for i in range(n):
        lines.append("item-%d,%s,%.2f" % (i, "abc"[i % 3] * (i % 5 + 1), i / 7))
    return "\n".join(lines)


def parse_lines(text):
    total = 0.0
    letters = 0
    for line in text.split("\n"):
        name, tag, value = line.split(",")
        total += float(value)
        letters += len(tag)
        if name.startswith("item-1") and tag.endswith("b"):
            letters += 1
    return round(total, 2), letters


def formatting(n):
    parts = []
    for i in range(n):
        parts.append(f"{i:05d}|{i * 3.5:>10.2f}|{hex(i)}|{str(i)[::-1]}")
    s = "".join(parts)
    return len(s), s.count("|"), s[-40:]


def transforms(n):
    acc = 0
    word = "The Quick Brown Fox Jumps"
    for i in range(n):
        w = word.lower() if i % 2 else word.upper()
        w = w.replace("O", "0").replace("o", "0")
        acc += w.find("0") + len(w.strip().split())
        acc += ord(w[i % len(w)])
    return acc


text = build_lines(90000)
print("chars:", len(text))
print("parsed:", parse_lines(text))
print("formatted:", formatting(90000))
print("transforms:", transforms(220000))
