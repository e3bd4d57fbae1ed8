package stdlib

import (
	"math"
	"math/cmplx"

	"github.com/rebeam/rebeam/internal/pynum"
	"github.com/rebeam/rebeam/interp"
)

// The cmath module: pynum's kernels (CPython's formulas on glibc-like
// real functions) for finite arguments, Go's math/cmplx for infinities
// and NaNs, with CPython's argument conversion (complex, float, int,
// __complex__, __float__, __index__) and its domain and range errors.

func complexArg(t *interp.Thread, v interp.Value) (complex128, error) {
	switch x := v.(type) {
	case interp.Complex:
		return complex128(x), nil
	case *interp.Object:
		if c, ok := x.Base.(interp.Complex); ok {
			return complex128(c), nil
		}
	}
	if m, err := special(t, v, "__complex__"); err != nil {
		return 0, err
	} else if m != nil {
		r, err := t.Call(m, nil, nil)
		if err != nil {
			return 0, err
		}
		c, ok := r.(interp.Complex)
		if !ok {
			return 0, argErr("__complex__ returned non-complex (type %s)", interp.TypeName(r))
		}
		return complex128(c), nil
	}
	f, err := realArg(t, v)
	if err != nil {
		return 0, argErr("must be real number, not %s", interp.TypeName(v))
	}
	return complex(f, 0), nil
}

func cfinite(c complex128) bool { return isFinite(real(c)) && isFinite(imag(c)) }

// cmath1 is a one-argument cmath function: finite computes it for finite
// arguments (with CPython's errno: EDOM is ValueError, ERANGE
// OverflowError), special for infinite and NaN ones (Go's math/cmplx,
// which follows C99's special values), where domain, if given, reports
// the arguments CPython refuses.
func cmath1(name string, finite func(complex128) (complex128, pynum.Errno), special func(complex128) complex128, domain ...func(complex128) bool) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		v, err := oneArg("cmath."+name, args, kw)
		if err != nil {
			return nil, err
		}
		z, err := complexArg(t, v)
		if err != nil {
			return nil, err
		}
		if !cfinite(z) {
			if len(domain) > 0 && domain[0](z) {
				return nil, errDomain()
			}
			return interp.Complex(special(z)), nil
		}
		r, e := finite(z)
		if err := errnoErr(e); err != nil {
			return nil, err
		}
		return interp.Complex(r), nil
	}
}

// CPython's cosh, sinh and exp refuse an infinite imaginary part with a
// real part that is not NaN (exp: finite or +inf), tanh one with a finite
// real part; cos, sin and tan, computed as cosh(iz), -i sinh(iz) and
// -i tanh(iz), refuse the same with the parts swapped.

func infImagNotNaN(z complex128) bool {
	return math.IsInf(imag(z), 0) && !math.IsNaN(real(z))
}

func infImagFinite(z complex128) bool {
	return math.IsInf(imag(z), 0) && isFinite(real(z))
}

func infRealNotNaN(z complex128) bool { return infImagNotNaN(complex(imag(z), real(z))) }

func infRealFinite(z complex128) bool { return infImagFinite(complex(imag(z), real(z))) }

// noErrno adapts a cmath kernel that cannot fail.
func noErrno(fn func(complex128) complex128) func(complex128) (complex128, pynum.Errno) {
	return func(z complex128) (complex128, pynum.Errno) { return fn(z), pynum.NoErr }
}

func errnoErr(e pynum.Errno) error {
	switch e {
	case pynum.EDOM:
		return errDomain()
	case pynum.ERANGE:
		return errRange()
	}
	return nil
}

func init() {
	register("cmath", func(t *interp.Thread, m *interp.Module) error {
		d := m.Dict
		d.SetStr("pi", interp.Float(math.Pi))
		d.SetStr("e", interp.Float(math.E))
		d.SetStr("tau", interp.Float(2*math.Pi))
		d.SetStr("inf", interp.Float(math.Inf(1)))
		d.SetStr("nan", interp.Float(math.NaN()))
		d.SetStr("infj", interp.Complex(complex(0, math.Inf(1))))
		d.SetStr("nanj", interp.Complex(complex(0, math.NaN())))
		setFuncs(d, funcs{
			"sqrt": cmath1("sqrt", noErrno(pynum.CSqrt), cmplx.Sqrt),
			"exp": cmath1("exp", pynum.CExp, cmplx.Exp, func(z complex128) bool {
				return math.IsInf(imag(z), 0) && (isFinite(real(z)) || math.IsInf(real(z), 1))
			}),
			"sin":   cmath1("sin", pynum.CSin, cmplx.Sin, infRealNotNaN),
			"cos":   cmath1("cos", pynum.CCos, cmplx.Cos, infRealNotNaN),
			"tan":   cmath1("tan", noErrno(pynum.CTan), cmplx.Tan, infRealFinite),
			"asin":  cmath1("asin", noErrno(pynum.CAsin), cmplx.Asin),
			"acos":  cmath1("acos", noErrno(pynum.CAcos), cmplx.Acos),
			"atan":  cmath1("atan", pynum.CAtan, cmplx.Atan),
			"sinh":  cmath1("sinh", pynum.CSinh, cmplx.Sinh, infImagNotNaN),
			"cosh":  cmath1("cosh", pynum.CCosh, cmplx.Cosh, infImagNotNaN),
			"tanh":  cmath1("tanh", noErrno(pynum.CTanh), cmplx.Tanh, infImagFinite),
			"asinh": cmath1("asinh", noErrno(pynum.CAsinh), cmplx.Asinh),
			"acosh": cmath1("acosh", noErrno(pynum.CAcosh), cmplx.Acosh),
			"atanh": cmath1("atanh", pynum.CAtanh, cmplx.Atanh),
			"log10": cmath1("log10", pynum.CLog10, cmplx.Log10),
			"log": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var v, base interp.Value
				if err := interp.UnpackArgs("log", args, kw, "x", &v, "base?", &base); err != nil {
					return nil, err
				}
				z, err := complexArg(t, v)
				if err != nil {
					return nil, err
				}
				r, err := cmathLog(z)
				if err != nil {
					return nil, err
				}
				if base != nil {
					b, err := complexArg(t, base)
					if err != nil {
						return nil, err
					}
					lb, err := cmathLog(b)
					if err != nil {
						return nil, err
					}
					q, e := pynum.ComplexDiv(r, lb)
					if e != nil {
						return nil, pyErr(t, e)
					}
					r = q
				}
				return interp.Complex(r), nil
			},
			"phase": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var v interp.Value
				if err := interp.UnpackArgs("phase", args, kw, "z", &v); err != nil {
					return nil, err
				}
				z, err := complexArg(t, v)
				if err != nil {
					return nil, err
				}
				return interp.Float(pynum.Atan2(imag(z), real(z))), nil
			},
			"polar": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var v interp.Value
				if err := interp.UnpackArgs("polar", args, kw, "z", &v); err != nil {
					return nil, err
				}
				z, err := complexArg(t, v)
				if err != nil {
					return nil, err
				}
				r, e := pynum.ComplexAbs(z)
				if e != nil {
					return nil, pyErr(t, e)
				}
				return interp.Tuple{interp.Float(r), interp.Float(pynum.Atan2(imag(z), real(z)))}, nil
			},
			"rect": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				if len(args) != 2 {
					return nil, argErr("rect expected 2 arguments, got %d", len(args))
				}
				r, err := realArg(t, args[0])
				if err != nil {
					return nil, err
				}
				phi, err := realArg(t, args[1])
				if err != nil {
					return nil, err
				}
				if !isFinite(phi) && isFinite(r) && r != 0 {
					return nil, errDomain()
				}
				if phi == 0 {
					return interp.Complex(complex(r, phi*r)), nil
				}
				return interp.Complex(complex(r*pynum.Cos(phi), r*pynum.Sin(phi))), nil
			},
			"isfinite": cmathPred("isfinite", cfinite),
			"isinf":    cmathPred("isinf", func(z complex128) bool { return cmplx.IsInf(z) }),
			"isnan":    cmathPred("isnan", func(z complex128) bool { return math.IsNaN(real(z)) || math.IsNaN(imag(z)) }),
			"isclose": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var a, b interp.Value
				var rel, abs interp.Value = interp.Float(1e-9), interp.Float(0)
				if err := interp.UnpackArgs("isclose", args, kw, "a", &a, "b", &b, "$rel_tol?", &rel, "$abs_tol?", &abs); err != nil {
					return nil, err
				}
				x, err := complexArg(t, a)
				if err != nil {
					return nil, err
				}
				y, err := complexArg(t, b)
				if err != nil {
					return nil, err
				}
				rt, err := realArg(t, rel)
				if err != nil {
					return nil, err
				}
				at, err := realArg(t, abs)
				if err != nil {
					return nil, err
				}
				if rt < 0 || at < 0 {
					return nil, interp.Errorf(interp.ValueErrorType, "tolerances must be non-negative")
				}
				if x == y {
					return interp.True, nil
				}
				if cmplx.IsInf(x) || cmplx.IsInf(y) {
					return interp.False, nil
				}
				diff := cmplx.Abs(x - y)
				return interp.Bool(diff <= rt*cmplx.Abs(y) || diff <= rt*cmplx.Abs(x) || diff <= at), nil
			},
		})
		return nil
	}, "")
}

// cmathLog is the natural logarithm of cmath.log.
func cmathLog(z complex128) (complex128, error) {
	if !cfinite(z) {
		return cmplx.Log(z), nil
	}
	r, e := pynum.CLog(z)
	return r, errnoErr(e)
}

func cmathPred(name string, fn func(complex128) bool) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		v, err := oneArg("cmath."+name, args, kw)
		if err != nil {
			return nil, err
		}
		z, err := complexArg(t, v)
		if err != nil {
			return nil, err
		}
		return interp.Bool(fn(z)), nil
	}
}
