package actor

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// TestFileIOHoldsNoWorker runs, on one worker, a reader that opens a FIFO
// (open waits for a writer) and reads it to the end, a process making
// calls to a GenPy meanwhile, and only then the writer: the reader's open
// and read wait off the worker, or the calls could never run. Regular
// file writes are buffered and written out as blocking calls too; the
// writer's file is checked whole after the run.
func TestFileIOHoldsNoWorker(t *testing.T) {
	dir := t.TempDir()
	fifo := filepath.Join(dir, "fifo")
	if err := syscall.Mkfifo(fifo, 0o600); err != nil {
		t.Skip("no FIFOs here:", err)
	}
	s, in := newTestScheduler(t, 1)
	g := define(t, in, `
from rebeam import GenPy, receive, call

class Counter(GenPy):
    @receive("inc")
    def inc(self):
        self.state["n"] = self.state.get("n", 0) + 1
        return self.state["n"]

def reader(path, out):
    with open(path, "rb") as f:
        out.append(f.read())

def caller(counter, out):
    for _ in range(100):
        out.append(call(counter, "inc")[1])

def writer(path, log):
    with open(log, "w") as f:
        for i in range(3000):
            f.write("line %d\n" % i)
    with open(path, "wb") as f:
        f.write(b"through the fifo")

def check(log):
    with open(log) as f:
        lines = f.readlines()
    return len(lines), lines[-1]
`)
	th := interp.NewThread(in)
	counter, err := th.Call(global(t, g, "Counter"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := s.prepareSpawn(th, counter, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.ready(cp, nil)
	got := interp.NewList(nil)
	rp, err := s.Spawn(global(t, g, "reader"), interp.Str(fifo), got)
	if err != nil {
		t.Fatal(err)
	}
	waitWaiting(t, rp, "the reader, opening the FIFO,")
	calls := interp.NewList(nil)
	callP, err := s.Spawn(global(t, g, "caller"), cp.pidValue, calls)
	if err != nil {
		t.Fatal(err)
	}
	if r := waitExit(t, callP, 10*time.Second); r != "normal" {
		t.Fatalf("caller exited with %q", r)
	}
	if len(calls.Items) != 100 {
		t.Fatalf("%d calls answered while the reader waited, want 100", len(calls.Items))
	}
	log := interp.Str(filepath.Join(dir, "log.txt"))
	wp, err := s.Spawn(global(t, g, "writer"), interp.Str(fifo), log)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []*Process{wp, rp} {
		if r := waitExit(t, p, 10*time.Second); r != "normal" {
			t.Fatalf("process %v exited with %q", p.PID(), r)
		}
	}
	if r, _ := interp.Repr(th, got); r != "[b'through the fifo']" {
		t.Errorf("reader got %s", r)
	}
	res, err := th.Call(global(t, g, "check"), []interp.Value{log}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if r, _ := interp.Repr(th, res); r != `(3000, 'line 2999\n')` {
		t.Errorf("log file: %s", r)
	}
	cp.signal(sysMessage{kind: sysKill, reason: "killed"})
	waitExit(t, cp, 5*time.Second)
}

// TestDeadProcessClosesFiles: a process that crashes, or is killed while
// it waits, closes the files it opened and did not close, after writing
// out what it wrote to them; a process that closed its file leaves
// nothing behind.
func TestDeadProcessClosesFiles(t *testing.T) {
	if _, err := os.Stat("/proc/self/fd"); err != nil {
		t.Skip("no /proc/self/fd here")
	}
	dir := t.TempDir()
	s, in := newTestScheduler(t, 2)
	g := define(t, in, `
from rebeam import sleep

def crasher(path, out):
    f = open(path, "w")
    out.append(f.fileno())
    f.write("written before the crash\n")
    raise ValueError("crash")

def waiter(path, out):
    f = open(path, "w")
    out.append(f.fileno())
    f.write("written before the kill\n")
    sleep(3600)
`)
	for _, c := range []struct{ fn, reason string }{{"crasher", "crashed"}, {"waiter", "killed"}} {
		path := filepath.Join(dir, c.fn+".txt")
		out := interp.NewList(nil)
		p, err := s.Spawn(global(t, g, c.fn), interp.Str(path), out)
		if err != nil {
			t.Fatal(err)
		}
		if c.reason == "killed" {
			waitWaiting(t, p, "the waiter")
			p.signal(sysMessage{kind: sysKill, reason: "killed"})
		}
		if r := waitExit(t, p, 5*time.Second); !strings.HasPrefix(r, c.reason) {
			t.Fatalf("%s exited with %q, want %s", c.fn, r, c.reason)
		}
		fd := int(out.Items[0].(interp.Int))
		if target, err := os.Readlink(fmt.Sprintf("/proc/self/fd/%d", fd)); err == nil && target == path {
			t.Errorf("%s: descriptor %d still open on %s after the process %s", c.fn, fd, path, c.reason)
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if want := "written before the " + map[string]string{"crashed": "crash", "killed": "kill"}[c.reason] + "\n"; string(data) != want {
			t.Errorf("%s: file holds %q, want %q", c.fn, data, want)
		}
	}
}

// TestPipeReadHoldsNoWorker runs, on one worker, a process in os.read on
// an empty pipe: another process runs to its end meanwhile, the reader
// gets what is written later, and a reader killed while it waits exits at
// once.
func TestPipeReadHoldsNoWorker(t *testing.T) {
	s, in := newTestScheduler(t, 1)
	g := define(t, in, `
import os

def reader(fd, out):
    out.append(os.read(fd, 100))

def other(out):
    out.append(sum(range(1000)))
`)
	var fds [2]int
	if err := syscall.Pipe2(fds[:], syscall.O_CLOEXEC); err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fds[0])
	defer syscall.Close(fds[1])
	got := interp.NewList(nil)
	rp, err := s.Spawn(global(t, g, "reader"), interp.Int(fds[0]), got)
	if err != nil {
		t.Fatal(err)
	}
	waitWaiting(t, rp, "the reader, in os.read,")
	done := interp.NewList(nil)
	op, err := s.Spawn(global(t, g, "other"), done)
	if err != nil {
		t.Fatal(err)
	}
	if r := waitExit(t, op, 5*time.Second); r != "normal" || len(done.Items) != 1 {
		t.Fatalf("the other process exited with %q, %d results", r, len(done.Items))
	}
	if _, err := syscall.Write(fds[1], []byte("through the pipe")); err != nil {
		t.Fatal(err)
	}
	if r := waitExit(t, rp, 5*time.Second); r != "normal" {
		t.Fatalf("the reader exited with %q", r)
	}
	if len(got.Items) != 1 || got.Items[0] != interp.Bytes("through the pipe") {
		t.Errorf("the reader got %v", got.Items)
	}
	kp, err := s.Spawn(global(t, g, "reader"), interp.Int(fds[0]), got)
	if err != nil {
		t.Fatal(err)
	}
	waitWaiting(t, kp, "the second reader")
	kp.signal(sysMessage{kind: sysKill, reason: "killed"})
	if r := waitExit(t, kp, 5*time.Second); r != "killed" {
		t.Fatalf("the killed reader exited with %q", r)
	}
}
