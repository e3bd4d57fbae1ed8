package pynum

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

func TestLibmPython(t *testing.T) {
	b := newBatch(t)
	rng := rand.New(rand.NewSource(2))
	var xs []float64
	for i := 0; i < 800; i++ {
		switch i % 4 {
		case 0:
			xs = append(xs, rng.Float64()*20-10)
		case 1:
			xs = append(xs, math.Exp(rng.NormFloat64()*30))
		case 2:
			xs = append(xs, (rng.Float64()-0.5)*1e6)
		case 3:
			xs = append(xs, (rng.Float64()-0.5)*1e22)
		}
	}
	xs = append(xs, 0, -0.0, 1, -1, math.Pi, math.Pi/2, 1e300, 5e-324, 710, 709.78, -745.1, -708.5, 1e-10, 100, 1000, 1e-300, 22, 0.5)
	for _, x := range xs {
		s := pyfmt.FloatRepr(x)
		nearly := func(expr string, got float64) {
			g := pyfmt.FloatRepr(got)
			b.add(fmt.Sprintf("near(%s, %q)", expr, g), g)
		}
		nearly("math.sin("+s+")", Sin(x))
		nearly("math.cos("+s+")", Cos(x))
		if e := Exp(x); !math.IsInf(e, 0) {
			nearly("math.exp("+s+")", e)
		}
		if x > 0 {
			nearly("math.log("+s+")", Log(x))
			nearly("math.log2("+s+")", Log2(x))
			b.add("math.log10("+s+")", pyfmt.FloatRepr(Log10(x)))
		}
		y := xs[rng.Intn(len(xs))]
		nearly(fmt.Sprintf("math.atan2(%s, %s)", s, pyfmt.FloatRepr(y)), Atan2(x, y))
		nearly(fmt.Sprintf("math.atan2(%s, %s)", pyfmt.FloatRepr(y), s), Atan2(y, x))
	}
	b.run()
}

func TestMathFnPython(t *testing.T) {
	b := newBatch(t)
	for _, s := range []string{"0", "1", "2", "3", "4", "15", "16", "17", "99", "100", "4503599627370496", "4503599627370497",
		"9223372036854775807", "9223372036854775806", "9223372036854775808", "10**40", "10**40-1", "-1", "3**301"} {
		x := mustPy(t, s)
		b.add("math.isqrt("+s+")", fI(Isqrt(x)))
		b.add("math.log("+s+")", fF(IntLog(x)))
		b.add("math.log2("+s+")", fF(IntLog2(x)))
		b.add("math.log10("+s+")", fF(IntLog10(x)))
	}
	for _, s := range []string{"10**400", "2**10000", "10**1000+1", "3**5000", "2**1024", "2**1024-1"} {
		x := mustPy(t, s)
		b.add("math.log("+s+")", fF(IntLog(x)))
		b.add("math.log2("+s+")", fF(IntLog2(x)))
		b.add("math.log10("+s+")", fF(IntLog10(x)))
	}
	for _, n := range []string{"-1", "0", "1", "5", "20", "21", "25", "100", "9223372036854775808"} {
		if n == "9223372036854775808" {
			b.add("math.factorial("+n+")", "OverflowError: factorial() argument should not exceed 9223372036854775807")
			continue
		}
		b.add("math.factorial("+n+")", fI(Factorial(mustInt(n))))
	}
	nk := []string{"-1", "0", "1", "2", "5", "10", "30", "63", "64", "100", "10**20", "10**20+3"}
	for _, ns := range nk {
		for _, ks := range nk {
			if strings.Contains(ks, "10**") && strings.Contains(ns, "10**") {
				continue
			}
			n, k := mustPy(t, ns), mustPy(t, ks)
			b.add(fmt.Sprintf("math.comb(%s, %s)", ns, ks), fI(Comb(n, k)))
			b.add(fmt.Sprintf("math.perm(%s, %s)", ns, ks), fI(Perm(n, k)))
		}
	}
	b.add("math.comb(10**20, 10**19)", fI(Comb(mustPy(t, "10**20"), mustPy(t, "10**19"))))
	b.add("math.perm(10**20, 10**19)", fI(Perm(mustPy(t, "10**20"), mustPy(t, "10**19"))))
	gs := []string{"0", "12", "-18", "7", "2**64*3", "-(2**70)*9", "-9223372036854775808", "1"}
	for _, a := range gs {
		for _, c := range gs {
			b.add(fmt.Sprintf("math.gcd(%s, %s)", a, c), fI(Gcd(mustPy(t, a), mustPy(t, c)), nil))
			b.add(fmt.Sprintf("math.lcm(%s, %s)", a, c), fI(Lcm(mustPy(t, a), mustPy(t, c)), nil))
		}
	}
	b.add("math.gcd()", fI(Gcd(), nil))
	b.add("math.lcm()", fI(Lcm(), nil))
	b.add("math.gcd(12, 18, -8)", fI(Gcd(IntOf(12), IntOf(18), IntOf(-8)), nil))
	// fsum
	rng := rand.New(rand.NewSource(3))
	lists := [][]float64{{}, {1e308, 1e308}, {1e308, 1e308, -1e308}, {posInf, negInf}, {posInf, 1}, {nan, 1},
		{0.1, 0.2, 0.3}, {1e-16, 1, 1e16}, {1, 1e100, 1, -1e100}, {-0.0, -0.0}, {-0.0}, {5e-324, 5e-324, -1e-300}}
	for i := 0; i < 100; i++ {
		var l []float64
		for j := 0; j < 20; j++ {
			l = append(l, rng.NormFloat64()*math.Pow(10, float64(rng.Intn(40)-20)))
		}
		lists = append(lists, l)
	}
	for _, l := range lists {
		parts := make([]string, len(l))
		for i, f := range l {
			parts[i] = "float('" + pyfmt.FloatRepr(f) + "')"
		}
		b.add("math.fsum(["+strings.Join(parts, ", ")+"])", fF(Fsum(l)))
	}
	// isclose
	for _, c := range [][4]float64{{1, 1, 1e-9, 0}, {1, 1.0000000001, 1e-9, 0}, {1, 1.00000001, 1e-9, 0}, {0, 1e-10, 1e-9, 0},
		{0, 1e-10, 1e-9, 1e-9}, {posInf, posInf, 1e-9, 0}, {posInf, 1e308, 1, 0}, {nan, nan, 1e-9, 0}, {1, 1, -1, 0}, {1, 2, 0, -1}} {
		v, e := IsClose(c[0], c[1], c[2], c[3])
		got := fB(v)
		if e != nil {
			got = fErr(e)
		}
		b.add(fmt.Sprintf("math.isclose(float('%s'), float('%s'), rel_tol=%s, abs_tol=%s)", pyfmt.FloatRepr(c[0]),
			pyfmt.FloatRepr(c[1]), pyfmt.FloatRepr(c[2]), pyfmt.FloatRepr(c[3])), got)
	}
	b.run()
}

func TestIntTextPython(t *testing.T) {
	b := newBatch(t)
	type pc struct {
		s    string
		base int
	}
	cases := []pc{{"0", 10}, {"  -12 ", 10}, {"+7", 10}, {"1_000", 10}, {"1__0", 10}, {"_1", 10}, {"1_", 10}, {"x", 10}, {"", 10},
		{"0x1f", 16}, {"0x_1f", 16}, {"0x_1f", 0}, {"0x__1f", 0}, {"0o17", 0}, {"0b101", 0}, {"-0b101", 0}, {"0b101", 16}, {"0b101", 2},
		{"010", 0}, {"00", 0}, {"0_0", 0}, {"0_", 0}, {"0_7", 0}, {"0x", 16}, {"1", 37}, {"1", 1}, {"z", 36}, {"Z", 36}, {"10", 2},
		{"9223372036854775807", 10}, {"9223372036854775808", 10}, {"-9223372036854775808", 10}, {"-9223372036854775809", 10},
		{"ffffffffffffffff", 16}, {"7fffffffffffffff", 16}, {"-8000000000000000", 16}, {"\u0661\u0662", 10}, {" \u2003 42\u3000", 0},
		{"1\x1c", 10}, {"+ 1", 10}, {"12a", 10}, {"١_٢", 10}, {"0O17", 0}, {"0B1", 0}, {"0X1F", 0}, {"1e5", 10},
		{strings.Repeat("1", 4300), 10}, {strings.Repeat("1", 4301), 10}, {strings.Repeat("1", 5000) + "x", 10},
		{strings.Repeat("0", 5000) + "1", 10}, {strings.Repeat("1", 5000), 16}, {strings.Repeat("1", 5000), 3},
		{strings.Repeat("1_", 4000) + "1", 10}}
	for _, c := range cases {
		v, e := ParseInt(c.s, c.base, DefaultMaxStrDigits)
		b.add(fmt.Sprintf("int(%s, %d)", pyfmt.StrRepr(c.s), c.base), fI(v, e.WithRepr(pyfmt.StrRepr(c.s))))
	}
	// str() digit limit.
	for _, s := range []string{"10**4299", "10**4300", "-(10**4299)", "-(10**4300)", "10**10000"} {
		v, e := ToDecimal(mustPy(t, s), DefaultMaxStrDigits)
		if e == nil {
			v = strconv.Itoa(len(v))
		}
		b.add("len(str("+s+"))", fS(v, e))
	}
	// to_bytes / from_bytes
	for _, xs := range []string{"0", "1", "-1", "127", "128", "-128", "-129", "255", "256", "1024", "-32768", "65535",
		"2**63", "-(2**63)", "2**64-1", "2**100", "-(2**100)"} {
		x := mustPy(t, xs)
		for _, n := range []int{0, 1, 2, 8, 9, 16} {
			for _, signed := range []bool{false, true} {
				for _, bo := range []string{"big", "little"} {
					r, e := ToBytes(x, n, bo == "big", signed)
					got := ""
					if e != nil {
						got = fErr(e)
					} else {
						got = pyfmt.BytesRepr(string(r))
						// Round trip through from_bytes.
						back := FromBytes(r, bo == "big", signed)
						b.add(fmt.Sprintf("int.from_bytes(%s, %q, signed=%s)", got, bo, pyBool(signed)), back.String())
					}
					b.add(fmt.Sprintf("(%s).to_bytes(%d, %q, signed=%s)", xs, n, bo, pyBool(signed)), got)
				}
			}
		}
	}
	for _, s := range []string{"\\xff", "\\x80\\x00", "\\x00\\x80", "\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff\\xff", "\\x01\\x02\\x03\\x04\\x05\\x06\\x07\\x08\\x09"} {
		raw, _ := strconv.Unquote(`"` + s + `"`)
		for _, signed := range []bool{false, true} {
			b.add(fmt.Sprintf("int.from_bytes(b'%s', 'little', signed=%s)", s, pyBool(signed)), FromBytes([]byte(raw), false, signed).String())
			b.add(fmt.Sprintf("int.from_bytes(b'%s', 'big', signed=%s)", s, pyBool(signed)), FromBytes([]byte(raw), true, signed).String())
		}
	}
	b.run()
}

func pyBool(v bool) string { return fB(v) }
