package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"testing"
)

// limitSpec keeps fuzzed widths and precisions small enough to format in
// memory; CPython would need the memory too.
func limitSpec(s *Spec) bool {
	return s.Width <= 1000 && (!s.HasPrecision || s.Precision <= 1000)
}

func FuzzFormatFloat(f *testing.F) {
	for _, v := range floatValues {
		f.Add(math.Float64bits(v), ".3f")
	}
	f.Add(uint64(0x7ff8000000000001), "z+020,.5e")
	f.Add(uint64(1), "#.0%")
	f.Fuzz(func(t *testing.T, bits uint64, specText string) {
		v := math.Float64frombits(bits)
		// repr round-trips, through the empty spec and through str().
		r, err := FormatFloat(v, Spec{})
		if err != nil {
			t.Fatalf("FormatFloat(%v, Spec{}): %v", v, err)
		}
		if r != FloatRepr(v) || r != FormatFloatStr(v, 'r', 0) {
			t.Fatalf("FormatFloat(%v, Spec{}) = %q, FloatRepr = %q, FormatFloatStr = %q", v, r, FloatRepr(v), FormatFloatStr(v, 'r', 0))
		}
		back, err := strconv.ParseFloat(r, 64)
		if err != nil {
			t.Fatalf("repr %q does not parse: %v", r, err)
		}
		if math.Float64bits(back) != bits && !(math.IsNaN(v) && math.IsNaN(back)) {
			t.Fatalf("repr %q of %b reads back as %b", r, bits, math.Float64bits(back))
		}
		// 17 significant digits always round-trip too.
		for _, code := range []rune{'e', 'g'} {
			p := 16
			if code == 'g' {
				p = 17
			}
			s, err := FormatFloat(v, Spec{Type: code, Precision: p, HasPrecision: true})
			if err != nil {
				t.Fatal(err)
			}
			if back, err := strconv.ParseFloat(s, 64); err != nil || (back != v && !math.IsNaN(v)) {
				t.Fatalf("format(%v, '.%d%c') = %q does not read back", v, p, code, s)
			}
		}
		spec, err := ParseSpec(specText)
		if err != nil || !limitSpec(&spec) {
			return
		}
		s, err := FormatFloat(v, spec)
		if err == nil && runeCount(s) < spec.Width {
			t.Fatalf("format(%v, %q) = %q is narrower than the width", v, specText, s)
		}
		_, _ = FormatComplex(complex(v, -v), spec)
	})
}

func FuzzFormatInt(f *testing.F) {
	f.Add(int64(0), "", "x")
	f.Add(int64(-1234567), "123456789012345678901234567890", "0=+#30_x")
	f.Add(int64(65), "", "^5c")
	f.Fuzz(func(t *testing.T, small int64, digits string, specText string) {
		spec, err := ParseSpec(specText)
		if err != nil || !limitSpec(&spec) {
			return
		}
		s1, err1 := FormatInt64(small, spec)
		s2, err2 := FormatInt(big.NewInt(small), spec)
		if s1 != s2 || (err1 == nil) != (err2 == nil) {
			t.Fatalf("format(%d, %q): int64 %q %v, big %q %v", small, specText, s1, err1, s2, err2)
		}
		if err1 == nil && runeCount(s1) < spec.Width {
			t.Fatalf("format(%d, %q) = %q is narrower than the width", small, specText, s1)
		}
		if v, ok := new(big.Int).SetString(strings.TrimSpace(digits), 10); ok && v.BitLen() < 4000 {
			_, _ = FormatInt(v, spec)
		}
		_, _ = FormatStr(digits, spec)
	})
}

func FuzzParsePercent(f *testing.F) {
	f.Add("%(a)-+ #012.3ld %*.*s %y", int64(5), 1.5)
	f.Fuzz(func(t *testing.T, format string, i int64, x float64) {
		items, err := ParsePercent(format)
		if err != nil && (len(items) == 0 || items[len(items)-1].Err != err) {
			t.Fatalf("ParsePercent(%q): error %v is not on the last item", format, err)
		}
		for _, it := range items {
			if it.Conv == 0 || it.Err != nil || it.Width > 1000 || it.Prec > 1000 {
				continue
			}
			switch it.Conv {
			case 'd', 'i', 'u', 'o', 'x', 'X':
				if PercentInt64(i, &it) != PercentInt(big.NewInt(i), &it) {
					t.Fatalf("%q: int64 and big.Int disagree for %d", format, i)
				}
			case 'e', 'E', 'f', 'F', 'g', 'G':
				_ = PercentFloat(x, &it)
			default:
				_ = PercentStr(format, &it)
			}
		}
	})
}

func FuzzParseFormatString(f *testing.F) {
	f.Add("a{{b{0!r:>{1}}c}}{x.y[0]}")
	f.Fuzz(func(t *testing.T, s string) {
		pieces, err := ParseFormatString(s)
		if err == nil {
			// Without errors, the literal pieces are the text with the
			// escapes undone and the fields removed; at least they cannot
			// be longer than the input.
			n := 0
			for _, p := range pieces {
				n += len(p.Literal)
			}
			if n > len(s) {
				t.Fatalf("ParseFormatString(%q): literals longer than the input", s)
			}
		}
	})
}
