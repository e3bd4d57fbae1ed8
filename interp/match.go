package interp

import "github.com/rebeam/rebeam/ast"

// matcher runs one case's pattern against a subject, with the pattern's
// evaluated expressions consumed in preorder.
type matcher struct {
	t     *Thread
	vals  []Value
	binds map[string]Value
}

func (m *matcher) next() Value {
	v := m.vals[0]
	m.vals = m.vals[1:]
	return v
}

// skip consumes the values of a pattern that is not tried.
func (m *matcher) skip(p ast.Pattern) {
	var es []ast.Expr
	patternValues(p, &es)
	m.vals = m.vals[len(es):]
}

// runMatch is the MATCH instruction: a tuple of captures or None.
func runMatch(t *Thread, spec *matchSpec, subject Value, vals Tuple) (Value, error) {
	m := &matcher{t: t, vals: vals, binds: map[string]Value{}}
	ok, err := m.match(spec.pattern, subject)
	if err != nil || !ok {
		return None, err
	}
	out := make(Tuple, len(spec.names))
	for i, n := range spec.names {
		v, ok := m.binds[n]
		if !ok {
			v = None
		}
		out[i] = v
	}
	return out, nil
}

func isMatchSequence(v Value) bool {
	switch x := v.(type) {
	case *List, Tuple, *rangeValue:
		return true
	case *Object:
		if x.Base != nil {
			return isMatchSequence(x.Base)
		}
	}
	return false
}

func (m *matcher) match(p ast.Pattern, v Value) (bool, error) {
	t := m.t
	switch n := p.(type) {
	case *ast.MatchValue:
		return Equal(t, v, m.next())
	case *ast.MatchSingleton:
		return Is(v, constValue(n.Value)), nil
	case *ast.MatchAs:
		if n.Pattern != nil {
			ok, err := m.match(n.Pattern, v)
			if !ok || err != nil {
				return ok, err
			}
		}
		if n.Name != "" {
			m.binds[n.Name] = v
		}
		return true, nil
	case *ast.MatchOr:
		for i, q := range n.Patterns {
			saved := m.binds
			m.binds = map[string]Value{}
			for k, x := range saved {
				m.binds[k] = x
			}
			ok, err := m.match(q, v)
			if err != nil {
				return false, err
			}
			if ok {
				for _, rest := range n.Patterns[i+1:] {
					m.skip(rest)
				}
				return true, nil
			}
			m.binds = saved
		}
		return false, nil
	case *ast.MatchSequence:
		if !isMatchSequence(v) {
			for _, q := range n.Patterns {
				m.skip(q)
			}
			return false, nil
		}
		items, err := ToSlice(t, v)
		if err != nil {
			return false, err
		}
		star := -1
		for i, q := range n.Patterns {
			if _, ok := q.(*ast.MatchStar); ok {
				star = i
			}
		}
		if (star < 0 && len(items) != len(n.Patterns)) || (star >= 0 && len(items) < len(n.Patterns)-1) {
			for _, q := range n.Patterns {
				m.skip(q)
			}
			return false, nil
		}
		for i, q := range n.Patterns {
			var item Value
			switch {
			case star < 0 || i < star:
				item = items[i]
			case i == star:
				after := len(n.Patterns) - star - 1
				rest := append([]Value(nil), items[star:len(items)-after]...)
				if s := q.(*ast.MatchStar); s.Name != "" {
					m.binds[s.Name] = NewList(rest)
				}
				continue
			default:
				item = items[len(items)-(len(n.Patterns)-i)]
			}
			ok, err := m.match(q, item)
			if err != nil {
				return false, err
			}
			if !ok {
				for _, r := range n.Patterns[i+1:] {
					m.skip(r)
				}
				return false, nil
			}
		}
		return true, nil
	case *ast.MatchMapping:
		keys := m.vals[:len(n.Keys)]
		m.vals = m.vals[len(n.Keys):]
		d, isDict := asDict(v)
		if !isDict && lookupDunder(v, "keys") == nil {
			for _, q := range n.Patterns {
				m.skip(q)
			}
			return false, nil
		}
		if !isDict {
			d = NewDict()
			if err := dictUpdate(t, d, v, nil); err != nil {
				return false, err
			}
		}
		for i, k := range keys {
			x, ok, err := d.Get(t, k)
			if err != nil {
				return false, err
			}
			if !ok {
				for _, r := range n.Patterns[i:] {
					m.skip(r)
				}
				return false, nil
			}
			ok, err = m.match(n.Patterns[i], x)
			if err != nil {
				return false, err
			}
			if !ok {
				for _, r := range n.Patterns[i+1:] {
					m.skip(r)
				}
				return false, nil
			}
		}
		if n.Rest != "" {
			rest := d.Copy()
			for _, k := range keys {
				rest.Delete(t, k)
			}
			m.binds[n.Rest] = rest
		}
		return true, nil
	case *ast.MatchClass:
		clsV := m.next()
		cls, ok := clsV.(*Type)
		if !ok {
			return false, Errorf(TypeErrorType, "called match pattern must be a class")
		}
		skipAll := func() {
			for _, q := range n.Patterns {
				m.skip(q)
			}
			for _, q := range n.KwdPatterns {
				m.skip(q)
			}
		}
		if !IsSubtype(v.Type(), cls) {
			skipAll()
			return false, nil
		}
		var attrs []string
		if len(n.Patterns) > 0 {
			selfMatch := false
			switch cls {
			case BoolType, ByteArrayType, BytesType, DictType, FloatType, FrozenSetType, IntType, ListType, SetType, StrType, TupleType:
				selfMatch = true
			}
			if selfMatch {
				if len(n.Patterns) > 1 {
					return false, Errorf(TypeErrorType, "%s() accepts 1 positional sub-pattern (%d given)", cls.Name, len(n.Patterns))
				}
				ok, err := m.match(n.Patterns[0], v)
				if !ok || err != nil {
					for _, q := range n.KwdPatterns {
						m.skip(q)
					}
					return ok, err
				}
			} else {
				ma := cls.Lookup("__match_args__")
				var names []Value
				if ma != nil {
					tup, ok := ma.(Tuple)
					if !ok {
						return false, Errorf(TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", cls.Name, TypeName(ma))
					}
					names = tup
				}
				if len(n.Patterns) > len(names) {
					s := "s"
					if len(names) == 1 {
						s = ""
					}
					return false, Errorf(TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", cls.Name, len(names), s, len(n.Patterns))
				}
				for i := range n.Patterns {
					attrs = append(attrs, string(names[i].(Str)))
				}
			}
		}
		try := func(attr string, q ast.Pattern) (bool, error) {
			x, err := GetAttr(t, v, attr)
			if err != nil {
				if e, ok := err.(*Exception); ok && IsSubtype(e.Class, AttributeErrorType) {
					m.skip(q)
					return false, nil
				}
				return false, err
			}
			return m.match(q, x)
		}
		for i, attr := range attrs {
			ok, err := try(attr, n.Patterns[i])
			if err != nil {
				return false, err
			}
			if !ok {
				for _, r := range n.Patterns[i+1:] {
					m.skip(r)
				}
				for _, r := range n.KwdPatterns {
					m.skip(r)
				}
				return false, nil
			}
		}
		for i, attr := range n.KwdAttrs {
			ok, err := try(attr, n.KwdPatterns[i])
			if err != nil {
				return false, err
			}
			if !ok {
				for _, r := range n.KwdPatterns[i+1:] {
					m.skip(r)
				}
				return false, nil
			}
		}
		return true, nil
	case *ast.MatchStar:
		return true, nil
	}
	return false, Errorf(SystemErrorType, "unknown pattern %T", p)
}
