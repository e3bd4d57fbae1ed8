package interp

import (
	"cmp"
	"math"

	"github.com/rebeam/rebeam/internal/pynum"
)

// arithFast computes a op b for the operand types that dominate numeric
// code (two ints, two floats, an int and a float) when the result needs no
// big int and raises nothing; ok false sends the caller to the general
// BinaryOp, which handles every other case with CPython's semantics. The
// in-place forms of these immutable types are the same operations.
func arithFast(op binOp, a, b Value) (Value, bool) {
	switch x := a.(type) {
	case Int:
		switch y := b.(type) {
		case Int:
			return intFast(op, x, y)
		case Float:
			if absInt(x) <= 1<<53 {
				return floatFast(op, float64(x), float64(y))
			}
		}
	case Float:
		switch y := b.(type) {
		case Float:
			return floatFast(op, float64(x), float64(y))
		case Int:
			if absInt(y) <= 1<<53 {
				return floatFast(op, float64(x), float64(y))
			}
		}
	}
	return nil, false
}

func intFast(op binOp, x, y Int) (Value, bool) {
	switch op {
	case opAdd:
		if s := x + y; (s > x) == (y > 0) {
			return boxInt(s), true
		}
	case opSub:
		if s := x - y; (s < x) == (y > 0) {
			return boxInt(s), true
		}
	case opMul:
		if x >= -1<<31 && x < 1<<31 && y >= -1<<31 && y < 1<<31 {
			return boxInt(x * y), true
		}
		if x == 0 || y == 0 {
			return Int(0), true
		}
		if p := x * y; p/y == x && x != math.MinInt64 && y != math.MinInt64 && !(x == -1 || y == -1) {
			return p, true
		}
	case opFloorDiv:
		if y > 0 || (y < 0 && y != -1) {
			q := x / y
			if (x%y != 0) && ((x < 0) != (y < 0)) {
				q--
			}
			return boxInt(q), true
		}
	case opMod:
		if y != 0 {
			m := x % y
			if m != 0 && ((m < 0) != (y < 0)) {
				m += y
			}
			return boxInt(m), true
		}
	case opAnd:
		return boxInt(x & y), true
	case opOr:
		return boxInt(x | y), true
	case opXor:
		return boxInt(x ^ y), true
	case opTrueDiv:
		if y != 0 && absInt(x) < 1<<53 && absInt(y) < 1<<53 {
			return Float(float64(x) / float64(y)), true
		}
	case opLShift:
		if y >= 0 && y < 63 && x == (x<<y)>>y {
			return boxInt(x << y), true
		}
	case opRShift:
		if y >= 0 {
			if y > 63 {
				y = 63
			}
			return boxInt(x >> y), true
		}
	}
	return nil, false
}

func floatFast(op binOp, x, y float64) (Value, bool) {
	switch op {
	case opAdd:
		return Float(x + y), true
	case opSub:
		return Float(x - y), true
	case opMul:
		return Float(x * y), true
	case opTrueDiv:
		if y != 0 {
			return Float(x / y), true
		}
	case opPow:
		// A positive finite base: the general path's pow, without its
		// error cases (an overflow raises there).
		if x > 0 && x <= math.MaxFloat64 {
			if r, _, err := pynum.FloatPow(x, y); err == nil {
				return Float(r), true
			}
		}
	}
	return nil, false
}

// compareFast compares two ints, two floats or two strs; ok false sends
// the caller to the general Compare.
func compareFast(op cmpOp, a, b Value) (r, ok bool) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return compareOrdered(op, x, y), true
		}
	case Float:
		if y, ok := b.(Float); ok {
			return compareOrdered(op, x, y), true
		}
	case Str:
		if y, ok := b.(Str); ok {
			return compareOrdered(op, x, y), true
		}
	}
	return false, false
}

// compareOrdered applies op with Go's own operators: IEEE semantics for
// floats (NaN compares unequal and unordered, as in Python) and byte
// order for strs, which is code-point order in UTF-8.
func compareOrdered[T cmp.Ordered](op cmpOp, x, y T) bool {
	switch op {
	case cmpEq:
		return x == y
	case cmpNe:
		return x != y
	case cmpLt:
		return x < y
	case cmpLe:
		return x <= y
	case cmpGt:
		return x > y
	default:
		return x >= y
	}
}

// lessFast is a < b for ints, floats, strs and tuples whose items are
// those up to the first difference; ok false sends the caller to the
// general Compare. Strs compare by their UTF-8 bytes, which orders them
// by code point as Python does.
func lessFast(a, b Value) (r, ok bool) {
	switch x := a.(type) {
	case Int:
		if y, ok := b.(Int); ok {
			return x < y, true
		}
	case Float:
		if y, ok := b.(Float); ok {
			return x < y, true
		}
	case Str:
		if y, ok := b.(Str); ok {
			return x < y, true
		}
	case Tuple:
		y, ok := b.(Tuple)
		if !ok {
			return false, false
		}
		n := min(len(x), len(y))
		for i := 0; i < n; i++ {
			switch xi := x[i].(type) {
			case Int:
				if yi, ok := y[i].(Int); ok {
					if xi != yi {
						return xi < yi, true
					}
					continue
				}
			case Str:
				if yi, ok := y[i].(Str); ok {
					if xi != yi {
						return xi < yi, true
					}
					continue
				}
			}
			return false, false
		}
		return len(x) < len(y), true
	}
	return false, false
}

// smallInts holds the ints from smallIntMin up to smallIntMax already
// boxed as Values: storing an Int in an interface allocates for values
// from 256 up, and loop counters and small results are the most common
// ints.
var smallInts [smallIntMax - smallIntMin + 1]Value

const (
	smallIntMin = -5
	smallIntMax = 1024
)

func init() {
	for i := range smallInts {
		smallInts[i] = Int(i + smallIntMin)
	}
}

// boxInt returns x as a Value, without allocating for small ints.
func boxInt(x Int) Value {
	if uint64(x-smallIntMin) < uint64(len(smallInts)) {
		return smallInts[x-smallIntMin]
	}
	return x
}
