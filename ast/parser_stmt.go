package ast

import "strconv"

// Statement rules.

// file parses file: [statements] ENDMARKER.
func (p *parser) file() *Module {
	mark := len(p.sstack)
	for p.kind() != EOF {
		p.statement()
	}
	return &Module{Body: p.stmtsFrom(mark), TypeIgnores: p.typeIgnores}
}

// statement parses one statement (a compound statement or a line of simple
// statements) and pushes what it makes on sstack.
func (p *parser) statement() {
	switch p.kind() {
	case kwDef, kwIf, kwClass, kwWith, kwFor, kwTry, kwWhile, AT:
		s := p.compoundStmt()
		p.sstack = append(p.sstack, s)
		return
	case kwAsync:
		switch p.kindAt(1) {
		case kwDef, kwWith, kwFor:
			s := p.compoundStmt()
			p.sstack = append(p.sstack, s)
			return
		}
		// CPython's rules that start with 'async' read it and fail at
		// the token after it.
		p.pos++
		p.syntaxError()
	case NAME:
		if p.peek().Text == "match" && p.looksLikeMatch() {
			s := p.matchStmt()
			p.sstack = append(p.sstack, s)
			return
		}
	}
	p.simpleStmts()
}

// simpleStmts parses simple_stmts: simple_stmt (';' simple_stmt)* [';']
// NEWLINE.
func (p *parser) simpleStmts() {
	for {
		s := p.simpleStmt()
		p.sstack = append(p.sstack, s)
		if k := p.kind(); k != SEMI && k != NEWLINE {
			p.simpleStmtEndError(s)
		}
		if !p.accept(SEMI) {
			break
		}
		if p.kind() == NEWLINE {
			break
		}
	}
	if p.kind() != NEWLINE {
		p.syntaxError()
	}
	p.pos++
}

// simpleStmtEndError reports a simple statement followed by something that
// neither ends nor continues it.
func (p *parser) simpleStmtEndError(s Stmt) {
	if es, ok := s.(*ExprStmt); ok {
		if n, ok := es.Value.(*Name); ok && (n.Id == "print" || n.Id == "exec") && startsExpression(p.kind()) {
			b := p.starExpressions()
			e := spanOf(b)
			p.errorSpan(Span{n.Lineno, n.ColOffset, e.EndLineno, e.EndColOffset},
				"Missing parentheses in call to '"+n.Id+"'. Did you mean "+n.Id+"(...)?")
		}
	}
	p.syntaxError()
}

func (p *parser) simpleStmt() Stmt {
	start := p.pos
	switch p.kind() {
	case kwPass:
		p.pos++
		return &Pass{Span: p.span(start)}
	case kwBreak:
		p.pos++
		return &Break{Span: p.span(start)}
	case kwContinue:
		p.pos++
		return &Continue{Span: p.span(start)}
	case kwReturn:
		p.pos++
		var v Expr
		if startsExpression(p.kind()) || p.kind() == STAR {
			v = p.starExpressions()
		}
		return newNode(&p.ar.returns, Return{Value: v, Span: p.span(start)})
	case kwImport:
		return p.importName()
	case kwFrom:
		return p.importFrom()
	case kwRaise:
		p.pos++
		r := &Raise{}
		if startsExpression(p.kind()) {
			r.Exc = p.expression()
			if p.accept(kwFrom) {
				r.Cause = p.expression()
			}
		}
		r.Span = p.span(start)
		return r
	case kwGlobal, kwNonlocal:
		p.pos++
		var names []string
		for {
			t := p.expect(NAME)
			names = append(names, t.Text)
			if !p.accept(COMMA) {
				break
			}
		}
		if p.toks[start].Kind == kwGlobal {
			return &Global{Names: names, Span: p.span(start)}
		}
		return &Nonlocal{Names: names, Span: p.span(start)}
	case kwDel:
		p.pos++
		var targets []Expr
		for {
			if p.kind() == STAR {
				sstart := p.pos
				p.pos++
				p.primary()
				p.errorSpan(p.span(sstart), "cannot delete starred")
			}
			if !startsExpression(p.kind()) {
				p.syntaxError()
			}
			e := p.primary()
			p.setContext(e, Del, "delete")
			targets = append(targets, e)
			if !p.accept(COMMA) {
				break
			}
			if p.kind() == NEWLINE || p.kind() == SEMI {
				break
			}
		}
		if p.kind() != NEWLINE && p.kind() != SEMI {
			p.syntaxError()
		}
		return &Delete{Targets: targets, Span: p.span(start)}
	case kwAssert:
		p.pos++
		a := &Assert{Test: p.expression()}
		if p.accept(COMMA) {
			a.Msg = p.expression()
		}
		a.Span = p.span(start)
		return a
	}
	return p.exprOrAssignment()
}

// augOp returns the operator of an augmented assignment token.
func augOp(k TokenKind) (Operator, bool) {
	switch k {
	case PLUSEQUAL:
		return Add, true
	case MINEQUAL:
		return Sub, true
	case STAREQUAL:
		return Mult, true
	case ATEQUAL:
		return MatMult, true
	case SLASHEQUAL:
		return Div, true
	case PERCENTEQUAL:
		return Mod, true
	case AMPEREQUAL:
		return BitAnd, true
	case VBAREQUAL:
		return BitOr, true
	case CIRCUMFLEXEQUAL:
		return BitXor, true
	case LEFTSHIFTEQUAL:
		return LShift, true
	case RIGHTSHIFTEQUAL:
		return RShift, true
	case DOUBLESTAREQUAL:
		return Pow, true
	case DOUBLESLASHEQUAL:
		return FloorDiv, true
	}
	return 0, false
}

// rhs parses yield_expr | star_expressions.
func (p *parser) rhs() Expr {
	if p.kind() == kwYield {
		return p.yieldExpr()
	}
	if !startsExpression(p.kind()) && p.kind() != STAR {
		p.syntaxError()
	}
	return p.starExpressions()
}

// exprOrAssignment parses an expression statement, an assignment, an
// annotated assignment or an augmented assignment: all begin with an
// expression, and the token after it tells which it is.
func (p *parser) exprOrAssignment() Stmt {
	start := p.pos
	if !startsExpression(p.kind()) && p.kind() != STAR && p.kind() != kwYield {
		p.syntaxError()
	}
	e := p.rhs()
	switch k := p.kind(); k {
	case COLONEQUAL:
		p.errorNode(e, "cannot use assignment expressions with "+exprName(e))
	case EQUAL:
		targets := []Expr{e}
		var value Expr
		for p.accept(EQUAL) {
			value = p.rhs()
			targets = append(targets, value)
		}
		targets = targets[:len(targets)-1]
		for i, t := range targets {
			if bad := p.trySetContext(t, Store); bad != nil {
				p.invalidAssignTarget(targets, i, t, bad, value)
			}
		}
		a := newNode(&p.ar.assigns, Assign{Targets: targets, Value: value})
		if p.kind() == TYPE_COMMENT {
			a.TypeComment = p.advance().Text
		}
		a.Span = p.span(start)
		return a
	case COLON:
		simple := 0
		switch t := e.(type) {
		case *Name:
			if p.toks[start].Kind != LPAR {
				simple = 1
			}
			t.Ctx = Store
		case *Attribute:
			t.Ctx = Store
		case *Subscript:
			t.Ctx = Store
		case *Tuple:
			p.errorNode(e, "only single target (not tuple) can be annotated")
		case *List:
			p.errorNode(e, "only single target (not list) can be annotated")
		default:
			p.errorNode(e, "illegal target for annotation")
		}
		p.pos++
		ann := p.expression()
		var value Expr
		if p.accept(EQUAL) {
			value = p.rhs()
		}
		return &AnnAssign{Target: e, Annotation: ann, Value: value, Simple: simple, Span: p.span(start)}
	default:
		if op, ok := augOp(k); ok {
			switch t := e.(type) {
			case *Name:
				t.Ctx = Store
			case *Attribute:
				t.Ctx = Store
			case *Subscript:
				t.Ctx = Store
			default:
				p.errorNode(e, "'"+exprName(e)+"' is an illegal expression for augmented assignment")
			}
			p.pos++
			v := p.rhs()
			return &AugAssign{Target: e, Op: op, Value: v, Span: p.span(start)}
		}
	}
	return newNode(&p.ar.exprStmts, ExprStmt{Value: e, Span: p.span(start)})
}

// invalidAssignTarget reports targets[i], which holds bad, an expression
// that cannot be assigned to.
func (p *parser) invalidAssignTarget(targets []Expr, i int, t, bad, value Expr) {
	if _, ok := t.(*Yield); ok {
		p.errorNode(t, "assignment to yield expression not possible")
	}
	if _, ok := t.(*YieldFrom); ok {
		p.errorNode(t, "assignment to yield expression not possible")
	}
	// CPython's invalid_named_expression sees a lone `a = b` first and
	// suggests a comparison, unless a is a display or a constant.
	if i == 0 && len(targets) == 1 && isBitwiseOr(t) && isBitwiseOr(value) {
		switch c := t.(type) {
		case *List, *Tuple, *GeneratorExp:
		case *Constant:
			if _, ok := c.Value.(bool); !ok && c.Value != nil {
				p.errorNode(t, "cannot assign to "+exprName(t)+" here. Maybe you meant '==' instead of '='?")
			}
		default:
			p.errorNode(t, "cannot assign to "+exprName(t)+" here. Maybe you meant '==' instead of '='?")
		}
	}
	p.errorNode(bad, "cannot assign to "+exprName(bad))
}

// isBitwiseOr reports whether e is an expression the bitwise_or rule makes
// (no comparison, boolean operator, conditional or lambda at its top).
func isBitwiseOr(e Expr) bool {
	switch e := e.(type) {
	case *Compare, *BoolOp, *IfExp, *Lambda, *Starred, *Yield, *YieldFrom, *NamedExpr, *Tuple:
		return false
	case *UnaryOp:
		return e.Op != Not
	}
	return true
}

// dottedName parses dotted_name: NAME ('.' NAME)*.
func (p *parser) dottedName() string {
	t := p.expect(NAME)
	if p.kind() != DOT {
		return t.Text
	}
	name := t.Text
	for p.kind() == DOT {
		p.pos++
		name += "." + p.expect(NAME).Text
	}
	return name
}

// importName parses import_name: 'import' dotted_as_names.
func (p *parser) importName() Stmt {
	start := p.pos
	p.pos++
	var names []*Alias
	for {
		astart := p.pos
		a := newNode(&p.ar.aliases, Alias{Name: p.dottedName()})
		if p.accept(kwAs) {
			a.Asname = p.expect(NAME).Text
		}
		a.Span = p.span(astart)
		names = append(names, a)
		if !p.accept(COMMA) {
			break
		}
	}
	return &Import{Names: names, Span: p.span(start)}
}

// importFrom parses import_from.
func (p *parser) importFrom() Stmt {
	start := p.pos
	p.pos++
	level := 0
	for {
		if p.accept(DOT) {
			level++
		} else if p.accept(ELLIPSIS) {
			level += 3
		} else {
			break
		}
	}
	s := &ImportFrom{Level: level}
	if p.kind() != kwImport || level == 0 {
		s.Module = p.dottedName()
	}
	if p.kind() != kwImport {
		p.syntaxError()
	}
	p.pos++
	if p.kind() == STAR {
		t := p.advance()
		s.Names = []*Alias{{Name: "*", Span: tokSpan(t)}}
		s.Span = p.span(start)
		return s
	}
	paren := p.accept(LPAR)
	for {
		astart := p.pos
		a := newNode(&p.ar.aliases, Alias{Name: p.expect(NAME).Text})
		if p.accept(kwAs) {
			a.Asname = p.expect(NAME).Text
		}
		a.Span = p.span(astart)
		s.Names = append(s.Names, a)
		if !p.accept(COMMA) {
			break
		}
		if paren && p.kind() == RPAR {
			break
		}
		if !paren && p.kind() != NAME {
			p.errorAt(p.peek(), "trailing comma not allowed without surrounding parentheses")
		}
	}
	if paren {
		p.expect(RPAR)
	}
	s.Span = p.span(start)
	return s
}

// Compound statements.

func (p *parser) compoundStmt() Stmt {
	switch p.kind() {
	case AT:
		return p.decorated()
	case kwDef:
		return p.funcDef(p.pos, nil)
	case kwClass:
		return p.classDef(p.pos, nil)
	case kwIf:
		return p.ifStmt()
	case kwWhile:
		return p.whileStmt()
	case kwFor:
		return p.forStmt(p.pos, false)
	case kwWith:
		return p.withStmt(p.pos, false)
	case kwTry:
		return p.tryStmt()
	case kwAsync:
		start := p.pos
		p.pos++
		switch p.kind() {
		case kwDef:
			return p.funcDef(start, nil)
		case kwWith:
			return p.withStmt(start, true)
		case kwFor:
			return p.forStmt(start, true)
		}
	}
	p.syntaxError()
	return nil
}

// expectColon consumes the ':' that ends a compound statement's header.
// CPython says "expected ':'" at a line's end for every statement, and at
// any token for those whose rules force the ':' (forced).
func (p *parser) expectColon() { p.expectColonIf(false) }

func (p *parser) expectForcedColon() { p.expectColonIf(true) }

func (p *parser) expectColonIf(forced bool) {
	if p.kind() != COLON {
		if forced || p.kind() == NEWLINE {
			p.errorAt(p.peek(), "expected ':'")
		}
		p.syntaxError()
	}
	p.pos++
}

// block parses block: NEWLINE INDENT statements DEDENT | simple_stmts.
// what and line describe the statement for the error about a missing
// indented block.
func (p *parser) block(what string, line int32) []Stmt {
	mark := len(p.sstack)
	if p.kind() != NEWLINE {
		p.simpleStmts()
		return p.stmtsFrom(mark)
	}
	p.pos++
	if p.kind() != INDENT {
		p.expectedIndent(what, line)
	}
	p.pos++
	for p.kind() != DEDENT && p.kind() != EOF && p.kind() != errorKind {
		p.statement()
	}
	if p.kind() != DEDENT {
		p.syntaxError()
	}
	p.pos++
	return p.stmtsFrom(mark)
}

// expectedIndent reports a missing indented block. CPython places it at
// the token after the NEWLINE, or, when that is a DEDENT or the end of the
// file (tokens without a column), at the NEWLINE with no end.
func (p *parser) expectedIndent(what string, line int32) {
	t := p.peek()
	msg := "expected an indented block after " + what + " on line " + strconv.Itoa(int(line))
	if t.Kind == DEDENT || t.Kind == EOF {
		nl := &p.toks[p.pos-1]
		e := p.newError("IndentationError", msg, nl.Start, nl.Start)
		e.EndOffset = -1
		p.raise(e)
	}
	p.raise(p.newError("IndentationError", msg, t.Start, t.End))
}

func (p *parser) decorated() Stmt {
	var decos []Expr
	for p.accept(AT) {
		decos = append(decos, p.namedExpression())
		if p.kind() != NEWLINE {
			p.syntaxError()
		}
		p.pos++
	}
	start := p.pos
	switch p.kind() {
	case kwDef:
		return p.funcDef(start, decos)
	case kwClass:
		return p.classDef(start, decos)
	case kwAsync:
		if p.kindAt(1) == kwDef {
			p.pos++
			return p.funcDef(start, decos)
		}
	}
	p.syntaxError()
	return nil
}

// funcDef parses a function definition from its 'def'; start is the
// first token ('async' for a coroutine).
func (p *parser) funcDef(start int, decos []Expr) Stmt {
	defLine := p.toks[start].Start.Line
	p.pos++
	name := p.expect(NAME).Text
	if p.kind() != LPAR {
		p.errorAt(p.peek(), "expected '('")
	}
	p.pos++
	args := p.parameters(RPAR, true)
	p.expect(RPAR)
	var returns Expr
	if p.kind() == RARROW && !startsExpression(p.kindAt(1)) {
		p.errorAt(p.peek(), "expected ':'")
	}
	if p.accept(RARROW) {
		returns = p.expression()
	}
	p.expectForcedColon()
	typeComment := ""
	if p.kind() == TYPE_COMMENT {
		typeComment = p.advance().Text
	} else if p.kind() == NEWLINE && p.kindAt(1) == TYPE_COMMENT && p.kindAt(2) == NEWLINE && p.kindAt(3) == INDENT {
		typeComment = p.toks[p.pos+1].Text
		p.pos += 2
	}
	body := p.block("function definition", defLine)
	if p.toks[start].Kind == kwAsync {
		return &AsyncFunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: typeComment, Span: p.span(start)}
	}
	return newNode(&p.ar.funcDefs, FunctionDef{Name: name, Args: args, Body: body, DecoratorList: decos, Returns: returns, TypeComment: typeComment, Span: p.span(start)})
}

func (p *parser) classDef(start int, decos []Expr) Stmt {
	line := p.toks[start].Start.Line
	p.pos++
	c := &ClassDef{Name: p.expect(NAME).Text, DecoratorList: decos}
	if p.kind() == LPAR {
		call := p.call(start, nil).(*Call)
		c.Bases, c.Keywords = call.Args, call.Keywords
	}
	p.expectColon()
	c.Body = p.block("class definition", line)
	c.Span = p.span(start)
	return c
}

func (p *parser) ifStmt() Stmt {
	start := p.pos
	what := "'if' statement"
	if p.kind() == kwElif {
		what = "'elif' statement"
	}
	p.pos++
	s := newNode(&p.ar.ifs, If{Test: p.namedExpression()})
	p.expectColon()
	s.Body = p.block(what, p.toks[start].Start.Line)
	switch p.kind() {
	case kwElif:
		s.Orelse = []Stmt{p.ifStmt()}
	case kwElse:
		s.Orelse = p.elseBlock()
	}
	s.Span = p.span(start)
	return s
}

func (p *parser) elseBlock() []Stmt {
	line := p.peek().Start.Line
	p.pos++
	p.expectForcedColon()
	return p.block("'else' statement", line)
}

func (p *parser) whileStmt() Stmt {
	start := p.pos
	p.pos++
	s := &While{Test: p.namedExpression()}
	p.expectColon()
	s.Body = p.block("'while' statement", p.toks[start].Start.Line)
	if p.kind() == kwElse {
		s.Orelse = p.elseBlock()
	}
	s.Span = p.span(start)
	return s
}

func (p *parser) forStmt(start int, async bool) Stmt {
	line := p.toks[start].Start.Line
	p.pos++
	target := p.starTargets()
	if p.kind() != kwIn {
		p.syntaxError()
	}
	p.pos++
	iter := p.starExpressions()
	p.expectColon()
	typeComment := ""
	if p.kind() == TYPE_COMMENT {
		typeComment = p.advance().Text
	}
	body := p.block("'for' statement", line)
	var orelse []Stmt
	if p.kind() == kwElse {
		orelse = p.elseBlock()
	}
	if async {
		return &AsyncFor{Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: typeComment, Span: p.span(start)}
	}
	return &For{Target: target, Iter: iter, Body: body, Orelse: orelse, TypeComment: typeComment, Span: p.span(start)}
}

// withStmt parses with_stmt. The form with parenthesized items is tried
// first, as in CPython, when the parentheses are followed by ':'.
func (p *parser) withStmt(start int, async bool) Stmt {
	line := p.toks[start].Start.Line
	p.pos++
	var items []*WithItem
	typeComment := ""
	parsed := false
	if p.kind() == LPAR && p.closingFollowedBy(COLON) {
		save := p.pos
		items, parsed = p.tryParenWithItems()
		if !parsed {
			p.pos = save
		}
	}
	if !parsed {
		for {
			items = append(items, p.withItem())
			if !p.accept(COMMA) {
				break
			}
		}
		p.expectColon()
		if p.kind() == TYPE_COMMENT {
			typeComment = p.advance().Text
		}
	}
	body := p.block("'with' statement", line)
	if async {
		return &AsyncWith{Items: items, Body: body, TypeComment: typeComment, Span: p.span(start)}
	}
	return &With{Items: items, Body: body, TypeComment: typeComment, Span: p.span(start)}
}

// closingFollowedBy reports whether the bracket at the current token is
// closed by a bracket followed by a token of kind k.
func (p *parser) closingFollowedBy(k TokenKind) bool {
	depth := 0
	for i := p.pos; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
			if depth == 0 {
				return i+1 < len(p.toks) && p.toks[i+1].Kind == k
			}
		case NEWLINE, EOF, errorKind:
			return false
		}
	}
	return false
}

// backtrack is the panic value that abandons an alternative being tried.
type backtrack struct{}

// tryParenWithItems parses '(' ','.with_item+ ','? ')' ':', reporting
// false (with the position unspecified) if the tokens do not match it.
func (p *parser) tryParenWithItems() (items []*WithItem, ok bool) {
	emark, smark := len(p.estack), len(p.sstack)
	defer func() {
		if r := recover(); r != nil {
			p.estack, p.sstack = p.estack[:emark], p.sstack[:smark]
			if _, isSyntax := r.(*SyntaxError); !isSyntax {
				if _, isBT := r.(backtrack); !isBT {
					panic(r)
				}
			}
			items, ok = nil, false
		}
	}()
	p.pos++
	for {
		items = append(items, p.withItem())
		if !p.accept(COMMA) {
			break
		}
		if p.kind() == RPAR {
			break
		}
	}
	if !p.accept(RPAR) || !p.accept(COLON) {
		panic(backtrack{})
	}
	return items, true
}

// withItem parses with_item: expression 'as' star_target &(',' | ')' |
// ':') | expression.
func (p *parser) withItem() *WithItem {
	w := &WithItem{ContextExpr: p.expression()}
	if p.accept(kwAs) {
		w.OptionalVars = p.starTarget()
		switch p.kind() {
		case COMMA, RPAR, COLON, NEWLINE:
		default:
			p.syntaxError()
		}
	}
	return w
}

func (p *parser) tryStmt() Stmt {
	start := p.pos
	line := p.peek().Start.Line
	p.pos++
	p.expectForcedColon()
	body := p.block("'try' statement", line)
	var handlers []*ExceptHandler
	star := false
	for p.kind() == kwExcept {
		hstart := p.pos
		hline := p.peek().Start.Line
		p.pos++
		h := &ExceptHandler{}
		what := "'except' statement"
		thisStar := p.accept(STAR)
		if thisStar {
			what = "'except*' statement"
		}
		if len(handlers) == 0 {
			star = thisStar
		} else if thisStar != star {
			p.errorSpan(p.span(hstart), "cannot have both 'except' and 'except*' on the same 'try'")
		}
		if thisStar && p.kind() == COLON {
			p.errorAt(p.peek(), "expected one or more exception types")
		}
		if p.kind() != COLON {
			estart := p.pos
			h.Type = p.expression()
			if p.kind() == COMMA {
				p.pos++
				p.expressions()
				p.errorSpan(p.span(estart), "multiple exception types must be parenthesized")
			}
			if p.accept(kwAs) {
				h.Name = p.expect(NAME).Text
			}
		}
		p.expectColon()
		h.Body = p.block(what, hline)
		h.Span = p.span(hstart)
		handlers = append(handlers, h)
	}
	var orelse, final []Stmt
	if p.kind() == kwElse {
		orelse = p.elseBlock()
	}
	if p.kind() == kwFinally {
		fline := p.peek().Start.Line
		p.pos++
		p.expectForcedColon()
		final = p.block("'finally' statement", fline)
	}
	if len(handlers) == 0 && final == nil {
		p.errorAt(p.peek(), "expected 'except' or 'finally' block")
	}
	if star {
		return &TryStar{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Span: p.span(start)}
	}
	return &Try{Body: body, Handlers: handlers, Orelse: orelse, Finalbody: final, Span: p.span(start)}
}

// parameters parses the parameters of a def (annotations allowed) or a
// lambda, up to the token end (not consumed).
func (p *parser) parameters(end TokenKind, annotations bool) *Arguments {
	a := newNode(&p.ar.arguments, Arguments{})
	var posargs []*Arg
	seenSlash, seenStar, seenDefault := false, false, false
	var last *Arg
	for p.kind() != end {
		switch p.kind() {
		case SLASH:
			if seenSlash {
				p.errorAt(p.peek(), "/ may appear only once")
			}
			if seenStar {
				p.errorAt(p.peek(), "/ must be ahead of *")
			}
			if len(posargs) == 0 {
				p.errorAt(p.peek(), "at least one argument must precede /")
			}
			p.pos++
			a.Posonlyargs, posargs = posargs, nil
			seenSlash = true
		case STAR:
			if seenStar {
				p.errorAt(p.peek(), "* argument may appear only once")
			}
			star := p.advance()
			seenStar = true
			if p.kind() == COMMA || p.kind() == end {
				if p.kind() == end || p.kindAt(1) == end || p.kindAt(1) == DOUBLESTAR {
					// A lambda's error is at the token after the '*'.
					if !annotations {
						star = p.peek()
					}
					p.errorAt(star, "named arguments must follow bare *")
				}
			} else {
				a.Vararg = p.param(annotations, true)
				last = a.Vararg
				if p.kind() == EQUAL {
					p.errorAt(p.peek(), "var-positional argument cannot have default value")
				}
			}
		case DOUBLESTAR:
			p.pos++
			a.Kwarg = p.param(annotations, false)
			last = a.Kwarg
			if p.kind() == EQUAL {
				p.errorAt(p.peek(), "var-keyword argument cannot have default value")
			}
		default:
			if a.Kwarg != nil {
				p.errorAt(p.peek(), "arguments cannot follow var-keyword argument")
			}
			arg := p.param(annotations, false)
			last = arg
			var def Expr
			if p.accept(EQUAL) {
				def = p.expression()
			}
			if seenStar {
				a.Kwonlyargs = append(a.Kwonlyargs, arg)
				a.KwDefaults = append(a.KwDefaults, def)
			} else {
				posargs = append(posargs, arg)
				if def != nil {
					a.Defaults = append(a.Defaults, def)
					seenDefault = true
				} else if seenDefault {
					p.errorNode(arg, "non-default argument follows default argument")
				}
			}
		}
		if !p.accept(COMMA) {
			break
		}
		if p.kind() == TYPE_COMMENT && last != nil {
			last.TypeComment = p.advance().Text
		}
	}
	if p.kind() == TYPE_COMMENT && last != nil && p.kindAt(1) == end {
		last.TypeComment = p.advance().Text
	}
	a.Args = posargs
	return a
}

// param parses a parameter name and, in a def, its annotation.
func (p *parser) param(annotations, starAnnotation bool) *Arg {
	t := p.peek()
	if t.Kind != NAME {
		p.syntaxError()
	}
	p.pos++
	a := newNode(&p.ar.args, Arg{Arg: t.Text})
	if annotations && p.accept(COLON) {
		if starAnnotation && p.kind() == STAR {
			a.Annotation = p.starExpression()
		} else {
			a.Annotation = p.expression()
		}
	}
	e := p.lastEnd()
	a.Span = Span{t.Start.Line, t.Start.Col, e.Line, e.Col}
	return a
}
