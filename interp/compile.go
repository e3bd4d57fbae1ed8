package interp

import (
	"math/big"

	"github.com/rebeam/rebeam/ast"
)

// The compiler turns a tree from package ast into one Code per function,
// class body, comprehension and module, using the symbol table's decisions
// for every name.

type fblockKind uint8

const (
	fbWhile fblockKind = iota
	fbFor
	fbTryExcept
	fbFinallyTry
	fbFinallyEnd
	fbExceptStar // the body of an except* handler
	fbHandler
	fbHandlerCleanup
	fbWith
	fbPopValue // a finally body run by return, over the return value
)

type fblock struct {
	kind    fblockKind
	start   int // loop start, for continue
	exit    *[]int
	final   []ast.Stmt // the finally body of fbFinallyTry
	name    string     // the bound name of fbHandlerCleanup
	breaks  *[]int
	conts   *[]int
	isAsync bool
	// tempIter is set on a for loop whose iterable is a call or a
	// generator expression: nothing else refers to the iterator, so
	// leaving the loop early closes it (generator_final.go).
	tempIter bool
}

type unit struct {
	sc       *scope
	code     *Code
	consts   map[any]int
	names    map[string]int
	varIdx   map[string]int
	derefIdx map[string]int
	fblocks  []fblock
	pos      Pos
	qualname string
}

type compiler struct {
	filename string
	src      *Source
	st       *symtable
	u        *unit
	err      error
	// interactive is set for 'single' mode, where an expression
	// statement at top level prints its value's repr.
	interactive bool
	// stackUnits holds the enclosing units while a nested one compiles.
	stackUnits []*unit
	// futureAnnotations is set by `from __future__ import annotations`:
	// annotations are stored as strings instead of being evaluated.
	futureAnnotations bool
	// futurePrefix holds the `from __future__` imports that open the
	// module (after its docstring); any other is a SyntaxError.
	futurePrefix map[ast.Stmt]bool
}

// annotation emits the value of an annotation: the expression, or its
// text under `from __future__ import annotations`.
func (c *compiler) annotation(e ast.Expr) {
	if c.futureAnnotations {
		c.loadConst(Str(unparseAnnotation(e, c.src)))
		return
	}
	if st, ok := e.(*ast.Starred); ok {
		// *args: *Ts is the single item *Ts unpacks to (PEP 646)
		c.expr(st.Value)
		c.emit(opUnpackSequence, 1)
		return
	}
	c.expr(e)
}

type compileError struct{ err error }

// Compile compiles a parsed module (or expression, for eval) to code.
func Compile(filename string, src []byte, mod ast.ModNode) (code *Code, err error) {
	source := NewSource(filename, src)
	st, top, err := buildSymtable(filename, mod, scopeModule)
	if err != nil {
		return nil, fillSyntaxText(err, source)
	}
	c := &compiler{filename: filename, src: source, st: st}
	defer func() {
		if r := recover(); r != nil {
			ce, ok := r.(compileError)
			if !ok {
				panic(r)
			}
			code, err = nil, fillSyntaxText(ce.err, source)
		}
	}()
	c.enter(top, "<module>", "<module>", 1)
	switch m := mod.(type) {
	case *ast.Module:
		c.futureAnnotations = hasFutureAnnotations(m.Body)
		c.futurePrefix = futureImportPrefix(m.Body)
		c.docstring(m.Body)
		c.stmts(m.Body)
		c.loadConst(None)
	case *ast.Interactive:
		c.interactive = true
		c.stmts(m.Body)
		c.loadConst(None)
	case *ast.Expression:
		c.expr(m.Body)
	}
	c.emit(opReturnValue, 0)
	return c.leave(), nil
}

func fillSyntaxText(err error, src *Source) error {
	if se, ok := err.(*ast.SyntaxError); ok && se.Text == "" {
		se.Text = src.Line(se.Lineno)
	}
	return err
}

func (c *compiler) fail(n ast.Node, format string, args ...any) {
	panic(compileError{newSyntaxError(c.filename, n, format, args...)})
}

func (c *compiler) enter(sc *scope, name, qualname string, line int) {
	u := &unit{sc: sc, consts: map[any]int{}, names: map[string]int{}, varIdx: map[string]int{}, derefIdx: map[string]int{}, qualname: qualname}
	u.code = &Code{Name: name, Qualname: qualname, Filename: c.filename, FirstLine: line, Source: c.src}
	if sc.isFunction() {
		u.code.Varnames = sc.varnames
		for i, v := range sc.varnames {
			u.varIdx[v] = i
		}
	} else {
		u.code.Flags |= CodeNameLocals
	}
	u.code.Cellvars = sc.cellvars
	u.code.Freevars = sc.freevars
	for i, v := range sc.cellvars {
		u.derefIdx[v] = i
	}
	for i, v := range sc.freevars {
		if _, ok := u.derefIdx[v]; !ok {
			u.derefIdx[v] = len(sc.cellvars) + i
		}
	}
	u.code.Cell2Arg = make([]int, len(sc.cellvars))
	for i, cv := range sc.cellvars {
		u.code.Cell2Arg[i] = -1
		for j, p := range sc.params {
			if p == cv {
				u.code.Cell2Arg[i] = j
			}
		}
	}
	if sc.generator {
		u.code.Flags |= CodeGenerator
	}
	if sc.coroutine {
		if sc.generator {
			u.code.Flags |= CodeAsyncGenerator
			u.code.Flags &^= CodeGenerator
		} else {
			u.code.Flags |= CodeCoroutine
		}
	}
	u.pos = Pos{Line: int32(line), EndLine: int32(line)}
	prev := c.u
	c.u = u
	_ = prev
	c.stackUnits = append(c.stackUnits, prev)
}

func (c *compiler) leave() *Code {
	code := c.u.code
	code.StackSize = 16
	code.NameHashes = make([]int64, len(code.Names))
	for i, n := range code.Names {
		code.NameHashes[i] = strHash(n)
	}
	c.u = c.stackUnits[len(c.stackUnits)-1]
	c.stackUnits = c.stackUnits[:len(c.stackUnits)-1]
	return code
}

func (c *compiler) emit(op Opcode, arg int) int {
	code := c.u.code
	code.Instrs = append(code.Instrs, Instr{Op: op, Arg: int32(arg)})
	code.Positions = append(code.Positions, c.u.pos)
	return len(code.Instrs) - 1
}

// here returns the index of the next instruction.
func (c *compiler) here() int { return len(c.u.code.Instrs) }

// patch sets the jump target of instruction i to the next instruction.
func (c *compiler) patch(i int) { c.u.code.Instrs[i].Arg = int32(c.here()) }

func (c *compiler) patchAll(is []int) {
	for _, i := range is {
		c.patch(i)
	}
}

func (c *compiler) setPos(n ast.Node) Pos {
	old := c.u.pos
	if p, ok := n.(ast.Positioned); ok {
		sp := p.Pos()
		if sp.Lineno > 0 {
			c.u.pos = Pos{Line: sp.Lineno, EndLine: sp.EndLineno, Col: sp.ColOffset, EndCol: sp.EndColOffset}
		}
	}
	return old
}

type constKey struct {
	kind string
	v    any
}

func (c *compiler) constIndex(v Value) int {
	var key any
	switch x := v.(type) {
	case Int:
		key = constKey{"i", int64(x)}
	case Float:
		key = constKey{"f", floatRepr(float64(x))}
	case Str:
		key = constKey{"s", string(x)}
	case Bytes:
		key = constKey{"b", string(x)}
	case Bool:
		key = constKey{"B", bool(x)}
	case NoneType:
		key = constKey{"N", nil}
	}
	if key != nil {
		if i, ok := c.u.consts[key]; ok {
			return i
		}
	}
	c.u.code.Consts = append(c.u.code.Consts, v)
	i := len(c.u.code.Consts) - 1
	if key != nil {
		c.u.consts[key] = i
	}
	return i
}

func (c *compiler) loadConst(v Value) { c.emit(opLoadConst, c.constIndex(v)) }

// attrIndex is nameIndex for an attribute name, which is mangled too.
func (c *compiler) attrIndex(name string) int {
	return c.nameIndex(mangle(c.u.sc.className, name))
}

func (c *compiler) nameIndex(name string) int {
	if i, ok := c.u.names[name]; ok {
		return i
	}
	c.u.code.Names = append(c.u.code.Names, name)
	i := len(c.u.code.Names) - 1
	c.u.names[name] = i
	return i
}

// constValue converts a Constant node's value.
func constValue(v any) Value {
	switch x := v.(type) {
	case nil:
		return None
	case bool:
		return Bool(x)
	case int64:
		return Int(x)
	case *big.Int:
		return MakeBig(x)
	case float64:
		return Float(x)
	case complex128:
		return Complex(x)
	case string:
		return Str(x)
	case ast.Bytes:
		return Bytes(x)
	case ast.EllipsisType:
		return Ellipsis
	}
	return None
}

// nameOp emits the load, store or delete of a name as its scope says.
func (c *compiler) nameOp(name string, ctx ast.ExprContext) {
	sc := c.u.sc
	name = mangle(sc.className, name)
	r, ok := sc.resolved[name]
	if !ok {
		r = nameGlobalImplicit
	}
	mangled := name
	switch r {
	case nameFree, nameCell:
		idx := c.u.derefIdx[mangled]
		switch ctx {
		case ast.Load:
			if sc.kind == scopeClass {
				c.emit(opLoadClassDeref, idx)
			} else {
				c.emit(opLoadDeref, idx)
			}
		case ast.Store:
			c.emit(opStoreDeref, idx)
		default:
			c.emit(opDeleteDeref, idx)
		}
		return
	case nameLocal:
		if sc.isFunction() {
			idx := c.u.varIdx[mangled]
			switch ctx {
			case ast.Load:
				c.emit(opLoadFast, idx)
			case ast.Store:
				c.emit(opStoreFast, idx)
			default:
				c.emit(opDeleteFast, idx)
			}
			return
		}
	case nameGlobalExplicit:
		c.globalOp(name, ctx)
		return
	case nameGlobalImplicit:
		if sc.isFunction() {
			c.globalOp(name, ctx)
			return
		}
	}
	i := c.nameIndex(name)
	switch ctx {
	case ast.Load:
		c.emit(opLoadName, i)
	case ast.Store:
		c.emit(opStoreName, i)
	default:
		c.emit(opDeleteName, i)
	}
}

func (c *compiler) globalOp(name string, ctx ast.ExprContext) {
	i := c.nameIndex(name)
	switch ctx {
	case ast.Load:
		c.emit(opLoadGlobal, i)
	case ast.Store:
		c.emit(opStoreGlobal, i)
	default:
		c.emit(opDeleteGlobal, i)
	}
}

func (c *compiler) docstring(body []ast.Stmt) {
	if len(body) == 0 {
		return
	}
	if es, ok := body[0].(*ast.ExprStmt); ok {
		if k, ok := es.Value.(*ast.Constant); ok {
			if s, ok := k.Value.(string); ok {
				c.u.code.Doc = Str(s)
				if c.u.sc.kind == scopeModule || c.u.sc.kind == scopeClass {
					old := c.setPos(es)
					c.loadConst(Str(s))
					c.nameOp("__doc__", ast.Store)
					c.u.pos = old
				}
			}
		}
	}
}
