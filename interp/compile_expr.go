package interp

import (
	"github.com/rebeam/rebeam/ast"
)

func (c *compiler) exprs(list []ast.Expr) {
	for _, e := range list {
		c.expr(e)
	}
}

func (c *compiler) expr(e ast.Expr) {
	old := c.setPos(e)
	defer func() { c.u.pos = old }()
	switch n := e.(type) {
	case *ast.Constant:
		c.loadConst(constValue(n.Value))
	case *ast.Name:
		c.nameOp(n.Id, ast.Load)
	case *ast.BinOp:
		c.expr(n.Left)
		c.expr(n.Right)
		c.setPos(e)
		l, r := n.Left.(ast.Positioned).Pos(), n.Right.(ast.Positioned).Pos()
		if l.EndLineno == r.Lineno {
			c.u.pos.Anchor, c.u.pos.A, c.u.pos.B = AnchorBinOp, l.EndColOffset, r.ColOffset
		}
		c.emit(opBinaryOp, int(n.Op))
	case *ast.UnaryOp:
		c.expr(n.Operand)
		c.setPos(e)
		switch n.Op {
		case ast.Not:
			c.emit(opUnaryNot, 0)
		case ast.USub:
			c.emit(opUnaryNegative, 0)
		case ast.UAdd:
			c.emit(opUnaryPositive, 0)
		case ast.Invert:
			c.emit(opUnaryInvert, 0)
		}
	case *ast.BoolOp:
		op := opJumpIfFalseOrPop
		if n.Op == ast.Or {
			op = opJumpIfTrueOrPop
		}
		var jumps []int
		for i, v := range n.Values {
			c.expr(v)
			if i < len(n.Values)-1 {
				jumps = append(jumps, c.emit(op, 0))
			}
		}
		c.patchAll(jumps)
	case *ast.Compare:
		c.compare(n)
	case *ast.IfExp:
		c.expr(n.Test)
		jf := c.emit(opPopJumpIfFalse, 0)
		c.expr(n.Body)
		je := c.emit(opJump, 0)
		c.patch(jf)
		c.expr(n.Orelse)
		c.patch(je)
	case *ast.Call:
		c.call(n)
	case *ast.Attribute:
		c.expr(n.Value)
		c.setPos(e)
		c.emit(opLoadAttr, c.attrIndex(n.Attr))
	case *ast.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.setPos(e)
		v, s := n.Value.(ast.Positioned).Pos(), n.Slice.(ast.Positioned).Pos()
		if v.EndLineno == s.EndLineno {
			c.u.pos.Anchor, c.u.pos.A, c.u.pos.B = AnchorSubscript, v.EndColOffset, s.EndColOffset+1
		}
		c.emit(opBinarySubscr, 0)
	case *ast.Slice:
		argc := 2
		if n.Lower != nil {
			c.expr(n.Lower)
		} else {
			c.loadConst(None)
		}
		if n.Upper != nil {
			c.expr(n.Upper)
		} else {
			c.loadConst(None)
		}
		if n.Step != nil {
			c.expr(n.Step)
			argc = 3
		}
		c.emit(opBuildSlice, argc)
	case *ast.Tuple:
		if c.starredSeq(n.Elts) {
			c.emit(opListToTuple, 0)
		} else {
			c.emit(opBuildTuple, len(n.Elts))
		}
	case *ast.List:
		if !c.starredSeq(n.Elts) {
			c.emit(opBuildList, len(n.Elts))
		}
	case *ast.Set:
		hasStar := false
		for _, x := range n.Elts {
			if _, ok := x.(*ast.Starred); ok {
				hasStar = true
			}
		}
		if !hasStar {
			c.exprs(n.Elts)
			c.emit(opBuildSet, len(n.Elts))
			return
		}
		c.emit(opBuildSet, 0)
		for _, x := range n.Elts {
			if s, ok := x.(*ast.Starred); ok {
				c.expr(s.Value)
				c.emit(opSetUpdate, 1)
			} else {
				c.expr(x)
				c.emit(opSetAdd, 1)
			}
		}
	case *ast.Dict:
		c.emit(opBuildMap, 0)
		for i, k := range n.Keys {
			if k == nil {
				c.expr(n.Values[i])
				c.emit(opDictUpdate, 1)
				continue
			}
			c.expr(k)
			c.expr(n.Values[i])
			c.emit(opMapAdd, 1)
		}
	case *ast.JoinedStr:
		for _, v := range n.Values {
			c.expr(v)
		}
		if len(n.Values) != 1 {
			c.emit(opBuildString, len(n.Values))
		} else if _, ok := n.Values[0].(*ast.Constant); ok {
			// A lone constant part is already a str.
		}
	case *ast.FormattedValue:
		c.expr(n.Value)
		flags := 0
		switch n.Conversion {
		case 's':
			flags = 1
		case 'r':
			flags = 2
		case 'a':
			flags = 3
		}
		if n.FormatSpec != nil {
			c.expr(n.FormatSpec)
			flags |= 4
		}
		c.emit(opFormatValue, flags)
	case *ast.Lambda:
		sc := c.st.scopes[n]
		c.enter(sc, "<lambda>", c.qualname("<lambda>"), int(n.Lineno))
		c.setArgCounts(c.u.code, n.Args)
		c.u.code.Doc = None
		c.expr(n.Body)
		c.emit(opReturnValue, 0)
		code := c.leave()
		c.makeFunction(code, n.Args)
	case *ast.ListComp:
		c.comprehension(n, "<listcomp>", n.Generators, func(depth int) {
			c.expr(n.Elt)
			c.emit(opListAppend, depth)
		}, opBuildList)
	case *ast.SetComp:
		c.comprehension(n, "<setcomp>", n.Generators, func(depth int) {
			c.expr(n.Elt)
			c.emit(opSetAdd, depth)
		}, opBuildSet)
	case *ast.DictComp:
		c.comprehension(n, "<dictcomp>", n.Generators, func(depth int) {
			c.expr(n.Key)
			c.expr(n.Value)
			c.emit(opMapAdd, depth)
		}, opBuildMap)
	case *ast.GeneratorExp:
		c.comprehension(n, "<genexpr>", n.Generators, func(depth int) {
			c.expr(n.Elt)
			c.emit(opYieldValue, 0)
			c.emit(opPopTop, 0)
		}, opNop)
	case *ast.Yield:
		if n.Value != nil {
			c.expr(n.Value)
		} else {
			c.loadConst(None)
		}
		c.emit(opYieldValue, 0)
	case *ast.YieldFrom:
		c.expr(n.Value)
		c.emit(opGetYieldFromIter, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
	case *ast.Await:
		c.expr(n.Value)
		c.emit(opGetAwaitable, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
	case *ast.NamedExpr:
		c.expr(n.Value)
		c.emit(opCopy, 1)
		c.assign(n.Target)
	case *ast.Starred:
		c.fail(n, "can't use starred expression here")
	default:
		c.fail(e, "unsupported expression %T", e)
	}
}

// starredSeq builds a list from elements that may contain *x, reporting
// whether it did (leaving a list on the stack); otherwise it pushes the
// elements for a BUILD_ op.
func (c *compiler) starredSeq(elts []ast.Expr) bool {
	hasStar := false
	for _, x := range elts {
		if _, ok := x.(*ast.Starred); ok {
			hasStar = true
		}
	}
	if !hasStar {
		c.exprs(elts)
		return false
	}
	c.emit(opBuildList, 0)
	for _, x := range elts {
		if s, ok := x.(*ast.Starred); ok {
			c.expr(s.Value)
			c.emit(opListExtend, 1)
		} else {
			c.expr(x)
			c.emit(opListAppend, 1)
		}
	}
	return true
}

func (c *compiler) compareOp(op ast.CmpOp) {
	switch op {
	case ast.Is:
		c.emit(opIsOp, 0)
	case ast.IsNot:
		c.emit(opIsOp, 1)
	case ast.In:
		c.emit(opContainsOp, 0)
	case ast.NotIn:
		c.emit(opContainsOp, 1)
	default:
		c.emit(opCompareOp, int(op))
	}
}

func (c *compiler) compare(n *ast.Compare) {
	c.expr(n.Left)
	if len(n.Ops) == 1 {
		c.expr(n.Comparators[0])
		c.setPos(n)
		c.compareOp(n.Ops[0])
		return
	}
	var cleanups []int
	for i, op := range n.Ops {
		c.expr(n.Comparators[i])
		if i < len(n.Ops)-1 {
			c.emit(opSwap, 2)
			c.emit(opCopy, 2)
			c.compareOp(op)
			cleanups = append(cleanups, c.emit(opJumpIfFalseOrPop, 0))
		} else {
			c.compareOp(op)
		}
	}
	end := c.emit(opJump, 0)
	c.patchAll(cleanups)
	c.emit(opSwap, 2)
	c.emit(opPopTop, 0)
	c.patch(end)
}

func (c *compiler) call(n *ast.Call) {
	// A method call avoids making a bound method.
	if attr, ok := n.Func.(*ast.Attribute); ok && !hasStarArgs(n.Args, n.Keywords) {
		c.expr(attr.Value)
		old := c.setPos(attr)
		c.emit(opLoadMethod, c.attrIndex(attr.Attr))
		c.u.pos = old
		c.callArgs(n.Args, n.Keywords, 0)
		return
	}
	c.emit(opPushNull, 0)
	c.expr(n.Func)
	c.callArgs(n.Args, n.Keywords, 0)
}

func hasStarArgs(args []ast.Expr, kws []*ast.Keyword) bool {
	for _, a := range args {
		if _, ok := a.(*ast.Starred); ok {
			return true
		}
	}
	for _, k := range kws {
		if k.Arg == "" {
			return true
		}
	}
	return false
}

// callArgs compiles the arguments of a call whose callable (and extra
// leading arguments already pushed) is on the stack, and emits the call.
func (c *compiler) callArgs(args []ast.Expr, kws []*ast.Keyword, extra int) {
	if hasStarArgs(args, kws) {
		c.emit(opBuildList, extra)
		for _, a := range args {
			if s, ok := a.(*ast.Starred); ok {
				c.expr(s.Value)
				c.emit(opListExtend, 1|0x100)
			} else {
				c.expr(a)
				c.emit(opListAppend, 1)
			}
		}
		c.emit(opListToTuple, 0)
		if len(kws) > 0 {
			c.emit(opBuildMap, 0)
			for _, k := range kws {
				if k.Arg == "" {
					c.expr(k.Value)
					c.emit(opDictMerge, 1)
				} else {
					// merged like a ** mapping of one, so that a name
					// a ** mapping also gives is refused
					c.loadConst(Str(k.Arg))
					c.expr(k.Value)
					c.emit(opBuildMap, 1)
					c.emit(opDictMerge, 1)
				}
			}
			c.emit(opCallFunctionEx, 1)
		} else {
			c.emit(opCallFunctionEx, 0)
		}
		return
	}
	c.exprs(args)
	if len(kws) > 0 {
		names := make(Tuple, len(kws))
		for i, k := range kws {
			for _, p := range kws[:i] {
				if p.Arg == k.Arg {
					c.fail(k, "keyword argument repeated: %s", k.Arg)
				}
			}
			names[i] = Str(k.Arg)
			c.expr(k.Value)
		}
		c.emit(opKwNames, c.constIndex(names))
	}
	c.emit(opCall, extra+len(args)+len(kws))
}

// comprehension compiles a comprehension as a function called at once with
// the iterator of its first iterable, as CPython 3.11 does.
func (c *compiler) comprehension(n ast.Node, name string, gens []*ast.Comprehension, body func(depth int), build Opcode) {
	c.expr(gens[0].Iter)
	if gens[0].IsAsync != 0 {
		c.emit(opGetAIter, 0)
	} else {
		c.emit(opGetIter, 0)
	}
	sc := c.st.scopes[n]
	c.enter(sc, name, c.qualname(name), int(n.(ast.Positioned).Pos().Lineno))
	c.u.code.ArgCount = 1
	c.u.code.Doc = None
	if build != opNop {
		c.emit(build, 0)
	}
	var loops []struct {
		start, exit int
		async       bool
	}
	for i, g := range gens {
		async := g.IsAsync != 0
		if i == 0 {
			c.emit(opLoadFast, 0)
		} else {
			c.expr(g.Iter)
			if async {
				c.emit(opGetAIter, 0)
			} else {
				c.emit(opGetIter, 0)
			}
		}
		start := c.here()
		var exit int
		if async {
			exit = c.emit(opSetupFinally, 0)
			c.emit(opCopy, 1)
			c.emit(opGetANext, 0)
			c.loadConst(None)
			c.emit(opYieldFrom, 0)
			c.emit(opPopBlock, 0)
		} else {
			exit = c.emit(opForIter, 0)
		}
		c.assign(g.Target)
		for _, cond := range g.Ifs {
			c.expr(cond)
			c.emit(opPopJumpIfFalse, start)
		}
		loops = append(loops, struct {
			start, exit int
			async       bool
		}{start, exit, async})
	}
	body(len(gens) + 1)
	for i := len(loops) - 1; i >= 0; i-- {
		c.emit(opJump, loops[i].start)
		c.patch(loops[i].exit)
		if loops[i].async {
			c.emit(opEndAsyncFor, 0)
		}
	}
	if build == opNop {
		c.loadConst(None)
	}
	c.emit(opReturnValue, 0)
	code := c.leave()
	c.makeFunction(code, nil)
	// [iter, fn] -> call fn(iter)
	c.emit(opSwap, 2)
	c.emit(opPushNull, 0)
	c.emit(opSwap, 3)
	c.emit(opSwap, 2)
	c.emit(opCall, 1)
	if sc.coroutine && build != opNop {
		c.emit(opGetAwaitable, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
	}
}

func (c *compiler) match(n *ast.Match) {
	c.matchStmt(n)
}
