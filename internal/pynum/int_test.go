package pynum

import (
	"fmt"
	"strconv"
	"testing"
)

func TestIntArithPython(t *testing.T) {
	b := newBatch(t)
	for _, xs := range pyInts {
		x := mustInt(xs)
		b.add(fmt.Sprintf("-(%s)", xs), fI(Neg(x), nil))
		b.add(fmt.Sprintf("abs(%s)", xs), fI(Abs(x), nil))
		b.add(fmt.Sprintf("~(%s)", xs), fI(Invert(x), nil))
		b.add(fmt.Sprintf("(%s).bit_length()", xs), strconv.Itoa(BitLength(x)))
		b.add(fmt.Sprintf("(%s).bit_count()", xs), strconv.Itoa(BitCount(x)))
		b.add(fmt.Sprintf("hash(%s)", xs), strconv.FormatInt(HashInt(x), 10))
		f, e := ToFloat(x)
		b.add(fmt.Sprintf("float(%s)", xs), fF(f, e))
		b.add(fmt.Sprintf("bin(%s)", xs), Bin(x))
		b.add(fmt.Sprintf("oct(%s)", xs), Oct(x))
		b.add(fmt.Sprintf("hex(%s)", xs), Hex(x))
		s, e := ToDecimal(x, DefaultMaxStrDigits)
		b.add(fmt.Sprintf("str(%s)", xs), fS(s, e))
		for _, n := range []int64{1, 0, -1, -2, -5, -19, -20, -40, -400} {
			b.add(fmt.Sprintf("round(%s, %d)", xs, n), RoundInt(x, IntOf(n)).String())
		}
		for _, ys := range pyInts {
			y := mustInt(ys)
			p := fmt.Sprintf("(%s) %%s (%s)", xs, ys)
			b.add(fmt.Sprintf(p, "+"), fI(Add(x, y), nil))
			b.add(fmt.Sprintf(p, "-"), fI(Sub(x, y), nil))
			b.add(fmt.Sprintf(p, "*"), fI(Mul(x, y), nil))
			b.add(fmt.Sprintf(p, "//"), fI(FloorDiv(x, y)))
			b.add(fmt.Sprintf(p, "%"), fI(Mod(x, y)))
			q, r, e := DivMod(x, y)
			if e != nil {
				b.add(fmt.Sprintf("divmod(%s, %s)", xs, ys), fErr(e))
			} else {
				b.add(fmt.Sprintf("divmod(%s, %s)", xs, ys), "("+q.String()+", "+r.String()+")")
			}
			b.add(fmt.Sprintf(p, "/"), fF(TrueDiv(x, y)))
			b.add(fmt.Sprintf(p, "&"), fI(And(x, y), nil))
			b.add(fmt.Sprintf(p, "|"), fI(Or(x, y), nil))
			b.add(fmt.Sprintf(p, "^"), fI(Xor(x, y), nil))
			c := Cmp(x, y)
			b.add(fmt.Sprintf("((%s) > (%s)) - ((%s) < (%s))", xs, ys, xs, ys), strconv.Itoa(c))
			b.add(fmt.Sprintf(p, "=="), fB(Equal(x, y)))
			if BitLength(y) < 12 {
				b.add(fmt.Sprintf(p, "<<"), fI(Lshift(x, y)))
			}
			b.add(fmt.Sprintf(p, ">>"), fI(Rshift(x, y)))
			if BitLength(y) < 8 || y.Sign() < 0 {
				r, f, isF, e := Pow(x, y)
				if isF {
					b.add(fmt.Sprintf(p, "**"), fF(f, e))
				} else {
					b.add(fmt.Sprintf(p, "**"), fI(r, e))
				}
			}
		}
	}
	for _, c := range []string{"25", "35", "-25", "-35", "15", "150", "250", "-250", "1250", "5"} {
		for _, n := range []int64{-1, -2, -3} {
			b.add(fmt.Sprintf("round(%s, %d)", c, n), RoundInt(mustInt(c), IntOf(n)).String())
		}
	}
	// Three-argument pow.
	small := []string{"0", "1", "-1", "2", "-3", "5", "7", "-7", "12", "100000000000000000000", "-1267650600228229401496703205377"}
	for _, xs := range small {
		for _, ys := range small {
			for _, ms := range small {
				b.add(fmt.Sprintf("pow(%s, %s, %s)", xs, ys, ms), fI(PowMod(mustInt(xs), mustInt(ys), mustInt(ms))))
			}
		}
	}
	b.run()
}

func TestIntFloatPython(t *testing.T) {
	b := newBatch(t)
	for _, xs := range pyInts {
		x := mustInt(xs)
		for _, fs := range pyFloats {
			f := evalFloat(t, fs)
			c, ok := CmpFloat(x, f)
			b.add(fmt.Sprintf("(%s) < %s", xs, fs), fB(ok && c < 0))
			b.add(fmt.Sprintf("(%s) == %s", xs, fs), fB(ok && c == 0))
			b.add(fmt.Sprintf("(%s) > %s", xs, fs), fB(ok && c > 0))
		}
	}
	for _, fs := range pyFloats {
		f := evalFloat(t, fs)
		b.add(fmt.Sprintf("int(%s)", fs), fI(FromFloat(f)))
		b.add(fmt.Sprintf("round(%s)", fs), fI(Round(f)))
		if f == f {
			b.add(fmt.Sprintf("hash(%s)", fs), fmt.Sprint(HashFloat(f, 0)))
		}
	}
	extra := []string{"2**1023", "2**1024-2**970", "2**1024-2**970-1", "2**1024-2**971", "2**1024",
		"2**54+1", "2**54+3", "-(2**54+2)", "2**64+2**11", "2**64+2**11+1", "2**64+3*2**11", "3**700", "-(3**647)"}
	for _, xs := range extra {
		pyv := mustPy(t, xs)
		f, e := ToFloat(pyv)
		b.add("float("+xs+")", fF(f, e))
		b.add("hash("+xs+")", fmt.Sprint(HashInt(pyv)))
		for _, ds := range []string{"1", "3", "-7", "2**1100", "3**500", "-(10**400)"} {
			b.add("("+xs+")/("+ds+")", fF(TrueDiv(pyv, mustPy(t, ds))))
			b.add("("+ds+")/("+xs+")", fF(TrueDiv(mustPy(t, ds), pyv)))
		}
	}
	b.run()
}

// mustPy evaluates a simple Python int expression via python3-free parsing:
// supports a**b, +, -, * and parentheses through a tiny evaluator.
func mustPy(t *testing.T, s string) Int {
	t.Helper()
	p := &exprParser{s: s}
	v := p.sum()
	if p.pos != len(p.s) {
		t.Fatalf("cannot parse %q", s)
	}
	return v
}

type exprParser struct {
	s   string
	pos int
}

func (p *exprParser) sum() Int {
	v := p.prod()
	for p.pos < len(p.s) && (p.s[p.pos] == '+' || p.s[p.pos] == '-') {
		op := p.s[p.pos]
		p.pos++
		w := p.prod()
		if op == '+' {
			v = Add(v, w)
		} else {
			v = Sub(v, w)
		}
	}
	return v
}

func (p *exprParser) prod() Int {
	v := p.power()
	for p.pos < len(p.s) && p.s[p.pos] == '*' && (p.pos+1 >= len(p.s) || p.s[p.pos+1] != '*') {
		p.pos++
		v = Mul(v, p.power())
	}
	return v
}

func (p *exprParser) power() Int {
	v := p.atom()
	if p.pos+1 < len(p.s) && p.s[p.pos] == '*' && p.s[p.pos+1] == '*' {
		p.pos += 2
		e := p.power()
		v, _ = powNonNeg(v, e)
	}
	return v
}

func (p *exprParser) atom() Int {
	if p.s[p.pos] == '-' {
		p.pos++
		return Neg(p.power())
	}
	if p.s[p.pos] == '(' {
		p.pos++
		v := p.sum()
		p.pos++ // ')'
		return v
	}
	start := p.pos
	for p.pos < len(p.s) && p.s[p.pos] >= '0' && p.s[p.pos] <= '9' {
		p.pos++
	}
	return mustInt(p.s[start:p.pos])
}
