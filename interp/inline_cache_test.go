package interp

import (
	"sync"
	"testing"
)

// Threads of one interpreter run the same code objects in parallel, so the
// inline caches of a shared function are read and replaced concurrently.
// Run with -race: each goroutine has its own instances, and the classes,
// functions and globals they share are only read.
func TestInlineCachesParallel(t *testing.T) {
	src := `
class A:
    k = 1
    def __init__(self, v):
        self.v = v
    def m(self):
        return self.v + self.k
    @property
    def p(self):
        return self.v * 2

class B(A):
    k = 2
    def m(self):
        return self.v - self.k

class C:
    k = 3
    def __init__(self, v):
        self.v = v
    def m(self):
        return self.k
    @property
    def p(self):
        return 7

LIMIT = 50
TEXT = "abc" * 100 + "\u00e9" * 50 + "xyz" * 40

def work(seed):
    objs = [A(seed), B(seed), C(seed), A(seed + 1)]
    total = 0
    for i in range(LIMIT):
        o = objs[i % len(objs)]
        total += o.m() + o.p + o.k + len(str(i)) + ord(TEXT[i * 7 % len(TEXT)])
        total += TEXT.find("x", i) + TEXT.startswith("c", i)
        text = str(seed) * 40 + "\u00e9"
        total += ord(text[i % len(text)])
        o.v = i
    return total
`
	code, err := CompileFile("caches.py", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterpreter()
	globals := NewDict()
	th := NewThread(in)
	th.StartModule(code, globals)
	if r := th.Run(0); r.Kind != Finished {
		t.Fatalf("module: %v %v", r.Kind, r.Err)
	}
	work, _ := globals.GetStr("work")
	want, err := NewThread(in).Call(work, []Value{Int(3)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	errs := make(chan error, 8)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			th := NewThread(in)
			for n := 0; n < 20; n++ {
				got, err := th.Call(work, []Value{Int(3)}, nil)
				if err != nil {
					errs <- err
					return
				}
				if got != want {
					errs <- Errorf(ValueErrorType, "got %v, want %v", got, want)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}
