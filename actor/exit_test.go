package actor

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
)

// TestCrashReport checks the crash report of a GenPy handler: the
// process, its name, the subject, and the traceback of the user's code
// without the prelude's frames.
func TestCrashReport(t *testing.T) {
	in := interp.NewInterpreter()
	var logs bytes.Buffer
	s, err := NewScheduler(in, Config{Workers: 2, Logger: zerolog.New(zerolog.SyncWriter(&logs))})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Stop()
	g := define(t, in, `
from rebeam import GenPy, receive, call, spawn
class Boom(GenPy):
    name = "boom"
    @receive("explode")
    def explode(self):
        raise ZeroDivisionError("no")

def client(out):
    out.append(call(spawn(Boom()), "explode"))
`)
	out := interp.NewList(nil)
	p, err := s.Spawn(global(t, g, "client"), out)
	if err != nil {
		t.Fatal(err)
	}
	waitExit(t, p, 5*time.Second)
	s.Stop()
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(logs.String()), "\n") {
		if line != "" {
			got = append(got, line)
		}
	}
	want := []string{`{"level":"error","process":"<local.2>","name":"boom","subject":"explode","message":"process <local.2> (boom) crashed handling 'explode'\nTraceback (most recent call last):\n  File \"<test>\", line 7, in explode\n    raise ZeroDivisionError(\"no\")\nZeroDivisionError: no"}`}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("crash report (-want +got):\n%s", diff)
	}
}
