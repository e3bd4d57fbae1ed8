package main

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/rebeam/rebeam/ast"
	"github.com/rebeam/rebeam/interp"
	_ "github.com/rebeam/rebeam/stdlib" // the standard-library modules register themselves
)

// RunCmd runs a Python program.
type RunCmd struct {
	File string   `arg:"" help:"The Python program to run."`
	Args []string `arg:"" optional:"" passthrough:"" help:"Arguments passed to the program as sys.argv[1:]."`
}

// Run runs the program as `python FILE ARGS...` would: __name__ is
// "__main__", sys.argv is [FILE, ARGS...], and the script's folder comes
// first on sys.path. Errors are printed as CPython prints them and turned
// into the exit status.
func (r *RunCmd) Run() error {
	src, err := os.ReadFile(r.File)
	if err != nil {
		fmt.Fprintf(os.Stderr, "rebeam: can't open file '%s': %v\n", r.File, errors.Unwrap(err))
		return exitError{2}
	}
	in := interp.NewInterpreter()
	in.Argv.Items = append(in.Argv.Items, interp.Str(r.File))
	for _, a := range r.Args {
		in.Argv.Items = append(in.Argv.Items, interp.Str(a))
	}
	dir, err := filepath.Abs(filepath.Dir(r.File))
	if err != nil {
		dir = filepath.Dir(r.File)
	}
	in.Path.Items = append(in.Path.Items, interp.Str(dir))
	// The script body runs as the first process of the actor runtime,
	// which also runs every process it spawns (run_actor.go).
	return runWithActors(in, r.File, src)
}

// exitFor prints an error the way CPython does and returns the exit
// status as an exitError (nil for status 0).
func exitFor(t *interp.Thread, err error) error {
	if err == nil {
		return nil
	}
	var se *ast.SyntaxError
	if errors.As(err, &se) {
		fmt.Fprint(os.Stderr, se.Format())
		return exitError{1}
	}
	exc, ok := err.(*interp.Exception)
	if !ok {
		fmt.Fprintln(os.Stderr, "rebeam:", err)
		return exitError{1}
	}
	if status, handled := interp.SystemExitStatus(t, exc); handled {
		fmt.Fprint(os.Stderr, interp.SystemExitText(t, exc))
		if status == 0 {
			return nil
		}
		return exitError{status}
	}
	t.PrintException(os.Stderr, exc)
	return exitError{1}
}
