package actor

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestBodyExcludesProcesses has the body write many new globals (which
// grows the __main__ dict) while the processes it started read globals in
// a loop. Under -race this fails if a process's turn overlaps the body's.
func TestBodyExcludesProcesses(t *testing.T) {
	src := `
from rebeam import spawn, call, sleep, shutdown, GenPy, receive

limit = 300

def reader():
    n = 0
    while n < limit:
        n += 1
    return n

class Reader(GenPy):
    @receive("read")
    def read(self):
        return limit + len(globals())

for i in range(4):
    spawn(reader)
r = spawn(Reader())
for i in range(200):
    globals()["g%d" % i] = i
    if i % 50 == 0:
        call(r, "read")
print(call(r, "read")[0])
shutdown()
`
	path := filepath.Join(t.TempDir(), "globals.py")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	out, logs, prog := runScript(t, path, 4)
	if prog.Err != nil {
		t.Fatalf("the body raised: %v\n%s", prog.Err, logs)
	}
	if diff := cmp.Diff("ok\n", out); diff != "" {
		t.Errorf("stdout (-want +got):\n%s\nlog:\n%s", diff, logs)
	}
}
