package pystr

import (
	"strings"
	"unicode/utf8"
)

// TransAction says what str.translate does with one character, according
// to what the table lookup gave.
type TransAction int

const (
	// TransKeep keeps the character: the lookup raised LookupError.
	TransKeep TransAction = iota
	// TransDelete drops the character: the table mapped it to None.
	TransDelete
	// TransReplace replaces the character with a str: the table mapped it
	// to a str, or to an int that the caller turned into chr(int).
	TransReplace
)

// Translate returns s.translate(table), calling lookup for each character
// with its code point; lookup performs table[ord(c)] and reports the action
// or an error (any exception other than LookupError), which stops the
// translation.
func Translate(s string, lookup func(r rune) (repl string, act TransAction, err error)) (string, error) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, size := decodeRune(s[i:])
		repl, act, err := lookup(r)
		if err != nil {
			return "", err
		}
		switch act {
		case TransKeep:
			b.WriteString(s[i : i+size])
		case TransReplace:
			b.WriteString(repl)
		}
		i += size
	}
	return b.String(), nil
}

// TransPair is one entry of the dict that str.maketrans builds: From maps
// to To, or to None when Delete is set.
type TransPair struct {
	From   rune
	To     rune
	Delete bool
}

// MakeTrans returns the entries of str.maketrans(from, to, del) in the
// dict's insertion order: each character of from maps to the character of
// to at the same position, then each character of del maps to None (a key
// already present keeps its place and takes the new value). The first two
// arguments must have the same length.
func MakeTrans(from, to, del string) ([]TransPair, error) {
	fr, tr := toRunes(from), toRunes(to)
	if len(fr) != len(tr) {
		return nil, valueError("the first two maketrans arguments must have equal length")
	}
	var pairs []TransPair
	index := map[rune]int{}
	set := func(p TransPair) {
		if k, ok := index[p.From]; ok {
			pairs[k] = p
			return
		}
		index[p.From] = len(pairs)
		pairs = append(pairs, p)
	}
	for k := range fr {
		set(TransPair{From: fr[k], To: tr[k]})
	}
	for _, r := range toRunes(del) {
		set(TransPair{From: r, Delete: true})
	}
	return pairs, nil
}

// MakeTransKey converts a str key of the dict given to the one-argument
// str.maketrans to its code point: the key must be one character long.
func MakeTransKey(key string) (rune, error) {
	if key == "" || len(key) > utf8.UTFMax {
		return 0, &Error{Class: "ValueError", Msg: "string keys in translate table must be of length 1"}
	}
	r, size := decodeRune(key)
	if size != len(key) {
		return 0, &Error{Class: "ValueError", Msg: "string keys in translate table must be of length 1"}
	}
	return r, nil
}

// BytesMakeTrans returns bytes.maketrans(from, to): the 256-byte table
// that maps each byte of from to the byte of to at the same position.
func BytesMakeTrans(from, to string) (string, error) {
	if len(from) != len(to) {
		return "", valueError("maketrans arguments must have same length")
	}
	var t [256]byte
	for i := range t {
		t[i] = byte(i)
	}
	for i := 0; i < len(from); i++ {
		t[from[i]] = to[i]
	}
	return string(t[:]), nil
}

// BytesTranslate returns b.translate(table, delete): the bytes in del
// removed and the others mapped through table, which must be 256 bytes
// long; a nil table (None) maps every byte to itself.
func BytesTranslate(s string, table *string, del string) (string, error) {
	if table != nil && len(*table) != 256 {
		return "", valueError("translation table must be 256 characters long")
	}
	drop := byteSet(del)
	b := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if drop[c] {
			continue
		}
		if table != nil {
			c = (*table)[c]
		}
		b = append(b, c)
	}
	return string(b), nil
}
