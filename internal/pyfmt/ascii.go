package pyfmt

import "unicode/utf8"

// EscapeNonASCII returns text with every non-ASCII code point replaced by
// \xhh, \uhhhh or \Uhhhhhhhh. Applied to repr(obj) it gives ascii(obj),
// which the %a conversion and the !a conversion of str.format print.
func EscapeNonASCII(text string) string {
	i := 0
	for i < len(text) && text[i] < utf8.RuneSelf {
		i++
	}
	if i == len(text) {
		return text
	}
	b := make([]byte, 0, len(text)+16)
	b = append(b, text[:i]...)
	for i < len(text) {
		if c := text[i]; c < utf8.RuneSelf {
			b = append(b, c)
			i++
			continue
		}
		r, size := DecodeRune(text[i:])
		i += size
		switch {
		case r < 0x100:
			b = appendHex(b, `\x`, uint32(r), 2)
		case r < 0x10000:
			b = appendHex(b, `\u`, uint32(r), 4)
		default:
			b = appendHex(b, `\U`, uint32(r), 8)
		}
	}
	return string(b)
}

func appendHex(b []byte, prefix string, v uint32, n int) []byte {
	b = append(b, prefix...)
	for i := n - 1; i >= 0; i-- {
		b = append(b, hexDigits[(v>>(4*uint(i)))&0xf])
	}
	return b
}

// ObjectFormatError is the TypeError of object.__format__, which accepts
// only the empty spec, for an object of Python type typeName.
func ObjectFormatError(typeName string) *Error {
	return newError(TypeError, "unsupported format string passed to "+typeName+".__format__")
}
