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
	t.formatChain(&b, exc, map[*Exception]bool{})
	io.WriteString(w, b.String())
}

func (t *Thread) formatChain(b *strings.Builder, exc *Exception, seen map[*Exception]bool) {
	seen[exc] = true
	if exc.Cause != nil && !seen[exc.Cause] {
		t.formatChain(b, exc.Cause, seen)
		b.WriteString("\nThe above exception was the direct cause of the following exception:\n\n")
	} else if exc.Context != nil && !exc.SuppressContext && !seen[exc.Context] {
		t.formatChain(b, exc.Context, seen)
		b.WriteString("\nDuring handling of the above exception, another exception occurred:\n\n")
	}
	t.formatOne(b, exc)
}

func (t *Thread) formatOne(b *strings.Builder, exc *Exception) {
	if exc.Exceptions != nil {
		for _, l := range t.groupLines(exc) {
			b.WriteString("  " + l + "\n")
		}
		return
	}
	if exc.Traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		formatTraceback(b, exc.Traceback)
	}
	if se, ok := syntaxErrorLocation(exc); ok {
		b.WriteString(se.Location())
	}
	b.WriteString(t.excLine(exc))
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
func (t *Thread) excLine(exc *Exception) string {
	name := exc.Class.Name
	if exc.Class.Module != "builtins" && exc.Class.Module != "" && exc.Class.Module != "__main__" {
		name = exc.Class.Module + "." + exc.Class.Qualname
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

	if exc.Dict != nil {
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
	if p.EndLine != p.Line || p.EndCol <= p.Col {
		return ""
	}
	indent := len(line) - len(stripped)
	start, end := int(p.Col)-indent, int(p.EndCol)-indent
	body := strings.TrimRight(stripped, " \t\r\n")
	if start < 0 || end > len(body) {
		return ""
	}
	if start == 0 && end == len(body) {
		return ""
	}
	prefix := strLen(body[:start])
	seg := body[start:end]
	left, right := -1, -1
	switch p.Anchor {
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

// groupLines formats an exception group as CPython 3.11 draws it: the
// group's own traceback in a box, then each member under a numbered rule.
func (t *Thread) groupLines(exc *Exception) []string {
	var body strings.Builder
	if exc.Traceback != nil {
		body.WriteString("Exception Group Traceback (most recent call last):\n")
		formatTraceback(&body, exc.Traceback)
	}
	body.WriteString(t.excLine(exc) + "\n")
	lines := strings.Split(strings.TrimSuffix(body.String(), "\n"), "\n")
	var out []string
	for i, l := range lines {
		if i == 0 {
			out = append(out, "+ "+l)
		} else {
			out = append(out, "| "+l)
		}
	}
	for i, sub := range exc.Exceptions {
		sep := fmt.Sprintf("---------------- %d ----------------", i+1)
		if i == 0 {
			out = append(out, "+-+"+sep)
		} else {
			out = append(out, "  +"+sep)
		}
		var subLines []string
		if sub.Exceptions != nil {
			subLines = t.groupLines(sub)
		} else {
			var sb strings.Builder
			t.formatOne(&sb, sub)
			subLines = strings.Split(strings.TrimSuffix(sb.String(), "\n"), "\n")
		}
		for _, l := range subLines {
			out = append(out, "  | "+l)
		}
	}
	out = append(out, "  +------------------------------------")
	return out
}
