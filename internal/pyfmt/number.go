package pyfmt

// number is a formatted number split the way CPython pads it:
//
//	[lpad][sign][prefix][spad][grouped digits][rest][rpad]
//
// digits is the leading run of decimal (or hex, ...) digits, which receives
// thousands separators and '='-style zero padding; rest is whatever follows
// it: decimal point, fraction, exponent, '%', or all of "inf" and "nan".
type number struct {
	sign   byte // 0, '-', '+' or ' '
	prefix string
	digits []byte
	rest   []byte
}

// signFor returns the sign character to print for a number whose own sign
// is negative or not, under the spec's sign option.
func signFor(option byte, negative bool) byte {
	switch {
	case negative:
		return '-'
	case option == '+':
		return '+'
	case option == ' ':
		return ' '
	}
	return 0
}

// splitNumber splits a formatted number without its sign into its digit
// run and the rest.
func splitNumber(s []byte) (digits, rest []byte) {
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	return s[:i], s[i:]
}

// appendNumber lays out n under spec, grouping the digits by groupSize
// with sep (sep 0: no separators). The digits are zero padded, with
// separators, when the fill is '0' and the alignment '=': CPython treats
// that combination as a request for a minimum number of digits.
func appendNumber(dst []byte, n *number, spec *Spec, sep byte, groupSize int) []byte {
	fill, align := spec.padding('>')
	fixed := len(n.prefix) + runeCount(n.rest)
	if n.sign != 0 {
		fixed++
	}
	minDigits := 0
	if fill == '0' && align == '=' {
		minDigits = spec.Width - fixed
	}
	grouped := groupedLen(len(n.digits), minDigits, sep, groupSize)
	pad := spec.Width - fixed - grouped
	if pad < 0 {
		pad = 0
	}
	var lpad, spad, rpad int
	switch align {
	case '<':
		rpad = pad
	case '^':
		lpad = pad / 2
		rpad = pad - lpad
	case '=':
		spad = pad
	default:
		lpad = pad
	}
	dst = appendFill(dst, fill, lpad)
	if n.sign != 0 {
		dst = append(dst, n.sign)
	}
	dst = append(dst, n.prefix...)
	dst = appendFill(dst, fill, spad)
	dst = appendGrouped(dst, n.digits, grouped, sep, groupSize)
	dst = append(dst, n.rest...)
	return appendFill(dst, fill, rpad)
}

// groupedLen returns the length of nd digits after grouping, padded with
// zeros (and separators between them) to at least minWidth characters.
// The padding follows CPython: groups are completed from the right while
// digits or width remain, so a separator is never the first character.
// An empty digit run (the 'c' type, inf and nan) stays empty.
func groupedLen(nd, minWidth int, sep byte, size int) int {
	if nd == 0 {
		return 0
	}
	if sep == 0 {
		return max(nd, minWidth)
	}
	total := 0
	remaining := nd
	for first := true; ; first = false {
		if !first {
			total++
		}
		l := min(size, max(remaining, minWidth, 1))
		total += l
		remaining -= min(remaining, l)
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			return total
		}
		minWidth--
	}
}

// appendGrouped appends digits grouped and zero padded to exactly total
// characters, as computed by groupedLen.
func appendGrouped(dst []byte, digits []byte, total int, sep byte, size int) []byte {
	if total == 0 {
		return dst
	}
	start := len(dst)
	for i := 0; i < total; i++ {
		dst = append(dst, 0)
	}
	out := dst[start:]
	j := len(digits) - 1
	inGroup := 0
	for i := total - 1; i >= 0; i-- {
		if sep != 0 && inGroup == size {
			out[i] = sep
			inGroup = 0
			continue
		}
		if j >= 0 {
			out[i] = digits[j]
			j--
		} else {
			out[i] = '0'
		}
		inGroup++
	}
	return dst
}

// runeCount counts the code points of UTF-8 (or WTF-8) text by counting
// the bytes that start one.
func runeCount[S string | []byte](s S) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			n++
		}
	}
	return n
}
