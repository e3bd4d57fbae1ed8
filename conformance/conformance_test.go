package conformance

import (
	"context"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
)

var (
	update     = flag.Bool("update", false, "record every program's .out, .err and .status files from python3 before checking it")
	writeSkips = flag.Bool("write-skips", false, "rewrite skip.txt to list exactly the programs that fail now, keeping the reasons of entries still failing")
	againstPy  = flag.Bool("python", false, "check the corpus against python3 instead of rebeam, ignoring skip.txt (a determinism check)")
	progTime   = flag.Duration("program-timeout", DefaultTimeout, "how long one program may run under rebeam")
	actorRuns  = flag.Int("actor-runs", 0, "how many times each program of actors/ runs under rebeam, to catch flakes (0 means 20, or 3 with -short)")
)

// actorRunCount is how many times a program of actors/ runs: their
// output must not depend on how the scheduler interleaves processes, and
// one run rarely shows that it does.
func actorRunCount() int {
	switch {
	case *actorRuns > 0:
		return *actorRuns
	case testing.Short():
		return 3
	}
	return 20
}

const (
	corpusRoot = "testdata"
	skipFile   = "skip.txt"
)

// rebeamBinary is the interpreter under test, built once by TestMain.
var rebeamBinary string

func TestMain(m *testing.M) {
	if os.Getenv(fakeInterpEnv) == "1" {
		os.Exit(fakeInterp(os.Args[1:]))
	}
	flag.Parse()
	os.Exit(buildAndRun(m))
}

// buildAndRun builds the rebeam command into a temporary folder and runs
// the tests with it, so that every program runs the same fresh binary.
func buildAndRun(m *testing.M) int {
	dir, err := os.MkdirTemp("", "rebeam-conformance-")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	rebeamBinary = filepath.Join(dir, "rebeam")
	if runtime.GOOS == "windows" {
		rebeamBinary += ".exe"
	}
	if !*againstPy {
		out, err := exec.Command("go", "build", "-o", rebeamBinary, "../cmd/rebeam").CombinedOutput()
		if err != nil {
			fmt.Fprintf(os.Stderr, "building rebeam: %v\n%s", err, out)
			return 1
		}
	}
	return m.Run()
}

// TestConformance runs every program of the corpus under rebeam, each in
// its own parallel subtest named by its path under testdata/.
func TestConformance(t *testing.T) {
	progs, err := Find(corpusRoot)
	if err != nil {
		t.Fatal(err)
	}
	if len(progs) == 0 {
		t.Fatal("no programs under testdata/")
	}
	skips, err := ReadSkipList(skipFile, corpusRoot)
	if err != nil {
		t.Fatal(err)
	}
	oracle := Runner{Command: Python, Timeout: OracleTimeout}
	runner := Runner{Command: []string{rebeamBinary, "run"}, Timeout: *progTime}
	if *againstPy {
		runner = oracle
		skips = SkipList{}
	}

	var (
		mu                      sync.Mutex
		passed, skipped, failed int
		failing                 []string
	)
	count := func(n *int, rel string, fails bool) {
		mu.Lock()
		defer mu.Unlock()
		*n++
		if fails {
			failing = append(failing, rel)
		}
	}
	// Cleanup runs once every parallel subtest has finished, so the
	// counts are complete here.
	t.Cleanup(func() {
		if *writeSkips && !t.Failed() {
			if err := os.WriteFile(skipFile, []byte(FormatSkipList(failing, skips, NotYetImplemented)), 0o644); err != nil {
				t.Error(err)
			} else {
				t.Logf("wrote %s with %d entries", skipFile, len(failing))
			}
		}
		fmt.Printf("conformance: %d passed, %d skipped (listed in %s), %d failed\n", passed, skipped, skipFile, failed)
	})

	for _, rel := range progs {
		t.Run(rel, func(t *testing.T) {
			t.Parallel()
			path := filepath.Join(corpusRoot, filepath.FromSlash(rel))
			ctx := context.Background()
			rebeamOnly, err := UsesRebeamModule(path)
			if err != nil {
				t.Fatal(err)
			}
			if rebeamOnly && (*update || *againstPy) {
				t.Skip("imports the rebeam module, which python3 lacks")
			}
			if *update {
				if _, err := Update(ctx, oracle, path); err != nil {
					count(&failed, rel, false)
					t.Fatal(err)
				}
			}
			want, err := LoadExpectation(path)
			if err != nil {
				count(&failed, rel, false)
				t.Fatal(err)
			}
			runs := 1
			if strings.HasPrefix(rel, "actors/") && !*againstPy {
				runs = actorRunCount()
			}
			var diff string
			for i := range runs {
				got, err := runner.Run(ctx, path)
				if err != nil {
					count(&failed, rel, false)
					t.Fatal(err)
				}
				if diff = Compare(want, got); diff != "" {
					if runs > 1 {
						diff = fmt.Sprintf("run %d of %d:\n%s", i+1, runs, diff)
					}
					break
				}
			}
			reason, listed := skips[rel]
			switch {
			case diff == "" && listed && !*writeSkips:
				count(&failed, rel, false)
				t.Errorf("passes now: remove it from %s", skipFile)
			case diff == "":
				count(&passed, rel, false)
			case listed || *writeSkips:
				count(&skipped, rel, true)
				if reason == "" {
					reason = NotYetImplemented
				}
				t.Skip(reason)
			default:
				count(&failed, rel, true)
				t.Errorf("%s", diff)
			}
		})
	}
}

// TestCorpusFiles checks that every expectation or input file in the
// corpus belongs to a program, so that renaming a program cannot leave
// stale files behind.
func TestCorpusFiles(t *testing.T) {
	var orphans []string
	err := filepath.WalkDir(corpusRoot, func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		ext := filepath.Ext(path)
		switch ext {
		case ".out", ".err", ".status", ".args", ".in":
		default:
			return nil
		}
		prog := strings.TrimSuffix(path, ext) + ".py"
		rel, _ := filepath.Rel(corpusRoot, prog)
		if _, err := os.Stat(prog); err != nil || !IsProgram(rel) {
			orphans = append(orphans, filepath.ToSlash(path))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(orphans)
	if len(orphans) > 0 {
		t.Errorf("files that belong to no test program:\n%s", strings.Join(orphans, "\n"))
	}
}
