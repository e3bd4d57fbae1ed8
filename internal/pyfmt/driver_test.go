package pyfmt

import (
	"fmt"
	"math"
	"math/big"
	"strings"
)

// The functions in this file play the interpreter: they drive the parsers
// and formatters of this package the way the API documentation asks, with
// Go values standing for Python objects, so that the tests check the API
// as it will be used.

// pyError is an exception raised by the test driver itself (KeyError,
// IndexError, ...), which this package leaves to the interpreter.
type pyError struct {
	kind, msg string
}

func (e *pyError) Error() string { return e.kind + ": " + e.msg }

// percentFormat is format % args, with mapping non-nil for format % dict.
func percentFormat(format string, args []any, mapping map[string]any) (string, error) {
	items, _ := ParsePercent(format)
	if mapping != nil {
		args = []any{mapping}
	}
	var b strings.Builder
	next := 0
	fetch := func() (any, error) {
		if next >= len(args) {
			return nil, PercentNotEnoughArgs()
		}
		next++
		return args[next-1], nil
	}
	fetchInt := func() (int, error) {
		v, err := fetch()
		if err != nil {
			return 0, err
		}
		n, ok := v.(int64)
		if !ok {
			return 0, PercentStarWantsInt()
		}
		return int(n), nil
	}
	for _, it := range items {
		if it.Conv == 0 && it.Err == nil {
			b.WriteString(it.Literal)
			continue
		}
		if it.HasKey {
			if mapping == nil {
				return "", PercentNeedsMapping()
			}
			if it.ErrAt == BeforeLookup {
				return "", it.Err
			}
			v, ok := mapping[it.Key]
			if !ok {
				return "", &pyError{"KeyError", StrRepr(it.Key)}
			}
			// From here on the looked-up value is the only argument.
			args, next = []any{v}, 0
		}
		if it.WidthStar {
			n, err := fetchInt()
			if err != nil {
				return "", err
			}
			it.SetStarWidth(n)
		}
		if it.PrecStar {
			n, err := fetchInt()
			if err != nil {
				return "", err
			}
			it.SetStarPrec(n)
		}
		if it.ErrAt == BeforeValue {
			return "", it.Err
		}
		v, err := fetch()
		if err != nil {
			return "", err
		}
		if it.ErrAt == AfterValue {
			return "", it.Err
		}
		s, err := percentConvert(v, &it)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	if mapping == nil && next < len(args) {
		return "", PercentNotAllConverted()
	}
	return b.String(), nil
}

// percentConvert converts one argument for its directive.
func percentConvert(v any, it *PercentItem) (string, error) {
	switch it.Conv {
	case 's':
		return PercentStr(strValue(v), it), nil
	case 'r':
		return PercentStr(reprValue(v), it), nil
	case 'a':
		return PercentStr(EscapeNonASCII(reprValue(v)), it), nil
	case 'c':
		switch v := v.(type) {
		case int64:
			return PercentChar(big.NewInt(v), it)
		case *big.Int:
			return PercentChar(v, it)
		case string:
			if runeCount(v) == 1 {
				return PercentStr(v, it), nil
			}
		}
		return "", PercentTypeError('c', pyTypeName(v))
	case 'd', 'i', 'u', 'o', 'x', 'X':
		switch v := v.(type) {
		case int64:
			return PercentInt64(v, it), nil
		case bool:
			if v {
				return PercentInt64(1, it), nil
			}
			return PercentInt64(0, it), nil
		case *big.Int:
			return PercentInt(v, it), nil
		case float64:
			if it.Conv == 'd' || it.Conv == 'i' || it.Conv == 'u' {
				if math.IsInf(v, 0) || math.IsNaN(v) {
					return "", fmt.Errorf("test driver: no int for %v", v)
				}
				i, _ := big.NewFloat(math.Trunc(v)).Int(nil)
				return PercentInt(i, it), nil
			}
		}
		return "", PercentTypeError(it.Conv, pyTypeName(v))
	default: // e E f F g G
		switch v := v.(type) {
		case int64:
			return PercentFloat(float64(v), it), nil
		case float64:
			return PercentFloat(v, it), nil
		}
		return "", PercentTypeError(it.Conv, pyTypeName(v))
	}
}

// strFormat is format.format(*args, **kwargs).
func strFormat(format string, args []any, kwargs map[string]any) (string, error) {
	pieces, err := ParseFormatString(format)
	s, rerr := renderPieces(pieces, args, kwargs)
	if rerr != nil {
		return "", rerr
	}
	if err != nil {
		return "", err
	}
	return s, nil
}

func renderPieces(pieces []FormatPiece, args []any, kwargs map[string]any) (string, error) {
	var b strings.Builder
	for _, p := range pieces {
		if p.Field == nil {
			b.WriteString(p.Literal)
			continue
		}
		s, err := renderField(p.Field, args, kwargs)
		if err != nil {
			return "", err
		}
		b.WriteString(s)
	}
	return b.String(), nil
}

func renderField(f *ReplacementField, args []any, kwargs map[string]any) (string, error) {
	var v any
	if f.Name.Index >= 0 {
		if f.Name.Index >= len(args) {
			if args == nil {
				return "", PositionalFieldError()
			}
			return "", ReplacementIndexError(f.Name.Index)
		}
		v = args[f.Name.Index]
	} else {
		var ok bool
		if v, ok = kwargs[f.Name.Name]; !ok {
			return "", &pyError{"KeyError", StrRepr(f.Name.Name)}
		}
	}
	for _, a := range f.Name.Accessors {
		var err error
		if v, err = access(v, a); err != nil {
			return "", err
		}
	}
	if f.Name.AccessorErr != nil {
		return "", f.Name.AccessorErr
	}
	if err := CheckConversion(f.Conversion); err != nil {
		return "", err
	}
	switch f.Conversion {
	case 'r':
		v = reprValue(v)
	case 's':
		v = strValue(v)
	case 'a':
		v = EscapeNonASCII(reprValue(v))
	}
	spec := f.Spec
	if f.Nested {
		var err error
		if spec, err = renderPieces(f.SpecPieces, args, kwargs); err != nil {
			return "", err
		}
		if f.SpecErr != nil {
			return "", f.SpecErr
		}
	}
	out, err := formatValue(v, spec)
	if fe, ok := err.(*Error); ok && fe.NeedsTypeName() {
		// The interpreter knows the type; it raises the message with the
		// name filled in.
		return "", &pyError{fe.Kind.String(), fe.Message(pyTypeName(v))}
	}
	return out, err
}

// access applies one accessor: items of lists and dicts, and the real
// and imag attributes of numbers.
func access(v any, a Accessor) (any, error) {
	if a.Attr {
		switch x := v.(type) {
		case float64:
			switch a.Key {
			case "real":
				return x, nil
			case "imag":
				return 0.0, nil
			}
		case complex128:
			switch a.Key {
			case "real":
				return real(x), nil
			case "imag":
				return imag(x), nil
			}
		}
		return nil, &pyError{"AttributeError", "'" + pyTypeName(v) + "' object has no attribute " + StrRepr(a.Key)}
	}
	switch x := v.(type) {
	case []any:
		if a.Index < 0 {
			return nil, &pyError{"TypeError", "list indices must be integers or slices, not str"}
		}
		if a.Index >= len(x) {
			return nil, &pyError{"IndexError", "list index out of range"}
		}
		return x[a.Index], nil
	case map[string]any:
		if a.Index >= 0 {
			return nil, &pyError{"KeyError", a.Key}
		}
		e, ok := x[a.Key]
		if !ok {
			return nil, &pyError{"KeyError", StrRepr(a.Key)}
		}
		return e, nil
	}
	return nil, &pyError{"TypeError", "'" + pyTypeName(v) + "' object is not subscriptable"}
}
