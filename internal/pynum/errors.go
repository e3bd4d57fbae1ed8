package pynum

// Error is a Python exception to raise: Class is the exception class name
// (e.g. "ZeroDivisionError") and Msg the message, as str(exc) prints it.
//
// When NeedRepr is true the message is incomplete: the caller must append
// repr() of the offending argument (e.g. "invalid literal for int() with
// base 10: " + repr(arg)), since only the caller knows the original object
// (str or bytes). WithRepr does that.
type Error struct {
	Class    string
	Msg      string
	NeedRepr bool
}

// Error implements the error interface as "Class: message".
func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Class
	}
	return e.Class + ": " + e.Msg
}

// WithRepr returns a copy of e whose message is completed with repr, the
// Python repr of the offending argument. It returns e itself when
// e.NeedRepr is false.
func (e *Error) WithRepr(repr string) *Error {
	if e == nil || !e.NeedRepr {
		return e
	}
	return &Error{Class: e.Class, Msg: e.Msg + repr}
}

// Pre-built errors shared by several functions. They must not be modified.
var (
	errIntDivZero    = &Error{"ZeroDivisionError", "integer division or modulo by zero", false}
	errIntModZero    = &Error{"ZeroDivisionError", "integer modulo by zero", false}
	errDivZero       = &Error{"ZeroDivisionError", "division by zero", false}
	errFloatDivZero  = &Error{"ZeroDivisionError", "float division by zero", false}
	errFloatFloorDiv = &Error{"ZeroDivisionError", "float floor division by zero", false}
	errFloatMod      = &Error{"ZeroDivisionError", "float modulo", false}
	errFloatDivmod   = &Error{"ZeroDivisionError", "float divmod()", false}
	errZeroNegPow    = &Error{"ZeroDivisionError", "0.0 cannot be raised to a negative power", false}
	errNegShift      = &Error{"ValueError", "negative shift count", false}
	errMemory        = &Error{"MemoryError", "", false}
	errIntTooLarge   = &Error{"OverflowError", "int too large to convert to float", false}
	errDivTooLarge   = &Error{"OverflowError", "integer division result too large for a float", false}
	errFloatInf      = &Error{"OverflowError", "cannot convert float infinity to integer", false}
	errFloatNaN      = &Error{"ValueError", "cannot convert float NaN to integer", false}
	errRange         = &Error{"OverflowError", "(34, 'Numerical result out of range')", false}
	errDomain        = &Error{"ValueError", "math domain error", false}
	errPowModZero    = &Error{"ValueError", "pow() 3rd argument cannot be 0", false}
	errNotInvertible = &Error{"ValueError", "base is not invertible for the given modulus", false}
)
