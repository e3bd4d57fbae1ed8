package ast

import (
	"strings"
	"unicode/utf8"
)

// Mode is what ParseFile parses: CPython's compile modes.
type Mode uint8

// The modes of CPython's ast.parse.
const (
	ModeExec     Mode = iota // a module: Module
	ModeEval                 // one expression: Expression
	ModeSingle               // one interactive statement: Interactive
	ModeFuncType             // a function type comment: FunctionType
)

// ParseFile parses src, the raw bytes of a source file (a BOM or coding
// declaration is honoured as CPython honours it), as ast.parse(src,
// filename, mode, type_comments=typeComments) does. A syntax error is
// returned as a *SyntaxError.
func ParseFile(filename string, src []byte, mode Mode, typeComments bool) (mod ModNode, err error) {
	text, err := DecodeSource(src)
	if err != nil {
		if se, ok := err.(*SyntaxError); ok {
			if se.Filename == "" {
				se.Filename = filename
			}
			// CPython decodes the line it shows with errors replaced.
			if !utf8.ValidString(se.Text) {
				se.Text = strings.ToValidUTF8(se.Text, "\uFFFD")
			}
		}
		return nil, err
	}
	return ParseString(filename, text, mode, typeComments)
}

// ParseString is ParseFile for source that is already decoded.
func ParseString(filename, text string, mode Mode, typeComments bool) (mod ModNode, err error) {
	sc := NewScanner(filename, text, typeComments)
	p := &parser{filename: filename, typeComments: typeComments, ar: new(arena)}
	p.text = sc.Source()
	p.srcLen = len(text)
	defer func() {
		p.release()
		if r := recover(); r != nil {
			e, ok := r.(error)
			if !ok {
				panic(r)
			}
			if _, ok := e.(*SyntaxError); !ok {
				panic(r)
			}
			mod, err = nil, e
		}
	}()
	p.load(sc)
	switch mode {
	case ModeEval:
		return p.evalInput(), nil
	case ModeSingle:
		return p.interactiveInput(), nil
	case ModeFuncType:
		return p.funcTypeInput(), nil
	}
	return p.file(), nil
}

// evalInput parses eval: expressions NEWLINE* ENDMARKER.
func (p *parser) evalInput() *Expression {
	if !startsExpression(p.kind()) {
		p.syntaxError()
	}
	e := p.expressions()
	for p.accept(NEWLINE) {
	}
	if p.kind() != EOF {
		p.syntaxError()
	}
	return &Expression{Body: e}
}

// interactiveInput parses interactive: statement_newline. CPython's
// ast.parse rejects an empty input in this mode (an interactive prompt
// would read another line instead), and more than one statement.
func (p *parser) interactiveInput() *Interactive {
	switch p.kind() {
	case NEWLINE:
		p.raise(&SyntaxError{Class: "SyntaxError", Msg: "invalid syntax", Filename: p.filename, Lineno: 1, EndLineno: 1, Text: parserLine(p.text, 1)})
	case EOF:
		e := &SyntaxError{Class: "SyntaxError", Msg: "invalid syntax", Filename: p.filename}
		if p.srcLen > 0 {
			e.Lineno, e.EndLineno, e.Text = 1, 1, parserLine(p.text, 1)
		}
		p.raise(e)
	}
	compound := false
	switch p.kind() {
	case kwDef, kwIf, kwClass, kwWith, kwFor, kwTry, kwWhile, AT, kwAsync:
		compound = true
	case NAME:
		compound = p.peek().Text == "match" && p.looksLikeMatch()
	}
	p.statement()
	body := p.stmtsFrom(0)
	if compound {
		p.accept(NEWLINE)
	}
	if p.kind() != EOF {
		if compound || p.pos == 0 {
			p.syntaxError()
		}
		p.errorAt(&p.toks[p.pos-1], "multiple statements found while compiling a single statement")
	}
	return &Interactive{Body: body}
}

// funcTypeInput parses func_type: '(' [type_expressions] ')' '->'
// expression NEWLINE* ENDMARKER.
func (p *parser) funcTypeInput() *FunctionType {
	p.expect(LPAR)
	var args []Expr
	for p.kind() != RPAR {
		if p.accept(STAR) || p.accept(DOUBLESTAR) {
			args = append(args, p.expression())
		} else {
			args = append(args, p.expression())
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	p.expect(RARROW)
	ret := p.expression()
	for p.accept(NEWLINE) {
	}
	if p.kind() != EOF {
		p.syntaxError()
	}
	return &FunctionType{Argtypes: args, Returns: ret}
}
