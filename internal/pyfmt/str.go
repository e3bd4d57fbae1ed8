package pyfmt

// FormatStr formats s as format(s, spec) does in CPython 3.11 for a
// non-empty spec: type 's' or none, alignment '<' by default, fill, width
// and precision counted in code points (the precision truncates).
func FormatStr(s string, spec Spec) (string, error) {
	typ := spec.Type
	if typ == 0 {
		typ = 's'
	}
	if err := spec.checkGrouping(typ); err != nil {
		return "", err
	}
	if typ != 's' {
		return "", unknownCode(typ)
	}
	switch spec.Sign {
	case ' ':
		return "", newError(ValueError, "Space not allowed in string format specifier")
	case '+', '-':
		return "", newError(ValueError, "Sign not allowed in string format specifier")
	}
	if spec.NoNegZero {
		return "", newError(ValueError, "Negative zero coercion (z) not allowed in string format specifier")
	}
	if spec.Alternate {
		return "", newError(ValueError, "Alternate form (#) not allowed in string format specifier")
	}
	fill, align := spec.padding('<')
	if align == '=' {
		return "", newError(ValueError, "'=' alignment not allowed in string format specifier")
	}
	if err := checkSize(spec.Width, 0); err != nil {
		return "", err
	}
	cps := runeCount(s)
	if spec.HasPrecision && spec.Precision < cps {
		s = truncateRunes(s, spec.Precision)
		cps = spec.Precision
	}
	return padString(s, cps, spec.Width, fill, align), nil
}

// truncateRunes returns the first n code points of s.
func truncateRunes(s string, n int) string {
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n == 0 {
				return s[:i]
			}
			n--
		}
	}
	return s
}
