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

// RunCmd runs a Python program under the actor runtime.
type RunCmd struct {
	Restart     string  `enum:"never,on-failure" default:"never" placeholder:"WHEN" help:"Re-run the whole program, from a fresh interpreter, when it exits with a non-zero status: never (the default) or on-failure."`
	MaxRestarts int     `default:"3" placeholder:"N" help:"With --restart=on-failure, give up after more than N re-runs within --max-seconds (default: ${default})."`
	MaxSeconds  float64 `default:"5" placeholder:"S" help:"The window, in seconds, in which --max-restarts counts re-runs (default: ${default})."`
	Schedulers  int     `default:"0" placeholder:"N" help:"Number of scheduler threads that run processes; the default, 0, means one per core."`
	LogLevel    string  `enum:"debug,info,warn,error" default:"info" placeholder:"LEVEL" help:"Least severe log entry written to stderr: debug, info, warn or error. Crash reports are errors (default: ${default})."`
	LogFormat   string  `enum:"console,json" default:"console" placeholder:"FORMAT" help:"How log entries (crash reports, warnings) are written: console (readable lines) or json (one object per line). Default: ${default}."`

	// Program is the file and its arguments: one passthrough list, so
	// that every word after the file is the program's, even one that
	// looks like a flag of rebeam's (`rebeam main.py --schedulers=9`).
	Program []string `arg:"" name:"file" passthrough:"" placeholder:"FILE [ARGS]" help:"The Python program to run, then the arguments it sees as sys.argv[1:]."`

	// File and Args are Program split, set by Run.
	File string   `kong:"-"`
	Args []string `kong:"-"`
}

// Validate rejects flag values kong's types cannot: a usage error, exit
// status 2.
func (r *RunCmd) Validate() error {
	switch {
	case r.Schedulers < 0:
		return fmt.Errorf("--schedulers must be 0 (one per core) or more, not %d", r.Schedulers)
	case r.MaxRestarts < 0:
		return fmt.Errorf("--max-restarts must be 0 or more, not %d", r.MaxRestarts)
	case r.MaxSeconds <= 0:
		return fmt.Errorf("--max-seconds must be more than 0, not %g", r.MaxSeconds)
	}
	return nil
}

// Run runs the program as `python FILE ARGS...` would: __name__ is
// "__main__", sys.argv is [FILE, ARGS...], and the script's folder comes
// first on sys.path. Errors are printed as CPython prints them and turned
// into the exit status. With --restart=on-failure a failed run is
// repeated from a fresh interpreter (run_actor.go).
func (r *RunCmd) Run() error {
	r.File, r.Args = r.Program[0], r.Program[1:]
	src, err := os.ReadFile(r.File)
	if err != nil {
		fmt.Fprintf(os.Stderr, "rebeam: can't open file '%s': %v\n", r.File, errors.Unwrap(err))
		return exitError{2}
	}
	return r.runWithRestarts(src)
}

// newInterpreter makes the fresh interpreter of one run of the program.
func (r *RunCmd) newInterpreter() *interp.Interpreter {
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
	return in
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

// Help is the run command's detailed help, shown by `rebeam run --help`.
func (r *RunCmd) Help() string {
	return `rebeam's own flags go before FILE: every word after FILE is the program's,
as sys.argv[1:]. The script body runs first, then every supervisor it built
starts; the run ends when all processes have exited or one calls
rebeam.shutdown(status). SIGINT and SIGTERM stop the tree in order.

Exit status: 0 when the run ends normally, 1 when the body raises or a root
supervisor gives up, the status given to shutdown() or SystemExit, and 2 for
a usage error.`
}
