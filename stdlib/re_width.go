package stdlib

import (
	"strconv"
	"strings"
)

// Python requires a look-behind to match a fixed number of characters;
// regexp2 allows any. checkLookbehinds reports CPython's error for a
// pattern whose look-behind has no fixed width.

const widthInf = 1 << 30

// skipClass returns the index after the class starting at p[i] ('[').
func skipClass(p []rune, i int) int {
	i++
	if i < len(p) && p[i] == '^' {
		i++
	}
	first := true
	for i < len(p) {
		switch {
		case p[i] == '\\':
			i += 2
		case p[i] == ']' && !first:
			return i + 1
		default:
			i++
		}
		first = false
	}
	return i
}

// groupEnd returns the index of the ')' closing the group opened at p[i].
func groupEnd(p []rune, i int) int {
	depth := 0
	for i < len(p) {
		switch p[i] {
		case '\\':
			i += 2
			continue
		case '[':
			i = skipClass(p, i)
			continue
		case '(':
			depth++
		case ')':
			depth--
			if depth == 0 {
				return i
			}
		}
		i++
	}
	return len(p)
}

// patWidth returns the least and greatest number of characters p[i:end]
// matches (widthInf for unbounded).
func patWidth(p []rune, i, end int, verbose bool) (int, int) {
	lo, hi := 0, 0
	blo, bhi := -1, -1
	for i < end {
		c := p[i]
		alo, ahi := 1, 1
		next := i + 1
		switch {
		case verbose && (c == ' ' || c == '\t' || c == '\n' || c == '\r'):
			i++
			continue
		case verbose && c == '#':
			for i < end && p[i] != '\n' {
				i++
			}
			continue
		case c == '|':
			if blo < 0 || lo < blo {
				blo = lo
			}
			if hi > bhi {
				bhi = hi
			}
			lo, hi = 0, 0
			i++
			continue
		case c == '^' || c == '$':
			alo, ahi = 0, 0
		case c == '[':
			next = skipClass(p, i)
		case c == '\\' && i+1 < end:
			e := p[i+1]
			next = i + 2
			switch {
			case strings.ContainsRune("bBAZ", e):
				alo, ahi = 0, 0
			case e >= '1' && e <= '9':
				alo, ahi = 0, widthInf
				for next < end && p[next] >= '0' && p[next] <= '9' {
					next++
				}
			case e == 'x':
				next += 2
			case e == 'u':
				next += 4
			case e == 'U':
				next += 8
			}
		case c == '(':
			ge := groupEnd(p, i)
			next = ge + 1
			rest := string(p[i+1 : min(ge, len(p))])
			switch {
			case strings.HasPrefix(rest, "?=") || strings.HasPrefix(rest, "?!") || strings.HasPrefix(rest, "?<=") ||
				strings.HasPrefix(rest, "?<!") || strings.HasPrefix(rest, "?#"):
				alo, ahi = 0, 0
			case strings.HasPrefix(rest, "?P="):
				alo, ahi = 0, widthInf
			case strings.HasPrefix(rest, "?("):
				alo, ahi = 0, widthInf
			default:
				start := i + 1
				if strings.HasPrefix(rest, "?") {
					// (?:...), (?P<name>...), (?>...), (?flags:...)
					j := i + 2
					for j < ge && p[j] != ':' && p[j] != '>' {
						j++
					}
					start = j + 1
				}
				alo, ahi = patWidth(p, start, ge, verbose)
			}
		}
		// A quantifier after the atom.
		if next < end {
			q := p[next]
			m, n := 1, 1
			switch {
			case q == '*':
				m, n = 0, widthInf
				next++
			case q == '+':
				m, n = 1, widthInf
				next++
			case q == '?':
				m, n = 0, 1
				next++
			case q == '{' && isQuantifier(p[next:]):
				j := next + 1
				for p[j] != '}' {
					j++
				}
				body := string(p[next+1 : j])
				los, his, comma := strings.Cut(body, ",")
				m, _ = strconv.Atoi(los)
				if !comma {
					n = m
				} else if his == "" {
					n = widthInf
				} else {
					n, _ = strconv.Atoi(his)
				}
				next = j + 1
			}
			if m != 1 || n != 1 {
				if next < end && (p[next] == '?' || p[next] == '+') {
					next++
				}
				alo *= m
				if ahi == widthInf || n == widthInf {
					if ahi != 0 {
						ahi = widthInf
					}
				} else {
					ahi *= n
				}
			}
		}
		lo += alo
		hi = min(hi+ahi, widthInf)
		i = next
	}
	if blo >= 0 {
		lo, hi = min(lo, blo), max(hi, bhi)
	}
	return lo, hi
}

// checkLookbehinds returns an error for a look-behind without a fixed
// width in p.
func checkLookbehinds(p []rune, verbose bool) error {
	for i := 0; i < len(p); i++ {
		switch p[i] {
		case '\\':
			i++
		case '[':
			i = skipClass(p, i) - 1
		case '(':
			if i+3 < len(p) && p[i+1] == '?' && p[i+2] == '<' && (p[i+3] == '=' || p[i+3] == '!') {
				ge := groupEnd(p, i)
				lo, hi := patWidth(p, i+4, ge, verbose)
				if lo != hi {
					return &reError{"look-behind requires fixed-width pattern", -1}
				}
			}
		}
	}
	return nil
}
