package bench

import (
	"errors"
	"math"
	"testing"
)

// These run in every `go test ./...`: they check the table's arithmetic
// and wording without starting any interpreter.

func TestGeomean(t *testing.T) {
	got := geomean([]float64{2, 0.5, 4, 0.25})
	if math.Abs(got-1) > 1e-12 {
		t.Errorf("geomean of ratios that cancel out = %v, want 1", got)
	}
	if got := geomean([]float64{2, 8}); math.Abs(got-4) > 1e-12 {
		t.Errorf("geomean(2, 8) = %v, want 4", got)
	}
}

func TestErrorLine(t *testing.T) {
	tb := "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nNameError: name 'y' is not defined\n"
	if got, want := errorLine(tb, errors.New("exit status 1")), "NameError: name 'y' is not defined"; got != want {
		t.Errorf("traceback: got %q, want %q", got, want)
	}
	if got, want := errorLine("panic: boom\n\ngoroutine 1\n", errors.New("exit status 2")), "panic: boom"; got != want {
		t.Errorf("panic: got %q, want %q", got, want)
	}
	if got, want := errorLine("", errors.New("signal: killed")), "signal: killed"; got != want {
		t.Errorf("empty stderr: got %q, want %q", got, want)
	}
}

func TestFirstDifference(t *testing.T) {
	got := firstDifference("a\nb\n", "a\nc\n")
	want := "line 2:\n  python3: \"b\"\n  rebeam:  \"c\""
	if got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
