package actor

import (
	"github.com/rebeam/rebeam/interp"
)

// Program is the result of a run: the exit status the run asks for, and
// the body's uncaught exception, if any, for the caller to print the way
// CPython does.
type Program struct {
	// Status is the exit status from shutdown(status), or 0.
	Status int
	// Err is the body's uncaught exception (a SystemExit among them), or
	// a compile error; the caller turns it into the exit status.
	Err error
	// Thread is the body's thread, to print Err with.
	Thread *interp.Thread
}

// RunProgram runs a script the way `rebeam run` does (API.md "Running a
// program"): the body runs as the first process, so that it can spawn,
// call and be called; when it has finished, the run goes on until every
// process has exited or one calls shutdown. If the body raises, every
// process is stopped and Err holds the exception.
func RunProgram(in *interp.Interpreter, filename string, src []byte, cfg Config) Program {
	code, err := interp.CompileFile(filename, src)
	if err != nil {
		return Program{Status: 1, Err: err}
	}
	m := interp.NewModule("__main__")
	m.File = filename
	m.Dict.SetStr("__file__", interp.Str(filename))
	m.Dict.SetStr("__builtins__", in.Builtins)
	in.Modules.SetStr("__main__", m)
	s, err := NewScheduler(in, cfg)
	if err != nil {
		return Program{Status: 1, Err: err}
	}
	defer s.Stop()
	body := s.SpawnModule(code, m.Dict)
	<-body.done
	prog := Program{Thread: body.thread}
	if body.err != nil {
		prog.Err = body.err
		if !isSystemExit(body.err) {
			return prog
		}
		if st, _ := interp.SystemExitStatus(body.thread, body.err); st != 0 {
			return prog
		}
		prog.Err = nil
	}
	prog.Status = s.Wait()
	return prog
}
