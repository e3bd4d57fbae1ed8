package pystr

import "strings"

// Python checks that the fill character of center, ljust and rjust is one
// character long before calling these; they take it as a rune (a byte for
// bytes).

// Center returns s.center(width, fill): the left margin is half the padding,
// rounded up only when both the padding and width are odd, as CPython does.
func Center(s string, width int, fill rune) string {
	n := Len(s)
	marg := width - n
	if marg <= 0 {
		return s
	}
	left := marg/2 + (marg & width & 1)
	return pad(s, left, marg-left, runeString(fill))
}

// LJust returns s.ljust(width, fill).
func LJust(s string, width int, fill rune) string {
	if marg := width - Len(s); marg > 0 {
		return pad(s, 0, marg, runeString(fill))
	}
	return s
}

// RJust returns s.rjust(width, fill).
func RJust(s string, width int, fill rune) string {
	if marg := width - Len(s); marg > 0 {
		return pad(s, marg, 0, runeString(fill))
	}
	return s
}

// ZFill returns s.zfill(width): zeros on the left, after a leading sign.
func ZFill(s string, width int) string {
	return zfill(s, width-Len(s))
}

// BytesCenter is bytes.center(width, fill).
func BytesCenter(s string, width int, fill byte) string {
	marg := width - len(s)
	if marg <= 0 {
		return s
	}
	left := marg/2 + (marg & width & 1)
	return pad(s, left, marg-left, string([]byte{fill}))
}

// BytesLJust is bytes.ljust(width, fill).
func BytesLJust(s string, width int, fill byte) string {
	if marg := width - len(s); marg > 0 {
		return pad(s, 0, marg, string([]byte{fill}))
	}
	return s
}

// BytesRJust is bytes.rjust(width, fill).
func BytesRJust(s string, width int, fill byte) string {
	if marg := width - len(s); marg > 0 {
		return pad(s, marg, 0, string([]byte{fill}))
	}
	return s
}

// BytesZFill is bytes.zfill(width).
func BytesZFill(s string, width int) string {
	return zfill(s, width-len(s))
}

func pad(s string, left, right int, fill string) string {
	var b strings.Builder
	b.Grow(len(s) + (left+right)*len(fill))
	for i := 0; i < left; i++ {
		b.WriteString(fill)
	}
	b.WriteString(s)
	for i := 0; i < right; i++ {
		b.WriteString(fill)
	}
	return b.String()
}

func zfill(s string, fill int) string {
	if fill <= 0 {
		return s
	}
	sign := ""
	if s != "" && (s[0] == '+' || s[0] == '-') {
		sign, s = s[:1], s[1:]
	}
	return sign + strings.Repeat("0", fill) + s
}

// ExpandTabs returns s.expandtabs(tabsize): each tab becomes the spaces up
// to the next multiple of tabsize, the column counting code points and
// restarting after \n and \r; tabsize <= 0 deletes tabs.
func ExpandTabs(s string, tabsize int) string {
	return expandTabs(s, tabsize, true)
}

// BytesExpandTabs is bytes.expandtabs(tabsize), the column counting bytes.
func BytesExpandTabs(s string, tabsize int) string {
	return expandTabs(s, tabsize, false)
}

func expandTabs(s string, tabsize int, runes bool) string {
	if strings.IndexByte(s, '\t') < 0 {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	col := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\t':
			i++
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				for ; incr > 0; incr-- {
					b.WriteByte(' ')
				}
			}
		case c == '\n' || c == '\r':
			b.WriteByte(c)
			i++
			col = 0
		case c < 0x80 || !runes:
			b.WriteByte(c)
			i++
			col++
		default:
			_, size := decodeRune(s[i:])
			b.WriteString(s[i : i+size])
			i += size
			col++
		}
	}
	return b.String()
}
