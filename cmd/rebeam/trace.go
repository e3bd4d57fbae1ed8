package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/rebeam/rebeam/actor"
	"github.com/rebeam/rebeam/ast"
	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
	"golang.org/x/term"
)

// TraceCmd runs a program as `rebeam run` does, reporting each message
// point (docs/trace.md). Its flags take no REBEAM_* environment variables,
// so that a stray variable cannot turn a run into a listing.
type TraceCmd struct {
	List   bool     `env:"-" help:"List the program's message points (from its source, without running it) and exit."`
	JSON   bool     `name:"json" env:"-" help:"Print one JSON object per event."`
	Output string   `short:"o" env:"-" type:"path" placeholder:"FILE" help:"Write the events to FILE instead of stderr."`
	File   string   `arg:"" help:"The Python program to trace."`
	Args   []string `arg:"" optional:"" passthrough:"" help:"Arguments passed to the program as sys.argv[1:]."`
}

// Run lists the message points, or runs the program under a tracer:
// interactive when stdin is a terminal, else printing every event.
func (c *TraceCmd) Run() error {
	if c.List {
		if err := listProgram(os.Stdout, c.File); err != nil {
			var se *ast.SyntaxError
			if errors.As(err, &se) {
				fmt.Fprint(os.Stderr, se.Format())
				return exitError{1}
			}
			fmt.Fprintln(os.Stderr, "rebeam:", err)
			return exitError{2}
		}
		return nil
	}
	src, err := os.ReadFile(c.File)
	if err != nil {
		fmt.Fprintf(os.Stderr, "rebeam: can't open file '%s': %v\n", c.File, errors.Unwrap(err))
		return exitError{2}
	}
	out := os.Stderr
	if c.Output != "" {
		f, err := os.Create(c.Output)
		if err != nil {
			fmt.Fprintln(os.Stderr, "rebeam:", err)
			return exitError{2}
		}
		defer f.Close()
		out = f
	}
	tr := &eventPrinter{out: out, json: c.JSON}
	if term.IsTerminal(int(os.Stdin.Fd())) {
		tr.prompt = newPrompter(os.Stdin, os.Stderr, out != os.Stderr)
	}
	in := interp.NewInterpreter()
	in.Argv.Items = append(in.Argv.Items, interp.Str(c.File))
	for _, a := range c.Args {
		in.Argv.Items = append(in.Argv.Items, interp.Str(a))
	}
	dir, err := filepath.Abs(filepath.Dir(c.File))
	if err != nil {
		dir = filepath.Dir(c.File)
	}
	in.Path.Items = append(in.Path.Items, interp.Str(dir))
	return runTraced(in, c.File, src, tr)
}

// runTraced is runWithActors with a tracer: the same run, deterministic
// and reporting each event to tr.
func runTraced(in *interp.Interpreter, file string, src []byte, tr actor.Tracer) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if ep, ok := tr.(*eventPrinter); ok && ep.prompt != nil {
		ep.prompt.interrupt = ctx.Done()
	}
	log := zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr, NoColor: true, PartsExclude: []string{zerolog.TimestampFieldName}})
	prog := actor.RunProgram(ctx, in, file, src, actor.Config{Logger: log, Tracer: tr})
	if prog.Err != nil {
		t := prog.Thread
		if t == nil {
			t = interp.NewThread(in)
		}
		return exitFor(t, prog.Err)
	}
	if prog.Status != 0 {
		return exitError{prog.Status}
	}
	return nil
}
