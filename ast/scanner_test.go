package ast

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// python3 runs a Python script with a JSON value on standard input and
// decodes the JSON it prints into out. It skips the test when python3 is
// not installed or is not CPython 3.11, whose behaviour is the reference.
func python3(t *testing.T, script string, in, out any) {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	ver, err := exec.Command("python3", "-c", "import sys; print(sys.version_info[:2] == (3, 11))").Output()
	if err != nil || strings.TrimSpace(string(ver)) != "True" {
		t.Skip("python3 is not CPython 3.11")
	}
	data, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("python3", "-c", script)
	cmd.Stdin = strings.NewReader(string(data))
	cmd.Stderr = os.Stderr
	res, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	if err := json.Unmarshal(res, out); err != nil {
		t.Fatalf("decoding python3's output: %v\n%s", err, res)
	}
}

// tokenizeScript prints the tokens of each source as Python's tokenize
// module sees them, less the tokens the C tokenizer does not produce
// (COMMENT, NL, ENCODING), with columns turned from characters into UTF-8
// bytes. INDENT's text is dropped: the Scanner gives INDENT no text.
const tokenizeScript = `
import io, json, sys, tokenize, token
out = []
for src in json.load(sys.stdin):
    if src.startswith("@file:"):
        try:
            with open(src[6:], "rb") as f:
                data = f.read()
            enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
            src = data.decode(enc)
            if src.startswith("\ufeff"):
                src = src[1:]
            list(tokenize.generate_tokens(io.StringIO(src).readline))
        except Exception:
            out.append(None)
            continue
    # The C tokenizer reads \r\n and \r as \n and adds a final newline;
    # it puts the DEDENTs at the end and ENDMARKER on the last line, after
    # its newline, where tokenize puts them on the line after.
    src = src.replace("\r\n", "\n").replace("\r", "\n")
    full = src + ("\n" if src and not src.endswith("\n") else "")
    flines = [l + "\n" for l in full.split("\n")[:-1]]
    endpos = [len(flines), len(flines[-1].encode())] if flines else [1, 0]
    lines = [l + "\n" for l in src.split("\n")]
    def bcol(row, col):
        if row - 1 < len(lines):
            line = lines[row - 1]
            return len(line[:col].encode()) + max(0, col - len(line))
        return col
    toks = []
    for t in tokenize.generate_tokens(io.StringIO(src).readline):
        if t.type in (tokenize.COMMENT, tokenize.NL, tokenize.ENCODING):
            continue
        kind = token.tok_name[t.exact_type]
        if kind == "ENDMARKER":
            kind = "EOF"
        text = t.string
        if kind in ("INDENT", "DEDENT", "EOF"):
            text = ""
        toks.append([kind, text, t.start[0], bcol(*t.start), t.end[0], bcol(*t.end)])
    for tok in reversed(toks):
        if tok[0] not in ("DEDENT", "EOF"):
            break
        tok[2:] = endpos + endpos
    out.append(toks)
print(json.dumps(out))
`

var kindNames = map[TokenKind]string{
	EOF: "EOF", NEWLINE: "NEWLINE", INDENT: "INDENT", DEDENT: "DEDENT", NAME: "NAME",
	NUMBER: "NUMBER", STRING: "STRING", TYPE_COMMENT: "TYPE_COMMENT", LPAR: "LPAR",
	RPAR: "RPAR", LSQB: "LSQB", RSQB: "RSQB", LBRACE: "LBRACE", RBRACE: "RBRACE",
	COLON: "COLON", COMMA: "COMMA", SEMI: "SEMI", PLUS: "PLUS", MINUS: "MINUS",
	STAR: "STAR", SLASH: "SLASH", VBAR: "VBAR", AMPER: "AMPER", LESS: "LESS",
	GREATER: "GREATER", EQUAL: "EQUAL", DOT: "DOT", PERCENT: "PERCENT",
	EQEQUAL: "EQEQUAL", NOTEQUAL: "NOTEQUAL", LESSEQUAL: "LESSEQUAL",
	GREATEREQUAL: "GREATEREQUAL", TILDE: "TILDE", CIRCUMFLEX: "CIRCUMFLEX",
	LEFTSHIFT: "LEFTSHIFT", RIGHTSHIFT: "RIGHTSHIFT", DOUBLESTAR: "DOUBLESTAR",
	PLUSEQUAL: "PLUSEQUAL", MINEQUAL: "MINEQUAL", STAREQUAL: "STAREQUAL",
	SLASHEQUAL: "SLASHEQUAL", PERCENTEQUAL: "PERCENTEQUAL", AMPEREQUAL: "AMPEREQUAL",
	VBAREQUAL: "VBAREQUAL", CIRCUMFLEXEQUAL: "CIRCUMFLEXEQUAL",
	LEFTSHIFTEQUAL: "LEFTSHIFTEQUAL", RIGHTSHIFTEQUAL: "RIGHTSHIFTEQUAL",
	DOUBLESTAREQUAL: "DOUBLESTAREQUAL", DOUBLESLASH: "DOUBLESLASH",
	DOUBLESLASHEQUAL: "DOUBLESLASHEQUAL", AT: "AT", ATEQUAL: "ATEQUAL",
	RARROW: "RARROW", ELLIPSIS: "ELLIPSIS", COLONEQUAL: "COLONEQUAL",
	EXCLAMATION: "EXCLAMATION", TYPE_IGNORE: "TYPE_IGNORE", OP: "OP",
}

// scanAll returns every token of src in the form tokenizeScript prints.
func scanAll(t *testing.T, src string) [][]any {
	t.Helper()
	s := NewScanner("x.py", src, false)
	var toks [][]any
	for {
		tok, err := s.Next()
		if err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		text := tok.Text
		if tok.Kind == INDENT {
			text = ""
		}
		toks = append(toks, []any{kindNames[tok.Kind], text,
			float64(tok.Start.Line), float64(tok.Start.Col), float64(tok.End.Line), float64(tok.End.Col)})
		if tok.Kind == EOF {
			return toks
		}
	}
}

// tokenSources are inputs whose token streams are compared with Python's.
var tokenSources = []string{
	"",
	"x",
	"x = 1\n",
	"x = 1",
	"if x:\n    y\n",
	"if x:\n    y",
	"if x:\n    if y:\n        z\n    w\nv\n",
	"if x:\n\ty\n\tif z:\n\t\tw\n",
	"def f(a,\n      b):\n    return a\n",
	"x = (1 +\n\n  # comment\n  2)\n",
	"x = 1 + \\\n    2\n",
	"# only a comment\n",
	"\n\n\nx\n\n\n",
	"x  # trailing comment",
	"if x:\n    # comment at another indent\n  # and another\n    y\n",
	"a.b...c\n",
	"...",
	"x[1:2, ::3]\n",
	"a += 1; b -= 2; c *= 3; d /= 4; e //= 5; f %= 6; g **= 7\n",
	"a @= b; c &= d; e |= f; g ^= h; i <<= j; k >>= l\n",
	"a == b != c <= d >= e < f > g\n",
	"a << b >> c ** d // e ~ f\n",
	"def f() -> int: pass\n",
	"(x := 1)\n",
	"0 1 12 0x1f 0X_1F 0o17 0O_7 0b101 0B_1 1_000 0_0 00\n",
	"1. .5 1.5 1e10 1E-5 1.5e+3 1_0.0_1e1_0 1j 1.5J 0j 00j 09.5 1e5j 0.j\n",
	"1if x else 2\n",
	"[0x1for x in y]\n",
	"'a' \"b\" '''c''' \"\"\"d\"\"\" '' \"\" '''''' \n",
	"r'a\\' b' R\"\\\"\" u'x' U'y' b'z' B'z' br'a' Rb'b' bR'c' RB'd' f'{x}' F'' fr'' Rf'' fR'{x!r}'\n",
	"'''a\nb\nc''' + x\n",
	"'a\\\nb'\n",
	"x = '''\n  indented\n'''\n",
	"\u00e9t\u00e9 = 'caf\u00e9'\n",
	"\u0394 = \u03c0 * r\u00b5 if False else \u0394\n",
	"\ufb01x = \u00b5\n",
	"x = '\u20ac' # \u20ac\n",
	"x = 1\r\ny = 2\r\n",
	"x = 1\ry = 2\r",
	"if x:\r\n    y\r\n",
	"\u000cx = 1\n",
	"if x:\n    y\n\u000c\nz\n",
	"class A:\n    def f(self):\n        pass\n\n\n\nx = 1\n",
	"async def f():\n    await x\n",
	"x = [\n    1,\n    2,\n]\n",
	"{a: b for a, b in c}\n",
	"@decorator\ndef f(): ...\n",
	"lambda *args, **kw: (args, kw)\n",
	"print(f\"{x:{width}.{prec}}\", rb'\\x00')\n",
	"if x:\n    pass\n  \n",
	"if x:\n    pass\n    ",
	"x = 1 \\\n\n",
	"rb = 1; ur = 2; bu = 3; fb = 4; rf = 5\n",
}

func TestTokensMatchPython(t *testing.T) {
	var want [][][]any
	python3(t, tokenizeScript, tokenSources, &want)
	for i, src := range tokenSources {
		got := scanAll(t, src)
		// Python's tokenize normalises line ends differently; compare the
		// kinds, texts and positions as the C tokenizer defines them.
		w := want[i]
		for _, tok := range w {
			tok[1] = strings.ReplaceAll(strings.ReplaceAll(tok[1].(string), "\r\n", "\n"), "\r", "\n")
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("%q: tokens differ (-want +got):\n%s", src, diff)
		}
	}
}

// compileScript compiles each source with compile() and prints the
// SyntaxError it raises (class, message, lineno, offset, end_lineno,
// end_offset), or null.
const compileScript = `
import json, sys
out = []
for src in json.load(sys.stdin):
    try:
        compile(src, "x.py", "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset])
print(json.dumps(out))
`

// errorSources are inputs on which CPython's tokenizer fails before its
// parser sees anything wrong.
var errorSources = []string{
	"1abc\n",
	"x = 1_\n",
	"x = 1__0\n",
	"x = 0x\n",
	"x = 0xg\n",
	"x = 0x1_\n",
	"x = 0o8\n",
	"x = 0o18\n",
	"x = 0o\n",
	"x = 0b2\n",
	"x = 0b12\n",
	"x = 0b\n",
	"x = 012\n",
	"x = 00012\n",
	"x = 0_12\n",
	"x = 1e\n",
	"x = 1e+\n",
	"x = 1.5_\n",
	"x = 1jx\n",
	"x = 1_000abc\n",
	"x = 0b1a\n",
	"x = 1.e5x\n",
	"x = 'abc\n",
	"x = 'abc",
	"x = \"\"\"abc\n\ndef\n",
	"x = f'abc\n",
	"y = 1\nx = '''abc",
	"foo(\n",
	"foo(1, [2,\n 3\n",
	"x = {\n\n",
	"foo(1]\n",
	"foo(1,\n 2]\n",
	"x = 1)\n",
	"x = ]\n",
	"x = 1 \\ y\n",
	"x = 1 \\",
	"x = 1 + \\\n",
	"x = \u00a0\n",
	"x = a\u00a0b\n",
	"x = \u20ac\n",
	"x = a\u20acb\n",
	"x = \u20acab\n",
	"\u00e9\u20ac = 1\n",
	"x = \x01\n",
	"x = 1\x0b\n",
	"if x:\n    y\n  z\n",
	"if x:\n        y\n    z\n",
	"if x:\n\ty\n        z\n",
	"if x:\n        y\n\tz\n",
	"if x:\n    y\n\tz\n",
	"if x:\n  \ty\n\t  z\n",
	"x = (\n" + strings.Repeat("(", 199) + strings.Repeat(")", 199) + ")\n",
	strings.Repeat("(", 201) + strings.Repeat(")", 201) + "\n",
	"def f():\n  \\\n        x = 1\n  y\n z\n",
	"foo(1, \\",
	"x = 1\ny = \u00e9 \\ z\n",
	"x = (1,\n  \u00e9 \\ z)\n",
	"if x:\n    \\ y\n",
	"foo(1,\n \\\n",
	"x = 1\n\\",
	"x = \u00e9\u00e9 $\x01",
	"x = '\u00e9\u00e9\n",
	"x = \u00e9\u00e9 + 1abc\n",
	"x = \u00e9\u00e9 + 0b12\n",
	"if x:\n\u00a0 y\n",
	"s = '''\n\u00e9\u00e9\n",
	"\u00e9 = (1,\n  2]\n",
}

// scanError scans src to its first error.
func scanError(src string) error {
	s := NewScanner("x.py", src, false)
	for {
		tok, err := s.Next()
		if err != nil {
			return err
		}
		if tok.Kind == EOF {
			return nil
		}
	}
}

func errorTuple(err error) []any {
	if err == nil {
		return nil
	}
	e := err.(*SyntaxError)
	return []any{e.Class, e.Msg, float64(e.Lineno), float64(e.Offset), float64(e.EndLineno), float64(e.EndOffset)}
}

func TestErrorsMatchPython(t *testing.T) {
	srcs := append([]string(nil), errorSources...)
	srcs = append(srcs, deepIndent(98), deepIndent(99), deepIndent(100))
	var want [][]any
	python3(t, compileScript, srcs, &want)
	for i, src := range srcs {
		got := errorTuple(scanError(src))
		w := want[i]
		if w != nil && w[4] == nil {
			// CPython has no end; the Scanner says 0.
			w[4], w[5] = float64(0), float64(0)
		}
		if diff := cmp.Diff(w, got); diff != "" {
			t.Errorf("%q: error differs (-want +got):\n%s", src, diff)
		}
	}
}

// deepIndent nests n if-blocks.
func deepIndent(n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		b.WriteString(strings.Repeat(" ", i))
		b.WriteString("if x:\n")
	}
	b.WriteString(strings.Repeat(" ", n))
	b.WriteString("pass\n")
	return b.String()
}

func TestTypeComments(t *testing.T) {
	src := "def f(a,  # type: int\n      b):\n    # type: (...) -> None\n    x = 1  # type: ignore[misc]\n    # type: ignore\n    y = []  #type:List[int]  \n    z = 0  # type: ignored\n"
	s := NewScanner("x.py", src, true)
	var got []string
	for {
		tok, err := s.Next()
		if err != nil {
			t.Fatal(err)
		}
		if tok.Kind == EOF {
			break
		}
		switch tok.Kind {
		case TYPE_COMMENT, TYPE_IGNORE, NEWLINE, INDENT, DEDENT:
			got = append(got, kindNames[tok.Kind]+":"+tok.Text)
		}
	}
	want := []string{
		"TYPE_COMMENT:int", "NEWLINE:\n", "TYPE_COMMENT:(...) -> None", "NEWLINE:\n", "INDENT:",
		"TYPE_IGNORE:[misc]", "NEWLINE:\n", "TYPE_IGNORE:", "TYPE_COMMENT:List[int]  ", "NEWLINE:\n",
		"TYPE_COMMENT:ignored", "NEWLINE:\n", "DEDENT:",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("type comments (-want +got):\n%s", diff)
	}
}

// TestScannerStdlib scans every module of the installed Python's standard
// library, checks that the Scanner fails exactly where compile() fails
// with a tokenizer error, and reports the speed.
func TestScannerStdlib(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not found")
	}
	out, err := exec.Command("python3", "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Skip("no stdlib")
	}
	root := strings.TrimSpace(string(out))
	var files []string
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return nil
		}
		if info.IsDir() && info.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if !info.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	var texts []string
	var names []string
	total := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		text, err := DecodeSource(data)
		if err != nil {
			t.Logf("%s: %v", f, err)
			continue
		}
		texts = append(texts, text)
		names = append(names, f)
		total += len(data)
	}
	// Scan three times and keep the fastest, as the machine may be busy.
	failed := map[string]error{}
	var el time.Duration
	ntok := 0
	for round := 0; round < 3; round++ {
		ntok = 0
		start := time.Now()
		scanTexts(texts, names, failed, &ntok)
		if d := time.Since(start); round == 0 || d < el {
			el = d
		}
	}
	t.Logf("%d files, %.1f MB, %d tokens in %v: %.0f MB/s", len(texts), float64(total)/1e6, ntok, el, float64(total)/1e6/el.Seconds())
	if len(failed) == 0 {
		return
	}
	// Every failure must be a file that CPython rejects with the same error.
	var fl []string
	for f := range failed {
		fl = append(fl, f)
	}
	var want [][]any
	python3(t, `
import json, sys
out = []
for f in json.load(sys.stdin):
    try:
        compile(open(f, "rb").read(), f, "exec")
        out.append(None)
    except SyntaxError as e:
        out.append([type(e).__name__, e.msg, e.lineno, e.offset])
print(json.dumps(out))
`, fl, &want)
	for i, f := range fl {
		e := failed[f].(*SyntaxError)
		got := []any{e.Class, e.Msg, float64(e.Lineno), float64(e.Offset)}
		if diff := cmp.Diff(want[i], got); diff != "" {
			t.Errorf("%s: (-want +got):\n%s", f, diff)
		}
	}
}

// BenchmarkScanner scans a synthetic module made of typical Python code.
func BenchmarkScanner(b *testing.B) {
	var sb strings.Builder
	for sb.Len() < 4<<20 {
		sb.WriteString(benchChunk)
	}
	src := sb.String()
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		s := NewScanner("bench.py", src, false)
		var tok Token
		for {
			err := s.Scan(&tok)
			if err != nil {
				b.Fatal(err)
			}
			if tok.Kind == EOF {
				break
			}
		}
	}
}

const benchChunk = `
class Handler(BaseHandler):
    """Handle a request.

    The docstring is long enough to matter, as docstrings in the standard
    library usually are.
    """

    def __init__(self, request, *args, timeout=30.0, **kwargs):
        super().__init__(*args, **kwargs)
        self.request = request  # the request object
        self._cache = {}
        self.timeout = timeout if timeout is not None else 0x1F

    def handle(self, path: str) -> dict[str, int]:
        if not path or path[0] != "/":
            raise ValueError(f"bad path: {path!r}")
        for i, part in enumerate(path.split('/')):
            if part in self._cache:
                continue
            self._cache[part] = i * 2 + len(part) ** 2 - (i >> 1)
        return {k: v for k, v in self._cache.items() if v >= 0}
`

// TestScannerStdlibTokensMatchPython compares the tokens of every standard
// library module with those of Python's tokenize module. It takes a few
// minutes, so it runs only with REBEAM_SLOW_TESTS=1.
func TestScannerStdlibTokensMatchPython(t *testing.T) {
	if os.Getenv("REBEAM_SLOW_TESTS") == "" {
		t.Skip("set REBEAM_SLOW_TESTS=1 to run")
	}
	out, err := exec.Command("python3", "-c", `import sysconfig; print(sysconfig.get_paths()["stdlib"])`).Output()
	if err != nil {
		t.Skip("no stdlib")
	}
	var files []string
	filepath.Walk(strings.TrimSpace(string(out)), func(path string, info os.FileInfo, err error) error {
		if err == nil && info.IsDir() && info.Name() == "site-packages" {
			return filepath.SkipDir
		}
		if err == nil && !info.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, "@file:"+path)
		}
		return nil
	})
	var want [][][]any
	python3(t, tokenizeScript, files, &want)
	// Files where the tokenize module, not the C tokenizer, is wrong:
	// its regular expressions do not take U+E0100 (a variation selector,
	// which may continue an identifier) for part of a name.
	known := map[string]bool{"test_unicode_identifiers.py": true}
	compared := 0
	for i, f := range files {
		if want[i] == nil || known[filepath.Base(f)] {
			continue
		}
		data, err := os.ReadFile(f[6:])
		if err != nil {
			continue
		}
		text, err := DecodeSource(data)
		if err != nil {
			continue
		}
		s := NewScanner(f, text, false)
		var got [][]any
		failed := false
		for {
			tok, err := s.Next()
			if err != nil {
				failed = true
				break
			}
			txt := tok.Text
			if tok.Kind == INDENT {
				txt = ""
			}
			got = append(got, []any{kindNames[tok.Kind], txt,
				float64(tok.Start.Line), float64(tok.Start.Col), float64(tok.End.Line), float64(tok.End.Col)})
			if tok.Kind == EOF {
				break
			}
		}
		if failed {
			continue
		}
		compared++
		w := want[i]
		for _, tok := range w {
			tok[1] = strings.ReplaceAll(strings.ReplaceAll(tok[1].(string), "\r\n", "\n"), "\r", "\n")
		}
		// cmp.Diff is too slow for whole files: find the first token that
		// differs and show the tokens around it.
		k := 0
		for k < len(w) && k < len(got) && fmt.Sprint(w[k]) == fmt.Sprint(got[k]) {
			k++
		}
		if k < len(w) || k < len(got) {
			lo, hi := max(k-2, 0), k+3
			t.Errorf("%s: tokens differ at token %d (-want +got):\n%s", f[6:], k,
				cmp.Diff(w[lo:min(hi, len(w))], got[lo:min(hi, len(got))]))
		}
	}
	t.Logf("compared %d files", compared)
}

// scanTexts scans every text, recording the errors in failed and counting
// the tokens.
func scanTexts(texts, names []string, failed map[string]error, ntok *int) {
	for i, text := range texts {
		s := NewScanner(names[i], text, false)
		var tok Token
		for {
			err := s.Scan(&tok)
			if err != nil {
				failed[names[i]] = err
				break
			}
			*ntok++
			if tok.Kind == EOF {
				break
			}
		}
	}
}

// FuzzScanner checks that the Scanner never panics or loops and that its
// tokens are substrings of the source at their offsets.
func FuzzScanner(f *testing.F) {
	for _, src := range tokenSources {
		f.Add(src, false)
	}
	for _, src := range errorSources {
		f.Add(src, true)
	}
	f.Fuzz(func(t *testing.T, src string, typeComments bool) {
		s := NewScanner("fuzz.py", src, typeComments)
		text := s.Source()
		for n := 0; ; n++ {
			if n > 4*len(text)+10 {
				t.Fatalf("too many tokens")
			}
			tok, err := s.Next()
			if err != nil {
				if _, ok := err.(*SyntaxError); !ok {
					t.Fatalf("error of type %T", err)
				}
				return
			}
			if tok.Text != "" && tok.Kind != TYPE_COMMENT && tok.Kind != TYPE_IGNORE &&
				text[tok.Start.Offset:tok.End.Offset] != tok.Text {
				t.Fatalf("token %v text %q is not the source at its offsets", tok.Kind, tok.Text)
			}
			if tok.Kind == EOF {
				return
			}
		}
	})
}
