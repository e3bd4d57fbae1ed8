package interp

// needsIndex reports whether the slice holds objects whose __index__ must
// be called before a builtin sequence v can use it (a user class's
// __getitem__ receives the slice as it is).
func (s *Slice) needsIndex(v Value) bool {
	if _, ok := v.(*Object); ok {
		return false
	}
	_, a := s.Start.(*Object)
	_, b := s.Stop.(*Object)
	_, c := s.Step.(*Object)
	return a || b || c
}

// resolveIndex returns a copy of the slice whose bounds that are objects
// with __index__ are replaced by the ints they return.
func (s *Slice) resolveIndex(t *Thread) (*Slice, error) {
	out := &Slice{Start: s.Start, Stop: s.Stop, Step: s.Step}
	for _, p := range []*Value{&out.Start, &out.Stop, &out.Step} {
		o, ok := (*p).(*Object)
		if !ok || o.Base != nil {
			continue
		}
		m := lookupDunder(o, "__index__")
		if m == nil {
			return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		r, err := callDunder(t, m, o)
		if err != nil {
			return nil, err
		}
		switch r.(type) {
		case Int, Bool, *BigInt:
		default:
			return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
		}
		*p = r
	}
	return out, nil
}
