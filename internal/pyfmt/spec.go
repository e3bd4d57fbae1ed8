package pyfmt

import (
	"strconv"
	"unicode/utf8"
)

// Spec is a parsed format specification, the argument of __format__:
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// The zero value is the empty specification.
type Spec struct {
	// Fill is the fill character when HasFill is set (it may be NUL);
	// without one, padding uses a space, or '0' when ZeroPad is set.
	Fill    rune
	HasFill bool
	// Align is one of '<', '>', '=', '^', or 0 when not written; each
	// formatter has its own default.
	Align byte
	// Sign is '+', '-', ' ' or 0.
	Sign byte
	// NoNegZero is the 'z' option (Python 3.11): a float that rounds to
	// zero loses its minus sign.
	NoNegZero bool
	// Alternate is the '#' option.
	Alternate bool
	// ZeroPad is the '0' written before the width without an explicit
	// fill: it makes the fill '0' and, for numbers without an explicit
	// alignment, the alignment '='.
	ZeroPad bool
	// Width is the minimum width in code points; 0 means none.
	Width int
	// Grouping is ',' or '_' for thousands separators, or 0.
	Grouping byte
	// Precision is the precision; HasPrecision tells whether one was
	// written, since ".0" differs from no precision.
	Precision    int
	HasPrecision bool
	// Type is the presentation type, 0 when none was written. It is a
	// rune because an unknown type must be reported as written.
	Type rune
}

// ParseSpec parses a format specification the way CPython 3.11 does. The
// syntax errors do not depend on the object; "Invalid format specifier"
// names the object's type, which the returned *Error leaves to the caller
// (see Error.Message). A grouping option combined with an explicit type
// that does not allow it is reported here; the same check against the
// type's default presentation is made by each Format function.
func ParseSpec(spec string) (Spec, error) {
	var s Spec
	pos := 0
	// A fill character is recognised only in front of an alignment, and
	// may be any code point, including an alignment character itself.
	if r, n := DecodeRune(spec); n > 0 && n < len(spec) && isAlign(spec[n]) {
		s.Fill, s.HasFill = r, true
		s.Align = spec[n]
		pos = n + 1
	} else if len(spec) > 0 && isAlign(spec[0]) {
		s.Align = spec[0]
		pos = 1
	}
	if pos < len(spec) && (spec[pos] == '+' || spec[pos] == '-' || spec[pos] == ' ') {
		s.Sign = spec[pos]
		pos++
	}
	if pos < len(spec) && spec[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if pos < len(spec) && spec[pos] == '#' {
		s.Alternate = true
		pos++
	}
	if !s.HasFill && pos < len(spec) && spec[pos] == '0' {
		s.ZeroPad = true
		pos++
	}
	w, n, ok := parseDecimal(spec[pos:])
	if !ok {
		return Spec{}, newError(ValueError, "Too many decimal digits in format string")
	}
	s.Width = w
	pos += n
	if pos < len(spec) && spec[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if pos < len(spec) && spec[pos] == '_' {
		if s.Grouping != 0 {
			return Spec{}, newError(ValueError, "Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if pos < len(spec) && spec[pos] == ',' && s.Grouping == '_' {
		return Spec{}, newError(ValueError, "Cannot specify both ',' and '_'.")
	}
	if pos < len(spec) && spec[pos] == '.' {
		pos++
		p, n, ok := parseDecimal(spec[pos:])
		if !ok {
			return Spec{}, newError(ValueError, "Too many decimal digits in format string")
		}
		if n == 0 {
			return Spec{}, newError(ValueError, "Format specifier missing precision")
		}
		s.Precision, s.HasPrecision = p, true
		pos += n
	}
	if rest := spec[pos:]; rest != "" {
		r, n := DecodeRune(rest)
		if n != len(rest) {
			return Spec{}, newTypedError(ValueError,
				"Invalid format specifier '"+spec+"' for object of type '", "'")
		}
		s.Type = r
	}
	if s.Type != 0 {
		if err := s.checkGrouping(s.Type); err != nil {
			return Spec{}, err
		}
	}
	return s, nil
}

func isAlign(c byte) bool {
	return c == '<' || c == '>' || c == '=' || c == '^'
}

// checkGrouping rejects a thousands separator with a presentation type that
// has none; typ is the written type or the object's default.
func (s *Spec) checkGrouping(typ rune) error {
	if s.Grouping == 0 {
		return nil
	}
	switch typ {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return nil
	case 'b', 'o', 'x', 'X':
		if s.Grouping == '_' {
			return nil
		}
	}
	return newError(ValueError, "Cannot specify '"+string(rune(s.Grouping))+"' with "+quoteCode(typ)+".")
}

// quoteCode renders a presentation type in an error message: quoted when
// it is printable ASCII, else as a \x escape of its code point, which is
// what CPython prints even for code points above 0xff.
func quoteCode(r rune) string {
	if r > 32 && r < 128 {
		return "'" + string(r) + "'"
	}
	return `'\x` + strconv.FormatInt(int64(r), 16) + "'"
}

// unknownCode is CPython's error for a presentation type the object does
// not support.
func unknownCode(r rune) *Error {
	return newTypedError(ValueError, "Unknown format code "+quoteCode(r)+" for object of type '", "'")
}

// padding resolves the fill character and the alignment, given the
// formatter's default alignment ('>' for numbers, '<' for str).
func (s *Spec) padding(defaultAlign byte) (fill rune, align byte) {
	fill, align = s.Fill, s.Align
	if !s.HasFill {
		fill = ' '
	}
	if s.ZeroPad {
		fill = '0'
		if align == 0 && defaultAlign == '>' {
			align = '='
		}
	}
	if align == 0 {
		align = defaultAlign
	}
	return fill, align
}

// appendFill appends n copies of r.
func appendFill(dst []byte, r rune, n int) []byte {
	if n <= 0 {
		return dst
	}
	if r < utf8.RuneSelf {
		for ; n > 0; n-- {
			dst = append(dst, byte(r))
		}
		return dst
	}
	var buf [utf8.UTFMax]byte
	k := encodeRune(buf[:], r)
	for ; n > 0; n-- {
		dst = append(dst, buf[:k]...)
	}
	return dst
}

// encodeRune writes r as UTF-8, surrogates in their 3-byte WTF-8 form so
// that a lone surrogate used as a fill survives, as DecodeRune reads it.
func encodeRune(p []byte, r rune) int {
	if r >= 0xD800 && r <= 0xDFFF {
		p[0] = 0xED
		p[1] = 0x80 | byte(r>>6)&0x3F
		p[2] = 0x80 | byte(r)&0x3F
		return 3
	}
	return utf8.EncodeRune(p, r)
}
