package interp

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/rebeam/rebeam/internal/pyfmt"
	"github.com/rebeam/rebeam/internal/pystr"
)

// Str helpers: code-point indexing with an ASCII fast path.

var asciiStrs [128]Value

func init() {
	for i := range asciiStrs {
		asciiStrs[i] = Str(string(rune(i)))
	}
}

// decodeRune decodes one code point, accepting WTF-8 surrogates.
func decodeRune(s string) (rune, int) { return pyfmt.DecodeRune(s) }

func strRunes(s string) []string {
	out := make([]string, 0, len(s))
	for i := 0; i < len(s); {
		_, w := decodeRune(s[i:])
		out = append(out, s[i:i+w])
		i += w
	}
	return out
}

func strRepr(s string) string   { return pyfmt.StrRepr(s) }
func bytesRepr(s string) string { return pyfmt.BytesRepr(s) }
func pyfmtFloatRepr(f float64) string {
	return pyfmt.FloatRepr(f)
}
func complexRepr(c complex128) string { return pyfmt.ComplexRepr(c) }

func strGetItem(t *Thread, x Str, k Value) (Value, error) {
	s := string(x)
	if sl, ok := k.(*Slice); ok {
		ascii := isASCII(s)
		n := len(s)
		if !ascii {
			n = strLen(s)
		}
		start, stop, step, err := sl.indices(n)
		if err != nil {
			return nil, err
		}
		if step == 1 {
			if stop <= start {
				return Str(""), nil
			}
			if ascii {
				return Str(s[start:stop]), nil
			}
			bl, bh := runeOffsets(s, start, stop)
			return Str(s[bl:bh]), nil
		}
		var b strings.Builder
		if ascii {
			for _, i := range sliceIndexes(start, stop, step) {
				b.WriteByte(s[i])
			}
			return Str(b.String()), nil
		}
		rs := strRunes(s)
		for _, i := range sliceIndexes(start, stop, step) {
			b.WriteString(rs[i])
		}
		return Str(b.String()), nil
	}
	if i, ok := k.(Int); ok && len(s) < strInfoMin {
		// Short strs: one scan for ASCII-ness, which every index needs.
		if scanASCII(s) {
			if i < 0 {
				i += Int(len(s))
			}
			if i >= 0 && int(i) < len(s) {
				return asciiStrs[s[i]], nil
			}
			return nil, Errorf(IndexErrorType, "string index out of range")
		}
	}
	if _, ok := asIntValue(k); !ok && lookupDunder(k, "__index__") == nil {
		return nil, Errorf(TypeErrorType, "string indices must be integers, not '%s'", TypeName(k))
	}
	if isASCII(s) {
		i, err := seqIndexOf(t, k, len(s), "string")
		if err != nil {
			return nil, err
		}
		return asciiStrs[s[i]], nil
	}
	i, err := seqIndexOf(t, k, strLen(s), "string")
	if err != nil {
		return nil, err
	}
	return runeAt(s, i), nil
}

func asStr(v Value) (string, bool) {
	switch x := v.(type) {
	case Str:
		return string(x), true
	case *Object:
		s, ok := x.Base.(Str)
		return string(s), ok
	}
	return "", false
}

func strSelf(v Value) string { s, _ := asStr(v); return s }

// strArg reads an optional str argument that may be None.
func strArgs(fname string, args []Value, n int) ([]string, error) {
	out := make([]string, len(args))
	for i, a := range args {
		s, ok := asStr(a)
		if !ok {
			if a == None {
				out[i] = "\x00none"
				continue
			}
			return nil, Errorf(TypeErrorType, "%s arg must be None or str", fname)
		}
		out[i] = s
	}
	return out, nil
}

func splitWhitespace(s string, max int) []Value {
	var out []Value
	i := 0
	for {
		for i < len(s) && isSpaceByte(s, i) {
			i += runeWidth(s, i)
		}
		if i >= len(s) {
			return out
		}
		if max >= 0 && len(out) == max {
			out = append(out, Str(s[i:]))
			return out
		}
		j := i
		for j < len(s) && !isSpaceByte(s, j) {
			j += runeWidth(s, j)
		}
		out = append(out, Str(s[i:j]))
		i = j
	}
}

func isSpaceByte(s string, i int) bool {
	if c := s[i]; c < 0x80 {
		return asciiSpace[c]
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || r == 0x1c || r == 0x1d || r == 0x1e || r == 0x1f
}

// pyIsSpace is str.isspace() for one code point.
func pyIsSpace(r rune) bool {
	return unicode.IsSpace(r) || (r >= 0x1c && r <= 0x1f)
}

// asciiSpace marks the ASCII code points str.isspace() accepts.
var asciiSpace = [128]bool{' ': true, '\t': true, '\n': true, '\v': true, '\f': true, '\r': true, 0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true}

func runeWidth(s string, i int) int {
	if s[i] < 0x80 {
		return 1
	}
	_, w := decodeRune(s[i:])
	return w
}

func strMethod(name string, fn func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error)) BuiltinFunc {
	return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		s, ok := asStr(args[0])
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor '%s' requires a 'str' object but received a '%s'", name, TypeName(args[0]))
		}
		if err := refuseKeywords("str", name, kw); err != nil {
			return nil, err
		}
		return fn(t, s, args[1:], kw)
	}
}

// strArg is an optional str argument of a builtin: def when it is absent,
// a TypeError naming it when it is not a str.
func strArg(fn, arg string, v Value, def string) (string, error) {
	if v == nil {
		return def, nil
	}
	s, ok := v.(Str)
	if !ok {
		return "", Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fn, arg, TypeName(v))
	}
	return string(s), nil
}

// keywordMethods are the methods of str, bytes and bytearray that take
// keyword arguments; CPython's others refuse them.
var keywordMethods = map[string]bool{"encode": true, "decode": true, "expandtabs": true,
	"split": true, "rsplit": true, "splitlines": true, "hex": true, "format": true}

// refuseKeywords is the TypeError of a str, bytes or bytearray method
// given keywords it does not take, worded as CPython's.
func refuseKeywords(typeName, name string, kw []Kwarg) error {
	if len(kw) == 0 || keywordMethods[name] {
		return nil
	}
	switch name {
	case "find", "rfind", "index", "rindex", "count", "startswith", "endswith":
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", name)
	}
	return Errorf(TypeErrorType, "%s.%s() takes no keyword arguments", typeName, name)
}

func strFindArgs(t *Thread, s string, args []Value) (sub string, lo, hi int, err error) {
	if len(args) < 1 {
		return "", 0, 0, Errorf(TypeErrorType, "find() takes at least 1 argument (0 given)")
	}
	var ok bool
	sub, ok = asStr(args[0])
	if !ok {
		return "", 0, 0, Errorf(TypeErrorType, "must be str, not %s", TypeName(args[0]))
	}
	rs := strLen(s)
	lo, hi = 0, rs
	if len(args) > 1 && args[1] != None {
		i, err := ToIndex(args[1])
		if err != nil {
			return "", 0, 0, err
		}
		lo = clampIndex(i, rs)
	}
	if len(args) > 2 && args[2] != None {
		i, err := ToIndex(args[2])
		if err != nil {
			return "", 0, 0, err
		}
		hi = clampIndex(i, rs)
	}
	return sub, lo, hi, nil
}

func init() {
	StrType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		var v Value
		var encoding, errors Value
		if err := UnpackArgs("str", args, kw, "object?", &v, "encoding?", &encoding, "errors?", &errors); err != nil {
			return nil, err
		}
		var s Str
		if v != nil {
			if encoding != nil || errors != nil {
				// str(b, encoding, errors) is b.decode(encoding, errors)
				b, ok := bytesLike(v)
				if !ok {
					if _, isStr := v.(Str); isStr {
						return nil, Errorf(TypeErrorType, "decoding str is not supported")
					}
					return nil, Errorf(TypeErrorType, "decoding to str: need a bytes-like object, %s found", TypeName(v))
				}
				enc, err := strArg("str", "encoding", encoding, "utf-8")
				if err != nil {
					return nil, err
				}
				errs, err := strArg("str", "errors", errors, "strict")
				if err != nil {
					return nil, err
				}
				r, err := pystr.Decode(b, enc, errs)
				if err != nil {
					return nil, codecError(err)
				}
				s = Str(r)
			} else {
				r, err := ToStr(t, v)
				if err != nil {
					return nil, err
				}
				s = Str(r)
			}
		}
		if cls != StrType {
			return subclassInstance(cls, s), nil
		}
		return s, nil
	}
	m := map[string]func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error){
		"join": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 1 {
				return nil, Errorf(TypeErrorType, "str.join() takes exactly one argument (%d given)", len(args))
			}
			items, err := ToSlice(t, args[0])
			if err != nil {
				return nil, Errorf(TypeErrorType, "can only join an iterable")
			}
			parts := make([]string, len(items))
			for i, it := range items {
				p, ok := asStr(it)
				if !ok {
					return nil, Errorf(TypeErrorType, "sequence item %d: expected str instance, %s found", i, TypeName(it))
				}
				parts[i] = p
			}
			return Str(strings.Join(parts, s)), nil
		},
		"split": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var sep Value = None
			max := -1
			if err := UnpackArgs("split", args, kw, "sep?", &sep, "maxsplit?", &max); err != nil {
				return nil, err
			}
			if sep == None {
				return NewList(splitWhitespace(s, max)), nil
			}
			sp, ok := asStr(sep)
			if !ok {
				return nil, Errorf(TypeErrorType, "must be str or None, not %s", TypeName(sep))
			}
			if sp == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			parts := strings.SplitN(s, sp, max+1)
			if max < 0 {
				parts = strings.Split(s, sp)
			}
			out := make([]Value, len(parts))
			for i, p := range parts {
				out[i] = Str(p)
			}
			return NewList(out), nil
		},
		"rsplit": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var sep Value = None
			max := -1
			if err := UnpackArgs("rsplit", args, kw, "sep?", &sep, "maxsplit?", &max); err != nil {
				return nil, err
			}
			if sep == None {
				if max < 0 {
					return NewList(splitWhitespace(s, -1)), nil
				}
				fields := splitWhitespace(s, -1)
				if len(fields) <= max {
					return NewList(fields), nil
				}
				// Split off the last max fields; what is left keeps its
				// leading whitespace, as CPython's rsplit does.
				rest := strings.TrimRightFunc(s, pyIsSpace)
				var tail []Value
				for i := 0; i < max; i++ {
					j := strings.LastIndexFunc(rest, pyIsSpace)
					if j < 0 {
						break
					}
					_, w := utf8.DecodeRuneInString(rest[j:])
					tail = append([]Value{Str(rest[j+w:])}, tail...)
					rest = strings.TrimRightFunc(rest[:j], pyIsSpace)
				}
				return NewList(append([]Value{Str(rest)}, tail...)), nil
			}
			sp, _ := asStr(sep)
			if sp == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			var out []Value
			rest := s
			for max != 0 {
				i := strings.LastIndex(rest, sp)
				if i < 0 {
					break
				}
				out = append([]Value{Str(rest[i+len(sp):])}, out...)
				rest = rest[:i]
				max--
			}
			return NewList(append([]Value{Str(rest)}, out...)), nil
		},
		"splitlines": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			keep := false
			if err := UnpackArgs("splitlines", args, kw, "keepends?", &keep); err != nil {
				return nil, err
			}
			var out []Value
			for len(s) > 0 {
				i := strings.IndexAny(s, "\n\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029")
				if i < 0 {
					out = append(out, Str(s))
					break
				}
				_, w := utf8.DecodeRuneInString(s[i:])
				if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
					w = 2
				}
				if keep {
					out = append(out, Str(s[:i+w]))
				} else {
					out = append(out, Str(s[:i]))
				}
				s = s[i+w:]
			}
			return NewList(out), nil
		},
		"strip":  stripper("strip", pystr.Strip, pystr.StripSpace),
		"lstrip": stripper("lstrip", pystr.LStrip, pystr.LStripSpace),
		"rstrip": stripper("rstrip", pystr.RStrip, pystr.RStripSpace),
		"startswith": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return strAffix(t, "startswith", s, args, strings.HasPrefix)
		},
		"endswith": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return strAffix(t, "endswith", s, args, strings.HasSuffix)
		},
		"find": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return strFind(t, s, args, false, false)
		},
		"rfind": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return strFind(t, s, args, true, false)
		},
		"index": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return strFind(t, s, args, false, true)
		},
		"rindex": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return strFind(t, s, args, true, true)
		},
		"count": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			sub, lo, hi, err := strFindArgs(t, s, args)
			if err != nil {
				return nil, err
			}
			bl, bh := runeOffsets(s, lo, hi)
			if bh < bl {
				return Int(0), nil
			}
			if sub == "" {
				return Int(strLen(s[bl:bh]) + 1), nil
			}
			return Int(strings.Count(s[bl:bh], sub)), nil
		},
		"replace": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			if len(args) == 2 && len(kw) == 0 {
				// The common call, without unpacking through pointers.
				if o, ok := args[0].(Str); ok {
					if n, ok := args[1].(Str); ok {
						return Str(strings.Replace(s, string(o), string(n), -1)), nil
					}
				}
			}
			var old, new string
			n := -1
			if err := UnpackArgs("replace", args, kw, "old", &old, "new", &new, "count?", &n); err != nil {
				return nil, err
			}
			return Str(strings.Replace(s, old, new, n)), nil
		},
		"upper": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return Str(strings.ToUpper(s)), nil
		},
		"lower": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return Str(strings.ToLower(s)), nil
		},
		"casefold": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return Str(strings.ToLower(s)), nil
		},
		"swapcase": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return Str(strings.Map(func(r rune) rune {
				if unicode.IsUpper(r) {
					return unicode.ToLower(r)
				}
				return unicode.ToUpper(r)
			}, s)), nil
		},
		"capitalize": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			if s == "" {
				return Str(""), nil
			}
			r, w := utf8.DecodeRuneInString(s)
			return Str(string(unicode.ToTitle(r)) + strings.ToLower(s[w:])), nil
		},
		"title": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var b strings.Builder
			prev := false
			for _, r := range s {
				if unicode.IsLetter(r) {
					if prev {
						b.WriteRune(unicode.ToLower(r))
					} else {
						b.WriteRune(unicode.ToTitle(r))
					}
					prev = true
				} else {
					b.WriteRune(r)
					prev = false
				}
			}
			return Str(b.String()), nil
		},
		"isdigit":   strPredicate(unicode.IsDigit),
		"isdecimal": strPredicate(unicode.IsDigit),
		"isnumeric": strPredicate(unicode.IsNumber),
		"isalpha":   strPredicate(unicode.IsLetter),
		"isalnum":   strPredicate(func(r rune) bool { return unicode.IsLetter(r) || unicode.IsNumber(r) }),
		"isspace":   strPredicate(unicode.IsSpace),
		"isascii": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return Bool(isASCII(s)), nil
		},
		"isidentifier": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			if s == "" {
				return False, nil
			}
			for i, r := range s {
				if !(r == '_' || unicode.IsLetter(r) || (i > 0 && unicode.IsDigit(r))) {
					return False, nil
				}
			}
			return True, nil
		},
		"isupper": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			cased := false
			for _, r := range s {
				if unicode.IsLower(r) {
					return False, nil
				}
				if unicode.IsUpper(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		},
		"islower": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			cased := false
			for _, r := range s {
				if unicode.IsUpper(r) {
					return False, nil
				}
				if unicode.IsLower(r) {
					cased = true
				}
			}
			return Bool(cased), nil
		},
		"center": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) { return strPad(s, args, 'c') },
		"ljust":  func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) { return strPad(s, args, 'l') },
		"rjust":  func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) { return strPad(s, args, 'r') },
		"zfill": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var w int
			if err := UnpackArgs("zfill", args, kw, "width", &w); err != nil {
				return nil, err
			}
			n := strLen(s)
			if n >= w {
				return Str(s), nil
			}
			sign := ""
			if s != "" && (s[0] == '+' || s[0] == '-') {
				sign, s = s[:1], s[1:]
			}
			return Str(sign + strings.Repeat("0", w-n) + s), nil
		},
		"partition": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var sep string
			if err := UnpackArgs("partition", args, kw, "sep", &sep); err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			if i := strings.Index(s, sep); i >= 0 {
				return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
			}
			return Tuple{Str(s), Str(""), Str("")}, nil
		},
		"rpartition": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var sep string
			if err := UnpackArgs("rpartition", args, kw, "sep", &sep); err != nil {
				return nil, err
			}
			if sep == "" {
				return nil, Errorf(ValueErrorType, "empty separator")
			}
			if i := strings.LastIndex(s, sep); i >= 0 {
				return Tuple{Str(s[:i]), Str(sep), Str(s[i+len(sep):])}, nil
			}
			return Tuple{Str(""), Str(""), Str(s)}, nil
		},
		"removeprefix": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var p string
			if err := UnpackArgs("removeprefix", args, kw, "prefix", &p); err != nil {
				return nil, err
			}
			return Str(strings.TrimPrefix(s, p)), nil
		},
		"removesuffix": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			var p string
			if err := UnpackArgs("removesuffix", args, kw, "suffix", &p); err != nil {
				return nil, err
			}
			return Str(strings.TrimSuffix(s, p)), nil
		},
		"encode": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return Bytes(s), nil
		},
		"format": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			return strFormatMethod(t, s, args, kw)
		},
		"expandtabs": func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
			size := 8
			if err := UnpackArgs("expandtabs", args, kw, "tabsize?", &size); err != nil {
				return nil, err
			}
			var b strings.Builder
			col := 0
			for _, r := range s {
				switch r {
				case '\t':
					if size > 0 {
						n := size - col%size
						b.WriteString(strings.Repeat(" ", n))
						col += n
					}
				case '\n', '\r':
					b.WriteRune(r)
					col = 0
				default:
					b.WriteRune(r)
					col++
				}
			}
			return Str(b.String()), nil
		},
	}
	for name, fn := range m {
		StrType.Dict.SetStr(name, &Builtin{Name: name, Owner: StrType, Fn: strMethod(name, fn)})
	}
	StrType.Dict.SetStr("maketrans", &StaticMethod{Fn: NewBuiltin("maketrans", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		d := NewDict()
		if len(args) >= 2 {
			a, b := strRunes(strSelf(args[0])), strRunes(strSelf(args[1]))
			if len(a) != len(b) {
				return nil, Errorf(ValueErrorType, "the first two maketrans arguments must have equal length")
			}
			for i := range a {
				r, _ := decodeRune(a[i])
				c, _ := decodeRune(b[i])
				d.Set(t, Int(r), Int(c))
			}
			if len(args) == 3 {
				for _, x := range strRunes(strSelf(args[2])) {
					r, _ := decodeRune(x)
					d.Set(t, Int(r), None)
				}
			}
		} else if len(args) == 1 {
			src, ok := args[0].(*Dict)
			if !ok {
				return nil, Errorf(TypeErrorType, "if you give only one argument to maketrans it must be a dict")
			}
			var err error
			src.Items(func(k, v Value) bool {
				switch x := k.(type) {
				case Str:
					if strLen(string(x)) != 1 {
						err = Errorf(ValueErrorType, "string keys in translate table must be of length 1")
						return false
					}
					r, _ := decodeRune(string(x))
					k = Int(r)
				case Int, *BigInt, Bool:
				default:
					err = Errorf(TypeErrorType, "keys in translate table must be strings or integers")
					return false
				}
				err = d.Set(t, k, v)
				return err == nil
			})
			if err != nil {
				return nil, err
			}
		}
		return d, nil
	})})
	StrType.Dict.SetStr("translate", &Builtin{Name: "translate", Owner: StrType, Fn: strMethod("translate", func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "str.translate() takes exactly one argument (%d given)", len(args))
		}
		var b strings.Builder
		for _, r := range s {
			v, err := GetItem(t, args[0], Int(r))
			if err != nil {
				if e, ok := err.(*Exception); ok && IsSubtype(e.Class, LookupErrorType) {
					b.WriteRune(r)
					continue
				}
				return nil, err
			}
			if iv, ok := asIntValue(v); ok {
				n := bigOf(iv)
				if !n.IsInt64() || n.Int64() < 0 || n.Int64() > 0x10FFFF {
					return nil, Errorf(ValueErrorType, "character mapping must be in range(0x110000)")
				}
				c, _ := chrValue(t, Int(n.Int64()))
				b.WriteString(string(c.(Str)))
				continue
			}
			switch x := v.(type) {
			case NoneType:
			case Str:
				b.WriteString(string(x))
			default:
				return nil, Errorf(TypeErrorType, "character mapping must return integer, None or str")
			}
		}
		return Str(b.String()), nil
	})})
}

func stripper(name string, withChars func(string, string) string, ws func(string) string) func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
	return func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
		var chars Value = None
		if err := UnpackArgs(name, args, kw, "chars?", &chars); err != nil {
			return nil, err
		}
		if chars == None {
			return Str(ws(s)), nil
		}
		c, ok := asStr(chars)
		if !ok {
			return nil, Errorf(TypeErrorType, "%s arg must be None or str", name)
		}
		return Str(withChars(s, c)), nil
	}
}

func strPredicate(f func(rune) bool) func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
	return func(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
		if s == "" {
			return False, nil
		}
		for _, r := range s {
			if !f(r) {
				return False, nil
			}
		}
		return True, nil
	}
}

func strAffix(t *Thread, name, s string, args []Value, test func(string, string) bool) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "%s() takes at least 1 argument (0 given)", name)
	}
	lo, hi := 0, strLen(s)
	if len(args) > 1 && args[1] != None {
		i, err := ToIndex(args[1])
		if err != nil {
			return nil, err
		}
		if i > hi {
			return False, nil // even '' is not found past the end
		}
		lo = clampIndex(i, hi)
	}
	if len(args) > 2 && args[2] != None {
		i, err := ToIndex(args[2])
		if err != nil {
			return nil, err
		}
		hi = clampIndex(i, strLen(s))
	}
	bl, bh := runeOffsets(s, lo, hi)
	if bh < bl {
		return False, nil
	}
	sub := s[bl:bh]
	check := func(v Value) (bool, error) {
		p, ok := asStr(v)
		if !ok {
			return false, Errorf(TypeErrorType, "%s first arg must be str or a tuple of str, not %s", name, TypeName(v))
		}
		return test(sub, p), nil
	}
	if tup, ok := args[0].(Tuple); ok {
		for _, x := range tup {
			ok, err := check(x)
			if err != nil || ok {
				return Bool(ok), err
			}
		}
		return False, nil
	}
	ok, err := check(args[0])
	return Bool(ok), err
}

func strFind(t *Thread, s string, args []Value, right, raise bool) (Value, error) {
	sub, lo, hi, err := strFindArgs(t, s, args)
	if err != nil {
		return nil, err
	}
	bl, bh := runeOffsets(s, lo, hi)
	i := -1
	if bh >= bl {
		if right {
			i = strings.LastIndex(s[bl:bh], sub)
		} else {
			i = strings.Index(s[bl:bh], sub)
		}
	}
	if i < 0 {
		if raise {
			return nil, Errorf(ValueErrorType, "substring not found")
		}
		return Int(-1), nil
	}
	return Int(byteToRuneIndex(s, bl+i)), nil
}

func strPad(s string, args []Value, how byte) (Value, error) {
	if len(args) < 1 {
		return nil, Errorf(TypeErrorType, "expected at least 1 argument, got 0")
	}
	w, err := ToIndex(args[0])
	if err != nil {
		return nil, err
	}
	fill := " "
	if len(args) > 1 {
		f, ok := asStr(args[1])
		if !ok || strLen(f) != 1 {
			return nil, Errorf(TypeErrorType, "The fill character must be exactly one character long")
		}
		fill = f
	}
	n := strLen(s)
	if n >= w {
		return Str(s), nil
	}
	pad := w - n
	switch how {
	case 'l':
		return Str(s + strings.Repeat(fill, pad)), nil
	case 'r':
		return Str(strings.Repeat(fill, pad) + s), nil
	}
	left := pad / 2
	if pad%2 == 1 && w%2 == 1 {
		left++
	}
	return Str(strings.Repeat(fill, left) + s + strings.Repeat(fill, pad-left)), nil
}
