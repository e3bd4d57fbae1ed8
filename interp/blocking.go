package interp

import (
	"io"
	"sync"
)

// Blocking operations (I/O, waiting for a lock, a child process) must not
// hold the goroutine that runs a thread when a host multiplexes many
// threads over a few goroutines, as the actor runtime does. A builtin
// describes such an operation as a *BlockingCall and returns
// t.Blocking(call):
//
//   - With no host (t.BlockingSuspend is nil: a plain interpreter, a
//     goroutine of the embedding program) Fn runs at once on the calling
//     goroutine and Then turns its result into the builtin's.
//   - Under a host, the thread suspends with the call as payload. The host
//     runs Fn on a goroutine of its own (it may wait on Go's network poller
//     or in a system call), and resumes the thread with Resume(call.Done(v,
//     err)): Then runs on the thread, where Python objects may be made, and
//     its value or exception is what the builtin returns or raises. A host
//     that sets BlockingSuspend must serve BlockingCall payloads both as a
//     suspension result of Run and through BlockingSuspend.
//
// Fn runs concurrently with other threads: it must touch only Go values
// the builtin prepared (copies of the bytes to send, the socket), never
// the thread nor a mutable Python object.
type BlockingCall struct {
	// Fn performs the operation. Its results go to Then.
	Fn func() (any, error)
	// Then converts Fn's results into the builtin's return value or
	// exception; nil means Fn's value is a Value (None when nil) and its
	// error an exception or an OSError.
	Then func(t *Thread, v any, err error) (Value, error)
	// Abort, if set, makes a running Fn return soon (by closing or
	// expiring what it waits on); the host calls it when the waiting
	// thread is killed.
	Abort func()
	// Discard, if set, undoes an operation whose result will never be
	// taken because the thread was killed meanwhile (releases a lock it
	// acquired).
	Discard func(v any, err error)
}

// BlockingDone is the value a host resumes a thread with when Fn of a
// BlockingCall has returned: Resume runs Then on the thread.
type BlockingDone struct {
	Call *BlockingCall
	V    any
	Err  error
}

// Type makes BlockingDone a Value; it is never seen by Python code.
func (*BlockingDone) Type() *Type { return ObjectType }

// Done wraps Fn's results for Resume.
func (c *BlockingCall) Done(v any, err error) *BlockingDone {
	return &BlockingDone{Call: c, V: v, Err: err}
}

// Finish runs Then (the host resumes with the BlockingDone instead
// where it can; Resume calls Finish).
func (d *BlockingDone) Finish(t *Thread) (Value, error) {
	if d.Call.Then != nil {
		return d.Call.Then(t, d.V, d.Err)
	}
	if d.Err != nil {
		if e, ok := d.Err.(*Exception); ok {
			return nil, e
		}
		return nil, Errorf(OSErrorType, "%v", d.Err)
	}
	if v, ok := d.V.(Value); ok && v != nil {
		return v, nil
	}
	return None, nil
}

// Blocking performs c: at once when the thread has no host, else by
// suspending the thread until the host has run it (see BlockingCall).
func (t *Thread) Blocking(c *BlockingCall) (Value, error) {
	if t.BlockingSuspend == nil {
		v, err := c.Fn()
		return c.Done(v, err).Finish(t)
	}
	return nil, &Suspension{Payload: c}
}

// Offloads reports whether blocking calls of t run off its goroutine
// (t has a host); builtins may then choose a cheaper form.
func (t *Thread) Offloads() bool { return t.BlockingSuspend != nil }

// Host is what a runtime that runs threads as its own processes offers
// the standard library (the actor runtime implements it).
type Host interface {
	// Go starts fn(*args) as a new thread of the host that shares every
	// object with its creator (threading.Thread); done runs when it
	// has finished, with the exception that ended it, if any. A daemon
	// thread is stopped once the process that started it (or the
	// process whose thread that is) has ended and no other thread of it
	// that is not a daemon still runs.
	Go(t *Thread, fn Value, args []Value, daemon bool, done func(exc *Exception)) error
	// Own closes c when the thread's process dies abnormally (killed by
	// its supervisor, crashed) unless Disown was called first, so that a
	// restarted server can bind its port again.
	Own(t *Thread, c io.Closer)
	Disown(t *Thread, c io.Closer)
}

var hosts sync.Map // *Interpreter -> Host

// SetHost makes h the host of in's threads (nil removes it).
func SetHost(in *Interpreter, h Host) {
	if h == nil {
		hosts.Delete(in)
		return
	}
	hosts.Store(in, h)
}

// HostOf returns the host of t's interpreter, or nil.
func HostOf(t *Thread) Host {
	if t == nil || t.Interp == nil {
		return nil
	}
	h, _ := hosts.Load(t.Interp)
	hh, _ := h.(Host)
	return hh
}

// The errno subclasses of OSError that socket operations need besides
// those of exceptions_more.go (CPython's table).
func init() {
	for errno, cls := range map[Int]**Type{114: &BlockingIOErrorType, 115: &BlockingIOErrorType,
		108: &BrokenPipeErrorType, 110: &TimeoutErrorType} {
		if _, ok := errnoClasses[errno]; !ok {
			errnoClasses[errno] = cls
		}
	}
}
