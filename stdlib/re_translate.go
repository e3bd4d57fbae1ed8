package stdlib

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// Translation of Python's regular expression syntax to regexp2's (.NET)
// syntax, which is close: named groups, lookarounds, backreferences,
// conditionals and inline flags differ only in spelling, and the module
// compiles with OptionMaintainCaptureOrder so that groups number as in
// Python.

// Python's flag values.
const (
	reTemplate   = 1
	reIgnoreCase = 2
	reLocale     = 4
	reMultiline  = 8
	reDotAll     = 16
	reUnicode    = 32
	reVerbose    = 64
	reDebug      = 128
	reASCII      = 256
)

// reError is a pattern error with CPython's message and position.
type reError struct {
	msg string
	pos int
}

func (e *reError) Error() string { return e.msg }

// translated is a pattern ready for regexp2.
type translated struct {
	expr   string
	flags  int            // the flags given plus the global inline flags
	groups int            // number of capturing groups
	names  map[string]int // named groups
	parent []int          // parent[g] is the enclosing capture group of g (0 for none)
}

const (
	asciiWord  = `a-zA-Z0-9_`
	asciiSpace = ` \t\n\r\f\v`
	// Python's \w matches what str.isalnum() accepts and '_' (letters and
	// every kind of number, not .NET's combining marks and connectors);
	// its \s what str.isspace() accepts (.NET's \s and \x1c-\x1f).
	unicodeWord  = `\p{L}\p{N}_`
	unicodeSpace = `\s\x1c-\x1f`
)

func translatePattern(p []rune, flags int, isBytes bool) (*translated, error) {
	tr := &translated{flags: flags, names: map[string]int{}, parent: []int{0}}
	// Global inline flags at the start: (?aiLmsux)
	i := 0
	for i+2 < len(p) && p[i] == '(' && p[i+1] == '?' {
		j := i + 2
		f := 0
		for j < len(p) && strings.ContainsRune("aiLmsux", p[j]) {
			f |= inlineFlag(p[j])
			j++
		}
		if j < len(p) && p[j] == ')' && j > i+2 {
			tr.flags |= f
			i = j + 1
			continue
		}
		break
	}
	if isBytes {
		if tr.flags&reUnicode != 0 {
			return nil, &reError{"cannot use UNICODE flag with a bytes pattern", -1}
		}
	} else if tr.flags&reLocale != 0 {
		return nil, &reError{"cannot use LOCALE flag with a str pattern", -1}
	}
	if tr.flags&reASCII != 0 && tr.flags&reUnicode != 0 {
		return nil, &reError{"ASCII and UNICODE flags are incompatible", -1}
	}
	ascii := tr.flags&reASCII != 0 || isBytes
	verbose := tr.flags&reVerbose != 0
	var b strings.Builder
	var stack []int // open groups: capture number or 0
	var opens []int // positions of the open groups
	lit := func(r rune) {
		if strings.ContainsRune(`\.^$|?*+()[]{}#- `, r) || r == '\t' || r == '\n' {
			if r == '\n' {
				b.WriteString(`\n`)
			} else if r == '\t' {
				b.WriteString(`\t`)
			} else {
				b.WriteByte('\\')
				b.WriteRune(r)
			}
			return
		}
		if r < 0x20 || r == 0x7f || r >= 0xd800 && r <= 0xdfff {
			fmt.Fprintf(&b, `\u%04x`, r)
			return
		}
		if r > 0xffff {
			b.WriteRune(r)
			return
		}
		b.WriteRune(r)
	}
	var outOpens []int // output offsets of the open groups
	atom := 0          // output offset where the last atom starts
	possessive := func() {
		// X*+ is the atomic group (?>X*).
		out := b.String()
		b.Reset()
		b.WriteString(out[:atom] + "(?>" + out[atom:] + ")")
	}
	for i < len(p) {
		c := p[i]
		isQuant := c == '*' || c == '+' || c == '?' || c == '{' && isQuantifier(p[i:])
		skip := verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == '#')
		if !isQuant && !skip && c != ')' {
			atom = b.Len()
		}
		switch {
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'):
			i++
		case verbose && c == '#':
			for i < len(p) && p[i] != '\n' {
				i++
			}
		case c == '\\':
			n, err := tr.escape(p, i, &b, false, ascii, lit)
			if err != nil {
				return nil, err
			}
			i = n
		case c == '[':
			n, err := tr.class(p, i, &b, ascii, lit)
			if err != nil {
				return nil, err
			}
			i = n
		case c == '(':
			if i+1 < len(p) && p[i+1] == '?' {
				rest := string(p[i+2:])
				switch {
				case strings.HasPrefix(rest, "P<"):
					end := strings.IndexByte(rest, '>')
					if end < 0 {
						return nil, &reError{"missing >, unterminated name", i + 4}
					}
					name := rest[2:end]
					if !isIdent(name) {
						return nil, &reError{fmt.Sprintf("bad character in group name '%s'", name), i + 4}
					}
					if _, dup := tr.names[name]; dup {
						return nil, &reError{fmt.Sprintf("redefinition of group name '%s' as group %d; was group %d", name, tr.groups+1, tr.names[name]), i + 4}
					}
					tr.groups++
					tr.names[name] = tr.groups
					tr.parent = append(tr.parent, top(stack))
					stack, opens = append(stack, tr.groups), append(opens, i)
					outOpens = append(outOpens, b.Len())
					b.WriteString("(?<" + name + ">")
					i += 2 + utf8.RuneCountInString(rest[:end+1])
				case strings.HasPrefix(rest, "P="):
					end := strings.IndexByte(rest, ')')
					if end < 0 {
						return nil, &reError{"missing ), unterminated name", i + 4}
					}
					name := rest[2:end]
					if _, ok := tr.names[name]; !ok {
						return nil, &reError{fmt.Sprintf("unknown group name '%s'", name), i + 4}
					}
					b.WriteString(`\k<` + name + ">")
					i += 2 + utf8.RuneCountInString(rest[:end+1])
				case strings.HasPrefix(rest, "#"):
					end := strings.IndexByte(rest, ')')
					if end < 0 {
						return nil, &reError{"missing ), unterminated comment", i}
					}
					i += 2 + utf8.RuneCountInString(rest[:end+1])
				case strings.HasPrefix(rest, ":"), strings.HasPrefix(rest, "="), strings.HasPrefix(rest, "!"),
					strings.HasPrefix(rest, "<="), strings.HasPrefix(rest, "<!"), strings.HasPrefix(rest, ">"):
					stack, opens = append(stack, 0), append(opens, i)
					outOpens = append(outOpens, b.Len())
					b.WriteString("(?")
					i += 2
				case strings.HasPrefix(rest, "("):
					// Conditional: (?(id/name)yes|no)
					end := strings.IndexByte(rest, ')')
					if end < 0 {
						return nil, &reError{"missing ), unterminated name", i + 3}
					}
					ref := rest[1:end]
					if n, err := strconv.Atoi(ref); err == nil {
						if n > tr.groups {
							return nil, &reError{"invalid group reference " + ref, i + 3}
						}
					} else if _, ok := tr.names[ref]; !ok {
						return nil, &reError{fmt.Sprintf("unknown group name '%s'", ref), i + 3}
					}
					stack, opens = append(stack, 0), append(opens, i)
					outOpens = append(outOpens, b.Len())
					b.WriteString("(?(" + ref + ")")
					i += 2 + utf8.RuneCountInString(rest[:end+1])
				default:
					// Scoped flags (?i-s:...) or misplaced global flags.
					j := i + 2
					var on, off strings.Builder
					neg := false
					for j < len(p) && (strings.ContainsRune("aiLmsux", p[j]) || p[j] == '-') {
						if p[j] == '-' {
							neg = true
						} else if strings.ContainsRune("imsx", p[j]) {
							if neg {
								off.WriteRune(p[j])
							} else {
								on.WriteRune(p[j])
							}
						}
						j++
					}
					if j < len(p) && p[j] == ':' {
						stack, opens = append(stack, 0), append(opens, i)
						outOpens = append(outOpens, b.Len())
						b.WriteString("(?" + on.String())
						if off.Len() > 0 {
							b.WriteString("-" + off.String())
						}
						b.WriteString(":")
						i = j + 1
						continue
					}
					if j < len(p) && p[j] == ')' && !neg {
						return nil, &reError{"global flags not at the start of the expression", i}
					}
					if j < len(p) {
						ext := string(p[i+2])
						if p[i+2] == 'P' && i+3 < len(p) {
							ext += string(p[i+3])
						}
						return nil, &reError{"unknown extension ?" + ext, i + 1}
					}
					return nil, &reError{"missing -, : or )", j}
				}
				continue
			}
			tr.groups++
			tr.parent = append(tr.parent, top(stack))
			stack, opens = append(stack, tr.groups), append(opens, i)
			outOpens = append(outOpens, b.Len())
			b.WriteByte('(')
			i++
		case c == ')':
			if len(stack) == 0 {
				return nil, &reError{"unbalanced parenthesis", i}
			}
			stack = stack[:len(stack)-1]
			opens = opens[:len(opens)-1]
			atom = outOpens[len(outOpens)-1]
			outOpens = outOpens[:len(outOpens)-1]
			b.WriteByte(')')
			i++
		case c == '{':
			// {,n} is {0,n} in Python; a brace that starts no quantifier
			// is a literal.
			j := i + 1
			for j < len(p) && (p[j] >= '0' && p[j] <= '9' || p[j] == ',') {
				j++
			}
			body := string(p[i+1 : min(j, len(p))])
			if j < len(p) && p[j] == '}' && body != "" && body != "," && strings.Count(body, ",") <= 1 {
				if strings.HasPrefix(body, ",") {
					body = "0" + body
				}
				if lo, hi, ok := strings.Cut(body, ","); ok && hi != "" {
					l, _ := strconv.Atoi(lo)
					h, _ := strconv.Atoi(hi)
					if h < l {
						return nil, &reError{"min repeat greater than max repeat", i + 1}
					}
				}
				b.WriteString("{" + body + "}")
				i = j + 1
				if i < len(p) && p[i] == '?' {
					b.WriteByte('?')
					i++
				} else if i < len(p) && p[i] == '+' {
					possessive()
					i++
				}
				if i < len(p) && (p[i] == '*' || p[i] == '+' || p[i] == '?' || p[i] == '{' && isQuantifier(p[i:])) {
					return nil, &reError{"multiple repeat", i}
				}
			} else {
				b.WriteString(`\{`)
				i++
			}
		case c == '}':
			b.WriteString(`\}`)
			i++
		case c == '*' || c == '+' || c == '?':
			if i == 0 || p[i-1] == '(' || p[i-1] == '|' {
				return nil, &reError{"nothing to repeat", i}
			}
			b.WriteRune(c)
			i++
			if i < len(p) && p[i] == '?' {
				b.WriteByte('?')
				i++
			} else if i < len(p) && p[i] == '+' {
				possessive()
				i++
			}
			if i < len(p) && (p[i] == '*' || p[i] == '+' || p[i] == '?' || p[i] == '{' && isQuantifier(p[i:])) {
				return nil, &reError{"multiple repeat", i}
			}
		case c == '#' || c == ' ':
			lit(c)
			i++
		default:
			if c >= 0xd800 && c <= 0xdfff || c < 0x20 {
				lit(c)
			} else {
				b.WriteRune(c)
			}
			i++
		}
	}
	if len(stack) > 0 {
		return nil, &reError{"missing ), unterminated subpattern", opens[len(opens)-1]}
	}
	if err := checkLookbehinds(p, verbose); err != nil {
		return nil, err
	}
	tr.expr = b.String()
	return tr, nil
}

// isQuantifier reports whether p starts with {m}, {m,}, {,n} or {m,n}.
func isQuantifier(p []rune) bool {
	j := 1
	for j < len(p) && (p[j] >= '0' && p[j] <= '9' || p[j] == ',') {
		j++
	}
	body := string(p[1:min(j, len(p))])
	return j < len(p) && p[j] == '}' && body != "" && body != "," && strings.Count(body, ",") <= 1
}

func top(s []int) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] != 0 {
			return s[i]
		}
	}
	return 0
}

func inlineFlag(r rune) int {
	switch r {
	case 'a':
		return reASCII
	case 'i':
		return reIgnoreCase
	case 'L':
		return reLocale
	case 'm':
		return reMultiline
	case 's':
		return reDotAll
	case 'u':
		return reUnicode
	case 'x':
		return reVerbose
	}
	return 0
}

func isIdent(s string) bool {
	if s == "" {
		return false
	}
	for i, r := range s {
		if !(r == '_' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r > 0x7f || i > 0 && r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}

func isHex(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F'
}

// escape translates the escape at p[i] ('\\'); inClass tells whether it
// is inside a character class.
func (tr *translated) escape(p []rune, i int, b *strings.Builder, inClass, ascii bool, lit func(rune)) (int, error) {
	if i+1 >= len(p) {
		return 0, &reError{"bad escape (end of pattern)", i}
	}
	c := p[i+1]
	hexN := func(n int) (int, error) {
		if i+2+n > len(p) {
			return 0, &reError{fmt.Sprintf("incomplete escape \\%c%s", c, string(p[i+2:])), i}
		}
		for _, h := range p[i+2 : i+2+n] {
			if !isHex(h) {
				return 0, &reError{fmt.Sprintf("incomplete escape \\%c%s", c, string(p[i+2:i+2+n])), i}
			}
		}
		v, _ := strconv.ParseUint(string(p[i+2:i+2+n]), 16, 32)
		if v > 0x10ffff {
			return 0, &reError{fmt.Sprintf("bad escape \\%c%s", c, string(p[i+2:i+2+n])), i}
		}
		lit(rune(v))
		return i + 2 + n, nil
	}
	switch c {
	case 'd', 'D', 'w', 'W', 's', 'S':
		var set string
		switch c {
		case 'd', 'D':
			set = `\d` // .NET's \d is Unicode's decimal digits, as Python's
			if ascii {
				set = "0-9"
			}
		case 'w', 'W':
			set = unicodeWord
			if ascii {
				set = asciiWord
			}
		default:
			set = unicodeSpace
			if ascii {
				set = asciiSpace
			}
		}
		neg := c == 'D' || c == 'W' || c == 'S'
		switch {
		case inClass && !neg:
			b.WriteString(set)
		case inClass:
			// A negated set cannot join a class: .NET's own is close.
			b.WriteByte('\\')
			b.WriteRune(c)
		case neg:
			b.WriteString("[^" + set + "]")
		default:
			b.WriteString("[" + set + "]")
		}
		return i + 2, nil
	case 'b', 'B':
		if inClass {
			if c == 'b' {
				b.WriteString(`\x08`)
				return i + 2, nil
			}
			return 0, &reError{"bad escape \\B", i}
		}
		w := "[" + unicodeWord + "]"
		if ascii {
			w = "[" + asciiWord + "]"
		}
		if c == 'b' {
			b.WriteString("(?:(?<=" + w + ")(?!" + w + ")|(?<!" + w + ")(?=" + w + "))")
		} else {
			b.WriteString("(?:(?<=" + w + ")(?=" + w + ")|(?<!" + w + ")(?!" + w + "))")
		}
		return i + 2, nil
	case 'A':
		if inClass {
			return 0, &reError{"bad escape \\A", i}
		}
		b.WriteString(`\A`)
		return i + 2, nil
	case 'Z':
		if inClass {
			return 0, &reError{"bad escape \\Z", i}
		}
		b.WriteString(`\z`)
		return i + 2, nil
	case 'n', 't', 'r', 'f', 'v', 'a':
		lit(map[rune]rune{'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a'}[c])
		return i + 2, nil
	case 'x':
		return hexN(2)
	case 'u':
		return hexN(4)
	case 'U':
		return hexN(8)
	case '0':
		// Octal escape of up to three digits.
		j := i + 2
		v := 0
		for j < len(p) && j < i+4 && p[j] >= '0' && p[j] <= '7' {
			v = v*8 + int(p[j]-'0')
			j++
		}
		lit(rune(v))
		return j, nil
	}
	if c >= '1' && c <= '9' {
		j := i + 2
		if j < len(p) && p[j] >= '0' && p[j] <= '9' {
			j++
			// Three octal digits make an octal escape.
			if j < len(p) && c <= '7' && p[j-1] <= '7' && p[j] >= '0' && p[j] <= '7' {
				v, _ := strconv.ParseUint(string(p[i+1:j+1]), 8, 32)
				if v > 0o377 {
					return 0, &reError{fmt.Sprintf("octal escape value \\%s outside of range 0-0o377", string(p[i+1:j+1])), i}
				}
				lit(rune(v))
				return j + 1, nil
			}
		}
		if inClass {
			if c <= '7' {
				v, _ := strconv.ParseUint(string(p[i+1:j]), 8, 32)
				lit(rune(v))
				return j, nil
			}
			return 0, &reError{"bad escape \\" + string(p[i+1:j]), i}
		}
		n, _ := strconv.Atoi(string(p[i+1 : j]))
		if n > tr.groups {
			return 0, &reError{"invalid group reference " + strconv.Itoa(n), i + 1}
		}
		fmt.Fprintf(b, `\k<%d>`, n)
		return j, nil
	}
	if c < 0x80 && (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
		return 0, &reError{"bad escape \\" + string(c), i}
	}
	lit(c)
	return i + 2, nil
}

// class translates a character class starting at p[i] ('[').
func (tr *translated) class(p []rune, i int, b *strings.Builder, ascii bool, lit func(rune)) (int, error) {
	start := i
	i++
	b.WriteByte('[')
	if i < len(p) && p[i] == '^' {
		b.WriteByte('^')
		i++
	}
	first := true
	var tail strings.Builder
	// lastPlain is the previous item when it was a plain character;
	// rangeFrom is the start of a range whose dash was just read.
	lastPlain, rangeFrom := rune(-1), rune(-1)
	lastAt, rangeAt := 0, 0
	for {
		if i >= len(p) {
			return 0, &reError{"unterminated character set", start}
		}
		c := p[i]
		switch {
		case c == ']' && !first:
			// regexp2 mishandles a negated shorthand (\W) followed by
			// other items in a class; last, it works.
			b.WriteString(tail.String())
			b.WriteByte(']')
			return i + 1, nil
		case c == '\\' && !ascii && i+1 < len(p) && (p[i+1] == 'W' || p[i+1] == 'S' || p[i+1] == 'D'):
			tail.WriteByte('\\')
			tail.WriteRune(p[i+1])
			i += 2
			lastPlain, rangeFrom = -1, -1
		case c == '\\':
			n, err := tr.escape(p, i, b, true, ascii, lit)
			if err != nil {
				return 0, err
			}
			i = n
			lastPlain, rangeFrom = -1, -1
		case c == '-':
			// A range dash, or a literal at either end.
			if first || i+1 < len(p) && p[i+1] == ']' {
				b.WriteString(`\-`)
			} else {
				b.WriteByte('-')
				rangeFrom, rangeAt = lastPlain, lastAt
			}
			lastPlain = -1
			i++
		case c == '[' || c == ']':
			b.WriteByte('\\')
			b.WriteRune(c)
			i++
			lastPlain, rangeFrom = c, -1
		default:
			if rangeFrom >= 0 && rangeFrom > c {
				return 0, &reError{fmt.Sprintf("bad character range %c-%c", rangeFrom, c), rangeAt}
			}
			rangeFrom = -1
			lastPlain, lastAt = c, i
			if c < 0x20 || c >= 0xd800 && c <= 0xdfff {
				lit(c)
			} else {
				b.WriteRune(c)
			}
			i++
		}
		first = false
	}
}
