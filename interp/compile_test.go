package interp

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/ast"
)

// TestCompileErrorsMatchPython checks the SyntaxErrors raised by the
// symbol table and the compiler (not the parser) against python3's
// output for the same file.
func TestCompileErrorsMatchPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	cases := map[string]string{
		"return_outside":    "x = 1\nreturn x\n",
		"break_outside":     "break\n",
		"continue_outside":  "for i in range(3):\n    pass\ncontinue\n",
		"nonlocal_module":   "nonlocal x\n",
		"nonlocal_unbound":  "def f():\n    nonlocal x\n",
		"global_after_use":  "def f():\n    x = 1\n    global x\n",
		"duplicate_arg":     "def f(a, a):\n    pass\n",
		"yield_outside":     "yield 1\n",
		"await_outside":     "await x\n",
		"param_and_global":  "def f(a):\n    global a\n",
		"import_star_local": "def f():\n    from os import *\n",
	}
	dir := t.TempDir()
	for name, src := range cases {
		name, src := name, src
		t.Run(name, func(t *testing.T) {
			file := filepath.Join(dir, name+".py")
			if err := os.WriteFile(file, []byte(src), 0o644); err != nil {
				t.Fatal(err)
			}
			var want bytes.Buffer
			cmd := exec.Command(python, file)
			cmd.Stderr = &want
			_ = cmd.Run()
			_, err := CompileFile(file, []byte(src))
			se, ok := err.(*ast.SyntaxError)
			if !ok {
				t.Fatalf("CompileFile = %v, want a *ast.SyntaxError", err)
			}
			if diff := cmp.Diff(want.String(), se.Format()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
