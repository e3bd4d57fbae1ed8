package pystr

import (
	"bufio"
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/rebeam/rebeam/internal/pyfmt"
)

// This file runs the table tests against python3: every case is a Python
// expression and a Go function computing the same value; one python3
// process evaluates all the expressions and prints the repr of each result
// (or the exception's class and message), which must equal the Go result
// formatted the same way.

// pyBytes marks a Go string that stands for a Python bytes value.
type pyBytes string

// pyTuple is a Python tuple of values.
type pyTuple []any

// pyCase is one expression and its Go counterpart.
type pyCase struct {
	group string
	expr  string
	got   func() any
}

// caseList collects the cases of one group.
type caseList struct {
	group string
	cases []pyCase
}

func (l *caseList) add(expr string, got func() any) {
	l.cases = append(l.cases, pyCase{l.group, expr, got})
}

// call formats recv.method(args...) as Python source.
func call(recv any, method string, args ...any) string {
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = lit(a)
	}
	return lit(recv) + "." + method + "(" + strings.Join(parts, ", ") + ")"
}

// lit formats a Go value as a Python literal.
func lit(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return pyfmt.StrRepr(v)
	case pyBytes:
		return pyfmt.BytesRepr(string(v))
	case int:
		return strconv.Itoa(v)
	case *int:
		if v == nil {
			return "None"
		}
		return strconv.Itoa(*v)
	case bool:
		if v {
			return "True"
		}
		return "False"
	case rune:
		return pyfmt.StrRepr(runeString(v))
	case pyRaw:
		return string(v)
	}
	panic("lit: unsupported value")
}

// pyRaw is Python source inserted as is.
type pyRaw string

// format formats a Go result the way the Python side prints it: the repr,
// or "EXC Class 'message'" for an exception.
func format(v any) string {
	switch v := v.(type) {
	case nil:
		return "None"
	case string:
		return pyfmt.StrRepr(v)
	case pyBytes:
		return pyfmt.BytesRepr(string(v))
	case int:
		return strconv.Itoa(v)
	case bool:
		return lit(v)
	case []string:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = pyfmt.StrRepr(s)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case []pyBytes:
		parts := make([]string, len(v))
		for i, s := range v {
			parts[i] = pyfmt.BytesRepr(string(s))
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case transPairs:
		return format(v.items())
	case []any:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = format(x)
		}
		return "[" + strings.Join(parts, ", ") + "]"
	case pyTuple:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = format(x)
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case error:
		var ue *UnicodeError
		if errors.As(v, &ue) {
			return "EXC " + ue.Class + " " + pyfmt.StrRepr(ue.Message())
		}
		var pe *Error
		if errors.As(v, &pe) {
			return "EXC " + pe.Class + " " + pyfmt.StrRepr(pe.Msg)
		}
		return "EXC Go " + v.Error()
	}
	panic("format: unsupported result")
}

// result turns a (value, error) pair into one value for format.
func result(v any, err error) any {
	if err != nil {
		return err
	}
	return v
}

func asBytesList(parts []string) []pyBytes {
	out := make([]pyBytes, len(parts))
	for i, p := range parts {
		out[i] = pyBytes(p)
	}
	return out
}

const evalScript = `
import sys

def attrs(f):
    try:
        f()
    except UnicodeError as e:
        return (type(e).__name__, e.encoding, e.object, e.start, e.end, e.reason)
for line in sys.stdin:
    expr = line.rstrip('\n')
    try:
        r = repr(eval(expr))
    except Exception as ex:
        r = 'EXC ' + type(ex).__name__ + ' ' + repr(str(ex))
    sys.stdout.write(r + '\n')
`

// allCaseLists lists the builders of every group of cases.
var allCaseLists = []func() *caseList{
	indexCases, searchCases, replaceCases, splitCases, stripCases, padCases,
	caseConversionCases, predicateCases, translateCases,
	bytesCases, hexCases, encodeCases, decodeCases,
}

func TestAgainstPython(t *testing.T) {
	py, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	var cases []pyCase
	for _, build := range allCaseLists {
		cases = append(cases, build().cases...)
	}
	var in bytes.Buffer
	for _, c := range cases {
		if strings.ContainsAny(c.expr, "\n\r") {
			t.Fatalf("expression spans lines: %q", c.expr)
		}
		in.WriteString(c.expr)
		in.WriteByte('\n')
	}
	cmd := exec.Command(py, "-c", evalScript)
	cmd.Stdin = &in
	cmd.Env = append(os.Environ(), "PYTHONIOENCODING=utf-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	began := time.Now()
	out, err := cmd.Output()
	t.Logf("python3 evaluated %d cases in %v", len(cases), time.Since(began))
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderr.String())
	}
	var want []string
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		want = append(want, sc.Text())
	}
	if len(want) != len(cases) {
		t.Fatalf("python3 printed %d results for %d cases", len(want), len(cases))
	}
	failures := map[string]int{}
	for i, c := range cases {
		got := format(c.got())
		if got != want[i] {
			failures[c.group]++
			if failures[c.group] <= 20 {
				t.Errorf("%s: %s (-want +got):\n%s", c.group, c.expr, cmp.Diff(want[i], got))
			}
		}
	}
	for g, n := range failures {
		t.Errorf("group %s: %d failures", g, n)
	}
	t.Logf("%d cases compared with %s", len(cases), py)
}
