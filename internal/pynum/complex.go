package pynum

import (
	"math"
	"strings"
)

var (
	errComplexDivZero = &Error{"ZeroDivisionError", "complex division by zero", false}
	errComplexZeroPow = &Error{"ZeroDivisionError", "0.0 to a negative or complex power", false}
	errComplexPowOver = &Error{"OverflowError", "complex exponentiation", false}
	errComplexAbs     = &Error{"OverflowError", "absolute value too large", false}
	errComplexParse   = &Error{"ValueError", "complex() arg is a malformed string", false}
)

// ComplexMul returns a * b with CPython's formula (_Py_c_prod), never fused.
func ComplexMul(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// cQuot is CPython's _Py_c_quot; ok is false for division by zero.
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// ComplexDiv returns a / b for complex numbers (CPython's algorithm).
// Error: ZeroDivisionError "complex division by zero".
func ComplexDiv(a, b complex128) (complex128, *Error) {
	r, ok := cQuot(a, b)
	if !ok {
		return 0, errComplexDivZero
	}
	return r, nil
}

// cPowu is CPython's c_powu: x**n by repeated squaring, n >= 1.
func cPowu(x complex128, n int64) complex128 {
	r := complex128(1)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = ComplexMul(r, p)
		}
		p = ComplexMul(p, p)
	}
	return r
}

// cPow is CPython's _Py_c_pow; ok is false for 0 to a negative or complex
// power.
func cPow(a, b complex128) (complex128, bool) {
	if real(b) == 0 && imag(b) == 0 {
		return 1, true
	}
	if real(a) == 0 && imag(a) == 0 {
		return 0, !(imag(b) != 0 || real(b) < 0)
	}
	vabs := hypot(real(a), imag(a))
	length, _, _ := FloatPowLibm(vabs, real(b))
	at := Atan2(imag(a), real(a))
	// Conversions keep products from being fused into FMAs (CPython's C
	// code is compiled without them).
	phase := float64(at * real(b))
	if imag(b) != 0 {
		length /= Exp(float64(at * imag(b)))
		phase += float64(imag(b) * Log(vabs))
	}
	if math.IsInf(phase, 0) {
		// glibc's cos(±inf) sets errno to EDOM, which CPython reports as
		// ZeroDivisionError.
		return 0, false
	}
	return complex(length*Cos(phase), length*Sin(phase)), true
}

// FloatPowLibm is C's pow(x, y) for any floats (no Python exceptions): it
// returns the IEEE result and whether the C library would set errno to
// ERANGE (overflow) or EDOM (negative base with a non-integer exponent).
func FloatPowLibm(x, y float64) (r float64, erange, edom bool) {
	switch {
	case y == 0 || x == 1:
		return 1, false, false
	case math.IsNaN(x) || math.IsNaN(y):
		return math.NaN(), false, false
	}
	if x < 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && y != math.Trunc(y) {
		return math.NaN(), false, true
	}
	if x == 0 && y < 0 {
		// pole error: ±inf
		if isOddInteger(y) {
			return math.Copysign(math.Inf(1), x), true, false
		}
		return math.Inf(1), true, false
	}
	r, isC, err := FloatPow(x, y)
	if isC {
		return math.NaN(), false, true
	}
	if err != nil {
		// Overflow: ±inf with the sign the exact result would have.
		if x < 0 && isOddInteger(y) {
			return math.Inf(-1), true, false
		}
		return math.Inf(1), true, false
	}
	return r, false, false
}

// ComplexPow returns a ** b for complex numbers (CPython's complex_pow):
// integral real exponents with |b| <= 100 use repeated multiplication,
// anything else the polar formula.
// Errors: ZeroDivisionError "0.0 to a negative or complex power",
// OverflowError "complex exponentiation".
func ComplexPow(a, b complex128) (complex128, *Error) {
	var p complex128
	ok := true
	br := real(b)
	if imag(b) == 0 && br == math.Trunc(br) && math.Abs(br) <= 100 {
		n := int64(br)
		switch {
		case n > 0:
			p = cPowu(a, n)
		case n == 0:
			p = 1
		default:
			p, ok = cQuot(1, cPowu(a, -n))
		}
	} else {
		p, ok = cPow(a, b)
	}
	if !ok {
		return 0, errComplexZeroPow
	}
	if math.IsInf(real(p), 0) || math.IsInf(imag(p), 0) {
		return 0, errComplexPowOver
	}
	return p, nil
}

// ComplexAbs returns abs(c) (C99 hypot semantics: an infinite part gives
// inf even if the other is a NaN).
// Error: OverflowError "absolute value too large".
func ComplexAbs(c complex128) (float64, *Error) {
	re, im := real(c), imag(c)
	if math.IsInf(re, 0) || math.IsInf(im, 0) {
		return math.Inf(1), nil
	}
	if math.IsNaN(re) || math.IsNaN(im) {
		return math.NaN(), nil
	}
	r := hypot(re, im)
	if math.IsInf(r, 0) {
		return 0, errComplexAbs
	}
	return r, nil
}

// hypot is C's hypot(x, y) for finite x, y, reproducing glibc's (2.35+)
// algorithm for CPUs without FMA: a corrected square root (Borges), with
// scaling for huge and tiny operands. Conversions prevent FMA fusion.
func hypot(x, y float64) float64 {
	const (
		scale    = 0x1p-600
		largeVal = 0x1p+511
		tinyVal  = 0x1p-511
		eps      = 0x1p-54
	)
	x, y = math.Abs(x), math.Abs(y)
	ax, ay := x, y
	if x < y {
		ax, ay = y, x
	}
	if ax > largeVal {
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scale, ay*scale) / scale
	}
	if ay < tinyVal {
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scale, ay/scale) * scale
	}
	if ay <= ax*eps {
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(float64(ax*ax) + float64(ay*ay))
	var t1, t2 float64
	if h <= 2.0*ay {
		delta := h - ay
		t1 = float64(ax * (float64(2.0*delta) - ax))
		t2 = float64((delta - float64(2.0*(ax-ay))) * delta)
	} else {
		delta := h - ax
		t1 = float64(float64(2.0*delta) * (ax - float64(2.0*ay)))
		t2 = float64((float64(4.0*delta)-ay)*ay) + float64(delta*delta)
	}
	h -= (t1 + t2) / float64(2.0*h)
	return h
}

// scanFloatPrefix returns the length of the longest prefix of s that is a
// float as C's strtod reads it in CPython (sign, digits with optional point
// and exponent, or inf/infinity/nan), and its value; n is 0 if none.
func scanFloatPrefix(s string) (v float64, n int) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	low := strings.ToLower(s[i:min(len(s), i+8)])
	switch {
	case strings.HasPrefix(low, "infinity"):
		return math.Copysign(math.Inf(1), signOf(neg)), i + 8
	case strings.HasPrefix(low, "inf"):
		return math.Copysign(math.Inf(1), signOf(neg)), i + 3
	case strings.HasPrefix(low, "nan"):
		return math.NaN(), i + 3
	}
	start, nd := i, 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
		nd++
	}
	if i < len(s) && s[i] == '.' {
		i++
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
			nd++
		}
	}
	if nd == 0 {
		return 0, 0
	}
	if i < len(s) && s[i]|0x20 == 'e' {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && s[j] >= '0' && s[j] <= '9' {
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			i = j
		}
	}
	f, ok := parseFloatBody(s[:i])
	if !ok {
		return 0, 0
	}
	_ = start
	return f, i
}

func signOf(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

func errComplexUnderscore() *Error {
	return &Error{Class: "ValueError", Msg: "could not convert string to complex: ", NeedRepr: true}
}

// ParseComplex implements complex(s) for a str: "1+2j", "(1-2.5J)", "j",
// "-j", "inf+nanj", with surrounding whitespace, optional parentheses,
// underscores between digits and Unicode decimal digits.
// Errors: ValueError "complex() arg is a malformed string"; misplaced
// underscores give ValueError "could not convert string to complex: " with
// NeedRepr set.
func ParseComplex(s string) (complex128, *Error) {
	a, ok := asciiNumeric(s)
	if !ok {
		return 0, errComplexParse
	}
	if strings.IndexByte(a, '_') >= 0 {
		var b []byte
		prev := byte(0)
		for k := 0; k < len(a); k++ {
			c := a[k]
			if c == '_' {
				if !(prev >= '0' && prev <= '9') {
					return 0, errComplexUnderscore()
				}
			} else {
				if prev == '_' && !(c >= '0' && c <= '9') {
					return 0, errComplexUnderscore()
				}
				b = append(b, c)
			}
			prev = c
		}
		if prev == '_' {
			return 0, errComplexUnderscore()
		}
		a = string(b)
	}
	i := 0
	for i < len(a) && isASCIISpace(a[i]) {
		i++
	}
	bracket := false
	if i < len(a) && a[i] == '(' {
		bracket = true
		i++
		for i < len(a) && isASCIISpace(a[i]) {
			i++
		}
	}
	isJ := func(k int) bool { return k < len(a) && a[k]|0x20 == 'j' }
	var x, y float64
	z, n := scanFloatPrefix(a[i:])
	if n > 0 {
		i += n
		switch {
		case i < len(a) && (a[i] == '+' || a[i] == '-'):
			x = z
			w, m := scanFloatPrefix(a[i:])
			if m > 0 {
				y = w
				i += m
			} else {
				y = 1
				if a[i] == '-' {
					y = -1
				}
				i++
			}
			if !isJ(i) {
				return 0, errComplexParse
			}
			i++
		case isJ(i):
			i++
			y = z
		default:
			x = z
		}
	} else {
		if i < len(a) && (a[i] == '+' || a[i] == '-') {
			y = 1
			if a[i] == '-' {
				y = -1
			}
			i++
		} else {
			y = 1
		}
		if !isJ(i) {
			return 0, errComplexParse
		}
		i++
	}
	for i < len(a) && isASCIISpace(a[i]) {
		i++
	}
	if bracket {
		if i >= len(a) || a[i] != ')' {
			return 0, errComplexParse
		}
		i++
		for i < len(a) && isASCIISpace(a[i]) {
			i++
		}
	}
	if i != len(a) {
		return 0, errComplexParse
	}
	return complex(x, y), nil
}
