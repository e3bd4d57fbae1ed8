package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"github.com/rebeam/rebeam/conformance"
)

// ConformanceCmd checks programs against their expected results.
type ConformanceCmd struct {
	Paths   []string      `arg:"" help:"Python files or folders of them. A folder is searched for programs, leaving out modules (*_helper.py and everything in *_pkg folders)."`
	Against string        `placeholder:"CMD" help:"Run each program under this interpreter command too (such as python3) and compare with it live instead of reading expected files."`
	Update  bool          `help:"Write each program's expected files (.out, .err, .status) from python3 (or the --against command) instead of checking it."`
	Timeout time.Duration `default:"10s" help:"How long one program may run under rebeam (python3 gets at least a minute)."`
	Jobs    int           `short:"j" help:"How many programs run at once; the number of CPUs when zero."`
}

// outcome is what checking one program came to.
type outcome struct {
	pass   bool
	report string // why the program failed, or what was updated
}

// Run checks every program and prints PASS or FAIL for each, in the order
// of the paths, then a summary. It exits with status 1 when any failed.
func (c *ConformanceCmd) Run() error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	var progs []string
	for _, p := range c.Paths {
		info, err := os.Stat(p)
		if err != nil {
			return err
		}
		if !info.IsDir() {
			progs = append(progs, p)
			continue
		}
		found, err := conformance.Find(p)
		if err != nil {
			return err
		}
		for _, rel := range found {
			progs = append(progs, filepath.Join(p, filepath.FromSlash(rel)))
		}
	}
	if len(progs) == 0 {
		return fmt.Errorf("no Python programs in %s", strings.Join(c.Paths, ", "))
	}

	rebeam := conformance.Runner{Command: []string{exe, "run"}, Timeout: c.Timeout}
	oracle := conformance.Runner{Command: conformance.Python, Timeout: max(c.Timeout, conformance.OracleTimeout)}
	if c.Against != "" {
		oracle.Command = strings.Fields(c.Against)
	}

	// Programs run in parallel, but their results print in order, each as
	// soon as it and every program before it are done.
	jobs := c.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	results := make([]outcome, len(progs))
	done := make([]chan struct{}, len(progs))
	for i := range done {
		done[i] = make(chan struct{})
	}
	work := make(chan int)
	var wg sync.WaitGroup
	for range jobs {
		wg.Go(func() {
			for i := range work {
				results[i] = c.check(progs[i], rebeam, oracle)
				close(done[i])
			}
		})
	}
	go func() {
		for i := range progs {
			work <- i
		}
		close(work)
	}()

	passed, failed := 0, 0
	for i, p := range progs {
		<-done[i]
		r := results[i]
		switch {
		case c.Update && r.pass:
			passed++
			fmt.Printf("UPDATED %s%s\n", p, r.report)
		case r.pass:
			passed++
			fmt.Printf("PASS %s\n", p)
		default:
			failed++
			fmt.Printf("FAIL %s\n%s", p, indent(r.report))
		}
	}
	wg.Wait()
	if c.Update {
		fmt.Printf("conformance: %d updated, %d failed\n", passed, failed)
	} else {
		fmt.Printf("conformance: %d passed, %d failed\n", passed, failed)
	}
	if failed > 0 {
		return exitError{1}
	}
	return nil
}

// check runs one program: it records its expectations under --update,
// compares rebeam with the oracle live under --against, and otherwise
// compares rebeam with the expected files.
func (c *ConformanceCmd) check(path string, rebeam, oracle conformance.Runner) outcome {
	ctx := context.Background()
	rebeamOnly, err := conformance.UsesRebeamModule(path)
	if err != nil {
		return outcome{report: err.Error() + "\n"}
	}
	if c.Update {
		if rebeamOnly {
			return outcome{pass: true, report: " (left alone: it imports the rebeam module, so its expectations are written by hand)"}
		}
		res, err := conformance.Update(ctx, oracle, path)
		if err != nil {
			return outcome{report: err.Error() + "\n"}
		}
		if res.Status != 0 {
			return outcome{pass: true, report: fmt.Sprintf(" (exit status %d: %s)", res.Status, conformance.LastLine(res.Stderr))}
		}
		return outcome{pass: true}
	}
	var want conformance.Expectation
	if c.Against != "" && !rebeamOnly {
		res, err := oracle.Run(ctx, path)
		if err != nil {
			return outcome{report: err.Error() + "\n"}
		}
		if res.TimedOut {
			return outcome{report: fmt.Sprintf("timed out under %s\n", c.Against)}
		}
		want = conformance.Expect(res)
	} else {
		if want, err = conformance.LoadExpectation(path); err != nil {
			return outcome{report: err.Error() + "\n"}
		}
	}
	got, err := rebeam.Run(ctx, path)
	if err != nil {
		return outcome{report: err.Error() + "\n"}
	}
	diff := conformance.Compare(want, got)
	return outcome{pass: diff == "", report: diff}
}

// indent indents every line of a failure report under its FAIL line.
func indent(s string) string {
	var b strings.Builder
	for line := range strings.SplitAfterSeq(s, "\n") {
		if line != "" {
			b.WriteString("    " + line)
		}
	}
	return b.String()
}
