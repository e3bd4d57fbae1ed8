"""A JSON-like tokenizer and recursive-descent parser in plain Python."""


def make_document(n):
    # Build the text by hand so that the program does not depend on a json module.
    items = []
    for i in range(n):
        tags = ", ".join('"t%d"' % (j * i % 17) for j in range(i % 4))
        items.append('{"id": %d, "name": "item \\"%d\\"", "price": %d.%02d, '
                     '"ok": %s, "tags": [%s], "extra": null}'
                     % (i, i, i % 100, i % 97, "true" if i % 2 else "false", tags))
    return "[" + ",\n ".join(items) + "]"


PUNCT = "{}[]:,"


def tokenize(text):
    tokens = []
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c in " \n\t\r":
            i += 1
        elif c in PUNCT:
            tokens.append((c, c))
            i += 1
        elif c == '"':
            j = i + 1
            chars = []
            while text[j] != '"':
                if text[j] == "\\":
                    j += 1
                chars.append(text[j])
                j += 1
            tokens.append(("str", "".join(chars)))
            i = j + 1
        elif c.isdigit() or c == "-":
            j = i + 1
            while j < n and (text[j].isdigit() or text[j] in ".eE+-"):
                j += 1
            word = text[i:j]
            tokens.append(("num", float(word) if "." in word else int(word)))
            i = j
        elif text.startswith("true", i):
            tokens.append(("lit", True))
            i += 4
        elif text.startswith("false", i):
            tokens.append(("lit", False))
            i += 5
        elif text.startswith("null", i):
            tokens.append(("lit", None))
            i += 4
        else:
            raise ValueError("bad character %r at %d" % (c, i))
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def expect(self, kind):
        tok = self.tokens[self.pos]
        if tok[0] != kind:
            raise ValueError("expected %s, got %s" % (kind, tok[0]))
        self.pos += 1
        return tok

    def value(self):
        kind, val = self.tokens[self.pos]
        if kind == "{":
            return self.obj()
        if kind == "[":
            return self.array()
        self.pos += 1
        return val

    def obj(self):
        self.expect("{")
        out = {}
        if self.tokens[self.pos][0] == "}":
            self.pos += 1
            return out
        while True:
            key = self.expect("str")[1]
            self.expect(":")
            out[key] = self.value()
            if self.tokens[self.pos][0] == ",":
                self.pos += 1
                continue
            self.expect("}")
            return out

    def array(self):
        self.expect("[")
        out = []
        if self.tokens[self.pos][0] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            if self.tokens[self.pos][0] == ",":
                self.pos += 1
                continue
            self.expect("]")
            return out


doc = make_document(10000)
tokens = tokenize(doc)
data = Parser(tokens).value()
price = round(sum(item["price"] for item in data), 2)
oks = sum(1 for item in data if item["ok"])
tags = sum(len(item["tags"]) for item in data)
print("chars:", len(doc), "tokens:", len(tokens))
print("items:", len(data), "price:", price, "ok:", oks, "tags:", tags)
print("sample:", data[1234]["name"], data[1234]["tags"])
