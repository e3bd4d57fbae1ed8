package actor

import (
	"os"
	"runtime/debug"
	"testing"
	"time"

	"github.com/rebeam/rebeam/interp"
	_ "github.com/rebeam/rebeam/stdlib" // time, for time.sleep
)

// TestResponsiveUnderLoad is the fairness anchor of issue 4: with four
// busy-looping processes on two workers, a GenPy still answers 200 calls
// in well under a second, and shutdown() stops the busy loops.
func TestResponsiveUnderLoad(t *testing.T) {
	s, in := newTestScheduler(t, 2)
	g := define(t, in, `
from rebeam import GenPy, receive, spawn, call, shutdown, _monotonic

class Echo(GenPy):
    @receive("echo")
    def echo(self, message):
        return message

def busy():
    n = 0
    while True:
        n += 1

def driver(busy_pids):
    for i in range(4):
        busy_pids.append(spawn(busy))
    e = spawn(Echo())
    call(e, "echo", -1)  # started
    t0 = _monotonic()
    for i in range(200):
        status, v = call(e, "echo", i)
        assert (status, v) == ("ok", i), (status, v)
    return _monotonic() - t0
`)
	code, err := interp.CompileFile("<test>", []byte("elapsed = driver(pids)\nshutdown()\n"))
	if err != nil {
		t.Fatal(err)
	}
	g.SetStr("pids", interp.NewList(nil))
	p := s.SpawnModule(code, g)
	start := time.Now()
	if got := waitExit(t, p, 30*time.Second); got != "shutdown" && got != "normal" {
		t.Fatalf("the driver exited with %q: %v", got, p.err)
	}
	elapsed, _ := interp.ToFloat(global(t, g, "elapsed"))
	limit := 1.0
	if raceEnabled {
		limit = 10 // the race detector slows the interpreter tenfold
	}
	t.Logf("200 calls among 4 busy loops on 2 workers: %.1f ms", elapsed*1000)
	if elapsed >= limit {
		t.Errorf("200 calls took %.2fs among busy loops, want well under %gs", elapsed, limit)
	}
	// shutdown() from the body stops every process, the busy loops among
	// them, at their next step.
	done := make(chan int)
	go func() { done <- s.Wait() }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatalf("shutdown() left %d processes running after %v", s.NumProcesses(), time.Since(start))
	}
	pids, _ := global(t, g, "pids").(*interp.List)
	if len(pids.Items) != 4 {
		t.Fatalf("%d busy loops spawned, want 4", len(pids.Items))
	}
	for _, v := range pids.Items {
		pid, _ := AsPID(v)
		if q := s.Lookup(pid); q != nil {
			t.Errorf("busy loop %v still alive after shutdown()", pid)
		}
	}
}

// TestMillionProcesses spawns one million idle GenPy processes in one
// run (issue 4). It takes a few GB and half a minute, so it runs only with
// REBEAM_MILLION=1 (just bench-actors sets it up).
func TestMillionProcesses(t *testing.T) {
	if os.Getenv("REBEAM_MILLION") != "1" {
		t.Skip("set REBEAM_MILLION=1 to spawn a million processes")
	}
	const n = 1_000_000
	defer TuneGC()() // as `rebeam run` does
	before := settledRSS()
	rate, per, _ := benchSpawnIdle(t, n)
	t.Logf("%d idle GenPy processes: %.0f spawns/s, %.0f resident bytes each, RSS %.2f GB (%.2f GB before)",
		n, rate, per, (float64(before)+per*n)/1e9, float64(before)/1e9)
	if per > 4096 {
		t.Errorf("%.0f bytes per idle process, want at most 4096", per)
	}
}

// benchSpeedup times CPU-bound work done by one process, then split over
// two, and returns the speedup (one's time over two's).
func benchSpeedup(t testing.TB, n int) (one, two time.Duration) {
	s, in := benchScheduler(t)
	defer s.Stop()
	g := defineT(t, in, `
from rebeam import spawn, monitor, _receive

def work(n):
    total = 0
    for i in range(n):
        total += i * i % 7
    return total

def split(n, parts):
    for i in range(parts):
        monitor(spawn(work, n // parts))
    for i in range(parts):
        _receive()
`)
	split := global(t, g, "split")
	timed := func(parts int) time.Duration {
		start := time.Now()
		p, err := s.Spawn(split, interp.Int(n), interp.Int(parts))
		if err != nil {
			t.Fatal(err)
		}
		<-p.done
		if r := p.ExitReason(); r != "normal" {
			t.Fatalf("split exited with %q: %v", r, p.err)
		}
		return time.Since(start)
	}
	timed(2) // warm up
	return timed(1), timed(2)
}

// BenchmarkSpeedupTwoProcesses prints how much faster CPU-bound work runs
// split over two processes than in one (about 2x on two cores; CPython's
// threads get none).
func BenchmarkSpeedupTwoProcesses(b *testing.B) {
	defer TuneGC()() // as `rebeam run` does
	for range b.N {
		one, two := benchSpeedup(b, 3_000_000)
		b.ReportMetric(one.Seconds()/two.Seconds(), "speedup")
		b.Logf("one process %v, two processes %v: speedup %.2fx", one.Round(time.Millisecond), two.Round(time.Millisecond), one.Seconds()/two.Seconds())
	}
}

// TestTimeSleepSuspendsOnlyTheCaller runs on one worker: while one
// process is in time.sleep (imported either way), another runs and
// finishes, which a blocking sleep would prevent.
func TestTimeSleepSuspendsOnlyTheCaller(t *testing.T) {
	s, in := newTestScheduler(t, 1)
	g := define(t, in, `
import time
from time import sleep
log = []

def sleeper(f):
    f(0.2)
    log.append("sleeper woke")

def quick():
    log.append("quick ran")

errs = []

def errors():
    out = errs
    for args in [(-1,), ("x",), (), (1, 2)]:
        try:
            time.sleep(*args)
        except (TypeError, ValueError) as e:
            out.append(type(e).__name__ + ": " + str(e))
`)
	for _, f := range []interp.Value{global(t, g, "sleep"), mustAttr(t, global(t, g, "time"), "sleep")} {
		g.SetStr("log", interp.NewList(nil))
		a, err := s.Spawn(global(t, g, "sleeper"), f)
		if err != nil {
			t.Fatal(err)
		}
		time.Sleep(20 * time.Millisecond)
		b, err := s.Spawn(global(t, g, "quick"))
		if err != nil {
			t.Fatal(err)
		}
		waitExit(t, b, 5*time.Second)
		waitExit(t, a, 5*time.Second)
		log := global(t, g, "log").(*interp.List)
		if got := reprOf(interp.NewThread(in), log); got != "['quick ran', 'sleeper woke']" {
			t.Errorf("order of events = %s, want the quick process first", got)
		}
	}
	p, err := s.Spawn(global(t, g, "errors"))
	if err != nil {
		t.Fatal(err)
	}
	waitExit(t, p, 5*time.Second)
	// CPython 3.11's messages, from python3.
	want := "['ValueError: sleep length must be non-negative', " +
		`"TypeError: 'str' object cannot be interpreted as an integer", ` +
		"'TypeError: time.sleep() takes exactly one argument (0 given)', " +
		"'TypeError: time.sleep() takes exactly one argument (2 given)']"
	if got := reprOf(interp.NewThread(in), global(t, g, "errs")); got != want {
		t.Errorf("time.sleep errors:\n got %s\nwant %s", got, want)
	}
}

func mustAttr(t *testing.T, v interp.Value, name string) interp.Value {
	t.Helper()
	m, ok := v.(*interp.Module)
	if !ok {
		t.Fatalf("%v is not a module", v)
	}
	a, ok := m.Dict.GetStr(name)
	if !ok {
		t.Fatalf("module has no %s", name)
	}
	return a
}

// TestTuneGC checks that TuneGC sets the collector's target unless GOGC
// chooses, and that what it returns undoes it.
func TestTuneGC(t *testing.T) {
	t.Setenv("GOGC", "")
	before := debug.SetGCPercent(100)
	defer debug.SetGCPercent(before)
	restore := TuneGC()
	if got := debug.SetGCPercent(GCPercent); got != GCPercent {
		t.Errorf("GC percent after TuneGC = %d, want %d", got, GCPercent)
	}
	restore()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("GC percent after restore = %d, want 100", got)
	}
	t.Setenv("GOGC", "50")
	TuneGC()()
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("TuneGC changed the GC percent although GOGC is set: %d", got)
	}
}
