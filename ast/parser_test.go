package ast

import (
	"encoding/json"
	"os/exec"
	"strings"
	"testing"
)

// The parser's unit tests compare the parser's trees and syntax errors for
// tricky snippets with what python3 (CPython 3.11) makes of the same
// snippets, computed when the test runs; nothing expected is typed in by
// hand. The tests are skipped where no CPython 3.11 is installed.

// parserSnippets are programs whose trees must match CPython's.
var parserSnippets = []string{
	"x = 1\n",
	"-1\n(a)+b\na + (b)\n(a, b)\na, b,\n",
	"a[1:2, ::3, *b]\na[*b]\na[:]\na[x:=1]\n",
	"f(a for a in b)\nf(*a, b=1, *c, **d)\nf(a)(b)[c].d\n",
	"@dec\n@dec2(1)\ndef f(a, /, b=1, *c, d, e=2, **f) -> int:\n    pass\n",
	"async def f():\n    await x\n    async for a in b: pass\n    async with a as b, c: pass\n    [x async for x in y]\n",
	"lambda: 0\nlambda a, *b, c=1, **d: a\nlambda *, a: a\n",
	"x = yield\nx = yield from y\ndef f(): return (yield)\n",
	"if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\n",
	"while x: pass\nelse: pass\nfor a, *b in c: pass\nelse: pass\n",
	"try:\n    pass\nexcept A as e:\n    pass\nexcept (B, C):\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"try:\n    pass\nexcept* A:\n    pass\n",
	"with (a as b, c as d):\n    pass\nwith (a, b):\n    pass\nwith (a):\n    pass\nwith (yield):\n    pass\n",
	"import a.b as c, d\nfrom . import (a, b as c,)\nfrom ...a import *\nfrom .... import x\n",
	"global a, b\nnonlocal c\ndel a, (b, c), [d], e.f, g[h]\nassert x, y\nraise A from B\n",
	"x: int = 1\n(y): int\na.b: int\na[0]: int = 2\nx += 1\nx **= 2\n",
	"a < b < c\na not in b is not c\nnot a and b or c\na if b else c\n",
	"{}\n{1: 2, **a}\n{1, *a}\n{a: b for a in c if d}\n{a for a in b}\n[a for a in b for c in d if e if f]\n",
	"'a' 'b'\nu'a' 'b'\nb'a' b'b'\nr'\\n' '\\n'\n'''a\nb'''\n",
	"f'a{b}c'\nf'{a!r:>{b}}'\nf'{a=}'\nf'{a = !s}'\nf'{a=:>10}'\n'x' f'{y}' 'z'\nf''\nf'{{}}'\n",
	"f'''\n{a\n+ b}\n  {c}'''\nx = (f'{a}'\n     f'{b}')\n",
	"f'{x:{y}{z}}'\nf'{x:a{y}b}'\n'c' f'{x:>{w}}'\nf'{\"a\"}'\nf'{a,b}'\n",
	"match x:\n    case 1 | 2: pass\n    case [a, *b]: pass\n    case {'k': v, **r}: pass\n    case Point(x=0, y=_) as p if p: pass\n    case (a, b): pass\n    case -1: pass\n    case 1+2j: pass\n    case a.b.c: pass\n    case None: pass\n    case _: pass\n",
	"match = 1\nmatch(x)\nmatch x, y:\n    case *a,: pass\ncase = 2\n",
	"x = 1  # type: int\ndef f(a,  # type: int\n      b):\n    # type: (...) -> None\n    pass\nfor a in b:  # type: int\n    pass\nx = 1  # type: ignore[x]\n",
	"print(*a, sep='')\nx = *a, *b\n(*a,) = b\n[a, *b] = c\n",
	"a = b = c = 1\na.b = c[d] = e\n",
	"class A(B, metaclass=C):\n    x = 1\nclass B: pass\n",
	"def f(*args: *Ts): pass\n",
	"\xe2\x84\x8c = 1\n",
	"x = '\\N{EM DASH}'\n",
	"x = f'''{\n  a}'''\n",
	"x = f'''abc\n  {a +\nb} {c!r}'''\n",
	"x = (f'a'\n  f'''\n{b}''')\n",
	"f'{x:{y}}' f'{z}'\n",
	"f'{x!r}' 'a' f'{y:>{z}.{w}}'\n",
	"f'{ x }'\nf'{x,}'\nf'{(yield)}'\nf'{(lambda: 1)}'\n",
	"f'{a[\"b\"]}'\nf\"{'a' 'b'}\"\nf'{3.14:.2f}'\nf'{x:=10}'\n",
	"f'\\N{EM DASH}{x}'\nrf'\\{x}'\nf'{{{x}}}'\n",
	"u'a' f'{x}'\n",
	"def f(a, b=1, /, c=2, *, d, e=3): pass\ndef g(*, a): pass\ndef h(a, /): pass\n",
	"lambda a, /, b: 0\nlambda *a, **k: 0\n",
	"@a.b.c\n@d[0]\n@(lambda f: f)\nclass C: pass\n",
	"x = [\n  1,\n  2,\n]\n",
	"if a:\n    if b:\n        pass\n    # c\n\nx = 1\n",
	"a = 1; b = 2;\n",
	"with a as (b, c): pass\nwith a as [b]: pass\nwith (a as b): pass\nwith (a, b as c): pass\nwith (a,): pass\n",
	"for (a, b) in c: pass\nfor [a] in b: pass\nfor a.b in c: pass\nfor a[0] in b: pass\n",
	"x = a if b else c if d else e\nx = not not a\nx = -+~a\nx = a ** -b ** c\nx = await_ = 1\n",
	"x = a @ b // c % d << e >> f & g ^ h | i\n",
	"x = a[b][c:d, e:f:g][...]\nx = a[()]\nx = a[b,]\n",
	"x = 1_000 + 0x_ff + 0o7 + 0b1 + 1e10 + 1.5j + 10**100 + .5 + 5.\n",
	"x = '''a\\\nb'''\nx = b'\\x00\\xff'\nx = '\\u00e9\\U0001F600'\n",
	"class A(metaclass=M, **kw): pass\nclass B(*bases): pass\n",
	"try:\n    pass\nexcept* (A, B) as e:\n    pass\nexcept* C:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
	"match a:\n    case {1: x, 'k': [y, *_], **rest}: pass\n    case C(1, b=2): pass\n    case [1, 2] | (3, 4) | {}: pass\n    case (x): pass\n    case (x,): pass\n    case -1-2j: pass\n    case 'a' 'b': pass\n    case b'x': pass\n    case A.B(): pass\n    case [*rest]: pass\n    case x if x > 0: pass\n",
	"match a, *b:\n    case _: pass\nmatch (a):\n    case _: pass\nmatch -a:\n    case _: pass\n",
	"async def f():\n    async with a: pass\n    await (yield)\n    return [await x async for x in y if await z]\n",
	"def f():\n    global x\n    nonlocal y\n    yield\n    yield a, b\n    x = yield from g()\n",
	"x: 'int'\nx: int = yield\n",
	"del (a), [b, c], (d, e)\n",
	"x = (a := 1, b := 2)\nif (n := len(a)) > 10: pass\nprint(x := 1)\ny = [z := 1]\n",
	"x = {**a, 'b': 1, **c}\nx = {*a, *b}\n",
	"assert (a, b)\nraise\nreturn\n",
	"import a\nimport a.b.c\nfrom a import b\nfrom .a import b as c, d\n",
	"x = 'a' \\\n    'b'\n",
	"if x:\n    pass\nelif y:\n    pass\nelif z:\n    pass\n",
	"def f(a,  # type: int\n      *args,  # type: str\n      **kw  # type: bool\n      ):\n    # type: (...) -> None\n    pass\n",
	"def f(): # type: () -> None\n    pass\nwith a as b: # type: int\n    pass\n",
	"x = []  # type: List[int]\n# type: ignore\n",
	"x = f(a)(b)(c)\nx = a.b.c.d\nx = a[1][2]\n",
	"print(*[1], **{'a': 2})\n",
	"x = (  # comment\n  1)\n",
	"class A:\n    def f(self): return 1\n\n    @property\n    def g(self): return 2\n",
	"x = yield\n",
	"x = 'é' + f'{é}ü{x}'\n",
	"x = f'{a!r:{b}}'\nx = f'{a:}'\nx = f'{a!s:}'\n",
	"x = f'{a}' f'{b}' 'c' f''\n",
	"f'''{a\n}'''\n",
	"x = f\"{f'{x}'}\"\n",
	"x = f'''{f\"\"\"{\n  y}\"\"\"}'''\n",
	"x = f'{x!r:^{w}.{p}f}' f'{y=!r}'\n",
	"x = (\n  f'{a}'\n  f'{b}'\n)\n",
	"x = f'{a:{b}}' 'c' f'd{e}'\n",
	"    \n",
	"",
	"# only comment\n",
	"x = 1\n\n\n",
	"if x:\n    pass\n# trailing\n",
	"\\\nx = 1\n",
	"x = 1 \\\n + 2\n",
	"class A:\n\n    x = 1\n\n\n    y = 2\n",
	"x = ('a'\n     'b')\n",
	"x = a if b else lambda: c\n",
	"x = lambda: (yield)\n",
	"x = [*a, *b]\n",
	"print(*a or b)\n",
	"x = a[b:=1]\n",
	"x = a[(b:=1)]\n",
	"f(a:=1)\n",
	"f(a, b:=1)\n",
	"f(b:=1, c=2)\n",
	"x = {(a:=1): 2}\n",
	"x = {a:=1}\n",
	"with a, b: pass\n",
	"with (a, b) as c: pass\n",
	"with (a for a in b): pass\n",
	"with (a)(b): pass\n",
	"with (a), (b): pass\n",
	"for x, in y: pass\n",
	"for *x, y in z: pass\n",
	"x = not a in b\n",
	"x = (a)(b)\n",
	"del a[0], a.b\n",
	"import a as b, c as d\n",
	"x = -2**2\n",
	"x = ~-+1\n",
	"x = 1 if 2 else 3 if 4 else 5\n",
	"x = [1][0].real\n",
	"x = ...\n",
	"x = a[...]\n",
	"global x; x = 1\n",
	"if 1: pass\nelif 2: pass\n",
	"x = (yield a, b)\n",
	"x = yield a, *b\n",
	"async def f():\n    await a ** b\n",
	"def f(a, *, b: int = 1, **c: str) -> None: pass\n",
	"@a\nasync def f(): pass\n",
	"match x:\n    case (1 | 2) as y: pass\n",
	"match x:\n    case [a, (b, c)]: pass\n",
	"match x:\n    case {**rest}: pass\n",
	"match x:\n    case Point(): pass\n",
	"match x:\n    case 1.5 | -0 | 1e3: pass\n",
	"match x:\n    case 'a' f'b': pass\n",
	"match x:\n case case: pass\n",
	"match x:\n    case match: pass\n",
	"x = match\nmatch.x = 1\nmatch[1] = 2\nprint(match)\n",
	"match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
}

// errorSnippets are programs CPython's ast.parse rejects; the class,
// message and location of the error must match.
var errorSnippets = []string{
	"if x\n    pass\n",
	"f() = 1\n",
	"1 = x\n",
	"if x = 1:\n    pass\n",
	"f(a=1, b)\n",
	"f(**a, *b)\n",
	"def f(a=1, b): pass\n",
	"if x:\npass\n",
	"  x = 1\n",
	"x = (1\n",
	"from x import a,\n",
	"try:\n    pass\nx = 1\n",
	"except a, b:\n",
	"f'{}'\n",
	"f'}'\n",
	"f'{a'\n",
	"(*a)\n",
	"def f(*): pass\n",
	"x = 1 +\n",
	"a b\n",
	"x = $\n",
	"print 'hello'\n",
	"import a.b from c\n",
	"for x in range(10)\n    pass\n",
	"class A\n    pass\n",
	"f(a for a in b, c)\n",
	"x += 1, = 2\n",
	"del f()\n",
	"(a, b): int\n",
	"a, b += 1\n",
	"x = 1 = 2\n",
	"def f():\n    x = 1\n   y = 2\n",
	"try:\n    pass\nexcept:\n    pass\nexcept* A:\n    pass\n",
	"x = f() = 1\n",
	"f(x=1, *a, b)\n",
	"x = [1 2]\n",
	"f(a, b for b in c)\n",
	"try:\n    pass\nexcept A, B:\n    pass\n",
	"f(a.b=1)\n",
	"f(True=1)\n",
	"a = 1 if b\n",
	"\n\nf'{a b}'\n",
	"(a b)\n",
	"[a, b c]\n",
	"f(a=1, b, c)\n",
	"f(a=1, b.c)\n",
	"f(a=1, b\n, c)\n",
	"f(**a, b)\n",
	"f(**a, *b, c)\n",
	"f(a=1, b for b in c)\n",
	"x = f'{a b}'\n",
	"x = f'{a!x}'\n",
	"x = f'{a:{b:{c}}}'\n",
	"x = (f'{a}' f'{)}')\n",
	"'a' b'c'\n",
	"try:\n    pass\nexcept*:\n    pass\n",
	"x = [*a for a in b]\n",
	"x = [a, b for a in b]\n",
	"x = {**a for a in b}\n",
	"x = {1:}\n",
	"x = {1: *a}\n",
	"f(*a for a in b)\n",
	"del *a, b\n",
	"x = (*a for a in b)\n",
	"x = {*a for a in b}\n",
	"x = {a: b, c}\n",
	"x = {a: b, c d}\n",
	"def f() -> :\n  pass\n",
	"class A(:\n  pass\n",
	"x = (a, b for a in c)\n",
	"f'{lambda: 1}'\n",
	"x = f'{a!}'\n",
	"x = f'{a:{b:{c}}}'\n",
	"x = f'{a#}'\n",
	"x = f'{a)}'\n",
	"x = f'{a]'\n",
	"x = f'{:x}'\n",
	"x = f'{!r}'\n",
	"x = f'{a!r'\n",
	"x = f'{a b}' 'c'\n",
	"print(f'{a b}')\n",
	"x = 1 if 2\n",
	"def f(**k, a): pass\n",
	"def f(a, /, b, /): pass\n",
	"def f(*a, *b): pass\n",
	"def f(*a=1): pass\n",
	"lambda *: 0\n",
	"a.b := 1\n",
	"(a.b := 1)\n",
	"a + 1 = 2\n",
	"[a, b] += 1\n",
	"f(x for x in y) = 1\n",
	"None = 1\n",
	"x, None = 1, 2\n",
	"for 1 in x: pass\n",
	"with a as 1: pass\n",
	"import\n",
	"from x import\n",
	"class\n",
	"x = )\n",
	"else:\n",
	"x = 0777\n",
	"x = 1__0\n",
	"x = 'a' b'b' 'c'\n",
	"x = yield = 1\n",
	"x = [i for i in range(3) if i else 0]\n",
	"\ufeffx = 1\n",
	"f'{\na}'\n",
	"x = f'''\n{a b}'''\n",
	"if x:\n    pass\n  else:\n    pass\n",
	"x = 'abc\n",
	"match x:\n    case 1:\n    pass\n",
	"match x:\ncase 1: pass\n",
	"with open(x) as f, open(y) as g\n    pass\n",
	"while x\n    pass\n",
	"x = (\n",
	"x = [1, 2\ny = 3\n",
	"x = {1: 2\n",
	"def f():\n    x = yield = 1\n",
	"try:\n    pass\nfinally:\n    pass\nexcept:\n    pass\n",
	"import a from b\n",
	"x = 1 \u20ac\n",
	"x = (1))\n",
	"if x:\n",
	"def f(:\n  pass\n",
	"x = [1, 2, 3\n",
	"class A(B:\n  pass\n",
	"for x in y:\npass\n",
	"try:\npass\n",
	"x = 1\n  y = 2\n",
	"a = b = \n",
	"a.1\n",
	"f(a, *)\n",
	"f(**)\n",
	"x = {a: b for a, b in c.items() if}\n",
	"if x:\n    pass\nelif:\n    pass\n",
	"def f(a b): pass\n",
	"x = a b c\n",
	"x = 'a' 'b' c\n",
	"nonlocal\n",
	"async = 1\n",
	"await = 1\n",
	"x = lambda x=1, y: x\n",
	"@\ndef f(): pass\n",
	"class A: pass\n  x = 1\n",
	"x = 1 +* 2\n",
	"x == 1 = 2\n",
	"print \"hi\"\n",
	"exec 'x'\n",
	"match x:\n    case 1+1: pass\n",
	"match x:\n    case a.b(): pass\n    case {a: 1}: pass\n",
	"match x:\n    case f(a=1, 2): pass\n",
	"match x:\n    case _ as _: pass\n",
	"x = not\n",
	"x = 5 if else 3\n",
	"async = 1\n",
	"x = 1; async\n",
	"def f(x):\n    return x +\n",
	"x = [a for a in]\n",
	"x = [a for in b]\n",
	"x = (a for a)\n",
	"f(a)(b\n",
	"import a.\n",
	"from . import *, a\n",
	"from x import (a, b\n",
	"x = 1 if True else\n",
	"x: = 1\n",
	"x: int = \n",
	"del\n",
	"assert\n",
	"raise from x\n",
	"global 1\n",
	"@x y\ndef f(): pass\n",
	"def f() -> int\n    pass\n",
	"class A(metaclass=M\n",
	"while True: break; continue\nelse x\n",
	"for x in 1, 2 3: pass\n",
	"lambda x: yield\n",
	"f(**a, b=1, *c)\n",
	"x = {'a': 1 'b': 2}\n",
	"x = (1 2)\n",
	"x = f(1 2)\n",
	"x = a[1 2]\n",
	"x = f'{\"\\N{EM DASH}\"}'\n",
	"class A(x for x in y): pass\n",
	"f(x for x in y,)\n",
	"x = a is not not b\n",
}

type pyResult struct {
	Dump  string `json:"dump"`
	Error *struct {
		Class     string `json:"class"`
		Msg       string `json:"msg"`
		Lineno    int    `json:"lineno"`
		Offset    int    `json:"offset"`
		EndLineno int    `json:"end_lineno"`
		EndOffset int    `json:"end_offset"`
	} `json:"error"`
}

const pyHelper = `
import ast, json, sys
out = []
for src in json.load(sys.stdin):
    try:
        t = ast.parse(src, "<test>", "exec", type_comments=True)
        out.append({"dump": ast.dump(t, include_attributes=True)})
    except SyntaxError as e:
        out.append({"error": {"class": type(e).__name__, "msg": e.msg, "lineno": e.lineno or 0,
            "offset": e.offset or 0, "end_lineno": e.end_lineno or 0, "end_offset": e.end_offset or 0}})
json.dump(out, sys.stdout)
`

// cpython runs python3 over the snippets, or skips the test without a
// CPython 3.11.
func cpython(t *testing.T, srcs []string) []pyResult {
	t.Helper()
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	ver, err := exec.Command(py, "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(ver)) != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	in, _ := json.Marshal(srcs)
	cmd := exec.Command(py, "-c", pyHelper)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var res []pyResult
	if err := json.Unmarshal(out, &res); err != nil {
		t.Fatal(err)
	}
	return res
}

func TestParserMatchesCPython(t *testing.T) {
	want := cpython(t, parserSnippets)
	for i, src := range parserSnippets {
		if want[i].Error != nil {
			t.Errorf("CPython rejects snippet %q: %s", src, want[i].Error.Msg)
			continue
		}
		tree, err := ParseString("<test>", src, ModeExec, true)
		if err != nil {
			t.Errorf("%q: %v", src, err)
			continue
		}
		if got := Dump(tree, DumpOptions{IncludeAttributes: true, Indent: -1}); got != want[i].Dump {
			t.Errorf("%q:\ngot  %s\nwant %s", src, got, want[i].Dump)
		}
	}
}

func TestSyntaxErrorsMatchCPython(t *testing.T) {
	want := cpython(t, errorSnippets)
	for i, src := range errorSnippets {
		w := want[i].Error
		if w == nil {
			t.Errorf("CPython accepts snippet %q", src)
			continue
		}
		_, err := ParseString("<test>", src, ModeExec, true)
		se, ok := err.(*SyntaxError)
		if !ok {
			t.Errorf("%q: got %v, want %s: %s", src, err, w.Class, w.Msg)
			continue
		}
		got := [6]any{se.Class, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset}
		exp := [6]any{w.Class, w.Msg, w.Lineno, w.Offset, w.EndLineno, w.EndOffset}
		if got != exp {
			t.Errorf("%q:\ngot  %v\nwant %v", src, got, exp)
		}
	}
}
