package ast

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

// DumpOptions are the arguments of CPython's ast.dump.
type DumpOptions struct {
	// IncludeAttributes adds each node's lineno, col_offset, end_lineno and
	// end_col_offset.
	IncludeAttributes bool
	// Indent is the number of spaces per level; negative means one line.
	Indent int
}

// Dump returns what CPython's ast.dump(node, include_attributes=...,
// indent=...) returns for the same tree.
func Dump(n Node, opts DumpOptions) string {
	d := &dumper{opts: opts}
	d.stack = append(d.stack, dumpFrame{})
	d.dumpNode(n)
	return d.stack[0].args[0]
}

// A dumpFrame collects the formatted arguments of one node or list while its
// children are dumped; ast.dump decides between one line and many only once
// it knows every child.
type dumpFrame struct {
	name      string // the node's class name; "" for a list
	args      []string
	allSimple bool
	key       string // the field name for the next argument
}

type dumper struct {
	opts  DumpOptions
	stack []dumpFrame
}

func (d *dumper) top() *dumpFrame { return &d.stack[len(d.stack)-1] }

// add appends one formatted argument to the innermost frame.
func (d *dumper) add(s string, simple bool) {
	f := d.top()
	if f.key != "" {
		s = f.key + "=" + s
		f.key = ""
	}
	f.args = append(f.args, s)
	f.allSimple = f.allSimple && simple
}

func (d *dumper) begin(name string) {
	d.stack = append(d.stack, dumpFrame{name: name, allSimple: true})
}

// seps returns the prefix and separator for the frame at the top of the
// stack, whose nesting level is its depth.
func (d *dumper) seps() (prefix, sep string) {
	if d.opts.Indent < 0 {
		return "", ", "
	}
	ind := strings.Repeat(" ", d.opts.Indent*(len(d.stack)-1))
	return "\n" + ind, ",\n" + ind
}

func (d *dumper) end() {
	f := d.top()
	var s string
	simple := false
	if f.allSimple && len(f.args) <= 3 {
		s = f.name + "(" + strings.Join(f.args, ", ") + ")"
		simple = len(f.args) == 0
	} else {
		prefix, sep := d.seps()
		s = f.name + "(" + prefix + strings.Join(f.args, sep) + ")"
	}
	d.stack = d.stack[:len(d.stack)-1]
	d.add(s, simple)
}

func (d *dumper) field(name string) { d.top().key = name }

func (d *dumper) openList(n int) {
	d.stack = append(d.stack, dumpFrame{allSimple: true})
}

// item is called before each list element; list elements carry no key.
func (d *dumper) item() {}

func (d *dumper) closeList(n int) {
	f := d.top()
	s := "[]"
	if n > 0 {
		prefix, sep := d.seps()
		s = "[" + prefix + strings.Join(f.args, sep) + "]"
	}
	d.stack = d.stack[:len(d.stack)-1]
	d.add(s, n == 0)
}

func (d *dumper) leaf(s string, simple bool) { d.add(s, simple) }
func (d *dumper) none()                      { d.add("None", true) }
func (d *dumper) str(s string)               { d.add(pyfmt.StrRepr(s), true) }
func (d *dumper) int(v int)                  { d.add(strconv.Itoa(v), true) }

func (d *dumper) attrs(s *Span) {
	if !d.opts.IncludeAttributes {
		return
	}
	for _, a := range [...]struct {
		name string
		v    int32
	}{{"lineno", s.Lineno}, {"col_offset", s.ColOffset}, {"end_lineno", s.EndLineno}, {"end_col_offset", s.EndColOffset}} {
		d.field(a.name)
		d.int(int(a.v))
	}
}

func (d *dumper) constant(v any) { d.add(ConstantRepr(v), true) }

// ConstantRepr returns CPython's repr of a Constant value.
func ConstantRepr(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case int64:
		return strconv.FormatInt(v, 10)
	case *big.Int:
		return v.String()
	case float64:
		return pyfmt.FloatRepr(v)
	case complex128:
		return pyfmt.ComplexRepr(v)
	case string:
		return pyfmt.StrRepr(v)
	case Bytes:
		return pyfmt.BytesRepr(string(v))
	case EllipsisType:
		return "Ellipsis"
	}
	panic(fmt.Sprintf("ast: unexpected constant of type %T", v))
}
