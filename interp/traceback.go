package interp

import (
	"fmt"
	"io"
	"strings"
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
	if exc.Traceback != nil {
		b.WriteString("Traceback (most recent call last):\n")
		formatTraceback(b, exc.Traceback)
	}
	if IsSubtype(exc.Class, SyntaxErrorType) && exc.Dict != nil {
		if g, ok := exc.Dict.GetStr("_syntax"); ok {
			if se, ok := g.(*goValue).v.(interface{ Format() string }); ok {
				b.WriteString(se.Format())
				return
			}
		}
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

// excLine is the last line of a traceback: "Type: message".
func (t *Thread) excLine(exc *Exception) string {
	name := exc.Class.Name
	if exc.Class.Module != "builtins" && exc.Class.Module != "" {
		name = exc.Class.Module + "." + exc.Class.Qualname
	}
	msg, err := ToStr(t, exc)
	if err != nil {
		msg = "<exception str() failed>"
	}
	if IsSubtype(exc.Class, BaseExceptionGroupType) && exc.Exceptions != nil {
		n := len(exc.Exceptions)
		s := "s"
		if n == 1 {
			s = ""
		}
		msg = fmt.Sprintf("%s (%d sub-exception%s)", msg, n, s)
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
	width := strLen(body[start:end])
	return strings.Repeat(" ", prefix) + strings.Repeat("^", width)
}
