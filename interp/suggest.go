package interp

// "Did you mean" suggestions for NameError and AttributeError, with the
// same edit distance CPython uses: case changes cost 1, other edits 2,
// and a candidate must be within about a third of the names' lengths.

const (
	moveCost = 2
	caseCost = 1
)

func substitutionCost(a, b byte) int {
	if a == b {
		return 0
	}
	la, lb := a, b
	if la >= 'A' && la <= 'Z' {
		la += 'a' - 'A'
	}
	if lb >= 'A' && lb <= 'Z' {
		lb += 'a' - 'A'
	}
	if la == lb {
		return caseCost
	}
	return moveCost
}

func levenshtein(a, b string, max int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * moveCost
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j * moveCost
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i * moveCost
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			v := prev[j-1] + substitutionCost(a[i-1], b[j-1])
			if d := prev[j] + moveCost; d < v {
				v = d
			}
			if d := cur[j-1] + moveCost; d < v {
				v = d
			}
			cur[j] = v
			if v < rowMin {
				rowMin = v
			}
		}
		if rowMin > max {
			return max + 1
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

// suggest returns the closest candidate to name, or "".
func suggest(name string, candidates []string) string {
	if len(candidates) > 750 || len(name) > 40 {
		return ""
	}
	best := ""
	bestDist := 1 << 30
	for _, c := range candidates {
		if c == name || len(c) > 40 {
			continue
		}
		max := (len(name) + len(c) + 3) * moveCost / 6
		if bestDist-1 < max {
			max = bestDist - 1
		}
		d := levenshtein(name, c, max)
		if d > max {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

func dictStrKeys(d *Dict) []string {
	var out []string
	if d == nil {
		return nil
	}
	for _, k := range d.Keys() {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// nameSuggestion looks for a name close to name in the frame's scopes.
func nameSuggestion(f *Frame, name string) string {
	var locals []string
	if f.locals != nil {
		locals = dictStrKeys(f.locals)
	} else {
		for i, n := range f.code.Varnames {
			if f.fast[i] != nil {
				locals = append(locals, n)
			}
		}
	}
	if s := suggest(name, locals); s != "" {
		return s
	}
	if s := suggest(name, dictStrKeys(f.globals)); s != "" {
		return s
	}
	return suggest(name, dictStrKeys(f.builtins))
}

func attrSuggestion(t *Thread, obj Value, name string) string {
	d, err := dirOf(t, obj)
	if err != nil {
		return ""
	}
	var names []string
	for _, v := range d.(*List).Items {
		names = append(names, string(v.(Str)))
	}
	return suggest(name, names)
}

func setSuggestion(e *Exception, s string) {
	if s == "" {
		return
	}
	if e.Dict == nil {
		e.Dict = NewDict()
	}
	e.Dict.SetStr("__suggestion__", Str(s))
}
