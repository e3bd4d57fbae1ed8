package pystr

import (
	"unicode/utf8"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

// decodeRune decodes one code point of a str, lone surrogates included.
func decodeRune(s string) (rune, int) {
	if c := s[0]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	return pyfmt.DecodeRune(s)
}

// decodeLastRune decodes the code point that ends s, lone surrogates
// included; invalid bytes decode one at a time.
func decodeLastRune(s string) (rune, int) {
	n := len(s)
	if c := s[n-1]; c < utf8.RuneSelf {
		return rune(c), 1
	}
	// A character is at most 4 bytes: find its lead byte.
	start := n - 1
	for start > 0 && start > n-4 && !utf8.RuneStart(s[start]) {
		start--
	}
	r, size := pyfmt.DecodeRune(s[start:])
	if start+size != n {
		return utf8.RuneError, 1
	}
	return r, size
}

// appendRune appends r encoded as WTF-8: surrogates, which utf8 would turn
// into U+FFFD, keep their own 3-byte form.
func appendRune(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
	}
	return utf8.AppendRune(b, r)
}

// runeString returns the WTF-8 text of r.
func runeString(r rune) string {
	if r < utf8.RuneSelf && r >= 0 {
		return string(byte(r))
	}
	return string(appendRune(nil, r))
}

// IsASCII reports whether s is pure ASCII (str.isascii and bytes.isascii).
// It tests 32 bytes per iteration, or-ing four 8-byte words so that the
// loop has a single branch.
func IsASCII(s string) bool {
	i := 0
	for ; i+32 <= len(s); i += 32 {
		if (load64(s, i)|load64(s, i+8)|load64(s, i+16)|load64(s, i+24))&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i+8 <= len(s); i += 8 {
		if load64(s, i)&0x8080808080808080 != 0 {
			return false
		}
	}
	for ; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// load64 reads the eight bytes at s[i:] as a little-endian word; the
// compiler turns the pattern into one load.
func load64(s string, i int) uint64 {
	s = s[i : i+8]
	return uint64(s[0]) | uint64(s[1])<<8 | uint64(s[2])<<16 | uint64(s[3])<<24 |
		uint64(s[4])<<32 | uint64(s[5])<<40 | uint64(s[6])<<48 | uint64(s[7])<<56
}

// Len returns len(s) in code points: the byte length for ASCII text, else a
// count of the bytes that start a character.
func Len(s string) int {
	if IsASCII(s) {
		return len(s)
	}
	return countRunes(s)
}

// countRunes counts the code points of text held as WTF-8: every byte
// that is not a continuation byte (10xxxxxx) starts one. A str never holds
// invalid UTF-8, so this agrees with decoding it rune by rune.
func countRunes(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
