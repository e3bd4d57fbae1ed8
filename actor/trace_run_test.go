package actor

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
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
// one does yet, with the reason.
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

// kindTracer records each event as "kind name message".
type kindTracer struct {
	mu     sync.Mutex
	events []string
}

func (k *kindTracer) Event(_ *Scheduler, ev *Event) {
	k.mu.Lock()
	k.events = append(k.events, string(ev.Kind)+" "+ev.Name+" "+ev.Message)
	k.mu.Unlock()
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
	tr := &kindTracer{}
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
	tr.mu.Lock()
	defer tr.mu.Unlock()
	if !slices.Contains(tr.events, "exit busy 'killed'") {
		t.Errorf("busy was not killed; events:\n%s", strings.Join(tr.events, "\n"))
	}
}
