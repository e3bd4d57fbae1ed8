package interp

import "github.com/rebeam/rebeam/internal/pyfmt"

// formatComplex is complex.__format__ with a non-empty spec.
func formatComplex(c Complex, spec string) (string, error) {
	sp, err := pyfmt.ParseSpec(spec)
	if err == nil {
		var s string
		if s, err = pyfmt.FormatComplex(complex128(c), sp); err == nil {
			return s, nil
		}
	}
	return "", FromPyfmtError(err, "complex")
}

// formatStr is str.__format__ with a non-empty spec.
func formatStr(s, spec string) (string, error) {
	sp, err := pyfmt.ParseSpec(spec)
	if err == nil {
		if s, err = pyfmt.FormatStr(s, sp); err == nil {
			return s, nil
		}
	}
	return "", FromPyfmtError(err, "str")
}

// FromPyfmtError turns a pyfmt failure into the Python exception it names;
// typeName fills in the type an "Invalid format specifier" message names.
func FromPyfmtError(err error, typeName string) error {
	e, ok := err.(*pyfmt.Error)
	if !ok {
		return err
	}
	cls := ValueErrorType
	switch e.Kind {
	case pyfmt.TypeError:
		cls = TypeErrorType
	case pyfmt.OverflowError:
		cls = OverflowErrorType
	case pyfmt.IndexError:
		cls = IndexErrorType
	case pyfmt.MemoryError:
		cls = MemoryErrorType
	}
	return Errorf(cls, "%s", e.Message(typeName))
}
