package pystr

import (
	"strings"
	"unsafe"
)

// The str case conversions apply Unicode's full case mappings, so one
// character may become several ('ß'.upper() == "SS"), and lower() applies
// the final sigma rule: a capital sigma preceded by a cased character and
// not followed by one (case-ignorable characters skipped both ways) becomes
// 'ς'. ASCII text takes byte-level fast paths.

// Upper returns s.upper().
func Upper(s string) string {
	if IsASCII(s) {
		return asciiMap(s, 'a', 'z')
	}
	return mapRunes(s, func(s string, i int, r rune) string { return upperOf(r) })
}

// Lower returns s.lower().
func Lower(s string) string {
	if IsASCII(s) {
		return asciiMap(s, 'A', 'Z')
	}
	return mapRunes(s, lowerAt)
}

// Casefold returns s.casefold(): the full case folding, for caseless
// comparison ('ß' folds to "ss").
func Casefold(s string) string {
	if IsASCII(s) {
		return asciiMap(s, 'A', 'Z')
	}
	return mapRunes(s, func(s string, i int, r rune) string {
		if m := lookupCase(r); m != nil {
			return m.fold
		}
		return ""
	})
}

// SwapCase returns s.swapcase(): uppercase characters lowered (final sigma
// included), lowercase ones uppercased, others kept.
func SwapCase(s string) string {
	return mapRunes(s, func(s string, i int, r rune) string {
		switch {
		case isUpperRune(r):
			return lowerAt(s, i, r)
		case isLowerRune(r):
			return upperOf(r)
		}
		return ""
	})
}

// Title returns s.title(): a character that follows a cased character is
// lowered, any other is title-cased, so "they're" becomes "They'Re".
func Title(s string) string {
	prevCased := false
	return mapRunes(s, func(s string, i int, r rune) string {
		var out string
		if prevCased {
			out = lowerAt(s, i, r)
		} else {
			out = titleOf(r)
		}
		prevCased = isCasedRune(r)
		return out
	})
}

// Capitalize returns s.capitalize(): the first character title-cased, the
// rest lowered.
func Capitalize(s string) string {
	return mapRunes(s, func(s string, i int, r rune) string {
		if i == 0 {
			return titleOf(r)
		}
		return lowerAt(s, i, r)
	})
}

func upperOf(r rune) string {
	if r < 0x80 {
		if asciiLower(byte(r)) {
			return string(byte(r) - ('a' - 'A'))
		}
		return ""
	}
	if m := lookupCase(r); m != nil {
		return m.upper
	}
	return ""
}

func titleOf(r rune) string {
	if r < 0x80 {
		return upperOf(r)
	}
	if m := lookupCase(r); m != nil {
		return m.title
	}
	return ""
}

// lowerAt returns the lowercase mapping of r, the character at byte offset
// i of s, or "" to keep it; it needs s for the final sigma rule.
func lowerAt(s string, i int, r rune) string {
	if r < 0x80 {
		if asciiUpper(byte(r)) {
			return string(byte(r) + ('a' - 'A'))
		}
		return ""
	}
	if r == 0x03A3 {
		if finalSigma(s, i) {
			return "\u03c2"
		}
		return "\u03c3"
	}
	if m := lookupCase(r); m != nil {
		return m.lower
	}
	return ""
}

// finalSigma reports whether the capital sigma at byte offset i ends a word:
// the nearest character before it that is not case-ignorable is cased, and
// the nearest one after it that is not case-ignorable is not cased.
func finalSigma(s string, i int) bool {
	j := i
	for j > 0 {
		r, size := decodeLastRune(s[:j])
		if !isCaseIgnorableRune(r) {
			if !isCasedRune(r) {
				return false
			}
			break
		}
		j -= size
	}
	if j == 0 {
		return false
	}
	for j = i + 2; j < len(s); { // Σ is two bytes long.
		r, size := decodeRune(s[j:])
		if !isCaseIgnorableRune(r) {
			return !isCasedRune(r)
		}
		j += size
	}
	return true
}

// mapRunes builds s with every character replaced by f's result, "" meaning
// the character stays; f gets the character's byte offset in s.
func mapRunes(s string, f func(s string, i int, r rune) string) string {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		if out := f(s, i, r); out != "" {
			b.WriteString(out)
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// asciiMap flips the case bit of every byte of s in [lo, hi], returning s
// itself when there is none. The ranges are passed as values rather than
// as a predicate so that the loop needs no call.
func asciiMap(s string, lo, hi byte) string {
	i := 0
	for i < len(s) && (s[i] < lo || s[i] > hi) {
		i++
	}
	if i == len(s) {
		return s
	}
	b := make([]byte, len(s))
	copy(b, s[:i])
	for ; i < len(s); i++ {
		c := s[i]
		if c >= lo && c <= hi {
			c ^= 0x20
		}
		b[i] = c
	}
	// b is never written again, so the string may share its memory.
	return unsafe.String(&b[0], len(b))
}

// BytesUpper is bytes.upper: ASCII letters only.
func BytesUpper(s string) string { return asciiMap(s, 'a', 'z') }

// BytesLower is bytes.lower.
func BytesLower(s string) string { return asciiMap(s, 'A', 'Z') }

// BytesSwapCase is bytes.swapcase.
func BytesSwapCase(s string) string {
	b := []byte(s)
	for i, c := range b {
		if asciiAlpha(c) {
			b[i] = c ^ 0x20
		}
	}
	return string(b)
}

// BytesTitle is bytes.title with ASCII letters as the cased characters.
func BytesTitle(s string) string {
	b := []byte(s)
	prevCased := false
	for i, c := range b {
		switch {
		case asciiLower(c):
			if !prevCased {
				b[i] = c - ('a' - 'A')
			}
			prevCased = true
		case asciiUpper(c):
			if prevCased {
				b[i] = c + ('a' - 'A')
			}
			prevCased = true
		default:
			prevCased = false
		}
	}
	return string(b)
}

// BytesCapitalize is bytes.capitalize: the first byte uppercased, the rest
// lowered.
func BytesCapitalize(s string) string {
	b := []byte(s)
	for i, c := range b {
		if i == 0 && asciiLower(c) {
			b[i] = c - ('a' - 'A')
		} else if i > 0 && asciiUpper(c) {
			b[i] = c + ('a' - 'A')
		}
	}
	return string(b)
}
