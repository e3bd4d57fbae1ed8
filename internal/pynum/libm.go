package pynum

import (
	"math"
	"math/big"
	"sync"
)

// The C library functions CPython's float and complex code relies on,
// computed in double-double arithmetic so that results are correctly
// rounded except in astronomically rare cases, as glibc's are. (Go's math
// package can be an ulp or more off, which shows in repr().) They follow C
// semantics: no exceptions, IEEE special values.

var (
	log10e = dd{0.4342944819032518, 1.098319650216765e-17}
	pio2   = [4]float64{1.5707963267948966, 6.123233995736766e-17, -1.4973849048591698e-33, 5.562271104316826e-50}
)

// reduceLog splits finite x > 0 as 2**e * m with sqrt(1/2) <= m < sqrt(2).
func reduceLog(x float64) (float64, int) {
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	return m, e
}

func logSpecial(x float64) (float64, bool) {
	switch {
	case math.IsNaN(x) || x < 0:
		return math.NaN(), true
	case x == 0:
		return math.Inf(-1), true
	case math.IsInf(x, 1):
		return x, true
	case x == 1:
		return 0, true
	}
	return 0, false
}

// Log is C's log(x).
func Log(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	m, e := reduceLog(x)
	l := ddAdd(ddMulF(ln2, float64(e)), ddLnReduced(m))
	return l.hi
}

// Log2 is C's log2(x).
func Log2(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	m, e := reduceLog(x)
	l := ddAdd(dd{float64(e), 0}, ddMul(ddLnReduced(m), log2e))
	return l.hi
}

var (
	ivln10    = math.Float64frombits(0x3FDBCB7B1526E50E)
	log10_2hi = math.Float64frombits(0x3FD34413509F6000)
	log10_2lo = math.Float64frombits(0x3D59FEF311F12B36)
)

// Log10 is C's log10(x). glibc computes it the fdlibm way, from log(),
// which is not correctly rounded; this reproduces that formula.
func Log10(x float64) float64 {
	if r, ok := logSpecial(x); ok {
		return r
	}
	m, k := math.Frexp(x) // x = m * 2**k, 0.5 <= m < 1
	// fdlibm: x = 2**k' * z with z in [1, 2) for k' >= 0, else z in [0.5, 1)
	// and k' + 1 as the exponent.
	k--
	z := m * 2
	y := float64(k)
	if k < 0 {
		z = m
		y = float64(k + 1)
	}
	// Conversions keep the compiler from fusing into FMAs (glibc does not).
	zz := float64(y*log10_2lo) + float64(ivln10*Log(z))
	return zz + float64(y*log10_2hi)
}

// Exp is C's exp(x).
func Exp(x float64) float64 {
	switch {
	case math.IsNaN(x):
		return x
	case x > 710:
		return math.Inf(1)
	case x < -746:
		return 0
	case x == 0:
		return 1
	}
	n := math.Round(x * log2e.hi)
	r := ddAdd(dd{x, 0}, ddNeg(ddMulF(ln2, n)))
	return ddExpToFloat(r, int(n))
}

var (
	bigPiOnce sync.Once
	bigPio2   *big.Float // pi/2 to 1500 bits
)

const bigPiPrec = 1500

// bigAtanInv returns atan(1/n) to bigPiPrec bits.
func bigAtanInv(n int64) *big.Float {
	prec := uint(bigPiPrec + 20)
	x := new(big.Float).SetPrec(prec).Quo(big.NewFloat(1).SetPrec(prec), big.NewFloat(float64(n)).SetPrec(prec))
	n2 := new(big.Float).SetPrec(prec).SetInt64(n * n)
	sum := new(big.Float).SetPrec(prec).Set(x)
	pw := new(big.Float).SetPrec(prec).Set(x)
	eps := new(big.Float).SetPrec(prec).SetMantExp(big.NewFloat(1), -int(prec))
	for k := int64(3); ; k += 2 {
		pw.Quo(pw, n2)
		term := new(big.Float).SetPrec(prec).Quo(pw, new(big.Float).SetPrec(prec).SetInt64(k))
		if term.Cmp(eps) < 0 {
			break
		}
		if (k/2)%2 == 1 {
			sum.Sub(sum, term)
		} else {
			sum.Add(sum, term)
		}
	}
	return sum
}

func initBigPi() {
	prec := uint(bigPiPrec + 20)
	a := new(big.Float).SetPrec(prec).Mul(big.NewFloat(8), bigAtanInv(5))   // 16*atan(1/5)/2
	b := new(big.Float).SetPrec(prec).Mul(big.NewFloat(2), bigAtanInv(239)) // 4*atan(1/239)/2
	bigPio2 = a.Sub(a, b)
}

// reducePio2 returns r and k with x = k*(pi/2) + r, |r| <= ~pi/4, r in
// double-double.
func reducePio2(x float64) (dd, int64) {
	if math.Abs(x) <= math.Pi/4 {
		return dd{x, 0}, 0
	}
	if math.Abs(x) < 1<<20 {
		k := math.Round(x / pio2[0])
		r := ddAdd(dd{x, 0}, ddNeg(twoProd(k, pio2[0])))
		for _, c := range pio2[1:] {
			r = ddAdd(r, ddNeg(twoProd(k, c)))
		}
		return r, int64(k)
	}
	bigPiOnce.Do(initBigPi)
	prec := uint(bigPiPrec + 20)
	bx := new(big.Float).SetPrec(prec).SetFloat64(x)
	q := new(big.Float).SetPrec(prec).Quo(bx, bigPio2)
	// k = round(q)
	// k = floor(q + 1/2); Int truncates towards zero.
	t := new(big.Float).SetPrec(prec).Add(q, big.NewFloat(0.5))
	qi, _ := t.Int(nil)
	if new(big.Float).SetPrec(prec).SetInt(qi).Cmp(t) > 0 {
		qi.Sub(qi, bigOne)
	}
	rb := new(big.Float).SetPrec(prec).Mul(new(big.Float).SetPrec(prec).SetInt(qi), bigPio2)
	rb.Sub(bx, rb)
	hi, _ := rb.Float64()
	lo, _ := new(big.Float).SetPrec(prec).Sub(rb, new(big.Float).SetFloat64(hi)).Float64()
	k := new(big.Int).And(qi, big.NewInt(3)).Int64() // only k mod 4 matters
	return dd{hi, lo}, k
}

// ddSinCos returns sin(r) and cos(r) for |r| <= ~pi/4 by Taylor series.
func ddSinCos(r dd) (dd, dd) {
	r2 := ddMul(r, r)
	// sin
	s := r
	term := r
	for i := 2; i < 60; i += 2 {
		term = ddDiv(ddMul(term, r2), dd{float64(i * (i + 1)), 0})
		if i%4 == 2 {
			s = ddAdd(s, ddNeg(term))
		} else {
			s = ddAdd(s, term)
		}
		if math.Abs(term.hi) < 1e-40*math.Abs(s.hi) || term.hi == 0 {
			break
		}
	}
	c := dd{1, 0}
	term = dd{1, 0}
	for i := 1; i < 60; i += 2 {
		term = ddDiv(ddMul(term, r2), dd{float64(i * (i + 1)), 0})
		if i%4 == 1 {
			c = ddAdd(c, ddNeg(term))
		} else {
			c = ddAdd(c, term)
		}
		if math.Abs(term.hi) < 1e-40 || term.hi == 0 {
			break
		}
	}
	return s, c
}

// ddSinCosFull returns sin(x) and cos(x) in double-double for finite x.
func ddSinCosFull(x float64) (dd, dd) {
	r, k := reducePio2(x)
	s, c := ddSinCos(r)
	switch k & 3 {
	case 1:
		s, c = c, ddNeg(s)
	case 2:
		s, c = ddNeg(s), ddNeg(c)
	case 3:
		s, c = ddNeg(c), s
	}
	return s, c
}

// Sin is C's sin(x).
func Sin(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-26 {
		return x // sin(x) rounds to x (ties impossible)
	}
	s, _ := ddSinCosFull(x)
	return s.hi
}

// Cos is C's cos(x).
func Cos(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < 0x1p-27 {
		return 1
	}
	_, c := ddSinCosFull(x)
	return c.hi
}

// Atan2 is C's atan2(y, x).
func Atan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) || math.IsInf(x, 0) || math.IsInf(y, 0) || x == 0 || y == 0 {
		return math.Atan2(y, x)
	}
	// Scale so that the larger magnitude is near 1.
	_, ey := math.Frexp(y)
	_, ex := math.Frexp(x)
	sc := -max(ex, ey)
	ys, xs := math.Ldexp(y, sc), math.Ldexp(x, sc)
	t0 := math.Atan2(ys, xs)
	if math.Abs(t0) < 0x1p-500 {
		// atan2 is y/x here, which Go rounds once (as it does a
		// subnormal quotient, where a Newton step would not help).
		return math.Atan2(y, x)
	}
	// One Newton step on f(t) = y cos t - x sin t, in double-double.
	s, c := ddSinCosFull(t0)
	num := ddAdd(ddMulF(c, ys), ddNeg(ddMulF(s, xs)))
	den := xs*c.hi + ys*s.hi
	d := num.hi / den
	return t0 + d
}
