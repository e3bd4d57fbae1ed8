package actor

import (
	"bytes"
	"context"
	"fmt"
	"strings"
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

// kinds returns "kind name" for each event.
func (r *recorder) kinds() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	var out []string
	for _, ev := range r.events {
		out = append(out, string(ev.Kind)+" "+ev.Name)
	}
	return out
}

const pingpongProgram = `
from rebeam import GenPy, Supervisor, call, cast, receive, shutdown, start

class Pong(GenPy):
    def __init__(self):
        self.name = "pong"

    @receive("ping")
    def ping(self, message):
        return message

class Ping(GenPy):
    def __init__(self):
        self.name = "ping"

    @start()
    def start(self):
        cast(self.pid, "go")

    @receive("go")
    def go(self):
        print(call("pong", "ping", 1))
        shutdown()

Supervisor([Pong(), Ping()])
`

// TestTraceShutdownWhileStarting calls Shutdown, as q does, from the
// tracer while the root supervisor is starting its children: it starts
// no more, stops those it started in reverse order, and the run ends
// with status 0.
func TestTraceShutdownWhileStarting(t *testing.T) {
	for _, at := range []uint64{2, 3, 4} {
		t.Run(fmt.Sprint(at), func(t *testing.T) {
			rec := &recorder{at: func(s *Scheduler, ev *Event) {
				if ev.Seq == at {
					s.Shutdown(0)
				}
			}}
			out, prog := runTraced(t, pingpongProgram, rec)
			if prog.Err != nil || prog.Status != 0 || out != "" {
				t.Fatalf("status %d, %v, output %q", prog.Status, prog.Err, out)
			}
			// #1 is the body's exit, #2 the root's spawn, #3 Pong's,
			// #4 Pong's start.
			want := map[uint64][]string{
				2: {"exit __main__", "spawn ", "stop ", "exit "},
				3: {"exit __main__", "spawn ", "spawn ", "start pong", "stop pong", "exit pong", "down ", "stop ", "exit "},
				4: {"exit __main__", "spawn ", "spawn ", "start pong", "stop pong", "exit pong", "down ", "stop ", "exit "},
			}[at]
			if diff := cmp.Diff(want, rec.kinds()); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTraceTimers checks the timer events of a sleep (in the body, shown
// as __main__), of a call's timeout and of a send_after, each with the
// file:line of the statement that set it.
func TestTraceTimers(t *testing.T) {
	rec := &recorder{}
	out, prog := runTraced(t, `
from rebeam import GenPy, call, receive, send_after, shutdown, sleep, spawn
import time

class Slow(GenPy):
    @receive("slow")
    def slow(self):
        time.sleep(2)

    @receive()
    def other(self, subject):
        print("got", subject)

p = spawn(Slow())
sleep(0.5)
print(call(p, "slow", timeout=1))
send_after(0.25, p, "late")
sleep(3)
shutdown()
`, rec)
	if prog.Err != nil || prog.Status != 0 {
		t.Fatalf("status %d, %v\n%s", prog.Status, prog.Err, out)
	}
	var got []string
	for _, l := range rec.lines() {
		if bytes.Contains([]byte(l), []byte(" timer ")) {
			got = append(got, l[bytes.IndexByte([]byte(l), ' ')+1:])
		}
	}
	want := []string{
		`timer __main__ ->  "sleep" 0.5 main.py:15`,
		`timer __main__ ->  "slow" ('error', 'timeout') main.py:16`,
		`timer __main__ ->  "late" None main.py:17`,
		`timer  ->  "sleep" 2.0 main.py:8`,
		`timer __main__ ->  "sleep" 3.0 main.py:18`,
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("timer events (-want +got):\n%s", diff)
	}
	if out != "('error', 'timeout')\ngot late\n" {
		t.Errorf("output %q", out)
	}
}

// TestTraceRestartIntensityClock: a supervisor measures its restart
// intensity on the virtual clock of a traced run, as it would on the
// wall clock untraced: a child that crashes every 4 seconds never
// exceeds 1 restart in 3 seconds, though the run takes no real time.
func TestTraceRestartIntensityClock(t *testing.T) {
	rec := &recorder{}
	out, prog := runTraced(t, `
from rebeam import GenPy, Supervisor, call, receive, shutdown, sleep

class Count(GenPy):
    def __init__(self):
        self.name = "count"

    @receive("inc")
    def inc(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]

def flaky():
    sleep(4)
    _, n = call("count", "inc")
    if n == 4:
        shutdown()
    raise RuntimeError(n)

Supervisor([Count(), flaky], max_restarts=1, max_seconds=3)
`, rec)
	if prog.Err != nil || prog.Status != 0 {
		t.Fatalf("status %d, %v\n%s\n%v", prog.Status, prog.Err, out, rec.lines())
	}
	n := 0
	for _, k := range rec.kinds() {
		if strings.HasPrefix(k, "restart ") {
			n++
		}
	}
	if n != 3 {
		t.Errorf("%d restarts, want 3:\n%v", n, rec.lines())
	}
}

// TestTraceStopAt: a GenPy's stop event is at its @stop handler.
func TestTraceStopAt(t *testing.T) {
	rec := &recorder{}
	out, prog := runTraced(t, `
from rebeam import GenPy, Supervisor, receive, start, stop, shutdown, send_after

class A(GenPy):
    @start
    def begin(self):
        send_after(0.1, self.pid, "end")

    @receive("end")
    def end(self):
        shutdown()

    @stop
    def bye(self, reason):
        print("bye", reason)

Supervisor([A()])
`, rec)
	if prog.Err != nil || prog.Status != 0 || out != "bye shutdown\n" {
		t.Fatalf("status %d, %v, output %q", prog.Status, prog.Err, out)
	}
	var stops []string
	for _, l := range rec.lines() {
		if strings.Contains(l, " stop ") {
			stops = append(stops, l)
		}
	}
	want := []string{`#7 stop  ->  "" 'shutdown' main.py:14`, `#10 stop  ->  "" 'shutdown' :0`}
	if diff := cmp.Diff(want, stops); diff != "" {
		t.Errorf("stop events (-want +got):\n%s", diff)
	}
}

// TestTraceDownAt: a DOWN event is at the monitor call that asked for
// it, also for a target already gone.
func TestTraceDownAt(t *testing.T) {
	rec := &recorder{}
	out, prog := runTraced(t, `
from rebeam import monitor, receive, spawn, sleep

def quick():
    pass

p = spawn(quick)
monitor(p)
sleep(1)
monitor(p)
`, rec)
	if prog.Err != nil || prog.Status != 0 {
		t.Fatalf("status %d, %v, output %q", prog.Status, prog.Err, out)
	}
	var downs []string
	for _, l := range rec.lines() {
		if strings.Contains(l, " down ") {
			downs = append(downs, l[strings.IndexByte(l, ' ')+1:])
		}
	}
	want := []string{`down __main__ ->  "DOWN" 'normal' main.py:8`, `down __main__ ->  "DOWN" 'noproc' main.py:10`}
	if diff := cmp.Diff(want, downs); diff != "" {
		t.Errorf("down events (-want +got):\n%s", diff)
	}
}
