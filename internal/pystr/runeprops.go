package pystr

import "sort"

// The exported functions below give the character-level properties behind
// the str predicates, for the interpreter's own use: the tokenizer's
// identifier rules, int() and float() accepting any Unicode decimal digit,
// and the like. They use the same tables as the str methods.

// IsSpaceRune reports whether chr(r).isspace().
func IsSpaceRune(r rune) bool { return isSpaceRune(r) }

// IsAlphaRune reports whether chr(r).isalpha().
func IsAlphaRune(r rune) bool { return r < 0x80 && asciiAlpha(byte(r)) || r >= 0x80 && isAlphaRune(r) }

// IsDecimalRune reports whether chr(r).isdecimal().
func IsDecimalRune(r rune) bool { return isDecimalRune(r) }

// IsDigitRune reports whether chr(r).isdigit().
func IsDigitRune(r rune) bool { return isDigitRune(r) }

// IsNumericRune reports whether chr(r).isnumeric().
func IsNumericRune(r rune) bool { return isNumericRune(r) }

// IsIDStart reports whether r may start an identifier: XID_Start or '_'.
func IsIDStart(r rune) bool { return isIDStart(r) }

// IsIDContinue reports whether r may continue an identifier (XID_Continue).
func IsIDContinue(r rune) bool { return isIDContinue(r) }

// IsPrintableRune reports whether chr(r).isprintable().
func IsPrintableRune(r rune) bool { return isPrintableRune(r) }

// DecimalValue returns the value of a decimal digit (unicodedata.decimal),
// as int() reads it: '7' and '٧' are both 7. ok is false for a character
// that is not a decimal digit.
func DecimalValue(r rune) (v int, ok bool) {
	if r >= '0' && r <= '9' {
		return int(r - '0'), true
	}
	if !isDecimalRune(r) {
		return 0, false
	}
	i := sort.Search(len(decimalZeros), func(i int) bool { return decimalZeros[i] > r }) - 1
	return int(r - decimalZeros[i]), true
}
