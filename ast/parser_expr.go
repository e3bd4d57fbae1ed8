package ast

// Expression rules. Each function is named after the CPython grammar rule
// it implements; the comment quotes the rule where the shape matters. Node
// spans run from the rule's first token to the last token it consumed, as
// CPython's EXTRA does, so parentheses around an operand widen the span of
// the operation but not of the operand itself.

// startsExpression reports whether a token of kind k can begin an
// expression (not counting a leading '*').
func startsExpression(k TokenKind) bool {
	switch k {
	case NAME, NUMBER, STRING, LPAR, LSQB, LBRACE, MINUS, PLUS, TILDE, ELLIPSIS,
		kwNot, kwLambda, kwAwait, kwNone, kwTrue, kwFalse:
		return true
	}
	return false
}

// starExpressions parses star_expressions: one star_expression, or a Tuple
// of them when a comma follows.
func (p *parser) starExpressions() Expr {
	start := p.pos
	e := p.starExpression()
	if p.kind() != COMMA {
		return e
	}
	mark := len(p.estack)
	p.estack = append(p.estack, e)
	for p.accept(COMMA) {
		if !startsExpression(p.kind()) && p.kind() != STAR {
			break
		}
		v := p.starExpression()
		p.estack = append(p.estack, v)
	}
	elts := p.exprsFrom(mark)
	return newNode(&p.ar.tuples, Tuple{Elts: elts, Ctx: Load, Span: p.span(start)})
}

// starExpression parses star_expression: '*' bitwise_or | expression.
func (p *parser) starExpression() Expr {
	if p.kind() == STAR {
		start := p.pos
		p.pos++
		v := p.bitwiseOr()
		return newNode(&p.ar.starreds, Starred{Value: v, Ctx: Load, Span: p.span(start)})
	}
	return p.expression()
}

// starNamedExpression parses star_named_expression: '*' bitwise_or |
// named_expression.
func (p *parser) starNamedExpression() Expr {
	if p.kind() == STAR {
		start := p.pos
		p.pos++
		v := p.bitwiseOr()
		return newNode(&p.ar.starreds, Starred{Value: v, Ctx: Load, Span: p.span(start)})
	}
	return p.namedExpression()
}

// expressions parses expressions: expression (',' expression)* [','].
func (p *parser) expressions() Expr {
	start := p.pos
	e := p.expression()
	if p.kind() != COMMA {
		return e
	}
	mark := len(p.estack)
	p.estack = append(p.estack, e)
	for p.accept(COMMA) {
		if !startsExpression(p.kind()) {
			break
		}
		v := p.expression()
		p.estack = append(p.estack, v)
	}
	elts := p.exprsFrom(mark)
	return newNode(&p.ar.tuples, Tuple{Elts: elts, Ctx: Load, Span: p.span(start)})
}

// namedExpression parses named_expression: NAME ':=' expression |
// expression !':='.
func (p *parser) namedExpression() Expr {
	if p.kind() == NAME && p.kindAt(1) == COLONEQUAL {
		start := p.pos
		t := p.advance()
		target := newNode(&p.ar.names, Name{Id: t.Text, Ctx: Store, Span: tokSpan(t)})
		p.pos++
		v := p.expression()
		return &NamedExpr{Target: target, Value: v, Span: p.span(start)}
	}
	start := p.pos
	e := p.expression()
	switch p.kind() {
	case COLONEQUAL:
		p.errorNode(e, "cannot use assignment expressions with "+exprName(e))
	case EQUAL:
		p.invalidNamedEquals(start, e)
	}
	return e
}

// invalidNamedEquals reports `a = b` where a named expression is expected,
// as CPython's invalid_named_expression does; it returns if the tokens do
// not have that shape, leaving the position unchanged.
func (p *parser) invalidNamedEquals(start int, a Expr) {
	if !isBitwiseOr(a) {
		return
	}
	save := p.pos
	p.pos++
	b, ok := p.tryParse(p.bitwiseOr)
	if !ok || p.kind() == EQUAL || p.kind() == COLONEQUAL {
		p.pos = save
		return
	}
	if _, isName := a.(*Name); isName && p.toks[start].Kind == NAME {
		p.errorSpan(Span{spanOf(a).Lineno, spanOf(a).ColOffset, spanOf(b).EndLineno, spanOf(b).EndColOffset},
			"invalid syntax. Maybe you meant '==' or ':=' instead of '='?")
	}
	switch c := a.(type) {
	case *List, *Tuple, *GeneratorExp:
		p.pos = save
		return
	case *Constant:
		if _, isBool := c.Value.(bool); isBool || c.Value == nil {
			p.pos = save
			return
		}
	}
	p.errorNode(a, "cannot assign to "+exprName(a)+" here. Maybe you meant '==' instead of '='?")
}

// tryParse runs rule and reports whether it succeeded; a syntax error in
// it is discarded (the position is then unspecified).
func (p *parser) tryParse(rule func() Expr) (e Expr, ok bool) {
	emark, smark := len(p.estack), len(p.sstack)
	defer func() {
		if r := recover(); r != nil {
			if _, isSyntax := r.(*SyntaxError); !isSyntax {
				panic(r)
			}
			p.estack, p.sstack = p.estack[:emark], p.sstack[:smark]
			e, ok = nil, false
		}
	}()
	return rule(), true
}

// forgotComma reports CPython's "Perhaps you forgot a comma?" when, inside
// brackets, the expression a (which began at token start) is directly
// followed by another expression; it returns otherwise.
func (p *parser) forgotComma(start int, a Expr) {
	if !startsExpression(p.kind()) {
		return
	}
	first := &p.toks[start]
	if first.Kind == NAME && (first.Text == "match" || first.Text == "case" || first.Text == "_" || p.toks[start+1].Kind == STRING) {
		return
	}
	switch a.(type) {
	case *Lambda, *IfExp, *Starred, *NamedExpr:
		return
	}
	save := p.pos
	b, ok := p.tryParse(p.expression)
	if !ok {
		p.pos = save
		return
	}
	sa, sb := spanOf(a), spanOf(b)
	p.errorSpan(Span{sa.Lineno, sa.ColOffset, sb.EndLineno, sb.EndColOffset}, "invalid syntax. Perhaps you forgot a comma?")
}

// expression parses expression: disjunction ['if' disjunction 'else'
// expression] | lambdef.
func (p *parser) expression() Expr {
	if p.kind() == kwLambda {
		return p.lambdef()
	}
	start := p.pos
	d := p.disjunction()
	if p.kind() != kwIf {
		return d
	}
	p.pos++
	test := p.disjunction()
	if p.kind() != kwElse {
		p.errorSpan(Span{p.toks[start].Start.Line, p.toks[start].Start.Col, p.lastEnd().Line, p.lastEnd().Col}, "expected 'else' after 'if' expression")
	}
	p.pos++
	orelse := p.expression()
	return &IfExp{Test: test, Body: d, Orelse: orelse, Span: p.span(start)}
}

func (p *parser) disjunction() Expr {
	start := p.pos
	e := p.conjunction()
	if p.kind() != kwOr {
		return e
	}
	mark := len(p.estack)
	p.estack = append(p.estack, e)
	for p.accept(kwOr) {
		v := p.conjunction()
		p.estack = append(p.estack, v)
	}
	values := p.exprsFrom(mark)
	return newNode(&p.ar.boolOps, BoolOp{Op: Or, Values: values, Span: p.span(start)})
}

func (p *parser) conjunction() Expr {
	start := p.pos
	e := p.inversion()
	if p.kind() != kwAnd {
		return e
	}
	mark := len(p.estack)
	p.estack = append(p.estack, e)
	for p.accept(kwAnd) {
		v := p.inversion()
		p.estack = append(p.estack, v)
	}
	values := p.exprsFrom(mark)
	return newNode(&p.ar.boolOps, BoolOp{Op: And, Values: values, Span: p.span(start)})
}

func (p *parser) inversion() Expr {
	if p.kind() == kwNot {
		start := p.pos
		p.pos++
		e := p.inversion()
		return newNode(&p.ar.unaryOps, UnaryOp{Op: Not, Operand: e, Span: p.span(start)})
	}
	return p.comparison()
}

// compareOp returns the comparison operator at the current token and how
// many tokens it takes, or 0 tokens when there is none.
func (p *parser) compareOp() (CmpOp, int) {
	switch p.kind() {
	case EQEQUAL:
		return Eq, 1
	case NOTEQUAL:
		if p.peek().Text == "<>" {
			return 0, 0
		}
		return NotEq, 1
	case LESS:
		return Lt, 1
	case LESSEQUAL:
		return LtE, 1
	case GREATER:
		return Gt, 1
	case GREATEREQUAL:
		return GtE, 1
	case kwIn:
		return In, 1
	case kwNot:
		if p.kindAt(1) == kwIn {
			return NotIn, 2
		}
	case kwIs:
		if p.kindAt(1) == kwNot {
			return IsNot, 2
		}
		return Is, 1
	}
	return 0, 0
}

func (p *parser) comparison() Expr {
	start := p.pos
	e := p.bitwiseOr()
	op, n := p.compareOp()
	if n == 0 {
		return e
	}
	var ops []CmpOp
	var comps []Expr
	for n != 0 {
		p.pos += n
		ops = append(ops, op)
		comps = append(comps, p.bitwiseOr())
		op, n = p.compareOp()
	}
	return newNode(&p.ar.compares, Compare{Left: e, Ops: ops, Comparators: comps, Span: p.span(start)})
}

// binaryOp returns the operator of a binary operator token and its
// precedence (1 for '|' up to 6 for the multiplicative operators), or 0.
func binaryOp(k TokenKind) (Operator, int) {
	switch k {
	case VBAR:
		return BitOr, 1
	case CIRCUMFLEX:
		return BitXor, 2
	case AMPER:
		return BitAnd, 3
	case LEFTSHIFT:
		return LShift, 4
	case RIGHTSHIFT:
		return RShift, 4
	case PLUS:
		return Add, 5
	case MINUS:
		return Sub, 5
	case STAR:
		return Mult, 6
	case SLASH:
		return Div, 6
	case DOUBLESLASH:
		return FloorDiv, 6
	case PERCENT:
		return Mod, 6
	case AT:
		return MatMult, 6
	}
	return 0, 0
}

// bitwiseOr parses bitwise_or and everything below it down to factor by
// precedence climbing, which builds the same left-associative trees as
// CPython's left-recursive rules.
func (p *parser) bitwiseOr() Expr {
	// The start is read before factor runs: Go leaves the order of a plain
	// operand and a call in one argument list unspecified.
	start := p.pos
	left := p.factor()
	return p.binary(start, left, 1)
}

func (p *parser) binary(start int, left Expr, minPrec int) Expr {
	for {
		op, prec := binaryOp(p.kind())
		if prec < minPrec || prec == 0 {
			return left
		}
		p.pos++
		rstart := p.pos
		right := p.factor()
		for {
			_, next := binaryOp(p.kind())
			if next <= prec {
				break
			}
			right = p.binary(rstart, right, prec+1)
		}
		left = newNode(&p.ar.binOps, BinOp{Left: left, Op: op, Right: right, Span: p.span(start)})
	}
}

// factor parses factor: ('+' | '-' | '~') factor | power.
func (p *parser) factor() Expr {
	var op UnaryOperator
	switch p.kind() {
	case PLUS:
		op = UAdd
	case MINUS:
		op = USub
	case TILDE:
		op = Invert
	default:
		return p.power()
	}
	start := p.pos
	p.pos++
	e := p.factor()
	return newNode(&p.ar.unaryOps, UnaryOp{Op: op, Operand: e, Span: p.span(start)})
}

// power parses power: await_primary ['**' factor].
func (p *parser) power() Expr {
	start := p.pos
	e := p.awaitPrimary()
	if p.kind() != DOUBLESTAR {
		return e
	}
	p.pos++
	r := p.factor()
	return newNode(&p.ar.binOps, BinOp{Left: e, Op: Pow, Right: r, Span: p.span(start)})
}

func (p *parser) awaitPrimary() Expr {
	if p.kind() == kwAwait {
		start := p.pos
		p.pos++
		e := p.primary()
		return &Await{Value: e, Span: p.span(start)}
	}
	return p.primary()
}

// primary parses an atom followed by attribute references, calls and
// subscripts.
func (p *parser) primary() Expr {
	start := p.pos
	e := p.atom()
	for {
		switch p.kind() {
		case DOT:
			p.pos++
			t := p.peek()
			if t.Kind != NAME {
				p.syntaxError()
			}
			p.pos++
			e = newNode(&p.ar.attributes, Attribute{Value: e, Attr: t.Text, Ctx: Load, Span: p.span(start)})
		case LPAR:
			e = p.call(start, e)
		case LSQB:
			p.pos++
			s := p.slices()
			p.expectClosing(RSQB, start)
			e = newNode(&p.ar.subscripts, Subscript{Value: e, Slice: s, Ctx: Load, Span: p.span(start)})
		default:
			return e
		}
	}
}

// expectClosing consumes the closing bracket k of the bracket at token
// start.
func (p *parser) expectClosing(k TokenKind, start int) {
	if p.kind() != k {
		p.syntaxError()
	}
	p.pos++
}

// slices parses slices: slice !',' | ','.(slice | starred_expression)+
// [','].
func (p *parser) slices() Expr {
	start := p.pos
	s := p.slice()
	if p.kind() != COMMA {
		if p.kind() != RSQB {
			p.forgotComma(start, s)
		}
		// A lone starred expression is not a slice: it makes a tuple.
		if _, ok := s.(*Starred); !ok {
			return s
		}
	}
	mark := len(p.estack)
	p.estack = append(p.estack, s)
	lastStart := start
	for p.accept(COMMA) {
		if p.kind() == RSQB {
			break
		}
		lastStart = p.pos
		v := p.slice()
		p.estack = append(p.estack, v)
	}
	if p.kind() != RSQB {
		p.forgotComma(lastStart, p.estack[len(p.estack)-1])
	}
	elts := p.exprsFrom(mark)
	return newNode(&p.ar.tuples, Tuple{Elts: elts, Ctx: Load, Span: p.span(start)})
}

// slice parses slice: [expression] ':' [expression] [':' [expression]] |
// named_expression, and also starred_expression for slices.
func (p *parser) slice() Expr {
	start := p.pos
	if p.kind() == STAR {
		p.pos++
		v := p.expression()
		return newNode(&p.ar.starreds, Starred{Value: v, Ctx: Load, Span: p.span(start)})
	}
	var lower Expr
	if p.kind() != COLON {
		lower = p.namedExpression()
		if p.kind() != COLON {
			return lower
		}
		if _, ok := lower.(*NamedExpr); ok {
			p.syntaxError()
		}
	}
	p.pos++
	var upper, step Expr
	if k := p.kind(); startsExpression(k) {
		upper = p.expression()
	}
	if p.accept(COLON) {
		if startsExpression(p.kind()) {
			step = p.expression()
		}
	}
	return &Slice{Lower: lower, Upper: upper, Step: step, Span: p.span(start)}
}

// call parses the arguments of a call to fn, whose first token is start.
func (p *parser) call(start int, fn Expr) Expr {
	lpar := p.pos
	p.pos++
	c := newNode(&p.ar.calls, Call{Func: fn})
	sawKeyword, sawDoubleStar := false, false
	pending := ""
	mark := len(p.estack)
	for p.kind() != RPAR {
		astart := p.pos
		switch p.kind() {
		case STAR:
			if sawDoubleStar {
				p.errorAt(p.peek(), "iterable argument unpacking follows keyword argument unpacking")
			}
			p.pos++
			v := p.expression()
			var st Expr = newNode(&p.ar.starreds, Starred{Value: v, Ctx: Load, Span: p.span(astart)})
			if p.isCompFor() {
				p.checkCompElt(st)
			}
			p.estack = append(p.estack, st)
		case DOUBLESTAR:
			p.pos++
			v := p.expression()
			c.Keywords = append(c.Keywords, newNode(&p.ar.keywords, Keyword{Value: v, Span: p.span(astart)}))
			sawDoubleStar = true
		default:
			if p.kind() == NAME && p.kindAt(1) == EQUAL {
				t := p.advance()
				p.pos++
				v := p.expression()
				c.Keywords = append(c.Keywords, newNode(&p.ar.keywords, Keyword{Arg: t.Text, Value: v, Span: p.span(astart)}))
				sawKeyword = true
				break
			}
			if !startsExpression(p.kind()) {
				p.syntaxError()
			}
			var e Expr
			if p.kind() == NAME && p.kindAt(1) == COLONEQUAL {
				e = p.namedExpression()
			} else {
				e = p.expression()
			}
			if p.kind() == kwFor || p.kind() == kwAsync && p.kindAt(1) == kwFor {
				// A class's bases are arguments, which do not include a
				// bare generator expression.
				if fn == nil {
					p.syntaxError()
				}
				gens := p.forIfClauses()
				if len(p.estack) != mark || len(c.Keywords) != 0 || p.kind() != RPAR {
					p.errorSpan(p.span(astart), "Generator expression must be parenthesized")
				}
				p.pos++
				p.estack = p.estack[:mark]
				c.Args = []Expr{&GeneratorExp{Elt: e, Generators: gens, Span: p.span(lpar)}}
				c.Span = p.span(start)
				return c
			}
			if p.kind() == EQUAL {
				p.invalidKwarg(e, astart)
			}
			// CPython reports these at the last token of the call, once
			// it has read all the arguments.
			if sawDoubleStar && pending == "" {
				pending = "positional argument follows keyword argument unpacking"
			}
			if sawKeyword && pending == "" {
				pending = "positional argument follows keyword argument"
			}
			p.estack = append(p.estack, e)
		}
		if !p.accept(COMMA) {
			if p.kind() != RPAR && len(p.estack) > mark {
				p.forgotComma(astart, p.estack[len(p.estack)-1])
			}
			break
		}
	}
	if p.kind() != RPAR {
		p.syntaxError()
	}
	if pending != "" {
		p.errorAt(p.peek(), pending)
	}
	p.pos++
	if len(p.estack) != mark {
		c.Args = p.exprsFrom(mark)
	}
	c.Span = p.span(start)
	return c
}

// invalidKwarg reports a keyword argument whose name is not a plain name.
func (p *parser) invalidKwarg(e Expr, astart int) {
	switch v := e.(type) {
	case *Constant:
		switch v.Value.(type) {
		case nil, bool:
			eq := &p.toks[p.pos]
			p.errorSpan(Span{v.Lineno, v.ColOffset, eq.End.Line, eq.End.Col}, "cannot assign to "+exprName(e))
		}
	}
	s := spanOf(e)
	eq := p.toks[p.pos]
	p.errorSpan(Span{s.Lineno, s.ColOffset, eq.End.Line, eq.End.Col}, `expression cannot contain assignment, perhaps you meant "=="?`)
}

// atom parses an atom.
func (p *parser) atom() Expr {
	t := &p.toks[p.pos]
	switch t.Kind {
	case NAME:
		p.pos++
		return newNode(&p.ar.names, Name{Id: t.Text, Ctx: Load, Span: tokSpan(t)})
	case NUMBER:
		p.pos++
		v, err := DecodeNumber(t.Text)
		if err != nil {
			p.pos--
			p.errorAt(t, err.Error())
		}
		return newNode(&p.ar.constants, Constant{Value: v, Span: tokSpan(t)})
	case STRING:
		return p.strings()
	case kwNone:
		p.pos++
		return newNode(&p.ar.constants, Constant{Value: nil, Span: tokSpan(t)})
	case kwTrue:
		p.pos++
		return newNode(&p.ar.constants, Constant{Value: true, Span: tokSpan(t)})
	case kwFalse:
		p.pos++
		return newNode(&p.ar.constants, Constant{Value: false, Span: tokSpan(t)})
	case ELLIPSIS:
		p.pos++
		return newNode(&p.ar.constants, Constant{Value: Ellipsis, Span: tokSpan(t)})
	case LPAR:
		return p.parenAtom()
	case LSQB:
		return p.listAtom()
	case LBRACE:
		return p.braceAtom()
	}
	p.syntaxError()
	return nil
}

// parenAtom parses tuple, group and genexp.
func (p *parser) parenAtom() Expr {
	start := p.pos
	p.pos++
	switch p.kind() {
	case RPAR:
		p.pos++
		return newNode(&p.ar.tuples, Tuple{Ctx: Load, Span: p.span(start)})
	case kwYield:
		e := p.yieldExpr()
		p.expectClosing(RPAR, start)
		return e
	}
	first := p.starNamedExpression()
	switch p.kind() {
	case RPAR:
		p.pos++
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use starred expression here")
		}
		return first
	case kwFor, kwAsync:
		p.checkCompElt(first)
		gens := p.forIfClauses()
		p.expectClosing(RPAR, start)
		return &GeneratorExp{Elt: first, Generators: gens, Span: p.span(start)}
	case COMMA:
		mark := len(p.estack)
		p.estack = append(p.estack, first)
		lastStart := start + 1
		for p.accept(COMMA) {
			if p.kind() == RPAR {
				break
			}
			lastStart = p.pos
			v := p.starNamedExpression()
			p.estack = append(p.estack, v)
		}
		if p.kind() != RPAR {
			p.forgotComma(lastStart, p.estack[len(p.estack)-1])
		}
		elts := p.exprsFrom(mark)
		p.expectClosing(RPAR, start)
		return newNode(&p.ar.tuples, Tuple{Elts: elts, Ctx: Load, Span: p.span(start)})
	}
	p.parenFailure(start, first)
	return nil
}

// parenFailure reports what follows an expression in parentheses that
// neither closes nor continues them.
func (p *parser) parenFailure(start int, first Expr) {
	p.forgotComma(start+1, first)
	p.syntaxError()
}

// listAtom parses list and listcomp.
func (p *parser) listAtom() Expr {
	start := p.pos
	p.pos++
	if p.accept(RSQB) {
		return newNode(&p.ar.lists, List{Ctx: Load, Span: p.span(start)})
	}
	first := p.starNamedExpression()
	if p.kind() == kwFor || p.kind() == kwAsync {
		p.checkCompElt(first)
		gens := p.forIfClauses()
		p.expectClosing(RSQB, start)
		return &ListComp{Elt: first, Generators: gens, Span: p.span(start)}
	}
	mark := len(p.estack)
	p.estack = append(p.estack, first)
	lastStart := start + 1
	for p.accept(COMMA) {
		if p.kind() == RSQB {
			break
		}
		lastStart = p.pos
		v := p.starNamedExpression()
		p.estack = append(p.estack, v)
	}
	if p.kind() != RSQB {
		p.unparenthesizedTarget(mark)
		p.forgotComma(lastStart, p.estack[len(p.estack)-1])
	}
	elts := p.exprsFrom(mark)
	p.expectClosing(RSQB, start)
	return newNode(&p.ar.lists, List{Elts: elts, Ctx: Load, Span: p.span(start)})
}

// braceAtom parses dict, set, dictcomp and setcomp.
func (p *parser) braceAtom() Expr {
	start := p.pos
	p.pos++
	if p.accept(RBRACE) {
		return &Dict{Span: p.span(start)}
	}
	if p.kind() == DOUBLESTAR {
		dstart := p.pos
		p.pos++
		v := p.bitwiseOr()
		if p.isCompFor() {
			p.errorAt(&p.toks[dstart], "dict unpacking cannot be used in dict comprehension")
		}
		return p.dictRest(start, []Expr{nil}, []Expr{v})
	}
	first := p.starNamedExpression()
	if p.kind() == COLON {
		p.pos++
		vstart := p.pos
		v := p.dictValue()
		if p.kind() != COMMA && p.kind() != RBRACE && !p.isCompFor() {
			p.forgotComma(vstart, v)
		}
		if p.kind() == kwFor || p.kind() == kwAsync {
			gens := p.forIfClauses()
			p.expectClosing(RBRACE, start)
			return &DictComp{Key: first, Value: v, Generators: gens, Span: p.span(start)}
		}
		return p.dictRest(start, []Expr{first}, []Expr{v})
	}
	if p.kind() == kwFor || p.kind() == kwAsync {
		p.checkCompElt(first)
		gens := p.forIfClauses()
		p.expectClosing(RBRACE, start)
		return &SetComp{Elt: first, Generators: gens, Span: p.span(start)}
	}
	mark := len(p.estack)
	p.estack = append(p.estack, first)
	lastStart := start + 1
	for p.accept(COMMA) {
		if p.kind() == RBRACE {
			break
		}
		lastStart = p.pos
		v := p.starNamedExpression()
		p.estack = append(p.estack, v)
	}
	if p.kind() != RBRACE {
		p.unparenthesizedTarget(mark)
		p.forgotComma(lastStart, p.estack[len(p.estack)-1])
	}
	elts := p.exprsFrom(mark)
	p.expectClosing(RBRACE, start)
	return &Set{Elts: elts, Span: p.span(start)}
}

// dictRest parses the rest of a dict display after the given pairs; when
// keys is empty it starts with a pair, otherwise with a comma.
func (p *parser) dictRest(start int, keys, values []Expr) Expr {
	if len(keys) != 0 && !p.accept(COMMA) {
		p.expectClosing(RBRACE, start)
		return &Dict{Keys: keys, Values: values, Span: p.span(start)}
	}
	for p.kind() != RBRACE {
		if p.accept(DOUBLESTAR) {
			keys = append(keys, nil)
			values = append(values, p.bitwiseOr())
		} else {
			k := p.expression()
			if p.kind() != COLON {
				// CPython places this one oddly: at the key's last
				// character, with no end.
				ks := spanOf(k)
				line := parserLine(p.text, int(ks.EndLineno))
				p.raise(&SyntaxError{Class: "SyntaxError", Msg: "':' expected after dictionary key", Filename: p.filename,
					Lineno: int(ks.Lineno), Offset: charOffset(line, int(ks.EndColOffset)-1), EndLineno: int(ks.EndLineno), EndOffset: 0,
					Text: parserLine(p.text, int(ks.Lineno))})
			}
			p.pos++
			keys = append(keys, k)
			vstart := p.pos
			v := p.dictValue()
			values = append(values, v)
			if p.kind() != COMMA && p.kind() != RBRACE {
				p.forgotComma(vstart, v)
			}
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expectClosing(RBRACE, start)
	return &Dict{Keys: keys, Values: values, Span: p.span(start)}
}

// isCompFor reports whether a comprehension's for clause starts here.
func (p *parser) isCompFor() bool {
	return p.kind() == kwFor || p.kind() == kwAsync && p.kindAt(1) == kwFor
}

// checkCompElt reports a starred comprehension element.
func (p *parser) checkCompElt(elt Expr) {
	if _, ok := elt.(*Starred); ok {
		p.errorNode(elt, "iterable unpacking cannot be used in comprehension")
	}
}

// unparenthesizedTarget reports a list or set display whose elements are
// followed by a for clause: CPython suspects a tuple meant as the target
// of a comprehension.
func (p *parser) unparenthesizedTarget(mark int) {
	if !p.isCompFor() {
		return
	}
	a, b := spanOf(p.estack[mark]), p.lastEnd()
	p.errorSpan(Span{a.Lineno, a.ColOffset, b.Line, b.Col}, "did you forget parentheses around the comprehension target?")
}

// dictValue parses the value after a dictionary key's ':'.
func (p *parser) dictValue() Expr {
	switch p.kind() {
	case STAR:
		start := p.pos
		p.pos++
		p.bitwiseOr()
		p.errorSpan(p.span(start), "cannot use a starred expression in a dictionary value")
	case RBRACE, COMMA:
		p.errorAt(&p.toks[p.pos-1], "expression expected after dictionary key and ':'")
	}
	return p.expression()
}

// forIfClauses parses for_if_clauses.
func (p *parser) forIfClauses() []*Comprehension {
	var gens []*Comprehension
	for {
		isAsync := 0
		if p.kind() == kwAsync && p.kindAt(1) == kwFor {
			isAsync = 1
			p.pos++
		} else if p.kind() != kwFor {
			return gens
		}
		p.pos++
		target := p.starTargets()
		if p.kind() != kwIn {
			p.syntaxError()
		}
		p.pos++
		iter := p.disjunction()
		c := newNode(&p.ar.comprehends, Comprehension{Target: target, Iter: iter, IsAsync: isAsync})
		for p.accept(kwIf) {
			c.Ifs = append(c.Ifs, p.disjunction())
		}
		gens = append(gens, c)
	}
}

// yieldExpr parses yield_expr: 'yield' 'from' expression | 'yield'
// [star_expressions].
func (p *parser) yieldExpr() Expr {
	start := p.pos
	p.pos++
	if p.accept(kwFrom) {
		v := p.expression()
		return &YieldFrom{Value: v, Span: p.span(start)}
	}
	var v Expr
	if startsExpression(p.kind()) || p.kind() == STAR {
		v = p.starExpressions()
	}
	return &Yield{Value: v, Span: p.span(start)}
}

// lambdef parses lambdef: 'lambda' [lambda_params] ':' expression.
func (p *parser) lambdef() Expr {
	start := p.pos
	p.pos++
	args := p.parameters(COLON, false)
	if p.kind() != COLON {
		p.syntaxError()
	}
	p.pos++
	body := p.expression()
	return &Lambda{Args: args, Body: body, Span: p.span(start)}
}

// Targets.

// starTargets parses star_targets: star_target !',' | star_target (','
// star_target)* [','].
func (p *parser) starTargets() Expr {
	start := p.pos
	t := p.starTarget()
	if p.kind() != COMMA {
		return t
	}
	mark := len(p.estack)
	p.estack = append(p.estack, t)
	for p.accept(COMMA) {
		if !startsExpression(p.kind()) && p.kind() != STAR {
			break
		}
		v := p.starTarget()
		p.estack = append(p.estack, v)
	}
	elts := p.exprsFrom(mark)
	return newNode(&p.ar.tuples, Tuple{Elts: elts, Ctx: Store, Span: p.span(start)})
}

// starTarget parses star_target: a primary that can be assigned to,
// perhaps starred.
func (p *parser) starTarget() Expr {
	if p.kind() == STAR {
		start := p.pos
		p.pos++
		if p.kind() == STAR {
			p.syntaxError()
		}
		v := p.starTarget()
		return newNode(&p.ar.starreds, Starred{Value: v, Ctx: Store, Span: p.span(start)})
	}
	if !startsExpression(p.kind()) {
		p.syntaxError()
	}
	e := p.primary()
	p.setContext(e, Store, "assign to")
	return e
}

// setContext sets the context of a target expression and of the targets
// in it, and reports an expression that cannot be a target.
func (p *parser) setContext(e Expr, ctx ExprContext, what string) {
	if bad := p.trySetContext(e, ctx); bad != nil {
		p.errorNode(bad, "cannot "+what+" "+exprName(bad))
	}
}

// trySetContext sets the context like setContext and returns the first
// expression that cannot be a target, or nil.
func (p *parser) trySetContext(e Expr, ctx ExprContext) Expr {
	switch e := e.(type) {
	case *Name:
		e.Ctx = ctx
	case *Attribute:
		e.Ctx = ctx
	case *Subscript:
		e.Ctx = ctx
	case *Starred:
		if ctx == Del {
			return e
		}
		e.Ctx = ctx
		return p.trySetContext(e.Value, ctx)
	case *Tuple:
		for _, x := range e.Elts {
			if bad := p.trySetContext(x, ctx); bad != nil {
				return bad
			}
		}
		e.Ctx = ctx
	case *List:
		for _, x := range e.Elts {
			if bad := p.trySetContext(x, ctx); bad != nil {
				return bad
			}
		}
		e.Ctx = ctx
	default:
		return e
	}
	return nil
}

// exprName is CPython's name for a kind of expression in error messages.
func exprName(e Expr) string {
	switch e := e.(type) {
	case *Attribute:
		return "attribute"
	case *Subscript:
		return "subscript"
	case *Starred:
		return "starred"
	case *Name:
		return "name"
	case *List:
		return "list"
	case *Tuple:
		return "tuple"
	case *Lambda:
		return "lambda"
	case *Call:
		return "function call"
	case *BoolOp, *BinOp, *UnaryOp:
		return "expression"
	case *GeneratorExp:
		return "generator expression"
	case *Yield, *YieldFrom:
		return "yield expression"
	case *Await:
		return "await expression"
	case *ListComp:
		return "list comprehension"
	case *SetComp:
		return "set comprehension"
	case *DictComp:
		return "dict comprehension"
	case *Dict:
		return "dict literal"
	case *Set:
		return "set display"
	case *JoinedStr, *FormattedValue:
		return "f-string expression"
	case *Constant:
		switch v := e.Value.(type) {
		case nil:
			return "None"
		case bool:
			if v {
				return "True"
			}
			return "False"
		case EllipsisType:
			return "ellipsis"
		}
		return "literal"
	case *Compare:
		return "comparison"
	case *IfExp:
		return "conditional expression"
	case *NamedExpr:
		return "named expression"
	}
	return "expression"
}
