// Command rebeam runs Python programs on rebeam's own interpreter, with
// Erlang-style processes and supervisors. Each subcommand lives in its own
// file as a kong command struct with a Run method.
package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/alecthomas/kong"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// cli is the whole command line. `rebeam FILE` means `rebeam run FILE`.
type cli struct {
	// No REBEAM_VERSION: a variable of that name, set for some other
	// purpose, would make every command print the version and exit.
	Version kong.VersionFlag `env:"-" help:"Print rebeam's version and exit."`

	Run   RunCmd   `cmd:"" default:"withargs" help:"Run a Python program (the default command: 'rebeam main.py' is 'rebeam run main.py')."`
	Trace TraceCmd `cmd:"" help:"Run a Python program, reporting each message point; on a terminal, step through them."`
	Ast   AstCmd   `cmd:"" help:"Print a Python file's syntax tree exactly as 'python3 -m ast' does."`

	Conformance ConformanceCmd `cmd:"" help:"Check Python programs against their expected output (.out, .err, .status files), or live against python3."`
}

// exitError carries a process exit status out of a command's Run without
// printing anything more: the command has already written what the user
// should see.
type exitError struct{ status int }

func (e exitError) Error() string { return fmt.Sprintf("exit status %d", e.status) }

func main() {
	tuneGC()
	stop := startProfile()
	status := run(os.Args[1:])
	stop()
	os.Exit(status)
}

// run parses args and runs the chosen command, returning the exit status:
// 2 for a usage error, as CPython and the API contract require.
func run(args []string) int {
	var c cli
	parser, err := kong.New(&c,
		kong.Name("rebeam"),
		kong.Description("Run Python programs with supervised, isolated, lightweight processes."),
		kong.UsageOnError(),
		kong.Vars{"version": version},
		kong.DefaultEnvars("REBEAM"),
		kong.Exit(func(status int) { panic(exitError{status}) }),
	)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rebeam:", err)
		return 2
	}
	return runParsed(parser, args)
}

func runParsed(parser *kong.Kong, args []string) (status int) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(exitError); ok {
				status = e.status
				return
			}
			panic(r)
		}
	}()
	ctx, err := parser.Parse(args)
	if err != nil {
		fmt.Fprintf(os.Stderr, "rebeam: %v\nRun '%s --help' for usage.\n", err, helpCommand(err))
		return 2
	}
	if err := ctx.Run(); err != nil {
		// kong wraps what Run returns, so look inside for an exit status.
		var e exitError
		if errors.As(err, &e) {
			return e.status
		}
		fmt.Fprintln(os.Stderr, "rebeam:", err)
		return 1
	}
	return 0
}

// helpCommand names the command whose --help explains a usage error: the
// subcommand the user had chosen when kong gave up, or rebeam itself.
func helpCommand(err error) string {
	var pe *kong.ParseError
	if errors.As(err, &pe) && pe.Context != nil {
		if n := pe.Context.Selected(); n != nil {
			return n.FullPath()
		}
	}
	return "rebeam"
}
