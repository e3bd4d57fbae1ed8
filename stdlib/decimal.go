package stdlib

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/cockroachdb/apd/v3"
	"github.com/rebeam/rebeam/interp"
)

// The decimal module: arithmetic on github.com/cockroachdb/apd/v3 (the
// General Decimal Arithmetic specification, as CPython's libmpdec), with
// Decimal, Context and the signals in Python (decimalPrelude). A Decimal
// holds its canonical text; each operation parses its operands, computes
// with a context without traps and reports the conditions raised, which
// the Python side records as flags and raises when trapped.

var apdRounding = map[string]apd.Rounder{
	"ROUND_DOWN": apd.RoundDown, "ROUND_HALF_UP": apd.RoundHalfUp, "ROUND_HALF_EVEN": apd.RoundHalfEven,
	"ROUND_CEILING": apd.RoundCeiling, "ROUND_FLOOR": apd.RoundFloor, "ROUND_UP": apd.RoundUp,
	"ROUND_HALF_DOWN": apd.RoundHalfDown, "ROUND_05UP": apd.Round05Up,
}

func parseDec(s string) (*apd.Decimal, bool) {
	d, _, err := apd.NewFromString(s)
	if err == nil {
		return d, true
	}
	// apd refuses exponents beyond its system limit of ±100000, which
	// Python's default context (Emax 999999) reaches: the mantissa is
	// parsed alone and the exponent added to it.
	i := strings.IndexAny(s, "eE")
	if i < 0 {
		return nil, false
	}
	exp, err := strconv.ParseInt(s[i+1:], 10, 32)
	if err != nil {
		return nil, false
	}
	d, _, err = apd.NewFromString(s[:i])
	if err != nil || d.Form != apd.Finite {
		return nil, false
	}
	e := int64(d.Exponent) + exp
	if e != int64(int32(e)) {
		return nil, false
	}
	d.Exponent = int32(e)
	return d, true
}

// decText is Python's to-scientific-string of d.
func decText(d *apd.Decimal) string {
	switch d.Form {
	case apd.NaN, apd.NaNSignaling:
		s := "NaN"
		if d.Form == apd.NaNSignaling {
			s = "sNaN"
		}
		if d.Coeff.Sign() != 0 {
			s += d.Coeff.String()
		}
		if d.Negative {
			s = "-" + s
		}
		return s
	case apd.Infinite:
		if d.Negative {
			return "-Infinity"
		}
		return "Infinity"
	}
	return finiteText(d, false)
}

// finiteText is the specification's to-scientific-string of a finite d,
// or its to-engineering-string when eng is set. A number whose exponent
// is at most 0 and whose adjusted exponent is at least -6 is written
// without an exponent; any other has one digit before the point (eng:
// one to three, so that the exponent is a multiple of three; a zero
// keeps its exponent's distance from zero within that rounding).
func finiteText(d *apd.Decimal, eng bool) string {
	digits := d.Coeff.String()
	exp := int64(d.Exponent)
	left := exp + int64(len(digits)) // digits before the point, unscaled
	point := left
	if exp > 0 || left <= -6 {
		point = 1
		if eng {
			if d.Coeff.Sign() == 0 {
				point = ((left+1)%3+3)%3 - 1
			} else {
				point = ((left-1)%3+3)%3 + 1
			}
		}
	}
	var b strings.Builder
	if d.Negative {
		b.WriteByte('-')
	}
	switch {
	case point <= 0:
		b.WriteString("0.")
		b.WriteString(strings.Repeat("0", int(-point)))
		b.WriteString(digits)
	case point >= int64(len(digits)):
		b.WriteString(digits)
		b.WriteString(strings.Repeat("0", int(point)-len(digits)))
	default:
		b.WriteString(digits[:point])
		b.WriteByte('.')
		b.WriteString(digits[point:])
	}
	if e := left - point; e != 0 {
		b.WriteByte('E')
		if e > 0 {
			b.WriteByte('+')
		}
		b.WriteString(strconv.FormatInt(e, 10))
	}
	return b.String()
}

// decOp is _op(name, a, b, prec, rounding, emin, emax) -> (text, conditions).
func decOp(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) != 7 {
		return nil, argErr("_op takes 7 arguments")
	}
	op, _ := args[0].(interp.Str)
	as, _ := args[1].(interp.Str)
	bs, _ := args[2].(interp.Str)
	prec, _ := args[3].(interp.Int)
	rnd, _ := args[4].(interp.Str)
	emin, _ := args[5].(interp.Int)
	emax, _ := args[6].(interp.Int)
	ctx := &apd.Context{Precision: uint32(prec), MinExponent: int32(max(int64(emin), math.MinInt32/2)), MaxExponent: int32(min(int64(emax), math.MaxInt32/2)), Rounding: apdRounding[string(rnd)]}
	a, ok := parseDec(string(as))
	if !ok {
		return nil, interp.Errorf(interp.ValueErrorType, "bad decimal %q", as)
	}
	var b *apd.Decimal
	if bs != "" {
		if b, ok = parseDec(string(bs)); !ok {
			return nil, interp.Errorf(interp.ValueErrorType, "bad decimal %q", bs)
		}
	}
	d := new(apd.Decimal)
	var cond apd.Condition
	var err error
	switch op {
	case "add":
		cond, err = ctx.Add(d, a, b)
	case "sub":
		cond, err = ctx.Sub(d, a, b)
	case "mul":
		cond, err = ctx.Mul(d, a, b)
	case "div":
		if cond, err = ctx.Quo(d, a, b); err == nil {
			toIdealExponent(d, a.Exponent-b.Exponent, cond)
		}
	case "divint":
		cond, err = ctx.QuoInteger(d, a, b)
	case "rem":
		cond, err = ctx.Rem(d, a, b)
	case "pow":
		cond, err = ctx.Pow(d, a, b)
	case "sqrt":
		if cond, err = ctx.Sqrt(d, a); err == nil && cond&apd.Inexact == 0 {
			// An exact root is not Rounded, whatever apd computed it at.
			cond &^= apd.Rounded
			toIdealExponent(d, a.Exponent>>1, cond) // floor(e/2)
		}
	case "exp":
		cond, err = ctx.Exp(d, a)
	case "ln":
		cond, err = ctx.Ln(d, a)
	case "log10":
		// apd's last digit can be off by one (log10(4) ends ...895 for
		// ...894): computed with ten more digits and rounded once, it is
		// correctly rounded but for a run of ten 9s or 0s.
		wide := *ctx
		wide.Precision += 10
		if cond, err = wide.Log10(d, a); err == nil && d.Form == apd.Finite {
			var rc apd.Condition
			rc, err = ctx.Round(d, d)
			cond |= rc
		}
	case "next_plus", "next_minus":
		cond = nextToward(d, a, ctx, op == "next_plus")
	case "plus":
		cond, err = ctx.Round(d, a)
		if err == nil && d.IsZero() && d.Form == apd.Finite {
			d.Negative = a.Negative && ctx.Rounding == apd.RoundFloor
		}
	case "minus":
		cond, err = ctx.Neg(d, a)
	case "abs":
		cond, err = ctx.Abs(d, a)
	case "reduce":
		_, cond, err = ctx.Reduce(d, a)
	case "quantize":
		if b.Form != apd.Finite || a.Form != apd.Finite {
			if a.Form == apd.Infinite && b.Form == apd.Infinite {
				d.Set(a)
			} else if a.Form == apd.NaN || b.Form == apd.NaN {
				d.Form = apd.NaN
			} else {
				d.Form = apd.NaN
				cond = apd.InvalidOperation
			}
			break
		}
		cond, err = ctx.Quantize(d, a, b.Exponent)
	case "toint":
		cond, err = ctx.RoundToIntegralValue(d, a)
	case "toint_exact":
		cond, err = ctx.RoundToIntegralExact(d, a)
	case "canon":
		d.Set(a)
	case "cmp":
		if a.Form == apd.NaN || a.Form == apd.NaNSignaling || b.Form == apd.NaN || b.Form == apd.NaNSignaling {
			return interp.Tuple{interp.Str("NaN"), interp.Int(0)}, nil
		}
		return interp.Tuple{interp.Str([]string{"-1", "0", "1"}[a.Cmp(b)+1]), interp.Int(0)}, nil
	case "cmptotal":
		return interp.Tuple{interp.Str([]string{"-1", "0", "1"}[a.CmpTotal(b)+1]), interp.Int(0)}, nil
	default:
		return nil, interp.Errorf(interp.ValueErrorType, "unknown decimal operation %s", op)
	}
	if err != nil && cond == 0 {
		cond = apd.InvalidOperation
	}
	if cond&(apd.InvalidOperation|apd.DivisionUndefined|apd.DivisionImpossible) != 0 && d.Form == apd.Finite && d.IsZero() && err != nil {
		d.Form = apd.NaN
	}
	return interp.Tuple{interp.Str(decText(d)), interp.Int(int64(cond))}, nil
}

// decInfo is _info(text) -> (sign, digits, exponent) as Decimal.as_tuple.
func decInfo(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	s, _ := args[0].(interp.Str)
	d, ok := parseDec(string(s))
	if !ok {
		return nil, interp.Errorf(interp.ValueErrorType, "bad decimal %q", s)
	}
	sign := interp.Int(b2i(d.Negative))
	var digits interp.Tuple
	coeff := d.Coeff.String()
	if (d.Form == apd.NaN || d.Form == apd.NaNSignaling) && d.Coeff.Sign() == 0 {
		coeff = "" // a NaN without payload has no digits; Infinity has (0,)
	}
	for _, c := range coeff {
		digits = append(digits, interp.Int(c-'0'))
	}
	if digits == nil {
		digits = interp.Tuple{}
	}
	var exp interp.Value = interp.Int(d.Exponent)
	switch d.Form {
	case apd.NaN:
		exp = interp.Str("n")
	case apd.NaNSignaling:
		exp = interp.Str("N")
	case apd.Infinite:
		exp = interp.Str("F")
	}
	return interp.Tuple{sign, digits, exp}, nil
}

// decParse is _parse(text) -> canonical text, or None for a syntax error.
func decParse(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	s, _ := args[0].(interp.Str)
	str := strings.TrimSpace(string(s))
	if strings.Contains(str, "_") {
		if strings.HasPrefix(str, "_") || strings.HasSuffix(str, "_") || strings.Contains(str, "__") {
			return interp.None, nil
		}
		str = strings.ReplaceAll(str, "_", "")
	}
	low := strings.ToLower(strings.TrimLeft(str, "+-"))
	if low == "inf" || low == "infinity" || strings.HasPrefix(low, "nan") || strings.HasPrefix(low, "snan") {
		neg := strings.HasPrefix(str, "-")
		var out string
		switch {
		case low == "inf" || low == "infinity":
			out = "Infinity"
		default:
			kind, payload := "NaN", strings.TrimPrefix(low, "nan")
			if strings.HasPrefix(low, "snan") {
				kind, payload = "sNaN", strings.TrimPrefix(low, "snan")
			}
			for _, c := range payload {
				if c < '0' || c > '9' {
					return interp.None, nil
				}
			}
			payload = strings.TrimLeft(payload, "0")
			out = kind + payload
		}
		if neg {
			out = "-" + out
		}
		return interp.Str(out), nil
	}
	for _, c := range str {
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
			return interp.None, nil
		}
	}
	d, ok := parseDec(str)
	if !ok || d.Form != apd.Finite {
		return interp.None, nil
	}
	return interp.Str(decText(d)), nil
}

// decFromFloat is _from_float(f) -> the exact decimal text of a float.
func decFromFloat(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	f, ok := interp.ToFloat(args[0])
	if !ok {
		return nil, argErr("argument must be int or float")
	}
	switch {
	case math.IsNaN(f):
		return interp.Str("NaN"), nil
	case math.IsInf(f, 1):
		return interp.Str("Infinity"), nil
	case math.IsInf(f, -1):
		return interp.Str("-Infinity"), nil
	}
	neg := math.Signbit(f)
	if f == 0 {
		if neg {
			return interp.Str("-0"), nil
		}
		return interp.Str("0"), nil
	}
	mant, exp := math.Frexp(math.Abs(f))
	m := int64(mant * (1 << 53))
	exp -= 53
	for m != 0 && m%2 == 0 {
		m /= 2
		exp++
	}
	coeff := big.NewInt(m)
	dexp := 0
	if exp > 0 {
		coeff.Lsh(coeff, uint(exp))
	} else if exp < 0 {
		coeff.Mul(coeff, new(big.Int).Exp(big.NewInt(5), big.NewInt(int64(-exp)), nil))
		dexp = exp
	}
	d := apd.NewWithBigInt(new(apd.BigInt).SetMathBigInt(coeff), int32(dexp))
	d.Negative = neg
	return interp.Str(decText(d)), nil
}

// decEng is _eng(text) -> the to-engineering-string of a decimal.
func decEng(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	s, _ := args[0].(interp.Str)
	d, ok := parseDec(string(s))
	if !ok {
		return nil, interp.Errorf(interp.ValueErrorType, "bad decimal %q", s)
	}
	if d.Form != apd.Finite {
		return interp.Str(decText(d)), nil
	}
	return interp.Str(finiteText(d, true)), nil
}

// decToInt is _to_int(text) -> the int of a finite decimal, truncated.
func decToInt(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	s, _ := args[0].(interp.Str)
	d, ok := parseDec(string(s))
	if !ok || d.Form != apd.Finite {
		return nil, interp.Errorf(interp.ValueErrorType, "cannot convert")
	}
	c := d.Coeff.MathBigInt()
	if d.Exponent >= 0 {
		c.Mul(c, pow10(int64(d.Exponent)))
	} else {
		c.Quo(c, pow10(int64(-d.Exponent)))
	}
	if d.Negative {
		c.Neg(c)
	}
	return interp.MakeBig(c), nil
}

func init() {
	register("decimal", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{"_op": decOp, "_info": decInfo, "_parse": decParse, "_from_float": decFromFloat, "_to_int": decToInt, "_eng": decEng, "_set_display": setDisplay})
		conds := map[string]apd.Condition{
			"_C_OVERFLOW": apd.Overflow, "_C_UNDERFLOW": apd.Underflow, "_C_INEXACT": apd.Inexact,
			"_C_SUBNORMAL": apd.Subnormal, "_C_ROUNDED": apd.Rounded, "_C_DIVUNDEF": apd.DivisionUndefined,
			"_C_DIVZERO": apd.DivisionByZero, "_C_DIVIMPOSSIBLE": apd.DivisionImpossible,
			"_C_INVALID": apd.InvalidOperation, "_C_CLAMPED": apd.Clamped,
			"_C_SYSOVER": apd.SystemOverflow, "_C_SYSUNDER": apd.SystemUnderflow,
		}
		for n, c := range conds {
			m.Dict.SetStr(n, interp.Int(int64(c)))
		}
		return nil
	}, decimalPrelude, "getcontext", "setcontext", "localcontext")
}
