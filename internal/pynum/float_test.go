package pynum

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"testing"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

func fTuple(a, b float64, e *Error) string {
	if e != nil {
		return fErr(e)
	}
	return "(" + pyfmt.FloatRepr(a) + ", " + pyfmt.FloatRepr(b) + ")"
}

func fPow(f float64, isC bool, e *Error) string {
	if isC {
		return "complex"
	}
	return fF(f, e)
}

func TestFloatOpsPython(t *testing.T) {
	b := newBatch(t)
	for _, xs := range pyFloats {
		x := evalFloat(t, xs)
		b.add(fmt.Sprintf("(%s).is_integer()", xs), fB(IsInteger(x)))
		b.add(fmt.Sprintf("(%s).hex()", xs), FloatHex(x))
		n, d, e := AsIntegerRatio(x)
		if e != nil {
			b.add(fmt.Sprintf("(%s).as_integer_ratio()", xs), fErr(e))
		} else {
			b.add(fmt.Sprintf("(%s).as_integer_ratio()", xs), "("+n.String()+", "+d.String()+")")
		}
		b.add(fmt.Sprintf("float.fromhex((%s).hex())", xs), fF(FloatFromHex(FloatHex(x))))
		for _, nd := range []int64{-400, -308, -20, -3, -1, 0, 1, 2, 3, 5, 15, 17, 300, 330} {
			b.add(fmt.Sprintf("round(%s, %d)", xs, nd), fF(RoundN(x, nd)))
		}
		b.add(fmt.Sprintf("math.floor(%s)", xs), fI(Floor(x)))
		b.add(fmt.Sprintf("math.ceil(%s)", xs), fI(Ceil(x)))
		b.add(fmt.Sprintf("math.trunc(%s)", xs), fI(FromFloat(x)))
		for _, ys := range pyFloats {
			y := evalFloat(t, ys)
			p := fmt.Sprintf("(%s) %%s (%s)", xs, ys)
			b.add(fmt.Sprintf(p, "/"), fF(FloatTrueDiv(x, y)))
			b.add(fmt.Sprintf(p, "//"), fF(FloatFloorDiv(x, y)))
			b.add(fmt.Sprintf(p, "%"), fF(FloatMod(x, y)))
			b.add(fmt.Sprintf("divmod(%s, %s)", xs, ys), fTuple(FloatDivMod(x, y)))
			r, isC, e := FloatPow(x, y)
			if isC {
				b.add(fmt.Sprintf(p, "**"), fC(ComplexPow(complex(x, 0), complex(y, 0))))
			} else {
				b.add(fmt.Sprintf("powcheck(%s, %s, %q)", xs, ys, fF(r, e)), fF(r, e))
			}
		}
	}
	// round() ties and decimal edge cases.
	for _, c := range []struct {
		x float64
		n int64
	}{{0.5, 0}, {1.5, 0}, {2.5, 0}, {-2.5, 0}, {0.125, 2}, {0.375, 2}, {2.675, 2}, {1.005, 2},
		{1250, -2}, {1350, -2}, {-1250, -2}, {5e-324, 323}, {1.7976931348623157e308, -308},
		{-0.4, 0}, {0.4, -1}, {-4, -1}, {15, -1}, {25, -1}, {123456789.123456789, -5}} {
		b.add(fmt.Sprintf("round(%s, %d)", pyfmt.FloatRepr(c.x), c.n), fF(RoundN(c.x, c.n)))
	}
	b.run()
}

func TestFloatPowRandom(t *testing.T) {
	b := newBatch(t)
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 3000; i++ {
		var x, y float64
		switch i % 4 {
		case 0:
			x, y = rng.Float64()*10, rng.Float64()*40-20
		case 1:
			x, y = math.Exp(rng.NormFloat64()*20), rng.NormFloat64()*10
		case 2:
			x, y = float64(rng.Intn(100)+2), float64(rng.Intn(600)-300)
		case 3:
			x, y = 1+rng.NormFloat64()*1e-6, rng.NormFloat64()*1e8
		}
		xs, ys := pyfmt.FloatRepr(x), pyfmt.FloatRepr(y)
		b.add(fmt.Sprintf("powcheck(%s, %s, %q)", xs, ys, fPow(FloatPow(x, y))), fPow(FloatPow(x, y)))
	}
	for _, s := range []string{"1e-320", "2**-1074", "0x1.fffffffffffffp-1023"} {
		_ = s
	}
	b.add("2.0 ** -1074", fPow(FloatPow(2, -1074)))
	b.add("2.0 ** -1075", fPow(FloatPow(2, -1075)))
	b.add("3.0 ** -680", fPow(FloatPow(3, -680)))
	b.add("10.0 ** -320", fPow(FloatPow(10, -320)))
	b.add("10.0 ** 308", fPow(FloatPow(10, 308)))
	b.add("10.0 ** 309", fPow(FloatPow(10, 309)))
	b.add("(-10.0) ** 309", fPow(FloatPow(-10, 309)))
	b.add("(-2.0) ** 0.5 == 0", fB(false))
	b.run()
}

func TestParseFloatPython(t *testing.T) {
	b := newBatch(t)
	for _, s := range []string{"1", " 1_000.5 ", "inf", "-Infinity", "+iNf", "nan", "-nan", "x", "", " ",
		"1e500", "-1e-500", "1_0", "1__0", "_1", "1_", "1._5", "1_.5", "1e1_0", "1e_1", ".5", "5.", ".",
		"1e", "1e+", "0x10", "1.5e-3", "\u0661\u0662.5", "\u00a0 3.25\u2003", "1\x1c", "4.9e-324",
		"2.4703282292062328e-324", "2.4703282292062327e-324", "179769313486231580793728971405301e276",
		"0.1000000000000000055511151231257827021181583404541015625", "infinity", "infinit", "nan(1)", "1 2"} {
		v, e := ParseFloat(s)
		b.add(fmt.Sprintf("float(%s)", strconv.Quote(s)), fF(v, e.WithRepr(pyfmt.StrRepr(s))))
	}
	for _, s := range []string{"0x1.8p1", "-0x1p-1074", "0x1p-1075", "0x3p-1076", "0x1.0000000000001p-1075",
		"0X1.FFFFFFFFFFFFFp1023", "0x1.fffffffffffff8p1023", "0x1.fffffffffffff7ffp1023", "0x1p1024", "1p0", " 0x.8 ",
		"0x", "0x.", "0x1p", "inf", "-nan", "0x0p99999999999999999", "0x1p-99999999999999", "0x123456789abcdef0123p-20",
		"1.", ".1", "0x1.8000000000000p+1", "+0x1P+1", "0x1p+", "x1"} {
		v, e := FloatFromHex(s)
		b.add(fmt.Sprintf("float.fromhex(%s)", strconv.Quote(s)), fF(v, e))
	}
	b.run()
}
