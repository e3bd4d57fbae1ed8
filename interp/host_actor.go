package interp

// Hooks for the actor runtime (package actor), which copies values
// between processes and so must build and read a few builtin values whose
// fields are unexported.

// NewFrozenSet makes a frozenset of items, hashing them with t.
func NewFrozenSet(t *Thread, items []Value) (*FrozenSet, error) {
	d := NewDict()
	for _, x := range items {
		if err := d.Set(t, x, None); err != nil {
			return nil, err
		}
	}
	return &FrozenSet{d: d}, nil
}

// SetItems returns the elements of a set or frozenset, in iteration
// order, without calling Python code.
func SetItems(v Value) []Value {
	d, ok := setDict(v)
	if !ok {
		return nil
	}
	return d.Keys()
}
