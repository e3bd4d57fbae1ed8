package ast

//go:generate sh -c "python3 internal/gennodes/gennodes.py > nodes_gen.go && gofmt -w nodes_gen.go"

// Visitor's Visit is called for each node met by Walk. If it returns a
// non-nil visitor w, Walk visits each child of n with w, then calls
// w.Visit(nil).
type Visitor interface {
	Visit(n Node) (w Visitor)
}

// Walk traverses the tree in depth-first order, children in field order, as
// go/ast.Walk does.
func Walk(v Visitor, n Node) {
	if v = v.Visit(n); v == nil {
		return
	}
	walkChildren(n, func(c Node) { Walk(v, c) })
	v.Visit(nil)
}

type inspector func(Node) bool

func (f inspector) Visit(n Node) Visitor {
	if f(n) {
		return f
	}
	return nil
}

// Inspect calls f for each node of the tree in depth-first order; f(n)
// returning false skips n's children. After the children, f(nil) is called.
func Inspect(n Node, f func(Node) bool) {
	Walk(inspector(f), n)
}
