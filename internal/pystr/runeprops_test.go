package pystr

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRunePropsAgainstPython compares the character-level functions with
// python3, one line of flags per code point: every code point of the first
// two planes, where nearly all assigned characters are, and every 97th one
// beyond, to keep the test fast.
func TestRunePropsAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	const script = `
import sys, unicodedata
out = []
for cp in list(range(0x20000)) + list(range(0x20000, 0x110000, 97)):
    c = chr(cp)
    f = ''.join('1' if x else '0' for x in (c.isspace(), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isidentifier(), ('a' + c).isidentifier(), c.isprintable()))
    out.append(f + str(unicodedata.decimal(c, -1)))
sys.stdout.write('\n'.join(out) + '\n')
`
	raw, err := exec.Command(py, "-c", script).Output()
	if err != nil {
		t.Fatalf("python3: %v", err)
	}
	want := strings.Split(strings.TrimSuffix(string(raw), "\n"), "\n")
	var cps []rune
	for r := rune(0); r < 0x110000; r++ {
		if r < 0x20000 || (r-0x20000)%97 == 0 {
			cps = append(cps, r)
		}
	}
	if len(want) != len(cps) {
		t.Fatalf("python3 printed %d lines", len(want))
	}
	b := func(x bool) string {
		if x {
			return "1"
		}
		return "0"
	}
	failures := 0
	for k, r := range cps {
		v, ok := DecimalValue(r)
		if !ok {
			v = -1
		}
		got := b(IsSpaceRune(r)) + b(IsAlphaRune(r)) + b(IsDecimalRune(r)) + b(IsDigitRune(r)) +
			b(IsNumericRune(r)) + b(IsIDStart(r)) + b(IsIDContinue(r)) + b(IsPrintableRune(r)) + strconv.Itoa(v)
		if got != want[k] {
			failures++
			if failures <= 20 {
				t.Errorf("U+%04X (-want +got):\n%s", r, cmp.Diff(want[k], got))
			}
		}
	}
	if failures > 0 {
		t.Errorf("%d code points differ", failures)
	}
}
