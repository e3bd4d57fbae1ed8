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
	var b strings.Builder
	d.write(&b, d.stack[0].args[0], 0)
	return b.String()
}

// A piece is one formatted argument: a leaf (text only), or a node or list
// whose own arguments are pieces. ast.dump decides between one line and
// many only once it knows every child, so the dump first builds this tree
// of pieces and then writes it once: copying each child's text into its
// parent's string would cost time and memory that grow with the square of
// the nesting depth.
type piece struct {
	key       string // "name=" or ""
	text      string // a leaf's text, or a node's "Name(" / a list's "["
	close     string // ")" or "]" for nodes and lists; "" for a leaf
	args      []*piece
	multiline bool
}

// A dumpFrame collects the arguments of one node or list while its
// children are dumped.
type dumpFrame struct {
	open, close string
	args        []*piece
	allSimple   bool
	key         string // the field name for the next argument
}

type dumper struct {
	opts  DumpOptions
	stack []dumpFrame
}

func (d *dumper) top() *dumpFrame { return &d.stack[len(d.stack)-1] }

// add appends one argument to the innermost frame.
func (d *dumper) add(p *piece, simple bool) {
	f := d.top()
	if f.key != "" {
		p.key = f.key + "="
		f.key = ""
	}
	f.args = append(f.args, p)
	f.allSimple = f.allSimple && simple
}

func (d *dumper) begin(name string) {
	d.stack = append(d.stack, dumpFrame{open: name + "(", close: ")", allSimple: true})
}

// end closes a node: one line when its arguments are all simple and at most
// three, as ast.dump does; a node without arguments is itself simple.
func (d *dumper) end() {
	f := d.top()
	p := &piece{text: f.open, close: f.close, args: f.args}
	p.multiline = !(f.allSimple && len(f.args) <= 3)
	simple := !p.multiline && len(f.args) == 0
	d.stack = d.stack[:len(d.stack)-1]
	d.add(p, simple)
}

func (d *dumper) field(name string) { d.top().key = name }

func (d *dumper) openList(n int) {
	d.stack = append(d.stack, dumpFrame{open: "[", close: "]", allSimple: true})
}

// item is called before each list element; list elements carry no key.
func (d *dumper) item() {}

// closeList closes a list: "[]" when empty (and simple), else always one
// element per line.
func (d *dumper) closeList(n int) {
	f := d.top()
	p := &piece{text: f.open, close: f.close, args: f.args, multiline: n > 0}
	d.stack = d.stack[:len(d.stack)-1]
	d.add(p, n == 0)
}

// write writes p at nesting level; a multi-line node or list puts each
// argument on its own line indented by level+1 steps (or separates them
// with ", " when Indent is negative).
func (d *dumper) write(b *strings.Builder, p *piece, level int) {
	b.WriteString(p.key)
	b.WriteString(p.text)
	if p.close == "" {
		return
	}
	for i, a := range p.args {
		switch {
		case !p.multiline:
			if i > 0 {
				b.WriteString(", ")
			}
		case d.opts.Indent < 0:
			if i > 0 {
				b.WriteString(", ")
			}
		default:
			if i > 0 {
				b.WriteByte(',')
			}
			b.WriteByte('\n')
			for j := 0; j < d.opts.Indent*(level+1); j++ {
				b.WriteByte(' ')
			}
		}
		d.write(b, a, level+1)
	}
	b.WriteString(p.close)
}

func (d *dumper) leaf(s string, simple bool) { d.add(&piece{text: s}, simple) }
func (d *dumper) none()                      { d.leaf("None", true) }
func (d *dumper) str(s string)               { d.leaf(pyfmt.StrRepr(s), true) }
func (d *dumper) int(v int)                  { d.leaf(strconv.Itoa(v), true) }

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

func (d *dumper) constant(v any) { d.leaf(ConstantRepr(v), true) }

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
