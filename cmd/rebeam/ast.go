package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/rebeam/rebeam/ast"
)

// AstCmd prints a syntax tree as `python3 -m ast` prints it.
type AstCmd struct {
	Mode              string `short:"m" enum:"exec,eval,single,func_type" default:"exec" help:"What kind of code to parse: exec, eval, single or func_type."`
	NoTypeComments    bool   `name:"no-type-comments" help:"Don't add information about type comments."`
	IncludeAttributes bool   `short:"a" name:"include-attributes" help:"Include attributes such as line numbers and column offsets."`
	Indent            int    `short:"i" default:"3" help:"Indentation of nodes (number of spaces)."`
	File              string `arg:"" optional:"" help:"The file to parse; standard input when absent or '-'."`
}

var astModes = map[string]ast.Mode{
	"exec": ast.ModeExec, "eval": ast.ModeEval, "single": ast.ModeSingle, "func_type": ast.ModeFuncType,
}

// Run parses the file and prints its dump, or the syntax error as CPython
// prints it with exit status 1.
func (a *AstCmd) Run() error {
	name := a.File
	var src []byte
	var err error
	if name == "" || name == "-" {
		name = "<stdin>"
		src, err = io.ReadAll(os.Stdin)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		return err
	}
	tree, err := ast.ParseFile(name, src, astModes[a.Mode], !a.NoTypeComments)
	if err != nil {
		var se *ast.SyntaxError
		if errors.As(err, &se) {
			fmt.Fprint(os.Stderr, se.Format())
			return exitError{1}
		}
		return err
	}
	fmt.Println(ast.Dump(tree, ast.DumpOptions{IncludeAttributes: a.IncludeAttributes, Indent: a.Indent}))
	return nil
}
