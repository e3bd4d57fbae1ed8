package actor

import (
	"bytes"
	"context"
	"fmt"
	"sync"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
)

// recorder is a Tracer that keeps every event.
type recorder struct {
	mu     sync.Mutex
	events []Event
	// at, if set, runs in Event (with the scheduler, as a prompt would).
	at func(s *Scheduler, ev *Event)
}

func (r *recorder) Event(s *Scheduler, ev *Event) {
	r.mu.Lock()
	r.events = append(r.events, *ev)
	r.mu.Unlock()
	if r.at != nil {
		r.at(s, ev)
	}
}

// lines prints the events without their pids' numbers, one a line.
func (r *recorder) lines() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, ev := range r.events {
		out = append(out, fmt.Sprintf("#%d %s %s -> %s %q %s %s:%d", ev.Seq, ev.Kind, ev.Name, ev.PeerName, ev.Subject, ev.Message, ev.File, ev.Line))
	}
	return out
}

// runTraced runs src under a tracer and returns its output and status.
func runTraced(t *testing.T, src string, tr Tracer) (string, Program) {
	t.Helper()
	in := interp.NewInterpreter()
	in.Argv.Items = append(in.Argv.Items, interp.Str("main.py"))
	var out, logs bytes.Buffer
	prog := RunProgram(context.Background(), in, "main.py", []byte(src), Config{Stdout: &out, Stderr: &out, Logger: zerolog.New(zerolog.SyncWriter(&logs)), Tracer: tr})
	return out.String(), prog
}

// nestedProgram calls from sort keys (suspensions inside Go code), from
// two processes at once, under supervisors, with sleeps, a timer, a
// crash and its restart.
const nestedProgram = `
from rebeam import GenPy, Supervisor, call, cast, receive, send_after, shutdown, sleep, start

class Store(GenPy):
    def __init__(self):
        self.name = "store"

    @receive("get")
    def get(self, message):
        sleep(0.001)
        return ord(message)

class Ranker(GenPy):
    def __init__(self, name, sign):
        self.name = name
        self.sign = sign

    @receive("rank")
    def rank(self, message):
        return sorted(message, key=lambda k: self.sign * call("store", "get", k)[1])

    @receive("nap")
    def nap(self, message):
        return sorted(message, key=lambda k: sleep(0.001) or -k)

    @receive("boom")
    def boom(self):
        raise ValueError("boom")

class Driver(GenPy):
    def __init__(self):
        self.name = "driver"

    @start()
    def start(self):
        send_after(0.01, self.pid, "go")

    @receive("go")
    def go(self):
        cast("up", "rank", list("cab"), sender_pid=self.pid)
        cast("down", "rank", list("bca"), sender_pid=self.pid)
        cast("up", "nap", [1, 3, 2], sender_pid=self.pid)
        print(call("down", "rank", list("xzy")))
        print(call("up", "boom"))
        print(sorted([3, 1, 2], key=lambda k: call("up", "rank", ["a"])[1] and k))
        send_after(0.01, self.pid, "end")

    @receive("end")
    def end(self):
        shutdown()

    @receive()
    def other(self, subject, message):
        print(subject, message)

Supervisor([Store(), Supervisor([Ranker("up", 1), Ranker("down", -1)]), Driver()])
`

// TestTraceNestedDeterministic runs a program whose processes suspend
// inside calls made from Go code, twice under a tracer: the events and
// the output must be the same, as if one process ran at a time.
func TestTraceNestedDeterministic(t *testing.T) {
	var runs [2][]string
	var outs [2]string
	for i := range runs {
		rec := &recorder{}
		out, prog := runTraced(t, nestedProgram, rec)
		if prog.Err != nil || prog.Status != 0 {
			t.Fatalf("run %d: status %d, %v\n%s", i, prog.Status, prog.Err, out)
		}
		runs[i], outs[i] = rec.lines(), out
	}
	if diff := cmp.Diff(runs[0], runs[1]); diff != "" {
		t.Fatalf("the events differ (-first +second):\n%s", diff)
	}
	if diff := cmp.Diff(outs[0], outs[1]); diff != "" {
		t.Fatalf("the output differs (-first +second):\n%s", diff)
	}
	want := "('ok', ['z', 'y', 'x'])\n('error', 'crashed: ValueError: boom')\n[1, 2, 3]\n"
	if !bytes.Contains([]byte(outs[0]), []byte(want)) {
		t.Errorf("output:\n%s\nwant it to hold:\n%s", outs[0], want)
	}
	for _, kind := range []EventKind{EventRestart, EventTimer, EventCrash} {
		found := false
		for _, l := range runs[0] {
			found = found || bytes.Contains([]byte(l), []byte(" "+string(kind)+" "))
		}
		if !found {
			t.Errorf("no %s event:\n%v", kind, runs[0])
		}
	}
}
