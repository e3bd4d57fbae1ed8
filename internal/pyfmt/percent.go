package pyfmt

import (
	"math/big"
	"strconv"
	"strings"
)

// PercentFlags are the flags of a printf-style directive.
type PercentFlags struct {
	Minus bool // '-': pad on the right
	Plus  bool // '+': sign positive numbers
	Space bool // ' ': a space in front of positive numbers
	Alt   bool // '#': 0o/0x/0X prefixes, and the float alternate form
	Zero  bool // '0': pad numbers with zeros after the sign
}

// PercentItem is a piece of a printf-style format string: literal text
// when Conv is 0 and Err is nil, else a directive
//
//	%[(key)][flags][width][.precision][length modifier]conversion
//
// The interpreter handles a directive in CPython's order:
//
//  1. if HasKey and the right operand is not a mapping, raise
//     PercentNeedsMapping; if ErrAt is BeforeLookup, raise Err;
//  2. if HasKey, look Key up; the value found becomes the only argument
//     left, for this directive's '*' and value and for the ones after it;
//  3. fetch an int argument for each '*' (WidthStar, then PrecStar) and
//     store it with SetStarWidth and SetStarPrec;
//  4. if ErrAt is BeforeValue, raise Err;
//  5. fetch the value; if ErrAt is AfterValue, raise Err;
//  6. convert the value and format it with PercentInt, PercentFloat,
//     PercentStr or PercentChar.
type PercentItem struct {
	Literal string
	// Conv is the conversion character: one of d i u o x X e E f F g G
	// c r s a, an unsupported one (with Err set), or 0 when the format
	// ended before it.
	Conv   rune
	Key    string
	HasKey bool
	Flags  PercentFlags
	// Width is the minimum width in code points, 0 for none.
	Width     int
	WidthStar bool
	// Prec is the precision when HasPrec is set.
	Prec     int
	HasPrec  bool
	PrecStar bool
	// Index is the index, in code points, of Conv in the format string.
	Index int
	// Err is a parse error that ends the format, to be raised at step
	// ErrAt of the list above.
	Err   error
	ErrAt PercentStage
}

// PercentStage tells when a directive's parse error is raised.
type PercentStage uint8

// The stages of PercentItem's list at which Err is raised.
const (
	// BeforeLookup: the key is unterminated ("incomplete format key").
	BeforeLookup PercentStage = iota + 1
	// BeforeValue: the format ends inside the directive, or its width or
	// precision overflows.
	BeforeValue
	// AfterValue: the conversion character is unsupported, or the width
	// or a digit-making precision exceeds MaxWidth (MemoryError).
	AfterValue
)

// SetStarWidth stores a width given by a '*' argument; a negative width
// means left alignment. The interpreter converts the argument as CPython
// does ("Python int too large to convert to C ssize_t") and should refuse
// a width beyond MaxWidth with MemoryError.
func (it *PercentItem) SetStarWidth(w int) {
	if w < 0 {
		it.Flags.Minus = true
		w = -w
	}
	it.Width = w
}

// SetStarPrec stores a precision given by a '*' argument; CPython treats
// a negative one as zero. The argument must fit a C int ("Python int too
// large to convert to C int"), which the interpreter checks.
func (it *PercentItem) SetStarPrec(p int) {
	it.Prec = max(p, 0)
	it.HasPrec = true
}

// ParsePercent splits a printf-style format string into literal text and
// directives; "%%" becomes literal text. Parsing stops at the first
// malformed directive, which is returned as the last item with Err set;
// the same error is also returned for callers that do not need CPython's
// exact order of errors (see PercentItem).
func ParsePercent(format string) ([]PercentItem, error) {
	return parsePercent(format, false)
}

// ParseBytesPercent is ParsePercent for bytes % args: format holds raw
// bytes, indexes count bytes, and %b (a synonym of %s) is accepted.
func ParseBytesPercent(format string) ([]PercentItem, error) {
	return parsePercent(format, true)
}

func parsePercent(format string, bytes bool) ([]PercentItem, error) {
	count := runeCount[string]
	if bytes {
		count = func(s string) int { return len(s) }
	}
	var items []PercentItem
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			items = append(items, PercentItem{Literal: lit.String()})
			lit.Reset()
		}
	}
	cp := 0 // code point index of format[i]
	for i := 0; i < len(format); {
		j := strings.IndexByte(format[i:], '%')
		if j < 0 {
			lit.WriteString(format[i:])
			break
		}
		lit.WriteString(format[i : i+j])
		cp += count(format[i : i+j])
		i += j + 1
		cp++
		if i < len(format) && format[i] == '%' {
			lit.WriteByte('%')
			i++
			cp++
			continue
		}
		flush()
		it, n, ncp := parseDirective(format[i:], cp, bytes)
		items = append(items, it)
		if it.Err != nil {
			return items, it.Err
		}
		i += n
		cp += ncp
	}
	flush()
	return items, nil
}

// parseDirective parses a directive after its '%'; cp is the code point
// (for bytes, the byte) index of s[0] in the format. It returns the item
// and how many bytes and code points it consumed.
func parseDirective(s string, cp int, bytes bool) (PercentItem, int, int) {
	runeCount := runeCount[string]
	if bytes {
		runeCount = func(s string) int { return len(s) }
	}
	var it PercentItem
	i := 0
	if i < len(s) && s[i] == '(' {
		depth := 1
		j := i + 1
		for ; j < len(s) && depth > 0; j++ {
			switch s[j] {
			case '(':
				depth++
			case ')':
				depth--
			}
		}
		if depth > 0 {
			it.HasKey, it.Key = true, s[i+1:]
			it.Err, it.ErrAt = newError(ValueError, "incomplete format key"), BeforeLookup
			return it, len(s), runeCount(s)
		}
		it.Key, it.HasKey = s[i+1:j-1], true
		i = j
	}
flags:
	for ; i < len(s); i++ {
		switch s[i] {
		case '-':
			it.Flags.Minus = true
		case '+':
			it.Flags.Plus = true
		case ' ':
			it.Flags.Space = true
		case '#':
			it.Flags.Alt = true
		case '0':
			it.Flags.Zero = true
		default:
			break flags
		}
	}
	if i < len(s) && s[i] == '*' {
		it.WidthStar = true
		i++
	} else {
		for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
			d := int(s[i] - '0')
			if it.Width > (maxSsize-d)/10 {
				it.Err, it.ErrAt = newError(ValueError, "width too big"), BeforeValue
				return it, len(s), runeCount(s)
			}
			it.Width = it.Width*10 + d
		}
	}
	if i < len(s) && s[i] == '.' {
		it.HasPrec = true
		i++
		if i < len(s) && s[i] == '*' {
			it.PrecStar = true
			i++
		} else {
			for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
				d := int(s[i] - '0')
				if it.Prec > (maxFloatPrecision-d)/10 {
					it.Err, it.ErrAt = newError(ValueError, "precision too big"), BeforeValue
					return it, len(s), runeCount(s)
				}
				it.Prec = it.Prec*10 + d
			}
		}
	}
	// One C length modifier is accepted and ignored.
	if i < len(s) && (s[i] == 'h' || s[i] == 'l' || s[i] == 'L') {
		i++
	}
	if i >= len(s) {
		it.Err, it.ErrAt = newError(ValueError, "incomplete format"), BeforeValue
		return it, len(s), runeCount(s)
	}
	r, size := DecodeRune(s[i:])
	if bytes {
		r, size = rune(s[i]), 1
	}
	it.Conv = r
	it.Index = cp + runeCount(s[:i])
	switch r {
	case 'd', 'i', 'u', 'o', 'x', 'X', 'e', 'E', 'f', 'F', 'g', 'G':
		// The precision of these makes digits; that of the others cuts.
		if err := checkSize(it.Width, it.Prec); err != nil {
			it.Err, it.ErrAt = err, AfterValue
		}
	case 'b':
		if !bytes {
			it.Err, it.ErrAt = unsupportedPercent(r, it.Index), AfterValue
		} else if err := checkSize(it.Width, 0); err != nil {
			it.Err, it.ErrAt = err, AfterValue
		}
	case 'c', 'r', 's', 'a':
		if err := checkSize(it.Width, 0); err != nil {
			it.Err, it.ErrAt = err, AfterValue
		}
	default:
		it.Err, it.ErrAt = unsupportedPercent(r, it.Index), AfterValue
	}
	i += size
	return it, i, runeCount(s[:i])
}

func unsupportedPercent(r rune, index int) *Error {
	shown := "?"
	if r >= 32 && r <= 126 {
		shown = string(r)
	}
	return newError(ValueError, "unsupported format character '"+shown+"' (0x"+
		strconv.FormatInt(int64(r), 16)+") at index "+strconv.Itoa(index))
}

// PercentInt formats v for an integer conversion (d i u o x X). The
// interpreter has already turned the argument into an int (through
// __index__ for o x X, __int__ for d i u).
func PercentInt(v *big.Int, it *PercentItem) string {
	if v.IsInt64() {
		return PercentInt64(v.Int64(), it)
	}
	digits := v.Append(nil, percentBase(it.Conv))
	neg := digits[0] == '-'
	if neg {
		digits = digits[1:]
	}
	return string(appendPercentInt(nil, digits, neg, it))
}

// PercentInt64 is PercentInt for a machine integer.
func PercentInt64(v int64, it *PercentItem) string {
	neg := v < 0
	abs := uint64(v)
	if neg {
		abs = -abs
	}
	var dbuf [64]byte
	var out [96]byte
	digits := strconv.AppendUint(dbuf[:0], abs, percentBase(it.Conv))
	return string(appendPercentInt(out[:0], digits, neg, it))
}

func percentBase(conv rune) int {
	switch conv {
	case 'o':
		return 8
	case 'x', 'X':
		return 16
	}
	return 10
}

func appendPercentInt(dst, digits []byte, neg bool, it *PercentItem) []byte {
	if it.Conv == 'X' {
		for i, c := range digits {
			if c >= 'a' && c <= 'f' {
				digits[i] = c - 'a' + 'A'
			}
		}
	}
	prefix := ""
	if it.Flags.Alt {
		switch it.Conv {
		case 'o':
			prefix = "0o"
		case 'x':
			prefix = "0x"
		case 'X':
			prefix = "0X"
		}
	}
	zeros := 0
	if it.HasPrec {
		zeros = it.Prec - len(digits)
	}
	return appendPercentNumber(dst, percentSign(it, neg), prefix, zeros, digits, it)
}

func percentSign(it *PercentItem, neg bool) byte {
	switch {
	case neg:
		return '-'
	case it.Flags.Plus:
		return '+'
	case it.Flags.Space:
		return ' '
	}
	return 0
}

// appendPercentNumber lays out [sign][prefix][zeros][body] in the width:
// spaces on the right for '-', zeros after the prefix for '0', else spaces
// on the left.
func appendPercentNumber(dst []byte, sign byte, prefix string, zeros int, body []byte, it *PercentItem) []byte {
	zeros = max(zeros, 0)
	n := len(prefix) + zeros + len(body)
	if sign != 0 {
		n++
	}
	pad := max(it.Width-n, 0)
	if !it.Flags.Minus && !it.Flags.Zero {
		dst = appendFill(dst, ' ', pad)
	}
	if sign != 0 {
		dst = append(dst, sign)
	}
	dst = append(dst, prefix...)
	if !it.Flags.Minus && it.Flags.Zero {
		zeros += pad
	}
	dst = appendZeros(dst, zeros)
	dst = append(dst, body...)
	if it.Flags.Minus {
		dst = appendFill(dst, ' ', pad)
	}
	return dst
}

// PercentFloat formats f for a float conversion (e E f F g G), precision
// 6 unless given.
func PercentFloat(f float64, it *PercentItem) string {
	prec := 6
	if it.HasPrec {
		prec = it.Prec
	}
	var flags dtoaFlags
	if it.Flags.Alt {
		flags = flagAlt
	}
	var buf, out [64]byte
	body, neg := appendDouble(buf[:0], f, byte(it.Conv), prec, flags)
	return string(appendPercentNumber(out[:0], percentSign(it, neg), "", 0, body, it))
}

// PercentStr formats s, the str(), repr() or ascii() of the argument or
// its character for 'c', under the width and precision of it; both count
// code points, the '0' flag does not apply, and 'c' ignores the precision.
func PercentStr(s string, it *PercentItem) string {
	cps := runeCount(s)
	if it.HasPrec && it.Prec < cps && it.Conv != 'c' {
		s = truncateRunes(s, it.Prec)
		cps = it.Prec
	}
	if it.Flags.Minus {
		return padString(s, cps, it.Width, ' ', '<')
	}
	return padString(s, cps, it.Width, ' ', '>')
}

// PercentChar formats the character with code v for %c.
func PercentChar(v *big.Int, it *PercentItem) (string, error) {
	if !v.IsInt64() || v.Sign() < 0 || v.Int64() > 0x10FFFF {
		return "", newError(OverflowError, "%c arg not in range(0x110000)")
	}
	var ch [4]byte
	return PercentStr(string(ch[:encodeRune(ch[:], rune(v.Int64()))]), it), nil
}

// PercentTypeError is the TypeError for an argument of Python type
// typeName that conversion conv cannot take.
func PercentTypeError(conv rune, typeName string) *Error {
	switch conv {
	case 'd', 'i', 'u':
		return newError(TypeError, "%"+string(conv)+" format: a real number is required, not "+typeName)
	case 'o', 'x', 'X':
		return newError(TypeError, "%"+string(conv)+" format: an integer is required, not "+typeName)
	case 'c':
		return newError(TypeError, "%c requires int or char")
	}
	return newError(TypeError, "must be real number, not "+typeName)
}

// PercentNotEnoughArgs is raised when the directives need more arguments
// than were given.
func PercentNotEnoughArgs() *Error {
	return newError(TypeError, "not enough arguments for format string")
}

// PercentNotAllConverted is raised when arguments are left over.
func PercentNotAllConverted() *Error {
	return newError(TypeError, "not all arguments converted during string formatting")
}

// PercentNeedsMapping is raised for a %(key) directive without a mapping.
func PercentNeedsMapping() *Error {
	return newError(TypeError, "format requires a mapping")
}

// PercentStarWantsInt is raised for a '*' argument that is not an int.
func PercentStarWantsInt() *Error {
	return newError(TypeError, "* wants int")
}
