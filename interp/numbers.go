package interp

import (
	"math"

	"github.com/rebeam/rebeam/internal/pynum"
	"github.com/rebeam/rebeam/internal/pystr"
	"math/big"
	"strconv"
	"strings"
)

func init() {
	IntType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var x, base Value
		if err := UnpackArgs("int", args, kw, "/x?", &x, "base?", &base); err != nil {
			return nil, err
		}
		v, err := intFromArgs(t, x, base)
		if err != nil {
			return nil, err
		}
		if cls != IntType {
			return subclassInstance(cls, v), nil
		}
		return v, nil
	}
	BoolType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var x Value = False
		if err := UnpackArgs("bool", args, kw, "x?", &x); err != nil {
			return nil, err
		}
		b, err := Truth(t, x)
		return Bool(b), err
	}
	FloatType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var x Value = Float(0)
		if err := UnpackArgs("float", args, kw, "x?", &x); err != nil {
			return nil, err
		}
		v, err := floatFrom(t, x)
		if err != nil {
			return nil, err
		}
		if cls != FloatType {
			return subclassInstance(cls, v), nil
		}
		return v, nil
	}
	ComplexType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		v, err := complexNew(t, args, kw)
		if err != nil || cls == ComplexType {
			return v, err
		}
		return subclassInstance(cls, v), nil
	}
	addMethods(IntType, map[string]BuiltinFunc{
		"bit_length": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			v, _ := asIntValue(args[0])
			return Int(new(big.Int).Abs(bigOf(v)).BitLen()), nil
		},
		"bit_count": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			v, _ := asIntValue(args[0])
			b := new(big.Int).Abs(bigOf(v))
			n := 0
			for _, w := range b.Bits() {
				for w != 0 {
					n += int(w & 1)
					w >>= 1
				}
			}
			return Int(n), nil
		},
		"conjugate": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			v, _ := asIntValue(args[0])
			return v, nil
		},
		"__index__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			v, _ := asIntValue(args[0])
			return v, nil
		},
		"__int__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			v, _ := asIntValue(args[0])
			return v, nil
		},
		"to_bytes": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			length, order := 1, "big"
			signed := false
			if err := UnpackArgs("to_bytes", args[1:], kw, "length?", &length, "byteorder?", &order, "$signed?", &signed); err != nil {
				return nil, err
			}
			bigEndian, err := isBigEndian(order)
			if err != nil {
				return nil, err
			}
			v, _ := asIntValue(args[0])
			out, e := pynum.ToBytes(pynum.IntFromBig(new(big.Int).Set(bigOf(v))), length, bigEndian, signed)
			if e != nil {
				return nil, pynumError(e, "")
			}
			return Bytes(out), nil
		},
		"__format__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			v, _ := asIntValue(args[0])
			return formatBuiltin(t, args[0], v, string(args[1].(Str)))
		},
	})
	IntType.Dict.SetStr("from_bytes", &ClassMethod{Fn: NewBuiltin("from_bytes", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var data Value
		order := "big"
		signed := false
		if err := UnpackArgs("from_bytes", args[1:], kw, "bytes", &data, "byteorder?", &order, "$signed?", &signed); err != nil {
			return nil, err
		}
		bigEndian, err := isBigEndian(order)
		if err != nil {
			return nil, err
		}
		if _, ok := data.(Str); ok {
			return nil, Errorf(TypeErrorType, "cannot convert 'str' object to bytes")
		}
		items, err := ToSlice(t, data)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.Class == TypeErrorType {
				return nil, Errorf(TypeErrorType, "cannot convert '%s' object to bytes", TypeName(data))
			}
			return nil, err
		}
		bs := make([]byte, len(items))
		for i, it := range items {
			n, err := ToIndex(it)
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, Errorf(ValueErrorType, "bytes must be in range(0, 256)")
			}
			bs[i] = byte(n)
		}
		var r Value
		x := pynum.FromBytes(bs, bigEndian, signed)
		if n, ok := x.Int64(); ok {
			r = Int(n)
		} else {
			r = MakeBig(x.Big())
		}
		if cls, ok := args[0].(*Type); ok && cls != IntType {
			return t.Call(cls, []Value{r}, nil) // a subclass makes its own instance
		}
		return r, nil
	})})
	addMethods(FloatType, map[string]BuiltinFunc{
		"is_integer": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			return Bool(f == math.Trunc(f) && !math.IsInf(f, 0)), nil
		},
		"hex": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			return Str(strconv.FormatFloat(f, 'x', -1, 64)), nil
		},
		"as_integer_ratio": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			if math.IsInf(f, 0) {
				return nil, Errorf(OverflowErrorType, "cannot convert Infinity to integer ratio")
			}
			if math.IsNaN(f) {
				return nil, Errorf(ValueErrorType, "cannot convert NaN to integer ratio")
			}
			r := new(big.Rat)
			r.SetFloat64(f)
			return Tuple{MakeBig(r.Num()), MakeBig(r.Denom())}, nil
		},
		"conjugate": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			return Float(f), nil
		},
		"__int__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			return floatToInt(f)
		},
		"__float__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			return Float(f), nil
		},
	})
	addMethods(ComplexType, map[string]BuiltinFunc{
		"conjugate": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			c, _ := complexOf(args[0])
			return Complex(complex(real(c), -imag(c))), nil
		},
		"__complex__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			c, _ := complexOf(args[0])
			return c, nil
		},
	})
	BytesType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var src Value
		var encoding, errors string
		if err := UnpackArgs("bytes", args, kw, "source?", &src, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		if src == nil {
			return Bytes(""), nil
		}
		if r, done, err := encodedSource(src, encoding, errors); done {
			return Bytes(r), err
		}
		if _, isObj := src.(*Object); isObj {
			if m := lookupDunder(src, "__bytes__"); m != nil {
				r, err := callDunder(t, m, src)
				if err != nil {
					return nil, err
				}
				if b, ok := r.(Bytes); ok {
					return b, nil
				}
				return nil, Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r))
			}
		}
		b, err := bytesFrom(t, src)
		return Bytes(b), err
	}
	ByteArrayType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var src Value
		var encoding, errors string
		if err := UnpackArgs("bytearray", args, kw, "source?", &src, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		if src == nil {
			return &ByteArray{}, nil
		}
		if r, done, err := encodedSource(src, encoding, errors); done {
			return &ByteArray{B: []byte(r)}, err
		}
		b, err := bytesFrom(t, src)
		return &ByteArray{B: []byte(b)}, err
	}
	addMethods(BytesType, map[string]BuiltinFunc{
		"__bytes__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return args[0].(Bytes), nil
		},
		"decode": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b := string(args[0].(Bytes))
			return Str(strings.ToValidUTF8(b, "\uFFFD")), nil
		},
		"hex": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b := string(args[0].(Bytes))
			var sb strings.Builder
			for i := 0; i < len(b); i++ {
				sb.WriteString(hex2(int(b[i])))
			}
			return Str(sb.String()), nil
		},
	})
	addMethods(ByteArrayType, map[string]BuiltinFunc{
		"append": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			n, err := ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			if n < 0 || n > 255 {
				return nil, Errorf(ValueErrorType, "byte must be in range(0, 256)")
			}
			a := args[0].(*ByteArray)
			a.B = append(a.B, byte(n))
			return None, nil
		},
		"decode": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Str(strings.ToValidUTF8(string(args[0].(*ByteArray).B), "\uFFFD")), nil
		},
	})
}

func bytesFrom(t *Thread, src Value) (string, error) {
	switch x := src.(type) {
	case Str:
		return string(x), nil
	case Bytes:
		return string(x), nil
	case *ByteArray:
		return string(x.B), nil
	case Int:
		if x < 0 {
			return "", Errorf(ValueErrorType, "negative count")
		}
		return strings.Repeat("\x00", int(x)), nil
	}
	items, err := ToSlice(t, src)
	if err != nil {
		return "", Errorf(TypeErrorType, "cannot convert '%s' object to bytes", TypeName(src))
	}
	b := make([]byte, len(items))
	for i, it := range items {
		n, err := ToIndex(it)
		if err != nil {
			return "", err
		}
		if n < 0 || n > 255 {
			return "", Errorf(ValueErrorType, "bytes must be in range(0, 256)")
		}
		b[i] = byte(n)
	}
	return string(b), nil
}

func floatToInt(f float64) (Value, error) {
	if math.IsInf(f, 0) {
		return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
	}
	if math.IsNaN(f) {
		return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
	}
	f = math.Trunc(f)
	if math.Abs(f) < 1<<62 {
		return Int(int64(f)), nil
	}
	return MakeBig(bigFromFloat(f)), nil
}

func intFromArgs(t *Thread, x, base Value) (Value, error) {
	if x == nil {
		if base != nil {
			return nil, Errorf(TypeErrorType, "int() missing string argument")
		}
		return Int(0), nil
	}
	if base != nil {
		b, err := ToIndex(base)
		if err != nil {
			return nil, err
		}
		if b != 0 && (b < 2 || b > 36) {
			return nil, Errorf(ValueErrorType, "int() base must be >= 2 and <= 36, or 0")
		}
		s, ok := asStr(x)
		if !ok {
			if bs, ok := x.(Bytes); ok {
				s = string(bs)
			} else {
				return nil, Errorf(TypeErrorType, "int() can't convert non-string with explicit base")
			}
		}
		if err := checkParseDigits(s, b); err != nil {
			return nil, err
		}
		v, ok := ParseInt(s, b)
		if !ok {
			return nil, Errorf(ValueErrorType, "invalid literal for int() with base %d: %s", b, strRepr(s))
		}
		return v, nil
	}
	switch v := x.(type) {
	case Int, *BigInt:
		return v, nil
	case Bool:
		r, _ := asIntValue(v)
		return r, nil
	case Float:
		return floatToInt(float64(v))
	case *ByteArray:
		return intFromArgs(t, Bytes(v.B), nil)
	case Str, Bytes:
		s := string(strSelfOrBytes(v))
		if n, ok := smallDecimal(s); ok {
			return Int(n), nil
		}
		if err := checkParseDigits(s, 10); err != nil {
			return nil, err
		}
		r, ok := ParseInt(s, 10)
		if !ok {
			return nil, Errorf(ValueErrorType, "invalid literal for int() with base 10: %s", reprNoThread(v))
		}
		return r, nil
	}
	for _, name := range []string{"__int__", "__index__", "__trunc__"} {
		if m := lookupDunder(x, name); m != nil {
			r, err := callDunder(t, m, x)
			if err != nil {
				return nil, err
			}
			if iv, ok := asIntValue(r); ok {
				return iv, nil
			}
			return nil, Errorf(TypeErrorType, "%s returned non-int (type %s)", name, TypeName(r))
		}
	}
	if o, ok := x.(*Object); ok && o.Base != nil {
		return intFromArgs(t, o.Base, nil)
	}
	return nil, Errorf(TypeErrorType, "int() argument must be a string, a bytes-like object or a real number, not '%s'", TypeName(x))
}

// smallDecimal parses s when it is 1 to 18 ASCII digits, the common case
// of int(text), without the general parser.
func smallDecimal(s string) (int64, bool) {
	if len(s) == 0 || len(s) > 18 {
		return 0, false
	}
	var n int64
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int64(c-'0')
	}
	return n, true
}

func strSelfOrBytes(v Value) string {
	switch x := v.(type) {
	case Str:
		return string(x)
	case Bytes:
		return string(x)
	}
	return ""
}

// complexNew is complex(real, imag).
func complexNew(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	var re, im Value = Float(0), nil
	if err := UnpackArgs("complex", args, kw, "real?", &re, "imag?", &im); err != nil {
		return nil, err
	}
	if s, ok := re.(Str); ok {
		if len(args) > 1 {
			return nil, Errorf(TypeErrorType, "complex() can't take second arg if first is a string")
		}
		c, e := pynum.ParseComplex(string(s))
		if e != nil {
			return nil, pynumError(e, string(s))
		}
		return Complex(c), nil
	}
	if _, plain := re.(*Object); plain {
		if m := lookupDunder(re, "__complex__"); m != nil {
			r, err := callDunder(t, m, re)
			if err != nil {
				return nil, err
			}
			if _, ok := complexOf(r); !ok {
				return nil, Errorf(TypeErrorType, "__complex__ returned non-complex (type %s)", TypeName(r))
			}
			re = r
		}
	}
	// complex(re, im) is re + im*1j, where either may be complex:
	// the real part takes -im.imag, the imaginary part re.imag +
	// im.real (assigned, not added, when re is real: -0.0 stays).
	var rr, ri float64
	reComplex := false
	if c, ok := complexOf(re); ok {
		rr, ri, reComplex = real(c), imag(c), true
	} else {
		f, err := complexPart(t, re)
		if err != nil {
			return nil, err
		}
		if f == nil {
			return nil, Errorf(TypeErrorType, "complex() first argument must be a string or a number, not '%s'", TypeName(re))
		}
		rr = *f
	}
	if im == nil {
		return Complex(complex(rr, ri)), nil
	}
	var ir, ii float64
	imComplex := false
	c, isComplex := complexOf(im)
	switch im.(type) {
	case Str:
		return nil, Errorf(TypeErrorType, "complex() second arg can't be a string")
	default:
		if isComplex {
			ir, ii, imComplex = real(c), imag(c), true
			break
		}
		f, err := complexPart(t, im)
		if err != nil {
			return nil, err
		}
		if f == nil {
			return nil, Errorf(TypeErrorType, "complex() second argument must be a number, not '%s'", TypeName(im))
		}
		ir = *f
	}
	if imComplex {
		rr -= ii
	}
	if reComplex {
		ri += ir
	} else {
		ri = ir
	}
	return Complex(complex(rr, ri)), nil
}

// complexOf is the value of a complex or of an instance of a subclass.
func complexOf(v Value) (Complex, bool) {
	switch x := v.(type) {
	case Complex:
		return x, true
	case *Object:
		if c, ok := x.Base.(Complex); ok {
			return c, true
		}
	}
	return 0, false
}

// complexPart is a real argument of complex(): a float, an int (too
// large overflows) or an object with __float__ or __index__; nil for
// anything else.
func complexPart(t *Thread, v Value) (*float64, error) {
	switch v.(type) {
	case Float, Int, Bool, *BigInt:
	case Str, Bytes, *ByteArray:
		return nil, nil
	default:
		if lookupDunder(v, "__float__") == nil && lookupDunder(v, "__index__") == nil {
			o, ok := v.(*Object)
			if !ok {
				return nil, nil
			}
			switch o.Base.(type) {
			case Float, Int, Bool, *BigInt:
			default:
				return nil, nil
			}
		}
	}
	r, err := floatFrom(t, v)
	if err != nil {
		return nil, err
	}
	f := float64(r.(Float))
	return &f, nil
}

// isBigEndian reads the byteorder argument of int.to_bytes and
// int.from_bytes.
func isBigEndian(order string) (bool, error) {
	switch order {
	case "big":
		return true, nil
	case "little":
		return false, nil
	}
	return false, Errorf(ValueErrorType, "byteorder must be either 'little' or 'big'")
}

func floatFrom(t *Thread, x Value) (Value, error) {
	switch v := x.(type) {
	case Float:
		return v, nil
	case Int, Bool, *BigInt:
		f, err := intToFloat(v)
		return Float(f), err
	case Bytes:
		return floatFrom(t, Str(v))
	case *ByteArray:
		return floatFrom(t, Str(v.B))
	case Str:
		f, e := pynum.ParseFloat(asciiDigits(string(v)))
		if e != nil {
			return nil, pynumError(e, string(v))
		}
		if f != f {
			return freshNaN(f), nil
		}
		return Float(f), nil
	}
	if m := lookupDunder(x, "__float__"); m != nil {
		r, err := callDunder(t, m, x)
		if err != nil {
			return nil, err
		}
		if f, ok := r.(Float); ok {
			return f, nil
		}
		return nil, Errorf(TypeErrorType, "%s.__float__ returned non-float (type %s)", TypeName(x), TypeName(r))
	}
	if m := lookupDunder(x, "__index__"); m != nil {
		r, err := callDunder(t, m, x)
		if err != nil {
			return nil, err
		}
		f, err := intToFloat(r)
		return Float(f), err
	}
	if o, ok := x.(*Object); ok && o.Base != nil {
		return floatFrom(t, o.Base)
	}
	return nil, Errorf(TypeErrorType, "float() argument must be a string or a real number, not '%s'", TypeName(x))
}

func parseFloat(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	low := strings.ToLower(s)
	switch strings.TrimLeft(low, "+-") {
	case "inf", "infinity":
		if strings.HasPrefix(low, "-") {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	if s == "" || strings.HasPrefix(s, "_") || strings.HasSuffix(s, "_") || strings.Contains(s, "__") || strings.ContainsAny(s, "xXpP") {
		return 0, false
	}
	s = strings.ReplaceAll(s, "_", "")
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, true
		}
		return 0, false
	}
	return f, true
}

// asciiDigits replaces Unicode decimal digits (Arabic-Indic and others)
// by their ASCII forms, as int() and float() accept them.
func asciiDigits(s string) string {
	if isASCII(s) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if r >= 0x80 {
			if d, ok := pystr.DecimalValue(r); ok {
				b.WriteByte(byte('0' + d))
				continue
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// encodedSource is the part of bytes() and bytearray() that concerns an
// encoding: a str source needs one and is encoded with it, and an
// encoding or errors given with any other source is a TypeError. done
// reports that the result (or the error) is final.
func encodedSource(src Value, encoding, errors string) (r string, done bool, err error) {
	if s, ok := src.(Str); ok {
		if encoding == "" {
			return "", true, Errorf(TypeErrorType, "string argument without an encoding")
		}
		if errors == "" {
			errors = "strict"
		}
		r, err := pystr.Encode(string(s), encoding, errors)
		if err != nil {
			return "", true, codecError(err)
		}
		return r, true, nil
	}
	if encoding != "" {
		return "", true, Errorf(TypeErrorType, "encoding without a string argument")
	}
	if errors != "" {
		return "", true, Errorf(TypeErrorType, "errors without a string argument")
	}
	return "", false, nil
}
