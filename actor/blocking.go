package actor

import (
	"io"
	"sync"

	"github.com/rebeam/rebeam/interp"
)

// Blocking operations off the scheduler (interp.BlockingCall). A builtin
// that would block (a socket read, a lock, waiting for a child process)
// suspends its process with a BlockingCall; the worker starts a goroutine
// that runs the call's Fn and goes on with other processes. The goroutine
// waits where Go waits (the network poller for sockets and pipes, a
// channel for locks, a system call thread for the rest), then wakes the
// process with the result, as a reply wakes a caller. A waiting process
// holds no worker; it costs its goroutine (a few KB) while the operation
// is in flight.
//
// A process killed while its operation is in flight has the operation
// aborted (BlockingCall.Abort closes or expires what it waits on); a
// result that arrives for a process that will never take it is undone
// (BlockingCall.Discard), so a killed process cannot keep a lock.
//
// The scheduler is also the interpreter's interp.Host: threading.Thread
// runs as a process sharing objects with its creator, and sockets are
// owned by the process (the root of a family of threads) that made them,
// closed when it dies abnormally, so that a restarted server can bind its
// port again at once.

// procIO is the blocking-call state of one process.
type procIO struct {
	mu    sync.Mutex
	op    *ioOp
	dead  bool
	owned map[io.Closer]struct{}
	// threads are the live thread processes of a root process (true
	// for a daemon), killed when it dies abnormally; daemons are killed
	// once it and its other threads have ended.
	threads map[*Process]bool
	root    *Process // for a thread process: the root it belongs to
	rootSt  *procIO
}

// ioOp is one BlockingCall in flight.
type ioOp struct {
	call               *interp.BlockingCall
	finished, consumed bool
	v                  any
	err                error
}

var procIOs sync.Map // *Process -> *procIO

// ioOf returns p's blocking-call state, making it (and p.release, which
// cleans up after p) on first use. It returns nil once p has exited.
func ioOf(p *Process) *procIO {
	if v, ok := procIOs.Load(p); ok {
		return v.(*procIO)
	}
	st := &procIO{}
	if v, loaded := procIOs.LoadOrStore(p, st); loaded {
		return v.(*procIO)
	}
	p.mu.Lock()
	if p.status == Exited {
		p.mu.Unlock()
		procIOs.Delete(p)
		return nil
	}
	p.release = func() { p.sched.ioExit(p, st) }
	p.mu.Unlock()
	return st
}

// ioExit cleans up after p: it aborts or undoes the operation in flight
// and, when p died abnormally, closes what it owned and kills its
// threads.
func (s *Scheduler) ioExit(p *Process, st *procIO) {
	procIOs.Delete(p)
	reason := p.ExitReason()
	st.mu.Lock()
	st.dead = true
	op := st.op
	st.op = nil
	var abort func()
	var discard func()
	if op != nil {
		switch {
		case !op.finished:
			abort = op.call.Abort
		case !op.consumed && op.call.Discard != nil:
			v, err := op.v, op.err
			d := op.call.Discard
			discard = func() { d(v, err) }
		}
	}
	var owned []io.Closer
	var threads []*Process
	if reason != "normal" {
		for c := range st.owned {
			owned = append(owned, c)
		}
		for t := range st.threads {
			threads = append(threads, t)
		}
		st.owned, st.threads = nil, nil
	} else {
		threads = st.idleDaemonsLocked()
	}
	rootSt := st.rootSt
	st.mu.Unlock()
	if abort != nil {
		abort()
	}
	if discard != nil {
		discard()
	}
	for _, c := range owned {
		c.Close()
	}
	for _, t := range threads {
		t.signal(sysMessage{kind: sysKill, reason: reason})
	}
	if rootSt != nil {
		rootSt.mu.Lock()
		delete(rootSt.threads, p)
		daemons := rootSt.idleDaemonsLocked()
		rootSt.mu.Unlock()
		for _, t := range daemons {
			t.signal(sysMessage{kind: sysKill, reason: "shutdown"})
		}
	}
}

// idleDaemonsLocked returns the daemon threads to stop: all of them once
// the root has ended and no other thread of it runs.
func (st *procIO) idleDaemonsLocked() []*Process {
	if !st.dead {
		return nil
	}
	var daemons []*Process
	for t, daemon := range st.threads {
		if !daemon {
			return nil
		}
		daemons = append(daemons, t)
	}
	return daemons
}

// blockingCall starts c for p: p waits, and a goroutine runs c.Fn and
// wakes it.
func (r *runner) blockingCall(p *Process, c *interp.BlockingCall) {
	s := r.s
	st := ioOf(p)
	if st == nil {
		return
	}
	op := &ioOp{call: c}
	done := &interp.BlockingCall{Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
		st.mu.Lock()
		op.consumed = true
		if st.op == op {
			st.op = nil
		}
		st.mu.Unlock()
		return c.Done(v, err).Finish(t)
	}}
	st.mu.Lock()
	st.op = op
	st.mu.Unlock()
	ref := s.refs.Add(1)
	r.waitRef(p, ref, 0, nil, nil)
	s.blocking.Add(1)
	go func() {
		defer s.blockingDone()
		v, err := c.Fn()
		st.mu.Lock()
		op.finished, op.v, op.err = true, v, err
		dead := st.dead
		st.mu.Unlock()
		if dead {
			if c.Discard != nil {
				c.Discard(v, err)
			}
			return
		}
		p.wake(ref, done.Done(v, err))
	}()
}

// blockingDone counts a blocking call's end, after its wake-up; a traced
// run's idle worker looks again at its timers.
func (s *Scheduler) blockingDone() {
	if s.blocking.Add(-1) == 0 && s.trace != nil {
		s.idleMu.Lock()
		s.idleCond.Broadcast()
		s.idleMu.Unlock()
	}
}

// processOf returns the process running on t, if any.
func processOf(t *interp.Thread) *Process {
	p, _ := t.Locals[processKey].(*Process)
	return p
}

// rootOf returns the process that owns p's resources: p, or the process
// whose thread p is.
func rootOf(p *Process) *Process {
	if v, ok := procIOs.Load(p); ok {
		st := v.(*procIO)
		st.mu.Lock()
		root := st.root
		st.mu.Unlock()
		if root != nil {
			return root
		}
	}
	return p
}

// Go implements interp.Host: fn(*args) runs as a new process sharing
// every object with t (threading.Thread). The thread belongs to t's root
// process and is killed if that dies abnormally.
func (s *Scheduler) Go(t *interp.Thread, fn interp.Value, args []interp.Value, daemon bool, done func(exc *interp.Exception)) error {
	p := s.newProcess(false)
	if err := p.thread.Start(fn, args); err != nil {
		s.exit(p, "crashed: "+err.Error(), nil)
		return err
	}
	st := ioOf(p)
	if parent := processOf(t); parent != nil && st != nil {
		root := rootOf(parent)
		if rs := ioOf(root); rs != nil {
			st.mu.Lock()
			st.root, st.rootSt = root, rs
			st.mu.Unlock()
			rs.mu.Lock()
			if rs.threads == nil {
				rs.threads = map[*Process]bool{}
			}
			rs.threads[p] = daemon
			rs.mu.Unlock()
		}
	}
	if done != nil {
		p.mu.Lock()
		p.exitWaiters = append(p.exitWaiters, func() {
			p.mu.Lock()
			exc := p.err
			p.mu.Unlock()
			done(exc)
		})
		p.mu.Unlock()
	}
	s.ready(p, s.runnerOf(t))
	return nil
}

// Own implements interp.Host: c is closed if t's root process dies
// abnormally.
func (s *Scheduler) Own(t *interp.Thread, c io.Closer) {
	p := processOf(t)
	if p == nil {
		return
	}
	if st := ioOf(rootOf(p)); st != nil {
		st.mu.Lock()
		if st.owned == nil {
			st.owned = map[io.Closer]struct{}{}
		}
		st.owned[c] = struct{}{}
		st.mu.Unlock()
	}
}

// Disown implements interp.Host: c was closed by the program.
func (s *Scheduler) Disown(t *interp.Thread, c io.Closer) {
	p := processOf(t)
	if p == nil {
		return
	}
	if v, ok := procIOs.Load(rootOf(p)); ok {
		st := v.(*procIO)
		st.mu.Lock()
		delete(st.owned, c)
		st.mu.Unlock()
	}
}
