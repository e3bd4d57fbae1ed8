package actor

import "github.com/rebeam/rebeam/interp"

// timeSleepCode imports the time module if the interpreter has one.
var timeSleepCode = func() *interp.Code {
	code, err := interp.CompileFile("<rebeam>", []byte("try:\n    import time\nexcept ImportError:\n    time = None\n"))
	if err != nil {
		panic("actor: " + err.Error())
	}
	return code
}()

// patchTimeSleep makes time.sleep suspend only the calling process, as
// rebeam.sleep does, by replacing it in the interpreter's time module
// before any process runs. Without a time module (interp has none yet)
// it does nothing; once there is one, its sleep must not block a worker.
func patchTimeSleep(in *interp.Interpreter, rebeam *interp.Module) {
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
	if sleep, ok := rebeam.Dict.GetStr("sleep"); ok {
		mod.Dict.SetStr("sleep", sleep)
	}
}
