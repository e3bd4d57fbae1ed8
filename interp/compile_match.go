package interp

import "github.com/rebeam/rebeam/ast"

// Pattern matching. A case's pattern is matched by Go code (match.go)
// rather than by a tree of opcodes: the compiler evaluates the
// expressions the pattern contains (values, classes, mapping keys) in
// preorder, and MATCH_CLASS (used here as the one match opcode) takes
// them with the subject and yields a tuple of captured values, in the
// order of the pattern's capture names, or None.

// matchSpec is the constant a MATCH instruction refers to.
type matchSpec struct {
	pattern ast.Pattern
	names   []string
}

var matchSpecType = newBuiltinType("_match_spec", ObjectType)

func (*matchSpec) Type() *Type { return matchSpecType }

func patternValues(p ast.Pattern, out *[]ast.Expr) {
	switch n := p.(type) {
	case *ast.MatchValue:
		*out = append(*out, n.Value)
	case *ast.MatchSequence:
		for _, q := range n.Patterns {
			patternValues(q, out)
		}
	case *ast.MatchMapping:
		*out = append(*out, n.Keys...)
		for _, q := range n.Patterns {
			patternValues(q, out)
		}
	case *ast.MatchClass:
		*out = append(*out, n.Cls)
		for _, q := range n.Patterns {
			patternValues(q, out)
		}
		for _, q := range n.KwdPatterns {
			patternValues(q, out)
		}
	case *ast.MatchAs:
		if n.Pattern != nil {
			patternValues(n.Pattern, out)
		}
	case *ast.MatchOr:
		for _, q := range n.Patterns {
			patternValues(q, out)
		}
	}
}

func patternNames(p ast.Pattern, out *[]string) {
	add := func(n string) {
		if n == "" {
			return
		}
		for _, x := range *out {
			if x == n {
				return
			}
		}
		*out = append(*out, n)
	}
	switch n := p.(type) {
	case *ast.MatchSequence:
		for _, q := range n.Patterns {
			patternNames(q, out)
		}
	case *ast.MatchMapping:
		for _, q := range n.Patterns {
			patternNames(q, out)
		}
		add(n.Rest)
	case *ast.MatchClass:
		for _, q := range n.Patterns {
			patternNames(q, out)
		}
		for _, q := range n.KwdPatterns {
			patternNames(q, out)
		}
	case *ast.MatchStar:
		add(n.Name)
	case *ast.MatchAs:
		if n.Pattern != nil {
			patternNames(n.Pattern, out)
		}
		add(n.Name)
	case *ast.MatchOr:
		for _, q := range n.Patterns {
			patternNames(q, out)
		}
	}
}

func (c *compiler) matchStmt(n *ast.Match) {
	c.expr(n.Subject)
	var ends []int
	for i, mc := range n.Cases {
		old := c.setPos(mc.Pattern)
		if as, ok := mc.Pattern.(*ast.MatchAs); ok && as.Pattern == nil && i < len(n.Cases)-1 && mc.Guard == nil {
			if as.Name == "" {
				c.fail(mc.Pattern, "wildcard makes remaining patterns unreachable")
			}
			c.fail(mc.Pattern, "name capture '%s' makes remaining patterns unreachable", as.Name)
		}
		var vals []ast.Expr
		patternValues(mc.Pattern, &vals)
		var names []string
		patternNames(mc.Pattern, &names)
		c.emit(opCopy, 1)
		for _, v := range vals {
			c.expr(v)
		}
		c.emit(opBuildTuple, len(vals))
		c.u.code.Consts = append(c.u.code.Consts, &matchSpec{pattern: mc.Pattern, names: names})
		c.emit(opMatchClass, len(c.u.code.Consts)-1)
		c.emit(opCopy, 1)
		fail := c.emit(opPopJumpIfNone, 0)
		c.emit(opUnpackSequence, len(names))
		for _, name := range names {
			c.nameOp(name, ast.Store)
		}
		next := -1
		if mc.Guard != nil {
			c.expr(mc.Guard)
			next = c.emit(opPopJumpIfFalse, 0)
		}
		c.emit(opPopTop, 0)
		c.u.pos = old
		c.stmts(mc.Body)
		ends = append(ends, c.emit(opJump, 0))
		c.patch(fail)
		c.emit(opPopTop, 0)
		if next >= 0 {
			c.patch(next)
		}
	}
	c.emit(opPopTop, 0)
	c.patchAll(ends)
}
