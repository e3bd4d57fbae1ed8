package ast_test

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/rebeam/rebeam/ast"
)

const (
	syntaxErrorCases  = "testdata/syntaxerrors/cases.txtar"
	syntaxErrorGolden = "testdata/syntaxerrors/errors.golden.json"
)

// formatSkips are the cases whose error CPython reports differently when it
// runs the file as a script than when ast.parse parses its bytes, so that
// the script's stderr is no test of SyntaxError.Format.
var formatSkips = map[string]string{
	"non_utf8_source.py":  "a script's source is decoded before parsing, and the decoder reports 'Non-UTF-8 code starting with ...' without a File line",
	"unknown_encoding.py": "a script's coding declaration is checked before parsing, and the error reads 'encoding problem: foo' without a File line",
}

// wantSyntaxError is CPython's error for one case, as recorded in the
// golden file by -update.
type wantSyntaxError struct {
	Class     string `json:"class"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
	Text      string `json:"text"`
	// Stderr is what `python3 NAME.py` writes for the case: the format
	// SyntaxError.Format must reproduce.
	Stderr string `json:"stderr,omitempty"`
}

// syntaxErrorUpdateOnce makes -update regenerate the golden file once for
// the tests of this file that read it.
var syntaxErrorUpdateOnce sync.Once

type syntaxErrorCase struct {
	name string
	src  []byte
}

func loadSyntaxErrorCases(t *testing.T) []syntaxErrorCase {
	t.Helper()
	ar, err := txtar.ParseFile(syntaxErrorCases)
	if err != nil {
		t.Fatal(err)
	}
	var cases []syntaxErrorCase
	seen := map[string]bool{}
	for _, f := range ar.Files {
		if seen[f.Name] {
			t.Fatalf("%s: case %s appears twice", syntaxErrorCases, f.Name)
		}
		seen[f.Name] = true
		cases = append(cases, syntaxErrorCase{f.Name, f.Data})
	}
	if len(cases) < 45 {
		t.Fatalf("%s has %d cases; the table must keep at least 45", syntaxErrorCases, len(cases))
	}
	return cases
}

func loadSyntaxErrorGolden(t *testing.T, cases []syntaxErrorCase) map[string]wantSyntaxError {
	t.Helper()
	if updateGolden() {
		syntaxErrorUpdateOnce.Do(func() { updateSyntaxErrorGolden(t, cases) })
	}
	data, err := os.ReadFile(syntaxErrorGolden)
	if err != nil {
		t.Fatalf("%v (regenerate it with: go test ./ast -run SyntaxError -update)", err)
	}
	var golden map[string]wantSyntaxError
	if err := json.Unmarshal(data, &golden); err != nil {
		t.Fatalf("%s: %v", syntaxErrorGolden, err)
	}
	for _, c := range cases {
		if _, ok := golden[c.name]; !ok {
			t.Errorf("%s has no entry for %s: run go test ./ast -run SyntaxError -update", syntaxErrorGolden, c.name)
		}
	}
	return golden
}

// TestSyntaxError parses each case of the table and requires the
// *SyntaxError that CPython's ast.parse raises: its class, message, line,
// column, end line, end column and source line.
func TestSyntaxError(t *testing.T) {
	cases := loadSyntaxErrorCases(t)
	golden := loadSyntaxErrorGolden(t, cases)
	passed := 0
	for _, c := range cases {
		want, ok := golden[c.name]
		if !ok {
			continue
		}
		ok = t.Run(strings.TrimSuffix(c.name, ".py"), func(t *testing.T) {
			se := parseSyntaxErrorCase(t, c)
			if se == nil {
				return
			}
			got := wantSyntaxError{
				Class: se.Class, Msg: se.Msg,
				Lineno: se.Lineno, Offset: se.Offset,
				EndLineno: se.EndLineno, EndOffset: se.EndOffset,
				Text: se.Text,
			}
			want.Stderr = ""
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("%s: syntax error differs from CPython's (-want +got):\n%s\nsource:\n%s", c.name, diff, quoteSource(c.src))
			}
		})
		if ok {
			passed++
		}
	}
	t.Logf("%d of %d syntax errors match CPython's", passed, len(cases))
}

// TestSyntaxErrorFormat requires SyntaxError.Format to print what python3
// prints on stderr when it runs the case as a script.
func TestSyntaxErrorFormat(t *testing.T) {
	cases := loadSyntaxErrorCases(t)
	golden := loadSyntaxErrorGolden(t, cases)
	passed, checked := 0, 0
	for _, c := range cases {
		want, ok := golden[c.name]
		if !ok || want.Stderr == "" {
			continue
		}
		checked++
		ok = t.Run(strings.TrimSuffix(c.name, ".py"), func(t *testing.T) {
			se := parseSyntaxErrorCase(t, c)
			if se == nil {
				return
			}
			if diff := cmp.Diff(want.Stderr, se.Format()); diff != "" {
				t.Errorf("%s: Format differs from python3's stderr (-want +got):\n%s", c.name, diff)
			}
		})
		if ok {
			passed++
		}
	}
	t.Logf("%d of %d formatted syntax errors match python3's stderr (%d cases left out, see formatSkips)", passed, checked, len(cases)-checked)
}

// parseSyntaxErrorCase parses a case, which must fail with a *SyntaxError
// named after the case's file; it reports the test's failure and returns
// nil otherwise.
func parseSyntaxErrorCase(t *testing.T, c syntaxErrorCase) *ast.SyntaxError {
	t.Helper()
	res := parseGo(c.name, c.src, ast.ModeExec)
	switch {
	case res.Panic != "":
		t.Errorf("%s: ast.ParseFile panicked: %s", c.name, res.Panic)
		return nil
	case res.Err == nil:
		t.Errorf("%s: parsed without error; CPython rejects it\nsource:\n%s", c.name, quoteSource(c.src))
		return nil
	}
	var se *ast.SyntaxError
	if !errors.As(res.Err, &se) {
		t.Errorf("%s: error %T is not a *ast.SyntaxError: %v", c.name, res.Err, res.Err)
		return nil
	}
	if se.Filename != c.name {
		t.Errorf("%s: SyntaxError.Filename is %q", c.name, se.Filename)
	}
	return se
}

// quoteSource shows a case's source with line numbers, tabs and control
// characters made visible, short enough for a test log.
func quoteSource(src []byte) string {
	lines := strings.Split(strings.TrimSuffix(string(src), "\n"), "\n")
	var b strings.Builder
	for i, l := range lines {
		if i == 8 {
			b.WriteString("    ...\n")
			break
		}
		if len(l) > 100 {
			l = l[:100] + "..."
		}
		fmt.Fprintf(&b, "    %3d | ", i+1)
		for _, r := range l {
			switch {
			case r == '\t':
				b.WriteString("→   ")
			case r < 0x20 || r == 0x7f:
				fmt.Fprintf(&b, "\\x%02x", r)
			default:
				b.WriteRune(r)
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

// updateSyntaxErrorGolden asks python3 for each case's error: ast.parse of
// the case's bytes for the fields, and a run of the case as a script for
// the stderr that Format must match.
func updateSyntaxErrorGolden(t *testing.T, cases []syntaxErrorCase) {
	py := findPython(t)
	dir := t.TempDir()
	paths := make([]string, len(cases))
	for i, c := range cases {
		paths[i] = filepath.Join(dir, c.name)
		if err := os.WriteFile(paths[i], c.src, 0o666); err != nil {
			t.Fatal(err)
		}
	}
	golden := map[string]wantSyntaxError{}
	err := py.parseAll(paths, false, func(i int, r pyResult) {
		c := cases[i]
		if r.Err == nil {
			t.Errorf("%s: CPython's ast.parse accepts this case; every case must be a syntax error", c.name)
			return
		}
		e := r.Err
		golden[c.name] = wantSyntaxError{
			Class: e.Class, Msg: e.Msg,
			Lineno: e.Lineno, Offset: e.Offset,
			EndLineno: e.EndLineno, EndOffset: e.EndOffset,
			Text: e.Text,
		}
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, c := range cases {
		w, ok := golden[c.name]
		if !ok {
			continue
		}
		if _, skip := formatSkips[c.name]; skip {
			continue
		}
		// CPython prints a script's absolute path; the case's own name is
		// what ParseFile is given in the test.
		cmd := py.command("-I", c.name)
		cmd.Dir = dir
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		if err := cmd.Run(); err == nil {
			t.Errorf("%s: python3 ran the case as a script without error", c.name)
			continue
		}
		out := strings.ReplaceAll(stderr.String(), `"`+paths[i]+`"`, `"`+c.name+`"`)
		if last := w.Class + ": " + w.Msg + "\n"; !strings.HasSuffix(out, last) {
			t.Errorf("%s: python3 running the script reports another error than ast.parse:\n%s\nadd it to formatSkips with the reason", c.name, out)
			continue
		}
		w.Stderr = out
		golden[c.name] = w
	}
	if t.Failed() {
		t.FailNow()
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "\t")
	if err := enc.Encode(golden); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(syntaxErrorGolden, buf.Bytes(), 0o666); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %s: %d cases from %s", syntaxErrorGolden, len(golden), py.exe)
}
