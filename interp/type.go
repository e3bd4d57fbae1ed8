package interp

import "sync/atomic"

// Type is a Python class: a builtin type or a class made by a class
// statement or type(name, bases, ns). Its attributes live in Dict; the MRO
// is computed once with C3 when the class is made.
type Type struct {
	Name     string
	Qualname string
	Module   string
	Bases    []*Type
	MRO      []*Type // the class itself first, object last
	Dict     *Dict   // the class namespace: methods, descriptors, attributes
	Meta     *Type   // the metaclass; nil means type
	Doc      string
	// Display, when set, names the class in error messages instead of
	// Name, as CPython's tp_name "datetime.date" does for the classes of
	// its C modules (set for stdlib classes written in Python).
	Display string

	// Builtin is true for types implemented in Go. A user class whose MRO
	// holds a builtin type other than object stores that payload in
	// Object.Base (see value.go).
	Builtin bool

	// New makes an instance, as __new__ does, for builtin types; user
	// classes inherit the nearest builtin base's New.
	New func(t *Thread, cls *Type, args []Value, kwargs []Kwarg) (Value, error)

	// slotNames lists the instance slots declared by __slots__ in the
	// class and its bases (nil when no class in the MRO declares any);
	// hasDict tells whether instances still get a __dict__.
	slotNames []string
	ownSlots  []string
	hasDict   bool
	// abstract holds the names of abstract methods still unimplemented
	// (abc.ABCMeta classes), which make instantiation fail.
	abstract []string
	// hooks caches a user-defined __getattribute__ and __setattr__ found
	// in the MRO (nil when object's are both in effect), so that attribute
	// access on ordinary instances skips two lookups. It is swapped whole,
	// atomically: a class attribute set on one thread refreshes it while
	// other threads read it (see refreshCaches).
	hooks atomic.Pointer[attrHooks]
	// subclasses lists the direct subclasses, weakly (subclasses.go).
	subclasses subclassRegistry
	// cache memoizes Lookup (see types_builtin.go).
	cache atomic.Pointer[lookupCache]
}

// attrHooks is the user __getattribute__ and __setattr__ of a class; a
// nil field means object's.
type attrHooks struct {
	getattribute, setattr Value
}

// userGetattribute returns the class's user-defined __getattribute__, or
// nil when object's is in effect.
func (c *Type) userGetattribute() Value {
	if h := c.hooks.Load(); h != nil {
		return h.getattribute
	}
	return nil
}

// userSetattr returns the class's user-defined __setattr__, or nil when
// object's is in effect.
func (c *Type) userSetattr() Value {
	if h := c.hooks.Load(); h != nil {
		return h.setattr
	}
	return nil
}

// Type returns type, or the metaclass.
func (c *Type) Type() *Type {
	if c.Meta != nil {
		return c.Meta
	}
	return TypeType
}

// Kwarg is one keyword argument of a call.
type Kwarg struct {
	Name  string
	Value Value
}

// BuiltinFunc is the Go signature of every function implemented in Go. A
// method's receiver is args[0]. It returns a *Exception to raise, or a
// *Suspension to pause the thread.
type BuiltinFunc func(t *Thread, args []Value, kwargs []Kwarg) (Value, error)

// Builtin is a function implemented in Go: a builtin function, or an
// unbound method of a builtin type stored in its Type.Dict.
type Builtin struct {
	Name string
	// Owner is the type whose method this is, or nil for a function.
	Owner *Type
	Fn    BuiltinFunc
	Doc   string
}

// NewBuiltin makes a builtin function.
func NewBuiltin(name string, fn BuiltinFunc) *Builtin { return &Builtin{Name: name, Fn: fn} }

// Object is an instance of a user class (see value.go for Base).
type Object struct {
	Class *Type
	Dict  *Dict   // nil when the class has __slots__ and no __dict__
	Slots []Value // values of __slots__ names, by slot index
	Base  Value   // the builtin payload for subclasses of builtin types
}

// Type returns the instance's class.
func (o *Object) Type() *Type { return o.Class }
