package pystr

// The str cases for TestAgainstPython.

// sur is the WTF-8 form of the lone surrogate U+D800, and sur2 of U+DCFF.
const (
	sur  = "\xed\xa0\x80"
	sur2 = "\xed\xb3\xbf"
)

var sampleStrs = []string{
	"", "a", "abc", "hello world", "  lead and trail  ", "a,b,,c,",
	"ΑΣ", "ÀÉÎõü", "日本語テキスト", "x" + sur + "y" + sur2, "🎉emoji🎉",
	"ß ﬁ İ ŉ ǰ", "mixed ASCII ünïcödé text", "\t tab\tand\nnewlines\r\n",
	"\u2028line\u2029para\u0085nel\x1cfs\x1dgs\x1ers\x1fus\v\f",
	"Hello, World! They're bill's friends", "ǅungla ǆ ǈ", "123", "١٢٣", "²³",
	"½⅓", "五六", "ΑΣ ΑΣΑ Σ ΑΣ.Α Α'Σ' ὈΔΥΣΣΕΎΣ", "abcabcabc", "aaaa", "\u3000 \u00a0x\u2003",
	"-42", "+7", "ǈǉǊ", "İstanbul", "ﬃ", "a\u0345b", "Ꭰꭰ", "𐐨𐐀",
}

// startEndPairs lists start/end argument pairs for a sequence of length n:
// omitted, negative, clamped, crossed and exactly-at-the-end values.
func startEndPairs(n int) [][2]*int {
	return [][2]*int{
		{nil, nil}, {ip(1), nil}, {ip(-1), nil}, {ip(-3), nil}, {ip(100), nil},
		{ip(-100), nil}, {nil, ip(-1)}, {nil, ip(2)}, {nil, ip(100)}, {ip(0), ip(-100)},
		{ip(2), ip(5)}, {ip(5), ip(2)}, {ip(-3), ip(-1)}, {ip(1), ip(1)}, {ip(n), nil},
		{ip(n + 1), nil}, {ip(n), ip(n)},
	}
}

func ip(i int) *int { return &i }

// goStart and goEnd map an optional argument to the Go convention.
func goStart(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

func goEnd(p *int) int {
	if p == nil {
		return End
	}
	return *p
}

func indexCases() *caseList {
	l := &caseList{group: "index"}
	for _, s := range sampleStrs {
		l.add("len("+lit(s)+")", func() any { return Len(s) })
		n := Len(s)
		for i := -n - 2; i <= n+1; i++ {
			l.add(lit(s)+"["+lit(i)+"]", func() any {
				ch, ok := Index(s, i)
				if !ok {
					return &Error{Class: "IndexError", Msg: "string index out of range"}
				}
				return ch
			})
		}
		bounds := []*int{nil, ip(0), ip(1), ip(-1), ip(3), ip(-4), ip(50), ip(-50)}
		for _, a := range bounds {
			for _, b := range bounds {
				for _, step := range []int{1, 2, 3, -1, -2} {
					expr := lit(s) + "[" + lit(a) + ":" + lit(b) + ":" + lit(step) + "]"
					l.add(expr, func() any {
						lo, hi, _ := SliceIndices(n, a, b, step)
						return Slice(s, lo, hi, step)
					})
				}
			}
		}
	}
	return l
}

var sampleSubs = []string{"", "a", "b", "ab", "abc", "c", "Σ", "ü", "語テ", sur, "o w", "zz", " ", "🎉"}

func searchCases() *caseList {
	l := &caseList{group: "search"}
	for _, s := range sampleStrs {
		for _, sub := range sampleSubs {
			for _, p := range startEndPairs(Len(s)) {
				a, b := p[0], p[1]
				st, en := goStart(a), goEnd(b)
				l.add(call(s, "find", sub, a, b), func() any { return Find(s, sub, st, en) })
				l.add(call(s, "rfind", sub, a, b), func() any { return RFind(s, sub, st, en) })
				l.add(call(s, "count", sub, a, b), func() any { return Count(s, sub, st, en) })
				l.add(call(s, "startswith", sub, a, b), func() any { return StartsWith(s, sub, st, en) })
				l.add(call(s, "endswith", sub, a, b), func() any { return EndsWith(s, sub, st, en) })
			}
			l.add(call(s, "index", sub), func() any { return result(IndexOf(s, sub, 0, End)) })
			l.add(call(s, "rindex", sub, 1), func() any { return result(RIndexOf(s, sub, 1, End)) })
		}
	}
	return l
}

func replaceCases() *caseList {
	l := &caseList{group: "replace"}
	for _, s := range sampleStrs {
		for _, old := range []string{"", "a", "ab", "Σ", sur, "l", " "} {
			for _, n := range []int{-1, 0, 1, 2, 100} {
				l.add(call(s, "replace", old, "<→>", n), func() any { return Replace(s, old, "<→>", n) })
			}
		}
		l.add(call(s, "removeprefix", "a"), func() any { return RemovePrefix(s, "a") })
		l.add(call(s, "removesuffix", "c"), func() any { return RemoveSuffix(s, "c") })
		l.add(call(s, "removeprefix", "ΑΣ"), func() any { return RemovePrefix(s, "ΑΣ") })
		l.add(lit("-·-")+".join("+lit(s)+")", func() any { return Join("-·-", splitChars(s)) })
	}
	return l
}

// splitChars returns the characters of s, as iterating a str gives them.
func splitChars(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		_, size := decodeRune(s[i:])
		out = append(out, s[i:i+size])
		i += size
	}
	return out
}

func splitCases() *caseList {
	l := &caseList{group: "split"}
	for _, s := range sampleStrs {
		for _, n := range []int{-1, 0, 1, 2, 3} {
			l.add(call(s, "split", nil, n), func() any { return SplitSpace(s, n) })
			l.add(call(s, "rsplit", nil, n), func() any { return RSplitSpace(s, n) })
			for _, sep := range []string{"", ",", "a", "Σ", " ", "\n", "ab"} {
				l.add(call(s, "split", sep, n), func() any { return result(Split(s, sep, n)) })
				l.add(call(s, "rsplit", sep, n), func() any { return result(RSplit(s, sep, n)) })
			}
		}
		l.add(call(s, "split"), func() any { return SplitSpace(s, -1) })
		l.add(call(s, "splitlines"), func() any { return SplitLines(s, false) })
		l.add(call(s, "splitlines", true), func() any { return SplitLines(s, true) })
		for _, sep := range []string{"", "a", "Σ", " ", "b", "zz"} {
			l.add(call(s, "partition", sep), func() any {
				a, b, c, err := Partition(s, sep)
				return result(pyTuple{a, b, c}, err)
			})
			l.add(call(s, "rpartition", sep), func() any {
				a, b, c, err := RPartition(s, sep)
				return result(pyTuple{a, b, c}, err)
			})
		}
	}
	return l
}

func stripCases() *caseList {
	l := &caseList{group: "strip"}
	for _, s := range sampleStrs {
		l.add(call(s, "strip"), func() any { return StripSpace(s) })
		l.add(call(s, "lstrip"), func() any { return LStripSpace(s) })
		l.add(call(s, "rstrip"), func() any { return RStripSpace(s) })
		for _, chars := range []string{"", "a", "ab ", "Σ", "🎉e", sur2 + "x", "\n\r "} {
			l.add(call(s, "strip", chars), func() any { return Strip(s, chars) })
			l.add(call(s, "lstrip", chars), func() any { return LStrip(s, chars) })
			l.add(call(s, "rstrip", chars), func() any { return RStrip(s, chars) })
		}
	}
	return l
}

func padCases() *caseList {
	l := &caseList{group: "pad"}
	for _, s := range sampleStrs {
		for _, w := range []int{-1, 0, 3, 8, 9, 20} {
			for _, f := range []rune{' ', '*', 'é', 0xD800} {
				l.add(call(s, "center", w, f), func() any { return Center(s, w, f) })
				l.add(call(s, "ljust", w, f), func() any { return LJust(s, w, f) })
				l.add(call(s, "rjust", w, f), func() any { return RJust(s, w, f) })
			}
			l.add(call(s, "zfill", w), func() any { return ZFill(s, w) })
		}
		for _, ts := range []int{-1, 0, 1, 4, 8} {
			l.add(call(s, "expandtabs", ts), func() any { return ExpandTabs(s, ts) })
		}
		l.add(call("a\tbé\tc\r\td\n\te", "expandtabs", 3), func() any { return ExpandTabs("a\tbé\tc\r\td\n\te", 3) })
	}
	return l
}

func caseConversionCases() *caseList {
	l := &caseList{group: "case"}
	extra := []string{"ΑΣ", "ΑΣ.", "Σ", "ΑΣΑ", "Α.Σ", "Α:Σ:Α", "aΣ\u0301", "aΣ\u0301b", "ΣΑ", "A Σ b", "hello WORLD", "ŉ", "ǰ", "ﬀ ﬄ", "ǅǆǄ", "ᾳ ᾼ", "ΐ"}
	for _, s := range append(append([]string{}, sampleStrs...), extra...) {
		l.add(call(s, "upper"), func() any { return Upper(s) })
		l.add(call(s, "lower"), func() any { return Lower(s) })
		l.add(call(s, "casefold"), func() any { return Casefold(s) })
		l.add(call(s, "swapcase"), func() any { return SwapCase(s) })
		l.add(call(s, "title"), func() any { return Title(s) })
		l.add(call(s, "capitalize"), func() any { return Capitalize(s) })
	}
	return l
}

func predicateCases() *caseList {
	l := &caseList{group: "predicate"}
	extra := []string{"abc", "ABC", "Abc", "Abc Def", "ABC def", "a1", "_x", "1x", "x y", "ℕ", "Ⅻ", "ǅ", "ǅa", "aǅ", "ʰ", "ª", "\u0345",
		"\x00", "\x7f", "é", "a\u200b", " ", "\x1c", "\u0085", "١", "²", "½", "五", "〇", "𝟘", "ﬁ", "İ", "σς", "def", "℘", "·x", "x·", "x\u0300", "ꓐ"}
	preds := []struct {
		name string
		f    func(string) bool
	}{
		{"isalpha", IsAlpha}, {"isalnum", IsAlnum}, {"isdecimal", IsDecimal},
		{"isdigit", IsDigit}, {"isnumeric", IsNumeric}, {"isspace", IsSpace},
		{"islower", IsLower}, {"isupper", IsUpper}, {"istitle", IsTitle},
		{"isidentifier", IsIdentifier}, {"isprintable", IsPrintable}, {"isascii", IsASCII},
	}
	for _, s := range append(append([]string{}, sampleStrs...), extra...) {
		for _, p := range preds {
			l.add(call(s, p.name), func() any { return p.f(s) })
		}
	}
	return l
}

func translateCases() *caseList {
	l := &caseList{group: "translate"}
	for _, s := range sampleStrs {
		// The table maps 'a' to "xyz", 'b' to None, 'Σ' to ord('s'), and
		// raises ValueError for 'c'; other characters are missing.
		table := "{97: 'xyz', 98: None, 931: 115, 99: []}"
		l.add(lit(s)+".translate("+table+")", func() any {
			return result(Translate(s, func(r rune) (string, TransAction, error) {
				switch r {
				case 'a':
					return "xyz", TransReplace, nil
				case 'b':
					return "", TransDelete, nil
				case 'Σ':
					return "s", TransReplace, nil
				case 'c':
					return "", 0, &Error{Class: "TypeError", Msg: "character mapping must return integer, None or str"}
				}
				return "", TransKeep, nil
			}))
		})
	}
	for _, args := range [][3]string{{"abc", "xyz", ""}, {"abc", "xy", ""}, {"aΣb", "Σ" + sur + "c", "b"}, {"", "", "xyx"}, {"ab", "cd", "a"}} {
		expr := "list(str.maketrans(" + lit(args[0]) + ", " + lit(args[1]) + ", " + lit(args[2]) + ").items())"
		l.add(expr, func() any {
			pairs, err := MakeTrans(args[0], args[1], args[2])
			if err != nil {
				return err
			}
			return transPairs(pairs)
		})
	}
	for _, key := range []string{"a", "é", sur, "🎉", "ab", ""} {
		l.add("list(str.maketrans({"+lit(key)+": None}))", func() any {
			r, err := MakeTransKey(key)
			return result([]any{int(r)}, err)
		})
	}
	return l
}

// transPairs formats maketrans entries as the list of (key, value) tuples.
type transPairs []TransPair

// items returns the entries as Python's dict.items() list shows them.
func (p transPairs) items() []any {
	items := make([]any, len(p))
	for i, e := range p {
		var to any = int(e.To)
		if e.Delete {
			to = nil
		}
		items[i] = pyTuple{int(e.From), to}
	}
	return items
}
