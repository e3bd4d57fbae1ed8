package pystr

import (
	"strconv"
	"unicode/utf8"
)

// encoder describes how one codec turns code points into bytes, and how its
// CPython implementation reports the characters it cannot encode.
type encoder struct {
	name   string // codec name in error messages
	reason string
	ok     func(r rune) bool             // whether r encodes as is
	put    func(b []byte, r rune) []byte // appends an encodable r, or a surrogate under surrogatepass
	// run makes an error cover the whole run of unencodable characters
	// rather than one character.
	run bool
	// passSurrogates allows the surrogatepass handler (the UTF codecs).
	passSurrogates bool
	// wide marks the UTF-16 and UTF-32 codecs, which reject the single
	// bytes that surrogateescape produces.
	wide bool
	// escapeWhole makes a surrogateescape failure report the whole range
	// rather than the range from the first character it could not escape.
	escapeWhole bool
}

func isSurrogate(r rune) bool { return r >= 0xD800 && r <= 0xDFFF }

// toRunes decodes a str into code points, lone surrogates included.
func toRunes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		rs = append(rs, r)
		i += size
	}
	return rs
}

// encode appends the encoding of s to out, applying the error handler to
// the characters the codec cannot encode.
func (e *encoder) encode(s, errors string, out []byte) (string, error) {
	rs := toRunes(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		if e.ok(r) {
			out = e.put(out, r)
			i++
			continue
		}
		end := i + 1
		if e.run {
			for end < len(rs) && !e.ok(rs[end]) {
				end++
			}
		}
		fail := func(start int) error {
			return &UnicodeError{Class: "UnicodeEncodeError", Encoding: e.name, Object: s,
				Start: start, End: end, Reason: e.reason}
		}
		switch errors {
		case "strict":
			return "", fail(i)
		case "ignore":
		case "replace":
			for k := i; k < end; k++ {
				out = e.put(out, '?')
			}
		case "backslashreplace":
			for k := i; k < end; k++ {
				out = e.putASCII(out, backslashEscape(rs[k]))
			}
		case "xmlcharrefreplace":
			for k := i; k < end; k++ {
				out = e.putASCII(out, "&#"+strconv.Itoa(int(rs[k]))+";")
			}
		case "surrogateescape":
			if e.wide {
				return "", fail(i)
			}
			for k := i; k < end; k++ {
				if rs[k] < 0xDC80 || rs[k] > 0xDCFF {
					if e.escapeWhole {
						return "", fail(i)
					}
					return "", fail(k)
				}
				out = append(out, byte(rs[k]-0xDC00))
			}
		case "surrogatepass":
			if !e.passSurrogates {
				return "", fail(i)
			}
			for k := i; k < end; k++ {
				if !isSurrogate(rs[k]) {
					return "", fail(i)
				}
				out = e.put(out, rs[k])
			}
		default:
			return "", unknownHandler(errors)
		}
		i = end
	}
	return string(out), nil
}

func (e *encoder) putASCII(out []byte, rep string) []byte {
	for i := 0; i < len(rep); i++ {
		out = e.put(out, rune(rep[i]))
	}
	return out
}

// backslashEscape returns the \x, \u or \U escape of r.
func backslashEscape(r rune) string {
	const hex = "0123456789abcdef"
	var n int
	var b []byte
	switch {
	case r <= 0xff:
		b, n = []byte(`\x`), 2
	case r <= 0xffff:
		b, n = []byte(`\u`), 4
	default:
		b, n = []byte(`\U`), 8
	}
	for k := n - 1; k >= 0; k-- {
		b = append(b, hex[(r>>(4*k))&0xf])
	}
	return string(b)
}

var utf8Encoder = &encoder{
	name: "utf-8", reason: "surrogates not allowed",
	ok:  func(r rune) bool { return !isSurrogate(r) },
	put: appendRune, run: true, passSurrogates: true,
}

func encodeUTF8(s, errors string) (string, error) {
	// WTF-8 text is valid UTF-8 exactly when it holds no surrogate.
	if utf8.ValidString(s) {
		return s, nil
	}
	return utf8Encoder.encode(s, errors, make([]byte, 0, len(s)))
}

// encodeUTF8Sig encodes UTF-8 after a byte order mark.
func encodeUTF8Sig(s, errors string) (string, error) {
	b, err := encodeUTF8(s, errors)
	if err != nil {
		return "", err
	}
	return "\xef\xbb\xbf" + b, nil
}

func putByte(b []byte, r rune) []byte { return append(b, byte(r)) }

var asciiEncoder = &encoder{
	name: "ascii", reason: "ordinal not in range(128)",
	ok: func(r rune) bool { return r < 0x80 }, put: putByte, run: true,
}

func encodeASCII(s, errors string) (string, error) {
	if IsASCII(s) {
		return s, nil
	}
	return asciiEncoder.encode(s, errors, make([]byte, 0, len(s)))
}

var latin1Encoder = &encoder{
	name: "latin-1", reason: "ordinal not in range(256)",
	ok: func(r rune) bool { return r < 0x100 }, put: putByte, run: true,
}

func encodeLatin1(s, errors string) (string, error) {
	if IsASCII(s) {
		return s, nil
	}
	return latin1Encoder.encode(s, errors, make([]byte, 0, len(s)))
}

// cp1252Encode maps a code point to its cp1252 byte.
func cp1252Encode(r rune) (byte, bool) {
	if r < 0x80 || (r >= 0xA0 && r <= 0xFF) {
		return byte(r), true
	}
	for i, c := range cp1252High {
		if c == r {
			return byte(0x80 + i), true
		}
	}
	return 0, false
}

var cp1252Encoder = &encoder{
	name: "charmap", reason: "character maps to <undefined>",
	ok: func(r rune) bool { _, ok := cp1252Encode(r); return ok },
	put: func(b []byte, r rune) []byte {
		c, _ := cp1252Encode(r)
		return append(b, c)
	},
	run: true, escapeWhole: true,
}

func encodeCP1252(s, errors string) (string, error) {
	if IsASCII(s) {
		return s, nil
	}
	return cp1252Encoder.encode(s, errors, make([]byte, 0, len(s)))
}

// utf16Encoder returns the encoder for UTF-16 in byte order order: -1
// little-endian, 1 big-endian, 0 little-endian (the native order of the
// platforms Python reports here) after a byte order mark.
func utf16Encoder(order int) func(s, errors string) (string, error) {
	name := map[int]string{-1: "utf-16-le", 0: "utf-16", 1: "utf-16-be"}[order]
	unit := func(b []byte, u uint16) []byte {
		if order == 1 {
			return append(b, byte(u>>8), byte(u))
		}
		return append(b, byte(u), byte(u>>8))
	}
	enc := &encoder{
		name: name, reason: "surrogates not allowed",
		ok: func(r rune) bool { return !isSurrogate(r) },
		put: func(b []byte, r rune) []byte {
			if r >= 0x10000 {
				r -= 0x10000
				b = unit(b, uint16(0xD800+(r>>10)))
				return unit(b, uint16(0xDC00+(r&0x3FF)))
			}
			return unit(b, uint16(r))
		},
		passSurrogates: true, wide: true,
	}
	return func(s, errors string) (string, error) {
		out := make([]byte, 0, 2*len(s)+2)
		if order == 0 {
			out = unit(out, 0xFEFF)
		}
		return enc.encode(s, errors, out)
	}
}

// utf32Encoder returns the encoder for UTF-32, order as for utf16Encoder.
func utf32Encoder(order int) func(s, errors string) (string, error) {
	name := map[int]string{-1: "utf-32-le", 0: "utf-32", 1: "utf-32-be"}[order]
	put := func(b []byte, r rune) []byte {
		u := uint32(r)
		if order == 1 {
			return append(b, byte(u>>24), byte(u>>16), byte(u>>8), byte(u))
		}
		return append(b, byte(u), byte(u>>8), byte(u>>16), byte(u>>24))
	}
	enc := &encoder{
		name: name, reason: "surrogates not allowed",
		ok:  func(r rune) bool { return !isSurrogate(r) },
		put: put, passSurrogates: true, wide: true,
	}
	return func(s, errors string) (string, error) {
		out := make([]byte, 0, 4*len(s)+4)
		if order == 0 {
			out = put(out, 0xFEFF)
		}
		return enc.encode(s, errors, out)
	}
}
