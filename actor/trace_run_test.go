package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
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
