package interp

import (
	"errors"
	"io/fs"
	"os"
	"strings"
)

// fileObject is what open() returns: a whole-file buffer for reading and
// an *os.File for writing, which is all the scripts rebeam runs need.
type fileObject struct {
	name   string
	mode   string
	binary bool
	data   string // the unread rest, when reading
	w      *os.File
	closed bool
}

func (*fileObject) Type() *Type { return FileType }

func builtinOpen(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	var file Value
	mode := "r"
	var buffering, encoding, errs, newline Value
	if err := UnpackArgs("open", args, kw, "file", &file, "mode?", &mode, "buffering?", &buffering, "encoding?", &encoding, "errors?", &errs, "newline?", &newline); err != nil {
		return nil, err
	}
	name, ok := file.(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "expected str, bytes or os.PathLike object, not %s", TypeName(file))
	}
	f := &fileObject{name: string(name), mode: mode, binary: strings.Contains(mode, "b")}
	var err error
	switch {
	case strings.ContainsAny(mode, "wax"):
		flag := os.O_WRONLY | os.O_CREATE
		switch {
		case strings.Contains(mode, "w"):
			flag |= os.O_TRUNC
		case strings.Contains(mode, "a"):
			flag |= os.O_APPEND
		case strings.Contains(mode, "x"):
			flag |= os.O_EXCL
		}
		f.w, err = os.OpenFile(string(name), flag, 0o666)
	default:
		var b []byte
		b, err = os.ReadFile(string(name))
		f.data = string(b)
	}
	if err != nil {
		return nil, osError(err, string(name))
	}
	return f, nil
}

func osError(err error, name string) *Exception {
	cls := OSErrorType
	errno, msg := 5, err.Error()
	switch {
	case errors.Is(err, fs.ErrNotExist):
		cls, errno, msg = FileNotFoundErrorType, 2, "No such file or directory"
	case errors.Is(err, fs.ErrExist):
		cls, errno, msg = FileExistsErrorType, 17, "File exists"
	case errors.Is(err, fs.ErrPermission):
		cls, errno, msg = PermissionErrorType, 13, "Permission denied"
	case strings.Contains(msg, "is a directory"):
		cls, errno, msg = IsADirectoryErrorType, 21, "Is a directory"
	}
	e := &Exception{Class: cls, Args: Tuple{Int(errno), Str(msg)}}
	e.Dict = NewDict()
	e.Dict.SetStr("errno", Int(errno))
	e.Dict.SetStr("strerror", Str(msg))
	e.Dict.SetStr("filename", Str(name))
	return e
}

func (f *fileObject) out(s string) Value {
	if f.binary {
		return Bytes(s)
	}
	return Str(s)
}

func init() {
	self := func(v Value) (*fileObject, error) {
		f := v.(*fileObject)
		if f.closed {
			return nil, Errorf(ValueErrorType, "I/O operation on closed file.")
		}
		return f, nil
	}
	FileType.Dict.SetStr("__exit__", &Builtin{Name: "__exit__", Owner: FileType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		f := args[0].(*fileObject)
		if f.w != nil && !f.closed {
			f.w.Close()
		}
		f.closed = true
		return None, nil
	}})
	addMethods(FileType, map[string]BuiltinFunc{
		"__enter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return self(args[0]) },
		"close": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f := args[0].(*fileObject)
			if f.w != nil && !f.closed {
				f.w.Close()
			}
			f.closed = true
			return None, nil
		},
		"read": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			n := -1
			if len(args) > 1 && args[1] != None {
				n, _ = ToIndex(args[1])
			}
			s := f.data
			if n >= 0 && n < len(s) {
				if f.binary {
					s = s[:n]
				} else {
					rs := strRunes(s)
					if n < len(rs) {
						s = strings.Join(rs[:n], "")
					}
				}
			}
			f.data = f.data[len(s):]
			return f.out(s), nil
		},
		"readline": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			i := strings.IndexByte(f.data, '\n')
			var line string
			if i < 0 {
				line, f.data = f.data, ""
			} else {
				line, f.data = f.data[:i+1], f.data[i+1:]
			}
			return f.out(line), nil
		},
		"readlines": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			var out []Value
			for f.data != "" {
				i := strings.IndexByte(f.data, '\n')
				if i < 0 {
					out = append(out, f.out(f.data))
					f.data = ""
					break
				}
				out = append(out, f.out(f.data[:i+1]))
				f.data = f.data[i+1:]
			}
			return NewList(out), nil
		},
		"write": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			if f.w == nil {
				return nil, Errorf(OSErrorType, "not writable")
			}
			var s string
			switch x := args[1].(type) {
			case Str:
				if f.binary {
					return nil, Errorf(TypeErrorType, "a bytes-like object is required, not 'str'")
				}
				s = string(x)
			case Bytes:
				if !f.binary {
					return nil, Errorf(TypeErrorType, "write() argument must be str, not bytes")
				}
				s = string(x)
			default:
				return nil, Errorf(TypeErrorType, "write() argument must be str, not %s", TypeName(args[1]))
			}
			f.w.WriteString(s)
			if f.binary {
				return Int(len(s)), nil
			}
			return Int(strLen(s)), nil
		},
		"writelines": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			return None, Iterate(t, args[1], func(v Value) (bool, error) {
				s, _ := v.(Str)
				f.w.WriteString(string(s))
				return true, nil
			})
		},
		"flush": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil },
		"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, err := self(args[0])
			if err != nil {
				return nil, err
			}
			return &funcIter{typ: IteratorType, next: func(t *Thread) (Value, bool, error) {
				if f.data == "" {
					return nil, false, nil
				}
				i := strings.IndexByte(f.data, '\n')
				var line string
				if i < 0 {
					line, f.data = f.data, ""
				} else {
					line, f.data = f.data[:i+1], f.data[i+1:]
				}
				return f.out(line), true, nil
			}}, nil
		},
	})
}
