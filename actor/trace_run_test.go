package actor

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/rebeam/rebeam/interp"
	"github.com/rs/zerolog"
)

// quietTracer lets every event pass.
type quietTracer struct{}

func (quietTracer) Event(*Scheduler, *Event) {}

// tracedSkips are the programs a traced run does not run as an untraced
// one does yet, with the reason (none at present: a busy process no
// longer holds the virtual clock still, trace_sched.go).
var tracedSkips = map[string]string{}

// TestConformanceActorsTraced runs conformance/testdata/actors/*.py once
// under a tracer: a traced run is the same run, one process at a time,
// so it must print what the program prints untraced (root supervisors
// start one after another there too, and stop newest first).
func TestConformanceActorsTraced(t *testing.T) {
	files, err := filepath.Glob("../conformance/testdata/actors/*.py")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".py")
		if strings.HasSuffix(name, "_helper") {
			continue
		}
		if _, err := os.Stat(strings.TrimSuffix(f, ".py") + ".err"); err == nil {
			continue // the body raises: checked by ./conformance
		}
		t.Run(name, func(t *testing.T) {
			if reason, ok := tracedSkips[name]; ok {
				t.Skip(reason)
			}
			want, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".out")
			if err != nil {
				t.Fatal(err)
			}
			wantStatus := 0
			if b, err := os.ReadFile(strings.TrimSuffix(f, ".py") + ".status"); err == nil {
				wantStatus = atoi(t, strings.TrimSpace(string(b)))
			}
			got, logs, prog := runScriptWith(t, f, Config{Tracer: quietTracer{}})
			if prog.Err != nil {
				t.Errorf("the body raised: %v", prog.Err)
			}
			if diff := cmp.Diff(string(want), got); diff != "" {
				t.Errorf("stdout mismatch (-want +got):\n%s\nlog:\n%s", diff, logs)
			}
			if prog.Status != wantStatus {
				t.Errorf("status %d, want %d", prog.Status, wantStatus)
			}
		})
	}
}

// TestTraceInterrupt cancels the context of a traced run (as SIGINT and
// SIGTERM do) while two processes never suspend: the run stops in order
// at a turn boundary, the busy @stop is killed after its shutdown
// timeout on the virtual clock, and RunProgram returns.
func TestTraceInterrupt(t *testing.T) {
	src := []byte(`from rebeam import GenPy, Supervisor, child, start, stop

class Busy(GenPy):
    def __init__(self):
        self.name = "busy"

    @start
    def begin(self):
        print("started")

    @stop
    def stop(self, reason):
        print("stop", reason)
        while True:
            pass

def spin():
    while True:
        pass

Supervisor([child(Busy(), shutdown=0.05), child(spin)])
`)
	in := interp.NewInterpreter()
	var out bytes.Buffer
	tr := &recorder{}
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(200*time.Millisecond, cancel)
	done := make(chan Program, 1)
	go func() {
		done <- RunProgram(ctx, in, "main.py", src, Config{Stdout: &out, Stderr: &out, Logger: zerolog.Nop(), Tracer: tr})
	}()
	var prog Program
	select {
	case prog = <-done:
	case <-time.After(60 * time.Second):
		t.Fatal("the traced run did not stop after the interrupt")
	}
	cancel()
	if prog.Err != nil || prog.Status != 0 {
		t.Errorf("status %d, err %v", prog.Status, prog.Err)
	}
	if diff := cmp.Diff("started\nstop shutdown\n", out.String()); diff != "" {
		t.Errorf("stdout mismatch (-want +got):\n%s", diff)
	}
	killed := false
	for _, l := range tr.lines() {
		killed = killed || strings.Contains(l, " exit busy ->  \"\" 'killed'")
	}
	if !killed {
		t.Errorf("busy was not killed; events:\n%s", strings.Join(tr.lines(), "\n"))
	}
}

// TestTraceBusyDeterministic runs the conformance programs whose
// processes never suspend (a busy @stop, a spinning child) twice under
// a tracer: the virtual clock moves on with each preempted turn, so the
// kills come at the same point and the events are the same.
func TestTraceBusyDeterministic(t *testing.T) {
	for _, name := range []string{"monitor_reasons", "shutdown_kill_busy"} {
		t.Run(name, func(t *testing.T) {
			var runs [2][]string
			for i := range runs {
				rec := &recorder{}
				runScriptWith(t, "../conformance/testdata/actors/"+name+".py", Config{Tracer: rec})
				runs[i] = rec.lines()
			}
			if diff := cmp.Diff(runs[0], runs[1]); diff != "" {
				t.Fatalf("the events differ (-first +second):\n%s", diff)
			}
		})
	}
}
