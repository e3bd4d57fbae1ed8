package stdlib

import (
	"math"

	"github.com/rebeam/rebeam/internal/pynum"
	"github.com/rebeam/rebeam/interp"
)

// The math module, on pynum's correctly rounded libm kernels and exact
// integer functions, with CPython's error messages.

var (
	errDomain = func() error { return interp.Errorf(interp.ValueErrorType, "math domain error") }
	errRange  = func() error { return interp.Errorf(interp.OverflowErrorType, "math range error") }
)

// realArg converts a math function argument to a float: a float, an int
// (OverflowError when too large), or an object with __float__ or
// __index__.
func realArg(t *interp.Thread, v interp.Value) (float64, error) {
	switch x := v.(type) {
	case interp.Float:
		return float64(x), nil
	case interp.Int:
		return float64(x), nil
	case interp.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *interp.BigInt:
		n, _ := toPynum(x)
		f, e := pynum.ToFloat(n)
		if e != nil {
			return 0, pyErr(t, e)
		}
		return f, nil
	case *interp.Object:
		if x.Base != nil {
			if _, ok := x.Base.(interp.Str); !ok {
				if m, err := special(t, v, "__float__"); err == nil && m != nil {
					return floatResult(t, v, m)
				}
				return realArg(t, x.Base)
			}
		}
	}
	if m, err := special(t, v, "__float__"); err != nil {
		return 0, err
	} else if m != nil {
		return floatResult(t, v, m)
	}
	if m, err := special(t, v, "__index__"); err != nil {
		return 0, err
	} else if m != nil {
		r, err := t.Call(m, nil, nil)
		if err != nil {
			return 0, err
		}
		return realArg(t, r)
	}
	return 0, argErr("must be real number, not %s", interp.TypeName(v))
}

func floatResult(t *interp.Thread, v, m interp.Value) (float64, error) {
	r, err := t.Call(m, nil, nil)
	if err != nil {
		return 0, err
	}
	f, ok := r.(interp.Float)
	if !ok {
		return 0, argErr("%s.__float__ returned non-float (type %s)", interp.TypeName(v), interp.TypeName(r))
	}
	return float64(f), nil
}

// special returns the bound special method name of v's class, or nil.
func special(t *interp.Thread, v interp.Value, name string) (interp.Value, error) {
	for _, c := range v.Type().MRO {
		if _, ok := c.Dict.GetStr(name); ok {
			if c == interp.ObjectType {
				return nil, nil
			}
			return interp.GetAttr(t, v, name)
		}
	}
	return nil, nil
}

// indexArg converts an argument to an int through __index__.
func indexArg(t *interp.Thread, v interp.Value) (pynum.Int, error) {
	if n, ok := toPynum(v); ok {
		return n, nil
	}
	if m, err := special(t, v, "__index__"); err != nil {
		return pynum.Int{}, err
	} else if m != nil {
		r, err := t.Call(m, nil, nil)
		if err != nil {
			return pynum.Int{}, err
		}
		if n, ok := toPynum(r); ok {
			return n, nil
		}
		return pynum.Int{}, argErr("__index__ returned non-int (type %s)", interp.TypeName(r))
	}
	return pynum.Int{}, argErr("'%s' object cannot be interpreted as an integer", interp.TypeName(v))
}

// math1 wraps a one-argument function with CPython's error rules: a NaN
// from a non-NaN is a domain error, an infinity from a finite argument a
// range error (canOverflow) or a domain error.
func math1(name string, fn func(float64) float64, canOverflow bool) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		v, err := oneArg("math."+name, args, kw)
		if err != nil {
			return nil, err
		}
		x, err := realArg(t, v)
		if err != nil {
			return nil, err
		}
		r := fn(x)
		if math.IsNaN(r) && !math.IsNaN(x) {
			return nil, errDomain()
		}
		if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
			if canOverflow {
				return nil, errRange()
			}
			return nil, errDomain()
		}
		return interp.Float(r), nil
	}
}

func math2(name string, fn func(x, y float64) (float64, error)) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		if len(kw) > 0 {
			return nil, argErr("%s() takes no keyword arguments", name)
		}
		if len(args) != 2 {
			return nil, argErr("%s expected 2 arguments, got %d", name, len(args))
		}
		x, err := realArg(t, args[0])
		if err != nil {
			return nil, err
		}
		y, err := realArg(t, args[1])
		if err != nil {
			return nil, err
		}
		r, err := fn(x, y)
		if err != nil {
			return nil, err
		}
		return interp.Float(r), nil
	}
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// oneArg reads the single positional argument of a module function
// named qual ("math.sqrt"), with CPython's messages.
func oneArg(qual string, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(kw) > 0 {
		return nil, argErr("%s() takes no keyword arguments", qual)
	}
	if len(args) != 1 {
		return nil, argErr("%s() takes exactly one argument (%d given)", qual, len(args))
	}
	return args[0], nil
}

func init() {
	register("math", func(t *interp.Thread, m *interp.Module) error {
		d := m.Dict
		d.SetStr("pi", interp.Float(math.Pi))
		d.SetStr("e", interp.Float(math.E))
		d.SetStr("tau", interp.Float(2*math.Pi))
		d.SetStr("inf", interp.Float(math.Inf(1)))
		d.SetStr("nan", interp.Float(math.NaN()))
		setFuncs(d, mathFuncs())
		return nil
	}, mathPrelude, "prod")
}

const mathPrelude = `
def prod(iterable, /, *, start=1):
    r = start
    for x in iterable:
        r = r * x
    return r
`

func mathFuncs() funcs {
	fs := funcs{
		"sqrt": math1("sqrt", math.Sqrt, false),
		"exp":  math1("exp", pynum.Exp, true),
		"exp2": math1("exp2", func(x float64) float64 {
			r, _, _ := pynum.FloatPowLibm(2, x)
			return r
		}, true),
		"expm1": math1("expm1", math.Expm1, true),
		"sin":   math1("sin", pynum.Sin, false),
		"cos":   math1("cos", pynum.Cos, false),
		"tan":   math1("tan", pynum.Tan, false),
		"asin":  math1("asin", pynum.Asin, false),
		"acos":  math1("acos", pynum.Acos, false),
		"atan":  math1("atan", func(x float64) float64 { return pynum.Atan2(x, 1) }, false),
		"sinh":  math1("sinh", pynum.Sinh, true),
		"cosh":  math1("cosh", pynum.Cosh, true),
		"tanh":  math1("tanh", pynum.Tanh, false),
		"asinh": math1("asinh", pynum.Asinh, false),
		"acosh": math1("acosh", pynum.Acosh, false),
		"atanh": math1("atanh", pynum.Atanh, false),
		"erf":   math1("erf", math.Erf, false),
		"erfc":  math1("erfc", math.Erfc, false),
		"cbrt":  math1("cbrt", math.Cbrt, false),
		"fabs":  math1("fabs", math.Abs, false),
		"log1p": math1("log1p", func(x float64) float64 {
			if x == -1 {
				return math.NaN() // C raises a domain error, not -inf
			}
			return math.Log1p(x)
		}, false),
		"gamma":    mathGamma,
		"lgamma":   mathLgamma,
		"degrees":  math1("degrees", func(x float64) float64 { return x * (180 / math.Pi) }, true),
		"radians":  math1("radians", func(x float64) float64 { return x * (math.Pi / 180) }, true),
		"atan2":    math2("atan2", func(y, x float64) (float64, error) { return pynum.Atan2(y, x), nil }),
		"copysign": math2("copysign", func(x, y float64) (float64, error) { return math.Copysign(x, y), nil }),
		"fmod": math2("fmod", func(x, y float64) (float64, error) {
			if math.IsNaN(x) || math.IsNaN(y) {
				return math.NaN(), nil
			}
			if math.IsInf(x, 0) || y == 0 {
				return 0, errDomain()
			}
			if math.IsInf(y, 0) {
				return x, nil
			}
			return math.Mod(x, y), nil
		}),
		"remainder": math2("remainder", func(x, y float64) (float64, error) {
			if math.IsNaN(x) || math.IsNaN(y) {
				return math.NaN(), nil
			}
			if math.IsInf(x, 0) || y == 0 {
				return 0, errDomain()
			}
			if math.IsInf(y, 0) {
				return x, nil
			}
			return math.Remainder(x, y), nil
		}),
		"pow": math2("pow", func(x, y float64) (float64, error) {
			if x == 0 && y < 0 && isFinite(y) {
				return 0, errDomain()
			}
			r, erange, edom := pynum.FloatPowLibm(x, y)
			if edom {
				return 0, errDomain()
			}
			if erange {
				return 0, errRange()
			}
			return r, nil
		}),
		"nextafter": math2("nextafter", func(x, y float64) (float64, error) { return math.Nextafter(x, y), nil }),
		"isnan":     mathPred("isnan", math.IsNaN),
		"isinf":     mathPred("isinf", func(x float64) bool { return math.IsInf(x, 0) }),
		"isfinite":  mathPred("isfinite", isFinite),
		"log":       mathLog,
		"log2":      mathLogN("log2", pynum.Log2, pynum.IntLog2),
		"log10":     mathLogN("log10", pynum.Log10, pynum.IntLog10),
		"floor":     mathRound("floor", "__floor__", pynum.Floor),
		"ceil":      mathRound("ceil", "__ceil__", pynum.Ceil),
		"trunc":     mathTrunc,
		"frexp":     mathFrexp,
		"ldexp":     mathLdexp,
		"modf":      mathModf,
		"ulp":       mathUlp,
		"fsum":      mathFsum,
		"isclose":   mathIsclose,
		"hypot":     mathHypot,
		"dist":      mathDist,
		"factorial": mathFactorial,
		"isqrt":     mathIsqrt,
		"gcd":       mathGcdLcm("gcd", pynum.Gcd),
		"lcm":       mathGcdLcm("lcm", pynum.Lcm),
		"comb":      mathCombPerm("comb", pynum.Comb),
		"perm":      mathCombPerm("perm", pynum.Perm),
	}
	return fs
}

func mathPred(name string, fn func(float64) bool) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		v, err := oneArg("math."+name, args, kw)
		if err != nil {
			return nil, err
		}
		x, err := realArg(t, v)
		if err != nil {
			return nil, err
		}
		return interp.Bool(fn(x)), nil
	}
}

func isNonPosInt(x float64) bool { return x <= 0 && x == math.Floor(x) }

func mathGamma(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.gamma", args, kw)
	if err != nil {
		return nil, err
	}
	x, err := realArg(t, v)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsNaN(x) || math.IsInf(x, 1):
		return interp.Float(x), nil
	case math.IsInf(x, -1) || isNonPosInt(x):
		return nil, errDomain()
	}
	r := math.Gamma(x)
	if math.IsInf(r, 0) {
		return nil, errRange()
	}
	if x == math.Floor(x) && x > 0 && x < 23 {
		// Exact factorials, as CPython's table gives.
		f := 1.0
		for i := 2.0; i < x; i++ {
			f *= i
		}
		r = f
	}
	return interp.Float(r), nil
}

func mathLgamma(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.lgamma", args, kw)
	if err != nil {
		return nil, err
	}
	x, err := realArg(t, v)
	if err != nil {
		return nil, err
	}
	switch {
	case math.IsNaN(x):
		return interp.Float(x), nil
	case math.IsInf(x, 0):
		return interp.Float(math.Inf(1)), nil
	case isNonPosInt(x):
		return nil, errDomain()
	case x == 1 || x == 2:
		return interp.Float(0), nil
	}
	r, _ := math.Lgamma(x)
	if math.IsInf(r, 0) {
		return nil, errRange()
	}
	return interp.Float(r), nil
}

// logOf is log of an int of any size or of a float.
func logOf(t *interp.Thread, v interp.Value, ffn func(float64) float64, ifn func(pynum.Int) (float64, *pynum.Error)) (float64, error) {
	switch v.(type) {
	case interp.Int, *interp.BigInt, interp.Bool:
		n, _ := toPynum(v)
		r, e := ifn(n)
		if e != nil {
			return 0, errDomain()
		}
		return r, nil
	}
	x, err := realArg(t, v)
	if err != nil {
		return 0, err
	}
	if x <= 0 {
		return 0, errDomain()
	}
	return ffn(x), nil
}

func mathLog(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(kw) > 0 {
		return nil, argErr("log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return nil, argErr("math.log requires 1 to 2 arguments")
	}
	num, err := logOf(t, args[0], pynum.Log, pynum.IntLog)
	if err != nil {
		return nil, err
	}
	if len(args) == 1 {
		return interp.Float(num), nil
	}
	den, err := logOf(t, args[1], pynum.Log, pynum.IntLog)
	if err != nil {
		return nil, err
	}
	if den == 0 {
		return nil, interp.Errorf(interp.ZeroDivisionErrorType, "float division by zero")
	}
	return interp.Float(num / den), nil
}

func mathLogN(name string, ffn func(float64) float64, ifn func(pynum.Int) (float64, *pynum.Error)) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		v, err := oneArg("math."+name, args, kw)
		if err != nil {
			return nil, err
		}
		r, err := logOf(t, v, ffn, ifn)
		if err != nil {
			return nil, err
		}
		return interp.Float(r), nil
	}
}

func mathRound(name, dunder string, fn func(float64) (pynum.Int, *pynum.Error)) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		v, err := oneArg("math."+name, args, kw)
		if err != nil {
			return nil, err
		}
		switch x := v.(type) {
		case interp.Int, *interp.BigInt:
			return x, nil
		case interp.Bool:
			return interp.Int(b2i(bool(x))), nil
		case interp.Float:
			r, e := fn(float64(x))
			if e != nil {
				return nil, pyErr(t, e)
			}
			return fromPynum(r), nil
		}
		if m, err := special(t, v, dunder); err != nil {
			return nil, err
		} else if m != nil {
			return t.Call(m, nil, nil)
		}
		x, err := realArg(t, v)
		if err != nil {
			return nil, err
		}
		r, e := fn(x)
		if e != nil {
			return nil, pyErr(t, e)
		}
		return fromPynum(r), nil
	}
}

func mathTrunc(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.trunc", args, kw)
	if err != nil {
		return nil, err
	}
	switch x := v.(type) {
	case interp.Int, *interp.BigInt:
		return x, nil
	case interp.Bool:
		return interp.Int(b2i(bool(x))), nil
	case interp.Float:
		r, e := pynum.Trunc(float64(x))
		if e != nil {
			return nil, pyErr(t, e)
		}
		return fromPynum(r), nil
	}
	if m, err := special(t, v, "__trunc__"); err != nil {
		return nil, err
	} else if m != nil {
		return t.Call(m, nil, nil)
	}
	return nil, argErr("type %s doesn't define __trunc__ method", interp.TypeName(v))
}

func mathFrexp(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.frexp", args, kw)
	if err != nil {
		return nil, err
	}
	x, err := realArg(t, v)
	if err != nil {
		return nil, err
	}
	if !isFinite(x) || x == 0 {
		return interp.Tuple{interp.Float(x), interp.Int(0)}, nil
	}
	m, e := math.Frexp(x)
	return interp.Tuple{interp.Float(m), interp.Int(e)}, nil
}

func mathLdexp(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return nil, argErr("ldexp expected 2 arguments, got %d", len(args))
	}
	x, err := realArg(t, args[0])
	if err != nil {
		return nil, err
	}
	n, ok := toPynum(args[1])
	if !ok {
		return nil, argErr("Expected an int as second argument to ldexp.")
	}
	e, fits := n.Int64()
	if !fits {
		if n.Sign() > 0 {
			e = 1 << 20
		} else {
			e = -1 << 20
		}
	}
	if x == 0 || !isFinite(x) {
		return interp.Float(x), nil
	}
	e = max(min(e, 1<<20), -1<<20)
	r := math.Ldexp(x, int(e))
	if math.IsInf(r, 0) {
		return nil, errRange()
	}
	return interp.Float(r), nil
}

func mathModf(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.modf", args, kw)
	if err != nil {
		return nil, err
	}
	x, err := realArg(t, v)
	if err != nil {
		return nil, err
	}
	if math.IsInf(x, 0) {
		return interp.Tuple{interp.Float(math.Copysign(0, x)), interp.Float(x)}, nil
	}
	i, f := math.Modf(x)
	return interp.Tuple{interp.Float(f), interp.Float(i)}, nil
}

func mathUlp(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.ulp", args, kw)
	if err != nil {
		return nil, err
	}
	x, err := realArg(t, v)
	if err != nil {
		return nil, err
	}
	if math.IsNaN(x) {
		return interp.Float(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return interp.Float(x), nil
	}
	y := math.Nextafter(x, math.Inf(1))
	if math.IsInf(y, 0) {
		return interp.Float(x - math.Nextafter(x, 0)), nil
	}
	return interp.Float(y - x), nil
}

func floatsOf(t *interp.Thread, v interp.Value) ([]float64, error) {
	var xs []float64
	err := interp.Iterate(t, v, func(item interp.Value) (bool, error) {
		f, err := realArg(t, item)
		if err != nil {
			return false, err
		}
		xs = append(xs, f)
		return true, nil
	})
	return xs, err
}

func mathFsum(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.fsum", args, kw)
	if err != nil {
		return nil, err
	}
	xs, err := floatsOf(t, v)
	if err != nil {
		return nil, err
	}
	r, e := pynum.Fsum(xs)
	if e != nil {
		return nil, pyErr(t, e)
	}
	return interp.Float(r), nil
}

func mathIsclose(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var a, b interp.Value
	var rel, abs interp.Value = interp.Float(1e-9), interp.Float(0)
	if len(args) < 2 && len(kw) == 0 {
		return nil, argErr("isclose() missing required argument '%s' (pos %d)", []string{"a", "b"}[len(args)], len(args)+1)
	}
	if err := interp.UnpackArgs("isclose", args, kw, "a", &a, "b", &b, "$rel_tol?", &rel, "$abs_tol?", &abs); err != nil {
		return nil, err
	}
	var fs [4]float64
	for i, v := range []interp.Value{a, b, rel, abs} {
		f, err := realArg(t, v)
		if err != nil {
			return nil, err
		}
		fs[i] = f
	}
	r, e := pynum.IsClose(fs[0], fs[1], fs[2], fs[3])
	if e != nil {
		return nil, pyErr(t, e)
	}
	return interp.Bool(r), nil
}

// vectorNorm is CPython's hypot of many coordinates: scaled, with the
// largest magnitude, correctly handling infinities and NaN.
func vectorNorm(xs []float64) float64 {
	maxv, nan := 0.0, false
	for _, x := range xs {
		x = math.Abs(x)
		if math.IsNaN(x) {
			nan = true
		}
		if x > maxv {
			maxv = x
		}
	}
	if math.IsInf(maxv, 1) {
		return maxv
	}
	if nan {
		return math.NaN()
	}
	if maxv == 0 || len(xs) <= 1 {
		return maxv
	}
	// Accurate sum of squares scaled by a power of two near maxv.
	_, e := math.Frexp(maxv)
	sum := make([]float64, 0, len(xs))
	for _, x := range xs {
		s := math.Ldexp(math.Abs(x), -e)
		sum = append(sum, s*s)
		// Add the rounding error of the square (exact via FMA).
		sum = append(sum, math.FMA(s, s, -(s*s)))
	}
	total, _ := pynum.Fsum(sum)
	// What rounding the sum to total lost, which the root's last bit
	// can depend on.
	lost, _ := pynum.Fsum(append(sum, -total))
	h := math.Sqrt(total)
	// One Newton correction step for a correctly rounded root.
	if h > 0 {
		x := h
		r := math.FMA(-x, x, total) + lost
		h = x + r/(2*x)
	}
	return math.Ldexp(h, e)
}

func mathHypot(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(kw) > 0 {
		return nil, argErr("hypot() takes no keyword arguments")
	}
	xs := make([]float64, len(args))
	for i, a := range args {
		f, err := realArg(t, a)
		if err != nil {
			return nil, err
		}
		xs[i] = f
	}
	return interp.Float(vectorNorm(xs)), nil
}

func mathDist(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return nil, argErr("dist expected 2 arguments, got %d", len(args))
	}
	p, err := floatsOf(t, args[0])
	if err != nil {
		return nil, err
	}
	q, err := floatsOf(t, args[1])
	if err != nil {
		return nil, err
	}
	if len(p) != len(q) {
		return nil, interp.Errorf(interp.ValueErrorType, "both points must have the same number of dimensions")
	}
	d := make([]float64, len(p))
	for i := range p {
		d[i] = p[i] - q[i]
	}
	return interp.Float(vectorNorm(d)), nil
}

func mathFactorial(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.factorial", args, kw)
	if err != nil {
		return nil, err
	}
	n, err := indexArg(t, v)
	if err != nil {
		return nil, err
	}
	r, e := pynum.Factorial(n)
	if e != nil {
		return nil, pyErr(t, e)
	}
	return fromPynum(r), nil
}

func mathIsqrt(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	v, err := oneArg("math.isqrt", args, kw)
	if err != nil {
		return nil, err
	}
	n, err := indexArg(t, v)
	if err != nil {
		return nil, err
	}
	r, e := pynum.Isqrt(n)
	if e != nil {
		return nil, pyErr(t, e)
	}
	return fromPynum(r), nil
}

func mathGcdLcm(name string, fn func(...pynum.Int) pynum.Int) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		if len(kw) > 0 {
			return nil, argErr("%s() takes no keyword arguments", name)
		}
		xs := make([]pynum.Int, len(args))
		for i, a := range args {
			n, err := indexArg(t, a)
			if err != nil {
				return nil, err
			}
			xs[i] = n
		}
		if len(xs) == 0 && name == "lcm" {
			return interp.Int(1), nil
		}
		return fromPynum(fn(xs...)), nil
	}
}

func mathCombPerm(name string, fn func(n, k pynum.Int) (pynum.Int, *pynum.Error)) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		if len(kw) > 0 {
			return nil, argErr("%s() takes no keyword arguments", name)
		}
		if name == "perm" && len(args) == 1 {
			n, err := indexArg(t, args[0])
			if err != nil {
				return nil, err
			}
			if n.Sign() < 0 {
				return nil, interp.Errorf(interp.ValueErrorType, "n must be a non-negative integer")
			}
			r, e := pynum.Factorial(n)
			if e != nil {
				return nil, pyErr(t, e)
			}
			return fromPynum(r), nil
		}
		if len(args) != 2 {
			if name == "perm" {
				return nil, argErr("perm expected at most 2 arguments, got %d", len(args))
			}
			return nil, argErr("comb expected 2 arguments, got %d", len(args))
		}
		n, err := indexArg(t, args[0])
		if err != nil {
			return nil, err
		}
		k, err := indexArg(t, args[1])
		if err != nil {
			return nil, err
		}
		r, e := fn(n, k)
		if e != nil {
			return nil, pyErr(t, e)
		}
		return fromPynum(r), nil
	}
}
