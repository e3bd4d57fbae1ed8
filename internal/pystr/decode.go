package pystr

import "unicode/utf8"

// decoder describes how one codec turns bytes into code points and how its
// CPython implementation reports the bytes it cannot decode.
type decoder struct {
	name string
	// step decodes the character at b[i:], returning it (or -1 for none)
	// and its size n > 0, or n == 0 and the end and reason of the error
	// starting at i.
	step func(b string, i int) (r rune, n int, errEnd int, reason string)
	// surrogate decodes an encoded surrogate at b[i:] for surrogatepass;
	// nil when the codec does not allow that handler.
	surrogate func(b string, i int) (rune, int, bool)
}

// decode appends the decoding of b[i:] to out as WTF-8, applying the error
// handler to the bytes the codec cannot decode.
func (d *decoder) decode(b, errors string, i int, out []byte) (string, error) {
	for i < len(b) {
		r, n, end, reason := d.step(b, i)
		if n > 0 {
			if r < 0 {
				// The step consumed bytes that stand for nothing.
			} else if r < utf8.RuneSelf {
				out = append(out, byte(r))
			} else {
				out = appendRune(out, r)
			}
			i += n
			continue
		}
		fail := &UnicodeError{Class: "UnicodeDecodeError", Encoding: d.name, Object: b,
			Start: i, End: end, Reason: reason}
		switch errors {
		case "strict":
			return "", fail
		case "ignore":
		case "replace":
			out = append(out, "\uFFFD"...)
		case "backslashreplace":
			for k := i; k < end; k++ {
				out = append(out, backslashEscape(rune(b[k]))...)
			}
		case "surrogateescape":
			// The handler escapes at most four bytes, stopping at the first
			// ASCII byte, and decoding resumes after the escaped ones; it
			// fails only when it can escape none.
			k := i
			for k < end && k < i+4 && b[k] >= 0x80 {
				out = appendRune(out, 0xDC00+rune(b[k]))
				k++
			}
			if k == i {
				return "", fail
			}
			i = k
			continue
		case "surrogatepass":
			if d.surrogate != nil {
				if r, size, ok := d.surrogate(b, i); ok {
					out = appendRune(out, r)
					i += size
					continue
				}
			}
			return "", fail
		case "xmlcharrefreplace", "namereplace":
			return "", &Error{Class: "TypeError", Msg: "don't know how to handle UnicodeDecodeError in error callback"}
		default:
			return "", unknownHandler(errors)
		}
		i = end
	}
	return string(out), nil
}

// utf8Step decodes one UTF-8 character. An error covers the maximal valid
// prefix of a sequence: a bad lead byte alone ("invalid start byte"), the
// lead and any good continuation bytes before a bad one ("invalid
// continuation byte"), or a good prefix cut off by the end of the data
// ("unexpected end of data").
func utf8Step(b string, i int) (rune, int, int, string) {
	c := b[i]
	if c < utf8.RuneSelf {
		return rune(c), 1, 0, ""
	}
	if r, n := utf8.DecodeRuneInString(b[i:]); r != utf8.RuneError || n > 1 {
		return r, n, 0, ""
	}
	var size int
	lo, hi := byte(0x80), byte(0xBF) // range of the second byte
	switch {
	case c >= 0xC2 && c <= 0xDF:
		size = 2
	case c == 0xE0:
		size, lo = 3, 0xA0
	case c == 0xED:
		size, hi = 3, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		size = 3
	case c == 0xF0:
		size, lo = 4, 0x90
	case c == 0xF4:
		size, hi = 4, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		size = 4
	default:
		return 0, 0, i + 1, "invalid start byte"
	}
	for k := 1; k < size; k++ {
		if i+k >= len(b) {
			return 0, 0, len(b), "unexpected end of data"
		}
		if d := b[i+k]; d < lo || d > hi {
			return 0, 0, i + k, "invalid continuation byte"
		}
		lo, hi = 0x80, 0xBF
	}
	// Unreachable: utf8.DecodeRuneInString accepts every such sequence.
	return 0, 0, i + 1, "invalid start byte"
}

var utf8Decoder = &decoder{
	name: "utf-8",
	step: utf8Step,
	surrogate: func(b string, i int) (rune, int, bool) {
		if i+2 < len(b) && b[i] == 0xED && b[i+1] >= 0xA0 && b[i+1] <= 0xBF && b[i+2]&0xC0 == 0x80 {
			r, _ := decodeRune(b[i : i+3])
			return r, 3, true
		}
		return 0, 0, false
	},
}

func decodeUTF8(b, errors string) (string, error) {
	if utf8.ValidString(b) {
		return b, nil
	}
	return utf8Decoder.decode(b, errors, 0, make([]byte, 0, len(b)))
}

// decodeUTF8Sig decodes UTF-8 after dropping a leading byte order mark.
// Like CPython's utf_8_sig module it decodes the rest as a new object, so
// error positions count from after the mark.
func decodeUTF8Sig(b, errors string) (string, error) {
	if len(b) >= 3 && b[:3] == "\xef\xbb\xbf" {
		b = b[3:]
	}
	return decodeUTF8(b, errors)
}

var asciiDecoder = &decoder{
	name: "ascii",
	step: func(b string, i int) (rune, int, int, string) {
		if b[i] < 0x80 {
			return rune(b[i]), 1, 0, ""
		}
		return 0, 0, i + 1, "ordinal not in range(128)"
	},
}

func decodeASCII(b, errors string) (string, error) {
	if IsASCII(b) {
		return b, nil
	}
	return asciiDecoder.decode(b, errors, 0, make([]byte, 0, len(b)))
}

func decodeLatin1(b, errors string) (string, error) {
	return Latin1(b), nil
}

// Latin1 returns the text whose characters are the bytes of b, one each
// (b decoded as Latin-1, which cannot fail).
func Latin1(b string) string {
	if IsASCII(b) {
		return b
	}
	out := make([]byte, 0, 2*len(b))
	for i := 0; i < len(b); i++ {
		out = utf8.AppendRune(out, rune(b[i]))
	}
	return string(out)
}

var cp1252Decoder = &decoder{
	name: "charmap",
	step: func(b string, i int) (rune, int, int, string) {
		c := b[i]
		if c < 0x80 || c >= 0xA0 {
			return rune(c), 1, 0, ""
		}
		if r := cp1252High[c-0x80]; r >= 0 {
			return r, 1, 0, ""
		}
		return 0, 0, i + 1, "character maps to <undefined>"
	},
}

func decodeCP1252(b, errors string) (string, error) {
	if IsASCII(b) {
		return b, nil
	}
	return cp1252Decoder.decode(b, errors, 0, make([]byte, 0, 2*len(b)))
}

// byteOrder reads a byte order mark: for order 0 (plain utf-16 or utf-32)
// a leading mark picks the order and is skipped; without one the order is
// little-endian.
func byteOrder(b string, order int, le, be string) (int, int) {
	if order != 0 {
		return order, 0
	}
	switch {
	case len(b) >= len(le) && b[:len(le)] == le:
		return -1, len(le)
	case len(b) >= len(be) && b[:len(be)] == be:
		return 1, len(be)
	}
	return -1, 0
}

// utf16Decoder returns the UTF-16 decoder for byte order order (-1 little,
// 1 big, 0 from the byte order mark). CPython names the codec by the byte
// order it ends up using.
func utf16Decoder(order int) func(b, errors string) (string, error) {
	return func(b, errors string) (string, error) {
		ord, start := byteOrder(b, order, "\xff\xfe", "\xfe\xff")
		unit := func(i int) rune {
			if ord == 1 {
				return rune(b[i])<<8 | rune(b[i+1])
			}
			return rune(b[i+1])<<8 | rune(b[i])
		}
		d := &decoder{name: "utf-16-le"}
		if ord == 1 {
			d.name = "utf-16-be"
		}
		d.step = func(b string, i int) (rune, int, int, string) {
			if len(b)-i < 2 {
				return 0, 0, len(b), "truncated data"
			}
			u := unit(i)
			switch {
			case u < 0xD800 || u > 0xDFFF:
				return u, 2, 0, ""
			case u >= 0xDC00:
				return 0, 0, i + 2, "illegal encoding"
			case len(b)-i < 4:
				return 0, 0, len(b), "unexpected end of data"
			}
			u2 := unit(i + 2)
			if u2 < 0xDC00 || u2 > 0xDFFF {
				return 0, 0, i + 2, "illegal UTF-16 surrogate"
			}
			return 0x10000 + (u-0xD800)<<10 + (u2 - 0xDC00), 4, 0, ""
		}
		d.surrogate = func(b string, i int) (rune, int, bool) {
			if len(b)-i >= 2 {
				if u := unit(i); isSurrogate(u) {
					return u, 2, true
				}
			}
			return 0, 0, false
		}
		return d.decode(b, errors, start, make([]byte, 0, len(b)))
	}
}

// utf32Decoder returns the UTF-32 decoder, order as for utf16Decoder.
func utf32Decoder(order int) func(b, errors string) (string, error) {
	return func(b, errors string) (string, error) {
		ord, start := byteOrder(b, order, "\xff\xfe\x00\x00", "\x00\x00\xfe\xff")
		unit := func(i int) uint32 {
			if ord == 1 {
				return uint32(b[i])<<24 | uint32(b[i+1])<<16 | uint32(b[i+2])<<8 | uint32(b[i+3])
			}
			return uint32(b[i+3])<<24 | uint32(b[i+2])<<16 | uint32(b[i+1])<<8 | uint32(b[i])
		}
		d := &decoder{name: "utf-32-le"}
		if ord == 1 {
			d.name = "utf-32-be"
		}
		d.step = func(b string, i int) (rune, int, int, string) {
			if len(b)-i < 4 {
				return 0, 0, len(b), "truncated data"
			}
			u := unit(i)
			switch {
			case u > 0x10FFFF:
				return 0, 0, i + 4, "code point not in range(0x110000)"
			case u >= 0xD800 && u <= 0xDFFF:
				return 0, 0, i + 4, "code point in surrogate code point range(0xd800, 0xe000)"
			}
			return rune(u), 4, 0, ""
		}
		d.surrogate = func(b string, i int) (rune, int, bool) {
			if len(b)-i >= 4 {
				if u := unit(i); u >= 0xD800 && u <= 0xDFFF {
					return rune(u), 4, true
				}
			}
			return 0, 0, false
		}
		return d.decode(b, errors, start, make([]byte, 0, len(b)))
	}
}
