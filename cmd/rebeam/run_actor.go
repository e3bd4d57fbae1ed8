package main

import (
	"context"
	"errors"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"

	"github.com/rebeam/rebeam/actor"
	"github.com/rebeam/rebeam/interp"
	"github.com/rebeam/rebeam/stdlib"
	"github.com/rs/zerolog"
)

// runWithRestarts runs the program once, or, with --restart=on-failure,
// again from a fresh interpreter each time it exits with a non-zero
// status, until it succeeds, is stopped by SIGINT or SIGTERM, or has been
// re-run more than --max-restarts times within --max-seconds (then the
// last run's status is the command's).
func (r *RunCmd) runWithRestarts(src []byte) error {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	actor.TuneGC()
	log := newLogger(os.Stderr, r.LogFormat, r.LogLevel)
	var restarts []time.Time
	for {
		err := runWithActors(ctx, r.newInterpreter(), r.File, src, actor.Config{Workers: r.Schedulers, Logger: log})
		var ee exitError
		if r.Restart != "on-failure" || !errors.As(err, &ee) || ctx.Err() != nil {
			return err
		}
		now := time.Now()
		window := time.Duration(r.MaxSeconds * float64(time.Second))
		kept := restarts[:0]
		for _, t := range restarts {
			if now.Sub(t) < window {
				kept = append(kept, t)
			}
		}
		restarts = append(kept, now)
		if len(restarts) > r.MaxRestarts {
			log.Error().Int("status", ee.status).Int("max_restarts", r.MaxRestarts).Float64("max_seconds", r.MaxSeconds).
				Msg("the program keeps failing: giving up")
			return err
		}
		log.Warn().Int("status", ee.status).Int("restart", len(restarts)).Msg("the program failed: running it again from a fresh interpreter")
	}
}

// newLogger makes the logger of crash reports and warnings: readable
// lines, or one JSON object per line, at the given least level.
func newLogger(w io.Writer, format, level string) zerolog.Logger {
	// Every scheduler worker logs, so writes are serialized here: a
	// report is one Write and never interleaves with another.
	w = zerolog.SyncWriter(w)
	var log zerolog.Logger
	if format == "json" {
		log = zerolog.New(w).With().Timestamp().Logger()
	} else {
		// The message names the process and the subject on its first
		// line (actor.crashReport), so the console leaves out the fields
		// that repeat them.
		log = zerolog.New(zerolog.ConsoleWriter{Out: w, NoColor: true, PartsExclude: []string{zerolog.TimestampFieldName},
			FieldsExclude: []string{"process", "name", "subject"}})
	}
	lvl, err := zerolog.ParseLevel(level)
	if err != nil {
		lvl = zerolog.InfoLevel
	}
	return log.Level(lvl)
}

// runWithActors runs a program under the actor runtime (API.md "Running a
// program"): the body is the first process, and the run lasts until every
// process has exited or one calls rebeam.shutdown; when ctx is done
// (SIGINT, SIGTERM) the tree stops in order. It returns the exit status as
// an exitError (nil for 0), having printed the body's uncaught exception
// as CPython does.
func runWithActors(ctx context.Context, in *interp.Interpreter, file string, src []byte, cfg actor.Config) error {
	prog := actor.RunProgram(ctx, in, file, src, cfg)
	// Buffered writes to files never closed reach them at the very end,
	// as CPython flushes its files when it finalizes.
	defer interp.FlushFiles()
	// Generators still suspended in a try or with block are closed at
	// shutdown, after the atexit handlers (see interp/generator_final.go).
	defer in.CloseGenerators(nil)
	// The atexit handlers run last, after an uncaught exception is printed.
	defer stdlib.RunAtexit(in)
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
