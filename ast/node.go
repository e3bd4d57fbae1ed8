// Package ast parses Python 3.11 source into a syntax tree shaped like
// CPython's ast module: the same node classes and field names, the same
// positions (line numbers from 1, columns in UTF-8 bytes from 0), and a Dump
// that prints what ast.dump prints, so that `rebeam ast` can be diffed
// against `python3 -m ast`.
//
// The node types in nodes_gen.go are generated from CPython's own catalogue
// of node classes (see internal/gennodes). The four ASDL sum types that have
// many constructors (mod, stmt, expr, pattern) are the Go interfaces ModNode (Mod names the
// operator), Stmt, Expr and Pattern; the enums
// (expr_context, boolop, operator, unaryop, cmpop) are small integer types;
// the rest are structs used through pointers. CPython's statement class Expr
// is ExprStmt here, so that Expr can name the interface.
//
// Optional fields are nil for an absent node and "" for an absent identifier
// or string (CPython's None): a Python identifier is never empty.
//
// Positions are kept as CPython keeps them, four integers per node, rather
// than as one offset into a file table as go/token does: every consumer of
// the tree (the dump, the compiler's line table, tracebacks and the trace
// listing) wants lines and columns, and the cost is 16 bytes a node.
package ast

import "math/big"

// Node is any syntax tree node.
type Node interface {
	node()
}

// Span is the source range of a node: CPython's lineno, col_offset,
// end_lineno and end_col_offset attributes. Columns count UTF-8 bytes.
type Span struct {
	Lineno, ColOffset, EndLineno, EndColOffset int32
}

// Pos returns the span itself; it lets code reach the span of any node that
// has one through the Positioned interface.
func (s *Span) Pos() *Span { return s }

// Positioned is a node that has a source span (every node but mod nodes,
// the operator enums, and the comprehension, arguments, withitem, match_case
// and type_ignore products, as in CPython).
type Positioned interface {
	Node
	Pos() *Span
}

// The Go types of Constant.Value and MatchSingleton.Value:
//
//	nil          None
//	bool         True, False
//	int64        an int that fits, *big.Int otherwise
//	float64      a float
//	complex128   an imaginary literal
//	string       a str, as UTF-8 (a lone surrogate from an escape such as
//	             "\ud800" is kept as its 3-byte WTF-8 form)
//	Bytes        a bytes literal
//	EllipsisType the literal ...
type (
	// Bytes is the value of a bytes literal, one Go byte per Python byte.
	Bytes string
	// EllipsisType is the type of the Ellipsis constant.
	EllipsisType struct{}
)

// Ellipsis is the value of the literal `...`.
var Ellipsis = EllipsisType{}

var _ = big.NewInt // *big.Int is a documented Constant value type.
