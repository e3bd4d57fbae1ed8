package actor

// Module and path processes (API.md "Supervisor": a child is a GenPy
// instance, a Supervisor, a module, a function or a path to a .py file;
// spawn accepts the same targets but a Supervisor).
//
//   - A module with a main() runs main() with no arguments. A module
//     without one re-runs its body, from the module's source file, in a
//     fresh module dict of the same __name__, so that the process owns
//     every global it assigns.
//   - A path is read relative to the main script's folder. Whether it
//     defines exactly one GenPy subclass is decided from its syntax tree
//     before it runs (a top-level class whose bases name GenPy, or name a
//     class of the file that does): the supervisor must know at once
//     whether to wait for the child's @start, and running the body twice
//     to find out would repeat its side effects. The process runs the body
//     in a fresh module dict (__name__ is the file's stem) and then, for a
//     GenPy file, instantiates the class with no arguments and serves it
//     as any GenPy process; otherwise the body was the whole process. Each
//     start reads the file again.

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/rebeam/rebeam/ast"
	"github.com/rebeam/rebeam/interp"
)

// childKinds names what a process can run, for error messages.
const childKinds = "a GenPy instance, a function (or another callable), a module or a path to a .py file"

// prepareModule makes the process of a module target, not yet runnable.
func (s *Scheduler) prepareModule(m *interp.Module) (*Process, error) {
	if main, ok := m.Dict.GetStr("main"); ok && callable(main) {
		p := s.newProcess(false)
		if err := p.thread.Start(s.run, []interp.Value{main, interp.Tuple{}, interp.NewDict()}); err != nil {
			s.exit(p, "crashed", nil)
			return nil, err
		}
		return p, nil
	}
	if m.File == "" || strings.HasPrefix(m.File, "<") {
		return nil, interp.Errorf(interp.TypeErrorType, "module '%s' has no main() and no source file whose body a process could re-run; give it a main() function", m.Name)
	}
	code, err := s.compileChild(m.File)
	if err != nil {
		return nil, err
	}
	p := s.newProcess(false)
	p.thread.StartModule(code, s.moduleDict(m.Name, m.File))
	return p, nil
}

// preparePath makes the process of a .py path target, not yet runnable.
func (s *Scheduler) preparePath(path string) (*Process, error) {
	if !strings.HasSuffix(path, ".py") {
		return nil, interp.Errorf(interp.TypeErrorType, "a str process target must be a path to a .py file, not %q (to reach a registered process, use call or cast)", path)
	}
	full := path
	if !filepath.IsAbs(full) {
		full = filepath.Join(s.scriptDir, path)
	}
	src, err := os.ReadFile(full)
	if err != nil {
		return nil, interp.Errorf(interp.FileNotFoundErrorType, "cannot start a process from %q: %v", path, unwrapPathError(err))
	}
	mod, err := ast.ParseFile(full, src, ast.ModeExec, false)
	if err != nil {
		return nil, err
	}
	code, err := interp.Compile(full, src, mod)
	if err != nil {
		return nil, err
	}
	name := strings.TrimSuffix(filepath.Base(full), ".py")
	g := s.moduleDict(name, full)
	cls := genpyClasses(mod)
	p := s.newProcess(len(cls) == 1)
	p.thread.StartModule(code, g)
	if len(cls) == 1 {
		clsName := cls[0]
		p.then = func(t *interp.Thread) error {
			c, _ := g.GetStr(clsName)
			ct, ok := c.(*interp.Type)
			if !ok || !interp.IsSubtype(ct, s.genpyType) {
				return interp.Errorf(interp.TypeErrorType, "%s: %s is not a GenPy subclass when the file has run", path, clsName)
			}
			inst, err := t.Call(ct, nil, nil)
			if err != nil {
				return err
			}
			return s.startServe(p, inst)
		}
	}
	return p, nil
}

// moduleDict is a fresh module namespace.
func (s *Scheduler) moduleDict(name, file string) *interp.Dict {
	g := interp.NewDict()
	g.SetStr("__name__", interp.Str(name))
	g.SetStr("__file__", interp.Str(file))
	g.SetStr("__builtins__", s.interp.Builtins)
	return g
}

// compileChild reads and compiles a module's source file.
func (s *Scheduler) compileChild(file string) (*interp.Code, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, interp.Errorf(interp.FileNotFoundErrorType, "cannot re-run the body of %q: %v", file, unwrapPathError(err))
	}
	return interp.CompileFile(file, src)
}

func unwrapPathError(err error) error {
	if pe, ok := err.(*os.PathError); ok {
		return pe.Err
	}
	return err
}

// genpyClasses returns the names of the top-level classes of mod that
// derive from GenPy: their bases name GenPy (GenPy, rebeam.GenPy) or a
// class found earlier in the file.
func genpyClasses(mod ast.ModNode) []string {
	m, ok := mod.(*ast.Module)
	if !ok {
		return nil
	}
	found := map[string]bool{}
	var out []string
	for _, st := range m.Body {
		cd, ok := st.(*ast.ClassDef)
		if !ok {
			continue
		}
		for _, b := range cd.Bases {
			var id string
			switch x := b.(type) {
			case *ast.Name:
				id = x.Id
			case *ast.Attribute:
				id = x.Attr
			}
			if id == "GenPy" || found[id] {
				if !found[cd.Name] {
					out = append(out, cd.Name)
				}
				found[cd.Name] = true
				break
			}
		}
	}
	return out
}

// builtinCheckChild is rebeam.child's check of its item, so that a
// mistake is reported where the supervisor is configured rather than when
// it starts: the item must be a GenPy instance, a Supervisor, a module, a
// callable or the path of an existing .py file.
func builtinCheckChild(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var item interp.Value
	if err := interp.UnpackArgs("_check_child", args, kw, "item", &item); err != nil {
		return nil, err
	}
	var rebeam *interp.Dict
	if v, ok := t.Interp.Module("rebeam"); ok {
		if m, ok := v.(*interp.Module); ok {
			rebeam = m.Dict
		}
	}
	isInstance := func(name string) bool {
		o, ok := item.(*interp.Object)
		if !ok || rebeam == nil {
			return false
		}
		c, _ := rebeam.GetStr(name)
		ct, ok := c.(*interp.Type)
		return ok && interp.IsSubtype(o.Class, ct)
	}
	switch x := item.(type) {
	case *interp.Module:
		return interp.None, nil
	case interp.Str:
		path := string(x)
		if !strings.HasSuffix(path, ".py") {
			return nil, interp.Errorf(interp.TypeErrorType, "a str child must be the path of a .py file, not %q", path)
		}
		if p, ok := t.Locals[processKey].(*Process); ok && !filepath.IsAbs(path) {
			path = filepath.Join(p.sched.scriptDir, path)
		}
		if _, err := os.Stat(path); err != nil {
			return nil, interp.Errorf(interp.FileNotFoundErrorType, "child %q: no such file beside the main script (%s)", string(x), path)
		}
		return interp.None, nil
	}
	if isInstance("GenPy") || isInstance("Supervisor") || callable(item) {
		return interp.None, nil
	}
	return nil, interp.Errorf(interp.TypeErrorType, "a Supervisor child must be a GenPy instance, a Supervisor, a module, a function or the path of a .py file, not '%s'", interp.TypeName(item))
}
