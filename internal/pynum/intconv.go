package pynum

import (
	"math"
	"math/big"
	"strconv"
	"strings"
)

// ToFloat returns float(x), correctly rounded (round-half-even).
// Error: OverflowError "int too large to convert to float".
func ToFloat(x Int) (float64, *Error) {
	if x.big == nil {
		return float64(x.small), nil
	}
	n := x.big.BitLen()
	if n > 1024 {
		return 0, errIntTooLarge
	}
	// Keep the top 55 bits, with a sticky bit for anything below, then let
	// the uint64 -> float64 conversion round once.
	a := new(big.Int).Abs(x.big)
	shift := uint(n - 55)
	top := new(big.Int).Rsh(a, shift).Uint64()
	if a.TrailingZeroBits() < shift {
		top |= 1
	}
	f := math.Ldexp(float64(top), int(shift))
	if math.IsInf(f, 0) {
		return 0, errIntTooLarge
	}
	if x.big.Sign() < 0 {
		f = -f
	}
	return f, nil
}

// FromFloat returns int(f), truncating towards zero.
// Errors: OverflowError "cannot convert float infinity to integer",
// ValueError "cannot convert float NaN to integer".
func FromFloat(f float64) (Int, *Error) {
	if f > -9.223372036854775808e18 && f < 9.223372036854775808e18 {
		return Int{small: int64(f)}, nil
	}
	if math.IsNaN(f) {
		return Int{}, errFloatNaN
	}
	if math.IsInf(f, 0) {
		return Int{}, errFloatInf
	}
	if f == -9.223372036854775808e18 {
		return Int{small: math.MinInt64}, nil
	}
	// |f| >= 2**63 is an integer.
	mant, exp := math.Frexp(f) // f = mant * 2**exp, 0.5 <= |mant| < 1
	m := int64(math.Ldexp(mant, 53))
	b := new(big.Int).Lsh(big.NewInt(m), uint(exp-53))
	return IntFromBig(b), nil
}

// TrueDiv returns x / y for ints, correctly rounded to a float.
// Errors: ZeroDivisionError "division by zero", OverflowError "integer
// division result too large for a float".
func TrueDiv(x, y Int) (float64, *Error) {
	if y.Sign() == 0 {
		return 0, errDivZero
	}
	if x.big == nil && y.big == nil {
		const lim = 1 << 53
		if x.small >= -lim && x.small <= lim && y.small >= -lim && y.small <= lim {
			return float64(x.small) / float64(y.small), nil
		}
	}
	neg := x.Sign()*y.Sign() < 0
	if x.Sign() == 0 {
		if y.Sign() < 0 {
			return math.Copysign(0, -1), nil
		}
		return 0, nil
	}
	f, _ := new(big.Rat).SetFrac(new(big.Int).Abs(x.view()), new(big.Int).Abs(y.view())).Float64()
	if math.IsInf(f, 0) {
		return 0, errDivTooLarge
	}
	if neg {
		f = -f
	}
	return f, nil
}

// CmpFloat compares the int x with the float f exactly (no rounding), as
// Python's int/float comparisons do. ok is false when f is a NaN (every
// ordered comparison is then false and == is false).
func CmpFloat(x Int, f float64) (c int, ok bool) {
	if math.IsNaN(f) {
		return 0, false
	}
	if math.IsInf(f, 1) {
		return -1, true
	}
	if math.IsInf(f, -1) {
		return 1, true
	}
	if x.big == nil && x.small >= -1<<53 && x.small <= 1<<53 {
		xf := float64(x.small)
		switch {
		case xf < f:
			return -1, true
		case xf > f:
			return 1, true
		}
		return 0, true
	}
	t := math.Trunc(f)
	ti, _ := FromFloat(t)
	if c := Cmp(x, ti); c != 0 {
		return c, true
	}
	switch frac := f - t; {
	case frac > 0:
		return -1, true
	case frac < 0:
		return 1, true
	}
	return 0, true
}

// DefaultMaxStrDigits is CPython's default sys.get_int_max_str_digits().
const DefaultMaxStrDigits = 4300

// ToDecimal returns str(x) (and repr(x)). maxDigits is
// sys.get_int_max_str_digits(); 0 means unlimited.
// Error: ValueError "Exceeds the limit (4300 digits) for integer string
// conversion; use sys.set_int_max_str_digits() to increase the limit".
func ToDecimal(x Int, maxDigits int) (string, *Error) {
	if x.big == nil {
		return itoa(x.small), nil
	}
	// log10(2) < 0.30103: a quick reject for values far beyond the limit.
	if maxDigits > 0 && float64(x.big.BitLen()-1)*0.30102999566 > float64(maxDigits)+1 {
		return "", strLimitErr(maxDigits)
	}
	s := x.big.String()
	n := len(s)
	if s[0] == '-' {
		n--
	}
	if maxDigits > 0 && n > maxDigits {
		return "", strLimitErr(maxDigits)
	}
	return s, nil
}

func strLimitErr(maxDigits int) *Error {
	return &Error{Class: "ValueError", Msg: "Exceeds the limit (" + strconv.Itoa(maxDigits) +
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"}
}

// Bin returns bin(x), e.g. "-0b101".
func Bin(x Int) string { return FormatBase(x, 2, true) }

// Oct returns oct(x), e.g. "0o17".
func Oct(x Int) string { return FormatBase(x, 8, true) }

// Hex returns hex(x), e.g. "-0xff".
func Hex(x Int) string { return FormatBase(x, 16, true) }

// FormatBase formats x in base 2..36 with lowercase digits and a leading '-'
// for negatives; with prefix true, bases 2, 8 and 16 get "0b", "0o" and
// "0x" after the sign (as bin, oct and hex). No digit limit applies: for
// base 10 with a limit use ToDecimal.
func FormatBase(x Int, base int, prefix bool) string {
	var digits string
	neg := x.Sign() < 0
	if x.big == nil {
		u := uint64(x.small)
		if neg {
			u = -u
		}
		digits = strconv.FormatUint(u, base)
	} else {
		digits = new(big.Int).Abs(x.big).Text(base)
	}
	var p string
	if prefix {
		switch base {
		case 2:
			p = "0b"
		case 8:
			p = "0o"
		case 16:
			p = "0x"
		}
	}
	if neg {
		return "-" + p + digits
	}
	return p + digits
}

// digitValue returns the value of the ASCII digit/letter c, or 99.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 99
}

// ParseInt implements int(s, base) for a str s (UTF-8): surrounding
// whitespace, a sign, base 0 (prefix-determined, no leading zeros), bases
// 2..36 with the optional matching 0x/0o/0b prefix, single underscores
// between digits (and after a prefix), and Unicode decimal digits. maxDigits
// is sys.get_int_max_str_digits() (0 = unlimited); it applies to bases that
// are not powers of two.
// Errors: ValueError "int() base must be >= 2 and <= 36, or 0"; ValueError
// "invalid literal for int() with base N: " with NeedRepr set (the caller
// appends repr of the argument); ValueError "Exceeds the limit (4300 digits)
// for integer string conversion: value has N digits; use
// sys.set_int_max_str_digits() to increase the limit".
func ParseInt(s string, base int, maxDigits int) (Int, *Error) {
	if base != 0 && (base < 2 || base > 36) {
		return Int{}, &Error{Class: "ValueError", Msg: "int() base must be >= 2 and <= 36, or 0"}
	}
	a, ok := asciiNumeric(s)
	if !ok {
		return Int{}, invalidLiteral(base)
	}
	return ParseIntASCII(a, base, maxDigits)
}

// ParseIntASCII is ParseInt for bytes/bytearray arguments: only ASCII
// whitespace and digits are recognised.
func ParseIntASCII(s string, base int, maxDigits int) (Int, *Error) {
	if base != 0 && (base < 2 || base > 36) {
		return Int{}, &Error{Class: "ValueError", Msg: "int() base must be >= 2 and <= 36, or 0"}
	}
	origBase := base
	bad := func() (Int, *Error) { return Int{}, invalidLiteral(origBase) }
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
	prefixed := false
	if len(s) >= 2 && s[0] == '0' {
		p := s[1] | 0x20
		pb := 0
		switch p {
		case 'x':
			pb = 16
		case 'o':
			pb = 8
		case 'b':
			pb = 2
		}
		if pb != 0 && (base == 0 || base == pb) {
			base = pb
			s = s[2:]
			prefixed = true
			if s != "" && s[0] == '_' {
				s = s[1:]
			}
		}
	}
	if base == 0 {
		base = 10
		if s != "" && s[0] == '0' {
			// Only zeros (with underscores) may follow a leading 0.
			prev := byte(0)
			for j := 0; j < len(s); j++ {
				c := s[j]
				if c == '_' {
					if prev == '_' {
						return bad()
					}
				} else if c != '0' {
					return bad()
				}
				prev = c
			}
			if prev == '_' {
				return bad()
			}
			return Int{}, nil
		}
	}
	// Scan digits and underscores.
	digits := 0
	prev := byte('_')
	if !prefixed {
		prev = 0
	}
	end := 0
	for end < len(s) {
		c := s[end]
		if c == '_' {
			if prev == '_' || prev == 0 {
				return bad()
			}
		} else if digitValue(c) < base {
			digits++
		} else {
			break
		}
		prev = c
		end++
	}
	if prefixed && prev == '_' && digits == 0 {
		return bad()
	}
	if base&(base-1) != 0 && maxDigits > 0 && digits > maxDigits {
		return Int{}, &Error{Class: "ValueError", Msg: "Exceeds the limit (" + strconv.Itoa(maxDigits) +
			" digits) for integer string conversion: value has " + strconv.Itoa(digits) +
			" digits; use sys.set_int_max_str_digits() to increase the limit"}
	}
	if digits == 0 || end != len(s) || prev == '_' {
		return bad()
	}
	body := s
	if strings.IndexByte(body, '_') >= 0 {
		body = strings.ReplaceAll(body, "_", "")
	}
	if len(body) <= 12 || (base == 10 && len(body) <= 18) || (base == 16 && len(body) <= 15) {
		v, err := strconv.ParseUint(body, base, 64)
		if err == nil && v <= math.MaxInt64 {
			if neg {
				return Int{small: -int64(v)}, nil
			}
			return Int{small: int64(v)}, nil
		}
	}
	b, ok := new(big.Int).SetString(body, base)
	if !ok {
		return bad()
	}
	if neg {
		b.Neg(b)
	}
	return IntFromBig(b), nil
}

func invalidLiteral(base int) *Error {
	return &Error{Class: "ValueError", Msg: "invalid literal for int() with base " + strconv.Itoa(base) + ": ", NeedRepr: true}
}

func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// ToBytes implements int.to_bytes(length, byteorder, signed=signed);
// bigEndian selects byteorder "big".
// Errors: OverflowError "int too big to convert", OverflowError "can't
// convert negative int to unsigned", ValueError "length argument must be
// non-negative".
func ToBytes(x Int, length int, bigEndian, signed bool) ([]byte, *Error) {
	if length < 0 {
		return nil, &Error{Class: "ValueError", Msg: "length argument must be non-negative"}
	}
	if !signed && x.Sign() < 0 {
		return nil, &Error{Class: "OverflowError", Msg: "can't convert negative int to unsigned"}
	}
	tooBig := &Error{Class: "OverflowError", Msg: "int too big to convert"}
	if length == 0 {
		// CPython accepts 0 and, when signed, -1 (all ones in no bytes).
		if x.Sign() == 0 || signed && x.big == nil && x.small == -1 {
			return []byte{}, nil
		}
		return nil, tooBig
	}
	// Bits needed: unsigned bit_length, or for signed the two's complement
	// width (bit_length of x or of ~x, plus the sign bit).
	need := x.bitLen()
	if signed {
		if x.Sign() < 0 {
			need = Invert(x).bitLen() + 1
		} else {
			need++
		}
	}
	if need > 8*length {
		return nil, tooBig
	}
	out := make([]byte, length)
	v := x.view()
	if v.Sign() < 0 {
		// Two's complement: 2**(8*length) + x.
		v = new(big.Int).Add(new(big.Int).Lsh(bigOne, uint(8*length)), v)
	}
	v.FillBytes(out)
	if !bigEndian {
		for i, j := 0, len(out)-1; i < j; i, j = i+1, j-1 {
			out[i], out[j] = out[j], out[i]
		}
	}
	return out, nil
}

// FromBytes implements int.from_bytes(b, byteorder, signed=signed).
func FromBytes(b []byte, bigEndian, signed bool) Int {
	buf := b
	if !bigEndian {
		buf = make([]byte, len(b))
		for i := range b {
			buf[len(b)-1-i] = b[i]
		}
	}
	if len(buf) <= 8 {
		var u uint64
		for _, c := range buf {
			u = u<<8 | uint64(c)
		}
		if signed && len(buf) > 0 && buf[0]&0x80 != 0 {
			// Sign-extend.
			sh := uint(64 - 8*len(buf))
			return Int{small: int64(u<<sh) >> sh}
		}
		return IntFromUint64(u)
	}
	v := new(big.Int).SetBytes(buf)
	if signed && buf[0]&0x80 != 0 {
		v.Sub(v, new(big.Int).Lsh(bigOne, uint(8*len(buf))))
	}
	return IntFromBig(v)
}
