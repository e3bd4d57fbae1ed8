package ast

import (
	"fmt"
	"strings"
)

// SyntaxError is a syntax error in CPython's terms: the exception class
// name (SyntaxError, IndentationError or TabError), the message, and where
// it is. Offset and EndOffset are 1-based columns counted in characters
// (code points) of Text, as CPython's SyntaxError.offset is; EndOffset is 0
// where CPython has none.
type SyntaxError struct {
	Class     string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string // the source line, without its newline
}

func (e *SyntaxError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Lineno, e.Offset, e.Class, e.Msg)
}

// Format returns the error as CPython 3.11 prints an uncaught SyntaxError
// raised while compiling the main script (pythonrun.c's printing, without
// a "Traceback" header, which CPython omits for such errors):
//
//	  File "x.py", line 3
//	    if x
//	        ^
//	SyntaxError: expected ':'
//
// The source line is printed without its leading white space; the carets
// run from Offset to EndOffset (one when there is no end), and none is
// drawn when the offset falls left of the stripped line.
func (e *SyntaxError) Format() string {
	return e.Location() + e.Class + ": " + e.Msg + "\n"
}

// Location returns the lines of Format above the "Class: message" one: the
// file and line, then the source line with its carets when there is text.
func (e *SyntaxError) Location() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.Text != "" {
		b.WriteString(formatCaretLine(e))
	}
	return b.String()
}

// formatCaretLine renders the source line and the caret line below it, as
// pythonrun.c's print_error_text does.
func formatCaretLine(e *SyntaxError) string {
	line := strings.TrimRight(e.Text, "\n")
	runes := []rune(line)
	// CPython's text keeps the line's newline; its length counts it.
	lineSize := len(runes) + 1
	offset, end := e.Offset, e.EndOffset
	if e.EndLineno > e.Lineno {
		end = lineSize
	}
	if end > lineSize+1 {
		end = lineSize + 1
	}
	reps := 1
	if end > 0 && end > offset {
		reps = end - offset
	}
	noCaret := false
	// The main script is compiled from the file, where CPython places a
	// missing indented block differently from ast.parse: one caret at the
	// offending line, none at the end of the file.
	if e.Class == "IndentationError" && strings.HasPrefix(e.Msg, "expected an indented block") {
		reps = 1
		noCaret = e.EndOffset == -1
	}
	offset--
	lead := 0
	for lead < len(runes) && (runes[lead] == ' ' || runes[lead] == '\t' || runes[lead] == '\f') {
		lead++
	}
	runes = runes[lead:]
	offset -= lead
	if offset > len(runes) {
		offset = len(runes)
	}
	out := "    " + string(runes) + "\n"
	if offset < 0 || noCaret {
		return out
	}
	return out + "    " + strings.Repeat(" ", offset) + strings.Repeat("^", reps) + "\n"
}
