package ast

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// The Scanner turns decoded source text into tokens the way CPython 3.11's
// C tokenizer (Parser/tokenizer.c) does: the same token boundaries, the
// same INDENT/DEDENT and NEWLINE rules, the same errors with the same
// messages and locations. It is written from a description of that
// tokenizer's behaviour, not from its code.
//
// It works on bytes: every ASCII character is handled by byte tests and
// tables, and non-ASCII bytes only ever occur in identifiers, strings and
// comments (anywhere else they are an error), so the scanner decodes UTF-8
// only to check a non-ASCII identifier. Token texts are substrings of the
// source, so a token costs no allocation.

// maxIndent is the depth of CPython's indentation stack (MAXINDENT): the
// stack holds the zero level too, so 99 nested blocks is the most a file
// may have.
const maxIndent = 100

// maxLevel is CPython's MAXLEVEL, the deepest nesting of brackets.
const maxLevel = 200

// tabSize is the tab stop used for the indentation column; CPython also
// measures every line with tabs of size 1 (altcol) and requires the two
// measures to order lines the same way, which is what catches a mix of
// tabs and spaces whose meaning depends on the tab size.
const tabSize = 8

// parenInfo is one open bracket: the character and where it is, for the
// "was never closed" and "does not match" errors.
type parenInfo struct {
	ch   byte
	line int32
	col  int32 // byte column
}

// Scanner produces the tokens of one source text. Create it with
// NewScanner and call Next (or Scan, which fills a token in place and so
// is faster) until it returns an EOF token or an error.
//
// Notes for the parser:
//   - Keywords and soft keywords are NAME tokens; "<>" is a NOTEQUAL token
//     whose text the parser must reject ("invalid syntax"), as CPython's
//     does outside "from __future__ import barry_as_FLUFL"; "!" alone is
//     EXCLAMATION and any other stray ASCII character ($ ? `) is OP, both
//     "invalid syntax" outside f-strings.
//   - With type comments, TYPE_IGNORE tokens may come anywhere; collect
//     them (line, Text) and drop them, as CPython's parser does.
//   - Errors the tokenizer raises come with CPython's locations. Some
//     errors CPython's parser raises at its last token (for instance
//     "expected an indented block" at EOF); the EOF token's position is
//     CPython's ENDMARKER position for that purpose (see Token).
//   - Non-ASCII identifiers are checked here but not normalised: call
//     NormalizeIdentifier on NAME text holding a byte >= 0x80.
type Scanner struct {
	filename     string
	src          string // the text, with a final "\n" added if it lacked one
	synthetic    bool   // whether the final "\n" was added
	typeComments bool

	pos       int   // offset of the next byte to read
	line      int32 // line of pos, from 1
	lineStart int   // offset of the start of line

	atBOL      bool // the next read starts a line: measure its indentation
	pendin     int  // INDENTs (>0) or DEDENTs (<0) still to return
	indents    []int
	altIndents []int
	parens     []parenInfo

	err error // the error returned once, returned again by later calls
}

// NewScanner returns a scanner for text, the decoded source (see
// DecodeSource). \r\n and lone \r line ends are read as \n, as CPython
// reads them. With typeComments, "# type: ..." comments become
// TYPE_COMMENT and TYPE_IGNORE tokens as with ast.parse(...,
// type_comments=True); without it they are comments like any other.
func NewScanner(filename, text string, typeComments bool) *Scanner {
	text = normalizeNewlines(text)
	s := &Scanner{
		filename:     filename,
		typeComments: typeComments,
		line:         1,
		atBOL:        true,
		indents:      make([]int, 1, 16),
		altIndents:   make([]int, 1, 16),
	}
	// CPython appends a newline to a text that does not end in one, so
	// that the last line gets its NEWLINE like any other; the NEWLINE
	// token of that line then has empty text.
	if text != "" && text[len(text)-1] != '\n' {
		text += "\n"
		s.synthetic = true
	}
	s.src = text
	return s
}

// normalizeNewlines turns \r\n and lone \r into \n, as CPython's
// tokenizer does before it looks at the text (also inside string
// literals). Text without \r is returned as it is, without copying.
func normalizeNewlines(text string) string {
	i := strings.IndexByte(text, '\r')
	if i < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for {
		b.WriteString(text[:i])
		b.WriteByte('\n')
		text = text[i+1:]
		if text != "" && text[0] == '\n' {
			text = text[1:]
		}
		i = strings.IndexByte(text, '\r')
		if i < 0 {
			b.WriteString(text)
			return b.String()
		}
	}
}

// Filename returns the file name the scanner reports in errors.
func (s *Scanner) Filename() string { return s.filename }

// Source returns the text the scanner reads: the normalised text given to
// NewScanner, with a final newline added if it lacked one. Token offsets
// index this string.
func (s *Scanner) Source() string { return s.src }

// LineText returns source line n (counted from 1) without its newline, or
// "" if there is no such line. It is what SyntaxError.Text holds.
func (s *Scanner) LineText(n int) string {
	return sourceLine(s.src, n)
}

// sourceLine returns line n of src without its newline.
func sourceLine(src string, n int) string {
	if n < 1 {
		return ""
	}
	for i := 1; i < n; i++ {
		j := strings.IndexByte(src, '\n')
		if j < 0 {
			return ""
		}
		src = src[j+1:]
	}
	if j := strings.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	return src
}

// ParenDepth returns how many brackets are open after the last token.
func (s *Scanner) ParenDepth() int { return len(s.parens) }

// Character classes of ASCII bytes, as CPython's tokenizer tests them;
// every byte from 128 up counts as a possible identifier character, to be
// checked properly once the whole identifier is read.
const (
	cIdentStart = 1 << iota // a letter, '_' or a non-ASCII byte
	cIdentChar              // cIdentStart or a digit
	cDigit
	cHex
)

var charClass = func() (t [256]uint8) {
	for c := 0; c < 256; c++ {
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c == '_', c >= 128:
			t[c] |= cIdentStart | cIdentChar
		case c >= '0' && c <= '9':
			t[c] |= cIdentChar | cDigit | cHex
		}
		if c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' {
			t[c] |= cHex
		}
	}
	return
}()

func isDigit(c byte) bool     { return charClass[c]&cDigit != 0 }
func isHex(c byte) bool       { return charClass[c]&cHex != 0 }
func isIdentChar(c byte) bool { return charClass[c]&cIdentChar != 0 }

// at returns the byte at offset i, or 0 past the end of the source. The
// source never contains NUL (DecodeSource rejects it), so 0 means the end.
func (s *Scanner) at(i int) byte {
	if i < len(s.src) {
		return s.src[i]
	}
	return 0
}

// newline records that the byte at offset i, just read, is a '\n'.
func (s *Scanner) newline(i int) {
	s.line++
	s.lineStart = i + 1
}

// posAt returns the position of offset i on the current line.
func (s *Scanner) posAt(i int) Pos {
	return Pos{Offset: int32(i), Line: s.line, Col: int32(i - s.lineStart)}
}

// Next returns the next token. At the end it returns a token of kind EOF
// (after the NEWLINE of the last line and the DEDENTs that close every
// block); it keeps returning EOF if called again. An error is a
// *SyntaxError, and once one is returned every later call returns it.
func (s *Scanner) Next() (Token, error) {
	var t Token
	err := s.Scan(&t)
	return t, err
}

// Scan is Next that stores the token in *t, which saves copying it when
// the caller keeps tokens in a buffer.
func (s *Scanner) Scan(t *Token) error {
	if s.err == nil {
		err := s.scan(t)
		if err == nil {
			return nil
		}
		s.err = err
	}
	*t = s.errorToken()
	return s.err
}

// errorToken is the token Next returns with an error: an EOF where the
// scanner stopped.
func (s *Scanner) errorToken() Token {
	p := s.posAt(s.pos)
	return Token{Kind: EOF, Start: p, End: p}
}

// scan reads one token.
func (s *Scanner) scan(t *Token) error {
	src := s.src
nextline:
	// blankline is true while the current line holds only white space and
	// perhaps a comment: such lines produce no NEWLINE and do not change
	// the indentation.
	blankline := false
	if s.atBOL {
		s.atBOL = false
		col, altcol, contCol := 0, 0, 0
		for {
			c := s.at(s.pos)
			if c == ' ' {
				col++
				altcol++
			} else if c == '\t' {
				col = (col/tabSize + 1) * tabSize
				altcol++
			} else if c == '\f' {
				// A form feed resets the column, as Emacs users expect.
				col, altcol = 0, 0
			} else if c == '\\' {
				// Indentation cannot continue over a backslash: the
				// column where the first backslash stands is the line's
				// indentation, whatever follows on the next line.
				if contCol == 0 {
					contCol = col
				}
				if err := s.continuation(s.pos); err != nil {
					return err
				}
				continue
			} else {
				break
			}
			s.pos++
		}
		c := s.at(s.pos)
		if c == '#' || c == '\n' {
			blankline = true
		}
		if !blankline && len(s.parens) == 0 {
			if contCol != 0 {
				col, altcol = contCol, contCol
			}
			top := len(s.indents) - 1
			switch {
			case col == s.indents[top]:
				if altcol != s.altIndents[top] {
					return s.tabError()
				}
			case col > s.indents[top]:
				if top+1 >= maxIndent {
					return s.indentError("too many levels of indentation")
				}
				if altcol <= s.altIndents[top] {
					return s.tabError()
				}
				s.pendin++
				s.indents = append(s.indents, col)
				s.altIndents = append(s.altIndents, altcol)
			default:
				for top > 0 && col < s.indents[top] {
					s.pendin--
					top--
				}
				s.indents = s.indents[:top+1]
				s.altIndents = s.altIndents[:top+1]
				if col != s.indents[top] {
					return s.dedentError()
				}
				if altcol != s.altIndents[top] {
					return s.tabError()
				}
			}
		}
	}

	if s.pendin != 0 {
		p := s.posAt(s.pos)
		if s.pos >= len(src) {
			p = s.endPos()
		}
		if s.pendin < 0 {
			s.pendin++
			*t = Token{Kind: DEDENT, Start: p, End: p}
			return nil
		}
		s.pendin--
		// An INDENT spans the line's leading white space, as Python's
		// tokenize module reports it.
		start := s.posAt(s.lineStart)
		*t = Token{Kind: INDENT, Start: start, End: p}
		return nil
	}

again:
	for {
		c := s.at(s.pos)
		if c != ' ' && c != '\t' && c != '\f' {
			break
		}
		s.pos++
	}
	start := s.pos
	c := s.at(start)

	if c == '#' {
		end := start + strings.IndexByte(src[start:], '\n')
		if s.typeComments {
			if s.typeComment(t, start, end, blankline) {
				return nil
			}
		}
		s.pos = end
		start = end
		c = '\n'
	}

	if start >= len(src) {
		if len(s.parens) > 0 {
			return s.unclosedError()
		}
		p := s.endPos()
		*t = Token{Kind: EOF, Start: p, End: p}
		return nil
	}

	// Identifiers, keywords and string prefixes.
	if charClass[c]&cIdentStart != 0 {
		i := start
		sawB, sawR, sawU, sawF := false, false, false, false
		for {
			switch {
			case !(sawB || sawU || sawF) && (c == 'b' || c == 'B'):
				sawB = true
			case !(sawB || sawU || sawR || sawF) && (c == 'u' || c == 'U'):
				sawU = true
			case !(sawR || sawU) && (c == 'r' || c == 'R'):
				sawR = true
			case !(sawF || sawB || sawU) && (c == 'f' || c == 'F'):
				sawF = true
			default:
				goto ident
			}
			i++
			c = src[i]
			if c == '"' || c == '\'' {
				return s.scanString(t, start, i)
			}
		}
	ident:
		nonASCII := false
		for isIdentChar(c) {
			if c >= 0x80 {
				nonASCII = true
			}
			i++
			c = src[i]
		}
		if nonASCII {
			if err := s.verifyIdentifier(start, i); err != nil {
				return err
			}
		}
		s.pos = i
		*t = Token{Kind: NAME, Start: s.posAt(start), End: s.posAt(i), Text: src[start:i]}
		return nil
	}

	if c == '\n' {
		if blankline || len(s.parens) > 0 {
			s.pos = start + 1
			s.newline(start)
			s.atBOL = true
			goto nextline
		}
		*t = Token{Kind: NEWLINE, Start: s.posAt(start), End: s.posAt(start + 1)}
		if !(s.synthetic && start == len(src)-1) {
			t.Text = src[start : start+1]
		}
		s.pos = start + 1
		s.newline(start)
		s.atBOL = true
		return nil
	}

	if c == '.' {
		c2 := src[start+1]
		if isDigit(c2) {
			return s.scanNumber(t, start)
		}
		if c2 == '.' && src[start+2] == '.' {
			return s.op(t, ELLIPSIS, start, 3)
		}
		return s.op(t, DOT, start, 1)
	}

	if isDigit(c) {
		return s.scanNumber(t, start)
	}

	if c == '"' || c == '\'' {
		return s.scanString(t, start, start)
	}

	if c == '\\' {
		if err := s.continuation(start); err != nil {
			return err
		}
		goto again
	}

	c2 := src[start+1]
	switch c {
	case '(', '[', '{':
		if len(s.parens) >= maxLevel {
			s.pos = start + 1
			return s.errorAtCursor("too many nested parentheses")
		}
		s.parens = append(s.parens, parenInfo{c, s.line, int32(start - s.lineStart)})
		kind := LPAR
		if c == '[' {
			kind = LSQB
		} else if c == '{' {
			kind = LBRACE
		}
		return s.op(t, kind, start, 1)
	case ')', ']', '}':
		s.pos = start + 1
		if len(s.parens) == 0 {
			return s.errorAtCursor(fmt.Sprintf("unmatched '%c'", c))
		}
		open := s.parens[len(s.parens)-1]
		s.parens = s.parens[:len(s.parens)-1]
		if !(open.ch == '(' && c == ')' || open.ch == '[' && c == ']' || open.ch == '{' && c == '}') {
			if open.line != s.line {
				return s.errorAtCursor(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c' on line %d", c, open.ch, open.line))
			}
			return s.errorAtCursor(fmt.Sprintf("closing parenthesis '%c' does not match opening parenthesis '%c'", c, open.ch))
		}
		kind := RPAR
		if c == ']' {
			kind = RSQB
		} else if c == '}' {
			kind = RBRACE
		}
		return s.op(t, kind, start, 1)
	case ':':
		if c2 == '=' {
			return s.op(t, COLONEQUAL, start, 2)
		}
		return s.op(t, COLON, start, 1)
	case ',':
		return s.op(t, COMMA, start, 1)
	case ';':
		return s.op(t, SEMI, start, 1)
	case '+':
		if c2 == '=' {
			return s.op(t, PLUSEQUAL, start, 2)
		}
		return s.op(t, PLUS, start, 1)
	case '-':
		if c2 == '=' {
			return s.op(t, MINEQUAL, start, 2)
		}
		if c2 == '>' {
			return s.op(t, RARROW, start, 2)
		}
		return s.op(t, MINUS, start, 1)
	case '*':
		if c2 == '*' {
			if src[start+2] == '=' {
				return s.op(t, DOUBLESTAREQUAL, start, 3)
			}
			return s.op(t, DOUBLESTAR, start, 2)
		}
		if c2 == '=' {
			return s.op(t, STAREQUAL, start, 2)
		}
		return s.op(t, STAR, start, 1)
	case '/':
		if c2 == '/' {
			if src[start+2] == '=' {
				return s.op(t, DOUBLESLASHEQUAL, start, 3)
			}
			return s.op(t, DOUBLESLASH, start, 2)
		}
		if c2 == '=' {
			return s.op(t, SLASHEQUAL, start, 2)
		}
		return s.op(t, SLASH, start, 1)
	case '|':
		if c2 == '=' {
			return s.op(t, VBAREQUAL, start, 2)
		}
		return s.op(t, VBAR, start, 1)
	case '&':
		if c2 == '=' {
			return s.op(t, AMPEREQUAL, start, 2)
		}
		return s.op(t, AMPER, start, 1)
	case '<':
		switch c2 {
		case '=':
			return s.op(t, LESSEQUAL, start, 2)
		case '<':
			if src[start+2] == '=' {
				return s.op(t, LEFTSHIFTEQUAL, start, 3)
			}
			return s.op(t, LEFTSHIFT, start, 2)
		case '>':
			// CPython's tokenizer reads "<>" as NOTEQUAL and leaves the
			// parser to reject it (it is valid only under the
			// barry_as_FLUFL future import): the parser must check the
			// text of a NOTEQUAL token.
			return s.op(t, NOTEQUAL, start, 2)
		}
		return s.op(t, LESS, start, 1)
	case '>':
		switch c2 {
		case '=':
			return s.op(t, GREATEREQUAL, start, 2)
		case '>':
			if src[start+2] == '=' {
				return s.op(t, RIGHTSHIFTEQUAL, start, 3)
			}
			return s.op(t, RIGHTSHIFT, start, 2)
		}
		return s.op(t, GREATER, start, 1)
	case '=':
		if c2 == '=' {
			return s.op(t, EQEQUAL, start, 2)
		}
		return s.op(t, EQUAL, start, 1)
	case '!':
		if c2 == '=' {
			return s.op(t, NOTEQUAL, start, 2)
		}
		// A lone '!' is a token only inside an f-string's replacement
		// field; elsewhere the parser reports "invalid syntax" at it.
		return s.op(t, EXCLAMATION, start, 1)
	case '%':
		if c2 == '=' {
			return s.op(t, PERCENTEQUAL, start, 2)
		}
		return s.op(t, PERCENT, start, 1)
	case '~':
		return s.op(t, TILDE, start, 1)
	case '^':
		if c2 == '=' {
			return s.op(t, CIRCUMFLEXEQUAL, start, 2)
		}
		return s.op(t, CIRCUMFLEX, start, 1)
	case '@':
		if c2 == '=' {
			return s.op(t, ATEQUAL, start, 2)
		}
		return s.op(t, AT, start, 1)
	}

	// Any other ASCII character: a control character is an error here;
	// a printable one ($, ?, `) is an OP token that the parser rejects
	// with "invalid syntax".
	s.pos = start + 1
	if c < 0x20 || c == 0x7f {
		return s.errorAtCursor(fmt.Sprintf("invalid non-printable character U+%04X", c))
	}
	*t = Token{Kind: OP, Start: s.posAt(start), End: s.posAt(start + 1), Text: src[start : start+1]}
	return nil
}

// endPos is where CPython's tokenizer places the DEDENTs at the end of
// the file and the ENDMARKER: on the last line, after its newline (line 1,
// column 0 for an empty file).
func (s *Scanner) endPos() Pos {
	n := len(s.src)
	if n == 0 {
		return Pos{Line: 1}
	}
	ls := strings.LastIndexByte(s.src[:n-1], '\n') + 1
	return Pos{Offset: int32(n), Line: s.line - 1, Col: int32(n - ls)}
}

// op sets t to an operator token of n bytes at offset start.
func (s *Scanner) op(t *Token, kind TokenKind, start, n int) error {
	s.pos = start + n
	*t = Token{Kind: kind, Start: s.posAt(start), End: s.posAt(start + n), Text: s.src[start : start+n]}
	return nil
}

// continuation consumes a backslash at offset i and the newline that must
// follow it.
func (s *Scanner) continuation(i int) error {
	if s.src[i+1] != '\n' {
		s.pos = i + 1
		return s.lineContError()
	}
	if i+2 >= len(s.src) {
		s.pos = i + 2
		if len(s.parens) > 0 {
			return s.unclosedError()
		}
		return s.wholeLineError("SyntaxError", "unexpected EOF while parsing")
	}
	s.pos = i + 2
	s.newline(i + 1)
	return nil
}

// typeComment checks whether the comment from start to end is a type
// comment: "#", optional white space, "type:", optional white space.
// "# type: ignore" followed by the end of the comment or by an ASCII
// character that is neither a letter nor a digit is a TYPE_IGNORE, whose
// text is what follows "ignore" (such as "[attr-defined]"); a TYPE_IGNORE
// alone on its line also consumes the line's newline, so no NEWLINE
// follows it. Any other type comment is a TYPE_COMMENT whose text is what
// follows the prefix, trailing white space included, as in CPython.
func (s *Scanner) typeComment(t *Token, start, end int, blankline bool) bool {
	const prefix = "# type: "
	p := start
	for k := 0; k < len(prefix); k++ {
		if prefix[k] == ' ' {
			for p < end && (s.src[p] == ' ' || s.src[p] == '\t') {
				p++
			}
		} else if p < end && s.src[p] == prefix[k] {
			p++
		} else {
			return false
		}
	}
	ignoreEnd := p + 6
	if ignoreEnd <= end && s.src[p:ignoreEnd] == "ignore" &&
		!(end > ignoreEnd && (s.src[ignoreEnd] >= 0x80 || isAlnum(s.src[ignoreEnd]))) {
		*t = Token{Kind: TYPE_IGNORE, Start: s.posAt(ignoreEnd), End: s.posAt(end), Text: s.src[ignoreEnd:end]}
		s.pos = end
		if blankline {
			s.pos = end + 1
			s.newline(end)
			s.atBOL = true
		}
		return true
	}
	s.pos = end
	*t = Token{Kind: TYPE_COMMENT, Start: s.posAt(p), End: s.posAt(end), Text: s.src[p:end]}
	return true
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// verifyIdentifier checks the identifier from start to end, which holds
// non-ASCII bytes, against PEP 3131 and reports the first character that
// may not stand where it does.
func (s *Scanner) verifyIdentifier(start, end int) error {
	text := s.src[start:end]
	if !utf8.ValidString(text) {
		// Only text that did not come through DecodeSource's checks (or a
		// file with no coding declaration, which CPython decodes token by
		// token) gets here; CPython fails to decode the name, and reports
		// it with a byte offset.
		bs, be, reason, _ := firstUTF8Error([]byte(text))
		return &SyntaxError{
			Class: "SyntaxError", Msg: "(unicode error) " + codecMessage("utf-8", []byte(text), bs, be, reason),
			Filename: s.filename, Lineno: int(s.line), Offset: end - s.lineStart,
			EndLineno: int(s.line), EndOffset: -1, Text: s.lineAt(s.lineStart),
		}
	}
	first := true
	for i, r := range text {
		ok := false
		if r < 0x80 {
			ok = isIdentChar(byte(r)) && !(first && isDigit(byte(r)))
		} else if r != utf8.RuneError {
			if first {
				ok = isXIDStart(r)
			} else {
				ok = isXIDContinue(r)
			}
		}
		first = false
		if ok {
			continue
		}
		// CPython points after the offending character, unless it is the
		// identifier's last, when it points after the identifier anyway.
		s.pos = start + i + utf8.RuneLen(r)
		if isPrintable(r) {
			return s.errorAtCursor(fmt.Sprintf("invalid character '%c' (U+%04X)", r, r))
		}
		return s.errorAtCursor(fmt.Sprintf("invalid non-printable character U+%04X", r))
	}
	return nil
}

// scanNumber reads a number starting at offset start, which holds a digit
// or a '.' followed by a digit. It follows CPython's tokenizer closely
// because the errors depend on exactly where the reading stops.
func (s *Scanner) scanNumber(t *Token, start int) error {
	src := s.src
	i := start
	c := src[i]
	// The labels mirror the parts of a number: after the integer part
	// (fraction, exponent, imaginary) reading goes on in one place.
	if c == '.' {
		i++
		goto fraction
	}
	if c == '0' {
		i++
		c = src[i]
		switch c {
		case 'x', 'X':
			i++
			for {
				if src[i] == '_' {
					i++
				}
				if !isHex(src[i]) {
					s.pos = i
					return s.errorAtCursor("invalid hexadecimal literal")
				}
				for isHex(src[i]) {
					i++
				}
				if src[i] != '_' {
					break
				}
			}
			if err := s.verifyEndOfNumber(i, "hexadecimal"); err != nil {
				return err
			}
			return s.number(t, start, i)
		case 'o', 'O', 'b', 'B':
			kind, max := "octal", byte('7')
			if c == 'b' || c == 'B' {
				kind, max = "binary", '1'
			}
			i++
			for {
				if src[i] == '_' {
					i++
				}
				if c := src[i]; c < '0' || c > max {
					if isDigit(c) {
						s.pos = i + 1
						return s.errorAtCursor(fmt.Sprintf("invalid digit '%c' in %s literal", c, kind))
					}
					s.pos = i
					return s.errorAtCursor(fmt.Sprintf("invalid %s literal", kind))
				}
				for src[i] >= '0' && src[i] <= max {
					i++
				}
				if src[i] != '_' {
					break
				}
			}
			if isDigit(src[i]) {
				s.pos = i + 1
				return s.errorAtCursor(fmt.Sprintf("invalid digit '%c' in %s literal", src[i], kind))
			}
			if err := s.verifyEndOfNumber(i, kind); err != nil {
				return err
			}
			return s.number(t, start, i)
		}
		// A decimal starting with zeros: only zeros may follow, unless
		// it turns out to be a float or imaginary number.
		nonzero := false
		for {
			if src[i] == '_' {
				i++
				if !isDigit(src[i]) {
					s.pos = i
					return s.errorAtCursor("invalid decimal literal")
				}
			}
			if src[i] != '0' {
				break
			}
			i++
		}
		zerosEnd := i
		if isDigit(src[i]) {
			nonzero = true
			var err error
			if i, err = s.decimalTail(i); err != nil {
				return err
			}
		}
		switch src[i] {
		case '.':
			i++
			goto fraction
		case 'e', 'E':
			goto exponent
		case 'j', 'J':
			goto imaginary
		}
		if nonzero {
			s.pos = i
			return s.errorRange(s.line, s.lineStart, start, zerosEnd,
				"leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers")
		}
		if err := s.verifyEndOfNumber(i, "decimal"); err != nil {
			return err
		}
		return s.number(t, start, i)
	}
	{
		var err error
		if i, err = s.decimalTail(i); err != nil {
			return err
		}
		if src[i] != '.' {
			goto exponent
		}
		i++
	}
fraction:
	if isDigit(src[i]) {
		var err error
		if i, err = s.decimalTail(i); err != nil {
			return err
		}
	}
exponent:
	if c := src[i]; c == 'e' || c == 'E' {
		e := i
		i++
		if c := src[i]; c == '+' || c == '-' {
			i++
			if !isDigit(src[i]) {
				s.pos = i
				return s.errorAtCursor("invalid decimal literal")
			}
		} else if !isDigit(c) {
			// "1e" followed by something else: the number ends before
			// the 'e', which must then not start a name.
			if err := s.verifyEndOfNumber(e, "decimal"); err != nil {
				return err
			}
			return s.number(t, start, e)
		}
		var err error
		if i, err = s.decimalTail(i); err != nil {
			return err
		}
	}
imaginary:
	if c := src[i]; c == 'j' || c == 'J' {
		i++
		if err := s.verifyEndOfNumber(i, "imaginary"); err != nil {
			return err
		}
		return s.number(t, start, i)
	}
	if err := s.verifyEndOfNumber(i, "decimal"); err != nil {
		return err
	}
	return s.number(t, start, i)
}

func (s *Scanner) number(t *Token, start, end int) error {
	s.pos = end
	*t = Token{Kind: NUMBER, Start: s.posAt(start), End: s.posAt(end), Text: s.src[start:end]}
	return nil
}

// decimalTail reads digits with single underscores between them from
// offset i, which holds a digit, and returns the offset after them.
func (s *Scanner) decimalTail(i int) (int, error) {
	src := s.src
	for {
		for isDigit(src[i]) {
			i++
		}
		if src[i] != '_' {
			return i, nil
		}
		i++
		if !isDigit(src[i]) {
			s.pos = i
			return i, s.errorAtCursor("invalid decimal literal")
		}
	}
}

// verifyEndOfNumber checks the character at offset i, just after a
// number. A letter there is an error ("invalid decimal literal" for
// 1_000abc), except for the keywords that may follow a number in valid
// code (1if x else 2), which CPython accepts with a DeprecationWarning.
func (s *Scanner) verifyEndOfNumber(i int, kind string) error {
	src := s.src
	c := src[i]
	ok := false
	switch c {
	case 'a':
		ok = strings.HasPrefix(src[i+1:], "nd")
	case 'e':
		ok = strings.HasPrefix(src[i+1:], "lse")
	case 'f':
		ok = strings.HasPrefix(src[i+1:], "or")
	case 'i':
		c2 := src[i+1]
		ok = c2 == 'f' || c2 == 'n' || c2 == 's'
	case 'o':
		ok = src[i+1] == 'r'
	case 'n':
		ok = strings.HasPrefix(src[i+1:], "ot")
	}
	if ok || !isIdentChar(c) {
		return nil
	}
	s.pos = i
	return s.errorAtCursor("invalid " + kind + " literal")
}

// scanString reads a string literal whose prefix starts at offset start
// and whose opening quote is at offset q.
func (s *Scanner) scanString(t *Token, start, q int) error {
	src := s.src
	quote := src[q]
	firstLine, firstLineStart := s.line, s.lineStart
	startPos := s.posAt(start)
	i := q + 1
	quoteSize := 1
	if src[i] == quote {
		if src[i+1] == quote {
			quoteSize = 3
			i += 2
		} else {
			// The empty string.
			i++
			s.pos = i
			*t = Token{Kind: STRING, Start: startPos, End: s.posAt(i), Text: src[start:i]}
			return nil
		}
	}
	for {
		// Skip to the next byte that matters.
		j := i
		for j < len(src) {
			c := src[j]
			if c == quote || c == '\\' || c == '\n' {
				break
			}
			j++
		}
		i = j
		if i >= len(src) || quoteSize == 1 && src[i] == '\n' {
			detected := s.line
			if i >= len(src) {
				// At the end of the file the last line's newline has been
				// counted, but CPython still counts the last line.
				detected = s.line - 1
			}
			s.pos = start + 1
			msg := fmt.Sprintf("unterminated string literal (detected at line %d)", detected)
			if quoteSize == 3 {
				msg = fmt.Sprintf("unterminated triple-quoted string literal (detected at line %d)", detected)
			}
			err := s.errorRange(firstLine, firstLineStart, start, start, msg)
			return err
		}
		c := src[i]
		i++
		switch c {
		case '\n':
			s.newline(i - 1)
		case '\\':
			if i < len(src) {
				if src[i] == '\n' {
					s.newline(i)
				}
				i++
			}
		default: // the quote
			if quoteSize == 1 {
				s.pos = i
				*t = Token{Kind: STRING, Start: startPos, End: s.posAt(i), Text: src[start:i]}
				return nil
			}
			if src[i] == quote && src[i+1] == quote {
				i += 2
				s.pos = i
				*t = Token{Kind: STRING, Start: startPos, End: s.posAt(i), Text: src[start:i]}
				return nil
			}
		}
	}
}

// Errors.

// charCol returns the number of characters (code points) in line text
// from lineStart to offset i, which is how CPython turns a byte column
// into SyntaxError.offset.
func (s *Scanner) charCol(lineStart, i int) int {
	if i > len(s.src) {
		i = len(s.src)
	}
	return utf8.RuneCountInString(s.src[lineStart:i])
}

// lineAt returns the line starting at offset lineStart, without newline.
func (s *Scanner) lineAt(lineStart int) string {
	if lineStart >= len(s.src) {
		return ""
	}
	rest := s.src[lineStart:]
	if j := strings.IndexByte(rest, '\n'); j >= 0 {
		return rest[:j]
	}
	return rest
}

// errorAtCursor is CPython's tokenizer syntaxerror(): the location is the
// current line, and the offset is the number of characters before the
// cursor (s.pos) — which, read as a 1-based offset, points at the last
// character read.
func (s *Scanner) errorAtCursor(msg string) *SyntaxError {
	off := s.charCol(s.lineStart, s.pos)
	return &SyntaxError{
		Class: "SyntaxError", Msg: msg, Filename: s.filename,
		Lineno: int(s.line), Offset: off, EndLineno: int(s.line), EndOffset: off,
		Text: s.lineAt(s.lineStart),
	}
}

// errorRange reports msg on the line starting at lineStart, from byte
// offset from (0-based, so the 1-based offset is one more) to byte offset
// to, as CPython's syntaxerror_known_range does.
func (s *Scanner) errorRange(line int32, lineStart, from, to int, msg string) *SyntaxError {
	return &SyntaxError{
		Class: "SyntaxError", Msg: msg, Filename: s.filename,
		Lineno: int(line), Offset: s.charCol(lineStart, from) + 1, EndLineno: int(line),
		EndOffset: s.charCol(lineStart, to) + 1,
		Text:      s.lineAt(lineStart),
	}
}

// knownLocation is a located error as CPython's parser raises it with
// RAISE_ERROR_KNOWN_LOCATION for tokenizer failures: offset is the byte
// column (0-based) turned into a 1-based character offset; there is no end
// column.
func (s *Scanner) knownLocation(class, msg string, line int32, lineStart, col int) *SyntaxError {
	text := s.lineAt(lineStart)
	off := col + 1
	if col <= len(text) {
		off = utf8.RuneCountInString(text[:col]) + 1
	}
	return &SyntaxError{
		Class: class, Msg: msg, Filename: s.filename,
		Lineno: int(line), Offset: off, EndLineno: int(line), EndOffset: 0,
		Text: text,
	}
}

func (s *Scanner) tabError() *SyntaxError {
	return s.knownLocation("TabError", "inconsistent use of tabs and spaces in indentation", s.line, s.lineStart, 0)
}

func (s *Scanner) indentError(msg string) *SyntaxError {
	return s.knownLocation("IndentationError", msg, s.line, s.lineStart, 0)
}

func (s *Scanner) dedentError() *SyntaxError {
	return s.wholeLineError("IndentationError", "unindent does not match any outer indentation level")
}

// wholeLineError is how CPython's parser reports the tokenizer errors
// after which the tokenizer has skipped to the end of the line (a bad
// dedent, a backslash at the end of the file): on the current line, with
// the offset just past the line's newline and no end offset.
func (s *Scanner) wholeLineError(class, msg string) *SyntaxError {
	text := s.lineAt(s.lineStart)
	off := utf8.RuneCountInString(text) + 1
	return &SyntaxError{
		Class: class, Msg: msg, Filename: s.filename,
		Lineno: int(s.line), Offset: off, EndLineno: int(s.line), EndOffset: -1,
		Text: text,
	}
}

func safeSlice(s string, n int) string {
	if n > len(s) {
		return s
	}
	return s[:n]
}

func (s *Scanner) lineContError() *SyntaxError {
	return s.knownLocation("SyntaxError", "unexpected character after line continuation character", s.line, s.lineStart, s.pos-s.lineStart)
}

func (s *Scanner) unclosedError() *SyntaxError {
	p := s.parens[len(s.parens)-1]
	ls := 0
	// Find the start of the bracket's line.
	if p.line > 1 {
		n := int32(1)
		for i := 0; i < len(s.src); i++ {
			if s.src[i] == '\n' {
				n++
				if n == p.line {
					ls = i + 1
					break
				}
			}
		}
	}
	return s.knownLocation("SyntaxError", fmt.Sprintf("'%c' was never closed", p.ch), p.line, ls, int(p.col))
}

// Unicode classes from the generated tables in unicode_gen.go.

type runeRange struct{ lo, hi rune }

func inRanges(r rune, rs []runeRange) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if rs[m].hi < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo < len(rs) && rs[lo].lo <= r
}

// isXIDStart reports whether the non-ASCII r may start an identifier.
func isXIDStart(r rune) bool { return inRanges(r, xidStartRanges) }

// isXIDContinue reports whether the non-ASCII r may continue an identifier.
func isXIDContinue(r rune) bool { return inRanges(r, xidContinueRanges) }

// isPrintable reports whether Python's str.isprintable holds for r.
func isPrintable(r rune) bool { return !inRanges(r, nonPrintableRanges) }

// IsIdentifier reports whether s is a valid Python identifier (as
// str.isidentifier decides; keywords included).
func IsIdentifier(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if r < 0x80 {
			if !isIdentChar(byte(r)) || i == 0 && isDigit(byte(r)) {
				return false
			}
		} else if r == utf8.RuneError || i == 0 && !isXIDStart(r) || i > 0 && !isXIDContinue(r) {
			return false
		}
	}
	return true
}
