package pystr

import "unicode"

// The str predicates below follow CPython: a predicate over characters is
// false for the empty string (isprintable alone is true), and the case
// predicates look at the Lowercase and Uppercase properties and at the
// titlecase category rather than at whether a character changes case.

// all reports whether s is non-empty and every character satisfies pred;
// ascii decides ASCII characters without a table lookup.
func all(s string, ascii func(byte) bool, pred func(rune) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); {
		if c := s[i]; c < 0x80 {
			if !ascii(c) {
				return false
			}
			i++
			continue
		}
		r, size := decodeRune(s[i:])
		if !pred(r) {
			return false
		}
		i += size
	}
	return true
}

func asciiAlpha(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func asciiDigit(c byte) bool { return '0' <= c && c <= '9' }
func asciiAlnum(c byte) bool { return asciiAlpha(c) || asciiDigit(c) }
func asciiLower(c byte) bool { return 'a' <= c && c <= 'z' }
func asciiUpper(c byte) bool { return 'A' <= c && c <= 'Z' }

// IsAlpha returns s.isalpha(): every character is a letter (category L*).
func IsAlpha(s string) bool { return all(s, asciiAlpha, isAlphaRune) }

// IsAlnum returns s.isalnum(): every character is alphabetic or numeric.
func IsAlnum(s string) bool { return all(s, asciiAlnum, isAlnumRune) }

// IsDecimal returns s.isdecimal(): every character is a decimal digit (Nd).
func IsDecimal(s string) bool { return all(s, asciiDigit, isDecimalRune) }

// IsDigit returns s.isdigit(): decimals plus other digits such as '²'.
func IsDigit(s string) bool { return all(s, asciiDigit, isDigitRune) }

// IsNumeric returns s.isnumeric(): digits plus other numeric characters
// such as '½' and '五'.
func IsNumeric(s string) bool { return all(s, asciiDigit, isNumericRune) }

// IsSpace returns s.isspace().
func IsSpace(s string) bool {
	return all(s, func(c byte) bool { return asciiSpace[c] }, isSpaceRune)
}

// IsPrintable returns s.isprintable(); it is true for the empty string.
func IsPrintable(s string) bool {
	return s == "" || all(s, func(c byte) bool { return ' ' <= c && c < 0x7f }, isPrintableRune)
}

// IsIdentifier returns s.isidentifier(): an XID_Start character or '_'
// followed by XID_Continue characters. Keywords count as identifiers.
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	r, size := decodeRune(s)
	if !isIDStart(r) {
		return false
	}
	for i := size; i < len(s); {
		r, size := decodeRune(s[i:])
		if !isIDContinue(r) {
			return false
		}
		i += size
	}
	return true
}

func isIDStart(r rune) bool {
	if r < 0x80 {
		return asciiAlpha(byte(r)) || r == '_'
	}
	return unicode.Is(tableIDStart, r)
}

func isIDContinue(r rune) bool {
	if r < 0x80 {
		return asciiAlnum(byte(r)) || r == '_'
	}
	return unicode.Is(tableIDContinue, r)
}

// IsLower returns s.islower(): there is a lowercase character and no
// uppercase or titlecase one.
func IsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		if isUpperRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isLowerRune(r) {
			cased = true
		}
	}
	return cased
}

// IsUpper returns s.isupper(): there is an uppercase character and no
// lowercase or titlecase one.
func IsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		if isLowerRune(r) || isTitleRune(r) {
			return false
		}
		if !cased && isUpperRune(r) {
			cased = true
		}
	}
	return cased
}

// IsTitle returns s.istitle(): uppercase and titlecase characters follow
// only uncased ones and lowercase characters only cased ones, and there is
// at least one cased character.
func IsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		i += size
		switch {
		case isUpperRune(r) || isTitleRune(r):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case isLowerRune(r):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

// BytesIsAlpha is bytes.isalpha: ASCII letters only.
func BytesIsAlpha(s string) bool { return allBytes(s, asciiAlpha) }

// BytesIsAlnum is bytes.isalnum: ASCII letters and digits only.
func BytesIsAlnum(s string) bool { return allBytes(s, asciiAlnum) }

// BytesIsDigit is bytes.isdigit: ASCII digits only.
func BytesIsDigit(s string) bool { return allBytes(s, asciiDigit) }

// BytesIsSpace is bytes.isspace: ASCII whitespace, \x1c-\x1f excluded.
func BytesIsSpace(s string) bool {
	return allBytes(s, func(c byte) bool { return bytesSpace[c] })
}

// BytesIsLower is bytes.islower: some ASCII lowercase letter and no
// uppercase one.
func BytesIsLower(s string) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		if asciiUpper(s[i]) {
			return false
		}
		cased = cased || asciiLower(s[i])
	}
	return cased
}

// BytesIsUpper is bytes.isupper.
func BytesIsUpper(s string) bool {
	cased := false
	for i := 0; i < len(s); i++ {
		if asciiLower(s[i]) {
			return false
		}
		cased = cased || asciiUpper(s[i])
	}
	return cased
}

// BytesIsTitle is bytes.istitle with ASCII letters as the cased characters.
func BytesIsTitle(s string) bool {
	cased, prevCased := false, false
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case asciiUpper(c):
			if prevCased {
				return false
			}
			prevCased, cased = true, true
		case asciiLower(c):
			if !prevCased {
				return false
			}
			prevCased, cased = true, true
		default:
			prevCased = false
		}
	}
	return cased
}

func allBytes(s string, pred func(byte) bool) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if !pred(s[i]) {
			return false
		}
	}
	return true
}
