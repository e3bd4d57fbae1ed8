package actor

import (
	"testing"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// BenchmarkCallRoundTrip measures call round trips per second between a
// function process and a GenPy server.
func BenchmarkCallRoundTrip(b *testing.B) {
	s, in := newBenchScheduler(b)
	g := defineT(b, in, `
from rebeam import GenPy, receive, call, spawn
class Echo(GenPy):
    @receive("echo")
    def echo(self, message):
        return message

def client(n):
    e = spawn(Echo())
    for i in range(n):
        call(e, "echo", i)
`)
	fn, _ := g.GetStr("client")
	b.ResetTimer()
	p, err := s.Spawn(fn, interp.Int(b.N))
	if err != nil {
		b.Fatal(err)
	}
	<-p.done
	b.StopTimer()
	if r := p.ExitReason(); r != "normal" {
		b.Fatalf("client exited with %q", r)
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "calls/s")
}

// BenchmarkSpawn measures spawns per second of processes that return at
// once.
func BenchmarkSpawn(b *testing.B) {
	s, in := newBenchScheduler(b)
	g := defineT(b, in, `
from rebeam import spawn
def nothing():
    pass
def spawner(n):
    for i in range(n):
        spawn(nothing)
`)
	fn, _ := g.GetStr("spawner")
	b.ResetTimer()
	if _, err := s.Spawn(fn, interp.Int(b.N)); err != nil {
		b.Fatal(err)
	}
	for s.NumProcesses() > 0 {
		time.Sleep(100 * time.Microsecond)
	}
	b.StopTimer()
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "spawns/s")
}

func newBenchScheduler(b *testing.B) (*Scheduler, *interp.Interpreter) {
	in := interp.NewInterpreter()
	s, err := NewScheduler(in, Config{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(s.Stop)
	return s, in
}
