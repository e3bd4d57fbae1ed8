package actor

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
)

// TestOrderPerSender has three processes cast numbered messages to one
// GenPy at once, on four workers: each sender's messages must arrive in
// the order sent, whatever the interleaving between senders.
func TestOrderPerSender(t *testing.T) {
	s, in := newTestScheduler(t, 4)
	g := define(t, in, `
from rebeam import GenPy, receive, call, cast, spawn

class Sink(GenPy):
    @receive("n")
    def n(self, source, message):
        self.state.setdefault(source, []).append(message)

    @receive("get")
    def get(self):
        if len(self.state) < 3 or any(len(v) < 500 for v in self.state.values()):
            return None
        return [self.state[k] == list(range(500)) for k in sorted(self.state)]

def sender(sink):
    for i in range(500):
        cast(sink, "n", i)

def main(out):
    sink = spawn(Sink())
    for _ in range(3):
        spawn(sender, sink)
    # Poll until every message has arrived.
    while True:
        status, flags = call(sink, "get")
        if flags is not None:
            out.extend(flags)
            return
`)
	out := interp.NewList(nil)
	p, err := s.Spawn(global(t, g, "main"), out)
	if err != nil {
		t.Fatal(err)
	}
	if r := waitExit(t, p, 20*time.Second); r != "normal" {
		t.Fatalf("main exited with %q", r)
	}
	got := make([]bool, len(out.Items))
	for i, v := range out.Items {
		got[i] = v == interp.Value(interp.True)
	}
	if diff := cmp.Diff([]bool{true, true, true}, got); diff != "" {
		t.Errorf("per-sender order kept (-want +got):\n%s", diff)
	}
}
