package ast

// Mode is what ParseFile parses: CPython's compile modes.
type Mode uint8

// The modes of CPython's ast.parse.
const (
	ModeExec     Mode = iota // a module: Module
	ModeEval                 // one expression: Expression
	ModeSingle               // one interactive statement: Interactive
	ModeFuncType             // a function type comment: FunctionType
)

// ParseFile parses src, the raw bytes of a source file (a BOM or coding
// declaration is honoured as CPython honours it), as ast.parse(src,
// filename, mode, type_comments=typeComments) does. A syntax error is
// returned as a *SyntaxError.
func ParseFile(filename string, src []byte, mode Mode, typeComments bool) (ModNode, error) {
	panic("ast.ParseFile: not yet implemented")
}
