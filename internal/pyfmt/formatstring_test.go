package pyfmt

import (
	"math"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

type strFormatCase struct {
	format string
	args   []any
	kwargs map[string]any
}

var strFormatCases = []strFormatCase{
	{format: ""},
	{format: "plain"},
	{format: "{{}} {{0}} }}{{"},
	{format: "{}", args: []any{int64(1)}},
	{format: "{} {} {}", args: []any{int64(1), "a", 1.5}},
	{format: "{1} {0} {1}", args: []any{"a", "b"}},
	{format: "{0}{}", args: []any{"a", "b"}},
	{format: "{}{0}", args: []any{"a", "b"}},
	{format: "{0}{}", args: []any{}},
	{format: "{a}{}", args: []any{"x"}, kwargs: map[string]any{"a": "y"}},
	{format: "{}{a}{}", args: []any{"x", "z"}, kwargs: map[string]any{"a": "y"}},
	{format: "{5}", args: []any{int64(1)}},
	{format: "{}", args: []any{}},
	{format: "{x}", kwargs: map[string]any{}},
	{format: "{x}", kwargs: map[string]any{"x": "\u00e9"}},
	{format: "}"},
	{format: "a}b"},
	{format: "{"},
	{format: "a{"},
	{format: "{0", args: []any{int64(1)}},
	{format: "{0:", args: []any{int64(1)}},
	{format: "{0!", args: []any{int64(1)}},
	{format: "{!}", args: []any{int64(1)}},
	{format: "{!r", args: []any{int64(1)}},
	{format: "{!}x", args: []any{int64(1)}},
	{format: "{!}}", args: []any{int64(1)}},
	{format: "{!rx}", args: []any{int64(1)}},
	{format: "{!x}", args: []any{int64(1)}},
	{format: "{!\u00e9}", args: []any{int64(1)}},
	{format: "{!\x01}", args: []any{int64(1)}},
	{format: "{0!r} {0!s} {0!a}", args: []any{"h\u00e9"}},
	{format: "{0!r:>10}|{0!s:^7}", args: []any{"ab"}},
	{format: "{0[}", args: []any{int64(1)}},
	{format: "{0[}]}", kwargs: nil, args: []any{map[string]any{"}": "brace"}}},
	{format: "{a{}", args: []any{int64(1)}},
	{format: "{0.}", args: []any{1.5}},
	{format: "{0[]}", args: []any{[]any{int64(1)}}},
	{format: "{0]}", args: []any{int64(1)}},
	{format: "{0[0]x}", args: []any{[]any{int64(1)}}},
	{format: "{0[0]}{0[1]}", args: []any{[]any{"a", "b"}}},
	{format: "{0[2]}", args: []any{[]any{"a", "b"}}},
	{format: "{0[a]}", args: []any{map[string]any{"a": "A"}}},
	{format: "{0[a]} {0[b]}", args: []any{map[string]any{"a": "A"}}},
	{format: "{0[1][0]}", args: []any{[]any{"a", []any{"b"}}}},
	{format: "{0.real} {0.imag}", args: []any{complex(1.5, -2)}},
	{format: "{0.real.real}", args: []any{complex(1.5, -2)}},
	{format: "{0.nope}", args: []any{1.5}},
	{format: "{0.nope.}", args: []any{1.5}},
	{format: "{0[0]!r:>5}", args: []any{[]any{"a"}}},
	{format: "{0[99999999999999999999]}", args: []any{[]any{"a"}}},
	{format: "{99999999999999999999}", args: []any{int64(1)}},
	{format: "{\u0663}", args: []any{"a", "b", "c", "d"}},
	{format: "{0[\u0661]}", args: []any{[]any{"a", "b"}}},
	{format: "{:{}}", args: []any{int64(1), int64(5)}},
	{format: "{:{}{}}", args: []any{int64(1), ">", int64(5)}},
	{format: "{0:{1}.{2}f}", args: []any{math.Pi, int64(10), int64(3)}},
	{format: "{:{:{}}}", args: []any{int64(1), int64(2), int64(3)}},
	{format: "{:{:}}", args: []any{int64(1), "5"}},
	{format: "{0:{}}", args: []any{int64(1), int64(5)}},
	{format: "{:{1}}", args: []any{int64(1), int64(5)}},
	{format: "{:{}", args: []any{int64(1), int64(5)}},
	{format: "{:{}}}", args: []any{int64(1), int64(5)}},
	{format: "{:{{}}}", args: []any{int64(1)}},
	{format: "{:{w}}", args: []any{"a"}, kwargs: map[string]any{"w": int64(4)}},
	{format: "{0:{1}}{0:{x}}", args: []any{int64(1), "5"}},
	{format: "{:,} {:_x} {:08.3f} {:>8} {:%}", args: []any{int64(1234567), int64(0xDEADBEEF), math.E, "r", 0.25}},
	{format: "{:c}", args: []any{int64(0x110000)}},
	{format: "{:z}", args: []any{int64(1)}},
	{format: "{:s}", args: []any{int64(1)}},
	{format: "{}", args: []any{true}},
	{format: "{:d}", args: []any{true}},
	{format: "{:x}", args: []any{"s"}},
	{format: "{!s:x}", args: []any{int64(1)}},
	{format: "{:}", args: []any{1e16}},
	{format: "{0:}", args: []any{complex(0, 1)}},
	{format: "{:\u00e9}", args: []any{int64(1)}},
	{format: "{:xx}", args: []any{int64(1)}},
	{format: "{:{}}", args: []any{int64(1), "xx"}},
	{format: "{\u00e9} {\u00e9:>3}", kwargs: map[string]any{"\u00e9": "x"}},
	{format: "\u00e9{0}\U0001F389{{", args: []any{"\u00e9"}},
	{format: "{ }", kwargs: map[string]any{" ": "space"}},
	{format: "{0:}}", args: []any{int64(1)}},
	{format: "{0:x} {0}", args: []any{[]any{int64(1)}}},
	{format: "{0:} {0!a:>12}", args: []any{[]any{"\u00e9\U0001F389"}}},
	{format: "{:}}", args: []any{int64(1)}},
}

func init() {
	registerCases("str.format", func() []pyCase {
		var cases []pyCase
		for _, c := range strFormatCases {
			call := pyStr(c.format) + ".format(*" + pyValue(append([]any{}, c.args...)) + ", **" + pyValue(orEmpty(c.kwargs)) + ")"
			cases = append(cases, pyCase{
				expr: call,
				got:  func() (string, error) { return strFormat(c.format, c.args, c.kwargs) },
			})
		}
		return cases
	})
}

// strFormatMapCases are format_map calls, which have no positional
// arguments.
var strFormatMapCases = []strFormatCase{
	{format: "{a} {b:>4}", kwargs: map[string]any{"a": int64(1), "b": "x"}},
	{format: "{}", kwargs: map[string]any{}},
	{format: "{a}{0}", kwargs: map[string]any{"a": int64(1)}},
}

func init() {
	registerCases("str.format_map", func() []pyCase {
		var cases []pyCase
		for _, c := range strFormatMapCases {
			cases = append(cases, pyCase{
				expr: pyStr(c.format) + ".format_map(" + pyValue(orEmpty(c.kwargs)) + ")",
				got:  func() (string, error) { return strFormat(c.format, nil, c.kwargs) },
			})
		}
		return cases
	})
}

func TestStrFormatMap(t *testing.T) { checkTable(t, "str.format_map") }

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

func TestStrFormat(t *testing.T) { checkTable(t, "str.format") }

// fieldSplitCase is a field name and its split, rendered the way
// _string.formatter_field_name_split returns it.
func renderFieldName(fn FieldName) string {
	var b strings.Builder
	if fn.Index >= 0 {
		b.WriteString(pyValue(fn.Index))
	} else {
		b.WriteString(StrRepr(fn.Name))
	}
	b.WriteString(" [")
	for i, a := range fn.Accessors {
		if i > 0 {
			b.WriteString(", ")
		}
		key := StrRepr(a.Key)
		if a.Index >= 0 {
			key = pyValue(a.Index)
		}
		if a.Attr {
			b.WriteString("(True, " + key + ")")
		} else {
			b.WriteString("(False, " + key + ")")
		}
	}
	b.WriteString("]")
	return b.String()
}

// fieldNames are compared with CPython's own splitter, which str.format
// uses, for names without automatic numbering.
var fieldNames = []string{
	"0", "12", "name", "a.b", "a[0]", "a[x]", "a[0][x].y.z", "0.real", "a[01]",
	"\u00e9t\u00e9[\u00e9]", "a[ ]", "a[-1]", "a[1.5]", "x[a.b]", "x[a[b]", " ",
	"a.b[c].d[0]", "a[", "a.", "a[0]b", "a..b", "a[]",
}

func init() {
	registerCases("field name split", func() []pyCase {
		var cases []pyCase
		for _, n := range fieldNames {
			cases = append(cases, pyCase{
				expr: "(lambda f, r: f'{f!r} [' + ', '.join(repr(x) for x in r) + ']')(*__import__('_string').formatter_field_name_split(" + pyStr(n) + "))",
				got: func() (string, error) {
					var num numbering
					fn, err := parseFieldName(n, &num)
					if err != nil {
						return "", err
					}
					if fn.AccessorErr != nil {
						return "", fn.AccessorErr
					}
					return renderFieldName(fn), nil
				},
			})
		}
		return cases
	})
}

func TestFieldNameSplit(t *testing.T) { checkTable(t, "field name split") }

// TestParseMarkup checks string.Formatter's view: doubled braces end the
// literal text, fields are not numbered, a spec is kept as written.
func TestParseMarkup(t *testing.T) {
	got, err := ParseMarkup("a{{b{}{0!r:>{}}c}}")
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, it := range got {
		s := it.Literal
		if f := it.Field; f != nil {
			s += "|" + f.Text + "|"
			if f.Conversion != 0 {
				s += string(f.Conversion)
			}
			s += "|" + f.Spec
		}
		texts = append(texts, s)
	}
	want := []string{"a{", "b|||", "|0|r|>{}", "c}"}
	if diff := cmp.Diff(want, texts); diff != "" {
		t.Errorf("ParseMarkup (-want +got):\n%s", diff)
	}
	if _, err := ParseMarkup("{0!"); err == nil {
		t.Error("ParseMarkup accepted an unterminated conversion")
	}
}

// TestParseFormatStringStructure checks pieces the output cannot show:
// literal merging and the unparsed spec.
func TestParseFormatStringStructure(t *testing.T) {
	got, err := ParseFormatString("a{{b{0!r:>{1}}c}}")
	if err != nil {
		t.Fatal(err)
	}
	want := []FormatPiece{
		{Literal: "a{b"},
		{Field: &ReplacementField{
			Text:       "0",
			Name:       FieldName{Index: 0, Name: "0"},
			Conversion: 'r',
			Spec:       ">{1}",
			Nested:     true,
			SpecPieces: []FormatPiece{
				{Literal: ">"},
				{Field: &ReplacementField{Text: "1", Name: FieldName{Index: 1, Name: "1"}}},
			},
		}},
		{Literal: "c}"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ParseFormatString (-want +got):\n%s", diff)
	}
}
