package actor

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
)

// TestNestedSuspension calls rebeam.call from a sort key, Python called
// back from Go: the worker blocks (BlockingSuspend) and a replacement
// takes its run queue, so the callee, on the same single worker, still
// runs.
func TestNestedSuspension(t *testing.T) {
	s, in := newTestScheduler(t, 1)
	g := define(t, in, `
from rebeam import GenPy, receive, call, spawn, sleep
class Neg(GenPy):
    @receive("neg")
    def neg(self, message):
        return -message

def client(out):
    n = spawn(Neg())
    out.extend(sorted([3, 1, 2], key=lambda x: call(n, "neg", x)[1]))
    out.append(sorted([2, 1], key=lambda x: sleep(0) or x))
`)
	out := interp.NewList(nil)
	p, err := s.Spawn(global(t, g, "client"), out)
	if err != nil {
		t.Fatal(err)
	}
	if r := waitExit(t, p, 10*time.Second); r != "normal" {
		t.Fatalf("client exited with %q", r)
	}
	got, err := interp.Repr(interp.NewThread(in), out)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff("[3, 2, 1, [1, 2]]", got); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}
}

// TestKillWaiting stops a scheduler whose processes wait for replies,
// messages and timers: Stop must end them all (goleak checks that no
// goroutine is left).
func TestKillWaiting(t *testing.T) {
	in := interp.NewInterpreter()
	s, err := NewScheduler(in, Config{Workers: 2, ShutdownGrace: 50 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Stop)
	g := define(t, in, `
from rebeam import GenPy, receive, call, spawn, sleep
class Slow(GenPy):
    @receive("slow")
    def slow(self):
        sleep(3600)

def caller():
    call(spawn(Slow()), "slow", timeout=None)
`)
	p, err := s.Spawn(global(t, g, "caller"))
	if err != nil {
		t.Fatal(err)
	}
	var server *Process
	deadline := time.Now().Add(5 * time.Second)
	for server == nil || p.Status() != Waiting {
		server = s.Lookup(PID{LocalNode, p.PID().ID + 1})
		if time.Now().After(deadline) {
			t.Fatalf("the caller never waited")
		}
		time.Sleep(time.Millisecond)
	}
	s.Shutdown(3)
	if got := s.Wait(); got != 3 {
		t.Errorf("Wait() = %d, want 3", got)
	}
	// The caller is not a GenPy, so the orderly stop ends it at once;
	// the server sleeps in a handler and is killed after the grace.
	var reasons []string
	for _, q := range []*Process{p, server} {
		reasons = append(reasons, q.ExitReason())
	}
	if diff := cmp.Diff([]string{"shutdown", "killed"}, reasons); diff != "" {
		t.Errorf("exit reasons (-want +got):\n%s", diff)
	}
}
