package pynum

import (
	"fmt"
	"math"
	"math/rand"
	"os"
	"strconv"
	"testing"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

// Random operands for the float paths most sensitive to rounding.
func TestRandomFloatPython(t *testing.T) {
	b := newBatch(t)
	rng := rand.New(rand.NewSource(4))
	for i := 0; i < randN(); i++ {
		x := rng.NormFloat64() * math.Pow(10, float64(rng.Intn(30)-10))
		y := rng.NormFloat64() * math.Pow(10, float64(rng.Intn(30)-10))
		xs, ys := pyfmt.FloatRepr(x), pyfmt.FloatRepr(y)
		n := int64(rng.Intn(30) - 12)
		b.add(fmt.Sprintf("round(%s, %d)", xs, n), fF(RoundN(x, n)))
		b.add(fmt.Sprintf("abs(complex(%s, %s))", xs, ys), fF(ComplexAbs(complex(x, y))))
		b.add(fmt.Sprintf("divmod(%s, %s)", xs, ys), fTuple(FloatDivMod(x, y)))
		b.add(fmt.Sprintf("complex(%s, %s) / complex(%s, %s)", xs, ys, ys, xs), fC(ComplexDiv(complex(x, y), complex(y, x))))
		b.add(fmt.Sprintf("float.fromhex(%q)", FloatHex(x)), fF(FloatFromHex(FloatHex(x))))
		b.add(fmt.Sprintf("(%s).hex()", xs), FloatHex(x))
		b.add(fmt.Sprintf("hash(%s)", xs), fmt.Sprint(HashFloat(x, 0)))
		// Halfway decimal cases for round().
		h := float64(rng.Intn(100000)) + 0.5
		hs := pyfmt.FloatRepr(h / 1000)
		b.add(fmt.Sprintf("round(%s, 3)", hs), fF(RoundN(h/1000, 3)))
		// int/float conversions of big values.
		bi := Mul(IntOf(rng.Int63()), Mul(IntOf(rng.Int63()), IntOf(rng.Int63()>>uint(rng.Intn(62)))))
		if rng.Intn(2) == 0 {
			bi = Neg(bi)
		}
		f, e := ToFloat(bi)
		b.add(fmt.Sprintf("float(%s)", bi), fF(f, e))
		c, _ := CmpFloat(bi, f)
		b.add(fmt.Sprintf("((%s) > %s) - ((%s) < %s)", bi, pyfmt.FloatRepr(f), bi, pyfmt.FloatRepr(f)), fmt.Sprint(c))
		d := Add(IntOf(rng.Int63n(1<<40)+1), IntOf(0))
		b.add(fmt.Sprintf("(%s) / (%s)", bi, d), fF(TrueDiv(bi, d)))
		b.add(fmt.Sprintf("(%s) // (%s)", bi, Neg(d)), fI(FloorDiv(bi, Neg(d))))
	}
	b.run()
}

// randN is the number of random cases; PYNUM_RANDOM_N overrides it.
func randN() int {
	if n, err := strconv.Atoi(os.Getenv("PYNUM_RANDOM_N")); err == nil {
		return n
	}
	return 1500
}
