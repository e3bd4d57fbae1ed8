package interp

import (
	"encoding/binary"
	"math"

	"github.com/rebeam/rebeam/internal/pynum"
	"github.com/rebeam/rebeam/internal/pystr"
)

// The str and float methods whose exact CPython behaviour lives in the
// shared leaf libraries internal/pystr and internal/pynum.

// pynumError converts a pynum error to the Python exception; subject is
// appended in repr form when the message asks for it.
func pynumError(e *pynum.Error, subject string) *Exception {
	cls := ValueErrorType
	for _, c := range exceptionTypes {
		if c.Name == e.Class {
			cls = c
		}
	}
	msg := e.Msg
	if e.NeedRepr {
		msg += strRepr(subject)
	}
	return Errorf(cls, "%s", msg)
}

// searchBounds reads the optional start and end arguments of the str
// search methods, None meaning absent.
func searchBounds(args []Value) (start, end int, err error) {
	start, end = 0, math.MaxInt32
	if len(args) > 1 && args[1] != None {
		if start, err = ToIndex(args[1]); err != nil {
			return
		}
	}
	if len(args) > 2 && args[2] != None {
		if end, err = ToIndex(args[2]); err != nil {
			return
		}
	}
	return
}

// longStrSearch runs byteFn, a bytes search (find, rfind or count), on the
// str s of at least strInfoMin bytes, with code point bounds start and end;
// a find's result is a code point index.
func longStrSearch(s, sub string, start, end int, counts bool, byteFn func(s, sub string, start, end int) int) int {
	in := strInfoOf(s)
	if in.ascii {
		return byteFn(s, sub, start, end)
	}
	n := in.n
	if end > n {
		end = n
	} else if end < 0 {
		end = max(end+n, 0)
	}
	if start < 0 {
		start = max(start+n, 0)
	}
	if start > end {
		if counts {
			return 0
		}
		return -1
	}
	if counts && sub == "" {
		return end - start + 1
	}
	r := byteFn(s, sub, runeOffset(s, start), runeOffset(s, end))
	if !counts && r >= 0 {
		r = byteToRuneIndex(s, r)
	}
	return r
}

func init() {
	caseFns := map[string]func(string) string{
		"upper": pystr.Upper, "lower": pystr.Lower, "casefold": pystr.Casefold,
		"swapcase": pystr.SwapCase, "title": pystr.Title, "capitalize": pystr.Capitalize,
	}
	for name, fn := range caseFns {
		fn := fn
		StrType.Dict.SetStr(name, &Builtin{Name: name, Owner: StrType, Fn: strMethod(name, func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			if len(args) > 0 {
				return nil, Errorf(TypeErrorType, "str.%s() takes no arguments (%d given)", name, len(args))
			}
			return Str(fn(s)), nil
		})})
	}
	preds := map[string]func(string) bool{
		"isalpha": pystr.IsAlpha, "isalnum": pystr.IsAlnum, "isdecimal": pystr.IsDecimal,
		"isdigit": pystr.IsDigit, "isnumeric": pystr.IsNumeric, "isspace": pystr.IsSpace,
		"isprintable": pystr.IsPrintable, "isidentifier": pystr.IsIdentifier,
		"islower": pystr.IsLower, "isupper": pystr.IsUpper, "istitle": pystr.IsTitle,
		"isascii": pystr.IsASCII,
	}
	for name, fn := range preds {
		fn := fn
		StrType.Dict.SetStr(name, &Builtin{Name: name, Owner: StrType, Fn: strMethod(name, func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return Bool(fn(s)), nil
		})})
	}
	search := func(name string, raise, counts bool, fn, byteFn func(s, sub string, start, end int) int) {
		StrType.Dict.SetStr(name, &Builtin{Name: name, Owner: StrType, Fn: strMethod(name, func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 1 || len(args) > 3 {
				return nil, Errorf(TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
			}
			sub, ok := asStr(args[0])
			if !ok {
				return nil, Errorf(TypeErrorType, "must be str, not %s", TypeName(args[0]))
			}
			start, end, err := searchBounds(args)
			if err != nil {
				return nil, err
			}
			var r int
			if len(s) >= strInfoMin {
				// a long str: its cached index turns code point offsets
				// into byte offsets and back without scanning it
				r = longStrSearch(s, sub, start, end, counts, byteFn)
			} else {
				r = fn(s, sub, start, end)
			}
			if raise && r < 0 {
				return nil, Errorf(ValueErrorType, "substring not found")
			}
			return Int(r), nil
		})})
	}
	search("find", false, false, pystr.Find, pystr.BytesFind)
	search("rfind", false, false, pystr.RFind, pystr.BytesRFind)
	search("index", true, false, pystr.Find, pystr.BytesFind)
	search("rindex", true, false, pystr.RFind, pystr.BytesRFind)
	search("count", false, true, pystr.Count, pystr.BytesCount)
	addMethods(FloatType, map[string]BuiltinFunc{
		"hex": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			return Str(pynum.FloatHex(f)), nil
		},
		"__ceil__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			f, _ := ToFloat(args[0])
			return floatToInt(math.Ceil(f))
		},
	})
	FloatType.Dict.SetStr("fromhex", &ClassMethod{Fn: NewBuiltin("fromhex", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "fromhex() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := asStr(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "must be str, not %s", TypeName(args[1]))
		}
		f, e := pynum.FloatFromHex(s)
		if e != nil {
			return nil, pynumError(e, s)
		}
		return Float(f), nil
	})})
	FloatType.Dict.SetStr("__getformat__", &ClassMethod{Fn: NewBuiltin("__getformat__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "__getformat__() takes exactly one argument (%d given)", len(args)-1)
		}
		s, ok := asStr(args[1])
		if !ok {
			return nil, Errorf(TypeErrorType, "__getformat__() argument must be str, not %s", TypeName(args[1]))
		}
		if s != "double" && s != "float" {
			return nil, Errorf(ValueErrorType, "__getformat__() argument 1 must be 'double' or 'float'")
		}
		// Go's float32 and float64 are IEEE 754, in the machine's byte order.
		if binary.NativeEndian.Uint16([]byte{1, 0}) == 1 {
			return Str("IEEE, little-endian"), nil
		}
		return Str("IEEE, big-endian"), nil
	})})
	IntType.Dict.SetStr("__ceil__", &Builtin{Name: "__ceil__", Owner: IntType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		v, _ := asIntValue(args[0])
		return v, nil
	}})
	IntType.Dict.SetStr("as_integer_ratio", &Builtin{Name: "as_integer_ratio", Owner: IntType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		v, _ := asIntValue(args[0])
		return Tuple{v, Int(1)}, nil
	}})
	StrType.Dict.SetStr("format_map", &Builtin{Name: "format_map", Owner: StrType, Fn: strMethod("format_map", func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "str.format_map() takes exactly one argument (%d given)", len(args))
		}
		return strFormatMapping(t, s, args[0])
	})})
}
