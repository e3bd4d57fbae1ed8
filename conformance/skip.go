package conformance

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// NotYetImplemented is the reason given to a program that fails because
// the interpreter lacks what it needs, when the skip list is rewritten.
const NotYetImplemented = "interpreter: not yet implemented (issue 3)"

// SkipList maps a program's path, relative to the corpus root with forward
// slashes, to the reason it is expected to fail.
type SkipList map[string]string

// ParseSkipList reads a skip list: one entry a line, the program's path
// then white space then the reason, which is mandatory. Blank lines and
// lines starting with '#' are comments. Every entry must name an existing
// program under root, once. All the problems found are reported together.
func ParseSkipList(r io.Reader, root string) (SkipList, error) {
	skips := SkipList{}
	var problems []string
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		path, reason := line, ""
		if i := strings.IndexAny(line, " \t"); i >= 0 {
			path, reason = line[:i], strings.TrimSpace(line[i:])
		}
		switch {
		case reason == "":
			problems = append(problems, fmt.Sprintf("line %d: %s has no reason: every entry must say why it is skipped", n, path))
		case !IsProgram(path):
			problems = append(problems, fmt.Sprintf("line %d: %s is not a test program", n, path))
		case skips[path] != "":
			problems = append(problems, fmt.Sprintf("line %d: %s is listed twice", n, path))
		}
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(path))); err != nil {
			problems = append(problems, fmt.Sprintf("line %d: %s does not exist", n, path))
		}
		if reason != "" && skips[path] == "" {
			skips[path] = reason
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if len(problems) > 0 {
		return skips, fmt.Errorf("skip list: %s", strings.Join(problems, "; "))
	}
	return skips, nil
}

// ReadSkipList parses the skip list in the named file.
func ReadSkipList(file, root string) (SkipList, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return ParseSkipList(f, root)
}

// skipHeader opens every skip list that FormatSkipList writes.
const skipHeader = `# Programs of the corpus that rebeam is known to fail, one a line: the
# path relative to testdata/, white space, then the reason, which is
# mandatory. A listed program is still run, and the test fails when it
# passes, so that its entry gets removed. See README.md.
`

// FormatSkipList writes a skip list with one entry for each failing
// program, keeping the reason an older list gave it and giving a new entry
// the reason fallback. Entries are sorted and their reasons aligned.
func FormatSkipList(failing []string, old SkipList, fallback string) string {
	failing = append([]string{}, failing...)
	sort.Strings(failing)
	width := 0
	for _, p := range failing {
		width = max(width, len(p))
	}
	var b strings.Builder
	b.WriteString(skipHeader)
	for _, p := range failing {
		reason := old[p]
		if reason == "" {
			reason = fallback
		}
		fmt.Fprintf(&b, "%-*s  %s\n", width, p, reason)
	}
	return b.String()
}
