package interp

import (
	"strings"

	"github.com/rebeam/rebeam/ast"
)

// Annotations under `from __future__ import annotations` are stored as
// the text of the expression, normalised as CPython's unparser writes it
// (string constants in repr form, canonical spacing). unparseExpr covers
// the expressions annotations use; anything else falls back to the
// expression's source text.

// Precedence levels, lowest first, as in CPython's unparser.
const (
	precTuple = iota
	precTest
	precOr
	precAnd
	precNot
	precCmp
	precExpr
	precBor
	precBxor
	precBand
	precShift
	precArith
	precTerm
	precFactor
	precPower
	precAwait
	precAtom
)

var binOpText = map[ast.Operator]string{
	ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.MatMult: "@", ast.Div: "/", ast.Mod: "%",
	ast.Pow: "**", ast.LShift: "<<", ast.RShift: ">>", ast.BitOr: "|", ast.BitXor: "^",
	ast.BitAnd: "&", ast.FloorDiv: "//",
}

var binOpPrec = map[ast.Operator]int{
	ast.Add: precArith, ast.Sub: precArith, ast.Mult: precTerm, ast.MatMult: precTerm,
	ast.Div: precTerm, ast.Mod: precTerm, ast.FloorDiv: precTerm, ast.Pow: precPower,
	ast.LShift: precShift, ast.RShift: precShift, ast.BitOr: precBor, ast.BitXor: precBxor,
	ast.BitAnd: precBand,
}

var cmpOpText = map[ast.CmpOp]string{
	ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">", ast.GtE: ">=",
	ast.Is: "is", ast.IsNot: "is not", ast.In: "in", ast.NotIn: "not in",
}

type unparser struct {
	b   strings.Builder
	src *Source
}

// unparseAnnotation returns the text an annotation is stored as.
func unparseAnnotation(e ast.Expr, src *Source) string {
	u := &unparser{src: src}
	u.expr(e, precTest)
	return u.b.String()
}

func (u *unparser) w(s string) { u.b.WriteString(s) }

func (u *unparser) paren(open bool, f func()) {
	if open {
		u.w("(")
	}
	f()
	if open {
		u.w(")")
	}
}

func (u *unparser) list(es []ast.Expr) {
	for i, e := range es {
		if i > 0 {
			u.w(", ")
		}
		u.expr(e, precTest)
	}
}

func (u *unparser) expr(e ast.Expr, prec int) {
	switch n := e.(type) {
	case *ast.Name:
		u.w(n.Id)
	case *ast.Constant:
		if _, ok := n.Value.(ast.EllipsisType); ok {
			u.w("...")
			return
		}
		u.w(reprNoThread(constValue(n.Value)))
	case *ast.Attribute:
		u.expr(n.Value, precAtom)
		if c, ok := n.Value.(*ast.Constant); ok {
			if _, isInt := constValue(c.Value).(Int); isInt {
				u.w(" ")
			}
		}
		u.w("." + n.Attr)
	case *ast.Subscript:
		u.expr(n.Value, precAtom)
		u.w("[")
		if t, ok := n.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
			u.list(t.Elts)
			if len(t.Elts) == 1 {
				u.w(",")
			}
		} else {
			u.expr(n.Slice, precTuple)
		}
		u.w("]")
	case *ast.Slice:
		if n.Lower != nil {
			u.expr(n.Lower, precTest)
		}
		u.w(":")
		if n.Upper != nil {
			u.expr(n.Upper, precTest)
		}
		if n.Step != nil {
			u.w(":")
			u.expr(n.Step, precTest)
		}
	case *ast.Tuple:
		if len(n.Elts) == 0 {
			u.w("()")
			return
		}
		u.paren(prec > precTuple, func() {
			u.list(n.Elts)
			if len(n.Elts) == 1 {
				u.w(",")
			}
		})
	case *ast.List:
		u.w("[")
		u.list(n.Elts)
		u.w("]")
	case *ast.Dict:
		u.w("{")
		for i := range n.Keys {
			if i > 0 {
				u.w(", ")
			}
			if n.Keys[i] == nil {
				u.w("**")
				u.expr(n.Values[i], precBor)
				continue
			}
			u.expr(n.Keys[i], precTest)
			u.w(": ")
			u.expr(n.Values[i], precTest)
		}
		u.w("}")
	case *ast.Starred:
		u.w("*")
		u.expr(n.Value, precExpr)
	case *ast.BinOp:
		p := binOpPrec[n.Op]
		u.paren(prec > p, func() {
			lp, rp := p, p+1
			if n.Op == ast.Pow {
				lp, rp = p+1, p
			}
			u.expr(n.Left, lp)
			u.w(" " + binOpText[n.Op] + " ")
			u.expr(n.Right, rp)
		})
	case *ast.UnaryOp:
		ops := map[ast.UnaryOperator]string{ast.Invert: "~", ast.Not: "not ", ast.UAdd: "+", ast.USub: "-"}
		p := precFactor
		if n.Op == ast.Not {
			p = precNot
		}
		u.paren(prec > p, func() {
			u.w(ops[n.Op])
			u.expr(n.Operand, p)
		})
	case *ast.BoolOp:
		p, op := precAnd, " and "
		if n.Op == ast.Or {
			p, op = precOr, " or "
		}
		u.paren(prec > p, func() {
			for i, v := range n.Values {
				if i > 0 {
					u.w(op)
				}
				u.expr(v, p+1)
			}
		})
	case *ast.Compare:
		u.paren(prec > precCmp, func() {
			u.expr(n.Left, precCmp+1)
			for i, op := range n.Ops {
				u.w(" " + cmpOpText[op] + " ")
				u.expr(n.Comparators[i], precCmp+1)
			}
		})
	case *ast.Call:
		u.expr(n.Func, precAtom)
		u.w("(")
		first := true
		for _, a := range n.Args {
			if !first {
				u.w(", ")
			}
			first = false
			u.expr(a, precTest)
		}
		for _, k := range n.Keywords {
			if !first {
				u.w(", ")
			}
			first = false
			if k.Arg == "" {
				u.w("**")
			} else {
				u.w(k.Arg + "=")
			}
			u.expr(k.Value, precTest)
		}
		u.w(")")
	case *ast.IfExp:
		u.paren(prec > precTest, func() {
			u.expr(n.Body, precTest+1)
			u.w(" if ")
			u.expr(n.Test, precTest+1)
			u.w(" else ")
			u.expr(n.Orelse, precTest)
		})
	default:
		u.w(u.sourceText(e))
	}
}

// sourceText is the expression's text in the source, for the forms
// unparseExpr does not rebuild.
func (u *unparser) sourceText(e ast.Expr) string {
	p, ok := e.(ast.Positioned)
	if !ok || u.src == nil {
		return "..."
	}
	s := p.Pos()
	if s.Lineno == s.EndLineno {
		line := u.src.Line(int(s.Lineno))
		if int(s.EndColOffset) <= len(line) && s.ColOffset <= s.EndColOffset {
			return line[s.ColOffset:s.EndColOffset]
		}
	}
	var parts []string
	for l := s.Lineno; l <= s.EndLineno; l++ {
		line := u.src.Line(int(l))
		if l == s.EndLineno && int(s.EndColOffset) <= len(line) {
			line = line[:s.EndColOffset]
		}
		if l == s.Lineno && int(s.ColOffset) <= len(line) {
			line = line[s.ColOffset:]
		}
		parts = append(parts, strings.TrimSpace(line))
	}
	return strings.Join(parts, " ")
}

// futureFeatures are the names `from __future__ import` accepts.
var futureFeatures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true,
	"absolute_import": true, "with_statement": true, "print_function": true,
	"unicode_literals": true, "barry_as_FLUFL": true, "generator_stop": true,
	"annotations": true,
}

// futureImportPrefix returns the `from __future__` imports at the start
// of a module body, after an optional docstring.
func futureImportPrefix(body []ast.Stmt) map[ast.Stmt]bool {
	prefix := map[ast.Stmt]bool{}
	for i, s := range body {
		if e, ok := s.(*ast.ExprStmt); ok && i == 0 {
			if c, ok := e.Value.(*ast.Constant); ok {
				if _, isStr := c.Value.(string); isStr {
					continue
				}
			}
		}
		n, ok := s.(*ast.ImportFrom)
		if !ok || n.Module != "__future__" || n.Level != 0 {
			break
		}
		prefix[s] = true
	}
	return prefix
}

// checkFutureImport rejects a `from __future__ import` that is not at the
// start of the module or names an unknown feature, as CPython does.
func (c *compiler) checkFutureImport(n *ast.ImportFrom) {
	if !c.futurePrefix[n] {
		c.fail(n, "from __future__ imports must occur at the beginning of the file")
	}
	for _, a := range n.Names {
		switch {
		case a.Name == "braces":
			c.fail(n, "not a chance")
		case !futureFeatures[a.Name]:
			c.fail(n, "future feature %s is not defined", a.Name)
		}
	}
}

// hasFutureAnnotations reports whether a module starts with
// `from __future__ import annotations` (after its docstring and other
// future imports).
func hasFutureAnnotations(body []ast.Stmt) bool {
	for i, s := range body {
		switch n := s.(type) {
		case *ast.ExprStmt:
			if c, ok := n.Value.(*ast.Constant); ok && i == 0 {
				if _, isStr := c.Value.(string); isStr {
					continue
				}
			}
			return false
		case *ast.ImportFrom:
			if n.Module != "__future__" {
				return false
			}
			for _, a := range n.Names {
				if a.Name == "annotations" {
					return true
				}
			}
		default:
			return false
		}
	}
	return false
}
