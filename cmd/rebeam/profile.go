package main

import (
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"
)

// tuneGC makes the collector run less often than Go's default unless
// GOGC is set: a Python program allocates many small short-lived objects
// (ints, frames, bound methods) over a small live heap, where the default
// target of twice the live heap means a collection every few megabytes.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(400)
	}
}

// startProfile writes a CPU profile of the whole run to the file named by
// the environment variable REBEAM_CPUPROFILE, when it is set (a hidden
// switch for working on the interpreter's speed). The returned function
// stops the profile.
func startProfile() func() {
	path := os.Getenv("REBEAM_CPUPROFILE")
	if path == "" {
		return func() {}
	}
	f, err := os.Create(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, "rebeam: cpu profile:", err)
		return func() {}
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		fmt.Fprintln(os.Stderr, "rebeam: cpu profile:", err)
		f.Close()
		return func() {}
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}
}
