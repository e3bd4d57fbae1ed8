package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"

	"github.com/rebeam/rebeam/actor"
	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
)

// runWithActors runs a program under the actor runtime (API.md "Running a
// program"): the body is the first process, and the run lasts until every
// process has exited or one calls rebeam.shutdown; SIGINT and SIGTERM
// stop the tree in order. It returns the exit status as an exitError (nil
// for 0), having printed the body's uncaught exception as CPython does.
// Crash reports and warnings go to stderr.
func runWithActors(in *interp.Interpreter, file string, src []byte) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	log := zerolog.New(zerolog.ConsoleWriter{Out: os.Stderr, NoColor: true, PartsExclude: []string{zerolog.TimestampFieldName}})
	prog := actor.RunProgram(ctx, in, file, src, actor.Config{Logger: log})
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
