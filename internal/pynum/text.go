package pynum

import (
	"unicode"
	"unicode/utf8"
)

// IsPySpace reports whether r is whitespace for Python's str.isspace() and
// str.strip(): Unicode White_Space plus the separators U+001C..U+001F.
func IsPySpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || (r >= '\t' && r <= '\r') || (r >= 0x1c && r <= 0x1f)
	}
	return unicode.IsSpace(r)
}

// decimalValue returns the value of the Unicode decimal digit r (category
// Nd), or -1. Decimal digits come in aligned runs of ten, so the value is
// the distance to the run's start.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) {
		return -1
	}
	n := 0
	for c := r - 1; unicode.Is(unicode.Nd, c); c-- {
		n++
	}
	return n % 10
}

// asciiNumeric mirrors CPython's _PyUnicode_TransformDecimalAndSpaceToASCII:
// Unicode decimal digits become ASCII digits, Unicode whitespace becomes a
// space and other non-ASCII characters make the string invalid (ok false).
func asciiNumeric(s string) (string, bool) {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return s, true
	}
	out := make([]byte, 0, len(s))
	for _, r := range s {
		switch {
		case r < utf8.RuneSelf:
			out = append(out, byte(r))
		case IsPySpace(r):
			out = append(out, ' ')
		default:
			d := decimalValue(r)
			if d < 0 {
				return "", false
			}
			out = append(out, byte('0'+d))
		}
	}
	return string(out), true
}
