package actor

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
)

// blockingBuiltins adds to g: block() waits (off the scheduler) until
// release is closed and returns "released"; fail() raises the OSError its
// blocking operation returns; aborts counts the aborted operations.
func blockingBuiltins(g *interp.Dict, release chan struct{}, aborts *atomic.Int32) {
	g.SetStr("block", interp.NewBuiltin("block", func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		abort := make(chan struct{})
		return t.Blocking(&interp.BlockingCall{
			Fn: func() (any, error) {
				select {
				case <-release:
					return interp.Str("released"), nil
				case <-abort:
					aborts.Add(1)
					return nil, errors.New("aborted")
				}
			},
			Abort: func() { close(abort) },
		})
	}))
	g.SetStr("fail", interp.NewBuiltin("fail", func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
		return t.Blocking(&interp.BlockingCall{
			Fn: func() (any, error) { return nil, errors.New("boom") },
			Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
				return nil, interp.Errorf(interp.OSErrorType, "%v", err)
			},
		})
	}))
}

// TestBlockingCallHoldsNoWorker: on a single worker, a process blocked in
// a blocking call (directly, and inside a call made from Go) leaves the
// worker to the others; the call's result and its exception reach the
// Python code that made it.
func TestBlockingCallHoldsNoWorker(t *testing.T) {
	s, in := newTestScheduler(t, 1)
	g := define(t, in, `
from rebeam import sleep
def blocked(out):
    out.append(block())
    out.append(sorted([2, 1], key=lambda x: block() and x))
    try:
        fail()
    except OSError as e:
        out.append("OSError: " + str(e))

def busy(out, n):
    for i in range(n):
        if i % 100 == 0:
            sleep(0)
    out.append("busy done")
`)
	release := make(chan struct{})
	var aborts atomic.Int32
	blockingBuiltins(g, release, &aborts)
	out1, out2 := interp.NewList(nil), interp.NewList(nil)
	a, err := s.Spawn(global(t, g, "blocked"), out1)
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.Spawn(global(t, g, "busy"), out2, interp.Int(2000))
	if err != nil {
		t.Fatal(err)
	}
	if r := waitExit(t, b, 10*time.Second); r != "normal" {
		t.Fatalf("busy exited with %q", r)
	}
	if st := a.Status(); st != Waiting {
		t.Fatalf("blocked process is %v, want waiting", st)
	}
	close(release)
	if r := waitExit(t, a, 10*time.Second); r != "normal" {
		t.Fatalf("blocked exited with %q", r)
	}
	th := interp.NewThread(in)
	got, _ := interp.Repr(th, out1)
	if diff := cmp.Diff("['released', [1, 2], 'OSError: boom']", got); diff != "" {
		t.Errorf("blocked process (-want +got):\n%s", diff)
	}
	got, _ = interp.Repr(th, out2)
	if got != "['busy done']" {
		t.Errorf("busy process: %s", got)
	}
}

// TestBlockingCallKilled: killing a process in a blocking call (direct or
// nested) aborts the operation, so no goroutine is left behind.
func TestBlockingCallKilled(t *testing.T) {
	s, in := newTestScheduler(t, 2)
	g := define(t, in, `
def direct():
    block()
def nested():
    sorted([2, 1], key=lambda x: block())
`)
	release := make(chan struct{})
	defer close(release)
	var aborts atomic.Int32
	blockingBuiltins(g, release, &aborts)
	var ps []*Process
	for _, name := range []string{"direct", "nested"} {
		p, err := s.Spawn(global(t, g, name))
		if err != nil {
			t.Fatal(err)
		}
		ps = append(ps, p)
	}
	deadline := time.Now().Add(5 * time.Second)
	for ps[0].Status() != Waiting || ps[1].Status() != Waiting {
		if time.Now().After(deadline) {
			t.Fatal("the processes never blocked")
		}
		time.Sleep(time.Millisecond)
	}
	for _, p := range ps {
		p.signal(sysMessage{kind: sysKill, reason: "killed"})
		// (A kill inside a nested call reports the cancellation as a
		// crash, as it does for a nested sleep.)
		waitExit(t, p, 5*time.Second)
	}
	for aborts.Load() != 2 {
		if time.Now().After(deadline) {
			t.Fatalf("%d operations aborted, want 2", aborts.Load())
		}
		time.Sleep(time.Millisecond)
	}
}
