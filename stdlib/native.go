package stdlib

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/rebeam/rebeam/internal/pynum"
	"github.com/rebeam/rebeam/interp"
)

// This file holds the helpers every Go module of the package shares: a
// module made of Go builtins plus an optional Python prelude run in the
// module's namespace (for classes that read best in Python), Go-valued
// builtin types, and conversions between interp and pynum ints.

type funcs map[string]interp.BuiltinFunc

// prelude is Python source compiled once, on first use, and run in the
// namespace of each new module instance.
type prelude struct {
	name string
	src  string
	once sync.Once
	code *interp.Code
	err  error
}

func (p *prelude) compiled() (*interp.Code, error) {
	p.once.Do(func() {
		p.code, p.err = interp.CompileFile("<"+p.name+">", []byte(p.src))
	})
	return p.code, p.err
}

// register registers module name built from fns, values and the prelude
// src (may be ""), which runs after the Go names are set. The prelude
// functions named in builtins are then wrapped as builtins (see
// asBuiltins): CPython writes them in C.
func register(name string, build func(t *interp.Thread, m *interp.Module) error, src string, builtins ...string) {
	pre := &prelude{name: name, src: src}
	interp.RegisterModule(name, func(t *interp.Thread) (*interp.Module, error) {
		m := interp.NewModule(name)
		if build != nil {
			if err := build(t, m); err != nil {
				return nil, err
			}
		}
		if src != "" {
			code, err := pre.compiled()
			if err != nil {
				return nil, fmt.Errorf("stdlib: %s prelude: %v", name, err)
			}
			if err := runCode(t.Interp, code, m.Dict); err != nil {
				return nil, err
			}
			if err := asBuiltins(m, builtins); err != nil {
				return nil, err
			}
		}
		return m, nil
	})
}

// asBuiltins replaces the module's Python functions names with builtins
// that call them. A Python function stored as a class attribute binds as
// a method; CPython's functions written in C do not, and code relies on
// it (logging.Formatter's converter = time.localtime, then
// self.converter(secs)).
func asBuiltins(m *interp.Module, names []string) error {
	for _, name := range names {
		fn, ok := m.Dict.GetStr(name)
		if !ok {
			return fmt.Errorf("stdlib: %s prelude defines no %s", m.Name, name)
		}
		m.Dict.SetStr(name, interp.NewBuiltin(name, func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return t.Call(fn, args, kw)
		}))
	}
	return nil
}

// runCode executes code in globals on a thread of its own.
func runCode(in *interp.Interpreter, code *interp.Code, globals *interp.Dict) error {
	if _, ok := globals.GetStr("__builtins__"); !ok {
		globals.SetStr("__builtins__", in.Builtins)
	}
	t := interp.NewThread(in)
	t.StartModule(code, globals)
	for {
		r := t.Run(0)
		switch r.Kind {
		case interp.Finished:
			return nil
		case interp.Raised:
			return r.Err
		case interp.Preempted:
			continue
		default:
			return fmt.Errorf("stdlib: module code stopped: %v", r.Kind)
		}
	}
}

// setDisplay is set_display(cls, name) of the modules that write in
// Python a class CPython writes in C: error messages call cls name, the
// C type's dotted name ('decimal.Decimal', 'datetime.date').
func setDisplay(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 2 {
		return nil, argErr("set_display() takes exactly two arguments")
	}
	c, ok := args[0].(*interp.Type)
	name, ok2 := args[1].(interp.Str)
	if !ok || !ok2 {
		return nil, argErr("set_display() takes a class and a str")
	}
	c.Display = string(name)
	return interp.None, nil
}

// setFuncs stores fns in d as builtin functions.
func setFuncs(d *interp.Dict, fns funcs) {
	for name, fn := range fns {
		d.SetStr(name, interp.NewBuiltin(name, fn))
	}
}

// newType makes a builtin class implemented in Go whose methods are fns
// (each receives the instance as args[0]).
func newType(name, module string, methods funcs) *interp.Type {
	c := &interp.Type{Name: name, Qualname: name, Module: module, Dict: interp.NewDict(), Builtin: true}
	c.Bases = []*interp.Type{interp.ObjectType}
	c.MRO = []*interp.Type{c, interp.ObjectType}
	for n, fn := range methods {
		c.Dict.SetStr(n, &interp.Builtin{Name: n, Owner: c, Fn: fn})
	}
	return c
}

// addProperty adds a read-only attribute computed by get.
func addProperty(c *interp.Type, name string, get func(v interp.Value) interp.Value) {
	c.Dict.SetStr(name, &interp.Property{Name: name, Get: interp.NewBuiltin(name, func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return get(args[0]), nil
	})})
}

// toPynum converts an int (or bool, or an int subclass) to a pynum.Int.
func toPynum(v interp.Value) (pynum.Int, bool) {
	switch x := v.(type) {
	case interp.Int:
		return pynum.IntOf(int64(x)), true
	case interp.Bool:
		if x {
			return pynum.IntOf(1), true
		}
		return pynum.IntOf(0), true
	case *interp.BigInt:
		return pynum.IntFromBig(new(big.Int).Set(&x.V)), true
	case *interp.Object:
		if x.Base != nil {
			return toPynum(x.Base)
		}
	}
	return pynum.Int{}, false
}

// fromPynum converts a pynum.Int to an interp int.
func fromPynum(x pynum.Int) interp.Value {
	if v, ok := x.Int64(); ok {
		return interp.Int(v)
	}
	return interp.MakeBig(x.Big())
}

// toBig converts an int value to a fresh *big.Int.
func toBig(v interp.Value) (*big.Int, bool) {
	switch x := v.(type) {
	case interp.Int:
		return big.NewInt(int64(x)), true
	case interp.Bool:
		if x {
			return big.NewInt(1), true
		}
		return big.NewInt(0), true
	case *interp.BigInt:
		return new(big.Int).Set(&x.V), true
	case *interp.Object:
		if x.Base != nil {
			return toBig(x.Base)
		}
	}
	return nil, false
}

// pyErr converts a pynum error to the builtin exception it names.
func pyErr(t *interp.Thread, e *pynum.Error) error {
	return interp.Errorf(builtinClass(t, e.Class), "%s", e.Msg)
}

// builtinClass finds a builtin exception class by name (ValueError if
// there is none).
func builtinClass(t *interp.Thread, name string) *interp.Type {
	if t != nil && t.Interp != nil {
		if v, ok := t.Interp.Builtins.Dict.GetStr(name); ok {
			if c, ok := v.(*interp.Type); ok {
				return c
			}
		}
	}
	return interp.ValueErrorType
}

// modClass returns the class stored as name in module m (made by its
// prelude).
func modClass(m *interp.Module, name string) *interp.Type {
	v, _ := m.Dict.GetStr(name)
	c, _ := v.(*interp.Type)
	return c
}

// raise calls the exception class cls with args and returns the instance
// as an error to raise.
func raise(t *interp.Thread, cls interp.Value, args ...interp.Value) error {
	v, err := t.Call(cls, args, nil)
	if err != nil {
		return err
	}
	if e, ok := v.(*interp.Exception); ok {
		return e
	}
	return interp.Errorf(interp.TypeErrorType, "exceptions must derive from BaseException")
}

// asBytes returns the content of a bytes-like value.
func asBytes(v interp.Value) (string, bool) {
	switch x := v.(type) {
	case interp.Bytes:
		return string(x), true
	case *interp.ByteArray:
		return string(x.B), true
	case *interp.Object:
		if x.Base != nil {
			return asBytes(x.Base)
		}
	}
	return "", false
}

// bufferBytes returns the content of an object that offers the buffer
// protocol: bytes, bytearray (or a subclass of either) and memoryview.
// Use it where CPython reads any buffer ("a bytes-like object is
// required"); asBytes is for the places that take bytes or bytearray only.
func bufferBytes(v interp.Value) (string, bool) {
	if s, ok := asBytes(v); ok {
		return s, true
	}
	return interp.BytesLike(v)
}

// argErr is the TypeError of a wrongly typed argument.
func argErr(format string, args ...any) error {
	return interp.Errorf(interp.TypeErrorType, format, args...)
}
