package pyfmt

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
)

// pyValue returns a Python expression for a Go test value.
func pyValue(v any) string {
	switch v := v.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case *big.Int:
		return v.String()
	case float64:
		return pyFloat(v)
	case complex128:
		return "complex(" + pyFloat(real(v)) + ", " + pyFloat(imag(v)) + ")"
	case string:
		return pyStr(v)
	case bool:
		if v {
			return "True"
		}
		return "False"
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = pyValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case map[string]any:
		keys := make([]string, 0, len(v))
		for k := range v {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = pyStr(k) + ": " + pyValue(v[k])
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	panic(fmt.Sprintf("pyValue: unsupported %T", v))
}

// pyTuple returns a Python tuple expression.
func pyTuple(args []any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = pyValue(a)
	}
	if len(parts) == 0 {
		return "()"
	}
	return "(" + strings.Join(parts, ", ") + ",)"
}

// pyTypeName is type(v).__name__ for a Go test value.
func pyTypeName(v any) string {
	switch v.(type) {
	case int64, int, *big.Int:
		return "int"
	case bool:
		return "bool"
	case float64:
		return "float"
	case complex128:
		return "complex"
	case string:
		return "str"
	case []any:
		return "list"
	case map[string]any:
		return "dict"
	}
	return "object"
}

// formatValue is what the interpreter's format(v, spec) does for the
// built-in types, in terms of this package.
func formatValue(v any, specText string) (string, error) {
	if specText == "" {
		return strValue(v), nil
	}
	spec, err := ParseSpec(specText)
	if err != nil {
		return "", err
	}
	switch v := v.(type) {
	case int64:
		return FormatInt64(v, spec)
	case int:
		return FormatInt64(int64(v), spec)
	case bool:
		if v {
			return FormatInt64(1, spec)
		}
		return FormatInt64(0, spec)
	case *big.Int:
		return FormatInt(v, spec)
	case float64:
		return FormatFloat(v, spec)
	case complex128:
		return FormatComplex(v, spec)
	case string:
		return FormatStr(v, spec)
	}
	return "", ObjectFormatError(pyTypeName(v))
}

// strValue is str(v) for the test values.
func strValue(v any) string {
	switch v := v.(type) {
	case string:
		return v
	case float64:
		return FloatRepr(v)
	case complex128:
		return ComplexRepr(v)
	case bool:
		if v {
			return "True"
		}
		return "False"
	}
	return reprValue(v)
}

// reprValue is repr(v) for the test values.
func reprValue(v any) string {
	switch v := v.(type) {
	case int64:
		return strconv.FormatInt(v, 10)
	case int:
		return strconv.Itoa(v)
	case *big.Int:
		return v.String()
	case float64:
		return FloatRepr(v)
	case complex128:
		return ComplexRepr(v)
	case string:
		return StrRepr(v)
	case bool:
		return strValue(v)
	case []any:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = reprValue(e)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	}
	panic(fmt.Sprintf("reprValue: unsupported %T", v))
}

var (
	intValues = []any{
		int64(0), int64(1), int64(-1), int64(7), int64(42), int64(-42), int64(255),
		int64(1234), int64(-1234567), int64(65), int64(0x10FFFF), int64(0x110000),
		int64(1 << 31), int64(math.MinInt64), int64(math.MaxInt64),
		bigInt("18446744073709551616"), bigInt("1000000000000000000000000000007"),
		bigInt("-10000000000000000000000000000000000000000"), bigInt("0x" + strings.Repeat("f", 40)),
		bigInt("-0xDEADBEEFCAFEBABE1234"), true,
	}
	floatValues = []float64{
		0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, 2.5, -2.5, 2.675, 0.125, 0.375,
		123.456, -123.456, 1e16, 1e15, 9999999999999998, 1e-4, 1e-5, 0.0001234,
		1234567.891, 1e100, math.MaxFloat64, 5e-324, 1.0 / 3, 0.1, 100, 1e22,
		123456789012345678, 9.5, 99.5, 0.05, -0.0004, 1e-310,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(math.NaN(), -1),
	}
)
