package pystr

import "strings"

// This file holds find, rfind, index, rindex, count, startswith and
// endswith for str and bytes. Both share one byte-level core; the str
// versions convert code point arguments to byte offsets and back, which for
// ASCII text is the identity.

// span is a start/end argument pair converted to a byte range of s.
// cpStart and cpEnd are the adjusted start and end in the caller's units
// (code points for str, bytes for bytes); cpEnd is -1 when it was not
// worked out, which happens when the span covers all of s and the text has
// not been scanned.
type span struct {
	bs, be         int
	cpStart, cpEnd int
	bytes          bool // the units are bytes: no conversion
}

// strSpan converts start/end arguments for the str s; ok is false when
// start lies past end, so that only an empty match could succeed, and no
// match does.
func strSpan(s string, start, end int) (sp span, ok bool) {
	if start == 0 && end >= len(s) {
		// The common case of no arguments needs no scan: a str has at most
		// as many code points as bytes.
		return span{0, len(s), 0, -1, false}, true
	}
	ascii := IsASCII(s)
	n := len(s)
	if !ascii {
		n = countRunes(s)
	}
	start, end = adjustIndices(start, end, n)
	if start > end {
		return span{cpStart: start, cpEnd: end}, false
	}
	bs, be := byteRange(s, ascii, start, end)
	return span{bs, be, start, end, false}, true
}

func bytesSpan(s string, start, end int) (span, bool) {
	start, end = adjustIndices(start, end, len(s))
	if start > end {
		return span{cpStart: start, cpEnd: end}, false
	}
	return span{start, end, start, end, true}, true
}

// toUnits converts byte offset b (inside the span) back to the caller's
// units; only the text between the span's start and b is scanned.
func (sp span) toUnits(s string, b int) int {
	if sp.bytes {
		return b
	}
	prefix := s[sp.bs:b]
	if IsASCII(prefix) {
		return sp.cpStart + len(prefix)
	}
	return sp.cpStart + countRunes(prefix)
}

// end returns the adjusted end in the caller's units.
func (sp span) end(s string) int {
	if sp.cpEnd < 0 {
		return Len(s)
	}
	return sp.cpEnd
}

func find(s, sub string, sp span, ok bool) int {
	if !ok {
		return -1
	}
	if sub == "" {
		return sp.cpStart
	}
	i := strings.Index(s[sp.bs:sp.be], sub)
	if i < 0 {
		return -1
	}
	return sp.toUnits(s, sp.bs+i)
}

func rfind(s, sub string, sp span, ok bool) int {
	if !ok {
		return -1
	}
	if sub == "" {
		return sp.end(s)
	}
	i := strings.LastIndex(s[sp.bs:sp.be], sub)
	if i < 0 {
		return -1
	}
	return sp.toUnits(s, sp.bs+i)
}

func count(s, sub string, sp span, ok bool) int {
	if !ok {
		return 0
	}
	if sub == "" {
		return sp.end(s) - sp.cpStart + 1
	}
	return strings.Count(s[sp.bs:sp.be], sub)
}

// Find returns s.find(sub, start, end): the lowest index of sub within
// s[start:end], or -1.
func Find(s, sub string, start, end int) int {
	sp, ok := strSpan(s, start, end)
	return find(s, sub, sp, ok)
}

// RFind returns s.rfind(sub, start, end): the highest index, or -1.
func RFind(s, sub string, start, end int) int {
	sp, ok := strSpan(s, start, end)
	return rfind(s, sub, sp, ok)
}

// IndexOf is str.index: Find that fails with ValueError.
func IndexOf(s, sub string, start, end int) (int, error) {
	if i := Find(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("substring not found")
}

// RIndexOf is str.rindex: RFind that fails with ValueError.
func RIndexOf(s, sub string, start, end int) (int, error) {
	if i := RFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("substring not found")
}

// Count returns s.count(sub, start, end), counting non-overlapping matches;
// an empty sub matches between every two characters and at both ends.
func Count(s, sub string, start, end int) int {
	sp, ok := strSpan(s, start, end)
	return count(s, sub, sp, ok)
}

// StartsWith returns s.startswith(prefix, start, end) for one prefix; the
// caller loops over a tuple of prefixes.
func StartsWith(s, prefix string, start, end int) bool {
	sp, ok := strSpan(s, start, end)
	return ok && strings.HasPrefix(s[sp.bs:sp.be], prefix)
}

// EndsWith returns s.endswith(suffix, start, end) for one suffix.
func EndsWith(s, suffix string, start, end int) bool {
	sp, ok := strSpan(s, start, end)
	return ok && strings.HasSuffix(s[sp.bs:sp.be], suffix)
}

// BytesFind is bytes.find; a single-byte int argument is passed as a
// one-byte string.
func BytesFind(s, sub string, start, end int) int {
	sp, ok := bytesSpan(s, start, end)
	return find(s, sub, sp, ok)
}

// BytesRFind is bytes.rfind.
func BytesRFind(s, sub string, start, end int) int {
	sp, ok := bytesSpan(s, start, end)
	return rfind(s, sub, sp, ok)
}

// BytesIndexOf is bytes.index.
func BytesIndexOf(s, sub string, start, end int) (int, error) {
	if i := BytesFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("subsection not found")
}

// BytesRIndexOf is bytes.rindex.
func BytesRIndexOf(s, sub string, start, end int) (int, error) {
	if i := BytesRFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, valueError("subsection not found")
}

// BytesCount is bytes.count.
func BytesCount(s, sub string, start, end int) int {
	sp, ok := bytesSpan(s, start, end)
	return count(s, sub, sp, ok)
}

// BytesStartsWith is bytes.startswith for one prefix.
func BytesStartsWith(s, prefix string, start, end int) bool {
	sp, ok := bytesSpan(s, start, end)
	return ok && strings.HasPrefix(s[sp.bs:sp.be], prefix)
}

// BytesEndsWith is bytes.endswith for one suffix.
func BytesEndsWith(s, suffix string, start, end int) bool {
	sp, ok := bytesSpan(s, start, end)
	return ok && strings.HasSuffix(s[sp.bs:sp.be], suffix)
}
