package pynum

import "math"

// More of the C library's real functions, as glibc computes them, so
// that they print as CPython's do (Go's math.Tan, Sinh, Asin and friends
// are often an ulp off, which repr() shows). tan, asin and acos are
// correctly rounded, from double-double arithmetic. Special values and
// tiny arguments follow C; callers raise Python's errors.

// tiny is the magnitude below which f(x) rounds to x for the odd
// functions here whose series starts x ± x**3/k.
const tiny = 0x1p-27

// ddExpReduced returns exp(s) for |s| <= ln(2)/2 + 1/128 in double-double.
func ddExpReduced(s dd) dd {
	tableInit()
	j := int(math.Round(s.hi * tabN))
	r := ddAdd(s, dd{-float64(j) / tabN, 0}) // |r| <= 1/128
	// Horner for sum r**k/k!, k <= 12 (error < 2**-120).
	p := invFact[12]
	for k := 11; k >= 0; k-- {
		p = ddAdd(ddMul(p, r), invFact[k])
	}
	return ddMul(expTab[j+expTabHalf], p)
}

// ddSqrt returns the square root of a double-double a >= 0.
func ddSqrt(a dd) dd {
	if a.hi <= 0 {
		return dd{0, 0}
	}
	q := math.Sqrt(a.hi)
	r := ddAdd(a, ddNeg(twoProd(q, q)))
	return quickTwoSum(q, r.hi/(2*q))
}

// Tan is C's tan(x).
func Tan(x float64) float64 {
	if math.IsInf(x, 0) || math.IsNaN(x) {
		return math.NaN()
	}
	if math.Abs(x) < tiny {
		return x
	}
	s, c := ddSinCosFull(x)
	return ddDiv(s, c).hi
}

// The hyperbolic functions and their inverses are glibc's (fdlibm's)
// reductions to exp, log, expm1 and log1p, so that they round as glibc's
// do (which are not correctly rounded): expm1 and log1p are Go's, which
// are fdlibm's too, exp and log this package's correctly rounded ones.
// Conversions keep the compiler from fusing products into FMAs.

const (
	ln2Hi     = 6.93147180369123816490e-01 // ln(2) in two parts, as fdlibm splits it
	ln2Lo     = 1.90821492927058770002e-10
	lnMaxExp  = 709.782712893384 // ln(MaxFloat64)
	hyperHuge = 22               // beyond it e**-|x| no longer shows
)

// Sinh is C's sinh(x).
func Sinh(x float64) float64 {
	a := math.Abs(x)
	h := math.Copysign(0.5, x)
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || a < 0x1p-28:
		return x
	case a < hyperHuge:
		t := math.Expm1(a)
		if a < 1 {
			return h * (2*t - float64(t*t)/(t+1))
		}
		return h * (t + t/(t+1))
	case a < lnMaxExp:
		return h * Exp(a)
	}
	w := Exp(0.5 * a) // h*e**a overflows only beyond e**a/2's range
	return float64(h*w) * w
}

// Cosh is C's cosh(x).
func Cosh(x float64) float64 {
	a := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case math.IsInf(x, 0):
		return math.Inf(1)
	case a < 0.5*math.Ln2:
		t := math.Expm1(a)
		if a < 0x1p-55 {
			return 1
		}
		w := 1 + t
		return 1 + float64(t*t)/(w+w)
	case a < hyperHuge:
		t := Exp(a)
		return 0.5*t + 0.5/t
	case a < lnMaxExp:
		return 0.5 * Exp(a)
	}
	w := Exp(0.5 * a)
	return float64(0.5*w) * w
}

// Tanh is C's tanh(x).
func Tanh(x float64) float64 {
	a := math.Abs(x)
	var z float64
	switch {
	case math.IsNaN(x) || a < 0x1p-55:
		return x
	case a < 1:
		t := math.Expm1(-2 * a)
		z = -t / (t + 2)
	case a < hyperHuge:
		t := math.Expm1(2 * a)
		z = 1 - 2/(t+2)
	default:
		z = 1
	}
	return math.Copysign(z, x)
}

// Asinh is C's asinh(x).
func Asinh(x float64) float64 {
	a := math.Abs(x)
	var r float64
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0) || a < 0x1p-28:
		return x
	case a > 0x1p28:
		r = Log(a) + math.Ln2
	case a > 2:
		r = Log(2*a + 1/(math.Sqrt(float64(x*x)+1)+a))
	default:
		t := float64(x * x)
		r = math.Log1p(a + t/(1+math.Sqrt(1+t)))
	}
	return math.Copysign(r, x)
}

// Acosh is C's acosh(x).
func Acosh(x float64) float64 {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return x
	case x < 1:
		return math.NaN()
	case x == 1:
		return 0
	case x > 0x1p28:
		return Log(x) + math.Ln2
	case x > 2:
		t := float64(x * x)
		return Log(2*x - 1/(x+math.Sqrt(t-1)))
	}
	t := x - 1
	return math.Log1p(t + math.Sqrt(2*t+float64(t*t)))
}

// Atanh is C's atanh(x).
func Atanh(x float64) float64 {
	a := math.Abs(x)
	var r float64
	switch {
	case math.IsNaN(x) || a < 0x1p-28:
		return x
	case a == 1:
		return math.Copysign(math.Inf(1), x)
	case a > 1:
		return math.NaN()
	case a < 0.5:
		t := a + a
		r = 0.5 * math.Log1p(t+float64(t*a)/(1-a))
	default:
		r = 0.5 * math.Log1p((a+a)/(1-a))
	}
	return math.Copysign(r, x)
}

// ddAtan2 returns atan2(y, x) for double-double y, x (not both zero,
// magnitudes at most about 1): Go's estimate refined by one Newton step
// on y cos t - x sin t in double-double.
func ddAtan2(y, x dd) float64 {
	t0 := math.Atan2(y.hi, x.hi)
	s, c := ddSinCosFull(t0)
	num := ddAdd(ddMul(c, y), ddNeg(ddMul(s, x)))
	den := ddAdd(ddMul(c, x), ddMul(s, y))
	return t0 + num.hi/den.hi
}

// Asin is C's asin(x).
func Asin(x float64) float64 {
	a := math.Abs(x)
	switch {
	case math.IsNaN(x) || a < tiny:
		return x
	case a > 1:
		return math.NaN()
	case a == 1:
		return math.Copysign(math.Pi/2, x)
	}
	// atan2(x, sqrt((1-x)(1+x)))
	c := ddSqrt(ddMul(twoSum(1, -a), twoSum(1, a)))
	return math.Copysign(ddAtan2(dd{a, 0}, c), x)
}

// Acos is C's acos(x).
func Acos(x float64) float64 {
	a := math.Abs(x)
	switch {
	case math.IsNaN(x):
		return x
	case a > 1:
		return math.NaN()
	case x == 1:
		return 0
	case x == -1:
		return math.Pi
	case a < 0x1p-57:
		return math.Pi / 2
	}
	// atan2(sqrt((1-x)(1+x)), x)
	s := ddSqrt(ddMul(twoSum(1, -x), twoSum(1, x)))
	return ddAtan2(s, dd{x, 0})
}
