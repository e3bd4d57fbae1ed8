package actor

import (
	"github.com/rebeam/rebeam/interp"
)

// CopyMessage returns a copy of v that the receiving process may own: no
// mutable object of the result is reachable from v. Immutable values
// (None, bool, numbers, str, bytes, ranges, tuples and frozensets of
// immutables, ProcessIDs, functions, builtins, classes, modules) are
// returned as they are; mutable ones are deep-copied, keeping shared
// references and cycles (a list held twice is copied once and held twice).
// A value that cannot be sent (a generator, an open file, any object
// whose type the copier does not know) makes CopyMessage fail with a
// TypeError before anything is sent. t is the sender's thread, used to
// hash the keys of copied dicts and sets.
//
// Tuples that hold mutable objects are copied too, but their identity is
// not preserved (a tuple held twice becomes two equal tuples), because Go
// slices cannot key the memo; the mutable objects inside them are shared
// as in the original.
func CopyMessage(t *interp.Thread, v interp.Value) (interp.Value, error) {
	c := copier{t: t}
	return c.copy(v)
}

type copier struct {
	t *interp.Thread
	// The memo maps each copied mutable object to its copy. Most
	// messages hold a few objects, so the first ones go in a small array
	// searched in order, and only a larger message pays for a map.
	small  [8]memoEntry
	nsmall int
	memo   map[interp.Value]interp.Value
}

// Immutable reports whether v and everything it holds is immutable, so
// that v can be shared between processes without a copy.
func Immutable(v interp.Value) bool {
	switch x := v.(type) {
	case interp.NoneType, interp.Bool, interp.Int, *interp.BigInt, interp.Float,
		interp.Complex, interp.Str, interp.Bytes, interp.EllipsisType, interp.NotImplementedType,
		*interp.Function, *interp.Builtin, *interp.Type, *interp.Module:
		return true
	case interp.Tuple:
		for _, it := range x {
			if !Immutable(it) {
				return false
			}
		}
		return true
	case *interp.FrozenSet:
		for _, it := range interp.SetItems(x) {
			if !Immutable(it) {
				return false
			}
		}
		return true
	case *interp.Slice:
		return Immutable(x.Start) && Immutable(x.Stop) && Immutable(x.Step)
	case *interp.Object:
		return x.Class == ProcessIDType
	}
	return v.Type() == interp.RangeType
}

type memoEntry struct{ orig, cp interp.Value }

// seen returns the copy already made of v, if any.
func (c *copier) seen(v interp.Value) (interp.Value, bool) {
	if c.memo != nil {
		cp, ok := c.memo[v]
		return cp, ok
	}
	for _, e := range c.small[:c.nsmall] {
		if e.orig == v {
			return e.cp, true
		}
	}
	return nil, false
}

func (c *copier) remember(orig, cp interp.Value) {
	if c.memo == nil {
		if c.nsmall < len(c.small) {
			c.small[c.nsmall] = memoEntry{orig, cp}
			c.nsmall++
			return
		}
		c.memo = make(map[interp.Value]interp.Value, 2*len(c.small))
		for _, e := range c.small[:c.nsmall] {
			c.memo[e.orig] = e.cp
		}
	}
	c.memo[orig] = cp
}

func (c *copier) copy(v interp.Value) (interp.Value, error) {
	if v == nil || Immutable(v) {
		return v, nil
	}
	switch v.(type) {
	case interp.Tuple, *interp.FrozenSet:
		// Not memoised: see CopyMessage.
	default:
		if cp, ok := c.seen(v); ok {
			return cp, nil
		}
	}
	switch x := v.(type) {
	case interp.Tuple:
		out := make(interp.Tuple, len(x))
		for i, it := range x {
			cp, err := c.copy(it)
			if err != nil {
				return nil, err
			}
			out[i] = cp
		}
		return out, nil
	case *interp.FrozenSet:
		items, err := c.copyAll(interp.SetItems(x))
		if err != nil {
			return nil, err
		}
		return interp.NewFrozenSet(c.t, items)
	case *interp.List:
		out := interp.NewList(nil)
		c.remember(x, out)
		items, err := c.copyAll(x.Items)
		if err != nil {
			return nil, err
		}
		out.Items = items
		return out, nil
	case *interp.Dict:
		return c.copyDict(x, true)
	case *interp.Set:
		out := interp.NewSet()
		c.remember(x, out)
		items, err := c.copyAll(interp.SetItems(x))
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if err := out.Add(c.t, it); err != nil {
				return nil, err
			}
		}
		return out, nil
	case *interp.ByteArray:
		out := &interp.ByteArray{B: append([]byte(nil), x.B...)}
		c.remember(x, out)
		return out, nil
	case *interp.Object:
		return c.copyObject(x)
	case *interp.BoundMethod:
		self, err := c.copy(x.Self)
		if err != nil {
			return nil, err
		}
		return &interp.BoundMethod{Fn: x.Fn, Self: self}, nil
	case *interp.Cell:
		out := &interp.Cell{}
		c.remember(x, out)
		cp, err := c.copy(x.V)
		out.V = cp
		return out, err
	case *interp.Exception:
		return c.copyException(x)
	}
	return nil, interp.Errorf(interp.TypeErrorType, "cannot send '%s' object to another process: a message holds only data (numbers, str, bytes, tuples, lists, dicts, sets, instances of Python classes), ProcessIDs, functions and classes; send the values you need from it instead", interp.TypeName(v))
}

func (c *copier) copyAll(items []interp.Value) ([]interp.Value, error) {
	out := make([]interp.Value, len(items))
	for i, it := range items {
		cp, err := c.copy(it)
		if err != nil {
			return nil, err
		}
		out[i] = cp
	}
	return out, nil
}

// copyDict returns a copy of src, remembered as its copy if remember.
// A dict whose keys are all str (instance dicts, most messages) is
// copied whole, entries and hashes at once, and only its mutable values
// are then replaced by their copies; others are rebuilt key by key.
func (c *copier) copyDict(src *interp.Dict, remember bool) (*interp.Dict, error) {
	strKeys := true
	src.Items(func(k, _ interp.Value) bool {
		_, strKeys = k.(interp.Str)
		return strKeys
	})
	if !strKeys {
		out := interp.NewDict()
		if remember {
			c.remember(src, out)
		}
		return out, c.copyDictInto(out, src)
	}
	out := src.Copy()
	if remember {
		c.remember(src, out)
	}
	var err error
	src.Items(func(k, v interp.Value) bool {
		if v == nil || Immutable(v) {
			return true
		}
		var vc interp.Value
		if vc, err = c.copy(v); err != nil {
			return false
		}
		out.SetStr(string(k.(interp.Str)), vc)
		return true
	})
	return out, err
}

func (c *copier) copyDictInto(dst, src *interp.Dict) error {
	var err error
	src.Items(func(k, v interp.Value) bool {
		var kc, vc interp.Value
		if kc, err = c.copy(k); err != nil {
			return false
		}
		if vc, err = c.copy(v); err != nil {
			return false
		}
		if s, ok := kc.(interp.Str); ok {
			dst.SetStr(string(s), vc)
			return true
		}
		err = dst.Set(c.t, kc, vc)
		return err == nil
	})
	return err
}

func (c *copier) copyObject(x *interp.Object) (interp.Value, error) {
	out := &interp.Object{Class: x.Class}
	c.remember(x, out)
	if x.Dict != nil {
		d, err := c.copyDict(x.Dict, false)
		if err != nil {
			return nil, err
		}
		out.Dict = d
	}
	if x.Slots != nil {
		slots := make([]interp.Value, len(x.Slots))
		for i, s := range x.Slots {
			if s == nil {
				continue // an unset slot
			}
			cp, err := c.copy(s)
			if err != nil {
				return nil, err
			}
			slots[i] = cp
		}
		out.Slots = slots
	}
	if x.Base != nil {
		b, err := c.copy(x.Base)
		if err != nil {
			return nil, err
		}
		out.Base = b
	}
	return out, nil
}

func (c *copier) copyException(x *interp.Exception) (interp.Value, error) {
	out := &interp.Exception{Class: x.Class, SuppressContext: x.SuppressContext, Traceback: x.Traceback}
	c.remember(x, out)
	args, err := c.copy(x.Args)
	if err != nil {
		return nil, err
	}
	out.Args, _ = args.(interp.Tuple)
	if x.Dict != nil {
		out.Dict = interp.NewDict()
		if err := c.copyDictInto(out.Dict, x.Dict); err != nil {
			return nil, err
		}
	}
	for _, pair := range []struct{ src, dst **interp.Exception }{{&x.Cause, &out.Cause}, {&x.Context, &out.Context}} {
		if *pair.src != nil {
			cp, err := c.copy(*pair.src)
			if err != nil {
				return nil, err
			}
			*pair.dst = cp.(*interp.Exception)
		}
	}
	for _, e := range x.Exceptions {
		cp, err := c.copy(e)
		if err != nil {
			return nil, err
		}
		out.Exceptions = append(out.Exceptions, cp.(*interp.Exception))
	}
	return out, nil
}
