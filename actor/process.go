package actor

import (
	"sync"
	"sync/atomic"

	"github.com/rebeam/rebeam/interp"
)

// Status is where a process is in its life.
type Status uint8

// The statuses of a process. A process is in exactly one run queue when
// Runnable, on exactly one worker when Running, and in no queue and on no
// goroutine when Waiting: then it is only memory, reachable from whatever
// will wake it (a sender, a timer, a callee's reply).
const (
	Runnable Status = iota
	Running
	Waiting
	Exited
)

func (s Status) String() string {
	return [...]string{"runnable", "running", "waiting", "exited"}[s]
}

// waitKind says what a Waiting process waits for.
type waitKind uint8

const (
	waitNone    waitKind = iota
	waitMessage          // the next message (receiveRequest)
	waitRef              // the wake-up tagged waitRef: a reply or a timer
)

// Process is a Python thread with a mailbox, run by a Scheduler.
type Process struct {
	pid      PID
	pidValue interp.Value // the Python ProcessID, made once
	sched    *Scheduler
	thread   *interp.Thread
	// genpy is true for a process serving a GenPy instance: it receives
	// messages, so an orderly stop reaches its @stop handler.
	genpy bool
	// supervised is true for a child of a supervisor. It is set after
	// the process enters the table, while Shutdown may be reading it.
	supervised atomic.Bool
	// body is true for the process running the script body, whose turns
	// exclude all others while it lives (globals.go).
	body bool
	// phaseHeld is the phase lock held in the current turn; only the
	// process's worker touches it.
	phaseHeld uint8

	// mu guards everything below, and the mailbox.
	mu      sync.Mutex
	mailbox Mailbox
	status  Status
	wait    waitKind
	ref     uint64 // the wake-up a waitRef process waits for
	timer   *timer // the timer of the current wait, cancelled on wake
	resume  interp.Value
	// blockCh is set while the process's worker is blocked in a nested
	// suspension (BlockingSuspend): a wake-up is sent there instead of
	// putting the process in a run queue.
	blockCh  chan interp.Value
	kill     string // non-empty once a kill was requested
	name     string // the registered name, if any
	monitors map[uint64]*Process
	// children are the processes this supervisor started; those still
	// alive when it exits are killed, as links would in OTP.
	children []*Process
	// onStarted tells a supervisor waiting in startChildRequest that
	// the process has started; _started calls it once.
	onStarted func(r *runner)
	// exitWaiters run when the process exits (a supervisor stopping it).
	exitWaiters []func()
	// release frees what the process owned (blocking.go's ioExit); it
	// runs before anyone hears of the exit.
	release func()
	exit    string // the exit reason, once Exited
	// stopReason is the reason of an orderly stop, once @stop ran.
	stopReason string
	// lastSubject is the subject of the last message handled, for
	// crash reports.
	lastSubject string
	// current is the message being handled, which _reply answers.
	current *Message
	// done is closed when the process has exited; err is then its
	// uncaught exception, if any.
	done chan struct{}
	err  *interp.Exception
	// then, if set, runs on the process's thread when the code it was
	// started with finishes, and starts what the process does next (a
	// .py child's GenPy server after the file's body, children.go).
	then func(t *interp.Thread) error
	// run is the goroutine context of the worker running the process
	// (valid while Running).
	run *runner
	// srv is the Go loop of a GenPy process (server.go); nil for the
	// others. It is set before the process first waits for a message,
	// under mu.
	srv *genServer
	// lastPID and lastTo remember the process of the last ProcessID p
	// sent to (module.go's Process.resolve); only p's thread uses them.
	lastPID *interp.Object
	lastTo  *Process
}

// PID returns the process's identifier.
func (p *Process) PID() PID { return p.pid }

// Status returns the process's current status.
func (p *Process) Status() Status {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.status
}

// ExitReason returns why the process exited ("" while it lives).
func (p *Process) ExitReason() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.exit
}

// deliver enqueues a user message, waking the process if it waits for
// one. It returns false when the process has exited.
func (p *Process) deliver(m *Message) bool { return p.deliverFrom(m, nil) }

// deliverFrom is deliver called by a process running on worker r, which
// runs the receiver next if it wakes it (see runQueue).
func (p *Process) deliverFrom(m *Message, r *runner) bool {
	p.mu.Lock()
	if p.status == Exited {
		p.mu.Unlock()
		return false
	}
	p.mailbox.PushUser(m)
	wake := p.status == Waiting && p.wait == waitMessage
	if wake {
		p.wakeForMessageLocked()
	}
	p.mu.Unlock()
	if wake {
		p.sched.ready(p, r)
	}
	return true
}

// wakeForMessageLocked makes runnable a process that waited for a
// message and now has one. A GenPy takes it itself when it runs
// (server.go), or at once in a traced run, as a process waiting in
// _receive gets it as its resume value.
func (p *Process) wakeForMessageLocked() {
	if p.srv != nil {
		if p.sched.trace != nil {
			p.srv.takeLocked(p)
		}
		p.status, p.wait = Runnable, waitNone
		return
	}
	p.takeNextLocked()
}

// takeNextLocked moves the next message of the mailbox into the resume
// value of a process that waited for it and marks it runnable. The caller
// holds p.mu and knows the mailbox is not empty.
func (p *Process) takeNextLocked() {
	sys, user, _ := p.mailbox.next()
	if user != nil {
		p.current = user
		p.lastSubject = user.Subject
		p.resume = interp.Tuple{interp.Str("msg"), user.Source, interp.Str(user.Subject), user.Body}
	} else {
		p.current = nil
		p.resume = interp.Tuple{interp.Str("stop"), interp.None, interp.Str(""), interp.Str(sys.reason)}
	}
	p.status, p.wait = Runnable, waitNone
}

// wake ends a waitRef wait tagged ref with v as the result of the
// suspended builtin. A stale wake-up (a late reply, a timer that lost the
// race) finds another ref and does nothing.
func (p *Process) wake(ref uint64, v interp.Value) { p.wakeFrom(ref, v, nil) }

// wakeFrom is wake called by a process running on worker r.
func (p *Process) wakeFrom(ref uint64, v interp.Value, r *runner) {
	p.mu.Lock()
	if p.status != Waiting || p.wait != waitRef || p.ref != ref {
		p.mu.Unlock()
		return
	}
	p.resume = v
	p.status, p.wait = Runnable, waitNone
	t := p.timer
	p.timer = nil
	ch := p.blockCh
	if ch != nil && p.sched.trace != nil {
		// Traced: the process takes its turn in the run queue like any
		// other, and the runner hands it over (trace_sched.go).
		ch = nil
	}
	if ch != nil {
		// The worker blocked in BlockingSuspend runs the process itself.
		p.status = Running
	}
	p.mu.Unlock()
	if t != nil {
		p.sched.timers.cancel(t)
	}
	if ch != nil {
		ch <- v
		return
	}
	p.sched.ready(p, r)
}

// waitsFor reports whether p waits for the wake-up tagged ref.
func (p *Process) waitsFor(ref uint64) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.status == Waiting && p.wait == waitRef && p.ref == ref
}

// signal delivers a system message. A kill wakes the process from any
// wait (it will exit before running again) and cancels it if it runs; a
// stop wakes it only from a wait for messages, where a GenPy serves it.
func (p *Process) signal(s sysMessage) {
	p.mu.Lock()
	if p.status == Exited {
		p.mu.Unlock()
		return
	}
	if s.kind == sysStop && !p.genpy {
		s.kind = sysKill
	}
	var wake bool
	switch s.kind {
	case sysKill:
		if p.kill == "" {
			p.kill = s.reason
		}
		switch p.status {
		case Running:
			p.thread.Cancel(s.reason)
		case Waiting:
			if p.blockCh != nil && p.sched.trace != nil {
				// Traced: queued, then handed over (trace_sched.go).
				p.thread.Cancel(s.reason)
				p.resume = nil
			} else if p.blockCh != nil {
				p.thread.Cancel(s.reason)
				p.status = Running
				ch := p.blockCh
				p.mu.Unlock()
				ch <- nil
				return
			}
			p.status, p.wait = Runnable, waitNone
			wake = true
		}
	case sysStop:
		p.mailbox.pushSystem(s)
		if p.status == Waiting && p.wait == waitMessage {
			p.wakeForMessageLocked()
			wake = true
		}
	}
	p.mu.Unlock()
	if wake {
		p.sched.ready(p, nil)
	}
}
