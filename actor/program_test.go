package actor

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
)

// runScript runs a Python program under RunProgram and returns its
// standard output, the log (crash reports, warnings) and the program.
func runScript(t *testing.T, path string, workers int) (string, string, Program) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	in := interp.NewInterpreter()
	in.Argv.Items = append(in.Argv.Items, interp.Str(path))
	in.Path.Items = append(in.Path.Items, interp.Str(filepath.Dir(path)))
	var out, logs bytes.Buffer
	prog := RunProgram(context.Background(), in, path, src, Config{Workers: workers, Stdout: &out, Stderr: &out, Logger: zerolog.New(&logs)})
	return out.String(), logs.String(), prog
}

// TestConformanceActors runs conformance/testdata/actors/*.py and compares
// their output with the .out files beside them, which were written from
// API.md (CPython has no rebeam module to record them from). Each program
// runs with one worker and with four, since its output must not depend on
// timing.
func TestConformanceActors(t *testing.T) {
	files, err := filepath.Glob("../conformance/testdata/actors/*.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no programs in conformance/testdata/actors")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		if strings.HasSuffix(name, "_helper") {
			continue // a module the programs import (conformance/README.md)
		}
		want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
		if err != nil {
			t.Fatal(err)
		}
		wantStatus := 0
		if b, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".status"); err == nil {
			wantStatus = atoi(t, strings.TrimSpace(string(b)))
		}
		for _, workers := range []int{1, 4} {
			t.Run(name+"/workers="+string(rune('0'+workers)), func(t *testing.T) {
				got, logs, prog := runScript(t, f, workers)
				if prog.Err != nil {
					t.Errorf("the body raised: %v", prog.Err)
				}
				if diff := cmp.Diff(string(want), got); diff != "" {
					t.Errorf("stdout mismatch (-want +got):\n%s\nlog:\n%s", diff, logs)
				}
				if diff := cmp.Diff(wantStatus, prog.Status); diff != "" {
					t.Errorf("status mismatch (-want +got):\n%s", diff)
				}
			})
		}
	}
}

func atoi(t *testing.T, s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			t.Fatalf("bad status %q", s)
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// TestScript runs the program named by $REBEAM_SCRIPT and prints what it
// wrote: a tool for working on the runtime, skipped otherwise.
func TestScript(t *testing.T) {
	path := os.Getenv("REBEAM_SCRIPT")
	if path == "" {
		t.Skip("REBEAM_SCRIPT is not set")
	}
	out, logs, prog := runScript(t, path, 4)
	t.Logf("stdout:\n%s\nlog:\n%s\nstatus %d err %v", out, logs, prog.Status, prog.Err)
}
