package pynum

import "math"

// The functions of CPython's cmath module for finite arguments, by the
// formulas of C99 Annex G and Kahan ("Branch cuts for complex elementary
// functions") that CPython uses, on this package's libm, so that branch
// cuts, signed zeros and last digits agree with CPython. Each returns
// the result and the C errno CPython turns into an exception: EDOM
// (ValueError) or ERANGE (OverflowError). Callers handle infinite and
// NaN arguments.

// Errno is the C error a cmath function reports.
type Errno int

const (
	NoErr  Errno = iota
	EDOM         // ValueError: math domain error
	ERANGE       // OverflowError: math range error
)

const (
	cmLargeDouble     = math.MaxFloat64 / 4
	cmSqrtLargeDouble = 6.703903964971298e+153  // sqrt(cmLargeDouble)
	cmLogLargeDouble  = 708.3964185322641       // log(cmLargeDouble)
	cmSqrtDblMin      = 1.4916681462400413e-154 // sqrt(smallest normal)
	cmScaleUp         = 53                      // 2*(53/2) + 1
	cmScaleDown       = -27                     // -(53+1)/2
)

// overflowed is ERANGE when a result of finite arguments is infinite.
func overflowed(r complex128) Errno {
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return ERANGE
	}
	return NoErr
}

// CSqrt is cmath.sqrt for finite z.
func CSqrt(z complex128) complex128 {
	x, y := real(z), imag(z)
	if x == 0 && y == 0 {
		return complex(0, y)
	}
	ax, ay := math.Abs(x), math.Abs(y)
	var s float64
	if ax < 0x1p-1022 && ay < 0x1p-1022 {
		ax = math.Ldexp(ax, cmScaleUp)
		s = math.Ldexp(math.Sqrt(ax+hypot(ax, math.Ldexp(ay, cmScaleUp))), cmScaleDown)
	} else {
		ax /= 8
		s = 2 * math.Sqrt(ax+hypot(ax, ay/8))
	}
	d := ay / (2 * s)
	if x >= 0 {
		return complex(s, math.Copysign(d, y))
	}
	return complex(d, math.Copysign(s, y))
}

// CExp is cmath.exp for finite z.
func CExp(z complex128) (complex128, Errno) {
	x, y := real(z), imag(z)
	var r complex128
	if x > cmLogLargeDouble {
		l := Exp(x - 1)
		r = complex(float64(l*Cos(y))*math.E, float64(l*Sin(y))*math.E)
	} else {
		l := Exp(x)
		r = complex(l*Cos(y), l*Sin(y))
	}
	return r, overflowed(r)
}

// logHypot is ln|z| for finite z, accurate near |z| = 1.
func logHypot(x, y float64) (float64, Errno) {
	ax, ay := math.Abs(x), math.Abs(y)
	switch {
	case ax > cmLargeDouble || ay > cmLargeDouble:
		return Log(hypot(ax/2, ay/2)) + math.Ln2, NoErr
	case ax < 0x1p-1022 && ay < 0x1p-1022:
		if ax > 0 || ay > 0 {
			return Log(hypot(math.Ldexp(ax, cmScaleUp), math.Ldexp(ay, cmScaleUp))) - cmScaleUp*math.Ln2, NoErr
		}
		return math.Inf(-1), EDOM
	}
	h := hypot(ax, ay)
	if 0.71 <= h && h <= 1.73 {
		am, an := max(ax, ay), min(ax, ay)
		return math.Log1p(float64((am-1)*(am+1))+float64(an*an)) / 2, NoErr
	}
	return Log(h), NoErr
}

// CLog is cmath.log (natural) for finite z.
func CLog(z complex128) (complex128, Errno) {
	re, e := logHypot(real(z), imag(z))
	return complex(re, Atan2(imag(z), real(z))), e
}

// CLog10 is cmath.log10 for finite z.
func CLog10(z complex128) (complex128, Errno) {
	r, e := CLog(z)
	return complex(real(r)/math.Ln10, imag(r)/math.Ln10), e
}

// CCosh is cmath.cosh for finite z.
func CCosh(z complex128) (complex128, Errno) {
	x, y := real(z), imag(z)
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		xm1 := x - math.Copysign(1, x)
		r = complex(float64(Cos(y)*Cosh(xm1))*math.E, float64(Sin(y)*Sinh(xm1))*math.E)
	} else {
		r = complex(Cos(y)*Cosh(x), Sin(y)*Sinh(x))
	}
	return r, overflowed(r)
}

// CSinh is cmath.sinh for finite z.
func CSinh(z complex128) (complex128, Errno) {
	x, y := real(z), imag(z)
	var r complex128
	if math.Abs(x) > cmLogLargeDouble {
		xm1 := x - math.Copysign(1, x)
		r = complex(float64(Cos(y)*Sinh(xm1))*math.E, float64(Sin(y)*Cosh(xm1))*math.E)
	} else {
		r = complex(Cos(y)*Sinh(x), Sin(y)*Cosh(x))
	}
	return r, overflowed(r)
}

// CTanh is cmath.tanh for finite z.
func CTanh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLogLargeDouble {
		return complex(math.Copysign(1, x), float64(float64(4*Sin(y))*Cos(y))*Exp(-2*math.Abs(x)))
	}
	tx, ty := Tanh(x), Tan(y)
	cx := 1 / Cosh(x)
	txty := tx * ty
	denom := 1 + float64(txty*txty)
	return complex(tx*(1+float64(ty*ty))/denom, float64(ty/denom*cx)*cx)
}

// The circular functions by the hyperbolic ones: sin z = -i sinh(iz),
// cos z = cosh(iz), tan z = -i tanh(iz).

// CSin is cmath.sin for finite z.
func CSin(z complex128) (complex128, Errno) {
	s, e := CSinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}

// CCos is cmath.cos for finite z.
func CCos(z complex128) (complex128, Errno) {
	return CCosh(complex(-imag(z), real(z)))
}

// CTan is cmath.tan for finite z.
func CTan(z complex128) complex128 {
	s := CTanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s))
}

// CAsinh is cmath.asinh for finite z.
func CAsinh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		l := Log(hypot(x/2, y/2)) + 2*math.Ln2
		re := math.Copysign(l, x)
		if y < 0 {
			re = -math.Copysign(l, -x)
		}
		return complex(re, Atan2(y, math.Abs(x)))
	}
	s1 := CSqrt(complex(1+y, -x))
	s2 := CSqrt(complex(1-y, x))
	return complex(Asinh(float64(real(s1)*imag(s2))-float64(real(s2)*imag(s1))),
		Atan2(y, float64(real(s1)*real(s2))-float64(imag(s1)*imag(s2))))
}

// CAsin is cmath.asin for finite z: -i asinh(iz).
func CAsin(z complex128) complex128 {
	s := CAsinh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s))
}

// CAcos is cmath.acos for finite z.
func CAcos(z complex128) complex128 {
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		l := Log(hypot(x/2, y/2)) + 2*math.Ln2
		im := math.Copysign(l, -y)
		if x < 0 {
			im = -math.Copysign(l, y)
		}
		return complex(Atan2(math.Abs(y), x), im)
	}
	s1 := CSqrt(complex(1-x, -y))
	s2 := CSqrt(complex(1+x, y))
	return complex(2*Atan2(real(s1), real(s2)),
		Asinh(float64(real(s2)*imag(s1))-float64(imag(s2)*real(s1))))
}

// CAcosh is cmath.acosh for finite z.
func CAcosh(z complex128) complex128 {
	x, y := real(z), imag(z)
	if math.Abs(x) > cmLargeDouble || math.Abs(y) > cmLargeDouble {
		return complex(Log(hypot(x/2, y/2))+2*math.Ln2, Atan2(y, x))
	}
	s1 := CSqrt(complex(x-1, y))
	s2 := CSqrt(complex(x+1, y))
	return complex(Asinh(float64(real(s1)*real(s2))+float64(imag(s1)*imag(s2))),
		2*Atan2(imag(s1), real(s2)))
}

// CAtanh is cmath.atanh for finite z.
func CAtanh(z complex128) (complex128, Errno) {
	x, y := real(z), imag(z)
	if x < 0 {
		// atanh is odd; the formulas below want x >= 0.
		r, e := CAtanh(complex(-x, -y))
		return complex(-real(r), -imag(r)), e
	}
	ay := math.Abs(y)
	switch {
	case x > cmSqrtLargeDouble || ay > cmSqrtLargeDouble:
		h := hypot(x/2, y/2)
		return complex(x/4/h/h, -math.Copysign(math.Pi/2, -y)), NoErr
	case x == 1 && ay < cmSqrtDblMin:
		if ay == 0 {
			return complex(math.Inf(1), y), EDOM
		}
		return complex(-Log(math.Sqrt(ay)/math.Sqrt(hypot(ay, 2))), math.Copysign(Atan2(2, -ay)/2, y)), NoErr
	}
	om := 1 - x
	re := math.Log1p(4*x/(float64(om*om)+float64(ay*ay))) / 4
	im := -Atan2(-2*y, float64(om*(1+x))-float64(ay*ay)) / 2
	return complex(re, im), NoErr
}

// CAtan is cmath.atan for finite z: -i atanh(iz).
func CAtan(z complex128) (complex128, Errno) {
	s, e := CAtanh(complex(-imag(z), real(z)))
	return complex(imag(s), -real(s)), e
}
