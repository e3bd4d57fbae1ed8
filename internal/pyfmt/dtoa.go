package pyfmt

import (
	"math"
	"strconv"
)

// dtoaFlags are the options of CPython's float-to-string conversion.
type dtoaFlags uint8

const (
	// flagAlt keeps the decimal point, and for 'g' the trailing zeros.
	flagAlt dtoaFlags = 1 << iota
	// flagAddDot0 makes integral values print as "1.0" in fixed
	// notation, and moves 'g' to exponent notation one digit earlier so
	// that the ".0" fits the precision. It serves repr and the format
	// type that is left out.
	flagAddDot0
	// flagNoNegZero drops the minus sign of a value that rounds to zero.
	flagNoNegZero
)

// floatDigits returns the decimal digits of the finite, non-negative f
// without leading or trailing zeros (zero is "0") and the position of the
// decimal point relative to them: value = 0.digits * 10**decpt. The modes
// are those of David Gay's dtoa: 0 shortest round-trip, 2 nd significant
// digits, 3 nd digits after the decimal point. strconv rounds correctly
// from the exact binary value, ties to even, as dtoa does, so the digits
// agree with CPython's.
func floatDigits(buf []byte, f float64, mode, nd int) ([]byte, int) {
	var s []byte
	var digits []byte
	var decpt int
	if mode == 3 {
		s = strconv.AppendFloat(buf[:0], f, 'f', nd, 64)
		// s is "iii" or "iii.fff"; drop the point in place.
		point := len(s)
		for i, c := range s {
			if c == '.' {
				point = i
				break
			}
		}
		if point < len(s) {
			copy(s[point:], s[point+1:])
			s = s[:len(s)-1]
		}
		digits, decpt = s, point
	} else {
		prec := -1
		if mode == 2 {
			prec = nd - 1
		}
		s = strconv.AppendFloat(buf[:0], f, 'e', prec, 64)
		// s is "d[.ddd]e±xx".
		e := len(s) - 1
		for s[e] != 'e' {
			e--
		}
		exp, _ := strconv.Atoi(string(s[e+1:]))
		if e > 1 {
			copy(s[1:], s[2:e])
			s = s[:e-1]
		} else {
			s = s[:1]
		}
		digits, decpt = s, exp+1
	}
	for len(digits) > 0 && digits[0] == '0' {
		digits = digits[1:]
		decpt--
	}
	for len(digits) > 0 && digits[len(digits)-1] == '0' {
		digits = digits[:len(digits)-1]
	}
	if len(digits) == 0 {
		return append(digits[:0], '0'), 1
	}
	return digits, decpt
}

// appendDouble appends f formatted like CPython's PyOS_double_to_string
// with format code e, E, f, F, g, G or r (precision ignored for r), but
// without the sign, which it reports instead: neg tells whether a minus
// sign belongs in front. The sign of a NaN is never shown.
func appendDouble(dst []byte, f float64, code byte, prec int, flags dtoaFlags) (out []byte, neg bool) {
	upper := code >= 'A' && code <= 'Z'
	if upper {
		code += 'a' - 'A'
	}
	switch {
	case math.IsNaN(f):
		if upper {
			return append(dst, "NAN"...), false
		}
		return append(dst, "nan"...), false
	case math.IsInf(f, 0):
		if upper {
			return append(dst, "INF"...), f < 0
		}
		return append(dst, "inf"...), f < 0
	}
	neg = math.Signbit(f)
	f = math.Abs(f)

	var buf [40]byte
	var digits []byte
	var decpt int
	switch code {
	case 'e':
		prec++
		digits, decpt = floatDigits(buf[:], f, 2, prec)
	case 'f':
		digits, decpt = floatDigits(buf[:], f, 3, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = floatDigits(buf[:], f, 2, prec)
	default:
		code = 'r'
		digits, decpt = floatDigits(buf[:], f, 0, 0)
	}
	if flags&flagNoNegZero != 0 && len(digits) == 1 && digits[0] == '0' {
		neg = false
	}
	alt := flags&flagAlt != 0
	addDot0 := flags&flagAddDot0 != 0

	// The digits occupy positions [0, len(digits)) of a virtual digit
	// string that is zero extended to [vstart, vend), with the decimal
	// point after position decpt.
	useExp := false
	vend := len(digits)
	switch code {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit--
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vend = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}

	if decpt <= 0 {
		dst = appendZeros(dst, decpt-vstart)
		dst = append(dst, '.')
		dst = appendZeros(dst, -decpt)
	} else {
		dst = appendZeros(dst, -vstart)
	}
	if decpt > 0 && decpt <= len(digits) {
		dst = append(dst, digits[:decpt]...)
		dst = append(dst, '.')
		dst = append(dst, digits[decpt:]...)
	} else {
		dst = append(dst, digits...)
	}
	if len(digits) < decpt {
		dst = appendZeros(dst, decpt-len(digits))
		dst = append(dst, '.')
		dst = appendZeros(dst, vend-decpt)
	} else {
		dst = appendZeros(dst, vend-len(digits))
	}
	if dst[len(dst)-1] == '.' && !alt {
		dst = dst[:len(dst)-1]
	}
	if useExp {
		if upper {
			dst = append(dst, 'E')
		} else {
			dst = append(dst, 'e')
		}
		if exp < 0 {
			dst = append(dst, '-')
			exp = -exp
		} else {
			dst = append(dst, '+')
		}
		if exp < 10 {
			dst = append(dst, '0')
		}
		dst = strconv.AppendInt(dst, int64(exp), 10)
	}
	return dst, neg
}

func appendZeros(dst []byte, n int) []byte {
	for ; n > 0; n-- {
		dst = append(dst, '0')
	}
	return dst
}

// FormatFloatStr returns f as CPython's PyOS_double_to_string prints it
// with no flags: code is one of e E f F g G, with precision prec, as the %
// operator uses it; or 'r' for repr(f), which is also str(f) in Python 3.
// A negative value, including -0.0, keeps its minus sign.
func FormatFloatStr(f float64, code byte, prec int) string {
	flags := dtoaFlags(0)
	if code == 'r' {
		flags = flagAddDot0
	}
	return floatString(f, code, prec, flags)
}

// floatString is appendDouble with the sign, as a string.
func floatString(f float64, code byte, prec int, flags dtoaFlags) string {
	var buf [48]byte
	// The body goes after a reserved byte so that a sign costs no copy;
	// a long body leaves buf and gets its sign by concatenation.
	body, neg := appendDouble(buf[1:1], f, code, prec, flags)
	switch {
	case !neg:
		return string(body)
	case &body[0] == &buf[1]:
		buf[0] = '-'
		return string(buf[:len(body)+1])
	}
	return "-" + string(body)
}
