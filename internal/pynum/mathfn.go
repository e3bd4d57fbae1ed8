package pynum

import (
	"math"
	"math/big"
	"strconv"
)

// Floor returns math.floor(x) for a float, as an int.
// Errors: as FromFloat.
func Floor(x float64) (Int, *Error) { return FromFloat(math.Floor(x)) }

// Ceil returns math.ceil(x) for a float, as an int.
// Errors: as FromFloat.
func Ceil(x float64) (Int, *Error) { return FromFloat(math.Ceil(x)) }

// Trunc returns math.trunc(x) (and int(x)) for a float.
// Errors: as FromFloat.
func Trunc(x float64) (Int, *Error) { return FromFloat(x) }

// Isqrt returns math.isqrt(n), the floor of the square root.
// Error: ValueError "isqrt() argument must be nonnegative".
func Isqrt(n Int) (Int, *Error) {
	if n.Sign() < 0 {
		return Int{}, &Error{Class: "ValueError", Msg: "isqrt() argument must be nonnegative"}
	}
	if n.big == nil {
		r := int64(math.Sqrt(float64(n.small)))
		// Correct the float estimate by at most a step or two.
		for r > 0 && (r > 3037000499 || r*r > n.small) {
			r--
		}
		for r+1 <= 3037000499 && (r+1)*(r+1) <= n.small {
			r++
		}
		return Int{small: r}, nil
	}
	return IntFromBig(new(big.Int).Sqrt(n.big)), nil
}

// Gcd returns math.gcd(*xs): the non-negative greatest common divisor, 0
// for no arguments.
func Gcd(xs ...Int) Int {
	var r Int
	for _, x := range xs {
		r = gcd2(r, x)
	}
	return r
}

func gcd2(a, b Int) Int {
	if a.big == nil && b.big == nil && a.small != math.MinInt64 && b.small != math.MinInt64 {
		x, y := a.small, b.small
		if x < 0 {
			x = -x
		}
		if y < 0 {
			y = -y
		}
		for y != 0 {
			x, y = y, x%y
		}
		return Int{small: x}
	}
	return IntFromBig(new(big.Int).GCD(nil, nil, a.view(), b.view()))
}

// Lcm returns math.lcm(*xs): the non-negative least common multiple, 1 for
// no arguments, 0 if any argument is 0.
func Lcm(xs ...Int) Int {
	r := Int{small: 1}
	for _, x := range xs {
		if r.Sign() == 0 || x.Sign() == 0 {
			r = Int{}
			continue
		}
		g := gcd2(r, x)
		q, _ := FloorDiv(r, g)
		r = Abs(Mul(q, x))
	}
	return r
}

// Factorial returns math.factorial(n).
// Errors: ValueError "factorial() not defined for negative values",
// OverflowError "factorial() argument should not exceed
// 9223372036854775807".
func Factorial(n Int) (Int, *Error) {
	if n.Sign() < 0 {
		return Int{}, &Error{Class: "ValueError", Msg: "factorial() not defined for negative values"}
	}
	if n.big != nil {
		return Int{}, &Error{Class: "OverflowError", Msg: "factorial() argument should not exceed " + strconv.FormatInt(math.MaxInt64, 10)}
	}
	if n.small <= 20 {
		r := int64(1)
		for i := int64(2); i <= n.small; i++ {
			r *= i
		}
		return Int{small: r}, nil
	}
	return IntFromBig(new(big.Int).MulRange(1, n.small)), nil
}

// rangeProduct returns the product of the k consecutive integers
// lo, lo+1, ..., lo+k-1 by binary splitting.
func rangeProduct(lo *big.Int, k int64) *big.Int {
	if k <= 0 {
		return big.NewInt(1)
	}
	if k == 1 {
		return new(big.Int).Set(lo)
	}
	if lo.IsInt64() && lo.Int64() > 0 && lo.Int64() <= math.MaxInt64-k {
		return new(big.Int).MulRange(lo.Int64(), lo.Int64()+k-1)
	}
	h := k / 2
	mid := new(big.Int).Add(lo, big.NewInt(h))
	return new(big.Int).Mul(rangeProduct(lo, h), rangeProduct(mid, k-h))
}

// Perm returns math.perm(n, k) = n! / (n-k)!, 0 when k > n.
// Errors: ValueError "n must be a non-negative integer", ValueError "k must
// be a non-negative integer", OverflowError "k must not exceed
// 9223372036854775807".
func Perm(n, k Int) (Int, *Error) {
	if n.Sign() < 0 {
		return Int{}, &Error{Class: "ValueError", Msg: "n must be a non-negative integer"}
	}
	if k.Sign() < 0 {
		return Int{}, &Error{Class: "ValueError", Msg: "k must be a non-negative integer"}
	}
	if Cmp(k, n) > 0 {
		return Int{}, nil
	}
	if k.big != nil {
		return Int{}, &Error{Class: "OverflowError", Msg: "k must not exceed " + strconv.FormatInt(math.MaxInt64, 10)}
	}
	lo := Add(Sub(n, k), Int{small: 1})
	return IntFromBig(rangeProduct(lo.Big(), k.small)), nil
}

// Comb returns math.comb(n, k) = n! / (k! (n-k)!), 0 when k > n.
// Errors: ValueError "n must be a non-negative integer", ValueError "k must
// be a non-negative integer", OverflowError "min(n - k, k) must not exceed
// 9223372036854775807".
func Comb(n, k Int) (Int, *Error) {
	if n.Sign() < 0 {
		return Int{}, &Error{Class: "ValueError", Msg: "n must be a non-negative integer"}
	}
	if k.Sign() < 0 {
		return Int{}, &Error{Class: "ValueError", Msg: "k must be a non-negative integer"}
	}
	if Cmp(k, n) > 0 {
		return Int{}, nil
	}
	if nk := Sub(n, k); Cmp(nk, k) < 0 {
		k = nk
	}
	if k.big != nil {
		return Int{}, &Error{Class: "OverflowError", Msg: "min(n - k, k) must not exceed " + strconv.FormatInt(math.MaxInt64, 10)}
	}
	if n.big == nil {
		return IntFromBig(new(big.Int).Binomial(n.small, k.small)), nil
	}
	lo := Add(Sub(n, k), Int{small: 1})
	num := rangeProduct(lo.Big(), k.small)
	den := rangeProduct(big.NewInt(1), k.small)
	return IntFromBig(num.Quo(num, den)), nil
}

// Fsum returns math.fsum(xs): the correctly rounded sum (Shewchuk's
// algorithm as in CPython, with its half-even fix-up).
// Errors: OverflowError "intermediate overflow in fsum", ValueError
// "-inf + inf in fsum".
func Fsum(xs []float64) (float64, *Error) {
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for _, x := range xs {
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if math.IsInf(x, 0) || math.IsNaN(x) {
				if !math.IsInf(xsave, 0) && !math.IsNaN(xsave) {
					return 0, &Error{Class: "OverflowError", Msg: "intermediate overflow in fsum"}
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return 0, &Error{Class: "ValueError", Msg: "-inf + inf in fsum"}
		}
		return specialSum, nil
	}
	hi := 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		var lo float64
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return hi, nil
}

// IsClose returns math.isclose(a, b, rel_tol=relTol, abs_tol=absTol).
// Error: ValueError "tolerances must be non-negative".
func IsClose(a, b, relTol, absTol float64) (bool, *Error) {
	if relTol < 0 || absTol < 0 {
		return false, &Error{Class: "ValueError", Msg: "tolerances must be non-negative"}
	}
	if a == b {
		return true, nil
	}
	if math.IsInf(a, 0) || math.IsInf(b, 0) {
		return false, nil
	}
	diff := math.Abs(b - a)
	return diff <= math.Abs(relTol*b) || diff <= math.Abs(relTol*a) || diff <= absTol, nil
}

// frexpInt returns m, e with x ~= m * 2**e, 0.5 <= m < 1, m correctly
// rounded to 53 bits (CPython's _PyLong_Frexp), for x > 0.
func frexpInt(x Int) (float64, int) {
	n := x.bitLen()
	if n <= 1000 {
		f, _ := ToFloat(x)
		return math.Frexp(f)
	}
	// Scale down to ~1000 bits keeping a sticky bit, then convert.
	shift := uint(n - 1000)
	b := x.view()
	t := new(big.Int).Rsh(b, shift)
	if b.TrailingZeroBits() < shift {
		t.SetBit(t, 0, 1)
	}
	f, _ := ToFloat(IntFromBig(t))
	m, e := math.Frexp(f)
	return m, e + int(shift)
}

// intLog is CPython's loghelper for int arguments.
func intLog(x Int, fn func(float64) float64) (float64, *Error) {
	if x.Sign() <= 0 {
		return 0, errDomain
	}
	if f, err := ToFloat(x); err == nil {
		return fn(f), nil
	}
	m, e := frexpInt(x)
	return fn(m) + fn(2)*float64(e), nil
}

// IntLog returns math.log(x) for an int x of any size.
// Error: ValueError "math domain error" for x <= 0.
func IntLog(x Int) (float64, *Error) { return intLog(x, Log) }

// IntLog2 returns math.log2(x) for an int x of any size.
// Error: ValueError "math domain error" for x <= 0.
func IntLog2(x Int) (float64, *Error) { return intLog(x, Log2) }

// IntLog10 returns math.log10(x) for an int x of any size.
// Error: ValueError "math domain error" for x <= 0.
func IntLog10(x Int) (float64, *Error) { return intLog(x, Log10) }
