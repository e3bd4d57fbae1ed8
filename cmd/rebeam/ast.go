package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"

	"github.com/rebeam/rebeam/ast"
)

// AstCmd prints a syntax tree as `python3 -m ast` prints it. Its flags
// take no REBEAM_* environment variables: a variable such as REBEAM_MODE,
// set for another purpose, would silently change the output that is meant
// to be byte-identical to python3's.
type AstCmd struct {
	Mode              string `short:"m" env:"-" enum:"exec,eval,single,func_type" default:"exec" help:"What kind of code to parse: exec, eval, single or func_type."`
	NoTypeComments    bool   `name:"no-type-comments" env:"-" help:"Don't add information about type comments."`
	IncludeAttributes bool   `short:"a" name:"include-attributes" env:"-" help:"Include attributes such as line numbers and column offsets."`
	Indent            int    `short:"i" env:"-" default:"3" help:"Indentation of nodes (number of spaces)."`
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
		// python3 -m ast treats a file it cannot open as a usage error.
		fmt.Fprintf(os.Stderr, "rebeam: can't open '%s': %v\n", name, unwrapPathError(err))
		return exitError{2}
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
	// ast.dump indents by ' ' * indent, which is empty for a negative
	// indent just as for zero: one node a line, not one line in all.
	indent := max(a.Indent, 0)
	fmt.Println(ast.Dump(tree, ast.DumpOptions{IncludeAttributes: a.IncludeAttributes, Indent: indent}))
	return nil
}

// unwrapPathError drops the operation and path that *fs.PathError repeats,
// since the message names the file already.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
