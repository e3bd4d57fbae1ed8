package pyfmt

import "math"

// maxFloatPrecision is INT_MAX, above which CPython refuses a float
// precision outright.
const maxFloatPrecision = 1<<31 - 1

// FormatFloat formats f as format(f, spec) does in CPython 3.11 for a
// non-empty spec (an empty spec means str(f), which FloatRepr gives).
// Types: e E f F g G n % and none, where none is like 'g' but keeps a
// digit after the point of an integral value, and with no precision
// prints the repr digits. 'n' is 'g' in the C locale: no separators.
func FormatFloat(f float64, spec Spec) (string, error) {
	var buf [64]byte
	out, err := appendFloat(buf[:0], f, &spec)
	if err != nil {
		return "", err
	}
	return string(out), nil
}

// floatCode maps a float presentation type to a dtoa code, precision and
// flags; ok is false for a type floats do not have.
func floatCode(spec *Spec) (code byte, prec int, flags dtoaFlags, ok bool) {
	prec = 6
	if spec.HasPrecision {
		prec = spec.Precision
	}
	if spec.Alternate {
		flags |= flagAlt
	}
	if spec.NoNegZero {
		flags |= flagNoNegZero
	}
	switch spec.Type {
	case 0:
		flags |= flagAddDot0
		if !spec.HasPrecision {
			return 'r', 0, flags, true
		}
		return 'g', prec, flags, true
	case 'n':
		return 'g', prec, flags, true
	case '%':
		return 'f', prec, flags, true
	case 'e', 'E', 'f', 'F', 'g', 'G':
		return byte(spec.Type), prec, flags, true
	}
	return 0, 0, 0, false
}

func appendFloat(dst []byte, f float64, spec *Spec) ([]byte, error) {
	if err := spec.checkGrouping(spec.Type); err != nil {
		return nil, err
	}
	code, prec, flags, ok := floatCode(spec)
	if !ok {
		return nil, unknownCode(spec.Type)
	}
	if spec.HasPrecision && spec.Precision > maxFloatPrecision {
		return nil, newError(ValueError, "precision too big")
	}
	if err := checkSize(spec.Width, spec.Precision); err != nil {
		return nil, err
	}
	if spec.Type == '%' {
		f *= 100
	}
	var buf [40]byte
	body, neg := appendDouble(buf[:0], f, code, prec, flags)
	if spec.Type == '%' {
		body = append(body, '%')
	}
	n := number{sign: signFor(spec.Sign, neg)}
	n.digits, n.rest = splitNumber(body)
	sep := spec.Grouping
	if spec.Type == 'n' {
		sep = 0
	}
	return appendNumber(dst, &n, spec, sep, 3), nil
}

// FormatComplex formats c as format(c, spec) does in CPython 3.11 for a
// non-empty spec. Types: e E f F g G n and none; with none the parts are
// printed as repr prints them and, as in repr, a real part of +0.0 is left
// out and otherwise the result is parenthesised. The width applies to the
// whole; zero padding and '=' are refused.
func FormatComplex(c complex128, spec Spec) (string, error) {
	if err := spec.checkGrouping(spec.Type); err != nil {
		return "", err
	}
	switch spec.Type {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", unknownCode(spec.Type)
	}
	fill, align := spec.padding('>')
	if fill == '0' {
		return "", newError(ValueError, "Zero padding is not allowed in complex format specifier")
	}
	if align == '=' {
		return "", newError(ValueError, "'=' alignment flag is not allowed in complex format specifier")
	}
	if spec.HasPrecision && spec.Precision > maxFloatPrecision {
		return "", newError(ValueError, "precision too big")
	}
	if err := checkSize(spec.Width, spec.Precision); err != nil {
		return "", err
	}
	re, im := real(c), imag(c)
	code, prec, flags, _ := floatCode(&spec)
	// Unlike a float, a complex with no type gets no ".0".
	flags &^= flagAddDot0
	skipRe, parens := false, false
	if spec.Type == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	sep := spec.Grouping
	if spec.Type == 'n' {
		sep = 0
	}
	// The parts are laid out without padding, then padded as a whole.
	part := Spec{Sign: spec.Sign}
	var buf [96]byte
	out := buf[:0]
	if parens {
		out = append(out, '(')
	}
	var tmp [40]byte
	if !skipRe {
		body, neg := appendDouble(tmp[:0], re, code, prec, flags)
		n := number{sign: signFor(part.Sign, neg)}
		n.digits, n.rest = splitNumber(body)
		out = appendNumber(out, &n, &part, sep, 3)
		part.Sign = '+'
	}
	body, neg := appendDouble(tmp[:0], im, code, prec, flags)
	n := number{sign: signFor(part.Sign, neg)}
	n.digits, n.rest = splitNumber(body)
	out = appendNumber(out, &n, &part, sep, 3)
	out = append(out, 'j')
	if parens {
		out = append(out, ')')
	}
	return padString(string(out), len(out), spec.Width, fill, align), nil
}

// padString pads s, which is cps code points long, to width with fill.
func padString(s string, cps, width int, fill rune, align byte) string {
	pad := width - cps
	if pad <= 0 {
		return s
	}
	var lpad int
	switch align {
	case '>':
		lpad = pad
	case '^':
		lpad = pad / 2
	}
	out := make([]byte, 0, len(s)+pad*4)
	out = appendFill(out, fill, lpad)
	out = append(out, s...)
	out = appendFill(out, fill, pad-lpad)
	return string(out)
}
