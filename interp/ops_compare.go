package interp

import (
	"math"
)

// cmpOp numbers the rich comparisons in the order of ast.CmpOp's first six.
type cmpOp uint8

const (
	cmpEq cmpOp = iota
	cmpNe
	cmpLt
	cmpLe
	cmpGt
	cmpGe
)

var cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">="}
var cmpDunders = [...]string{"__eq__", "__ne__", "__lt__", "__le__", "__gt__", "__ge__"}

// cmpSwapped is the reflected operator: a < b is b > a.
var cmpSwapped = [...]cmpOp{cmpEq, cmpNe, cmpGt, cmpGe, cmpLt, cmpLe}

func cmpResult(op cmpOp, c int) Bool {
	switch op {
	case cmpEq:
		return c == 0
	case cmpNe:
		return c != 0
	case cmpLt:
		return c < 0
	case cmpLe:
		return c <= 0
	case cmpGt:
		return c > 0
	}
	return c >= 0
}

// Is reports Python identity (the is operator).
func Is(a, b Value) bool {
	switch x := a.(type) {
	case Int:
		y, ok := b.(Int)
		return ok && x == y
	case Float:
		y, ok := b.(Float)
		return ok && (x == y || (x != x && y != y && math.Float64bits(float64(x)) == math.Float64bits(float64(y))))
	case Str:
		y, ok := b.(Str)
		return ok && x == y
	case Tuple:
		y, ok := b.(Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case *BigInt, Complex, Bytes:
		return a == b
	}
	return a == b
}

// Compare evaluates a op b with Python's rich comparison rules.
func Compare(t *Thread, op cmpOp, a, b Value) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case cmpEq:
				return Bool(x == y), nil
			case cmpNe:
				return Bool(x != y), nil
			case cmpLt:
				return Bool(x < y), nil
			case cmpLe:
				return Bool(x <= y), nil
			case cmpGt:
				return Bool(x > y), nil
			}
			return Bool(x >= y), nil
		}
	}
	if x, ok := a.(Str); ok {
		if y, ok := b.(Str); ok {
			c := 0
			if x < y {
				c = -1
			} else if x > y {
				c = 1
			}
			return cmpResult(op, c), nil
		}
	}
	if isPlain(a) && isPlain(b) {
		r, err := builtinCompare(t, op, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
		if op == cmpEq {
			return Bool(Is(a, b)), nil
		}
		if op == cmpNe {
			return Bool(!Is(a, b)), nil
		}
		return nil, cmpTypeError(op, a, b)
	}
	ta, tb := a.Type(), b.Type()
	reflected := false
	if ta != tb && IsSubtype(tb, ta) {
		if f := tb.Lookup(cmpDunders[cmpSwapped[op]]); f != nil {
			reflected = true
			r, err := callDunder(t, f, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	if f := ta.Lookup(cmpDunders[op]); f != nil {
		r, err := callDunder(t, f, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if !reflected {
		if f := tb.Lookup(cmpDunders[cmpSwapped[op]]); f != nil {
			r, err := callDunder(t, f, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	switch op {
	case cmpEq:
		return Bool(Is(a, b)), nil
	case cmpNe:
		return Bool(!Is(a, b)), nil
	}
	return nil, cmpTypeError(op, a, b)
}

func cmpTypeError(op cmpOp, a, b Value) error {
	return Errorf(TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", cmpSymbols[op], TypeName(a), TypeName(b))
}

// Equal reports a == b as a Go bool.
func Equal(t *Thread, a, b Value) (bool, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	}
	if x, ok := a.(Str); ok {
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	}
	r, err := Compare(t, cmpEq, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(t, r)
}

// Less reports a < b as a Go bool (used by sort, min and max).
func Less(t *Thread, a, b Value) (bool, error) {
	if r, ok := lessFast(a, b); ok {
		return r, nil
	}
	r, err := Compare(t, cmpLt, a, b)
	if err != nil {
		return false, err
	}
	if bv, ok := r.(Bool); ok {
		return bool(bv), nil
	}
	return Truth(t, r)
}

// greater reports a > b, trying a's __gt__ first as max() does.
func greater(t *Thread, a, b Value) (bool, error) {
	if r, ok := lessFast(b, a); ok {
		return r, nil
	}
	r, err := Compare(t, cmpGt, a, b)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func floatCmp(x, y float64) int {
	switch {
	case x < y:
		return -1
	case x > y:
		return 1
	case x == y:
		return 0
	}
	return 2 // unordered: nan
}

func cmpResultOrdered(op cmpOp, c int) Bool {
	if c == 2 {
		return op == cmpNe
	}
	return cmpResult(op, c)
}

// builtinCompare compares builtin values, NotImplemented when their types
// do not compare.
func builtinCompare(t *Thread, op cmpOp, a, b Value) (Value, error) {
	if k, ok := a.(*CmpKey); ok {
		return cmpKeyCompare(t, op, k, b)
	}
	if ia, ok := asIntValue(a); ok {
		if ib, ok := asIntValue(b); ok {
			return cmpResult(op, intCompare(ia, ib)), nil
		}
		switch y := b.(type) {
		case Float:
			return cmpResultOrdered(op, intFloatCompare(ia, float64(y))), nil
		case Complex:
			if op == cmpEq || op == cmpNe {
				return Bool(intComplexEq(ia, complex128(y)) == (op == cmpEq)), nil
			}
		}
		return NotImplemented, nil
	}
	switch x := a.(type) {
	case Float:
		switch y := b.(type) {
		case Float:
			return cmpResultOrdered(op, floatCmp(float64(x), float64(y))), nil
		case Complex:
			if op == cmpEq || op == cmpNe {
				return Bool((complex(float64(x), 0) == complex128(y)) == (op == cmpEq)), nil
			}
		}
		if iy, ok := asIntValue(b); ok {
			c := intFloatCompare(iy, float64(x))
			if c != 2 {
				c = -c
			}
			return cmpResultOrdered(op, c), nil
		}
	case Complex:
		if op == cmpEq || op == cmpNe {
			var y complex128
			switch z := b.(type) {
			case Complex:
				y = complex128(z)
			case Float:
				y = complex(float64(z), 0)
			default:
				iy, ok := asIntValue(b)
				if !ok {
					return NotImplemented, nil
				}
				return Bool(intComplexEq(iy, complex128(x)) == (op == cmpEq)), nil
			}
			return Bool((complex128(x) == y) == (op == cmpEq)), nil
		}
	case Str:
		if y, ok := b.(Str); ok {
			return cmpResult(op, stringCmp(string(x), string(y))), nil
		}
	case Bytes:
		if y, ok := b.(Bytes); ok {
			return cmpResult(op, stringCmp(string(x), string(y))), nil
		}
		if y, ok := bytesLike(b); ok {
			return cmpResult(op, stringCmp(string(x), y)), nil
		}
	case *ByteArray, *MemoryView:
		xs, _ := bytesLike(a)
		if y, ok := bytesLike(b); ok {
			if _, isMV := a.(*MemoryView); isMV && op != cmpEq && op != cmpNe {
				return NotImplemented, nil
			}
			return cmpResult(op, stringCmp(xs, y)), nil
		}
	case Tuple:
		if y, ok := b.(Tuple); ok {
			return seqCompare(t, op, x, y)
		}
	case *List:
		if y, ok := b.(*List); ok {
			return seqCompare(t, op, x.Items, y.Items)
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && (op == cmpEq || op == cmpNe) {
			eq, err := dictEqual(t, x, y)
			return Bool(eq == (op == cmpEq)), err
		}
	case *Set, *FrozenSet:
		xd, _ := setDict(x)
		if yd, ok := setDict(b); ok {
			return setCompare(t, op, &Set{d: xd}, &Set{d: yd})
		}
	case *dictView:
		if x.kind != 1 {
			if _, ok := setDict(b); ok || isView(b) {
				xs, err := ToSlice(t, x)
				if err != nil {
					return nil, err
				}
				xd := NewDict()
				for _, v := range xs {
					if err := xd.Set(t, v, None); err != nil {
						return nil, err
					}
				}
				ys, err := ToSlice(t, b)
				if err != nil {
					return nil, err
				}
				yd := NewDict()
				for _, v := range ys {
					if err := yd.Set(t, v, None); err != nil {
						return nil, err
					}
				}
				return setCompare(t, op, &Set{d: xd}, &Set{d: yd})
			}
		}
	case *Slice:
		if y, ok := b.(*Slice); ok {
			return seqCompare(t, op, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step})
		}
	case *BoundMethod:
		if y, ok := b.(*BoundMethod); ok && (op == cmpEq || op == cmpNe) {
			return Bool((x.Fn == y.Fn && Is(x.Self, y.Self)) == (op == cmpEq)), nil
		}
	case NoneType:
		if op == cmpEq || op == cmpNe {
			return Bool((b == None) == (op == cmpEq)), nil
		}
	case *rangeValue:
		if y, ok := b.(*rangeValue); ok && (op == cmpEq || op == cmpNe) {
			return Bool(rangeEqual(x, y) == (op == cmpEq)), nil
		}
	}
	return NotImplemented, nil
}

func stringCmp(a, b string) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// seqCompare compares sequences lexicographically, as lists and tuples do.
func seqCompare(t *Thread, op cmpOp, x, y []Value) (Value, error) {
	if (op == cmpEq || op == cmpNe) && len(x) != len(y) {
		return Bool(op == cmpNe), nil
	}
	n := len(x)
	if len(y) < n {
		n = len(y)
	}
	for i := 0; i < n; i++ {
		if Is(x[i], y[i]) {
			continue
		}
		eq, err := Equal(t, x[i], y[i])
		if err != nil {
			return nil, err
		}
		if !eq {
			switch op {
			case cmpEq:
				return False, nil
			case cmpNe:
				return True, nil
			}
			return Compare(t, op, x[i], y[i])
		}
	}
	c := 0
	if len(x) < len(y) {
		c = -1
	} else if len(x) > len(y) {
		c = 1
	}
	return cmpResult(op, c), nil
}

// intComplexEq is int == complex: exact, as int == float is (complex(3**50)
// is not 3**50, whose float is rounded).
func intComplexEq(i Value, c complex128) bool {
	return imag(c) == 0 && intFloatCompare(i, real(c)) == 0
}
