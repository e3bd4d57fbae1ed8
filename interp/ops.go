package interp

import (
	"fmt"
	"math"
	"strings"
)

// callDunder calls a special method found on a class with self and args,
// binding it as a descriptor would, without allocating a bound method for
// the common cases (Python and Go functions).
func callDunder(t *Thread, f Value, self Value, args ...Value) (Value, error) {
	switch f.(type) {
	case *Function, *Builtin:
		all := make([]Value, 0, len(args)+1)
		all = append(all, self)
		all = append(all, args...)
		return t.Call(f, all, nil)
	}
	bound, err := descGet(t, f, self, self.Type())
	if err != nil {
		return nil, err
	}
	return t.Call(bound, args, nil)
}

// lookupDunder finds a special method on v's class.
func lookupDunder(v Value, name string) Value {
	return v.Type().Lookup(name)
}

// userDunder is lookupDunder for the generic fallbacks of the protocol
// functions: on a builtin value, the builtin type's own Go-backed dunder
// would only call the protocol function again, so it does not count.
func userDunder(v Value, name string) Value {
	m := v.Type().Lookup(name)
	if b, ok := m.(*Builtin); ok && b.Owner != nil && b.Owner.Builtin && isPlain(v) {
		return nil
	}
	return m
}

// Truth reports whether v is true, as bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch x := v.(type) {
	case Bool:
		return bool(x), nil
	case Int:
		return x != 0, nil
	case NoneType:
		return false, nil
	case Str:
		return x != "", nil
	case Float:
		return x != 0, nil
	case *List:
		return len(x.Items) != 0, nil
	case Tuple:
		return len(x) != 0, nil
	case *Dict:
		return x.Len() != 0, nil
	case *BigInt:
		return true, nil
	case Complex:
		return x != 0, nil
	case Bytes:
		return x != "", nil
	case *Set:
		return x.Len() != 0, nil
	case *FrozenSet, *ByteArray, *dictView, *mappingProxy, *MemoryView:
		n, err := Len(t, v)
		return n != 0, err
	case *rangeValue:
		return x.nonEmpty(), nil
	case *Object:
		if f := x.Class.Lookup("__bool__"); f != nil {
			r, err := callDunder(t, f, v)
			if err != nil {
				return false, err
			}
			b, ok := r.(Bool)
			if !ok {
				return false, Errorf(TypeErrorType, "__bool__ should return bool, returned %s", TypeName(r))
			}
			return bool(b), nil
		}
		if f := x.Class.Lookup("__len__"); f != nil {
			n, err := Len(t, v)
			return n != 0, err
		}
		return true, nil
	}
	return true, nil
}

// Len returns len(v).
func Len(t *Thread, v Value) (int, error) {
	switch x := v.(type) {
	case Str:
		return strLen(string(x)), nil
	case *List:
		return len(x.Items), nil
	case Tuple:
		return len(x), nil
	case *Dict:
		return x.Len(), nil
	case *Set:
		return x.Len(), nil
	case Bytes:
		return len(x), nil
	case *ByteArray:
		return len(x.B), nil
	case *rangeValue:
		if x.big != nil {
			if !x.big.length.IsInt64() {
				return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
			}
			return int(x.big.length.Int64()), nil
		}
		return x.length(), nil
	case *dictView:
		return x.d.Len(), nil
	case *mappingProxy:
		return x.d.Len(), nil
	case *FrozenSet:
		return x.d.Len(), nil
	}
	if f := userDunder(v, "__len__"); f != nil {
		r, err := callDunder(t, f, v)
		if err != nil {
			return 0, err
		}
		n, ok := r.(Int)
		if _, big := r.(*BigInt); big {
			return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
		}
		if !ok {
			if b, ok := r.(Bool); ok {
				if b {
					return 1, nil
				}
				return 0, nil
			}
			return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(r))
		}
		if n < 0 {
			return 0, Errorf(ValueErrorType, "__len__() should return >= 0")
		}
		return int(n), nil
	}
	return 0, Errorf(TypeErrorType, "object of type '%s' has no len()", TypeName(v))
}

// Repr returns repr(v).
func Repr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return strRepr(string(x)), nil
	case Int:
		return intString(x), nil
	case NoneType:
		return "None", nil
	case Bool:
		if x {
			return "True", nil
		}
		return "False", nil
	}
	if o, ok := v.(*Object); ok {
		f := o.Class.Lookup("__repr__")
		if b, ok := f.(*Builtin); !ok || b.Owner != ObjectType {
			r, err := callDunder(t, f, v)
			if err != nil {
				return "", err
			}
			s, ok := r.(Str)
			if !ok {
				return "", Errorf(TypeErrorType, "__repr__ returned non-string (type %s)", TypeName(r))
			}
			return string(s), nil
		}
		return defaultRepr(v), nil
	}
	if e, ok := v.(*Exception); ok {
		if f := e.Class.Lookup("__repr__"); f != nil {
			if b, ok := f.(*Builtin); !ok || b.Owner != BaseExceptionType {
				r, err := callDunder(t, f, v)
				if err != nil {
					return "", err
				}
				s, _ := r.(Str)
				return string(s), nil
			}
		}
	}
	if c, ok := v.(*Type); ok && c.Meta != nil {
		if f := c.Meta.Lookup("__repr__"); f != nil {
			if _, ok := f.(*Function); ok {
				r, err := callDunder(t, f, v)
				if err != nil {
					return "", err
				}
				s, _ := r.(Str)
				return string(s), nil
			}
		}
	}
	return builtinRepr(t, v)
}

func defaultRepr(v Value) string {
	c := v.Type()
	return fmt.Sprintf("<%s object at %s>", qualifiedName(c), AddressOf(v))
}

func qualifiedName(c *Type) string {
	if c.Module == "builtins" || c.Module == "" {
		return c.Qualname
	}
	return c.Module + "." + c.Qualname
}

// AddressOf is how a repr shows where v lives: the hex of id(v).
func AddressOf(v Value) string {
	return fmt.Sprintf("0x%x", objectID(v))
}

// reprEnter guards against infinite recursion in the repr of
// self-referencing containers.
func (t *Thread) reprEnter(v Value) bool {
	if t == nil {
		return true
	}
	if t.reprSeen == nil {
		t.reprSeen = map[Value]bool{}
	}
	if t.reprSeen[v] {
		return false
	}
	t.reprSeen[v] = true
	return true
}

func (t *Thread) reprLeave(v Value) {
	if t != nil {
		delete(t.reprSeen, v)
	}
}

func builtinRepr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Float:
		return floatRepr(float64(x)), nil
	case *BigInt:
		return bigDecimal(&x.V)
	case Complex:
		return complexRepr(complex128(x)), nil
	case Bytes:
		return bytesRepr(string(x)), nil
	case EllipsisType:
		return "Ellipsis", nil
	case NotImplementedType:
		return "NotImplemented", nil
	case *List:
		if !t.reprEnter(x) {
			return "[...]", nil
		}
		defer t.reprLeave(x)
		return joinReprs(t, "[", x.Items, "]")
	case Tuple:
		if len(x) == 1 {
			s, err := Repr(t, x[0])
			return "(" + s + ",)", err
		}
		return joinReprs(t, "(", x, ")")
	case *Dict:
		if !t.reprEnter(x) {
			return "{...}", nil
		}
		defer t.reprLeave(x)
		return dictRepr(t, x)
	case *Set:
		return setRepr(t, x)
	case *FrozenSet:
		return frozenSetRepr(t, x)
	case *mappingProxy:
		if x.src != nil {
			s, err := Repr(t, x.src)
			return "mappingproxy(" + s + ")", err
		}
		s, err := dictRepr(t, x.d)
		return "mappingproxy(" + s + ")", err
	case *Type:
		return classRepr(x), nil
	case *Function:
		return fmt.Sprintf("<function %s at %s>", x.Qualname, AddressOf(x)), nil
	case *Builtin:
		if x.Owner != nil {
			return fmt.Sprintf("<method '%s' of '%s' objects>", x.Name, x.Owner.Name), nil
		}
		return fmt.Sprintf("<built-in function %s>", x.Name), nil
	case *BoundMethod:
		if b, ok := x.Fn.(*Builtin); ok {
			return fmt.Sprintf("<built-in method %s of %s object at %s>", b.Name, TypeName(x.Self), AddressOf(x.Self)), nil
		}
		self, err := Repr(t, x.Self)
		if err != nil {
			return "", err
		}
		name := "?"
		if f, ok := x.Fn.(*Function); ok {
			name = f.Qualname
		}
		return fmt.Sprintf("<bound method %s of %s>", name, self), nil
	case *Module:
		if x.File != "" {
			return fmt.Sprintf("<module '%s' from '%s'>", x.Name, x.File), nil
		}
		return fmt.Sprintf("<module '%s' (built-in)>", x.Name), nil
	case *Exception:
		if len(x.Args) == 1 {
			s, err := Repr(t, x.Args[0])
			return x.Class.Name + "(" + s + ")", err
		}
		if len(x.Args) == 0 {
			return x.Class.Name + "()", nil
		}
		s, err := Repr(t, x.Args)
		return x.Class.Name + s, err
	case *rangeValue:
		if x.big != nil {
			return x.repr(), nil
		}
		if x.step == 1 {
			return fmt.Sprintf("range(%d, %d)", x.start, x.stop), nil
		}
		return fmt.Sprintf("range(%d, %d, %d)", x.start, x.stop, x.step), nil
	case *Slice:
		a, _ := Repr(t, x.Start)
		b, _ := Repr(t, x.Stop)
		c, _ := Repr(t, x.Step)
		return "slice(" + a + ", " + b + ", " + c + ")", nil
	case *Generator:
		kind := "generator"
		if x.coroutine {
			kind = "coroutine"
		}
		return fmt.Sprintf("<%s object %s at %s>", kind, x.qualname, AddressOf(x)), nil
	case *dictView:
		return dictViewRepr(t, x)
	case *ByteArray:
		return "bytearray(" + bytesRepr(string(x.B)) + ")", nil
	case *Cell:
		return fmt.Sprintf("<cell at %s>", AddressOf(x)), nil
	case *genericAlias:
		r, err := callDunder(t, genericAliasType.Lookup("__repr__"), x)
		if err != nil {
			return "", err
		}
		return string(r.(Str)), nil
	case *unionType:
		r, err := callDunder(t, unionTypeType.Lookup("__repr__"), x)
		if err != nil {
			return "", err
		}
		return string(r.(Str)), nil
	case *Property:
		return fmt.Sprintf("<property object at %s>", AddressOf(x)), nil
	case *superValue:
		// names as the type's tp_name reads: no module
		if x.obj == None {
			return fmt.Sprintf("<super: <class '%s'>, NULL>", x.cls.Name), nil
		}
		objType := x.obj.Type()
		if c, ok := x.obj.(*Type); ok && IsSubtype(c, x.cls) {
			objType = c
		}
		return fmt.Sprintf("<super: <class '%s'>, <%s object>>", x.cls.Name, objType.Name), nil
	case *StaticMethod:
		r, err := Repr(t, x.Fn)
		return "<staticmethod(" + r + ")>", err
	case *ClassMethod:
		r, err := Repr(t, x.Fn)
		return "<classmethod(" + r + ")>", err
	case *fileObject, *MemoryView:
		r, err := callDunder(t, v.Type().Lookup("__repr__"), x)
		if err != nil {
			return "", err
		}
		return string(r.(Str)), nil
	}
	// A Go-backed type of a module (a _thread lock) may define its own
	// __repr__; reprEnter keeps one that formats itself from looping.
	if f, ok := v.Type().Lookup("__repr__").(*Builtin); ok && f.Owner == v.Type() && t != nil && t.reprEnter(v) {
		defer t.reprLeave(v)
		r, err := callDunder(t, f, v)
		if err != nil {
			return "", err
		}
		if s, ok := r.(Str); ok {
			return string(s), nil
		}
	}
	return defaultRepr(v), nil
}

func classRepr(c *Type) string {
	if c.Module == "builtins" {
		return "<class '" + c.Qualname + "'>"
	}
	return "<class '" + c.Module + "." + c.Qualname + "'>"
}

func joinReprs(t *Thread, open string, items []Value, close string) (string, error) {
	var b strings.Builder
	b.WriteString(open)
	for i, it := range items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := Repr(t, it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	b.WriteString(close)
	return b.String(), nil
}

// contextManagerError is the TypeError of a with or async with statement
// whose manager lacks the special method name. CPython looks __enter__ up
// first, so a missing __exit__ is named only when __enter__ is there.
func contextManagerError(obj Value, name string) *Exception {
	protocol, enter := "context manager", "__enter__"
	if name == "__aenter__" || name == "__aexit__" {
		protocol, enter = "asynchronous context manager", "__aenter__"
	}
	msg := fmt.Sprintf("'%s' object does not support the %s protocol", TypeName(obj), protocol)
	if name != enter && obj.Type().Lookup(enter) != nil {
		msg += " (missed " + name + " method)"
	}
	return Errorf(TypeErrorType, "%s", msg)
}

// ToStr returns str(v).
func ToStr(t *Thread, v Value) (string, error) {
	switch x := v.(type) {
	case Str:
		return string(x), nil
	case Int:
		return intString(x), nil
	case Float:
		return floatRepr(float64(x)), nil
	case *mappingProxy:
		// str() of a mappingproxy is str() of its mapping
		return ToStr(t, x.shown())
	case *Exception:
		if f := x.Class.Lookup("__str__"); f != nil {
			if b, ok := f.(*Builtin); !ok || b.Owner != BaseExceptionType {
				r, err := callDunder(t, f, v)
				if err != nil {
					return "", err
				}
				s, ok := r.(Str)
				if !ok {
					return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeName(r))
				}
				return string(s), nil
			}
		}
		return excStr(t, x)
	case *Object:
		f := x.Class.Lookup("__str__")
		if b, ok := f.(*Builtin); ok && b.Owner == ObjectType {
			return Repr(t, v)
		}
		r, err := callDunder(t, f, v)
		if err != nil {
			return "", err
		}
		s, ok := r.(Str)
		if !ok {
			return "", Errorf(TypeErrorType, "__str__ returned non-string (type %s)", TypeName(r))
		}
		return string(s), nil
	}
	return Repr(t, v)
}

// excStr is BaseException.__str__, with the forms of the builtin classes
// whose str() is not just that of their args. With a nil t (a Go error
// message) user objects in the args show their default repr.
func excStr(t *Thread, x *Exception) (string, error) {
	str, repr := excStrFuncs(t)
	if x.Exceptions != nil && len(x.Args) > 0 {
		s, err := str(t, x.Args[0])
		return s + groupSuffix(x), err
	}
	if msg, ok := unicodeErrorMessage(x); ok {
		return msg, nil
	}
	if IsSubtype(x.Class, OSErrorType) && x.Dict != nil && len(x.Args) >= 2 {
		if _, ok := x.Dict.GetStr("strerror"); ok {
			return osErrorStr(t, x)
		}
	}
	if IsSubtype(x.Class, SyntaxErrorType) && x.Dict != nil {
		if msg, ok := x.Dict.GetStr("msg"); ok {
			return syntaxErrorStr(t, x, msg)
		}
	}
	switch len(x.Args) {
	case 0:
		return "", nil
	case 1:
		if IsSubtype(x.Class, KeyErrorType) {
			return repr(t, x.Args[0])
		}
		return str(t, x.Args[0])
	}
	return repr(t, x.Args)
}

// excStrFuncs are str() and repr() for excStr: the thread-free forms when t
// is nil.
func excStrFuncs(t *Thread) (str, repr func(*Thread, Value) (string, error)) {
	if t == nil {
		return func(_ *Thread, v Value) (string, error) { return strNoThread(v), nil },
			func(_ *Thread, v Value) (string, error) { return reprNoThread(v), nil }
	}
	return ToStr, Repr
}

// syntaxErrorStr is str() of a SyntaxError: its msg, then where it is,
// "(file.py, line 3)", naming the file by its base name, when filename is a
// str and lineno an int, or whichever of the two is.
func syntaxErrorStr(t *Thread, x *Exception, msg Value) (string, error) {
	str, _ := excStrFuncs(t)
	s, err := str(t, msg)
	if err != nil {
		return "", err
	}
	filename, _ := x.Dict.GetStr("filename")
	lineno, _ := x.Dict.GetStr("lineno")
	file, haveFile := filename.(Str)
	if haveFile {
		file = file[strings.LastIndexByte(string(file), '/')+1:]
	}
	line, haveLine := lineno.(Int)
	switch {
	case haveFile && haveLine:
		return fmt.Sprintf("%s (%s, line %d)", s, file, line), nil
	case haveFile:
		return fmt.Sprintf("%s (%s)", s, file), nil
	case haveLine:
		return fmt.Sprintf("%s (line %d)", s, line), nil
	}
	return s, nil
}

// osErrorStr is str() of an OSError made with (errno, strerror[, ...]):
// "[Errno N] text", then ": 'filename'" and " -> 'filename2'" when set.
func osErrorStr(t *Thread, x *Exception) (string, error) {
	str, repr := excStrFuncs(t)
	errno, err := str(t, x.Args[0])
	if err != nil {
		return "", err
	}
	text, err := str(t, x.Args[1])
	if err != nil {
		return "", err
	}
	msg := "[Errno " + errno + "] " + text
	// filename2 shows only after a filename
	for _, f := range []struct{ name, sep string }{{"filename", ": "}, {"filename2", " -> "}} {
		v, ok := x.Dict.GetStr(f.name)
		if !ok || v == None {
			break
		}
		r, err := repr(t, v)
		if err != nil {
			return "", err
		}
		msg += f.sep + r
	}
	return msg, nil
}

// reprNoThread and strNoThread format builtin values where no thread is at
// hand (Go error messages); user objects get their default repr.
func reprNoThread(v Value) string {
	if !v.Type().Builtin {
		return defaultRepr(v) // a user __repr__ needs a thread to run on
	}
	s, err := Repr(nil, v)
	if err != nil {
		return defaultRepr(v)
	}
	return s
}

func strNoThread(v Value) string {
	if s, ok := v.(Str); ok {
		return string(s)
	}
	if _, ok := v.(*Object); ok {
		return defaultRepr(v)
	}
	return reprNoThread(v)
}

// Hash returns hash(v).
func Hash(t *Thread, v Value) (int64, error) {
	switch x := v.(type) {
	case Str:
		return strHash(string(x)), nil
	case Int:
		if x >= 0 && x < hashModulus {
			return int64(x), nil
		}
		return intHash(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return intHash(x), nil
	case Float:
		return floatHash(float64(x)), nil
	case Complex:
		h := floatHash(real(x)) + 1000003*floatHash(imag(x))
		if h == -1 {
			h = -2
		}
		return h, nil
	case Bytes:
		return strHash(string(x)), nil
	case NoneType:
		return 0xFCA86420, nil
	case Tuple:
		// The xxHash-based combination CPython uses; only equality of
		// hashes for equal tuples matters here.
		acc := uint64(0x27D4EB2F165667C5)
		for _, it := range x {
			h, err := Hash(t, it)
			if err != nil {
				return 0, err
			}
			acc += uint64(h) * 0xC2B2AE3D27D4EB4F
			acc = acc<<31 | acc>>33
			acc *= 0x9E3779B185EBCA87
		}
		acc += uint64(len(x)) ^ (0x27D4EB2F165667C5 ^ 3527539)
		h := int64(acc)
		if h == -1 {
			h = 1546275796
		}
		return h, nil
	case *FrozenSet:
		return x.hash(t)
	case *rangeValue:
		return x.hash(t)
	case *MemoryView:
		if !x.readonly() {
			return 0, Errorf(ValueErrorType, "cannot hash writable memoryview object")
		}
		return Hash(t, Bytes(x.bytes()))
	case *List, *Dict, *Set, *ByteArray, *mappingProxy:
		return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
	case *dictView:
		// keys and items views compare like sets and are unhashable;
		// a values view hashes by identity
		if x.kind != 1 {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
		}
	case *CmpKey:
		return 0, Errorf(TypeErrorType, "unhashable type: 'functools.KeyWrapper'")
	case *genericAlias, *unionType:
		// hashed by value, like they compare
		r, err := callDunder(t, v.Type().Lookup("__hash__"), v)
		if err != nil {
			return 0, err
		}
		return int64(r.(Int)), nil
	case *Object:
		f := x.Class.Lookup("__hash__")
		if f == None {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
		}
		if b, ok := f.(*Builtin); ok && b.Owner == ObjectType {
			return int64(objectID(v) >> 4), nil
		}
		r, err := callDunder(t, f, v)
		if err != nil {
			return 0, err
		}
		ri, ok := asIntValue(r)
		if !ok {
			return 0, Errorf(TypeErrorType, "__hash__ method should return an integer")
		}
		if i, small := ri.(Int); small {
			if i == -1 {
				i = -2
			}
			return int64(i), nil
		}
		return intHash(ri), nil
	}
	if fs, ok := v.(*FrozenSet); ok {
		return fs.hash(t)
	}
	if c, ok := v.(*Type); ok && c.Meta != nil {
		if f := c.Meta.Lookup("__hash__"); f == None {
			return 0, Errorf(TypeErrorType, "unhashable type: '%s'", TypeName(v))
		}
	}
	return int64(objectID(v) >> 4), nil
}

// ToFloat converts a number to a Go float64, as float(x) accepts.
func ToFloat(v Value) (float64, bool) {
	switch x := v.(type) {
	case Float:
		return float64(x), true
	case Int:
		return float64(x), true
	case Bool, *BigInt:
		f, err := intToFloat(x)
		return f, err == nil
	case *Object:
		if x.Base != nil {
			return ToFloat(x.Base)
		}
	}
	return 0, false
}

// floatRepr and friends wrap package pyfmt.
func floatRepr(f float64) string {
	if math.IsInf(f, 0) || math.IsNaN(f) {
		switch {
		case math.IsNaN(f):
			return "nan"
		case f > 0:
			return "inf"
		}
		return "-inf"
	}
	return pyfmtFloatRepr(f)
}
