package ast

import (
	"strings"
)

// String literals and f-strings, as CPython 3.11 parses them: the scanner
// makes each literal, f-strings included, one STRING token, and the parser
// splits f-strings into literal parts and replacement fields itself. Each
// replacement field's expression is parsed by a parser of its own over the
// text "(" + expression + ")", whose token positions are shifted to where
// the expression is in the file, in the same way (quirks included) as
// CPython 3.11's fstring_compile_expr.

// stringPrefix splits a string token's text into its prefix flags and the
// quote (one or three characters) and body.
func splitString(text string) (raw, bytes, fmode, u bool, quote, body string) {
	i := 0
	for ; i < len(text); i++ {
		switch text[i] {
		case 'r', 'R':
			raw = true
			continue
		case 'b', 'B':
			bytes = true
			continue
		case 'f', 'F':
			fmode = true
			continue
		case 'u', 'U':
			u = true
			continue
		}
		break
	}
	q := text[i : i+1]
	if len(text)-i >= 6 && text[i+1] == text[i] && text[i+2] == text[i] {
		q = text[i : i+3]
	}
	return raw, bytes, fmode, u, q, text[i+len(q) : len(text)-len(q)]
}

// strings parses strings: STRING+, a run of adjacent string literals.
func (p *parser) strings() Expr {
	start := p.pos
	for p.kind() == STRING {
		p.pos++
	}
	first, last := &p.toks[start], &p.toks[p.pos-1]
	span := Span{first.Start.Line, first.Start.Col, last.End.Line, last.End.Col}
	kind := ""
	if first.Text[0] == 'u' {
		kind = "u"
	}
	// The common case of one plain literal.
	if p.pos-start == 1 {
		_, _, fmode, _, _, _ := splitString(first.Text)
		if !fmode {
			v := p.decodeString(first)
			return newNode(&p.ar.constants, Constant{Value: v, Kind: kind, Span: span})
		}
	}
	bytesMode, fFound := false, false
	for i := start; i < p.pos; i++ {
		_, b, f, _, _, _ := splitString(p.toks[i].Text)
		if i == start {
			bytesMode = b
		} else if b != bytesMode {
			p.errorAt(&p.toks[p.pos], "cannot mix bytes and nonbytes literals")
		}
		fFound = fFound || f
	}
	if !fFound {
		var sb strings.Builder
		for i := start; i < p.pos; i++ {
			switch v := p.decodeString(&p.toks[i]).(type) {
			case string:
				sb.WriteString(v)
			case Bytes:
				sb.WriteString(string(v))
			}
		}
		if bytesMode {
			return newNode(&p.ar.constants, Constant{Value: Bytes(sb.String()), Span: span})
		}
		return newNode(&p.ar.constants, Constant{Value: sb.String(), Kind: kind, Span: span})
	}
	fp := fstringParser{p: p, first: first, last: last, kind: kind}
	for i := start; i < p.pos; i++ {
		t := &p.toks[i]
		raw, _, f, _, q, body := splitString(t.Text)
		if !f {
			if s, _ := p.decodeString(t).(string); s != "" {
				fp.lit.WriteString(s)
			}
			continue
		}
		fp.fmode = true
		bodyOff := len(t.Text) - len(q) - len(body)
		pos := bodyOff
		fp.parse(&fp.values, t, raw, q, &pos, len(t.Text)-len(q), 0)
	}
	fp.flush(&fp.values, first, last)
	return newNode(&p.ar.joinedStrs, JoinedStr{Values: fp.values, Span: span})
}

// decodeString returns the value of a plain string or bytes literal.
func (p *parser) decodeString(t *Token) any {
	v, err := DecodeString(*t)
	if err != nil {
		p.literalError(err)
	}
	return v
}

// literalError raises an error from decoding a literal. One without a
// location is placed, as CPython places it, at the last token read: the one
// after the strings.
func (p *parser) literalError(err error) {
	se, ok := err.(*SyntaxError)
	if !ok {
		p.errorAt(p.peek(), err.Error())
	}
	if se.Lineno == 0 {
		t := p.peek()
		end := t.End
		if t.Kind == NEWLINE {
			end = t.Start
		}
		e := p.newError(se.Class, se.Msg, t.Start, end)
		if p.outer != nil {
			e.Msg = se.Msg
		}
		panic(e)
	}
	if se.Filename == "" {
		se.Filename = p.filename
	}
	if se.Text == "" {
		se.Text = parserLine(p.text, se.Lineno)
	}
	panic(se)
}

// fstringParser accumulates the parts of a JoinedStr: literal text waits in
// lit until an expression or the end makes it a Constant.
type fstringParser struct {
	p           *parser
	first, last *Token
	kind        string
	fmode       bool
	lit         strings.Builder
	values      []Expr
}

// flush appends the pending literal text to values as a Constant spanning
// from a to b.
func (fp *fstringParser) flush(values *[]Expr, a, b *Token) {
	if fp.lit.Len() == 0 {
		return
	}
	*values = append(*values, newNode(&fp.p.ar.constants, Constant{Value: fp.lit.String(), Kind: fp.kind,
		Span: Span{a.Start.Line, a.Start.Col, b.End.Line, b.End.Col}}))
	fp.lit.Reset()
}

// fail raises an f-string error. CPython reports these at the last token
// its parser has read, the one after the strings.
func (fp *fstringParser) fail(msg string) {
	p := fp.p
	p.errorAt(&p.toks[p.pos], msg)
}

// parse parses the f-string text of token t from *pos to end into values:
// literal parts go to fp.lit, replacement fields become FormattedValue
// nodes. At level 0 it parses a whole f-string body; at level 1 a format
// spec, which ends at an unmatched '}'.
func (fp *fstringParser) parse(values *[]Expr, t *Token, raw bool, q string, pos *int, end, level int) {
	s := t.Text
	for {
		// The literal part.
		i := *pos
		litStart := i
		doubled := false
		for i < end {
			c := s[i]
			i++
			if !raw && c == '\\' && i < end {
				c = s[i]
				i++
				if c == 'N' {
					if i < end && s[i] == '{' {
						i++
						for i < end && s[i] != '}' {
							i++
						}
						if i < end {
							i++
						}
					}
					continue
				}
			}
			if c == '{' || c == '}' {
				if level == 0 {
					if i < end && s[i] == c {
						doubled = true
						break
					}
					if c == '}' {
						fp.fail("f-string: single '}' is not allowed")
					}
				}
				i--
				break
			}
		}
		if litStart != i {
			fp.lit.WriteString(fp.decodeLiteral(t, s[litStart:i], raw, q))
		}
		if doubled {
			*pos = i + 1
			continue
		}
		*pos = i
		if i >= end || s[i] == '}' {
			break
		}
		fp.field(values, t, raw, q, pos, end, level)
	}
	if level != 0 && (*pos >= end || s[*pos] != '}') {
		fp.fail("f-string: expecting '}'")
	}
}

// decodeLiteral decodes the escapes in a literal part of an f-string.
func (fp *fstringParser) decodeLiteral(t *Token, lit string, raw bool, q string) string {
	if raw || strings.IndexByte(lit, '\\') < 0 {
		return lit
	}
	v, err := DecodeStringPart(lit, raw, false)
	if err != nil {
		fp.p.literalError(err)
	}
	return v
}

// field parses a replacement field, from its '{' at *pos.
func (fp *fstringParser) field(values *[]Expr, t *Token, raw bool, q string, pos *int, end, level int) {
	s := t.Text
	if level >= 2 {
		fp.fail("f-string: expressions nested too deeply")
	}
	brace := *pos
	i := brace + 1
	exprStart := i
	var quote byte
	quoteLen := 0
	var stack [200]byte
	depth := 0
	for ; i < end; i++ {
		c := s[i]
		if c == '\\' {
			fp.fail("f-string expression part cannot include a backslash")
		}
		if quote != 0 {
			if c == quote {
				if quoteLen == 3 {
					if i+2 < end && s[i+1] == c && s[i+2] == c {
						i += 2
						quote = 0
					}
				} else {
					quote = 0
				}
			}
			continue
		}
		if c == '\'' || c == '"' {
			if i+2 < end && s[i+1] == c && s[i+2] == c {
				quoteLen = 3
				i += 2
			} else {
				quoteLen = 1
			}
			quote = c
			continue
		}
		if c == '[' || c == '{' || c == '(' {
			if depth >= len(stack) {
				fp.fail("f-string: too many nested parenthesis")
			}
			stack[depth] = c
			depth++
			continue
		}
		if c == '#' {
			fp.fail("f-string expression part cannot include '#'")
		}
		if depth == 0 && (c == '!' || c == ':' || c == '}' || c == '=' || c == '>' || c == '<') {
			if i+1 < end {
				n := s[i+1]
				if (c == '!' || c == '=' || c == '<' || c == '>') && n == '=' {
					i++
					continue
				}
			}
			if c == '>' || c == '<' {
				continue
			}
			break
		}
		if c == ']' || c == '}' || c == ')' {
			if depth == 0 {
				fp.fail("f-string: unmatched '" + string(c) + "'")
			}
			depth--
			o := stack[depth]
			if !(o == '(' && c == ')' || o == '[' && c == ']' || o == '{' && c == '}') {
				fp.fail("f-string: closing parenthesis '" + string(c) + "' does not match opening parenthesis '" + string(o) + "'")
			}
		}
	}
	exprEnd := i
	if quote != 0 {
		fp.fail("f-string: unterminated string")
	}
	if depth != 0 {
		fp.fail("f-string: unmatched '" + string(stack[depth-1]) + "'")
	}
	if i >= end {
		fp.fail("f-string: expecting '}'")
	}
	expr := fp.compileExpr(t, brace, exprStart, exprEnd)
	// A self-documenting '=' puts the expression's text in the literal.
	debug := false
	if s[i] == '=' {
		i++
		for i < end && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r' || s[i] == '\f' || s[i] == '\v') {
			i++
		}
		if i >= end {
			fp.fail("f-string: expecting '}'")
		}
		fp.lit.WriteString(s[exprStart:i])
		debug = true
	}
	conversion := -1
	if s[i] == '!' {
		i++
		if i >= end {
			fp.fail("f-string: expecting '}'")
		}
		conversion = int(s[i])
		i++
		if conversion != 's' && conversion != 'r' && conversion != 'a' {
			fp.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'")
		}
	}
	var spec Expr
	if i < end && s[i] == ':' {
		i++
		if i >= end {
			fp.fail("f-string: expecting '}'")
		}
		// The format spec is an f-string of its own, whose trailing
		// literal and JoinedStr span only token t, as in CPython.
		sub := fstringParser{p: fp.p, first: fp.first, last: fp.last, kind: fp.kind, fmode: true}
		var sv []Expr
		*pos = i
		sub.parse(&sv, t, raw, q, pos, end, level+1)
		i = *pos
		sub.flush(&sv, t, t)
		spec = newNode(&fp.p.ar.joinedStrs, JoinedStr{Values: sv, Span: tokSpan(t)})
	}
	if i >= end || s[i] != '}' {
		fp.fail("f-string: expecting '}'")
	}
	i++
	*pos = i
	if debug && conversion == -1 && spec == nil {
		conversion = 'r'
	}
	fp.flush(values, fp.first, fp.last)
	*values = append(*values, newNode(&fp.p.ar.formatteds, FormattedValue{Value: expr, Conversion: conversion, FormatSpec: spec,
		Span: Span{fp.first.Start.Line, fp.first.Start.Col, fp.last.End.Line, fp.last.End.Col}}))
}

// compileExpr parses the expression text s[exprStart:exprEnd] of token t,
// whose replacement field opens at s[brace].
func (fp *fstringParser) compileExpr(t *Token, brace, exprStart, exprEnd int) Expr {
	s := t.Text
	k := exprStart
	for k < exprEnd && (s[k] == ' ' || s[k] == '\t' || s[k] == '\n' || s[k] == '\f') {
		k++
	}
	if k == exprEnd {
		if c := s[exprEnd]; c == '!' || c == ':' || c == '=' {
			fp.fail("f-string: expression required before '" + string(c) + "'")
		}
		fp.fail("f-string: empty expression not allowed")
	}
	// Where the expression's tokens go: CPython counts the lines of the
	// token before the '{' and the columns from the last line break (or
	// the token's start) to the '{', except that a field whose '{' is
	// followed only by white space up to a line break gets no column
	// shift.
	lines, cols := 0, 0
	newlineAfterBrace := true
	for j := brace + 1; j < len(s) && s[j] != '}' && s[j] != '\n'; j++ {
		if s[j] != ' ' && s[j] != '\t' && s[j] != '\f' {
			newlineAfterBrace = false
			break
		}
	}
	if !newlineAfterBrace {
		j := brace
		for j > 0 && s[j] != '\n' {
			j--
		}
		cols = brace - j
		if s[j] == '\n' {
			cols--
		}
	}
	for j := 0; j < brace; j++ {
		if s[j] == '\n' {
			lines++
		}
	}
	src := "(" + s[exprStart:exprEnd] + ")"
	outer := fp.p
	sub := &parser{filename: outer.filename, outer: outer, ar: outer.ar}
	sc := NewScanner(outer.filename, src, false)
	sub.text = sc.Source()
	sub.load(sc)
	lineShift := t.Start.Line + int32(lines) - 1
	colShift := int32(cols)
	if lines == 0 {
		colShift += t.Start.Col
	}
	sub.fsLine, sub.fsColShift = lineShift+1, colShift
	for j := range sub.toks {
		tok := &sub.toks[j]
		if tok.End.Line == 1 {
			tok.Start.Col += colShift
			tok.End.Col += colShift
		}
		tok.Start.Line += lineShift
		tok.End.Line += lineShift
	}
	e := sub.fstringInput()
	sub.release()
	return e
}

// fstringInput parses the fstring start rule: star_expressions.
func (p *parser) fstringInput() Expr {
	if !startsExpression(p.kind()) && p.kind() != STAR {
		p.syntaxError()
	}
	return p.starExpressions()
}
