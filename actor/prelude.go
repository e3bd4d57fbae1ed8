package actor

import (
	_ "embed"
	"fmt"

	"github.com/rebeam/rebeam/interp"
)

// preludeFile is the file name of the prelude's code in tracebacks.
const preludeFile = "<rebeam>"

//go:embed prelude.py
var preludeSource []byte

// preludeCode is compiled once; its code objects are immutable and shared
// by every interpreter.
var preludeCode = func() *interp.Code {
	code, err := interp.CompileFile(preludeFile, preludeSource)
	if err != nil {
		panic(fmt.Sprintf("actor: the rebeam prelude does not compile: %v", err))
	}
	return code
}()

// runPrelude executes the prelude in the module's dict on a thread of its
// own (it never suspends).
func runPrelude(in *interp.Interpreter, m *interp.Module) error {
	t := interp.NewThread(in)
	t.StartModule(preludeCode, m.Dict)
	for {
		r := t.Run(0)
		switch r.Kind {
		case interp.Finished:
			return nil
		case interp.Raised:
			return r.Err
		case interp.Preempted:
			continue
		default:
			return fmt.Errorf("actor: the rebeam prelude stopped: %v", r.Kind)
		}
	}
}
