package pyfmt

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type percentCase struct {
	format  string
	args    []any
	mapping map[string]any
}

var percentCases = []percentCase{
	{format: "plain"},
	{format: "100%%"},
	{format: "%%%d%%", args: []any{int64(5)}},
	{format: "%s and %r", args: []any{"a", "b"}},
	{format: "%", args: []any{}},
	{format: "abc%", args: []any{int64(1)}},
	{format: "%5", args: []any{}},
	{format: "%.", args: []any{int64(1)}},
	{format: "%*", args: []any{}},
	{format: "%*", args: []any{int64(1)}},
	{format: "%.*", args: []any{int64(1)}},
	{format: "%y", args: []any{int64(1)}},
	{format: "%y", args: []any{}},
	{format: "%d %y", args: []any{}},
	{format: "ab%\x01", args: []any{int64(1)}},
	{format: "\u00e9\u00e9%\u00e9", args: []any{int64(1)}},
	{format: "%\U0001F389", args: []any{int64(1)}},
	{format: "%5%", args: []any{int64(1)}},
	{format: "%5%", args: []any{}},
	{format: "%-%", args: []any{}},
	{format: "%hd %ld %Ld", args: []any{int64(1), int64(2), int64(3)}},
	{format: "%lld", args: []any{int64(1)}},
	{format: "%d %d", args: []any{int64(1)}},
	{format: "%d", args: []any{int64(1), int64(2)}},
	{format: "no directives", args: []any{int64(1)}},
	{format: "%*d|", args: []any{int64(5), int64(42)}},
	{format: "%*d|", args: []any{int64(-5), int64(42)}},
	{format: "%-*d|", args: []any{int64(-5), int64(42)}},
	{format: "%0*d|", args: []any{int64(-5), int64(42)}},
	{format: "%.*f|", args: []any{int64(-3), 1.5}},
	{format: "%.*s|", args: []any{int64(-1), "abc"}},
	{format: "%*.*f|", args: []any{int64(10), int64(3), math.Pi}},
	{format: "%*d", args: []any{"a", int64(1)}},
	{format: "%.*d", args: []any{1.5, int64(1)}},
	{format: "%99999999999999999999d", args: []any{int64(1)}},
	{format: "%.99999999999999999999d", args: []any{int64(1)}},
	{format: "%.2147483648f", args: []any{1.0}},
	{format: "%d", args: []any{"a"}},
	{format: "%i", args: []any{"a"}},
	{format: "%u", args: []any{[]any{}}},
	{format: "%x", args: []any{1.5}},
	{format: "%X", args: []any{"a"}},
	{format: "%o", args: []any{2.0}},
	{format: "%f", args: []any{"a"}},
	{format: "%g", args: []any{[]any{int64(1)}}},
	{format: "%c", args: []any{"ab"}},
	{format: "%c", args: []any{1.5}},
	{format: "%c", args: []any{bigInt("0x100000000000000000000")}},
	{format: "%c", args: []any{int64(-1)}},
	{format: "%c", args: []any{int64(0x110000)}},
	{format: "%c%c", args: []any{int64(0x10FFFF), int64(0xD800)}},
	{format: "%d %i %u", args: []any{1.7, -1.7, 1e20}},
	{format: "%x %X %o", args: []any{true, false, true}},
	{format: "%s %r", args: []any{[]any{int64(1), "a"}, []any{"b"}}},
	{format: "%(a)s %(b)d", mapping: map[string]any{"a": "x", "b": int64(2)}},
	{format: "%(a)s %(b)s", mapping: map[string]any{"a": int64(1)}},
	{format: "%(a(b))s", mapping: map[string]any{"a(b)": int64(1)}},
	{format: "%(a", mapping: map[string]any{"a": int64(1)}},
	{format: "%(a)", mapping: map[string]any{"a": int64(1)}},
	{format: "%(a)", mapping: map[string]any{}},
	{format: "%(a)%", mapping: map[string]any{"a": int64(1)}},
	{format: "%(a)*d", mapping: map[string]any{"a": int64(1)}},
	{format: "%(a)s %s", mapping: map[string]any{"a": int64(1)}},
	{format: "%(a)s", args: []any{int64(1)}},
	{format: "%(a", args: []any{int64(1)}},
	{format: "%(a(b)", mapping: map[string]any{"a(b)": int64(1)}},
	{format: "%*.99999999999999999999d", args: []any{"x"}},
	{format: "%*.99999999999999999999d", args: []any{int64(1)}},
	{format: "%(\u00e9)-5s|%(\u00e9)5s|", mapping: map[string]any{"\u00e9": "\u00e9"}},
	{format: "%-06.2f|%+.0e|% g", args: []any{-1.0 / 3, 12345.678, 1e-10}},
	{format: "%#.0f %#x %#o %#X", args: []any{3.0, int64(0), int64(-8), int64(255)}},
	{format: "%.300f", args: []any{1e-300}},
	{format: "%.0f %.0f %.0f %.2f", args: []any{0.5, 1.5, 2.5, 2.675}},
	{format: "%e", args: []any{math.MaxFloat64}},
	{format: "%f", args: []any{1e300}},
	{format: "%s %s %s", args: []any{-0.0, 1e16, 1e-5}},
	{format: "%r %a", args: []any{"h\u00e9\U0001F389'", "h\u00e9\U0001F389'\""}},
}

// percentGenerated crosses conversions, flags, widths, precisions and
// values.
func percentGenerated() []percentCase {
	var out []percentCase
	flags := []string{"", "-", "+", " ", "#", "0", "-0", "+0", "#0", "# ", "+#0", " 0"}
	cross := func(convs string, precs []string, values []any) {
		for _, conv := range convs {
			for _, f := range flags {
				for _, w := range []string{"", "9"} {
					for _, p := range precs {
						for _, v := range values {
							out = append(out, percentCase{
								format: "[%" + f + w + p + string(conv) + "]",
								args:   []any{v},
							})
						}
					}
				}
			}
		}
	}
	cross("diuoxX", []string{"", ".3", ".0"}, []any{
		int64(0), int64(7), int64(-255), bigInt("0x400000000000000000"), bigInt("-1180591620717411303424"),
	})
	cross("eEfFgG", []string{"", ".0", ".3", ".12"}, []any{
		0.0, math.Copysign(0, -1), 1.5, -2.675, 1e16, 1e-5, 123456.789, math.Inf(1), math.Inf(-1), math.NaN(),
	})
	cross("sra", []string{"", ".2", ".0"}, []any{"abc", "h\u00e9llo", int64(42), 1.5, "\U0001F389"})
	cross("c", []string{"", ".0"}, []any{int64(65), int64(0x1F389), "x"})
	return out
}

func init() {
	registerCases("percent", func() []pyCase {
		var cases []pyCase
		for _, c := range append(percentCases, percentGenerated()...) {
			arg := pyTuple(c.args)
			if c.mapping != nil {
				arg = pyValue(c.mapping)
			}
			cases = append(cases, pyCase{
				expr: pyStr(c.format) + " % " + arg,
				got:  func() (string, error) { return percentFormat(c.format, c.args, c.mapping) },
			})
		}
		return cases
	})
}

func TestPercent(t *testing.T) { checkTable(t, "percent") }

// TestParsePercent checks the directive structure, which the table above
// only sees through its output.
func TestParsePercent(t *testing.T) {
	items, err := ParsePercent("a%%b%(k)-+ #012.3ld%*.*s%y")
	want := []PercentItem{
		{Literal: "a%b"},
		{Conv: 'd', Key: "k", HasKey: true, Flags: PercentFlags{Minus: true, Plus: true, Space: true, Alt: true, Zero: true},
			Width: 12, Prec: 3, HasPrec: true, Index: 18},
		{Conv: 's', WidthStar: true, HasPrec: true, PrecStar: true, Index: 23},
		{Conv: 'y', Index: 25, Err: err, ErrAt: AfterValue},
	}
	if err == nil {
		t.Fatal("ParsePercent: no error for %y")
	}
	if diff := cmp.Diff(want, items, cmp.Comparer(func(a, b error) bool { return a == b })); diff != "" {
		t.Errorf("ParsePercent (-want +got):\n%s", diff)
	}
}
