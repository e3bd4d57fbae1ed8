package interp

// Async generators. A yield in an async generator hands out its value
// wrapped in asyncGenValue, so that the awaitable made by __anext__ can
// tell a yielded item (which completes the await with that value) from a
// value an inner await passes up to the event loop.

type asyncGenValue struct{ v Value }

var asyncGenValueType = newBuiltinType("async_generator_wrapped_value", ObjectType)

func (*asyncGenValue) Type() *Type { return asyncGenValueType }

// anextAwaitable is what __anext__, asend and athrow return.
type anextAwaitable struct {
	gen  *Generator
	send Value
	exc  *Exception
	done bool
}

var anextAwaitableType = newBuiltinType("async_generator_asend", ObjectType)

func (*anextAwaitable) Type() *Type { return anextAwaitableType }

// step sends v into the async generator; done reports that the await
// is complete with the returned value.
func (a *anextAwaitable) step(t *Thread, v Value, exc *Exception) (Value, bool, error) {
	if a.done {
		return nil, false, Errorf(RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	if a.send != nil && v == None && exc == nil {
		v, a.send = a.send, nil
	}
	if a.exc != nil && exc == nil {
		exc, a.exc = a.exc, nil
	}
	r, finished, err := a.gen.resume(t, v, exc)
	if err != nil {
		a.done = true
		return nil, false, err
	}
	if finished {
		a.done = true
		return nil, false, NewException(StopAsyncIterationType)
	}
	if w, ok := r.(*asyncGenValue); ok {
		a.done = true
		return w.v, true, nil
	}
	return r, false, nil
}

func init() {
	self := func(v Value) *Generator { return v.(*Generator) }
	addMethods(asyncGeneratorType, map[string]BuiltinFunc{
		"__aiter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__anext__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return &anextAwaitable{gen: self(args[0])}, nil
		},
		"asend": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "asend() takes exactly one argument (%d given)", len(args)-1)
			}
			return &anextAwaitable{gen: self(args[0]), send: args[1]}, nil
		},
		"athrow": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 2 {
				return nil, Errorf(TypeErrorType, "athrow expected at least 1 argument, got 0")
			}
			e, err := thrownException(t, args[1:])
			if err != nil {
				return nil, err
			}
			return &anextAwaitable{gen: self(args[0]), exc: e}, nil
		},
		"aclose": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			g := self(args[0])
			if !g.started || g.finished {
				g.finished = true
				return &anextAwaitable{gen: g, done: false, exc: nil, send: nil}, nil
			}
			return &anextAwaitable{gen: g, exc: NewException(GeneratorExitType)}, nil
		},
	})
	step := func(t *Thread, a *anextAwaitable, v Value, exc *Exception) (Value, error) {
		r, done, err := a.step(t, v, exc)
		if err != nil {
			if e, ok := err.(*Exception); ok && exc != nil && IsSubtype(exc.Class, GeneratorExitType) && (IsSubtype(e.Class, GeneratorExitType) || IsSubtype(e.Class, StopAsyncIterationType)) {
				return nil, NewException(StopIterationType)
			}
			return nil, err
		}
		if done {
			return nil, stopIteration(r)
		}
		return r, nil
	}
	addMethods(anextAwaitableType, map[string]BuiltinFunc{
		"__await__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__iter__":  func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__next__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return step(t, args[0].(*anextAwaitable), None, nil)
		},
		"send": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "send() takes exactly one argument (%d given)", len(args)-1)
			}
			return step(t, args[0].(*anextAwaitable), args[1], nil)
		},
		"throw": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 2 {
				return nil, Errorf(TypeErrorType, "throw expected at least 1 argument, got 0")
			}
			e, err := makeException(t, args[1])
			if err != nil {
				return nil, err
			}
			return step(t, args[0].(*anextAwaitable), None, e)
		},
		"close": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil },
	})
}
