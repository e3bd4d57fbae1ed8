package interp

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/rebeam/rebeam/ast"
)

// Interpreter holds the state shared by the threads of one program run:
// the builtins module, sys, and the table of loaded modules. Threads of
// one Interpreter share modules (as CPython's threads do).
type Interpreter struct {
	Builtins *Module
	Sys      *Module
	// modules is sys.modules. Go code reaches it only through Module and
	// SetModule, under importMu.
	modules *Dict
	Path    *List // sys.path
	Argv    *List
	// ReadFile reads a source file; os.ReadFile unless the host says
	// otherwise.
	ReadFile func(name string) ([]byte, error)

	// generators lists generators suspended inside a block, for
	// CloseGenerators (generator_final.go).
	generators genRegistry

	// importMu guards the Go side's use of modules and importing; a
	// module being loaded has an entry in importing (see importModule).
	importMu  sync.Mutex
	importing map[string]*moduleLock

	// internalError, when set (by tests), hears of every Go panic that a
	// builtin call turned into a SystemError.
	internalError func(msg string)
	// openFile, when set (by tests), stands in for os.OpenFile in open().
	openFile func(name string, flag int, perm os.FileMode) (*os.File, error)
}

var (
	registryMu sync.Mutex
	registry   = map[string]func(*Thread) (*Module, error){}
)

// RegisterModule makes a native module importable under name. Go packages
// call it from init functions; the module is made once per Interpreter,
// at its first import.
func RegisterModule(name string, init func(*Thread) (*Module, error)) {
	registryMu.Lock()
	defer registryMu.Unlock()
	registry[name] = init
}

func lookupRegistered(name string) func(*Thread) (*Module, error) {
	registryMu.Lock()
	defer registryMu.Unlock()
	return registry[name]
}

// sourceModule is a module whose Python source is built into the binary.
type sourceModule struct {
	src       []byte
	isPackage bool
}

var sources = map[string]sourceModule{}

// RegisterSource makes Python source built into the binary importable
// under name (a dotted name for a submodule of a registered package).
// Such modules stand where CPython's standard library does on sys.path:
// after the script's folder and the other path entries, so a program's
// own json.py shadows the built-in one as it would under CPython. Native
// modules registered with RegisterModule come first, as CPython's builtin
// modules do. The module's __file__ is "<rebeam>/NAME.py".
func RegisterSource(name string, src []byte, isPackage bool) {
	registryMu.Lock()
	defer registryMu.Unlock()
	sources[name] = sourceModule{src: src, isPackage: isPackage}
}

func lookupSource(name string) (sourceModule, bool) {
	registryMu.Lock()
	defer registryMu.Unlock()
	s, ok := sources[name]
	return s, ok
}

// NewModule makes a module object with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Name: name, Dict: NewDict()}
	m.Dict.SetStr("__name__", Str(name))
	m.Dict.SetStr("__doc__", None)
	m.Dict.SetStr("__package__", None)
	m.Dict.SetStr("__spec__", None)
	m.Dict.SetStr("__loader__", None)
	return m
}

// NewInterpreter makes an interpreter with the builtins and sys modules.
func NewInterpreter() *Interpreter {
	// Go init code fills builtin class namespaces directly; start every
	// lookup cache afresh.
	typeChanged()
	in := &Interpreter{modules: NewDict(), Path: NewList(nil), Argv: NewList(nil), ReadFile: os.ReadFile}
	in.Builtins = newBuiltinsModule()
	in.Sys = newSysModule(in)
	in.modules.SetStr("builtins", in.Builtins)
	in.modules.SetStr("sys", in.Sys)
	return in
}

func (in *Interpreter) builtinsDict() *Dict { return in.Builtins.Dict }

// CompileFile parses and compiles a file's source.
func CompileFile(filename string, src []byte) (*Code, error) {
	mod, err := ast.ParseFile(filename, src, ast.ModeExec, false)
	if err != nil {
		return nil, err
	}
	return Compile(filename, src, mod)
}

// RunMain runs a script as __main__ to completion on a new thread (the
// command line's path), returning the uncaught exception if any.
func (in *Interpreter) RunMain(t *Thread, filename string, src []byte) error {
	// CPython shows the main script by its absolute path in tracebacks
	// and __file__.
	if abs, err := filepath.Abs(filename); err == nil {
		filename = abs
	}
	code, err := CompileFile(filename, src)
	if err != nil {
		return err
	}
	m := NewModule("__main__")
	m.File = filename
	m.Dict.SetStr("__file__", Str(filename))
	m.Dict.SetStr("__builtins__", in.Builtins)
	in.SetModule("__main__", m)
	t.StartModule(code, m.Dict)
	for {
		r := t.Run(0)
		switch r.Kind {
		case Finished:
			in.CloseGenerators(t)
			return nil
		case Raised:
			in.CloseGenerators(nil)
			return r.Err
		case Preempted:
			continue
		case Suspended:
			return Errorf(RuntimeErrorType, "the program suspended (%v) with no scheduler to resume it", r.Payload)
		case Canceled:
			return &Cancelled{Reason: r.Reason}
		}
	}
}

// importName implements IMPORT_NAME: import the module (and its parent
// packages) and return the top-level package, or the module itself when
// there is a from-list.
func (t *Thread) importName(f *Frame, name string, fromlist Value, level int) (Value, error) {
	full := name
	if level > 0 {
		pkg := packageOf(f.globals)
		if pkg == "" {
			return nil, Errorf(ImportErrorType, "attempted relative import with no known parent package")
		}
		parts := strings.Split(pkg, ".")
		if level-1 > len(parts)-1 && level > 1 {
			return nil, Errorf(ImportErrorType, "attempted relative import beyond top-level package")
		}
		base := strings.Join(parts[:len(parts)-(level-1)], ".")
		if name == "" {
			full = base
		} else {
			full = base + "." + name
		}
	}
	m, err := t.importModule(full)
	if err != nil {
		return nil, err
	}
	hasFrom := fromlist != nil && fromlist != None
	if tup, ok := fromlist.(Tuple); ok && len(tup) == 0 {
		hasFrom = false
	}
	if hasFrom {
		// Submodules named in the from-list are imported too.
		if mod, ok := m.(*Module); ok {
			if _, isPkg := mod.Dict.GetStr("__path__"); isPkg {
				for _, x := range fromlist.(Tuple) {
					s := string(x.(Str))
					if s == "*" {
						continue
					}
					if _, ok := mod.Dict.GetStr(s); !ok {
						if _, err := t.importModule(full + "." + s); err != nil {
							if e, ok := err.(*Exception); !ok || !IsSubtype(e.Class, ModuleNotFoundErrorType) {
								return nil, err
							}
						}
					}
				}
			}
		}
		return m, nil
	}
	if level > 0 {
		return m, nil
	}
	top := strings.SplitN(full, ".", 2)[0]
	v, _ := t.Interp.Module(top)
	return v, nil
}

func packageOf(globals *Dict) string {
	if p, ok := globals.GetStr("__package__"); ok {
		if s, ok := p.(Str); ok && s != "" {
			return string(s)
		}
	}
	name, _ := globals.GetStr("__name__")
	s, _ := name.(Str)
	if _, ok := globals.GetStr("__path__"); ok {
		return string(s)
	}
	if i := strings.LastIndexByte(string(s), '.'); i >= 0 {
		return string(s[:i])
	}
	return ""
}

// moduleLock is the import lock of one module, held by the thread that
// loads it until its body has run, as CPython's _ModuleLock is.
type moduleLock struct {
	mu    sync.Mutex
	owner *Thread
}

// Module returns sys.modules[name], for hosts and native modules.
func (in *Interpreter) Module(name string) (Value, bool) {
	in.importMu.Lock()
	defer in.importMu.Unlock()
	return in.modules.GetStr(name)
}

// SetModule sets sys.modules[name]; a nil m deletes it.
func (in *Interpreter) SetModule(name string, m Value) {
	in.importMu.Lock()
	defer in.importMu.Unlock()
	if m == nil {
		in.modules.DelStr(name)
	} else {
		in.modules.SetStr(name, m)
	}
}

// importModule imports a module by its full dotted name. Threads of one
// interpreter import in parallel; as in CPython, each module has a lock
// that its loader holds while the body runs. A thread that finds a module
// being loaded by another waits for it, unless that would deadlock (two
// threads each loading one of two modules that import each other): then
// it takes the partly run module, as a circular import on one thread does.
func (t *Thread) importModule(full string) (Value, error) {
	in := t.Interp
	for {
		in.importMu.Lock()
		m, ok := in.modules.GetStr(full)
		l := in.importing[full]
		if l != nil && l.owner != t && !l.reaches(t) {
			// Another thread is loading it: wait, then look again.
			t.importWait = l
			in.importMu.Unlock()
			l.mu.Lock()
			l.mu.Unlock() //nolint:staticcheck // only waiting for the loader
			in.importMu.Lock()
			t.importWait = nil
			in.importMu.Unlock()
			continue
		}
		if ok {
			in.importMu.Unlock()
			if m == None {
				return nil, Errorf(ModuleNotFoundErrorType, "import of %s halted; None in sys.modules", full)
			}
			return m, nil
		}
		if l != nil {
			// This thread is loading it already (a package's __init__
			// importing its submodule while the submodule's import waits
			// for the package), or waiting for it would deadlock.
			in.importMu.Unlock()
			return t.loadModule(full)
		}
		l = &moduleLock{owner: t}
		l.mu.Lock()
		if in.importing == nil {
			in.importing = map[string]*moduleLock{}
		}
		in.importing[full] = l
		in.importMu.Unlock()
		v, err := t.loadModule(full)
		in.importMu.Lock()
		delete(in.importing, full)
		in.importMu.Unlock()
		l.mu.Unlock()
		return v, err
	}
}

// reaches reports whether the loader of l waits, directly or through a
// chain of other loaders, for a module that t is loading. importMu is held.
func (l *moduleLock) reaches(t *Thread) bool {
	o := l.owner
	for i := 0; o != nil && i < 1000; i++ {
		if o == t {
			return true
		}
		w := o.importWait
		if w == nil {
			return false
		}
		o = w.owner
	}
	return false
}

// loadModule finds and runs the module full, which is not in sys.modules
// yet, with its import lock held.
func (t *Thread) loadModule(full string) (Value, error) {
	in := t.Interp
	parent := ""
	var searchPath []string
	if i := strings.LastIndexByte(full, '.'); i >= 0 {
		parent = full[:i]
		pm, err := t.importModule(parent)
		if err != nil {
			return nil, err
		}
		if m, ok := in.Module(full); ok {
			return m, nil
		}
		pmod, _ := pm.(*Module)
		if pmod == nil {
			return nil, notFound(full)
		}
		p, ok := pmod.Dict.GetStr("__path__")
		if !ok {
			return nil, Errorf(ModuleNotFoundErrorType, "No module named '%s'; '%s' is not a package", full, parent)
		}
		items, _ := ToSlice(t, p)
		for _, it := range items {
			if s, ok := it.(Str); ok {
				searchPath = append(searchPath, string(s))
			}
		}
	} else {
		if init := lookupRegistered(full); init != nil {
			m, err := init(t)
			if err != nil {
				return nil, err
			}
			in.SetModule(full, m)
			return m, nil
		}
		for _, it := range in.Path.Items {
			if s, ok := it.(Str); ok {
				searchPath = append(searchPath, string(s))
			}
		}
	}
	if init := lookupRegistered(full); init != nil && parent != "" {
		m, err := init(t)
		if err != nil {
			return nil, err
		}
		in.SetModule(full, m)
		return m, nil
	}
	last := full[strings.LastIndexByte(full, '.')+1:]
	for _, dir := range searchPath {
		if dir == "" {
			dir = "."
		}
		pkgInit := filepath.Join(dir, last, "__init__.py")
		if src, err := in.ReadFile(pkgInit); err == nil {
			return t.execModule(full, pkgInit, src, filepath.Join(dir, last), parent)
		}
		file := filepath.Join(dir, last+".py")
		if src, err := in.ReadFile(file); err == nil {
			return t.execModule(full, file, src, "", parent)
		}
		if st, err := os.Stat(filepath.Join(dir, last)); err == nil && st.IsDir() {
			// A namespace package.
			m := NewModule(full)
			m.Dict.SetStr("__path__", NewList([]Value{Str(filepath.Join(dir, last))}))
			m.Dict.SetStr("__package__", Str(full))
			in.SetModule(full, m)
			t.bindInParent(full, parent, m)
			return m, nil
		}
	}
	if sm, ok := lookupSource(full); ok {
		file := "<rebeam>/" + strings.ReplaceAll(full, ".", "/") + ".py"
		pkgDir := ""
		if sm.isPackage {
			file = "<rebeam>/" + strings.ReplaceAll(full, ".", "/") + "/__init__.py"
			pkgDir = "<rebeam>/" + strings.ReplaceAll(full, ".", "/")
		}
		return t.execModule(full, file, sm.src, pkgDir, parent)
	}
	return nil, notFound(full)
}

func notFound(name string) *Exception {
	e := Errorf(ModuleNotFoundErrorType, "No module named '%s'", name)
	e.Dict = NewDict()
	e.Dict.SetStr("name", Str(name))
	return e
}

func (t *Thread) bindInParent(full, parent string, m *Module) {
	if parent == "" {
		return
	}
	if pm, ok := t.Interp.Module(parent); ok {
		if p, ok := pm.(*Module); ok {
			p.Dict.SetStr(full[len(parent)+1:], m)
		}
	}
}

func (t *Thread) execModule(full, file string, src []byte, pkgDir, parent string) (Value, error) {
	code, err := CompileFile(file, src)
	if err != nil {
		if se, ok := err.(*ast.SyntaxError); ok {
			return nil, syntaxErrorException(se)
		}
		return nil, err
	}
	m := NewModule(full)
	m.File = file
	m.Dict.SetStr("__file__", Str(file))
	m.Dict.SetStr("__builtins__", t.Interp.Builtins)
	if pkgDir != "" {
		m.Dict.SetStr("__path__", NewList([]Value{Str(pkgDir)}))
		m.Dict.SetStr("__package__", Str(full))
	} else {
		m.Dict.SetStr("__package__", Str(parent))
	}
	t.Interp.SetModule(full, m)
	f := t.newFrame(code, nil, m.Dict, t.Interp.builtinsDict(), m.Dict)
	if _, err := t.runNested(f); err != nil {
		t.Interp.SetModule(full, nil)
		return nil, err
	}
	t.bindInParent(full, parent, m)
	if v, ok := t.Interp.Module(full); ok {
		return v, nil
	}
	return m, nil
}

// syntaxErrorException turns a parser error into a Python SyntaxError.
func syntaxErrorException(se *ast.SyntaxError) *Exception {
	cls := SyntaxErrorType
	switch se.Class {
	case "IndentationError":
		cls = IndentationErrorType
	case "TabError":
		cls = TabErrorType
	}
	e := NewException(cls, Str(se.Msg), Tuple{Str(se.Filename), Int(se.Lineno), Int(se.Offset), Str(se.Text), Int(se.EndLineno), Int(se.EndOffset)})
	initSyntaxError(nil, e) // the args are well formed: no error, no thread needed
	return e
}

func (t *Thread) importFrom(m Value, name string) (Value, error) {
	v, err := GetAttr(t, m, name)
	if err == nil {
		return v, nil
	}
	if mod, ok := m.(*Module); ok {
		if sub, ok := t.Interp.Module(mod.Name + "." + name); ok {
			return sub, nil
		}
		e := Errorf(ImportErrorType, "cannot import name '%s' from '%s' (%s)", name, mod.Name, moduleLocation(mod))
		var path Value = None
		if mod.File != "" {
			path = Str(mod.File)
		}
		e.Dict = NewDict()
		e.Dict.SetStr("name", Str(mod.Name))
		e.Dict.SetStr("path", path)
		return nil, e
	}
	return nil, err
}

func moduleLocation(m *Module) string {
	if m.File != "" {
		return m.File
	}
	return "unknown location"
}

func (t *Thread) importStar(f *Frame, m Value) error {
	mod, ok := m.(*Module)
	if !ok {
		return nil
	}
	target := f.locals
	if target == nil {
		target = f.globals
	}
	if all, ok := mod.Dict.GetStr("__all__"); ok {
		names, err := ToSlice(t, all)
		if err != nil {
			return err
		}
		for _, n := range names {
			s, _ := n.(Str)
			v, err := t.importFrom(m, string(s))
			if err != nil {
				return err
			}
			target.SetStr(string(s), v)
		}
		return nil
	}
	mod.Dict.Items(func(k, v Value) bool {
		if s, ok := k.(Str); ok && !strings.HasPrefix(string(s), "_") {
			target.SetStr(string(s), v)
		}
		return true
	})
	return nil
}
