package pystr

import (
	"sort"
	"unicode"
)

// asciiSpace marks the ASCII characters for which str.isspace holds: the
// usual whitespace plus the separators \x1c-\x1f.
var asciiSpace = [128]bool{
	'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
}

// strASCIISpace is asciiSpace widened to every byte value, for byte-indexed
// loops over ASCII text.
var strASCIISpace = [256]bool{
	'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
	0x1c: true, 0x1d: true, 0x1e: true, 0x1f: true,
}

// bytesSpace marks the bytes for which bytes.isspace holds; unlike str it
// leaves out \x1c-\x1f.
var bytesSpace = [256]bool{
	'\t': true, '\n': true, '\v': true, '\f': true, '\r': true, ' ': true,
}

func isSpaceRune(r rune) bool {
	if r < 0x80 {
		return asciiSpace[r]
	}
	return unicode.Is(tableSpace, r)
}

// caseMapping holds a character's full case mappings, as strings because a
// full mapping may give several characters ('ß' upper-cases to "SS").
type caseMapping struct {
	r                         rune
	upper, lower, title, fold string
}

// caseIndexLimit bounds the code points whose caseTable entry is found by
// direct indexing: Latin, Greek, Cyrillic, Armenian and Hebrew, the
// scripts whose text is most often case-converted. Others use a binary
// search.
const caseIndexLimit = 0x800

// caseIndex maps each code point below caseIndexLimit to 1 + its index in
// caseTable, 0 meaning no entry.
var caseIndex = func() *[caseIndexLimit]uint16 {
	var idx [caseIndexLimit]uint16
	for i := range caseTable {
		if r := caseTable[i].r; r < caseIndexLimit {
			idx[r] = uint16(i + 1)
		}
	}
	return &idx
}()

// lookupCase returns the case mappings of r, or nil when every mapping of r
// is r itself.
func lookupCase(r rune) *caseMapping {
	if r >= 0 && r < caseIndexLimit {
		if i := caseIndex[r]; i > 0 {
			return &caseTable[i-1]
		}
		return nil
	}
	i := sort.Search(len(caseTable), func(i int) bool { return caseTable[i].r >= r })
	if i < len(caseTable) && caseTable[i].r == r {
		return &caseTable[i]
	}
	return nil
}

func isUpperRune(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z'
	}
	return unicode.Is(tableUpper, r)
}

func isLowerRune(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z'
	}
	return unicode.Is(tableLower, r)
}

func isTitleRune(r rune) bool {
	return r >= 0x80 && unicode.Is(tableTitle, r)
}

func isCasedRune(r rune) bool {
	if r < 0x80 {
		return 'A' <= r && r <= 'Z' || 'a' <= r && r <= 'z'
	}
	return unicode.Is(tableCased, r)
}

func isCaseIgnorableRune(r rune) bool {
	return unicode.Is(tableCaseIgnorable, r)
}

func isAlphaRune(r rune) bool   { return unicode.Is(tableAlpha, r) }
func isDecimalRune(r rune) bool { return unicode.Is(tableDecimal, r) }
func isDigitRune(r rune) bool   { return unicode.Is(tableDigit, r) }
func isNumericRune(r rune) bool { return unicode.Is(tableNumeric, r) }

func isAlnumRune(r rune) bool {
	return isAlphaRune(r) || isDecimalRune(r) || isDigitRune(r) || isNumericRune(r)
}

func isPrintableRune(r rune) bool { return unicode.Is(tablePrintable, r) }
