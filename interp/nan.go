package interp

import (
	"math"
	"sync/atomic"
)

// nanSerial numbers the NaNs that float() makes from strings.
var nanSerial atomic.Uint64

// freshNaN returns a NaN with the sign of f whose payload differs from
// every other NaN made here (modulo 2**40). Floats are Go values without
// identity, so Is compares NaNs by their bits: a NaN held in one variable
// is itself (x is x, and a dict finds it as a key), while two calls of
// float("nan") make two objects that are neither equal nor identical, as
// in CPython.
func freshNaN(f float64) Float {
	bits := math.Float64bits(f) &^ (1<<40 - 1)
	n := nanSerial.Add(1) & (1<<40 - 1)
	return Float(math.Float64frombits(bits | n))
}
