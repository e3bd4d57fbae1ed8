package pynum

import (
	"fmt"
	"strconv"
	"testing"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

var pyComplexes = []complex128{
	0, 1, -1, 1i, -1i, 1 + 2i, 3 - 4i, -0.5 + 0.25i, 1e300 + 1e300i, 1e-300 + 1e-300i,
	complex(posInf, 0), complex(0, negInf), complex(nan, 1), complex(1, nan), complex(posInf, nan),
	1.7e308 + 1.7e308i, 2 + 0i, complex(0, 0), 0.1 + 0.7i, -3 - 0i,
	complex(5e-324, 5e-324), complex(1e-310, 3e-310), complex(1e200, 1e-200), complex(3e-200, 4e-200), complex(1e300, 1e284),
}

func cLit(c complex128) string {
	return fmt.Sprintf("complex(float(%q), float(%q))", pyfmt.FloatRepr(real(c)), pyfmt.FloatRepr(imag(c)))
}

func TestComplexPython(t *testing.T) {
	b := newBatch(t)
	for _, a := range pyComplexes {
		as := cLit(a)
		b.add("abs("+as+")", fF(ComplexAbs(a)))
		b.add("hash("+as+")", strconv.FormatInt(HashComplex(a, 0), 10))
		if real(a) != real(a) || imag(a) != imag(a) {
			b.pop()
		}
		for _, c := range pyComplexes {
			cs := cLit(c)
			b.add(as+" / "+cs, fC(ComplexDiv(a, c)))
			b.add(as+" * "+cs, fC(ComplexMul(a, c), nil))
			b.add(as+" ** "+cs, fC(ComplexPow(a, c)))
		}
		for _, n := range []float64{0, 1, 2, 3, -1, -2, 7, 100, 101, -100, -101, 0.5, -0.5, 1e10} {
			b.add(fmt.Sprintf("%s ** %s", as, pyfmt.FloatRepr(n)), fC(ComplexPow(a, complex(n, 0))))
		}
	}
	for _, s := range []string{"1+2j", " ( 1+2j ) ", "1e3j", "-j", "+1.5-2.5J", "inf-nanj", "(1)", "1+", "1 + 2j",
		"j", "1_0+2_0j", "", "()", "(1+2j", "1+2j)", "1e+j", "1e5", "-1e-5-1e-5j", "nanj", "infj", "infinityj",
		"-infinity+infj", "1j+2", "1+2", "1.e5j", "\u0661+\u0662j", "1__0j", "_1j", "+", "2J", " 1.5 "} {
		c, e := ParseComplex(s)
		b.add(fmt.Sprintf("complex(%s)", strconv.Quote(s)), fC(c, e.WithRepr(pyfmt.StrRepr(s))))
	}
	b.run()
}

func TestHashPython(t *testing.T) {
	b := newBatch(t)
	for _, s := range []string{"2**100", "-2**100", "2**61-1", "2**61", "2**61-2", "-(2**61)", "2**64", "2**128+12345",
		"-(3**200)", "10**400", "2**63", "-2**63", "2**63-1", "2**122-1", "7**77"} {
		b.add("hash("+s+")", strconv.FormatInt(HashInt(mustPy(t, s)), 10))
	}
	for _, f := range []float64{1.5, -1.5, 1e300, 5e-324, 0.1, -0.0, 1e22, 2.5e-308, 123456.789, 1 << 61, 1 << 62, -1} {
		b.add("hash("+pyfmt.FloatRepr(f)+")", strconv.FormatInt(HashFloat(f, 0), 10))
	}
	b.add("hash(True)", strconv.FormatInt(HashInt(IntOf(1)), 10))
	b.run()
}
