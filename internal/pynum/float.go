package pynum

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// FloatTrueDiv returns x / y for floats.
// Error: ZeroDivisionError "float division by zero".
func FloatTrueDiv(x, y float64) (float64, *Error) {
	if y == 0 {
		return 0, errFloatDivZero
	}
	return x / y, nil
}

// floatDivMod is CPython's _float_div_mod (y != 0).
func floatDivMod(vx, wx float64) (floordiv, mod float64) {
	mod = math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// FloatFloorDiv returns x // y for floats.
// Error: ZeroDivisionError "float floor division by zero".
func FloatFloorDiv(x, y float64) (float64, *Error) {
	if y == 0 {
		return 0, errFloatFloorDiv
	}
	q, _ := floatDivMod(x, y)
	return q, nil
}

// FloatMod returns x % y for floats; the result has the sign of y.
// Error: ZeroDivisionError "float modulo".
func FloatMod(x, y float64) (float64, *Error) {
	if y == 0 {
		return 0, errFloatMod
	}
	mod := math.Mod(x, y)
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
		}
	} else {
		mod = math.Copysign(0, y)
	}
	return mod, nil
}

// FloatDivMod returns divmod(x, y) for floats.
// Error: ZeroDivisionError "float divmod()".
func FloatDivMod(x, y float64) (float64, float64, *Error) {
	if y == 0 {
		return 0, 0, errFloatDivmod
	}
	q, r := floatDivMod(x, y)
	return q, r, nil
}

func isOddInteger(f float64) bool {
	return math.Mod(f, 2) == 1 || math.Mod(f, 2) == -1
}

// FloatPow returns x ** y for floats (CPython's float_pow). When x is
// negative and y is not an integer the result is complex: isComplex is true
// and the caller must compute complex(x) ** complex(y) (ComplexPow).
// Errors: ZeroDivisionError "0.0 cannot be raised to a negative power",
// OverflowError "(34, 'Numerical result out of range')".
func FloatPow(x, y float64) (r float64, isComplex bool, err *Error) {
	switch {
	case y == 0:
		return 1, false, nil
	case math.IsNaN(x):
		return x, false, nil
	case math.IsNaN(y):
		if x == 1 {
			return 1, false, nil
		}
		return y, false, nil
	case math.IsInf(y, 0):
		ax := math.Abs(x)
		if ax == 1 {
			return 1, false, nil
		}
		if (y > 0) == (ax > 1) {
			return math.Inf(1), false, nil
		}
		return 0, false, nil
	case math.IsInf(x, 0):
		odd := isOddInteger(y)
		if y > 0 {
			if odd {
				return x, false, nil
			}
			return math.Abs(x), false, nil
		}
		if odd {
			return math.Copysign(0, x), false, nil
		}
		return 0, false, nil
	case x == 0:
		if y < 0 {
			return 0, false, errZeroNegPow
		}
		if isOddInteger(y) {
			return x, false, nil
		}
		return 0, false, nil
	}
	negate := false
	if x < 0 {
		if y != math.Floor(y) {
			return 0, true, nil
		}
		x = -x
		negate = isOddInteger(y)
	}
	if x == 1 {
		if negate {
			return -1, false, nil
		}
		return 1, false, nil
	}
	r = pow(x, y)
	if math.IsInf(r, 0) {
		return 0, false, errRange
	}
	if negate {
		r = -r
	}
	return r, false, nil
}

// Round returns round(x) with no ndigits: the nearest integer, ties to even.
// Errors: OverflowError "cannot convert float infinity to integer",
// ValueError "cannot convert float NaN to integer".
func Round(x float64) (Int, *Error) {
	return FromFloat(math.RoundToEven(x))
}

// RoundN returns round(x, n) for a float, correctly rounded from the exact
// binary value to n decimal places (n may be negative), ties to even, as
// CPython does. Infinities and NaNs are returned unchanged. Callers holding
// an ndigits that does not fit in an int64 may clamp it: beyond ±400 the
// result no longer depends on it.
// Error: OverflowError "rounded value too large to represent".
func RoundN(x float64, n int64) (float64, *Error) {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return x, nil
	}
	const ndigitsMax = 323  // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
	const ndigitsMin = -308 // -(DBL_MAX_EXP + 1) * 0.30103
	if n > ndigitsMax {
		return x, nil
	}
	if n < ndigitsMin {
		return 0 * x, nil
	}
	var s string
	if n >= 0 {
		s = strconv.FormatFloat(x, 'f', int(n), 64)
	} else {
		// Divide the exact value by 10**-n and round half-even to an integer.
		r := new(big.Rat).SetFloat64(x)
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		num := r.Num()
		den := new(big.Int).Mul(r.Denom(), p)
		q, rem := new(big.Int).QuoRem(num, den, new(big.Int))
		// Compare 2*|rem| with den.
		rem.Abs(rem)
		c := rem.Lsh(rem, 1).Cmp(den)
		if c > 0 || c == 0 && q.Bit(0) == 1 {
			if x < 0 {
				q.Sub(q, bigOne)
			} else {
				q.Add(q, bigOne)
			}
		}
		s = q.String() + "e" + strconv.FormatInt(-n, 10)
		if q.Sign() == 0 && math.Signbit(x) {
			s = "-" + s
		}
	}
	f, _ := strconv.ParseFloat(s, 64)
	if math.IsInf(f, 0) {
		return 0, &Error{Class: "OverflowError", Msg: "rounded value too large to represent"}
	}
	return f, nil
}

// IsInteger returns float.is_integer(x).
func IsInteger(x float64) bool {
	return !math.IsInf(x, 0) && x == math.Trunc(x)
}

// AsIntegerRatio returns float.as_integer_ratio(x): the numerator and the
// positive denominator of x in lowest terms.
// Errors: OverflowError "cannot convert Infinity to integer ratio",
// ValueError "cannot convert NaN to integer ratio".
func AsIntegerRatio(x float64) (num, den Int, err *Error) {
	if math.IsInf(x, 0) {
		return Int{}, Int{}, &Error{Class: "OverflowError", Msg: "cannot convert Infinity to integer ratio"}
	}
	if math.IsNaN(x) {
		return Int{}, Int{}, &Error{Class: "ValueError", Msg: "cannot convert NaN to integer ratio"}
	}
	if x == math.Trunc(x) && math.Abs(x) < 1<<63 {
		return Int{small: int64(x)}, Int{small: 1}, nil
	}
	r := new(big.Rat).SetFloat64(x)
	return IntFromBig(new(big.Int).Set(r.Num())), IntFromBig(new(big.Int).Set(r.Denom())), nil
}

// FloatHex returns float.hex(x), e.g. "0x1.8000000000000p+1", "-0x0.0p+0",
// "inf", "nan".
func FloatHex(x float64) string {
	switch {
	case math.IsNaN(x):
		return "nan"
	case math.IsInf(x, 1):
		return "inf"
	case math.IsInf(x, -1):
		return "-inf"
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	const hexd = "0123456789abcdef"
	m, e := math.Frexp(math.Abs(x))
	shift := 1 - max(-1021-e, 0)
	m = math.Ldexp(m, shift)
	e -= shift
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	b.WriteByte(hexd[int(m)])
	m -= float64(int(m))
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		m *= 16
		b.WriteByte(hexd[int(m)])
		m -= float64(int(m))
	}
	b.WriteByte('p')
	if e < 0 {
		b.WriteByte('-')
		e = -e
	} else {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// FloatFromHex returns float.fromhex(s), correctly rounded (ties to even).
// Errors: ValueError "invalid hexadecimal floating-point string",
// OverflowError "hexadecimal value too large to represent as a float".
func FloatFromHex(s string) (float64, *Error) {
	invalid := &Error{Class: "ValueError", Msg: "invalid hexadecimal floating-point string"}
	i, n := 0, len(s)
	for i < n && isASCIISpace(s[i]) {
		i++
	}
	for n > i && isASCIISpace(s[n-1]) {
		n--
	}
	s = s[i:n]
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	sign := func(f float64) float64 {
		if neg {
			return -f
		}
		return f
	}
	switch strings.ToLower(s) {
	case "inf", "infinity":
		return sign(math.Inf(1)), nil
	case "nan":
		return math.NaN(), nil
	}
	if len(s) >= 2 && s[0] == '0' && s[1]|0x20 == 'x' {
		s = s[2:]
	}
	mant := new(big.Int)
	ndig := 0
	exp := int64(0)
	j := 0
	var acc uint64
	accN := 0
	flush := func() {
		if accN > 0 {
			mant.Lsh(mant, uint(4*accN))
			mant.Or(mant, new(big.Int).SetUint64(acc))
			acc, accN = 0, 0
		}
	}
	addDigit := func(d int) {
		acc = acc<<4 | uint64(d)
		accN++
		if accN == 15 {
			flush()
		}
	}
	for j < len(s) && digitValue(s[j]) < 16 {
		addDigit(digitValue(s[j]))
		ndig++
		j++
	}
	if j < len(s) && s[j] == '.' {
		j++
		for j < len(s) && digitValue(s[j]) < 16 {
			addDigit(digitValue(s[j]))
			ndig++
			exp -= 4
			j++
		}
	}
	flush()
	if ndig == 0 {
		return 0, invalid
	}
	if j < len(s) && s[j]|0x20 == 'p' {
		j++
		eneg := false
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			eneg = s[j] == '-'
			j++
		}
		start := j
		var e int64
		for j < len(s) && s[j] >= '0' && s[j] <= '9' {
			if e < 1<<40 {
				e = e*10 + int64(s[j]-'0')
			}
			j++
		}
		if j == start {
			return 0, invalid
		}
		if eneg {
			e = -e
		}
		exp += e
	}
	if j != len(s) {
		return 0, invalid
	}
	if mant.Sign() == 0 {
		return sign(0), nil
	}
	top := exp + int64(mant.BitLen()) // value in [2**(top-1), 2**top)
	if top > 1025 {
		return 0, &Error{Class: "OverflowError", Msg: "hexadecimal value too large to represent as a float"}
	}
	if top < -1080 {
		return sign(0), nil
	}
	bf := new(big.Float).SetPrec(uint(mant.BitLen())).SetInt(mant)
	bf.SetMantExp(bf, int(exp))
	f, _ := bf.Float64()
	if math.IsInf(f, 0) {
		return 0, &Error{Class: "OverflowError", Msg: "hexadecimal value too large to represent as a float"}
	}
	return sign(f), nil
}

// ParseFloat implements float(s) for a str s (UTF-8): surrounding
// whitespace, Unicode decimal digits, underscores between digits, "inf",
// "infinity" and "nan" in any case with an optional sign. Out-of-range
// values become inf or 0.0 as in CPython.
// Error: ValueError "could not convert string to float: " with NeedRepr set.
func ParseFloat(s string) (float64, *Error) {
	a, ok := asciiNumeric(s)
	if !ok {
		return 0, errParseFloat()
	}
	return ParseFloatASCII(a)
}

func errParseFloat() *Error {
	return &Error{Class: "ValueError", Msg: "could not convert string to float: ", NeedRepr: true}
}

// ParseFloatASCII is ParseFloat for bytes arguments (ASCII only).
func ParseFloatASCII(s string) (float64, *Error) {
	i, n := 0, len(s)
	for i < n && isASCIISpace(s[i]) {
		i++
	}
	for n > i && isASCIISpace(s[n-1]) {
		n--
	}
	s = s[i:n]
	f, ok := parseFloatBody(s)
	if !ok {
		return 0, errParseFloat()
	}
	return f, nil
}

// parseFloatBody parses a Python float literal without surrounding space.
func parseFloatBody(s string) (float64, bool) {
	if strings.IndexByte(s, '_') >= 0 {
		var b []byte
		prev := byte(0)
		for k := 0; k < len(s); k++ {
			c := s[k]
			if c == '_' {
				if !(prev >= '0' && prev <= '9') {
					return 0, false
				}
			} else {
				if prev == '_' && !(c >= '0' && c <= '9') {
					return 0, false
				}
				b = append(b, c)
			}
			prev = c
		}
		if prev == '_' {
			return 0, false
		}
		s = string(b)
	}
	body := s
	neg := false
	if body != "" && (body[0] == '+' || body[0] == '-') {
		neg = body[0] == '-'
		body = body[1:]
	}
	switch strings.ToLower(body) {
	case "inf", "infinity":
		if neg {
			return math.Inf(-1), true
		}
		return math.Inf(1), true
	case "nan":
		if neg {
			return math.Copysign(math.NaN(), -1), true
		}
		return math.NaN(), true
	}
	// digits [. digits] [e [sign] digits], at least one mantissa digit.
	k, nd := 0, 0
	for k < len(body) && body[k] >= '0' && body[k] <= '9' {
		k++
		nd++
	}
	if k < len(body) && body[k] == '.' {
		k++
		for k < len(body) && body[k] >= '0' && body[k] <= '9' {
			k++
			nd++
		}
	}
	if nd == 0 {
		return 0, false
	}
	if k < len(body) && body[k]|0x20 == 'e' {
		k++
		if k < len(body) && (body[k] == '+' || body[k] == '-') {
			k++
		}
		start := k
		for k < len(body) && body[k] >= '0' && body[k] <= '9' {
			k++
		}
		if k == start {
			return 0, false
		}
	}
	if k != len(body) {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}
