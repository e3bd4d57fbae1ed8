package pynum

import (
	"math"
	"math/big"
	"math/bits"
)

// Int is a Python int: the value is small when big is nil, else *big. The
// invariant is that big is nil whenever the value fits in an int64, so two
// Ints are equal exactly when Cmp reports 0 and small values take the fast
// paths. The *big.Int is never modified once wrapped: Ints may be copied and
// shared freely. The zero Int is 0.
type Int struct {
	small int64
	big   *big.Int
}

var (
	bigOne      = big.NewInt(1)
	bigMinInt64 = big.NewInt(math.MinInt64)
	bigTwoTo63  = new(big.Int).Lsh(big.NewInt(1), 63)
	intTwoTo63  = Int{big: bigTwoTo63}
)

// MaxResultBits bounds the size of results of <<, ** (and pow with huge
// exponents): operations that would obviously produce an int of more bits
// raise MemoryError instead of exhausting memory (CPython tries and fails).
var MaxResultBits uint64 = 1 << 36

// IntOf returns the Int with value v.
func IntOf(v int64) Int { return Int{small: v} }

// IntFromBig returns the Int with value b, taking ownership of b (the caller
// must not modify it afterwards). Values that fit in an int64 are stored
// small.
func IntFromBig(b *big.Int) Int {
	if b.IsInt64() {
		return Int{small: b.Int64()}
	}
	return Int{big: b}
}

// IntFromUint64 returns the Int with value v.
func IntFromUint64(v uint64) Int {
	if v <= math.MaxInt64 {
		return Int{small: int64(v)}
	}
	return Int{big: new(big.Int).SetUint64(v)}
}

// IsSmall reports whether x is held as an int64.
func (x Int) IsSmall() bool { return x.big == nil }

// Int64 returns x as an int64 and whether it fits.
func (x Int) Int64() (int64, bool) {
	if x.big == nil {
		return x.small, true
	}
	return 0, false
}

// Big returns x as a new *big.Int that the caller owns.
func (x Int) Big() *big.Int {
	if x.big == nil {
		return big.NewInt(x.small)
	}
	return new(big.Int).Set(x.big)
}

// view returns x as a *big.Int that must not be modified (it may be x's own
// storage).
func (x Int) view() *big.Int {
	if x.big == nil {
		return big.NewInt(x.small)
	}
	return x.big
}

// Sign returns -1, 0 or +1 according to the sign of x.
func (x Int) Sign() int {
	if x.big == nil {
		switch {
		case x.small < 0:
			return -1
		case x.small > 0:
			return 1
		}
		return 0
	}
	return x.big.Sign()
}

// String returns str(x) in decimal, without any digit limit.
func (x Int) String() string {
	if x.big == nil {
		return itoa(x.small)
	}
	return x.big.String()
}

func itoa(v int64) string {
	var buf [20]byte
	i := len(buf)
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	for u >= 10 {
		i--
		buf[i] = byte('0' + u%10)
		u /= 10
	}
	i--
	buf[i] = byte('0' + u)
	if v < 0 {
		return "-" + string(buf[i:])
	}
	return string(buf[i:])
}

// Add returns x + y.
func Add(x, y Int) Int {
	r := x.small + y.small
	if x.big == nil && y.big == nil && (x.small^r)&(y.small^r) >= 0 {
		return Int{small: r}
	}
	return addSlow(x, y)
}

func addSlow(x, y Int) Int {
	return IntFromBig(new(big.Int).Add(x.view(), y.view()))
}

// Sub returns x - y.
func Sub(x, y Int) Int {
	r := x.small - y.small
	if x.big == nil && y.big == nil && (x.small^y.small)&(x.small^r) >= 0 {
		return Int{small: r}
	}
	return subSlow(x, y)
}

func subSlow(x, y Int) Int {
	return IntFromBig(new(big.Int).Sub(x.view(), y.view()))
}

// mul64 returns a*b and whether it did not overflow.
func mul64(a, b int64) (int64, bool) {
	hi, lo := bits.Mul64(uint64(a), uint64(b))
	h := int64(hi)
	if a < 0 {
		h -= b
	}
	if b < 0 {
		h -= a
	}
	r := int64(lo)
	return r, h == r>>63
}

// Mul returns x * y.
func Mul(x, y Int) Int {
	if x.big == nil && y.big == nil {
		if r, ok := mul64(x.small, y.small); ok {
			return Int{small: r}
		}
	}
	return mulSlow(x, y)
}

func mulSlow(x, y Int) Int {
	return IntFromBig(new(big.Int).Mul(x.view(), y.view()))
}

// Neg returns -x.
func Neg(x Int) Int {
	if x.big == nil {
		if x.small != math.MinInt64 {
			return Int{small: -x.small}
		}
		return intTwoTo63
	}
	return IntFromBig(new(big.Int).Neg(x.big))
}

// Abs returns abs(x).
func Abs(x Int) Int {
	if x.Sign() < 0 {
		return Neg(x)
	}
	return x
}

// Invert returns ~x, which is -x-1.
func Invert(x Int) Int {
	if x.big == nil {
		return Int{small: ^x.small}
	}
	return IntFromBig(new(big.Int).Not(x.big))
}

// Cmp compares x and y, returning -1, 0 or +1 (x < y, x == y, x > y).
func Cmp(x, y Int) int {
	if x.big == nil && y.big == nil {
		switch {
		case x.small < y.small:
			return -1
		case x.small > y.small:
			return 1
		}
		return 0
	}
	return cmpSlow(x, y)
}

func cmpSlow(x, y Int) int { return x.view().Cmp(y.view()) }

// Equal reports x == y.
func Equal(x, y Int) bool {
	if x.big == nil && y.big == nil {
		return x.small == y.small
	}
	return x.big != nil && y.big != nil && x.big.Cmp(y.big) == 0
}

// bigDivMod returns floor(x/y) and x - floor(x/y)*y (y != 0).
func bigDivMod(x, y *big.Int) (*big.Int, *big.Int) {
	q, r := new(big.Int).QuoRem(x, y, new(big.Int))
	if r.Sign() != 0 && (r.Sign() < 0) != (y.Sign() < 0) {
		q.Sub(q, bigOne)
		r.Add(r, y)
	}
	return q, r
}

// FloorDiv returns x // y, rounded towards minus infinity.
// Error: ZeroDivisionError "integer division or modulo by zero".
func FloorDiv(x, y Int) (Int, *Error) {
	if x.big == nil && y.big == nil {
		a, b := x.small, y.small
		if b == 0 {
			return Int{}, errIntDivZero
		}
		if b == -1 {
			return Neg(x), nil
		}
		q := a / b
		if (a%b != 0) && ((a < 0) != (b < 0)) {
			q--
		}
		return Int{small: q}, nil
	}
	if y.Sign() == 0 {
		return Int{}, errIntDivZero
	}
	q, _ := bigDivMod(x.view(), y.view())
	return IntFromBig(q), nil
}

// Mod returns x % y, which has the sign of y.
// Error: ZeroDivisionError "integer modulo by zero".
func Mod(x, y Int) (Int, *Error) {
	if x.big == nil && y.big == nil {
		a, b := x.small, y.small
		if b == 0 {
			return Int{}, errIntModZero
		}
		r := a % b
		if r != 0 && (r < 0) != (b < 0) {
			r += b
		}
		return Int{small: r}, nil
	}
	if y.Sign() == 0 {
		return Int{}, errIntModZero
	}
	_, r := bigDivMod(x.view(), y.view())
	return IntFromBig(r), nil
}

// DivMod returns divmod(x, y) = (x // y, x % y).
// Error: ZeroDivisionError "integer division or modulo by zero".
func DivMod(x, y Int) (Int, Int, *Error) {
	if x.big == nil && y.big == nil {
		a, b := x.small, y.small
		if b == 0 {
			return Int{}, Int{}, errIntDivZero
		}
		if b == -1 {
			return Neg(x), Int{}, nil
		}
		q, r := a/b, a%b
		if r != 0 && (r < 0) != (b < 0) {
			q--
			r += b
		}
		return Int{small: q}, Int{small: r}, nil
	}
	if y.Sign() == 0 {
		return Int{}, Int{}, errIntDivZero
	}
	q, r := bigDivMod(x.view(), y.view())
	return IntFromBig(q), IntFromBig(r), nil
}

// bitLen returns the number of bits of |x|.
func (x Int) bitLen() int {
	if x.big == nil {
		if x.small < 0 {
			return bits.Len64(-uint64(x.small))
		}
		return bits.Len64(uint64(x.small))
	}
	return x.big.BitLen()
}

// Pow returns x ** y for ints. When y >= 0 the result is the Int r. When
// y < 0 Python computes float(x) ** float(y): isFloat is true and the result
// is f.
// Errors: ZeroDivisionError "0.0 cannot be raised to a negative power",
// OverflowError "int too large to convert to float" (negative exponent with
// a huge operand), MemoryError for absurdly large results.
func Pow(x, y Int) (r Int, f float64, isFloat bool, err *Error) {
	if y.Sign() < 0 {
		fx, err := ToFloat(x)
		if err != nil {
			return Int{}, 0, true, err
		}
		fy, err := ToFloat(y)
		if err != nil {
			return Int{}, 0, true, err
		}
		f, _, err := FloatPow(fx, fy)
		return Int{}, f, true, err
	}
	r, err = powNonNeg(x, y)
	return r, 0, false, err
}

// powNonNeg returns x ** y for y >= 0.
func powNonNeg(x, y Int) (Int, *Error) {
	if x.big == nil {
		switch x.small {
		case 0:
			if y.Sign() == 0 {
				return Int{small: 1}, nil
			}
			return Int{}, nil
		case 1:
			return x, nil
		case -1:
			if y.big == nil && y.small&1 == 0 || y.big != nil && y.big.Bit(0) == 0 {
				return Int{small: 1}, nil
			}
			return x, nil
		}
	}
	if y.big != nil || uint64(x.bitLen()-1)*uint64(y.small) > MaxResultBits {
		return Int{}, errMemory
	}
	e := y.small
	if x.big == nil {
		// Square-and-multiply in int64 while it fits.
		base, acc := x.small, int64(1)
		ok := true
		for n := e; ; {
			if n&1 != 0 {
				if acc, ok = mul64(acc, base); !ok {
					break
				}
			}
			n >>= 1
			if n == 0 {
				break
			}
			if base, ok = mul64(base, base); !ok {
				break
			}
		}
		if ok {
			return Int{small: acc}, nil
		}
	}
	return IntFromBig(new(big.Int).Exp(x.view(), big.NewInt(e), nil)), nil
}

// PowMod returns pow(x, y, m). A negative y uses the modular inverse of x.
// The result has the sign of m (or is 0).
// Errors: ValueError "pow() 3rd argument cannot be 0", ValueError "base is
// not invertible for the given modulus".
func PowMod(x, y, m Int) (Int, *Error) {
	if m.Sign() == 0 {
		return Int{}, errPowModZero
	}
	mod := new(big.Int).Abs(m.view())
	if mod.Cmp(bigOne) == 0 {
		return Int{}, nil
	}
	base := new(big.Int).Mod(x.view(), mod) // Euclidean: 0 <= base < mod
	exp := y.view()
	if exp.Sign() < 0 {
		if base.ModInverse(base, mod) == nil {
			return Int{}, errNotInvertible
		}
		exp = new(big.Int).Neg(exp)
	}
	r := new(big.Int).Exp(base, exp, mod)
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Sub(r, mod)
	}
	return IntFromBig(r), nil
}

// Lshift returns x << n.
// Errors: ValueError "negative shift count", MemoryError for huge counts.
func Lshift(x, n Int) (Int, *Error) {
	if n.Sign() < 0 {
		return Int{}, errNegShift
	}
	if x.Sign() == 0 {
		return Int{}, nil
	}
	if n.big != nil || uint64(n.small) > MaxResultBits {
		return Int{}, errMemory
	}
	s := uint(n.small)
	if x.big == nil && s < 63 {
		r := x.small << s
		if r>>s == x.small {
			return Int{small: r}, nil
		}
	}
	return IntFromBig(new(big.Int).Lsh(x.view(), s)), nil
}

// Rshift returns x >> n, an arithmetic shift rounding towards minus infinity.
// Error: ValueError "negative shift count".
func Rshift(x, n Int) (Int, *Error) {
	if n.Sign() < 0 {
		return Int{}, errNegShift
	}
	if n.big != nil || n.small >= int64(x.bitLen())+1 {
		if x.Sign() < 0 {
			return Int{small: -1}, nil
		}
		return Int{}, nil
	}
	s := uint(n.small)
	if x.big == nil {
		return Int{small: x.small >> s}, nil
	}
	return IntFromBig(new(big.Int).Rsh(x.big, s)), nil
}

// And returns x & y with infinite two's complement semantics.
func And(x, y Int) Int {
	if x.big == nil && y.big == nil {
		return Int{small: x.small & y.small}
	}
	return IntFromBig(new(big.Int).And(x.view(), y.view()))
}

// Or returns x | y with infinite two's complement semantics.
func Or(x, y Int) Int {
	if x.big == nil && y.big == nil {
		return Int{small: x.small | y.small}
	}
	return IntFromBig(new(big.Int).Or(x.view(), y.view()))
}

// Xor returns x ^ y with infinite two's complement semantics.
func Xor(x, y Int) Int {
	if x.big == nil && y.big == nil {
		return Int{small: x.small ^ y.small}
	}
	return IntFromBig(new(big.Int).Xor(x.view(), y.view()))
}

// BitLength returns int.bit_length(x): the number of bits of abs(x).
func BitLength(x Int) int { return x.bitLen() }

// BitCount returns int.bit_count(x): the number of ones in abs(x).
func BitCount(x Int) int {
	if x.big == nil {
		if x.small < 0 {
			return bits.OnesCount64(-uint64(x.small))
		}
		return bits.OnesCount64(uint64(x.small))
	}
	n := 0
	for _, w := range x.big.Bits() {
		n += bits.OnesCount(uint(w))
	}
	return n
}

// RoundInt returns round(x, n) for an int: x itself when n >= 0, else x
// rounded to a multiple of 10**-n, ties to even.
func RoundInt(x Int, n Int) Int {
	if n.Sign() >= 0 {
		return x
	}
	if n.big != nil || n.small < -1000000 && uint64(-n.small) > uint64(x.bitLen()) {
		// 10**-n exceeds |x| by far: the result is 0.
		return Int{}
	}
	p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n.small), nil)
	q, r := bigDivMod(x.view(), p)
	twice := new(big.Int).Lsh(r, 1)
	if c := twice.Cmp(p); c > 0 || c == 0 && q.Bit(0) == 1 {
		r.Sub(r, p)
	}
	return IntFromBig(new(big.Int).Sub(x.view(), r))
}
