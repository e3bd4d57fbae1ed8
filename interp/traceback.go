package interp

import (
	"fmt"
	"io"
	"strings"

	"github.com/rebeam/rebeam/ast"
)

// Printing uncaught exceptions as CPython 3.11 does: the chain of causes
// and contexts first, each traceback outermost frame first with its
// source line (and carets under the failing expression where CPython
// draws them), then "Type: message".

// PrintException writes exc as an uncaught exception to w.
func (t *Thread) PrintException(w io.Writer, exc *Exception) {
	var b strings.Builder
	f := excFormatter{t: t, b: &b, seen: map[*Exception]bool{}, suggest: true}
	f.format(exc, true)
	io.WriteString(w, b.String())
}

// excFormatter prints exceptions as CPython 3.11 does. The members of an
// exception group are drawn in nested boxes: each of their lines starts
// with a margin, two spaces a level and "| ".
type excFormatter struct {
	t         *Thread
	b         *strings.Builder
	depth     int  // how deep in exception groups; 0 outside any
	needClose bool // the innermost last member still owes its box's bottom
	seen      map[*Exception]bool
	// suggest adds the "Did you mean" of NameError and AttributeError,
	// which CPython 3.11 prints for an uncaught exception but its
	// traceback module does not.
	suggest bool
}

// maxGroupWidth and maxGroupDepth bound how much of an exception group is
// drawn: the members past the first 15 are counted, not shown, and groups
// nested deeper than 10 are elided.
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

func (f *excFormatter) indent() string { return strings.Repeat(" ", 2*f.depth) }

// emit writes text, each of its lines after the margin of the current
// depth, whose mark is margin.
func (f *excFormatter) emit(text string, margin byte) {
	prefix := ""
	if f.depth > 0 {
		prefix = f.indent() + string(margin) + " "
	}
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			f.b.WriteString(prefix + line)
		}
	}
}

const (
	causeMessage   = "\nThe above exception was the direct cause of the following exception:\n\n"
	contextMessage = "\nDuring handling of the above exception, another exception occurred:\n\n"
)

// format writes exc, preceded by its causes and contexts when chain is
// true, the oldest first.
func (f *excFormatter) format(exc *Exception, chain bool) {
	type link struct {
		msg string // printed between the previous exception and this one
		exc *Exception
	}
	var links []link
	for e := exc; e != nil; {
		f.seen[e] = true
		var next *Exception
		msg := ""
		if chain {
			if e.Cause != nil && !f.seen[e.Cause] {
				next, msg = e.Cause, causeMessage
			} else if e.Context != nil && !e.SuppressContext && !f.seen[e.Context] {
				next, msg = e.Context, contextMessage
			}
		}
		links = append(links, link{msg, e})
		e = next
	}
	for i := len(links) - 1; i >= 0; i-- {
		if links[i].msg != "" {
			f.emit(links[i].msg, '|')
		}
		f.formatOne(links[i].exc, chain)
	}
}

// formatOne writes one exception: its traceback and its last lines, and
// the members of a group.
func (f *excFormatter) formatOne(exc *Exception, chain bool) {
	if exc.Exceptions == nil {
		if exc.Traceback != nil {
			f.emit("Traceback (most recent call last):\n", '|')
			var b strings.Builder
			formatTraceback(&b, exc.Traceback)
			f.emit(b.String(), '|')
		}
		f.emit(f.t.exceptionOnly(exc, f.suggest), '|')
		return
	}
	if f.depth > maxGroupDepth {
		f.emit(fmt.Sprintf("... (max_group_depth is %d)\n", maxGroupDepth), '|')
		return
	}
	top := f.depth == 0
	if top {
		f.depth++
	}
	if exc.Traceback != nil {
		margin := byte('|')
		if top {
			margin = '+'
		}
		f.emit("Exception Group Traceback (most recent call last):\n", margin)
		var b strings.Builder
		formatTraceback(&b, exc.Traceback)
		f.emit(b.String(), '|')
	}
	f.emit(f.t.exceptionOnly(exc, f.suggest), '|')
	n := len(exc.Exceptions)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	f.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			f.needClose = true
		}
		title := itoa(i + 1)
		if i >= maxGroupWidth {
			title = "..."
		}
		corner := "  "
		if i == 0 {
			corner = "+-"
		}
		f.b.WriteString(f.indent() + corner + "+---------------- " + title + " ----------------\n")
		f.depth++
		if i < maxGroupWidth {
			f.format(exc.Exceptions[i], chain)
		} else {
			more := len(exc.Exceptions) - maxGroupWidth
			f.emit(fmt.Sprintf("and %d more exception%s\n", more, plural(more)), '|')
		}
		if last && f.needClose {
			f.b.WriteString(f.indent() + "+------------------------------------\n")
			f.needClose = false
		}
		f.depth--
	}
	if top {
		f.depth = 0
	}
}

// exceptionOnly is the end of an exception's printing: for a SyntaxError
// where it is, then "Type: message", then its notes.
func (t *Thread) exceptionOnly(exc *Exception, suggest bool) string {
	var b strings.Builder
	if se, ok := syntaxErrorLocation(exc); ok {
		b.WriteString(se.Location())
	}
	b.WriteString(t.excLine(exc, suggest))
	b.WriteString("\n")
	if exc.Dict != nil {
		if notes, ok := exc.Dict.GetStr("__notes__"); ok {
			if l, ok := notes.(*List); ok {
				for _, n := range l.Items {
					s, _ := ToStr(t, n)
					b.WriteString(s + "\n")
				}
			}
		}
	}
	return b.String()
}

// syntaxErrorLocation reads where a SyntaxError is from its attributes,
// as the printing of an uncaught one does: ok is false unless lineno is an
// int and offset an int or None. A missing filename reads "<string>".
func syntaxErrorLocation(exc *Exception) (*ast.SyntaxError, bool) {
	if !IsSubtype(exc.Class, SyntaxErrorType) || exc.Dict == nil {
		return nil, false
	}
	attr := func(name string) Value {
		v, _ := exc.Dict.GetStr(name)
		return v
	}
	se := &ast.SyntaxError{Filename: "<string>", Class: exc.Class.Name}
	lineno, ok := attr("lineno").(Int)
	if !ok {
		return nil, false
	}
	se.Lineno = int(lineno)
	switch v := attr("offset").(type) {
	case Int:
		se.Offset = int(v)
	case NoneType:
		se.Offset = -1
	default:
		return nil, false
	}
	if f, ok := attr("filename").(Str); ok {
		se.Filename = string(f)
	}
	if text, ok := attr("text").(Str); ok {
		se.Text = string(text)
	}
	if v, ok := attr("end_lineno").(Int); ok {
		se.EndLineno = int(v)
	}
	if v, ok := attr("end_offset").(Int); ok {
		se.EndOffset = int(v)
	}
	return se, true
}

// excLine is the last line of a traceback: "Type: message".
func (t *Thread) excLine(exc *Exception, suggest bool) string {
	name := exc.Class.Qualname
	if name == "" {
		name = exc.Class.Name
	}
	if exc.Class.Module != "builtins" && exc.Class.Module != "" && exc.Class.Module != "__main__" {
		name = exc.Class.Module + "." + name
	}
	shown := Value(exc)
	if _, ok := syntaxErrorLocation(exc); ok {
		// the location is printed above: the line shows just the message
		shown, _ = exc.Dict.GetStr("msg")
	}
	msg, err := ToStr(t, shown)
	if err != nil {
		msg = "<exception str() failed>"
	}

	if exc.Dict != nil && suggest {
		if s, ok := exc.Dict.GetStr("__suggestion__"); ok {
			msg += ". Did you mean: '" + string(s.(Str)) + "'?"
		}
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func formatTraceback(b *strings.Builder, tb *Traceback) {
	var lastFile, lastName string
	lastLine, repeat := -1, 0
	flush := func() {
		if repeat > 3 {
			fmt.Fprintf(b, "  [Previous line repeated %d more time%s]\n", repeat-3, plural(repeat-3))
		}
	}
	for ; tb != nil; tb = tb.Next {
		if tb.File == lastFile && tb.Name == lastName && tb.Line() == lastLine {
			repeat++
			if repeat > 3 {
				continue
			}
		} else {
			flush()
			lastFile, lastName, lastLine, repeat = tb.File, tb.Name, tb.Line(), 1
		}
		fmt.Fprintf(b, "  File \"%s\", line %d, in %s\n", tb.File, tb.Line(), tb.Name)
		var src *Source
		if tb.Code != nil {
			src = tb.Code.Source
		}
		line := src.Line(tb.Line())
		if strings.TrimSpace(line) == "" {
			continue
		}
		stripped := strings.TrimLeft(line, " \t\f")
		fmt.Fprintf(b, "    %s\n", strings.TrimRight(stripped, " \t\r\n"))
		if carets := caretLine(line, stripped, tb.Pos); carets != "" {
			b.WriteString("    " + carets + "\n")
		}
	}
	flush()
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// caretLine draws ^ under the span of the failing expression when it does
// not cover the whole line, as CPython 3.11 does for single-line spans.
func caretLine(line, stripped string, p Pos) string {
	// a span running onto later lines is marked to the end of its first
	multiline := p.EndLine > p.Line
	if p.EndLine < p.Line || (!multiline && p.EndCol <= p.Col) {
		return ""
	}
	indent := len(line) - len(stripped)
	body := strings.TrimRight(stripped, " \t\r\n")
	start, end := int(p.Col)-indent, int(p.EndCol)-indent
	if multiline {
		end = len(body)
	}
	if start < 0 || end > len(body) || end <= start {
		return ""
	}
	whole := start == 0 && end == len(body)
	prefix := strLen(body[:start])
	seg := body[start:end]
	left, right := -1, -1
	anchor := p.Anchor
	if multiline {
		anchor = AnchorNone
	}
	switch anchor {
	case AnchorBinOp:
		ls, rs := int(p.A)-indent-start, int(p.B)-indent-start
		if ls >= 0 && rs <= len(seg) && ls <= rs {
			op := seg[ls:rs]
			off := len(op) - len(strings.TrimLeft(op, " \t\f\n()"))
			left = ls + off
			right = left + 1
			if off+1 < len(op) && op[off+1] != ' ' && op[off+1] != '\t' {
				right++
			}
		}
	case AnchorSubscript:
		left, right = int(p.A)-indent-start, int(p.B)-indent-start
		if left < 0 || right > len(seg) {
			left, right = -1, -1
		}
	}
	if whole && left < 0 {
		// a span over the whole line is marked only when an operator or
		// subscript within it is
		return ""
	}
	var b strings.Builder
	b.WriteString(strings.Repeat(" ", prefix))
	for i := 0; i < len(seg); {
		_, w := decodeRune(seg[i:])
		if left < 0 || (i >= left && i < right) {
			b.WriteByte('^')
		} else {
			b.WriteByte('~')
		}
		i += w
	}
	return b.String()
}
