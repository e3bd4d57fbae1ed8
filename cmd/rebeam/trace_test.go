package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
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

// TestTraceInteractive drives `rebeam trace` through a pseudo-terminal:
// it stops after the first event, s runs exactly one more, n 9 nine
// more, state shows a GenPy's dict, p the process table, where a stack,
// and q shuts the program down with status 0.
func TestTraceInteractive(t *testing.T) {
	cmd := exec.Command(rebeamExe(t), "trace", "main.py")
	cmd.Dir = filepath.Join("testdata", "trace", "pingpong")
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 200})
	if err != nil {
		t.Fatal(err)
	}
	defer tty.Close()
	var out ptyOutput
	go func() {
		b := make([]byte, 4096)
		for {
			n, err := tty.Read(b)
			out.mu.Lock()
			out.buf.Write(b[:n])
			out.mu.Unlock()
			if err != nil {
				return
			}
		}
	}()
	send := func(line string) {
		if _, err := tty.Write([]byte(line + "\n")); err != nil {
			t.Fatal(err)
		}
	}
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
