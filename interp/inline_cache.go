package interp

import "sync/atomic"

// Inline caches: what an instruction found the last time it ran, kept per
// instruction of a code object so that attribute access, method calls and
// global loads skip the MRO walk and the hashing of names.
//
// A code object is shared by every thread that runs it, and threads of one
// interpreter run in parallel, so the caches are lock-free: each slot is an
// atomic pointer to an immutable entry, replaced as a whole on a miss. An
// entry is valid while the class it describes is unchanged, which
// typeVersion (bumped by any change to any class namespace) tells, or, for
// globals, while the dicts it read have not gained or lost a key (which
// Dict.version tells; storing a new value in place keeps positions).

// codeCaches holds a code object's inline caches.
type codeCaches struct {
	attrs   []atomic.Pointer[attrPoly]    // per instruction: LOAD_ATTR, STORE_ATTR, LOAD_METHOD
	globals []atomic.Pointer[globalCache] // per instruction: LOAD_GLOBAL
	names   []Value                       // Names as Str values, boxed once
}

// inlineCaches returns the code's caches, making them on first use.
func (c *Code) inlineCaches() *codeCaches {
	if cc := c.caches.Load(); cc != nil {
		return cc
	}
	cc := &codeCaches{
		attrs:   make([]atomic.Pointer[attrPoly], len(c.Instrs)),
		globals: make([]atomic.Pointer[globalCache], len(c.Instrs)),
		names:   make([]Value, len(c.Names)),
	}
	for i, n := range c.Names {
		cc.names[i] = Str(n)
	}
	if c.caches.CompareAndSwap(nil, cc) {
		return cc
	}
	return c.caches.Load()
}

// attrKind classifies a class attribute for the attribute fast paths.
type attrKind uint8

const (
	attrNone  attrKind = iota // the class has no attribute of that name
	attrSlow                  // a data descriptor or a special name: take the generic path
	attrFunc                  // a plain Python function: binds to the instance
	attrOther                 // any other non-data class attribute: descGet decides
	attrProp                  // a property whose getter is a plain Python function
)

// attrCache is what Lookup(name) returned on cls while typeVersion was
// version. hint is where the name was last found in an instance's dict:
// instances of one class usually set their attributes in the same order.
type attrCache struct {
	cls     *Type
	version uint64
	attr    Value
	kind    attrKind
	hint    atomic.Int32
}

// attrPoly is an instruction's set of attrCache entries, most recent
// first: a call site like shape.area() sees several classes in turn.
type attrPoly struct {
	n int
	e [attrPolyMax]*attrCache
}

const attrPolyMax = 4

// classAttr returns the cache entry for name on cls at instruction ip,
// refreshing it when the class or any class namespace changed.
func (cc *codeCaches) classAttr(ip int, cls *Type, name string) *attrCache {
	return cc.cached(ip, cls, name, classAttrKind)
}

// instancePlan returns the cache entry of CALL instruction ip calling the
// class cls: kind attrFunc when calling it makes a plain instance and runs
// attr, a Python __init__, and nothing else (no metaclass, no __new__ of
// its own or of a builtin base, no abstract methods); attrSlow otherwise.
func (cc *codeCaches) instancePlan(ip int, cls *Type) *attrCache {
	return cc.cached(ip, cls, "__init__", instancePlanKind)
}

func classAttrKind(cls *Type, name string) (Value, attrKind) {
	a := cls.Lookup(name)
	switch {
	case name == "__class__" || name == "__dict__":
		return a, attrSlow
	case a == nil:
		return nil, attrNone
	case isDataDescriptor(a):
		if p, ok := a.(*Property); ok {
			// Without __getattr__, which an AttributeError from the
			// getter would have to reach.
			if g, ok := p.Get.(*Function); ok && g.Code.Flags&codeNotPlain == 0 && cls.Lookup("__getattr__") == nil {
				return a, attrProp
			}
		}
		return a, attrSlow
	}
	if _, ok := a.(*Function); ok {
		return a, attrFunc
	}
	return a, attrOther
}

// codeNotPlain marks code whose call does not simply run a frame.
const codeNotPlain = CodeGenerator | CodeCoroutine | CodeAsyncGenerator

func instancePlanKind(cls *Type, _ string) (Value, attrKind) {
	if cls.Meta != nil || cls.Builtin || len(cls.abstract) > 0 || builtinNew(cls) != nil {
		return nil, attrSlow
	}
	if nf := cls.Lookup("__new__"); nf != nil {
		sm, ok := nf.(*StaticMethod)
		if !ok {
			return nil, attrSlow
		}
		if _, ok := sm.Fn.(*Builtin); !ok {
			return nil, attrSlow
		}
	}
	init, ok := cls.Lookup("__init__").(*Function)
	if !ok || init.Code.Flags&codeNotPlain != 0 {
		return nil, attrSlow
	}
	return init, attrFunc
}

func (cc *codeCaches) cached(ip int, cls *Type, name string, compute func(*Type, string) (Value, attrKind)) *attrCache {
	v := typeVersion.Load()
	slot := &cc.attrs[ip]
	old := slot.Load()
	if old != nil {
		for _, e := range old.e[:old.n] {
			if e.cls == cls && e.version == v {
				return e
			}
		}
	}
	a, kind := compute(cls, name)
	e := &attrCache{cls: cls, version: v, attr: a, kind: kind}
	p := &attrPoly{n: 1}
	p.e[0] = e
	if old != nil {
		for _, o := range old.e[:old.n] {
			if p.n == attrPolyMax {
				break
			}
			if o.version == v {
				p.e[p.n] = o
				p.n++
			}
		}
	}
	slot.Store(p)
	return e
}

// getStrHint looks name up in d, trying the position hint first.
func (d *Dict) getStrHint(name string, h int64, hint *atomic.Int32) (Value, bool) {
	if i := int(hint.Load()); i < len(d.entries) {
		if k, ok := d.entries[i].key.(Str); ok && string(k) == name {
			return d.entries[i].value, true
		}
	}
	if d.live == 0 {
		return nil, false
	}
	i := d.findStr(name, h)
	if i < 0 {
		return nil, false
	}
	hint.Store(int32(i))
	return d.entries[i].value, true
}

// setStrHint stores name: v in d; key is name as a Str value and h its
// hash. The position hint is tried first and updated.
func (d *Dict) setStrHint(name string, key Value, h int64, v Value, hint *atomic.Int32) {
	if i := int(hint.Load()); i < len(d.entries) {
		if k, ok := d.entries[i].key.(Str); ok && string(k) == name {
			d.entries[i].value = v
			return
		}
	}
	i := d.findStr(name, h)
	if i >= 0 {
		d.entries[i].value = v
	} else {
		d.insert(h, key, v)
		i = len(d.entries) - 1
	}
	if int(hint.Load()) != i {
		hint.Store(int32(i))
	}
}

// objectAttrMiss finishes object.__getattribute__ for an attribute not in
// the instance dict whose class attribute a is of kind attrOther, with
// __getattr__ as the fallback.
func objectAttrMiss(t *Thread, o *Object, a Value, name string) (Value, error) {
	r, err := descGet(t, a, o, o.Class)
	if err != nil {
		if e, ok := err.(*Exception); ok && IsSubtype(e.Class, AttributeErrorType) {
			if g := o.Class.Lookup("__getattr__"); g != nil {
				return callDunder(t, g, o, Str(name))
			}
		}
	}
	return r, err
}

// globalCache records where LOAD_GLOBAL found a name: position pos of
// globals (inBuiltins false) or of builtins, while both dicts keep the
// versions seen.
type globalCache struct {
	globals, builtins *Dict
	gver, bver        uint64
	inBuiltins        bool
	pos               int
}

// loadGlobal is LOAD_GLOBAL's lookup of name (hash h) at instruction ip.
func (cc *codeCaches) loadGlobal(ip int, g, b *Dict, name string, h int64) (Value, bool) {
	slot := &cc.globals[ip]
	if e := slot.Load(); e != nil && e.globals == g && e.gver == g.version {
		if !e.inBuiltins {
			return g.entries[e.pos].value, true
		}
		if e.builtins == b && e.bver == b.version {
			return b.entries[e.pos].value, true
		}
	}
	if i := g.findStrLive(name, h); i >= 0 {
		slot.Store(&globalCache{globals: g, gver: g.version, pos: i})
		return g.entries[i].value, true
	}
	if i := b.findStrLive(name, h); i >= 0 {
		slot.Store(&globalCache{globals: g, gver: g.version, builtins: b, bver: b.version, inBuiltins: true, pos: i})
		return b.entries[i].value, true
	}
	return nil, false
}

// findStrLive is findStr that also answers -1 for an empty dict.
func (d *Dict) findStrLive(s string, h int64) int {
	if d.live == 0 {
		return -1
	}
	return d.findStr(s, h)
}

// cachedMethod is LOAD_METHOD's fast path: a method found through the
// instruction's cache that can be called with obj as self without making
// a bound method (a Python function on the class of an ordinary object
// that its instance dict does not shadow, or a method of a builtin type).
func (f *Frame) cachedMethod(obj Value, arg int32) (Value, bool) {
	switch x := obj.(type) {
	case *Object:
		if x.Class.userGetattribute() != nil {
			return nil, false
		}
		name := f.code.Names[arg]
		ce := f.code.inlineCaches().classAttr(f.ip-1, x.Class, name)
		if ce.kind != attrFunc {
			return nil, false
		}
		if x.Dict != nil && x.Dict.findStrLive(name, f.code.NameHashes[arg]) >= 0 {
			return nil, false
		}
		return ce.attr, true
	case *Module, *Type, *Exception, *superValue, *mappingProxy, *Function, *BoundMethod:
		return nil, false
	}
	ce := f.code.inlineCaches().classAttr(f.ip-1, obj.Type(), f.code.Names[arg])
	if b, ok := ce.attr.(*Builtin); ok && b.Owner != nil {
		return b, true
	}
	return nil, false
}
