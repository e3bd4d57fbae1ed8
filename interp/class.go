package interp

import (
	"slices"
	"strings"
)

// Classes: the class statement's __build_class__, type(name, bases, ns),
// C3 linearization, super, and the methods of object and type.

var buildClassBuiltin *Builtin

func init() { buildClassBuiltin = NewBuiltin("__build_class__", buildClass) }

func buildClass(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	if len(args) < 2 {
		return nil, Errorf(TypeErrorType, "__build_class__: not enough arguments")
	}
	body, ok := args[0].(*Function)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := args[1].(Str)
	if !ok {
		return nil, Errorf(TypeErrorType, "__build_class__: name is not a string")
	}
	origBases := args[2:]
	bases := make([]Value, 0, len(origBases))
	changed := false
	for _, b := range origBases {
		m, self := mroEntriesOf(b)
		if m == nil {
			bases = append(bases, b)
			continue
		}
		var r Value
		var err error
		if self == nil {
			r, err = t.Call(m, []Value{Tuple(origBases)}, nil)
		} else {
			r, err = callDunder(t, m, self, Tuple(origBases))
		}
		if err != nil {
			return nil, err
		}
		items, err := ToSlice(t, r)
		if err != nil {
			return nil, err
		}
		bases = append(bases, items...)
		changed = true
	}
	var meta Value
	var rest []Kwarg
	for _, k := range kw {
		if k.Name == "metaclass" {
			meta = k.Value
		} else {
			rest = append(rest, k)
		}
	}
	if meta == nil {
		if len(bases) > 0 {
			meta = bases[0].Type()
		} else {
			meta = TypeType
		}
	}
	if mt, ok := meta.(*Type); ok {
		w, err := calculateMeta(mt, bases)
		if err != nil {
			return nil, err
		}
		meta = w
	}
	var ns Value
	if mt, ok := meta.(*Type); ok {
		if p := mt.Lookup("__prepare__"); p != nil {
			if b, ok := p.(*Builtin); !ok || b.Owner != TypeType {
				pf, err := descGet(t, p, nil, mt)
				if err != nil {
					return nil, err
				}
				if cm, ok := p.(*ClassMethod); ok {
					pf = &BoundMethod{Fn: cm.Fn, Self: mt}
				}
				r, err := t.Call(pf, append([]Value{name, Tuple(bases)}, nil...), rest)
				if err != nil {
					return nil, err
				}
				ns = r
			}
		}
	}
	if ns == nil {
		ns = NewDict()
	}
	nsDict, ok := asDict(ns)
	if !ok {
		return nil, Errorf(TypeErrorType, "%s.__prepare__() must return a mapping, not %s", TypeName(meta), TypeName(ns))
	}
	f, err := t.setupCall(body, nil, nil)
	if err != nil {
		return nil, err
	}
	f.locals = nsDict
	if _, exact := ns.(*Dict); !exact {
		f.localsMap = ns
	}
	cell, err := t.runNested(f)
	if err != nil {
		return nil, err
	}
	if changed {
		// copied: origBases aliases the caller's argument slice
		nsDict.SetStr("__orig_bases__", Tuple(append([]Value(nil), origBases...)))
	}
	cls, err := t.Call(meta, []Value{name, Tuple(bases), ns}, rest)
	if err != nil {
		return nil, err
	}
	if c, ok := cell.(*Cell); ok {
		c.V = cls
	}
	return cls, nil
}

func calculateMeta(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if IsSubtype(winner, bt) {
			continue
		}
		if IsSubtype(bt, winner) {
			winner = bt
			continue
		}
		return nil, Errorf(TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// c3 computes the MRO of a class with the given bases.
func c3(cls *Type, bases []*Type) ([]*Type, error) {
	var seqs [][]*Type
	for _, b := range bases {
		seqs = append(seqs, append([]*Type(nil), b.MRO...))
	}
	seqs = append(seqs, append([]*Type(nil), bases...))
	out := []*Type{cls}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
			}
		}
		if empty {
			return out, nil
		}
		var cand *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			c := s[0]
			inTail := false
			for _, s2 := range seqs {
				for _, x := range s2[min(1, len(s2)):] {
					if x == c {
						inTail = true
					}
				}
			}
			if !inTail {
				cand = c
				break
			}
		}
		if cand == nil {
			var names []string
			seen := map[*Type]bool{}
			for _, s := range seqs {
				if len(s) > 0 && !seen[s[0]] {
					seen[s[0]] = true
					names = append(names, s[0].Name)
				}
			}
			return nil, Errorf(TypeErrorType, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
		}
		out = append(out, cand)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == cand {
				seqs[i] = s[1:]
			}
		}
	}
}

// newClass is type.__new__(meta, name, bases, ns).
func newClass(t *Thread, meta *Type, name string, basesV []Value, ns *Dict, kw []Kwarg) (*Type, error) {
	var bases []*Type
	for _, b := range basesV {
		bt, ok := b.(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "bases must be types")
		}
		if bt == BoolType || bt == RangeType || bt == SliceType || bt == FunctionType || bt == GeneratorType || bt == NoneTypeType {
			return nil, Errorf(TypeErrorType, "type '%s' is not an acceptable base type", bt.Name)
		}
		for _, x := range bases {
			if x == bt {
				return nil, Errorf(TypeErrorType, "duplicate base class %s", bt.Name)
			}
		}
		bases = append(bases, bt)
	}
	if len(bases) == 0 {
		bases = []*Type{ObjectType}
	}
	cls := &Type{Name: name, Qualname: name, Bases: bases, Dict: ns.Copy()}
	if meta != TypeType {
		cls.Meta = meta
	}
	mro, err := c3(cls, bases)
	if err != nil {
		return nil, err
	}
	cls.MRO = mro
	if q, ok := cls.Dict.GetStr("__qualname__"); ok {
		if s, ok := q.(Str); ok {
			cls.Qualname = string(s)
		}
		cls.Dict.DelStr("__qualname__")
	}
	if m, ok := cls.Dict.GetStr("__module__"); ok {
		if s, ok := m.(Str); ok {
			cls.Module = string(s)
		}
	} else if t != nil && len(t.frames) > 0 {
		if m, ok := t.frames[len(t.frames)-1].globals.GetStr("__name__"); ok {
			if s, ok := m.(Str); ok {
				cls.Module = string(s)
				cls.Dict.SetStr("__module__", s)
			}
		}
	}
	cls.Dict.DelStr("__classcell__")
	// Layout: the builtin base whose payload instances carry.
	var solid *Type
	for _, b := range bases {
		for _, c := range b.MRO {
			if c.Builtin && c != ObjectType {
				if solid != nil && !IsSubtype(solid, c) && !IsSubtype(c, solid) && !(IsSubtype(c, BaseExceptionType) && IsSubtype(solid, BaseExceptionType)) {
					return nil, Errorf(TypeErrorType, "multiple bases have instance lay-out conflict")
				}
				if solid == nil || IsSubtype(c, solid) {
					solid = c
				}
				break
			}
		}
	}
	// Implicit static and class methods.
	if f, ok := cls.Dict.GetStr("__new__"); ok {
		if fn, ok := f.(*Function); ok {
			cls.Dict.SetStr("__new__", &StaticMethod{Fn: fn})
		}
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if f, ok := cls.Dict.GetStr(n); ok {
			if fn, ok := f.(*Function); ok {
				cls.Dict.SetStr(n, &ClassMethod{Fn: fn})
			}
		}
	}
	if _, ok := cls.Dict.GetStr("__eq__"); ok {
		if _, ok := cls.Dict.GetStr("__hash__"); !ok {
			cls.Dict.SetStr("__hash__", None)
		}
	}
	if err := setupSlots(cls); err != nil {
		return nil, err
	}
	if _, ok := cls.Dict.GetStr("__doc__"); !ok {
		// Every class has its own __doc__, None without a docstring, so
		// that instances do not find a base class's.
		cls.Dict.SetStr("__doc__", None)
	}
	typeChanged()
	cls.refreshCaches()
	// __set_name__ on descriptors, then __init_subclass__ of the parent.
	var err2 error
	cls.Dict.Items(func(k, v Value) bool {
		if p, ok := v.(*Property); ok && p.Name == "" {
			p.Name = string(k.(Str))
			return true
		}
		if o, ok := v.(*Object); ok {
			if sn := o.Class.Lookup("__set_name__"); sn != nil {
				if _, err := callDunder(t, sn, v, cls, k); err != nil {
					err2 = err
					if cause, ok := err.(*Exception); ok {
						// CPython 3.11 reports the failure as a RuntimeError
						// caused by the original exception.
						name, rerr := Repr(t, k)
						if rerr != nil {
							return false
						}
						wrapped := Errorf(RuntimeErrorType, "Error calling __set_name__ on '%s' instance %s in '%s'", TypeName(v), name, cls.Name)
						wrapped.Cause, wrapped.Context, wrapped.SuppressContext = cause, cause, true
						err2 = wrapped
					}
					return false
				}
			}
		}
		return true
	})
	if err2 != nil {
		return nil, err2
	}
	for _, b := range cls.Bases {
		b.addSubclass(cls)
	}
	for _, c := range cls.MRO[1:] {
		if f, ok := c.Dict.GetStr("__init_subclass__"); ok {
			switch x := f.(type) {
			case *ClassMethod:
				if _, err := t.Call(x.Fn, []Value{cls}, kw); err != nil {
					return nil, err
				}
			case *Builtin:
				if len(kw) > 0 {
					return nil, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", cls.Name)
				}
			}
			break
		}
	}
	return cls, nil
}

// mroEntriesOf finds the __mro_entries__ of a base that is not a class:
// its class's method, to call with self = b, or a function's own
// attribute (typing.NamedTuple), to call with no self; nil when b has none.
func mroEntriesOf(b Value) (m, self Value) {
	if _, isType := b.(*Type); isType {
		return nil, nil
	}
	if m := lookupDunder(b, "__mro_entries__"); m != nil {
		return m, b
	}
	if fn, ok := b.(*Function); ok && fn.Dict != nil {
		if own, found := fn.Dict.GetStr("__mro_entries__"); found {
			return own, nil
		}
	}
	return nil, nil
}

func setupSlots(cls *Type) error {
	var inherited []string
	inheritedDict := false
	anySlots := false
	for _, b := range cls.MRO[1:] {
		if b.slotNames != nil {
			anySlots = true
		}
		if !b.Builtin && b.slotNames == nil {
			inheritedDict = true
		}
		if b.hasDict {
			inheritedDict = true
		}
	}
	for i := len(cls.MRO) - 1; i >= 1; i-- {
		inherited = append(inherited, cls.MRO[i].ownSlots...)
	}
	sv, ok := cls.Dict.GetStr("__slots__")
	if !ok {
		cls.hasDict = true
		if anySlots {
			cls.slotNames = inherited
		}
		return nil
	}
	var names []string
	switch x := sv.(type) {
	case Str:
		names = []string{string(x)}
	default:
		items, err := ToSlice(nil, sv)
		if err != nil {
			return err
		}
		for _, it := range items {
			s, ok := it.(Str)
			if !ok {
				return Errorf(TypeErrorType, "__slots__ items must be strings, not '%s'", TypeName(it))
			}
			names = append(names, string(s))
		}
	}
	if len(names) > 0 {
		// instances of int, bytes and tuple hold their items inline,
		// leaving no room for slots
		for _, b := range cls.Bases {
			if IsSubtype(b, IntType) || IsSubtype(b, BytesType) || IsSubtype(b, TupleType) {
				return Errorf(TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", b.Name)
			}
		}
	}
	all := append([]string(nil), inherited...)
	for _, n := range names {
		if n == "__dict__" {
			cls.hasDict = true
			continue
		}
		if slices.Contains(cls.ownSlots, n) {
			continue // named twice: one slot
		}
		if _, clash := cls.Dict.GetStr(n); clash {
			return Errorf(ValueErrorType, "'%s' in __slots__ conflicts with class variable", n)
		}
		cls.ownSlots = append(cls.ownSlots, n)
		cls.Dict.SetStr(n, &slotDescriptor{name: n, index: len(all), owner: cls})
		all = append(all, n)
	}
	if inheritedDict {
		cls.hasDict = true
	}
	cls.slotNames = all
	if cls.slotNames == nil {
		cls.slotNames = []string{}
	}
	return nil
}

// refreshCaches recomputes the cached special methods after the class or
// one of its bases changed. Other threads may be reading them: the pair
// is published with one atomic store, and refreshes are serialized by
// hooksMu so that a stale lookup never overwrites a fresh one.
func (c *Type) refreshCaches() {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	c.refreshCachesLocked()
}

func (c *Type) refreshCachesLocked() {
	var h attrHooks
	if g := c.Lookup("__getattribute__"); g != nil {
		if b, ok := g.(*Builtin); !ok || b.Owner != ObjectType {
			h.getattribute = g
		}
	}
	if s := c.Lookup("__setattr__"); s != nil {
		if b, ok := s.(*Builtin); !ok || b.Owner != ObjectType {
			h.setattr = s
		}
	}
	if h.getattribute == nil && h.setattr == nil {
		c.hooks.Store(nil)
	} else {
		c.hooks.Store(&h)
	}
}

func abstractError(cls *Type) error {
	s := "s"
	if len(cls.abstract) == 1 {
		s = ""
	}
	return Errorf(TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", cls.Name, s, strings.Join(cls.abstract, ", "))
}

func superGetAttr(t *Thread, s *superValue, name string) (Value, error) {
	var start *Type
	objType, isType := s.obj.(*Type)
	if isType && IsSubtype(objType, s.cls) {
		start = objType
	} else {
		start = s.obj.Type()
	}
	mro := start.MRO
	i := 0
	for i < len(mro) && mro[i] != s.cls {
		i++
	}
	if name != "__class__" && i < len(mro) {
		for _, c := range mro[i+1:] {
			if a, ok := c.ownAttr(name); ok {
				if isType && IsSubtype(objType, s.cls) {
					if cm, ok := a.(*ClassMethod); ok {
						return classMethodGet(t, cm.Fn, objType)
					}
					return descGet(t, a, nil, objType)
				}
				return descGet(t, a, s.obj, start)
			}
		}
	}
	if name == "__class__" {
		return SuperType, nil
	}
	return nil, Errorf(AttributeErrorType, "'super' object has no attribute '%s'", name)
}

// isObjectSlot reports whether cls inherits name (__new__ or __init__)
// from object rather than defining its own.
func isObjectSlot(cls *Type, name string) bool {
	own, _ := ObjectType.Dict.GetStr(name)
	return cls.Lookup(name) == own
}

// superNew implements super() and super(cls, obj).
func superNew(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
	if len(args) == 0 {
		if len(t.frames) == 0 {
			return nil, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		f := t.frames[len(t.frames)-1]
		code := f.code
		if code.ArgCount == 0 {
			// as CPython: a function of *args only has no first argument
			return nil, Errorf(RuntimeErrorType, "super(): no arguments")
		}
		var first Value
		if len(code.Varnames) > 0 {
			first = f.fast[0]
		}
		for i, a := range code.Cell2Arg {
			if a == 0 {
				first = f.fast[len(code.Varnames)+i].(*Cell).V
			}
		}
		if first == nil {
			return nil, Errorf(RuntimeErrorType, "super(): arg[0] deleted")
		}
		for i, n := range code.Freevars {
			if n == "__class__" {
				c := f.fast[len(code.Varnames)+len(code.Cellvars)+i].(*Cell)
				cl, ok := c.V.(*Type)
				if !ok {
					return nil, Errorf(RuntimeErrorType, "super(): empty __class__ cell")
				}
				return boundSuper(cl, first)
			}
		}
		return nil, Errorf(RuntimeErrorType, "super(): __class__ cell not found")
	}
	c, ok := args[0].(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "super() argument 1 must be a type, not %s", TypeName(args[0]))
	}
	if len(args) == 1 {
		return &superValue{cls: c, obj: None}, nil
	}
	return boundSuper(c, args[1])
}

// boundSuper is super(c, obj), whether the arguments are given or read from
// the calling method's __class__ cell and first argument.
func boundSuper(c *Type, obj Value) (Value, error) {
	if ot, ok := obj.(*Type); ok && IsSubtype(ot, c) {
		return &superValue{cls: c, obj: obj}, nil
	}
	if !IsSubtype(obj.Type(), c) {
		return nil, Errorf(TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
	}
	return &superValue{cls: c, obj: obj}, nil
}

func init() {
	TypeType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(args) == 1 && len(kw) == 0 {
			return args[0].Type(), nil
		}
		if len(args) != 3 {
			return nil, Errorf(TypeErrorType, "type() takes 1 or 3 arguments")
		}
		name, ok := args[0].(Str)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 1 must be str, not %s", TypeName(args[0]))
		}
		bases, ok := args[1].(Tuple)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", TypeName(args[1]))
		}
		ns, ok := asDict(args[2])
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__() argument 3 must be dict, not %s", TypeName(args[2]))
		}
		for _, b := range bases {
			if m, _ := mroEntriesOf(b); m != nil {
				return nil, Errorf(TypeErrorType, "type() doesn't support MRO entry resolution; use types.new_class()")
			}
		}
		meta := cls
		if len(bases) > 0 {
			w, err := calculateMeta(cls, bases)
			if err != nil {
				return nil, err
			}
			meta = w
		}
		return newClass(t, meta, string(name), bases, ns, kw)
	}
	TypeType.Dict.SetStr("__new__", &StaticMethod{Fn: NewBuiltin("__new__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "type.__new__(): not enough arguments")
		}
		meta, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "type.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		return TypeType.New(t, meta, args[1:], kw)
	})})
	addMethods(TypeType, map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return None, nil },
		"__call__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			cls, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__call__' requires a 'type' object")
			}
			// type.__call__ called explicitly (a metaclass's super().__call__):
			// create and initialise without re-entering the metaclass.
			// (a flag of the thread, not a change to the shared class,
			// which other threads may be calling)
			t.skipMetaCall = cls
			defer func() { t.skipMetaCall = nil }()
			return t.Call(cls, args[1:], kw)
		},
		"mro": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			c := args[0].(*Type)
			out := make([]Value, len(c.MRO))
			for i, k := range c.MRO {
				out[i] = k
			}
			return NewList(out), nil
		},
		"__subclasses__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			c, ok := args[0].(*Type)
			if !ok {
				return nil, Errorf(TypeErrorType, "descriptor '__subclasses__' requires a 'type' object")
			}
			subs := c.subclassList()
			out := make([]Value, len(subs))
			for i, s := range subs {
				out[i] = s
			}
			return NewList(out), nil
		},
		"__instancecheck__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Bool(IsSubtype(args[1].Type(), args[0].(*Type))), nil
		},
		"__subclasscheck__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			c, ok := args[1].(*Type)
			return Bool(ok && IsSubtype(c, args[0].(*Type))), nil
		},
		"__repr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Str(classRepr(args[0].(*Type))), nil },
		"__or__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return &unionType{args: Tuple{args[0], args[1]}}, nil
		},
	})
	ObjectType.Dict.SetStr("__new__", &StaticMethod{Fn: NewBuiltin("__new__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 1 {
			return nil, Errorf(TypeErrorType, "object.__new__(): not enough arguments")
		}
		cls, ok := args[0].(*Type)
		if !ok {
			return nil, Errorf(TypeErrorType, "object.__new__(X): X is not a type object (%s)", TypeName(args[0]))
		}
		if len(cls.abstract) > 0 {
			return nil, abstractError(cls)
		}
		if cls.Builtin && cls != ObjectType {
			return nil, Errorf(TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", cls.Name, cls.Name)
		}
		if len(args) > 1 || len(kw) > 0 {
			// arguments are for an overridden __init__ to take
			if !isObjectSlot(cls, "__new__") {
				return nil, Errorf(TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
			}
			if isObjectSlot(cls, "__init__") {
				return nil, Errorf(TypeErrorType, "%s() takes no arguments", cls.Name)
			}
		}
		if newer := builtinNew(cls); newer != nil {
			return newer(t, cls, nil, nil)
		}
		return newInstance(cls), nil
	})})
	ObjectType.Dict.SetStr("__init_subclass__", &ClassMethod{Fn: NewBuiltin("__init_subclass__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(kw) > 0 {
			return nil, Errorf(TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", args[0].(*Type).Name)
		}
		return None, nil
	})})
	// __subclasshook__ is the default hook abc's checks consult.
	ObjectType.Dict.SetStr("__subclasshook__", &ClassMethod{Fn: NewBuiltin("__subclasshook__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return NotImplemented, nil
	})})
	addMethods(ObjectType, map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) > 1 || len(kw) > 0 {
				// arguments are for an overridden __new__ to take
				cls := args[0].Type()
				if !isObjectSlot(cls, "__init__") {
					return nil, Errorf(TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
				}
				if isObjectSlot(cls, "__new__") {
					return nil, Errorf(TypeErrorType, "%s.__init__() takes exactly one argument (the instance to initialize)", cls.Name)
				}
			}
			return None, nil
		},
		"__repr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Str(defaultRepr(args[0])), nil },
		"__str__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s, err := Repr(t, args[0])
			return Str(s), err
		},
		"__hash__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return Int(objectID(args[0]) >> 4), nil },
		"__eq__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if Is(args[0], args[1]) {
				return True, nil
			}
			return NotImplemented, nil
		},
		"__ne__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			// the inverse of the object's own __eq__, without the
			// reflected try and identity fallback of ==
			r, err := callDunder(t, args[0].Type().Lookup("__eq__"), args[0], args[1])
			if err != nil {
				return nil, err
			}
			if r == NotImplemented {
				return r, nil
			}
			b, err := Truth(t, r)
			return Bool(!b), err
		},
		"__getattribute__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			name, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			if o, ok := args[0].(*Object); ok {
				return genericGetAttr(t, o, string(name))
			}
			return GetAttr(t, args[0], string(name))
		},
		"__setattr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			name, ok := args[1].(Str)
			if !ok {
				return nil, Errorf(TypeErrorType, "attribute name must be string, not '%s'", TypeName(args[1]))
			}
			if o, ok := args[0].(*Object); ok {
				return None, genericSetAttr(t, o, string(name), args[2])
			}
			if c, ok := args[0].(*Type); ok {
				return None, typeSetAttr(t, c, string(name), args[2])
			}
			return None, SetAttr(t, args[0], string(name), args[2])
		},
		"__delattr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			name, _ := args[1].(Str)
			if o, ok := args[0].(*Object); ok {
				return None, genericDelAttr(t, o, string(name))
			}
			if c, ok := args[0].(*Type); ok && !c.Builtin {
				return None, typeDelAttr(c, string(name))
			}
			return None, DelAttr(t, args[0], string(name))
		},
		"__format__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			spec, _ := args[1].(Str)
			if spec != "" {
				return nil, Errorf(TypeErrorType, "unsupported format string passed to %s.__format__", TypeName(args[0]))
			}
			s, err := ToStr(t, args[0])
			return Str(s), err
		},
		"__dir__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return dirOf(t, args[0])
		},
		"__reduce_ex__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			// object has no __reduce__ of its own: one found is a class's
			if args[0].Type().Lookup("__reduce__") != nil {
				m, err := GetAttr(t, args[0], "__reduce__")
				if err != nil {
					return nil, err
				}
				return t.Call(m, nil, nil)
			}
			return nil, Errorf(TypeErrorType, "cannot pickle '%s' object", TypeName(args[0]))
		},
	})
	for _, n := range []string{"__lt__", "__le__", "__gt__", "__ge__"} {
		ObjectType.Dict.SetStr(n, &Builtin{Name: n, Owner: ObjectType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return NotImplemented, nil
		}})
	}
	SuperType.New = superNew
	PropertyType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		p := &Property{}
		var fget, fset, fdel, doc Value
		if err := UnpackArgs("property", args, kw, "fget?", &fget, "fset?", &fset, "fdel?", &fdel, "doc?", &doc); err != nil {
			return nil, err
		}
		p.Get, p.Set, p.Del, p.Doc = fget, fset, fdel, doc
		if p.Doc == nil && fget != nil {
			if d, err := GetAttr(t, fget, "__doc__"); err == nil {
				p.Doc = d
			}
		}
		return p, nil
	}
	propCopy := func(which int) BuiltinFunc {
		return func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			p := *args[0].(*Property)
			switch which {
			case 0:
				p.Get = args[1]
			case 1:
				p.Set = args[1]
			case 2:
				p.Del = args[1]
			}
			return &p, nil
		}
	}
	addMethods(PropertyType, map[string]BuiltinFunc{
		"getter": propCopy(0), "setter": propCopy(1), "deleter": propCopy(2),
		"__get__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 2 || args[1] == None {
				return args[0], nil
			}
			return descGet(t, args[0], args[1], args[1].Type())
		},
		"__set__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, descSet(t, args[0], args[1], args[2])
		},
	})
	StaticMethodType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "staticmethod expected 1 argument, got %d", len(args))
		}
		return &StaticMethod{Fn: args[0]}, nil
	}
	ClassMethodType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 1 {
			return nil, Errorf(TypeErrorType, "classmethod expected 1 argument, got %d", len(args))
		}
		return &ClassMethod{Fn: args[0]}, nil
	}
	addMethods(StaticMethodType, map[string]BuiltinFunc{
		"__get__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return args[0].(*StaticMethod).Fn, nil
		},
	})
	addMethods(ClassMethodType, map[string]BuiltinFunc{
		"__get__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var owner Value = None
			if len(args) > 2 {
				owner = args[2]
			}
			if owner == None {
				if len(args) < 2 || args[1] == None {
					return nil, Errorf(TypeErrorType, "__get__(None, None) is invalid")
				}
				owner = args[1].Type()
			}
			if c, ok := owner.(*Type); ok {
				return classMethodGet(t, args[0].(*ClassMethod).Fn, c)
			}
			return &BoundMethod{Fn: args[0].(*ClassMethod).Fn, Self: owner}, nil
		},
	})
	addMethods(FunctionType, map[string]BuiltinFunc{
		"__get__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 2 || args[1] == None {
				return args[0], nil
			}
			return &BoundMethod{Fn: args[0], Self: args[1]}, nil
		},
		"__call__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return t.Call(args[0], args[1:], kw)
		},
	})
}

// unionType is X | Y of types.
type unionType struct{ args Tuple }

var unionTypeType = func() *Type {
	t := newBuiltinType("UnionType", ObjectType)
	t.Module = "types"
	t.Display = "types.UnionType"
	return t
}()

func (*unionType) Type() *Type { return unionTypeType }
