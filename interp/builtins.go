package interp

import (
	"bufio"
	"io"
	"math"
	"math/big"
	"sort"
	"strings"

	"github.com/rebeam/rebeam/ast"
	"github.com/rebeam/rebeam/internal/pynum"
)

// The builtins module.

func newBuiltinsModule() *Module {
	m := NewModule("builtins")
	d := m.Dict
	for _, c := range []*Type{TypeType, ObjectType, IntType, BoolType, FloatType, ComplexType, StrType, BytesType,
		ByteArrayType, TupleType, ListType, DictType, SetType, FrozenSetType, RangeType, SliceType,
		PropertyType, StaticMethodType, ClassMethodType, SuperType, MemoryViewType} {
		d.SetStr(c.Name, c)
	}
	for _, c := range exceptionTypes {
		d.SetStr(c.Name, c)
	}
	d.SetStr("EnvironmentError", OSErrorType)
	d.SetStr("IOError", OSErrorType)
	d.SetStr("None", None)
	d.SetStr("Ellipsis", Ellipsis)
	d.SetStr("NotImplemented", NotImplemented)
	d.SetStr("__build_class__", buildClassBuiltin)
	d.SetStr("__debug__", True)
	d.SetStr("True", True)
	d.SetStr("False", False)
	d.SetStr("exit", &quitter{name: "exit"})
	d.SetStr("quit", &quitter{name: "quit"})
	for name, fn := range builtinFuncs {
		d.SetStr(name, NewBuiltin(name, fn))
	}
	iterTypes := map[string]*Type{"map": mapType, "filter": filterType, "zip": zipType, "enumerate": enumerateType, "reversed": reversedType}
	for name, c := range iterTypes {
		fn := builtinFuncs["_"+name]
		c.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) { return fn(t, args, kw) }
		d.SetStr(name, c)
		d.DelStr("_" + name)
	}
	return m
}

var builtinFuncs map[string]BuiltinFunc

func init() {
	builtinFuncs = map[string]BuiltinFunc{
		"print": builtinPrint,
		"len":   func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return oneArg(t, "len", args, kw, lenValue) },
		"repr": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return oneArg(t, "repr", args, kw, reprValue)
		},
		"ascii": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return oneArg(t, "ascii", args, kw, asciiValue)
		},
		"hash": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return oneArg(t, "hash", args, kw, hashValue)
		},
		"id": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return oneArg(t, "id", args, kw, idValue) },
		"callable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return oneArg(t, "callable", args, kw, callableValue)
		},
		"abs":        func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return oneArg(t, "abs", args, kw, absValue) },
		"chr":        func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return oneArg(t, "chr", args, kw, chrValue) },
		"ord":        func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return oneArg(t, "ord", args, kw, ordValue) },
		"bin":        func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return intBase(t, "bin", args, kw, 2, "0b") },
		"oct":        func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return intBase(t, "oct", args, kw, 8, "0o") },
		"hex":        func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return intBase(t, "hex", args, kw, 16, "0x") },
		"isinstance": builtinIsinstance,
		"issubclass": builtinIssubclass,
		"getattr":    builtinGetattr,
		"setattr": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var obj, val Value
			var name string
			if err := UnpackArgs("setattr", args, kw, "obj", &obj, "name", &name, "value", &val); err != nil {
				return nil, err
			}
			return None, SetAttr(t, obj, name, val)
		},
		"delattr": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var obj Value
			var name string
			if err := UnpackArgs("delattr", args, kw, "obj", &obj, "name", &name); err != nil {
				return nil, err
			}
			return None, DelAttr(t, obj, name)
		},
		"hasattr": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var obj Value
			var name string
			if len(args) == 2 {
				if _, ok := args[1].(Str); !ok {
					return nil, Errorf(TypeErrorType, "hasattr(): attribute name must be string")
				}
			}
			if err := UnpackArgs("hasattr", args, kw, "obj", &obj, "name", &name); err != nil {
				return nil, err
			}
			_, err := GetAttr(t, obj, name)
			if err != nil {
				if e, ok := err.(*Exception); ok && IsSubtype(e.Class, AttributeErrorType) {
					return False, nil
				}
				return nil, err
			}
			return True, nil
		},
		"iter": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) == 2 {
				fn, sentinel := args[0], args[1]
				if c, _ := callableValue(t, fn); c != True {
					return nil, Errorf(TypeErrorType, "iter(v, w): v must be callable")
				}
				return &funcIter{typ: callableIterType, next: func(t *Thread) (Value, bool, error) {
					v, err := t.Call(fn, nil, nil)
					if err != nil {
						return nil, false, err
					}
					eq, err := Equal(t, v, sentinel)
					if err != nil || eq {
						return nil, false, err
					}
					return v, true, nil
				}}, nil
			}
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "iter expected at least 1 argument, got %d", len(args))
			}
			return GetIter(t, args[0])
		},
		"next": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 1 || len(args) > 2 {
				return nil, Errorf(TypeErrorType, "next expected at least 1 argument, got %d", len(args))
			}
			if _, ok := args[0].(Iterator); !ok {
				if _, ok := args[0].(*Generator); !ok && lookupDunder(args[0], "__next__") == nil {
					return nil, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(args[0]))
				}
			}
			if g, ok := args[0].(*Generator); ok {
				r, done, err := g.resume(t, None, nil)
				if err != nil {
					return nil, err
				}
				if done {
					if len(args) == 2 {
						return args[1], nil
					}
					return nil, stopIteration(r)
				}
				return r, nil
			}
			if m := lookupDunder(args[0], "__next__"); m != nil {
				if _, isIt := args[0].(Iterator); !isIt {
					v, err := callDunder(t, m, args[0])
					if err != nil {
						if e, ok := err.(*Exception); ok && IsSubtype(e.Class, StopIterationType) && len(args) == 2 {
							return args[1], nil
						}
						return nil, err
					}
					return v, nil
				}
			}
			v, ok, err := Next(t, args[0])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) == 2 {
					return args[1], nil
				}
				return nil, NewException(StopIterationType)
			}
			return v, nil
		},
		"_enumerate": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var src Value
			start := 0
			if err := UnpackArgs("enumerate", args, kw, "iterable", &src, "start?", &start); err != nil {
				return nil, err
			}
			it, err := GetIter(t, src)
			if err != nil {
				return nil, err
			}
			i := start
			return &funcIter{typ: enumerateType, next: func(t *Thread) (Value, bool, error) {
				v, ok, err := Next(t, it)
				if !ok || err != nil {
					return nil, false, err
				}
				r := Tuple{Int(i), v}
				i++
				return r, true, nil
			}}, nil
		},
		"_zip": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			strict := false
			if err := UnpackArgs("zip", nil, kw, "$strict?", &strict); err != nil {
				return nil, err
			}
			its := make([]Value, len(args))
			for i, a := range args {
				it, err := GetIter(t, a)
				if err != nil {
					return nil, err
				}
				its[i] = it
			}
			return &funcIter{typ: zipType, next: func(t *Thread) (Value, bool, error) {
				if len(its) == 0 {
					return nil, false, nil
				}
				out := make(Tuple, len(its))
				for i, it := range its {
					v, ok, err := Next(t, it)
					if err != nil {
						return nil, false, err
					}
					if !ok {
						if strict {
							if i > 0 {
								s := "s"
								if i == 1 {
									s = ""
								}
								return nil, false, Errorf(ValueErrorType, "zip() argument %d is shorter than argument%s 1%s", i+1, s, map[bool]string{true: "", false: "-" + itoa(i)}[i == 1])
							}
							for j := 1; j < len(its); j++ {
								if _, ok, _ := Next(t, its[j]); ok {
									s := "s"
									if j == 1 {
										s = ""
									}
									return nil, false, Errorf(ValueErrorType, "zip() argument %d is longer than argument%s 1%s", j+1, s, map[bool]string{true: "", false: "-" + itoa(j)}[j == 1])
								}
							}
						}
						return nil, false, nil
					}
					out[i] = v
				}
				return out, true, nil
			}}, nil
		},
		"_map": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 2 {
				return nil, Errorf(TypeErrorType, "map() must have at least two arguments.")
			}
			fn := args[0]
			its := make([]Value, len(args)-1)
			for i, a := range args[1:] {
				it, err := GetIter(t, a)
				if err != nil {
					return nil, err
				}
				its[i] = it
			}
			return &funcIter{typ: mapType, next: func(t *Thread) (Value, bool, error) {
				vals := make([]Value, len(its))
				for i, it := range its {
					v, ok, err := Next(t, it)
					if !ok || err != nil {
						return nil, false, err
					}
					vals[i] = v
				}
				r, err := t.Call(fn, vals, nil)
				return r, err == nil, err
			}}, nil
		},
		"_filter": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "filter expected 2 arguments, got %d", len(args))
			}
			fn := args[0]
			it, err := GetIter(t, args[1])
			if err != nil {
				return nil, err
			}
			return &funcIter{typ: filterType, next: func(t *Thread) (Value, bool, error) {
				for {
					v, ok, err := Next(t, it)
					if !ok || err != nil {
						return nil, false, err
					}
					test := v
					if fn != None {
						if test, err = t.Call(fn, []Value{v}, nil); err != nil {
							return nil, false, err
						}
					}
					b, err := Truth(t, test)
					if err != nil {
						return nil, false, err
					}
					if b {
						return v, true, nil
					}
				}
			}}, nil
		},
		"_reversed": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "reversed expected 1 argument, got %d", len(args))
			}
			v := args[0]
			if m := lookupDunder(v, "__reversed__"); m != nil {
				if m == None {
					return nil, Errorf(TypeErrorType, "'%s' object is not reversible", TypeName(v))
				}
				return callDunder(t, m, v)
			}
			var items []Value
			target := v
			if o, ok := v.(*Object); ok {
				// list and dict reverse their own items, in subclasses too
				switch o.Base.(type) {
				case *List, *Dict:
					target = o.Base
				}
			}
			switch x := target.(type) {
			case *List:
				l := x
				i := len(l.Items) - 1
				return &funcIter{typ: listReverseIterType, next: func(t *Thread) (Value, bool, error) {
					if i < 0 || i >= len(l.Items) {
						return nil, false, nil
					}
					i--
					return l.Items[i+1], true, nil
				}}, nil
			case *Dict:
				items = x.Keys()
			case *dictView:
				var err error
				items, err = ToSlice(t, x)
				if err != nil {
					return nil, err
				}
			case Tuple, Str, *rangeValue, Bytes:
				var err error
				items, err = ToSlice(t, x)
				if err != nil {
					return nil, err
				}
			default:
				if lookupDunder(v, "__getitem__") == nil {
					return nil, Errorf(TypeErrorType, "'%s' object is not reversible", TypeName(v))
				}
				n, err := Len(t, v)
				if err != nil {
					return nil, err
				}
				i := n - 1
				return &funcIter{typ: reversedType, next: func(t *Thread) (Value, bool, error) {
					if i < 0 {
						return nil, false, nil
					}
					r, err := GetItem(t, v, Int(i))
					i--
					return r, err == nil, err
				}}, nil
			}
			i := len(items) - 1
			return &funcIter{typ: reversedType, next: func(t *Thread) (Value, bool, error) {
				if i < 0 {
					return nil, false, nil
				}
				i--
				return items[i+1], true, nil
			}}, nil
		},
		"sorted": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "sorted expected 1 argument, got %d", len(args))
			}
			var key Value = None
			reverse := false
			// the keywords go on to list.sort, which names itself
			if err := UnpackArgs("sort", nil, kw, "$key?", &key, "$reverse?", &reverse); err != nil {
				return nil, err
			}
			items, err := ToSlice(t, args[0])
			if err != nil {
				return nil, err
			}
			if err := sortValues(t, items, key, reverse); err != nil {
				return nil, err
			}
			return NewList(items), nil
		},
		"min": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return minMax(t, "min", args, kw, false) },
		"max": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return minMax(t, "max", args, kw, true) },
		"sum": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var src Value
			var acc Value = Int(0)
			if err := UnpackArgs("sum", args, kw, "iterable", &src, "start?", &acc); err != nil {
				return nil, err
			}
			switch acc.(type) {
			case Str:
				return nil, Errorf(TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
			case Bytes:
				return nil, Errorf(TypeErrorType, "sum() can't sum bytes [use b''.join(seq) instead]")
			}
			err := Iterate(t, src, func(v Value) (bool, error) {
				r, err := BinaryOp(t, opAdd, acc, v)
				acc = r
				return true, err
			})
			return acc, err
		},
		"any": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "any() takes exactly one argument (%d given)", len(args))
			}
			found := false
			err := Iterate(t, args[0], func(v Value) (bool, error) {
				b, err := Truth(t, v)
				found = b
				return !b, err
			})
			return Bool(found), err
		},
		"all": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "all() takes exactly one argument (%d given)", len(args))
			}
			ok := true
			err := Iterate(t, args[0], func(v Value) (bool, error) {
				b, err := Truth(t, v)
				ok = b
				return b, err
			})
			return Bool(ok), err
		},
		"round":  builtinRound,
		"divmod": builtinDivmod,
		"pow": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var base, exp, mod Value
			if err := UnpackArgs("pow", args, kw, "base", &base, "exp", &exp, "mod?", &mod); err != nil {
				return nil, err
			}
			if mod != nil && mod != None {
				b, ok1 := asIntValue(base)
				e, ok2 := asIntValue(exp)
				m, ok3 := asIntValue(mod)
				if !ok1 || !ok2 || !ok3 {
					if m := lookupDunder(base, "__pow__"); m != nil && !isPlain(base) {
						r, err := callDunder(t, m, base, exp, mod)
						if err != nil || r != NotImplemented {
							return r, err
						}
					}
					// As the types' own three-argument pows refuse them.
					for _, v := range []Value{base, exp, mod} {
						if _, ok := v.(Complex); ok {
							return nil, Errorf(ValueErrorType, "complex modulo")
						}
					}
					for _, v := range []Value{base, exp, mod} {
						if _, ok := v.(Float); ok {
							return nil, Errorf(TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
						}
					}
					return nil, Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'", TypeName(base), TypeName(exp), TypeName(mod))
				}
				mb := bigOf(m)
				if mb.Sign() == 0 {
					return nil, Errorf(ValueErrorType, "pow() 3rd argument cannot be 0")
				}
				eb := bigOf(e)
				bb := new(big.Int).Set(bigOf(b))
				if eb.Sign() < 0 {
					inv := new(big.Int).ModInverse(bb, new(big.Int).Abs(mb))
					if inv == nil {
						return nil, Errorf(ValueErrorType, "base is not invertible for the given modulus")
					}
					bb = inv
					eb = new(big.Int).Neg(eb)
				}
				r := new(big.Int).Exp(bb, eb, new(big.Int).Abs(mb))
				if mb.Sign() < 0 && r.Sign() != 0 {
					r.Add(r, mb)
				}
				return MakeBig(r), nil
			}
			return BinaryOp(t, opPow, base, exp)
		},
		"format": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var v Value
			spec := ""
			if len(args) == 2 {
				if _, ok := args[1].(Str); !ok {
					return nil, Errorf(TypeErrorType, "format() argument 2 must be str, not %s", TypeName(args[1]))
				}
			}
			if err := UnpackArgs("format", args, kw, "value", &v, "format_spec?", &spec); err != nil {
				return nil, err
			}
			s, err := Format(t, v, spec)
			return Str(s), err
		},
		"vars": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) == 0 {
				return builtinFuncs["locals"](t, args, kw)
			}
			d, err := GetAttr(t, args[0], "__dict__")
			if err != nil {
				return nil, Errorf(TypeErrorType, "vars() argument must have __dict__ attribute")
			}
			return d, nil
		},
		"dir": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) == 0 {
				f := t.frames[len(t.frames)-1]
				var names []Value
				if f.locals != nil {
					names = f.locals.Keys()
				} else {
					for i, n := range f.code.Varnames {
						if f.fast[i] != nil {
							names = append(names, Str(n))
						}
					}
				}
				sortValues(t, names, nil, false)
				return NewList(names), nil
			}
			if mod, ok := args[0].(*Module); ok {
				if f, ok := mod.Dict.GetStr("__dir__"); ok {
					r, err := t.Call(f, nil, nil)
					if err != nil {
						return nil, err
					}
					items, err := ToSlice(t, r)
					if err != nil {
						return nil, err
					}
					sortValues(t, items, nil, false)
					return NewList(items), nil
				}
			}
			if m := lookupDunder(args[0], "__dir__"); m != nil {
				if b, ok := m.(*Builtin); !ok || b.Owner != ObjectType {
					r, err := callDunder(t, m, args[0])
					if err != nil {
						return nil, err
					}
					items, err := ToSlice(t, r)
					if err != nil {
						return nil, err
					}
					sortValues(t, items, nil, false)
					return NewList(items), nil
				}
			}
			return dirOf(t, args[0])
		},
		"globals": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return t.frames[len(t.frames)-1].globals, nil
		},
		"locals": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return t.frames[len(t.frames)-1].localsDict(), nil
		},
		"exec": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return execEval(t, "exec", args, kw) },
		"eval": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return execEval(t, "eval", args, kw) },
		"compile": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var src Value
			var filename, mode string
			var flags, dontInherit, optimize Value
			if err := UnpackArgs("compile", args, kw, "source", &src, "filename", &filename, "mode", &mode, "flags?", &flags, "dont_inherit?", &dontInherit, "optimize?", &optimize); err != nil {
				return nil, err
			}
			return compileSource(src, filename, mode)
		},
		"__import__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var name string
			var globals, locals, fromlist Value
			level := 0
			if err := UnpackArgs("__import__", args, kw, "name", &name, "globals?", &globals, "locals?", &locals, "fromlist?", &fromlist, "level?", &level); err != nil {
				return nil, err
			}
			f := t.frames[len(t.frames)-1]
			if fromlist != nil && fromlist != None {
				items, _ := ToSlice(t, fromlist)
				fromlist = Tuple(items)
			}
			return t.importName(f, name, fromlist, level)
		},
		"input": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			// a program that replaced sys.stdin or sys.stdout (with a
			// StringIO, say) reads and prompts through them
			var sysIn, sysOut Value
			if sys := t.Interp.Sys; sys != nil {
				if v, ok := sys.Dict.GetStr("stdin"); ok {
					if _, std := v.(*stdinReader); !std {
						sysIn = v
					}
				}
				if v, ok := sys.Dict.GetStr("stdout"); ok {
					if _, std := v.(*streamWriter); !std {
						sysOut = v
					}
				}
			}
			if len(args) > 0 {
				s, err := ToStr(t, args[0])
				if err != nil {
					return nil, err
				}
				if sysOut != nil {
					w, err := GetAttr(t, sysOut, "write")
					if err != nil {
						return nil, err
					}
					if _, err := t.Call(w, []Value{Str(s)}, nil); err != nil {
						return nil, err
					}
				} else {
					io.WriteString(t.Stdout, s)
				}
			}
			if sysIn != nil {
				rl, err := GetAttr(t, sysIn, "readline")
				if err != nil {
					return nil, err
				}
				r, err := t.Call(rl, nil, nil)
				if err != nil {
					return nil, err
				}
				line, ok := r.(Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "object.readline() returned non-string")
				}
				if line == "" {
					return nil, Errorf(EOFErrorType, "EOF when reading a line")
				}
				return Str(strings.TrimSuffix(string(line), "\n")), nil
			}
			if t.stdinReader == nil {
				t.stdinReader = &lineReader{r: bufio.NewReader(t.Stdin)}
			}
			// Waiting for the line suspends only this thread's process
			// (blocking.go); the reader is the thread's own.
			r := t.stdinReader.r
			return t.Blocking(&BlockingCall{
				Fn: func() (any, error) { return r.ReadString('\n') },
				Then: func(t *Thread, v any, err error) (Value, error) {
					line, _ := v.(string)
					if err != nil && line == "" {
						return nil, Errorf(EOFErrorType, "EOF when reading a line")
					}
					return Str(strings.TrimSuffix(strings.TrimSuffix(line, "\n"), "\r")), nil
				},
			})
		},
		"open":       builtinOpen,
		"breakpoint": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil },
	}
}

type lineReader struct{ r *bufio.Reader }

func itoa(i int) string { return intString(Int(i)) }

func oneArg(t *Thread, name string, args []Value, kw []Kwarg, f func(*Thread, Value) (Value, error)) (Value, error) {
	if len(kw) > 0 {
		return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return f(t, args[0])
}

func lenValue(t *Thread, v Value) (Value, error) {
	n, err := Len(t, v)
	return Int(n), err
}

func reprValue(t *Thread, v Value) (Value, error) {
	s, err := Repr(t, v)
	return Str(s), err
}

func asciiValue(t *Thread, v Value) (Value, error) {
	s, err := Repr(t, v)
	return Str(asciiEscape(s)), err
}

func hashValue(t *Thread, v Value) (Value, error) {
	h, err := Hash(t, v)
	return Int(h), err
}

func idValue(t *Thread, v Value) (Value, error) { return Int(int64(objectID(v))), nil }

func callableValue(t *Thread, v Value) (Value, error) {
	switch v.(type) {
	case *Function, *Builtin, *BoundMethod, *Type, *StaticMethod:
		return True, nil
	}
	return Bool(lookupDunder(v, "__call__") != nil), nil
}

func absValue(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		iv, _ := asIntValue(x)
		if intCompare(iv, Int(0)) < 0 {
			return intNeg(iv), nil
		}
		return iv, nil
	case Float:
		return Float(math.Abs(float64(x))), nil
	case Complex:
		r, e := pynum.ComplexAbs(complex128(x))
		if e != nil {
			return nil, pynumError(e, "")
		}
		return Float(r), nil
	}
	if m := lookupDunder(v, "__abs__"); m != nil {
		return callDunder(t, m, v)
	}
	return nil, Errorf(TypeErrorType, "bad operand type for abs(): '%s'", TypeName(v))
}

func chrValue(t *Thread, v Value) (Value, error) {
	i, err := ToIndex(v)
	if err != nil {
		if _, ok := v.(Float); ok {
			return nil, Errorf(TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		return nil, err
	}
	if i < 0 || i > 0x10ffff {
		return nil, Errorf(ValueErrorType, "chr() arg not in range(0x110000)")
	}
	if i >= 0xd800 && i < 0xe000 {
		return Str([]byte{byte(0xe0 | i>>12), byte(0x80 | (i>>6)&0x3f), byte(0x80 | i&0x3f)}), nil
	}
	return Str(string(rune(i))), nil
}

// displayHook prints the value of an expression statement compiled in
// 'single' mode, as sys.displayhook does.
var displayHook *Builtin

func init() { displayHook = NewBuiltin("displayhook", displayHookFn) }

func displayHookFn(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) == 1 && args[0] != None {
		s, err := Repr(t, args[0])
		if err != nil {
			return nil, err
		}
		io.WriteString(t.Stdout, s+"\n")
	}
	return None, nil
}

func ordValue(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *ByteArray:
		return ordValue(t, Bytes(x.B))
	case Str:
		if strLen(string(x)) != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", strLen(string(x)))
		}
		r, _ := decodeRune(string(x))
		return Int(r), nil
	case Bytes:
		if len(x) != 1 {
			return nil, Errorf(TypeErrorType, "ord() expected a character, but string of length %d found", len(x))
		}
		return Int(x[0]), nil
	}
	return nil, Errorf(TypeErrorType, "ord() expected string of length 1, but %s found", TypeName(v))
}

func intBase(t *Thread, name string, args []Value, kw []Kwarg, base int, prefix string) (Value, error) {
	if len(args) != 1 {
		return nil, Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	v, ok, err := indexOperand(t, args[0])
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(args[0]))
	}
	b := bigOf(v)
	if b.Sign() < 0 {
		return Str("-" + prefix + new(big.Int).Neg(b).Text(base)), nil
	}
	return Str(prefix + b.Text(base)), nil
}

func builtinPrint(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	sep, end := " ", "\n"
	var file Value = None
	var flush Value
	for _, k := range kw {
		switch k.Name {
		case "sep":
			if k.Value != None {
				s, ok := k.Value.(Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "sep must be None or a string, not %s", TypeName(k.Value))
				}
				sep = string(s)
			}
		case "end":
			if k.Value != None {
				s, ok := k.Value.(Str)
				if !ok {
					return nil, Errorf(TypeErrorType, "end must be None or a string, not %s", TypeName(k.Value))
				}
				end = string(s)
			}
		case "file":
			file = k.Value
		case "flush":
			flush = k.Value
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for print()", k.Name)
		}
	}
	var b strings.Builder
	for i, a := range args {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := ToStr(t, a)
		if err != nil {
			return nil, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if file == None {
		if sys := t.Interp.Sys; sys != nil {
			if out, ok := sys.Dict.GetStr("stdout"); ok {
				if _, isStd := out.(*streamWriter); !isStd {
					file = out
				}
			}
		}
	}
	if file == None {
		io.WriteString(t.Stdout, b.String())
		return None, nil
	}
	if w, ok := file.(*streamWriter); ok {
		io.WriteString(w.pick(t), b.String())
		return None, nil
	}
	write, err := GetAttr(t, file, "write")
	if err != nil {
		return nil, err
	}
	for i, a := range args {
		if i > 0 {
			if _, err := t.Call(write, []Value{Str(sep)}, nil); err != nil {
				return nil, err
			}
		}
		s, err := ToStr(t, a)
		if err != nil {
			return nil, err
		}
		if _, err := t.Call(write, []Value{Str(s)}, nil); err != nil {
			return nil, err
		}
	}
	if _, err = t.Call(write, []Value{Str(end)}, nil); err != nil {
		return nil, err
	}
	if flush != nil {
		if on, err := Truth(t, flush); err != nil || !on {
			return None, err
		}
		fl, err := GetAttr(t, file, "flush")
		if err != nil {
			return nil, err
		}
		if _, err := t.Call(fl, nil, nil); err != nil {
			return nil, err
		}
	}
	return None, nil
}

func classInfoCheck(t *Thread, name string, v Value, cls Value, sub bool) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if c.Meta != nil {
			hook := "__instancecheck__"
			if sub {
				hook = "__subclasscheck__"
			}
			if m := c.Meta.Lookup(hook); m != nil {
				if _, ok := m.(*Function); ok {
					r, err := callDunder(t, m, c, v)
					if err != nil {
						return false, err
					}
					return Truth(t, r)
				}
			}
		}
		if sub {
			vt, ok := v.(*Type)
			if !ok {
				return false, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
			}
			return IsSubtype(vt, c), nil
		}
		return IsSubtype(v.Type(), c), nil
	case Tuple:
		for _, x := range c {
			ok, err := classInfoCheck(t, name, v, x, sub)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	case *unionType:
		return classInfoCheck(t, name, v, c.args, sub)
	case *genericAlias:
		return false, Errorf(TypeErrorType, "%s() argument 2 cannot be a parameterized generic", name)
	case *Object:
		// any object whose class defines __instancecheck__ /
		// __subclasscheck__ (typing's aliases) may stand as arg 2
		hook := "__instancecheck__"
		if sub {
			hook = "__subclasscheck__"
		}
		if m := c.Class.Lookup(hook); m != nil {
			r, err := callDunder(t, m, c, v)
			if err != nil {
				return false, err
			}
			return Truth(t, r)
		}
	}
	if sub {
		if _, ok := v.(*Type); !ok {
			return false, Errorf(TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return false, Errorf(TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	return false, Errorf(TypeErrorType, "isinstance() arg 2 must be a type, a tuple of types, or a union")
}

func builtinIsinstance(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "isinstance expected 2 arguments, got %d", len(args))
	}
	ok, err := classInfoCheck(t, "isinstance", args[0], args[1], false)
	return Bool(ok), err
}

func builtinIssubclass(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "issubclass expected 2 arguments, got %d", len(args))
	}
	ok, err := classInfoCheck(t, "issubclass", args[0], args[1], true)
	return Bool(ok), err
}

func builtinGetattr(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 2 || len(args) > 3 {
		return nil, Errorf(TypeErrorType, "getattr expected at least 2 arguments, got %d", len(args))
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[1]))
	}
	v, err := GetAttr(t, args[0], string(name))
	if err != nil && len(args) == 3 {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, AttributeErrorType) {
			return args[2], nil
		}
	}
	return v, err
}

func minMax(t *Thread, name string, args []Value, kw []Kwarg, isMax bool) (Value, error) {
	var key, def Value
	for _, k := range kw {
		switch k.Name {
		case "key":
			key = k.Value
		case "default":
			def = k.Value
		default:
			return nil, Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", k.Name, name)
		}
	}
	var items []Value
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got 0", name)
	}
	if len(args) == 1 {
		var err error
		if items, err = ToSlice(t, args[0]); err != nil {
			return nil, err
		}
		if len(items) == 0 {
			if def != nil {
				return def, nil
			}
			return nil, Errorf(ValueErrorType, "%s() arg is an empty sequence", name)
		}
	} else {
		if def != nil {
			return nil, Errorf(TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
		}
		items = args
	}
	best := items[0]
	bestKey := best
	if key != nil && key != None {
		k, err := t.Call(key, []Value{best}, nil)
		if err != nil {
			return nil, err
		}
		bestKey = k
	}
	for _, it := range items[1:] {
		k := it
		if key != nil && key != None {
			var err error
			if k, err = t.Call(key, []Value{it}, nil); err != nil {
				return nil, err
			}
		}
		var better bool
		var err error
		if isMax {
			better, err = greater(t, k, bestKey)
		} else {
			better, err = Less(t, k, bestKey)
		}
		if err != nil {
			return nil, err
		}
		if better {
			best, bestKey = it, k
		}
	}
	return best, nil
}

func builtinRound(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	var x, nd Value
	if err := UnpackArgs("round", args, kw, "number", &x, "ndigits?", &nd); err != nil {
		return nil, err
	}
	if o, ok := x.(*Object); ok {
		if m := o.Class.Lookup("__round__"); m != nil {
			if nd == nil {
				return callDunder(t, m, x)
			}
			return callDunder(t, m, x, nd)
		}
	}
	switch v := x.(type) {
	case Int, Bool, *BigInt:
		iv, _ := asIntValue(v)
		if nd == nil || nd == None {
			return iv, nil
		}
		n, err := ToIndex(nd)
		if err != nil {
			return nil, err
		}
		if n >= 0 {
			return iv, nil
		}
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(-n)), nil)
		b := bigOf(iv)
		q, r := new(big.Int), new(big.Int)
		q.DivMod(b, p, r)
		twice := new(big.Int).Mul(r, big.NewInt(2))
		if c := twice.Cmp(p); c > 0 || (c == 0 && q.Bit(0) == 1) {
			q.Add(q, big.NewInt(1))
		}
		return MakeBig(q.Mul(q, p)), nil
	case Float:
		f := float64(v)
		if nd == nil || nd == None {
			r := math.RoundToEven(f)
			return floatToInt(r)
		}
		n, err := ToIndex(nd)
		if err != nil {
			return nil, err
		}
		if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
			return v, nil
		}
		r, e := pynum.RoundN(f, int64(n))
		if e != nil {
			return nil, pynumError(e, "")
		}
		return Float(r), nil
	}
	return nil, Errorf(TypeErrorType, "type %s doesn't define __round__ method", TypeName(x))
}

// formatFixed rounds f to n decimal places exactly (half to even on the
// exact binary value), as CPython's round does.
func formatFixed(f float64, n int) string {
	if n > 300 {
		return floatRepr(f)
	}
	if n >= 0 {
		bf := new(big.Float).SetPrec(2000).SetFloat64(f)
		return bf.Text('f', n)
	}
	p := math.Pow(10, float64(-n))
	return floatRepr(math.RoundToEven(f/p) * p)
}

func builtinDivmod(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 {
		return nil, Errorf(TypeErrorType, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	if isPlain(a) && isPlain(b) {
		q, err := BinaryOp(t, opFloorDiv, a, b)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
				return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
			}
			if e, ok := err.(*Exception); ok && e.Class == ZeroDivisionErrorType {
				if _, isF := a.(Float); isF {
					return nil, Errorf(ZeroDivisionErrorType, "float divmod()")
				}
				if _, isF := b.(Float); isF {
					return nil, Errorf(ZeroDivisionErrorType, "float divmod()")
				}
			}
			return nil, err
		}
		r, err := BinaryOp(t, opMod, a, b)
		if err != nil {
			return nil, err
		}
		return Tuple{q, r}, nil
	}
	if m := lookupDunder(a, "__divmod__"); m != nil {
		r, err := callDunder(t, m, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if m := lookupDunder(b, "__rdivmod__"); m != nil {
		r, err := callDunder(t, m, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	return nil, Errorf(TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", TypeName(a), TypeName(b))
}

func dirOf(t *Thread, v Value) (Value, error) {
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := k.(Str); ok {
				seen[string(s)] = true
			}
		}
	}
	switch x := v.(type) {
	case *Module:
		add(x.Dict)
	case *Type:
		for _, c := range x.MRO {
			add(c.Dict)
		}
	case *Object:
		add(x.Dict)
		for _, c := range x.Class.MRO {
			add(c.Dict)
		}
		seen["__class__"] = true
		seen["__dict__"] = x.Dict != nil
		if !seen["__dict__"] {
			delete(seen, "__dict__")
		}
	default:
		for _, c := range v.Type().MRO {
			add(c.Dict)
		}
	}
	names := make([]string, 0, len(seen))
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	out := make([]Value, len(names))
	for i, n := range names {
		out[i] = Str(n)
	}
	return NewList(out), nil
}

func compileSource(src Value, filename, mode string) (Value, error) {
	var text string
	switch s := src.(type) {
	case Str:
		text = string(s)
	case Bytes:
		text = string(s)
	case *Code:
		return s, nil
	default:
		return nil, Errorf(TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
	}
	m := ast.ModeExec
	switch mode {
	case "eval":
		m = ast.ModeEval
		text = strings.TrimLeft(text, " \t")
	case "single":
		m = ast.ModeSingle
	case "exec":
	default:
		return nil, Errorf(ValueErrorType, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	tree, err := ast.ParseFile(filename, []byte(text), m, false)
	if err != nil {
		if se, ok := err.(*ast.SyntaxError); ok {
			return nil, syntaxErrorException(se)
		}
		return nil, err
	}
	code, err := Compile(filename, []byte(text), tree)
	if err != nil {
		if se, ok := err.(*ast.SyntaxError); ok {
			return nil, syntaxErrorException(se)
		}
		return nil, err
	}
	return code, nil
}

func execEval(t *Thread, name string, args []Value, kw []Kwarg) (Value, error) {
	var src, globals, locals Value
	if err := UnpackArgs(name, args, kw, "source", &src, "globals?", &globals, "locals?", &locals); err != nil {
		return nil, err
	}
	mode := name
	codeV, err := compileSource(src, "<string>", mode)
	if err != nil {
		return nil, err
	}
	code := codeV.(*Code)
	caller := t.frames[len(t.frames)-1]
	var g, l *Dict
	if globals == nil || globals == None {
		g = caller.globals
		if locals == nil || locals == None {
			if caller.locals != nil {
				l = caller.locals
			} else {
				lv, _ := builtinFuncs["locals"](t, nil, nil)
				l = lv.(*Dict)
			}
		}
	} else {
		gd, ok := globals.(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s() globals must be a dict, not %s", name, TypeName(globals))
		}
		g = gd
		if _, ok := g.GetStr("__builtins__"); !ok {
			g.SetStr("__builtins__", t.Interp.Builtins)
		}
	}
	if locals != nil && locals != None {
		ld, ok := asDict(locals)
		if !ok {
			return nil, Errorf(TypeErrorType, "locals must be a mapping")
		}
		l = ld
	}
	if l == nil {
		l = g
	}
	f := t.newFrame(code, nil, g, t.Interp.builtinsDict(), l)
	r, err := t.runNested(f)
	if err != nil {
		return nil, err
	}
	if name == "exec" {
		return None, nil
	}
	return r, nil
}
