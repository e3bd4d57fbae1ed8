// Package actor gives Python programs Erlang-style processes on top of
// package interp.
//
// A process (process.go) is an interp.Thread plus a mailbox
// (mailbox.go), a ProcessID (pid.go), a status and the monitors that
// watch it. Processes never share a goroutine: a Scheduler (scheduler.go)
// runs them on a few worker goroutines, a slice of steps at a time, and a
// process that waits for a message, a reply or a timer is only memory
// until something wakes it (see the comment at the top of scheduler.go).
//
// Python builtins that must wait (rebeam.call, rebeam.sleep, the receive
// at the heart of a GenPy server) never block: they return an
// *interp.Suspension whose payload is one of the request types of
// request.go, and the worker that ran the process acts on it.
//
// Isolation. Processes run in parallel with no global lock, so a Python
// object must never be reachable from two processes at once. Messages are
// copied on send (copy.go): immutable values travel by reference, mutable
// ones are deep-copied with their sharing and cycles, and values that
// cannot be sent raise TypeError before anything is sent. Module globals
// and classes are shared between processes; while the script body runs it
// excludes the other processes' turns, so that it can define and assign
// globals safely, and after it they are read-only by convention (see
// globals.go, which also names the remaining gap).
//
// The Python module `rebeam` (module.go and prelude.py) is built on these
// pieces; RunProgram (program.go) runs a script's body as the first
// process and the run phase after it. children.go runs modules and .py
// files as processes; timesleep.go makes time.sleep suspend only its
// process. spawn of a GenPy returns once its @start has run, as
// GenServer.start does, so that its name can be called at once.
//
// The anchors of issue 4 (call, cast, spawn and restart rates, bytes per
// idle process, a million processes, fairness under busy loops, speedup
// on two cores) are measured by bench_actors_test.go and load_test.go:
// `just bench-actors`.
package actor
