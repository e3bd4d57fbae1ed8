package pyfmt

import (
	"math"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
)

var (
	reprStrings = []string{
		"", "a", "it's", `say "hi"`, `both ' and "`, "back\\slash", "\n\r\t\x00\x1f\x7f",
		"\u0080\u009f\u00a0\u00ad\u00e9", "\u200b\u2028\u2029\u3000\ufeff\ufffd", "\ue000\U000f0000",
		"\u0378\U000e0001", "\xed\xa0\x80\xed\xbf\xbf", "\U0001F389 \u65e5\u672c", "\u0cf3\U00011f50\U0001e4d0",
		"a\u0301", "\U0010ffff\U000e0100",
	}
	reprBytes = []string{"", "abc", "it's", `"'`, "\x00\xff\x7f\x80\n\\", "\xe9t\xe9"}
)

// randomFloats returns floats with random bit patterns, finite ones
// only, with a fixed seed.
func randomFloats(n int) []float64 {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]float64, 0, n)
	for len(out) < n {
		f := math.Float64frombits(rng.Uint64())
		if len(out)%2 == 1 {
			// Half of them at human scale, where fixed notation is used.
			f = math.Ldexp(rng.Float64(), rng.IntN(80)-40)
		}
		if !math.IsNaN(f) && !math.IsInf(f, 0) {
			out = append(out, f)
		}
	}
	return out
}

func init() {
	registerCases("repr", func() []pyCase {
		var cases []pyCase
		floats := append(append([]float64{}, floatValues...), randomFloats(300)...)
		floats = append(floats, 1e16, 9999999999999999e0, 1e-4, 0.00009999999999999999, 2e16+8, 1e15+0.3)
		for _, f := range floats {
			cases = append(cases, pyCase{
				expr: "repr(" + pyFloat(f) + ")",
				got:  func() (string, error) { return FloatRepr(f), nil },
			}, pyCase{
				expr: "str(" + pyFloat(f) + ")",
				got:  func() (string, error) { return FormatFloatStr(f, 'r', 0), nil },
			})
		}
		for _, c := range complexValues {
			cases = append(cases, pyCase{
				expr: "repr(" + pyValue(c) + ")",
				got:  func() (string, error) { return ComplexRepr(c), nil },
			})
		}
		for _, s := range reprStrings {
			cases = append(cases, pyCase{
				expr: "repr(" + pyStr(s) + ")",
				got:  func() (string, error) { return StrRepr(s), nil },
			})
		}
		for _, s := range reprStrings {
			cases = append(cases, pyCase{
				expr: "ascii(" + pyStr(s) + ")",
				got:  func() (string, error) { return EscapeNonASCII(StrRepr(s)), nil },
			})
		}
		for _, s := range reprBytes {
			lit := "bytes(" + byteList(s) + ")"
			cases = append(cases, pyCase{
				expr: "repr(" + lit + ")",
				got:  func() (string, error) { return BytesRepr(s), nil },
			})
		}
		return cases
	})
	registerCases("float str", func() []pyCase {
		var cases []pyCase
		floats := append(append([]float64{}, floatValues...), randomFloats(200)...)
		for _, f := range floats {
			for _, code := range "eEfFgG" {
				for _, prec := range []int{0, 1, 3, 6, 16, 17, 25} {
					cases = append(cases, pyCase{
						expr: "'%." + strconv.Itoa(prec) + string(code) + "' % " + pyFloat(f),
						got:  func() (string, error) { return FormatFloatStr(f, byte(code), prec), nil },
					})
				}
			}
		}
		return cases
	})
	registerCases("format random floats", func() []pyCase {
		var cases []pyCase
		for _, f := range randomFloats(400) {
			for _, s := range []string{"", ".17g", "e", ".3f", ".0e", ",.2f", "g", "%", ".5", "#.3g", "z.1f", "+015,.4e"} {
				cases = append(cases, pyCase{
					expr: "format(" + pyFloat(f) + ", " + pyStr(s) + ")",
					typ:  "float",
					got:  func() (string, error) { return formatValue(f, s) },
				})
			}
		}
		return cases
	})
}

// byteList renders s as a Python list of its byte values.
func byteList(s string) string {
	parts := make([]string, len(s))
	for i := 0; i < len(s); i++ {
		parts[i] = strconv.Itoa(int(s[i]))
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func TestRepr(t *testing.T)               { checkTable(t, "repr") }
func TestFormatFloatStr(t *testing.T)     { checkTable(t, "float str") }
func TestFormatRandomFloats(t *testing.T) { checkTable(t, "format random floats") }

func init() {
	registerCases("decimal value", func() []pyCase {
		var cases []pyCase
		for _, start := range []rune{0, 0x10000, 0x20000} {
			cases = append(cases, pyCase{
				expr: "''.join(str(__import__('unicodedata').decimal(chr(c), 'x')) for c in range(" +
					strconv.Itoa(int(start)) + ", " + strconv.Itoa(int(start)+0x10000) + "))",
				got: func() (string, error) {
					var b strings.Builder
					for r := start; r < start+0x10000; r++ {
						if d := decimalValue(r); d >= 0 {
							b.WriteByte(byte('0' + d))
						} else {
							b.WriteByte('x')
						}
					}
					return b.String(), nil
				},
			})
		}
		return cases
	})
}

// TestDecimalValue compares the digit values used in widths and field
// indexes with unicodedata.decimal over the planes that have digits.
func TestDecimalValue(t *testing.T) { checkTable(t, "decimal value") }
