package main

import (
	"cmp"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/rebeam/rebeam/ast"
)

// messagePoint is a place in a program's source where a traced run
// stops: a call, cast, spawn, send_after or sleep, or a GenPy handler.
type messagePoint struct {
	File string
	Line int
	Col  int
	Kind string // call, cast, spawn, send_after, sleep, start, receive, stop
	// Text is the call's source, or Class.method and the subject of a
	// handler.
	Text string
}

// rebeamPoints are the rebeam functions whose calls are message points,
// and the decorators that mark handlers.
var (
	rebeamPoints   = map[string]bool{"call": true, "cast": true, "spawn": true, "send_after": true, "sleep": true}
	rebeamHandlers = map[string]bool{"start": true, "receive": true, "stop": true}
)

// imports resolves the names a module binds by importing: a local name
// to the rebeam or time function it stands for ("rebeam.call",
// "time.sleep"), or to a module ("rebeam", "time"). A star import
// (`from rebeam import *`) binds every message point's name, except
// those the module defines itself (defined).
type imports struct {
	names   map[string]string
	star    map[string]bool // "rebeam", "time"
	defined map[string]bool
}

func newImports() *imports {
	return &imports{names: map[string]string{}, star: map[string]bool{}, defined: map[string]bool{}}
}

func (im *imports) add(n ast.Node) {
	switch n := n.(type) {
	case *ast.Import:
		for _, a := range n.Names {
			if a.Name == "rebeam" || a.Name == "time" {
				im.names[cmp.Or(a.Asname, a.Name)] = a.Name
			}
		}
	case *ast.ImportFrom:
		if n.Level == 0 && (n.Module == "rebeam" || n.Module == "time") {
			for _, a := range n.Names {
				if a.Name == "*" {
					im.star[n.Module] = true
					continue
				}
				im.names[cmp.Or(a.Asname, a.Name)] = n.Module + "." + a.Name
			}
		}
	case *ast.FunctionDef:
		im.defined[n.Name] = true
	case *ast.ClassDef:
		im.defined[n.Name] = true
	case *ast.Assign:
		for _, t := range n.Targets {
			if name, ok := t.(*ast.Name); ok {
				im.defined[name.Id] = true
			}
		}
	}
}

// resolve returns what the expression e names ("rebeam.call"), or "".
func (im *imports) resolve(e ast.Expr) string {
	switch e := e.(type) {
	case *ast.Name:
		if r, ok := im.names[e.Id]; ok {
			return r
		}
		if im.defined[e.Id] {
			return ""
		}
		if im.star["rebeam"] && (rebeamPoints[e.Id] || rebeamHandlers[e.Id]) {
			return "rebeam." + e.Id
		}
		if im.star["time"] && e.Id == "sleep" {
			return "time.sleep"
		}
	case *ast.Attribute:
		if base, ok := e.Value.(*ast.Name); ok {
			if mod := im.names[base.Id]; mod == "rebeam" || mod == "time" {
				return mod + "." + e.Attr
			}
		}
	}
	return ""
}

// pointKind is the kind of message point a call of the resolved name is.
func pointKind(name string) string {
	if name == "time.sleep" {
		return "sleep"
	}
	if f, ok := strings.CutPrefix(name, "rebeam."); ok && rebeamPoints[f] {
		return f
	}
	return ""
}

// listPoints returns the message points of the Python source src, the
// modules it imports and the .py files it names (process targets, as
// in Supervisor(["worker.py"])), which may be files beside it.
func listPoints(file string, src []byte) ([]messagePoint, []string, error) {
	mod, err := ast.ParseFile(file, src, ast.ModeExec, false)
	if err != nil {
		return nil, nil, err
	}
	lines := strings.Split(string(src), "\n")
	im := newImports()
	var locals []string // modules imported by name or .py paths, maybe files beside
	ast.Inspect(mod, func(n ast.Node) bool {
		im.add(n)
		switch n := n.(type) {
		case *ast.Constant:
			if s, ok := n.Value.(string); ok && strings.HasSuffix(s, ".py") && !strings.ContainsAny(s, "\n*?") {
				locals = append(locals, s)
			}
		case *ast.Import:
			for _, a := range n.Names {
				locals = append(locals, a.Name)
			}
		case *ast.ImportFrom:
			if n.Level == 0 {
				locals = append(locals, n.Module)
			}
		}
		return true
	})
	var pts []messagePoint
	// owner names the class of each method, for the handlers.
	owner := map[*ast.FunctionDef]string{}
	ast.Inspect(mod, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ClassDef:
			for _, st := range n.Body {
				if fd, ok := st.(*ast.FunctionDef); ok {
					owner[fd] = n.Name
				}
			}
		case *ast.FunctionDef:
			for _, d := range n.DecoratorList {
				if p, ok := handlerPoint(im, file, n, owner[n], d); ok {
					pts = append(pts, p)
				}
			}
		case *ast.Call:
			if kind := pointKind(im.resolve(n.Func)); kind != "" {
				pts = append(pts, messagePoint{File: file, Line: int(n.Lineno), Col: int(n.ColOffset), Kind: kind, Text: segment(lines, n.Span)})
			}
		}
		return true
	})
	slices.SortStableFunc(pts, func(a, b messagePoint) int {
		return cmp.Or(cmp.Compare(a.Line, b.Line), cmp.Compare(a.Col, b.Col))
	})
	return pts, locals, nil
}

// handlerPoint is the message point of a GenPy handler marked by the
// decorator d (@receive, @receive("subject"), @start, ...).
func handlerPoint(im *imports, file string, fd *ast.FunctionDef, class string, d ast.Expr) (messagePoint, bool) {
	var args []ast.Expr
	if c, ok := d.(*ast.Call); ok {
		d, args = c.Func, c.Args
	}
	kind, ok := strings.CutPrefix(im.resolve(d), "rebeam.")
	if !ok || !rebeamHandlers[kind] {
		return messagePoint{}, false
	}
	text := fd.Name
	if class != "" {
		text = class + "." + fd.Name
	}
	if kind == "receive" {
		subject := "*"
		if len(args) > 0 {
			if c, ok := args[0].(*ast.Constant); ok {
				if s, ok := c.Value.(string); ok {
					subject = fmt.Sprintf("%q", s)
				}
			}
		}
		text += " " + subject
	}
	return messagePoint{File: file, Line: int(fd.Lineno), Col: int(fd.ColOffset), Kind: kind, Text: text}, true
}

// segment is the source text of span, on one line, at most 72 bytes.
func segment(lines []string, sp ast.Span) string {
	var b strings.Builder
	for l := sp.Lineno; l <= sp.EndLineno && int(l) <= len(lines); l++ {
		line := lines[l-1]
		from, to := 0, len(line)
		if l == sp.Lineno {
			from = min(int(sp.ColOffset), len(line))
		}
		if l == sp.EndLineno {
			to = min(int(sp.EndColOffset), len(line))
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(strings.TrimSpace(line[from:max(from, to)]))
	}
	s := b.String()
	if len(s) > 72 {
		s = s[:69] + "..."
	}
	return s
}

// listProgram prints the message points of the program file and of the
// modules it imports from its own folder, and of the .py files it names
// there (each once), file by file.
func listProgram(w io.Writer, file string) error {
	dir := filepath.Dir(file)
	seen := map[string]bool{}
	queue := []string{file}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		if seen[f] {
			continue
		}
		seen[f] = true
		src, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		pts, locals, err := listPoints(f, src)
		if err != nil {
			return err
		}
		for _, p := range pts {
			fmt.Fprintf(w, "%s:%d: %-10s %s\n", p.File, p.Line, p.Kind, p.Text)
		}
		for _, m := range locals {
			path := filepath.Join(dir, filepath.FromSlash(strings.ReplaceAll(m, ".", "/"))+".py")
			if strings.HasSuffix(m, ".py") {
				path = filepath.Join(dir, filepath.FromSlash(m))
			}
			if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
				queue = append(queue, path)
			}
		}
	}
	return nil
}
