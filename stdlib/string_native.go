package stdlib

import (
	"github.com/rebeam/rebeam/internal/pyfmt"
	"github.com/rebeam/rebeam/interp"
)

// The _string module: the format-string parsing string.Formatter builds
// on, shared with str.format through package pyfmt.

func init() {
	register("_string", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"formatter_parser":           formatterParser,
			"formatter_field_name_split": formatterFieldNameSplit,
		})
		return nil
	}, "")
}

// formatterParser gives (literal_text, field_name, format_spec,
// conversion) for each step of a format string; the last three are None
// after literal text alone.
func formatterParser(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var s string
	if err := interp.UnpackArgs("formatter_parser", args, kw, "s", &s); err != nil {
		return nil, err
	}
	items, err := pyfmt.ParseMarkup(s)
	if err != nil {
		return nil, interp.FromPyfmtError(err, "str")
	}
	out := make([]interp.Value, len(items))
	for i, it := range items {
		f := it.Field
		if f == nil {
			out[i] = interp.Tuple{interp.Str(it.Literal), interp.None, interp.None, interp.None}
			continue
		}
		var conv interp.Value = interp.None
		if f.Conversion != 0 {
			conv = interp.Str(string(f.Conversion))
		}
		out[i] = interp.Tuple{interp.Str(it.Literal), interp.Str(f.Text), interp.Str(f.Spec), conv}
	}
	return interp.NewList(out), nil
}

// formatterFieldNameSplit splits a field name into its first part (an int
// when all digits) and a list of (is_attribute, key) accessors.
func formatterFieldNameSplit(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var s string
	if err := interp.UnpackArgs("formatter_field_name_split", args, kw, "s", &s); err != nil {
		return nil, err
	}
	fn, err := pyfmt.SplitFieldName(s)
	if err == nil {
		err = fn.AccessorErr
	}
	if err != nil {
		return nil, interp.FromPyfmtError(err, "str")
	}
	var first interp.Value = interp.Str(fn.Name)
	if fn.Index >= 0 {
		first = interp.Int(fn.Index)
	}
	rest := make([]interp.Value, len(fn.Accessors))
	for i, a := range fn.Accessors {
		var key interp.Value = interp.Str(a.Key)
		if !a.Attr && a.Index >= 0 {
			key = interp.Int(a.Index)
		}
		rest[i] = interp.Tuple{interp.Bool(a.Attr), key}
	}
	return interp.Tuple{first, interp.NewList(rest)}, nil
}
