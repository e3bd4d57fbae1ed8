package pystr

import "strings"

// StripSpace returns s.strip(): leading and trailing whitespace removed.
func StripSpace(s string) string { return RStripSpace(LStripSpace(s)) }

// LStripSpace returns s.lstrip().
func LStripSpace(s string) string {
	i := 0
	for i < len(s) {
		sp, size := strSpaceAt(s, i)
		if !sp {
			break
		}
		i += size
	}
	return s[i:]
}

// RStripSpace returns s.rstrip().
func RStripSpace(s string) string {
	i := len(s)
	for i > 0 {
		sp, size := strSpaceBefore(s, i)
		if !sp {
			break
		}
		i -= size
	}
	return s[:i]
}

// Strip returns s.strip(chars): the characters in chars removed from both
// ends.
func Strip(s, chars string) string { return RStrip(LStrip(s, chars), chars) }

// LStrip returns s.lstrip(chars).
func LStrip(s, chars string) string {
	if IsASCII(chars) {
		// An ASCII byte never occurs inside a multi-byte character, so the
		// bytes can be tested directly.
		set := byteSet(chars)
		i := 0
		for i < len(s) && set[s[i]] {
			i++
		}
		return s[i:]
	}
	i := 0
	for i < len(s) {
		r, size := decodeRune(s[i:])
		if !containsRune(chars, r) {
			break
		}
		i += size
	}
	return s[i:]
}

// RStrip returns s.rstrip(chars).
func RStrip(s, chars string) string {
	if IsASCII(chars) {
		set := byteSet(chars)
		i := len(s)
		for i > 0 && set[s[i-1]] {
			i--
		}
		return s[:i]
	}
	i := len(s)
	for i > 0 {
		r, size := decodeLastRune(s[:i])
		if !containsRune(chars, r) {
			break
		}
		i -= size
	}
	return s[:i]
}

// containsRune reports whether the str chars holds r, surrogates included.
func containsRune(chars string, r rune) bool {
	for i := 0; i < len(chars); {
		c, size := decodeRune(chars[i:])
		if c == r {
			return true
		}
		i += size
	}
	return false
}

func byteSet(chars string) *[256]bool {
	var set [256]bool
	for i := 0; i < len(chars); i++ {
		set[chars[i]] = true
	}
	return &set
}

// BytesStripSpace is bytes.strip(): ASCII whitespace removed from both ends.
func BytesStripSpace(s string) string { return BytesRStripSpace(BytesLStripSpace(s)) }

// BytesLStripSpace is bytes.lstrip().
func BytesLStripSpace(s string) string {
	i := 0
	for i < len(s) && bytesSpace[s[i]] {
		i++
	}
	return s[i:]
}

// BytesRStripSpace is bytes.rstrip().
func BytesRStripSpace(s string) string {
	i := len(s)
	for i > 0 && bytesSpace[s[i-1]] {
		i--
	}
	return s[:i]
}

// BytesStrip is bytes.strip(chars), chars being a set of bytes.
func BytesStrip(s, chars string) string { return BytesRStrip(BytesLStrip(s, chars), chars) }

// BytesLStrip is bytes.lstrip(chars).
func BytesLStrip(s, chars string) string {
	set := byteSet(chars)
	i := 0
	for i < len(s) && set[s[i]] {
		i++
	}
	return s[i:]
}

// BytesRStrip is bytes.rstrip(chars).
func BytesRStrip(s, chars string) string {
	set := byteSet(chars)
	i := len(s)
	for i > 0 && set[s[i-1]] {
		i--
	}
	return s[:i]
}

// RemovePrefix returns s.removeprefix(prefix); it serves bytes too.
func RemovePrefix(s, prefix string) string { return strings.TrimPrefix(s, prefix) }

// RemoveSuffix returns s.removesuffix(suffix); it serves bytes too.
func RemoveSuffix(s, suffix string) string { return strings.TrimSuffix(s, suffix) }
