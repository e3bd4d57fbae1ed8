package interp

import (
	"sync/atomic"
	"unsafe"
)

// Code-point indexing of long strs.
//
// A Str is a Go string of UTF-8, so its length in code points and the byte
// offset of its i-th code point are not at hand: finding them scans the
// string. A loop that indexes a long str (text[i], text.startswith(p, i),
// len(text)) would scan it on every step. strInfoOf keeps, for recently
// used long strings, whether the string is ASCII, its length in code
// points and, when it is not ASCII, the byte offset of every
// strMarkStep-th code point, so that each of those operations costs O(1)
// (O(strMarkStep) without ASCII).
//
// The cache is a small direct-mapped table shared by every thread, keyed
// by the string's data pointer and length. An entry holds the string
// itself, which keeps its bytes alive: while the entry exists no other
// string can have the same pointer, and Go strings never change, so a
// pointer and length match means the same contents. Entries are immutable
// and published with atomic stores, so threads running in parallel may
// share the table.

const (
	// strInfoMin is the shortest string worth a cache entry: scanning
	// shorter ones is as quick as a lookup.
	strInfoMin = 64
	// strMarkStep is how many code points lie between two marks.
	strMarkStep = 32
	strInfoBits = 9
)

// strInfo describes one string; it is never changed once published.
type strInfo struct {
	s     string
	n     int     // length in code points
	ascii bool    // every byte is below 0x80: code point i is byte i
	marks []int32 // marks[k] is the byte offset of code point k*strMarkStep (not ASCII only)
}

var strInfos [1 << strInfoBits]atomic.Pointer[strInfo]

func strInfoSlot(s string) *atomic.Pointer[strInfo] {
	p := uint64(uintptr(unsafe.Pointer(unsafe.StringData(s))))
	h := (p ^ uint64(len(s))*0x9E3779B97F4A7C15) * 0x9E3779B97F4A7C15
	return &strInfos[h>>(64-strInfoBits)]
}

// strInfoOf returns the description of s, which must be at least
// strInfoMin bytes long.
func strInfoOf(s string) *strInfo {
	slot := strInfoSlot(s)
	if in := slot.Load(); in != nil && len(in.s) == len(s) && unsafe.StringData(in.s) == unsafe.StringData(s) {
		return in
	}
	in := &strInfo{s: s, ascii: scanASCII(s)}
	if in.ascii {
		in.n = len(s)
	} else {
		n := 0
		marks := make([]int32, 0, len(s)/strMarkStep+1)
		for i := 0; i < len(s); {
			if n%strMarkStep == 0 {
				marks = append(marks, int32(i))
			}
			if s[i] < 0x80 {
				i++
			} else {
				_, w := decodeRune(s[i:])
				i += w
			}
			n++
		}
		in.n, in.marks = n, marks
	}
	slot.Store(in)
	return in
}

func scanASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isASCII reports whether every code point of s is below 0x80.
func isASCII(s string) bool {
	if len(s) < strInfoMin {
		return scanASCII(s)
	}
	return strInfoOf(s).ascii
}

// strLen returns the length of s in code points.
func strLen(s string) int {
	if len(s) < strInfoMin {
		n := 0
		for i := 0; i < len(s); n++ {
			if s[i] < 0x80 {
				i++
				continue
			}
			_, w := decodeRune(s[i:])
			i += w
		}
		return n
	}
	return strInfoOf(s).n
}

// runeOffset returns the byte offset of code point k of s (len(s) for k
// at or past the end). ASCII strings must be handled by the caller or be
// long enough to have an info.
func runeOffset(s string, k int) int {
	if k <= 0 {
		return 0
	}
	i, n := 0, 0
	if len(s) >= strInfoMin {
		in := strInfoOf(s)
		if in.ascii {
			if k > len(s) {
				return len(s)
			}
			return k
		}
		if k >= in.n {
			return len(s)
		}
		m := k / strMarkStep
		i, n = int(in.marks[m]), m*strMarkStep
	}
	for i < len(s) && n < k {
		if s[i] < 0x80 {
			i++
		} else {
			_, w := decodeRune(s[i:])
			i += w
		}
		n++
	}
	return i
}

// runeAt returns code point k of s as a str; k must be in range.
func runeAt(s string, k int) Str {
	i := runeOffset(s, k)
	if s[i] < 0x80 {
		return Str(s[i : i+1])
	}
	_, w := decodeRune(s[i:])
	return Str(s[i : i+w])
}

// byteToRuneIndex converts the byte offset b of s to a code-point offset.
func byteToRuneIndex(s string, b int) int {
	if len(s) >= strInfoMin {
		in := strInfoOf(s)
		if in.ascii {
			return b
		}
		// The last mark at or before b.
		lo, hi := 0, len(in.marks)
		for hi-lo > 1 {
			mid := (lo + hi) / 2
			if int(in.marks[mid]) <= b {
				lo = mid
			} else {
				hi = mid
			}
		}
		i, n := int(in.marks[lo]), lo*strMarkStep
		for i < b {
			_, w := decodeRune(s[i:])
			i += w
			n++
		}
		return n
	}
	n := 0
	for i := 0; i < b; n++ {
		if s[i] < 0x80 {
			i++
			continue
		}
		_, w := decodeRune(s[i:])
		i += w
	}
	return n
}

// runeOffsets returns the byte offsets of code points lo and hi (lo <= hi
// or not; each is clamped to the end of s).
func runeOffsets(s string, lo, hi int) (int, int) {
	if len(s) < strInfoMin && scanASCII(s) {
		return min(lo, len(s)), min(hi, len(s))
	}
	if len(s) >= strInfoMin && strInfoOf(s).ascii {
		return min(lo, len(s)), min(hi, len(s))
	}
	return runeOffset(s, lo), runeOffset(s, hi)
}
