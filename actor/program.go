package actor

import (
	"context"
	"path/filepath"
	"slices"
	"sync"

	"github.com/rebeam/rebeam/interp"
)

// Program is the result of a run: the exit status the run asks for, and
// the body's uncaught exception, if any, for the caller to print the way
// CPython does.
type Program struct {
	// Status is the exit status from shutdown(status), or 0.
	Status int
	// Err is the body's uncaught exception (a SystemExit among them), or
	// a compile error; the caller turns it into the exit status.
	Err error
	// Thread is the body's thread, to print Err with.
	Thread *interp.Thread
}

// RunProgram runs a script the way `rebeam run` does (API.md "Running a
// program"): the body runs as the first process, so that it can spawn,
// call and be called; when it has finished, the run goes on until every
// process has exited or one calls shutdown. If the body raises, every
// process is stopped and Err holds the exception.
//
// When ctx is done (the command cancels it on SIGINT or SIGTERM), the run
// shuts down in order, as shutdown(0) would.
func RunProgram(ctx context.Context, in *interp.Interpreter, filename string, src []byte, cfg Config) Program {
	// CPython (3.9 and later) shows the main script by its absolute path
	// in __file__ and tracebacks.
	if abs, err := filepath.Abs(filename); err == nil {
		filename = abs
	}
	code, err := interp.CompileFile(filename, src)
	if err != nil {
		return Program{Status: 1, Err: err}
	}
	m := interp.NewModule("__main__")
	m.File = filename
	m.Dict.SetStr("__file__", interp.Str(filename))
	m.Dict.SetStr("__builtins__", in.Builtins)
	in.SetModule("__main__", m)
	s, err := NewScheduler(in, cfg)
	if err != nil {
		return Program{Status: 1, Err: err}
	}
	if dir, err := filepath.Abs(filepath.Dir(filename)); err == nil {
		s.scriptDir = dir
	}
	defer s.Stop()
	stopWatch := context.AfterFunc(ctx, func() {
		if s.trace != nil {
			s.interrupt() // at the next turn boundary (trace_sched.go)
			return
		}
		s.Shutdown(0)
	})
	defer stopWatch()
	// Hold the run open until the root supervisors have started, even if
	// the body is the only process and exits first.
	s.live.Add(1)
	defer s.release()
	body := s.SpawnModule(code, m.Dict)
	<-body.done
	prog := Program{Thread: body.thread}
	if body.err != nil {
		prog.Err = body.err
		if !isSystemExit(body.err) {
			return prog
		}
		if st, _ := interp.SystemExitStatus(body.thread, body.err); st != 0 {
			return prog
		}
		prog.Err = nil
	}
	select {
	case <-s.shutdownCh:
		// The body called shutdown: no supervisor starts.
		s.release()
		prog.Status = s.Wait()
		return prog
	default:
	}
	if err := s.startRoots(); err != nil {
		prog.Err = err
		return prog
	}
	s.release()
	prog.Status = s.Wait()
	return prog
}

// startRoots starts the root supervisors the body built, in the order it
// built them, each once the one before has started all its children (or
// exited), as a supervisor starts its children.
func (s *Scheduler) startRoots() error {
	v, _ := s.module.Dict.GetStr("_roots")
	roots, _ := v.(*interp.List)
	if roots == nil || len(roots.Items) == 0 {
		return nil
	}
	t := interp.NewThread(s.interp)
	// Under trace the one worker cannot run a root while this goroutine
	// waits for it: it waits for all the roots to be made (trace_sched.go),
	// and each root is queued by the one before it once that one has
	// started (or exited), so they start one after another there too.
	var prevNext **Process // where the root before queues the next
	for _, sup := range slices.Clone(roots.Items) {
		p, err := s.spawnWatched(t, nil, s.supervise, []interp.Value{sup}, nil)
		if err != nil {
			return err
		}
		s.mu.Lock()
		s.roots = append(s.roots, p)
		s.mu.Unlock()
		started := make(chan struct{})
		var once sync.Once
		var next *Process // the root after p, under trace
		done := func() {
			once.Do(func() {
				close(started)
				if next != nil {
					s.ready(next, nil)
				}
			})
		}
		p.mu.Lock()
		p.onStarted = func(*runner) { done() }
		p.exitWaiters = append(p.exitWaiters, done)
		p.mu.Unlock()
		if s.trace == nil {
			s.ready(p, nil)
			<-started
			continue
		}
		if prevNext == nil {
			s.ready(p, nil)
		} else {
			*prevNext = p
		}
		prevNext = &next
	}
	return nil
}

// release drops RunProgram's hold on the run (once).
func (s *Scheduler) release() {
	if s.trace != nil {
		s.trace.rootsStarted()
	}
	s.holdOnce.Do(func() {
		if s.live.Add(-1) == 0 {
			s.doneOnce.Do(func() { close(s.allDone) })
		}
	})
}
