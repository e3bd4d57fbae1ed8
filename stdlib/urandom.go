package stdlib

import (
	crand "crypto/rand"

	"github.com/rebeam/rebeam/interp"
)

// osUrandom is os.urandom(size): size bytes from the system's source.
func osUrandom(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var n int
	if err := interp.UnpackArgs("urandom", args, kw, "size", &n); err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, interp.Errorf(interp.ValueErrorType, "negative argument not allowed")
	}
	b := make([]byte, n)
	if _, err := crand.Read(b); err != nil {
		return nil, interp.Errorf(interp.OSErrorType, "%v", err)
	}
	return interp.Bytes(b), nil
}
