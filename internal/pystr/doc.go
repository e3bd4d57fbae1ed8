// Package pystr implements the methods of CPython 3.11's str, bytes and
// bytearray types as plain Go functions, independent of the interpreter, so
// that the interpreter wraps each method one-to-one.
//
// # Model
//
// A Python str is a Go string holding UTF-8, where a lone surrogate
// (U+D800-U+DFFF) is kept in its 3-byte WTF-8 form; pyfmt.DecodeRune decodes
// such text. Every index and length that a str function takes or returns
// counts code points, as Python does; functions whose names start with Bytes
// work on a bytes or bytearray value held as a Go string, one Go byte per
// Python byte, and count bytes, with the ASCII-only case and character class
// semantics of CPython's bytes methods.
//
// Optional start/end arguments follow Python's slice rules: a negative value
// counts from the end and values are clamped to the string. An omitted start
// is 0 and an omitted end is End (math.MaxInt), which clamps to the length,
// so callers map None onto those two values; a Python int too large for an
// int is clamped to math.MinInt or math.MaxInt by the caller, as CPython
// clamps to Py_ssize_t.
//
// Most str functions look first at whether the text is pure ASCII: then a
// code point is a byte and the functions reduce to the strings package. For
// other text the code point indices are converted to byte offsets by one
// forward walk (see index.go), and searching works on the bytes, which is
// sound because UTF-8 never matches in the middle of a character.
//
// Most functions take and return Go strings; a Python list result is a
// []string, a tuple result is several results. Functions with no Python
// object in their signature (Translate, MakeTrans) take callbacks or return
// plain entries for the interpreter to turn into objects. Offsets supports
// repeated indexing of one long str, and the *Rune functions expose the
// character properties for the interpreter's tokenizer and number parsing.
//
// Character properties and full case mappings come from tables generated
// from CPython's own Unicode database (gentables.go), so predicates and case
// conversions agree with python3.11 rather than with Go's newer unicode
// package.
//
// Failures that Python reports as exceptions come back as *Error (class name
// and message, e.g. ValueError "substring not found") or *UnicodeError
// (UnicodeEncodeError and UnicodeDecodeError with their attributes).
package pystr

//go:generate go run gentables.go
