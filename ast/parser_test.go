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
}

// errorSnippets are programs CPython rejects; the error must match.
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
