package pyfmt

import (
	"bytes"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// pyCase is one Python expression whose value, a str, this package must
// reproduce: got computes it through the package API. typ is the Python
// type name the interpreter would pass to Error.Message.
type pyCase struct {
	expr string
	typ  string
	got  func() (string, error)
}

// caseTables holds every test table by name. All tables are evaluated by
// a single python3 process, the first time any test needs an answer.
var caseTables = map[string]func() []pyCase{}

func registerCases(name string, build func() []pyCase) {
	caseTables[name] = build
}

var python struct {
	once    sync.Once
	results map[string]string
	err     error
	missing bool
	why     string
}

// evalScript evaluates each expression of a JSON list read from stdin
// and prints, as JSON, "ok " or "<exception type>: " followed by the hex
// of the UTF-8 text (surrogates passed through), so that no character is
// lost on the way back.
//
// The package follows Python 3.11, whose messages later versions changed;
// another version exits with status 3 and the tests are skipped.
const evalScript = `
import sys, json
if sys.version_info[:2] != (3, 11):
    print("python3 is %d.%d, the expected values need 3.11" % sys.version_info[:2], file=sys.stderr)
    sys.exit(3)
out = []
for e in json.load(sys.stdin):
    try:
        r = eval(e)
        if not isinstance(r, str):
            raise SystemExit("not a str: %r -> %r" % (e, r))
        out.append("ok " + r.encode("utf-8", "surrogatepass").hex())
    except Exception as ex:
        out.append(type(ex).__name__ + ": " + str(ex).encode("utf-8", "surrogatepass").hex())
json.dump(out, sys.stdout)
`

func pythonResults(t *testing.T) map[string]string {
	t.Helper()
	python.once.Do(func() {
		path, err := exec.LookPath("python3")
		if err != nil {
			python.missing = true
			python.why = "python3 not found"
			return
		}
		var exprs []string
		seen := map[string]bool{}
		names := make([]string, 0, len(caseTables))
		for name := range caseTables {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			for _, c := range caseTables[name]() {
				if !seen[c.expr] {
					seen[c.expr] = true
					exprs = append(exprs, c.expr)
				}
			}
		}
		in, _ := json.Marshal(exprs)
		cmd := exec.Command(path, "-c", evalScript)
		cmd.Stdin = bytes.NewReader(in)
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.Output()
		if exit, ok := err.(*exec.ExitError); ok && exit.ExitCode() == 3 {
			python.missing = true
			python.why = strings.TrimSpace(stderr.String())
			return
		}
		if err != nil {
			python.err = fmt.Errorf("python3: %v\n%s", err, stderr.String())
			return
		}
		var res []string
		if err := json.Unmarshal(out, &res); err != nil {
			python.err = err
			return
		}
		python.results = map[string]string{}
		for i, e := range exprs {
			python.results[e] = decodeResult(res[i])
		}
	})
	if python.missing {
		t.Skip(python.why)
	}
	if python.err != nil {
		t.Fatal(python.err)
	}
	return python.results
}

// decodeResult turns "kind hex" from the script into "kind text".
func decodeResult(s string) string {
	i := strings.LastIndexByte(s, ' ')
	b, err := hex.DecodeString(s[i+1:])
	if err != nil {
		return s
	}
	return s[:i+1] + strconv.Quote(string(b))
}

// render is the Go side of decodeResult.
func render(c pyCase) string {
	s, err := c.got()
	if err != nil {
		var fe *Error
		if errors.As(err, &fe) {
			return fe.Kind.String() + ": " + strconv.Quote(fe.Message(c.typ))
		}
		var pe *pyError
		if errors.As(err, &pe) {
			return pe.kind + ": " + strconv.Quote(pe.msg)
		}
		return "GoError: " + strconv.Quote(err.Error())
	}
	return "ok " + strconv.Quote(s)
}

// checkTable compares a registered table with Python.
func checkTable(t *testing.T, name string) {
	t.Helper()
	checkNamedCases(t, name, caseTables[name]())
}

func checkNamedCases(t *testing.T, name string, cases []pyCase) {
	t.Helper()
	res := pythonResults(t)
	if len(cases) == 0 {
		t.Fatalf("table %s is empty", name)
	}
	var want, got []string
	for _, c := range cases {
		want = append(want, c.expr+" => "+res[c.expr])
		got = append(got, c.expr+" => "+render(c))
	}
	t.Logf("%s: %d cases", name, len(cases))
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%s: %d cases differ from python3 (-want +got):\n%s", name, countDiff(want, got), diff)
	}
}

func countDiff(a, b []string) int {
	n := 0
	for i := range a {
		if a[i] != b[i] {
			n++
		}
	}
	return n
}

// pyStr returns a Python literal for the WTF-8 text s.
func pyStr(s string) string {
	var b strings.Builder
	b.WriteByte('\'')
	for i := 0; i < len(s); {
		r, n := DecodeRune(s[i:])
		i += n
		switch {
		case r == '\'' || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r >= 32 && r < 127:
			b.WriteRune(r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte('\'')
	return b.String()
}

// pyFloat returns an exact Python expression for f.
func pyFloat(f float64) string {
	switch {
	case math.IsNaN(f):
		if math.Signbit(f) {
			return "-float('nan')"
		}
		return "float('nan')"
	case math.IsInf(f, 1):
		return "float('inf')"
	case math.IsInf(f, -1):
		return "float('-inf')"
	}
	return "float.fromhex('" + strconv.FormatFloat(f, 'x', -1, 64) + "')"
}

func bigInt(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad int " + s)
	}
	return v
}
