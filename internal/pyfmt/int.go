package pyfmt

import (
	"math"
	"math/big"
	"strconv"
	"unicode/utf8"
)

// FormatInt formats v as format(v, spec) does in CPython 3.11 for a
// non-empty spec (an empty spec means str(v); for a bool that is "True",
// which the caller must handle). Types: b c d o x X n and none, plus
// e E f F g G % which convert v to float first. CPython's limit on the
// number of decimal digits (sys.set_int_max_str_digits) is the
// interpreter's to enforce.
func FormatInt(v *big.Int, spec Spec) (string, error) {
	if v.IsInt64() {
		return FormatInt64(v.Int64(), spec)
	}
	typ, err := intType(&spec)
	if err != nil {
		return "", err
	}
	if err := checkSize(spec.Width, 0); err != nil && typ != 'c' {
		return "", err
	}
	switch typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, _ := new(big.Float).SetInt(v).Float64()
		if math.IsInf(f, 0) {
			return "", newError(OverflowError, "int too large to convert to float")
		}
		return FormatFloat(f, spec)
	case 'c':
		if err := checkChar(&spec); err != nil {
			return "", err
		}
		return "", newError(OverflowError, "Python int too large to convert to C long")
	}
	base := intBase(typ)
	// big.Int.Append writes the sign, which is laid out separately.
	digits := v.Append(nil, base)
	neg := digits[0] == '-'
	if neg {
		digits = digits[1:]
	}
	return string(appendIntDigits(nil, digits, neg, typ, &spec)), nil
}

// FormatInt64 is FormatInt for a machine integer; a common spec costs one
// allocation, for the result.
func FormatInt64(v int64, spec Spec) (string, error) {
	typ, err := intType(&spec)
	if err != nil {
		return "", err
	}
	if err := checkSize(spec.Width, 0); err != nil && typ != 'c' {
		return "", err
	}
	switch typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return FormatFloat(float64(v), spec)
	case 'c':
		if err := checkChar(&spec); err != nil {
			return "", err
		}
		if v < 0 || v > utf8.MaxRune {
			return "", newError(OverflowError, "%c arg not in range(0x110000)")
		}
		if err := checkSize(spec.Width, 0); err != nil {
			return "", err
		}
		var ch [utf8.UTFMax]byte
		n := number{rest: ch[:encodeRune(ch[:], rune(v))]}
		var out [64]byte
		return string(appendNumber(out[:0], &n, &spec, 0, 0)), nil
	}
	neg := v < 0
	abs := uint64(v)
	if neg {
		abs = -abs
	}
	var dbuf [64]byte
	digits := strconv.AppendUint(dbuf[:0], abs, intBase(typ))
	var out [96]byte
	return string(appendIntDigits(out[:0], digits, neg, typ, &spec)), nil
}

// intType validates spec for an int and returns the presentation type,
// 'd' when none is written. The checks come in CPython's order: grouping
// against the type, unknown type, then the int-only restrictions, which do
// not apply to the float types.
func intType(spec *Spec) (rune, error) {
	typ := spec.Type
	if typ == 0 {
		typ = 'd'
	}
	if err := spec.checkGrouping(typ); err != nil {
		return 0, err
	}
	switch typ {
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		return typ, nil
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	default:
		return 0, unknownCode(typ)
	}
	if spec.HasPrecision {
		return 0, newError(ValueError, "Precision not allowed in integer format specifier")
	}
	if spec.NoNegZero {
		return 0, newError(ValueError, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	return typ, nil
}

// checkChar applies the restrictions of the 'c' type.
func checkChar(spec *Spec) error {
	if spec.Sign != 0 {
		return newError(ValueError, "Sign not allowed with integer format specifier 'c'")
	}
	if spec.Alternate {
		return newError(ValueError, "Alternate form (#) not allowed with integer format specifier 'c'")
	}
	return nil
}

func intBase(typ rune) int {
	switch typ {
	case 'b':
		return 2
	case 'o':
		return 8
	case 'x', 'X':
		return 16
	}
	return 10
}

// appendIntDigits lays out the digits of |v| in the base of typ.
func appendIntDigits(dst, digits []byte, neg bool, typ rune, spec *Spec) []byte {
	n := number{sign: signFor(spec.Sign, neg), digits: digits}
	if typ == 'X' {
		for i, c := range digits {
			if c >= 'a' && c <= 'f' {
				digits[i] = c - 'a' + 'A'
			}
		}
	}
	if spec.Alternate {
		switch typ {
		case 'b':
			n.prefix = "0b"
		case 'o':
			n.prefix = "0o"
		case 'x':
			n.prefix = "0x"
		case 'X':
			n.prefix = "0X"
		}
	}
	sep, size := spec.Grouping, 3
	if typ == 'n' {
		sep = 0
	}
	if intBase(typ) != 10 {
		size = 4
	}
	return appendNumber(dst, &n, spec, sep, size)
}
