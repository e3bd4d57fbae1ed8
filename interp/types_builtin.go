package interp

import (
	"sync"
	"sync/atomic"
)

// The builtin classes. Each is a *Type like a user class; its methods are
// filled into Dict by the init functions of the file that implements the
// type (int.go, str.go, ...), so that a type's Go code and its Python
// methods sit together.

var (
	TypeType   = newBuiltinType("type", nil)
	ObjectType = newBuiltinType("object", nil)

	NoneTypeType           = newBuiltinType("NoneType", ObjectType)
	NotImplementedTypeType = newBuiltinType("NotImplementedType", ObjectType)
	EllipsisTypeType       = newBuiltinType("ellipsis", ObjectType)
	IntType                = newBuiltinType("int", ObjectType)
	BoolType               = newBuiltinType("bool", IntType)
	FloatType              = newBuiltinType("float", ObjectType)
	ComplexType            = newBuiltinType("complex", ObjectType)
	StrType                = newBuiltinType("str", ObjectType)
	BytesType              = newBuiltinType("bytes", ObjectType)
	ByteArrayType          = newBuiltinType("bytearray", ObjectType)
	TupleType              = newBuiltinType("tuple", ObjectType)
	ListType               = newBuiltinType("list", ObjectType)
	DictType               = newBuiltinType("dict", ObjectType)
	SetType                = newBuiltinType("set", ObjectType)
	FrozenSetType          = newBuiltinType("frozenset", ObjectType)
	RangeType              = newBuiltinType("range", ObjectType)
	SliceType              = newBuiltinType("slice", ObjectType)
	FunctionType           = newBuiltinType("function", ObjectType)
	BuiltinFunctionType    = newBuiltinType("builtin_function_or_method", ObjectType)
	MethodType             = newBuiltinType("method", ObjectType)
	ModuleType             = newBuiltinType("module", ObjectType)
	CellType               = newBuiltinType("cell", ObjectType)
	CodeType               = newBuiltinType("code", ObjectType)
	PropertyType           = newBuiltinType("property", ObjectType)
	StaticMethodType       = newBuiltinType("staticmethod", ObjectType)
	ClassMethodType        = newBuiltinType("classmethod", ObjectType)
	SuperType              = newBuiltinType("super", ObjectType)
	GeneratorType          = newBuiltinType("generator", ObjectType)
	CoroutineType          = newBuiltinType("coroutine", ObjectType)
	IteratorType           = newBuiltinType("iterator", ObjectType)
	TracebackType          = newBuiltinType("traceback", ObjectType)
	DictKeysType           = newBuiltinType("dict_keys", ObjectType)
	DictValuesType         = newBuiltinType("dict_values", ObjectType)
	DictItemsType          = newBuiltinType("dict_items", ObjectType)
	FileType               = newBuiltinType("TextIOWrapper", ObjectType)
)

// newBuiltinType makes a builtin class with one base (nil for object and
// type, whose bases are fixed up in init).
func newBuiltinType(name string, base *Type) *Type {
	t := &Type{Name: name, Qualname: name, Module: "builtins", Builtin: true, Dict: NewDict()}
	if base != nil {
		t.Bases = []*Type{base}
		t.MRO = append([]*Type{t}, base.MRO...)
	} else {
		t.MRO = []*Type{t}
	}
	return t
}

func init() {
	TypeType.Bases = []*Type{ObjectType}
	TypeType.MRO = []*Type{TypeType, ObjectType}
	IteratorType.Name = "iterator"
	FileType.Module = "_io"
}

// Type methods of the singletons and hot value types.

func (NoneType) Type() *Type           { return NoneTypeType }
func (NotImplementedType) Type() *Type { return NotImplementedTypeType }
func (EllipsisType) Type() *Type       { return EllipsisTypeType }
func (Bool) Type() *Type               { return BoolType }
func (Int) Type() *Type                { return IntType }
func (*BigInt) Type() *Type            { return IntType }
func (Float) Type() *Type              { return FloatType }
func (Complex) Type() *Type            { return ComplexType }
func (Str) Type() *Type                { return StrType }
func (Bytes) Type() *Type              { return BytesType }
func (Tuple) Type() *Type              { return TupleType }
func (*Builtin) Type() *Type           { return BuiltinFunctionType }

// addMethods stores Go functions as methods of a builtin type.
func addMethods(t *Type, methods map[string]BuiltinFunc) {
	defer typeChanged()
	for name, fn := range methods {
		t.Dict.SetStr(name, &Builtin{Name: name, Owner: t, Fn: fn})
	}
}

// IsSubtype reports whether t is sub or one of its subclasses.
func IsSubtype(t, sup *Type) bool {
	if t == sup {
		return true
	}
	for _, c := range t.MRO {
		if c == sup {
			return true
		}
	}
	return false
}

// Lookup finds name in the class's MRO, as CPython's _PyType_Lookup does.
// Results are cached per class in an immutable map replaced on each miss
// (classes are shared by threads running on several goroutines, so the
// cache is read without locks); any change to a class namespace bumps
// typeVersion, which empties every cache.
func (c *Type) Lookup(name string) Value {
	v := typeVersion.Load()
	cp := c.cache.Load()
	if cp != nil && cp.version == v {
		if r, ok := cp.m[name]; ok {
			return r
		}
	}
	r := c.lookupSlow(name)
	var m map[string]Value
	if cp != nil && cp.version == v {
		if len(cp.m) >= 512 {
			return r
		}
		m = make(map[string]Value, len(cp.m)+1)
		for k, x := range cp.m {
			m[k] = x
		}
	} else {
		m = map[string]Value{}
	}
	m[name] = r
	c.cache.Store(&lookupCache{version: v, m: m})
	return r
}

type lookupCache struct {
	version uint64
	m       map[string]Value
}

var typeVersion atomic.Uint64

// typeChanged invalidates every class's lookup cache.
func typeChanged() { typeVersion.Add(1) }

// classDictMu guards the namespaces of classes that threads share. A class
// namespace is written after the class statement only by setting or
// deleting a class attribute (typeSetAttr, typeDelAttr), which take it for
// writing and bump typeVersion before letting go, so that every lookup
// cache and inline cache filled from the old namespace is dropped; the
// readers below take it for reading. Most reads never get here: Lookup
// answers from its cache, the VM from its inline caches.
var classDictMu sync.RWMutex

func (c *Type) lookupSlow(name string) Value {
	classDictMu.RLock()
	defer classDictMu.RUnlock()
	for _, k := range c.MRO {
		if v, ok := k.Dict.GetStr(name); ok {
			return v
		}
	}
	return nil
}

// ownAttr looks name up in the class's own namespace, not its bases.
func (c *Type) ownAttr(name string) (Value, bool) {
	classDictMu.RLock()
	v, ok := c.Dict.GetStr(name)
	classDictMu.RUnlock()
	return v, ok
}

// setClassAttr stores (or, with val nil, deletes) a class attribute of a
// class that other threads may be using, and invalidates the caches.
// It reports whether a deleted name was there.
func (c *Type) setClassAttr(name string, val Value) bool {
	classDictMu.Lock()
	found := true
	if val == nil {
		found = c.Dict.DelStr(name)
	} else {
		c.Dict.SetStr(name, val)
	}
	typeChanged()
	classDictMu.Unlock()
	if name == "__getattribute__" || name == "__setattr__" {
		// Refresh under hooksMu so that two threads setting these names
		// at once publish them in the order the class dict saw them.
		hooksMu.Lock()
		c.refreshCachesDeep(map[*Type]bool{})
		hooksMu.Unlock()
	}
	return found
}

// hooksMu serializes refreshing the cached __getattribute__/__setattr__
// of classes (Type.hooks).
var hooksMu sync.Mutex

// refreshCachesDeep refreshes the class and every subclass, which inherit
// its __getattribute__ and __setattr__.
func (c *Type) refreshCachesDeep(seen map[*Type]bool) {
	if seen[c] {
		return
	}
	seen[c] = true
	c.refreshCachesLocked()
	for _, sub := range c.subclassList() {
		sub.refreshCachesDeep(seen)
	}
}

// TypeName returns the name of v's class, as error messages print it:
// its Display name when set, else its __name__.
func TypeName(v Value) string {
	c := v.Type()
	if c.Display != "" {
		return c.Display
	}
	return c.Name
}
