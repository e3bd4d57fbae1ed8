package ast

//go:generate sh -c "python3 internal/genunicode/genunicode.py > unicode_gen.go && gofmt -w unicode_gen.go"

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// DecodeNumber returns the value of a NUMBER token's text: int64 for an
// integer that fits, *big.Int for one that does not, float64 for a float
// (correctly rounded, as CPython's; too large a float is +Inf), complex128
// for an imaginary literal. Underscores are ignored. The text is assumed
// to be a valid NUMBER token; anything else is an error.
func DecodeNumber(text string) (any, error) {
	if strings.IndexByte(text, '_') >= 0 {
		text = strings.ReplaceAll(text, "_", "")
	}
	if text == "" {
		return nil, fmt.Errorf("invalid number literal %q", text)
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, err := parseFloat(text[:len(text)-1])
		if err != nil {
			return nil, err
		}
		return complex(0, f), nil
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			return parseInt(text[2:], base)
		}
	}
	if strings.ContainsAny(text, ".eE") {
		return parseFloat(text)
	}
	return parseInt(text, 10)
}

// parseInt parses digits (no sign, prefix or underscores) in base.
func parseInt(digits string, base int) (any, error) {
	if len(digits) < 19 || base == 16 && len(digits) < 16 {
		// Short enough never to overflow: the common case.
		v, err := strconv.ParseUint(digits, base, 64)
		if err == nil && v <= 1<<63-1 {
			return int64(v), nil
		}
	}
	v, err := strconv.ParseInt(digits, base, 64)
	if err == nil {
		return v, nil
	}
	b, ok := new(big.Int).SetString(digits, base)
	if !ok {
		return nil, fmt.Errorf("invalid number literal %q", digits)
	}
	return b, nil
}

// parseFloat parses a decimal float; Go's ParseFloat rounds correctly, as
// CPython's does, and gives ±Inf (with an error we ignore) past the range.
func parseFloat(text string) (float64, error) {
	f, err := strconv.ParseFloat(text, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			return f, nil
		}
		return 0, fmt.Errorf("invalid number literal %q", text)
	}
	return f, nil
}

// StringPrefix splits a STRING token's text into its prefix (such as "",
// "rb" or "F", as written), its quote (', ", ”' or """) and its body,
// the text between the quotes.
func StringPrefix(text string) (prefix, quote, body string) {
	i := 0
	for i < len(text) && text[i] != '\'' && text[i] != '"' {
		i++
	}
	prefix = text[:i]
	rest := text[i:]
	if len(rest) >= 6 && (strings.HasPrefix(rest, `"""`) || strings.HasPrefix(rest, `'''`)) {
		return prefix, rest[:3], rest[3 : len(rest)-3]
	}
	if len(rest) >= 2 {
		return prefix, rest[:1], rest[1 : len(rest)-1]
	}
	return prefix, rest, ""
}

// StringFlags reports what a string prefix says: raw (r), bytes (b) and
// f-string (f), in any case; u changes nothing.
func StringFlags(prefix string) (raw, bytes, fstring bool) {
	for i := 0; i < len(prefix); i++ {
		switch prefix[i] {
		case 'r', 'R':
			raw = true
		case 'b', 'B':
			bytes = true
		case 'f', 'F':
			fstring = true
		}
	}
	return
}

// DecodeString returns the value of a STRING token that is not an
// f-string: a string (UTF-8, lone surrogates in WTF-8) or a Bytes.
//
// Errors are *SyntaxErrors worded as CPython's. "bytes can only contain
// ASCII literal characters" is located at the token, as CPython locates
// it. An escape error ("(unicode error) 'unicodeescape' codec can't
// decode bytes in position 0-2: truncated \xXX escape" and the like) has
// Lineno 0: CPython reports it at the last token its parser had read when
// it decoded the string (usually the token after the last string of a
// concatenation), which only the parser knows, so the parser must fill in
// the location.
func DecodeString(tok Token) (any, error) {
	prefix, _, body := StringPrefix(tok.Text)
	raw, isBytes, fstr := StringFlags(prefix)
	if fstr {
		return nil, &SyntaxError{Class: "SyntaxError", Msg: "DecodeString called on an f-string"}
	}
	if isBytes {
		for i := 0; i < len(body); i++ {
			if body[i] >= 0x80 {
				return nil, &SyntaxError{
					Class: "SyntaxError", Msg: "bytes can only contain ASCII literal characters",
					Lineno: int(tok.Start.Line), Offset: int(tok.Start.Col) + 1,
					EndLineno: int(tok.End.Line), EndOffset: int(tok.End.Col) + 1,
				}
			}
		}
	}
	v, err := DecodeStringPart(body, raw, isBytes)
	if err != nil {
		return nil, err
	}
	if isBytes {
		return Bytes(v), nil
	}
	return v, nil
}

// DecodeStringPart decodes the escapes in body, the text of a literal
// between its quotes or a literal (non-replacement-field) part of an
// f-string, with the rules of a string whose prefix has r (raw) and b
// (bytes) as given:
//
//   - raw: body is returned as it is (CPython only checks that a raw bytes
//     literal is ASCII, which DecodeString does).
//   - str: \\ \' \" \a \b \f \n \r \t \v, backslash-newline (dropped),
//     \ooo (one to three octal digits, up to U+01FF), \xhh, \uhhhh,
//     \Uhhhhhhhh and \N{name}; any other backslash is kept with the
//     character after it (CPython warns; we do not). The result is UTF-8,
//     with a surrogate code point from \ud800 and the like encoded as
//     WTF-8 (3 bytes), as node.go documents for Constant values.
//   - bytes: the same escapes but \u, \U and \N, which are kept as they
//     are; \ooo keeps the low 8 bits; every byte of the result is one byte
//     of the value (so the string may not be valid UTF-8).
//
// An f-string's parser must turn "{{" and "}}" into "{" and "}" itself and
// pass each literal part separately. In a non-raw f-string, "\N{" starts a
// named escape, not a replacement field: the part runs on to the "}" that
// closes the name (CPython 3.11 does the same when it splits f-strings).
// A backslash is not allowed inside a replacement field in 3.11, but in a
// literal part every escape above applies, e.g. f"\x41{x}" is "A" + x. Errors are *SyntaxErrors with Lineno 0
// (see DecodeString) whose positions count as CPython's codecs count: for
// str, in a copy of body where each non-ASCII character is replaced by a
// 10-byte \UXXXXXXXX escape; for bytes, in body's bytes.
func DecodeStringPart(body string, raw, isBytes bool) (string, error) {
	if raw || strings.IndexByte(body, '\\') < 0 {
		return body, nil
	}
	if isBytes {
		return decodeBytesEscapes(body)
	}
	return decodeUnicodeEscapes(body)
}

func hexVal(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// simpleEscape returns the character that \c stands for, for the escapes
// str and bytes share, or -1.
func simpleEscape(c byte) int {
	switch c {
	case '\\', '\'', '"':
		return int(c)
	case 'a':
		return 7
	case 'b':
		return 8
	case 'f':
		return 12
	case 'n':
		return 10
	case 'r':
		return 13
	case 't':
		return 9
	case 'v':
		return 11
	}
	return -1
}

// decodeBytesEscapes decodes the escapes of a bytes literal.
func decodeBytesEscapes(body string) (string, error) {
	b := make([]byte, 0, len(body))
	for i := 0; i < len(body); {
		c := body[i]
		if c != '\\' || i+1 >= len(body) {
			b = append(b, c)
			i++
			continue
		}
		e := body[i+1]
		if v := simpleEscape(e); v >= 0 {
			b = append(b, byte(v))
			i += 2
			continue
		}
		switch {
		case e == '\n':
			i += 2
		case e >= '0' && e <= '7':
			v, j := octalEscape(body, i+1)
			b = append(b, byte(v))
			i = j
		case e == 'x':
			if i+3 < len(body)+0 && hexVal(body[i+2]) >= 0 && hexVal(body[i+3]) >= 0 {
				b = append(b, byte(hexVal(body[i+2])<<4|hexVal(body[i+3])))
				i += 4
				continue
			}
			return "", &SyntaxError{Class: "SyntaxError", Msg: fmt.Sprintf("(value error) invalid \\x escape at position %d", i)}
		default:
			// Not an escape: the backslash stays.
			b = append(b, '\\')
			i++
		}
	}
	return string(b), nil
}

// octalEscape reads one to three octal digits from body[i:].
func octalEscape(body string, i int) (int, int) {
	v := int(body[i] - '0')
	i++
	for k := 0; k < 2 && i < len(body) && body[i] >= '0' && body[i] <= '7'; k++ {
		v = v<<3 | int(body[i]-'0')
		i++
	}
	return v, i
}

// appendWTF8 appends r as UTF-8, encoding a surrogate as its 3 bytes
// (which utf8.AppendRune would replace with U+FFFD).
func appendWTF8(b []byte, r rune) []byte {
	if r >= 0xD800 && r <= 0xDFFF {
		return append(b, 0xE0|byte(r>>12), 0x80|byte(r>>6)&0x3F, 0x80|byte(r)&0x3F)
	}
	return utf8.AppendRune(b, r)
}

// decodeUnicodeEscapes decodes the escapes of a str literal. pos counts
// positions as CPython's unicode_escape codec sees them (each non-ASCII
// character as a 10-byte \U escape), for the error messages.
func decodeUnicodeEscapes(body string) (string, error) {
	b := make([]byte, 0, len(body))
	pos := 0
	codecErr := func(start, end int, reason string) error {
		// end is the exclusive end; CPython prints an inclusive range.
		var msg string
		if end-start == 1 {
			msg = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode byte 0x5c in position %d: %s", start, reason)
		} else {
			msg = fmt.Sprintf("(unicode error) 'unicodeescape' codec can't decode bytes in position %d-%d: %s", start, end-1, reason)
		}
		return &SyntaxError{Class: "SyntaxError", Msg: msg}
	}
	for i := 0; i < len(body); {
		c := body[i]
		if c >= 0x80 {
			_, n := utf8.DecodeRuneInString(body[i:])
			b = append(b, body[i:i+n]...)
			i += n
			pos += 10
			continue
		}
		if c != '\\' || i+1 >= len(body) {
			b = append(b, c)
			i++
			pos++
			continue
		}
		e := body[i+1]
		if v := simpleEscape(e); v >= 0 {
			b = append(b, byte(v))
			i += 2
			pos += 2
			continue
		}
		switch e {
		case '\n':
			i += 2
			pos += 2
		case '0', '1', '2', '3', '4', '5', '6', '7':
			v, j := octalEscape(body, i+1)
			b = utf8.AppendRune(b, rune(v))
			pos += j - i
			i = j
		case 'x', 'u', 'U':
			n := 2
			what := `truncated \xXX escape`
			if e == 'u' {
				n, what = 4, `truncated \uXXXX escape`
			} else if e == 'U' {
				n, what = 8, `truncated \UXXXXXXXX escape`
			}
			v := 0
			k := 0
			for k < n && i+2+k < len(body) && hexVal(body[i+2+k]) >= 0 {
				v = v<<4 | hexVal(body[i+2+k])
				k++
			}
			if k < n {
				return "", codecErr(pos, pos+2+k, what)
			}
			if v > utf8.MaxRune {
				return "", codecErr(pos, pos+2+n, "illegal Unicode character")
			}
			b = appendWTF8(b, rune(v))
			i += 2 + n
			pos += 2 + n
		case 'N':
			// \N{name}: CPython reports a malformed escape up to the
			// '{' (or just the \N) and an unknown name up to the '}'.
			j := i + 2
			if j >= len(body) || body[j] != '{' {
				return "", codecErr(pos, pos+2, `malformed \N character escape`)
			}
			end := strings.IndexByte(body[j+1:], '}')
			if end <= 0 {
				return "", codecErr(pos, pos+3, `malformed \N character escape`)
			}
			name := body[j+1 : j+1+end]
			width := 3 + escapedLen(name) + 1
			r, ok := LookupUnicodeName(name)
			if !ok {
				return "", codecErr(pos, pos+width, "unknown Unicode character name")
			}
			b = appendWTF8(b, r)
			i = j + 1 + end + 1
			pos += width
		default:
			// Not an escape: the backslash stays, and the next character
			// is read on its own.
			b = append(b, '\\')
			i++
			pos++
		}
	}
	return string(b), nil
}

// escapedLen is the length of s as CPython's codec sees it.
func escapedLen(s string) int {
	n := 0
	for _, r := range s {
		if r >= 0x80 {
			n += 10
		} else {
			n++
		}
	}
	return n
}

var (
	unicodeNamesOnce sync.Once
	unicodeNameMap   map[string]rune
)

// Jamo short names of the Hangul syllable names, which are computed.
var (
	hangulL = []string{"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"}
	hangulV = []string{"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"}
	hangulT = []string{"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"}
)

// LookupUnicodeName returns the character with the given name or name
// alias, matched without regard to case, as \N{...} finds it (named
// sequences are not characters and are not found).
func LookupUnicodeName(name string) (rune, bool) {
	name = strings.ToUpper(name)
	for _, a := range algorithmicNames {
		if strings.HasPrefix(name, a.prefix) {
			hex := name[len(a.prefix):]
			if len(hex) < 4 || len(hex) > 5 {
				return 0, false
			}
			v, err := strconv.ParseUint(hex, 16, 32)
			if err != nil || !inRanges(rune(v), a.ranges) {
				return 0, false
			}
			return rune(v), true
		}
	}
	if rest, ok := strings.CutPrefix(name, "HANGUL SYLLABLE "); ok {
		return hangulSyllable(rest)
	}
	unicodeNamesOnce.Do(func() {
		unicodeNameMap = make(map[string]rune, 36000)
		for t := unicodeNames; t != ""; {
			nl := strings.IndexByte(t, '\n')
			line := t[:nl]
			t = t[nl+1:]
			colon := strings.IndexByte(line, ':')
			v, _ := strconv.ParseUint(line[:colon], 16, 32)
			if _, dup := unicodeNameMap[line[colon+1:]]; !dup {
				unicodeNameMap[line[colon+1:]] = rune(v)
			}
		}
	})
	r, ok := unicodeNameMap[name]
	return r, ok
}

// hangulSyllable decodes the jamo part of a Hangul syllable name, trying
// the longest jamo first at each step as the names are unambiguous.
func hangulSyllable(s string) (rune, bool) {
	for l := range hangulL {
		if !strings.HasPrefix(s, hangulL[l]) {
			continue
		}
		s1 := s[len(hangulL[l]):]
		for v := range hangulV {
			if !strings.HasPrefix(s1, hangulV[v]) {
				continue
			}
			s2 := s1[len(hangulV[v]):]
			for t := range hangulT {
				if s2 == hangulT[t] {
					return rune(0xAC00 + (l*21+v)*28 + t), true
				}
			}
		}
	}
	return 0, false
}

// NormalizeIdentifier returns the NFKC form of an identifier, which is
// how CPython's parser stores a non-ASCII name (PEP 3131): "ﬁ" and "fi"
// are the same name. ASCII names are returned as they are.
func NormalizeIdentifier(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= 0x80 {
			return norm.NFKC.String(name)
		}
	}
	return name
}
