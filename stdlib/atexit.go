package stdlib

import (
	"fmt"
	"os"

	"github.com/rebeam/rebeam/interp"
)

// The atexit module: handlers registered by the program run, last
// registered first, when the interpreter exits (RunAtexit, called by the
// rebeam command after the program's body has finished).

func init() {
	register("atexit", nil, `
_handlers = []

def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, args, kwargs))
    return func

def unregister(func, /):
    _handlers[:] = [h for h in _handlers if h[0] != func]

def _clear():
    del _handlers[:]

def _ncallbacks():
    return len(_handlers)

def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            _report(func, e)
`)
}

// RunAtexit runs the atexit handlers of in, if the program imported
// atexit. An exception in a handler is reported on standard error, as
// CPython reports it, and the next handler runs.
func RunAtexit(in *interp.Interpreter) {
	v, ok := in.Module("atexit")
	if !ok {
		return
	}
	m, ok := v.(*interp.Module)
	if !ok {
		return
	}
	m.Dict.SetStr("_report", interp.NewBuiltin("_report", func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		fn, _ := interp.Repr(t, args[0])
		fmt.Fprintf(t.Stderr, "Exception ignored in atexit callback: %s\n", fn)
		if e, ok := args[1].(*interp.Exception); ok {
			t.PrintException(t.Stderr, e)
		}
		return interp.None, nil
	}))
	run, ok := m.Dict.GetStr("_run_exitfuncs")
	if !ok {
		return
	}
	t := interp.NewThread(in)
	if err := t.Start(run, nil); err != nil {
		fmt.Fprintln(os.Stderr, err)
		return
	}
	for {
		r := t.Run(0)
		if r.Kind != interp.Preempted {
			return
		}
	}
}
