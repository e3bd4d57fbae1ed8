package interp

import (
	"bufio"
	"io"
	"strings"
)

// Reading sys.stdin (read, readline, readlines, iteration) and the binary
// layers sys.stdin.buffer and sys.stdout.buffer / sys.stderr.buffer. All
// reads share the thread's buffered reader with input().

// binaryStream is the .buffer of a standard stream.
type binaryStream struct {
	w *streamWriter // nil for stdin
}

var bufferedIOType = newBuiltinType("BufferedWriter", ObjectType)

// stdinBinary is sys.stdin.buffer: the same object each time, as in CPython.
var stdinBinary = &binaryStream{}

func (*binaryStream) Type() *Type { return bufferedIOType }

func (t *Thread) stdinLines() *bufio.Reader {
	if t.stdinReader == nil {
		t.stdinReader = &lineReader{r: bufio.NewReader(t.Stdin)}
	}
	return t.stdinReader.r
}

// readStdin reads up to n bytes (all when n < 0), stopping after a newline
// when line is set.
func readStdin(t *Thread, n int, line bool) (string, error) {
	r := t.stdinLines()
	var b strings.Builder
	for n < 0 || b.Len() < n {
		c, err := r.ReadByte()
		if err != nil {
			if err == io.EOF {
				break
			}
			return "", Errorf(OSErrorType, "%s", err.Error())
		}
		b.WriteByte(c)
		if line && c == '\n' {
			break
		}
	}
	return b.String(), nil
}

func sizeArg(args []Value) (int, error) {
	if len(args) < 2 || args[1] == None {
		return -1, nil
	}
	return ToIndex(args[1])
}

func init() {
	bufferedIOType.Module = "_io"
	stdinOnly := func(v Value) error {
		if _, ok := v.(*stdinReader); !ok {
			return Errorf(UnsupportedOperationType, "not readable")
		}
		return nil
	}
	readText := func(t *Thread, args []Value, line bool) (Value, error) {
		if err := stdinOnly(args[0]); err != nil {
			return nil, err
		}
		n, err := sizeArg(args)
		if err != nil {
			return nil, err
		}
		if n >= 0 && !line {
			// n is in characters: read whole UTF-8 sequences
			var b strings.Builder
			for i := 0; i < n; i++ {
				r, _, err := t.stdinLines().ReadRune()
				if err != nil {
					break
				}
				b.WriteRune(r)
			}
			return Str(b.String()), nil
		}
		s, err := readStdin(t, n, line)
		return Str(s), err
	}
	nextLine := func(t *Thread, v Value) (Value, error) {
		if err := stdinOnly(v); err != nil {
			return nil, err
		}
		s, err := readStdin(t, -1, true)
		if err != nil {
			return nil, err
		}
		if s == "" {
			return nil, NewException(StopIterationType)
		}
		return Str(s), nil
	}
	addMethods(textIOType, map[string]BuiltinFunc{
		"read": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return readText(t, args, false)
		},
		"readline": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return readText(t, args, true)
		},
		"readlines": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if err := stdinOnly(args[0]); err != nil {
				return nil, err
			}
			var out []Value
			for {
				s, err := readStdin(t, -1, true)
				if err != nil {
					return nil, err
				}
				if s == "" {
					break
				}
				out = append(out, Str(s))
			}
			return NewList(out), nil
		},
		"readable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			_, ok := args[0].(*stdinReader)
			return Bool(ok), nil
		},
		"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__next__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return nextLine(t, args[0])
		},
		"__enter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__exit__":  func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil },
	})
	textIOType.Dict.SetStr("buffer", &Property{Name: "buffer", Get: &Builtin{Name: "buffer", Owner: textIOType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		w, _ := args[0].(*streamWriter)
		if w == nil || w.buf == nil {
			return stdinBinary, nil
		}
		return w.buf, nil
	}}})
	binSelf := func(v Value) *binaryStream { b, _ := v.(*binaryStream); return b }
	addMethods(bufferedIOType, map[string]BuiltinFunc{
		"write": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b := binSelf(args[0])
			if b == nil || b.w == nil {
				return nil, Errorf(UnsupportedOperationType, "write")
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "write() takes exactly one argument (%d given)", len(args)-1)
			}
			s, ok := bytesLike(args[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(args[1]))
			}
			io.WriteString(b.w.pick(t), s)
			return Int(len(s)), nil
		},
		"read": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b := binSelf(args[0])
			if b == nil || b.w != nil {
				return nil, Errorf(UnsupportedOperationType, "read")
			}
			n, err := sizeArg(args)
			if err != nil {
				return nil, err
			}
			s, err := readStdin(t, n, false)
			return Bytes(s), err
		},
		"readline": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b := binSelf(args[0])
			if b == nil || b.w != nil {
				return nil, Errorf(UnsupportedOperationType, "readline")
			}
			n, err := sizeArg(args)
			if err != nil {
				return nil, err
			}
			s, err := readStdin(t, n, true)
			return Bytes(s), err
		},
		"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__next__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b := binSelf(args[0])
			if b == nil || b.w != nil {
				return nil, Errorf(UnsupportedOperationType, "read")
			}
			s, err := readStdin(t, -1, true)
			if err != nil {
				return nil, err
			}
			if s == "" {
				return nil, NewException(StopIterationType)
			}
			return Bytes(s), nil
		},
		"flush":    func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil },
		"readable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Bool(binSelf(args[0]).w == nil), nil },
		"writable": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Bool(binSelf(args[0]).w != nil), nil },
	})
}

// Next reads the next line of standard input, so that sys.stdin is its
// own iterator.
func (*stdinReader) Next(t *Thread) (Value, bool, error) {
	s, err := readStdin(t, -1, true)
	if err != nil || s == "" {
		return nil, false, err
	}
	return Str(s), true, nil
}

// Next reads the next line of sys.stdin.buffer.
func (b *binaryStream) Next(t *Thread) (Value, bool, error) {
	if b.w != nil {
		return nil, false, Errorf(UnsupportedOperationType, "read")
	}
	s, err := readStdin(t, -1, true)
	if err != nil || s == "" {
		return nil, false, err
	}
	return Bytes(s), true, nil
}
