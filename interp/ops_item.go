package interp

import "strings"

// Slice is a Python slice object.
type Slice struct{ Start, Stop, Step Value }

// Type returns slice.
func (*Slice) Type() *Type { return SliceType }

// indices resolves the slice against a sequence of length n, as
// slice.indices does.
func (s *Slice) indices(n int) (start, stop, step int, err error) {
	step = 1
	if s.Step != None {
		if step, err = ToIndex(s.Step); err != nil {
			err = Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
			return
		}
		if step == 0 {
			err = Errorf(ValueErrorType, "slice step cannot be zero")
			return
		}
	}
	get := func(v Value, def int) (int, error) {
		if v == None {
			return def, nil
		}
		i, err := ToIndex(v)
		if err != nil {

			if b, ok := v.(*BigInt); ok {
				if b.V.Sign() < 0 {
					return -n - 1, nil
				}
				return n + 1, nil
			}
			return 0, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return i, nil
	}
	if step > 0 {
		if start, err = get(s.Start, 0); err != nil {
			return
		}
		if stop, err = get(s.Stop, n); err != nil {
			return
		}
		start, stop = clampSlice(start, n, 0, n), clampSlice(stop, n, 0, n)
	} else {
		if start, err = get(s.Start, n-1); err != nil {
			return
		}
		if stop, err = get(s.Stop, -n-1); err != nil {
			return
		}
		start, stop = clampSlice(start, n, -1, n-1), clampSlice(stop, n, -1, n-1)
	}
	return
}

func clampSlice(i, n, lo, hi int) int {
	if i < 0 {
		i += n
		if i < lo {
			i = lo
		}
	} else if i > hi {
		i = hi
	}
	return i
}

func sliceIndexes(start, stop, step int) []int {
	var out []int
	if step > 0 {
		for i := start; i < stop; i += step {
			out = append(out, i)
		}
	} else {
		for i := start; i > stop; i += step {
			out = append(out, i)
		}
	}
	return out
}

func sliceValues(items []Value, s *Slice) ([]Value, error) {
	start, stop, step, err := s.indices(len(items))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		if stop < start {
			return []Value{}, nil
		}
		return append([]Value{}, items[start:stop]...), nil
	}
	out := []Value{}
	for _, i := range sliceIndexes(start, stop, step) {
		out = append(out, items[i])
	}
	return out, nil
}

func seqIndexOf(t *Thread, v Value, n int, what string) (int, error) {
	i, err := ToIndex(v)
	if err != nil && t != nil {
		if o, ok := v.(*Object); ok {
			n, has, err2 := indexOperand(t, o)
			if err2 != nil {
				return 0, err2
			}
			if has {
				i, err = ToIndex(n)
			}
		}
	}
	if err != nil {
		if _, ok := v.(*BigInt); ok {
			return 0, Errorf(IndexErrorType, "cannot fit 'int' into an index-sized integer")
		}
		return 0, Errorf(TypeErrorType, "%s indices must be integers or slices, not %s", what, TypeName(v))
	}
	if i < 0 {
		i += n
	}
	if i < 0 || i >= n {
		return 0, Errorf(IndexErrorType, "%s index out of range", what)
	}
	return i, nil
}

// GetItem returns v[k].
func GetItem(t *Thread, v, k Value) (Value, error) {
	if s, ok := k.(*Slice); ok && s.needsIndex(v) {
		r, err := s.resolveIndex(t)
		if err != nil {
			return nil, err
		}
		k = r
	}
	switch x := v.(type) {
	case *List:
		if i, ok := k.(Int); ok {
			if i < 0 {
				i += Int(len(x.Items))
			}
			if i >= 0 && int(i) < len(x.Items) {
				return x.Items[i], nil
			}
			return nil, Errorf(IndexErrorType, "list index out of range")
		}
		if s, ok := k.(*Slice); ok {
			items, err := sliceValues(x.Items, s)
			return NewList(items), err
		}
		i, err := seqIndexOf(t, k, len(x.Items), "list")
		if err != nil {
			return nil, err
		}
		return x.Items[i], nil
	case *Dict:
		r, ok, err := x.Get(t, k)
		if err != nil {
			return nil, err
		}
		if !ok {
			return nil, NewException(KeyErrorType, k)
		}
		return r, nil
	case Tuple:
		if s, ok := k.(*Slice); ok {
			items, err := sliceValues(x, s)
			return Tuple(items), err
		}
		i, err := seqIndexOf(t, k, len(x), "tuple")
		if err != nil {
			return nil, err
		}
		return x[i], nil
	case Str:
		return strGetItem(t, x, k)
	case *ByteArray:
		r, err := GetItem(t, Bytes(x.B), k)
		if e, ok := err.(*Exception); ok && e.Class == IndexErrorType {
			err = Errorf(IndexErrorType, "bytearray index out of range")
		}
		if b, ok := r.(Bytes); ok {
			return &ByteArray{B: []byte(b)}, err
		}
		return r, err
	case Bytes:
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := s.indices(len(x))
			if err != nil {
				return nil, err
			}
			var b strings.Builder
			for _, i := range sliceIndexes(start, stop, step) {
				b.WriteByte(x[i])
			}
			return Bytes(b.String()), nil
		}
		i, err := seqIndexOf(t, k, len(x), "index")
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == IndexErrorType {
				return nil, Errorf(IndexErrorType, "index out of range")
			}
			return nil, err
		}
		return Int(x[i]), nil
	case *rangeValue:
		return rangeGetItem(t, x, k)
	case *mappingProxy:
		return GetItem(t, x.d, k)
	case *Type:
		if f := x.Lookup("__class_getitem__"); f != nil {
			if fn, ok := f.(*ClassMethod); ok {
				return t.Call(fn.Fn, []Value{x, k}, nil)
			}
			return t.Call(f, []Value{x, k}, nil)
		}
		if x.Meta != nil {
			if f := x.Meta.Lookup("__getitem__"); f != nil {
				return callDunder(t, f, v, k)
			}
		}
		return nil, Errorf(TypeErrorType, "type '%s' is not subscriptable", x.Name)
	}
	if f := userDunder(v, "__getitem__"); f != nil {
		return callDunder(t, f, v, k)
	}
	return nil, Errorf(TypeErrorType, "'%s' object is not subscriptable", TypeName(v))
}

// SetItem performs v[k] = val.
func SetItem(t *Thread, v, k, val Value) error {
	if s, ok := k.(*Slice); ok && s.needsIndex(v) {
		r, err := s.resolveIndex(t)
		if err != nil {
			return err
		}
		k = r
	}
	switch x := v.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			return listSetSlice(t, x, s, val)
		}
		i, err := seqIndexOf(t, k, len(x.Items), "list assignment")
		if err != nil {
			return err
		}
		x.Items[i] = val
		return nil
	case *Dict:
		return x.Set(t, k, val)
	case *ByteArray:
		if s, ok := k.(*Slice); ok {
			b, err := bytesFrom(t, val)
			if err != nil {
				return err
			}
			items := make([]Value, len(x.B))
			for i, c := range x.B {
				items[i] = Int(c)
			}
			l := NewList(items)
			vals := make([]Value, len(b))
			for i := range vals {
				vals[i] = Int(b[i])
			}
			if err := listSetSlice(t, l, s, NewList(vals)); err != nil {
				return err
			}
			x.B = x.B[:0]
			for _, it := range l.Items {
				x.B = append(x.B, byte(it.(Int)))
			}
			return nil
		}
		i, err := seqIndexOf(t, k, len(x.B), "bytearray")
		if e, ok := err.(*Exception); ok && e.Class == IndexErrorType {
			err = Errorf(IndexErrorType, "bytearray index out of range")
		}
		if err != nil {
			return err
		}
		b, err := byteValue(val)
		if err != nil {
			return err
		}
		x.B[i] = b
		return nil
	}
	if f := userDunder(v, "__setitem__"); f != nil {
		_, err := callDunder(t, f, v, k, val)
		return err
	}
	return Errorf(TypeErrorType, "'%s' object does not support item assignment", TypeName(v))
}

func listSetSlice(t *Thread, l *List, s *Slice, val Value) error {
	items, err := ToSlice(t, val)
	if err != nil {
		return Errorf(TypeErrorType, "can only assign an iterable")
	}
	start, stop, step, err := s.indices(len(l.Items))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.Items)-(stop-start)+len(items))
		out = append(out, l.Items[:start]...)
		out = append(out, items...)
		out = append(out, l.Items[stop:]...)
		l.Items = out
		return nil
	}
	idx := sliceIndexes(start, stop, step)
	if len(idx) != len(items) {
		return Errorf(ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(items), len(idx))
	}
	for j, i := range idx {
		l.Items[i] = items[j]
	}
	return nil
}

// DelItem performs del v[k].
func DelItem(t *Thread, v, k Value) error {
	if s, ok := k.(*Slice); ok && s.needsIndex(v) {
		r, err := s.resolveIndex(t)
		if err != nil {
			return err
		}
		k = r
	}
	switch x := v.(type) {
	case *List:
		if s, ok := k.(*Slice); ok {
			start, stop, step, err := s.indices(len(x.Items))
			if err != nil {
				return err
			}
			del := map[int]bool{}
			for _, i := range sliceIndexes(start, stop, step) {
				del[i] = true
			}
			out := x.Items[:0:0]
			for i, it := range x.Items {
				if !del[i] {
					out = append(out, it)
				}
			}
			x.Items = out
			return nil
		}
		i, err := seqIndexOf(t, k, len(x.Items), "list assignment")
		if err != nil {
			return err
		}
		x.Items = append(x.Items[:i], x.Items[i+1:]...)
		return nil
	case *ByteArray:
		if s, isSlice := k.(*Slice); isSlice {
			start, stop, step, err := s.indices(len(x.B))
			if err != nil {
				return err
			}
			del := map[int]bool{}
			for _, i := range sliceIndexes(start, stop, step) {
				del[i] = true
			}
			out := make([]byte, 0, len(x.B)-len(del))
			for i, c := range x.B {
				if !del[i] {
					out = append(out, c)
				}
			}
			x.B = out
			return nil
		}
		i, err := seqIndexOf(t, k, len(x.B), "bytearray")
		if err != nil {
			return err
		}
		x.B = append(x.B[:i], x.B[i+1:]...)
		return nil
	case *Dict:
		ok, err := x.Delete(t, k)
		if err != nil {
			return err
		}
		if !ok {
			return NewException(KeyErrorType, k)
		}
		return nil
	}
	if f := userDunder(v, "__delitem__"); f != nil {
		_, err := callDunder(t, f, v, k)
		return err
	}
	return Errorf(TypeErrorType, "'%s' object doesn't support item deletion", TypeName(v))
}

// Contains reports whether x in v.
func Contains(t *Thread, v, x Value) (bool, error) {
	switch c := v.(type) {
	case *List:
		for _, it := range c.Items {
			if Is(it, x) {
				return true, nil
			}
			eq, err := Equal(t, it, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case Tuple:
		for _, it := range c {
			if Is(it, x) {
				return true, nil
			}
			eq, err := Equal(t, it, x)
			if err != nil || eq {
				return eq, err
			}
		}
		return false, nil
	case *Dict:
		_, ok, err := c.Get(t, x)
		return ok, err
	case *Set:
		if s, ok := x.(*Set); ok {
			x = &FrozenSet{d: s.d}
		}
		_, ok, err := c.d.Get(t, x)
		return ok, err
	case *FrozenSet:
		if s, ok := x.(*Set); ok {
			x = &FrozenSet{d: s.d}
		}
		_, ok, err := c.d.Get(t, x)
		return ok, err
	case *mappingProxy:
		_, ok, err := c.d.Get(t, x)
		return ok, err
	case *dictView:
		if c.kind == 2 {
			pair, ok := x.(Tuple)
			if !ok || len(pair) != 2 {
				return false, nil
			}
			v, found, err := c.d.Get(t, pair[0])
			if err != nil || !found {
				return false, err
			}
			return Equal(t, v, pair[1])
		}
		if c.kind == 0 {
			_, ok, err := c.d.Get(t, x)
			return ok, err
		}
	case Str:
		s, ok := x.(Str)
		if !ok {
			return false, Errorf(TypeErrorType, "'in <string>' requires string as left operand, not %s", TypeName(x))
		}
		return strings.Contains(string(c), string(s)), nil
	case Bytes:
		return bytesContains(t, string(c), x)
	case *ByteArray:
		return bytesContains(t, string(c.B), x)
	case *rangeValue:
		if i, ok := x.(Int); ok && c.big == nil {
			return rangeContains(c, int64(i)), nil
		}
		if i, ok := asIntValue(x); ok && isIntValue(x) {
			return c.containsBig(bigOf(i)), nil
		}
	}
	if f := userDunder(v, "__contains__"); f != nil {
		r, err := callDunder(t, f, v, x)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	if _, err := GetIter(t, v); err != nil {
		return false, Errorf(TypeErrorType, "argument of type '%s' is not iterable", TypeName(v))
	}
	found := false
	err := Iterate(t, v, func(it Value) (bool, error) {
		eq, err := Equal(t, it, x)
		if eq {
			found = true
		}
		return !eq, err
	})
	return found, err
}

// genericAlias is what list[int] and friends evaluate to.
type genericAlias struct {
	origin *Type
	args   Value
}

// argTuple is __args__: the arguments as a tuple (list[int] holds int alone).
func (g *genericAlias) argTuple() Tuple {
	if tup, ok := g.args.(Tuple); ok {
		return tup
	}
	return Tuple{g.args}
}

var genericAliasType = newBuiltinType("GenericAlias", ObjectType)

func init() {
	genericAliasType.Module = "types"
	addMethods(genericAliasType, map[string]BuiltinFunc{
		"__call__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return t.Call(payload(args[0]).(*genericAlias).origin, args[1:], kw)
		},
		"__repr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			g := payload(args[0]).(*genericAlias)
			s := qualifiedName(g.origin) + "["
			for i, it := range g.argTuple() {
				if i > 0 {
					s += ", "
				}
				r, err := aliasArgRepr(t, it)
				if err != nil {
					return nil, err
				}
				s += r
			}
			return Str(s + "]"), nil
		},
	})
}

func (*genericAlias) Type() *Type { return genericAliasType }

// ClassGetItem is the __class_getitem__ of the builtin generic classes,
// and so of their subclasses (OrderedDict, Counter): subscripting one
// makes a GenericAlias, list[int]. Go-backed module types that are
// generic (re.Pattern) take it too.
var ClassGetItem = &ClassMethod{Fn: NewBuiltin("__class_getitem__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 2 || len(kw) != 0 {
		return nil, Errorf(TypeErrorType, "__class_getitem__() takes exactly one argument (%d given)", len(args)-1)
	}
	return &genericAlias{origin: args[0].(*Type), args: args[1]}, nil
})}

func init() {
	for _, c := range []*Type{ListType, DictType, TupleType, SetType, FrozenSetType, TypeType} {
		c.Dict.SetStr("__class_getitem__", ClassGetItem)
	}
}

// aliasArgRepr is how a generic alias shows one of its arguments; a list
// (Callable's parameters) shows its items the same way.
func aliasArgRepr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case *Type:
		return qualifiedName(x), nil
	case EllipsisType:
		return "...", nil
	case *List:
		s := "["
		for i, it := range x.Items {
			if i > 0 {
				s += ", "
			}
			r, err := aliasArgRepr(t, it)
			if err != nil {
				return "", err
			}
			s += r
		}
		return s + "]", nil
	}
	return Repr(t, v)
}

// bytesContains is x in b for bytes and bytearray: a byte value (an int in
// range(256)) or a bytes-like subsequence.
func bytesContains(t *Thread, b string, x Value) (bool, error) {
	if y, ok := bytesLike(x); ok {
		return strings.Contains(b, y), nil
	}
	n, ok, err := indexOperand(t, x)
	if err != nil {
		return false, err
	}
	if !ok {
		return false, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(x))
	}
	i, isSmall := n.(Int)
	if !isSmall || i < 0 || i > 255 {
		return false, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return strings.IndexByte(b, byte(i)) >= 0, nil
}
