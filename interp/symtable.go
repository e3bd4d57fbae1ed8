package interp

import (
	"github.com/rebeam/rebeam/ast"
)

// The symbol table pass decides, once per scope, where each name lives,
// with CPython's rules: a name bound in a function is local unless declared
// global or nonlocal; a name only used is free when an enclosing function
// binds it (class scopes are skipped) and global otherwise; a local that an
// inner function uses becomes a cell; class bodies keep their names in a
// dict; comprehensions and generator expressions are function scopes of
// their own; methods that mention super or __class__ get an implicit
// __class__ cell from their class.

type scopeKind uint8

const (
	scopeModule scopeKind = iota
	scopeFunction
	scopeClass
	scopeComprehension // a function scope made for a comprehension
)

// nameScope is where one name lives in one scope.
type nameScope uint8

const (
	nameGlobalImplicit nameScope = iota // a global read, or a module/class-level NAME op
	nameGlobalExplicit                  // declared global
	nameLocal                           // a fast local (function) or namespace entry (module, class)
	nameCell                            // a local captured by an inner function
	nameFree                            // a variable of an enclosing function
)

const (
	flagBound uint16 = 1 << iota
	flagUsed
	flagParam
	flagGlobal
	flagNonlocal
	flagFreeClass // a class-local name that is also free from an enclosing function
	flagAnnotated
)

type scope struct {
	kind     scopeKind
	name     string
	node     ast.Node
	parent   *scope
	children []*scope
	flags    map[string]uint16
	order    []string // names in first-seen order, for stable slots
	resolved map[string]nameScope
	params   []string

	generator, coroutine bool
	hasReturnValue       bool
	needsClassCell       bool // a class whose methods use __class__
	usesSuper            bool
	childFree            map[string]bool
	cellvars, freevars   []string
	varnames             []string
	// className is the name of the nearest enclosing class, for private
	// name mangling (__x in class C is _C__x).
	className string
	// declNodes remembers each nonlocal statement, where errors point.
	declNodes map[string]ast.Node
}

// mangle applies private name mangling inside a class.
func mangle(className, name string) string {
	if className == "" || len(name) < 3 || name[0] != '_' || name[1] != '_' || (name[len(name)-1] == '_' && name[len(name)-2] == '_') {
		return name
	}
	for i := 0; i < len(name); i++ {
		if name[i] == '.' {
			return name
		}
	}
	stripped := className
	for len(stripped) > 0 && stripped[0] == '_' {
		stripped = stripped[1:]
	}
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}

func (s *scope) add(name string, f uint16) {
	name = mangle(s.className, name)
	if s.flags == nil {
		s.flags = map[string]uint16{}
	}
	old, ok := s.flags[name]
	if !ok {
		s.order = append(s.order, name)
	}
	s.flags[name] = old | f
}

// awaitError tells why await may not appear in the scope, or "": it
// needs an async function, or a comprehension within one (a generator
// expression may hold it anywhere: it becomes an async generator).
func (s *scope) awaitError() string {
	inComp := false
	for ; s != nil; s = s.parent {
		switch s.kind {
		case scopeComprehension:
			if _, ok := s.node.(*ast.GeneratorExp); ok || s.coroutine {
				return ""
			}
			inComp = true
			continue
		case scopeFunction:
			if s.coroutine {
				return ""
			}
		}
		break
	}
	if inComp {
		return "asynchronous comprehension outside of an asynchronous function"
	}
	return "'await' outside async function"
}

func (s *scope) isFunction() bool { return s.kind == scopeFunction || s.kind == scopeComprehension }

type symtable struct {
	filename string
	scopes   map[ast.Node]*scope
	cur      *scope
	err      error
}

func buildSymtable(filename string, mod ast.Node, kind scopeKind) (*symtable, *scope, error) {
	st := &symtable{filename: filename, scopes: map[ast.Node]*scope{}}
	top := &scope{kind: kind, name: "top", node: mod}
	st.scopes[mod] = top
	st.cur = top
	switch m := mod.(type) {
	case *ast.Module:
		st.stmts(m.Body)
	case *ast.Expression:
		st.expr(m.Body)
	case *ast.Interactive:
		st.stmts(m.Body)
	}
	if st.err != nil {
		return nil, nil, st.err
	}
	if err := st.analyze(top, map[string]bool{}, nil); err != nil {
		return nil, nil, err
	}
	return st, top, nil
}

func (st *symtable) syntaxError(n ast.Node, format string, args ...any) {
	if st.err != nil {
		return
	}
	st.err = newSyntaxError(st.filename, n, format, args...)
}

func (st *symtable) push(kind scopeKind, name string, n ast.Node) *scope {
	s := &scope{kind: kind, name: name, node: n, parent: st.cur, className: st.cur.className}
	if kind == scopeClass {
		s.className = name
	}
	st.cur.children = append(st.cur.children, s)
	st.scopes[n] = s
	st.cur = s
	return s
}

func (st *symtable) pop() { st.cur = st.cur.parent }

func (st *symtable) bind(n ast.Node, name string) {
	f := st.cur.flags[name]
	if f&flagGlobal == 0 && f&flagNonlocal == 0 && f&flagParam != 0 && false {
		return
	}
	st.cur.add(name, flagBound)
}

func (st *symtable) use(name string) {
	st.cur.add(name, flagUsed)
	if name == "super" && st.cur.isFunction() {
		st.cur.usesSuper = true
	}
}

func (st *symtable) stmts(list []ast.Stmt) {
	for _, s := range list {
		st.stmt(s)
	}
}

func (st *symtable) exprs(list []ast.Expr) {
	for _, e := range list {
		if e != nil {
			st.expr(e)
		}
	}
}

func (st *symtable) args(a *ast.Arguments) {
	// Defaults and annotations are evaluated in the enclosing scope.
	st.exprs(a.Defaults)
	st.exprs(a.KwDefaults)
	for _, group := range [][]*ast.Arg{a.Posonlyargs, a.Args, a.Kwonlyargs, {a.Vararg, a.Kwarg}} {
		for _, x := range group {
			if x != nil && x.Annotation != nil {
				st.expr(x.Annotation)
			}
		}
	}
}

func (st *symtable) params(s *scope, a *ast.Arguments) {
	add := func(x *ast.Arg) {
		if x == nil {
			return
		}
		if s.flags[x.Arg]&flagParam != 0 {
			st.syntaxError(x, "duplicate argument '%s' in function definition", x.Arg)
		}
		s.add(x.Arg, flagParam|flagBound)
		s.params = append(s.params, x.Arg)
	}
	for _, x := range a.Posonlyargs {
		add(x)
	}
	for _, x := range a.Args {
		add(x)
	}
	for _, x := range a.Kwonlyargs {
		add(x)
	}
	add(a.Vararg)
	add(a.Kwarg)
}

func (st *symtable) function(n ast.Node, name string, args *ast.Arguments, body []ast.Stmt, decos []ast.Expr, returns ast.Expr, async bool) {
	st.exprs(decos)
	st.args(args)
	if returns != nil {
		st.expr(returns)
	}
	st.bind(n, name)
	s := st.push(scopeFunction, name, n)
	s.coroutine = async
	st.params(s, args)
	st.stmts(body)
	st.pop()
}

func (st *symtable) stmt(s ast.Stmt) {
	switch n := s.(type) {
	case *ast.FunctionDef:
		st.function(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, false)
	case *ast.AsyncFunctionDef:
		st.function(n, n.Name, n.Args, n.Body, n.DecoratorList, n.Returns, true)
	case *ast.ClassDef:
		st.exprs(n.DecoratorList)
		st.exprs(n.Bases)
		for _, k := range n.Keywords {
			st.expr(k.Value)
		}
		st.bind(n, n.Name)
		st.push(scopeClass, n.Name, n)
		st.stmts(n.Body)
		st.pop()
	case *ast.Return:
		if !st.cur.isFunction() {
			st.syntaxError(n, "'return' outside function")
		}
		if n.Value != nil {
			st.cur.hasReturnValue = true
			st.expr(n.Value)
		}
	case *ast.Delete:
		st.exprs(n.Targets)
	case *ast.Assign:
		st.exprs(n.Targets)
		st.expr(n.Value)
	case *ast.AugAssign:
		st.expr(n.Target)
		st.expr(n.Value)
		if nm, ok := n.Target.(*ast.Name); ok {
			st.use(nm.Id)
		}
	case *ast.AnnAssign:
		if nm, ok := n.Target.(*ast.Name); ok {
			f := st.cur.flags[nm.Id]
			if f&(flagGlobal|flagNonlocal) != 0 && n.Simple != 0 {
				what := "global"
				if f&flagNonlocal != 0 {
					what = "nonlocal"
				}
				st.syntaxError(n, "annotated name '%s' can't be %s", nm.Id, what)
			}
			st.cur.add(nm.Id, flagAnnotated)
			if n.Value != nil {
				st.bind(nm, nm.Id)
			}
		} else {
			st.expr(n.Target)
		}
		if st.cur.kind != scopeFunction {
			st.expr(n.Annotation)
		}
		if n.Value != nil {
			st.expr(n.Value)
		}
	case *ast.For:
		st.expr(n.Target)
		st.expr(n.Iter)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *ast.AsyncFor:
		st.expr(n.Target)
		st.expr(n.Iter)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *ast.While:
		st.expr(n.Test)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *ast.If:
		st.expr(n.Test)
		st.stmts(n.Body)
		st.stmts(n.Orelse)
	case *ast.With:
		for _, it := range n.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.expr(it.OptionalVars)
			}
		}
		st.stmts(n.Body)
	case *ast.AsyncWith:
		for _, it := range n.Items {
			st.expr(it.ContextExpr)
			if it.OptionalVars != nil {
				st.expr(it.OptionalVars)
			}
		}
		st.stmts(n.Body)
	case *ast.Match:
		st.expr(n.Subject)
		for _, c := range n.Cases {
			st.pattern(c.Pattern)
			if c.Guard != nil {
				st.expr(c.Guard)
			}
			st.stmts(c.Body)
		}
	case *ast.Raise:
		if n.Exc != nil {
			st.expr(n.Exc)
		}
		if n.Cause != nil {
			st.expr(n.Cause)
		}
	case *ast.Try:
		st.stmts(n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.bind(h, h.Name)
			}
			st.stmts(h.Body)
		}
		st.stmts(n.Orelse)
		st.stmts(n.Finalbody)
	case *ast.TryStar:
		st.stmts(n.Body)
		for _, h := range n.Handlers {
			if h.Type != nil {
				st.expr(h.Type)
			}
			if h.Name != "" {
				st.bind(h, h.Name)
			}
			st.stmts(h.Body)
		}
		st.stmts(n.Orelse)
		st.stmts(n.Finalbody)
	case *ast.Assert:
		st.expr(n.Test)
		if n.Msg != nil {
			st.expr(n.Msg)
		}
	case *ast.Import:
		for _, a := range n.Names {
			name := a.Asname
			if name == "" {
				name = a.Name
				if i := indexByte(name, '.'); i >= 0 {
					name = name[:i]
				}
			}
			st.bind(a, name)
		}
	case *ast.ImportFrom:
		for _, a := range n.Names {
			if a.Name == "*" {
				if st.cur.kind != scopeModule {
					st.syntaxError(a, "import * only allowed at module level")
				}
				continue
			}
			name := a.Asname
			if name == "" {
				name = a.Name
			}
			st.bind(a, name)
		}
	case *ast.Global:
		for _, name := range n.Names {
			f := st.cur.flags[name]
			switch {
			case f&flagParam != 0:
				st.syntaxError(n, "name '%s' is parameter and global", name)
			case f&flagNonlocal != 0:
				st.syntaxError(n, "name '%s' is nonlocal and global", name)
			case f&flagAnnotated != 0:
				st.syntaxError(n, "annotated name '%s' can't be global", name)
			case f&flagBound != 0:
				st.syntaxError(n, "name '%s' is assigned to before global declaration", name)
			case f&flagUsed != 0:
				st.syntaxError(n, "name '%s' is used prior to global declaration", name)
			}
			st.cur.add(name, flagGlobal)
		}
	case *ast.Nonlocal:
		for _, name := range n.Names {
			f := st.cur.flags[name]
			switch {
			case st.cur.kind == scopeModule:
				st.syntaxError(n, "nonlocal declaration not allowed at module level")
			case f&flagParam != 0:
				st.syntaxError(n, "name '%s' is parameter and nonlocal", name)
			case f&flagGlobal != 0:
				st.syntaxError(n, "name '%s' is nonlocal and global", name)
			case f&flagAnnotated != 0:
				st.syntaxError(n, "annotated name '%s' can't be nonlocal", name)
			case f&flagBound != 0:
				st.syntaxError(n, "name '%s' is assigned to before nonlocal declaration", name)
			case f&flagUsed != 0:
				st.syntaxError(n, "name '%s' is used prior to nonlocal declaration", name)
			}
			st.cur.add(name, flagNonlocal)
			if st.cur.declNodes == nil {
				st.cur.declNodes = map[string]ast.Node{}
			}
			st.cur.declNodes[name] = n
		}
	case *ast.ExprStmt:
		st.expr(n.Value)
	}
}

func indexByte(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func (st *symtable) pattern(p ast.Pattern) {
	switch n := p.(type) {
	case *ast.MatchValue:
		st.expr(n.Value)
	case *ast.MatchSequence:
		for _, q := range n.Patterns {
			st.pattern(q)
		}
	case *ast.MatchMapping:
		st.exprs(n.Keys)
		for _, q := range n.Patterns {
			st.pattern(q)
		}
		if n.Rest != "" {
			st.bind(n, n.Rest)
		}
	case *ast.MatchClass:
		st.expr(n.Cls)
		for _, q := range n.Patterns {
			st.pattern(q)
		}
		for _, q := range n.KwdPatterns {
			st.pattern(q)
		}
	case *ast.MatchStar:
		if n.Name != "" {
			st.bind(n, n.Name)
		}
	case *ast.MatchAs:
		if n.Pattern != nil {
			st.pattern(n.Pattern)
		}
		if n.Name != "" {
			st.bind(n, n.Name)
		}
	case *ast.MatchOr:
		for _, q := range n.Patterns {
			st.pattern(q)
		}
	}
}

func (st *symtable) comprehension(n ast.Node, name string, gens []*ast.Comprehension, elts ...ast.Expr) {
	// The first iterable is evaluated in the enclosing scope.
	st.expr(gens[0].Iter)
	s := st.push(scopeComprehension, name, n)
	if _, ok := n.(*ast.GeneratorExp); ok {
		s.generator = true
	}
	s.add(".0", flagParam|flagBound)
	s.params = []string{".0"}
	for i, g := range gens {
		if g.IsAsync != 0 {
			s.coroutine = true
		}
		st.expr(g.Target)
		if i > 0 {
			st.expr(g.Iter)
		}
		st.exprs(g.Ifs)
	}
	st.exprs(elts)
	st.pop()
}

func (st *symtable) expr(e ast.Expr) {
	switch n := e.(type) {
	case *ast.Name:
		if n.Ctx == ast.Load {
			st.use(n.Id)
		} else {
			st.bind(n, n.Id)
		}
	case *ast.BoolOp:
		st.exprs(n.Values)
	case *ast.NamedExpr:
		st.expr(n.Value)
		name := n.Target.(*ast.Name).Id
		if st.cur.kind == scopeComprehension {
			// The target binds in the nearest enclosing non-comprehension scope.
			s := st.cur
			for s.kind == scopeComprehension {
				if s.flags[name]&flagBound != 0 && s.flags[name]&flagNonlocal == 0 && s.flags[name]&flagGlobal == 0 {
					st.syntaxError(n, "assignment expression cannot rebind comprehension iteration variable '%s'", name)
					return
				}
				s = s.parent
			}
			if s.kind == scopeClass {
				st.syntaxError(n, "assignment expression within a comprehension cannot be used in a class body")
				return
			}
			s.add(name, flagBound)
			if s.kind == scopeModule || s.flags[name]&flagGlobal != 0 {
				st.cur.add(name, flagGlobal|flagUsed)
			} else {
				for c := st.cur; c.kind == scopeComprehension; c = c.parent {
					c.add(name, flagNonlocal|flagUsed)
				}
			}
			return
		}
		st.bind(n.Target, name)
	case *ast.BinOp:
		st.expr(n.Left)
		st.expr(n.Right)
	case *ast.UnaryOp:
		st.expr(n.Operand)
	case *ast.Lambda:
		st.args(n.Args)
		s := st.push(scopeFunction, "lambda", n)
		st.params(s, n.Args)
		st.expr(n.Body)
		st.pop()
	case *ast.IfExp:
		st.expr(n.Test)
		st.expr(n.Body)
		st.expr(n.Orelse)
	case *ast.Dict:
		st.exprs(n.Keys)
		st.exprs(n.Values)
	case *ast.Set:
		st.exprs(n.Elts)
	case *ast.ListComp:
		st.comprehension(n, "<listcomp>", n.Generators, n.Elt)
	case *ast.SetComp:
		st.comprehension(n, "<setcomp>", n.Generators, n.Elt)
	case *ast.DictComp:
		st.comprehension(n, "<dictcomp>", n.Generators, n.Key, n.Value)
	case *ast.GeneratorExp:
		st.comprehension(n, "<genexpr>", n.Generators, n.Elt)
	case *ast.Await:
		if !st.cur.isFunction() {
			st.syntaxError(n, "'await' outside function")
		} else if msg := st.cur.awaitError(); msg != "" {
			st.syntaxError(n, "%s", msg)
		}
		st.expr(n.Value)
	case *ast.Yield:
		if !st.cur.isFunction() {
			st.syntaxError(n, "'yield' outside function")
		}
		if st.cur.kind == scopeComprehension {
			st.syntaxError(n, "'yield' inside list comprehension")
		}
		st.cur.generator = true
		if n.Value != nil {
			st.expr(n.Value)
		}
	case *ast.YieldFrom:
		if !st.cur.isFunction() {
			st.syntaxError(n, "'yield' outside function")
		}
		if st.cur.coroutine {
			st.syntaxError(n, "'yield from' inside async function")
		}
		st.cur.generator = true
		st.expr(n.Value)
	case *ast.Compare:
		st.expr(n.Left)
		st.exprs(n.Comparators)
	case *ast.Call:
		st.expr(n.Func)
		st.exprs(n.Args)
		for _, k := range n.Keywords {
			st.expr(k.Value)
		}
	case *ast.FormattedValue:
		st.expr(n.Value)
		if n.FormatSpec != nil {
			st.expr(n.FormatSpec)
		}
	case *ast.JoinedStr:
		st.exprs(n.Values)
	case *ast.Attribute:
		st.expr(n.Value)
	case *ast.Subscript:
		st.expr(n.Value)
		st.expr(n.Slice)
	case *ast.Starred:
		st.expr(n.Value)
	case *ast.List:
		st.exprs(n.Elts)
	case *ast.Tuple:
		st.exprs(n.Elts)
	case *ast.Slice:
		if n.Lower != nil {
			st.expr(n.Lower)
		}
		if n.Upper != nil {
			st.expr(n.Upper)
		}
		if n.Step != nil {
			st.expr(n.Step)
		}
	}
}

// analyze resolves every name of s. bound holds the names that enclosing
// function scopes bind (visible to closures); it returns the names free in
// s or its children, which the parent must provide.
func (st *symtable) analyze(s *scope, bound map[string]bool, classScope *scope) error {
	s.resolved = map[string]nameScope{}
	free := map[string]bool{}
	for _, name := range s.order {
		f := s.flags[name]
		switch {
		case f&flagGlobal != 0:
			s.resolved[name] = nameGlobalExplicit
		case f&flagNonlocal != 0:
			if !bound[name] {
				at := s.node
				if d, ok := s.declNodes[name]; ok {
					at = d
				}
				return newSyntaxError(st.filename, at, "no binding for nonlocal '%s' found", name)
			}
			s.resolved[name] = nameFree
			free[name] = true
		case f&flagBound != 0:
			s.resolved[name] = nameLocal
		case s.kind != scopeClass && s.kind != scopeModule && bound[name]:
			s.resolved[name] = nameFree
			free[name] = true
		case s.kind == scopeClass && bound[name]:
			s.resolved[name] = nameFree
			free[name] = true
		default:
			s.resolved[name] = nameGlobalImplicit
		}
	}
	if s.usesSuper && s.isFunction() {
		if _, ok := s.resolved["__class__"]; !ok && bound["__class__"] {
			s.resolved["__class__"] = nameFree
			s.order = append(s.order, "__class__")
			free["__class__"] = true
		}
	}
	if s.kind == scopeFunction || s.kind == scopeComprehension {
		if s.flags["__class__"]&flagUsed != 0 && bound["__class__"] {
			s.resolved["__class__"] = nameFree
			free["__class__"] = true
		}
	}
	// The names children may close over.
	childBound := bound
	if s.isFunction() {
		childBound = map[string]bool{}
		for k := range bound {
			childBound[k] = true
		}
		for name, r := range s.resolved {
			if r == nameLocal {
				childBound[name] = true
			}
		}
	} else if s.kind == scopeClass {
		childBound = map[string]bool{}
		for k := range bound {
			childBound[k] = true
		}
		childBound["__class__"] = true
	} else {
		childBound = map[string]bool{}
	}
	for _, c := range s.children {
		if err := st.analyze(c, childBound, nil); err != nil {
			return err
		}
		for name := range c.childFree {
			r, ok := s.resolved[name]
			switch {
			case s.kind == scopeClass && name == "__class__":
				s.needsClassCell = true
			case s.isFunction() && ok && r == nameLocal:
				s.resolved[name] = nameCell
			case s.isFunction() && ok && r == nameCell:
			case s.kind == scopeClass && ok && r == nameLocal:
				s.flags[name] |= flagFreeClass
				free[name] = true
			case ok && (r == nameGlobalExplicit):
			default:
				if !ok {
					s.order = append(s.order, name)
				}
				if s.kind == scopeClass && ok && r == nameGlobalImplicit {
					s.flags[name] |= flagFreeClass
				}
				if !ok || r != nameLocal {
					if s.kind != scopeClass || !ok {
						s.resolved[name] = nameFree
					}
				}
				free[name] = true
			}
		}
	}
	s.childFree = free
	// Slots: parameters first, then other locals in first-seen order.
	if s.isFunction() {
		s.varnames = append(s.varnames, s.params...)
		for _, name := range s.order {
			if s.resolved[name] == nameLocal && s.flags[name]&flagParam == 0 {
				s.varnames = append(s.varnames, name)
			}
		}
		for _, name := range s.params {
			if s.resolved[name] == nameCell {
				s.cellvars = append(s.cellvars, name)
			}
		}
		for _, name := range s.order {
			if s.resolved[name] == nameCell && s.flags[name]&flagParam == 0 {
				s.cellvars = append(s.cellvars, name)
			}
		}
	}
	if s.kind == scopeClass && s.needsClassCell {
		s.cellvars = append(s.cellvars, "__class__")
	}
	for _, name := range s.order {
		if s.resolved[name] == nameFree || s.flags[name]&flagFreeClass != 0 {
			s.freevars = append(s.freevars, name)
		}
	}
	return nil
}
