package interp

// Frame is one activation of a code object. Frames live on the heap, in
// Thread.frames, so that an execution can stop and continue.
type Frame struct {
	code     *Code
	instrs   []Instr // code.Instrs, one load nearer for the VM loop
	fn       *Function
	globals  *Dict
	builtins *Dict
	locals   *Dict // the namespace of module and class bodies
	// snapshot is what locals() returns in a function: one dict per
	// frame, refreshed from the fast locals at each call, so names that
	// exec() stores in it stay.
	snapshot *Dict
	// localsMap is a class body's namespace when __prepare__ returned a
	// mapping other than a plain dict: names go through its __getitem__
	// and __setitem__.
	localsMap Value
	fast      []Value // fast locals, then cells, then free variables
	stack     []Value
	blocks    []block
	ip        int
	kwnames   Tuple // the keyword names of the next CALL

	gen      *Generator
	ret      retKind
	target   int32 // for retForIter: the caller's loop exit
	instance Value // for retInit: what the call returns
	base     bool  // a nested loop returns when this frame returns or yields
}

// retKind says what the caller does with a frame's result.
type retKind uint8

const (
	retNormal    retKind = iota // push the value on the caller's stack
	retInit                     // check it is None, push the instance
	retForIter                  // a generator driven by FOR_ITER
	retYieldFrom                // a generator driven by YIELD_FROM
)

type blockKind uint8

const (
	blockFinally blockKind = iota // SETUP_FINALLY: jump to handler on exception
	blockExcept                   // an exception is being handled: restore saved on exit
)

type block struct {
	kind    blockKind
	handler int32
	level   int32
	saved   *Exception
}

// newFrame makes a frame, reusing one the thread freed when it can: a
// Python call is the VM's most frequent allocation.
func (t *Thread) newFrame(code *Code, fn *Function, globals, builtins, locals *Dict) *Frame {
	n := len(code.Varnames) + len(code.Cellvars) + len(code.Freevars)
	var f *Frame
	if k := len(t.freeFrames); k > 0 {
		// freeFrame left every other field at its zero value.
		f = t.freeFrames[k-1]
		t.freeFrames = t.freeFrames[:k-1]
		f.code, f.fn, f.globals, f.builtins, f.locals = code, fn, globals, builtins, locals
		f.instrs = code.Instrs
		if cap(f.fast) >= n {
			f.fast = f.fast[:n]
		} else {
			f.fast = make([]Value, n)
		}
		return f
	}
	f = &Frame{code: code, instrs: code.Instrs, fn: fn, globals: globals, builtins: builtins, locals: locals}
	buf := make([]Value, n+code.StackSize)
	f.fast = buf[:n:n]
	f.stack = buf[n:n]
	return f
}

// freeFrame returns a finished frame to the thread's pool. Generator
// frames are never pooled: their generator object keeps them.
func (t *Thread) freeFrame(f *Frame) {
	if f.gen != nil || len(t.freeFrames) >= 64 {
		return
	}
	clear(f.fast)
	// Pops leave what they drop above the stack's length.
	clear(f.stack[:cap(f.stack)])
	f.stack = f.stack[:0]
	clear(f.blocks[:cap(f.blocks)])
	f.blocks = f.blocks[:0]
	f.instance, f.kwnames, f.fn, f.globals, f.locals, f.localsMap, f.snapshot = nil, nil, nil, nil, nil, nil, nil
	f.code, f.builtins, f.instrs = nil, nil, nil
	f.ip, f.ret, f.target, f.base = 0, retNormal, 0, false
	t.freeFrames = append(t.freeFrames, f)
}

// localsDict is locals() in f: the namespace of a module or class body,
// else the frame's snapshot of its variables, brought up to date.
func (f *Frame) localsDict() *Dict {
	if f.locals != nil {
		return f.locals
	}
	if f.snapshot == nil {
		f.snapshot = NewDict()
	}
	d := f.snapshot
	sync := func(name string, v Value) {
		if v != nil {
			d.SetStr(name, v)
		} else {
			d.DelStr(name)
		}
	}
	for i, n := range f.code.Varnames {
		sync(n, f.fast[i])
	}
	for i, n := range append(append([]string(nil), f.code.Cellvars...), f.code.Freevars...) {
		var v Value
		if c, ok := f.fast[len(f.code.Varnames)+i].(*Cell); ok {
			v = c.V
		}
		sync(n, v)
	}
	return d
}

// line returns the line being executed.
func (f *Frame) line() int {
	i := f.ip - 1
	if i < 0 {
		i = 0
	}
	if i >= len(f.code.Positions) {
		return f.code.FirstLine
	}
	return int(f.code.Positions[i].Line)
}

func (f *Frame) pos() Pos {
	i := f.ip - 1
	if i < 0 {
		i = 0
	}
	if i >= len(f.code.Positions) {
		return Pos{Line: int32(f.code.FirstLine)}
	}
	return f.code.Positions[i]
}

func (f *Frame) push(v Value) { f.stack = append(f.stack, v) }

// pop leaves the popped slot as it was: the next push overwrites it, and
// freeFrame clears the whole stack. Not writing nil keeps pop cheap
// enough to inline into eval (the compiler inlines little into a
// function that big) and spares a write barrier; the cost is that a value
// may stay reachable a little longer, which only matters for memory, as
// nothing in rebeam runs when an object becomes unreachable.
func (f *Frame) pop() Value {
	n := len(f.stack) - 1
	v := f.stack[n]
	f.stack = f.stack[:n]
	return v
}

func (f *Frame) top() Value { return f.stack[len(f.stack)-1] }

// truncate drops the stack above n, leaving the slots as pop does.
func (f *Frame) truncate(n int) { f.stack = f.stack[:n] }

// handle looks for a handler of exc in the frame's block stack: it jumps
// there and reports true, or unwinds every block and reports false.
func (t *Thread) handle(f *Frame, exc *Exception) bool {
	for len(f.blocks) > 0 {
		b := f.blocks[len(f.blocks)-1]
		f.blocks = f.blocks[:len(f.blocks)-1]
		f.truncate(int(b.level))
		if b.kind == blockExcept {
			t.excInfo = b.saved
			if b.saved == nil && f.gen != nil {
				t.excInfo = f.gen.callerExc
			}
			continue
		}
		f.blocks = append(f.blocks, block{kind: blockExcept, level: b.level, saved: t.excInfo})
		t.excInfo = exc
		f.push(exc)
		f.ip = int(b.handler)
		return true
	}
	return false
}

func (f *Frame) tracebackEntry(next *Traceback) *Traceback {
	return &Traceback{Code: f.code, Name: f.code.Name, File: f.code.Filename, Pos: f.pos(), Next: next}
}
