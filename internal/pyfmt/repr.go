// Package pyfmt formats values the way CPython prints them: repr of floats,
// complex numbers, str and bytes. It is shared by the parser's dump and the
// interpreter, so that both print exactly what CPython prints.
package pyfmt

import (
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FloatRepr returns repr(f): the shortest digits that round-trip, in fixed
// notation when the decimal exponent is in [-4, 16), else scientific with at
// least two exponent digits; integral values keep a trailing ".0".
func FloatRepr(f float64) string {
	return floatShortest(f, true)
}

// floatShortest is repr's algorithm; withPoint adds ".0" to integral values
// in fixed notation (complex parts omit it).
func floatShortest(f float64, withPoint bool) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	// 'e' with -1 precision gives the shortest round-trip digits.
	e := strconv.FormatFloat(f, 'e', -1, 64)
	mant, expStr, _ := strings.Cut(e, "e")
	exp, _ := strconv.Atoi(expStr)
	neg := strings.HasPrefix(mant, "-")
	if neg {
		mant = mant[1:]
	}
	digits := strings.Replace(mant, ".", "", 1)
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	if exp < -4 || exp >= 16 {
		b.WriteByte(digits[0])
		if len(digits) > 1 {
			b.WriteByte('.')
			b.WriteString(digits[1:])
		}
		b.WriteByte('e')
		if exp < 0 {
			b.WriteByte('-')
			exp = -exp
		} else {
			b.WriteByte('+')
		}
		if exp < 10 {
			b.WriteByte('0')
		}
		b.WriteString(strconv.Itoa(exp))
		return b.String()
	}
	switch {
	case exp < 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", -exp-1))
		b.WriteString(digits)
	case exp+1 >= len(digits):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", exp+1-len(digits)))
		if withPoint {
			b.WriteString(".0")
		}
	default:
		b.WriteString(digits[:exp+1])
		b.WriteByte('.')
		b.WriteString(digits[exp+1:])
	}
	return b.String()
}

// ComplexRepr returns repr(c): "2j" when the real part is +0.0, else
// "(1+2j)", the parts formatted as repr formats floats but without ".0".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return floatShortest(im, false) + "j"
	}
	ims := floatShortest(im, false)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + floatShortest(re, false) + ims + "j)"
}

// StrRepr returns repr(s) for a Python str held as UTF-8 (lone surrogates in
// their 3-byte WTF-8 form): single quotes unless the text has a single quote
// and no double quote; non-printable characters escaped as \xhh, \uhhhh or
// \Uhhhhhhhh.
func StrRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 2)
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			switch {
			case c == quote || c == '\\':
				b.WriteByte('\\')
				b.WriteByte(c)
			case c == '\n':
				b.WriteString(`\n`)
			case c == '\r':
				b.WriteString(`\r`)
			case c == '\t':
				b.WriteString(`\t`)
			case c < ' ' || c == 0x7f:
				writeHex(&b, `\x`, uint32(c), 2)
			default:
				b.WriteByte(c)
			}
			continue
		}
		r, size := DecodeRune(s[i:])
		i += size
		switch {
		case IsPrintable(r):
			b.WriteRune(r)
		case r < 0x100:
			writeHex(&b, `\x`, uint32(r), 2)
		case r < 0x10000:
			writeHex(&b, `\u`, uint32(r), 4)
		default:
			writeHex(&b, `\U`, uint32(r), 8)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

// BytesRepr returns repr(b) for a bytes value: b'...' with printable ASCII
// as is and every other byte escaped.
func BytesRepr(s string) string {
	quote := byte('\'')
	if strings.IndexByte(s, '\'') >= 0 && strings.IndexByte(s, '"') < 0 {
		quote = '"'
	}
	var b strings.Builder
	b.Grow(len(s) + 3)
	b.WriteString("b")
	b.WriteByte(quote)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == quote || c == '\\':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c == '\r':
			b.WriteString(`\r`)
		case c == '\t':
			b.WriteString(`\t`)
		case c < ' ' || c >= 0x7f:
			writeHex(&b, `\x`, uint32(c), 2)
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte(quote)
	return b.String()
}

const hexDigits = "0123456789abcdef"

func writeHex(b *strings.Builder, prefix string, v uint32, n int) {
	b.WriteString(prefix)
	for i := n - 1; i >= 0; i-- {
		b.WriteByte(hexDigits[(v>>(4*uint(i)))&0xf])
	}
}

// DecodeRune decodes one code point from UTF-8 that may hold lone
// surrogates in WTF-8 form (ED A0..BF xx), which utf8.DecodeRuneInString
// rejects. Invalid bytes decode as utf8.RuneError with size 1.
func DecodeRune(s string) (rune, int) {
	if len(s) >= 3 && s[0] == 0xED && s[1] >= 0xA0 && s[1] <= 0xBF && s[2]&0xC0 == 0x80 {
		return rune(0xD000) | rune(s[1]&0x3F)<<6 | rune(s[2]&0x3F), 3
	}
	return utf8.DecodeRuneInString(s)
}

// IsPrintable reports whether Python's str.isprintable holds for r: every
// character but those in the categories Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs,
// the ASCII space excepted.
func IsPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	return unicode.IsPrint(r)
}
