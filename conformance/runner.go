// Package conformance runs Python programs under an interpreter and checks
// what they print against expectations recorded from CPython.
//
// Each program NAME.py in the corpus has its expectations beside it:
//
//	NAME.out     the exact standard output (always present)
//	NAME.err     the last line of standard error, present exactly when the
//	             program fails (exits with a non-zero status)
//	NAME.status  the exit status, present only when it is not zero
//
// and optionally its inputs:
//
//	NAME.args    command-line arguments, one per line
//	NAME.in      standard input
//
// The expectation files are never written by hand: Update records them by
// running the program under python3. The same code serves the Go test in
// this package and the `rebeam conformance` command.
package conformance

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/google/go-cmp/cmp"
)

// DefaultTimeout bounds one program's run. Every program in the corpus is
// small, so a program that takes longer than this is stuck.
const DefaultTimeout = 10 * time.Second

// OracleTimeout bounds a run of python3. The oracle is not under test, and
// on a loaded machine its start-up alone can take seconds, so it gets more
// time than the interpreter under test.
const OracleTimeout = time.Minute

// Python is the command of the oracle interpreter.
var Python = []string{"python3"}

// Result is what one run of a program produced.
type Result struct {
	Stdout   string
	Stderr   string
	Status   int  // the exit status; -1 when the process was killed by a signal
	TimedOut bool // the run was stopped after the timeout
}

// Expectation is what a program must produce, as recorded in the files
// beside it.
type Expectation struct {
	Stdout string
	// HasErr tells whether NAME.err exists; ErrLine is then the last line
	// of standard error that the program must print.
	HasErr  bool
	ErrLine string
	Status  int
}

// Runner runs programs under one interpreter command.
type Runner struct {
	// Command is the interpreter and the arguments that go before the
	// program's path, such as {"python3"} or {"/tmp/rebeam", "run"}.
	Command []string
	// Timeout bounds each run; zero means DefaultTimeout.
	Timeout time.Duration
}

// Run runs the program at path with its folder as the working directory,
// giving it the arguments in NAME.args and the standard input in NAME.in
// when those files exist. An error means the program could not be run at
// all, not that it failed.
func (r Runner) Run(ctx context.Context, path string) (Result, error) {
	if len(r.Command) == 0 {
		return Result{}, errors.New("conformance: no interpreter command")
	}
	args, err := ReadArgs(path)
	if err != nil {
		return Result{}, err
	}
	stdin, err := readOptional(sidecar(path, ".in"))
	if err != nil {
		return Result{}, err
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return Result{}, err
	}
	timeout := r.Timeout
	if timeout <= 0 {
		timeout = DefaultTimeout
	}
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()

	// The program is named by its base name, as a person running it from
	// its folder would name it, so that sys.argv[0] and tracebacks do not
	// depend on where the corpus is checked out.
	argv := append(append(append([]string{}, r.Command[1:]...), filepath.Base(abs)), args...)
	cmd := exec.CommandContext(ctx, r.Command[0], argv...)
	cmd.Dir = filepath.Dir(abs)
	cmd.Env = Environ()
	cmd.Stdin = bytes.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	// A program still running at the timeout gets SIGQUIT first: rebeam,
	// a Go program, then prints every goroutine's stack on stderr, which
	// the report shows, so that a rare hang can be diagnosed from one CI
	// log. It is killed a second later if it is still there, and a
	// program that leaves a child holding its pipes does not keep the
	// runner waiting longer either.
	cmd.Cancel = func() error { return cmd.Process.Signal(syscall.SIGQUIT) }
	cmd.WaitDelay = time.Second
	err = cmd.Run()
	res := Result{Stdout: normalize(stdout.String()), Stderr: normalize(stderr.String())}
	if ctx.Err() == context.DeadlineExceeded {
		res.TimedOut = true
		res.Status = -1
		return res, nil
	}
	var exitErr *exec.ExitError
	switch {
	case err == nil:
	case errors.As(err, &exitErr):
		res.Status = exitErr.ExitCode()
	default:
		return res, fmt.Errorf("conformance: running %s: %w", path, err)
	}
	return res, nil
}

// Environ is the environment every program runs in. Variables that change
// how CPython behaves are dropped, and the ones that make its output
// deterministic are set: a fixed hash seed (so that even a stray set of
// strings prints the same each time), UTF-8 streams, and no bytecode
// caches written into the corpus.
func Environ() []string {
	var env []string
	for _, kv := range os.Environ() {
		if strings.HasPrefix(kv, "PYTHON") || strings.HasPrefix(kv, "LC_") || strings.HasPrefix(kv, "LANG=") {
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"PYTHONHASHSEED=0",
		"PYTHONDONTWRITEBYTECODE=1",
		"PYTHONIOENCODING=utf-8",
		"PYTHONUTF8=1",
		"LC_ALL=C.UTF-8",
	)
}

// normalize turns Windows line ends into Unix ones so that expectations
// compare on any platform.
func normalize(s string) string {
	return strings.ReplaceAll(s, "\r\n", "\n")
}

// LastLine returns the last non-blank line of s without its line end:
// the line of a traceback that names the exception.
func LastLine(s string) string {
	s = strings.TrimRight(normalize(s), " \t\n")
	if i := strings.LastIndexByte(s, '\n'); i >= 0 {
		s = s[i+1:]
	}
	return s
}

// sidecar returns the path of the file beside the program with the given
// extension in place of ".py".
func sidecar(path, ext string) string {
	return strings.TrimSuffix(path, ".py") + ext
}

// readOptional reads a file, returning nil when it does not exist.
func readOptional(path string) ([]byte, error) {
	b, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// ReadArgs reads the program's command-line arguments from NAME.args, one
// per line; a missing file means none.
func ReadArgs(path string) ([]string, error) {
	b, err := readOptional(sidecar(path, ".args"))
	if err != nil || b == nil {
		return nil, err
	}
	text := strings.TrimSuffix(normalize(string(b)), "\n")
	if text == "" {
		return nil, nil
	}
	return strings.Split(text, "\n"), nil
}

// LoadExpectation reads the expectation files of the program at path.
func LoadExpectation(path string) (Expectation, error) {
	var e Expectation
	out, err := os.ReadFile(sidecar(path, ".out"))
	if err != nil {
		return e, fmt.Errorf("conformance: %w (run the update to record it from python3)", err)
	}
	e.Stdout = normalize(string(out))
	errText, err := readOptional(sidecar(path, ".err"))
	if err != nil {
		return e, err
	}
	if errText != nil {
		e.HasErr = true
		e.ErrLine = LastLine(string(errText))
	}
	status, err := readOptional(sidecar(path, ".status"))
	if err != nil {
		return e, err
	}
	if status != nil {
		e.Status, err = strconv.Atoi(strings.TrimSpace(string(status)))
		if err != nil {
			return e, fmt.Errorf("conformance: %s: bad exit status: %w", sidecar(path, ".status"), err)
		}
	}
	return e, nil
}

// Expect turns a run of the oracle into the expectation it records.
func Expect(r Result) Expectation {
	e := Expectation{Stdout: r.Stdout, Status: r.Status}
	if r.Status != 0 {
		e.HasErr = true
		e.ErrLine = LastLine(r.Stderr)
	}
	return e
}

// maxDiffLines bounds the diff that Compare reports, so that a program
// that prints nothing useful does not bury the other failures.
const maxDiffLines = 40

// Compare checks a run against an expectation. It returns an empty string
// when they agree, and otherwise a short report of every difference, each
// as a (-want +got) diff.
func Compare(want Expectation, got Result) string {
	var b strings.Builder
	if got.TimedOut {
		b.WriteString("timed out\n")
	}
	if d := cmp.Diff(want.Stdout, got.Stdout); d != "" {
		fmt.Fprintf(&b, "stdout (-want +got):\n%s", truncate(d))
	}
	if want.HasErr {
		if d := cmp.Diff(want.ErrLine, LastLine(got.Stderr)); d != "" {
			fmt.Fprintf(&b, "last line of stderr (-want +got):\n%s", d)
		}
	}
	if want.Status != got.Status {
		fmt.Fprintf(&b, "exit status: want %d, got %d\n", want.Status, got.Status)
	}
	switch {
	case got.TimedOut && got.Stderr != "":
		// All of it: after a timeout it ends with the goroutine stacks.
		fmt.Fprintf(&b, "stderr:\n%s", got.Stderr)
	case b.Len() > 0 && !want.HasErr && got.Stderr != "":
		// The stderr of an unexpected failure usually says why.
		fmt.Fprintf(&b, "stderr:\n%s", truncate(got.Stderr))
	}
	return b.String()
}

// truncate keeps the first maxDiffLines lines of s.
func truncate(s string) string {
	lines := strings.SplitAfter(s, "\n")
	if len(lines) <= maxDiffLines {
		if !strings.HasSuffix(s, "\n") {
			s += "\n"
		}
		return s
	}
	return strings.Join(lines[:maxDiffLines], "") + fmt.Sprintf("... (%d more lines)\n", len(lines)-maxDiffLines)
}

// Update runs the program under the oracle and records its expectation
// files, deleting a stale NAME.err or NAME.status that no longer applies.
// It returns the run it recorded.
func Update(ctx context.Context, oracle Runner, path string) (Result, error) {
	if only, err := UsesRebeamModule(path); err != nil || only {
		if err == nil {
			err = fmt.Errorf("conformance: %s %w", path, ErrRebeamOnly)
		}
		return Result{}, err
	}
	res, err := oracle.Run(ctx, path)
	if err != nil {
		return res, err
	}
	if res.TimedOut {
		return res, fmt.Errorf("conformance: %s timed out under %s", path, strings.Join(oracle.Command, " "))
	}
	if err := WriteExpectation(path, Expect(res)); err != nil {
		return res, err
	}
	return res, nil
}

// WriteExpectation writes the expectation files of the program at path.
func WriteExpectation(path string, e Expectation) error {
	if err := os.WriteFile(sidecar(path, ".out"), []byte(e.Stdout), 0o644); err != nil {
		return err
	}
	if e.HasErr {
		if err := os.WriteFile(sidecar(path, ".err"), []byte(e.ErrLine+"\n"), 0o644); err != nil {
			return err
		}
	} else if err := removeIfExists(sidecar(path, ".err")); err != nil {
		return err
	}
	if e.Status != 0 {
		return os.WriteFile(sidecar(path, ".status"), []byte(strconv.Itoa(e.Status)+"\n"), 0o644)
	}
	return removeIfExists(sidecar(path, ".status"))
}

func removeIfExists(path string) error {
	if err := os.Remove(path); err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	return nil
}

// rebeamImport matches a line that imports rebeam's own Python module.
var rebeamImport = regexp.MustCompile(`(?m)^\s*(from\s+rebeam(\.\w+)*\s+import\b|import\s+rebeam\b)`)

// UsesRebeamModule tells whether the program at path imports the `rebeam`
// module, which exists only inside rebeam. python3 cannot run such a
// program, so its expectations are written and checked by hand: Update
// refuses to record them, and a check against python3 leaves it out.
func UsesRebeamModule(path string) (bool, error) {
	src, err := os.ReadFile(path)
	if err != nil {
		return false, err
	}
	return rebeamImport.Match(src), nil
}

// ErrRebeamOnly is returned by Update for a program that imports the
// rebeam module.
var ErrRebeamOnly = errors.New("imports the rebeam module, which python3 lacks: its expectations are written by hand")

// IsProgram tells whether a path (relative to the corpus root, with
// forward or native slashes) names a test program rather than a module
// that test programs import: modules are the files named *_helper.py and
// every file inside a folder named *_pkg, at any depth.
func IsProgram(rel string) bool {
	rel = filepath.ToSlash(rel)
	if !strings.HasSuffix(rel, ".py") || strings.HasSuffix(rel, "_helper.py") {
		return false
	}
	parts := strings.Split(rel, "/")
	for _, dir := range parts[:len(parts)-1] {
		if strings.HasSuffix(dir, "_pkg") || dir == "__pycache__" {
			return false
		}
	}
	return true
}

// Find lists the test programs under root, as paths relative to root with
// forward slashes, sorted.
func Find(root string) ([]string, error) {
	var progs []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			return err
		}
		if IsProgram(rel) {
			progs = append(progs, filepath.ToSlash(rel))
		}
		return nil
	})
	sort.Strings(progs)
	return progs, err
}
