package pystr

import (
	"math"
	"strings"
)

// End stands for an omitted end argument of find, count, startswith and the
// like: it clamps to the length. An omitted start is 0.
const End = math.MaxInt

// This file converts between code point indices and byte offsets. ASCII text
// needs no conversion. For other text an index is found by walking the UTF-8
// from the nearer end, so s[-1] costs one step however long s is; a slice
// walks once to its start and on to its stop; a slice with a step other than
// 1 records the byte offset of every character once and then picks from that
// array. Nothing is cached between calls; for repeated indexing of one
// long str the interpreter can build an Offsets (offsets.go) once and keep
// it beside the str.

// adjustIndices applies Python's rules for start/end arguments of find,
// count, startswith and the like to a sequence of length n: negative values
// count from the end and are clamped at 0, end is clamped to n. start is not
// clamped to n, so that callers can see start > n.
func adjustIndices(start, end, n int) (int, int) {
	if end > n {
		end = n
	} else if end < 0 {
		end += n
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += n
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// byteOffset returns the byte offset of code point index i (0 <= i <= number
// of code points) in non-ASCII text s, beginning the walk at byte offset off,
// which is code point index from.
func byteOffset(s string, off, from, i int) int {
	for ; from < i && off < len(s); from++ {
		if s[off] < 0x80 {
			off++
			continue
		}
		_, size := decodeRune(s[off:])
		off += size
	}
	return off
}

// byteRange converts the code point range [start, end), 0 <= start <= end,
// to byte offsets.
func byteRange(s string, ascii bool, start, end int) (int, int) {
	if ascii {
		return min(start, len(s)), min(end, len(s))
	}
	bs := byteOffset(s, 0, 0, start)
	return bs, byteOffset(s, bs, start, end)
}

// Index returns s[i] as a one-character str, i counting from the end when
// negative; ok is false when i is out of range (IndexError "string index out
// of range").
func Index(s string, i int) (ch string, ok bool) {
	if i >= 0 {
		off := 0
		for n := 0; off < len(s); n++ {
			size := 1
			if s[off] >= 0x80 {
				_, size = decodeRune(s[off:])
			}
			if n == i {
				return s[off : off+size], true
			}
			off += size
		}
		return "", false
	}
	end := len(s)
	for n := -1; end > 0; n-- {
		_, size := decodeLastRune(s[:end])
		if n == i {
			return s[end-size : end], true
		}
		end -= size
	}
	return "", false
}

// SliceIndices normalises the start, stop and step of a slice for a
// sequence of the given length, like slice.indices: nil stands for an
// omitted start or stop; step must not be 0. It returns the first index,
// the stop index (-1 when a negative step runs to the beginning) and the
// number of items the slice selects.
func SliceIndices(length int, start, stop *int, step int) (lo, hi, count int) {
	norm := func(p *int, dflt int) int {
		if p == nil {
			return dflt
		}
		v := *p
		if v < 0 {
			v += length
			if v < 0 {
				if step < 0 {
					return -1
				}
				return 0
			}
		} else if v >= length {
			if step < 0 {
				return length - 1
			}
			return length
		}
		return v
	}
	if step > 0 {
		lo, hi = norm(start, 0), norm(stop, length)
		if lo < hi {
			count = (hi-lo-1)/step + 1
		}
	} else {
		lo, hi = norm(start, length-1), norm(stop, -1)
		if hi < lo {
			count = (lo-hi-1)/(-step) + 1
		}
	}
	return lo, hi, count
}

// Slice returns s[start:stop:step] for indices already normalised by
// SliceIndices (or slice.indices) against Len(s).
func Slice(s string, start, stop, step int) string {
	count := 0
	if step > 0 && start < stop {
		count = (stop-start-1)/step + 1
	} else if step < 0 && stop < start {
		count = (start-stop-1)/(-step) + 1
	}
	if count <= 0 {
		return ""
	}
	ascii := IsASCII(s)
	if step == 1 {
		bs, be := byteRange(s, ascii, start, stop)
		return s[bs:be]
	}
	if ascii {
		b := make([]byte, count)
		for k, i := 0, start; k < count; k, i = k+1, i+step {
			b[k] = s[i]
		}
		return string(b)
	}
	return sliceRunes(s, start, step, count)
}

// sliceRunes picks count characters of s, from code point index start on
// in steps of step, without assuming ASCII: it records the byte offset of
// every character once, then picks from that array.
func sliceRunes(s string, start, step, count int) string {
	offs := make([]int, 0, len(s)+1)
	for off := 0; off < len(s); {
		offs = append(offs, off)
		_, size := decodeRune(s[off:])
		off += size
	}
	offs = append(offs, len(s))
	var b strings.Builder
	for k, i := 0, start; k < count; k, i = k+1, i+step {
		b.WriteString(s[offs[i]:offs[i+1]])
	}
	return b.String()
}
