package interp

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestScriptsMatchPython runs each testdata/*.py program on rebeam's
// interpreter and under python3, and compares what they print (stdout,
// then stderr with its traceback). python3 is the oracle: nothing here is
// typed in by hand.
func TestScriptsMatchPython(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found")
	}
	files, err := filepath.Glob("testdata/*.py")
	if err != nil {
		t.Fatal(err)
	}
	for _, file := range files {
		file := file
		t.Run(filepath.Base(file), func(t *testing.T) {
			var pyOut, pyErr bytes.Buffer
			cmd := exec.Command(python, file)
			cmd.Stdout, cmd.Stderr = &pyOut, &pyErr
			_ = cmd.Run()
			got, gotErr := runFile(t, file)
			if diff := cmp.Diff(pyOut.String(), got); diff != "" {
				t.Errorf("stdout (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(pyErr.String(), gotErr); diff != "" {
				t.Errorf("stderr (-want +got):\n%s", diff)
			}
		})
	}
}

// runFile runs a file as __main__ as `rebeam run` does.
func runFile(t *testing.T, file string) (string, string) {
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterpreter()
	in.Argv.Items = append(in.Argv.Items, Str(file))
	in.Path.Items = append(in.Path.Items, Str(filepath.Dir(file)))
	th := NewThread(in)
	var out, errb bytes.Buffer
	th.Stdout, th.Stderr = &out, &errb
	if err := in.RunMain(th, file, src); err != nil {
		if exc, ok := err.(*Exception); ok {
			if _, handled := SystemExitStatus(th, exc); !handled {
				th.PrintException(&errb, exc)
			} else {
				errb.WriteString(SystemExitText(th, exc))
			}
		} else {
			t.Fatalf("RunMain: %v", err)
		}
	}
	return out.String(), errb.String()
}
