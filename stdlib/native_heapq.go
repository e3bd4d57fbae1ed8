package stdlib

import "github.com/rebeam/rebeam/interp"

// The _heapq module is the native half of heapq (stdlib/py/heapq.py):
// the sift loops over a list, comparing with <, as CPython's C
// accelerator does. A comparison that raises leaves the list a valid
// heap of the same items.

// heapList is the heap argument of fn, which must be a list (or a
// subclass); arg1 says fn takes more arguments, so the error says which.
func heapList(t *interp.Thread, v interp.Value, fn string, arg1 bool) (*interp.List, error) {
	switch x := v.(type) {
	case *interp.List:
		return x, nil
	case *interp.Object:
		if l, ok := x.Base.(*interp.List); ok {
			return l, nil
		}
	}
	which := "argument"
	if arg1 {
		which = "argument 1"
	}
	got := interp.TypeName(v)
	if v == interp.None {
		got = "None"
	}
	return nil, interp.Errorf(interp.TypeErrorType, "%s() %s must be list, not %s", fn, which, got)
}

// siftUp moves the item at pos towards start while it is smaller than
// its parent.
func siftUp(t *interp.Thread, l *interp.List, start, pos int) error {
	items := l.Items
	item := items[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		p := items[parent]
		lt, err := interp.Less(t, item, p)
		if err != nil {
			return err
		}
		if !lt {
			break
		}
		items[pos] = p
		pos = parent
	}
	items[pos] = item
	return nil
}

// siftDown moves the item at pos down to a leaf along the smaller
// children, then back up to its place.
func siftDown(t *interp.Thread, l *interp.List, pos int) error {
	items := l.Items
	end := len(items)
	start := pos
	item := items[pos]
	child := 2*pos + 1
	for child < end {
		if right := child + 1; right < end {
			lt, err := interp.Less(t, items[child], items[right])
			if err != nil {
				items[pos] = item
				return err
			}
			if !lt {
				child = right
			}
		}
		items[pos] = items[child]
		pos = child
		child = 2*pos + 1
	}
	items[pos] = item
	return siftUp(t, l, start, pos)
}

func init() {
	register("_heapq", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"heappush": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var h, item interp.Value
				if err := interp.UnpackArgs("heappush", args, kw, "heap", &h, "item", &item); err != nil {
					return nil, err
				}
				l, err := heapList(t, h, "heappush", true)
				if err != nil {
					return nil, err
				}
				l.Items = append(l.Items, item)
				return interp.None, siftUp(t, l, 0, len(l.Items)-1)
			},
			"heappop": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var h interp.Value
				if err := interp.UnpackArgs("heappop", args, kw, "heap", &h); err != nil {
					return nil, err
				}
				l, err := heapList(t, h, "heappop", false)
				if err != nil {
					return nil, err
				}
				n := len(l.Items)
				if n == 0 {
					return nil, interp.Errorf(interp.IndexErrorType, "index out of range")
				}
				last := l.Items[n-1]
				l.Items[n-1] = nil
				l.Items = l.Items[:n-1]
				if n == 1 {
					return last, nil
				}
				top := l.Items[0]
				l.Items[0] = last
				return top, siftDown(t, l, 0)
			},
			"heapreplace": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var h, item interp.Value
				if err := interp.UnpackArgs("heapreplace", args, kw, "heap", &h, "item", &item); err != nil {
					return nil, err
				}
				l, err := heapList(t, h, "heapreplace", true)
				if err != nil {
					return nil, err
				}
				if len(l.Items) == 0 {
					return nil, interp.Errorf(interp.IndexErrorType, "index out of range")
				}
				top := l.Items[0]
				l.Items[0] = item
				return top, siftDown(t, l, 0)
			},
			"heappushpop": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var h, item interp.Value
				if err := interp.UnpackArgs("heappushpop", args, kw, "heap", &h, "item", &item); err != nil {
					return nil, err
				}
				l, err := heapList(t, h, "heappushpop", true)
				if err != nil {
					return nil, err
				}
				if len(l.Items) == 0 {
					return item, nil
				}
				lt, err := interp.Less(t, l.Items[0], item)
				if err != nil || !lt {
					return item, err
				}
				top := l.Items[0]
				l.Items[0] = item
				return top, siftDown(t, l, 0)
			},
			"heapify": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var h interp.Value
				if err := interp.UnpackArgs("heapify", args, kw, "heap", &h); err != nil {
					return nil, err
				}
				l, err := heapList(t, h, "heapify", false)
				if err != nil {
					return nil, err
				}
				for i := len(l.Items)/2 - 1; i >= 0; i-- {
					if err := siftDown(t, l, i); err != nil {
						return nil, err
					}
				}
				return interp.None, nil
			},
		})
		return nil
	}, "")
}
