package pyfmt

import (
	"math"
	"strings"
	"unicode"
	"unicode/utf8"
)

// FloatRepr returns repr(f): the shortest digits that round-trip, in fixed
// notation when the decimal exponent is in [-4, 16), else scientific with at
// least two exponent digits; integral values keep a trailing ".0".
func FloatRepr(f float64) string {
	return floatString(f, 'r', 0, flagAddDot0)
}

// ComplexRepr returns repr(c): "2j" when the real part is +0.0, else
// "(1+2j)", the parts formatted as repr formats floats but without ".0".
func ComplexRepr(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return floatString(im, 'r', 0, 0) + "j"
	}
	ims := floatString(im, 'r', 0, 0)
	if !strings.HasPrefix(ims, "-") {
		ims = "+" + ims
	}
	return "(" + floatString(re, 'r', 0, 0) + ims + "j)"
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
// the ASCII space excepted. Characters that Go's newer Unicode tables
// assign but Python 3.11's Unicode 14.0 does not count as unassigned.
func IsPrintable(r rune) bool {
	if r == ' ' {
		return true
	}
	if r >= 0xD800 && r <= 0xDFFF {
		return false
	}
	return unicode.IsPrint(r) && (r < 0xCF3 || !unicode.Is(unassignedIn14, r))
}
