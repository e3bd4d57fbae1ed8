package pystr

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// The fuzz tests check the ASCII fast paths against the general code point
// paths, and the general paths against a plain []rune model of Python's
// semantics.

var fuzzSeeds = []string{"", "a", "abc", "hello world", "ΑΣ", "日本語", "x\xed\xa0\x80y", "🎉a🎉", "ß\tﬁ\nİ"}

// fuzzText makes fuzz input usable as a str: Python strs are valid WTF-8.
func fuzzText(s string) string { return strings.ToValidUTF8(s, "?") }

// FuzzASCIIPaths feeds ASCII text to the fast paths and to the general
// paths that non-ASCII text takes, which must agree.
func FuzzASCIIPaths(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, 1, 3, 2)
	}
	f.Fuzz(func(t *testing.T, s string, start, stop, step int) {
		s = asciiOnly(s)
		if got, want := Len(s), countRunes(s); got != want {
			t.Errorf("Len(%q) = %d, countRunes = %d", s, got, want)
		}
		upper := func(_ string, _ int, r rune) string { return upperOf(r) }
		if diff := cmp.Diff(mapRunes(s, upper), Upper(s)); diff != "" {
			t.Errorf("Upper(%q) (-general +fast):\n%s", s, diff)
		}
		if diff := cmp.Diff(mapRunes(s, lowerAt), Lower(s)); diff != "" {
			t.Errorf("Lower(%q) (-general +fast):\n%s", s, diff)
		}
		if diff := cmp.Diff(insertBetween(s, "-", step, func(s string) int { _, n := decodeRune(s); return n }), Replace(s, "", "-", step)); diff != "" {
			t.Errorf("Replace(%q, \"\", \"-\", %d) (-general +fast):\n%s", s, step, diff)
		}
		if step == 0 {
			step = 1
		}
		n := len(s)
		lo, hi, count := SliceIndices(n, &start, &stop, step)
		if count > 0 {
			if diff := cmp.Diff(sliceRunes(s, lo, step, count), Slice(s, lo, hi, step)); diff != "" {
				t.Errorf("Slice(%q, %d, %d, %d) (-general +fast):\n%s", s, lo, hi, step, diff)
			}
		}
		enc, err := utf8Encoder.encode(s, "strict", nil)
		if err != nil || enc != s {
			t.Errorf("utf-8 encoder on %q gave %q, %v", s, enc, err)
		}
		dec, err := utf8Decoder.decode(s, "strict", 0, nil)
		if err != nil || dec != s {
			t.Errorf("utf-8 decoder on %q gave %q, %v", s, dec, err)
		}
	})
}

func asciiOnly(s string) string {
	b := []byte(s)
	for i := range b {
		b[i] &= 0x7f
	}
	return string(b)
}

// FuzzSearch compares find, rfind, count, startswith and endswith with a
// model that slices a []rune.
func FuzzSearch(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s, "a", 0, 100)
		f.Add(s, "", -2, 2)
	}
	f.Fuzz(func(t *testing.T, s, sub string, start, end int) {
		s, sub = fuzzText(s), fuzzText(sub)
		rs, subr := []rune(s), string([]rune(sub))
		n := len(rs)
		st, en := adjustIndices(start, end, n)
		var wantFind, wantRFind, wantCount int
		wantStarts, wantEnds := false, false
		if st > en {
			wantFind, wantRFind, wantCount = -1, -1, 0
		} else {
			win := string(rs[st:en])
			wantFind, wantRFind = runeIndex(win, subr, false), runeIndex(win, subr, true)
			if wantFind >= 0 {
				wantFind += st
				wantRFind += st
			}
			if sub == "" {
				wantCount = en - st + 1
			} else {
				wantCount = strings.Count(win, sub)
			}
			wantStarts, wantEnds = strings.HasPrefix(win, sub), strings.HasSuffix(win, sub)
		}
		got := []any{Find(s, sub, start, end), RFind(s, sub, start, end), Count(s, sub, start, end),
			StartsWith(s, sub, start, end), EndsWith(s, sub, start, end)}
		want := []any{wantFind, wantRFind, wantCount, wantStarts, wantEnds}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("s=%q sub=%q start=%d end=%d (-want +got):\n%s", s, sub, start, end, diff)
		}
		if got, want := Len(s), utf8.RuneCountInString(s); got != want {
			t.Errorf("Len(%q) = %d, want %d", s, got, want)
		}
	})
}

// runeIndex is strings.Index or strings.LastIndex with the result in runes.
func runeIndex(s, sub string, last bool) int {
	i := strings.Index(s, sub)
	if last {
		i = strings.LastIndex(s, sub)
	}
	if i < 0 {
		return -1
	}
	return utf8.RuneCountInString(s[:i])
}

// FuzzOffsets checks that Offsets indexes and slices like Index and Slice.
func FuzzOffsets(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s+s+s+s+s+s+s+s, 3, 40, -2)
	}
	f.Fuzz(func(t *testing.T, s string, start, stop, step int) {
		s = fuzzText(s)
		o := NewOffsets(s)
		n := Len(s)
		if o.Len() != n {
			t.Fatalf("Len = %d, want %d", o.Len(), n)
		}
		for i := -n - 1; i <= n; i++ {
			wantCh, wantOK := Index(s, i)
			gotCh, gotOK := o.Index(i)
			if gotCh != wantCh || gotOK != wantOK {
				t.Errorf("Index(%q, %d) = %q, %v; want %q, %v", s, i, gotCh, gotOK, wantCh, wantOK)
			}
		}
		if step == 0 {
			step = 1
		}
		lo, hi, _ := SliceIndices(n, &start, &stop, step)
		if diff := cmp.Diff(Slice(s, lo, hi, step), o.Slice(lo, hi, step)); diff != "" {
			t.Errorf("Slice(%q, %d, %d, %d) (-want +got):\n%s", s, lo, hi, step, diff)
		}
	})
}

// FuzzWhitespace compares whitespace splitting and stripping with a model
// over []rune using IsSpaceRune.
func FuzzWhitespace(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(" " + s + "\u2003x\x1c" + s + "\u3000")
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = fuzzText(s)
		var fields []string
		var cur []rune
		for _, r := range s {
			if IsSpaceRune(r) {
				if cur != nil {
					fields = append(fields, string(cur))
					cur = nil
				}
				continue
			}
			cur = append(cur, r)
		}
		if cur != nil {
			fields = append(fields, string(cur))
		}
		if diff := cmp.Diff(fields, SplitSpace(s, -1)); diff != "" {
			t.Errorf("SplitSpace(%q) (-model +got):\n%s", s, diff)
		}
		if diff := cmp.Diff(fields, RSplitSpace(s, -1)); diff != "" {
			t.Errorf("RSplitSpace(%q) (-model +got):\n%s", s, diff)
		}
		trimmed := strings.TrimFunc(s, IsSpaceRune)
		if diff := cmp.Diff(trimmed, StripSpace(s)); diff != "" {
			t.Errorf("StripSpace(%q) (-model +got):\n%s", s, diff)
		}
		if diff := cmp.Diff(strings.TrimRightFunc(s, IsSpaceRune), RStripSpace(s)); diff != "" {
			t.Errorf("RStripSpace(%q) (-model +got):\n%s", s, diff)
		}
	})
}
