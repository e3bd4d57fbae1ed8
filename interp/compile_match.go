package interp

import "github.com/rebeam/rebeam/ast"

// matchStmt compiles a match statement. Patterns are tested one case at a
// time against the subject kept on the stack.
func (c *compiler) matchStmt(n *ast.Match) {
	c.fail(n, "match statements are not supported yet")
}
