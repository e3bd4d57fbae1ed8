package interp

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// prepareCall calls callable with args, the last len(kwnames) of which
// are keyword arguments. A call of Python code is not run here: it returns
// the frame to push, so that the VM runs it inline; everything else
// returns its result.
func (t *Thread) prepareCall(callable Value, args []Value, kwnames Tuple) (*Frame, Value, error) {
	switch fn := callable.(type) {
	case *Function:
		f, err := t.setupCall(fn, args, kwnames)
		if err != nil {
			return nil, nil, err
		}
		if fn.Code.Flags&(CodeGenerator|CodeCoroutine|CodeAsyncGenerator) != 0 {
			return nil, newGenerator(f), nil
		}
		return f, nil, nil
	case *Builtin:
		v, err := t.callBuiltin(fn, args, kwnames)
		return nil, v, err
	case *BoundMethod:
		if m, ok := fn.Fn.(*Function); ok {
			f, err := t.setupCallSelf(m, fn.Self, args, kwnames)
			if err != nil {
				return nil, nil, err
			}
			if m.Code.Flags&codeNotPlain != 0 {
				return nil, newGenerator(f), nil
			}
			return f, nil, nil
		}
		all := make([]Value, len(args)+1)
		all[0] = fn.Self
		copy(all[1:], args)
		return t.prepareCall(fn.Fn, all, kwnames)
	case *Type:
		return t.callType(fn, args, kwnames)
	case *StaticMethod:
		return t.prepareCall(fn.Fn, args, kwnames)
	}
	m := lookupDunder(callable, "__call__")
	if m == nil {
		return nil, nil, Errorf(TypeErrorType, "'%s' object is not callable", TypeName(callable))
	}
	all := make([]Value, len(args)+1)
	all[0] = callable
	copy(all[1:], args)
	if _, ok := m.(*Function); ok {
		return t.prepareCall(m, all, kwnames)
	}
	b, err := descGet(t, m, callable, callable.Type())
	if err != nil {
		return nil, nil, err
	}
	return t.prepareCall(b, args, kwnames)
}

func toKwargs(args []Value, kwnames Tuple) ([]Value, []Kwarg) {
	if len(kwnames) == 0 {
		return args, nil
	}
	n := len(args) - len(kwnames)
	kw := make([]Kwarg, len(kwnames))
	for i, k := range kwnames {
		kw[i] = Kwarg{Name: string(k.(Str)), Value: args[n+i]}
	}
	return args[:n:n], kw
}

func (t *Thread) callBuiltin(b *Builtin, args []Value, kwnames Tuple) (v Value, err error) {
	pos, kw := toKwargs(args, kwnames)
	defer func() {
		if r := recover(); r != nil {
			if re, ok := r.(runtime.Error); ok && re.Error() == fmt.Sprintf("runtime error: index out of range [%d] with length %d", len(pos), len(pos)) {
				// Read one argument past those given: a builtin that
				// trusted its caller for the count. Say so as CPython
				// would, with a TypeError.
				v, err = nil, Errorf(TypeErrorType, "%s() takes at least %d argument%s (%d given)", b.Name, len(pos)+1-ownerArg(b), plural(len(pos)+1-ownerArg(b)), len(pos)-ownerArg(b))
				return
			}
			v, err = nil, Errorf(SystemErrorType, "Go panic in %s(): %v", b.Name, r)
			if h := t.Interp.internalError; h != nil {
				h(fmt.Sprintf("Go panic in %s(): %v\n%s", b.Name, r, debug.Stack()))
			}
		}
	}()
	if b.Owner != nil && b.Owner != ObjectType {
		// A method of a builtin type, which may be called unbound
		// (str.upper(x)): its Go code assumes the receiver's type.
		if len(pos) == 0 {
			return nil, Errorf(TypeErrorType, "unbound method %s.%s() needs an argument", b.Owner.Name, b.Name)
		}
		if rt := pos[0].Type(); rt != b.Owner && !IsSubtype(rt, b.Owner) {
			return nil, Errorf(TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.Name, b.Owner.Name, rt.Name)
		}
	}
	return b.Fn(t, pos, kw)
}

// Call calls a Python callable from Go and returns its result. Python
// code runs in a nested loop on the same thread (see Thread).
func (t *Thread) Call(fn Value, args []Value, kwargs []Kwarg) (Value, error) {
	// A Go loop calling back into Python (list(iter(f, x)), a sort key)
	// checks for cancellation here, since its steps never reach the VM's
	// checks at backward jumps.
	if c := t.cancelled.Load(); c != nil {
		return nil, &Cancelled{Reason: *c}
	}
	if b, ok := fn.(*Builtin); ok && len(kwargs) == 0 {
		v, err := t.callBuiltin(b, args, nil)
		if s, ok := err.(*Suspension); ok {
			// Call is only used by Go code, whose frames cannot be
			// kept: a suspension here always blocks or fails.
			return t.blockingSuspend(s)
		}
		return v, err
	}
	var kwnames Tuple
	if len(kwargs) > 0 {
		all := make([]Value, len(args), len(args)+len(kwargs))
		copy(all, args)
		for _, kv := range kwargs {
			kwnames = append(kwnames, Str(kv.Name))
			all = append(all, kv.Value)
		}
		args = all
	}
	f, v, err := t.prepareCall(fn, args, kwnames)
	if err != nil || f == nil {
		if s, ok := err.(*Suspension); ok {
			return t.blockingSuspend(s)
		}
		return v, err
	}
	return t.runNested(f)
}

func (t *Thread) runNested(f *Frame) (Value, error) {
	if c := t.cancelled.Load(); c != nil {
		return nil, &Cancelled{Reason: *c}
	}
	if err := t.pushFrame(f); err != nil {
		return nil, err
	}
	f.base = true
	t.nested++
	defer func() { t.nested-- }()
	return t.eval(len(t.frames)-1, nil)
}

// setupCall makes the frame of a call of fn, binding the arguments to
// parameters with CPython's rules and messages.
func (t *Thread) setupCall(fn *Function, args []Value, kwnames Tuple) (*Frame, error) {
	code := fn.Code
	f := t.newFrame(code, fn, fn.Globals, fn.Builtins, nil)
	npos := len(args) - len(kwnames)
	if len(kwnames) == 0 && npos == code.ArgCount && code.Flags&(CodeVarArgs|CodeVarKeywords) == 0 && code.KwOnlyCount == 0 {
		copy(f.fast, args)
	} else if err := bindArgs(t, fn, f.fast, args, kwnames); err != nil {
		return nil, err
	}
	f.setupCells(fn)
	return f, nil
}

// setupCallSelf is setupCall with self before args, as a method call
// has them, without building the joined argument list when the
// arguments map one to one on the parameters.
func (t *Thread) setupCallSelf(fn *Function, self Value, args []Value, kwnames Tuple) (*Frame, error) {
	code := fn.Code
	if len(kwnames) != 0 || len(args)+1 != code.ArgCount || code.Flags&(CodeVarArgs|CodeVarKeywords) != 0 || code.KwOnlyCount != 0 {
		all := make([]Value, len(args)+1)
		all[0] = self
		copy(all[1:], args)
		return t.setupCall(fn, all, kwnames)
	}
	f := t.newFrame(code, fn, fn.Globals, fn.Builtins, nil)
	f.fast[0] = self
	copy(f.fast[1:], args)
	f.setupCells(fn)
	return f, nil
}

// setupCells makes the frame's cells, filling those of parameters, and
// installs the function's closure.
func (f *Frame) setupCells(fn *Function) {
	code := fn.Code
	nvars := len(code.Varnames)
	for i := range code.Cellvars {
		c := &Cell{}
		if a := code.Cell2Arg[i]; a >= 0 {
			c.V = f.fast[a]
		}
		f.fast[nvars+i] = c
	}
	for i, c := range fn.Closure {
		f.fast[nvars+len(code.Cellvars)+i] = c
	}
}

func bindArgs(t *Thread, fn *Function, fast []Value, args []Value, kwnames Tuple) error {
	code := fn.Code
	name := fn.Qualname
	npos := len(args) - len(kwnames)
	nparams := code.ArgCount
	kwonlyStart := nparams
	varargsIdx := -1
	idx := code.ArgCount + code.KwOnlyCount
	if code.Flags&CodeVarArgs != 0 {
		varargsIdx = idx
		idx++
	}
	varkwIdx := -1
	if code.Flags&CodeVarKeywords != 0 {
		varkwIdx = idx
	}
	// Positional arguments.
	n := npos
	if n > nparams {
		n = nparams
	}
	copy(fast, args[:n])
	if npos > nparams {
		if varargsIdx < 0 {
			return tooManyPositional(fn, npos, kwnames, args)
		}
		fast[varargsIdx] = Tuple(append([]Value(nil), args[nparams:npos]...))
	} else if varargsIdx >= 0 {
		fast[varargsIdx] = Tuple{}
	}
	var kwdict *Dict
	if varkwIdx >= 0 {
		kwdict = NewDict()
		fast[varkwIdx] = kwdict
	}
	var posOnlyAsKw []string
	for i, k := range kwnames {
		key := string(k.(Str))
		v := args[npos+i]
		found := false
		for j := code.PosOnlyCount; j < kwonlyStart+code.KwOnlyCount; j++ {
			if code.Varnames[j] == key {
				if fast[j] != nil {
					return Errorf(TypeErrorType, "%s() got multiple values for argument '%s'", name, key)
				}
				fast[j] = v
				found = true
				break
			}
		}
		if found {
			continue
		}
		if kwdict != nil {
			kwdict.SetStr(key, v)
			continue
		}
		for j := 0; j < code.PosOnlyCount; j++ {
			if code.Varnames[j] == key {
				posOnlyAsKw = append(posOnlyAsKw, key)
				found = true
			}
		}
		if !found {
			return Errorf(TypeErrorType, "%s() got an unexpected keyword argument '%s'", name, key)
		}
	}
	if len(posOnlyAsKw) > 0 {
		return Errorf(TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", name, strings.Join(posOnlyAsKw, ", "))
	}
	// Defaults.
	ndef := len(fn.Defaults)
	var missing []string
	for j := 0; j < nparams; j++ {
		if fast[j] != nil {
			continue
		}
		if d := j - (nparams - ndef); d >= 0 {
			fast[j] = fn.Defaults[d]
			continue
		}
		missing = append(missing, code.Varnames[j])
	}
	if len(missing) > 0 {
		return missingArgs(name, missing, "positional")
	}
	missing = nil
	for j := kwonlyStart; j < kwonlyStart+code.KwOnlyCount; j++ {
		if fast[j] != nil {
			continue
		}
		if fn.KwDefaults != nil {
			if v, ok := fn.KwDefaults.GetStr(code.Varnames[j]); ok {
				fast[j] = v
				continue
			}
		}
		missing = append(missing, code.Varnames[j])
	}
	if len(missing) > 0 {
		return missingArgs(name, missing, "keyword-only")
	}
	return nil
}

func missingArgs(name string, missing []string, kind string) error {
	quoted := make([]string, len(missing))
	for i, m := range missing {
		quoted[i] = "'" + m + "'"
	}
	var list string
	switch len(quoted) {
	case 1:
		list = quoted[0]
	case 2:
		list = quoted[0] + " and " + quoted[1]
	default:
		list = strings.Join(quoted[:len(quoted)-1], ", ") + ", and " + quoted[len(quoted)-1]
	}
	s := "s"
	if len(missing) == 1 {
		s = ""
	}
	return Errorf(TypeErrorType, "%s() missing %d required %s argument%s: %s", name, len(missing), kind, s, list)
}

func tooManyPositional(fn *Function, given int, kwnames Tuple, args []Value) error {
	code := fn.Code
	ndef := len(fn.Defaults)
	var takes string
	if ndef > 0 {
		takes = fmt.Sprintf("from %d to %d positional arguments", code.ArgCount-ndef, code.ArgCount)
	} else if code.ArgCount == 1 {
		takes = "1 positional argument"
	} else {
		takes = fmt.Sprintf("%d positional arguments", code.ArgCount)
	}
	was := "were"
	if given == 1 {
		was = "was"
	}
	kwonly := 0
	for _, k := range kwnames {
		for j := code.ArgCount; j < code.ArgCount+code.KwOnlyCount; j++ {
			if code.Varnames[j] == string(k.(Str)) {
				kwonly++
			}
		}
	}
	if kwonly > 0 {
		s := "s"
		if kwonly == 1 {
			s = ""
		}
		return Errorf(TypeErrorType, "%s() takes %s but %d positional argument%s (and %d keyword-only argument%s) were given", fn.Qualname, takes, given, map[bool]string{true: "", false: "s"}[given == 1], kwonly, s)
	}
	return Errorf(TypeErrorType, "%s() takes %s but %d %s given", fn.Qualname, takes, given, was)
}

// callType instantiates a class: __new__, then __init__, whose frame is
// pushed inline when it is Python code.
func (t *Thread) callType(cls *Type, args []Value, kwnames Tuple) (*Frame, Value, error) {
	if cls == TypeType && len(args) == 1 && len(kwnames) == 0 {
		return nil, args[0].Type(), nil
	}
	if len(kwnames) == 0 && (cls == StrType || cls == IntType || cls == FloatType || cls == BoolType || cls == TupleType) {
		// Immutable builtin types are made whole by their New; their
		// __init__ is object's, which does nothing.
		v, err := cls.New(t, cls, args, nil)
		return nil, v, err
	}
	if t.skipMetaCall == cls {
		t.skipMetaCall = nil
	} else if cls.Meta != nil {
		if m := cls.Meta.Lookup("__call__"); m != nil {
			if _, ok := m.(*Function); ok {
				all := append([]Value{cls}, args...)
				return t.prepareCall(m, all, kwnames)
			}
		}
	}
	pos, kw := toKwargs(args, kwnames)
	var inst Value
	newFn := cls.Lookup("__new__")
	if sm, ok := newFn.(*StaticMethod); ok {
		if _, isBuiltin := sm.Fn.(*Builtin); isBuiltin {
			newFn = nil
		}
	}
	switch nf := newFn.(type) {
	case *StaticMethod, *Function:
		fnv := newFn
		if sm, ok := nf.(*StaticMethod); ok {
			fnv = sm.Fn
		}
		all := append([]Value{cls}, pos...)
		v, err := t.Call(fnv, all, kw)
		if err != nil {
			return nil, nil, err
		}
		inst = v
	default:
		newer := builtinNew(cls)
		if newer == nil {
			initFn := cls.Lookup("__init__")
			if b, ok := initFn.(*Builtin); ok && b.Owner == ObjectType && (len(pos) > 0 || len(kw) > 0) {
				return nil, nil, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
			if cls.abstract != nil && len(cls.abstract) > 0 {
				return nil, nil, abstractError(cls)
			}
			inst = newInstance(cls)
		} else {
			v, err := newer(t, cls, pos, kw)
			if err != nil {
				return nil, nil, err
			}
			inst = v
		}
	}
	if !IsSubtype(inst.Type(), cls) {
		return nil, inst, nil
	}
	initFn := inst.Type().Lookup("__init__")
	switch fn := initFn.(type) {
	case *Function:
		all := make([]Value, len(args)+1)
		all[0] = inst
		copy(all[1:], args)
		f, err := t.setupCall(fn, all, kwnames)
		if err != nil {
			return nil, nil, err
		}
		if fn.Code.Flags&codeNotPlain != 0 {
			// A generator (or coroutine) __init__ returns its generator,
			// which is not None.
			return nil, nil, Errorf(TypeErrorType, "__init__() should return None, not '%s'", newGenerator(f).Type().Name)
		}
		f.ret = retInit
		f.instance = inst
		return f, nil, nil
	case *Builtin:
		if fn.Owner == ObjectType {
			return nil, inst, nil
		}
		all := append([]Value{inst}, pos...)
		if _, err := fn.Fn(t, all, kw); err != nil {
			return nil, nil, err
		}
		return nil, inst, nil
	case nil:
		return nil, inst, nil
	}
	if _, err := callDunder(t, initFn, inst, pos...); err != nil {
		return nil, nil, err
	}
	return nil, inst, nil
}

// objectWithDict lays an instance and its __dict__ side by side.
type objectWithDict struct {
	o Object
	d Dict
}

// builtinNew returns the Go constructor of the nearest builtin base.
func builtinNew(cls *Type) func(*Thread, *Type, []Value, []Kwarg) (Value, error) {
	for _, c := range cls.MRO {
		if c.New != nil {
			return c.New
		}
	}
	return nil
}

func newInstance(cls *Type) *Object {
	if cls != ObjectType && (cls.slotNames == nil || cls.hasDict) {
		// The object and its dict in one allocation.
		od := &objectWithDict{}
		o := &od.o
		o.Class, o.Dict = cls, &od.d
		if n := len(cls.slotNames); n > 0 {
			o.Slots = make([]Value, n)
		}
		return o
	}
	o := &Object{Class: cls}
	if cls == ObjectType {
		return o
	}
	if n := len(cls.slotNames); n > 0 {
		o.Slots = make([]Value, n)
	}
	return o
}

// subclassInstance is an instance of cls, a subclass of a builtin type,
// whose builtin value is base: with a __dict__ unless cls's __slots__
// leave it out.
func subclassInstance(cls *Type, base Value) *Object {
	o := newInstance(cls)
	o.Base = base
	return o
}

// ownerArg is 1 for a method of a builtin type, whose receiver is its
// first argument, and 0 for a function.
func ownerArg(b *Builtin) int {
	if b.Owner != nil {
		return 1
	}
	return 0
}
