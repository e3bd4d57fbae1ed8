package ast_test

// This file is the CPython oracle shared by the conformance tests, the
// fuzz seeds and the benchmark: it finds a python3 that is CPython 3.11,
// lists the standard library's .py files, and runs one python3 process over
// many files at a time, because starting python3 once per file would cost
// more than the parsing itself.

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rebeam/rebeam/ast"
)

// updateGolden regenerates golden files from python3. The flag may already
// be defined by another test file of the package's test binary, in which
// case that definition is shared.
var updateGolden = boolFlag("update", "regenerate golden files from python3")

// boolFlag defines a boolean test flag, or reuses one of the same name that
// another file of the test binary has already defined: the internal and
// external test packages share one flag set.
func boolFlag(name, usage string) func() bool {
	if f := flag.Lookup(name); f != nil {
		return func() bool { return f.Value.String() == "true" }
	}
	p := flag.Bool(name, false, usage)
	return func() bool { return *p }
}

// oraclePy is the helper run by python3. Its first argument picks a mode:
//
//	parse  reads one path a line on standard input and, for each, writes a
//	       header line "dump N" or "error N" and then N bytes: the file's
//	       ast.dump(tree, include_attributes=True, indent=3), exactly what
//	       `python3 -m ast -a FILE` prints before its final newline, or the
//	       error as a JSON object. With a second argument "nodump" it writes
//	       "ok 0" instead of the dump.
//	time   reads the paths, loads every file, then times one ast.parse of
//	       each and writes {"bytes": ..., "seconds": ...}.
const oraclePy = `
import ast, json, os, sys, time

def error_record(e):
    if isinstance(e, SyntaxError):
        text = e.text
        if text is not None and text.endswith("\n"):
            text = text[:-1]
        return {"class": type(e).__name__, "msg": e.msg,
                "lineno": e.lineno or 0, "offset": e.offset or 0,
                "end_lineno": e.end_lineno or 0, "end_offset": e.end_offset or 0,
                "text": text or ""}
    return {"class": type(e).__name__, "msg": str(e)}

def paths():
    for line in sys.stdin.buffer:
        line = line.rstrip(b"\n")
        if line:
            yield os.fsdecode(line)

def parse(dump):
    out = sys.stdout.buffer
    for path in paths():
        with open(path, "rb") as f:
            src = f.read()
        try:
            tree = ast.parse(src, path, type_comments=True)
        except (SyntaxError, ValueError, MemoryError, RecursionError) as e:
            kind, payload = b"error", json.dumps(error_record(e)).encode()
        else:
            if dump:
                kind = b"dump"
                payload = ast.dump(tree, include_attributes=True, indent=3).encode("utf-8", "backslashreplace")
            else:
                kind, payload = b"ok", b""
        out.write(kind + b" %d\n" % len(payload))
        out.write(payload)
        out.flush()

def timeit():
    srcs = []
    for path in paths():
        with open(path, "rb") as f:
            srcs.append((path, f.read()))
    n = sum(len(s) for _, s in srcs)
    t0 = time.perf_counter()
    for path, src in srcs:
        try:
            ast.parse(src, path, type_comments=True)
        except (SyntaxError, ValueError, MemoryError, RecursionError):
            pass
    json.dump({"bytes": n, "seconds": time.perf_counter() - t0}, sys.stdout)

if sys.argv[1] == "parse":
    parse(sys.argv[2:] != ["nodump"])
elif sys.argv[1] == "time":
    timeit()
`

// python is a python3 that is CPython 3.11, the oracle.
type python struct {
	exe    string // absolute path of the interpreter
	stdlib string // sysconfig's stdlib directory
}

var (
	pythonOnce sync.Once
	pythonVal  *python
	pythonWhy  string
)

// findPython returns the oracle, or skips the test when no python3 that is
// CPython 3.11 can be found: rebeam follows 3.11 exactly, so another version
// would be a wrong oracle.
func findPython(tb testing.TB) *python {
	tb.Helper()
	py := lookupPython()
	if py == nil {
		tb.Skip(pythonWhy)
	}
	return py
}

// lookupPython returns the oracle, or nil when there is none.
func lookupPython() *python {
	pythonOnce.Do(func() {
		var tried []string
		for _, name := range []string{"python3.11", "python3"} {
			exe, err := exec.LookPath(name)
			if err != nil {
				tried = append(tried, name+": not found")
				continue
			}
			out, err := exec.Command(exe, "-c",
				`import sys, sysconfig; print("%d.%d" % sys.version_info[:2]); print(sys.implementation.name); print(sysconfig.get_paths()["stdlib"]); print(sys.executable)`).Output()
			if err != nil {
				tried = append(tried, fmt.Sprintf("%s: %v", exe, err))
				continue
			}
			lines := strings.Split(strings.TrimSpace(string(out)), "\n")
			if len(lines) != 4 || lines[0] != "3.11" || lines[1] != "cpython" {
				tried = append(tried, fmt.Sprintf("%s is %q, not CPython 3.11", exe, lines))
				continue
			}
			// sys.executable skips a version manager's shim, which can
			// take longer to start than python3 itself.
			if lines[3] != "" {
				exe = lines[3]
			}
			pythonVal = &python{exe: exe, stdlib: lines[2]}
			return
		}
		pythonWhy = "no CPython 3.11 to compare with (" + strings.Join(tried, "; ") + ")"
	})
	return pythonVal
}

// command returns a python3 command with a predictable environment: UTF-8
// output and no user site or PYTHON* settings from the caller.
func (p *python) command(args ...string) *exec.Cmd {
	cmd := exec.Command(p.exe, args...)
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8", "PYTHONDONTWRITEBYTECODE=1", "PYTHONNOUSERSITE=1")
	return cmd
}

// corpusFile is one .py file of the standard library.
type corpusFile struct {
	path string // absolute
	rel  string // relative to the stdlib directory, for messages
	size int64
}

// stdlibFiles lists the .py files of the standard library in lexical order,
// leaving out the third-party packages of site-packages and dist-packages.
func (p *python) stdlibFiles(tb testing.TB) []corpusFile {
	tb.Helper()
	var files []corpusFile
	err := filepath.WalkDir(p.stdlib, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if name := d.Name(); name == "site-packages" || name == "dist-packages" || name == "__pycache__" {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(p.stdlib, path)
		files = append(files, corpusFile{path: path, rel: rel, size: info.Size()})
		return nil
	})
	if err != nil {
		tb.Fatalf("listing the standard library: %v", err)
	}
	if len(files) == 0 {
		tb.Fatalf("no .py files under %s", p.stdlib)
	}
	return files
}

// pyError is an exception raised by CPython's ast.parse.
type pyError struct {
	Class     string `json:"class"`
	Msg       string `json:"msg"`
	Lineno    int    `json:"lineno"`
	Offset    int    `json:"offset"`
	EndLineno int    `json:"end_lineno"`
	EndOffset int    `json:"end_offset"`
	Text      string `json:"text"`
}

// pyResult is CPython's answer for one file: a dump or an error.
type pyResult struct {
	Dump string
	Err  *pyError
}

// parseAll runs one python3 over paths, calling fn with each file's result
// in order. The process reads ahead of fn by a file or two, so that python3
// and the Go side work at the same time.
func (p *python) parseAll(paths []string, dump bool, fn func(i int, r pyResult)) error {
	args := []string{"-c", oraclePy, "parse"}
	if !dump {
		args = append(args, "nodump")
	}
	cmd := p.command(args...)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		return err
	}
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return err
	}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		return err
	}
	go func() {
		w := bufio.NewWriter(stdin)
		for _, path := range paths {
			w.WriteString(path)
			w.WriteByte('\n')
		}
		w.Flush()
		stdin.Close()
	}()

	type item struct {
		r   pyResult
		err error
	}
	ch := make(chan item, 2)
	go func() {
		defer close(ch)
		r := bufio.NewReaderSize(stdout, 1<<20)
		for range paths {
			res, err := readRecord(r)
			ch <- item{res, err}
			if err != nil {
				return
			}
		}
	}()
	var readErr error
	i := 0
	for it := range ch {
		if it.err != nil {
			readErr = it.err
			break
		}
		fn(i, it.r)
		i++
	}
	for range ch { // let the reader finish before Wait closes the pipe
	}
	io.Copy(io.Discard, stdout)
	waitErr := cmd.Wait()
	if readErr != nil || waitErr != nil {
		return fmt.Errorf("python3 oracle after %d of %d files: %v %v\n%s", i, len(paths), readErr, waitErr, stderr.String())
	}
	return nil
}

// readRecord reads one "KIND N\n" header and its N-byte payload.
func readRecord(r *bufio.Reader) (pyResult, error) {
	header, err := r.ReadString('\n')
	if err != nil {
		return pyResult{}, fmt.Errorf("reading a record header: %w", err)
	}
	kind, num, ok := strings.Cut(strings.TrimSuffix(header, "\n"), " ")
	n, err := strconv.Atoi(num)
	if !ok || err != nil || n < 0 {
		return pyResult{}, fmt.Errorf("bad record header %q", header)
	}
	payload := make([]byte, n)
	if _, err := io.ReadFull(r, payload); err != nil {
		return pyResult{}, fmt.Errorf("reading a %d-byte record: %w", n, err)
	}
	switch kind {
	case "dump", "ok":
		return pyResult{Dump: string(payload)}, nil
	case "error":
		var e pyError
		if err := json.Unmarshal(payload, &e); err != nil {
			return pyResult{}, fmt.Errorf("bad error record %q: %w", payload, err)
		}
		return pyResult{Err: &e}, nil
	}
	return pyResult{}, fmt.Errorf("bad record kind %q", kind)
}

// timeParse measures CPython's ast.parse over paths in one process: the
// source bytes parsed and the seconds taken, file loading excluded.
func (p *python) timeParse(paths []string) (bytes int64, elapsed time.Duration, err error) {
	cmd := p.command("-c", oraclePy, "time")
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\n") + "\n")
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return 0, 0, fmt.Errorf("python3 timing: %v\n%s", err, stderr.String())
	}
	var res struct {
		Bytes   int64   `json:"bytes"`
		Seconds float64 `json:"seconds"`
	}
	if err := json.Unmarshal(out, &res); err != nil {
		return 0, 0, fmt.Errorf("python3 timing: %v in %q", err, out)
	}
	return res.Bytes, time.Duration(res.Seconds * float64(time.Second)), nil
}

// goResult is rebeam's answer for one file.
type goResult struct {
	Tree  ast.ModNode
	Err   error
	Panic string // the panic value and stack, if ParseFile panicked
}

// parseGo runs ast.ParseFile, turning a panic into a result so that one bad
// file fails its own check rather than the whole test binary.
func parseGo(filename string, src []byte, mode ast.Mode) (res goResult) {
	defer func() {
		if r := recover(); r != nil {
			res = goResult{Panic: panicText(r)}
		}
	}()
	tree, err := ast.ParseFile(filename, src, mode, true)
	return goResult{Tree: tree, Err: err}
}

// dumpGo runs ast.Dump as `rebeam ast -a` does, turning a panic into an
// error.
func dumpGo(tree ast.Node) (s string, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = errors.New("ast.Dump panicked: " + panicText(r))
		}
	}()
	return ast.Dump(tree, ast.DumpOptions{IncludeAttributes: true, Indent: 3}), nil
}

// panicText is a panic's value with the top of its stack, enough to find
// the fault without flooding the test log.
func panicText(r any) string {
	buf := make([]byte, 8<<10)
	buf = buf[:runtime.Stack(buf, false)]
	lines := strings.Split(string(buf), "\n")
	// Start at the frame that panicked: drop the goroutine header, this
	// function, the deferred recover and runtime.panic.
	for i, l := range lines {
		if strings.HasPrefix(l, "panic(") && i+2 <= len(lines) {
			lines = lines[i+2:]
			break
		}
	}
	if len(lines) > 16 {
		lines = append(lines[:16], "...")
	}
	return fmt.Sprintf("%v\n%s", r, strings.Join(lines, "\n"))
}

// firstDiff shows where got first departs from want, as a small unified
// diff: a few lines of context, then the differing lines of each side.
func firstDiff(want, got, wantName, gotName string) string {
	wl := strings.SplitAfter(want, "\n")
	gl := strings.SplitAfter(got, "\n")
	i := 0
	for i < len(wl) && i < len(gl) && wl[i] == gl[i] {
		i++
	}
	if i == len(wl) && i == len(gl) {
		return ""
	}
	const context, shown = 3, 3
	from := max(0, i-context)
	var b strings.Builder
	fmt.Fprintf(&b, "--- %s\n+++ %s\n@@ line %d @@\n", wantName, gotName, i+1)
	line := func(prefix, s string) {
		b.WriteString(prefix + strings.TrimSuffix(s, "\n") + "\n")
	}
	for _, s := range wl[from:i] {
		line(" ", s)
	}
	for _, s := range wl[i:min(len(wl), i+shown)] {
		line("-", s)
	}
	if i >= len(wl) {
		b.WriteString("-(end of output)\n")
	}
	for _, s := range gl[i:min(len(gl), i+shown)] {
		line("+", s)
	}
	if i >= len(gl) {
		b.WriteString("+(end of output)\n")
	}
	return b.String()
}

// sampleEvery keeps every nth file, always including the first, so that a
// -short run still crosses the whole library.
func sampleEvery[T any](xs []T, n int) []T {
	if n <= 1 {
		return slices.Clone(xs)
	}
	var out []T
	for i := 0; i < len(xs); i += n {
		out = append(out, xs[i])
	}
	return out
}
