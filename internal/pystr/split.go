package pystr

import "strings"

// Split returns s.split(sep, maxsplit) for a given separator: at most
// maxsplit splits when maxsplit >= 0. An empty sep is a ValueError. It
// serves bytes.split too, the separator being matched byte for byte.
func Split(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, valueError("empty separator")
	}
	n := -1
	if maxsplit >= 0 && maxsplit < len(s) {
		n = maxsplit + 1
	}
	return strings.SplitN(s, sep, n), nil
}

// RSplit returns s.rsplit(sep, maxsplit): like Split but the splits are
// made from the right. It serves bytes.rsplit too.
func RSplit(s, sep string, maxsplit int) ([]string, error) {
	if sep == "" {
		return nil, valueError("empty separator")
	}
	if maxsplit < 0 || maxsplit >= len(s) {
		return strings.Split(s, sep), nil
	}
	var parts []string
	end := len(s)
	for ; maxsplit > 0; maxsplit-- {
		i := strings.LastIndex(s[:end], sep)
		if i < 0 {
			break
		}
		parts = append(parts, s[i+len(sep):end])
		end = i
	}
	parts = append(parts, s[:end])
	reverse(parts)
	return parts, nil
}

func reverse(parts []string) {
	for i, j := 0, len(parts)-1; i < j; i, j = i+1, j-1 {
		parts[i], parts[j] = parts[j], parts[i]
	}
}

// SplitSpace returns s.split() / s.split(None, maxsplit): runs of
// whitespace (str.isspace) separate the words, leading and trailing
// whitespace gives no empty word, and after maxsplit splits the rest of the
// string, its leading whitespace removed, is the last word.
func SplitSpace(s string, maxsplit int) []string {
	if IsASCII(s) {
		return splitSpaceBytes(s, maxsplit, &strASCIISpace)
	}
	return splitSpace(s, maxsplit, strSpaceAt)
}

// RSplitSpace returns s.rsplit() / s.rsplit(None, maxsplit).
func RSplitSpace(s string, maxsplit int) []string {
	return rsplitSpace(s, maxsplit, strSpaceBefore)
}

// BytesSplitSpace is bytes.split(None, maxsplit), with ASCII whitespace.
func BytesSplitSpace(s string, maxsplit int) []string {
	return splitSpaceBytes(s, maxsplit, &bytesSpace)
}

// BytesRSplitSpace is bytes.rsplit(None, maxsplit).
func BytesRSplitSpace(s string, maxsplit int) []string {
	return rsplitSpace(s, maxsplit, bytesSpaceBefore)
}

// spaceAt reports whether the character at s[i:] is whitespace and its
// size in bytes; spaceBefore does the same for the character ending at
// s[:i].
type (
	spaceAt     func(s string, i int) (bool, int)
	spaceBefore func(s string, i int) (bool, int)
)

func strSpaceAt(s string, i int) (bool, int) {
	if c := s[i]; c < 0x80 {
		return asciiSpace[c], 1
	}
	r, size := decodeRune(s[i:])
	return isSpaceRune(r), size
}

func strSpaceBefore(s string, i int) (bool, int) {
	if c := s[i-1]; c < 0x80 {
		return asciiSpace[c], 1
	}
	r, size := decodeLastRune(s[:i])
	return isSpaceRune(r), size
}

func bytesSpaceBefore(s string, i int) (bool, int) { return bytesSpace[s[i-1]], 1 }

func splitSpace(s string, maxsplit int, at spaceAt) []string {
	var parts []string
	i := 0
	skip := func() {
		for i < len(s) {
			sp, size := at(s, i)
			if !sp {
				break
			}
			i += size
		}
	}
	for maxsplit != 0 {
		skip()
		if i == len(s) {
			break
		}
		j := i
		for i < len(s) {
			sp, size := at(s, i)
			if sp {
				break
			}
			i += size
		}
		parts = append(parts, s[j:i])
		maxsplit--
	}
	if i < len(s) {
		skip()
		if i < len(s) {
			parts = append(parts, s[i:])
		}
	}
	return parts
}

// splitSpaceBytes is splitSpace for text whose characters are single bytes,
// space marking the whitespace bytes.
func splitSpaceBytes(s string, maxsplit int, space *[256]bool) []string {
	var parts []string
	i := 0
	for maxsplit != 0 {
		for i < len(s) && space[s[i]] {
			i++
		}
		if i == len(s) {
			break
		}
		j := i
		for i < len(s) && !space[s[i]] {
			i++
		}
		parts = append(parts, s[j:i])
		maxsplit--
	}
	for i < len(s) && space[s[i]] {
		i++
	}
	if i < len(s) {
		parts = append(parts, s[i:])
	}
	return parts
}

func rsplitSpace(s string, maxsplit int, before spaceBefore) []string {
	var parts []string
	i := len(s)
	skip := func() {
		for i > 0 {
			sp, size := before(s, i)
			if !sp {
				break
			}
			i -= size
		}
	}
	for maxsplit != 0 {
		skip()
		if i == 0 {
			break
		}
		j := i
		for i > 0 {
			sp, size := before(s, i)
			if sp {
				break
			}
			i -= size
		}
		parts = append(parts, s[i:j])
		maxsplit--
	}
	if i > 0 {
		skip()
		if i > 0 {
			parts = append(parts, s[:i])
		}
	}
	reverse(parts)
	return parts
}

// SplitLines returns s.splitlines(keepends), breaking at every line
// boundary str recognises: \n, \r, \r\n, \v, \f, \x1c, \x1d, \x1e, \x85,
// \u2028 and \u2029.
func SplitLines(s string, keepends bool) []string {
	return splitLines(s, keepends, func(s string, i int) int {
		switch c := s[i]; c {
		case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e:
			return 1
		case 0xC2: // U+0085 is C2 85.
			if i+1 < len(s) && s[i+1] == 0x85 {
				return 2
			}
		case 0xE2: // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
			if i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0xA8 || s[i+2] == 0xA9) {
				return 3
			}
		}
		return 0
	})
}

// BytesSplitLines is bytes.splitlines: only \n, \r and \r\n end lines.
func BytesSplitLines(s string, keepends bool) []string {
	return splitLines(s, keepends, func(s string, i int) int {
		if c := s[i]; c == '\n' || c == '\r' {
			return 1
		}
		return 0
	})
}

// splitLines splits at the line breaks that isBreak finds; isBreak returns
// the size of the break starting at s[i], or 0.
func splitLines(s string, keepends bool, isBreak func(string, int) int) []string {
	var lines []string
	start := 0
	for i := 0; i < len(s); {
		n := isBreak(s, i)
		if n == 0 {
			i++
			continue
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			n = 2
		}
		end := i
		i += n
		if keepends {
			end = i
		}
		lines = append(lines, s[start:end])
		start = i
	}
	if start < len(s) {
		lines = append(lines, s[start:])
	}
	return lines
}

// Partition returns s.partition(sep): the text before the first sep, sep
// itself and the text after, or (s, "", "") when sep is absent. It serves
// bytes.partition too.
func Partition(s, sep string) (before, match, after string, err error) {
	if sep == "" {
		return "", "", "", valueError("empty separator")
	}
	if i := strings.Index(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return s, "", "", nil
}

// RPartition returns s.rpartition(sep): split at the last sep, or
// ("", "", s) when sep is absent. It serves bytes.rpartition too.
func RPartition(s, sep string) (before, match, after string, err error) {
	if sep == "" {
		return "", "", "", valueError("empty separator")
	}
	if i := strings.LastIndex(s, sep); i >= 0 {
		return s[:i], sep, s[i+len(sep):], nil
	}
	return "", "", s, nil
}

// Join returns sep.join(items) for items already checked to be str (or, for
// bytes.join, bytes-like).
func Join(sep string, items []string) string {
	return strings.Join(items, sep)
}
