package pyfmt

import "unicode"

// decimalValue returns the value of r as a decimal digit, or -1. Like
// CPython's field and width parsing it accepts every character of category
// Nd, not only ASCII digits. Unicode lays the Nd characters out in runs of
// ten starting at a zero, and the ranges of the Nd table start at a zero,
// so the offset within the range gives the value. Digits newer than
// Unicode 14.0 are unknown to Python 3.11.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if r < 0x80 || !unicode.Is(unicode.Nd, r) || unicode.Is(unassignedIn14, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// maxSsize is PY_SSIZE_T_MAX on 64-bit builds, the bound CPython puts on
// widths, precisions and field indexes written in a format string.
const maxSsize = 1<<63 - 1

// parseDecimal reads the longest run of decimal digits at the start of s.
// It returns the value, the number of bytes read (0 when s does not start
// with a digit) and ok=false when the value exceeds maxSsize.
func parseDecimal(s string) (v int, n int, ok bool) {
	for n < len(s) {
		r, size := DecodeRune(s[n:])
		d := decimalValue(r)
		if d < 0 {
			break
		}
		if v > (maxSsize-d)/10 {
			return 0, n, false
		}
		v = v*10 + d
		n += size
	}
	return v, n, true
}
