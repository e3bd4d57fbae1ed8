"""Recursive-descent calculator with variables, functions and good errors."""
import re
import math
import operator
from dataclasses import dataclass

TOKEN = re.compile(r"""
    (?P<num>\d+(?:\.\d*)?(?:[eE][-+]?\d+)?)
  | (?P<name>[A-Za-z_]\w*)
  | (?P<op>\*\*|//|[-+*/%^(),=])
  | (?P<ws>\s+)
  | (?P<bad>.)
""", re.VERBOSE)

@dataclass
class Tok:
    kind: str
    text: str
    pos: int

class CalcError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos

def lex(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "ws":
            continue
        if kind == "bad":
            raise CalcError(f"unexpected character {m.group()!r}", m.start())
        yield Tok(kind, m.group(), m.start())
    yield Tok("eof", "", len(src))

BINOPS = {"+": (1, operator.add), "-": (1, operator.sub), "*": (2, operator.mul), "/": (2, operator.truediv),
          "//": (2, operator.floordiv), "%": (2, operator.mod), "**": (3, operator.pow), "^": (3, operator.pow)}
FUNCS = {"sqrt": math.sqrt, "max": max, "min": min, "abs": abs, "round": round, "log": math.log, "hypot": math.hypot}

class Parser:
    def __init__(self, src, env):
        self.toks = list(lex(src))
        self.i = 0
        self.env = env

    @property
    def cur(self):
        return self.toks[self.i]

    def eat(self, text=None):
        tok = self.cur
        if text is not None and tok.text != text:
            raise CalcError(f"expected {text!r} but found {tok.text or 'end of input'!r}", tok.pos)
        self.i += 1
        return tok

    def statement(self):
        if self.cur.kind == "name" and self.toks[self.i + 1].text == "=":
            name = self.eat().text
            self.eat("=")
            value = self.expr(0)
            self.env[name] = value
        else:
            value = self.expr(0)
        if self.cur.kind != "eof":
            raise CalcError(f"trailing input {self.cur.text!r}", self.cur.pos)
        return value

    def expr(self, min_prec):
        left = self.unary()
        while (op := self.cur.text) in BINOPS and BINOPS[op][0] >= min_prec:
            prec, fn = BINOPS[op]
            self.eat()
            right = self.expr(prec if op in ("**", "^") else prec + 1)
            try:
                left = fn(left, right)
            except ZeroDivisionError as e:
                raise CalcError(f"math error: {e}") from None
        return left

    def unary(self):
        if self.cur.text in "+-" and self.cur.kind == "op":
            sign = -1 if self.eat().text == "-" else 1
            return sign * self.unary()
        return self.atom()

    def atom(self):
        tok = self.eat()
        if tok.kind == "num":
            return float(tok.text) if any(c in tok.text for c in ".eE") else int(tok.text)
        if tok.kind == "name":
            if self.cur.text == "(":
                self.eat("(")
                args = []
                if self.cur.text != ")":
                    args.append(self.expr(0))
                    while self.cur.text == ",":
                        self.eat(",")
                        args.append(self.expr(0))
                self.eat(")")
                try:
                    return FUNCS[tok.text](*args)
                except KeyError:
                    raise CalcError(f"unknown function {tok.text}", tok.pos)
                except (TypeError, ValueError) as e:
                    raise CalcError(f"{tok.text}: {e}", tok.pos)
            if tok.text in self.env:
                return self.env[tok.text]
            raise CalcError(f"undefined variable {tok.text}", tok.pos)
        if tok.text == "(":
            v = self.expr(0)
            self.eat(")")
            return v
        raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)

env = {"pi": math.pi, "e": math.e}
lines = ["1 + 2 * 3", "2 ** 3 ** 2", "-2 ^ 2", "(1 + 2) * (3 + 4) / 7", "x = 10 // 3", "x * 1.5e2",
         "7 % -3", "sqrt(16) + max(1, 9, 4)", "hypot(3, 4)", "round(pi, 4)", "1 / 0", "2 +", "3 $ 4",
         "foo(1)", "y + 1", "sqrt(-1)", "(1 + 2", "1 2", "log(e ** 3)", "abs(-7) // 2 + 0.1 + 0.2", "max()"]
for src in lines:
    try:
        result = Parser(src, env).statement()
        print(f"{src:<28} = {result!r}")
    except CalcError as err:
        where = "" if err.pos is None else "\n" + " " * (31 + err.pos) + "^"
        print(f"{src:<28} ! {err}{where}")
print(sorted(k for k in env if not k.startswith("_")), env["x"])
print([t.kind for t in lex("a=1.5e3+b**2")])
