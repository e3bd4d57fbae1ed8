package stdlib

import (
	"bufio"
	"flag"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// The provenance check: rebeam's Python-source modules (stdlib/py) are
// written from the documentation, not from CPython's Lib/. This test reads
// every .py file of the python3 on PATH, and for each of rebeam's files
// counts the share of its lines that lie inside a run of provenanceWindow
// or more consecutive lines also found, in the same order, somewhere in
// CPython's Lib/. Lines are compared after stripping indentation, with
// blank lines, comments and docstring-only lines dropped. Facts that any
// implementation repeats (a status-code table, a list of exception
// classes) give short runs; a module that follows CPython's code gives
// long ones.
//
// A file above provenanceLimit fails the test unless provenancePending
// lists it with the reason; that list shrinks to empty as modules are
// rewritten, and a rewritten module must not come back above the limit.

var provenanceShow = flag.String("provenance-show", "", "print the runs shared with CPython's Lib/ of the stdlib/py files whose path contains this")

const (
	provenanceWindow = 6
	provenanceLimit  = 0.15
)

// Run with -v to list every file above 5%, and with
// -provenance-show=NAME to see the runs a file shares with CPython's Lib/:
//
//	go test ./stdlib -run TestProvenance -v -provenance-show=queue.py

// provenancePending lists the modules measured above the limit, still to
// be rewritten from the documentation (docs/stdlib.md, "Provenance"): one
// path under stdlib/py a line in testdata/provenance_pending.txt.
var provenancePending = readPending()

func readPending() map[string]bool {
	data, err := os.ReadFile("testdata/provenance_pending.txt")
	if err != nil {
		panic(err)
	}
	m := map[string]bool{}
	for _, l := range strings.Split(string(data), "\n") {
		if l = strings.TrimSpace(l); l != "" && !strings.HasPrefix(l, "#") {
			m[l] = true
		}
	}
	return m
}

func TestProvenance(t *testing.T) {
	lib := cpythonLib(t)
	seen := map[uint64]string{}
	err := filepath.WalkDir(lib, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if d.IsDir() && (d.Name() == "site-packages" || d.Name() == "test" || d.Name() == "idlelib") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".py") {
			for _, h := range windowHashes(normalizedLines(t, path)) {
				if seen[h] == "" {
					seen[h] = path
				}
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	type score struct {
		file  string
		share float64
	}
	var scores []score
	err = filepath.WalkDir("py", func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return err
		}
		lines := normalizedLines(t, path)
		if len(lines) == 0 {
			return nil
		}
		covered := make([]string, len(lines))
		for i, h := range windowHashes(lines) {
			if src := seen[h]; src != "" {
				for j := i; j < i+provenanceWindow; j++ {
					covered[j] = src
				}
			}
		}
		n := 0
		for _, c := range covered {
			if c != "" {
				n++
			}
		}
		rel, _ := filepath.Rel("py", path)
		if *provenanceShow != "" && strings.Contains(rel, *provenanceShow) {
			showRuns(t, rel, lines, covered, lib)
		}
		scores = append(scores, score{filepath.ToSlash(rel), float64(n) / float64(len(lines))})
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	sort.Slice(scores, func(i, j int) bool { return scores[i].share > scores[j].share })
	for _, s := range scores {
		_, pending := provenancePending[s.file]
		switch {
		case s.share > provenanceLimit && !pending:
			t.Errorf("%s: %.0f%% of its lines are in runs of %d or more lines found in CPython's Lib/; write it from the documentation", s.file, 100*s.share, provenanceWindow)
		case s.share <= provenanceLimit && pending:
			t.Errorf("%s: now %.0f%%, under the limit; take it off provenancePending", s.file, 100*s.share)
		}
		if testing.Verbose() && s.share > 0.05 {
			t.Logf("%5.1f%% %s", 100*s.share, s.file)
		}
	}
}

// showRuns logs each run of lines that rel shares with a file of lib.
func showRuns(t *testing.T, rel string, lines, covered []string, lib string) {
	for i := 0; i < len(lines); {
		if covered[i] == "" {
			i++
			continue
		}
		j := i
		for j < len(lines) && covered[j] != "" {
			j++
		}
		src, _ := filepath.Rel(lib, covered[i])
		t.Logf("%s: %d lines shared with %s:\n\t%s", rel, j-i, src, strings.Join(lines[i:j], "\n\t"))
		i = j
	}
}

func cpythonLib(t *testing.T) string {
	out, err := exec.Command("python3", "-c", "import sys, sysconfig; assert sys.version_info[:2] == (3, 11); print(sysconfig.get_paths()['stdlib'])").Output()
	if err != nil {
		t.Skip("python3 3.11 not found; the provenance check needs its Lib/")
	}
	return strings.TrimSpace(string(out))
}

// normalizedLines reads a Python file as the check compares it.
func normalizedLines(t *testing.T, path string) []string {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	inDoc := ""
	for sc.Scan() {
		s := strings.TrimSpace(sc.Text())
		if inDoc != "" {
			if strings.Contains(s, inDoc) {
				inDoc = ""
			}
			continue
		}
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		if q := docQuote(s); q != "" {
			if strings.Count(s, q) < 2 {
				inDoc = q
			}
			continue
		}
		lines = append(lines, s)
	}
	return lines
}

// docQuote reports the quote that opens a line which is only a string
// (a docstring), or "".
func docQuote(s string) string {
	s = strings.TrimLeft(s, "rRbBuU")
	for _, q := range []string{`"""`, `'''`} {
		if strings.HasPrefix(s, q) {
			return q
		}
	}
	return ""
}

func windowHashes(lines []string) []uint64 {
	if len(lines) < provenanceWindow {
		return nil
	}
	hs := make([]uint64, len(lines)-provenanceWindow+1)
	for i := range hs {
		h := fnv.New64a()
		for _, l := range lines[i : i+provenanceWindow] {
			fmt.Fprintln(h, l)
		}
		hs[i] = h.Sum64()
	}
	return hs
}
