package interp

import (
	"io"
	"math"
	"os"
	"strings"
)

// The sys module: argv, path, modules, exit, the standard streams,
// the recursion limit, version_info and maxsize.

// streamWriter is sys.stdout or sys.stderr: it writes to the running
// thread's stream, so that each thread (process) has its own.
type streamWriter struct {
	name string
	pick func(t *Thread) io.Writer
	buf  *binaryStream // its .buffer
}

// newStreamWriter makes sys.stdout or sys.stderr, with its .buffer.
func newStreamWriter(name string, pick func(t *Thread) io.Writer) *streamWriter {
	w := &streamWriter{name: name, pick: pick}
	w.buf = &binaryStream{w: w}
	return w
}

var textIOType = newBuiltinType("TextIOWrapper", ObjectType)

func (*streamWriter) Type() *Type { return textIOType }

func init() {
	textIOType.Module = "_io"
	write := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		w, ok := args[0].(*streamWriter)
		if !ok {
			return nil, Errorf(TypeErrorType, "write on a closed file")
		}
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := args[1].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(args[1]))
		}
		io.WriteString(w.pick(t), string(s))
		return Int(strLen(string(s))), nil
	}
	addMethods(textIOType, map[string]BuiltinFunc{
		"write": write,
		"writelines": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "writelines() takes exactly one argument (%d given)", len(args)-1)
			}
			return None, Iterate(t, args[1], func(line Value) (bool, error) {
				_, err := write(t, []Value{args[0], line}, nil)
				return err == nil, err
			})
		},
		"flush":    func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil },
		"isatty":   func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return False, nil },
		"fileno":   func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Int(1), nil },
		"writable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return True, nil },
	})
	prop := func(name string, get func(v Value) Value) {
		textIOType.Dict.SetStr(name, &Property{Name: name, Get: &Builtin{Name: name, Owner: textIOType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return get(args[0]), nil
		}}})
	}
	prop("name", func(v Value) Value {
		if w, ok := v.(*streamWriter); ok {
			return Str(w.name)
		}
		return Str("<stdin>")
	})
	prop("encoding", func(v Value) Value { return Str("utf-8") })
	prop("errors", func(v Value) Value { return Str("strict") })
	prop("closed", func(v Value) Value { return False })
	prop("mode", func(v Value) Value {
		if _, ok := v.(*streamWriter); ok {
			return Str("w")
		}
		return Str("r")
	})
}

func newSysModule(in *Interpreter) *Module {
	m := NewModule("sys")
	d := m.Dict
	d.SetStr("argv", in.Argv)
	d.SetStr("path", in.Path)
	d.SetStr("modules", in.modules)
	d.SetStr("maxsize", Int(math.MaxInt64))
	d.SetStr("byteorder", Str("little"))
	d.SetStr("platform", Str("linux"))
	d.SetStr("implementation", Str("rebeam"))
	d.SetStr("version", Str("3.11.7 (rebeam)"))
	d.SetStr("version_info", structSeq(in, "version_info", []string{"major", "minor", "micro", "releaselevel", "serial"}, Tuple{Int(3), Int(11), Int(7), Str("final"), Int(0)}))
	d.SetStr("hexversion", Int(0x030b07f0))
	d.SetStr("executable", Str("rebeam"))
	d.SetStr("stdout", newStreamWriter("<stdout>", func(t *Thread) io.Writer { return t.Stdout }))
	d.SetStr("stderr", newStreamWriter("<stderr>", func(t *Thread) io.Writer { return t.Stderr }))
	d.SetStr("__stdout__", d.entries[len(d.entries)-2].value)
	d.SetStr("__stderr__", d.entries[len(d.entries)-2].value)
	d.SetStr("stdin", &stdinReader{})
	d.SetStr("__stdin__", d.entries[len(d.entries)-1].value)
	d.SetStr("float_info", structSeq(in, "float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"}, Tuple{Float(math.MaxFloat64), Int(1024), Int(308), Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1)}))
	fns := map[string]BuiltinFunc{
		"exit": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return nil, &Exception{Class: SystemExitType, Args: append(Tuple(nil), args...)}
		},
		"get_int_max_str_digits": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Int(intMaxStrDigits.Load()), nil
		},
		"set_int_max_str_digits": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var n int
			if err := UnpackArgs("set_int_max_str_digits", args, kw, "maxdigits", &n); err != nil {
				return nil, err
			}
			if n != 0 && n < 640 {
				return nil, Errorf(ValueErrorType, "maxdigits must be 0 or larger than 640")
			}
			intMaxStrDigits.Store(int64(n))
			return None, nil
		},
		"getrecursionlimit": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Int(t.recursionLimit), nil
		},
		"setrecursionlimit": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var n int
			if err := UnpackArgs("setrecursionlimit", args, kw, "limit", &n); err != nil {
				return nil, err
			}
			if n < 1 {
				return nil, Errorf(ValueErrorType, "recursion limit must be greater or equal than 1")
			}
			t.recursionLimit = n
			return None, nil
		},
		"exc_info": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if t.excInfo == nil {
				return Tuple{None, None, None}, nil
			}
			var tb Value = None
			if t.excInfo.Traceback != nil {
				tb = t.excInfo.Traceback
			}
			return Tuple{t.excInfo.Class, t.excInfo, tb}, nil
		},
		"exception": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if t.excInfo == nil {
				return None, nil
			}
			return t.excInfo, nil
		},
		"getsizeof": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Int(64), nil },
		"intern": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return args[0], nil
		},
		"_getframe": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			depth := 0
			if len(args) > 0 {
				n, ok := args[0].(Int)
				if !ok {
					return nil, Errorf(TypeErrorType, "an integer is required")
				}
				depth = int(n)
			}
			if depth < 0 || depth >= len(t.frames) {
				return nil, Errorf(ValueErrorType, "call stack is not deep enough")
			}
			return &frameObject{f: t.frames[len(t.frames)-1-depth]}, nil
		},
		"getdefaultencoding": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Str("utf-8"), nil },
	}
	for name, fn := range fns {
		d.SetStr(name, NewBuiltin(name, fn))
	}
	return m
}

// stdinReader is sys.stdin.
type stdinReader struct{}

func (*stdinReader) Type() *Type { return textIOType }

// SystemExitStatus interprets an uncaught SystemExit as CPython does: no
// code or None is status 0, an int is that status, anything else is
// status 1 (and SystemExitText is what to print). handled is false for
// other exceptions. It prints nothing.
func SystemExitStatus(t *Thread, exc *Exception) (status int, handled bool) {
	if !IsSubtype(exc.Class, SystemExitType) {
		return 0, false
	}
	var code Value = None
	if len(exc.Args) == 1 {
		code = exc.Args[0]
	} else if len(exc.Args) > 1 {
		code = exc.Args
	}
	switch c := code.(type) {
	case NoneType:
		return 0, true
	case Int:
		return int(c) & 0xff, true
	case Bool:
		if c {
			return 1, true
		}
		return 0, true
	}
	return 1, true
}

// SystemExitText returns the line CPython prints to stderr for an
// uncaught SystemExit whose code is neither None nor an int, or "".
func SystemExitText(t *Thread, exc *Exception) string {
	if !IsSubtype(exc.Class, SystemExitType) || len(exc.Args) == 0 {
		return ""
	}
	var code Value = exc.Args[0]
	if len(exc.Args) > 1 {
		code = exc.Args
	}
	switch code.(type) {
	case NoneType, Int, Bool:
		return ""
	}
	s, err := ToStr(t, code)
	if err != nil {
		s = reprNoThread(code)
	}
	return s + "\n"
}

// structSeq makes a value like CPython's struct sequences (sys.float_info,
// sys.version_info): a tuple whose items are also attributes, shown as
// NAME(field=value, ...).
func structSeq(in *Interpreter, name string, fields []string, values Tuple) Value {
	ns := NewDict()
	ns.SetStr("__module__", Str("sys"))
	for i, f := range fields {
		i := i
		ns.SetStr(f, &Property{Name: f, Get: NewBuiltin(f, func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			o, ok := args[0].(*Object)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor needs a %s", name)
			}
			return o.Base.(Tuple)[i], nil
		})})
	}
	ns.SetStr("__repr__", NewBuiltin("__repr__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		o := args[0].(*Object)
		var b strings.Builder
		b.WriteString("sys." + name + "(")
		for i, v := range o.Base.(Tuple) {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := Repr(t, v)
			if err != nil {
				return nil, err
			}
			b.WriteString(fields[i] + "=" + r)
		}
		b.WriteString(")")
		return Str(b.String()), nil
	}))
	ns.SetStr("n_fields", Int(len(fields)))
	ns.SetStr("n_sequence_fields", Int(len(fields)))
	t := &Thread{Interp: in, Stdout: os.Stdout, Stderr: os.Stderr, Stdin: os.Stdin, recursionLimit: 1000}
	cls, err := newClass(t, TypeType, name, []Value{TupleType}, ns, nil)
	if err != nil {
		return values
	}
	return &Object{Class: cls, Base: values}
}
