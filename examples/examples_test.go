package examples_test

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/rebeam/rebeam/conformance"
)

var (
	update = flag.Bool("update", false, "rewrite each example's want.txt from one run (then update its README by hand)")
	runs   = flag.Int("runs", 0, "how many times each example runs, to catch flakes (0 means 10, or 3 with -short)")
)

// rebeamBinary is the command under test, built once by TestMain.
var rebeamBinary string

// TestMain builds ../cmd/rebeam once, as the conformance test does, so
// that every example runs as a person would run it: a separate process
// whose standard output alone is compared (crash reports go to stderr).
func TestMain(m *testing.M) {
	flag.Parse()
	dir, err := os.MkdirTemp("", "rebeam-examples-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	rebeamBinary = filepath.Join(dir, "rebeam")
	if runtime.GOOS == "windows" {
		rebeamBinary += ".exe"
	}
	status := 1
	if out, err := exec.Command("go", "build", "-o", rebeamBinary, "../cmd/rebeam").CombinedOutput(); err != nil {
		fmt.Fprintf(os.Stderr, "building rebeam: %v\n%s", err, out)
	} else {
		status = m.Run()
	}
	os.RemoveAll(dir)
	os.Exit(status)
}

func runCount() int {
	switch {
	case *runs > 0:
		return *runs
	case testing.Short():
		return 3
	}
	return 10
}

// TestExamples runs each example's main.py (with the conformance
// runner: its folder as the working directory, `rebeam run main.py`)
// several times and once under `rebeam trace`, and checks that it exits
// with status 0 and prints exactly its want.txt each time, and that its
// README shows that output.
func TestExamples(t *testing.T) {
	mains, err := filepath.Glob("*/main.py")
	if err != nil {
		t.Fatal(err)
	}
	if len(mains) == 0 {
		t.Fatal("no examples (*/main.py)")
	}
	runner := conformance.Runner{Command: []string{rebeamBinary, "run"}}
	// `rebeam trace` with stdin not a terminal runs the same program one
	// process at a time, printing every event to stderr: its stdout must
	// be the same.
	traced := conformance.Runner{Command: []string{rebeamBinary, "trace"}}
	for _, main := range mains {
		dir := filepath.Dir(main)
		t.Run(dir, func(t *testing.T) {
			t.Parallel()
			wantFile := filepath.Join(dir, "want.txt")
			if *update {
				got, err := runner.Run(context.Background(), main)
				if err != nil {
					t.Fatal(err)
				}
				if got.Status != 0 || got.TimedOut {
					t.Fatalf("exit status %d (timed out: %v), stderr:\n%s", got.Status, got.TimedOut, got.Stderr)
				}
				if err := os.WriteFile(wantFile, []byte(got.Stdout), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			b, err := os.ReadFile(wantFile)
			if err != nil {
				t.Fatal(err)
			}
			want := conformance.Expectation{Stdout: strings.ReplaceAll(string(b), "\r\n", "\n")}
			checkReadme(t, dir, want.Stdout)
			n := runCount()
			for i := range n {
				got, err := runner.Run(context.Background(), main)
				if err != nil {
					t.Fatal(err)
				}
				if diff := conformance.Compare(want, got); diff != "" {
					t.Fatalf("run %d of %d:\n%s", i+1, n, diff)
				}
			}
			got, err := traced.Run(context.Background(), main)
			if err != nil {
				t.Fatal(err)
			}
			if diff := conformance.Compare(want, got); diff != "" {
				t.Fatalf("rebeam trace:\n%s", diff)
			}
		})
	}
}

// checkReadme checks that the example's README.md says how to run it and
// shows its expected output, as an indented block.
func checkReadme(t *testing.T, dir, want string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	readme := strings.ReplaceAll(string(b), "\r\n", "\n")
	if cmd := "go run ./cmd/rebeam examples/" + dir + "/main.py"; !strings.Contains(readme, cmd) {
		t.Errorf("README.md does not say how to run the example: %s", cmd)
	}
	var block strings.Builder
	for _, line := range strings.SplitAfter(strings.TrimSuffix(want, "\n"), "\n") {
		block.WriteString("    " + line)
	}
	if !strings.Contains(readme, block.String()+"\n") {
		t.Errorf("README.md does not show want.txt as an indented block:\n%s", block.String())
	}
}
