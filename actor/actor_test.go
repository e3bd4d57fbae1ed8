package actor

import (
	"runtime"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
	"go.uber.org/goleak"
)

func TestMain(m *testing.M) {
	goleak.VerifyTestMain(m)
}

// newTestScheduler makes a scheduler with n workers, stopped when the
// test ends.
func newTestScheduler(t *testing.T, n int) (*Scheduler, *interp.Interpreter) {
	t.Helper()
	in := interp.NewInterpreter()
	s, err := NewScheduler(in, Config{Workers: n, Logger: zerolog.Nop()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	return s, in
}

// define runs Python source as a module and returns its globals.
func define(t *testing.T, in *interp.Interpreter, src string) *interp.Dict {
	t.Helper()
	code, err := interp.CompileFile("<test>", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	g := interp.NewDict()
	g.SetStr("__name__", interp.Str("test"))
	g.SetStr("__builtins__", in.Builtins)
	th := interp.NewThread(in)
	th.StartModule(code, g)
	if r := th.Run(0); r.Kind != interp.Finished {
		t.Fatalf("defining the test module: %v %v", r.Kind, r.Err)
	}
	return g
}

func global(t testing.TB, g *interp.Dict, name string) interp.Value {
	t.Helper()
	v, ok := g.GetStr(name)
	if !ok {
		t.Fatalf("no %s in the test module", name)
	}
	return v
}

// waitExit waits for p to exit and returns its exit reason.
func waitExit(t *testing.T, p *Process, d time.Duration) string {
	t.Helper()
	select {
	case <-p.done:
		return p.ExitReason()
	case <-time.After(d):
		t.Fatalf("process %v did not exit within %v (status %v)", p.PID(), d, p.Status())
		return ""
	}
}

// waitWaiting waits up to five seconds for p to be waiting (on a message,
// a timer or a blocking call); what names the wait in the failure.
func waitWaiting(t *testing.T, p *Process, what string) {
	t.Helper()
	deadline := time.Now().Add(5 * time.Second)
	for p.Status() != Waiting {
		if time.Now().After(deadline) {
			t.Fatalf("%s never waited", what)
		}
		time.Sleep(time.Millisecond)
	}
}

func TestMailboxOrder(t *testing.T) {
	var m Mailbox
	for _, s := range []string{"a", "b", "c"} {
		m.PushUser(&Message{Subject: s})
	}
	m.pushSystem(sysMessage{kind: sysStop, reason: "first"})
	m.PushUser(&Message{Subject: "d"})
	m.pushSystem(sysMessage{kind: sysKill, reason: "second"})
	var got []string
	for {
		sys, user, ok := m.next()
		if !ok {
			break
		}
		if user != nil {
			got = append(got, "user:"+user.Subject)
		} else {
			got = append(got, "sys:"+sys.reason)
		}
	}
	want := []string{"sys:first", "sys:second", "user:a", "user:b", "user:c", "user:d"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("serving order (-want +got):\n%s", diff)
	}
}

func TestQueueCompacts(t *testing.T) {
	var q queue[int]
	var got []int
	for i := range 1000 {
		q.push(i)
		if i%3 == 0 {
			x, _ := q.pop()
			got = append(got, x)
		}
	}
	for {
		x, ok := q.pop()
		if !ok {
			break
		}
		got = append(got, x)
	}
	want := make([]int, 1000)
	for i := range want {
		want[i] = i
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("FIFO order (-want +got):\n%s", diff)
	}
}

// TestSystemMessagesFirst checks that an orderly stop sent after user
// messages is served before them: the GenPy stops without handling the
// casts queued ahead of it.
func TestSystemMessagesFirst(t *testing.T) {
	s, in := newTestScheduler(t, 1)
	g := define(t, in, `
from rebeam import GenPy, receive, stop, cast, sleep
handled = []
class G(GenPy):
    @receive("m")
    def m(self, message):
        print("handled", message)
    @stop
    def stop(self, reason):
        self.state["stopped"] = reason
`)
	// Spawn through Python semantics: a fresh GenPy process whose worker
	// is busy elsewhere until the messages are queued.
	inst, err := interp.NewThread(in).Call(global(t, g, "G"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	p := s.newProcess(true)
	if err := s.startServe(p, inst); err != nil {
		t.Fatal(err)
	}
	// Queue before the process first runs: three casts, then a stop.
	for i := range 3 {
		p.deliver(&Message{Source: interp.None, Subject: "m", Body: interp.Int(i)})
	}
	p.signal(sysMessage{kind: sysStop, reason: "shutdown"})
	var out captured
	p.thread.Stdout = &out
	s.ready(p, nil)
	if got := waitExit(t, p, 5*time.Second); got != "shutdown" {
		t.Errorf("exit reason = %q, want shutdown", got)
	}
	if diff := cmp.Diff("", out.String()); diff != "" {
		t.Errorf("the casts were handled before the stop (-want +got):\n%s", diff)
	}
}

type captured struct{ b []byte }

func (c *captured) Write(p []byte) (int, error) { c.b = append(c.b, p...); return len(p), nil }
func (c *captured) String() string              { return string(c.b) }

// TestPreemption runs four busy loops on two workers: a fifth process must
// still get its turns and finish.
func TestPreemption(t *testing.T) {
	s, in := newTestScheduler(t, 2)
	g := define(t, in, `
def busy():
    while True:
        pass

def quick(n):
    total = 0
    for i in range(n):
        total += i
    return total
`)
	var busy []*Process
	for range 4 {
		p, err := s.Spawn(global(t, g, "busy"))
		if err != nil {
			t.Fatal(err)
		}
		busy = append(busy, p)
	}
	time.Sleep(10 * time.Millisecond) // let the busy loops take both workers
	q, err := s.Spawn(global(t, g, "quick"), interp.Int(100000))
	if err != nil {
		t.Fatal(err)
	}
	if got := waitExit(t, q, 10*time.Second); got != "normal" {
		t.Errorf("quick exited with %q, want normal", got)
	}
	for _, p := range busy {
		if st := p.Status(); st == Exited {
			t.Errorf("busy process %v exited", p.PID())
		}
	}
}

// TestCallRoundTrip calls a GenPy from a function process, checking the
// (status, response) replies of API.md.
func TestCallRoundTrip(t *testing.T) {
	s, in := newTestScheduler(t, 4)
	g := define(t, in, `
from rebeam import GenPy, receive, start, call, spawn, response_error, self_pid
class Counter(GenPy):
    def __init__(self, begin):
        self.begin = begin
    @start
    def start(self):
        self.state["n"] = self.begin
    @receive("add")
    def add(self, message):
        self.state["n"] += message
        return self.state["n"]
    @receive("fail")
    def fail(self):
        return response_error("nope")

def client(results):
    c = spawn(Counter(10))
    for i in range(100):
        call(c, "add", 1)
    results.append(call(c, "add", 0))
    results.append(call(c, "fail"))
    results.append(call(c, "missing"))
    results.append(call(self_pid(), "add", 1))
    return results
`)
	results := interp.NewList(nil)
	p, err := s.Spawn(global(t, g, "client"), results)
	if err != nil {
		t.Fatal(err)
	}
	if got := waitExit(t, p, 10*time.Second); got != "normal" {
		t.Fatalf("client exited with %q", got)
	}
	var got []string
	for _, v := range results.Items {
		r, err := interp.Repr(interp.NewThread(in), v)
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, r)
	}
	want := []string{"('ok', 110)", "('error', 'nope')", "('error', 'unhandled: missing')", "('error', 'calling self')"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("replies (-want +got):\n%s", diff)
	}
}

// TestWaitingHoldsNoGoroutine parks 10,000 processes in sleep and checks
// that the number of goroutines does not grow with them.
func TestWaitingHoldsNoGoroutine(t *testing.T) {
	s, in := newTestScheduler(t, 4)
	g := define(t, in, `
from rebeam import sleep
def nap():
    sleep(3600)
`)
	before := runtime.NumGoroutine()
	const n = 10000
	procs := make([]*Process, 0, n)
	for range n {
		p, err := s.Spawn(global(t, g, "nap"))
		if err != nil {
			t.Fatal(err)
		}
		procs = append(procs, p)
	}
	deadline := time.Now().Add(20 * time.Second)
	for {
		waiting := 0
		for _, p := range procs {
			if p.Status() == Waiting {
				waiting++
			}
		}
		if waiting == n {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("only %d of %d processes are waiting", waiting, n)
		}
		time.Sleep(5 * time.Millisecond)
	}
	if after := runtime.NumGoroutine(); after > before+2 {
		t.Errorf("goroutines: %d before, %d with %d waiting processes", before, after, n)
	}
	if got := s.timers.len(); got != n {
		t.Errorf("pending timers = %d, want %d", got, n)
	}
}
