package interp

// Function is a Python function: code plus the environment it closes over.
type Function struct {
	Code       *Code
	Globals    *Dict
	Builtins   *Dict
	Defaults   Tuple
	KwDefaults *Dict
	Closure    []*Cell
	Name       string
	Qualname   string
	Module     Value
	Doc        Value
	Dict       *Dict
}

// Type returns function.
func (*Function) Type() *Type { return FunctionType }

// Cell holds a variable shared between a function and its closures.
type Cell struct{ V Value } // V nil means empty

// Type returns cell.
func (*Cell) Type() *Type { return CellType }

// BoundMethod is a function bound to an instance (or a class, for
// classmethods).
type BoundMethod struct {
	Fn   Value
	Self Value
}

// Type returns method, or builtin_function_or_method for a method of a
// builtin type bound to its object ([].append), as CPython's types them.
func (m *BoundMethod) Type() *Type {
	if b, ok := m.Fn.(*Builtin); ok && b.Owner != nil {
		return BuiltinFunctionType
	}
	return MethodType
}

// Module is a Python module.
type Module struct {
	Name string
	File string
	Dict *Dict
}

// Type returns module.
func (*Module) Type() *Type { return ModuleType }

// Property is the property descriptor.
type Property struct {
	Get, Set, Del Value // nil when absent
	Doc           Value
	Name          string
}

// Type returns property.
func (*Property) Type() *Type { return PropertyType }

// StaticMethod wraps a function stored in a class that binds to nothing.
type StaticMethod struct{ Fn Value }

// Type returns staticmethod.
func (*StaticMethod) Type() *Type { return StaticMethodType }

// ClassMethod wraps a function that binds to the class.
type ClassMethod struct{ Fn Value }

// Type returns classmethod.
func (*ClassMethod) Type() *Type { return ClassMethodType }

// Traceback is one entry of an exception's traceback: CPython's
// traceback object, tb_next pointing to the callee's entry.
type Traceback struct {
	Code *Code
	Name string
	File string
	Pos  Pos
	Next *Traceback
}

// Type returns traceback.
func (*Traceback) Type() *Type { return TracebackType }

// Line returns the traceback entry's line number.
func (tb *Traceback) Line() int { return int(tb.Pos.Line) }

// superValue is super(cls, obj).
type superValue struct {
	cls *Type
	obj Value
}

func (*superValue) Type() *Type { return SuperType }

// ByteArray is a Python bytearray.
type ByteArray struct{ B []byte }

// Type returns bytearray.
func (*ByteArray) Type() *Type { return ByteArrayType }
