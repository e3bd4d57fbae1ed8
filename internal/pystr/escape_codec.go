package pystr

import (
	"strconv"
	"strings"
)

// escape_codec.go is the unicode_escape and raw_unicode_escape codecs:
// Python string-literal escapes over Latin-1 text.

func init() {
	codecs["unicode_escape"] = &codecInfo{name: "unicode-escape", encode: encodeUnicodeEscape, decode: decodeUnicodeEscape}
	codecs["raw_unicode_escape"] = &codecInfo{name: "raw-unicode-escape", encode: encodeRawUnicodeEscape, decode: decodeRawUnicodeEscape}
}

// appendCodeEscape appends \xhh, \uhhhh or \Uhhhhhhhh, the shortest of
// them that holds r (\x only when short is set).
func appendCodeEscape(b []byte, r rune, short bool) []byte {
	hex := strconv.FormatInt(int64(r), 16)
	switch {
	case short && r < 0x100:
		return append(append(b, `\x`...), strings.Repeat("0", 2-len(hex))+hex...)
	case r < 0x10000:
		return append(append(b, `\u`...), strings.Repeat("0", 4-len(hex))+hex...)
	}
	return append(append(b, `\U`...), strings.Repeat("0", 8-len(hex))+hex...)
}

func encodeUnicodeEscape(s, errors string) (string, error) {
	out := make([]byte, 0, len(s))
	for _, r := range toRunes(s) {
		switch {
		case r == '\\':
			out = append(out, `\\`...)
		case r == '\t':
			out = append(out, `\t`...)
		case r == '\n':
			out = append(out, `\n`...)
		case r == '\r':
			out = append(out, `\r`...)
		case r >= 0x20 && r < 0x7f:
			out = append(out, byte(r))
		default:
			out = appendCodeEscape(out, r, true)
		}
	}
	return string(out), nil
}

func encodeRawUnicodeEscape(s, errors string) (string, error) {
	out := make([]byte, 0, len(s))
	for _, r := range toRunes(s) {
		if r < 0x100 {
			out = append(out, byte(r))
		} else {
			out = appendCodeEscape(out, r, false)
		}
	}
	return string(out), nil
}

// hexEscape reads the n hex digits of a \x, \u or \U escape whose
// backslash is at b[i]; it fails with the truncated escape's end.
func hexEscape(b string, i, n int, kind string) (rune, int, int, string) {
	start := i + 2
	k := start
	for k < len(b) && k < start+n && isHexDigit(b[k]) {
		k++
	}
	if k < start+n {
		return 0, 0, k, "truncated \\" + kind + " escape"
	}
	v, _ := strconv.ParseUint(b[start:k], 16, 32)
	if v > 0x10FFFF {
		reason := "illegal Unicode character"
		return 0, 0, k, reason
	}
	return rune(v), k - i, 0, ""
}

func isHexDigit(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c|0x20 && c|0x20 <= 'f'
}

var simpleEscapes = map[byte]rune{
	'\\': '\\', '\'': '\'', '"': '"', 'a': 7, 'b': 8, 'f': 12, 'n': '\n', 'r': '\r', 't': '\t', 'v': 11,
}

var unicodeEscapeDecoder = &decoder{
	name: "unicodeescape",
	step: func(b string, i int) (rune, int, int, string) {
		if b[i] != '\\' {
			return rune(b[i]), 1, 0, ""
		}
		if i+1 == len(b) {
			return 0, 0, i + 1, "\\ at end of string"
		}
		c := b[i+1]
		if r, ok := simpleEscapes[c]; ok {
			return r, 2, 0, ""
		}
		switch c {
		case '\n':
			return -1, 2, 0, ""
		case 'x':
			return hexEscape(b, i, 2, "xXX")
		case 'u':
			return hexEscape(b, i, 4, "uXXXX")
		case 'U':
			return hexEscape(b, i, 8, "UXXXXXXXX")
		case 'N':
			// The Unicode character names are not available.
			if i+2 >= len(b) || b[i+2] != '{' {
				return 0, 0, i + 2, "malformed \\N character escape"
			}
			end := strings.IndexByte(b[i:], '}')
			if end < 0 {
				return 0, 0, len(b), "malformed \\N character escape"
			}
			return 0, 0, i + end + 1, "unknown Unicode character name"
		}
		if c >= '0' && c <= '7' {
			v, k := rune(0), i+1
			for k < len(b) && k < i+4 && b[k] >= '0' && b[k] <= '7' {
				v = v*8 + rune(b[k]-'0')
				k++
			}
			return v, k - i, 0, ""
		}
		// An unknown escape stays as written.
		return '\\', 1, 0, ""
	},
}

func decodeUnicodeEscape(b, errors string) (string, error) {
	return unicodeEscapeDecoder.decode(b, errors, 0, make([]byte, 0, len(b)))
}

func decodeRawUnicodeEscape(b, errors string) (string, error) {
	// Only \u and \U escape, and only after an odd run of backslashes:
	// the backslashes before the last one of a run stay as they are.
	literalUntil := 0
	d := &decoder{
		name: "rawunicodeescape",
		step: func(b string, i int) (rune, int, int, string) {
			if b[i] != '\\' || i < literalUntil {
				return rune(b[i]), 1, 0, ""
			}
			j := i
			for j < len(b) && b[j] == '\\' {
				j++
			}
			if (j-i)%2 == 0 || j == len(b) || b[j] != 'u' && b[j] != 'U' {
				literalUntil = j
				return '\\', 1, 0, ""
			}
			if j-1 > i {
				literalUntil = j - 1
				return '\\', 1, 0, ""
			}
			if b[j] == 'u' {
				return hexEscape(b, i, 4, "uXXXX")
			}
			r, n, end, reason := hexEscape(b, i, 8, "UXXXXXXXX")
			if reason == "illegal Unicode character" {
				reason = "\\Uxxxxxxxx out of range"
			}
			return r, n, end, reason
		},
	}
	return d.decode(b, errors, 0, make([]byte, 0, len(b)))
}
