package interp

import "math"

// The special methods of the builtin types, as Python sees them
// (int.__add__, str.__len__, list.__getitem__, ...). The VM's fast paths
// do not use them; they exist so that user subclasses, super() and
// explicit calls such as int.__add__(1, 2) find the behaviour, and they
// run the same Go code as the fast paths, on the builtin payload.

func payload(v Value) Value {
	if o, ok := v.(*Object); ok && o.Base != nil {
		return o.Base
	}
	return v
}

// operand is the right operand b of a op b as a builtin method takes it:
// its builtin value, except for the arguments of str % args and
// bytes % args, which format the objects themselves (their own __str__).
func operand(op binOp, a, b Value) Value {
	if op == opMod {
		switch payload(a).(type) {
		case Str, Bytes:
			return b
		}
	}
	return payload(b)
}

func init() {
	numeric := []*Type{IntType, FloatType, ComplexType, BoolType}
	sequences := []*Type{StrType, BytesType, ListType, TupleType}
	containers := []*Type{StrType, BytesType, ListType, TupleType, DictType, SetType, FrozenSetType, RangeType, ByteArrayType}
	for op := opAdd; op <= opFloorDiv; op++ {
		op := op
		names := binOpDunders[op]
		fwd := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			return builtinBinop(t, op, payload(args[0]), operand(op, args[0], args[1]))
		}
		rev := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			return builtinBinop(t, op, payload(args[1]), operand(op, args[1], args[0]))
		}
		targets := append(append([]*Type{}, numeric...), sequences...)
		targets = append(targets, DictType, SetType, FrozenSetType)
		for _, c := range targets {
			c.Dict.SetStr(names[0], &Builtin{Name: names[0], Owner: c, Fn: fwd})
			c.Dict.SetStr(names[1], &Builtin{Name: names[1], Owner: c, Fn: rev})
		}
	}
	for op := cmpEq; op <= cmpGe; op++ {
		op := op
		fn := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			a, b := payload(args[0]), payload(args[1])
			if !isPlain(b) {
				return NotImplemented, nil
			}
			// int's comparisons know only ints; a float compares with an
			// int through float's reflected method.
			if _, aInt := asIntValue(a); aInt {
				if _, bInt := asIntValue(b); !bInt {
					return NotImplemented, nil
				}
			}
			return builtinCompare(t, op, a, b)
		}
		for _, c := range append(append([]*Type{}, numeric...), containers...) {
			c.Dict.SetStr(cmpDunders[op], &Builtin{Name: cmpDunders[op], Owner: c, Fn: fn})
		}
	}
	unary := map[string]func(t *Thread, v Value) (Value, error){
		"__repr__": func(t *Thread, v Value) (Value, error) {
			s, err := builtinReprPayload(t, v)
			return Str(s), err
		},
		"__hash__": func(t *Thread, v Value) (Value, error) {
			h, err := Hash(t, v)
			return Int(h), err
		},
		"__bool__": func(t *Thread, v Value) (Value, error) {
			b, err := Truth(t, v)
			return Bool(b), err
		},
	}
	for name, f := range unary {
		f := f
		fn := func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return f(t, payload(args[0])) }
		for _, c := range append(append([]*Type{}, numeric...), containers...) {
			if _, ok := c.Dict.GetStr(name); !ok {
				c.Dict.SetStr(name, &Builtin{Name: name, Owner: c, Fn: fn})
			}
		}
	}
	for _, c := range []*Type{ListType, DictType, SetType, ByteArrayType, DictKeysType, DictItemsType, mappingProxyType} {
		c.Dict.SetStr("__hash__", None)
	}
	for _, c := range numeric {
		c.Dict.SetStr("__neg__", &Builtin{Name: "__neg__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return unaryOp(t, '-', payload(args[0])) }})
		c.Dict.SetStr("__pos__", &Builtin{Name: "__pos__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return unaryOp(t, '+', payload(args[0])) }})
		c.Dict.SetStr("__abs__", &Builtin{Name: "__abs__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return absValue(t, payload(args[0])) }})
	}
	for _, c := range []*Type{IntType, FloatType, BoolType} {
		c.Dict.SetStr("__divmod__", &Builtin{Name: "__divmod__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if !isPlain(payload(args[1])) {
				return NotImplemented, nil
			}
			return builtinDivmod(t, []Value{payload(args[0]), payload(args[1])}, nil)
		}})
		c.Dict.SetStr("__rdivmod__", &Builtin{Name: "__rdivmod__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if !isPlain(payload(args[1])) {
				return NotImplemented, nil
			}
			return builtinDivmod(t, []Value{payload(args[1]), payload(args[0])}, nil)
		}})
	}
	IntType.Dict.SetStr("__invert__", &Builtin{Name: "__invert__", Owner: IntType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return unaryOp(t, '~', payload(args[0])) }})
	for _, c := range []*Type{IntType, FloatType} {
		c.Dict.SetStr("__float__", &Builtin{Name: "__float__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return floatFrom(t, payload(args[0])) }})
		c.Dict.SetStr("__floor__", &Builtin{Name: "__floor__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if f, ok := payload(args[0]).(Float); ok {
				return floatToInt(math.Floor(float64(f)))
			}
			return intFromArgs(t, payload(args[0]), nil)
		}})
		c.Dict.SetStr("__round__", &Builtin{Name: "__round__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return builtinRound(t, append([]Value{payload(args[0])}, args[1:]...), kw)
		}})
		c.Dict.SetStr("__trunc__", &Builtin{Name: "__trunc__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return intFromArgs(t, payload(args[0]), nil) }})
	}
	for _, c := range containers {
		c := c
		c.Dict.SetStr("__len__", &Builtin{Name: "__len__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return lenValue(t, payload(args[0])) }})
		c.Dict.SetStr("__contains__", &Builtin{Name: "__contains__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			r, err := Contains(t, payload(args[0]), args[1])
			return Bool(r), err
		}})
		if c != DictType {
			c.Dict.SetStr("__iter__", &Builtin{Name: "__iter__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return GetIter(t, payload(args[0])) }})
		}
		if c != DictType && c != SetType && c != FrozenSetType {
			c.Dict.SetStr("__getitem__", &Builtin{Name: "__getitem__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return GetItem(t, payload(args[0]), args[1]) }})
		}
	}
	for _, c := range []*Type{ListType, ByteArrayType} {
		c.Dict.SetStr("__setitem__", &Builtin{Name: "__setitem__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, SetItem(t, payload(args[0]), args[1], args[2])
		}})
		c.Dict.SetStr("__delitem__", &Builtin{Name: "__delitem__", Owner: c, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, DelItem(t, payload(args[0]), args[1])
		}})
	}
	StrType.Dict.SetStr("__str__", &Builtin{Name: "__str__", Owner: StrType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return payload(args[0]), nil
	}})
	StrType.Dict.SetStr("__format__", &Builtin{Name: "__format__", Owner: StrType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return formatBuiltin(t, args[0], payload(args[0]), strSelf(args[1]))
	}})
	FloatType.Dict.SetStr("__format__", &Builtin{Name: "__format__", Owner: FloatType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return formatBuiltin(t, args[0], payload(args[0]), strSelf(args[1]))
	}})
	// Every builtin type with a Go constructor exposes it as __new__, so
	// that super().__new__(cls, ...) in a subclass reaches it.
	for _, c := range append([]*Type{IntType, FloatType, ComplexType, StrType, BytesType, TupleType, FrozenSetType, ListType, DictType, SetType, genericAliasType}, exceptionTypes...) {
		c := c
		c.Dict.SetStr("__new__", &StaticMethod{Fn: &Builtin{Name: "__new__", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 1 {
				return nil, Errorf(TypeErrorType, "%s.__new__(): not enough arguments", c.Name)
			}
			cls, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "%s.__new__(X): X is not a type object (%s)", c.Name, TypeName(args[0]))
			}
			if !IsSubtype(cls, c) {
				return nil, Errorf(TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", c.Name, cls.Name, cls.Name, c.Name)
			}
			newer := c.New
			if newer == nil {
				newer = builtinNew(c)
			}
			v, err := newer(t, cls, args[1:], kw)
			if err != nil {
				return nil, err
			}
			if cls != c && c.Builtin && !IsSubtype(c, BaseExceptionType) {
				if _, isObj := v.(*Object); !isObj {
					return subclassInstance(cls, v), nil
				}
			}
			return v, nil
		}}})
	}
}

// builtinReprPayload is repr of a builtin payload, bypassing a subclass's
// __repr__.
func builtinReprPayload(t *Thread, v Value) (string, error) {
	switch v.(type) {
	case Str, Int, Bool, NoneType:
		return Repr(t, v)
	}
	return builtinRepr(t, v)
}
