package interp

import (
	"strings"
)

// MemoryView is a Python memoryview over a bytes or bytearray: a window
// (start, step, length) on the object's bytes, format 'B', one dimension.
// A view of a bytearray reads and writes the bytearray's current bytes.
type MemoryView struct {
	obj      Value // Bytes or *ByteArray
	start    int
	step     int
	length   int
	released bool
}

// MemoryViewType is memoryview. It is not marked Builtin so that the
// protocol functions (len, iter, subscription) find its Go-backed dunders
// through the generic path.
var MemoryViewType = &Type{Name: "memoryview", Qualname: "memoryview", Module: "builtins", Dict: NewDict(),
	Bases: []*Type{ObjectType}, MRO: []*Type{nil, ObjectType}}

// Type returns memoryview.
func (*MemoryView) Type() *Type { return MemoryViewType }

func (m *MemoryView) data() []byte {
	switch x := m.obj.(type) {
	case Bytes:
		return []byte(x)
	case *ByteArray:
		return x.B
	}
	return nil
}

// bytes returns the bytes the view shows.
func (m *MemoryView) bytes() string {
	if m.step == 1 {
		switch x := m.obj.(type) {
		case Bytes:
			return string(x[m.start : m.start+m.length])
		case *ByteArray:
			end := min(m.start+m.length, len(x.B))
			if m.start >= end {
				return ""
			}
			return string(x.B[m.start:end])
		}
	}
	d := m.data()
	var b strings.Builder
	for i := 0; i < m.length; i++ {
		if j := m.start + i*m.step; j >= 0 && j < len(d) {
			b.WriteByte(d[j])
		}
	}
	return b.String()
}

func (m *MemoryView) readonly() bool {
	_, ok := m.obj.(Bytes)
	return ok
}

func (m *MemoryView) check() error {
	if m.released {
		return Errorf(ValueErrorType, "operation forbidden on released memoryview object")
	}
	return nil
}

// bytesLike returns the bytes of a bytes, bytearray or memoryview.
func bytesLike(v Value) (string, bool) {
	switch x := v.(type) {
	case Bytes:
		return string(x), true
	case *ByteArray:
		return string(x.B), true
	case *MemoryView:
		if x.released {
			return "", false
		}
		return x.bytes(), true
	}
	return "", false
}

// BytesLike is bytesLike for the stdlib: the bytes of a bytes, bytearray
// or memoryview, which is what a C function taking a buffer reads.
func BytesLike(v Value) (string, bool) { return bytesLike(v) }

// Writable returns the bytes a contiguous view of a bytearray shows, to
// write through it (struct.pack_into); ok is false for a view of bytes, a
// strided or released view.
func (m *MemoryView) Writable() (b []byte, ok bool) {
	ba, isArray := m.obj.(*ByteArray)
	if !isArray || m.released || m.step != 1 || m.start+m.length > len(ba.B) {
		return nil, false
	}
	return ba.B[m.start : m.start+m.length], true
}

func newMemoryView(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
	var obj Value
	if err := UnpackArgs("memoryview", args, kw, "object", &obj); err != nil {
		return nil, err
	}
	switch x := obj.(type) {
	case Bytes:
		return &MemoryView{obj: x, step: 1, length: len(x)}, nil
	case *ByteArray:
		return &MemoryView{obj: x, step: 1, length: len(x.B)}, nil
	case *MemoryView:
		if err := x.check(); err != nil {
			return nil, err
		}
		c := *x
		return &c, nil
	}
	return nil, Errorf(TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", TypeName(obj))
}

func mvSelf(args []Value) (*MemoryView, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "descriptor needs an argument")
	}
	m, ok := args[0].(*MemoryView)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor requires a 'memoryview' object but received a '%s'", TypeName(args[0]))
	}
	return m, m.check()
}

// mvIndex resolves an index of the view to an index into its object.
func (m *MemoryView) index(t *Thread, k Value) (int, error) {
	i, err := seqIndexOf(t, k, m.length, "index")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == IndexErrorType {
			return 0, Errorf(IndexErrorType, "index out of bounds on dimension 1")
		}
		return 0, err
	}
	return m.start + i*m.step, nil
}

func (m *MemoryView) slice(s *Slice) (*MemoryView, error) {
	start, stop, step, err := s.indices(m.length)
	if err != nil {
		return nil, err
	}
	n := len(sliceIndexes(start, stop, step))
	return &MemoryView{obj: m.obj, start: m.start + start*m.step, step: m.step * step, length: n}, nil
}

func init() {
	MemoryViewType.MRO[0] = MemoryViewType
	MemoryViewType.New = newMemoryView
	MemoryViewType.Dict.SetStr("__new__", &StaticMethod{Fn: NewBuiltin("__new__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "memoryview.__new__(): not enough arguments")
		}
		return newMemoryView(t, MemoryViewType, args[1:], kw)
	})})
	prop := func(name string, get func(m *MemoryView) Value) {
		MemoryViewType.Dict.SetStr(name, &Property{Name: name, Get: &Builtin{Name: name, Owner: MemoryViewType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			m, err := mvSelf(args)
			if err != nil {
				return nil, err
			}
			return get(m), nil
		}}})
	}
	prop("readonly", func(m *MemoryView) Value { return Bool(m.readonly()) })
	prop("nbytes", func(m *MemoryView) Value { return Int(m.length) })
	prop("itemsize", func(m *MemoryView) Value { return Int(1) })
	prop("format", func(m *MemoryView) Value { return Str("B") })
	prop("ndim", func(m *MemoryView) Value { return Int(1) })
	prop("obj", func(m *MemoryView) Value { return m.obj })
	prop("shape", func(m *MemoryView) Value { return Tuple{Int(m.length)} })
	prop("strides", func(m *MemoryView) Value { return Tuple{Int(m.step)} })
	prop("contiguous", func(m *MemoryView) Value { return Bool(m.step == 1 || m.length <= 1) })
	MemoryViewType.Dict.SetStr("released", &Property{Name: "released", Get: &Builtin{Name: "released", Owner: MemoryViewType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return Bool(args[0].(*MemoryView).released), nil
	}}})
	methods := map[string]func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error){
		"__len__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) { return Int(m.length), nil },
		"__getitem__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			if s, ok := args[0].(*Slice); ok {
				return m.slice(s)
			}
			i, err := m.index(t, args[0])
			if err != nil {
				return nil, err
			}
			return Int(m.data()[i]), nil
		},
		"__setitem__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			if m.readonly() {
				return nil, Errorf(TypeErrorType, "cannot modify read-only memory")
			}
			d := m.data()
			if s, ok := args[0].(*Slice); ok {
				sub, err := m.slice(s)
				if err != nil {
					return nil, err
				}
				src, ok := bytesLike(args[1])
				if !ok {
					return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(args[1]))
				}
				if len(src) != sub.length {
					return nil, Errorf(ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
				}
				for i := 0; i < sub.length; i++ {
					d[sub.start+i*sub.step] = src[i]
				}
				return None, nil
			}
			i, err := m.index(t, args[0])
			if err != nil {
				return nil, err
			}
			n, ok := args[1].(Int)
			if !ok {
				return nil, Errorf(TypeErrorType, "memoryview: invalid type for format 'B'")
			}
			if n < 0 || n > 255 {
				return nil, Errorf(ValueErrorType, "memoryview: invalid value for format 'B'")
			}
			d[i] = byte(n)
			return None, nil
		},
		"__delitem__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			return nil, Errorf(TypeErrorType, "cannot delete memory")
		},
		"__iter__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			b := m.bytes()
			items := make([]Value, len(b))
			for i := range items {
				items[i] = Int(b[i])
			}
			return &tupleIter{s: items}, nil
		},
		"__bytes__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) { return Bytes(m.bytes()), nil },
		"tobytes":   func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) { return Bytes(m.bytes()), nil },
		"tolist": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			b := m.bytes()
			items := make([]Value, len(b))
			for i := range items {
				items[i] = Int(b[i])
			}
			return NewList(items), nil
		},
		"hex": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			f, _ := BytesType.Dict.GetStr("hex")
			return t.Call(f, append([]Value{Bytes(m.bytes())}, args...), kw)
		},
		"toreadonly": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			return &MemoryView{obj: Bytes(m.bytes()), step: 1, length: m.length}, nil
		},
		"cast": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			if len(args) == 0 || args[0] != Str("B") && args[0] != Str("b") && args[0] != Str("c") {
				return nil, Errorf(NotImplementedErrorType, "memoryview: only the format 'B' is supported")
			}
			c := *m
			return &c, nil
		},
		"__enter__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) { return m, nil },
		"__repr__": func(t *Thread, m *MemoryView, args []Value, kw []Kwarg) (Value, error) {
			return Str("<memory at " + AddressOf(m) + ">"), nil
		},
	}
	for name, fn := range methods {
		fn := fn
		MemoryViewType.Dict.SetStr(name, &Builtin{Name: name, Owner: MemoryViewType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			m, err := mvSelf(args)
			if err != nil {
				return nil, err
			}
			return fn(t, m, args[1:], kw)
		}})
	}
	// release and __exit__ work on a released view too.
	release := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if m, ok := args[0].(*MemoryView); ok {
			m.released = true
		}
		return None, nil
	}
	MemoryViewType.Dict.SetStr("release", &Builtin{Name: "release", Owner: MemoryViewType, Fn: release})
	MemoryViewType.Dict.SetStr("__exit__", &Builtin{Name: "__exit__", Owner: MemoryViewType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		_, err := release(t, args[:1], nil)
		return None, err
	}})
	typeChanged()
}
