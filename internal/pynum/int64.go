package pynum

import "math"

// Inlinable int64 fast paths for callers that keep small ints unboxed. Each
// reports ok false when the exact result does not fit in an int64 (or, for
// division, when the divisor is 0): the caller then falls back to the Int
// functions, which handle overflow and raise the Python errors.

// Add64 returns a + b (Python +) and whether it fits in an int64.
func Add64(a, b int64) (int64, bool) {
	r := a + b
	return r, (a^r)&(b^r) >= 0
}

// Sub64 returns a - b (Python -) and whether it fits in an int64.
func Sub64(a, b int64) (int64, bool) {
	r := a - b
	return r, (a^b)&(a^r) >= 0
}

// Mul64 returns a * b (Python *) and whether it fits in an int64.
func Mul64(a, b int64) (int64, bool) { return mul64(a, b) }

// FloorDiv64 returns a // b (Python floor division); ok is false when b is
// 0 or the result overflows (MinInt64 // -1).
func FloorDiv64(a, b int64) (int64, bool) {
	if b == 0 || b == -1 && a == math.MinInt64 {
		return 0, false
	}
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q, true
}

// Mod64 returns a % b (Python modulo, sign of b); ok is false when b is 0.
func Mod64(a, b int64) (int64, bool) {
	if b == 0 {
		return 0, false
	}
	r := a % b
	if r != 0 && (r < 0) != (b < 0) {
		r += b
	}
	return r, true
}
