// Package bench compares the speed of rebeam's interpreter with CPython's
// on the programs in programs/. It holds no library code: the whole
// comparison is TestCompare, which stays skipped in a plain `go test ./...`
// because it takes a minute or more and needs python3.
package bench

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

var (
	compare = flag.Bool("bench-compare", false, "run TestCompare: time programs/*.py under rebeam and python3")
	runs    = flag.Int("bench-runs", 3, "how many times each program runs under each interpreter; the best wall time counts")
	timeout = flag.Duration("bench-timeout", 60*time.Second, "how long one run may take before it counts as failed")
	only    = flag.String("bench-only", "", "run only the programs whose file name contains this string")
)

// result is what one program did under one interpreter: its best wall
// time over the runs, what it printed, and why it failed if it did.
type result struct {
	best   time.Duration
	stdout string
	fail   string
}

// TestCompare runs every programs/*.py under python3 and under a freshly
// built rebeam, checks that both print the same, and prints a table of
// times with the geometric mean of the ratios rebeam/python3.
//
// Every ratio is printed, then the geometric mean. The test fails when
// rebeam cannot run a program (an error exit, or a run slower than
// -bench-timeout: FAILS), when both finish but print different things
// (MISMATCH), and when python3 itself fails, because then the benchmark
// program is broken. A program that FAILS or MISMATCHes still shows its
// ratio, but is left out of the mean and listed at the end.
func TestCompare(t *testing.T) {
	if !*compare && os.Getenv("REBEAM_BENCH") != "1" {
		t.Skip("speed comparison is off: pass -bench-compare or set REBEAM_BENCH=1")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	version, err := exec.Command(python, "--version").Output()
	if err != nil || !strings.HasPrefix(string(version), "Python 3.11") {
		// The programs' output is compared byte for byte, and other versions
		// may print some values differently, so only 3.11 is a fair judge.
		t.Skipf("python3 is %q, not 3.11", strings.TrimSpace(string(version)))
	}
	if *runs < 1 {
		t.Fatalf("-bench-runs is %d; it must be at least 1", *runs)
	}
	programs, err := filepath.Glob(filepath.Join("programs", "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var selected []string
	for _, p := range programs {
		if strings.Contains(filepath.Base(p), *only) {
			selected = append(selected, p)
		}
	}
	if len(selected) == 0 {
		t.Fatalf("no program in programs/ matches %q", *only)
	}

	rebeam := buildRebeam(t)
	out := os.Stdout
	fmt.Fprintf(out, "best of %d runs each, wall time in seconds, timeout %v\n", *runs, *timeout)
	fmt.Fprintf(out, "%-20s %10s %10s %8s\n", "program", "python3", "rebeam", "ratio")
	var ratios []float64
	var failed []string
	for _, prog := range selected {
		name := strings.TrimSuffix(filepath.Base(prog), ".py")
		py, rb := timeBoth(python, rebeam, prog)
		switch {
		case py.fail != "":
			fmt.Fprintf(out, "%-20s python3 FAILS: %s\n", name, py.fail)
			t.Errorf("%s: python3 cannot run the benchmark program: %s", name, py.fail)
		case rb.fail != "":
			// The time of a failed run still shows how far it got.
			fmt.Fprintf(out, "%-20s %10.3f %10.3f %7.2fx  FAILS: %s\n", name, py.best.Seconds(), rb.best.Seconds(), rb.best.Seconds()/py.best.Seconds(), rb.fail)
			t.Errorf("%s: rebeam cannot run the program: %s", name, rb.fail)
			failed = append(failed, name)
		case rb.stdout != py.stdout:
			fmt.Fprintf(out, "%-20s %10.3f %10.3f %7.2fx  MISMATCH\n", name, py.best.Seconds(), rb.best.Seconds(), rb.best.Seconds()/py.best.Seconds())
			t.Errorf("%s: rebeam printed something else than python3:\n%s", name, firstDifference(py.stdout, rb.stdout))
			failed = append(failed, name)
		default:
			ratio := rb.best.Seconds() / py.best.Seconds()
			ratios = append(ratios, ratio)
			fmt.Fprintf(out, "%-20s %10.3f %10.3f %7.2fx\n", name, py.best.Seconds(), rb.best.Seconds(), ratio)
		}
	}
	if len(ratios) > 0 {
		fmt.Fprintf(out, "geometric mean of %d ratios: %.2fx (goal: at most 2.00x)\n", len(ratios), geomean(ratios))
	} else {
		fmt.Fprintf(out, "geometric mean: none, no program ran on both\n")
	}
	if len(failed) > 0 {
		fmt.Fprintf(out, "left out of the mean, %d of %d: %s\n", len(failed), len(selected), strings.Join(failed, ", "))
		t.Errorf("rebeam failed or disagreed on %d program(s): %s", len(failed), strings.Join(failed, ", "))
	}
}

// buildRebeam builds the command once into a temporary folder, so every
// run times the interpreter and not the go tool's compile or cache lookup.
func buildRebeam(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "rebeam")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/rebeam")
	// The test runs in bench/, and the command lives one level up.
	cmd.Dir = ".."
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/rebeam: %v\n%s", err, msg)
	}
	return bin
}

// timeBoth runs one program -bench-runs times under each interpreter. The
// two alternate, so that a burst of load from elsewhere on the machine
// lands on both rather than on whichever happened to run then. A failed
// run under an interpreter is not repeated: it will not get faster.
func timeBoth(python, rebeam, prog string) (py, rb result) {
	for i := 0; i < *runs; i++ {
		if py.fail == "" {
			py = better(py, runOnce(python, prog), i == 0)
		}
		if rb.fail == "" {
			rb = better(rb, runOnce(rebeam, prog), i == 0)
		}
	}
	return py, rb
}

// better keeps the faster of two successful runs, and any failure, since
// one failure is enough to report the program as failing.
func better(old, next result, first bool) result {
	if first || next.fail != "" || next.best < old.best {
		return next
	}
	return old
}

// runOnce runs a program and measures its wall time, process start
// included: that is what a user waits for, and both interpreters pay it.
func runOnce(interpreter, prog string) result {
	ctx, cancel := context.WithTimeout(context.Background(), *timeout)
	defer cancel()
	var stdout, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, interpreter, prog)
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	r := result{best: elapsed, stdout: stdout.String()}
	switch {
	case errors.Is(ctx.Err(), context.DeadlineExceeded):
		r.fail = fmt.Sprintf("timed out after %v", *timeout)
	case err != nil:
		r.fail = errorLine(stderr.String(), err)
	}
	return r
}

// errorLine picks the one line that says why a run failed. For a Python
// traceback that is the last line, the exception itself; the first line
// is always "Traceback (most recent call last):" and says nothing. For
// other failures (a Go panic, a message from the command line parser) it
// is the first non-empty line.
func errorLine(stderr string, err error) string {
	lines := strings.Split(strings.TrimSpace(stderr), "\n")
	if len(lines) == 0 || lines[0] == "" {
		return err.Error()
	}
	if strings.HasPrefix(lines[0], "Traceback") {
		return strings.TrimSpace(lines[len(lines)-1])
	}
	return strings.TrimSpace(lines[0])
}

// firstDifference shows the first line where the two outputs differ, which
// is enough to start looking without dumping two long outputs.
func firstDifference(want, got string) string {
	w := strings.Split(want, "\n")
	g := strings.Split(got, "\n")
	for i := 0; i < len(w) || i < len(g); i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			return fmt.Sprintf("line %d:\n  python3: %q\n  rebeam:  %q", i+1, wl, gl)
		}
	}
	// Two outputs that split into the same lines are the same text, so the
	// loop always returns; this line only satisfies the compiler.
	return "(the outputs are the same)"
}

// geomean is the geometric mean, the fair average of ratios: a program
// twice as slow and one twice as fast average out to 1x.
func geomean(xs []float64) float64 {
	sum := 0.0
	for _, x := range xs {
		sum += math.Log(x)
	}
	return math.Exp(sum / float64(len(xs)))
}
