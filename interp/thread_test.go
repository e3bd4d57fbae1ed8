package interp

import (
	"bytes"
	"runtime"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// startScript compiles src as __main__ on a fresh thread with extra
// globals, ready for Run.
func startScript(t testing.TB, src string, extra map[string]Value) (*Thread, *Dict) {
	t.Helper()
	code, err := CompileFile("test.py", []byte(src))
	if err != nil {
		t.Fatalf("compile: %v", err)
	}
	in := NewInterpreter()
	th := NewThread(in)
	var out bytes.Buffer
	th.Stdout, th.Stderr = &out, &out
	g := NewDict()
	g.SetStr("__name__", Str("__main__"))
	for k, v := range extra {
		g.SetStr(k, v)
	}
	th.StartModule(code, g)
	return th, g
}

// suspendHere is a host builtin that pauses the thread with its argument
// as payload.
var suspendHere = NewBuiltin("suspend_here", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	return nil, &Suspension{Payload: args[0]}
})

const fiveDeep = `
def f1(): return f2() + 1
def f2(): return f3() + 1
def f3(): return f4() + 1
def f4(): return f5() + 1
def f5(): return suspend_here("waiting")
result = f1()
`

func TestSuspendResumeFiveDeep(t *testing.T) {
	th, g := startScript(t, fiveDeep, map[string]Value{"suspend_here": suspendHere})
	r := th.Run(0)
	if r.Kind != Suspended || r.Payload != Str("waiting") {
		t.Fatalf("Run = %v %v, want Suspended with payload 'waiting'", r.Kind, r.Payload)
	}
	var names []string
	for _, fi := range th.Stack() {
		names = append(names, fi.Function)
	}
	if diff := cmp.Diff([]string{"<module>", "f1", "f2", "f3", "f4", "f5"}, names); diff != "" {
		t.Errorf("stack while suspended (-want +got):\n%s", diff)
	}
	if err := th.Resume(Int(10)); err != nil {
		t.Fatal(err)
	}
	r = th.Run(0)
	if r.Kind != Finished {
		t.Fatalf("Run after Resume = %v %v", r.Kind, r.Err)
	}
	got, _ := g.GetStr("result")
	if diff := cmp.Diff(Value(Int(14)), got); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}
}

func TestThrowTracebackFiveFrames(t *testing.T) {
	th, _ := startScript(t, fiveDeep, map[string]Value{"suspend_here": suspendHere})
	if r := th.Run(0); r.Kind != Suspended {
		t.Fatalf("Run = %v, want Suspended", r.Kind)
	}
	if err := th.Throw(Errorf(ValueErrorType, "injected")); err != nil {
		t.Fatal(err)
	}
	r := th.Run(0)
	if r.Kind != Raised {
		t.Fatalf("Run after Throw = %v, want Raised", r.Kind)
	}
	var frames []string
	for tb := r.Err.Traceback; tb != nil; tb = tb.Next {
		frames = append(frames, tb.Name+":"+itoa(tb.Line()))
	}
	want := []string{"<module>:7", "f1:2", "f2:3", "f3:4", "f4:5", "f5:6"}
	if diff := cmp.Diff(want, frames); diff != "" {
		t.Errorf("traceback (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff("ValueError: injected", r.Err.Error()); diff != "" {
		t.Errorf("exception (-want +got):\n%s", diff)
	}
}

func TestCatchThrownException(t *testing.T) {
	src := `
def f():
    try:
        return suspend_here(1)
    except KeyError as e:
        return "caught " + str(e)
result = f()
`
	th, g := startScript(t, src, map[string]Value{"suspend_here": suspendHere})
	th.Run(0)
	th.Throw(NewException(KeyErrorType, Str("k")))
	if r := th.Run(0); r.Kind != Finished {
		t.Fatalf("Run = %v %v", r.Kind, r.Err)
	}
	got, _ := g.GetStr("result")
	if diff := cmp.Diff(Value(Str("caught 'k'")), got); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}
}

func TestSuspendInsideInitAndGenerator(t *testing.T) {
	src := `
class C:
    def __init__(self):
        self.v = suspend_here("init")
def gen():
    for i in range(2):
        yield suspend_here(i)
out = [C().v]
for x in gen():
    out.append(x)
`
	th, g := startScript(t, src, map[string]Value{"suspend_here": suspendHere})
	var payloads []Value
	for {
		r := th.Run(0)
		if r.Kind == Finished {
			break
		}
		if r.Kind != Suspended {
			t.Fatalf("Run = %v %v", r.Kind, r.Err)
		}
		payloads = append(payloads, r.Payload.(Value))
		th.Resume(Str("r" + reprNoThread(r.Payload.(Value))))
	}
	if diff := cmp.Diff([]Value{Str("init"), Int(0), Int(1)}, payloads); diff != "" {
		t.Errorf("payloads (-want +got):\n%s", diff)
	}
	out, _ := g.GetStr("out")
	if diff := cmp.Diff(`["r'init'", 'r0', 'r1']`, reprNoThread(out)); diff != "" {
		t.Errorf("out (-want +got):\n%s", diff)
	}
}

func TestNestedSuspension(t *testing.T) {
	src := `result = sorted([3, 1, 2], key=lambda x: suspend_here(x))`
	th, _ := startScript(t, src, map[string]Value{"suspend_here": suspendHere})
	r := th.Run(0)
	if r.Kind != Raised || r.Err.Class != RuntimeErrorType {
		t.Fatalf("Run = %v %v, want RuntimeError", r.Kind, r.Err)
	}
	th, g := startScript(t, src, map[string]Value{"suspend_here": suspendHere})
	th.BlockingSuspend = func(payload any) (Value, error) {
		return BinaryOp(nil, opSub, Int(0), payload.(Value))
	}
	if r := th.Run(0); r.Kind != Finished {
		t.Fatalf("Run with BlockingSuspend = %v %v", r.Kind, r.Err)
	}
	got, _ := g.GetStr("result")
	if diff := cmp.Diff("[3, 2, 1]", reprNoThread(got)); diff != "" {
		t.Errorf("result (-want +got):\n%s", diff)
	}
}

func TestSuspendInGoCallback(t *testing.T) {
	// A builtin used directly as a sort key is called from sorted's Go
	// code: its suspension cannot pause the thread.
	th, _ := startScript(t, "sorted([2, 1], key=suspend_here)\n", map[string]Value{"suspend_here": suspendHere})
	r := th.Run(0)
	if r.Kind != Raised || r.Err.Class != RuntimeErrorType {
		t.Fatalf("Run = %v %v, want RuntimeError", r.Kind, r.Err)
	}
}

func TestPreemptAndCancel(t *testing.T) {
	th, _ := startScript(t, "while True:\n    pass\n", nil)
	for i := 0; i < 3; i++ {
		if r := th.Run(1000); r.Kind != Preempted {
			t.Fatalf("Run %d = %v, want Preempted", i, r.Kind)
		}
	}
	th.Cancel("shutdown")
	r := th.Run(1000)
	if r.Kind != Canceled || r.Reason != "shutdown" {
		t.Fatalf("Run after Cancel = %v %q, want Canceled", r.Kind, r.Reason)
	}
}

func TestCancelRecursive(t *testing.T) {
	th, _ := startScript(t, "def f(n):\n    return f(n+1) if n < 500 else g()\ndef g():\n    while True: pass\nf(0)\n", nil)
	if r := th.Run(100000); r.Kind != Preempted {
		t.Fatalf("Run = %v %v", r.Kind, r.Err)
	}
	th.Cancel("stop")
	if r := th.Run(0); r.Kind != Canceled {
		t.Fatalf("Run = %v", r.Kind)
	}
}

func TestManyPausedExecutionsHoldNoGoroutine(t *testing.T) {
	code, err := CompileFile("test.py", []byte(fiveDeep))
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterpreter()
	before := runtime.NumGoroutine()
	const n = 100000
	threads := make([]*Thread, n)
	for i := range threads {
		th := NewThread(in)
		g := NewDict()
		g.SetStr("suspend_here", suspendHere)
		th.StartModule(code, g)
		if r := th.Run(0); r.Kind != Suspended {
			t.Fatalf("thread %d: %v", i, r.Kind)
		}
		threads[i] = th
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("goroutines grew from %d to %d with %d paused executions", before, after, n)
	}
	for _, th := range threads[:100] {
		th.Resume(Int(1))
		if r := th.Run(0); r.Kind != Finished {
			t.Fatalf("resume: %v", r.Kind)
		}
	}
}

func BenchmarkPausedExecution(b *testing.B) {
	code, err := CompileFile("test.py", []byte(fiveDeep))
	if err != nil {
		b.Fatal(err)
	}
	in := NewInterpreter()
	threads := make([]*Thread, b.N)
	runtime.GC()
	var m0, m1 runtime.MemStats
	runtime.ReadMemStats(&m0)
	for i := 0; i < b.N; i++ {
		th := NewThread(in)
		g := NewDict()
		g.SetStr("suspend_here", suspendHere)
		th.StartModule(code, g)
		th.Run(0)
		threads[i] = th
	}
	runtime.GC()
	runtime.ReadMemStats(&m1)
	b.ReportMetric(float64(m1.HeapAlloc-m0.HeapAlloc)/float64(b.N), "bytes/paused")
	runtime.KeepAlive(threads)
}

func runScript(t testing.TB, src string) string {
	th, _ := startScript(t, src, nil)
	var out bytes.Buffer
	th.Stdout = &out
	r := th.Run(0)
	if r.Kind == Raised {
		var b strings.Builder
		th.PrintException(&b, r.Err)
		return out.String() + b.String()
	}
	return out.String()
}
