package interp

import "unicode/utf8"

// Iterator is a builtin iterator implemented in Go. Next returns false
// when the iteration is over (StopIteration, without making one).
type Iterator interface {
	Value
	Next(t *Thread) (Value, bool, error)
}

type listIter struct {
	l *List
	i int
}

func (*listIter) Type() *Type { return listIteratorType }
func (it *listIter) Next(t *Thread) (Value, bool, error) {
	if it.i < len(it.l.Items) {
		v := it.l.Items[it.i]
		it.i++
		return v, true, nil
	}
	it.i = 1 << 62
	return nil, false, nil
}

type tupleIter struct {
	s   []Value
	i   int
	typ *Type // what it iterates over shows as, when not tuple_iterator
}

func (it *tupleIter) Type() *Type {
	if it.typ != nil {
		return it.typ
	}
	return tupleIteratorType
}
func (it *tupleIter) Next(t *Thread) (Value, bool, error) {
	if it.i < len(it.s) {
		v := it.s[it.i]
		it.i++
		return v, true, nil
	}
	return nil, false, nil
}

type strIter struct {
	s string
	i int
}

func (*strIter) Type() *Type { return strIteratorType }
func (it *strIter) Next(t *Thread) (Value, bool, error) {
	if it.i >= len(it.s) {
		return nil, false, nil
	}
	c := it.s[it.i]
	if c < 0x80 {
		it.i++
		return asciiStrs[c], true, nil
	}
	_, n := decodeRune(it.s[it.i:])
	v := Str(it.s[it.i : it.i+n])
	it.i += n
	return v, true, nil
}

type rangeIter struct {
	next, stop, step int64
}

func (*rangeIter) Type() *Type { return rangeIteratorType }
func (it *rangeIter) Next(t *Thread) (Value, bool, error) {
	if (it.step > 0 && it.next < it.stop) || (it.step < 0 && it.next > it.stop) {
		v := it.next
		it.next += it.step
		return Int(v), true, nil
	}
	return nil, false, nil
}

// funcIter is an iterator made from a Go closure (map, filter, zip, ...).
type funcIter struct {
	typ  *Type
	next func(t *Thread) (Value, bool, error)
	done bool
}

func (it *funcIter) Type() *Type { return it.typ }
func (it *funcIter) Next(t *Thread) (Value, bool, error) {
	if it.done {
		return nil, false, nil
	}
	v, ok, err := it.next(t)
	if !ok || err != nil {
		it.done = true
	}
	return v, ok, err
}

// seqIter iterates an object with __getitem__ but no __iter__.
type seqIter struct {
	obj Value
	i   int
}

func (*seqIter) Type() *Type { return IteratorType }
func (it *seqIter) Next(t *Thread) (Value, bool, error) {
	if it.obj == nil {
		return nil, false, nil
	}
	v, err := GetItem(t, it.obj, Int(it.i))
	if err != nil {
		if e, ok := err.(*Exception); ok && (IsSubtype(e.Class, IndexErrorType) || IsSubtype(e.Class, StopIterationType)) {
			it.obj = nil
			return nil, false, nil
		}
		return nil, false, err
	}
	it.i++
	return v, true, nil
}

var (
	listIteratorType  = newBuiltinType("list_iterator", ObjectType)
	tupleIteratorType = newBuiltinType("tuple_iterator", ObjectType)
	strIteratorType   = newBuiltinType("str_ascii_iterator", ObjectType)
	rangeIteratorType = newBuiltinType("range_iterator", ObjectType)
	mapType           = newBuiltinType("map", ObjectType)
	filterType        = newBuiltinType("filter", ObjectType)
	zipType           = newBuiltinType("zip", ObjectType)
	enumerateType     = newBuiltinType("enumerate", ObjectType)
	reversedType      = newBuiltinType("reversed", ObjectType)
	dictKeyIterType   = newBuiltinType("dict_keyiterator", ObjectType)
	setIterType       = newBuiltinType("set_iterator", ObjectType)
	callableIterType  = newBuiltinType("callable_iterator", ObjectType)
)

// NewCallableIterator is an iterator whose items next produces until it
// reports none (ok false) or fails; Python sees a callable_iterator, as
// iter(f, sentinel) and re.finditer give.
func NewCallableIterator(next func(t *Thread) (v Value, ok bool, err error)) Value {
	return &funcIter{typ: callableIterType, next: next}
}

func init() {
	for _, c := range []*Type{listIteratorType, tupleIteratorType, strIteratorType, rangeIteratorType, mapType, filterType, zipType, enumerateType, reversedType, dictKeyIterType, setIterType, callableIterType, IteratorType} {
		addMethods(c, map[string]BuiltinFunc{
			"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
			"__next__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				v, ok, err := args[0].(Iterator).Next(t)
				if err != nil {
					return nil, err
				}
				if !ok {
					return nil, NewException(StopIterationType)
				}
				return v, nil
			},
		})
	}
}

// iterLengthHint is __length_hint__ of the list, tuple, str, range and set
// iterators: how many items are left.
func iterLengthHint(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	left := 0
	switch it := args[0].(type) {
	case *listIter:
		left = len(it.l.Items) - it.i
	case *tupleIter:
		left = len(it.s) - it.i
	case *strIter:
		if it.i < len(it.s) {
			left = utf8.RuneCountInString(it.s[it.i:])
		}
	case *rangeIter:
		switch {
		case it.step > 0 && it.next < it.stop:
			left = int((it.stop - it.next + it.step - 1) / it.step)
		case it.step < 0 && it.next > it.stop:
			left = int((it.next - it.stop - it.step - 1) / -it.step)
		}
	default:
		return NotImplemented, nil
	}
	if left < 0 {
		left = 0
	}
	return Int(left), nil
}

func init() {
	for _, c := range []*Type{listIteratorType, tupleIteratorType, strIteratorType, rangeIteratorType, setIterType} {
		c.Dict.SetStr("__length_hint__", &Builtin{Name: "__length_hint__", Owner: c, Fn: iterLengthHint})
	}
}

// GetIter returns iter(v).
func GetIter(t *Thread, v Value) (Value, error) {
	switch x := v.(type) {
	case *List:
		return &listIter{l: x}, nil
	case Tuple:
		return &tupleIter{s: x}, nil
	case Str:
		return &strIter{s: string(x)}, nil
	case *rangeValue:
		if x.big != nil {
			return x.bigIter(), nil
		}
		return &rangeIter{next: x.start, stop: x.stop, step: x.step}, nil
	case *Dict:
		return newDictIter(x, 0), nil
	case *dictView:
		return newDictIter(x.d, x.kind), nil
	case *Set:
		return &tupleIter{s: setOrder(t, x.d), typ: setIterType}, nil
	case *FrozenSet:
		return &tupleIter{s: setOrder(t, x.d), typ: setIterType}, nil
	case Bytes:
		items := make([]Value, len(x))
		for i := range items {
			items[i] = Int(x[i])
		}
		return &tupleIter{s: items}, nil
	case *ByteArray:
		items := make([]Value, len(x.B))
		for i := range items {
			items[i] = Int(x.B[i])
		}
		return &tupleIter{s: items}, nil
	case *mappingProxy:
		return newDictIter(x.d, 0), nil
	case Iterator:
		return x, nil
	case *Generator:
		return x, nil
	}
	if f := userDunder(v, "__iter__"); f != nil && f != None {
		it, err := callDunder(t, f, v)
		if err != nil {
			return nil, err
		}
		if lookupDunder(it, "__next__") == nil {
			if _, ok := it.(Iterator); !ok {
				return nil, Errorf(TypeErrorType, "iter() returned non-iterator of type '%s'", TypeName(it))
			}
		}
		return it, nil
	}
	if o, ok := v.(*Object); ok && o.Base != nil {
		return GetIter(t, o.Base)
	}
	if userDunder(v, "__getitem__") != nil {
		return &seqIter{obj: v}, nil
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not iterable", TypeName(v))
}

// Next advances an iterator: (value, true), or (nil, false) at the end.
func Next(t *Thread, it Value) (Value, bool, error) {
	switch x := it.(type) {
	case Iterator:
		return x.Next(t)
	case *Generator:
		return x.next(t)
	}
	f := lookupDunder(it, "__next__")
	if f == nil {
		return nil, false, Errorf(TypeErrorType, "'%s' object is not an iterator", TypeName(it))
	}
	v, err := callDunder(t, f, it)
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, StopIterationType) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// ToSlice collects the items of an iterable.
func ToSlice(t *Thread, v Value) ([]Value, error) {
	switch x := v.(type) {
	case *List:
		return append([]Value(nil), x.Items...), nil
	case Tuple:
		return append([]Value(nil), x...), nil
	}
	it, err := GetIter(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		item, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, item)
	}
}

// Iterate calls f for each item of an iterable until f returns false.
func Iterate(t *Thread, v Value, f func(Value) (bool, error)) error {
	if l, ok := v.(*List); ok {
		for i := 0; i < len(l.Items); i++ {
			more, err := f(l.Items[i])
			if err != nil || !more {
				return err
			}
		}
		return nil
	}
	it, err := GetIter(t, v)
	if err != nil {
		return err
	}
	for {
		item, ok, err := Next(t, it)
		if err != nil || !ok {
			return err
		}
		more, err := f(item)
		if err != nil || !more {
			return err
		}
	}
}

var listReverseIterType = newBuiltinType("list_reverseiterator", ObjectType)

func init() {
	addMethods(listReverseIterType, map[string]BuiltinFunc{
		"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil },
		"__next__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			v, ok, err := args[0].(Iterator).Next(t)
			if err != nil {
				return nil, err
			}
			if !ok {
				return nil, NewException(StopIterationType)
			}
			return v, nil
		},
	})
}
