package pystr

import "fmt"

// Error is a Python exception raised by a method, given by its class name
// (ValueError, TypeError, LookupError, OverflowError) and message, so that
// the interpreter can raise the matching built-in exception.
type Error struct {
	Class string
	Msg   string
}

func (e *Error) Error() string { return e.Class + ": " + e.Msg }

func valueError(msg string) error { return &Error{Class: "ValueError", Msg: msg} }

// UnicodeError is a UnicodeEncodeError or UnicodeDecodeError with the
// attributes Python gives them. For an encode error Object is the str being
// encoded and Start/End count code points; for a decode error Object is the
// bytes being decoded and Start/End count bytes.
type UnicodeError struct {
	Class    string // "UnicodeEncodeError" or "UnicodeDecodeError"
	Encoding string
	Object   string
	Start    int
	End      int
	Reason   string
}

// Message returns str(exc) exactly as CPython words it.
func (e *UnicodeError) Message() string {
	if e.Class == "UnicodeDecodeError" {
		if e.Start < len(e.Object) && e.End == e.Start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s",
				e.Encoding, e.Object[e.Start], e.Start, e.Reason)
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s",
			e.Encoding, e.Start, e.End-1, e.Reason)
	}
	if e.End == e.Start+1 {
		if r, ok := runeAt(e.Object, e.Start); ok {
			var ch string
			switch {
			case r <= 0xff:
				ch = fmt.Sprintf(`\x%02x`, r)
			case r <= 0xffff:
				ch = fmt.Sprintf(`\u%04x`, r)
			default:
				ch = fmt.Sprintf(`\U%08x`, r)
			}
			return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s",
				e.Encoding, ch, e.Start, e.Reason)
		}
	}
	return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s",
		e.Encoding, e.Start, e.End-1, e.Reason)
}

func (e *UnicodeError) Error() string { return e.Class + ": " + e.Message() }

// runeAt returns the code point at code point index i of s.
func runeAt(s string, i int) (rune, bool) {
	for off, n := 0, 0; off < len(s); n++ {
		r, size := decodeRune(s[off:])
		if n == i {
			return r, true
		}
		off += size
	}
	return 0, false
}
