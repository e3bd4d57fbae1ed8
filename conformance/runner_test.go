package conformance

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// fakeInterpEnv makes the test binary act as a tiny interpreter, so that
// the runner can be tested without rebeam or python3.
const fakeInterpEnv = "CONFORMANCE_FAKE_INTERP"

// fakeInterp runs a "program" whose lines are commands: "out TEXT" and
// "err TEXT" print a line to stdout or stderr, "args" prints the
// arguments, "stdin" copies standard input, "cwd" prints the working
// folder's name, "sleep" sleeps a minute and "exit N" exits.
func fakeInterp(args []string) int {
	src, err := os.ReadFile(args[0])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 2
	}
	sc := bufio.NewScanner(strings.NewReader(string(src)))
	for sc.Scan() {
		cmd, arg, _ := strings.Cut(sc.Text(), " ")
		switch cmd {
		case "out":
			fmt.Println(arg)
		case "err":
			fmt.Fprintln(os.Stderr, arg)
		case "args":
			fmt.Println(strings.Join(args[1:], "|"))
		case "stdin":
			io.Copy(os.Stdout, os.Stdin)
		case "cwd":
			wd, _ := os.Getwd()
			fmt.Println(filepath.Base(wd))
		case "sleep":
			time.Sleep(time.Minute)
		case "exit":
			n, _ := strconv.Atoi(arg)
			return n
		}
	}
	return 0
}

// writeFiles creates files under dir from a map of relative names to
// contents.
func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, text := range files {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestRunFakeInterpreter(t *testing.T) {
	t.Setenv(fakeInterpEnv, "1")
	dir := filepath.Join(t.TempDir(), "corpus")
	writeFiles(t, dir, map[string]string{
		"ok.py":      "out hello\nargs\nstdin\ncwd\n",
		"ok.args":    "one\ntwo words\n",
		"ok.in":      "typed\n",
		"fail.py":    "out partial\nerr Traceback\nerr ValueError: bad\nexit 1\n",
		"slow.py":    "sleep\n",
		"status.py":  "exit 3\n",
		"noargs.py":  "args\n",
		"noargs.out": "",
	})
	fake := Runner{Command: []string{self(t)}, Timeout: 5 * time.Second}
	ctx := context.Background()
	tests := []struct {
		name string
		want Result
	}{
		{"ok.py", Result{Stdout: "hello\none|two words\ntyped\ncorpus\n"}},
		{"fail.py", Result{Stdout: "partial\n", Stderr: "Traceback\nValueError: bad\n", Status: 1}},
		{"status.py", Result{Status: 3}},
		{"noargs.py", Result{Stdout: "\n"}},
	}
	for _, tt := range tests {
		got, err := fake.Run(ctx, filepath.Join(dir, tt.name))
		if err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}

	fake.Timeout = 200 * time.Millisecond
	got, err := fake.Run(ctx, filepath.Join(dir, "slow.py"))
	if err != nil {
		t.Fatal(err)
	}
	if !got.TimedOut || Compare(Expectation{}, got) == "" {
		t.Errorf("slow.py: want a timeout reported as a failure, got %+v", got)
	}
}

func TestUpdateWritesAndDeletes(t *testing.T) {
	t.Setenv(fakeInterpEnv, "1")
	dir := t.TempDir()
	prog := filepath.Join(dir, "p.py")
	writeFiles(t, dir, map[string]string{"p.py": "out a\nerr oops\nerr KeyError: 'k'\nexit 1\n"})
	fake := Runner{Command: []string{self(t)}}
	ctx := context.Background()
	if _, err := Update(ctx, fake, prog); err != nil {
		t.Fatal(err)
	}
	want := Expectation{Stdout: "a\n", HasErr: true, ErrLine: "KeyError: 'k'", Status: 1}
	got, err := LoadExpectation(prog)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("after a failing run (-want +got):\n%s", d)
	}

	// Once the program succeeds, its .err and .status files are stale.
	writeFiles(t, dir, map[string]string{"p.py": "out b\nerr warning\n"})
	if _, err := Update(ctx, fake, prog); err != nil {
		t.Fatal(err)
	}
	for _, ext := range []string{".err", ".status"} {
		if _, err := os.Stat(filepath.Join(dir, "p"+ext)); err == nil {
			t.Errorf("p%s still exists after a successful run", ext)
		}
	}
	got, err = LoadExpectation(prog)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(Expectation{Stdout: "b\n"}, got); d != "" {
		t.Errorf("after a successful run (-want +got):\n%s", d)
	}
}

func TestCompare(t *testing.T) {
	fail := Expectation{Stdout: "x\n", HasErr: true, ErrLine: "ValueError: bad", Status: 1}
	tests := []struct {
		name     string
		want     Expectation
		got      Result
		pass     bool
		mentions string
	}{
		{"same output", Expectation{Stdout: "a\nb\n"}, Result{Stdout: "a\nb\n"}, true, ""},
		{"stderr ignored without .err", Expectation{Stdout: "a\n"}, Result{Stdout: "a\n", Stderr: "noise\n"}, true, ""},
		{"missing final newline", Expectation{Stdout: "a\n"}, Result{Stdout: "a"}, false, "stdout"},
		{"different line", Expectation{Stdout: "a\nb\n"}, Result{Stdout: "a\nc\n"}, false, "stdout"},
		{"failure matches on last line", fail, Result{Stdout: "x\n", Stderr: "Traceback (most recent call last):\n  line 3\nValueError: bad\n\n", Status: 1}, true, ""},
		{"wrong exception", fail, Result{Stdout: "x\n", Stderr: "TypeError: bad\n", Status: 1}, false, "last line of stderr"},
		{"wrong status", fail, Result{Stdout: "x\n", Stderr: "ValueError: bad\n", Status: 2}, false, "exit status: want 1, got 2"},
		{"unexpected failure", Expectation{Stdout: ""}, Result{Stderr: "NotImplementedError\n", Status: 1}, false, "NotImplementedError"},
		{"timeout", Expectation{}, Result{TimedOut: true, Status: -1}, false, "timed out"},
	}
	for _, tt := range tests {
		d := Compare(tt.want, tt.got)
		if (d == "") != tt.pass {
			t.Errorf("%s: Compare = %q, want pass=%v", tt.name, d, tt.pass)
		}
		if !strings.Contains(d, tt.mentions) {
			t.Errorf("%s: Compare = %q, want it to mention %q", tt.name, d, tt.mentions)
		}
	}
}

func TestLastLine(t *testing.T) {
	for in, want := range map[string]string{
		"":                         "",
		"one":                      "one",
		"a\nb\n":                   "b",
		"a\r\nKeyError: 1\r\n\r\n": "KeyError: 1",
		"x\n  \n":                  "x",
	} {
		if got := LastLine(in); got != want {
			t.Errorf("LastLine(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestIsProgram(t *testing.T) {
	for rel, want := range map[string]bool{
		"types/int_ops.py":               true,
		"modules/import_basic.py":        true,
		"modules/shapes_helper.py":       false,
		"modules/geo_pkg/__init__.py":    false,
		"modules/geo_pkg/sub/deep.py":    false,
		"modules/geo_pkg/sub/x_test.py":  false,
		"types/int_ops.out":              false,
		`modules\geo_pkg\__init__.py`:    filepath.Separator != '\\',
		"modules/pkg_user.py":            true,
		"modules/helper_not_suffix.py":   true,
		"modules/__pycache__/x.cpython":  false,
		"modules/__pycache__/m.py":       false,
		"deep/er/still_a_program_ok.py":  true,
		"a_pkg_named_file_is_program.py": true,
	} {
		if got := IsProgram(rel); got != want {
			t.Errorf("IsProgram(%q) = %v, want %v", rel, got, want)
		}
	}
}

func TestParseSkipList(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"a/one.py":          "",
		"a/two.py":          "",
		"a/three.py":        "",
		"a/util_helper.py":  "",
		"a/geo_pkg/mod.py":  "",
		"b/with space.py":   "",
		"b/tabbed_entry.py": "",
	})
	good := "# comment\n\na/one.py  interpreter: not yet implemented (issue 3)\n" +
		"a/two.py\tneeds   big ints\nb/tabbed_entry.py \t reason after tabs  \n"
	got, err := ParseSkipList(strings.NewReader(good), root)
	if err != nil {
		t.Fatal(err)
	}
	want := SkipList{
		"a/one.py":          "interpreter: not yet implemented (issue 3)",
		"a/two.py":          "needs   big ints",
		"b/tabbed_entry.py": "reason after tabs",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("ParseSkipList (-want +got):\n%s", d)
	}

	for _, tt := range []struct{ list, wantErr string }{
		{"a/one.py\n", "a/one.py has no reason"},
		{"a/one.py   \n", "a/one.py has no reason"},
		{"a/missing.py  gone\n", "a/missing.py does not exist"},
		{"a/util_helper.py  a module\n", "a/util_helper.py is not a test program"},
		{"a/geo_pkg/mod.py  a module\n", "a/geo_pkg/mod.py is not a test program"},
		{"a/one.py  x\na/one.py  y\n", "a/one.py is listed twice"},
		{"a/one.py\na/two.py  fine\na/nope.py  z\n", "line 3: a/nope.py does not exist"},
	} {
		_, err := ParseSkipList(strings.NewReader(tt.list), root)
		if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
			t.Errorf("ParseSkipList(%q) error = %v, want one mentioning %q", tt.list, err, tt.wantErr)
		}
	}
}

func TestFormatSkipList(t *testing.T) {
	old := SkipList{"b/long_name.py": "needs match statements", "gone.py": "fixed since"}
	got := FormatSkipList([]string{"b/long_name.py", "a/x.py"}, old, NotYetImplemented)
	want := skipHeader +
		"a/x.py          " + NotYetImplemented + "\n" +
		"b/long_name.py  needs match statements\n"
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("FormatSkipList (-want +got):\n%s", d)
	}
	root := t.TempDir()
	writeFiles(t, root, map[string]string{"a/x.py": "", "b/long_name.py": ""})
	parsed, err := ParseSkipList(strings.NewReader(got), root)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(SkipList{"a/x.py": NotYetImplemented, "b/long_name.py": "needs match statements"}, parsed); d != "" {
		t.Errorf("round trip (-want +got):\n%s", d)
	}
}

func TestFind(t *testing.T) {
	root := t.TempDir()
	writeFiles(t, root, map[string]string{
		"z/last.py":            "",
		"a/first.py":           "",
		"a/first.out":          "",
		"a/lib_helper.py":      "",
		"a/shapes_pkg/init.py": "",
		"top.py":               "",
	})
	got, err := Find(root)
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff([]string{"a/first.py", "top.py", "z/last.py"}, got); d != "" {
		t.Errorf("Find (-want +got):\n%s", d)
	}
}

// self returns the absolute path of the test binary, which serves as the
// fake interpreter; a relative path would be resolved against the
// program's folder.
func self(t *testing.T) string {
	t.Helper()
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	return exe
}

func TestUsesRebeamModule(t *testing.T) {
	dir := t.TempDir()
	files := map[string]bool{
		"a.py": true,  // from rebeam import spawn
		"b.py": true,  // import rebeam
		"c.py": true,  // from rebeam.actor import x, indented
		"d.py": false, // mentions rebeam only in a string and a name
		"e.py": false, // imports a module whose name starts with rebeam
	}
	writeFiles(t, dir, map[string]string{
		"a.py": "from rebeam import spawn\n",
		"b.py": "import sys\nimport rebeam\n",
		"c.py": "if True:\n    from rebeam.actor import x\n",
		"d.py": "print('from rebeam import x')\nrebeam = 1\n",
		"e.py": "import rebeamish\n",
	})
	for name, want := range files {
		got, err := UsesRebeamModule(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("UsesRebeamModule(%s) = %v, want %v", name, got, want)
		}
	}
	if _, err := Update(context.Background(), Runner{Command: []string{"false"}}, filepath.Join(dir, "a.py")); err == nil || !strings.Contains(err.Error(), "rebeam module") {
		t.Errorf("Update of a rebeam-only program: err = %v, want one saying it imports the rebeam module", err)
	}
}
