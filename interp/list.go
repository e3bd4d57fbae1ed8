package interp

// List is a Python list.
type List struct {
	Items []Value
}

// NewList makes a list holding items (not copied).
func NewList(items []Value) *List { return &List{Items: items} }

// Type returns list.
func (l *List) Type() *Type { return ListType }

// asList sees through a user subclass of list.
func asList(v Value) (*List, bool) {
	switch x := v.(type) {
	case *List:
		return x, true
	case *Object:
		l, ok := x.Base.(*List)
		return l, ok
	}
	return nil, false
}

func listSelf(fname string, v Value) (*List, error) {
	l, ok := asList(v)
	if !ok {
		return nil, Errorf(TypeErrorType, "descriptor '%s' for 'list' objects doesn't apply to a '%s' object", fname, TypeName(v))
	}
	return l, nil
}

func init() {
	ListType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		l := NewList(nil)
		if cls != ListType {
			return subclassInstance(cls, l), nil
		}
		return l, nil
	}
	addMethods(ListType, map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("__init__", args[0])
			if err != nil {
				return nil, err
			}
			var src Value
			if err := UnpackArgs("list", args[1:], kw, "iterable?", &src); err != nil {
				return nil, err
			}
			l.Items = nil
			if src != nil {
				items, err := ToSlice(t, src)
				if err != nil {
					return nil, err
				}
				l.Items = items
			}
			return None, nil
		},
		"append": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("append", args[0])
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "list.append() takes exactly one argument (%d given)", len(args)-1)
			}
			l.Items = append(l.Items, args[1])
			return None, nil
		},
		"extend": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("extend", args[0])
			if err != nil {
				return nil, err
			}
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "list.extend() takes exactly one argument (%d given)", len(args)-1)
			}
			items, err := ToSlice(t, args[1])
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, items...)
			return None, nil
		},
		"pop": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("pop", args[0])
			if err != nil {
				return nil, err
			}
			i := -1
			if err := UnpackArgs("pop", args[1:], kw, "index?", &i); err != nil {
				return nil, err
			}
			if len(l.Items) == 0 {
				return nil, Errorf(IndexErrorType, "pop from empty list")
			}
			if i < 0 {
				i += len(l.Items)
			}
			if i < 0 || i >= len(l.Items) {
				return nil, Errorf(IndexErrorType, "pop index out of range")
			}
			v := l.Items[i]
			if i == 0 {
				// A queue's pop(0) drops the front without moving the
				// rest; a later append that outgrows the array copies
				// only the live items.
				l.Items[0] = nil
				l.Items = l.Items[1:]
				return v, nil
			}
			copy(l.Items[i:], l.Items[i+1:])
			l.Items[len(l.Items)-1] = nil
			l.Items = l.Items[:len(l.Items)-1]
			return v, nil
		},
		"insert": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("insert", args[0])
			if err != nil {
				return nil, err
			}
			var i int
			var v Value
			if err := UnpackArgs("insert", args[1:], kw, "index", &i, "object", &v); err != nil {
				return nil, err
			}
			n := len(l.Items)
			if i < 0 {
				i += n
				if i < 0 {
					i = 0
				}
			}
			if i > n {
				i = n
			}
			l.Items = append(l.Items, nil)
			copy(l.Items[i+1:], l.Items[i:])
			l.Items[i] = v
			return None, nil
		},
		"remove": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("remove", args[0])
			if err != nil {
				return nil, err
			}
			for i, it := range l.Items {
				eq, err := Equal(t, it, args[1])
				if err != nil {
					return nil, err
				}
				if eq {
					l.Items = append(l.Items[:i], l.Items[i+1:]...)
					return None, nil
				}
			}
			return nil, Errorf(ValueErrorType, "list.remove(x): x not in list")
		},
		"index": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("index", args[0])
			if err != nil {
				return nil, err
			}
			if len(args) > 1 {
				return seqIndex(t, l.Items, args[1:], reprNoThreadSafe(t, args[1])+" is not in list")
			}
			return seqIndex(t, l.Items, args[1:], "")
		},
		"count": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("count", args[0])
			if err != nil {
				return nil, err
			}
			return seqCount(t, l.Items, args[1])
		},
		"reverse": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("reverse", args[0])
			if err != nil {
				return nil, err
			}
			for i, j := 0, len(l.Items)-1; i < j; i, j = i+1, j-1 {
				l.Items[i], l.Items[j] = l.Items[j], l.Items[i]
			}
			return None, nil
		},
		"copy": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("copy", args[0])
			if err != nil {
				return nil, err
			}
			return NewList(append([]Value(nil), l.Items...)), nil
		},
		"clear": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("clear", args[0])
			if err != nil {
				return nil, err
			}
			l.Items = nil
			return None, nil
		},
		"sort": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			l, err := listSelf("sort", args[0])
			if err != nil {
				return nil, err
			}
			var key Value = None
			reverse := false
			if len(args) > 1 {
				return nil, Errorf(TypeErrorType, "sort() takes no positional arguments")
			}
			if err := UnpackArgs("sort", nil, kw, "$key?", &key, "$reverse?", &reverse); err != nil {
				return nil, err
			}
			items := l.Items
			l.Items = nil
			err = sortValues(t, items, key, reverse)
			l.Items = items
			return None, err
		},
	})
	addMethods(TupleType, map[string]BuiltinFunc{
		"index": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return seqIndex(t, asTuple(args[0]), args[1:], "tuple.index(x): x not in tuple")
		},
		"count": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return seqCount(t, asTuple(args[0]), args[1])
		},
	})
	TupleType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var src Value
		if err := UnpackArgs("tuple", args, kw, "iterable?", &src); err != nil {
			return nil, err
		}
		var tup Tuple
		if src != nil {
			items, err := ToSlice(t, src)
			if err != nil {
				return nil, err
			}
			tup = Tuple(items)
		}
		if tup == nil {
			tup = Tuple{}
		}
		if cls != TupleType {
			return subclassInstance(cls, tup), nil
		}
		return tup, nil
	}
}

func asTuple(v Value) Tuple {
	switch x := v.(type) {
	case Tuple:
		return x
	case *Object:
		tup, _ := x.Base.(Tuple)
		return tup
	}
	return nil
}

func seqIndex(t *Thread, items []Value, args []Value, msg string) (Value, error) {
	if len(args) == 0 {
		return nil, Errorf(TypeErrorType, "index expected at least 1 argument, got 0")
	}
	start, stop := 0, len(items)
	bound := func(v Value) (int, error) {
		n, ok, err := indexOperand(t, v)
		if err != nil {
			return 0, err
		}
		if !ok {
			return 0, Errorf(TypeErrorType, "slice indices must be integers or have an __index__ method")
		}
		if b, isBig := n.(*BigInt); isBig {
			// beyond any length: the clamp takes it to an end
			if b.V.Sign() < 0 {
				return 0, nil
			}
			return len(items), nil
		}
		i, err := ToIndex(n)
		return clampIndex(i, len(items)), err
	}
	var err error
	if len(args) > 1 {
		if start, err = bound(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = bound(args[2]); err != nil {
			return nil, err
		}
	}
	for i := start; i < stop; i++ {
		eq, err := Equal(t, items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return Int(i), nil
		}
	}
	return nil, Errorf(ValueErrorType, "%s", msg)
}

func clampIndex(i, n int) int {
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	if i > n {
		i = n
	}
	return i
}

func seqCount(t *Thread, items []Value, x Value) (Value, error) {
	n := 0
	for _, it := range items {
		eq, err := Equal(t, it, x)
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return Int(n), nil
}

func reprNoThreadSafe(t *Thread, v Value) string {
	s, err := Repr(t, v)
	if err != nil {
		return defaultRepr(v)
	}
	return s
}
