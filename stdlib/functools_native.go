package stdlib

import "github.com/rebeam/rebeam/interp"

// _functools holds the parts of functools written in Go: cmp_to_key,
// whose keys the sort compares by calling cmp directly.
func init() {
	register("_functools", func(t *interp.Thread, m *interp.Module) error {
		m.Dict.SetStr("cmp_to_key", interp.NewBuiltin("cmp_to_key", interp.CmpToKey))
		return nil
	}, "")
}
