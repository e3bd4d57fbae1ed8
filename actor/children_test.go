package actor

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// writeFiles writes name -> content files into a new folder and returns
// it.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(strings.TrimLeft(text, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestChildKinds supervises one child of every kind API.md lists besides
// a GenPy instance: a module with main(), a module without (its body is
// re-run), a .py path defining one GenPy subclass (instantiated and
// served), a .py path without one (run as a module, from the script's
// folder whatever the working directory) and a function.
func TestChildKinds(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"main.py": `
from rebeam import GenPy, Supervisor, child, call, cast, receive, spawn, shutdown, sleep
import with_main, body_only

class Box(GenPy):
    def __init__(self):
        self.name = "box"
    @receive("ran")
    def ran(self, message):
        self.state.setdefault("ran", []).append(message)
    @receive("seen")
    def seen(self):
        return sorted(self.state.get("ran", []))

def fn_child():
    cast("box", "ran", "function child")

def driver():
    while True:
        status, seen = call("box", "seen")
        if status == "ok" and len(seen) == 4:
            break
        sleep(0.001)
    for s in seen:
        print(s)
    print("server:", call("server", "hello", "world"))
    shutdown()

Supervisor([
    Box(),
    child(with_main, restart="temporary"),
    child(body_only, restart="temporary"),
    child("workers/server.py"),
    child("workers/script.py", restart="temporary"),
    child(fn_child, restart="temporary"),
])
spawn(driver)
`,
		"with_main.py": `
from rebeam import cast
def main():
    cast("box", "ran", "with_main.main()")
`,
		"body_only.py": `
from rebeam import cast
print("body_only body runs as", __name__)
cast("box", "ran", "body_only body as " + __name__)
`,
		"workers/server.py": `
from rebeam import GenPy, receive, start
class Server(GenPy):
    def __init__(self):
        self.name = "server"
    @start
    def begin(self):
        print("server starts; its module is", __name__)
    @receive("hello")
    def hello(self, message):
        return "hello " + message
`,
		"workers/script.py": `
from rebeam import cast
cast("box", "ran", "script.py as " + __name__)
`,
	})
	t.Chdir(t.TempDir()) // paths are relative to the script, not the working directory
	out, logs, prog := runScript(t, filepath.Join(dir, "main.py"), 2)
	if prog.Err != nil {
		t.Fatalf("the body raised: %v\n%s", prog.Err, logs)
	}
	for _, want := range []string{
		"server starts; its module is server\n",
		"body_only body as body_only\nfunction child\nscript.py as script\nwith_main.main()\nserver: ('ok', 'hello world')\n",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("output lacks %q:\n%s\nlog:\n%s", want, out, logs)
		}
	}
	if n := strings.Count(out, "body_only body runs"); n != 2 {
		t.Errorf("body_only's body ran %d times, want 2 (import, child)", n)
	}
	if diff := cmp.Diff(0, prog.Status); diff != "" {
		t.Errorf("status (-want +got):\n%s", diff)
	}
}

// TestChildMistakes checks that a child no process can run is refused
// where the supervisor is built, with an error that says what is allowed.
func TestChildMistakes(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"main.py": `
from rebeam import Supervisor, child
for item in [42, "worker", "missing.py", [1]]:
    try:
        Supervisor([item])
    except (TypeError, FileNotFoundError) as e:
        print(type(e).__name__ + ":", e)
try:
    child(3, restart="temporary")
except TypeError as e:
    print("child():", e)
`,
	})
	out, logs, prog := runScript(t, filepath.Join(dir, "main.py"), 1)
	if prog.Err != nil {
		t.Fatalf("the body raised: %v\n%s", prog.Err, logs)
	}
	want := "TypeError: a Supervisor child must be a GenPy instance, a Supervisor, a module, a function or the path of a .py file, not 'int'\n" +
		"TypeError: a str child must be the path of a .py file, not \"worker\"\n" +
		"FileNotFoundError: child \"missing.py\": no such file beside the main script (" + filepath.Join(dir, "missing.py") + ")\n" +
		"TypeError: a Supervisor child must be a GenPy instance, a Supervisor, a module, a function or the path of a .py file, not 'list'\n" +
		"child(): a Supervisor child must be a GenPy instance, a Supervisor, a module, a function or the path of a .py file, not 'int'\n"
	if diff := cmp.Diff(want, out); diff != "" {
		t.Errorf("output (-want +got):\n%s", diff)
	}
}

// TestSupervisorExitTakesChildren: when a supervisor dies without
// stopping its children in order (killed, or crashed), they are killed
// with it, as OTP's links would, so that no orphan outlives its tree.
func TestSupervisorExitTakesChildren(t *testing.T) {
	s, in := newTestScheduler(t, 2)
	g := define(t, in, `
from rebeam import GenPy, Supervisor, spawn, _supervise

class W(GenPy):
    def __init__(self, name):
        self.name = name

def build():
    spawn(_supervise, Supervisor([W("w1"), W("w2")], name="sup"))
`)
	p, err := s.Spawn(global(t, g, "build"))
	if err != nil {
		t.Fatal(err)
	}
	if got := waitExit(t, p, 5*time.Second); got != "normal" {
		t.Fatalf("build exited with %q: %v", got, p.err)
	}
	sup, w1, w2 := s.Whereis("sup"), s.Whereis("w1"), s.Whereis("w2")
	if sup == nil || w1 == nil || w2 == nil {
		t.Fatalf("sup %v, w1 %v, w2 %v: want all three registered once spawn returned", sup, w1, w2)
	}
	sup.signal(sysMessage{kind: sysKill, reason: "killed"})
	if got := waitExit(t, sup, 5*time.Second); got != "killed" {
		t.Errorf("supervisor exit reason %q, want killed", got)
	}
	for _, w := range []*Process{w1, w2} {
		if got := waitExit(t, w, 5*time.Second); got != "shutdown" {
			t.Errorf("child %v exit reason %q, want shutdown", w.PID(), got)
		}
	}
}
