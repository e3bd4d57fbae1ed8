package interp

// Constructors of the builtin types that the types module exposes:
// types.MethodType(func, obj), types.MappingProxyType(mapping),
// types.ModuleType(name, doc=None) and types.GenericAlias(origin, args).
func init() {
	MethodType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 || len(args) != 2 {
			return nil, Errorf(TypeErrorType, "method expected 2 arguments, got %d", len(args)+len(kw))
		}
		if ok, err := callableValue(t, args[0]); err != nil {
			return nil, err
		} else if ok != True {
			return nil, Errorf(TypeErrorType, "first argument must be callable")
		}
		if args[1] == None {
			return nil, Errorf(TypeErrorType, "instance must not be None")
		}
		return &BoundMethod{Fn: args[0], Self: args[1]}, nil
	}
	mappingProxyType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 || len(args) != 1 {
			return nil, Errorf(TypeErrorType, "mappingproxy() takes exactly one argument (%d given)", len(args)+len(kw))
		}
		d, ok := payload(args[0]).(*Dict)
		if !ok {
			return nil, Errorf(TypeErrorType, "mappingproxy() argument must be a mapping, not %s", TypeName(args[0]))
		}
		if _, plain := args[0].(*Dict); plain {
			return &mappingProxy{d: d}, nil
		}
		return &mappingProxy{d: d, src: args[0]}, nil
	}
	ModuleType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var name, doc Value
		if err := UnpackArgs("module", args, kw, "name", &name, "doc?", &doc); err != nil {
			return nil, err
		}
		s, ok := name.(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "module.__init__() argument 'name' must be str, not %s", TypeName(name))
		}
		m := NewModule(string(s))
		if doc != nil {
			m.Dict.SetStr("__doc__", doc)
		}
		return m, nil
	}
	unionTypeType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		return nil, Errorf(TypeErrorType, "cannot create 'types.UnionType' instances")
	}
	genericAliasType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 || len(args) != 2 {
			return nil, Errorf(TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args)+len(kw))
		}
		origin, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "GenericAlias origin must be a class, not %s", TypeName(args[0]))
		}
		ga := &genericAlias{origin: origin, args: args[1]}
		if cls != genericAliasType {
			return subclassInstance(cls, ga), nil // a Python subclass of types.GenericAlias
		}
		return ga, nil
	}
	for _, name := range []string{"__origin__", "__args__"} {
		name := name
		genericAliasType.Dict.SetStr(name, &Property{Get: NewBuiltin(name, func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			g, ok := payload(args[0]).(*genericAlias)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '%s' for 'types.GenericAlias' objects doesn't apply to a '%s' object", name, TypeName(args[0]))
			}
			if name == "__origin__" {
				return g.origin, nil
			}
			return g.argTuple(), nil
		})})
	}
}

// makeUnion is a | b for union operands (classes, None, unions, generic
// aliases): flattened, with None as NoneType and duplicates dropped. It
// returns NotImplemented when an operand cannot take part in a union.
func makeUnion(a, b Value) Value {
	var out Tuple
	add := func(v Value) bool {
		switch x := v.(type) {
		case *unionType:
			for _, it := range x.args {
				out = appendUnique(out, it)
			}
			return true
		case NoneType:
			out = appendUnique(out, NoneTypeType)
			return true
		case *Type, *genericAlias:
			out = appendUnique(out, v)
			return true
		}
		return false
	}
	if !add(a) || !add(b) {
		return NotImplemented
	}
	if len(out) == 1 {
		return out[0]
	}
	return &unionType{args: out}
}

func appendUnique(ts Tuple, v Value) Tuple {
	for _, x := range ts {
		if sameTypeArg(x, v) {
			return ts
		}
	}
	return append(ts, v)
}

// sameTypeArg is == between the members of a union and the arguments of
// a generic alias (classes, aliases, tuples and lists of them, literals),
// as genericAlias.__eq__ decides it, without a thread: list[int] | list[int]
// is list[int].
func sameTypeArg(a, b Value) bool {
	switch x := a.(type) {
	case *genericAlias:
		y, ok := b.(*genericAlias)
		return ok && x.origin == y.origin && sameTypeArg(x.args, y.args)
	case Tuple:
		y, ok := b.(Tuple)
		return ok && sameTypeArgs(x, y)
	case *List:
		y, ok := b.(*List)
		return ok && sameTypeArgs(x.Items, y.Items)
	}
	if _, ok := b.(Tuple); ok {
		return false
	}
	return a == b
}

func sameTypeArgs(a, b []Value) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !sameTypeArg(a[i], b[i]) {
			return false
		}
	}
	return true
}

// unionArgRepr is how a union prints one of its members.
func unionArgRepr(t *Thread, v Value) (string, error) {
	if c, ok := v.(*Type); ok {
		if c == NoneTypeType {
			return "None", nil
		}
		return qualifiedName(c), nil
	}
	return Repr(t, v)
}

func init() {
	addMethods(unionTypeType, map[string]BuiltinFunc{
		"__or__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return makeUnion(args[0], args[1]), nil
		},
		"__ror__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return makeUnion(args[1], args[0]), nil
		},
		"__repr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s := ""
			for i, it := range args[0].(*unionType).args {
				if i > 0 {
					s += " | "
				}
				r, err := unionArgRepr(t, it)
				if err != nil {
					return nil, err
				}
				s += r
			}
			return Str(s), nil
		},
		"__eq__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a := args[0].(*unionType)
			b, ok := args[1].(*unionType)
			if !ok {
				return NotImplemented, nil
			}
			if len(a.args) != len(b.args) {
				return False, nil
			}
			for _, x := range a.args {
				found := false
				for _, y := range b.args {
					eq, err := Equal(t, x, y)
					if err != nil {
						return nil, err
					}
					if eq {
						found = true
						break
					}
				}
				if !found {
					return False, nil
				}
			}
			return True, nil
		},
		"__hash__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var h int64
			for _, x := range args[0].(*unionType).args {
				hx, err := Hash(t, x)
				if err != nil {
					return nil, err
				}
				h ^= hx
			}
			return Int(h), nil
		},
	})
	unionTypeType.Dict.SetStr("__args__", &Property{Get: NewBuiltin("__args__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return args[0].(*unionType).args, nil
	})})
	addMethods(genericAliasType, map[string]BuiltinFunc{
		// list[int] == list[int]: same origin and equal arguments
		"__eq__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a := args[0].(*genericAlias)
			b, ok := args[1].(*genericAlias)
			if !ok {
				return NotImplemented, nil
			}
			if a.origin != b.origin {
				return False, nil
			}
			eq, err := Equal(t, a.argTuple(), b.argTuple())
			return Bool(eq), err
		},
		"__hash__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			g := args[0].(*genericAlias)
			h, err := Hash(t, g.argTuple())
			if err != nil {
				return nil, err
			}
			return Int(h ^ int64(objectID(g.origin)>>4)), nil
		},
		"__or__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return makeUnion(args[0], args[1]), nil
		},
		"__ror__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return makeUnion(args[1], args[0]), nil
		},
	})
	addMethods(TypeType, map[string]BuiltinFunc{
		"__or__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return makeUnion(args[0], args[1]), nil
		},
		"__ror__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return makeUnion(args[1], args[0]), nil
		},
	})
}
