package ast_test

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/txtar"

	"github.com/rebeam/rebeam/ast"
)

// fuzzHangTimeout is how long one parse and dump may take before FuzzParse
// calls it a hang. The largest seed, a few KB, parses in well under a
// millisecond; even under the fuzzer's coverage instrumentation a parse
// that takes seconds is a bug.
const fuzzHangTimeout = 10 * time.Second

// fuzzSeedMaxSize bounds the standard-library files used as seeds: small
// inputs mutate and run faster, and the grammar is all there in small files.
const fuzzSeedMaxSize = 8 << 10

// fuzzSnippets are small seeds that reach corners of the grammar and the
// tokenizer that short stdlib files may miss.
var fuzzSnippets = []string{
	"",
	"\n",
	"x = 1\n",
	"x = 1",
	"\ufeffx = 1\n",
	"# -*- coding: latin-1 -*-\nx = 'caf\xe9'\n",
	"x = 1\r\ny = 2\r\n",
	"if x:\n\tpass\nelse:\n        pass\n",
	"def f(a, /, b=1, *c, d, e=2, **f) -> None:\n    return (yield from g())\n",
	"async def f():\n    async with a as b, c:\n        await x\n    async for i in y:\n        pass\n",
	"@dec\n@dec2(1)\nclass C(B, metaclass=M):\n    x: int = 1\n    def m(self): ...\n",
	"match p:\n    case [1, *rest] | {'k': v, **kw} if v:\n        pass\n    case Point(x=0, y=0) as q:\n        pass\n    case -1+2j | None | True:\n        pass\n    case _:\n        pass\n",
	"f'{a!r:>{width}} {b=} {c:{d}.{e}f} {{}}' rf'\\{x}' F'''{\n  y\n}'''\n",
	"x = [i for i in range(10) if i % 2 for j in i]\ny = {k: v for k, v in z}\nz = (a async for a in b)\n",
	"lambda *args, **kw: (args, kw)\nlambda: 0\nlambda x=1, *, y: x\n",
	"(x := 1)\nprint(f(x := 2), y := 3) if 0 else 0\n",
	"try:\n    pass\nexcept* (A, B) as e:\n    raise X from e\nelse:\n    pass\nfinally:\n    del a[1:2, ::3], b.c\n",
	"with (open(a) as b, open(c) as d,):\n    pass\n",
	"x = 0x_ff + 0o17 + 0b1_0 + 1_000.5e-3 + 1j + .5 + 5. + 0_0\n",
	"s = b'\\x00' rb'\\d' u'\\N{BULLET}' '\\u00e9' 'a' 'b' \"\"\"doc\"\"\"\n",
	"x = \\\n    1 + \\\n    2\n",
	"def f(a,  # type: int\n      ):\n    # type: (...) -> None\n    x = []  # type: List[int]\n",
	"global a, b\nnonlocal c\nassert x, 'msg'\nimport a.b as c, d\nfrom ..e import (f as g, h,)\nfrom . import *\n",
	"a[1:2:3, ...] = b @ c ** -d // e % f << g >> h & i ^ j | ~k\n",
	"if a < b <= c != d is not e not in f in g is h:\n    pass\nelif not x and y or z:\n    pass\n",
	"x: 'List[int]'\ny.z: int\n(w): int = 1\n",
	"for x, *y in z:\n    continue\nelse:\n    break\nwhile 1:\n    pass\nelse:\n    pass\n",
	"ä = 'ü'\nπ = 3.14\nℌ = 1\n",
	"(" + strings.Repeat("(", 190) + strings.Repeat(")", 191) + "\n",
	"x = " + strings.Repeat("-", 100) + "1\n",
	"x = " + strings.Repeat("[", 100) + strings.Repeat("]", 100) + "\n",
	"x = " + strings.Repeat("a.", 100) + "b\n",
	"x = f'{f\"{f'{1}'}\"}'\n",
	"print 'hello'\nexec 'code'\n",
	"def f():\n  if x:\n    pass\n pass\n",
	"'''unterminated\n",
	"x = 1\x00\n",
	"\xff\xfe\n",
}

// FuzzParse checks that ast.ParseFile, on any input and in any mode, returns
// in bounded time either a tree that ast.Dump can print or a *SyntaxError
// with a line number and a message, and never panics.
//
// Run it with: go test ./ast -run '^$' -fuzz FuzzParse -fuzztime 10m -timeout 30m
// (go test's default 10m -timeout also bounds fuzzing, so it must be raised).
// A failing input is saved under testdata/fuzz/FuzzParse and from then on
// runs with every go test as a regression test.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSnippets {
		f.Add([]byte(s), uint8(ast.ModeExec))
	}
	for _, s := range []string{"x + 1", "[a for a in b]", "f(*a, **k)", "lambda: (yield)", "1 if x else", ""} {
		f.Add([]byte(s), uint8(ast.ModeEval))
	}
	for _, s := range []string{"x = 1\n", "if x:\n    pass\n\n", "1; 2\n"} {
		f.Add([]byte(s), uint8(ast.ModeSingle))
	}
	for _, s := range []string{"(int, str) -> List[int]", "(*int, **str) -> None", "() -> x"} {
		f.Add([]byte(s), uint8(ast.ModeFuncType))
	}
	if ar, err := txtar.ParseFile(syntaxErrorCases); err == nil {
		for _, file := range ar.Files {
			f.Add(file.Data, uint8(ast.ModeExec))
		}
	}
	// A sample of the standard library, when a CPython 3.11 says where it
	// is: every third of its small files.
	if py := lookupPython(); py != nil {
		n := 0
		for _, file := range py.stdlibFiles(f) {
			if file.size > fuzzSeedMaxSize {
				continue
			}
			if n++; n%3 != 0 {
				continue
			}
			if src, err := os.ReadFile(file.path); err == nil {
				f.Add(src, uint8(ast.ModeExec))
			}
		}
	}

	f.Fuzz(func(t *testing.T, src []byte, modeByte uint8) {
		mode := ast.Mode(modeByte % 4)
		type outcome struct {
			res     goResult
			dumpErr error
		}
		done := make(chan outcome, 1)
		go func() {
			var o outcome
			o.res = parseGo("<fuzz>", src, mode)
			if o.res.Panic == "" && o.res.Err == nil && o.res.Tree != nil {
				_, o.dumpErr = dumpGo(o.res.Tree)
			}
			done <- o
		}()
		var o outcome
		select {
		case o = <-done:
		case <-time.After(fuzzHangTimeout):
			t.Fatalf("mode %d: ParseFile and Dump did not finish within %v (a hang?) on %d bytes:\n%s", mode, fuzzHangTimeout, len(src), quoteInput(src))
		}
		if err := checkParseOutcome(mode, src, o.res, o.dumpErr); err != nil {
			t.Fatalf("mode %d: %v\ninput:\n%s", mode, err, quoteInput(src))
		}
	})
}

// lineless reports whether msg is the message of an error that CPython
// raises without a line number (lineno None or 0), so that Lineno 0 is
// right for it: the source as a whole is at fault, not a line of it.
func lineless(msg string) bool {
	for _, p := range []string{
		"source code string cannot contain null bytes",
		"unknown encoding",
		"encoding problem",
	} {
		if strings.HasPrefix(msg, p) {
			return true
		}
	}
	// Source that does not decode in the codec its coding declaration
	// names, as "#coding:utf8\xb7" does: "'utf-8' codec can't decode ...".
	return strings.HasPrefix(msg, "'") && strings.Contains(msg, " codec can't decode ")
}

// checkParseOutcome is FuzzParse's property.
func checkParseOutcome(mode ast.Mode, src []byte, res goResult, dumpErr error) error {
	if res.Panic != "" {
		return fmt.Errorf("ast.ParseFile panicked: %s", res.Panic)
	}
	if res.Err != nil {
		if res.Tree != nil {
			return fmt.Errorf("ast.ParseFile returned both a tree and the error %v", res.Err)
		}
		se, ok := res.Err.(*ast.SyntaxError)
		if !ok {
			return fmt.Errorf("ast.ParseFile returned %T, not *ast.SyntaxError: %v", res.Err, res.Err)
		}
		switch se.Class {
		case "SyntaxError", "IndentationError", "TabError":
		default:
			return fmt.Errorf("SyntaxError.Class is %q: %v", se.Class, se)
		}
		if se.Msg == "" {
			return fmt.Errorf("SyntaxError has no message: %#v", se)
		}
		// Empty source has no line: CPython reports line 0 when an
		// expression (eval, single, func_type) is missing from it.
		if se.Lineno < 1 && !lineless(se.Msg) && len(src) > 0 {
			return fmt.Errorf("SyntaxError.Lineno is %d: %v", se.Lineno, se)
		}
		if se.Format() == "" {
			return errors.New("SyntaxError.Format is empty")
		}
		return nil
	}
	if res.Tree == nil {
		return errors.New("ast.ParseFile returned neither a tree nor an error")
	}
	var ok bool
	switch mode {
	case ast.ModeExec:
		_, ok = res.Tree.(*ast.Module)
	case ast.ModeEval:
		_, ok = res.Tree.(*ast.Expression)
	case ast.ModeSingle:
		_, ok = res.Tree.(*ast.Interactive)
	case ast.ModeFuncType:
		_, ok = res.Tree.(*ast.FunctionType)
	}
	if !ok {
		return fmt.Errorf("ast.ParseFile returned a %T", res.Tree)
	}
	return dumpErr
}

// quoteInput shows a fuzz input as a Go string, cut short if long.
func quoteInput(src []byte) string {
	const limit = 2000
	if len(src) > limit {
		return fmt.Sprintf("%q ... (%d bytes)", src[:limit], len(src))
	}
	return fmt.Sprintf("%q", src)
}
