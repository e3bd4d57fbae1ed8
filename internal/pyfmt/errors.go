package pyfmt

// ErrorKind names the Python exception class the interpreter should raise
// for a formatting Error.
type ErrorKind uint8

// The exception classes a formatting failure maps to.
const (
	ValueError ErrorKind = iota + 1
	TypeError
	OverflowError
	IndexError
	MemoryError
)

func (k ErrorKind) String() string {
	switch k {
	case ValueError:
		return "ValueError"
	case TypeError:
		return "TypeError"
	case OverflowError:
		return "OverflowError"
	case IndexError:
		return "IndexError"
	case MemoryError:
		return "MemoryError"
	}
	return "Error"
}

// Error is a formatting failure. Some CPython messages name the type of
// the formatted object ("Unknown format code 'x' for object of type
// 'str'"), which this package does not know: a bool formats through the int
// code but must be reported as 'bool'. Such errors keep a slot that Message
// fills with the name the interpreter supplies.
type Error struct {
	Kind ErrorKind
	pre  string
	post string
	// typed reports whether the message has a slot for the type name
	// between pre and post.
	typed bool
}

func newError(kind ErrorKind, msg string) *Error {
	return &Error{Kind: kind, pre: msg}
}

// newTypedError returns an error whose message is pre + type name + post.
func newTypedError(kind ErrorKind, pre, post string) *Error {
	return &Error{Kind: kind, pre: pre, post: post, typed: true}
}

// Message returns the exception message with typeName, the Python type
// name of the formatted object, filled in where the message needs it.
func (e *Error) Message(typeName string) string {
	if !e.typed {
		return e.pre
	}
	return e.pre + typeName + e.post
}

// NeedsTypeName reports whether Message uses its argument.
func (e *Error) NeedsTypeName() bool { return e.typed }

// Error implements the error interface; a missing type name shows as
// "<type>" since Go callers that only log the error have none to give.
func (e *Error) Error() string {
	return e.Kind.String() + ": " + e.Message("<type>")
}

// MaxWidth bounds the widths and the float precisions this package pads
// or computes to. CPython tries to allocate whatever is asked and raises
// MemoryError when that fails; a Go process that runs out of memory dies
// instead, so larger requests fail up front with MemoryError. The
// interpreter should apply the same bound to '*' widths and precisions of
// the % operator, which reach this package without a chance to fail.
const MaxWidth = 1 << 30

// checkSize rejects a width, or a precision that produces digits, beyond
// MaxWidth.
func checkSize(width, prec int) error {
	if width > MaxWidth || prec > MaxWidth {
		return newError(MemoryError, "")
	}
	return nil
}
