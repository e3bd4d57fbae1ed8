package stdlib

import (
	"math/big"

	"github.com/cockroachdb/apd/v3"
)

// Pieces of the General Decimal Arithmetic specification that apd leaves
// to its caller: the ideal exponent of an exact quotient or square root,
// and the neighbours of a number in a context (next-plus, next-minus).

var bigTen = big.NewInt(10)

// toIdealExponent gives an exact result the exponent the specification
// calls ideal, as near to ideal as its coefficient allows: trailing
// zeros are taken off the coefficient while the exponent stays at most
// ideal. apd returns an exact quotient at full precision (1/4 as
// 0.2500000000000000000000000000) where Python prints 0.25. An inexact
// result keeps its full precision; a zero takes the ideal exponent.
func toIdealExponent(d *apd.Decimal, ideal int32, cond apd.Condition) {
	if d.Form != apd.Finite || cond&apd.Inexact != 0 {
		return
	}
	if d.IsZero() {
		d.Exponent = ideal
		return
	}
	c := d.Coeff.MathBigInt()
	q, r := new(big.Int), new(big.Int)
	for d.Exponent < ideal {
		q.QuoRem(c, bigTen, r)
		if r.Sign() != 0 {
			break
		}
		c, q = q, c
		d.Exponent++
	}
	d.Coeff.SetMathBigInt(c)
}

// pow10 is 10**n as a big.Int.
func pow10(n int64) *big.Int {
	return new(big.Int).Exp(bigTen, big.NewInt(n), nil)
}

// nextToward sets d to the representable neighbour of x in ctx, above it
// when up is set, else below it: Decimal.next_plus and next_minus. The
// representable numbers are k×10**q with k < 10**prec and Etiny <= q <=
// Etop; beyond the largest lies Infinity. A NaN stays one (a signaling
// NaN becomes quiet and reports InvalidOperation).
func nextToward(d, x *apd.Decimal, ctx *apd.Context, up bool) apd.Condition {
	prec := int64(ctx.Precision)
	etiny := int64(ctx.MinExponent) - prec + 1
	etop := int64(ctx.MaxExponent) - prec + 1
	maxCoeff := new(big.Int).Sub(pow10(prec), big.NewInt(1))
	setFinite := func(neg bool, c *big.Int, q int64) {
		d.Form = apd.Finite
		d.Negative = neg
		d.Coeff.SetMathBigInt(c)
		d.Exponent = int32(q)
	}
	switch x.Form {
	case apd.NaN, apd.NaNSignaling:
		d.Set(x)
		if x.Form == apd.NaNSignaling {
			d.Form = apd.NaN
			return apd.InvalidOperation
		}
		return 0
	case apd.Infinite:
		if x.Negative == up { // -Infinity up, +Infinity down: the largest finite
			setFinite(x.Negative, maxCoeff, etop)
		} else {
			d.Set(x)
		}
		return 0
	}
	if x.IsZero() {
		setFinite(!up, big.NewInt(1), etiny)
		return 0
	}
	// Away from zero when moving with x's sign, else toward zero; the
	// quantum q is the unit in the last place of |x| at full precision.
	away := up != x.Negative
	c := x.Coeff.MathBigInt()
	e := int64(x.Exponent)
	adjusted := e + int64(len(c.String())) - 1
	q := max(adjusted-prec+1, etiny)
	// k = |x| / 10**q, rounded down moving away and up moving toward zero.
	k, exact := new(big.Int), true
	if e >= q {
		k.Mul(c, pow10(e-q))
	} else {
		r := new(big.Int)
		k.QuoRem(c, pow10(q-e), r)
		exact = r.Sign() == 0
	}
	if away {
		k.Add(k, big.NewInt(1))
		if k.Cmp(pow10(prec)) == 0 {
			k.Quo(k, bigTen)
			q++
		}
		if q > etop {
			d.Form, d.Negative = apd.Infinite, x.Negative
			d.Coeff.SetInt64(0)
			d.Exponent = 0
			return 0
		}
		setFinite(x.Negative, k, q)
		return 0
	}
	if !exact {
		k.Add(k, big.NewInt(1))
	}
	if q > etop {
		setFinite(x.Negative, maxCoeff, etop)
		return 0
	}
	if k.Cmp(pow10(prec-1)) == 0 && q > etiny {
		// |x| is a power of ten: below it the quantum is a tenth.
		setFinite(x.Negative, maxCoeff, q-1)
		return 0
	}
	setFinite(x.Negative, k.Sub(k, big.NewInt(1)), q)
	return 0
}
