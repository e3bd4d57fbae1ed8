package ast_test

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/rebeam/rebeam/ast"
)

// stdlibShortStride is the sampling stride under -short: every 20th file of
// the library (about 90 files) still meets most of the grammar.
const stdlibShortStride = 20

// TestStdlib parses every .py file of CPython's standard library with
// ast.ParseFile and requires ast.Dump of the tree to be byte-identical to
// `python3 -m ast -a FILE`, and every file CPython rejects to be rejected.
//
// python3's dump is the slow side (about 45 s of CPU for the whole library),
// so the files are split among a few python3 processes, each dumping its
// share in one run, and each process's output is compared with rebeam's as
// it arrives, never all held in memory (the dumps add up to about 800 MB).
func TestStdlib(t *testing.T) {
	py := findPython(t)
	files := py.stdlibFiles(t)
	total := len(files)
	if testing.Short() {
		files = sampleEvery(files, stdlibShortStride)
	}

	workers := min(runtime.GOMAXPROCS(0), 4, len(files))
	// Deal the files out largest first, to the least loaded worker, so the
	// workers finish together.
	bySize := slices.Clone(files)
	slices.SortStableFunc(bySize, func(a, b corpusFile) int { return int(b.size - a.size) })
	shares := make([][]corpusFile, workers)
	load := make([]int64, workers)
	for _, f := range bySize {
		w := slices.Index(load, slices.Min(load))
		shares[w] = append(shares[w], f)
		load[w] += f.size
	}

	var (
		mu       sync.Mutex
		stats    stdlibStats
		failures []stdlibFailure
		wg       sync.WaitGroup
	)
	for _, share := range shares {
		wg.Add(1)
		go func() {
			defer wg.Done()
			paths := make([]string, len(share))
			for i, f := range share {
				paths[i] = f.path
			}
			var local stdlibStats
			var fails []stdlibFailure
			err := py.parseAll(paths, true, func(i int, want pyResult) {
				f := share[i]
				if fail := compareStdlibFile(f, want, &local); fail != nil {
					fails = append(fails, *fail)
				}
			})
			mu.Lock()
			defer mu.Unlock()
			stats.add(local)
			failures = append(failures, fails...)
			if err != nil {
				t.Error(err)
			}
		}()
	}
	wg.Wait()

	t.Logf("%d of %d files identical, %d rejected by both (%d with CPython's class, message and line); %.1f MB of source, %d files in the library",
		stats.identical, len(files), stats.rejectedBoth, stats.sameError, float64(stats.bytes)/1e6, total)
	slices.Sort(stats.notes)
	for _, n := range stats.notes {
		t.Log(n)
	}
	if len(failures) == 0 {
		return
	}
	slices.SortFunc(failures, func(a, b stdlibFailure) int { return strings.Compare(a.file, b.file) })
	const shown = 15
	var b strings.Builder
	fmt.Fprintf(&b, "%d of %d files differ from python3 -m ast -a:\n", len(failures), len(files))
	for _, f := range failures[:min(shown, len(failures))] {
		fmt.Fprintf(&b, "\n%s: %s\n", f.file, f.what)
		if f.detail != "" {
			b.WriteString(indentText(f.detail, "    "))
		}
	}
	if len(failures) > shown {
		fmt.Fprintf(&b, "\n... and %d more:", len(failures)-shown)
		for _, f := range failures[shown:] {
			b.WriteString(" " + f.file)
		}
		b.WriteString("\n")
	}
	t.Error(b.String())
}

type stdlibStats struct {
	identical, rejectedBoth, sameError int
	bytes                              int64
	notes                              []string // rejected by both, but with another error
}

func (s *stdlibStats) add(o stdlibStats) {
	s.identical += o.identical
	s.rejectedBoth += o.rejectedBoth
	s.sameError += o.sameError
	s.bytes += o.bytes
	s.notes = append(s.notes, o.notes...)
}

type stdlibFailure struct {
	file, what, detail string
}

// compareStdlibFile parses one file in process and compares it with
// CPython's result, counting it in stats or returning how it differs.
func compareStdlibFile(f corpusFile, want pyResult, stats *stdlibStats) *stdlibFailure {
	src, err := os.ReadFile(f.path)
	if err != nil {
		return &stdlibFailure{f.rel, "reading: " + err.Error(), ""}
	}
	stats.bytes += int64(len(src))
	got := parseGo(f.path, src, ast.ModeExec)
	switch {
	case got.Panic != "":
		return &stdlibFailure{f.rel, "ast.ParseFile panicked", got.Panic}
	case want.Err != nil && got.Err != nil:
		stats.rejectedBoth++
		if se, ok := got.Err.(*ast.SyntaxError); ok && se.Class == want.Err.Class && se.Msg == want.Err.Msg && se.Lineno == want.Err.Lineno {
			stats.sameError++
		} else {
			stats.notes = append(stats.notes, fmt.Sprintf("%s: both reject it; CPython: %s: %s (line %d); rebeam: %v",
				f.rel, want.Err.Class, want.Err.Msg, want.Err.Lineno, got.Err))
		}
		return nil
	case want.Err != nil:
		return &stdlibFailure{f.rel, fmt.Sprintf("accepted, but CPython raises %s: %s (line %d)", want.Err.Class, want.Err.Msg, want.Err.Lineno), ""}
	case got.Err != nil:
		return &stdlibFailure{f.rel, "rejected: " + got.Err.Error(), ""}
	}
	dump, err := dumpGo(got.Tree)
	if err != nil {
		return &stdlibFailure{f.rel, err.Error(), ""}
	}
	if dump != want.Dump {
		return &stdlibFailure{f.rel, "dump differs", firstDiff(want.Dump, dump, "python3 -m ast -a", "rebeam ast -a")}
	}
	stats.identical++
	return nil
}

func indentText(s, prefix string) string {
	lines := strings.SplitAfter(strings.TrimSuffix(s, "\n"), "\n")
	return prefix + strings.Join(lines, prefix) + "\n"
}

// TestStdlibCLI checks end to end that the built `rebeam ast` prints
// byte for byte what `python3 -m ast` prints: files named on the command
// line, source on standard input, and -m eval.
func TestStdlibCLI(t *testing.T) {
	py := findPython(t)
	goExe, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command to build rebeam with")
	}
	bin := filepath.Join(t.TempDir(), "rebeam")
	build := exec.Command(goExe, "build", "-o", bin, "github.com/rebeam/rebeam/cmd/rebeam")
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// A few small, varied files of the library, named relative to the
	// stdlib directory as a user would type them.
	rels := []string{"keyword.py", "this.py", "__future__.py", "colorsys.py", "json/__init__.py"}
	type run struct {
		name  string
		args  []string
		stdin []byte
	}
	var runs []run
	for _, rel := range rels {
		if _, err := os.Stat(filepath.Join(py.stdlib, rel)); err != nil {
			continue
		}
		runs = append(runs, run{rel, []string{"-a", rel}, nil})
	}
	keyword, err := os.ReadFile(filepath.Join(py.stdlib, "keyword.py"))
	if err != nil {
		t.Fatal(err)
	}
	runs = append(runs,
		run{"stdin", []string{"-a"}, keyword},
		run{"stdin-dash-no-attributes", []string{"-"}, keyword},
		run{"eval", []string{"-m", "eval", "-a"}, []byte("[x ** 2 for x in range(10) if x % 3] + f'{y!r:>{w}}'\n")},
		run{"single", []string{"-m", "single"}, []byte("if x:\n    print(x)\n\n")},
		run{"func_type", []string{"-m", "func_type", "-a"}, []byte("(int, *str) -> List[int]\n")},
		run{"indent", []string{"-i", "1", "-a"}, []byte("def f(a, /, b=1, *c, d, **e) -> None: ...\n")},
	)
	for _, r := range runs {
		t.Run(r.name, func(t *testing.T) {
			pyCmd := py.command(append([]string{"-m", "ast"}, r.args...)...)
			pyCmd.Dir = py.stdlib
			pyCmd.Stdin = bytes.NewReader(r.stdin)
			want, err := pyCmd.Output()
			if err != nil {
				t.Fatalf("python3 -m ast %s: %v", strings.Join(r.args, " "), err)
			}
			cmd := exec.Command(bin, append([]string{"ast"}, r.args...)...)
			cmd.Dir = py.stdlib
			cmd.Stdin = bytes.NewReader(r.stdin)
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			got, err := cmd.Output()
			if err != nil {
				t.Fatalf("rebeam ast %s: %v\n%s", strings.Join(r.args, " "), err, stderr.Bytes())
			}
			if d := firstDiff(string(want), string(got), "python3 -m ast", "rebeam ast"); d != "" {
				t.Errorf("rebeam ast %s differs from python3 -m ast:\n%s", strings.Join(r.args, " "), d)
			}
		})
	}
}
