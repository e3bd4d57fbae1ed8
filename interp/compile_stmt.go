package interp

import (
	"strings"

	"github.com/rebeam/rebeam/ast"
)

func (c *compiler) stmts(list []ast.Stmt) {
	for _, s := range list {
		c.stmt(s)
	}
}

func (c *compiler) stmt(s ast.Stmt) {
	old := c.setPos(s)
	defer func() { c.u.pos = old }()
	switch n := s.(type) {
	case *ast.ExprStmt:
		if c.interactive && c.u.sc.kind == scopeModule {
			c.emit(opPushNull, 0)
			c.loadConst(displayHook)
			c.expr(n.Value)
			c.emit(opCall, 1)
		} else {
			c.expr(n.Value)
		}
		c.emit(opPopTop, 0)
	case *ast.Pass:
	case *ast.Assign:
		c.expr(n.Value)
		for i, t := range n.Targets {
			if i < len(n.Targets)-1 {
				c.emit(opCopy, 1)
			}
			c.assign(t)
		}
	case *ast.AugAssign:
		c.augAssign(n)
	case *ast.AnnAssign:
		if n.Value != nil {
			c.expr(n.Value)
			c.assign(n.Target)
		}
		if nm, ok := n.Target.(*ast.Name); ok && n.Simple != 0 && !c.u.sc.isFunction() {
			c.annotation(n.Annotation)
			c.loadConst(Str(nm.Id))
			c.emit(opStoreAnnotation, 0)
		}
	case *ast.Return:
		if c.inExceptStar(false) {
			c.fail(n, "'break', 'continue' and 'return' cannot appear in an except* block")
		}
		if n.Value != nil {
			c.expr(n.Value)
		} else {
			c.loadConst(None)
		}
		c.unwind(true, -1)
		c.emit(opReturnValue, 0)
	case *ast.Delete:
		for _, t := range n.Targets {
			c.del(t)
		}
	case *ast.If:
		c.expr(n.Test)
		jf := c.emit(opPopJumpIfFalse, 0)
		c.stmts(n.Body)
		if len(n.Orelse) > 0 {
			je := c.emit(opJump, 0)
			c.patch(jf)
			c.stmts(n.Orelse)
			c.patch(je)
		} else {
			c.patch(jf)
		}
	case *ast.While:
		var breaks, conts []int
		start := c.here()
		c.expr(n.Test)
		jf := c.emit(opPopJumpIfFalse, 0)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWhile, start: start, breaks: &breaks, conts: &conts})
		c.stmts(n.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(opJump, start)
		c.patch(jf)
		c.stmts(n.Orelse)
		c.patchAll(breaks)
	case *ast.For:
		c.forLoop(n.Target, n.Iter, n.Body, n.Orelse, false)
	case *ast.AsyncFor:
		c.forLoop(n.Target, n.Iter, n.Body, n.Orelse, true)
	case *ast.Break:
		if c.inExceptStar(true) {
			c.fail(n, "'break', 'continue' and 'return' cannot appear in an except* block")
		} else if !c.unwind(false, 0) {
			c.fail(n, "'break' outside loop")
		}
	case *ast.Continue:
		if c.inExceptStar(true) {
			c.fail(n, "'break', 'continue' and 'return' cannot appear in an except* block")
		} else if !c.unwind(false, 1) {
			c.fail(n, "'continue' not properly in loop")
		}
	case *ast.FunctionDef:
		c.funcDef(n, n.Name, n.Args, n.Body, n.DecoratorList, false)
	case *ast.AsyncFunctionDef:
		c.funcDef(n, n.Name, n.Args, n.Body, n.DecoratorList, true)
	case *ast.ClassDef:
		c.classDef(n)
	case *ast.Raise:
		argc := 0
		if n.Exc != nil {
			c.expr(n.Exc)
			argc++
			if n.Cause != nil {
				c.expr(n.Cause)
				argc++
			}
		}
		c.emit(opRaiseVarargs, argc)
	case *ast.Try:
		if len(n.Finalbody) > 0 {
			c.tryFinally(n.Body, n.Handlers, n.Orelse, n.Finalbody, false)
		} else {
			c.tryExcept(n.Body, n.Handlers, n.Orelse, false)
		}
	case *ast.TryStar:
		if len(n.Finalbody) > 0 {
			c.tryFinally(n.Body, n.Handlers, n.Orelse, n.Finalbody, true)
		} else {
			c.tryExcept(n.Body, n.Handlers, n.Orelse, true)
		}
	case *ast.Assert:
		c.expr(n.Test)
		j := c.emit(opPopJumpIfTrue, 0)
		// CPython attributes the failure to the test expression, unless
		// the test is a constant its optimizer folds away.
		if _, isConst := n.Test.(*ast.Constant); !isConst {
			c.setPos(n.Test)
		}
		c.emit(opLoadAssertionError, 0)
		if n.Msg != nil {
			c.emit(opPushNull, 0)
			c.emit(opSwap, 2)
			c.expr(n.Msg)
			c.emit(opCall, 1)
		}
		c.emit(opRaiseVarargs, 1)
		c.patch(j)
	case *ast.Import:
		for _, a := range n.Names {
			c.loadConst(Int(0))
			c.loadConst(None)
			c.emit(opImportName, c.nameIndex(a.Name))
			if a.Asname != "" {
				parts := strings.Split(a.Name, ".")
				for _, p := range parts[1:] {
					c.emit(opImportFrom, c.nameIndex(p))
					c.emit(opSwap, 2)
					c.emit(opPopTop, 0)
				}
				c.nameOp(a.Asname, ast.Store)
			} else {
				name := a.Name
				if i := strings.IndexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
				c.nameOp(name, ast.Store)
			}
		}
	case *ast.ImportFrom:
		if n.Module == "__future__" && n.Level == 0 {
			c.checkFutureImport(n)
		}
		names := make(Tuple, len(n.Names))
		for i, a := range n.Names {
			names[i] = Str(a.Name)
		}
		c.loadConst(Int(n.Level))
		c.loadConst(names)
		c.emit(opImportName, c.nameIndex(n.Module))
		for _, a := range n.Names {
			if a.Name == "*" {
				c.emit(opImportStar, 0)
				return
			}
			c.emit(opImportFrom, c.nameIndex(a.Name))
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			c.nameOp(name, ast.Store)
		}
		c.emit(opPopTop, 0)
	case *ast.Global, *ast.Nonlocal:
	case *ast.With:
		c.with(n.Items, n.Body, false)
	case *ast.AsyncWith:
		c.with(n.Items, n.Body, true)
	case *ast.Match:
		c.match(n)
	default:
		c.fail(s, "unsupported statement %T", s)
	}
}

// unwind emits the exits of the enclosing blocks for return (all of
// them), break (mode 0) or continue (mode 1), with a return value on top
// of the stack when ret is true. It reports false when break or continue
// has no loop.
func (c *compiler) unwind(ret bool, mode int) bool {
	saved := c.u.fblocks
	defer func() { c.u.fblocks = saved }()
	for i := len(saved) - 1; i >= 0; i-- {
		b := saved[i]
		c.u.fblocks = saved[:i]
		switch b.kind {
		case fbWhile:
			if !ret {
				if mode == 0 {
					*b.breaks = append(*b.breaks, c.emit(opJump, 0))
				} else {
					c.emit(opJump, b.start)
				}
				return true
			}
		case fbFor:
			pop := opPopTop
			if b.tempIter {
				pop = opPopTempIter
			}
			if !ret {
				if mode == 0 {
					c.emit(pop, 0)
					*b.breaks = append(*b.breaks, c.emit(opJump, 0))
				} else {
					c.emit(opJump, b.start)
				}
				return true
			}
			c.emit(opSwap, 2)
			c.emit(pop, 0)
		case fbTryExcept:
			c.emit(opPopBlock, 0)
		case fbFinallyTry:
			c.emit(opPopBlock, 0)
			if ret {
				// a break, continue or return in the finally body drops
				// the value this return is carrying
				c.u.fblocks = append(saved[:i:i], fblock{kind: fbPopValue})
			}
			c.stmts(b.final)
		case fbPopValue:
			if ret {
				c.emit(opSwap, 2)
			}
			c.emit(opPopTop, 0)
		case fbFinallyEnd:
			if ret {
				c.emit(opSwap, 2)
			}
			c.emit(opPopTop, 0)
			c.emit(opPopExcept, 0)
		case fbHandler:
			c.emit(opPopExcept, 0)
		case fbHandlerCleanup:
			c.emit(opPopBlock, 0)
			if b.name != "" {
				c.loadConst(None)
				c.nameOp(b.name, ast.Store)
				c.nameOp(b.name, ast.Del)
			}
		case fbWith:
			c.emit(opPopBlock, 0)
			if ret {
				c.emit(opSwap, 2)
			}
			c.callExit(b.isAsync)
		}
	}
	return ret
}

// callExit calls the __exit__ on top of the stack with three Nones.
func (c *compiler) callExit(async bool) {
	c.emit(opPushNull, 0)
	c.emit(opSwap, 2)
	c.loadConst(None)
	c.loadConst(None)
	c.loadConst(None)
	c.emit(opCall, 3)
	if async {
		c.emit(opGetAwaitable, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
	}
	c.emit(opPopTop, 0)
}

func (c *compiler) forLoop(target, iter ast.Expr, body, orelse []ast.Stmt, async bool) {
	c.expr(iter)
	var breaks []int
	if async {
		c.emit(opGetAIter, 0)
		start := c.here()
		// The loop ends when __anext__ raises StopAsyncIteration.
		setup := c.emit(opSetupFinally, 0)
		c.emit(opCopy, 1)
		c.emit(opGetANext, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
		c.emit(opPopBlock, 0)
		c.assign(target)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, start: start, breaks: &breaks})
		c.stmts(body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(opJump, start)
		c.patch(setup)
		c.emit(opEndAsyncFor, 0)
		c.stmts(orelse)
		c.patchAll(breaks)
		return
	}
	c.emit(opGetIter, 0)
	start := c.here()
	fi := c.emit(opForIter, 0)
	c.assign(target)
	_, isCall := iter.(*ast.Call)
	_, isGenExp := iter.(*ast.GeneratorExp)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFor, start: start, breaks: &breaks, tempIter: isCall || isGenExp})
	c.stmts(body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(opJump, start)
	c.patch(fi)
	c.stmts(orelse)
	c.patchAll(breaks)
}

func (c *compiler) tryExcept(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse []ast.Stmt, star bool) {
	setup := c.emit(opSetupFinally, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbTryExcept})
	c.stmts(body)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(opPopBlock, 0)
	c.stmts(orelse)
	var ends []int
	ends = append(ends, c.emit(opJump, 0))
	c.patch(setup)
	if star {
		c.exceptStar(handlers, &ends)
		c.patchAll(ends)
		return
	}
	for _, h := range handlers {
		old := c.setPos(h)
		next := -1
		if h.Type != nil {
			c.expr(h.Type)
			c.emit(opCheckExcMatch, 0)
			next = c.emit(opPopJumpIfFalse, 0)
		}
		if h.Name != "" {
			c.nameOp(h.Name, ast.Store)
			cleanup := c.emit(opSetupFinally, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler}, fblock{kind: fbHandlerCleanup, name: h.Name})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-2]
			c.emit(opPopBlock, 0)
			c.emit(opPopExcept, 0)
			c.loadConst(None)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
			ends = append(ends, c.emit(opJump, 0))
			c.patch(cleanup)
			c.loadConst(None)
			c.nameOp(h.Name, ast.Store)
			c.nameOp(h.Name, ast.Del)
			c.emit(opReraise, 0)
		} else {
			c.emit(opPopTop, 0)
			c.u.fblocks = append(c.u.fblocks, fblock{kind: fbHandler})
			c.stmts(h.Body)
			c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
			c.emit(opPopExcept, 0)
			ends = append(ends, c.emit(opJump, 0))
		}
		if next >= 0 {
			c.patch(next)
		}
		c.u.pos = old
	}
	c.emit(opReraise, 0)
	c.patchAll(ends)
}

// exceptStar compiles the handlers of try/except*, as CPython 3.11 does:
// the stack holds [orig, raised, rest], where raised lists what the
// handlers raised; each handler takes the matching part of rest, and an
// exception it raises is appended to raised, after which the next
// handlers still run. PREP_RERAISE_STAR combines raised and the unhandled
// rest into the exception to re-raise, or None.
func (c *compiler) exceptStar(handlers []*ast.ExceptHandler, ends *[]int) {
	c.emit(opCopy, 1)
	c.emit(opBuildList, 0)
	c.emit(opSwap, 2) // [orig, raised, rest]
	for _, h := range handlers {
		old := c.setPos(h)
		c.expr(h.Type)
		c.emit(opCheckEgMatch, 0) // [orig, raised, rest, match or None]
		c.emit(opCopy, 1)
		next := c.emit(opPopJumpIfNone, 0)
		if h.Name != "" {
			c.nameOp(h.Name, ast.Store)
		} else {
			c.emit(opPopTop, 0)
		}
		cleanup := c.emit(opSetupFinally, 0)
		c.u.fblocks = append(c.u.fblocks, fblock{kind: fbExceptStar})
		c.stmts(h.Body)
		c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
		c.emit(opPopBlock, 0)
		c.clearHandlerName(h.Name)
		j := c.emit(opJump, 0)
		// the handler raised: [orig, raised, rest, exc]
		c.patch(cleanup)
		c.clearHandlerName(h.Name)
		c.emit(opListAppend, 2)
		c.emit(opPopExcept, 0)
		j2 := c.emit(opJump, 0)
		c.patch(next)
		c.emit(opPopTop, 0)
		c.patch(j)
		c.patch(j2)
		c.u.pos = old
	}
	c.emit(opPrepReraiseStar, 0) // [result or None]
	c.emit(opCopy, 1)
	done := c.emit(opPopJumpIfNone, 0)
	c.emit(opReraise, 0)
	c.patch(done)
	c.emit(opPopTop, 0)
	c.emit(opPopExcept, 0)
	*ends = append(*ends, c.emit(opJump, 0))
}

// clearHandlerName unbinds the name of an except* handler (name = None;
// del name), as the end of an except handler does.
func (c *compiler) clearHandlerName(name string) {
	if name == "" {
		return
	}
	c.loadConst(None)
	c.nameOp(name, ast.Store)
	c.nameOp(name, ast.Del)
}

// inExceptStar reports whether a break or continue (loop true) or a
// return (loop false) would leave an except* handler, which Python
// forbids.
func (c *compiler) inExceptStar(loop bool) bool {
	for i := len(c.u.fblocks) - 1; i >= 0; i-- {
		switch c.u.fblocks[i].kind {
		case fbExceptStar:
			return true
		case fbWhile, fbFor:
			if loop {
				return false
			}
		}
	}
	return false
}

func (c *compiler) tryFinally(body []ast.Stmt, handlers []*ast.ExceptHandler, orelse, final []ast.Stmt, star bool) {
	setup := c.emit(opSetupFinally, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyTry, final: final})
	if len(handlers) > 0 {
		c.tryExcept(body, handlers, orelse, star)
	} else {
		c.stmts(body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(opPopBlock, 0)
	c.stmts(final)
	end := c.emit(opJump, 0)
	c.patch(setup)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbFinallyEnd})
	c.stmts(final)
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(opReraise, 0)
	c.patch(end)
}

func (c *compiler) with(items []*ast.WithItem, body []ast.Stmt, async bool) {
	item := items[0]
	c.expr(item.ContextExpr)
	// [mgr] -> [exit, enter-result]
	c.emit(opCopy, 1)
	if async {
		c.emit(opLoadSpecial, c.nameIndex("__aexit__"))
	} else {
		c.emit(opLoadSpecial, c.nameIndex("__exit__"))
	}
	c.emit(opSwap, 2)
	c.emit(opPushNull, 0)
	c.emit(opSwap, 2)
	if async {
		c.emit(opLoadSpecial, c.nameIndex("__aenter__"))
	} else {
		c.emit(opLoadSpecial, c.nameIndex("__enter__"))
	}
	c.emit(opCall, 0)
	if async {
		c.emit(opGetAwaitable, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
	}
	// The target is bound before the block is set up, so that the block's
	// stack level is the one the exception handler expects: [exit].
	if item.OptionalVars != nil {
		c.assign(item.OptionalVars)
	} else {
		c.emit(opPopTop, 0)
	}
	setup := c.emit(opSetupFinally, 0)
	c.u.fblocks = append(c.u.fblocks, fblock{kind: fbWith, isAsync: async})
	if len(items) > 1 {
		c.with(items[1:], body, async)
	} else {
		c.stmts(body)
	}
	c.u.fblocks = c.u.fblocks[:len(c.u.fblocks)-1]
	c.emit(opPopBlock, 0)
	c.callExit(async)
	end := c.emit(opJump, 0)
	c.patch(setup)
	// [exit, exc] with an except-handler block.
	c.emit(opPushNull, 0)
	c.emit(opCopy, 3)
	c.emit(opCopy, 3)
	c.emit(opExcTriple, 0)
	c.emit(opCall, 3)
	if async {
		c.emit(opGetAwaitable, 0)
		c.loadConst(None)
		c.emit(opYieldFrom, 0)
	}
	sup := c.emit(opPopJumpIfTrue, 0)
	c.emit(opReraise, 0)
	c.patch(sup)
	c.emit(opPopTop, 0)
	c.emit(opPopExcept, 0)
	c.emit(opPopTop, 0)
	c.patch(end)
}

func (c *compiler) augAssign(n *ast.AugAssign) {
	op := int(n.Op) + 13
	switch t := n.Target.(type) {
	case *ast.Name:
		c.nameOp(t.Id, ast.Load)
		c.expr(n.Value)
		c.emit(opBinaryOp, op)
		c.nameOp(t.Id, ast.Store)
	case *ast.Attribute:
		c.expr(t.Value)
		c.emit(opCopy, 1)
		c.emit(opLoadAttr, c.attrIndex(t.Attr))
		c.expr(n.Value)
		c.emit(opBinaryOp, op)
		c.emit(opSwap, 2)
		c.emit(opStoreAttr, c.attrIndex(t.Attr))
	case *ast.Subscript:
		c.expr(t.Value)
		c.expr(t.Slice)
		c.emit(opCopy, 2)
		c.emit(opCopy, 2)
		old := c.setPos(t)
		v, sl := t.Value.(ast.Positioned).Pos(), t.Slice.(ast.Positioned).Pos()
		if v.EndLineno == sl.EndLineno {
			c.u.pos.Anchor, c.u.pos.A, c.u.pos.B = AnchorSubscript, v.EndColOffset, sl.EndColOffset+1
		}
		c.emit(opBinarySubscr, 0)
		c.u.pos = old
		c.expr(n.Value)
		c.emit(opBinaryOp, op)
		// [obj, key, result] -> [result, obj, key]
		c.emit(opSwap, 3)
		c.emit(opSwap, 2)
		c.emit(opStoreSubscr, 0)
	default:
		c.fail(n, "'%s' is an illegal expression for augmented assignment", exprDescription(n.Target))
	}
}

// assign stores the value on top of the stack into a target.
func (c *compiler) assign(t ast.Expr) {
	old := c.setPos(t)
	defer func() { c.u.pos = old }()
	switch n := t.(type) {
	case *ast.Name:
		c.nameOp(n.Id, ast.Store)
	case *ast.Attribute:
		c.expr(n.Value)
		c.emit(opStoreAttr, c.attrIndex(n.Attr))
	case *ast.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		v, sl := n.Value.(ast.Positioned).Pos(), n.Slice.(ast.Positioned).Pos()
		if v.EndLineno == sl.EndLineno {
			c.u.pos.Anchor, c.u.pos.A, c.u.pos.B = AnchorSubscript, v.EndColOffset, sl.EndColOffset+1
		}
		c.emit(opStoreSubscr, 0)
	case *ast.Tuple:
		c.unpack(n.Elts)
	case *ast.List:
		c.unpack(n.Elts)
	case *ast.Starred:
		c.fail(n, "starred assignment target must be in a list or tuple")
	default:
		c.fail(t, "cannot assign to %s", exprDescription(t))
	}
}

func (c *compiler) unpack(elts []ast.Expr) {
	star := -1
	for i, e := range elts {
		if _, ok := e.(*ast.Starred); ok {
			if star >= 0 {
				c.fail(e, "multiple starred expressions in assignment")
			}
			star = i
		}
	}
	if star < 0 {
		c.emit(opUnpackSequence, len(elts))
	} else {
		c.emit(opUnpackEx, star|(len(elts)-star-1)<<8)
	}
	for _, e := range elts {
		if s, ok := e.(*ast.Starred); ok {
			c.assign(s.Value)
		} else {
			c.assign(e)
		}
	}
}

func (c *compiler) del(t ast.Expr) {
	switch n := t.(type) {
	case *ast.Name:
		c.nameOp(n.Id, ast.Del)
	case *ast.Attribute:
		c.expr(n.Value)
		c.emit(opDeleteAttr, c.attrIndex(n.Attr))
	case *ast.Subscript:
		c.expr(n.Value)
		c.expr(n.Slice)
		c.emit(opDeleteSubscr, 0)
	case *ast.Tuple:
		for _, e := range n.Elts {
			c.del(e)
		}
	case *ast.List:
		for _, e := range n.Elts {
			c.del(e)
		}
	default:
		c.fail(t, "cannot delete %s", exprDescription(t))
	}
}

func exprDescription(e ast.Expr) string {
	switch e.(type) {
	case *ast.Call:
		return "function call"
	case *ast.Constant:
		return "literal"
	case *ast.BinOp, *ast.UnaryOp, *ast.BoolOp:
		return "expression"
	case *ast.Compare:
		return "comparison"
	case *ast.Lambda:
		return "lambda"
	case *ast.IfExp:
		return "conditional expression"
	case *ast.JoinedStr:
		return "f-string expression"
	}
	return "expression"
}

func (c *compiler) qualname(name string) string {
	u := c.u
	if u.sc.kind == scopeModule {
		return name
	}
	if u.sc.isFunction() {
		return u.qualname + ".<locals>." + name
	}
	return u.qualname + "." + name
}

// makeFunction compiles defaults and closure and emits MAKE_FUNCTION for
// an already compiled code object.
func (c *compiler) makeFunction(code *Code, args *ast.Arguments) {
	c.makeFunctionAnn(code, args, nil)
}

// makeFunctionAnn is makeFunction with the return annotation of a def.
func (c *compiler) makeFunctionAnn(code *Code, args *ast.Arguments, returns ast.Expr) {
	flags := 0
	if args != nil && len(args.Defaults) > 0 {
		c.exprs(args.Defaults)
		c.emit(opBuildTuple, len(args.Defaults))
		flags |= 1
	}
	if args != nil {
		n := 0
		for i, d := range args.KwDefaults {
			if d != nil {
				c.loadConst(Str(args.Kwonlyargs[i].Arg))
				c.expr(d)
				n++
			}
		}
		if n > 0 {
			c.emit(opBuildMap, n)
			flags |= 2
		}
	}
	if args != nil {
		n := 0
		for _, group := range [][]*ast.Arg{args.Posonlyargs, args.Args, {args.Vararg}, args.Kwonlyargs, {args.Kwarg}} {
			for _, a := range group {
				if a != nil && a.Annotation != nil {
					c.loadConst(Str(mangle(c.u.sc.className, a.Arg)))
					c.annotation(a.Annotation)
					n++
				}
			}
		}
		if returns != nil {
			c.loadConst(Str("return"))
			c.annotation(returns)
			n++
		}
		if n > 0 {
			c.emit(opBuildMap, n)
			flags |= 4
		}
	}
	if len(code.Freevars) > 0 {
		for _, name := range code.Freevars {
			idx, ok := c.u.derefIdx[name]
			if !ok {
				c.fail(nil, "internal error: no cell for %s", name)
			}
			c.emit(opLoadClosure, idx)
		}
		c.emit(opBuildTuple, len(code.Freevars))
		flags |= 8
	}
	c.loadConst(code)
	c.emit(opMakeFunction, flags)
}

func (c *compiler) setArgCounts(code *Code, a *ast.Arguments) {
	code.PosOnlyCount = len(a.Posonlyargs)
	code.ArgCount = len(a.Posonlyargs) + len(a.Args)
	code.KwOnlyCount = len(a.Kwonlyargs)
	if a.Vararg != nil {
		code.Flags |= CodeVarArgs
	}
	if a.Kwarg != nil {
		code.Flags |= CodeVarKeywords
	}
}

func (c *compiler) funcDef(n ast.Node, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, async bool) {
	var returns ast.Expr
	switch d := n.(type) {
	case *ast.FunctionDef:
		returns = d.Returns
	case *ast.AsyncFunctionDef:
		returns = d.Returns
	}
	for _, d := range decos {
		c.emit(opPushNull, 0)
		c.expr(d)
	}
	sc := c.st.scopes[n]
	line := int(n.(ast.Positioned).Pos().Lineno)
	if len(decos) > 0 {
		line = int(decos[0].(ast.Positioned).Pos().Lineno) - 0
		line = int(n.(ast.Positioned).Pos().Lineno)
	}
	c.enter(sc, name, c.qualname(name), line)
	c.setArgCounts(c.u.code, args)
	c.docstring(body)
	if c.u.code.Doc == nil {
		c.u.code.Doc = None
	}
	c.stmts(body)
	if len(body) == 0 || !isTerminal(body[len(body)-1]) {
		c.loadConst(None)
		c.emit(opReturnValue, 0)
	}
	code := c.leave()
	c.makeFunctionAnn(code, args, returns)
	for range decos {
		c.emit(opCall, 1)
	}
	c.nameOp(name, ast.Store)
}

func isTerminal(s ast.Stmt) bool {
	switch s.(type) {
	case *ast.Return, *ast.Raise:
		return true
	}
	return false
}

func (c *compiler) classDef(n *ast.ClassDef) {
	for _, d := range n.DecoratorList {
		c.emit(opPushNull, 0)
		c.expr(d)
	}
	sc := c.st.scopes[n]
	qual := c.qualname(n.Name)
	c.enter(sc, n.Name, qual, int(n.Lineno))
	c.nameOp("__name__", ast.Load)
	c.nameOp("__module__", ast.Store)
	c.loadConst(Str(qual))
	c.nameOp("__qualname__", ast.Store)
	c.docstring(n.Body)
	c.stmts(n.Body)
	if sc.needsClassCell {
		c.emit(opLoadClosure, c.u.derefIdx["__class__"])
		c.emit(opCopy, 1)
		c.nameOp("__classcell__", ast.Store)
	} else {
		c.loadConst(None)
	}
	c.emit(opReturnValue, 0)
	code := c.leave()
	c.emit(opPushNull, 0)
	c.emit(opLoadBuildClass, 0)
	c.makeFunction(code, nil)
	c.loadConst(Str(n.Name))
	c.callArgs(n.Bases, n.Keywords, 2)
	for range n.DecoratorList {
		c.emit(opCall, 1)
	}
	c.nameOp(n.Name, ast.Store)
}
