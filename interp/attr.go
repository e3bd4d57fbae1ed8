package interp

import (
	"fmt"
	"slices"
)

// Attribute access, following CPython's object.__getattribute__: data
// descriptors on the class win over the instance dict, which wins over
// other class attributes; __getattr__ is the fallback.

// isDataDescriptor reports whether a class attribute defines __set__ or
// __delete__ (property, or a user class with those).
func isDataDescriptor(v Value) bool {
	switch x := v.(type) {
	case *Property:
		return true
	case *Object:
		return x.Class.Lookup("__set__") != nil || x.Class.Lookup("__delete__") != nil
	case *slotDescriptor:
		return true
	}
	return false
}

// classMethodGet is classmethod.__get__ for class cls: the callable bound
// to the class or, for a wrapped descriptor (a property, say), the result
// of its own __get__ with the class as both instance and owner, as CPython
// 3.9 to 3.12 chain them.
func classMethodGet(t *Thread, fn Value, cls *Type) (Value, error) {
	switch d := fn.(type) {
	case *Property, *StaticMethod, *ClassMethod:
		return descGet(t, d, cls, cls)
	case *Object:
		if d.Class.Lookup("__get__") != nil {
			return descGet(t, d, cls, cls)
		}
	}
	return &BoundMethod{Fn: fn, Self: cls}, nil
}

// descGet binds a class attribute to obj (nil for access on the class), as
// __get__ does.
func descGet(t *Thread, attr Value, obj Value, cls *Type) (Value, error) {
	switch d := attr.(type) {
	case *Function:
		if obj == nil {
			return d, nil
		}
		return &BoundMethod{Fn: d, Self: obj}, nil
	case *Builtin:
		if obj == nil || d.Owner == nil {
			return d, nil
		}
		return &BoundMethod{Fn: d, Self: obj}, nil
	case *StaticMethod:
		return d.Fn, nil
	case *ClassMethod:
		return classMethodGet(t, d.Fn, cls)
	case *Property:
		if obj == nil {
			return d, nil
		}
		if d.Get == nil || d.Get == None {
			if d.Name != "" {
				return nil, Errorf(AttributeErrorType, "property '%s' of '%s' object has no getter", d.Name, TypeName(obj))
			}
			return nil, Errorf(AttributeErrorType, "unreadable attribute")
		}
		return t.Call(d.Get, []Value{obj}, nil)
	case *slotDescriptor:
		if obj == nil {
			return d, nil
		}
		o, ok := obj.(*Object)
		if !ok || d.index >= len(o.Slots) || o.Slots[d.index] == nil {
			return nil, Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(obj), d.name)
		}
		return o.Slots[d.index], nil
	case *Object:
		if g := d.Class.Lookup("__get__"); g != nil {
			var o Value = None
			if obj != nil {
				o = obj
			}
			return callDunder(t, g, d, o, cls)
		}
	}
	return attr, nil
}

// GetAttr returns getattr(v, name).
func GetAttr(t *Thread, v Value, name string) (Value, error) {
	switch x := v.(type) {
	case *Object:
		return objectGetAttr(t, x, name)
	case *Module:
		if r, ok := x.Dict.GetStr(name); ok {
			return r, nil
		}
		if name == "__dict__" {
			return x.Dict, nil
		}
		if g, ok := x.Dict.GetStr("__getattr__"); ok {
			return t.Call(g, []Value{Str(name)}, nil)
		}
		return nil, attrError(v, name)
	case *Type:
		return typeGetAttr(t, x, name)
	case *Exception:
		if !x.Class.Builtin {
			if a := x.Class.Lookup(name); a != nil && isDataDescriptor(a) {
				return descGet(t, a, v, x.Class)
			}
		}
		if r, ok, err := excGetAttr(t, x, name); ok || err != nil {
			return r, err
		}
		if name == "__class__" {
			return x.Class, nil
		}
		if a := x.Class.Lookup(name); a != nil {
			return descGet(t, a, v, x.Class)
		}
		if g := x.Class.Lookup("__getattr__"); g != nil {
			return callDunder(t, g, v, Str(name))
		}
		return nil, attrError(v, name)
	case *Function:
		switch name {
		case "__name__":
			return Str(x.Name), nil
		case "__qualname__":
			return Str(x.Qualname), nil
		case "__doc__":
			return x.Doc, nil
		case "__module__":
			if x.Module == nil {
				return None, nil
			}
			return x.Module, nil
		case "__defaults__":
			if x.Defaults == nil {
				return None, nil
			}
			return x.Defaults, nil
		case "__kwdefaults__":
			if x.KwDefaults == nil {
				return None, nil
			}
			return x.KwDefaults, nil
		case "__code__":
			return x.Code, nil
		case "__globals__":
			return x.Globals, nil
		case "__closure__":
			if x.Closure == nil {
				return None, nil
			}
			cells := make(Tuple, len(x.Closure))
			for i, c := range x.Closure {
				cells[i] = c
			}
			return cells, nil
		case "__dict__":
			if x.Dict == nil {
				x.Dict = NewDict()
			}
			return x.Dict, nil
		case "__annotations__":
			if x.Dict == nil {
				x.Dict = NewDict()
			}
			if a, ok := x.Dict.GetStr("__annotations__"); ok {
				return a, nil
			}
			d := NewDict()
			x.Dict.SetStr("__annotations__", d)
			return d, nil
		}
		if x.Dict != nil {
			if r, ok := x.Dict.GetStr(name); ok {
				return r, nil
			}
		}
	case *BoundMethod:
		switch name {
		case "__self__":
			return x.Self, nil
		case "__func__":
			return x.Fn, nil
		}
		if name != "__class__" && name != "__call__" {
			return GetAttr(t, x.Fn, name)
		}
	case *Builtin:
		switch name {
		case "__name__", "__qualname__":
			if name == "__qualname__" && x.Owner != nil {
				return Str(x.Owner.Name + "." + x.Name), nil
			}
			return Str(x.Name), nil
		case "__doc__":
			if x.Doc == "" {
				return None, nil
			}
			return Str(x.Doc), nil
		case "__self__":
			if x.Owner == nil && t != nil && t.Interp != nil && t.Interp.Builtins != nil {
				if b, ok := t.Interp.Builtins.Dict.GetStr(x.Name); ok && b == Value(x) {
					return t.Interp.Builtins, nil
				}
			}
			return None, nil
		case "__module__":
			return Str("builtins"), nil
		}
	case *Property:
		switch name {
		case "fget":
			return orNone(x.Get), nil
		case "fset":
			return orNone(x.Set), nil
		case "fdel":
			return orNone(x.Del), nil
		case "__doc__":
			return orNone(x.Doc), nil
		}
	case *StaticMethod:
		if r, ok, err := wrappedMethodAttr(t, x.Fn, name); ok {
			return r, err
		}
	case *ClassMethod:
		if r, ok, err := wrappedMethodAttr(t, x.Fn, name); ok {
			return r, err
		}
	case *rangeValue:
		if r, ok := rangeAttr(x, name); ok {
			return r, nil
		}
	case *Slice:
		switch name {
		case "start":
			return x.Start, nil
		case "stop":
			return x.Stop, nil
		case "step":
			return x.Step, nil
		}
	case Complex:
		switch name {
		case "real":
			return Float(real(x)), nil
		case "imag":
			return Float(imag(x)), nil
		}
	case Int, Bool, *BigInt:
		switch name {
		case "real", "numerator":
			r, _ := asIntValue(x)
			return r, nil
		case "imag":
			return Int(0), nil
		case "denominator":
			return Int(1), nil
		}
	case Float:
		switch name {
		case "real":
			return x, nil
		case "imag":
			return Float(0), nil
		}
	case *Traceback:
		switch name {
		case "tb_lineno":
			return Int(x.Pos.Line), nil
		case "tb_next":
			if x.Next == nil {
				return None, nil
			}
			return x.Next, nil
		case "tb_frame":
			return &frameObject{tb: x}, nil
		}
	case *frameObject:
		switch {
		case x.tb != nil && name == "f_code":
			return x.tb.Code, nil
		case x.tb != nil && name == "f_lineno":
			return Int(x.tb.Pos.Line), nil
		case x.f != nil && name == "f_code":
			return x.f.code, nil
		case x.f != nil && name == "f_lineno":
			return Int(x.f.line()), nil
		case x.f != nil && name == "f_back":
			// The caller is the frame below x.f on the thread's stack;
			// None once x.f has returned or when it is the outermost.
			for i := len(t.frames) - 1; i > 0; i-- {
				if t.frames[i] == x.f {
					return &frameObject{f: t.frames[i-1]}, nil
				}
			}
			return None, nil
		case x.tb != nil && name == "f_back":
			return None, nil
		case x.f != nil && name == "f_globals":
			return x.f.globals, nil
		case x.f != nil && name == "f_locals":
			return x.f.localsDict(), nil
		}
	case *Code:
		switch name {
		case "co_name":
			return Str(x.Name), nil
		case "co_filename":
			return Str(x.Filename), nil
		case "co_qualname":
			return Str(x.Qualname), nil
		case "co_firstlineno":
			return Int(x.FirstLine), nil
		case "co_argcount":
			return Int(x.ArgCount), nil
		case "co_posonlyargcount":
			return Int(x.PosOnlyCount), nil
		case "co_kwonlyargcount":
			return Int(x.KwOnlyCount), nil
		case "co_nlocals":
			return Int(len(x.Varnames)), nil
		case "co_flags":
			return Int(codeFlagsValue(x.Flags)), nil
		case "co_freevars", "co_cellvars", "co_names":
			src := x.Freevars
			if name == "co_cellvars" {
				src = x.Cellvars
			} else if name == "co_names" {
				src = x.Names
			}
			out := make(Tuple, len(src))
			for i, n := range src {
				out[i] = Str(n)
			}
			return out, nil
		case "co_consts":
			return Tuple(append([]Value{}, x.Consts...)), nil
		case "co_varnames":
			out := make(Tuple, len(x.Varnames))
			for i, n := range x.Varnames {
				out[i] = Str(n)
			}
			return out, nil
		}
	case *Generator:
		switch name {
		case "__name__":
			return Str(x.name), nil
		case "__qualname__":
			return Str(x.qualname), nil
		case "gi_running", "cr_running":
			return Bool(x.running), nil
		case "gi_suspended", "cr_suspended":
			return Bool(x.started && !x.running && !x.finished), nil
		case "gi_frame", "cr_frame":
			if x.finished {
				return None, nil
			}
			return &frameObject{f: x.frame}, nil
		}
	case *superValue:
		return superGetAttr(t, x, name)
	case *dictView:
		if name == "mapping" {
			return &mappingProxy{d: x.d}, nil
		}
	case *genericAlias:
		switch name {
		case "__origin__":
			return x.origin, nil
		case "__args__":
			return x.argTuple(), nil
		}
	case *Cell:
		if name == "cell_contents" {
			if x.V == nil {
				return nil, Errorf(ValueErrorType, "Cell is empty")
			}
			return x.V, nil
		}
	}
	if name == "__class__" {
		return v.Type(), nil
	}
	if mp, ok := v.(*mappingProxy); ok && mappingProxyMethods[name] {
		if a := DictType.Lookup(name); a != nil {
			return descGet(t, a, mp.d, DictType)
		}
	}
	if name == "__doc__" {
		if d, ok := v.Type().Dict.GetStr("__doc__"); ok {
			return d, nil
		}
		return None, nil
	}
	if a := v.Type().Lookup(name); a != nil {
		return descGet(t, a, v, v.Type())
	}
	return nil, attrError(v, name)
}

func orNone(v Value) Value {
	if v == nil {
		return None
	}
	return v
}

// frameObject is a minimal frame object for tracebacks' tb_frame.
type frameObject struct {
	tb *Traceback
	f  *Frame
}

var frameType = newBuiltinType("frame", ObjectType)

func (*frameObject) Type() *Type { return frameType }

func objectGetAttr(t *Thread, o *Object, name string) (Value, error) {
	cls := o.Class
	if ga := cls.userGetattribute(); ga != nil {
		r, err := callDunder(t, ga, o, Str(name))
		if err != nil {
			if e, ok := err.(*Exception); ok && IsSubtype(e.Class, AttributeErrorType) {
				if g := cls.Lookup("__getattr__"); g != nil {
					return callDunder(t, g, o, Str(name))
				}
			}
		}
		return r, err
	}
	r, err := genericGetAttr(t, o, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, AttributeErrorType) {
			if g := cls.Lookup("__getattr__"); g != nil {
				return callDunder(t, g, o, Str(name))
			}
		}
	}
	return r, err
}

// genericGetAttr is object.__getattribute__.
func genericGetAttr(t *Thread, o *Object, name string) (Value, error) {
	cls := o.Class
	a := cls.Lookup(name)
	if a != nil && isDataDescriptor(a) {
		return descGet(t, a, o, cls)
	}
	if o.Dict != nil {
		if v, ok := o.Dict.GetStr(name); ok {
			return v, nil
		}
	}
	if a != nil {
		return descGet(t, a, o, cls)
	}
	switch name {
	case "__class__":
		return cls, nil
	case "__dict__":
		if o.Dict != nil {
			return o.Dict, nil
		}
	case "real", "imag", "numerator", "denominator":
		// the number's own attributes, for subclasses of int, float, complex
		switch o.Base.(type) {
		case Int, Bool, *BigInt, Float, Complex:
			if r, err := GetAttr(t, o.Base, name); err == nil {
				return r, nil
			}
		}
	}
	return nil, attrError(o, name)
}

// typeGetAttr is type.__getattribute__: the metaclass's data descriptors,
// then the class's MRO (binding with no instance), then the metaclass.
func typeGetAttr(t *Thread, c *Type, name string) (Value, error) {
	meta := c.Type()
	var ma Value
	if meta != TypeType {
		ma = meta.Lookup(name)
		if ma != nil && isDataDescriptor(ma) {
			return descGet(t, ma, c, meta)
		}
	}
	switch name {
	case "__name__":
		return Str(c.Name), nil
	case "__qualname__":
		return Str(c.Qualname), nil
	case "__module__":
		if v, ok := c.ownAttr("__module__"); ok {
			return v, nil
		}
		return Str(c.Module), nil
	case "__mro__":
		out := make(Tuple, len(c.MRO))
		for i, k := range c.MRO {
			out[i] = k
		}
		return out, nil
	case "__bases__":
		out := make(Tuple, len(c.Bases))
		for i, k := range c.Bases {
			out[i] = k
		}
		return out, nil
	case "__base__":
		if len(c.Bases) == 0 {
			return None, nil
		}
		return c.Bases[0], nil
	case "__dict__":
		return &mappingProxy{d: c.Dict}, nil
	case "__class__":
		return meta, nil
	case "__doc__":
		if v, ok := c.ownAttr("__doc__"); ok {
			return v, nil
		}
		return None, nil
	}
	if a := c.Lookup(name); a != nil {
		if _, ok := a.(*Builtin); ok {
			return a, nil
		}
		if p, ok := a.(*Property); ok {
			return p, nil
		}
		return metaGetattrOnError(t, c, meta, name)(descGet(t, a, nil, c))
	}
	if ma == nil {
		ma = meta.Lookup(name)
	}
	if ma != nil {
		return metaGetattrOnError(t, c, meta, name)(descGet(t, ma, c, meta))
	}
	if meta != TypeType {
		if g := meta.Lookup("__getattr__"); g != nil {
			return callDunder(t, g, c, Str(name))
		}
	}
	return nil, attrError(c, name)
}

// wrappedMethodAttr answers the attributes a staticmethod or classmethod
// shares with the function it wraps (since Python 3.10 they copy its
// __name__, __doc__, __annotations__... and keep it as __wrapped__).
func wrappedMethodAttr(t *Thread, fn Value, name string) (Value, bool, error) {
	switch name {
	case "__func__", "__wrapped__":
		return fn, true, nil
	case "__name__", "__qualname__", "__doc__", "__module__", "__annotations__":
		r, err := GetAttr(t, fn, name)
		return r, true, err
	case "__isabstractmethod__":
		r, err := GetAttr(t, fn, name)
		if err != nil {
			return False, true, nil
		}
		return r, true, nil
	}
	return nil, false, nil
}

// metaGetattrOnError passes on the result of looking name up on class c,
// except that an AttributeError (say, raised by a descriptor's __get__, as
// types.DynamicClassAttribute does) falls back to the metaclass's
// __getattr__ when it has one, as CPython's attribute hook does.
func metaGetattrOnError(t *Thread, c, meta *Type, name string) func(Value, error) (Value, error) {
	return func(v Value, err error) (Value, error) {
		if e, ok := err.(*Exception); ok && meta != TypeType && IsSubtype(e.Class, AttributeErrorType) {
			if g := meta.Lookup("__getattr__"); g != nil {
				return callDunder(t, g, c, Str(name))
			}
		}
		return v, err
	}
}

// loadMethod finds name on obj for a call: a plain function found on the
// class is returned unbound with obj as self, saving the bound method.
func loadMethod(t *Thread, obj Value, name string, h int64) (Value, Value, error) {
	switch x := obj.(type) {
	case *Object:
		if x.Class.userGetattribute() == nil {
			a := x.Class.Lookup(name)
			if fn, ok := a.(*Function); ok {
				if x.Dict == nil {
					return fn, obj, nil
				}
				if _, shadow := x.Dict.GetStrHash(name, h); !shadow {
					return fn, obj, nil
				}
			}
		}
	case *Module, *Type, *Exception, *superValue, *mappingProxy, *Function, *BoundMethod:
	default:
		if a := obj.Type().Lookup(name); a != nil {
			if b, ok := a.(*Builtin); ok && b.Owner != nil {
				return b, obj, nil
			}
		}
	}
	v, err := GetAttr(t, obj, name)
	return nil, v, err
}

// SetAttr performs setattr(v, name, val).
func SetAttr(t *Thread, v Value, name string, val Value) error {
	switch x := v.(type) {
	case *Object:
		cls := x.Class
		if sa := cls.userSetattr(); sa != nil {
			_, err := callDunder(t, sa, v, Str(name), val)
			return err
		}
		return genericSetAttr(t, x, name, val)
	case *Type:
		if meta := x.Type(); meta != TypeType {
			if sa := meta.userSetattr(); sa != nil {
				// a metaclass's own __setattr__ (its super() call lands
				// in typeSetAttr through object.__setattr__)
				_, err := callDunder(t, sa, v, Str(name), val)
				return err
			}
		}
		return typeSetAttr(t, x, name, val)
	case *Module:
		x.Dict.SetStr(name, val)
		return nil
	case *Exception:
		if a := x.Class.Lookup(name); a != nil && isDataDescriptor(a) {
			return descSet(t, a, v, val)
		}
		return excSetAttr(t, x, name, val)
	case *Function:
		switch name {
		case "__name__":
			s, _ := val.(Str)
			x.Name = string(s)
			return nil
		case "__qualname__":
			s, _ := val.(Str)
			x.Qualname = string(s)
			return nil
		case "__doc__":
			x.Doc = val
			return nil
		case "__module__":
			x.Module = val
			return nil
		case "__defaults__":
			if val == None {
				x.Defaults = nil
			} else {
				x.Defaults, _ = val.(Tuple)
			}
			return nil
		case "__kwdefaults__":
			x.KwDefaults, _ = val.(*Dict)
			return nil
		}
		if x.Dict == nil {
			x.Dict = NewDict()
		}
		x.Dict.SetStr(name, val)
		return nil
	}
	if name == "__class__" {
		_, err := classAssignment(v.Type(), val)
		return err
	}
	return builtinAttrUnsettable(v, name)
}

// builtinAttrUnsettable is the AttributeError of setting or deleting an
// attribute of a builtin value, which has no instance attributes.
func builtinAttrUnsettable(v Value, name string) error {
	if msg := readonlyBuiltinAttr(v, name); msg != "" {
		return Errorf(AttributeErrorType, "%s", msg)
	}
	if a := v.Type().Lookup(name); a != nil {
		if _, ok := a.(*Builtin); ok {
			return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", TypeName(v), name)
		}
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(v), name)
}

// typeSetAttr sets an attribute of a class without its metaclass's
// __setattr__.
func typeSetAttr(t *Thread, x *Type, name string, val Value) error {
	v := Value(x)
	if x.Builtin {
		return Errorf(TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, x.Name)
	}
	meta := x.Type()
	if meta != TypeType {
		if a := meta.Lookup(name); a != nil && isDataDescriptor(a) {
			return descSet(t, a, v, val)
		}
	}
	switch name {
	case "__name__":
		s, ok := val.(Str)
		if !ok {
			return Errorf(TypeErrorType, "can only assign string to %s.__name__, not '%s'", x.Name, TypeName(val))
		}
		x.Name = string(s)
		return nil
	case "__qualname__":
		s, _ := val.(Str)
		x.Qualname = string(s)
		return nil
	case "__module__":
		if s, ok := val.(Str); ok {
			x.Module = string(s)
		}
	}
	x.setClassAttr(name, val)
	return nil
}

// typeDelAttr deletes an attribute of a class without its metaclass's
// __delattr__.
func typeDelAttr(x *Type, name string) error {
	if !x.setClassAttr(name, nil) {
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", x.Name, name)
	}
	return nil
}

func descSet(t *Thread, a Value, obj Value, val Value) error {
	switch d := a.(type) {
	case *Property:
		if d.Set == nil || d.Set == None {
			if d.Name != "" {
				return Errorf(AttributeErrorType, "property '%s' of '%s' object has no setter", d.Name, TypeName(obj))
			}
			return Errorf(AttributeErrorType, "can't set attribute")
		}
		_, err := t.Call(d.Set, []Value{obj, val}, nil)
		return err
	case *slotDescriptor:
		o, ok := obj.(*Object)
		if !ok {
			return Errorf(AttributeErrorType, "'%s' object attribute '%s' is read-only", TypeName(obj), d.name)
		}
		if d.index >= len(o.Slots) {
			// instances made by a builtin base's constructor get their
			// slots on first assignment
			o.Slots = append(o.Slots, make([]Value, d.index+1-len(o.Slots))...)
		}
		o.Slots[d.index] = val
		return nil
	case *Object:
		if s := d.Class.Lookup("__set__"); s != nil {
			_, err := callDunder(t, s, d, obj, val)
			return err
		}
		return Errorf(AttributeErrorType, "__set__")
	}
	return fmt.Errorf("not a data descriptor")
}

// genericSetAttr is object.__setattr__.
func genericSetAttr(t *Thread, o *Object, name string, val Value) error {
	if a := o.Class.Lookup(name); a != nil && isDataDescriptor(a) {
		return descSet(t, a, o, val)
	}
	if o.Dict == nil {
		if name == "__class__" {
			return setClass(o, val)
		}
		return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", o.Class.Name, name)
	}
	if name == "__class__" {
		return setClass(o, val)
	}
	if name == "__dict__" {
		d, ok := val.(*Dict)
		if !ok {
			return Errorf(TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", TypeName(val))
		}
		o.Dict = d
		return nil
	}
	o.Dict.SetStr(name, val)
	return nil
}

func setClass(o *Object, val Value) error {
	c, err := classAssignment(o.Class, val)
	if err != nil {
		return err
	}
	o.Class = c
	return nil
}

// classAssignment checks obj.__class__ = val for an object of class old: val
// must be a class, both classes defined in Python, and their instances laid
// out alike (the same builtin base, __dict__ and __slots__).
func classAssignment(old *Type, val Value) (*Type, error) {
	c, ok := val.(*Type)
	if !ok {
		return nil, Errorf(TypeErrorType, "__class__ must be set to a class, not '%s' object", TypeName(val))
	}
	if c.Builtin || old.Builtin {
		return nil, Errorf(TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	builtinBase := func(t *Type) *Type {
		for _, b := range t.MRO {
			if b.Builtin {
				return b
			}
		}
		return ObjectType
	}
	if builtinBase(c) != builtinBase(old) || c.hasDict != old.hasDict || !slices.Equal(c.slotNames, old.slotNames) {
		return nil, Errorf(TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", c.Name, old.Name)
	}
	return c, nil
}

// DelAttr performs delattr(v, name).
func DelAttr(t *Thread, v Value, name string) error {
	switch x := v.(type) {
	case *Object:
		if da := x.Class.Lookup("__delattr__"); da != nil {
			if b, ok := da.(*Builtin); !ok || b.Owner != ObjectType {
				_, err := callDunder(t, da, v, Str(name))
				return err
			}
		}
		return genericDelAttr(t, x, name)
	case *Type:
		if x.Builtin {
			return Errorf(TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, x.Name)
		}
		if meta := x.Type(); meta != TypeType {
			if da := meta.Lookup("__delattr__"); da != nil {
				if b, ok := da.(*Builtin); !ok || b.Owner != ObjectType {
					_, err := callDunder(t, da, v, Str(name))
					return err
				}
			}
		}
		return typeDelAttr(x, name)
	case *Module:
		if !x.Dict.DelStr(name) {
			// worded generically, unlike a failed read
			return Errorf(AttributeErrorType, "'module' object has no attribute '%s'", name)
		}
		return nil
	case *Exception:
		if x.Dict != nil && x.Dict.DelStr(name) {
			return nil
		}
	case *Function:
		if x.Dict != nil && x.Dict.DelStr(name) {
			return nil
		}
	default:
		if v.Type().Builtin {
			return builtinAttrUnsettable(v, name)
		}
	}
	return attrError(v, name)
}

func genericDelAttr(t *Thread, o *Object, name string) error {
	if a := o.Class.Lookup(name); a != nil && isDataDescriptor(a) {
		switch d := a.(type) {
		case *Property:
			if d.Del == nil || d.Del == None {
				if d.Name != "" {
					return Errorf(AttributeErrorType, "property '%s' of '%s' object has no deleter", d.Name, TypeName(o))
				}
				return Errorf(AttributeErrorType, "can't delete attribute")
			}
			_, err := t.Call(d.Del, []Value{o}, nil)
			return err
		case *slotDescriptor:
			if d.index >= len(o.Slots) || o.Slots[d.index] == nil {
				return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", o.Class.Name, name)
			}
			o.Slots[d.index] = nil
			return nil
		case *Object:
			if del := d.Class.Lookup("__delete__"); del != nil {
				_, err := callDunder(t, del, d, o)
				return err
			}
		}
	}
	if o.Dict == nil || !o.Dict.DelStr(name) {
		return attrError(o, name)
	}
	return nil
}

// slotDescriptor is the descriptor of one __slots__ name.
type slotDescriptor struct {
	name  string
	index int
	owner *Type
}

var memberDescriptorType = newBuiltinType("member_descriptor", ObjectType)

func (*slotDescriptor) Type() *Type { return memberDescriptorType }

// mappingProxyMethods are the dict methods a mappingproxy offers: the
// ones that read.
var mappingProxyMethods = map[string]bool{"get": true, "keys": true, "values": true, "items": true,
	"copy": true, "__getitem__": true, "__contains__": true, "__len__": true, "__iter__": true,
	"__reversed__": true, "__or__": true, "__ror__": true}

// mappingProxy is a read-only view of a class namespace.
type mappingProxy struct {
	d *Dict
	// src, when set, is the dict subclass instance (an OrderedDict, say)
	// whose items d holds; repr and str show it.
	src Value
}

// shown is what repr and str of the proxy present.
func (m *mappingProxy) shown() Value {
	if m.src != nil {
		return m.src
	}
	return m.d
}

var mappingProxyType = newBuiltinType("mappingproxy", ObjectType)

func (*mappingProxy) Type() *Type { return mappingProxyType }
