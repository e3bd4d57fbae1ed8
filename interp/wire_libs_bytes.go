package interp

import (
	"strings"

	"github.com/rebeam/rebeam/internal/pystr"
)

// This file's init must run after str.go's and wire_libs.go's, which fill
// StrType.Dict, hence its name.
//
// The bytes and bytearray methods that mirror str methods run the str
// implementation on the bytes read as Latin-1 (one character per byte, so
// that offsets, lengths and widths count bytes), converting arguments and
// results between Bytes and Str; the case mappings, the predicates and the
// whitespace and line-break splitting use the ASCII-only versions bytes
// has.

// bytesToStrArg converts a bytes-like argument to the str of the same
// bytes (UTF-8 if they are), for methods that do not count characters.
func bytesToStrArg(v Value) Value {
	return mapBytesArg(v, func(b string) Str { return Str(b) })
}

// bytesAsChars is bytesToStrArg reading each byte as one character
// (Latin-1), for the str methods that count characters.
func bytesAsChars(v Value) Value {
	return mapBytesArg(v, latin1Str)
}

// mapBytesArg converts a bytes-like argument, or each one in a tuple or
// list of them, to a str with conv; other values stay as they are.
func mapBytesArg(v Value, conv func(string) Str) Value {
	switch x := v.(type) {
	case Bytes:
		return conv(string(x))
	case *ByteArray:
		return conv(string(x.B))
	case *MemoryView:
		return conv(x.bytes())
	case Tuple:
		out := make(Tuple, len(x))
		for i, e := range x {
			out[i] = mapBytesArg(e, conv)
		}
		return out
	case *List:
		out := make([]Value, len(x.Items))
		for i, e := range x.Items {
			out[i] = mapBytesArg(e, conv)
		}
		return NewList(out)
	}
	return v
}

// latin1Str returns the str whose characters are the bytes of b.
func latin1Str(b string) Str {
	return Str(pystr.Latin1(b))
}

// latin1Bytes undoes latin1Str. A character past U+00FF, which only a str
// argument wrongly given to a bytes method brings, keeps its UTF-8 bytes.
func latin1Bytes(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			b := make([]byte, 0, len(s))
			for _, r := range s {
				if r < 0x100 {
					b = append(b, byte(r))
				} else {
					b = append(b, string(r)...)
				}
			}
			return string(b)
		}
	}
	return s
}

// charsToBytesResult is strToBytesResult for the results of bytesAsChars.
func charsToBytesResult(v Value, array bool) Value {
	return mapStrResult(v, array, latin1Bytes)
}

// strToBytesResult turns a str result of a str method run on bytes (or
// each one in a tuple or list) into bytes, or a bytearray when array is
// set; other values stay as they are.
func strToBytesResult(v Value, array bool) Value {
	return mapStrResult(v, array, func(s string) string { return s })
}

func mapStrResult(v Value, array bool, conv func(string) string) Value {
	switch x := v.(type) {
	case Str:
		b := conv(string(x))
		if array {
			return &ByteArray{B: []byte(b)}
		}
		return Bytes(b)
	case Tuple:
		out := make(Tuple, len(x))
		for i, e := range x {
			out[i] = mapStrResult(e, array, conv)
		}
		return out
	case *List:
		for i, e := range x.Items {
			x.Items[i] = mapStrResult(e, array, conv)
		}
		return x
	}
	return v
}

// isStrValue reports whether v is a str (or a str subclass instance).
func isStrValue(v Value) bool {
	_, ok := asStr(v)
	return ok
}

// bytesMethodArg checks argument i of a bytes method that mirrors str's:
// where str takes a str, bytes takes a bytes-like object (the search
// methods also an int, the byte), never a str.
func bytesMethodArg(name string, i int, a Value) (Value, error) {
	switch name {
	case "find", "rfind", "index", "rindex", "count":
		if i != 1 {
			return a, nil
		}
		if n, ok := asIntValue(a); ok {
			b := bigOf(n)
			if !b.IsInt64() || b.Int64() < 0 || b.Int64() > 255 {
				return nil, Errorf(ValueErrorType, "byte must be in range(0, 256)")
			}
			return Bytes([]byte{byte(b.Int64())}), nil
		}
		if _, ok := a.(Str); ok {
			return nil, Errorf(TypeErrorType, "argument should be integer or bytes-like object, not 'str'")
		}
	case "startswith", "endswith":
		if i != 1 {
			return a, nil
		}
		switch x := a.(type) {
		case Bytes, *ByteArray, *MemoryView:
		case Tuple:
			for _, e := range x {
				switch e.(type) {
				case Bytes, *ByteArray, *MemoryView:
				default:
					return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(e))
				}
			}
		default:
			return nil, Errorf(TypeErrorType, "%s first arg must be bytes or a tuple of bytes, not %s", name, TypeName(a))
		}
	case "center", "ljust", "rjust":
		if i != 2 {
			return a, nil
		}
		switch x := a.(type) {
		case Bytes:
			if len(x) == 1 {
				return a, nil
			}
		case *ByteArray:
			if len(x.B) == 1 {
				return a, nil
			}
		}
		return nil, Errorf(TypeErrorType, "%s() argument 2 must be a byte string of length 1, not %s", name, TypeName(a))
	default:
		if _, ok := a.(Str); ok {
			return nil, Errorf(TypeErrorType, "a bytes-like object is required, not 'str'")
		}
	}
	return a, nil
}

func init() {
	mirrored := []string{"count", "split", "rsplit", "startswith", "endswith",
		"find", "rfind", "index", "rindex", "replace", "join", "partition", "rpartition", "isdigit", "isalpha",
		"isspace", "isalnum", "islower", "isupper", "istitle", "center", "ljust", "rjust", "zfill",
		"removeprefix", "removesuffix", "splitlines", "expandtabs", "isascii"}
	for _, target := range []*Type{BytesType, ByteArrayType} {
		array := target == ByteArrayType
		for _, name := range mirrored {
			m, ok := StrType.Dict.GetStr(name)
			if !ok {
				continue
			}
			strFn := m.(*Builtin).Fn
			name := name
			target.Dict.SetStr(name, &Builtin{Name: name, Owner: target, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				if err := refuseKeywords(target.Name, name, kw); err != nil {
					return nil, err
				}
				conv := make([]Value, len(args))
				for i, a := range args {
					if i > 0 && name != "join" {
						var err error
						if a, err = bytesMethodArg(name, i, a); err != nil {
							return nil, err
						}
					}
					if name == "join" && i == 1 {
						items, err := ToSlice(t, a)
						if err != nil {
							return nil, err
						}
						for j, it := range items {
							switch it.(type) {
							case Bytes, *ByteArray, *MemoryView:
							default:
								return nil, Errorf(TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", j, TypeName(it))
							}
						}
						conv[i] = bytesAsChars(NewList(items))
						continue
					}
					conv[i] = bytesAsChars(a)
				}
				convKw := make([]Kwarg, len(kw))
				for i, k := range kw {
					convKw[i] = Kwarg{Name: k.Name, Value: bytesAsChars(k.Value)}
				}
				if r, ok, err := asciiBytesMethod(target.Name, name, conv, convKw); ok {
					return charsToBytesResult(r, array), err
				}
				r, err := strFn(t, conv, convKw)
				if err != nil {
					if (name == "index" || name == "rindex") && IsSubtype(err.(*Exception).Type(), ValueErrorType) {
						return nil, Errorf(ValueErrorType, "subsection not found")
					}
					return nil, err
				}
				return charsToBytesResult(r, array), nil
			}})
		}
		strips := []struct {
			name      string
			withChars func(s, chars string) string
			space     func(string) string
		}{
			{"strip", pystr.BytesStrip, pystr.BytesStripSpace},
			{"lstrip", pystr.BytesLStrip, pystr.BytesLStripSpace},
			{"rstrip", pystr.BytesRStrip, pystr.BytesRStripSpace},
		}
		for _, st := range strips {
			st := st
			target.Dict.SetStr(st.name, &Builtin{Name: st.name, Owner: target, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				if err := refuseKeywords(target.Name, st.name, kw); err != nil {
					return nil, err
				}
				var chars Value = None
				if err := UnpackArgs(st.name, args[1:], nil, "bytes?", &chars); err != nil {
					return nil, err
				}
				s := string(bytesToStrArg(args[0]).(Str))
				if chars == None {
					return strToBytesResult(Str(st.space(s)), array), nil
				}
				c, ok := bytesToStrArg(chars).(Str)
				if !ok || isStrValue(chars) {
					return nil, Errorf(TypeErrorType, "a bytes-like object is required, not '%s'", TypeName(chars))
				}
				return strToBytesResult(Str(st.withChars(s, string(c))), array), nil
			}})
		}
		cases := map[string]func(string) string{"upper": pystr.BytesUpper, "lower": pystr.BytesLower,
			"swapcase": pystr.BytesSwapCase, "title": pystr.BytesTitle, "capitalize": pystr.BytesCapitalize}
		for name, fn := range cases {
			fn := fn
			target.Dict.SetStr(name, &Builtin{Name: name, Owner: target, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
				s := string(bytesToStrArg(args[0]).(Str))
				return strToBytesResult(Str(fn(s)), array), nil
			}})
		}
		target.Dict.SetStr("hex", &Builtin{Name: "hex", Owner: target, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s := string(bytesToStrArg(args[0]).(Str))
			if len(args) > 1 {
				var sep string
				switch x := args[1].(type) {
				case Str:
					sep = string(x)
				case Bytes, *ByteArray:
					sep = string(bytesToStrArg(x).(Str))
				default:
					return nil, Errorf(TypeErrorType, "object of type '%s' has no len()", TypeName(args[1]))
				}
				n := 1
				if len(args) > 2 {
					var err error
					if n, err = ToIndex(args[2]); err != nil {
						return nil, err
					}
				}
				r, err := pystr.BytesHexSep(s, sep, n)
				if err != nil {
					return nil, Errorf(ValueErrorType, "%s", strings.TrimPrefix(err.Error(), "ValueError: "))
				}
				return Str(r), nil
			}
			return Str(pystr.BytesHex(s)), nil
		}})
		target.Dict.SetStr("decode", &Builtin{Name: "decode", Owner: target, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			encoding, errors := "utf-8", "strict"
			if err := UnpackArgs("decode", args[1:], kw, "encoding?", &encoding, "errors?", &errors); err != nil {
				return nil, err
			}
			s := string(bytesToStrArg(args[0]).(Str))
			r, err := pystr.Decode(s, encoding, errors)
			if err != nil {
				return nil, codecError(err)
			}
			return Str(r), nil
		}})
		fromhex := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "fromhex() takes exactly one argument (%d given)", len(args)-1)
			}
			s, ok := asStr(args[1])
			if !ok {
				return nil, Errorf(TypeErrorType, "fromhex() argument must be str, not %s", TypeName(args[1]))
			}
			r, err := pystr.BytesFromHex(s)
			if err != nil {
				return nil, Errorf(ValueErrorType, "%s", strings.TrimPrefix(err.Error(), "ValueError: "))
			}
			return strToBytesResult(Str(r), array), nil
		}
		target.Dict.SetStr("fromhex", &ClassMethod{Fn: NewBuiltin("fromhex", fromhex)})
	}
	StrType.Dict.SetStr("encode", &Builtin{Name: "encode", Owner: StrType, Fn: strMethod("encode", func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
		encoding, errors := "utf-8", "strict"
		if err := UnpackArgs("encode", args, kw, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		r, err := pystr.Encode(s, encoding, errors)
		if err != nil {
			return nil, codecError(err)
		}
		return Bytes(r), nil
	})})
	addMethods(ByteArrayType, map[string]BuiltinFunc{
		"extend": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if _, ok := args[1].(Str); ok {
				return nil, Errorf(TypeErrorType, "'str' object cannot be interpreted as an integer")
			}
			b, err := bytesFrom(t, args[1])
			if err != nil {
				return nil, err
			}
			a := args[0].(*ByteArray)
			a.B = append(a.B, b...)
			return None, nil
		},
		"pop": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			a := args[0].(*ByteArray)
			if len(a.B) == 0 {
				return nil, Errorf(IndexErrorType, "pop from empty bytearray")
			}
			i := len(a.B) - 1
			if len(args) > 1 {
				n, err := ToIndex(args[1])
				if err != nil {
					return nil, err
				}
				if n < 0 {
					n += len(a.B)
				}
				if n < 0 || n >= len(a.B) {
					return nil, Errorf(IndexErrorType, "pop index out of range")
				}
				i = n
			}
			v := a.B[i]
			a.B = append(a.B[:i], a.B[i+1:]...)
			return Int(v), nil
		},
		"clear": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			args[0].(*ByteArray).B = nil
			return None, nil
		},
		"reverse": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			b := args[0].(*ByteArray).B
			for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
				b[i], b[j] = b[j], b[i]
			}
			return None, nil
		},
		"copy": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return &ByteArray{B: append([]byte(nil), args[0].(*ByteArray).B...)}, nil
		},
	})
}

// codecError converts an encode/decode failure to the Python exception
// named by its message prefix.
func codecError(err error) *Exception {
	if ue, ok := err.(*pystr.UnicodeError); ok {
		// Built from its fields, so that it has start, end, object, ...
		var obj Value = Bytes(ue.Object)
		cls := UnicodeDecodeErrorType
		if ue.Class == "UnicodeEncodeError" {
			obj, cls = Str(ue.Object), UnicodeEncodeErrorType
		}
		return NewException(cls, Str(ue.Encoding), obj, Int(ue.Start), Int(ue.End), Str(ue.Reason))
	}
	msg := err.Error()
	for _, c := range []*Type{UnicodeDecodeErrorType, UnicodeEncodeErrorType, LookupErrorType} {
		p := c.Name + ": "
		if len(msg) > len(p) && msg[:len(p)] == p {
			return Errorf(c, "%s", msg[len(p):])
		}
	}
	if e, ok := err.(interface{ PythonClass() string }); ok {
		for _, c := range exceptionTypes {
			if c.Name == e.PythonClass() {
				return Errorf(c, "%s", msg)
			}
		}
	}
	return Errorf(UnicodeErrorType, "%s", msg)
}

func init() {
	translate := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		src := string(bytesToStrArg(args[0]).(Str))
		var table string
		if len(args) > 1 && args[1] != None {
			tb, ok := bytesToStrArg(args[1]).(Str)
			if !ok || len(tb) != 256 {
				return nil, Errorf(ValueErrorType, "translation table must be 256 characters long")
			}
			table = string(tb)
		}
		var del string
		if len(args) > 2 {
			d, _ := bytesToStrArg(args[2]).(Str)
			del = string(d)
		}
		out := make([]byte, 0, len(src))
		for i := 0; i < len(src); i++ {
			c := src[i]
			if strings.IndexByte(del, c) >= 0 {
				continue
			}
			if table != "" {
				c = table[c]
			}
			out = append(out, c)
		}
		_, array := args[0].(*ByteArray)
		return strToBytesResult(Str(out), array), nil
	}
	maketrans := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "maketrans expected 2 arguments, got %d", len(args))
		}
		from, _ := bytesToStrArg(args[0]).(Str)
		to, _ := bytesToStrArg(args[1]).(Str)
		if len(from) != len(to) {
			return nil, Errorf(ValueErrorType, "maketrans arguments must have same length")
		}
		table := make([]byte, 256)
		for i := range table {
			table[i] = byte(i)
		}
		for i := 0; i < len(from); i++ {
			table[from[i]] = to[i]
		}
		return Bytes(table), nil
	}
	for _, c := range []*Type{BytesType, ByteArrayType} {
		c.Dict.SetStr("translate", &Builtin{Name: "translate", Owner: c, Fn: translate})
		c.Dict.SetStr("maketrans", &StaticMethod{Fn: NewBuiltin("maketrans", maketrans)})
	}
}

var bytesPredicates = map[string]func(string) bool{
	"isalpha": pystr.BytesIsAlpha, "isalnum": pystr.BytesIsAlnum, "isdigit": pystr.BytesIsDigit,
	"isspace": pystr.BytesIsSpace, "islower": pystr.BytesIsLower, "isupper": pystr.BytesIsUpper,
	"istitle": pystr.BytesIsTitle,
}

// asciiBytesMethod runs the bytes methods whose meaning differs from
// str's beyond ASCII: the predicates, and splitting or stripping at
// whitespace or line breaks, which for bytes are ASCII's only. args are
// the method's arguments after bytesAsChars (self first). ok is false
// when the str method gives the bytes result (a separator or set of
// characters was given, or the arguments are wrong and str's error fits).
func asciiBytesMethod(typeName, name string, args []Value, kw []Kwarg) (r Value, ok bool, err error) {
	self, isStr := args[0].(Str)
	if !isStr {
		return nil, false, nil
	}
	s := latin1Bytes(string(self))
	chars := func(parts []string) Value {
		out := make([]Value, len(parts))
		for i, p := range parts {
			out[i] = latin1Str(p)
		}
		return NewList(out)
	}
	if pred, found := bytesPredicates[name]; found {
		if len(args) != 1 {
			return nil, true, Errorf(TypeErrorType, "%s.%s() takes no arguments (%d given)", typeName, name, len(args)-1)
		}
		return Bool(pred(s)), true, nil
	}
	switch name {
	case "strip", "lstrip", "rstrip":
		if len(kw) != 0 || len(args) > 2 || (len(args) == 2 && args[1] != None) {
			return nil, false, nil
		}
		fn := map[string]func(string) string{"strip": pystr.BytesStripSpace,
			"lstrip": pystr.BytesLStripSpace, "rstrip": pystr.BytesRStripSpace}[name]
		return latin1Str(fn(s)), true, nil
	case "split", "rsplit":
		var sep Value = None
		maxsplit := -1
		if err := UnpackArgs(name, args[1:], kw, "sep?", &sep, "maxsplit?", &maxsplit); err != nil || sep != None {
			return nil, false, nil
		}
		if name == "split" {
			return chars(pystr.BytesSplitSpace(s, maxsplit)), true, nil
		}
		return chars(pystr.BytesRSplitSpace(s, maxsplit)), true, nil
	case "splitlines":
		keepends := false
		if err := UnpackArgs(name, args[1:], kw, "keepends?", &keepends); err != nil {
			return nil, false, nil
		}
		return chars(pystr.BytesSplitLines(s, keepends)), true, nil
	}
	return nil, false, nil
}
