package actor

import (
	"time"

	"github.com/rebeam/rebeam/interp"
)

// time.sleep under the actor runtime. stdlib's time.sleep blocks the
// calling goroutine, which in a process would be a scheduler worker and
// every process queued behind it. So when a scheduler is made, the
// interpreter's time module gets this sleep instead: the same arguments,
// errors and result as CPython's, but it suspends only the calling
// process, as rebeam.sleep does. Code that runs outside any process (a
// thread of the embedding Go program) still gets the blocking original.
// `from time import sleep` written after the scheduler exists (any
// program's code) finds the replacement, because the module is patched
// before the first process runs.

// timeSleepCode imports the time module if the interpreter has one.
var timeSleepCode = func() *interp.Code {
	code, err := interp.CompileFile("<rebeam>", []byte("try:\n    import time\nexcept ImportError:\n    time = None\n"))
	if err != nil {
		panic("actor: " + err.Error())
	}
	return code
}()

// patchTimeSleep replaces sleep in the interpreter's time module, if it
// has one, by a suspending sleep that falls back to the original outside
// processes.
func patchTimeSleep(in *interp.Interpreter) {
	g := interp.NewDict()
	g.SetStr("__builtins__", in.Builtins)
	t := interp.NewThread(in)
	t.StartModule(timeSleepCode, g)
	if r := t.Run(0); r.Kind != interp.Finished {
		return
	}
	tm, _ := g.GetStr("time")
	mod, ok := tm.(*interp.Module)
	if !ok {
		return
	}
	orig, _ := mod.Dict.GetStr("sleep")
	if b, ok := orig.(*interp.Builtin); ok && b.Name == "sleep" && isProcessSleep(b) {
		return // already patched (a second scheduler on one interpreter)
	}
	mod.Dict.SetStr("sleep", &interp.Builtin{Name: "sleep", Fn: func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		if _, ok := t.Locals[processKey].(*Process); !ok && orig != nil {
			return t.Call(orig, args, kw)
		}
		return processSleep(t, args, kw)
	}, Doc: processSleepDoc})
}

// maxSleep caps a sleep, in seconds, below time.Duration's range (about
// 31 years).
const maxSleep = 1e9

const processSleepDoc = "sleep(seconds)\n\nDelay execution of the calling rebeam process for a given number of seconds; other processes run meanwhile."

func isProcessSleep(b *interp.Builtin) bool { return b.Doc == processSleepDoc }

// processSleep is time.sleep for a process: CPython's argument rules,
// then a suspension until the time has passed.
func processSleep(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(kw) > 0 {
		return nil, interp.Errorf(interp.TypeErrorType, "time.sleep() takes no keyword arguments")
	}
	if len(args) != 1 {
		return nil, interp.Errorf(interp.TypeErrorType, "time.sleep() takes exactly one argument (%d given)", len(args))
	}
	var secs float64
	switch v := args[0].(type) {
	case interp.Bool, interp.Int, interp.Float, *interp.BigInt:
		secs, _ = interp.ToFloat(v)
	default:
		return nil, interp.Errorf(interp.TypeErrorType, "'%s' object cannot be interpreted as an integer", interp.TypeName(v))
	}
	if secs != secs {
		return nil, interp.Errorf(interp.ValueErrorType, "Invalid value NaN (not a number)")
	}
	if secs < 0 {
		return nil, interp.Errorf(interp.ValueErrorType, "sleep length must be non-negative")
	}
	secs = min(secs, maxSleep)
	return nil, &interp.Suspension{Payload: sleepRequest{d: time.Duration(secs * float64(time.Second))}}
}
