package interp

import (
	"math"
	"math/big"
	"math/bits"
	"strconv"
	"strings"
	"sync/atomic"
)

// Int arithmetic: int64 fast paths that detect overflow and fall back to
// math/big, whose results are normalised back to Int when they fit.

// MakeBig returns a Python int for a big.Int, normalised.
func MakeBig(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	r := &BigInt{}
	r.V.Set(b)
	return r
}

// bigOf returns the big.Int of an int value (Int, Bool or *BigInt).
func bigOf(v Value) *big.Int {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x))
	case Bool:
		if x {
			return big.NewInt(1)
		}
		return big.NewInt(0)
	case *BigInt:
		return &x.V
	}
	return nil
}

// isInt reports whether v is an int (including bool) and not a subclass
// instance.
func isIntValue(v Value) bool {
	switch v.(type) {
	case Int, Bool, *BigInt:
		return true
	}
	return false
}

// asIntValue converts a bool to Int, leaving Int and *BigInt as they are.
// indexOperand returns the int v stands for where an integer is wanted: v
// itself when it is an int, else what its __index__ returns. ok is false
// when v has no __index__.
func indexOperand(t *Thread, v Value) (Value, bool, error) {
	if n, ok := asIntValue(v); ok {
		return n, true, nil
	}
	m := lookupDunder(v, "__index__")
	if m == nil {
		return nil, false, nil
	}
	r, err := callDunder(t, m, v)
	if err != nil {
		return nil, true, err
	}
	if n, ok := asIntValue(r); ok {
		return n, true, nil
	}
	return nil, true, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
}

func asIntValue(v Value) (Value, bool) {
	switch x := v.(type) {
	case Int, *BigInt:
		return x, true
	case Bool:
		if x {
			return Int(1), true
		}
		return Int(0), true
	case *Object:
		if x.Base != nil {
			return asIntValue(x.Base)
		}
	}
	return nil, false
}

func intAdd(a, b Int) Value {
	s := a + b
	if (s > a) == (b > 0) {
		return s
	}
	return MakeBig(new(big.Int).Add(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func intSub(a, b Int) Value {
	s := a - b
	if (s < a) == (b > 0) {
		return s
	}
	return MakeBig(new(big.Int).Sub(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func intMul(a, b Int) Value {
	if a == 0 || b == 0 {
		return Int(0)
	}
	hi, lo := bits.Mul64(uint64(absInt(a)), uint64(absInt(b)))
	if hi == 0 && lo <= math.MaxInt64 && a != math.MinInt64 && b != math.MinInt64 {
		r := Int(lo)
		if (a < 0) != (b < 0) {
			r = -r
		}
		return r
	}
	return MakeBig(new(big.Int).Mul(big.NewInt(int64(a)), big.NewInt(int64(b))))
}

func absInt(a Int) Int {
	if a < 0 {
		return -a
	}
	return a
}

// floorDivMod is Python's // and % on int64: the quotient rounds toward
// negative infinity and the remainder takes the divisor's sign.
func floorDivMod(a, b Int) (Value, Value) {
	if a == math.MinInt64 && b == -1 {
		return MakeBig(new(big.Int).Neg(big.NewInt(int64(a)))), Int(0)
	}
	q, r := a/b, a%b
	if r != 0 && (r < 0) != (b < 0) {
		q--
		r += b
	}
	return q, r
}

func bigFloorDivMod(a, b *big.Int) (Value, Value) {
	q, m := new(big.Int), new(big.Int)
	q.DivMod(a, b, m) // Euclidean: m >= 0
	if m.Sign() != 0 && b.Sign() < 0 {
		// a = q*b + m = (q-1)*b + (m+b), and m+b takes b's sign
		q.Sub(q, big.NewInt(1))
		m.Add(m, b)
	}
	return MakeBig(q), MakeBig(m)
}

// intBinop applies an arithmetic operator to two ints (Int, Bool or
// *BigInt). It returns NotImplemented for operators ints do not support.
func intBinop(op binOp, a, b Value) (Value, error) {
	x, xok := a.(Int)
	y, yok := b.(Int)
	if xok && yok {
		switch op {
		case opAdd:
			return intAdd(x, y), nil
		case opSub:
			return intSub(x, y), nil
		case opMul:
			return intMul(x, y), nil
		case opFloorDiv, opMod:
			if y == 0 {
				if op == opMod {
					return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
				}
				return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
			}
			q, r := floorDivMod(x, y)
			if op == opFloorDiv {
				return q, nil
			}
			return r, nil
		case opTrueDiv:
			if y == 0 {
				return nil, Errorf(ZeroDivisionErrorType, "division by zero")
			}
			if absInt(x) < 1<<53 && absInt(y) < 1<<53 {
				return Float(float64(x) / float64(y)), nil
			}
		case opAnd:
			return x & y, nil
		case opOr:
			return x | y, nil
		case opXor:
			return x ^ y, nil
		case opLShift:
			if y < 0 {
				return nil, Errorf(ValueErrorType, "negative shift count")
			}
			if y < 63 && x == (x<<y)>>y {
				return x << y, nil
			}
		case opRShift:
			if y < 0 {
				return nil, Errorf(ValueErrorType, "negative shift count")
			}
			if y > 63 {
				y = 63
			}
			return x >> y, nil
		case opPow:
			if y >= 0 {
				r := Int(1)
				base := x
				e := y
				ok := true
				for e > 0 && ok {
					if e&1 == 1 {
						v := intMul(r, base)
						r, ok = v.(Int)
					}
					e >>= 1
					if e > 0 && ok {
						v := intMul(base, base)
						base, ok = v.(Int)
					}
				}
				if ok {
					return r, nil
				}
			}
		}
	}
	return bigBinop(op, a, b)
}

func bigBinop(op binOp, a, b Value) (Value, error) {
	x, y := bigOf(a), bigOf(b)
	switch op {
	case opAdd:
		return MakeBig(new(big.Int).Add(x, y)), nil
	case opSub:
		return MakeBig(new(big.Int).Sub(x, y)), nil
	case opMul:
		return MakeBig(new(big.Int).Mul(x, y)), nil
	case opFloorDiv, opMod:
		if y.Sign() == 0 {
			if op == opMod {
				return nil, Errorf(ZeroDivisionErrorType, "integer modulo by zero")
			}
			return nil, Errorf(ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		q, r := bigFloorDivMod(x, y)
		if op == opFloorDiv {
			return q, nil
		}
		return r, nil
	case opTrueDiv:
		if y.Sign() == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "division by zero")
		}
		r := new(big.Rat).SetFrac(x, y)
		f, _ := r.Float64()
		if f == 0 && (x.Sign() < 0) != (y.Sign() < 0) {
			// A zero (or underflowed) quotient keeps the sign: 0 / -n is -0.0.
			f = math.Copysign(0, -1)
		}
		if math.IsInf(f, 0) {
			return nil, Errorf(OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), nil
	case opAnd:
		return MakeBig(new(big.Int).And(x, y)), nil
	case opOr:
		return MakeBig(new(big.Int).Or(x, y)), nil
	case opXor:
		return MakeBig(new(big.Int).Xor(x, y)), nil
	case opLShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() || y.Int64() > 1<<26 {
			return nil, Errorf(OverflowErrorType, "too many digits in integer")
		}
		return MakeBig(new(big.Int).Lsh(x, uint(y.Int64()))), nil
	case opRShift:
		if y.Sign() < 0 {
			return nil, Errorf(ValueErrorType, "negative shift count")
		}
		if !y.IsInt64() {
			if x.Sign() < 0 {
				return Int(-1), nil
			}
			return Int(0), nil
		}
		return MakeBig(new(big.Int).Rsh(x, uint(y.Int64()))), nil
	case opPow:
		if y.Sign() < 0 {
			// A negative power is float's: both converted (too large
			// overflows), then float ** float.
			fx, err := intToFloat(MakeBig(x))
			if err != nil {
				return nil, err
			}
			fy, err := intToFloat(MakeBig(y))
			if err != nil {
				return nil, err
			}
			return floatBinop(opPow, fx, fy)
		}
		return MakeBig(new(big.Int).Exp(x, y, nil)), nil
	}
	return NotImplemented, nil
}

func intNeg(v Value) Value {
	switch x := v.(type) {
	case Int:
		if x == math.MinInt64 {
			return MakeBig(new(big.Int).Neg(big.NewInt(int64(x))))
		}
		return -x
	case Bool:
		if x {
			return Int(-1)
		}
		return Int(0)
	case *BigInt:
		return MakeBig(new(big.Int).Neg(&x.V))
	}
	return nil
}

// intCompare compares two ints: -1, 0 or 1.
func intCompare(a, b Value) int {
	x, xok := a.(Int)
	y, yok := b.(Int)
	if xok && yok {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return bigOf(a).Cmp(bigOf(b))
}

// intFloatCompare compares an int with a float exactly; nan compares
// unordered, reported as 2.
func intFloatCompare(a Value, f float64) int {
	if math.IsNaN(f) {
		return 2
	}
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	if x, ok := a.(Int); ok && absInt(x) < 1<<53 {
		fx := float64(x)
		switch {
		case fx < f:
			return -1
		case fx > f:
			return 1
		}
		return 0
	}
	bf := new(big.Float).SetInt(bigOf(a))
	return bf.Cmp(big.NewFloat(f))
}

// intToFloat converts an int to float, raising OverflowError as CPython.
func intToFloat(v Value) (float64, error) {
	switch x := v.(type) {
	case Int:
		return float64(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		f, _ := new(big.Float).SetInt(&x.V).Float64()
		if math.IsInf(f, 0) {
			return 0, Errorf(OverflowErrorType, "int too large to convert to float")
		}
		return f, nil
	}
	return 0, Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
}

// intString formats an int in base 10.
func intString(v Value) string {
	switch x := v.(type) {
	case Int:
		return strconv.FormatInt(int64(x), 10)
	case Bool:
		if x {
			return "1"
		}
		return "0"
	case *BigInt:
		return x.V.String()
	}
	return "?"
}

const hashModulus = (1 << 61) - 1

// intHash is CPython's numeric hash of an int: the value modulo 2**61-1,
// with the sign kept and -1 mapped to -2.
func intHash(v Value) int64 {
	var h int64
	if x, ok := v.(Int); ok {
		if x >= 0 {
			h = int64(x) % hashModulus
		} else {
			h = -(int64(-(x+1))%hashModulus + 1)
			if h == -hashModulus {
				h = 0
			}
		}
	} else {
		b := bigOf(v)
		m := new(big.Int).Mod(new(big.Int).Abs(b), big.NewInt(hashModulus))
		h = m.Int64()
		if b.Sign() < 0 {
			h = -h
		}
	}
	if h == -1 {
		h = -2
	}
	return h
}

// floatHash is CPython's hash of a float, equal to the hash of an equal int.
func floatHash(f float64) int64 {
	if math.IsInf(f, 1) {
		return 314159
	}
	if math.IsInf(f, -1) {
		return -314159
	}
	if math.IsNaN(f) {
		return 0
	}
	if f == math.Trunc(f) && math.Abs(f) < 1<<63 {
		return intHash(Int(int64(f)))
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(61-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e = e % 61
	} else {
		e = 61 - 1 - ((-1 - e) % 61)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(61-uint(e))
	h := int64(x) * sign
	if h == -1 {
		h = -2
	}
	return h
}

// ParseInt parses s as int(s, base) does.
func ParseInt(s string, base int) (Value, bool) {
	s = asciiDigits(strings.TrimSpace(s))
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	if len(s) > 1 && s[0] == '0' {
		p := strings.ToLower(s[:2])
		switch {
		case p == "0x" && (base == 16 || base == 0):
			base, s = 16, s[2:]
		case p == "0o" && (base == 8 || base == 0):
			base, s = 8, s[2:]
		case p == "0b" && (base == 2 || base == 0):
			base, s = 2, s[2:]
		}
		if s != "" && s[0] == '_' {
			s = s[1:]
		}
	}
	if base == 0 {
		base = 10
		if len(s) > 1 && s[0] == '0' && strings.Trim(s, "0_") != "" {
			return nil, false
		}
	}
	if s == "" || s[0] == '_' || s[len(s)-1] == '_' || strings.Contains(s, "__") {
		return nil, false
	}
	s = strings.ReplaceAll(s, "_", "")
	b, ok := new(big.Int).SetString(s, base)
	if !ok {
		return nil, false
	}
	if neg {
		b.Neg(b)
	}
	return MakeBig(b), true
}

// intMaxStrDigits is sys.get_int_max_str_digits(): the most decimal digits
// an int may have when converted to or from a string (0: no limit). It is
// one setting for the whole process.
var intMaxStrDigits atomic.Int64

func init() { intMaxStrDigits.Store(4300) }

// bigDecimal is str() of a big int, failing as CPython does past the digit
// limit.
func bigDecimal(x *big.Int) (string, error) {
	s := x.String()
	if err := checkStrDigits(len(s) - boolInt(x.Sign() < 0)); err != nil {
		return "", err
	}
	return s, nil
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

func checkStrDigits(n int) error {
	if lim := intMaxStrDigits.Load(); lim > 0 && int64(n) > lim {
		return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", lim)
	}
	return nil
}

// checkParseDigits fails int(s, base) of a string with more digits than
// the limit, for the bases that are not powers of two.
func checkParseDigits(s string, base int) error {
	lim := intMaxStrDigits.Load()
	if lim <= 0 || len(s) <= int(lim) || base&(base-1) == 0 && base != 0 {
		return nil
	}
	t := strings.TrimLeft(strings.TrimSpace(s), "+-")
	if base == 0 && len(t) > 1 && t[0] == '0' && strings.ContainsRune("xXoObB", rune(t[1])) {
		return nil
	}
	n := 0
	for i := 0; i < len(t); i++ {
		c := t[i]
		if c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' {
			n++
		}
	}
	if int64(n) > lim {
		return Errorf(ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", lim, n)
	}
	return nil
}
