package pystr

import "strings"

// Replace returns s.replace(old, repl, count): count < 0 replaces every
// occurrence. An empty old inserts repl before every character and at the
// end, count times at most.
func Replace(s, old, repl string, count int) string {
	if old != "" || IsASCII(s) {
		// strings.Replace splits an empty old at UTF-8 boundaries, which are
		// code point boundaries for ASCII text.
		return strings.Replace(s, old, repl, count)
	}
	return insertBetween(s, repl, count, func(s string) int {
		_, size := decodeRune(s)
		return size
	})
}

// BytesReplace is bytes.replace; an empty old inserts between bytes.
func BytesReplace(s, old, repl string, count int) string {
	if old != "" || IsASCII(s) {
		return strings.Replace(s, old, repl, count)
	}
	return insertBetween(s, repl, count, func(string) int { return 1 })
}

// insertBetween inserts sep before each unit of s (as measured by next) and
// at the end, at most count times when count >= 0.
func insertBetween(s, sep string, count int, next func(string) int) string {
	if count == 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + len(sep)*(len(s)+1))
	n := 0
	i := 0
	for i < len(s) && (count < 0 || n < count) {
		b.WriteString(sep)
		n++
		size := next(s[i:])
		b.WriteString(s[i : i+size])
		i += size
	}
	if i == len(s) && (count < 0 || n < count) {
		b.WriteString(sep)
	}
	b.WriteString(s[i:])
	return b.String()
}
