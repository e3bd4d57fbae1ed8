package pyfmt

import (
	"strconv"
	"strings"
)

// FormatPiece is a piece of a str.format string: literal text (with "{{"
// and "}}" unescaped) when Field is nil, else a replacement field.
type FormatPiece struct {
	Literal string
	Field   *ReplacementField
}

// ReplacementField is {field_name!conversion:format_spec}. The
// interpreter renders it in CPython's order:
//
//  1. look up Name.Index in the positional arguments (ReplacementIndexError
//     if out of range; PositionalFieldError for format_map) or Name.Name in
//     the keyword arguments (KeyError);
//  2. apply Name.Accessors in order, then raise Name.AccessorErr if set;
//  3. CheckConversion(Conversion), then apply repr, str or ascii;
//  4. if Nested, render SpecPieces as the spec, then raise SpecErr if set;
//  5. call the value's __format__ with the spec.
type ReplacementField struct {
	// Text is the field name as written.
	Text string
	Name FieldName
	// Conversion is 'r', 's', 'a', 0 for none, or another character,
	// which CheckConversion rejects after the field has been looked up.
	Conversion rune
	// Spec is the format spec as written.
	Spec string
	// Nested reports that Spec holds replacement fields; SpecPieces is
	// then Spec parsed, its automatic field numbers continuing those of
	// the enclosing string. The interpreter renders SpecPieces to obtain
	// the spec, then raises SpecErr if it is set, as for the top level.
	Nested     bool
	SpecPieces []FormatPiece
	SpecErr    error
}

// FieldName is the field_name of a replacement field: an argument index
// or keyword, then attribute and item accessors.
type FieldName struct {
	// Index is the positional argument, numbered automatically when the
	// name was empty; -1 when the field names a keyword argument.
	Index int
	// Name is the first part as written ("" when numbered automatically).
	Name string
	// Accessors are applied in order. AccessorErr, if set, is raised
	// after they have been applied: CPython parses the accessors lazily,
	// so a lookup that fails earlier in the chain wins.
	Accessors   []Accessor
	AccessorErr error
}

// Accessor is ".name" or "[key]".
type Accessor struct {
	// Attr distinguishes .name from [key].
	Attr bool
	// Key is the attribute name or the item key as written.
	Key string
	// Index is the item key as an int when it is all decimal digits
	// (then the item is looked up with an int), else -1.
	Index int
}

// maxFormatDepth is CPython's limit on nested replacement fields in
// format specs: "{:{}}" is allowed, "{:{:{}}}" is not.
const maxFormatDepth = 2

// numbering is the state of automatic field numbering, shared by a format
// string and the format specs nested in it.
type numbering struct {
	started bool
	auto    bool
	next    int
}

// ParseFormatString parses a str.format template. Parsing stops at the
// first error, which is returned with the pieces before it: CPython
// renders the template as it parses it, so a failure while rendering one
// of those pieces must be raised instead of the parse error.
func ParseFormatString(s string) ([]FormatPiece, error) {
	var num numbering
	return parseFormat(s, maxFormatDepth, &num)
}

func parseFormat(s string, depth int, num *numbering) ([]FormatPiece, error) {
	if depth <= 0 {
		return nil, newError(ValueError, "Max string recursion exceeded")
	}
	var pieces []FormatPiece
	var lit strings.Builder
	flush := func() {
		if lit.Len() > 0 {
			pieces = append(pieces, FormatPiece{Literal: lit.String()})
			lit.Reset()
		}
	}
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "{}")
		if j < 0 {
			lit.WriteString(s[i:])
			break
		}
		lit.WriteString(s[i : i+j])
		i += j
		c := s[i]
		i++
		if i < len(s) && s[i] == c {
			lit.WriteByte(c)
			i++
			continue
		}
		if c == '}' {
			flush()
			return pieces, newError(ValueError, "Single '}' encountered in format string")
		}
		if i >= len(s) {
			flush()
			return pieces, newError(ValueError, "Single '{' encountered in format string")
		}
		flush()
		f, n, err := parseField(s[i:], depth, num)
		if err != nil {
			return pieces, err
		}
		pieces = append(pieces, FormatPiece{Field: f})
		i += n
	}
	flush()
	return pieces, nil
}

// parseField parses a replacement field after its '{' and returns it and
// the number of bytes consumed, its closing '}' included.
func parseField(s string, depth int, num *numbering) (*ReplacementField, int, error) {
	// The field name ends at '!', ':' or '}' outside brackets.
	i := 0
	var end byte
scan:
	for i < len(s) {
		c := s[i]
		i++
		switch c {
		case '{':
			return nil, 0, newError(ValueError, "unexpected '{' in field name")
		case '[':
			for i < len(s) && s[i] != ']' {
				i++
			}
		case '}', ':', '!':
			end = c
			break scan
		}
	}
	if end == 0 {
		return nil, 0, newError(ValueError, "expected '}' before end of string")
	}
	f := &ReplacementField{}
	name := s[:i-1]
	if end == '!' {
		if i >= len(s) {
			return nil, 0, newError(ValueError, "end of string while looking for conversion specifier")
		}
		r, size := DecodeRune(s[i:])
		f.Conversion = r
		i += size
		if i < len(s) {
			c := s[i]
			i++
			if c == '}' {
				end = '}'
			} else if c != ':' {
				return nil, 0, newError(ValueError, "expected ':' after conversion specifier")
			}
		}
	}
	if end != '}' {
		// The spec runs to the '}' that balances the field's '{'.
		start, count := i, 1
		for i < len(s) && count > 0 {
			switch s[i] {
			case '{':
				f.Nested = true
				count++
			case '}':
				count--
			}
			i++
		}
		if count > 0 {
			return nil, 0, newError(ValueError, "unmatched '{' in format spec")
		}
		f.Spec = s[start : i-1]
	}
	var err error
	f.Text = name
	f.Name, err = parseFieldName(name, num)
	if err != nil {
		return nil, 0, err
	}
	if f.Nested && num != nil {
		f.SpecPieces, f.SpecErr = parseFormat(f.Spec, depth-1, num)
	}
	return f, i, nil
}

// parseFieldName splits a field name and numbers it (unless num is nil).
// Errors in the first part are returned; errors in the accessors are kept in AccessorErr.
func parseFieldName(s string, num *numbering) (FieldName, error) {
	first := s
	if k := strings.IndexAny(s, ".["); k >= 0 {
		first = s[:k]
	}
	fn := FieldName{Index: -1, Name: first}
	idx, ok, err := fieldInt(first)
	if err != nil {
		return fn, err
	}
	if ok {
		fn.Index = idx
	}
	empty := first == ""
	if num != nil && (empty || ok) {
		if !num.started {
			num.started, num.auto = true, empty
		}
		switch {
		case num.auto && !empty:
			return fn, newError(ValueError, "cannot switch from automatic field numbering to manual field specification")
		case !num.auto && empty:
			return fn, newError(ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		if empty {
			fn.Index = num.next
			num.next++
		}
	}
	rest := s[len(first):]
	for rest != "" {
		var a Accessor
		c := rest[0]
		rest = rest[1:]
		switch c {
		case '.':
			a.Attr = true
			k := strings.IndexAny(rest, ".[")
			if k < 0 {
				k = len(rest)
			}
			a.Key, rest = rest[:k], rest[k:]
			a.Index = -1
		case '[':
			k := strings.IndexByte(rest, ']')
			if k < 0 {
				fn.AccessorErr = newError(ValueError, "Missing ']' in format string")
				return fn, nil
			}
			a.Key, rest = rest[:k], rest[k+1:]
			v, isInt, err := fieldInt(a.Key)
			if err != nil {
				fn.AccessorErr = err
				return fn, nil
			}
			a.Index = -1
			if isInt {
				a.Index = v
			}
		default:
			fn.AccessorErr = newError(ValueError, "Only '.' or '[' may follow ']' in format field specifier")
			return fn, nil
		}
		if a.Key == "" {
			fn.AccessorErr = newError(ValueError, "Empty attribute in format string")
			return fn, nil
		}
		fn.Accessors = append(fn.Accessors, a)
	}
	return fn, nil
}

// fieldInt reports whether s is a non-empty run of decimal digits and its
// value; a value beyond PY_SSIZE_T_MAX is an error, as in CPython.
func fieldInt(s string) (int, bool, error) {
	if s == "" {
		return 0, false, nil
	}
	v, n, ok := parseDecimal(s)
	if n < len(s) && ok {
		return 0, false, nil
	}
	if !ok {
		// CPython stops at the overflow even if a non-digit follows.
		return 0, false, newError(ValueError, "Too many decimal digits in format string")
	}
	return v, true, nil
}

// MarkupItem is a step of a format string as string.Formatter.parse
// gives it: literal text, then, when Field is set, a replacement field.
// A doubled brace ends the literal text before it (keeping one brace).
type MarkupItem struct {
	Literal string
	Field   *ReplacementField
}

// ParseMarkup splits a format string into its MarkupItems without
// numbering the fields. As with ParseFormatString, the items before an
// error are returned with it.
func ParseMarkup(s string) ([]MarkupItem, error) {
	var items []MarkupItem
	for i := 0; i < len(s); {
		j := strings.IndexAny(s[i:], "{}")
		if j < 0 {
			items = append(items, MarkupItem{Literal: s[i:]})
			break
		}
		lit := s[i : i+j]
		i += j
		c := s[i]
		i++
		if i < len(s) && s[i] == c {
			items = append(items, MarkupItem{Literal: lit + string(c)})
			i++
			continue
		}
		if c == '}' {
			return items, newError(ValueError, "Single '}' encountered in format string")
		}
		if i >= len(s) {
			return items, newError(ValueError, "Single '{' encountered in format string")
		}
		f, n, err := parseField(s[i:], maxFormatDepth, nil)
		if err != nil {
			return items, err
		}
		items = append(items, MarkupItem{Literal: lit, Field: f})
		i += n
	}
	return items, nil
}

// SplitFieldName splits a field name as string.Formatter does, without
// numbering: the first part (Index -1 unless it is all digits) and the
// accessors, then AccessorErr if the rest is malformed.
func SplitFieldName(name string) (FieldName, error) {
	return parseFieldName(name, nil)
}

// CheckConversion validates a replacement field's conversion; the
// interpreter calls it after looking the field up.
func CheckConversion(c rune) error {
	switch c {
	case 0, 'r', 's', 'a':
		return nil
	}
	if c > 32 && c < 128 {
		return newError(ValueError, "Unknown conversion specifier "+string(c))
	}
	return newError(ValueError, `Unknown conversion specifier \x`+strconv.FormatInt(int64(c), 16))
}

// ReplacementIndexError is raised by str.format for a positional field
// beyond the arguments.
func ReplacementIndexError(index int) *Error {
	return newError(IndexError, "Replacement index "+strconv.Itoa(index)+" out of range for positional args tuple")
}

// PositionalFieldError is raised by str.format_map, which has no
// positional arguments, for a positional field.
func PositionalFieldError() *Error {
	return newError(ValueError, "Format string contains positional fields")
}
