package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/creack/pty"
	"github.com/rogpeppe/go-internal/testscript"
)

// TestTraceScripts runs the command-line scripts of testdata/trace/script
// (rebeam trace --list, and traced runs without a terminal).
func TestTraceScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                "testdata/trace/script",
		Cmds:               map[string]func(ts *testscript.TestScript, neg bool, args []string){"status": cmdStatus},
		RequireUniqueNames: true,
	})
}

// rebeamExe is the test binary standing in for rebeam, as TestMain puts
// it on $PATH.
func rebeamExe(t *testing.T) string {
	t.Helper()
	exe, err := exec.LookPath("rebeam")
	if err != nil {
		t.Fatalf("rebeam is not on $PATH: %v", err)
	}
	return exe
}

// ptyOutput collects what a process writes to its terminal.
type ptyOutput struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (o *ptyOutput) String() string {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.buf.String()
}

// waitPrompts waits until the terminal has shown n prompts.
func (o *ptyOutput) waitPrompts(t *testing.T, n int) string {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if s := o.String(); strings.Count(s, "(trace) ") >= n {
			return s
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no prompt #%d; the terminal shows:\n%s", n, o.String())
	return ""
}

// ptySession is `rebeam trace main.py` run in the folder
// testdata/trace/PROG on a pseudo-terminal.
type ptySession struct {
	t   *testing.T
	cmd *exec.Cmd
	tty interface {
		Write([]byte) (int, error)
		Close() error
	}
	out ptyOutput
}

func startPty(t *testing.T, prog string) *ptySession {
	t.Helper()
	cmd := exec.Command(rebeamExe(t), "trace", "main.py")
	cmd.Dir = filepath.Join("testdata", "trace", prog)
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 200})
	if err != nil {
		t.Fatal(err)
	}
	ps := &ptySession{t: t, cmd: cmd, tty: tty}
	t.Cleanup(func() {
		tty.Close()
		if cmd.ProcessState == nil {
			cmd.Process.Kill()
			cmd.Wait()
		}
	})
	go func() {
		b := make([]byte, 4096)
		for {
			n, err := tty.Read(b)
			ps.out.mu.Lock()
			ps.out.buf.Write(b[:n])
			ps.out.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	return ps
}

// send types a line.
func (ps *ptySession) send(line string) {
	if _, err := ps.tty.Write([]byte(line + "\n")); err != nil {
		ps.t.Fatal(err)
	}
}

// wait waits for the program to end with status 0; it returns what the
// terminal showed.
func (ps *ptySession) wait() string {
	t := ps.t
	t.Helper()
	done := make(chan error, 1)
	go func() { done <- ps.cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("%v, want exit status 0\n%s", err, ps.out.String())
		}
	case <-time.After(20 * time.Second):
		ps.cmd.Process.Kill()
		t.Fatalf("the run did not end:\n%s", ps.out.String())
	}
	// The reader may still be copying the last bytes.
	time.Sleep(50 * time.Millisecond)
	return ps.out.String()
}

// TestTraceInteractive drives `rebeam trace` through a pseudo-terminal:
// it stops after the first event, s runs exactly one more, n 9 nine
// more, state shows a GenPy's dict, p the process table, where a stack,
// and q shuts the program down with status 0.
func TestTraceInteractive(t *testing.T) {
	ps := startPty(t, "pingpong")
	out, send, cmd := &ps.out, ps.send, ps.cmd
	s := out.waitPrompts(t, 1)
	if !strings.Contains(s, "#1 ") || strings.Contains(s, "#2 ") {
		t.Fatalf("after the first event, want #1 and no #2:\n%s", s)
	}
	send("s")
	s = out.waitPrompts(t, 2)
	if !strings.Contains(s, "#2 ") || strings.Contains(s, "#3 ") {
		t.Fatalf("after s, want #2 and no #3:\n%s", s)
	}
	send("n 9")
	s = out.waitPrompts(t, 3)
	if !strings.Contains(s, "#11 reply   pong<local.3> -> ping<local.4> \"ping\" ('ok', ('pong', 0))") || strings.Contains(s, "#12 ") {
		t.Fatalf("after n 9, want #11 (the first reply) and no #12:\n%s", s)
	}
	send("state pong")
	s = out.waitPrompts(t, 4)
	if !strings.Contains(s, "{'count': 1}") {
		t.Fatalf("state pong: want {'count': 1}:\n%s", s)
	}
	send("p")
	s = out.waitPrompts(t, 5)
	for _, want := range []string{"PID", "<local.3>  pong", "<local.4>  ping", "main.py:33"} {
		if !strings.Contains(s, want) {
			t.Fatalf("p: want %q in the table:\n%s", want, s)
		}
	}
	send("where ping")
	s = out.waitPrompts(t, 6)
	if !strings.Contains(s, `File "main.py", line 33, in go`) {
		t.Fatalf("where ping: want the frame of go:\n%s", s)
	}
	send("q")
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("after q: %v, want exit status 0\n%s", err, out.String())
		}
	case <-time.After(20 * time.Second):
		cmd.Process.Kill()
		t.Fatalf("q did not end the run:\n%s", out.String())
	}
	if strings.Count(out.String(), "(trace) ") != 6 {
		t.Fatalf("a prompt after q:\n%s", out.String())
	}
}

// traceKey is what must be the same in two traced runs of a program.
type traceKey struct {
	Kind, Name, PeerName, Subject, Message string
}

// TestTraceDeterministic runs programs twice under --json and finds the
// same sequence of events; busy has four workers calling one counter
// with sleeps between the calls, a send_after and a crash; nested has
// calls and sleeps inside sort keys (suspensions inside Go code) from
// two processes at once, nested supervisors, timers, a crash and its
// restart, and a kill inside a sort key at shutdown.
func TestTraceDeterministic(t *testing.T) {
	for _, prog := range []string{"pingpong", "busy", "nested"} {
		t.Run(prog, func(t *testing.T) {
			var runs [2][]traceKey
			var stdouts [2]string
			for i := range runs {
				cmd := exec.Command(rebeamExe(t), "trace", "--json", "main.py")
				cmd.Dir = filepath.Join("testdata", "trace", prog)
				var stdout, stderr bytes.Buffer
				cmd.Stdout, cmd.Stderr = &stdout, &stderr
				if err := cmd.Run(); err != nil {
					t.Fatalf("run %d: %v\n%s", i, err, stderr.String())
				}
				stdouts[i] = stdout.String()
				sc := bufio.NewScanner(&stderr)
				for sc.Scan() {
					line := sc.Text()
					if !strings.HasPrefix(line, "{") {
						continue // a crash report
					}
					var ev struct {
						Seq                                    int
						Kind, Name, PeerName, Subject, Message string
						File                                   string
						Line                                   int
					}
					if err := json.Unmarshal([]byte(line), &ev); err != nil {
						t.Fatalf("run %d: %v: %s", i, err, line)
					}
					if ev.Seq != len(runs[i])+1 {
						t.Fatalf("run %d: event %d has seq %d", i, len(runs[i])+1, ev.Seq)
					}
					runs[i] = append(runs[i], traceKey{ev.Kind, ev.Name, ev.PeerName, ev.Subject, ev.Message})
				}
			}
			if len(runs[0]) < 20 {
				t.Fatalf("only %d events: %v", len(runs[0]), runs[0])
			}
			if len(runs[0]) != len(runs[1]) {
				t.Fatalf("%d events, then %d", len(runs[0]), len(runs[1]))
			}
			for j := range runs[0] {
				if runs[0][j] != runs[1][j] {
					t.Fatalf("event %d differs: %+v, then %+v", j+1, runs[0][j], runs[1][j])
				}
			}
			if stdouts[0] != stdouts[1] || strings.Contains(stdouts[0], `"seq"`) {
				t.Fatalf("stdout differs or holds events:\n%s\n---\n%s", stdouts[0], stdouts[1])
			}
		})
	}
}

// TestTraceQuitWhileStarting types q while the root supervisor is still
// starting its children (after Pong's spawn): Ping never starts, Pong
// and the supervisor stop in order, and the run exits with status 0.
func TestTraceQuitWhileStarting(t *testing.T) {
	ps := startPty(t, "pingpong")
	ps.out.waitPrompts(t, 1)
	ps.send("s")
	ps.out.waitPrompts(t, 2)
	ps.send("s")
	s := ps.out.waitPrompts(t, 3)
	if !strings.Contains(s, "#3 spawn   <local.2> -> <local.3> Pong") {
		t.Fatalf("want #3 to be Pong's spawn:\n%s", s)
	}
	ps.send("q")
	s = ps.wait()
	_, after, _ := strings.Cut(s, "(trace) q")
	var got []string
	for _, l := range strings.Split(after, "\n") {
		if f := strings.Fields(l); len(f) >= 3 && strings.HasPrefix(f[0], "#") {
			got = append(got, f[1]+" "+f[2])
		}
	}
	want := []string{
		"start pong<local.3>", "stop pong<local.3>", "exit pong<local.3>",
		"down <local.2>", "stop <local.2>", "exit <local.2>",
	}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("after q, events %v, want %v:\n%s", got, want, s)
	}
	if strings.Count(s, "(trace) ") != 3 {
		t.Fatalf("a prompt after q:\n%s", s)
	}
}

// TestTraceBreakContinue: Enter steps one event, b SUBJECT and b NAME
// run to the next event with that subject or process name, d deletes a
// breakpoint, c runs to the end without stopping.
func TestTraceBreakContinue(t *testing.T) {
	ps := startPty(t, "pingpong")
	ps.out.waitPrompts(t, 1)
	ps.send("")
	s := ps.out.waitPrompts(t, 2)
	if !strings.Contains(s, "#2 ") || strings.Contains(s, "#3 ") {
		t.Fatalf("after Enter, want #2 and no #3:\n%s", s)
	}
	ps.send("b go")
	s = ps.out.waitPrompts(t, 3)
	if !strings.HasSuffix(strings.TrimSpace(s), "#7 cast    ping<local.4> -> ping<local.4> \"go\" None  main.py:28\r\n(trace)") || strings.Contains(s, "#8 ") {
		t.Fatalf("b go: want a stop at #7, the cast of go:\n%s", s)
	}
	ps.send("b")
	s = ps.out.waitPrompts(t, 4)
	if !strings.Contains(s, "break at go") {
		t.Fatalf("b: want the breakpoints listed:\n%s", s)
	}
	// The next event with subject go is #8, its receive.
	ps.send("c")
	s = ps.out.waitPrompts(t, 5)
	if !strings.Contains(s, "#8 receive ping<local.4> <- ping<local.4> \"go\"") || strings.Contains(s, "#9 ") {
		t.Fatalf("c: want a stop at #8, the receive of go:\n%s", s)
	}
	ps.send("d go")
	ps.out.waitPrompts(t, 6)
	ps.send("b pong")
	s = ps.out.waitPrompts(t, 7)
	if !strings.Contains(s, "#9 call    ping<local.4> -> pong<local.3>") || strings.Contains(s, "#10 ") {
		t.Fatalf("b pong: want a stop at #9, the call of pong:\n%s", s)
	}
	ps.send("d pong")
	ps.out.waitPrompts(t, 8)
	ps.send("c")
	s = ps.wait()
	if !strings.Contains(s, "#25 exit    <local.2> 'shutdown'") || strings.Count(s, "(trace) ") != 8 {
		t.Fatalf("c: want the run to end without another prompt:\n%s", s)
	}
}

// TestTraceBodyName: the script body shows as __main__ in events and in
// the process table, and where and state take that name.
func TestTraceBodyName(t *testing.T) {
	ps := startPty(t, "busy")
	s := ps.out.waitPrompts(t, 1)
	if !strings.Contains(s, "#1 spawn   __main__<local.1> -> <local.2> Counter  main.py:38") {
		t.Fatalf("want #1 to be the body's spawn of the counter:\n%s", s)
	}
	ps.send("p")
	s = ps.out.waitPrompts(t, 2)
	if !strings.Contains(s, "<local.1>  __main__  running") {
		t.Fatalf("p: want __main__ in the table:\n%s", s)
	}
	ps.send("where __main__")
	s = ps.out.waitPrompts(t, 3)
	if !strings.Contains(s, `File "main.py", line 38, in <module>`) {
		t.Fatalf("where __main__: want the body's frame:\n%s", s)
	}
	ps.send("state __main__")
	s = ps.out.waitPrompts(t, 4)
	if !strings.Contains(s, "<local.1> serves no GenPy") {
		t.Fatalf("state __main__: want an answer that it is no GenPy:\n%s", s)
	}
	ps.send("c")
	ps.wait()
}

// TestTraceKinds runs nested under --json: every kind of event is
// there, every event has its fields, and the seq numbers run from 1.
func TestTraceKinds(t *testing.T) {
	cmd := exec.Command(rebeamExe(t), "trace", "--json", "main.py")
	cmd.Dir = filepath.Join("testdata", "trace", "nested")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		t.Fatalf("%v\n%s", err, stderr.String())
	}
	type event struct {
		Seq      int    `json:"seq"`
		Kind     string `json:"kind"`
		PID      string `json:"pid"`
		Name     string `json:"name"`
		Peer     string `json:"peer"`
		PeerName string `json:"peer_name"`
		Subject  string `json:"subject"`
		Message  string `json:"message"`
		File     string `json:"file"`
		Line     int    `json:"line"`
	}
	first := map[string]event{}
	n := 0
	for _, line := range strings.Split(stderr.String(), "\n") {
		if !strings.HasPrefix(line, "{") {
			continue
		}
		var raw map[string]any
		if err := json.Unmarshal([]byte(line), &raw); err != nil {
			t.Fatal(err)
		}
		if len(raw) != 10 {
			t.Fatalf("want the 10 fields: %s", line)
		}
		var ev event
		json.Unmarshal([]byte(line), &ev)
		n++
		if ev.Seq != n {
			t.Fatalf("event %d has seq %d: %s", n, ev.Seq, line)
		}
		if _, ok := first[ev.Kind]; !ok {
			first[ev.Kind] = ev
		}
	}
	want := map[string]event{
		"exit":    {Kind: "exit", PID: "<local.1>", Name: "__main__", Message: "'normal'"},
		"spawn":   {Kind: "spawn", PID: "", Peer: "<local.2>", Message: "Supervisor"},
		"start":   {Kind: "start", PID: "<local.3>", Name: "store", Subject: "Store", File: "main.py", Line: 14},
		"timer":   {Kind: "timer", PID: "<local.7>", Name: "driver", Peer: "<local.7>", PeerName: "driver", Subject: "tick", Message: "None", File: "main.py", Line: 57},
		"receive": {Kind: "receive", PID: "<local.7>", Name: "driver", Peer: "<local.7>", PeerName: "driver", Subject: "tick", Message: "None", File: "main.py", Line: 60},
		"call":    {Kind: "call", PID: "<local.7>", Name: "driver", Peer: "<local.3>", PeerName: "store", Subject: "put", Message: "('c', 0)", File: "main.py", Line: 65},
		"reply":   {Kind: "reply", PID: "<local.3>", Name: "store", Peer: "<local.7>", PeerName: "driver", Subject: "put", Message: "('ok', 1)", File: "main.py", Line: 18},
		"cast":    {Kind: "cast", PID: "<local.7>", Name: "driver", Peer: "<local.5>", PeerName: "up", Subject: "rank", Message: "['c', 'a']", File: "main.py", Line: 70},
		"crash":   {Kind: "crash", PID: "<local.5>", Name: "up", Subject: "boom", Message: "'crashed: RuntimeError: bad'", File: "main.py", Line: 42},
		"down":    {Kind: "down", PID: "<local.4>", Name: "rankers", Peer: "<local.5>", PeerName: "up", Subject: "DOWN", Message: "'crashed: RuntimeError: bad'"},
		"restart": {Kind: "restart", PID: "<local.4>", Name: "rankers", Peer: "<local.5>", PeerName: "up", Subject: "one_for_one", Message: "'crashed: RuntimeError: bad'"},
		"stop":    {Kind: "stop", PID: "<local.7>", Name: "driver", Message: "'shutdown'"},
	}
	for kind, w := range want {
		got, ok := first[kind]
		if !ok {
			t.Errorf("no %s event", kind)
			continue
		}
		got.Seq = 0
		if got != w {
			t.Errorf("first %s event:\n got %+v\nwant %+v", kind, got, w)
		}
	}
}

// TestTraceSignal stops a traced run of spin, whose processes never
// suspend, with SIGTERM (no terminal) and with SIGINT at the prompt:
// the program shuts down in order, its busy @stop is killed after its
// shutdown timeout, and rebeam exits with status 0.
func TestTraceSignal(t *testing.T) {
	t.Run("SIGTERM", func(t *testing.T) {
		cmd := exec.Command(rebeamExe(t), "trace", "main.py")
		cmd.Dir = filepath.Join("testdata", "trace", "spin")
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		stdout, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		defer cmd.Process.Kill()
		r := bufio.NewReader(stdout)
		if line, err := r.ReadString('\n'); line != "started\n" {
			t.Fatalf("got %q, %v", line, err)
		}
		cmd.Process.Signal(syscall.SIGTERM)
		rest := make(chan string, 1)
		go func() {
			b, _ := io.ReadAll(r)
			rest <- string(b)
		}()
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("%v, want exit status 0\n%s", err, stderr.String())
			}
		case <-time.After(20 * time.Second):
			t.Fatalf("SIGTERM did not stop the run:\n%s", stderr.String())
		}
		if got := <-rest; got != "stop shutdown\n" {
			t.Errorf("stdout after started: %q", got)
		}
		if !strings.Contains(stderr.String(), "exit    busy<local.3> 'killed'") {
			t.Errorf("busy was not killed:\n%s", stderr.String())
		}
	})
	t.Run("SIGINT running", func(t *testing.T) {
		ps := startPty(t, "spin")
		ps.out.waitPrompts(t, 1)
		ps.send("c")
		waitFor(t, &ps.out, "started")
		ps.cmd.Process.Signal(os.Interrupt)
		if out := ps.wait(); !strings.Contains(out, "stop shutdown") || !strings.Contains(out, "'killed'") {
			t.Errorf("no orderly stop:\n%s", out)
		}
	})
	t.Run("SIGINT at the prompt", func(t *testing.T) {
		ps := startPty(t, "spin")
		ps.out.waitPrompts(t, 1)
		ps.send("b Busy")
		ps.out.waitPrompts(t, 2)
		ps.cmd.Process.Signal(os.Interrupt)
		if out := ps.wait(); !strings.Contains(out, "stop shutdown") || !strings.Contains(out, "'killed'") {
			t.Errorf("no orderly stop:\n%s", out)
		}
	})
}

// waitFor waits until the terminal has shown text.
func waitFor(t *testing.T, o *ptyOutput, text string) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for time.Now().Before(deadline) {
		if strings.Contains(o.String(), text) {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("no %q; the terminal shows:\n%s", text, o.String())
}
