package actor

import (
	"testing"
	"time"

	"github.com/rebeam/rebeam/interp"
	_ "github.com/rebeam/rebeam/stdlib"
)

// TestSocketIOHoldsNoWorker runs an echo server and its clients as
// processes on one worker, together with a GenPy answering calls: a
// process waiting in accept or recv holds no worker, so all of them make
// progress. Threads started by the server are processes too.
func TestSocketIOHoldsNoWorker(t *testing.T) {
	s, in := newTestScheduler(t, 1)
	g := define(t, in, `
import socket, threading, subprocess
from rebeam import GenPy, receive, call, spawn

class Counter(GenPy):
    @receive("inc")
    def inc(self, message):
        self.state["n"] = self.state.get("n", 0) + message
        return self.state["n"]

def handle(conn):
    with conn:
        while True:
            data = conn.recv(100)
            if not data:
                break
            conn.sendall(data.upper())

def server(srv, n):
    ts = []
    for _ in range(n):
        conn, _ = srv.accept()
        t = threading.Thread(target=handle, args=(conn,))
        t.start()
        ts.append(t)
    for t in ts:
        t.join()
    srv.close()

def client(port, i, out):
    with socket.create_connection(("127.0.0.1", port)) as c:
        c.sendall(b"hello %d" % i)
        out.append(c.recv(100))

def caller(counter, out):
    for i in range(50):
        out.append(call(counter, "inc", 1)[1])

def child(out):
    out.append(subprocess.run(["echo", "child"], capture_output=True, text=True).stdout)

def setup(n):
    srv = socket.create_server(("127.0.0.1", 0))
    return srv, srv.getsockname()[1]
`)
	const n = 10
	th := interp.NewThread(in)
	res, err := th.Call(global(t, g, "setup"), []interp.Value{interp.Int(n)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, port := res.(interp.Tuple)[0], res.(interp.Tuple)[1]
	srvP, err := s.Spawn(global(t, g, "server"), srv, interp.Int(n))
	if err != nil {
		t.Fatal(err)
	}
	counter, err := th.Call(global(t, g, "Counter"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	cp, err := s.prepareSpawn(th, counter, nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	s.ready(cp, nil)
	outs := make([]*interp.List, n)
	var clients []*Process
	for i := range n {
		outs[i] = interp.NewList(nil)
		p, err := s.Spawn(global(t, g, "client"), port, interp.Int(i), outs[i])
		if err != nil {
			t.Fatal(err)
		}
		clients = append(clients, p)
	}
	calls := interp.NewList(nil)
	callP, err := s.Spawn(global(t, g, "caller"), cp.pidValue, calls)
	if err != nil {
		t.Fatal(err)
	}
	childOut := interp.NewList(nil)
	childP, err := s.Spawn(global(t, g, "child"), childOut)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range append(clients, srvP, callP, childP) {
		if r := waitExit(t, p, 20*time.Second); r != "normal" {
			t.Fatalf("process %v exited with %q", p.PID(), r)
		}
	}
	for i, o := range outs {
		got, _ := interp.Repr(th, o)
		want := "[b'HELLO " + string(rune('0'+i)) + "']"
		if got != want {
			t.Errorf("client %d: %s, want %s", i, got, want)
		}
	}
	if len(calls.Items) != 50 || calls.Items[49] != interp.Int(50) {
		t.Errorf("calls: %d answers", len(calls.Items))
	}
	if got, _ := interp.Repr(th, childOut); got != "['child\\n']" {
		t.Errorf("subprocess: %s", got)
	}
	cp.signal(sysMessage{kind: sysKill, reason: "killed"})
	waitExit(t, cp, 5*time.Second)
}

// TestKilledServerClosesSocket kills a process blocked in accept: the
// accept is aborted and the listening socket it owns is closed, so the
// port can be bound again at once.
func TestKilledServerClosesSocket(t *testing.T) {
	s, in := newTestScheduler(t, 2)
	g := define(t, in, `
import socket
def serve(out):
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen()
    out.append(srv.getsockname()[1])
    srv.accept()

def rebind(port, out):
    s = socket.socket()
    s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port))
    s.listen()
    out.append("bound")
    s.close()
`)
	out := interp.NewList(nil)
	p, err := s.Spawn(global(t, g, "serve"), out)
	if err != nil {
		t.Fatal(err)
	}
	waitWaiting(t, p, "the server, in accept,")
	p.signal(sysMessage{kind: sysKill, reason: "killed"})
	if r := waitExit(t, p, 5*time.Second); r != "killed" {
		t.Fatalf("server exited with %q", r)
	}
	out2 := interp.NewList(nil)
	q, err := s.Spawn(global(t, g, "rebind"), out.Items[0], out2)
	if err != nil {
		t.Fatal(err)
	}
	if r := waitExit(t, q, 5*time.Second); r != "normal" {
		t.Fatalf("rebind exited with %q", r)
	}
	if len(out2.Items) != 1 {
		t.Fatal("the port was not bound again")
	}
}
