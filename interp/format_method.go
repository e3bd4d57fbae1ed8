package interp

import (
	"strings"
	"sync"
	"sync/atomic"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

// format_method.go renders str.format and str.format_map templates,
// parsed by pyfmt.ParseFormatString, in CPython's order of lookups and
// errors (see pyfmt.ReplacementField).

// formatArgs is where a template's fields are looked up: the positional
// and keyword arguments of str.format, or the mapping of format_map.
type formatArgs struct {
	args    []Value
	kw      []Kwarg
	mapping Value
}

// strFormatMethod implements str.format.
func strFormatMethod(t *Thread, s string, args []Value, kw []Kwarg) (Value, error) {
	return renderFormat(t, s, &formatArgs{args: args, kw: kw})
}

// strFormatMapping implements str.format_map: named fields are looked up
// with m's __getitem__ (so a dict subclass's __missing__ runs).
func strFormatMapping(t *Thread, s string, m Value) (Value, error) {
	return renderFormat(t, s, &formatArgs{mapping: m})
}

// templateCache memoizes the parse of format templates: a program
// formats with a few literal templates again and again. It keeps up to
// templateCacheSize well-formed templates, the first ones seen.
type templateCache[T any] struct {
	m sync.Map
	n atomic.Int32
}

const templateCacheSize = 1024

func (c *templateCache[T]) parse(s string, parse func(string) (T, error)) (T, error) {
	if v, ok := c.m.Load(s); ok {
		return v.(T), nil
	}
	v, err := parse(s)
	if err == nil && len(s) <= 512 && c.n.Load() < templateCacheSize {
		c.n.Add(1)
		c.m.Store(s, v)
	}
	return v, err
}

var formatTemplates templateCache[[]pyfmt.FormatPiece]

func renderFormat(t *Thread, s string, fa *formatArgs) (Value, error) {
	pieces, perr := formatTemplates.parse(s, pyfmt.ParseFormatString)
	var b strings.Builder
	if err := fa.render(t, pieces, &b); err != nil {
		return nil, err
	}
	if perr != nil {
		return nil, FromPyfmtError(perr, "str")
	}
	return Str(b.String()), nil
}

func (fa *formatArgs) render(t *Thread, pieces []pyfmt.FormatPiece, b *strings.Builder) error {
	for _, p := range pieces {
		f := p.Field
		if f == nil {
			b.WriteString(p.Literal)
			continue
		}
		v, err := fa.lookup(t, &f.Name)
		if err != nil {
			return err
		}
		if err := pyfmt.CheckConversion(f.Conversion); err != nil {
			return FromPyfmtError(err, "str")
		}
		switch f.Conversion {
		case 's':
			r, err := ToStr(t, v)
			if err != nil {
				return err
			}
			v = Str(r)
		case 'r', 'a':
			r, err := Repr(t, v)
			if err != nil {
				return err
			}
			if f.Conversion == 'a' {
				r = asciiEscape(r)
			}
			v = Str(r)
		}
		spec := f.Spec
		if f.Nested {
			var sb strings.Builder
			if err := fa.render(t, f.SpecPieces, &sb); err != nil {
				return err
			}
			if f.SpecErr != nil {
				return FromPyfmtError(f.SpecErr, "str")
			}
			spec = sb.String()
		}
		r, err := Format(t, v, spec)
		if err != nil {
			return err
		}
		b.WriteString(r)
	}
	return nil
}

// lookup fetches the value a field name denotes.
func (fa *formatArgs) lookup(t *Thread, n *pyfmt.FieldName) (Value, error) {
	var v Value
	switch {
	case n.Index >= 0 && fa.mapping != nil:
		return nil, FromPyfmtError(pyfmt.PositionalFieldError(), "str")
	case n.Index >= 0:
		if n.Index >= len(fa.args) {
			return nil, FromPyfmtError(pyfmt.ReplacementIndexError(n.Index), "str")
		}
		v = fa.args[n.Index]
	case fa.mapping != nil:
		var err error
		if v, err = GetItem(t, fa.mapping, Str(n.Name)); err != nil {
			return nil, err
		}
	default:
		found := false
		for _, kv := range fa.kw {
			if kv.Name == n.Name {
				v, found = kv.Value, true
				break
			}
		}
		if !found {
			return nil, NewException(KeyErrorType, Str(n.Name))
		}
	}
	for _, a := range n.Accessors {
		var err error
		switch {
		case a.Attr:
			v, err = GetAttr(t, v, a.Key)
		case a.Index >= 0:
			v, err = GetItem(t, v, Int(a.Index))
		default:
			v, err = GetItem(t, v, Str(a.Key))
		}
		if err != nil {
			return nil, err
		}
	}
	if n.AccessorErr != nil {
		return nil, FromPyfmtError(n.AccessorErr, "str")
	}
	return v, nil
}
