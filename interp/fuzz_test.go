package interp

import (
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
	"time"
)

// FuzzExec runs arbitrary Python source on the interpreter. Python errors
// of every kind are fine (a fuzzed program mostly raises SyntaxError or
// NameError); the target fails only when
//
//   - a Go panic escapes the interpreter,
//   - a Go panic is caught inside a builtin (it becomes a SystemError,
//     which the program may even catch, but it is a bug all the same),
//   - the thread reports an internal error that is not a Python exception,
//   - or the run does not stop after its budget: each run is cancelled
//     after fuzzWall of wall time or fuzzSteps steps, and must then stop
//     within fuzzGrace.
//
// The seeds are the conformance programs (conformance/testdata/**/*.py)
// and the regression inputs in testdata/fuzz/FuzzExec. Programs run with a
// small recursion limit, no standard input, output discarded, open()
// refused (a fuzzed program must not write files), and source files
// unreadable, so that imports find only the built-in modules.
//
//	go test ./interp -run '^$' -fuzz FuzzExec -fuzztime 10m
func FuzzExec(f *testing.F) {
	root := filepath.Join("..", "conformance", "testdata")
	_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		if src, err := os.ReadFile(path); err == nil {
			f.Add(string(src))
		}
		return nil
	})
	f.Fuzz(func(t *testing.T, src string) {
		if err := fuzzRun(src); err != nil {
			t.Fatal(err)
		}
	})
}

const (
	fuzzSteps  = 200_000
	fuzzSlice  = 2_000
	fuzzWall   = time.Second
	fuzzGrace  = 10 * time.Second
	fuzzMaxSrc = 64 << 10
)

// fuzzRun runs src once and returns what FuzzExec reports as a failure.
func fuzzRun(src string) error {
	if len(src) > fuzzMaxSrc {
		return nil
	}
	var compileErr error
	code, err := func() (c *Code, err error) {
		defer func() {
			if r := recover(); r != nil {
				compileErr = fmt.Errorf("Go panic compiling: %v\n%s", r, debug.Stack())
			}
		}()
		return CompileFile("fuzz.py", []byte(src))
	}()
	if compileErr != nil {
		return compileErr
	}
	if err != nil {
		return nil // a SyntaxError
	}
	in := NewInterpreter()
	in.ReadFile = func(string) ([]byte, error) { return nil, fs.ErrNotExist }
	in.openFile = func(string, int, os.FileMode) (*os.File, error) { return nil, fs.ErrPermission }
	var (
		mu       sync.Mutex
		internal []string
	)
	in.internalError = func(msg string) {
		mu.Lock()
		internal = append(internal, msg)
		mu.Unlock()
	}
	th := NewThread(in)
	th.Stdout, th.Stderr, th.Stdin = io.Discard, io.Discard, strings.NewReader("")
	th.SetRecursionLimit(60)
	done := make(chan error, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- fmt.Errorf("Go panic escaped: %v\n%s", r, debug.Stack())
			}
		}()
		m := NewModule("__main__")
		m.Dict.SetStr("__file__", Str("fuzz.py"))
		m.Dict.SetStr("__builtins__", in.Builtins)
		in.SetModule("__main__", m)
		th.StartModule(code, m.Dict)
		for steps := 0; ; steps += fuzzSlice {
			if steps >= fuzzSteps {
				th.Cancel("step budget spent")
			}
			r := th.Run(fuzzSlice)
			switch r.Kind {
			case Preempted:
				continue
			case Raised:
				done <- checkRaised(r.Err, src)
				return
			case Suspended:
				done <- nil // nothing here resumes it
				return
			default:
				in.CloseGenerators(th)
				done <- nil
				return
			}
		}
	}()
	timer := time.NewTimer(fuzzWall)
	defer timer.Stop()
	select {
	case err = <-done:
	case <-timer.C:
		th.Cancel("wall-clock budget spent")
		select {
		case err = <-done:
		case <-time.After(fuzzGrace):
			return fmt.Errorf("still running %v after it was cancelled", fuzzWall+fuzzGrace)
		}
	}
	if err != nil {
		return err
	}
	mu.Lock()
	defer mu.Unlock()
	if len(internal) > 0 {
		return fmt.Errorf("internal error: %s", internal[0])
	}
	return nil
}

// checkRaised tells a program's own exception from an internal error
// reported as one (asException turns a non-Python error into SystemError).
func checkRaised(exc *Exception, src string) error {
	if exc == nil {
		return fmt.Errorf("Raised with no exception")
	}
	if exc.Class == SystemErrorType && !strings.Contains(src, "SystemError") {
		var b bytes.Buffer
		th := NewThread(nil)
		th.PrintException(&b, exc)
		return fmt.Errorf("internal error: %s", b.String())
	}
	return nil
}
