package ast

import (
	"strings"
	"sync"
	"unicode/utf8"
)

// The parser is a hand-written recursive-descent parser for Python 3.11's
// grammar. It follows CPython's PEG grammar rule by rule where the rules
// decide what tree is built, but it decides between alternatives by looking
// at tokens instead of by trying each alternative in turn, so that it almost
// never backtracks. The few places that need to try an alternative and undo
// it (parenthesized with-items, match statements) save and restore the token
// index, since all tokens of the file are kept in one slice.
//
// Errors are raised with panic(*SyntaxError) and recovered in ParseFile:
// syntax errors are rare, and not threading an error result through every
// rule keeps the hot paths short.

// Keyword token kinds. The scanner reports keywords as NAME tokens; the
// parser gives each keyword its own kind when it loads the tokens, so that
// the rules switch on small integers instead of comparing strings. Soft
// keywords (match, case, _) stay NAME tokens, as in CPython.
const (
	kwFalse TokenKind = 100 + iota
	kwNone
	kwTrue
	kwAnd
	kwAs
	kwAssert
	kwAsync
	kwAwait
	kwBreak
	kwClass
	kwContinue
	kwDef
	kwDel
	kwElif
	kwElse
	kwExcept
	kwFinally
	kwFor
	kwFrom
	kwGlobal
	kwIf
	kwImport
	kwIn
	kwIs
	kwLambda
	kwNonlocal
	kwNot
	kwOr
	kwPass
	kwRaise
	kwReturn
	kwTry
	kwWhile
	kwWith
	kwYield
)

// keywordKind returns the kind of a keyword, or NAME for any other name. A
// switch on the length first keeps this to a comparison or two per name.
func keywordKind(s string) TokenKind {
	switch len(s) {
	case 2:
		switch s {
		case "as":
			return kwAs
		case "if":
			return kwIf
		case "in":
			return kwIn
		case "is":
			return kwIs
		case "or":
			return kwOr
		}
	case 3:
		switch s {
		case "and":
			return kwAnd
		case "def":
			return kwDef
		case "del":
			return kwDel
		case "for":
			return kwFor
		case "not":
			return kwNot
		case "try":
			return kwTry
		}
	case 4:
		switch s {
		case "None":
			return kwNone
		case "True":
			return kwTrue
		case "elif":
			return kwElif
		case "else":
			return kwElse
		case "from":
			return kwFrom
		case "pass":
			return kwPass
		case "with":
			return kwWith
		}
	case 5:
		switch s {
		case "False":
			return kwFalse
		case "async":
			return kwAsync
		case "await":
			return kwAwait
		case "break":
			return kwBreak
		case "class":
			return kwClass
		case "raise":
			return kwRaise
		case "while":
			return kwWhile
		case "yield":
			return kwYield
		}
	case 6:
		switch s {
		case "assert":
			return kwAssert
		case "except":
			return kwExcept
		case "global":
			return kwGlobal
		case "import":
			return kwImport
		case "lambda":
			return kwLambda
		case "return":
			return kwReturn
		}
	case 7:
		if s == "finally" {
			return kwFinally
		}
	case 8:
		switch s {
		case "continue":
			return kwContinue
		case "nonlocal":
			return kwNonlocal
		}
	}
	return NAME
}

// errorKind marks the token at which the scanner failed. No rule accepts
// it, so the parser stops there and reports the scanner's error.
const errorKind TokenKind = 250

type parser struct {
	filename     string
	text         string // the decoded source the tokens point into
	srcLen       int    // the length of the source as given
	toks         []Token
	pos          int
	typeComments bool
	typeIgnores  []*TypeIgnore

	// tokErr is the scanner's error, met at token index tokErrAt (a token
	// of kind errorKind). CPython reports it when the parser reaches that
	// token, and usually instead of a parser error found earlier (see
	// raise).
	tokErr   error
	tokErrAt int

	// For the parser of an f-string replacement field: the file line of
	// the field text's first line, and the column shift given to the
	// tokens on that line (errors there are reported without it).
	fsLine, fsColShift int32
	// outer is the parser of the enclosing source for an f-string
	// replacement field parser, nil otherwise; errors of a field parser
	// get CPython's "f-string: " prefix.
	outer *parser

	// ar allocates the nodes.
	ar *arena

	// tokBuf is the pooled buffer that toks lives in.
	tokBuf *[]Token
	// estack and sstack are scratch stacks on which the rules collect the
	// elements of a list before copying them into a slice of the exact
	// size, so that a list costs one allocation instead of a series of
	// growing ones.
	estack []Expr
	sstack []Stmt
}

// tokenPool recycles token buffers between parses: the tokens of a file
// are the parser's largest allocation, and no node points into them.
var tokenPool = sync.Pool{New: func() any { return new([]Token) }}

// release returns the parser's token buffer to the pool.
func (p *parser) release() {
	if p.tokBuf != nil && cap(p.toks) <= 1<<20 {
		*p.tokBuf = p.toks[:0]
		tokenPool.Put(p.tokBuf)
	}
	p.tokBuf = nil
	p.toks = nil
}

// exprsFrom pops the expressions pushed on estack since mark into a new
// slice.
func (p *parser) exprsFrom(mark int) []Expr {
	out := make([]Expr, len(p.estack)-mark)
	copy(out, p.estack[mark:])
	p.estack = p.estack[:mark]
	return out
}

// stmtsFrom pops the statements pushed on sstack since mark into a new
// slice.
func (p *parser) stmtsFrom(mark int) []Stmt {
	if len(p.sstack) == mark {
		return nil
	}
	out := make([]Stmt, len(p.sstack)-mark)
	copy(out, p.sstack[mark:])
	p.sstack = p.sstack[:mark]
	return out
}

// load runs the scanner over the whole text and keeps every token.
func (p *parser) load(sc *Scanner) {
	p.tokBuf = tokenPool.Get().(*[]Token)
	p.toks = (*p.tokBuf)[:0]
	if want := len(p.text)/5 + 16; cap(p.toks) < want {
		p.toks = make([]Token, 0, want)
	}
	for {
		// The scanner writes each token straight into the buffer.
		p.toks = append(p.toks, Token{})
		t := &p.toks[len(p.toks)-1]
		if err := sc.Scan(t); err != nil {
			p.tokErr = err
			p.tokErrAt = len(p.toks) - 1
			t.Kind = errorKind
			t.Text = ""
			return
		}
		switch t.Kind {
		case NAME:
			t.Kind = keywordKind(t.Text)
			if t.Kind == NAME {
				t.Text = NormalizeIdentifier(t.Text)
			}
		case TYPE_IGNORE:
			p.typeIgnores = append(p.typeIgnores, &TypeIgnore{Lineno: int(t.Start.Line), Tag: t.Text})
			p.toks = p.toks[:len(p.toks)-1]
		case EOF:
			return
		}
	}
}

// Token access. The token slice always ends with EOF or errorKind, and the
// parser never moves past that token.

func (p *parser) peek() *Token    { return &p.toks[p.pos] }
func (p *parser) kind() TokenKind { return p.toks[p.pos].Kind }
func (p *parser) kindAt(i int) TokenKind {
	if p.pos+i < len(p.toks) {
		return p.toks[p.pos+i].Kind
	}
	return EOF
}

func (p *parser) advance() *Token {
	t := &p.toks[p.pos]
	if t.Kind != EOF && t.Kind != errorKind {
		p.pos++
	}
	return t
}

// accept consumes the current token if it is of kind k.
func (p *parser) accept(k TokenKind) bool {
	if p.toks[p.pos].Kind == k {
		p.pos++
		return true
	}
	return false
}

// expect consumes a token of kind k or fails with "invalid syntax".
func (p *parser) expect(k TokenKind) *Token {
	t := &p.toks[p.pos]
	if t.Kind != k {
		p.syntaxError()
	}
	p.pos++
	return t
}

// isSoft reports whether the current token is the soft keyword s.
func (p *parser) isSoft(s string) bool {
	t := &p.toks[p.pos]
	return t.Kind == NAME && t.Text == s
}

// lastEnd is where the last consumed token that is not NEWLINE, INDENT or
// DEDENT ends: the end of a node built from the tokens consumed so far, as
// CPython's EXTRA computes it.
func (p *parser) lastEnd() Pos {
	i := p.pos - 1
	for i > 0 && p.toks[i].Kind <= DEDENT {
		i--
	}
	if i < 0 {
		return Pos{Line: 1}
	}
	return p.toks[i].End
}

// span returns the span from the start of token start to lastEnd.
func (p *parser) span(start int) Span {
	s := p.toks[start].Start
	e := p.lastEnd()
	return Span{s.Line, s.Col, e.Line, e.Col}
}

func tokSpan(t *Token) Span {
	return Span{t.Start.Line, t.Start.Col, t.End.Line, t.End.Col}
}

// spanOf returns the span of a node that has one.
func spanOf(n Node) Span {
	if p, ok := n.(Positioned); ok {
		return *p.Pos()
	}
	return Span{}
}

// Errors.

// parserLine returns line n (counted from 1) of text without its line
// break, or "" if there is no such line.
func parserLine(text string, n int) string {
	off := 0
	for i := 1; i < n; i++ {
		j := strings.IndexByte(text[off:], '\n')
		if j < 0 {
			return ""
		}
		off += j + 1
	}
	end := strings.IndexByte(text[off:], '\n')
	if end < 0 {
		end = len(text) - off
	}
	return text[off : off+end]
}

// charOffset converts a byte column of line into CPython's 1-based
// character offset.
func charOffset(line string, col int) int {
	if col < 0 {
		return 0
	}
	if col > len(line) {
		return utf8.RuneCountInString(line) + (col - len(line)) + 1
	}
	return utf8.RuneCountInString(line[:col]) + 1
}

// newError builds a SyntaxError spanning from start to end.
func (p *parser) newError(class, msg string, start, end Pos) *SyntaxError {
	if p.outer != nil {
		// CPython 3.11 reports errors in f-string replacement fields with
		// a prefixed message, at the position the field's own parser saw.
		msg = "f-string: " + msg
	}
	line := parserLine(p.text, int(start.Line-p.fsLine+1))
	if p.outer == nil {
		line = parserLine(p.text, int(start.Line))
	}
	e := &SyntaxError{Class: class, Msg: msg, Filename: p.filename,
		Lineno: int(start.Line), Offset: charOffset(line, int(start.Col)), Text: line}
	if end.Line != 0 {
		e.EndLineno = int(end.Line)
		if end.Line == start.Line {
			e.EndOffset = charOffset(line, int(end.Col))
		} else {
			e.EndOffset = charOffset(parserLine(p.text, int(end.Line-p.fsLine+1)), int(end.Col))
			if p.outer == nil {
				e.EndOffset = charOffset(parserLine(p.text, int(end.Line)), int(end.Col))
			}
		}
	}
	if p.outer != nil {
		// CPython reports errors inside a replacement field at columns
		// of the field's own "(expression)" text on its first line.
		if start.Line == p.fsLine {
			e.Offset -= int(p.fsColShift)
		}
		if end.Line == p.fsLine {
			e.EndOffset -= int(p.fsColShift)
		}
	}
	return e
}

// errorAt raises msg at the span of token t. CPython's NEWLINE token is
// empty (it leaves the line break out), so an error there has no width.
func (p *parser) errorAt(t *Token, msg string) {
	end := t.End
	if t.Kind == NEWLINE {
		end = t.Start
	}
	p.raise(p.newError("SyntaxError", msg, t.Start, end))
}

// errorSpan raises msg at the given span.
func (p *parser) errorSpan(s Span, msg string) {
	p.raise(p.newError("SyntaxError", msg, Pos{Line: s.Lineno, Col: s.ColOffset}, Pos{Line: s.EndLineno, Col: s.EndColOffset}))
}

// errorNode raises msg at node n's span.
func (p *parser) errorNode(n Node, msg string) {
	p.errorSpan(spanOf(n), msg)
}

func (p *parser) raise(e *SyntaxError) {
	// CPython's parser reports the scanner's error when it reaches the
	// failing token. When it fails earlier, it scans the rest of the
	// source and a scanner error found there wins, except that a bracket
	// left open at the end of the file wins only over an error on a later
	// line than the bracket's.
	if p.tokErr != nil {
		se, ok := p.tokErr.(*SyntaxError)
		if p.pos < p.tokErrAt && ok && strings.HasSuffix(se.Msg, "was never closed") {
			// CPython compares with the line of the last token it read.
			line := e.EndLineno
			if l := int(p.toks[p.pos].Start.Line); l > line {
				line = l
			}
			if line <= se.Lineno {
				panic(e)
			}
		}
		panic(p.tokErr)
	}
	panic(e)
}

// syntaxError raises CPython's generic "invalid syntax" at the current
// token, unless the scanner fails later in the file: CPython then reports
// the scanner's error instead, since it tokenizes the rest of the source
// before settling for the generic message.
func (p *parser) syntaxError() {
	t := &p.toks[p.pos]
	switch t.Kind {
	case INDENT:
		// CPython's INDENT token has no column: the error is placed at
		// its tokenizer's cursor, after the indentation, and has no end.
		e := p.newError("IndentationError", "unexpected indent", t.End, t.End)
		e.Offset--
		e.EndOffset = -1
		p.raise(e)
	case DEDENT:
		p.raise(p.newError("IndentationError", "unexpected unindent", t.Start, t.End))
	case EOF:
		p.raise(p.newError("SyntaxError", "invalid syntax", t.Start, t.End))
	}
	p.errorAt(t, "invalid syntax")
}
