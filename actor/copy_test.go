package actor

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
)

func TestCopyMessage(t *testing.T) {
	in := interp.NewInterpreter()
	th := interp.NewThread(in)
	g := define(t, in, `
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

shared = [1, 2]
cyclic = [0]
cyclic.append(cyclic)
msg = {"a": shared, "b": shared, "cycle": cyclic, "p": Point(1, shared), "t": (1, shared), "frozen": (1, "s", (2.5, None)), "s": {1, 2}}

def gen():
    yield 1

unsendable = [1, gen()]
`)
	msg := global(t, g, "msg")
	cp, err := CopyMessage(th, msg)
	if err != nil {
		t.Fatal(err)
	}
	d := cp.(*interp.Dict)
	get := func(d *interp.Dict, k string) interp.Value {
		v, _ := d.GetStr(k)
		return v
	}
	orig := msg.(*interp.Dict)
	a, b := get(d, "a").(*interp.List), get(d, "b").(*interp.List)
	cyc := get(d, "cycle").(*interp.List)
	pt := get(d, "p").(*interp.Object)
	px, _ := pt.Dict.GetStr("y")
	tup := get(d, "t").(interp.Tuple)
	got := map[string]bool{
		"copy is a new dict":           cp != msg,
		"shared list copied":           a != get(orig, "a"),
		"shared reference kept":        a == b,
		"cycle kept":                   cyc.Items[1] == interp.Value(cyc),
		"cycle copied":                 cyc != get(orig, "cycle"),
		"object copied":                pt != get(orig, "p"),
		"object class shared":          pt.Class == get(orig, "p").(*interp.Object).Class,
		"list in object shared":        px == interp.Value(a),
		"list in tuple shared":         tup[1] == interp.Value(a),
		"immutable tuple by reference": &get(d, "frozen").(interp.Tuple)[0] == &get(orig, "frozen").(interp.Tuple)[0],
		"set copied":                   get(d, "s") != get(orig, "s"),
	}
	want := map[string]bool{}
	for k := range got {
		want[k] = true
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("copy properties (-want +got):\n%s", diff)
	}
	// The copy is equal to the original, as Python sees it.
	r1, err1 := interp.Repr(th, get(orig, "s"))
	r2, err2 := interp.Repr(th, get(d, "s"))
	if err1 != nil || err2 != nil || r1 != r2 {
		t.Errorf("set copy repr %q (%v), want %q (%v)", r2, err2, r1, err1)
	}

	// Mutating the original does not reach the copy.
	get(orig, "a").(*interp.List).Items = append(get(orig, "a").(*interp.List).Items, interp.Int(3))
	if diff := cmp.Diff(2, len(a.Items)); diff != "" {
		t.Errorf("copy changed with the original (-want +got):\n%s", diff)
	}

	_, err = CopyMessage(th, global(t, g, "unsendable"))
	exc, ok := err.(*interp.Exception)
	if !ok || exc.Class != interp.TypeErrorType {
		t.Fatalf("copying a generator: err = %v, want TypeError", err)
	}
	text, _ := interp.ToStr(th, exc)
	if diff := cmp.Diff("cannot send 'generator' object to another process: a message holds only data (numbers, str, bytes, tuples, lists, dicts, sets, instances of Python classes), ProcessIDs, functions and classes; send the values you need from it instead", text); diff != "" {
		t.Errorf("error text (-want +got):\n%s", diff)
	}
}

func TestImmutableByReference(t *testing.T) {
	pid := PID{Node: LocalNode, ID: 7}.Value()
	for _, v := range []interp.Value{interp.None, interp.True, interp.Int(3), interp.Float(1.5), interp.Str("s"), interp.Bytes("b"), interp.Tuple{interp.Int(1), interp.Str("x")}, pid} {
		cp, err := CopyMessage(nil, v)
		if err != nil {
			t.Fatalf("%v: %v", v, err)
		}
		if !Immutable(v) {
			t.Errorf("%v is not immutable", v)
		}
		if tup, ok := v.(interp.Tuple); ok {
			if &cp.(interp.Tuple)[0] != &tup[0] {
				t.Errorf("tuple of immutables was copied")
			}
		} else if cp != v {
			t.Errorf("%v was copied", v)
		}
	}
	if Immutable(interp.Tuple{interp.NewList(nil)}) {
		t.Errorf("a tuple holding a list is immutable")
	}
}

func TestProcessIDValue(t *testing.T) {
	in := interp.NewInterpreter()
	th := interp.NewThread(in)
	a, a2, b := PID{LocalNode, 1}.Value(), PID{LocalNode, 1}.Value(), PID{LocalNode, 2}.Value()
	eq, err := interp.Equal(th, a, a2)
	if err != nil {
		t.Fatal(err)
	}
	less, err := interp.Less(th, a, b)
	if err != nil {
		t.Fatal(err)
	}
	h1, _ := interp.Hash(th, a)
	h2, _ := interp.Hash(th, a2)
	r, _ := interp.Repr(th, b)
	id, _ := interp.GetAttr(th, b, "id")
	node, _ := interp.GetAttr(th, b, "node")
	got := []any{eq, less, h1 == h2, r, id, node}
	want := []any{true, true, true, "ProcessID(node='local', id=2)", interp.Int(2), interp.Str("local")}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("ProcessID behaviour (-want +got):\n%s", diff)
	}
	if err := interp.SetAttr(th, a, "id", interp.Int(5)); err == nil {
		t.Errorf("a ProcessID could be changed")
	}
}
