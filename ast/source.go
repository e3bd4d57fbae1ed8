package ast

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/ianaindex"
)

// DecodeSource turns the raw bytes of a source file into UTF-8 text as
// CPython's compile() does with bytes: a UTF-8 byte order mark is dropped,
// a PEP 263 coding declaration on line 1 or 2 selects the encoding
// (UTF-8 by default), and \r\n and lone \r line ends become \n.
//
// Errors are *SyntaxErrors worded as CPython's: NUL bytes ("source code
// string cannot contain null bytes"), an unknown encoding ("unknown
// encoding: NAME"), a BOM with another declared encoding, bytes that the
// declared encoding cannot decode. Without a declaration CPython decodes
// UTF-8 token by token, so a bad byte in a comment goes unnoticed and one
// in a string or name is reported with a position inside that token;
// DecodeSource does the same (the text it returns then keeps the bad
// bytes of comments as they are). The errors' Filename is left empty for
// the caller to fill in.
func DecodeSource(src []byte) (string, error) {
	if bytes.IndexByte(src, 0) >= 0 {
		return "", &SyntaxError{Class: "SyntaxError", Msg: "source code string cannot contain null bytes"}
	}
	bom := false
	if bytes.HasPrefix(src, []byte("\xef\xbb\xbf")) {
		bom = true
		src = src[3:]
	}
	name, declared := codingSpec(src)
	if !declared {
		text := string(src)
		if !utf8.ValidString(text) {
			if err := undeclaredUTF8Error(text); err != nil {
				return "", err
			}
		}
		return normalizeNewlines(text), nil
	}
	norm := normalEncodingName(name)
	if bom && norm != "utf-8" {
		return "", &SyntaxError{Class: "SyntaxError", Msg: fmt.Sprintf("encoding problem: %s with BOM", norm), Offset: -1}
	}
	var text string
	switch codec := codecName(norm); codec {
	case "utf-8":
		if start, end, reason, bad := firstUTF8Error(src); bad {
			return "", &SyntaxError{Class: "SyntaxError", Msg: codecMessage("utf-8", src, start, end, reason), Offset: -1}
		}
		text = string(src)
	case "iso-8859-1":
		// Latin-1 maps each byte to the code point of the same value.
		var b strings.Builder
		b.Grow(len(src) + len(src)/8)
		for _, c := range src {
			b.WriteRune(rune(c))
		}
		text = b.String()
	case "ascii":
		for i, c := range src {
			if c >= 0x80 {
				return "", &SyntaxError{Class: "SyntaxError", Offset: -1,
					Msg: fmt.Sprintf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", c, i)}
			}
		}
		text = string(src)
	default:
		enc := lookupEncoding(codec)
		if enc == nil {
			return "", &SyntaxError{Class: "SyntaxError", Msg: "unknown encoding: " + name, Offset: -1}
		}
		out, err := enc.NewDecoder().Bytes(src)
		if err != nil {
			return "", &SyntaxError{Class: "SyntaxError", Msg: fmt.Sprintf("'%s' codec can't decode source: %v", name, err), Offset: -1}
		}
		text = string(out)
	}
	return normalizeNewlines(text), nil
}

// codingSpec finds a PEP 263 declaration: a comment line matching
// "coding[:=][ \t]*([-\w.]+)" that is line 1, or line 2 when line 1 is
// blank or a comment.
func codingSpec(src []byte) (string, bool) {
	for lineNo := 1; lineNo <= 2 && len(src) > 0; lineNo++ {
		line := src
		src = nil
		if i := bytes.IndexAny(line, "\r\n"); i >= 0 {
			src = line[i+1:]
			if line[i] == '\r' && len(src) > 0 && src[0] == '\n' {
				src = src[1:]
			}
			line = line[:i]
		}
		trimmed := bytes.TrimLeft(line, " \t\f")
		if len(trimmed) == 0 {
			continue
		}
		if trimmed[0] != '#' {
			return "", false
		}
		if name, ok := codingInComment(trimmed); ok {
			return name, true
		}
	}
	return "", false
}

// codingInComment looks for "coding[:=]" followed by optional blanks and
// an encoding name in a comment.
func codingInComment(c []byte) (string, bool) {
	for {
		i := bytes.Index(c, []byte("coding"))
		if i < 0 {
			return "", false
		}
		c = c[i+6:]
		if len(c) == 0 || c[0] != ':' && c[0] != '=' {
			continue
		}
		c = bytes.TrimLeft(c[1:], " \t")
		n := 0
		for n < len(c) && (isAlnum(c[n]) || c[n] == '-' || c[n] == '_' || c[n] == '.') {
			n++
		}
		if n > 0 {
			return string(c[:n]), true
		}
	}
}

// normalEncodingName is CPython's tokenizer's get_normal_name: it folds
// the spellings of UTF-8 and Latin-1 it knows (case and '_' or '-' aside)
// to "utf-8" and "iso-8859-1" and leaves any other name as written. Only
// the folded "utf-8" may go with a BOM ("utf8" may not).
func normalEncodingName(name string) string {
	n := name
	if len(n) > 12 {
		n = n[:12]
	}
	n = strings.ReplaceAll(strings.ToLower(n), "_", "-")
	switch {
	case n == "utf-8" || strings.HasPrefix(n, "utf-8-"):
		return "utf-8"
	case n == "latin-1" || n == "iso-8859-1" || n == "iso-latin-1" ||
		strings.HasPrefix(n, "latin-1-") || strings.HasPrefix(n, "iso-8859-1-") || strings.HasPrefix(n, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return name
}

// codecName folds a codec name as Python's codec registry does before it
// looks the name up (lower case, '-' and ' ' read as '_'), mapping the
// aliases of the codecs DecodeSource decodes itself to their one name.
func codecName(name string) string {
	n := strings.ToLower(strings.NewReplacer("-", "_", " ", "_").Replace(name))
	switch n {
	case "utf_8", "utf8", "u8", "utf", "utf8_ucs2", "utf8_ucs4", "cp65001":
		return "utf-8"
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso_ir_100", "ibm819", "iso_8859_1_1987", "csisolatin1":
		return "iso-8859-1"
	case "ascii", "us_ascii", "646", "us", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us", "iso_646.irv_1991", "iso_ir_6":
		return "ascii"
	}
	return strings.ReplaceAll(n, "_", "-")
}

// lookupEncoding finds an encoding of golang.org/x/text by a Python codec
// name or alias.
func lookupEncoding(name string) encoding.Encoding {
	switch name {
	case "cp1252", "windows-1252":
		return charmap.Windows1252
	case "cp437", "ibm437":
		return charmap.CodePage437
	case "cp850", "ibm850":
		return charmap.CodePage850
	case "koi8-r":
		return charmap.KOI8R
	case "koi8-u":
		return charmap.KOI8U
	}
	candidates := []string{name, strings.ReplaceAll(name, "-", "_")}
	if strings.HasPrefix(name, "cp") {
		candidates = append(candidates, "windows-"+name[2:])
	}
	if strings.HasPrefix(name, "iso8859-") {
		candidates = append(candidates, "iso-8859-"+name[8:])
	}
	for _, c := range candidates {
		if e, err := htmlindex.Get(c); err == nil && e != nil {
			return e
		}
		if e, err := ianaindex.IANA.Encoding(c); err == nil && e != nil {
			return e
		}
	}
	return nil
}

// firstUTF8Error finds the first byte sequence that Python's UTF-8 codec
// rejects and reports it as that codec does: the range of bytes it
// blames and the reason.
func firstUTF8Error(b []byte) (start, end int, reason string, bad bool) {
	for i := 0; i < len(b); {
		c := b[i]
		if c < 0x80 {
			i++
			continue
		}
		var n int
		lo, hi := byte(0x80), byte(0xBF)
		switch {
		case c >= 0xC2 && c <= 0xDF:
			n = 2
		case c >= 0xE0 && c <= 0xEF:
			n = 3
			if c == 0xE0 {
				lo = 0xA0
			} else if c == 0xED {
				hi = 0x9F
			}
		case c >= 0xF0 && c <= 0xF4:
			n = 4
			if c == 0xF0 {
				lo = 0x90
			} else if c == 0xF4 {
				hi = 0x8F
			}
		default:
			return i, i + 1, "invalid start byte", true
		}
		for k := 1; k < n; k++ {
			if i+k >= len(b) {
				return i, len(b), "unexpected end of data", true
			}
			d := b[i+k]
			if k == 1 && (d < lo || d > hi) || k > 1 && (d < 0x80 || d > 0xBF) {
				return i, i + k, "invalid continuation byte", true
			}
		}
		i += n
	}
	return 0, 0, "", false
}

// codecMessage words a decoding error as Python's codecs do.
func codecMessage(codec string, b []byte, start, end int, reason string) string {
	if end-start == 1 {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", codec, b[start], start, reason)
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", codec, start, end-1, reason)
}

// undeclaredUTF8Error reports invalid UTF-8 in a file without coding
// declaration as CPython does: it decodes each string literal's body and
// each name when it meets them, so the first such token holding a bad byte
// is the error, positioned within it; bad bytes in comments are ignored.
func undeclaredUTF8Error(text string) error {
	s := NewScanner("", text, false)
	for {
		tok, err := s.Next()
		if err != nil {
			if e, ok := err.(*SyntaxError); ok && strings.HasPrefix(e.Msg, "(unicode error)") {
				return e
			}
			// Any other error is the parser's to report.
			return nil
		}
		if tok.Kind == EOF {
			return nil
		}
		// Names with bad UTF-8 fail in the scanner, above.
		switch tok.Kind {
		case STRING:
			_, _, body := StringPrefix(tok.Text)
			start, end, reason, bad := firstUTF8Error([]byte(body))
			if !bad {
				continue
			}
			// CPython's parser reports it at the token after the string.
			next, nerr := s.Next()
			line, col := int(tok.End.Line), int(tok.End.Col)
			if nerr == nil {
				line, col = int(next.Start.Line), int(next.Start.Col)
			}
			lt := s.LineText(line)
			off := utf8.RuneCountInString(safeSlice(lt, col)) + 1
			return &SyntaxError{Class: "SyntaxError", Lineno: line, Offset: off, EndLineno: line, EndOffset: off, Text: lt,
				Msg: "(unicode error) " + codecMessage("utf-8", []byte(body), start, end, reason)}
		}
	}
}
