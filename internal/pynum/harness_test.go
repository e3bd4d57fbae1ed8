package pynum

import (
	"encoding/json"
	"math/big"
	"os/exec"
	"strings"
	"testing"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

// pyScript evaluates a JSON list of expressions and prints a JSON list of
// results: repr-like text or "Class: message" for exceptions.
const pyScript = `
import sys, json, math, cmath
def fmt(v):
    if isinstance(v, bool): return repr(v)
    if isinstance(v, int):
        old = sys.get_int_max_str_digits(); sys.set_int_max_str_digits(0)
        try: return repr(v)
        finally: sys.set_int_max_str_digits(old)
    if isinstance(v, tuple):
        return "(" + ", ".join(fmt(x) for x in v) + ("," if len(v) == 1 else "") + ")"
    if isinstance(v, list):
        return "[" + ", ".join(fmt(x) for x in v) + "]"
    if isinstance(v, str): return v
    return repr(v)
from decimal import Decimal, getcontext
def powcheck(x, y, got):
    # Accept the correctly rounded result where glibc's pow is 0.52 ulp off.
    try: r = repr(x ** y)
    except BaseException as e: return type(e).__name__ + ": " + str(e)
    if r == got or not (x > 0 and math.isfinite(x) and math.isfinite(y)): return r
    getcontext().prec = 120
    try:
        if y == int(y) and abs(y) < 2000: c = float(Decimal(x) ** int(y))
        else: c = float((Decimal(x).ln() * Decimal(y)).exp())
    except Exception: return r
    return got if repr(c) == got else r
def near(v, got):
    # libm results within one ulp (glibc's sin/cos/exp are not always
    # correctly rounded; ours aim to be).
    r = repr(v)
    if r == got: return r
    try: g = float(got)
    except ValueError: return r
    return got if abs(g - v) <= math.ulp(v) else r
def ev(e):
    try:
        return fmt(eval(e, {"math": math, "cmath": cmath, "sys": sys, "powcheck": powcheck, "near": near}))
    except BaseException as x:
        s = str(x)
        return type(x).__name__ + (": " + s if s else "")
exprs = json.load(sys.stdin)
json.dump([ev(e) for e in exprs], sys.stdout)
`

type pyCheck struct {
	expr, got string
}

// pyBatch collects (Python expression, Go result) pairs and checks them all
// with a single python3 process.
type pyBatch struct {
	t      *testing.T
	checks []pyCheck
}

func newBatch(t *testing.T) *pyBatch {
	t.Helper()
	if _, err := exec.LookPath("python3"); err != nil {
		t.Skip("python3 not available")
	}
	return &pyBatch{t: t}
}

func (b *pyBatch) add(expr, got string) { b.checks = append(b.checks, pyCheck{expr, got}) }

func (b *pyBatch) pop() { b.checks = b.checks[:len(b.checks)-1] }

func (b *pyBatch) run() {
	t := b.t
	t.Helper()
	exprs := make([]string, len(b.checks))
	for i, c := range b.checks {
		exprs[i] = c.expr
	}
	in, _ := json.Marshal(exprs)
	cmd := exec.Command("python3", "-c", pyScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatalf("decoding python output: %v", err)
	}
	fails := 0
	for i, c := range b.checks {
		if want[i] != c.got {
			fails++
			if fails <= 400 {
				t.Errorf("%s:\n   go: %s\n   py: %s", c.expr, trunc(c.got), trunc(want[i]))
			}
		}
	}
	if fails > 400 {
		t.Errorf("... %d failures in total", fails)
	}
	t.Logf("%d python checks, %d failures", len(b.checks), fails)
}

func trunc(s string) string {
	if len(s) > 300 {
		return s[:300] + "..."
	}
	return s
}

// Formatting of Go results the way the Python side prints them.

func fErr(e *Error) string { return e.Error() }

func fI(x Int, e *Error) string {
	if e != nil {
		return fErr(e)
	}
	return x.String()
}

func fF(f float64, e *Error) string {
	if e != nil {
		return fErr(e)
	}
	return pyfmt.FloatRepr(f)
}

func fC(c complex128, e *Error) string {
	if e != nil {
		return fErr(e)
	}
	return pyfmt.ComplexRepr(c)
}

func fS(s string, e *Error) string {
	if e != nil {
		return fErr(e)
	}
	return s
}

func fB(v bool) string {
	if v {
		return "True"
	}
	return "False"
}

func mustInt(s string) Int {
	b, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad int " + s)
	}
	return IntFromBig(b)
}

// pyInts are interesting int operands, as Python literals.
var pyInts = []string{
	"0", "1", "-1", "2", "-2", "3", "-3", "7", "-7", "10", "-10", "255", "-256",
	"2147483648", "-2147483649", "9007199254740992", "9007199254740993", "-9007199254740993",
	"4611686018427387904", "-4611686018427387904",
	"9223372036854775807", "-9223372036854775808", "9223372036854775808",
	"-9223372036854775809", "18446744073709551616", "-18446744073709551615",
	"100000000000000000000", "-100000000000000000000",
	"1267650600228229401496703205376", "-1267650600228229401496703205377",
	"515377520732011331036461129765621272702107522001",
	"-515377520732011331036461129765621272702107522001",
	"2305843009213693951", "2305843009213693952", "-2305843009213693953",
}

// pyFloats are interesting float operands, as Python expressions.
var pyFloats = []string{
	"0.0", "-0.0", "1.0", "-1.0", "0.5", "-0.5", "1.5", "2.5", "-2.5", "3.0", "-7.0",
	"0.1", "-0.1", "1e-300", "5e-324", "-5e-324", "1e300", "-1e300", "1.7976931348623157e308",
	"2.2250738585072014e-308", "9007199254740993.0", "9.223372036854776e18", "-9.223372036854776e18",
	"1.8446744073709552e19", "123456.789", "-0.3", "2.675", "1e16", "1e22", "4503599627370495.5",
	"float('inf')", "float('-inf')", "float('nan')",
}

func evalFloat(t *testing.T, s string) float64 {
	switch s {
	case "float('inf')":
		return posInf
	case "float('-inf')":
		return negInf
	case "float('nan')":
		return nan
	}
	f, err := ParseFloat(s)
	if err != nil {
		t.Fatalf("bad float %s", s)
	}
	return f
}
