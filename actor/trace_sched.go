package actor

// The deterministic scheduling of a traced run, and what a tracer may
// look at while the run waits for it.
//
// Under trace the scheduler has one worker, so processes run one at a
// time, in the FIFO order of its run queue, each for the same budget of
// steps. Timers do not run on the wall clock: the timer goroutine is
// stopped and time is virtual; when no process can run, the worker fires
// the earliest pending timer and the clock jumps to its deadline, and a
// turn that uses its whole budget moves the clock on by the budget's
// worth of steps (tick), so a busy process does not hold it still. So
// sleeps, send_after and call timeouts happen at the same point of every
// run (and a person pausing at the prompt never makes a call time out);
// a supervisor's restart intensity is measured on the same clock,
// and two runs of a program give the same events unless the program
// reads the clock itself. The body's exit holds the worker until the
// root supervisors are queued (traceState.roots).
//
// A suspension inside a call made from Go code (a nested suspension: a
// call in a sort key, in a __repr__) cannot unwind the Go stack, so the
// goroutine that runs the process blocks and a new runner takes over the
// run queue, as untraced. Under trace the blocked goroutine never runs
// on its own: its wake-up puts the process in the run queue like any
// other, and the runner that takes it hands the turn over (handOff) and
// waits until the goroutine gives it back (traceState.yield), when the
// turn ends or the process suspends inside Go code again. So one
// goroutine at a time runs Python code or fires timers, in one order.

import (
	"container/heap"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// startTrace makes s a traced scheduler; NewScheduler calls it before
// any worker starts.
func (s *Scheduler) startTrace(t Tracer) {
	s.trace = newTraceState(t)
	s.timers.stop()
	now := time.Now()
	s.timers.mu.Lock()
	s.timers.vnow = &now
	s.timers.mu.Unlock()
	s.trace.start = now
	s.module.Dict.SetStr("_tracing", interp.True)
}

// now is the timers' clock: virtual under trace, else the wall clock.
// The caller holds ts.mu.
func (ts *timers) now() time.Time {
	if ts.vnow != nil {
		return *ts.vnow
	}
	return time.Now()
}

// traceIdle moves the virtual clock of a traced run whose processes all
// wait, and reports whether it did. With no blocking call running, the
// clock jumps to the earliest timer, which fires. While one runs (a
// process waits on a socket, a child process, a file), its wake-up comes
// on the wall clock, so the virtual clock follows the wall clock, in
// steps of at most traceIdleStep, until the timer is due: a call timeout
// still takes its time when the answer depends on the outside world.
func (s *Scheduler) traceIdle() bool {
	if s.blocking.Load() == 0 {
		return s.fireTimer()
	}
	ts := s.timers
	ts.mu.Lock()
	if len(ts.h) == 0 || ts.vnow == nil {
		ts.mu.Unlock()
		return false
	}
	d := ts.h[0].when.Sub(*ts.vnow)
	ts.mu.Unlock()
	if d <= 0 {
		return s.fireTimer()
	}
	d = min(d, traceIdleStep)
	time.Sleep(d)
	ts.mu.Lock()
	*ts.vnow = ts.vnow.Add(d)
	ts.mu.Unlock()
	return true
}

// traceIdleStep is how long a traced run's idle worker sleeps before it
// looks again at its run queue while a blocking call runs.
const traceIdleStep = 5 * time.Millisecond

// fireTimer fires the earliest pending timer of a traced run, moving the
// virtual clock to its deadline; it reports whether there was one.
func (s *Scheduler) fireTimer() bool {
	if s.live.Load() == 0 {
		return false // the run is over: what is pending would reach no one
	}
	ts := s.timers
	ts.mu.Lock()
	if len(ts.h) == 0 || ts.vnow == nil {
		ts.mu.Unlock()
		return false
	}
	t := heap.Pop(&ts.h).(*timer)
	if t.when.After(*ts.vnow) {
		*ts.vnow = t.when
	}
	ts.mu.Unlock()
	t.fire()
	return true
}

// traceStepTime is the virtual time a step takes under trace: a turn
// that uses its whole budget (the process was preempted) moves the clock
// on by Budget×traceStepTime, 100µs for the default budget, and fires
// the timers due by then. So a process that never suspends (a busy loop,
// a stubborn @stop) does not hold the clock still: the shutdown timeout
// that kills it, and every other timer, come due as they would untraced.
const traceStepTime = 50 * time.Nanosecond

// tick moves the virtual clock of a traced run on by d and fires, in
// deadline order, the timers due by then.
func (s *Scheduler) tick(d time.Duration) {
	ts := s.timers
	ts.mu.Lock()
	if ts.vnow == nil {
		ts.mu.Unlock()
		return
	}
	*ts.vnow = ts.vnow.Add(d)
	ts.mu.Unlock()
	for s.live.Load() > 0 {
		ts.mu.Lock()
		if len(ts.h) == 0 || ts.h[0].when.After(*ts.vnow) {
			ts.mu.Unlock()
			return
		}
		t := heap.Pop(&ts.h).(*timer)
		ts.mu.Unlock()
		t.fire()
	}
}

// interrupt asks for a Shutdown(0) of a traced run, as SIGINT or
// SIGTERM do (RunProgram's context). It does not stop the run from this
// goroutine, which would act in the middle of a turn: the runner takes
// the request at its next turn boundary (after a preempted turn of a
// busy process, too), so the stop goes on one process at a time, in
// order, as a shutdown() the program calls.
func (s *Scheduler) interrupt() {
	s.idleMu.Lock()
	s.trace.interrupted.Store(true)
	s.idleCond.Broadcast()
	s.idleMu.Unlock()
}

// takeInterrupt runs the Shutdown that interrupt asked for, if it did.
func (s *Scheduler) takeInterrupt() {
	if s.trace.interrupted.Swap(false) {
		s.Shutdown(0)
	}
}

// ProcessInfo is a row of the process table of a traced run.
type ProcessInfo struct {
	PID     PID
	Name    string
	Status  Status
	Mailbox int // pending messages
	// File and Line are where the process's own Python code is (empty
	// when it waits in rebeam's server loop).
	File string
	Line int
}

// Processes returns the live processes, oldest first. Call it only from
// Tracer.Event: it reads the processes' stacks, which is safe only
// while none runs.
func (s *Scheduler) Processes() []ProcessInfo {
	var out []ProcessInfo
	for _, p := range s.processes() {
		p.mu.Lock()
		info := ProcessInfo{PID: p.pid, Name: displayName(p, p.name), Status: p.status, Mailbox: p.mailbox.Len()}
		t := p.thread // nil for a GenPy waiting for a message
		p.mu.Unlock()
		loc := userLocation(t)
		info.File, info.Line = displayPath(loc.file), loc.line
		out = append(out, info)
	}
	return out
}

// Find returns the live process a tracer's user names: a registered
// name, BodyName for the script body, a pid as printed (<local.3>) or
// its number (3).
func (s *Scheduler) Find(target string) *Process {
	if p := s.Whereis(target); p != nil {
		return p
	}
	if target == BodyName {
		for _, p := range s.processes() {
			if p.body {
				return p
			}
		}
	}
	num := strings.TrimSuffix(strings.TrimPrefix(target, "<"+LocalNode+"."), ">")
	if id, err := strconv.ParseUint(num, 10, 64); err == nil {
		return s.Lookup(PID{Node: LocalNode, ID: id})
	}
	return nil
}

// State returns the repr of self.state of the GenPy that the process
// target (see Find) serves. Call it only from Tracer.Event.
func (s *Scheduler) State(target string) (string, error) {
	p := s.Find(target)
	if p == nil {
		return "", fmt.Errorf("no process %s", target)
	}
	if s.trace == nil {
		return "", fmt.Errorf("not a traced run")
	}
	s.trace.mu.Lock()
	inst := s.trace.insts[p.pid.ID]
	s.trace.mu.Unlock()
	if inst == nil {
		return "", fmt.Errorf("%s serves no GenPy", p.pid)
	}
	t := interp.NewThread(s.interp)
	st, err := interp.GetAttr(t, inst, "state")
	if err != nil {
		return "", fmt.Errorf("%s: %v", p.pid, err)
	}
	r, err := interp.Repr(t, st)
	if err != nil {
		return "", fmt.Errorf("%s: repr of the state failed: %v", p.pid, err)
	}
	return r, nil
}

// Stack returns the Python frames of the process target (see Find),
// outermost first, without rebeam's own. Call it only from
// Tracer.Event.
func (s *Scheduler) Stack(target string) ([]interp.FrameInfo, error) {
	p := s.Find(target)
	if p == nil {
		return nil, fmt.Errorf("no process %s", target)
	}
	p.mu.Lock()
	t := p.thread
	p.mu.Unlock()
	if t == nil {
		return nil, nil // a GenPy waiting for a message: no frame at all
	}
	var out []interp.FrameInfo
	for _, f := range t.Stack() {
		if f.File != preludeFile {
			f.File = displayPath(f.File)
			out = append(out, f)
		}
	}
	return out, nil
}

// handOff gives a turn to p, whose goroutine waits in a nested
// suspension, and waits for the turn to end. The caller holds p.mu.
func (r *runner) handOff(p *Process) {
	ch := p.blockCh
	v := p.resume
	p.resume = nil
	p.status = Running
	p.mu.Unlock()
	ch <- v
	<-r.s.trace.yield
}

// tracedBlockingSuspend is blockingSuspend under trace: the suspension
// is set up before another runner may run, and the wake-up comes
// through the run queue and handOff.
func (s *Scheduler) tracedBlockingSuspend(p *Process, payload any) (interp.Value, error) {
	r := p.run
	if _, ok := payload.(receiveRequest); ok {
		p.mu.Lock()
		defer p.mu.Unlock()
		if p.mailbox.Len() > 0 {
			p.takeNextLocked()
			v := p.resume
			p.resume, p.status = nil, Running
			return v, nil
		}
		return nil, interp.Errorf(interp.RuntimeErrorType, "cannot wait for a message inside a call made from Go code")
	}
	ch := make(chan interp.Value, 1)
	p.mu.Lock()
	p.blockCh = ch
	p.mu.Unlock()
	s.leaveTurn(p)
	defer s.enterTurn(p)
	r.suspend(p, payload)
	if r.detached {
		// A runner handed this turn over and waits for it back.
		s.trace.yield <- struct{}{}
	} else {
		r.detached = true
		s.startRunner(r.slot)
	}
	return p.awaitResume(ch)
}
