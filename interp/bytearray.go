package interp

// bytearray's mutating methods beyond those in numbers.go and
// wire_libs_bytes.go.

func byteValue(v Value) (byte, error) {
	n, err := ToIndex(v)
	if err != nil {
		if _, big := v.(*BigInt); big {
			return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
		}
		return 0, err
	}
	if n < 0 || n > 255 {
		return 0, Errorf(ValueErrorType, "byte must be in range(0, 256)")
	}
	return byte(n), nil
}

func init() {
	addMethods(ByteArrayType, map[string]BuiltinFunc{
		"insert": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 3 {
				return nil, Errorf(TypeErrorType, "insert expected 2 arguments, got %d", len(args)-1)
			}
			a := args[0].(*ByteArray)
			i, err := ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			b, err := byteValue(args[2])
			if err != nil {
				return nil, err
			}
			n := len(a.B)
			if i < 0 {
				i = max(i+n, 0)
			}
			i = min(i, n)
			a.B = append(a.B, 0)
			copy(a.B[i+1:], a.B[i:n])
			a.B[i] = b
			return None, nil
		},
		"remove": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "bytearray.remove() takes exactly one argument (%d given)", len(args)-1)
			}
			a := args[0].(*ByteArray)
			b, err := byteValue(args[1])
			if err != nil {
				return nil, err
			}
			for i, c := range a.B {
				if c == b {
					a.B = append(a.B[:i], a.B[i+1:]...)
					return None, nil
				}
			}
			return nil, Errorf(ValueErrorType, "value not found in bytearray")
		},
		"__iadd__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a := args[0].(*ByteArray)
			b, ok := bytesLike(args[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "can't concat %s to bytearray", TypeName(args[1]))
			}
			a.B = append(a.B, b...)
			return a, nil
		},
		"__imul__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a := args[0].(*ByteArray)
			n, err := ToIndex(args[1])
			if err != nil {
				return nil, Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(args[1]))
			}
			if n <= 0 {
				a.B = a.B[:0]
				return a, nil
			}
			orig := append([]byte(nil), a.B...)
			for i := 1; i < n; i++ {
				a.B = append(a.B, orig...)
			}
			return a, nil
		},
	})
	ByteArrayType.Dict.SetStr("__hash__", None)
}

// byteArrayBinop is bytearray + bytes-like, bytearray * n and
// bytearray % args; ok is false for other operands.
func byteArrayBinop(t *Thread, op binOp, x *ByteArray, b Value) (Value, bool, error) {
	switch op {
	case opAdd:
		if y, ok := bytesLike(b); ok {
			out := make([]byte, 0, len(x.B)+len(y))
			out = append(append(out, x.B...), y...)
			return &ByteArray{B: out}, true, nil
		}
	case opMul:
		if n, ok := asIntValue(b); ok {
			k, err := repeatCount(n, len(x.B))
			if err != nil {
				return nil, true, err
			}
			out := make([]byte, 0, k*len(x.B))
			for i := 0; i < k; i++ {
				out = append(out, x.B...)
			}
			return &ByteArray{B: out}, true, nil
		}
	case opMod:
		r, err := bytesPercentFormat(t, string(x.B), b)
		if err != nil {
			return nil, true, err
		}
		return &ByteArray{B: []byte(r.(Bytes))}, true, nil
	}
	return nil, false, nil
}
