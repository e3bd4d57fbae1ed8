package pynum

import (
	"math"
	"math/big"
	"sync"
)

// pow is libm's pow for finite x > 0, x != 1 and finite y != 0, computed in
// double-double arithmetic so that the result is correctly rounded in all
// but astronomically rare cases (as glibc's pow, which CPython uses). Go's
// math.Pow can be several ulps off.
func pow(x, y float64) float64 {
	if y == 1 {
		return x
	}
	if y == 2 {
		return x * x
	}
	if y == 0.5 {
		return math.Sqrt(x)
	}
	if y == -1 {
		return 1 / x
	}
	// Exact powers of two: the result is a power of two as well.
	if m, e := math.Frexp(x); m == 0.5 && y == math.Trunc(y) && math.Abs(y) < 1<<20 {
		return math.Ldexp(1, int(float64(e-1)*y))
	}
	// y*log2(x) = y*e + y*log2(m), the first product exact, so that the
	// fractional part of the exponent keeps ~104 bits of accuracy.
	m, e := math.Frexp(x)
	if m < math.Sqrt2/2 {
		m *= 2
		e--
	}
	p := twoProd(y, float64(e))
	q := ddMulF(ddMul(ddLnReduced(m), log2e), y)
	est := p.hi + q.hi
	if est > 1025 {
		return math.Inf(1)
	}
	if est < -1080 {
		return 0
	}
	n := math.Round(est)
	f := ddAdd(ddAdd(p, dd{-n, 0}), q)
	n2 := math.Round(f.hi)
	f = ddAdd(f, dd{-n2, 0})
	return ddExpToFloat(ddMul(f, ln2), int(n+n2))
}

// dd is an unevaluated sum hi + lo with |lo| <= ulp(hi)/2.
type dd struct{ hi, lo float64 }

func twoSum(a, b float64) dd {
	s := a + b
	bb := s - a
	e := (a - (s - bb)) + (b - bb)
	return dd{s, e}
}

func quickTwoSum(a, b float64) dd {
	s := a + b
	return dd{s, b - (s - a)}
}

func twoProd(a, b float64) dd {
	p := a * b
	return dd{p, math.FMA(a, b, -p)}
}

func ddAdd(a, b dd) dd {
	s := twoSum(a.hi, b.hi)
	t := twoSum(a.lo, b.lo)
	s.lo += t.hi
	s = quickTwoSum(s.hi, s.lo)
	s.lo += t.lo
	return quickTwoSum(s.hi, s.lo)
}

func ddMul(a, b dd) dd {
	p := twoProd(a.hi, b.hi)
	p.lo += a.hi*b.lo + a.lo*b.hi
	return quickTwoSum(p.hi, p.lo)
}

func ddMulF(a dd, b float64) dd {
	p := twoProd(a.hi, b)
	p.lo += a.lo * b
	return quickTwoSum(p.hi, p.lo)
}

func ddDiv(a, b dd) dd {
	q1 := a.hi / b.hi
	r := ddAdd(a, ddNeg(ddMulF(b, q1)))
	q2 := r.hi / b.hi
	r = ddAdd(r, ddNeg(ddMulF(b, q2)))
	q3 := r.hi / b.hi
	q := quickTwoSum(q1, q2)
	return ddAdd(q, dd{q3, 0})
}

func ddNeg(a dd) dd { return dd{-a.hi, -a.lo} }

// ln 2 to about 160 bits as a triple.
var (
	ln2   = dd{0.6931471805599453, 2.3190468138462996e-17}
	log2e = dd{1.4426950408889634, 2.0355273740931033e-17}
)

// ddLnSeries returns ln(m) for m near 1 by the atanh series (slow; used to
// build tables).
func ddLnSeries(m dd) dd {
	// ln(m) = 2 atanh(t), t = (m-1)/(m+1).
	t := ddDiv(ddAdd(m, dd{-1, 0}), ddAdd(m, dd{1, 0}))
	t2 := ddMul(t, t)
	sum := dd{0, 0}
	pw := dd{1, 0}
	for k := 1; k < 200; k += 2 {
		term := ddDiv(pw, dd{float64(k), 0})
		sum = ddAdd(sum, term)
		if math.Abs(term.hi) < 1e-36 {
			break
		}
		pw = ddMul(pw, t2)
	}
	return ddMulF(ddMul(sum, t), 2)
}

// ddExpSeries returns exp(s) by the Taylor series (slow; used for tables).
func ddExpSeries(s dd) dd {
	sum := dd{1, 0}
	term := dd{1, 0}
	for i := 1; i < 60; i++ {
		term = ddDiv(ddMul(term, s), dd{float64(i), 0})
		sum = ddAdd(sum, term)
		if math.Abs(term.hi) < 1e-36 {
			break
		}
	}
	return sum
}

const (
	tabN       = 64 // table step 1/64
	lnTabLo    = 45 // ln(i/64) for i in [45, 91]
	lnTabHi    = 91
	expTabHalf = 24 // exp(j/64) for j in [-24, 24]
)

var (
	lnTab     [lnTabHi + 1]dd
	expTab    [2*expTabHalf + 1]dd
	invOdd    [20]dd // 1/(2k+1)
	invFact   [20]dd // 1/k!
	tableInit = sync.OnceFunc(func() {
		for i := lnTabLo; i <= lnTabHi; i++ {
			lnTab[i] = ddLnSeries(dd{float64(i) / tabN, 0})
		}
		for j := -expTabHalf; j <= expTabHalf; j++ {
			expTab[j+expTabHalf] = ddExpSeries(dd{float64(j) / tabN, 0})
		}
		f := dd{1, 0}
		for k := range invOdd {
			invOdd[k] = ddDiv(dd{1, 0}, dd{float64(2*k + 1), 0})
			if k > 0 {
				f = ddMulF(f, float64(k))
			}
			invFact[k] = ddDiv(dd{1, 0}, f)
		}
	})
)

// ddLnReduced returns ln(m) for sqrt(1/2) <= m < sqrt(2) in double-double:
// ln(m) = ln(c) + 2 atanh((m-c)/(m+c)) with c = i/64 the nearest table point.
func ddLnReduced(m float64) dd {
	tableInit()
	i := int(math.Round(m * tabN))
	c := float64(i) / tabN
	// m - c is exact (Sterbenz); |t| <= 1/(128*0.7).
	t := ddDiv(dd{m - c, 0}, twoSum(m, c))
	t2 := ddMul(t, t)
	// Horner: 1 + t2/3 + t2^2/5 + ... up to t2^8/17 (error < 2**-120).
	sum := invOdd[8]
	for k := 7; k >= 0; k-- {
		sum = ddAdd(ddMul(sum, t2), invOdd[k])
	}
	return ddAdd(lnTab[i], ddMulF(ddMul(sum, t), 2))
}

// ddExpToFloat returns exp(s) * 2**ni rounded to a float64 (|s| < 0.37).
func ddExpToFloat(s dd, ni int) float64 {
	sum := ddExpReduced(s)
	res := math.Ldexp(sum.hi, ni)
	if res != 0 && math.Abs(res) >= 0x1p-1022 && !math.IsInf(res, 0) {
		return res
	}
	// Subnormal or overflowing result: round hi+lo scaled once, exactly.
	bf := new(big.Float).SetPrec(200).SetFloat64(sum.hi)
	bf.Add(bf, new(big.Float).SetFloat64(sum.lo))
	bf.SetMantExp(bf, ni)
	f, _ := bf.Float64()
	return f
}
