package interp

import "strings"

// Set is a Python set: a Dict whose values are unused, so that it shares
// the dict's hashing, equality and insertion order.
type Set struct{ d *Dict }

// FrozenSet is a Python frozenset.
type FrozenSet struct{ d *Dict }

// NewSet makes an empty set.
func NewSet() *Set { return &Set{d: NewDict()} }

func (*Set) Type() *Type       { return SetType }
func (*FrozenSet) Type() *Type { return FrozenSetType }

// Len returns the number of elements.
func (s *Set) Len() int { return s.d.Len() }

// Add inserts x.
func (s *Set) Add(t *Thread, x Value) error { return s.d.Set(t, x, None) }

func (s *Set) replaceWith(o *Set) { s.d = o.d }

func (fs *FrozenSet) hash(t *Thread) (int64, error) {
	// CPython's frozenset hash: an order-independent xor of the shuffled
	// item hashes, the size factored in, then dispersed.
	var h uint64
	keys := fs.d.Keys()
	for _, k := range keys {
		x, err := Hash(t, k)
		if err != nil {
			return 0, err
		}
		hx := uint64(x)
		h ^= (hx ^ (hx << 16) ^ 89869747) * 3644798167
	}
	h ^= (uint64(len(keys)) + 1) * 1927868237
	h ^= (h >> 11) ^ (h >> 25)
	h = h*69069 + 907133923
	if int64(h) == -1 {
		h = 590923713
	}
	return int64(h), nil
}

// setDict returns the dict behind a set or frozenset.
func setDict(v Value) (*Dict, bool) {
	switch x := v.(type) {
	case *Set:
		return x.d, true
	case *FrozenSet:
		return x.d, true
	case *Object:
		return setDict(x.Base)
	}
	return nil, false
}

func setFrom(t *Thread, v Value) (*Dict, error) {
	if d, ok := setDict(v); ok {
		return d, nil
	}
	d := NewDict()
	err := Iterate(t, v, func(x Value) (bool, error) { return true, d.Set(t, x, None) })
	return d, err
}

func setBinop(t *Thread, op binOp, x, y *Set) (Value, error) {
	r, err := setOp(t, op, x.d, y.d)
	if err != nil || r == nil {
		return NotImplemented, err
	}
	return &Set{d: r}, nil
}

func setOp(t *Thread, op binOp, a, b *Dict) (*Dict, error) {
	r := NewDict()
	switch op {
	case opOr:
		r = a.Copy()
		for _, k := range b.Keys() {
			if err := r.Set(t, k, None); err != nil {
				return nil, err
			}
		}
	case opAnd:
		for _, k := range a.Keys() {
			if _, ok, _ := b.Get(t, k); ok {
				r.Set(t, k, None)
			}
		}
	case opSub:
		for _, k := range a.Keys() {
			if _, ok, _ := b.Get(t, k); !ok {
				r.Set(t, k, None)
			}
		}
	case opXor:
		for _, k := range a.Keys() {
			if _, ok, _ := b.Get(t, k); !ok {
				r.Set(t, k, None)
			}
		}
		for _, k := range b.Keys() {
			if _, ok, _ := a.Get(t, k); !ok {
				r.Set(t, k, None)
			}
		}
	default:
		return nil, nil
	}
	return r, nil
}

func subset(t *Thread, a, b *Dict) bool {
	if a.Len() > b.Len() {
		return false
	}
	for _, k := range a.Keys() {
		if _, ok, _ := b.Get(t, k); !ok {
			return false
		}
	}
	return true
}

func setCompare(t *Thread, op cmpOp, x, y *Set) (Value, error) {
	a, b := x.d, y.d
	switch op {
	case cmpEq:
		return Bool(a.Len() == b.Len() && subset(t, a, b)), nil
	case cmpNe:
		return Bool(!(a.Len() == b.Len() && subset(t, a, b))), nil
	case cmpLe:
		return Bool(subset(t, a, b)), nil
	case cmpLt:
		return Bool(a.Len() < b.Len() && subset(t, a, b)), nil
	case cmpGe:
		return Bool(subset(t, b, a)), nil
	}
	return Bool(a.Len() > b.Len() && subset(t, b, a)), nil
}

func setRepr(t *Thread, s *Set) (string, error) {
	if s.Len() == 0 {
		return "set()", nil
	}
	return joinReprs(t, "{", setOrder(t, s.d), "}")
}

// setSubclassRepr is repr() of an instance of a set or frozenset subclass:
// the subclass's name around the elements, "Name({1, 2})" or "Name()".
func setSubclassRepr(t *Thread, v Value) (string, error) {
	d, _ := setDict(v)
	name := v.Type().Name
	if d.Len() == 0 {
		return name + "()", nil
	}
	r, err := joinReprs(t, "{", setOrder(t, d), "}")
	return name + "(" + r + ")", err
}

func init() {
	for _, c := range []*Type{SetType, FrozenSetType} {
		c.Dict.SetStr("__repr__", &Builtin{Name: "__repr__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var s string
			var err error
			switch x := args[0].(type) {
			case *Set:
				s, err = setRepr(t, x)
			case *FrozenSet:
				s, err = frozenSetRepr(t, x)
			default:
				s, err = setSubclassRepr(t, x)
			}
			return Str(s), err
		}})
	}
	SetType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		s := NewSet()
		if cls != SetType {
			return subclassInstance(cls, s), nil
		}
		return s, nil
	}
	FrozenSetType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var src Value
		if err := UnpackArgs("frozenset", args, kw, "iterable?", &src); err != nil {
			return nil, err
		}
		if fs, ok := src.(*FrozenSet); ok && cls == FrozenSetType {
			return fs, nil
		}
		d := NewDict()
		if src != nil {
			var err error
			if d, err = setFrom(t, src); err != nil {
				return nil, err
			}
			d = d.Copy()
		}
		if cls != FrozenSetType {
			return subclassInstance(cls, &FrozenSet{d: d}), nil
		}
		return &FrozenSet{d: d}, nil
	}
	self := func(v Value) *Set {
		switch x := v.(type) {
		case *Set:
			return x
		case *Object:
			s, _ := x.Base.(*Set)
			return s
		}
		return nil
	}
	others := func(t *Thread, op binOp, args []Value) (*Dict, error) {
		d, _ := setDict(args[0])
		r := d
		for _, o := range args[1:] {
			od, err := setFrom(t, o)
			if err != nil {
				return nil, err
			}
			if r, err = setOp(t, op, r, od); err != nil {
				return nil, err
			}
		}
		return r, nil
	}
	wrap := func(v Value, d *Dict) Value {
		// the result is a plain set or frozenset, for subclasses too
		if _, ok := payload(v).(*FrozenSet); ok {
			return &FrozenSet{d: d}
		}
		return &Set{d: d}
	}
	common := map[string]BuiltinFunc{
		"union": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opOr, args)
			if len(args) == 1 {
				d = d.Copy()
			}
			return wrap(args[0], d), err
		},
		"intersection": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opAnd, args)
			if len(args) == 1 {
				d = d.Copy()
			}
			return wrap(args[0], d), err
		},
		"difference": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opSub, args)
			if len(args) == 1 {
				d = d.Copy()
			}
			return wrap(args[0], d), err
		},
		"symmetric_difference": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opXor, args)
			return wrap(args[0], d), err
		},
		"issubset": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a, _ := setDict(args[0])
			b, err := setFrom(t, args[1])
			return Bool(subset(t, a, b)), err
		},
		"issuperset": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a, _ := setDict(args[0])
			b, err := setFrom(t, args[1])
			return Bool(subset(t, b, a)), err
		},
		"isdisjoint": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a, _ := setDict(args[0])
			b, err := setFrom(t, args[1])
			if err != nil {
				return nil, err
			}
			r, _ := setOp(t, opAnd, a, b)
			return Bool(r.Len() == 0), nil
		},
		"copy": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if fs, ok := args[0].(*FrozenSet); ok {
				return fs, nil
			}
			a, _ := setDict(args[0])
			return wrap(args[0], a.Copy()), nil
		},
	}
	addMethods(SetType, common)
	addMethods(FrozenSetType, common)
	addMethods(SetType, map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s := self(args[0])
			var src Value
			if err := UnpackArgs("set", args[1:], kw, "iterable?", &src); err != nil {
				return nil, err
			}
			s.d = NewDict()
			if src != nil {
				d, err := setFrom(t, src)
				if err != nil {
					return nil, err
				}
				s.d = d.Copy()
			}
			return None, nil
		},
		"add": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "set.add() takes exactly one argument (%d given)", len(args)-1)
			}
			return None, self(args[0]).Add(t, args[1])
		},
		"discard": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			_, err := self(args[0]).d.Delete(t, args[1])
			return None, err
		},
		"remove": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			ok, err := self(args[0]).d.Delete(t, args[1])
			if err == nil && !ok {
				err = NewException(KeyErrorType, args[1])
			}
			return None, err
		},
		"pop": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s := self(args[0])
			ks := setOrder(t, s.d)
			if len(ks) == 0 {
				return nil, Errorf(KeyErrorType, "pop from an empty set")
			}
			s.d.Delete(t, ks[0])
			return ks[0], nil
		},
		"clear": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			self(args[0]).d.Clear()
			return None, nil
		},
		"update": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opOr, args)
			if err == nil {
				self(args[0]).d = d
			}
			return None, err
		},
		"intersection_update": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opAnd, args)
			if err == nil {
				self(args[0]).d = d
			}
			return None, err
		},
		"difference_update": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opSub, args)
			if err == nil {
				self(args[0]).d = d
			}
			return None, err
		},
		"symmetric_difference_update": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d, err := others(t, opXor, args)
			if err == nil {
				self(args[0]).d = d
			}
			return None, err
		},
	})
}

func frozenSetRepr(t *Thread, s *FrozenSet) (string, error) {
	if s.d.Len() == 0 {
		return "frozenset()", nil
	}
	r, err := joinReprs(t, "{", setOrder(t, s.d), "}")
	return "frozenset(" + r + ")", err
}

var _ = strings.Join

// setOrder returns a set's elements in the order CPython would iterate
// them. CPython's set is an open-addressing table (linear probes of 9,
// then perturbed jumps, resized at 60% fill), so a set of small ints
// iterates in hash order rather than insertion order; programs print sets
// and rely on that. The table is simulated from the elements in insertion
// order, which matches CPython except after deletions.
func setOrder(t *Thread, d *Dict) []Value {
	keys := d.Keys()
	if len(keys) < 2 {
		return keys
	}
	type slot struct {
		key  Value
		hash uint64
		used bool
	}
	table := make([]slot, 8)
	insert := func(tbl []slot, key Value, h uint64) {
		mask := uint64(len(tbl) - 1)
		i := h & mask
		perturb := h
		for {
			if !tbl[i].used {
				tbl[i] = slot{key: key, hash: h, used: true}
				return
			}
			if i+9 <= mask {
				for j := uint64(1); j <= 9; j++ {
					if !tbl[i+j].used {
						tbl[i+j] = slot{key: key, hash: h, used: true}
						return
					}
				}
			}
			perturb >>= 5
			i = (i*5 + 1 + perturb) & mask
		}
	}
	fill := 0
	for _, k := range keys {
		h, err := Hash(t, k)
		if err != nil {
			return keys
		}
		insert(table, k, uint64(h))
		fill++
		mask := len(table) - 1
		if fill*5 >= mask*3 {
			minused := fill * 4
			if fill > 50000 {
				minused = fill * 2
			}
			size := 8
			for size <= minused {
				size <<= 1
			}
			nt := make([]slot, size)
			for _, s := range table {
				if s.used {
					insert(nt, s.key, s.hash)
				}
			}
			table = nt
		}
	}
	out := make([]Value, 0, len(keys))
	for _, s := range table {
		if s.used {
			out = append(out, s.key)
		}
	}
	return out
}
