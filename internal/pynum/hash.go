package pynum

import (
	"math"
	"math/bits"
)

const (
	hashBits    = 61
	hashModulus = uint64(1)<<hashBits - 1 // _PyHASH_MODULUS
	hashInf     = 314159                  // _PyHASH_INF
	hashImag    = 1000003                 // _PyHASH_IMAG
)

// HashInt returns hash(x) for an int: sign(x) * (abs(x) mod 2**61-1), with
// -1 mapped to -2. hash(True) is HashInt(IntOf(1)).
func HashInt(x Int) int64 {
	var h uint64
	neg := false
	if x.big == nil {
		u := uint64(x.small)
		if x.small < 0 {
			u = -u
			neg = true
		}
		h = u % hashModulus
	} else {
		neg = x.big.Sign() < 0
		words := x.big.Bits()
		// h = (h * 2**W + w) mod P for each word from the top; multiplying
		// by 2**k modulo 2**61-1 is a 61-bit rotation by k mod 61.
		const k = bits.UintSize % hashBits
		for i := len(words) - 1; i >= 0; i-- {
			w := uint64(words[i])
			h = ((h << k) & hashModulus) | h>>(hashBits-k)
			h += w % hashModulus
			if h >= hashModulus {
				h -= hashModulus
			}
		}
	}
	r := int64(h)
	if neg {
		r = -r
	}
	if r == -1 {
		r = -2
	}
	return r
}

// HashFloat returns hash(x) for a float (CPython's _Py_HashDouble): equal to
// HashInt for integral values, ±314159 for infinities, and nanHash (the
// object's identity hash, which only the caller knows) for NaNs.
func HashFloat(x float64, nanHash int64) int64 {
	if math.IsInf(x, 1) {
		return hashInf
	}
	if math.IsInf(x, -1) {
		return -hashInf
	}
	if math.IsNaN(x) {
		return nanHash
	}
	m, e := math.Frexp(x)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	var h uint64
	for m != 0 {
		h = ((h << 28) & hashModulus) | h>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		h += y
		if h >= hashModulus {
			h -= hashModulus
		}
	}
	if e >= 0 {
		e = e % hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	h = ((h << uint(e)) & hashModulus) | h>>(hashBits-uint(e))
	r := int64(h) * sign
	if r == -1 {
		r = -2
	}
	return r
}

// HashComplex returns hash(c) for a complex: hash(re) + 1000003*hash(im)
// (wrapping), -1 mapped to -2. nanHash is used for NaN parts.
func HashComplex(c complex128, nanHash int64) int64 {
	hr := uint64(HashFloat(real(c), nanHash))
	hi := uint64(HashFloat(imag(c), nanHash))
	r := int64(hr + hashImag*hi)
	if r == -1 {
		r = -2
	}
	return r
}
