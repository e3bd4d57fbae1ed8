package interp

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
)

// Thread is one execution: a stack of frames on the heap stepped by one
// loop (eval.go). A Python-to-Python call pushes a frame and the loop goes
// on, so the Go stack does not grow with Python recursion, and the whole
// execution can stop between two instructions and continue later:
//
//   - Run(budget) steps until the execution finishes, spends its budget of
//     steps (counted at calls and backward jumps, like BEAM reductions), is
//     cancelled, or a Go builtin asks to suspend by returning a
//     *Suspension. The host then calls Resume(value) or Throw(exception),
//     and Run again; nothing waits on a goroutine meanwhile.
//   - Go code calling back into Python (a sort key, __eq__ in a dict
//     lookup, __repr__ in print) runs a nested loop on the same Thread
//     (Thread.Call). A suspension cannot cross the Go frames of such a
//     call: BlockingSuspend is called if set (the host parks the worker
//     until the answer is there), otherwise the suspension becomes a
//     RuntimeError.
type Thread struct {
	// Name names the thread in messages.
	Name string
	// Stdout, Stderr and Stdin are the process's standard streams.
	Stdout, Stderr io.Writer
	Stdin          io.Reader
	// BlockingSuspend handles a suspension requested inside a nested
	// call (see the type comment).
	BlockingSuspend func(payload any) (Value, error)
	// Interp holds the modules and the import machinery.
	Interp *Interpreter
	// skipMetaCall is the class whose next instantiation by this thread
	// bypasses its metaclass's __call__ (type.__call__ called explicitly).
	skipMetaCall *Type
	// pendingGens lists the generators this thread left suspended inside
	// a block (generator_final.go).
	pendingGens []*Generator
	// Locals is free for the host (the actor runtime keeps its process
	// here).
	Locals map[string]any

	frames         []*Frame
	excInfo        *Exception // the exception being handled, for bare raise and chaining
	recursionLimit int
	nested         int // depth of nested Go-driven loops
	budget         int
	cancelled      atomic.Pointer[string]
	// importWait is the import lock this thread waits for (guarded by
	// Interpreter.importMu).
	importWait   *moduleLock
	state        threadState
	pendingThrow *Exception
	result       Value
	reprSeen     map[Value]bool
	freeFrames   []*Frame
	stdinReader  *lineReader
}

type threadState uint8

const (
	stateIdle threadState = iota
	stateReady
	stateSuspended
	stateDone
)

// Suspension is returned (as an error) by a Go builtin to pause the thread;
// Run hands Payload to the host.
type Suspension struct {
	Payload any
}

func (s *Suspension) Error() string { return fmt.Sprintf("suspension: %v", s.Payload) }

// Cancelled is the error of a cancelled thread.
type Cancelled struct{ Reason string }

func (c *Cancelled) Error() string { return "cancelled: " + c.Reason }

// ResultKind says why Run returned.
type ResultKind uint8

// The kinds of Result.
const (
	Finished  ResultKind = iota // Value holds the result
	Raised                      // Err holds the uncaught exception
	Preempted                   // the budget was spent; call Run again
	Suspended                   // Payload holds the suspension request
	Canceled                    // the thread was cancelled
)

func (k ResultKind) String() string {
	return [...]string{"Finished", "Raised", "Preempted", "Suspended", "Canceled"}[k]
}

// Result is what Run returns.
type Result struct {
	Kind    ResultKind
	Value   Value
	Err     *Exception
	Payload any
	Reason  string
}

// NewThread makes a thread for an interpreter, writing to the process's
// standard streams until the host sets others.
func NewThread(interp *Interpreter) *Thread {
	if interp == nil {
		interp = NewInterpreter()
	}
	return &Thread{Interp: interp, Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, recursionLimit: 1000}
}

// SetRecursionLimit sets the maximum depth of Python frames.
func (t *Thread) SetRecursionLimit(n int) { t.recursionLimit = n }

// Cancel stops the thread at its next step check; it is sticky and safe
// to call from another goroutine.
func (t *Thread) Cancel(reason string) { t.cancelled.Store(&reason) }

// Start prepares the thread to call fn with args; Run then executes it.
func (t *Thread) Start(fn Value, args []Value) error {
	if len(t.frames) != 0 {
		return fmt.Errorf("thread is already running")
	}
	f, ok := fn.(*Function)
	if !ok || f.Code.Flags&(CodeGenerator|CodeCoroutine|CodeAsyncGenerator) != 0 {
		// Not a plain Python function: run it through a trampoline frame
		// that calls it, so that Run still has a frame to step.
		tramp := &Code{Name: "<host>", Qualname: "<host>", Filename: "<host>",
			Instrs:    []Instr{{Op: opCall, Arg: int32(len(args))}, {Op: opReturnValue}},
			Positions: make([]Pos, 2), StackSize: 4}
		fr := t.newFrame(tramp, nil, t.Interp.builtinsDict(), t.Interp.builtinsDict(), nil)
		fr.stack = append(fr.stack, nil, fn)
		fr.stack = append(fr.stack, args...)
		t.frames = append(t.frames, fr)
		t.state = stateReady
		return nil
	}
	fr, err := t.setupCall(f, args, nil)
	if err != nil {
		return err
	}
	t.frames = append(t.frames, fr)
	t.state = stateReady
	return nil
}

// StartModule prepares the thread to run a module's code in globals.
func (t *Thread) StartModule(code *Code, globals *Dict) {
	fr := t.newFrame(code, nil, globals, t.Interp.builtinsDict(), globals)
	t.frames = append(t.frames, fr)
	t.state = stateReady
}

// Resume continues a suspended thread: v becomes the result of the
// builtin call that suspended. Call Run afterwards.
func (t *Thread) Resume(v Value) error {
	if t.state != stateSuspended {
		return fmt.Errorf("thread is not suspended")
	}
	if d, ok := v.(*BlockingDone); ok {
		r, err := d.Finish(t)
		if err != nil {
			t.pendingThrow = asException(err)
			t.state = stateReady
			return nil
		}
		v = r
	}
	top := t.frames[len(t.frames)-1]
	top.stack = append(top.stack, v)
	t.state = stateReady
	return nil
}

// Throw continues a suspended thread by raising exc where it stopped.
func (t *Thread) Throw(exc *Exception) error {
	if t.state != stateSuspended {
		return fmt.Errorf("thread is not suspended")
	}
	t.pendingThrow = exc
	t.state = stateReady
	return nil
}

// Run steps the thread until it finishes, raises, is preempted after
// budget steps (budget <= 0 means no limit), suspends or is cancelled.
func (t *Thread) Run(budget int) Result {
	if t.state != stateReady {
		return Result{Kind: Raised, Err: Errorf(RuntimeErrorType, "thread is not ready to run")}
	}
	if budget <= 0 {
		budget = -1
	}
	t.budget = budget
	var pending error
	if t.pendingThrow != nil {
		pending = t.pendingThrow
		t.pendingThrow = nil
	}
	v, err := t.eval(0, pending)
	switch e := err.(type) {
	case nil:
		t.state = stateDone
		t.handOverGenerators()
		return Result{Kind: Finished, Value: v}
	case *Exception:
		t.state = stateDone
		t.handOverGenerators()
		return Result{Kind: Raised, Err: e}
	case *Suspension:
		t.state = stateSuspended
		return Result{Kind: Suspended, Payload: e.Payload}
	case *preemption:
		return Result{Kind: Preempted}
	case *Cancelled:
		t.state = stateDone
		t.frames = nil
		t.handOverGenerators()
		return Result{Kind: Canceled, Reason: e.Reason}
	}
	t.state = stateDone
	return Result{Kind: Raised, Err: asException(err)}
}

type preemption struct{}

func (*preemption) Error() string { return "preempted" }

var errPreempted = &preemption{}

// FrameInfo describes one frame for inspection (rebeam trace, crash
// reports).
type FrameInfo struct {
	Function string
	File     string
	Line     int
}

// Stack returns the thread's frames, outermost first.
func (t *Thread) Stack() []FrameInfo {
	out := make([]FrameInfo, len(t.frames))
	for i, f := range t.frames {
		out[i] = FrameInfo{Function: f.code.Name, File: f.code.Filename, Line: f.line()}
	}
	return out
}

// Depth returns the number of Python frames on the thread.
func (t *Thread) Depth() int { return len(t.frames) }
