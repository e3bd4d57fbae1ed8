package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"
)

// format.go implements format(value, spec) for the builtin types, the
// str.format method and printf-style % formatting.

type formatSpec struct {
	fill      string
	align     byte
	sign      byte
	alt       bool
	zero      bool
	width     int
	grouping  byte
	precision int // -1 when absent
	typ       byte
	negZero   bool // the z option: -0 rounds to 0
	minDigits int  // printf's precision of an integer: its least number of digits
}

func parseFormatSpec(spec string) (formatSpec, error) {
	f := formatSpec{precision: -1}
	rs := strRunes(spec)
	i := 0
	isAlign := func(s string) bool { return s == "<" || s == ">" || s == "^" || s == "=" }
	if len(rs) >= 2 && isAlign(rs[1]) {
		f.fill, f.align = rs[0], rs[1][0]
		i = 2
	} else if len(rs) >= 1 && isAlign(rs[0]) {
		f.align = rs[0][0]
		i = 1
	}
	if i < len(rs) && (rs[i] == "+" || rs[i] == "-" || rs[i] == " ") {
		f.sign = rs[i][0]
		i++
	}
	if i < len(rs) && rs[i] == "z" {
		f.negZero = true
		i++
	}
	if i < len(rs) && rs[i] == "#" {
		f.alt = true
		i++
	}
	if i < len(rs) && rs[i] == "0" {
		f.zero = true
		i++
	}
	start := i
	for i < len(rs) && rs[i] >= "0" && rs[i] <= "9" && len(rs[i]) == 1 {
		i++
	}
	if i > start {
		f.width, _ = strconv.Atoi(strings.Join(rs[start:i], ""))
	}
	if i < len(rs) && (rs[i] == "," || rs[i] == "_") {
		f.grouping = rs[i][0]
		i++
		if i < len(rs) && (rs[i] == "," || rs[i] == "_") {
			if rs[i][0] == f.grouping {
				return f, Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, f.grouping)
			}
			return f, Errorf(ValueErrorType, "Cannot specify both ',' and '_'.")
		}
	}
	if i < len(rs) && rs[i] == "." {
		i++
		start = i
		for i < len(rs) && rs[i] >= "0" && rs[i] <= "9" && len(rs[i]) == 1 {
			i++
		}
		if i == start {
			return f, Errorf(ValueErrorType, "Format specifier missing precision")
		}
		f.precision, _ = strconv.Atoi(strings.Join(rs[start:i], ""))
	}
	if i < len(rs) {
		f.typ = rs[i][0]
		i++
	}
	if i < len(rs) {
		return f, Errorf(ValueErrorType, "Invalid format specifier '%s' for object of type '%%s'", spec)
	}
	return f, nil
}

// checkGrouping reports a thousands separator the presentation type typ
// (the type's default when the spec has none) cannot take: ',' goes with
// decimal and float types only, '_' also with b, o, x and X.
func (f *formatSpec) checkGrouping(typ byte) error {
	if f.typ != 0 {
		typ = f.typ
	}
	if f.grouping == 0 || strings.IndexByte("deEfFgG%", typ) >= 0 ||
		f.grouping == '_' && strings.IndexByte("boxX", typ) >= 0 {
		return nil
	}
	return Errorf(ValueErrorType, "Cannot specify '%c' with '%c'.", f.grouping, typ)
}

// pad pads s to the spec's width. The 0 flag makes '0' the fill unless
// one is given, and a number without an alignment is then padded after
// its sign ('=').
func (f *formatSpec) pad(s string, numeric bool) string {
	n := strLen(s)
	if n >= f.width {
		return s
	}
	fill := f.fill
	align := f.align
	if fill == "" {
		fill = " "
		if f.zero {
			fill = "0"
			if numeric && align == 0 {
				align = '='
			}
		}
	}
	if align == 0 {
		if numeric {
			align = '>'
		} else {
			align = '<'
		}
	}
	pad := f.width - n
	switch align {
	case '<':
		return s + strings.Repeat(fill, pad)
	case '>':
		return strings.Repeat(fill, pad) + s
	case '^':
		l := pad / 2
		return strings.Repeat(fill, l) + s + strings.Repeat(fill, pad-l)
	case '=':
		sign := ""
		if s != "" && (s[0] == '-' || s[0] == '+' || s[0] == ' ') {
			sign, s = s[:1], s[1:]
		}
		prefix := ""
		if len(s) >= 2 && s[0] == '0' && strings.ContainsRune("xXoObB", rune(s[1])) {
			prefix, s = s[:2], s[2:]
		}
		return sign + prefix + strings.Repeat(fill, pad) + s
	}
	return s
}

// zeroGroupDigits groups digits, first padding them with zeros (which
// are grouped too) until the grouped text is at least want long: the 0
// flag with a separator, where CPython pads inside the groups.
func zeroGroupDigits(digits string, sep byte, every, want int) string {
	for len(groupDigits(digits, sep, every)) < want {
		digits = "0" + digits
	}
	return groupDigits(digits, sep, every)
}

func groupDigits(s string, sep byte, every int) string {
	if len(s) <= every {
		return s
	}
	var b strings.Builder
	first := len(s) % every
	if first > 0 {
		b.WriteString(s[:first])
	}
	for i := first; i < len(s); i += every {
		if b.Len() > 0 {
			b.WriteByte(sep)
		}
		b.WriteString(s[i : i+every])
	}
	return b.String()
}

// Format returns format(v, spec).
func Format(t *Thread, v Value, spec string) (string, error) {
	switch x := v.(type) {
	case *Object, *Exception, *Type:
		if f := v.Type().Lookup("__format__"); f != nil {
			if b, ok := f.(*Builtin); !ok || b.Owner != ObjectType {
				r, err := callDunder(t, f, v, Str(spec))
				if err != nil {
					return "", err
				}
				s, ok := r.(Str)
				if !ok {
					return "", Errorf(TypeErrorType, "__format__ must return a str, not %s", TypeName(r))
				}
				return string(s), nil
			}
		}
		if o, ok := x.(*Object); ok && o.Base != nil {
			return Format(t, o.Base, spec)
		}
		if spec != "" {
			return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(v))
		}
		return ToStr(t, v)
	}
	if spec == "" {
		return ToStr(t, v)
	}
	if c, ok := v.(Complex); ok {
		return formatComplex(c, spec)
	}
	f, err := parseFormatSpec(spec)
	if err != nil {
		if e, ok := err.(*Exception); ok && strings.Contains(e.Message(), "%s") {
			return "", Errorf(ValueErrorType, "%s", strings.Replace(e.Message(), "%s", TypeName(v), 1))
		}
		return "", err
	}
	switch x := v.(type) {
	case Bool:
		iv, _ := asIntValue(x)
		return formatInt(iv, &f)
	case Int, *BigInt:
		return formatInt(x, &f)
	case Float:
		return formatFloat(float64(x), &f)
	case Str:
		if f.typ != 0 && f.typ != 's' {
			return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type 'str'", f.typ)
		}
		if err := f.checkGrouping('s'); err != nil {
			return "", err
		}
		if f.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed in string format specifier")
		}
		if f.align == '=' {
			return "", Errorf(ValueErrorType, "'=' alignment not allowed in string format specifier")
		}
		s := string(x)
		if f.precision >= 0 {
			rs := strRunes(s)
			if len(rs) > f.precision {
				s = strings.Join(rs[:f.precision], "")
			}
		}
		return f.pad(s, false), nil
	}
	if _, isComplex := v.(Complex); !isComplex {
		return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(v))
	}
	s, err := ToStr(t, v)
	if err != nil {
		return "", err
	}
	return f.pad(s, false), nil
}

func formatInt(v Value, f *formatSpec) (string, error) {
	switch f.typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		fl, err := intToFloat(v)
		if err != nil {
			return "", err
		}
		return formatFloat(fl, f)
	case 's':
		return "", Errorf(ValueErrorType, "Unknown format code 's' for object of type 'int'")
	}
	if f.precision >= 0 {
		return "", Errorf(ValueErrorType, "Precision not allowed in integer format specifier")
	}
	if err := f.checkGrouping('d'); err != nil {
		return "", err
	}
	if f.negZero {
		return "", Errorf(ValueErrorType, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	b := bigOf(v)
	neg := b.Sign() < 0
	abs := new(big.Int).Abs(b)
	var digits, prefix string
	switch f.typ {
	case 0, 'd', 'n':
		digits = abs.String()
		if err := checkStrDigits(len(digits)); err != nil {
			return "", err
		}
	case 'x':
		digits, prefix = abs.Text(16), "0x"
	case 'X':
		digits, prefix = strings.ToUpper(abs.Text(16)), "0X"
	case 'o':
		digits, prefix = abs.Text(8), "0o"
	case 'b':
		digits, prefix = abs.Text(2), "0b"
	case 'c':
		if f.sign != 0 {
			return "", Errorf(ValueErrorType, "Sign not allowed with integer format specifier 'c'")
		}
		if f.alt {
			return "", Errorf(ValueErrorType, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !b.IsInt64() || b.Int64() < 0 || b.Int64() > unicode.MaxRune {
			return "", Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
		}
		return f.pad(string(rune(b.Int64())), true), nil
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type 'int'", f.typ)
	}
	for len(digits) < f.minDigits {
		digits = "0" + digits
	}
	if f.grouping != 0 {
		every := 3
		if f.typ == 'x' || f.typ == 'X' || f.typ == 'o' || f.typ == 'b' {
			every = 4
		}
		want := 0
		if f.zero && f.fill == "" && f.align == 0 {
			want = f.width - len(prefix)
			if neg || f.sign == '+' || f.sign == ' ' {
				want--
			}
		}
		digits = zeroGroupDigits(digits, f.grouping, every, want)
	}
	if !f.alt {
		prefix = ""
	}
	sign := ""
	if neg {
		sign = "-"
	} else if f.sign == '+' {
		sign = "+"
	} else if f.sign == ' ' {
		sign = " "
	}
	return f.pad(sign+prefix+digits, true), nil
}

func formatFloat(x float64, f *formatSpec) (string, error) {
	if err := f.checkGrouping('g'); err != nil {
		return "", err
	}
	prec := f.precision
	var s string
	typ := f.typ
	switch typ {
	case 'f', 'F', '%':
		if prec < 0 {
			prec = 6
		}
		v := x
		if typ == '%' {
			v *= 100
		}
		s = strconv.FormatFloat(v, 'f', prec, 64)
		if f.alt && prec == 0 {
			s += "."
		}
		if typ == '%' {
			s += "%"
		}
	case 'e', 'E':
		if prec < 0 {
			prec = 6
		}
		s = fixExponent(strconv.FormatFloat(x, 'e', prec, 64))
	case 'g', 'G', 0, 'n':
		if typ == 0 && prec < 0 {
			s = floatRepr(x)
			break
		}
		if prec < 0 {
			prec = 6
		}
		if prec == 0 {
			prec = 1
		}
		if math.IsInf(x, 0) || math.IsNaN(x) {
			s = floatRepr(x)
			break
		}
		exp := 0
		if x != 0 {
			es := strconv.FormatFloat(x, 'e', prec-1, 64)
			exp, _ = strconv.Atoi(es[strings.IndexByte(es, 'e')+1:])
		}
		limit := prec
		if typ == 0 {
			// Without a type, a fixed result must show ".0", which
			// costs one digit of precision (CPython's ADD_DOT_0).
			limit--
		}
		if exp >= -4 && exp < limit {
			s = strconv.FormatFloat(x, 'f', prec-1-exp, 64)
			if !f.alt && strings.Contains(s, ".") {
				s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
			}
			if typ == 0 && !strings.ContainsAny(s, ".e") {
				s += ".0"
			}
		} else {
			s = strconv.FormatFloat(x, 'e', prec-1, 64)
			if !f.alt {
				m, e, _ := strings.Cut(s, "e")
				if strings.Contains(m, ".") {
					m = strings.TrimRight(strings.TrimRight(m, "0"), ".")
				}
				s = m + "e" + e
			}
			s = fixExponent(s)
		}
	default:
		return "", Errorf(ValueErrorType, "Unknown format code '%c' for object of type 'float'", typ)
	}
	if f.alt && !strings.Contains(s, ".") {
		// The alternate form always has a decimal point.
		if i := strings.IndexByte(s, 'e'); i >= 0 {
			s = s[:i] + "." + s[i:]
		} else if typ != 'f' && typ != 'F' && typ != '%' {
			s += "."
		}
	}
	if math.IsInf(x, 0) || math.IsNaN(x) {
		s = floatRepr(math.Abs(x))
		if math.IsNaN(x) {
			s = "nan"
		}
		if x < 0 {
			s = "-" + s
		}
		if typ == '%' {
			s += "%"
		}
	}
	if typ == 'E' || typ == 'G' || typ == 'F' {
		s = strings.ToUpper(s)
	}
	neg := strings.HasPrefix(s, "-")
	if neg {
		s = s[1:]
		if f.negZero && strings.Trim(s, "0.e+%") == "" {
			neg = false
		}
	}
	sign := ""
	if neg {
		sign = "-"
	} else if f.sign == '+' {
		sign = "+"
	} else if f.sign == ' ' {
		sign = " "
	}
	if f.grouping != 0 && !math.IsInf(x, 0) && !math.IsNaN(x) {
		intPart, rest := s, ""
		if i := strings.IndexAny(s, ".eE%"); i >= 0 {
			intPart, rest = s[:i], s[i:]
		}
		want := 0
		if f.zero && f.fill == "" && f.align == 0 {
			want = f.width - len(sign) - len(rest)
		}
		s = zeroGroupDigits(intPart, f.grouping, 3, want) + rest
	}
	return f.pad(sign+s, true), nil
}

// fixExponent rewrites Go's exponent (e+06 is already two digits) to
// CPython's at-least-two-digit form.
func fixExponent(s string) string {
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return s
	}
	mant, exp := s[:i+1], s[i+1:]
	sign := exp[0]
	digits := strings.TrimLeft(exp[1:], "0")
	for len(digits) < 2 {
		digits = "0" + digits
	}
	return mant + string(sign) + digits
}

// strFormatMethod implements str.format.
func strFormatMethod(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
	var b strings.Builder
	auto := 0
	manual := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '}' {
			if i+1 < len(s) && s[i+1] == '}' {
				b.WriteByte('}')
				i++
				continue
			}
			return nil, Errorf(ValueErrorType, "Single '}' encountered in format string")
		}
		if c != '{' {
			b.WriteByte(c)
			continue
		}
		if i+1 < len(s) && s[i+1] == '{' {
			b.WriteByte('{')
			i++
			continue
		}
		if i+1 == len(s) {
			return nil, Errorf(ValueErrorType, "Single '{' encountered in format string")
		}
		depth := 1
		j := i + 1
		for ; j < len(s) && depth > 0; j++ {
			if s[j] == '{' {
				depth++
			} else if s[j] == '}' {
				depth--
			}
		}
		if depth > 0 {
			return nil, Errorf(ValueErrorType, "expected '}' before end of string")
		}
		field := s[i+1 : j-1]
		i = j - 1
		name, spec := field, ""
		conv := byte(0)
		if k := strings.IndexAny(field, "!:"); k >= 0 {
			name = field[:k]
			rest := field[k:]
			if rest[0] == '!' {
				if len(rest) < 2 {
					return nil, Errorf(ValueErrorType, "end of string while looking for conversion specifier")
				}
				conv = rest[1]
				rest = rest[2:]
				if rest != "" && rest[0] != ':' {
					return nil, Errorf(ValueErrorType, "expected ':' after conversion specifier")
				}
			}
			if rest != "" {
				spec = rest[1:]
			}
		}
		// The argument name, then attribute and index accessors.
		first := name
		k := strings.IndexAny(name, ".[")
		if k >= 0 {
			first = name[:k]
		}
		var v Value
		if first == "" {
			if manual {
				return nil, Errorf(ValueErrorType, "cannot switch from manual field specification to automatic field numbering")
			}
			if auto >= len(args) {
				return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", auto)
			}
			v = args[auto]
			auto++
		} else if n, err := strconv.Atoi(first); err == nil {
			manual = true
			if n >= len(args) {
				return nil, Errorf(IndexErrorType, "Replacement index %d out of range for positional args tuple", n)
			}
			v = args[n]
		} else {
			found := false
			for _, kv := range kw {
				if kv.Name == first {
					v, found = kv.Value, true
				}
			}
			if !found {
				return nil, NewException(KeyErrorType, Str(first))
			}
		}
		for k >= 0 && k < len(name) {
			if name[k] == '.' {
				e := strings.IndexAny(name[k+1:], ".[")
				attr := name[k+1:]
				if e >= 0 {
					attr = name[k+1 : k+1+e]
				}
				var err error
				if v, err = GetAttr(t, v, attr); err != nil {
					return nil, err
				}
				k += 1 + len(attr)
			} else {
				e := strings.IndexByte(name[k:], ']')
				key := name[k+1 : k+e]
				var kv Value = Str(key)
				if n, err := strconv.Atoi(key); err == nil {
					kv = Int(n)
				}
				var err error
				if v, err = GetItem(t, v, kv); err != nil {
					return nil, err
				}
				k += e + 1
			}
		}
		if strings.Contains(spec, "{") {
			r, err := strFormatMethod(t, spec, args[auto:], kw)
			if err != nil {
				return nil, err
			}
			spec = string(r.(Str))
		}
		switch conv {
		case 'r', 'a':
			r, err := Repr(t, v)
			if err != nil {
				return nil, err
			}
			if conv == 'a' {
				r = asciiEscape(r)
			}
			v = Str(r)
		case 's':
			r, err := ToStr(t, v)
			if err != nil {
				return nil, err
			}
			v = Str(r)
		case 0:
		default:
			return nil, Errorf(ValueErrorType, "Unknown conversion specifier %c", conv)
		}
		r, err := Format(t, v, spec)
		if err != nil {
			return nil, err
		}
		b.WriteString(r)
	}
	return Str(b.String()), nil
}

// percentFormat implements str % args.
func percentFormat(t *Thread, s string, arg Value) (Value, error) {
	return percentFormatMode(t, s, arg, false)
}

// bytesPercentFormat implements bytes % args: s holds raw bytes, %s and
// %b take bytes-like values (or __bytes__), %r and %a give ascii(), %c
// takes an int or a bytes of length 1. The result's Str holds raw bytes.
func bytesPercentFormat(t *Thread, s string, arg Value) (Value, error) {
	if _, ok := arg.(*ByteArray); ok {
		arg = Tuple{arg}
	}
	return percentFormatMode(t, s, arg, true)
}

// bytesForPercent is the operand of a bytes %s or %b.
func bytesForPercent(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Bytes:
		return string(x), nil
	case *ByteArray:
		return string(x.B), nil
	}
	if m := lookupDunder(v, "__bytes__"); m != nil {
		r, err := callDunder(t, m, v)
		if err != nil {
			return "", err
		}
		if b, ok := r.(Bytes); ok {
			return string(b), nil
		}
		return "", Errorf(TypeErrorType, "__bytes__ returned non-bytes (type %s)", TypeName(r))
	}
	if o, ok := v.(*Object); ok && o.Base != nil {
		return bytesForPercent(t, o.Base)
	}
	return "", Errorf(TypeErrorType, "%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", TypeName(v))
}

func percentFormatMode(t *Thread, s string, arg Value, bytesMode bool) (Value, error) {
	var items []Value
	var mapping Value
	if tup, ok := arg.(Tuple); ok {
		items = tup
	} else if d, ok := arg.(*Dict); ok {
		mapping = d
		items = []Value{arg}
	} else {
		items = []Value{arg}
	}
	next := 0
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '%' {
			b.WriteByte(c)
			continue
		}
		i++
		if i >= len(s) {
			return nil, Errorf(ValueErrorType, "incomplete format")
		}
		var v Value
		if s[i] == '(' {
			e := strings.IndexByte(s[i:], ')')
			if e < 0 || mapping == nil {
				return nil, Errorf(TypeErrorType, "format requires a mapping")
			}
			var err error
			var key Value = Str(s[i+1 : i+e])
			if bytesMode {
				key = Bytes(s[i+1 : i+e])
			}
			v, err = GetItem(t, mapping, key)
			if err != nil {
				return nil, err
			}
			i += e + 1
		}
		j := i
		for j < len(s) && strings.IndexByte("-+ #0123456789.*", s[j]) >= 0 {
			j++
		}
		if j >= len(s) {
			return nil, Errorf(ValueErrorType, "incomplete format")
		}
		flags := s[i:j]
		conv := s[j]
		i = j
		if conv == '%' {
			b.WriteByte('%')
			continue
		}
		for strings.Contains(flags, "*") {
			// Each * takes its number from the arguments; a negative
			// width left-aligns.
			if next >= len(items) {
				return nil, Errorf(TypeErrorType, "not enough arguments for format string")
			}
			n, ok := items[next].(Int)
			if !ok {
				return nil, Errorf(TypeErrorType, "* wants int")
			}
			star := strings.IndexByte(flags, '*')
			isWidth := !strings.Contains(flags[:star], ".")
			if n < 0 && isWidth {
				flags = "-" + flags
				star++
				n = -n
			} else if n < 0 {
				n = 0
			}
			flags = flags[:star] + strconv.FormatInt(int64(n), 10) + flags[star+1:]
			next++
		}
		if v == nil {
			if next >= len(items) {
				return nil, Errorf(TypeErrorType, "not enough arguments for format string")
			}
			v = items[next]
			next++
		}
		spec := formatSpec{precision: -1}
		k := 0
		for k < len(flags) {
			switch flags[k] {
			case '-':
				spec.align = '<'
			case '+':
				spec.sign = '+'
			case ' ':
				if spec.sign == 0 {
					spec.sign = ' '
				}
			case '#':
				spec.alt = true
			case '0':
				spec.zero = true
			default:
				goto width
			}
			k++
		}
	width:
		rest := flags[k:]
		ws, ps, hasP := strings.Cut(rest, ".")
		spec.width, _ = strconv.Atoi(ws)
		if hasP {
			spec.precision, _ = strconv.Atoi(ps)
		}
		if spec.align == '<' {
			spec.zero = false
		}
		var out string
		var err error
		switch conv {
		case 's', 'r', 'a', 'b':
			var r string
			if bytesMode && (conv == 's' || conv == 'b') {
				r, err = bytesForPercent(t, v)
			} else if bytesMode {
				r, err = Repr(t, v)
				r = asciiEscape(r)
			} else if conv == 'b' {
				return nil, Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
			} else if conv == 's' {
				r, err = ToStr(t, v)
			} else {
				r, err = Repr(t, v)
				if conv == 'a' {
					r = asciiEscape(r)
				}
			}
			if err != nil {
				return nil, err
			}
			if spec.precision >= 0 {
				if bytesMode {
					if len(r) > spec.precision {
						r = r[:spec.precision]
					}
				} else if rs := strRunes(r); len(rs) > spec.precision {
					r = strings.Join(rs[:spec.precision], "")
				}
			}
			spec.zero = false
			if bytesMode && spec.width > len(r) {
				pad := strings.Repeat(" ", spec.width-len(r))
				if spec.align == '<' {
					r += pad
				} else {
					r = pad + r
				}
				b.WriteString(r)
				continue
			}
			out = spec.pad(r, spec.align == 0)
		case 'd', 'i', 'u', 'x', 'X', 'o':
			iv, ierr := percentInt(t, v, conv)
			if ierr != nil {
				return nil, ierr
			}
			spec.typ = conv
			if conv == 'i' || conv == 'u' {
				spec.typ = 'd'
			}
			// The precision is the least number of digits.
			spec.minDigits = spec.precision
			spec.precision = -1
			out, err = formatInt(iv, &spec)
		case 'e', 'E', 'f', 'F', 'g', 'G':
			fv, ferr := percentFloat(t, v)
			if ferr != nil {
				return nil, ferr
			}
			spec.typ = conv
			if spec.precision < 0 {
				spec.precision = 6
			}
			out, err = formatFloat(fv, &spec)
		case 'c':
			if bytesMode {
				switch x := v.(type) {
				case Int:
					if x < 0 || x > 255 {
						return nil, Errorf(OverflowErrorType, "%%c arg not in range(256)")
					}
					out = string([]byte{byte(x)})
				case Bytes:
					if len(x) != 1 {
						return nil, Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
					}
					out = string(x)
				default:
					return nil, Errorf(TypeErrorType, "%%c requires an integer in range(256) or a single byte")
				}
				out = spec.pad(out, false)
			} else if iv, ok := asIntValue(v); ok {
				n, isSmall := iv.(Int)
				if !isSmall || n < 0 || n > unicode.MaxRune {
					return nil, Errorf(OverflowErrorType, "%%c arg not in range(0x110000)")
				}
				out = string(rune(n))
			} else if sv, ok := v.(Str); ok && strLen(string(sv)) == 1 {
				out = string(sv)
			} else {
				return nil, Errorf(TypeErrorType, "%%c requires int or char")
			}
			out = spec.pad(out, false)
		default:
			return nil, Errorf(ValueErrorType, "unsupported format character '%c' (0x%x) at index %d", conv, conv, i)
		}
		if err != nil {
			return nil, err
		}
		b.WriteString(out)
	}
	if next < len(items) && mapping == nil {
		return nil, Errorf(TypeErrorType, "not all arguments converted during string formatting")
	}
	if bytesMode {
		return Bytes(b.String()), nil
	}
	return Str(b.String()), nil
}

// percentInt is the operand of %d, %i, %u (any real number, truncated)
// or of %x, %X, %o (an integer, or an object with __index__).
func percentInt(t *Thread, v Value, conv byte) (Value, error) {
	if iv, ok := asIntValue(v); ok {
		return iv, nil
	}
	if conv == 'x' || conv == 'X' || conv == 'o' {
		if m := lookupDunder(v, "__index__"); m != nil {
			r, err := callDunder(t, m, v)
			if err != nil {
				return nil, err
			}
			if iv, ok := asIntValue(r); ok {
				return iv, nil
			}
			return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
		}
		return nil, Errorf(TypeErrorType, "%%%c format: an integer is required, not %s", conv, TypeName(v))
	}
	if f, ok := v.(Float); ok {
		if math.IsInf(float64(f), 0) {
			return nil, Errorf(OverflowErrorType, "cannot convert float infinity to integer")
		}
		if math.IsNaN(float64(f)) {
			return nil, Errorf(ValueErrorType, "cannot convert float NaN to integer")
		}
		return MakeBig(bigFromFloat(float64(f))), nil
	}
	if lookupDunder(v, "__int__") != nil || lookupDunder(v, "__index__") != nil {
		return intFromArgs(t, v, nil)
	}
	return nil, Errorf(TypeErrorType, "%%%c format: a real number is required, not %s", conv, TypeName(v))
}

// percentFloat is the operand of %e, %f, %g: a real number, or an object
// with __float__ or __index__.
func percentFloat(t *Thread, v Value) (float64, error) {
	switch v.(type) {
	case Float, Int, Bool, *BigInt:
	default:
		if lookupDunder(v, "__float__") == nil && lookupDunder(v, "__index__") == nil {
			return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
		}
	}
	r, err := floatFrom(t, v)
	if err != nil {
		return 0, err
	}
	return float64(r.(Float)), nil
}

func bigFromFloat(f float64) *big.Int {
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return b
}
