package interp

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode"

	"github.com/rebeam/rebeam/internal/pyfmt"
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
		var err error
		if f.width, err = strconv.Atoi(strings.Join(rs[start:i], "")); err != nil {
			return f, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
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
		var err error
		if f.precision, err = strconv.Atoi(strings.Join(rs[start:i], "")); err != nil {
			return f, Errorf(ValueErrorType, "Too many decimal digits in format string")
		}
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

// formatBuiltin is the __format__ of int, float and str: the builtin value
// formatted by spec, or str(self) for an empty spec, so that a subclass's
// __str__ (or __repr__) shows in f"{x}".
func formatBuiltin(t *Thread, self, v Value, spec string) (Value, error) {
	var s string
	var err error
	if spec == "" {
		s, err = ToStr(t, self)
	} else {
		s, err = Format(t, v, spec)
	}
	return Str(s), err
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
	switch x := v.(type) {
	case Complex:
		return formatComplex(x, spec)
	case Str:
		return formatStr(string(x), spec)
	}
	f, err := parseFormatSpec(spec)
	if err != nil {
		if e, ok := err.(*Exception); ok && strings.Contains(e.Message(), "%s") {
			return "", Errorf(ValueErrorType, "%s", strings.Replace(e.Message(), "%s", TypeName(v), 1))
		}
		return "", err
	}
	if f.width > pyfmt.MaxWidth {
		return "", Errorf(MemoryErrorType, "")
	}
	if _, isFloat := v.(Float); isFloat && f.precision > pyfmt.MaxWidth {
		return "", Errorf(ValueErrorType, "precision too big")
	}
	switch x := v.(type) {
	case Bool:
		iv, _ := asIntValue(x)
		return formatInt(iv, &f)
	case Int, *BigInt:
		return formatInt(x, &f)
	case Float:
		return formatFloat(float64(x), &f)
	}
	return "", Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(v))
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

func bigFromFloat(f float64) *big.Int {
	b, _ := new(big.Float).SetFloat64(math.Trunc(f)).Int(nil)
	return b
}
