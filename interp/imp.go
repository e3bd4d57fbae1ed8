package interp

import (
	"strings"

	"github.com/rebeam/rebeam/ast"
)

// The _rebeam_imp module gives importlib (stdlib/py/importlib) what it
// cannot write in Python: reload(module) runs the module's source again
// in the module's own namespace, as importlib.reload does.
func init() {
	RegisterModule("_rebeam_imp", func(t *Thread) (*Module, error) {
		m := NewModule("_rebeam_imp")
		m.Dict.SetStr("reload", NewBuiltin("reload", impReload))
		return m, nil
	})
}

func impReload(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return nil, Errorf(TypeErrorType, "reload() takes exactly one argument")
	}
	m, ok := args[0].(*Module)
	if !ok {
		return nil, Errorf(TypeErrorType, "reload() argument must be a module")
	}
	name := m.Name
	if n, ok := m.Dict.GetStr("__name__"); ok {
		if s, ok := n.(Str); ok {
			name = string(s)
		}
	}
	if cur, ok := t.Interp.Module(name); !ok || cur != Value(m) {
		return nil, Errorf(ImportErrorType, "module %s not in sys.modules", name)
	}
	file := m.File
	if f, ok := m.Dict.GetStr("__file__"); ok {
		if s, ok := f.(Str); ok {
			file = string(s)
		}
	}
	var src []byte
	switch {
	case strings.HasPrefix(file, "<rebeam>/"):
		sm, ok := lookupSource(name)
		if !ok {
			return nil, Errorf(ImportErrorType, "no source for module %s", name)
		}
		src = sm.src
	case file != "":
		b, err := t.Interp.ReadFile(file)
		if err != nil {
			return nil, Errorf(ModuleNotFoundErrorType, "spec not found for the module '%s'", name)
		}
		src = b
	default:
		// a native module: nothing to run again
		return m, nil
	}
	code, err := CompileFile(file, src)
	if err != nil {
		if se, ok := err.(*ast.SyntaxError); ok {
			return nil, syntaxErrorException(se)
		}
		return nil, err
	}
	f := t.newFrame(code, nil, m.Dict, t.Interp.builtinsDict(), m.Dict)
	if _, err := t.runNested(f); err != nil {
		return nil, err
	}
	if v, ok := t.Interp.Module(name); ok {
		return v, nil
	}
	return m, nil
}
