package interp

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// The cached code-point index must agree with a plain scan for ASCII and
// non-ASCII strings on both sides of strInfoMin and around the marks.
func TestStrIndexMatchesScan(t *testing.T) {
	texts := []string{
		"",
		"short",
		"héllo",
		strings.Repeat("a", strInfoMin-1),
		strings.Repeat("a", strInfoMin),
		strings.Repeat("ab", 300),
		strings.Repeat("é", 100),
		strings.Repeat("aé\U0001F600", 70) + "tail",
		"\U0001F600" + strings.Repeat("x", 200),
	}
	for _, s := range texts {
		runes := []rune(s)
		if got := strLen(s); got != len(runes) {
			t.Errorf("strLen(%q) = %d, want %d", s, got, len(runes))
		}
		if got, want := isASCII(s), len(runes) == len(s); got != want {
			t.Errorf("isASCII(%q) = %v", s, got)
		}
		// Twice: the second pass reads the cached info.
		for pass := 0; pass < 2; pass++ {
			b := 0
			for k := 0; k <= len(runes); k++ {
				if got := runeOffset(s, k); got != b {
					t.Fatalf("runeOffset(%q, %d) = %d, want %d", s, k, got, b)
				}
				if got := byteToRuneIndex(s, b); got != k {
					t.Fatalf("byteToRuneIndex(%q, %d) = %d, want %d", s, b, got, k)
				}
				if k < len(runes) {
					if got := runeAt(s, k); string(got) != string(runes[k]) {
						t.Fatalf("runeAt(%q, %d) = %q, want %q", s, k, got, string(runes[k]))
					}
					b += utf8.RuneLen(runes[k])
				}
			}
			if got := runeOffset(s, len(runes)+5); got != len(s) {
				t.Errorf("runeOffset past the end = %d, want %d", got, len(s))
			}
		}
	}
}
