package pyfmt

import (
	"math"
	"testing"
)

var (
	intSpecs = []string{
		"", "d", "b", "o", "x", "X", "n", "c", "#b", "#o", "#x", "#X", "+d", " d", "-d",
		"10", "<10", ">10", "^10", "=10", "*^11", "010", "+010", "#010x", "#010b",
		",", "_", "_b", "_x", "#_x", "_o", "_X", ",x", ",b", "012,", "0=12,", "-012,d",
		" 015_", "#012_x", "#012_b", "x<10,", "x=10,", "0<10", "0>10", "0^10", "010c", "05c", "^5c",
		"e", ".2e", "E", "f", ".3f", "F", "g", "G", "%", ".1%", ",.2f", "010.2f", "_g",
		".2", "z", "#c", "+c", "s", "r", "\u00e9", "\x01", ",c", ",n", "_n", ",,", ",_",
		"_,", "xx", ".", "\U0001F389^12,", "\U0001F389>8x", "\u0663", "1\u0663", "00",
		"99999999999999999999", "=+#20_x", "<+#20_o", "^+,", "00=5", "0>+5",
		"<<10", ">>10", "==10", "^^10", "0=010", "#d", "#n", "z<5", "-^+7", "\xed\xa0\x80^7", "+0=9_X",
	}
	floatSpecs = []string{
		"", "e", "E", "f", "F", "g", "G", "n", "%", ".0f", ".1f", ".2f", ".0e", ".3e",
		".0g", ".1g", ".3g", ".17g", ".20f", ".0", ".1", ".3", ".12", ".16", ".17",
		"#", "#.0", "#.0f", "#.3g", "#g", "#e", "#.0e", "#.0%", "#G", "z", "z.1f", "z.0f", "z.3e",
		"z.2%", "z.1", "+", " ", "+.2f", " .3e", "010", "010.2f", "+010.2f", "<10", "^10",
		"=10", "*>12.3f", "0=12", ",", "_", ",.2f", "_.3f", "015,.2f", "0=15,.2f", ",e",
		",g", ",%", ".2%", ",n", "x", "d", "c", "s", "b", "z+010.1f", ".2147483648f",
		".2147483647s", "12.5E", ".100f", ".60e", ".40g", "#.40g", ",.0f", "020,", "0<20,", "_^20.1f",
		"\U0001F389^20", ".2n", "#n", "012n", "\u0663.\u0661f", "0^+15,.3f", "x<+12,", "#,.0f",
		"_e", "=^+12.2e", ".0%", "0=5%",
	}
	complexSpecs = []string{
		"", "e", ".2f", "g", "G", "n", "+", "-", " ", "10", "<30", "^30", ">30.2f", "*^30",
		"010", "0<30", "=30", ",.2f", "_", "z", "z.1f", "#", "#.0f", ".3", "d", "%", "c",
		".0", "+.1e", ",", ".2147483648f",
	}
	complexValues = []complex128{
		1 + 2i, complex(-1.5, negZero), 0, complex(negZero, 0), complex(0, -2),
		complex(1e20, 1e-20), complex(posInf, nan), 1i, complex(negZero, negZero),
		complex(1234567.25, -7654321.5), complex(-0.0001, 0.00049),
	}
	strValues = []string{
		"", "a", "hello", "h\u00e9llo", "\u65e5\u672c\u8a9e", "\U0001F389x", "a\u0301b",
		"\xed\xa0\x80", "tab\there",
	}
	strSpecs = []string{
		"", "s", "10", "<10", ">10", "^10", "^9", "*^9", "\U0001F389^9", ".2", ".0",
		"10.3", ".10", "010", "05", "0>10", "0^10", "=10", "+", " ", "-", "#", "z", ",",
		"_", ",s", "_s", "x", "d", "c", "\u00e9", ".", "1\u0663", "\u0663", "x<", "<",
		"\xed\xa0\x80>6", ">\U0001F389", "s<4", ".3s", "<1.1", ".1x", ".9999999999999999999", "99999999999999999999",
	}
)

var (
	negZero = math.Copysign(0, -1)
	posInf  = math.Inf(1)
	nan     = math.NaN()
)

func init() {
	registerCases("format int", func() []pyCase {
		var cases []pyCase
		for _, v := range intValues {
			for _, s := range intSpecs {
				cases = append(cases, pyCase{
					expr: "format(" + pyValue(v) + ", " + pyStr(s) + ")",
					typ:  pyTypeName(v),
					got:  func() (string, error) { return formatValue(v, s) },
				})
			}
		}
		return cases
	})
	registerCases("format float", func() []pyCase {
		var cases []pyCase
		for _, v := range floatValues {
			for _, s := range floatSpecs {
				cases = append(cases, pyCase{
					expr: "format(" + pyFloat(v) + ", " + pyStr(s) + ")",
					typ:  "float",
					got:  func() (string, error) { return formatValue(v, s) },
				})
			}
		}
		return cases
	})
	registerCases("format complex", func() []pyCase {
		var cases []pyCase
		for _, v := range complexValues {
			for _, s := range complexSpecs {
				cases = append(cases, pyCase{
					expr: "format(" + pyValue(v) + ", " + pyStr(s) + ")",
					typ:  "complex",
					got:  func() (string, error) { return formatValue(v, s) },
				})
			}
		}
		return cases
	})
	registerCases("format str", func() []pyCase {
		var cases []pyCase
		for _, v := range strValues {
			for _, s := range strSpecs {
				cases = append(cases, pyCase{
					expr: "format(" + pyStr(v) + ", " + pyStr(s) + ")",
					typ:  "str",
					got:  func() (string, error) { return formatValue(v, s) },
				})
			}
		}
		return cases
	})
}

func TestFormatInt(t *testing.T)     { checkTable(t, "format int") }
func TestFormatFloat(t *testing.T)   { checkTable(t, "format float") }
func TestFormatComplex(t *testing.T) { checkTable(t, "format complex") }
func TestFormatStr(t *testing.T)     { checkTable(t, "format str") }

// TestMaxWidth checks the MemoryError that replaces CPython's failed
// allocation, and that sizes just below the bound are not refused by it.
func TestMaxWidth(t *testing.T) {
	huge := "1073741825" // MaxWidth + 1
	for _, c := range []struct {
		v    any
		spec string
	}{
		{int64(1), huge}, {bigInt("100000000000000000000"), huge}, {int64(65), huge + "c"},
		{1.5, huge}, {1.5, "." + huge + "f"}, {complex(1, 2), huge}, {"s", huge},
	} {
		_, err := formatValue(c.v, c.spec)
		if fe, ok := err.(*Error); !ok || fe.Kind != MemoryError {
			t.Errorf("format(%v, %q): got error %v, want MemoryError", c.v, c.spec, err)
		}
	}
	if s, err := formatValue("abc", "."+huge); err != nil || s != "abc" {
		t.Errorf("format('abc', '.%s') = %q, %v; a precision that cuts needs no memory", huge, s, err)
	}
	items, err := ParsePercent("%" + huge + "d")
	if len(items) != 1 || items[0].ErrAt != AfterValue || err == nil {
		t.Errorf("ParsePercent(%%%sd) = %+v, %v; want a MemoryError after the value", huge, items, err)
	}
	if _, err := ParsePercent("%." + huge + "s"); err != nil {
		t.Errorf("ParsePercent(%%.%ss): %v; a precision that cuts needs no memory", huge, err)
	}
}
