package interp

import (
	"fmt"
	"strings"
)

// Exception is a raised or raisable Python exception of any class,
// builtin or user-defined. It is a Go error, so that every operation
// reports a Python exception through its error result.
type Exception struct {
	Class           *Type
	Args            Tuple
	Cause           *Exception // __cause__; nil is None
	Context         *Exception // __context__
	SuppressContext bool       // __suppress_context__
	Traceback       *Traceback // innermost frame last, as tb_next runs
	Dict            *Dict      // other attributes, __notes__ among them
	// Exceptions holds the members of an ExceptionGroup.
	Exceptions []*Exception
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.Class }

// Error returns "Class: message", as the last line of a traceback reads.
func (e *Exception) Error() string {
	msg := e.Message()
	if msg == "" {
		return e.Class.Name
	}
	return e.Class.Name + ": " + msg
}

// Message returns str(e) for the builtin classes, without calling Python.
func (e *Exception) Message() string {
	s, _ := excStr(nil, e)
	return s
}

// The builtin exception hierarchy, with CPython's names.
var (
	BaseExceptionType       = newExcType("BaseException", ObjectType)
	SystemExitType          = newExcType("SystemExit", BaseExceptionType)
	KeyboardInterruptType   = newExcType("KeyboardInterrupt", BaseExceptionType)
	GeneratorExitType       = newExcType("GeneratorExit", BaseExceptionType)
	ExceptionType           = newExcType("Exception", BaseExceptionType)
	StopIterationType       = newExcType("StopIteration", ExceptionType)
	StopAsyncIterationType  = newExcType("StopAsyncIteration", ExceptionType)
	ArithmeticErrorType     = newExcType("ArithmeticError", ExceptionType)
	FloatingPointErrorType  = newExcType("FloatingPointError", ArithmeticErrorType)
	OverflowErrorType       = newExcType("OverflowError", ArithmeticErrorType)
	ZeroDivisionErrorType   = newExcType("ZeroDivisionError", ArithmeticErrorType)
	AssertionErrorType      = newExcType("AssertionError", ExceptionType)
	AttributeErrorType      = newExcType("AttributeError", ExceptionType)
	BufferErrorType         = newExcType("BufferError", ExceptionType)
	EOFErrorType            = newExcType("EOFError", ExceptionType)
	ImportErrorType         = newExcType("ImportError", ExceptionType)
	ModuleNotFoundErrorType = newExcType("ModuleNotFoundError", ImportErrorType)
	LookupErrorType         = newExcType("LookupError", ExceptionType)
	IndexErrorType          = newExcType("IndexError", LookupErrorType)
	KeyErrorType            = newExcType("KeyError", LookupErrorType)
	MemoryErrorType         = newExcType("MemoryError", ExceptionType)
	NameErrorType           = newExcType("NameError", ExceptionType)
	UnboundLocalErrorType   = newExcType("UnboundLocalError", NameErrorType)
	OSErrorType             = newExcType("OSError", ExceptionType)
	FileNotFoundErrorType   = newExcType("FileNotFoundError", OSErrorType)
	FileExistsErrorType     = newExcType("FileExistsError", OSErrorType)
	PermissionErrorType     = newExcType("PermissionError", OSErrorType)
	IsADirectoryErrorType   = newExcType("IsADirectoryError", OSErrorType)
	NotADirectoryErrorType  = newExcType("NotADirectoryError", OSErrorType)
	TimeoutErrorType        = newExcType("TimeoutError", OSErrorType)
	ConnectionErrorType     = newExcType("ConnectionError", OSErrorType)
	ReferenceErrorType      = newExcType("ReferenceError", ExceptionType)
	RuntimeErrorType        = newExcType("RuntimeError", ExceptionType)
	NotImplementedErrorType = newExcType("NotImplementedError", RuntimeErrorType)
	RecursionErrorType      = newExcType("RecursionError", RuntimeErrorType)
	SyntaxErrorType         = newExcType("SyntaxError", ExceptionType)
	IndentationErrorType    = newExcType("IndentationError", SyntaxErrorType)
	TabErrorType            = newExcType("TabError", IndentationErrorType)
	SystemErrorType         = newExcType("SystemError", ExceptionType)
	TypeErrorType           = newExcType("TypeError", ExceptionType)
	ValueErrorType          = newExcType("ValueError", ExceptionType)
	UnicodeErrorType        = newExcType("UnicodeError", ValueErrorType)
	UnicodeDecodeErrorType  = newExcType("UnicodeDecodeError", UnicodeErrorType)
	UnicodeEncodeErrorType  = newExcType("UnicodeEncodeError", UnicodeErrorType)
	WarningType             = newExcType("Warning", ExceptionType)
	UserWarningType         = newExcType("UserWarning", WarningType)
	DeprecationWarningType  = newExcType("DeprecationWarning", WarningType)
	RuntimeWarningType      = newExcType("RuntimeWarning", WarningType)
	BaseExceptionGroupType  = newExcType("BaseExceptionGroup", BaseExceptionType)
	ExceptionGroupType      = newExcType("ExceptionGroup", BaseExceptionGroupType, ExceptionType)
)

var exceptionTypes []*Type

func newExcType(name string, bases ...*Type) *Type {
	t := newBuiltinType(name, bases[0])
	if len(bases) > 1 {
		t.Bases = bases
		t.MRO = []*Type{t, bases[0], bases[1], bases[0].Bases[0], ObjectType}
	}
	exceptionTypes = append(exceptionTypes, t)
	return t
}

// errnoClasses maps errno values to the OSError subclasses OSError(errno,
// ...) turns into, as CPython does.
var errnoClasses = map[Int]**Type{2: &FileNotFoundErrorType, 17: &FileExistsErrorType, 13: &PermissionErrorType, 1: &PermissionErrorType,
	21: &IsADirectoryErrorType, 20: &NotADirectoryErrorType, 110: &TimeoutErrorType}

func newException(t *Thread, cls *Type, args []Value, kwargs []Kwarg) (Value, error) {
	e := &Exception{Class: cls, Args: append(Tuple(nil), args...)}
	if len(kwargs) > 0 {
		allowed := map[string]bool{}
		switch {
		case IsSubtype(cls, NameErrorType):
			allowed["name"] = true
		case IsSubtype(cls, AttributeErrorType):
			allowed["name"], allowed["obj"] = true, true
		case IsSubtype(cls, ImportErrorType):
			allowed["name"], allowed["path"] = true, true
		}
		if !cls.Builtin {
			// A user subclass's __init__ receives the keywords.
			allowed = nil
		}
		for _, kv := range kwargs {
			if allowed != nil && !allowed[kv.Name] {
				return nil, Errorf(TypeErrorType, "%s() takes no keyword arguments", cls.Name)
			}
			if allowed != nil {
				if e.Dict == nil {
					e.Dict = NewDict()
				}
				e.Dict.SetStr(kv.Name, kv.Value)
			}
		}
	}
	if cls == OSErrorType && len(args) >= 2 {
		if n, ok := args[0].(Int); ok {
			if c, ok := errnoClasses[n]; ok {
				e.Class = *c
			}
		}
	}
	if IsSubtype(cls, OSErrorType) && len(args) >= 2 && len(args) <= 5 {
		// OSError(errno, strerror[, filename[, winerror[, filename2]]]):
		// args keeps the first two.
		e.Dict = NewDict()
		e.Dict.SetStr("errno", args[0])
		e.Dict.SetStr("strerror", args[1])
		if len(args) >= 3 {
			e.Dict.SetStr("filename", args[2])
			e.Args = e.Args[:2]
		}
		if len(args) == 5 {
			e.Dict.SetStr("filename2", args[4])
		}
	}
	if IsSubtype(cls, BaseExceptionGroupType) {
		if len(args) != 2 {
			return nil, Errorf(TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
		}
		items, err := ToSlice(t, args[1])
		if err != nil {
			return nil, err
		}
		if len(items) == 0 {
			return nil, Errorf(ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
		}
		allExc := true
		for _, it := range items {
			x, ok := it.(*Exception)
			if !ok {
				return nil, Errorf(ValueErrorType, "Item %d of second argument (exceptions) is not an exception", len(e.Exceptions))
			}
			if !IsSubtype(x.Class, ExceptionType) {
				allExc = false
			}
			e.Exceptions = append(e.Exceptions, x)
		}
		if cls == BaseExceptionGroupType && allExc {
			e.Class = ExceptionGroupType
		} else if cls == ExceptionGroupType && !allExc {
			return nil, Errorf(TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	}
	return e, nil
}

// syntaxErrorFields are the attributes SyntaxError(msg, (filename, lineno,
// offset, text[, end_lineno, end_offset])) takes from its second argument.
var syntaxErrorFields = []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"}

// initSyntaxError is SyntaxError.__init__: msg and the location attributes
// from the args, None where they are not given.
func initSyntaxError(t *Thread, e *Exception) error {
	var info []Value
	if len(e.Args) == 2 {
		items, err := ToSlice(t, e.Args[1])
		if err != nil {
			return err
		}
		if n := len(items); n < 4 {
			return Errorf(TypeErrorType, "function takes at least 4 arguments (%d given)", n)
		} else if n > 6 {
			return Errorf(TypeErrorType, "function takes at most 6 arguments (%d given)", n)
		}
		info = items
	}
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	msg := Value(None)
	if len(e.Args) > 0 {
		msg = e.Args[0]
	}
	e.Dict.SetStr("msg", msg)
	for i, name := range syntaxErrorFields {
		v := Value(None)
		if i < len(info) {
			v = info[i]
		}
		e.Dict.SetStr(name, v)
	}
	e.Dict.SetStr("print_file_and_line", None)
	return nil
}

// NewException makes an exception of class cls with the given args.
func NewException(cls *Type, args ...Value) *Exception {
	return &Exception{Class: cls, Args: args}
}

// Errorf makes an exception of class cls whose message is formatted with
// fmt.Sprintf.
func Errorf(cls *Type, format string, args ...any) *Exception {
	return &Exception{Class: cls, Args: Tuple{Str(fmt.Sprintf(format, args...))}}
}

// attrError is the AttributeError of a missing attribute on an object.
func attrError(v Value, name string) *Exception {
	if c, ok := v.(*Type); ok {
		return Errorf(AttributeErrorType, "type object '%s' has no attribute '%s'", c.Name, name)
	}
	if m, ok := v.(*Module); ok {
		return Errorf(AttributeErrorType, "module '%s' has no attribute '%s'", m.Name, name)
	}
	return Errorf(AttributeErrorType, "'%s' object has no attribute '%s'", TypeName(v), name)
}

// asException turns a Go error into a Python exception; a Go error that is
// not a *Exception is a bug in Go code and becomes SystemError.
func asException(err error) *Exception {
	if e, ok := err.(*Exception); ok {
		return e
	}
	return Errorf(SystemErrorType, "%v", err)
}

// excMatches reports whether exc is an instance of cls, where cls is a
// class or a tuple of classes (the test of an except clause).
func excMatches(t *Thread, exc *Exception, cls Value) (bool, error) {
	switch c := cls.(type) {
	case *Type:
		if !IsSubtype(c, BaseExceptionType) {
			return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
		}
		return IsSubtype(exc.Class, c), nil
	case Tuple:
		for _, x := range c {
			ok, err := excMatches(t, exc, x)
			if ok || err != nil {
				return ok, err
			}
		}
		return false, nil
	}
	return false, Errorf(TypeErrorType, "catching classes that do not inherit from BaseException is not allowed")
}

// makeException turns the operand of raise (a class or an instance) into
// an exception.
func makeException(t *Thread, v Value) (*Exception, error) {
	switch x := v.(type) {
	case *Exception:
		return x, nil
	case *Type:
		if IsSubtype(x, BaseExceptionType) {
			r, err := t.Call(x, nil, nil)
			if err != nil {
				return nil, err
			}
			if e, ok := r.(*Exception); ok {
				return e, nil
			}
			return nil, Errorf(TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", reprNoThread(x), TypeName(r))
		}
	}
	return nil, Errorf(TypeErrorType, "exceptions must derive from BaseException")
}

func init() {
	for _, c := range exceptionTypes {
		c.New = newException
	}
	getArgs := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return args[0].(*Exception).Args, nil
	}
	_ = getArgs
	addMethods(BaseExceptionType, map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if e, ok := args[0].(*Exception); ok {
				e.Args = append(Tuple(nil), args[1:]...)
				if n := len(e.Args); n >= 3 && n <= 5 && IsSubtype(e.Class, OSErrorType) {
					e.Args = e.Args[:2] // the rest are filename, winerror, filename2
				}
				if IsSubtype(e.Class, SyntaxErrorType) {
					return None, initSyntaxError(t, e)
				}
			}
			return None, nil
		},
		"__str__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			s, err := excStr(t, args[0].(*Exception))
			return Str(s), err
		},
		"__repr__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			e := args[0].(*Exception)
			if len(e.Args) == 1 {
				s, err := Repr(t, e.Args[0])
				return Str(e.Class.Name + "(" + s + ")"), err
			}
			s, err := Repr(t, e.Args)
			if len(e.Args) == 0 {
				s = "()"
			}
			return Str(e.Class.Name + s), err
		},
		"with_traceback": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			e := args[0].(*Exception)
			if tb, ok := args[1].(*Traceback); ok {
				e.Traceback = tb
			} else {
				e.Traceback = nil
			}
			return e, nil
		},
		"add_note": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			e := args[0].(*Exception)
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "add_note() takes exactly one argument (%d given)", len(args)-1)
			}
			if _, ok := args[1].(Str); !ok {
				return nil, Errorf(TypeErrorType, "note must be a str, not '%s'", TypeName(args[1]))
			}
			if e.Dict == nil {
				e.Dict = NewDict()
			}
			notes, ok := e.Dict.GetStr("__notes__")
			if !ok {
				notes = NewList(nil)
				e.Dict.SetStr("__notes__", notes)
			}
			if l, ok := notes.(*List); ok {
				l.Items = append(l.Items, args[1])
			}
			return None, nil
		},
	})
	addMethods(BaseExceptionGroupType, map[string]BuiltinFunc{
		"split": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			m, r, err := splitGroupBy(t, args[0].(*Exception), args[1])
			if err != nil {
				return nil, err
			}
			return Tuple{excOrNone(m), excOrNone(r)}, nil
		},
		"subgroup": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			m, _, err := splitGroupBy(t, args[0].(*Exception), args[1])
			if err != nil {
				return nil, err
			}
			return excOrNone(m), nil
		},
		"derive": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			e := args[0].(*Exception)
			items, err := ToSlice(t, args[1])
			if err != nil {
				return nil, err
			}
			return newException(t, e.Class, []Value{e.Args[0], NewList(items)}, nil)
		},
	})
}

// excGetAttr reads the attributes every exception has.
func excGetAttr(t *Thread, e *Exception, name string) (Value, bool, error) {
	switch name {
	case "args":
		return e.Args, true, nil
	case "__cause__":
		if e.Cause == nil {
			return None, true, nil
		}
		return e.Cause, true, nil
	case "__context__":
		if e.Context == nil {
			return None, true, nil
		}
		return e.Context, true, nil
	case "__suppress_context__":
		return Bool(e.SuppressContext), true, nil
	case "__traceback__":
		if e.Traceback == nil {
			return None, true, nil
		}
		return e.Traceback, true, nil
	case "__dict__":
		if e.Dict == nil {
			e.Dict = NewDict()
		}
		return e.Dict, true, nil
	}
	if e.Dict != nil {
		if v, ok := e.Dict.GetStr(name); ok {
			return v, true, nil
		}
	}
	switch name {
	case "value":
		if IsSubtype(e.Class, StopIterationType) {
			if len(e.Args) > 0 {
				return e.Args[0], true, nil
			}
			return None, true, nil
		}
	case "code":
		if IsSubtype(e.Class, SystemExitType) {
			switch len(e.Args) {
			case 0:
				return None, true, nil
			case 1:
				return e.Args[0], true, nil
			}
			return e.Args, true, nil
		}
	case "exceptions":
		if e.Exceptions != nil {
			return Tuple(append([]Value(nil), excSlice(e.Exceptions)...)), true, nil
		}
	case "message":
		if IsSubtype(e.Class, BaseExceptionGroupType) && len(e.Args) > 0 {
			return e.Args[0], true, nil
		}
	case "encoding", "object", "start", "end", "reason":
		if fields, ok := unicodeErrorFields(e); ok {
			i := map[string]int{"encoding": 0, "object": 1, "start": 2, "end": 3, "reason": 4}[name]
			return fields[i], true, nil
		}
	case "errno", "strerror", "filename", "filename2":
		if IsSubtype(e.Class, OSErrorType) {
			return None, true, nil
		}
	case "name", "obj", "path", "msg":
		if IsSubtype(e.Class, NameErrorType) || IsSubtype(e.Class, AttributeErrorType) || IsSubtype(e.Class, ImportErrorType) {
			return None, true, nil
		}
	}
	return nil, false, nil
}

func excSlice(es []*Exception) []Value {
	out := make([]Value, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

func excSetAttr(t *Thread, e *Exception, name string, v Value) error {
	switch name {
	case "args":
		items, err := ToSlice(t, v)
		if err != nil {
			return err
		}
		e.Args = Tuple(items)
		return nil
	case "__cause__":
		if v == None {
			e.Cause = nil
		} else if x, ok := v.(*Exception); ok {
			e.Cause = x
		} else {
			return Errorf(TypeErrorType, "exception cause must be None or derive from BaseException")
		}
		e.SuppressContext = true
		return nil
	case "__context__":
		if v == None {
			e.Context = nil
		} else if x, ok := v.(*Exception); ok {
			e.Context = x
		} else {
			return Errorf(TypeErrorType, "exception context must be None or derive from BaseException")
		}
		return nil
	case "__suppress_context__":
		b, err := Truth(t, v)
		e.SuppressContext = b
		return err
	case "__traceback__":
		if tb, ok := v.(*Traceback); ok {
			e.Traceback = tb
		} else {
			e.Traceback = nil
		}
		return nil
	}
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr(name, v)
	return nil
}

// splitGroup splits an exception group by a matcher, as except* does: the
// part that matches and the rest, each nil when empty; a naked exception
// is treated as a group of one.
func splitGroup(t *Thread, e *Exception, cls Value) (match, rest *Exception, err error) {
	ok, err := excMatches(t, e, cls)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if e.Exceptions == nil {
		return nil, e, nil
	}
	var ms, rs []*Exception
	for _, x := range e.Exceptions {
		m, r, err := splitGroup(t, x, cls)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	derive := func(items []*Exception) *Exception {
		if items == nil {
			return nil
		}
		var msg Value = Str("")
		if len(e.Args) > 0 {
			msg = e.Args[0]
		}
		n := &Exception{Class: e.Class, Args: Tuple{msg, NewList(excSlice(items))}, Exceptions: items, Cause: e.Cause, Context: e.Context, Traceback: e.Traceback, Dict: e.Dict}
		return n
	}
	return derive(ms), derive(rs), nil
}

// describeArgs helps format messages that list types.
func joinNames(names []string) string { return strings.Join(names, ", ") }

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e
}

// splitGroupBy is ExceptionGroup.split: the matcher is a class, a tuple
// of classes or a predicate called on each leaf exception.
func splitGroupBy(t *Thread, e *Exception, matcher Value) (*Exception, *Exception, error) {
	switch matcher.(type) {
	case *Type, Tuple:
		return splitGroup(t, e, matcher)
	}
	ok, err := t.Call(matcher, []Value{e}, nil)
	if err != nil {
		return nil, nil, err
	}
	if b, _ := Truth(t, ok); b {
		return e, nil, nil
	}
	if e.Exceptions == nil {
		return nil, e, nil
	}
	var ms, rs []*Exception
	for _, x := range e.Exceptions {
		m, r, err := splitGroupBy(t, x, matcher)
		if err != nil {
			return nil, nil, err
		}
		if m != nil {
			ms = append(ms, m)
		}
		if r != nil {
			rs = append(rs, r)
		}
	}
	derive := func(items []*Exception) *Exception {
		if items == nil {
			return nil
		}
		return &Exception{Class: e.Class, Args: Tuple{e.Args[0], NewList(excSlice(items))}, Exceptions: items, Cause: e.Cause, Context: e.Context, Traceback: e.Traceback}
	}
	return derive(ms), derive(rs), nil
}

// groupSuffix is what str() of an exception group adds to its message.
func groupSuffix(e *Exception) string {
	if len(e.Exceptions) == 1 {
		return " (1 sub-exception)"
	}
	return " (" + itoa(len(e.Exceptions)) + " sub-exceptions)"
}

// unicodeErrorFields returns the (encoding, object, start, end, reason)
// arguments of a UnicodeEncodeError/UnicodeDecodeError built with them.
func unicodeErrorFields(e *Exception) ([]Value, bool) {
	if len(e.Args) != 5 || !(IsSubtype(e.Class, UnicodeEncodeErrorType) || IsSubtype(e.Class, UnicodeDecodeErrorType)) {
		return nil, false
	}
	_, ok1 := e.Args[2].(Int)
	_, ok2 := e.Args[3].(Int)
	return []Value(e.Args), ok1 && ok2
}

// unicodeErrorMessage is str() of such an exception, worded as CPython's.
func unicodeErrorMessage(e *Exception) (string, bool) {
	f, ok := unicodeErrorFields(e)
	if !ok {
		return "", false
	}
	enc, reason := strNoThread(f[0]), strNoThread(f[4])
	start, end := int(f[2].(Int)), int(f[3].(Int))
	if IsSubtype(e.Class, UnicodeEncodeErrorType) {
		obj, isStr := f[1].(Str)
		var runes []rune // lone surrogates included
		for i := 0; i < len(obj); {
			r, n := decodeRune(string(obj[i:]))
			runes = append(runes, r)
			i += n
		}
		if isStr && end == start+1 && start >= 0 && start < len(runes) {
			c := runes[start]
			var shown string
			switch {
			case c <= 0xff:
				shown = fmt.Sprintf("\\x%02x", c)
			case c <= 0xffff:
				shown = fmt.Sprintf("\\u%04x", c)
			default:
				shown = fmt.Sprintf("\\U%08x", c)
			}
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s", enc, shown, start, reason), true
		}
		return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s", enc, start, end-1, reason), true
	}
	obj, isBytes := f[1].(Bytes)
	if isBytes && end == start+1 && start >= 0 && start < len(obj) {
		return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", enc, obj[start], start, reason), true
	}
	return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", enc, start, end-1, reason), true
}
