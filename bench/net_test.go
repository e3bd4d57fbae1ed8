package bench

import (
	"context"
	"flag"
	"fmt"
	"net"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"
)

// The network anchors of issue 7, each measured beside CPython in the same
// run: an echo server with 500 concurrent clients over loopback (rebeam's
// threads and sockets against CPython's asyncio), and wrk against the
// examples/webserver program (http.server as a supervised child) against
// the same handler under CPython's http.server. Both print requests per
// second and the ratio rebeam/CPython (above 1 means rebeam served more).

var (
	benchNet    = flag.Bool("bench-net", false, "run TestNet: echo and wrk throughput beside python3")
	netClients  = flag.Int("bench-net-clients", 500, "echo clients, each a process of its own (a task under asyncio)")
	netRounds   = flag.Int("bench-net-rounds", 20, "round trips each echo client makes")
	wrkDuration = flag.Duration("bench-net-wrk", 5*time.Second, "how long wrk loads each server")
	wrkConns    = flag.Int("bench-net-conns", 50, "wrk's open connections")
)

func TestNet(t *testing.T) {
	if !*benchNet {
		t.Skip("network throughput comparison is off: pass -bench-net")
	}
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	rebeam := buildRebeam(t)
	out := os.Stdout

	t.Run("echo", func(t *testing.T) {
		args := []string{strconv.Itoa(*netClients), strconv.Itoa(*netRounds)}
		py := echoRate(t, python, append([]string{"echo/echo_asyncio.py"}, args...))
		rb := echoRate(t, rebeam, append([]string{"echo/echo_rebeam.py"}, args...))
		fmt.Fprintf(out, "echo, %d clients x %d round trips over loopback (round trips/s)\n", *netClients, *netRounds)
		fmt.Fprintf(out, "  python3 asyncio  %10.0f\n  rebeam           %10.0f   %.2fx\n", py, rb, rb/py)
	})

	t.Run("wrk", func(t *testing.T) {
		wrk, err := exec.LookPath("wrk")
		if err != nil {
			t.Skip("wrk not found (Debian: apt-get install wrk)")
		}
		py := wrkRate(t, wrk, python, "http/server_cpython.py")
		rb := wrkRate(t, wrk, rebeam, "../examples/webserver/main.py", "--serve")
		fmt.Fprintf(out, "wrk -t2 -c%d -d%v against http.server on loopback (requests/s)\n", *wrkConns, *wrkDuration)
		fmt.Fprintf(out, "  python3 http.server          %10.0f\n  rebeam examples/webserver    %10.0f   %.2fx\n", py, rb, rb/py)
	})
}

var echoLine = regexp.MustCompile(`: ([0-9.]+) round trips/s`)

// echoRate runs one echo program and reads the rate it prints.
func echoRate(t *testing.T, interpreter string, args []string) float64 {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	got, err := exec.CommandContext(ctx, interpreter, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("%s %s: %v\n%s", interpreter, strings.Join(args, " "), err, got)
	}
	m := echoLine.FindSubmatch(got)
	if m == nil {
		t.Fatalf("%s %s printed no rate:\n%s", interpreter, args[0], got)
	}
	rate, _ := strconv.ParseFloat(string(m[1]), 64)
	return rate
}

var wrkLine = regexp.MustCompile(`Requests/sec:\s+([0-9.]+)`)

// wrkRate starts a server on a free port, waits until it accepts, loads
// it with wrk, and stops it.
func wrkRate(t *testing.T, wrk, interpreter, program string, flags ...string) float64 {
	t.Helper()
	port := freePort(t)
	server := exec.Command(interpreter, append(append([]string{program}, flags...), strconv.Itoa(port))...)
	// Both servers report the connections wrk resets at its end on
	// stderr; kept, and shown only if something fails.
	var serverErr strings.Builder
	server.Stderr = &serverErr
	if err := server.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		server.Process.Kill()
		server.Wait()
	}()
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(20 * time.Millisecond) {
		if c, err := net.Dial("tcp", addr); err == nil {
			c.Close()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s %s did not accept on %s within 10s\n%s", interpreter, program, addr, serverErr.String())
		}
	}
	got, err := exec.Command(wrk, "-t2", fmt.Sprintf("-c%d", *wrkConns),
		fmt.Sprintf("-d%ds", int(wrkDuration.Seconds())), "http://"+addr+"/").CombinedOutput()
	if err != nil {
		t.Fatalf("wrk against %s: %v\n%s\nserver's stderr:\n%s", program, err, got, serverErr.String())
	}
	m := wrkLine.FindSubmatch(got)
	if m == nil {
		t.Fatalf("wrk against %s printed no rate:\n%s", program, got)
	}
	if strings.Contains(string(got), "Non-2xx") {
		t.Errorf("wrk against %s saw error responses:\n%s", program, got)
	}
	rate, _ := strconv.ParseFloat(string(m[1]), 64)
	return rate
}

// freePort asks the kernel for a port nobody listens on.
func freePort(t *testing.T) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}
