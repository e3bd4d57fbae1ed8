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
	return runScriptWith(t, path, Config{Workers: workers})
}

// runScriptWith is runScript with a Config (its Stdout, Stderr and
// Logger are set here).
func runScriptWith(t *testing.T, path string, cfg Config) (string, string, Program) {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	in := interp.NewInterpreter()
	// As the conformance runner does: argv[0] is the file's name, the
	// arguments come from NAME.args (one a line), and the file's folder
	// is first on sys.path.
	in.Argv.Items = append(in.Argv.Items, interp.Str(filepath.Base(path)))
	if b, err := os.ReadFile(strings.TrimSuffix(path, ".py") + ".args"); err == nil {
		if text := strings.TrimSuffix(strings.ReplaceAll(string(b), "\r\n", "\n"), "\n"); text != "" {
			for _, a := range strings.Split(text, "\n") {
				in.Argv.Items = append(in.Argv.Items, interp.Str(a))
			}
		}
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		t.Fatal(err)
	}
	in.Path.Items = append(in.Path.Items, interp.Str(dir))
	var out, logs bytes.Buffer
	cfg.Stdout, cfg.Stderr, cfg.Logger = &out, &out, zerolog.New(zerolog.SyncWriter(&logs))
	prog := RunProgram(context.Background(), in, path, src, cfg)
	return out.String(), logs.String(), prog
}

// TestConformanceActors runs conformance/testdata/actors/*.py and compares
// their output with the .out files beside them, which were written from
// API.md (CPython has no rebeam module to record them from). Each program
// runs with one worker and with four, since its output must not depend on
// timing, and 20 times each (2 with -short) to catch flakes; a run stops
// at its first mismatch.
func TestConformanceActors(t *testing.T) {
	rounds := 20
	if testing.Short() {
		rounds = 2
	}
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
		if _, err := os.Stat(strings.TrimSuffix(f, ".py") + ".err"); err == nil {
			continue // the body raises: the command makes that status 1, checked by ./conformance
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
				for round := range rounds {
					got, logs, prog := runScript(t, f, workers)
					if prog.Err != nil {
						t.Errorf("round %d: the body raised: %v", round, prog.Err)
					}
					if diff := cmp.Diff(string(want), got); diff != "" {
						t.Errorf("round %d: stdout mismatch (-want +got):\n%s\nlog:\n%s", round, diff, logs)
					}
					if diff := cmp.Diff(wantStatus, prog.Status); diff != "" {
						t.Errorf("round %d: status mismatch (-want +got):\n%s", round, diff)
					}
					if t.Failed() {
						return
					}
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
