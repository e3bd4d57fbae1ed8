package stdlib

import (
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/dlclark/regexp2/v2"
	"github.com/rebeam/rebeam/interp"
)

// The re module on regexp2, a backtracking engine with .NET's syntax:
// re_translate.go rewrites Python's syntax, this file gives the Pattern
// and Match objects Python's API. Positions are code points, as in
// Python and in regexp2.

// rePattern is a compiled pattern (re.Pattern).
type rePattern struct {
	source  interp.Value // the pattern as given (str or bytes)
	flags   int
	isBytes bool
	tr      *translated
	re      *regexp2.Regexp // unanchored
	once    sync.Once
	anchor  *regexp2.Regexp // \G(?:...): match at pos
	full    *regexp2.Regexp // \G(?:...)\z: fullmatch
	err     error
	names   []string // names[g] is group g's name or ""
	obj     *interp.Object
}

// reMatch is a match (re.Match).
type reMatch struct {
	pat       *rePattern
	str       interp.Value
	runes     []rune
	pos, end  int
	spans     []int // 2 per group, -1 when unmatched
	lastindex int
}

var (
	patternType = newType("Pattern", "re", nil)
	matchType   = newType("Match", "re", nil)
)

func init() {
	for _, c := range []*interp.Type{patternType, matchType} {
		c.Dict.SetStr("__class_getitem__", interp.ClassGetItem) // re.Pattern[str]
	}
}

// Type returns re.Pattern.
func (*rePattern) Type() *interp.Type { return patternType }

// Type returns re.Match.
func (*reMatch) Type() *interp.Type { return matchType }

var reCache = struct {
	sync.Mutex
	m map[reKey]*rePattern
}{m: map[reKey]*rePattern{}}

type reKey struct {
	src     string
	flags   int
	isBytes bool
}

// toRunes decodes a str (WTF-8) or bytes (one rune a byte) to runes.
func toRunes(v interp.Value) ([]rune, bool, bool) {
	switch x := v.(type) {
	case interp.Str:
		return strRunes(string(x)), false, true
	case interp.Bytes:
		return byteRunes(string(x)), true, true
	case *interp.ByteArray:
		return byteRunes(string(x.B)), true, true
	case *interp.Object:
		if x.Base != nil {
			return toRunes(x.Base)
		}
	}
	return nil, false, false
}

func strRunes(s string) []rune {
	rs := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		if s[i] < 0x80 {
			rs = append(rs, rune(s[i]))
			i++
			continue
		}
		r, n := decodeWTF8(s[i:])
		rs = append(rs, r)
		i += n
	}
	return rs
}

func byteRunes(s string) []rune {
	rs := make([]rune, len(s))
	for i := 0; i < len(s); i++ {
		rs[i] = rune(s[i])
	}
	return rs
}

// text makes a str or bytes of runes, as the subject is.
func (p *rePattern) text(rs []rune) interp.Value {
	if p.isBytes {
		b := make([]byte, len(rs))
		for i, r := range rs {
			b[i] = byte(r)
		}
		return interp.Bytes(b)
	}
	buf := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r < 0x80 {
			buf = append(buf, byte(r))
		} else {
			buf = appendWTF8(buf, r)
		}
	}
	return interp.Str(buf)
}

func reErrorValue(t *interp.Thread, msg string, pattern interp.Value, pos int) error {
	cls := reErrorClass(t)
	var pv interp.Value = interp.None
	if pos >= 0 {
		pv = interp.Int(pos)
	} else {
		pattern = interp.None
	}
	return raise(t, cls, interp.Str(msg), pattern, pv)
}

func reErrorClass(t *interp.Thread) interp.Value {
	if v, ok := t.Interp.Module("re"); ok {
		if m, ok := v.(*interp.Module); ok {
			if c, ok := m.Dict.GetStr("error"); ok {
				return c
			}
		}
	}
	return interp.ValueErrorType
}

// compilePattern compiles (with a cache) pattern with flags.
func compilePattern(t *interp.Thread, pattern interp.Value, flags int) (*rePattern, error) {
	if p, err := patternOf(pattern); err == nil {
		if flags != 0 {
			return nil, interp.Errorf(interp.ValueErrorType, "cannot process flags argument with a compiled pattern")
		}
		return p, nil
	}
	rs, isBytes, ok := toRunes(pattern)
	if !ok {
		return nil, argErr("first argument must be string or compiled pattern")
	}
	key := reKey{string(rs), flags, isBytes}
	reCache.Lock()
	p := reCache.m[key]
	reCache.Unlock()
	if p != nil {
		return p, nil
	}
	tr, err := translatePattern(rs, flags, isBytes)
	if err != nil {
		e := err.(*reError)
		return nil, reErrorValue(t, e.msg, pattern, e.pos)
	}
	re, err := regexp2.Compile(tr.expr, regexp2.OptionMaintainCaptureOrder(), netOptions(tr.flags))
	if err != nil {
		return nil, reErrorValue(t, cleanErr(err), pattern, -1)
	}
	p = &rePattern{source: pattern, flags: tr.flags, isBytes: isBytes, tr: tr, re: re}
	p.obj = &interp.Object{Class: patternType, Base: p}
	if !isBytes && p.flags&reASCII == 0 {
		p.flags |= reUnicode
	}
	p.names = make([]string, tr.groups+1)
	for n, g := range tr.names {
		p.names[g] = n
	}
	reCache.Lock()
	if len(reCache.m) > 512 {
		reCache.m = map[reKey]*rePattern{}
	}
	reCache.m[key] = p
	reCache.Unlock()
	return p, nil
}

func cleanErr(err error) string {
	s := err.Error()
	s = strings.TrimPrefix(s, "error parsing regexp: ")
	return s
}

func netOptions(flags int) regexp2.RegexOptions {
	o := regexp2.None
	if flags&reIgnoreCase != 0 {
		o |= regexp2.IgnoreCase
	}
	if flags&reMultiline != 0 {
		o |= regexp2.Multiline
	}
	if flags&reDotAll != 0 {
		o |= regexp2.Singleline
	}
	return o
}

// anchored returns the variants for match (at pos) and fullmatch.
func (p *rePattern) anchored() (*regexp2.Regexp, *regexp2.Regexp, error) {
	p.once.Do(func() {
		opts := []regexp2.CompileOption{regexp2.OptionMaintainCaptureOrder(), netOptions(p.flags)}
		p.anchor, p.err = regexp2.Compile(`\G(?:`+p.tr.expr+`)`, opts...)
		if p.err == nil {
			p.full, p.err = regexp2.Compile(`\G(?:`+p.tr.expr+`)\z`, opts...)
		}
	})
	return p.anchor, p.full, p.err
}

const (
	modeSearch = iota
	modeMatch
	modeFull
)

// exec runs one match of mode over rs[:end] from pos.
func (p *rePattern) exec(t *interp.Thread, mode int, str interp.Value, rs []rune, pos, end int) (*reMatch, error) {
	re := p.re
	if mode != modeSearch {
		a, f, err := p.anchored()
		if err != nil {
			return nil, reErrorValue(t, cleanErr(err), p.source, -1)
		}
		re = a
		if mode == modeFull {
			re = f
		}
	}
	if pos > end {
		return nil, nil
	}
	m, err := re.FindRunesMatchStartingAt(rs[:end], pos)
	if err != nil {
		return nil, interp.Errorf(interp.RuntimeErrorType, "regular expression engine: %v", err)
	}
	if m == nil {
		return nil, nil
	}
	rm := &reMatch{pat: p, str: str, runes: rs, pos: pos, end: end, spans: make([]int, 2*(p.tr.groups+1))}
	groups := m.Groups()
	for g := 0; g <= p.tr.groups; g++ {
		rm.spans[2*g], rm.spans[2*g+1] = -1, -1
		if g < len(groups) && len(groups[g].Captures) > 0 {
			c := groups[g].Capture
			rm.spans[2*g], rm.spans[2*g+1] = c.RuneIndex, c.RuneIndex+c.RuneLength
		}
	}
	rm.lastindex = rm.computeLastIndex()
	return rm, nil
}

// computeLastIndex finds the group that closed last: the one ending
// last, an enclosing group before its members, a later group before an
// earlier one.
func (m *reMatch) computeLastIndex() int {
	best := 0
	for g := 1; g <= m.pat.tr.groups; g++ {
		e := m.spans[2*g+1]
		if m.spans[2*g] < 0 {
			continue
		}
		if best == 0 || e > m.spans[2*best+1] {
			best = g
			continue
		}
		if e == m.spans[2*best+1] && !m.isAncestor(best, g) {
			best = g
		}
	}
	return best
}

func (m *reMatch) isAncestor(a, g int) bool {
	for g != 0 {
		g = m.pat.tr.parent[g]
		if g == a {
			return true
		}
	}
	return false
}

// subject reads the string argument of a matching method.
func (p *rePattern) subject(v interp.Value) ([]rune, error) {
	rs, isBytes, ok := toRunes(v)
	if !ok {
		if p.isBytes {
			return nil, argErr("expected a bytes-like object, %s found", interp.TypeName(v))
		}
		return nil, argErr("expected string or bytes-like object, got '%s'", interp.TypeName(v))
	}
	if isBytes != p.isBytes {
		if p.isBytes {
			return nil, argErr("cannot use a bytes pattern on a string-like object")
		}
		return nil, argErr("cannot use a string pattern on a bytes-like object")
	}
	return rs, nil
}

func clampPos(pos, endpos, n int) (int, int) {
	if pos < 0 {
		pos = 0
	}
	if pos > n {
		pos = n
	}
	if endpos < 0 {
		endpos = 0
	}
	if endpos > n {
		endpos = n
	}
	return pos, endpos
}

// iterate calls f for each successive match of p in rs[pos:end], with
// Python's rule for empty matches: an empty match may not start where
// the previous empty match was.
func (p *rePattern) iterate(t *interp.Thread, str interp.Value, rs []rune, pos, end, limit int, f func(m *reMatch) error) error {
	w := &matchWalker{p: p, str: str, rs: rs, pos: pos, end: end}
	for n := 0; limit <= 0 || n < limit; n++ {
		m, err := w.next(t)
		if m == nil || err != nil {
			return err
		}
		if err := f(m); err != nil {
			return err
		}
	}
	return nil
}

// matchWalker steps through the successive non-overlapping matches of a
// pattern in rs[pos:end]; after an empty match the next one must not be
// empty at the same place.
type matchWalker struct {
	p           *rePattern
	str         interp.Value
	rs          []rune
	pos, end    int
	mustAdvance bool
}

// next returns the next match, or nil when there are no more.
func (w *matchWalker) next(t *interp.Thread) (*reMatch, error) {
	if w.pos > w.end {
		return nil, nil
	}
	m, err := w.p.exec(t, modeSearch, w.str, w.rs, w.pos, w.end)
	if m == nil || err != nil {
		w.pos = w.end + 1
		return nil, err
	}
	if w.mustAdvance && m.spans[0] == w.pos && m.spans[1] == w.pos {
		if w.pos+1 > w.end {
			w.pos = w.end + 1
			return nil, nil
		}
		if m, err = w.p.exec(t, modeSearch, w.str, w.rs, w.pos+1, w.end); m == nil || err != nil {
			w.pos = w.end + 1
			return nil, err
		}
	}
	w.mustAdvance = m.spans[0] == m.spans[1]
	w.pos = m.spans[1]
	return m, nil
}

// The Python-visible Pattern and Match are *interp.Object instances of
// patternType and matchType whose Base holds the Go value, so that the
// interpreter's dunder dispatch (repr, [], ==, hash) finds their methods.

func (p *rePattern) value() interp.Value { return p.obj }

func (m *reMatch) value() interp.Value { return &interp.Object{Class: matchType, Base: m} }

func patternOf(v interp.Value) (*rePattern, error) {
	if o, ok := v.(*interp.Object); ok {
		v = o.Base
	}
	if p, ok := v.(*rePattern); ok {
		return p, nil
	}
	return nil, argErr("descriptor requires a 're.Pattern' object but received a '%s'", interp.TypeName(v))
}

func matchOf(v interp.Value) (*reMatch, error) {
	if o, ok := v.(*interp.Object); ok {
		v = o.Base
	}
	if m, ok := v.(*reMatch); ok {
		return m, nil
	}
	return nil, argErr("descriptor requires a 're.Match' object but received a '%s'", interp.TypeName(v))
}

func matchMethod(mode int, name string) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		p, err := patternOf(args[0])
		if err != nil {
			return nil, err
		}
		var s interp.Value
		pos, endpos := 0, int(^uint(0)>>1)
		if err := interp.UnpackArgs(name, args[1:], kw, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
			return nil, err
		}
		rs, err := p.subject(s)
		if err != nil {
			return nil, err
		}
		pos, endpos = clampPos(pos, endpos, len(rs))
		m, err := p.exec(t, mode, s, rs, pos, endpos)
		if err != nil || m == nil {
			return interp.None, err
		}
		return m.value(), nil
	}
}

func patFindall(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := patternOf(args[0])
	if err != nil {
		return nil, err
	}
	var s interp.Value
	pos, endpos := 0, int(^uint(0)>>1)
	if err := interp.UnpackArgs("findall", args[1:], kw, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
		return nil, err
	}
	rs, err := p.subject(s)
	if err != nil {
		return nil, err
	}
	pos, endpos = clampPos(pos, endpos, len(rs))
	var out []interp.Value
	err = p.iterate(t, s, rs, pos, endpos, 0, func(m *reMatch) error {
		switch p.tr.groups {
		case 0:
			out = append(out, m.group(0, p.text(nil)))
		case 1:
			out = append(out, m.group(1, p.text(nil)))
		default:
			tup := make(interp.Tuple, p.tr.groups)
			for g := range tup {
				tup[g] = m.group(g+1, p.text(nil))
			}
			out = append(out, tup)
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return interp.NewList(out), nil
}

func patFinditer(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := patternOf(args[0])
	if err != nil {
		return nil, err
	}
	var s interp.Value
	pos, endpos := 0, int(^uint(0)>>1)
	if err := interp.UnpackArgs("finditer", args[1:], kw, "string", &s, "pos?", &pos, "endpos?", &endpos); err != nil {
		return nil, err
	}
	rs, err := p.subject(s)
	if err != nil {
		return nil, err
	}
	pos, endpos = clampPos(pos, endpos, len(rs))
	// Lazy, as CPython's: each match is found when it is asked for.
	w := &matchWalker{p: p, str: s, rs: rs, pos: pos, end: endpos}
	return interp.NewCallableIterator(func(t *interp.Thread) (interp.Value, bool, error) {
		m, err := w.next(t)
		if m == nil || err != nil {
			return nil, false, err
		}
		return m.value(), true, nil
	}), nil
}

func patSplit(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	p, err := patternOf(args[0])
	if err != nil {
		return nil, err
	}
	var s interp.Value
	maxsplit := 0
	if err := interp.UnpackArgs("split", args[1:], kw, "string", &s, "maxsplit?", &maxsplit); err != nil {
		return nil, err
	}
	rs, err := p.subject(s)
	if err != nil {
		return nil, err
	}
	var out []interp.Value
	last := 0
	if maxsplit < 0 {
		return interp.NewList([]interp.Value{p.text(rs)}), nil
	}
	err = p.iterate(t, s, rs, 0, len(rs), maxsplit, func(m *reMatch) error {
		out = append(out, p.text(rs[last:m.spans[0]]))
		for g := 1; g <= p.tr.groups; g++ {
			out = append(out, m.group(g, interp.None))
		}
		last = m.spans[1]
		return nil
	})
	if err != nil {
		return nil, err
	}
	out = append(out, p.text(rs[last:]))
	return interp.NewList(out), nil
}

// tmplPiece is a literal or a group reference of a sub template.
type tmplPiece struct {
	lit   []rune
	group int // -1 for a literal
}

func (p *rePattern) parseTemplate(t *interp.Thread, tmpl []rune) ([]tmplPiece, error) {
	var out []tmplPiece
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			out = append(out, tmplPiece{lit: cur, group: -1})
			cur = nil
		}
	}
	bad := func(msg string, pos int) error {
		return reErrorValue(t, msg, p.text(tmpl), pos)
	}
	for i := 0; i < len(tmpl); i++ {
		c := tmpl[i]
		if c != '\\' {
			cur = append(cur, c)
			continue
		}
		if i+1 >= len(tmpl) {
			return nil, bad("bad escape (end of pattern)", i)
		}
		e := tmpl[i+1]
		switch {
		case e == 'g':
			if i+2 >= len(tmpl) || tmpl[i+2] != '<' {
				return nil, bad("missing <", i+2)
			}
			j := i + 3
			for j < len(tmpl) && tmpl[j] != '>' {
				j++
			}
			if j >= len(tmpl) {
				return nil, bad("missing >, unterminated name", i+3)
			}
			name := string(tmpl[i+3 : j])
			var g int
			if n, err := strconv.Atoi(name); err == nil && n >= 0 {
				if n > p.tr.groups {
					return nil, bad("invalid group reference "+name, i+3)
				}
				g = n
			} else if n, ok := p.tr.names[name]; ok {
				g = n
			} else if name == "" {
				return nil, bad("missing group name", i+3)
			} else if !isIdent(name) {
				return nil, bad(fmt.Sprintf("bad character in group name '%s'", name), i+3)
			} else {
				return nil, interp.Errorf(interp.IndexErrorType, "unknown group name '%s'", name)
			}
			flush()
			out = append(out, tmplPiece{group: g})
			i = j
		case e == '0':
			v, j := 0, i+1
			for k := 0; k < 3 && j < len(tmpl) && tmpl[j] >= '0' && tmpl[j] <= '7'; k++ {
				v = v*8 + int(tmpl[j]-'0')
				j++
			}
			cur = append(cur, rune(v))
			i = j - 1
		case e >= '1' && e <= '9':
			j := i + 2
			if j < len(tmpl) && tmpl[j] >= '0' && tmpl[j] <= '9' {
				if j+1 < len(tmpl) && e <= '7' && tmpl[j] <= '7' && tmpl[j+1] >= '0' && tmpl[j+1] <= '7' {
					v, _ := strconv.ParseUint(string(tmpl[i+1:j+2]), 8, 32)
					cur = append(cur, rune(v))
					i = j + 1
					continue
				}
				j++
			}
			n, _ := strconv.Atoi(string(tmpl[i+1 : j]))
			if n > p.tr.groups {
				return nil, bad("invalid group reference "+strconv.Itoa(n), i+1)
			}
			flush()
			out = append(out, tmplPiece{group: n})
			i = j - 1
		default:
			simple := map[rune]rune{'n': '\n', 't': '\t', 'r': '\r', 'f': '\f', 'v': '\v', 'a': '\a', 'b': '\b', '\\': '\\'}
			if r, ok := simple[e]; ok {
				cur = append(cur, r)
			} else if e < 0x80 && (e >= 'a' && e <= 'z' || e >= 'A' && e <= 'Z') {
				return nil, bad("bad escape \\"+string(e), i)
			} else {
				cur = append(cur, '\\', e)
			}
			i++
		}
	}
	flush()
	return out, nil
}

func (m *reMatch) expand(pieces []tmplPiece, buf []rune) []rune {
	for _, pc := range pieces {
		if pc.group < 0 {
			buf = append(buf, pc.lit...)
		} else if s := m.spans[2*pc.group]; s >= 0 {
			buf = append(buf, m.runes[s:m.spans[2*pc.group+1]]...)
		}
	}
	return buf
}

func (p *rePattern) sub(t *interp.Thread, repl, s interp.Value, count int) (interp.Value, int, error) {
	rs, err := p.subject(s)
	if err != nil {
		return nil, 0, err
	}
	var pieces []tmplPiece
	isFunc := false
	if trs, isB, ok := toRunes(repl); ok {
		if isB != p.isBytes {
			return nil, 0, argErr("expected %s, got '%s'", map[bool]string{true: "a bytes-like object", false: "str instance"}[p.isBytes], interp.TypeName(repl))
		}
		if pieces, err = p.parseTemplate(t, trs); err != nil {
			return nil, 0, err
		}
	} else {
		isFunc = true
	}
	var out []rune
	last, n := 0, 0
	if count < 0 {
		return s, 0, nil
	}
	err = p.iterate(t, s, rs, 0, len(rs), count, func(m *reMatch) error {
		out = append(out, rs[last:m.spans[0]]...)
		if isFunc {
			r, err := t.Call(repl, []interp.Value{m.value()}, nil)
			if err != nil {
				return err
			}
			if r == interp.None {
				// A function returning None replaces the match with nothing.
				last = m.spans[1]
				n++
				return nil
			}
			rr, isB, ok := toRunes(r)
			if !ok || isB != p.isBytes {
				if p.isBytes {
					return argErr("expected a bytes-like object, %s found", interp.TypeName(r))
				}
				return argErr("expected str instance, %s found", interp.TypeName(r))
			}
			out = append(out, rr...)
		} else {
			out = m.expand(pieces, out)
		}
		last = m.spans[1]
		n++
		return nil
	})
	if err != nil {
		return nil, 0, err
	}
	out = append(out, rs[last:]...)
	return p.text(out), n, nil
}

func patSub(withN bool) interp.BuiltinFunc {
	name := "sub"
	if withN {
		name = "subn"
	}
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		p, err := patternOf(args[0])
		if err != nil {
			return nil, err
		}
		var repl, s interp.Value
		count := 0
		if err := interp.UnpackArgs(name, args[1:], kw, "repl", &repl, "string", &s, "count?", &count); err != nil {
			return nil, err
		}
		r, n, err := p.sub(t, repl, s, count)
		if err != nil {
			return nil, err
		}
		if withN {
			return interp.Tuple{r, interp.Int(n)}, nil
		}
		return r, nil
	}
}

func (p *rePattern) flagsRepr() string {
	names := []struct {
		v int
		n string
	}{{reTemplate, "re.TEMPLATE"}, {reIgnoreCase, "re.IGNORECASE"}, {reLocale, "re.LOCALE"}, {reMultiline, "re.MULTILINE"},
		{reDotAll, "re.DOTALL"}, {reUnicode, "re.UNICODE"}, {reVerbose, "re.VERBOSE"}, {reDebug, "re.DEBUG"}, {reASCII, "re.ASCII"}}
	f := p.flags
	if !p.isBytes {
		f &^= reUnicode
	}
	var parts []string
	for _, n := range names {
		if f&n.v != 0 {
			parts = append(parts, n.n)
			f &^= n.v
		}
	}
	if f != 0 {
		parts = append(parts, fmt.Sprintf("0x%x", f))
	}
	return strings.Join(parts, "|")
}

func init() {
	pm := map[string]interp.BuiltinFunc{
		"search":    matchMethod(modeSearch, "search"),
		"match":     matchMethod(modeMatch, "match"),
		"fullmatch": matchMethod(modeFull, "fullmatch"),
		"findall":   patFindall,
		"finditer":  patFinditer,
		"split":     patSplit,
		"sub":       patSub(false),
		"subn":      patSub(true),
		"__repr__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			p, _ := patternOf(args[0])
			src, err := interp.Repr(t, p.source)
			if err != nil {
				return nil, err
			}
			if len(src) > 200 {
				src = src[:200]
			}
			if f := p.flagsRepr(); f != "" {
				return interp.Str("re.compile(" + src + ", " + f + ")"), nil
			}
			return interp.Str("re.compile(" + src + ")"), nil
		},
		"__eq__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, _ := patternOf(args[0])
			b, err := patternOf(args[1])
			if err != nil {
				return interp.NotImplemented, nil
			}
			eq, err := interp.Equal(t, a.source, b.source)
			return interp.Bool(eq && a.flags == b.flags), err
		},
		"__hash__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			a, _ := patternOf(args[0])
			h, err := interp.Hash(t, a.source)
			return interp.Int(h ^ int64(a.flags)), err
		},
		"__copy__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return args[0], nil
		},
		"__deepcopy__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return args[0], nil
		},
	}
	for n, fn := range pm {
		patternType.Dict.SetStr(n, &interp.Builtin{Name: n, Owner: patternType, Fn: fn})
	}
	addProperty(patternType, "pattern", func(v interp.Value) interp.Value { return pat(v).source })
	addProperty(patternType, "flags", func(v interp.Value) interp.Value { return interp.Int(pat(v).flags) })
	addProperty(patternType, "groups", func(v interp.Value) interp.Value { return interp.Int(pat(v).tr.groups) })
	addProperty(patternType, "groupindex", func(v interp.Value) interp.Value {
		p := pat(v)
		d := interp.NewDict()
		for g, n := range p.names {
			if n != "" {
				d.SetStr(n, interp.Int(g))
			}
		}
		return d
	})
	initMatchType()
	register("_re", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{"compile": reCompile})
		m.Dict.SetStr("Pattern", patternType)
		m.Dict.SetStr("Match", matchType)
		return nil
	}, "")
	register("re", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{"_compile": reCompile, "escape": reEscape, "purge": rePurge})
		m.Dict.SetStr("Pattern", patternType)
		m.Dict.SetStr("Match", matchType)
		return nil
	}, rePrelude)
}

func reCompile(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var pattern, flags interp.Value = nil, interp.Int(0)
	if err := interp.UnpackArgs("compile", args, kw, "pattern", &pattern, "flags?", &flags); err != nil {
		return nil, err
	}
	f, err := interp.ToIndex(flags)
	if err != nil {
		if fv, err2 := t.Call(interp.IntType, []interp.Value{flags}, nil); err2 == nil {
			f, err = interp.ToIndex(fv)
		}
		if err != nil {
			return nil, err
		}
	}
	p, err := compilePattern(t, pattern, f)
	if err != nil {
		return nil, err
	}
	return p.value(), nil
}

func rePurge(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	reCache.Lock()
	reCache.m = map[reKey]*rePattern{}
	reCache.Unlock()
	return interp.None, nil
}

// reEscape escapes every character that is special in a pattern.
func reEscape(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var v interp.Value
	if err := interp.UnpackArgs("escape", args, kw, "pattern", &v); err != nil {
		return nil, err
	}
	const special = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"
	switch x := v.(type) {
	case interp.Str:
		var b strings.Builder
		for _, r := range string(x) {
			if r < 0x80 && strings.ContainsRune(special, r) {
				b.WriteByte('\\')
			}
			b.WriteRune(r)
		}
		return interp.Str(b.String()), nil
	default:
		s, ok := asBytes(v)
		if !ok {
			return nil, argErr("expected str or bytes-like object, not %s", interp.TypeName(v))
		}
		var b []byte
		for i := 0; i < len(s); i++ {
			if strings.IndexByte(special, s[i]) >= 0 {
				b = append(b, '\\')
			}
			b = append(b, s[i])
		}
		return interp.Bytes(b), nil
	}
}

// group returns group g's text or dflt when it did not match.
func (m *reMatch) group(g int, dflt interp.Value) interp.Value {
	s, e := m.spans[2*g], m.spans[2*g+1]
	if s < 0 {
		return dflt
	}
	return m.pat.text(m.runes[s:e])
}

// groupIndex resolves a group number or name.
func (m *reMatch) groupIndex(v interp.Value) (int, error) {
	switch x := v.(type) {
	case interp.Int:
		if x >= 0 && int(x) <= m.pat.tr.groups {
			return int(x), nil
		}
	case interp.Bool:
		return b2i(bool(x)), nil
	case interp.Str:
		if g, ok := m.pat.tr.names[string(x)]; ok {
			return g, nil
		}
	default:
		if n, ok := toPynum(v); ok {
			if i, fits := n.Int64(); fits && i >= 0 && int(i) <= m.pat.tr.groups {
				return int(i), nil
			}
		}
	}
	return 0, interp.Errorf(interp.IndexErrorType, "no such group")
}

func initMatchType() {
	mm := map[string]interp.BuiltinFunc{
		"group": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			m, err := matchOf(args[0])
			if err != nil {
				return nil, err
			}
			if len(args) == 1 {
				return m.group(0, interp.None), nil
			}
			if len(args) == 2 {
				g, err := m.groupIndex(args[1])
				if err != nil {
					return nil, err
				}
				return m.group(g, interp.None), nil
			}
			out := make(interp.Tuple, len(args)-1)
			for i, a := range args[1:] {
				g, err := m.groupIndex(a)
				if err != nil {
					return nil, err
				}
				out[i] = m.group(g, interp.None)
			}
			return out, nil
		},
		"__getitem__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			m, err := matchOf(args[0])
			if err != nil {
				return nil, err
			}
			g, err := m.groupIndex(args[1])
			if err != nil {
				return nil, err
			}
			return m.group(g, interp.None), nil
		},
		"groups": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			m, err := matchOf(args[0])
			if err != nil {
				return nil, err
			}
			var dflt interp.Value = interp.None
			if err := interp.UnpackArgs("groups", args[1:], kw, "default?", &dflt); err != nil {
				return nil, err
			}
			out := make(interp.Tuple, m.pat.tr.groups)
			for i := range out {
				out[i] = m.group(i+1, dflt)
			}
			return out, nil
		},
		"groupdict": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			m, err := matchOf(args[0])
			if err != nil {
				return nil, err
			}
			var dflt interp.Value = interp.None
			if err := interp.UnpackArgs("groupdict", args[1:], kw, "default?", &dflt); err != nil {
				return nil, err
			}
			d := interp.NewDict()
			for g, n := range m.pat.names {
				if n != "" {
					d.SetStr(n, m.group(g, dflt))
				}
			}
			return d, nil
		},
		"start": matchPos("start", 0),
		"end":   matchPos("end", 1),
		"span":  matchPos("span", 2),
		"expand": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			m, err := matchOf(args[0])
			if err != nil {
				return nil, err
			}
			var tmpl interp.Value
			if err := interp.UnpackArgs("expand", args[1:], kw, "template", &tmpl); err != nil {
				return nil, err
			}
			rs, _, ok := toRunes(tmpl)
			if !ok {
				return nil, argErr("expected str instance, %s found", interp.TypeName(tmpl))
			}
			pieces, err := m.pat.parseTemplate(t, rs)
			if err != nil {
				return nil, err
			}
			return m.pat.text(m.expand(pieces, nil)), nil
		},
		"__repr__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			m, _ := matchOf(args[0])
			g, _ := interp.Repr(t, m.group(0, interp.None))
			return interp.Str(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.spans[0], m.spans[1], g)), nil
		},
		"__bool__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return interp.True, nil
		},
		"__copy__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return args[0], nil
		},
		"__deepcopy__": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			return args[0], nil
		},
	}
	for n, fn := range mm {
		matchType.Dict.SetStr(n, &interp.Builtin{Name: n, Owner: matchType, Fn: fn})
	}
	addProperty(matchType, "string", func(v interp.Value) interp.Value { return mat(v).str })
	addProperty(matchType, "re", func(v interp.Value) interp.Value { return mat(v).pat.value() })
	addProperty(matchType, "pos", func(v interp.Value) interp.Value { return interp.Int(mat(v).pos) })
	addProperty(matchType, "endpos", func(v interp.Value) interp.Value { return interp.Int(mat(v).end) })
	addProperty(matchType, "lastindex", func(v interp.Value) interp.Value {
		m := mat(v)
		if m.lastindex == 0 {
			return interp.None
		}
		return interp.Int(m.lastindex)
	})
	addProperty(matchType, "lastgroup", func(v interp.Value) interp.Value {
		m := mat(v)
		if m.lastindex == 0 || m.pat.names[m.lastindex] == "" {
			return interp.None
		}
		return interp.Str(m.pat.names[m.lastindex])
	})
	addProperty(matchType, "regs", func(v interp.Value) interp.Value {
		m := mat(v)
		out := make(interp.Tuple, m.pat.tr.groups+1)
		for g := range out {
			out[g] = interp.Tuple{interp.Int(m.spans[2*g]), interp.Int(m.spans[2*g+1])}
		}
		return out
	})
}

func matchPos(name string, which int) interp.BuiltinFunc {
	return func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		m, err := matchOf(args[0])
		if err != nil {
			return nil, err
		}
		var gv interp.Value = interp.Int(0)
		if err := interp.UnpackArgs(name, args[1:], kw, "group?", &gv); err != nil {
			return nil, err
		}
		g, err := m.groupIndex(gv)
		if err != nil {
			return nil, err
		}
		s, e := m.spans[2*g], m.spans[2*g+1]
		switch which {
		case 0:
			return interp.Int(s), nil
		case 1:
			return interp.Int(e), nil
		}
		return interp.Tuple{interp.Int(s), interp.Int(e)}, nil
	}
}

const rePrelude = `
class error(Exception):
    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            if isinstance(pattern, str):
                newline = '\n'
            else:
                newline = b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
            else:
                msg = '%s at position %d' % (msg, pos)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)

error.__module__ = 're'
PatternError = error

class RegexFlag(int):
    def __new__(cls, value, name=None):
        self = int.__new__(cls, value)
        self._name_ = name
        return self
    @property
    def name(self):
        return self._name_
    @property
    def value(self):
        return int(self)
    def __repr__(self):
        if self._name_:
            return 're.' + self._name_
        parts = [n for n, v in _flag_names if int(self) & v]
        rest = int(self) & ~sum(v for n, v in _flag_names)
        if rest:
            parts.append(hex(rest))
        return '|'.join('re.' + p if not p.startswith('0x') else p for p in parts) or 're.NOFLAG'
    __str__ = __repr__
    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented
    __ror__ = __or__
    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented
    __rand__ = __and__
    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented
    __rxor__ = __xor__
    def __invert__(self):
        return RegexFlag(~int(self) & 0x1ff)

_flag_names = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]
NOFLAG = RegexFlag(0, 'NOFLAG')
TEMPLATE = T = RegexFlag(1, 'TEMPLATE')
IGNORECASE = I = RegexFlag(2, 'IGNORECASE')
LOCALE = L = RegexFlag(4, 'LOCALE')
MULTILINE = M = RegexFlag(8, 'MULTILINE')
DOTALL = S = RegexFlag(16, 'DOTALL')
UNICODE = U = RegexFlag(32, 'UNICODE')
VERBOSE = X = RegexFlag(64, 'VERBOSE')
DEBUG = RegexFlag(128, 'DEBUG')
ASCII = A = RegexFlag(256, 'ASCII')

def compile(pattern, flags=0):
    return _compile(pattern, flags)

def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)

def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)

def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)

def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)

def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)

def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)

def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)

def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)

def template(pattern, flags=0):
    return _compile(pattern, flags | T)

__all__ = ['match', 'fullmatch', 'search', 'sub', 'subn', 'split', 'findall', 'finditer', 'compile',
           'purge', 'template', 'escape', 'error', 'Pattern', 'Match', 'A', 'I', 'L', 'M', 'S', 'X', 'U',
           'ASCII', 'IGNORECASE', 'LOCALE', 'MULTILINE', 'DOTALL', 'VERBOSE', 'UNICODE', 'NOFLAG', 'RegexFlag']
`

func pat(v interp.Value) *rePattern {
	p, _ := patternOf(v)
	return p
}

func mat(v interp.Value) *reMatch {
	m, _ := matchOf(v)
	return m
}
