package main

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the test binary stand in for the rebeam command: the
// scripts run `rebeam ...` as a separate process of this binary, so the
// command line, standard streams and exit status are the real ones.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"rebeam": func() { os.Exit(run(os.Args[1:])) },
	})
}

// TestScripts runs the command-line scripts of testdata/script. A script
// compares rebeam with python3 where the condition [python] holds: then
// $PYTHON is a CPython 3.11, the oracle.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			if exe := oraclePython(); exe != "" {
				env.Setenv("PYTHON", exe)
			}
			env.Setenv("PYTHONIOENCODING", "utf-8")
			env.Setenv("PYTHONDONTWRITEBYTECODE", "1")
			return nil
		},
		Condition: func(cond string) (bool, error) {
			switch cond {
			case "python":
				return oraclePython() != "", nil
			}
			return false, fmt.Errorf("unknown condition %q", cond)
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"status":   cmdStatus,
			"waitfile": cmdWaitFile,
		},
		RequireUniqueNames: true,
	})
}

// cmdStatus runs a command and checks its exit status:
//
//	status N command [args...]
//
// Its stdout and stderr are then checked as after exec. testscript's own
// `! exec` accepts any failure, and rebeam's contract is the status itself:
// 1 for a Python error, 2 for a usage error.
func cmdStatus(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("unsupported: ! status")
	}
	if len(args) < 2 {
		ts.Fatalf("usage: status N command [args...]")
	}
	want, err := strconv.Atoi(args[0])
	if err != nil {
		ts.Fatalf("status: bad exit status %q", args[0])
	}
	err = ts.Exec(args[1], args[2:]...)
	got := 0
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			ts.Fatalf("status: %v", err)
		}
		got = ee.ExitCode()
	}
	if got != want {
		ts.Fatalf("%s exited with status %d, want %d", args[1], got, want)
	}
}

// cmdWaitFile waits, at most ten seconds, until a file exists: a
// background program writes it to say it is ready.
//
//	waitfile NAME
func cmdWaitFile(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 1 {
		ts.Fatalf("usage: waitfile NAME")
	}
	deadline := time.Now().Add(10 * time.Second)
	for {
		if _, err := os.Stat(ts.MkAbs(args[0])); err == nil {
			return
		}
		if time.Now().After(deadline) {
			ts.Fatalf("%s did not appear within 10s", args[0])
		}
		time.Sleep(10 * time.Millisecond)
	}
}

var (
	pythonOnce sync.Once
	pythonExe  string
)

// oraclePython returns the absolute path of a CPython 3.11, or "" when
// there is none: another version would be a wrong oracle.
func oraclePython() string {
	pythonOnce.Do(func() {
		for _, name := range []string{"python3.11", "python3"} {
			exe, err := exec.LookPath(name)
			if err != nil {
				continue
			}
			out, err := exec.Command(exe, "-c", `import sys; print(sys.implementation.name, "%d.%d" % sys.version_info[:2], sys.executable)`).Output()
			if err != nil {
				continue
			}
			f := strings.Fields(string(out))
			if len(f) == 3 && f[0] == "cpython" && f[1] == "3.11" {
				pythonExe = f[2]
				return
			}
		}
	})
	return pythonExe
}
