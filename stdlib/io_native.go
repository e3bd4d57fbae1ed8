package stdlib

import "github.com/rebeam/rebeam/interp"

// The _io module holds what the Python io module (py/io.py) needs from
// the interpreter: the exception io.UnsupportedOperation that file
// objects raise, and the type of the objects open() returns.

func init() {
	register("_io", func(t *interp.Thread, m *interp.Module) error {
		m.Dict.SetStr("UnsupportedOperation", interp.UnsupportedOperationType)
		m.Dict.SetStr("_FileType", interp.FileType)
		return nil
	}, "")
}
