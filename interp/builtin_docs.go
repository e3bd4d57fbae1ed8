package interp

// Docstrings of the builtin classes, so that int.__doc__ and the like are
// strings as in CPython (the wording is rebeam's own).
func init() {
	docs := map[*Type]string{
		ObjectType:    "The base class of every class.",
		TypeType:      "type(object) returns the class of an object; type(name, bases, dict) makes a new class.",
		IntType:       "int(x=0) or int(x, base=10): an integer of arbitrary size.",
		BoolType:      "bool(x) is True when x is true, else False.",
		FloatType:     "float(x=0): a double-precision floating-point number.",
		ComplexType:   "complex(real=0, imag=0): a complex number.",
		StrType:       "str(object='') or str(bytes, encoding, errors): an immutable string of code points.",
		BytesType:     "bytes(source): an immutable sequence of bytes.",
		ByteArrayType: "bytearray(source): a mutable sequence of bytes.",
		TupleType:     "tuple(iterable=()): an immutable sequence.",
		ListType:      "list(iterable=()): a mutable sequence.",
		DictType:      "dict(mapping or iterable, **kwargs): a mapping of keys to values in insertion order.",
		SetType:       "set(iterable=()): an unordered collection of distinct hashable objects.",
		FrozenSetType: "frozenset(iterable=()): an immutable set.",
		RangeType:     "range(stop) or range(start, stop, step): an immutable sequence of integers.",
		SliceType:     "slice(stop) or slice(start, stop, step): a slice of a sequence.",
	}
	for c, d := range docs {
		if _, ok := c.Dict.GetStr("__doc__"); !ok {
			c.Dict.SetStr("__doc__", Str(d))
		}
	}
	typeChanged()
}

// readonlyBuiltinAttr returns CPython's message for assigning a data
// attribute of a builtin value (int.real, slice.start, ...), or "".
func readonlyBuiltinAttr(v Value, name string) string {
	var getset, member []string
	switch v.(type) {
	case Int, Bool, *BigInt:
		getset = []string{"real", "imag", "numerator", "denominator"}
	case Float:
		getset = []string{"real", "imag"}
	case Complex:
		member = []string{"real", "imag"}
	case *Slice:
		member = []string{"start", "stop", "step"}
	case *rangeValue:
		member = []string{"start", "stop", "step"}
	}
	for _, n := range getset {
		if n == name {
			return "attribute '" + name + "' of '" + TypeName(v) + "' objects is not writable"
		}
	}
	for _, n := range member {
		if n == name {
			return "readonly attribute"
		}
	}
	return ""
}
