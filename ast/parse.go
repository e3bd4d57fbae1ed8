package ast

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
		return nil, err
	}
	return ParseString(filename, text, mode, typeComments)
}

// ParseString is ParseFile for source that is already decoded.
func ParseString(filename, text string, mode Mode, typeComments bool) (mod ModNode, err error) {
	sc := NewScanner(filename, text, typeComments)
	p := &parser{filename: filename, typeComments: typeComments, ar: new(arena)}
	p.text = sc.Source()
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

// interactiveInput parses interactive: statement_newline.
func (p *parser) interactiveInput() *Interactive {
	var body []Stmt
	switch p.kind() {
	case NEWLINE, EOF:
	default:
		p.statement()
		body = p.stmtsFrom(0)
		if p.kind() != EOF {
			p.accept(NEWLINE)
		}
		if p.kind() != EOF {
			p.errorAt(p.peek(), "multiple statements found while compiling a single statement")
		}
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
