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

// Format returns the error as CPython's traceback module prints it for an
// uncaught SyntaxError (without the "Traceback" header, which CPython omits
// for errors raised by the compiler of the main script):
//
//	  File "x.py", line 3
//	    if x
//	        ^
//	SyntaxError: expected ':'
func (e *SyntaxError) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.Text != "" {
		b.WriteString(formatCaretLine(e))
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Class, e.Msg)
	return b.String()
}

// formatCaretLine renders the source line and the caret line below it:
// CPython strips the line's leading white space, shifts the offsets to
// match, and draws ^ from offset to end offset (at least one).
func formatCaretLine(e *SyntaxError) string {
	line := strings.TrimRight(e.Text, "\n\r")
	runes := []rune(line)
	lead := 0
	for lead < len(runes) && (runes[lead] == ' ' || runes[lead] == '\t' || runes[lead] == '\f') {
		lead++
	}
	runes = runes[lead:]
	start := e.Offset - 1 - lead
	end := e.EndOffset - 1 - lead
	if e.EndLineno != 0 && e.EndLineno != e.Lineno {
		end = len(runes)
	}
	if start < 0 {
		start = 0
	}
	if start > len(runes) {
		start = len(runes)
	}
	if end <= start {
		end = start + 1
	}
	if end > len(runes)+1 {
		end = len(runes) + 1
	}
	return "    " + string(runes) + "\n    " + strings.Repeat(" ", start) + strings.Repeat("^", end-start) + "\n"
}
