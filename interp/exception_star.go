package interp

// prepReraiseStar computes what a try/except* statement re-raises once its
// handlers have run: orig is the exception the statement caught, raised
// lists what the handlers raised, rest is the part no handler matched (or
// None). The result is None when there is nothing to raise.
//
// An exception in raised whose cause and context are orig's and whose
// leaves are orig's came from orig by a split and was re-raised (bare raise, or the
// rest); those are merged back into one group shaped like orig. The
// others are new; when there are several results they go into a fresh
// ExceptionGroup("", [...]), and a single one is raised as it is.
func prepReraiseStar(orig Value, raised []Value, rest Value) Value {
	var excs []*Exception
	for _, v := range append(append([]Value(nil), raised...), rest) {
		if e, ok := v.(*Exception); ok {
			excs = append(excs, e)
		}
	}
	if len(excs) == 0 {
		return None
	}
	o, ok := orig.(*Exception)
	if !ok || o.Exceptions == nil {
		// a naked exception was wrapped for the handlers: only one handler
		// ran, so there is one exception to raise
		return excs[0]
	}
	origLeaves := map[*Exception]bool{}
	collectLeaves(o, origLeaves)
	var fresh, reraised []*Exception
	for _, e := range excs {
		if e.Cause == o.Cause && e.Context == o.Context && leavesWithin(e, origLeaves) {
			reraised = append(reraised, e)
		} else {
			fresh = append(fresh, e)
		}
	}
	var projection *Exception
	if len(reraised) > 0 {
		keep := map[*Exception]bool{}
		for _, e := range reraised {
			collectLeaves(e, keep)
		}
		projection = projectGroup(o, keep)
	}
	if len(fresh) == 0 {
		if projection == nil {
			return None
		}
		return projection
	}
	if projection != nil {
		fresh = append(fresh, projection)
	}
	if len(fresh) == 1 {
		return fresh[0]
	}
	cls := ExceptionGroupType
	for _, e := range fresh {
		if !IsSubtype(e.Class, ExceptionType) {
			cls = BaseExceptionGroupType
		}
	}
	return &Exception{Class: cls, Args: Tuple{Str(""), NewList(excSlice(fresh))}, Exceptions: fresh}
}

// collectLeaves adds the leaf exceptions of e (e itself unless it is a
// group) to set.
func collectLeaves(e *Exception, set map[*Exception]bool) {
	if e.Exceptions == nil {
		set[e] = true
		return
	}
	for _, x := range e.Exceptions {
		collectLeaves(x, set)
	}
}

// projectGroup returns the part of group e whose leaves are in keep, with
// e's nesting, messages and metadata, or nil when none are.
func projectGroup(e *Exception, keep map[*Exception]bool) *Exception {
	if e.Exceptions == nil {
		if keep[e] {
			return e
		}
		return nil
	}
	var items []*Exception
	all := true
	for _, x := range e.Exceptions {
		p := projectGroup(x, keep)
		if p != nil {
			items = append(items, p)
		}
		all = all && p == x
	}
	if items == nil {
		return nil
	}
	if all {
		return e
	}
	var msg Value = Str("")
	if len(e.Args) > 0 {
		msg = e.Args[0]
	}
	return &Exception{Class: e.Class, Args: Tuple{msg, NewList(excSlice(items))}, Exceptions: items,
		Cause: e.Cause, Context: e.Context, Traceback: e.Traceback, Dict: e.Dict}
}

// leavesWithin reports whether every leaf of e is in set.
func leavesWithin(e *Exception, set map[*Exception]bool) bool {
	if e.Exceptions == nil {
		return set[e]
	}
	for _, x := range e.Exceptions {
		if !leavesWithin(x, set) {
			return false
		}
	}
	return true
}
