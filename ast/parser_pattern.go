package ast

// The match statement and its patterns.

// looksLikeMatch reports whether the statement starting at the soft keyword
// "match" is a match statement: its line must end, outside brackets, with
// ':' before the NEWLINE, which no simple statement does.
func (p *parser) looksLikeMatch() bool {
	next := p.kindAt(1)
	if !startsExpression(next) && next != STAR {
		return false
	}
	depth := 0
	for i := p.pos + 1; i < len(p.toks); i++ {
		switch p.toks[i].Kind {
		case LPAR, LSQB, LBRACE:
			depth++
		case RPAR, RSQB, RBRACE:
			depth--
		case NEWLINE, EOF, errorKind:
			return p.toks[i-1].Kind == COLON
		}
	}
	return false
}

// matchStmt parses match_stmt: "match" subject_expr ':' NEWLINE INDENT
// case_block+ DEDENT.
func (p *parser) matchStmt() Stmt {
	start := p.pos
	line := p.peek().Start.Line
	p.pos++
	var subject Expr
	sstart := p.pos
	first := p.starNamedExpression()
	if p.kind() == COMMA {
		mark := len(p.estack)
		p.estack = append(p.estack, first)
		for p.accept(COMMA) {
			if p.kind() == COLON {
				break
			}
			v := p.starNamedExpression()
			p.estack = append(p.estack, v)
		}
		elts := p.exprsFrom(mark)
		subject = newNode(&p.ar.tuples, Tuple{Elts: elts, Ctx: Load, Span: p.span(sstart)})
	} else {
		if _, ok := first.(*Starred); ok {
			p.errorNode(first, "cannot use starred expression here")
		}
		subject = first
	}
	p.expectColon()
	if p.kind() != NEWLINE {
		p.syntaxError()
	}
	p.pos++
	if p.kind() != INDENT {
		p.expectedIndent("'match' statement", line)
	}
	p.pos++
	m := &Match{Subject: subject}
	for p.isSoft("case") {
		cline := p.peek().Start.Line
		p.pos++
		c := &MatchCase{Pattern: p.patterns()}
		if p.accept(kwIf) {
			c.Guard = p.namedExpression()
		}
		p.expectColon()
		c.Body = p.block("'case' statement", cline)
		m.Cases = append(m.Cases, c)
	}
	if len(m.Cases) == 0 || p.kind() != DEDENT {
		p.syntaxError()
	}
	p.pos++
	m.Span = p.span(start)
	return m
}

// patterns parses patterns: open_sequence_pattern | pattern.
func (p *parser) patterns() Pattern {
	start := p.pos
	first := p.maybeStarPattern()
	if p.kind() != COMMA {
		if _, ok := first.(*MatchStar); ok {
			p.syntaxError()
		}
		return first
	}
	pats := []Pattern{first}
	for p.accept(COMMA) {
		if p.kind() == COLON || p.kind() == kwIf {
			break
		}
		pats = append(pats, p.maybeStarPattern())
	}
	return &MatchSequence{Patterns: pats, Span: p.span(start)}
}

// maybeStarPattern parses maybe_star_pattern: star_pattern | pattern.
func (p *parser) maybeStarPattern() Pattern {
	if p.kind() == STAR {
		start := p.pos
		p.pos++
		t := p.expect(NAME)
		name := t.Text
		if name == "_" {
			name = ""
		}
		return &MatchStar{Name: name, Span: p.span(start)}
	}
	return p.pattern()
}

// pattern parses pattern: as_pattern | or_pattern.
func (p *parser) pattern() Pattern {
	start := p.pos
	pat := p.orPattern()
	if p.accept(kwAs) {
		t := p.peek()
		if t.Kind != NAME {
			p.syntaxError()
		}
		if t.Text == "_" {
			p.errorAt(t, "cannot use '_' as a target")
		}
		p.pos++
		return &MatchAs{Pattern: pat, Name: t.Text, Span: p.span(start)}
	}
	return pat
}

// orPattern parses or_pattern: '|'.closed_pattern+.
func (p *parser) orPattern() Pattern {
	start := p.pos
	first := p.closedPattern()
	if p.kind() != VBAR {
		return first
	}
	pats := []Pattern{first}
	for p.accept(VBAR) {
		pats = append(pats, p.closedPattern())
	}
	return &MatchOr{Patterns: pats, Span: p.span(start)}
}

// closedPattern parses closed_pattern.
func (p *parser) closedPattern() Pattern {
	start := p.pos
	t := p.peek()
	switch t.Kind {
	case kwNone:
		p.pos++
		return &MatchSingleton{Value: nil, Span: tokSpan(t)}
	case kwTrue:
		p.pos++
		return &MatchSingleton{Value: true, Span: tokSpan(t)}
	case kwFalse:
		p.pos++
		return &MatchSingleton{Value: false, Span: tokSpan(t)}
	case NUMBER, MINUS, STRING:
		v := p.literalExpr()
		return &MatchValue{Value: v, Span: spanOf(v)}
	case NAME:
		var e Expr = newNode(&p.ar.names, Name{Id: t.Text, Ctx: Load, Span: tokSpan(t)})
		p.pos++
		dotted := false
		for p.accept(DOT) {
			a := p.expect(NAME)
			e = newNode(&p.ar.attributes, Attribute{Value: e, Attr: a.Text, Ctx: Load, Span: p.span(start)})
			dotted = true
		}
		if p.kind() == LPAR {
			return p.classPattern(start, e)
		}
		if dotted {
			return &MatchValue{Value: e, Span: spanOf(e)}
		}
		if t.Text == "_" {
			return &MatchAs{Span: tokSpan(t)}
		}
		return &MatchAs{Name: t.Text, Span: tokSpan(t)}
	case LPAR:
		p.pos++
		if p.accept(RPAR) {
			return &MatchSequence{Span: p.span(start)}
		}
		first := p.maybeStarPattern()
		if p.accept(RPAR) {
			if _, ok := first.(*MatchStar); !ok {
				return first
			}
			return &MatchSequence{Patterns: []Pattern{first}, Span: p.span(start)}
		}
		if p.kind() != COMMA {
			p.syntaxError()
		}
		pats := []Pattern{first}
		for p.accept(COMMA) {
			if p.kind() == RPAR {
				break
			}
			pats = append(pats, p.maybeStarPattern())
		}
		p.expect(RPAR)
		return &MatchSequence{Patterns: pats, Span: p.span(start)}
	case LSQB:
		p.pos++
		var pats []Pattern
		for p.kind() != RSQB {
			pats = append(pats, p.maybeStarPattern())
			if !p.accept(COMMA) {
				break
			}
		}
		p.expect(RSQB)
		return &MatchSequence{Patterns: pats, Span: p.span(start)}
	case LBRACE:
		return p.mappingPattern()
	}
	p.syntaxError()
	return nil
}

// literalExpr parses a literal of a pattern: signed_number, complex_number
// or strings.
func (p *parser) literalExpr() Expr {
	start := p.pos
	switch p.kind() {
	case STRING:
		// An f-string is accepted here: CPython's compiler, not its
		// parser, rejects it.
		return p.strings()
	case kwNone:
		t := p.advance()
		return newNode(&p.ar.constants, Constant{Value: nil, Span: tokSpan(t)})
	case kwTrue:
		t := p.advance()
		return newNode(&p.ar.constants, Constant{Value: true, Span: tokSpan(t)})
	case kwFalse:
		t := p.advance()
		return newNode(&p.ar.constants, Constant{Value: false, Span: tokSpan(t)})
	}
	var e Expr
	neg := p.accept(MINUS)
	t := p.expect(NUMBER)
	v, err := DecodeNumber(t.Text)
	if err != nil {
		p.errorAt(t, err.Error())
	}
	e = newNode(&p.ar.constants, Constant{Value: v, Span: tokSpan(t)})
	if neg {
		e = newNode(&p.ar.unaryOps, UnaryOp{Op: USub, Operand: e, Span: p.span(start)})
	}
	if p.kind() == PLUS || p.kind() == MINUS {
		op := Add
		if p.kind() == MINUS {
			op = Sub
		}
		p.pos++
		it := p.expect(NUMBER)
		iv, err := DecodeNumber(it.Text)
		if err != nil {
			p.errorAt(it, err.Error())
		}
		if _, ok := iv.(complex128); !ok {
			p.errorAt(it, "imaginary number required in complex literal")
		}
		e = newNode(&p.ar.binOps, BinOp{Left: e, Op: op, Right: &Constant{Value: iv, Span: tokSpan(it)}, Span: p.span(start)})
	}
	return e
}

// classPattern parses the arguments of class_pattern for the class cls.
func (p *parser) classPattern(start int, cls Expr) Pattern {
	p.pos++
	m := &MatchClass{Cls: cls}
	for p.kind() != RPAR {
		if p.kind() == NAME && p.kindAt(1) == EQUAL {
			m.KwdAttrs = append(m.KwdAttrs, p.advance().Text)
			p.pos++
			m.KwdPatterns = append(m.KwdPatterns, p.pattern())
		} else {
			pstart := p.pos
			pat := p.pattern()
			if len(m.KwdAttrs) != 0 {
				p.errorSpan(p.span(pstart), "positional patterns follow keyword patterns")
			}
			m.Patterns = append(m.Patterns, pat)
		}
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RPAR)
	m.Span = p.span(start)
	return m
}

// mappingPattern parses mapping_pattern.
func (p *parser) mappingPattern() Pattern {
	start := p.pos
	p.pos++
	m := &MatchMapping{}
	for p.kind() != RBRACE {
		if p.accept(DOUBLESTAR) {
			m.Rest = p.expect(NAME).Text
			p.accept(COMMA)
			break
		}
		var key Expr
		if p.kind() == NAME {
			kstart := p.pos
			t := p.advance()
			key = newNode(&p.ar.names, Name{Id: t.Text, Ctx: Load, Span: tokSpan(t)})
			if p.kind() != DOT {
				p.syntaxError()
			}
			for p.accept(DOT) {
				a := p.expect(NAME)
				key = newNode(&p.ar.attributes, Attribute{Value: key, Attr: a.Text, Ctx: Load, Span: p.span(kstart)})
			}
		} else {
			key = p.literalExpr()
		}
		p.expect(COLON)
		m.Keys = append(m.Keys, key)
		m.Patterns = append(m.Patterns, p.pattern())
		if !p.accept(COMMA) {
			break
		}
	}
	p.expect(RBRACE)
	m.Span = p.span(start)
	return m
}
