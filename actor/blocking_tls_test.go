package actor

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// TestTLSIOHoldsNoWorker runs a TLS echo server (one thread per
// connection) and TLS clients as processes on one worker beside a
// process that counts: handshakes, reads and writes of ssl sockets
// suspend only their process, as plain socket I/O does.
func TestTLSIOHoldsNoWorker(t *testing.T) {
	s, in := newTestScheduler(t, 1)
	dir, _ := filepath.Abs("../conformance/testdata/stdlib")
	g := define(t, in, `
import socket, ssl, threading

CERT = "`+filepath.Join(dir, "ssl_loopback_cert.pem")+`"
KEY = "`+filepath.Join(dir, "ssl_loopback_key.pem")+`"

def handle(ctx, conn):
    with ctx.wrap_socket(conn, server_side=True) as c:
        while True:
            data = c.recv(100)
            if not data:
                break
            c.sendall(data.upper())

def server(srv, n):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    ts = []
    for _ in range(n):
        conn, _ = srv.accept()
        t = threading.Thread(target=handle, args=(ctx, conn))
        t.start()
        ts.append(t)
    for t in ts:
        t.join()
    srv.close()

def client(port, i, out):
    ctx = ssl.create_default_context(cafile=CERT)
    with socket.create_connection(("127.0.0.1", port)) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as c:
            c.sendall(b"hello %d" % i)
            out.append(c.recv(100))

def counter(out):
    n = 0
    for i in range(200):
        n += 1
    out.append(n)

def setup():
    srv = socket.create_server(("127.0.0.1", 0))
    return srv, srv.getsockname()[1]
`)
	const n = 8
	th := interp.NewThread(in)
	res, err := th.Call(global(t, g, "setup"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	srv, port := res.(interp.Tuple)[0], res.(interp.Tuple)[1]
	srvP, err := s.Spawn(global(t, g, "server"), srv, interp.Int(n))
	if err != nil {
		t.Fatal(err)
	}
	outs := make([]*interp.List, n)
	procs := []*Process{srvP}
	for i := range n {
		outs[i] = interp.NewList(nil)
		p, err := s.Spawn(global(t, g, "client"), port, interp.Int(i), outs[i])
		if err != nil {
			t.Fatal(err)
		}
		procs = append(procs, p)
	}
	cnt := interp.NewList(nil)
	cntP, err := s.Spawn(global(t, g, "counter"), cnt)
	if err != nil {
		t.Fatal(err)
	}
	procs = append(procs, cntP)
	for _, p := range procs {
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
	if len(cnt.Items) != 1 {
		t.Errorf("counter did not finish")
	}
}
