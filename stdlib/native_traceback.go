package stdlib

import (
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// The _traceback module is the native half of traceback (stdlib/py/
// traceback.py): it formats exceptions and tracebacks with the
// interpreter's own printer, so traceback.format_exc() reads exactly as
// an uncaught exception does, carets included.

func init() {
	register("_traceback", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"format_exception": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var exc, chain interp.Value
				if err := interp.UnpackArgs("format_exception", args, kw, "exc", &exc, "chain?", &chain); err != nil {
					return nil, err
				}
				e, ok := exc.(*interp.Exception)
				if !ok {
					return nil, interp.Errorf(interp.TypeErrorType, "expected an exception, not %s", interp.TypeName(exc))
				}
				return interp.Str(t.FormatException(e, chain == nil || chain == interp.True)), nil
			},
			"format_exception_only": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var exc interp.Value
				if err := interp.UnpackArgs("format_exception_only", args, kw, "exc", &exc); err != nil {
					return nil, err
				}
				e, ok := exc.(*interp.Exception)
				if !ok {
					return nil, interp.Errorf(interp.TypeErrorType, "expected an exception, not %s", interp.TypeName(exc))
				}
				return interp.Str(t.FormatExceptionOnly(e)), nil
			},
			"format_tb": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var tb interp.Value
				if err := interp.UnpackArgs("format_tb", args, kw, "tb", &tb); err != nil {
					return nil, err
				}
				if tb == interp.None {
					return interp.Str(""), nil
				}
				x, ok := tb.(*interp.Traceback)
				if !ok {
					return nil, interp.Errorf(interp.TypeErrorType, "expected a traceback, not %s", interp.TypeName(tb))
				}
				return interp.Str(interp.FormatTraceback(x)), nil
			},
			// frames lists (filename, lineno, name, line) for each entry
			// of a traceback, outermost first.
			"frames": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
				var tb interp.Value
				if err := interp.UnpackArgs("frames", args, kw, "tb", &tb); err != nil {
					return nil, err
				}
				var out []interp.Value
				x, _ := tb.(*interp.Traceback)
				for ; x != nil; x = x.Next {
					var src *interp.Source
					if x.Code != nil {
						src = x.Code.Source
					}
					line := strings.TrimSpace(src.Line(x.Line()))
					out = append(out, interp.Tuple{interp.Str(x.File), interp.Int(x.Line()), interp.Str(x.Name), interp.Str(line)})
				}
				return interp.NewList(out), nil
			},
		})
		return nil
	}, "")
}
