package interp

// Generator is a generator, coroutine or async generator object. It owns
// its frame: resuming pushes the frame on the running thread and a yield
// pops it back, so a generator driven by a for loop or yield from runs
// inline in the VM loop.
type Generator struct {
	frame     *Frame
	started   bool
	running   bool
	finished  bool
	coroutine bool
	async     bool // async generator
	name      string
	qualname  string
	// excState is the exception the generator's code was handling when
	// it last yielded, and callerExc the one its resumer was handling:
	// sys.exc_info(), a bare raise and implicit chaining inside the
	// generator see its own handled exception across yields, as in
	// CPython, and its caller's when it has none.
	excState, callerExc *Exception
	// remembered is set while the Interpreter lists the generator for
	// CloseGenerators (generator_final.go).
	remembered bool
}

// enterExc switches the thread's handled exception to the generator's
// as its frame is pushed.
func (g *Generator) enterExc(t *Thread) {
	g.callerExc = t.excInfo
	if g.excState != nil {
		t.excInfo = g.excState
	}
}

// leaveExc saves the generator's handled exception and gives the caller
// its own back, as the frame yields (yielded true) or finishes.
func (g *Generator) leaveExc(t *Thread, yielded bool) {
	if yielded && t.excInfo != g.callerExc {
		g.excState = t.excInfo
	} else {
		g.excState = nil
	}
	t.excInfo = g.callerExc
	g.callerExc = nil
}

func newGenerator(f *Frame) *Generator {
	g := &Generator{frame: f, name: f.code.Name, qualname: f.code.Qualname}
	g.coroutine = f.code.Flags&CodeCoroutine != 0
	g.async = f.code.Flags&CodeAsyncGenerator != 0
	f.gen = g
	return g
}

// Type returns generator or coroutine.
func (g *Generator) Type() *Type {
	if g.coroutine {
		return CoroutineType
	}
	if g.async {
		return asyncGeneratorType
	}
	return GeneratorType
}

var asyncGeneratorType = newBuiltinType("async_generator", ObjectType)

// pendingThrowSub is reserved for delegating throws; nil means the
// generator can be resumed inline.
func (g *Generator) pendingThrowSub() *Generator { return nil }

// yield pops frame f, which yields v, and hands v to whoever resumed it.
// It returns the frame to continue with, or done when the nested loop
// that resumed the generator must return v.
func (t *Thread) yield(f *Frame, v Value, stopAt int) (*Frame, bool) {
	for {
		idx := len(t.frames) - 1
		t.frames[idx] = nil
		t.frames = t.frames[:idx]
		f.gen.running = false
		f.gen.leaveExc(t, true)
		if len(f.blocks) > 0 && !f.gen.remembered {
			t.noteYield(f.gen)
		}
		if idx == stopAt || f.base {
			return nil, true
		}
		caller := t.frames[len(t.frames)-1]
		switch f.ret {
		case retForIter:
			caller.push(v)
			return caller, false
		case retYieldFrom:
			// The delegating generator yields the value in turn, and
			// re-runs YIELD_FROM when it is resumed.
			caller.ip--
			f = caller
			continue
		}
		caller.push(v)
		return caller, false
	}
}

// resume runs the generator until it yields or finishes, from Go. It
// sends v (or raises exc in it) and returns the yielded value, or the
// return value with done set.
func (g *Generator) resume(t *Thread, v Value, exc *Exception) (Value, bool, error) {
	if g.running {
		what := "generator"
		if g.coroutine {
			what = "coroutine"
		}
		return nil, false, Errorf(ValueErrorType, "%s already executing", what)
	}
	if g.finished {
		if exc != nil {
			return nil, false, exc
		}
		if g.coroutine {
			return nil, false, Errorf(RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	if !g.started && v != None && exc == nil {
		return nil, false, Errorf(TypeErrorType, "can't send non-None value to a just-started generator")
	}
	f := g.frame
	// A generator delegating with yield from passes a throw on to its
	// subiterator first.
	if exc != nil && g.started && f.ip < len(f.code.Instrs) && f.code.Instrs[f.ip].Op == opYieldFrom {
		if sub, ok := f.top().(*Generator); ok {
			r, done, err := sub.resume(t, None, exc)
			if err == nil && !done {
				return r, false, nil
			}
			f.pop()
			if err != nil {
				exc = asException(err)
			} else {
				exc = nil
				f.ip++
				f.push(r)
				v = nil
			}
		}
	}
	f.ret = retNormal
	if err := t.pushFrame(f); err != nil {
		return nil, false, err
	}
	f.base = true
	if g.started && exc == nil && v != nil {
		f.push(v)
	}
	g.started, g.running = true, true
	t.nested++
	var pending error
	if exc != nil {
		pending = exc
	}
	r, err := t.eval(len(t.frames)-1, pending)
	t.nested--
	f.base = false
	if err != nil {
		g.finished, g.running = true, false
		return nil, false, err
	}
	return r, g.finished, nil
}

// next is next(g): (value, true), or (nil, false) when it is exhausted.
func (g *Generator) next(t *Thread) (Value, bool, error) {
	v, done, err := g.resume(t, None, nil)
	if err != nil || done {
		return nil, false, err
	}
	return v, true, nil
}

func stopIteration(v Value) *Exception {
	if v == None || v == nil {
		return NewException(StopIterationType)
	}
	return NewException(StopIterationType, v)
}

// sendTo sends v into a non-generator iterator for yield from: it returns
// the next value, or the iterator's return value with done set.
func sendTo(t *Thread, it Value, v Value) (Value, bool, error) {
	var r Value
	var err error
	if a, ok := it.(*anextAwaitable); ok {
		return a.step(t, v, nil)
	}
	if v == None {
		if x, ok := it.(Iterator); ok {
			r, ok, err := x.Next(t)
			if err != nil {
				return nil, false, err
			}
			if !ok {
				return None, true, nil
			}
			return r, false, nil
		}
		if g, ok := it.(*Generator); ok {
			r, done, err := g.resume(t, None, nil)
			return r, done, err
		}
		m := lookupDunder(it, "__next__")
		if m == nil {
			return nil, false, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(it))
		}
		r, err = callDunder(t, m, it)
	} else {
		if g, ok := it.(*Generator); ok {
			return g.resume(t, v, nil)
		}
		m, err2 := GetAttr(t, it, "send")
		if err2 != nil {
			return nil, false, err2
		}
		r, err = t.Call(m, []Value{v}, nil)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, StopIterationType) {
			if len(e.Args) > 0 {
				return e.Args[0], true, nil
			}
			return None, true, nil
		}
		return nil, false, err
	}
	return r, false, nil
}

func getAwaitable(t *Thread, v Value) (Value, error) {
	if g, ok := v.(*Generator); ok && g.coroutine {
		if g.running || (g.started && !g.finished && false) {
			return nil, Errorf(RuntimeErrorType, "coroutine is being awaited already")
		}
		return g, nil
	}
	m := lookupDunder(v, "__await__")
	if m == nil {
		return nil, Errorf(TypeErrorType, "object %s can't be used in 'await' expression", TypeName(v))
	}
	it, err := callDunder(t, m, v)
	if err != nil {
		return nil, err
	}
	if g, ok := it.(*Generator); ok && g.coroutine {
		return nil, Errorf(TypeErrorType, "__await__() returned a coroutine")
	}
	return it, nil
}

func init() {
	genSelf := func(v Value) *Generator { g, _ := v.(*Generator); return g }
	methods := map[string]BuiltinFunc{
		"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__next__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			r, done, err := genSelf(args[0]).resume(t, None, nil)
			if err != nil {
				return nil, err
			}
			if done {
				return nil, stopIteration(r)
			}
			return r, nil
		},
		"send": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			r, done, err := genSelf(args[0]).resume(t, args[1], nil)
			if err != nil {
				return nil, err
			}
			if done {
				return nil, stopIteration(r)
			}
			return r, nil
		},
		"throw": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 2 {
				return nil, Errorf(TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			exc, err := thrownException(t, args[1:])
			if err != nil {
				return nil, err
			}
			r, done, err := genSelf(args[0]).resume(t, None, exc)
			if err != nil {
				return nil, err
			}
			if done {
				return nil, stopIteration(r)
			}
			return r, nil
		},
		"close": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			g := genSelf(args[0])
			if g.finished || !g.started {
				g.finished = true
				return None, nil
			}
			_, done, err := g.resume(t, None, NewException(GeneratorExitType))
			if err != nil {
				if e, ok := err.(*Exception); ok && (IsSubtype(e.Class, GeneratorExitType) || IsSubtype(e.Class, StopIterationType)) {
					return None, nil
				}
				return nil, err
			}
			if !done {
				return nil, Errorf(RuntimeErrorType, "generator ignored GeneratorExit")
			}
			return None, nil
		},
	}
	addMethods(GeneratorType, methods)
	addMethods(CoroutineType, map[string]BuiltinFunc{"send": methods["send"], "throw": methods["throw"], "close": methods["close"],
		"__await__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil }})
}

// thrownException makes the exception of gen.throw(typ[, val[, tb]]) and
// agen.athrow(...) from args (typ onwards): an instance as given, a class
// called with val unless val is already an instance of it.
func thrownException(t *Thread, args []Value) (*Exception, error) {
	var exc *Exception
	if len(args) >= 2 && args[1] != None {
		if e, ok := args[1].(*Exception); ok && isTypeAndSuper(args[0], e.Class) {
			// throw(type, instance): the instance itself
			exc = e
		} else if c, ok := args[0].(*Type); ok {
			v, err := t.Call(c, []Value{args[1]}, nil)
			if err != nil {
				return nil, err
			}
			exc, _ = v.(*Exception)
		}
	}
	if exc == nil {
		e, err := makeException(t, args[0])
		if err != nil {
			return nil, Errorf(TypeErrorType, "exceptions must be classes or instances deriving from BaseException, not %s", TypeName(args[0]))
		}
		exc = e
	}
	return exc, nil
}

// isTypeAndSuper reports whether v is a class that c derives from.
func isTypeAndSuper(v Value, c *Type) bool {
	sup, ok := v.(*Type)
	return ok && IsSubtype(c, sup)
}
