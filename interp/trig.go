package interp

import "math"

// pi/2 split in three parts of 33 bits or fewer, so that n*part is exact
// for |n| < 2**20 (the constants of fdlibm's argument reduction).
const (
	pio2Hi  = 1.57079632673412561417e+00
	pio2Mid = 6.07710050630396597660e-11
	pio2Lo  = 2.02226624879595063154e-21
)

// sinCos returns sin(x) and cos(x) with the argument reduced by pi/2 in
// extended precision, which keeps the last bits that math.Sin and
// math.Cos lose near multiples of pi/2 (cos(pi/2) must print as C's
// libm prints it: complex powers rely on it).
func sinCos(x float64) (sin, cos float64) {
	if math.IsNaN(x) || math.IsInf(x, 0) || math.Abs(x) > (1<<19)*math.Pi {
		return math.Sin(x), math.Cos(x)
	}
	n := math.RoundToEven(x * (2 / math.Pi))
	r := ((x - n*pio2Hi) - n*pio2Mid) - n*pio2Lo
	s, c := math.Sin(r), math.Cos(r)
	switch int64(n) & 3 {
	case 0:
		return s, c
	case 1:
		return c, -s
	case 2:
		return -s, -c
	default:
		return -c, s
	}
}
