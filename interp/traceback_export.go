package interp

import "strings"

// FormatTraceback returns the frame lines of tb ("  File ..., line N, in
// f", the source line and its carets), as CPython's traceback.format_tb
// joins them; the traceback module's native helper uses it.
func FormatTraceback(tb *Traceback) string {
	var b strings.Builder
	formatTraceback(&b, tb)
	return b.String()
}

// FormatException returns exc as an uncaught exception prints: its
// chain when chain is true, its traceback, then "Type: message".
func (t *Thread) FormatException(exc *Exception, chain bool) string {
	var b strings.Builder
	f := excFormatter{t: t, b: &b, seen: map[*Exception]bool{}}
	f.format(exc, chain)
	return b.String()
}

// FormatExceptionOnly returns the last lines of exc's traceback: "Type:
// message" and its notes.
func (t *Thread) FormatExceptionOnly(exc *Exception) string {
	return t.exceptionOnly(exc, false)
}
