package interp

import (
	"bytes"
	"sync"
	"testing"
)

// Threads of one Interpreter run in parallel goroutines (the actor runtime
// does this) over shared classes and code: the class lookup caches, the
// inline caches and instantiation through a metaclass must be race-free.
// Run with -race.
const parallelClasses = `
class Meta(type):
    def __call__(cls, *args):
        return super().__call__(*args)

class Base(metaclass=Meta):
    kind = "base"
    def __init__(self, n):
        self.n = n
    def value(self):
        return self.n
    @property
    def double(self):
        return self.n * 2

class Mid(Base):
    def value(self):
        return super().value() + 1

class Leaf(Mid):
    __slots__ = ("extra",)

def gen(n):
    try:
        for i in range(n):
            yield i
    finally:
        pass

def work(k):
    total = 0
    for i in range(200):
        obj = (Base, Mid, Leaf)[i % 3](i)
        total += obj.value() + obj.double + len(obj.kind)
        total += sum(x for x in gen(3))
        for x in gen(5):
            if x == 2:
                break
        try:
            raise KeyError(i)
        except KeyError:
            total += 1
    return total
`

func TestParallelThreadsShareClasses(t *testing.T) {
	code, err := CompileFile("parallel.py", []byte(parallelClasses))
	if err != nil {
		t.Fatal(err)
	}
	in := NewInterpreter()
	main := NewThread(in)
	g := NewDict()
	g.SetStr("__name__", Str("__main__"))
	main.StartModule(code, g)
	if r := main.Run(0); r.Kind != Finished {
		t.Fatalf("module: %v %v", r.Kind, r.Err)
	}
	work, _ := g.GetStr("work")
	want, err := main.Call(work, []Value{Int(0)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	results := make([]Value, 8)
	errs := make([]error, 8)
	for i := range results {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			th := NewThread(in)
			var out bytes.Buffer
			th.Stdout, th.Stderr = &out, &out
			results[i], errs[i] = th.Call(work, []Value{Int(i)}, nil)
		}(i)
	}
	wg.Wait()
	for i := range results {
		if errs[i] != nil {
			t.Fatalf("thread %d: %v", i, errs[i])
		}
		if results[i] != want {
			t.Errorf("thread %d: work() = %v, want %v", i, results[i], want)
		}
	}
}
