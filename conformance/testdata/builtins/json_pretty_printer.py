# A JSON-like pretty printer and parser written by hand.
def dumps(value, indent=2, level=0, sort_keys=False):
    pad = " " * (indent * (level + 1))
    end = " " * (indent * level)
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = ['"']
        for ch in value:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 32 or ord(ch) > 126:
                out.append(f"\\u{ord(ch):04x}")
            else:
                out.append(ch)
        out.append('"')
        return "".join(out)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, level + 1, sort_keys) for v in value]
        return "[\n" + ",\n".join(items) + "\n" + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        keys = sorted(value) if sort_keys else list(value)
        items = [f"{pad}{dumps(str(k))}: {dumps(value[k], indent, level + 1, sort_keys)}" for k in keys]
        return "{\n" + ",\n".join(items) + "\n" + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")

class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1

    def parse(self):
        self.skip()
        ch = self.text[self.pos]
        if ch == "{":
            self.pos += 1
            result = {}
            self.skip()
            if self.text[self.pos] == "}":
                self.pos += 1
                return result
            while True:
                self.skip()
                key = self.parse()
                self.skip()
                assert self.text[self.pos] == ":", self.pos
                self.pos += 1
                result[key] = self.parse()
                self.skip()
                sep = self.text[self.pos]
                self.pos += 1
                if sep == "}":
                    return result
        if ch == "[":
            self.pos += 1
            items = []
            self.skip()
            if self.text[self.pos] == "]":
                self.pos += 1
                return items
            while True:
                items.append(self.parse())
                self.skip()
                sep = self.text[self.pos]
                self.pos += 1
                if sep == "]":
                    return items
        if ch == '"':
            self.pos += 1
            out = []
            while self.text[self.pos] != '"':
                c = self.text[self.pos]
                if c == "\\":
                    nxt = self.text[self.pos + 1]
                    if nxt == "u":
                        out.append(chr(int(self.text[self.pos + 2:self.pos + 6], 16)))
                        self.pos += 6
                        continue
                    out.append({"n": "\n"}.get(nxt, nxt))
                    self.pos += 2
                    continue
                out.append(c)
                self.pos += 1
            self.pos += 1
            return "".join(out)
        for word, val in (("null", None), ("true", True), ("false", False)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "+-0123456789.eE":
            self.pos += 1
        num = self.text[start:self.pos]
        return float(num) if any(c in num for c in ".eE") else int(num)

doc = {"name": "rebeam", "version": [3, 11], "ok": True, "nothing": None,
       "nested": {"pi": 3.14159, "empty": [], "e": {}, "quote": 'say "hi"\n', "uni": "café"},
       "list": [1, [2, [3, []]], {"k": -1.5e-07}]}
text = dumps(doc)
print(text)
back = Parser(text).parse()
print(back == doc, back["nested"]["uni"], back["list"][2])
print(dumps({"b": 1, "a": [True, False]}, indent=4, sort_keys=True))
try:
    dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
