package actor

import (
	"fmt"

	"github.com/rebeam/rebeam/interp"
)

// LocalNode is the node name of every process of a single rebeam run;
// distribution is not implemented, so it is the only node there is.
const LocalNode = "local"

// PID identifies a process: the node it lives on and a number unique on
// that node for the whole run (numbers are never reused). It is a
// comparable Go value, used as the key of the process table.
type PID struct {
	Node string
	ID   uint64
}

func (p PID) String() string { return fmt.Sprintf("<%s.%d>", p.Node, p.ID) }

// ProcessIDType is the Python class of process identifiers, rebeam.ProcessID.
//
// A ProcessID is an *interp.Object of this class whose two slots hold the
// node (Str) and the number (Int). It is an Object rather than a Go type
// of this package because interp prints, hashes and compares foreign Go
// values without consulting their class; as an Object it gets __repr__,
// __hash__ and the comparisons from the class dict below. It has no
// __dict__ and no slot descriptors, so Python code cannot change it, which
// is what lets it travel between processes by reference.
var ProcessIDType = &interp.Type{Name: "ProcessID", Qualname: "ProcessID", Module: "rebeam", Dict: interp.NewDict(), Builtin: true}

func init() {
	t := ProcessIDType
	t.Bases = []*interp.Type{interp.ObjectType}
	t.MRO = []*interp.Type{t, interp.ObjectType}
	method := func(name string, fn interp.BuiltinFunc) {
		t.Dict.SetStr(name, &interp.Builtin{Name: name, Owner: t, Fn: fn})
	}
	method("__repr__", func(th *interp.Thread, args []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
		p, _ := AsPID(args[0])
		return interp.Str(fmt.Sprintf("ProcessID(node='%s', id=%d)", p.Node, p.ID)), nil
	})
	method("__hash__", func(th *interp.Thread, args []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
		p, _ := AsPID(args[0])
		h, err := interp.Hash(th, interp.Tuple{interp.Str(p.Node), interp.Int(p.ID)})
		return interp.Int(h), err
	})
	cmp := func(name string, f func(c int) bool) {
		method(name, func(th *interp.Thread, args []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			if len(args) != 2 {
				return nil, interp.Errorf(interp.TypeErrorType, "expected 1 argument, got %d", len(args)-1)
			}
			a, _ := AsPID(args[0])
			b, ok := AsPID(args[1])
			if !ok {
				return interp.NotImplemented, nil
			}
			return interp.Bool(f(comparePIDs(a, b))), nil
		})
	}
	cmp("__eq__", func(c int) bool { return c == 0 })
	cmp("__ne__", func(c int) bool { return c != 0 })
	cmp("__lt__", func(c int) bool { return c < 0 })
	cmp("__le__", func(c int) bool { return c <= 0 })
	cmp("__gt__", func(c int) bool { return c > 0 })
	cmp("__ge__", func(c int) bool { return c >= 0 })
	getter := func(name string, f func(PID) interp.Value) {
		get := interp.NewBuiltin(name, func(th *interp.Thread, args []interp.Value, _ []interp.Kwarg) (interp.Value, error) {
			p, _ := AsPID(args[0])
			return f(p), nil
		})
		t.Dict.SetStr(name, &interp.Property{Get: get, Name: name})
	}
	getter("node", func(p PID) interp.Value { return interp.Str(p.Node) })
	getter("id", func(p PID) interp.Value { return interp.Int(p.ID) })
}

func comparePIDs(a, b PID) int {
	switch {
	case a.Node < b.Node:
		return -1
	case a.Node > b.Node:
		return 1
	case a.ID < b.ID:
		return -1
	case a.ID > b.ID:
		return 1
	}
	return 0
}

// Value returns the Python ProcessID of p.
func (p PID) Value() interp.Value {
	return &interp.Object{Class: ProcessIDType, Slots: []interp.Value{interp.Str(p.Node), interp.Int(p.ID)}}
}

// AsPID returns the PID a Python ProcessID holds.
func AsPID(v interp.Value) (PID, bool) {
	o, ok := v.(*interp.Object)
	if !ok || o.Class != ProcessIDType || len(o.Slots) != 2 {
		return PID{}, false
	}
	node, _ := o.Slots[0].(interp.Str)
	id, _ := o.Slots[1].(interp.Int)
	return PID{Node: string(node), ID: uint64(id)}, true
}
