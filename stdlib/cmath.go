package stdlib

import (
	"math"
	"math/cmplx"

	"github.com/rebeam/rebeam/internal/pynum"
	"github.com/rebeam/rebeam/interp"
)

// The cmath module on Go's math/cmplx, with CPython's argument
// conversion (complex, float, int, __complex__, __float__, __index__)
// and its domain and range errors. Results may differ from CPython's in
// the last bit for some functions.

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

func cmath1(name string, fn func(complex128) complex128) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		v, err := oneArg("cmath."+name, args, kw)
		if err != nil {
			return nil, err
		}
		z, err := complexArg(t, v)
		if err != nil {
			return nil, err
		}
		r := fn(z)
		if cfinite(z) && !cfinite(r) {
			if cmplx.IsNaN(r) {
				return nil, errDomain()
			}
			return nil, errRange()
		}
		return interp.Complex(r), nil
	}
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
			"sqrt": cmath1("sqrt", cmplx.Sqrt),
			"exp": cmath1("exp", func(z complex128) complex128 {
				if imag(z) == 0 {
					return complex(pynum.Exp(real(z)), imag(z))
				}
				return cmplx.Exp(z)
			}),
			"sin":   cmath1("sin", cmplx.Sin),
			"cos":   cmath1("cos", cmplx.Cos),
			"tan":   cmath1("tan", cmplx.Tan),
			"asin":  cmath1("asin", cmplx.Asin),
			"acos":  cmath1("acos", cmplx.Acos),
			"atan":  cmath1("atan", cmplx.Atan),
			"sinh":  cmath1("sinh", cmplx.Sinh),
			"cosh":  cmath1("cosh", cmplx.Cosh),
			"tanh":  cmath1("tanh", cmplx.Tanh),
			"asinh": cmath1("asinh", cmplx.Asinh),
			"acosh": cmath1("acosh", cmplx.Acosh),
			"atanh": cmath1("atanh", cmplx.Atanh),
			"log10": cmath1("log10", func(z complex128) complex128 {
				if z == 0 {
					return cmplx.NaN()
				}
				return cmplx.Log10(z)
			}),
			"log": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var v, base interp.Value
				if err := interp.UnpackArgs("log", args, kw, "x", &v, "base?", &base); err != nil {
					return nil, err
				}
				z, err := complexArg(t, v)
				if err != nil {
					return nil, err
				}
				if z == 0 {
					return nil, errDomain()
				}
				r := cmplx.Log(z)
				if imag(z) == 0 && real(z) > 0 {
					r = complex(pynum.Log(real(z)), 0)
				}
				if base != nil {
					b, err := complexArg(t, base)
					if err != nil {
						return nil, err
					}
					if b == 0 {
						return nil, errDomain()
					}
					lb := cmplx.Log(b)
					if imag(b) == 0 && real(b) > 0 {
						lb = complex(pynum.Log(real(b)), 0)
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
