package interp

import (
	"bytes"
	"fmt"
	"os"
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

// A thread assigning class attributes while others read them through
// instances, methods, super() and the class itself: the class namespace
// is shared, so writes and the lookup caches must not race (-race).
const parallelClassWrites = `
class Base:
    limit = 0
    def get(self):
        return self.limit

class Child(Base):
    def get(self):
        return super().get() + type(self).limit * 0

def reader(n):
    c = Child()
    seen = 0
    for i in range(n):
        seen = max(seen, c.get(), Child.limit, Base.limit, getattr(Base, "extra", 0))
    return seen

def writer(n):
    for i in range(n):
        Base.limit = i
        Base.extra = i
        del Base.extra
        Child.__doc__ = str(i)
    return n
`

func TestParallelClassAttributeWrites(t *testing.T) {
	code, err := CompileFile("classwrites.py", []byte(parallelClassWrites))
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
	reader, _ := g.GetStr("reader")
	writer, _ := g.GetStr("writer")
	const n = 2000
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			fn := reader
			if i == 0 {
				fn = writer
			}
			_, errs[i] = NewThread(in).Call(fn, []Value{Int(n)}, nil)
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("thread %d: %v", i, err)
		}
	}
	// After the writer is done, every reader sees its last value.
	got, err := main.Call(reader, []Value{Int(1)}, nil)
	if err != nil || got != Int(n-1) {
		t.Errorf("reader(1) after the writes = %v, %v; want %d", got, err, n-1)
	}
}

// A thread setting and deleting __getattribute__ and __setattr__ on a
// class while others get and set attributes on instances of it and of a
// subclass: the cached hooks of both classes are refreshed as they are
// read, so they must be published safely (-race).
const parallelAttrHooks = `
class Base:
    pass

class Child(Base):
    pass

def passthrough_get(self, name):
    return object.__getattribute__(self, name)

def passthrough_set(self, name, value):
    object.__setattr__(self, name, value)

def reader(n):
    objs = [Base(), Child()]
    total = 0
    for i in range(n):
        o = objs[i % 2]
        o.x = i
        total += o.x - i
    return total

def writer(n):
    for i in range(n):
        Base.__getattribute__ = passthrough_get
        Base.__setattr__ = passthrough_set
        del Base.__getattribute__
        del Base.__setattr__
    def doubled(self, name):
        v = object.__getattribute__(self, name)
        return v * 2 if name == "x" else v
    Base.__getattribute__ = doubled
    return n

def check():
    c = Child()
    c.x = 21
    return c.x
`

func TestParallelAttrHookWrites(t *testing.T) {
	code, err := CompileFile("attrhooks.py", []byte(parallelAttrHooks))
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
	reader, _ := g.GetStr("reader")
	writer, _ := g.GetStr("writer")
	check, _ := g.GetStr("check")
	const n = 1000
	var wg sync.WaitGroup
	errs := make([]error, 4)
	for i := range errs {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			if i == 0 {
				_, errs[i] = NewThread(in).Call(writer, []Value{Int(n)}, nil)
				return
			}
			// The hooks pass values through unchanged until the writer's
			// last one, which may double x for the reader's last reads.
			_, errs[i] = NewThread(in).Call(reader, []Value{Int(n)}, nil)
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Errorf("thread %d: %v", i, err)
		}
	}
	// The last __getattribute__ set on Base reaches Child's cache.
	got, err := main.Call(check, nil, nil)
	if err != nil || got != Int(42) {
		t.Errorf("check() after the writes = %v, %v; want 42", got, err)
	}
}

// Threads importing the same modules at once: each module body runs once,
// every thread gets the same module object, and a thread that finds a
// module still being run by another waits for it to finish, as CPython's
// per-module import locks make it (-race checks the module table).
func TestParallelImports(t *testing.T) {
	files := map[string]string{
		"/lib/counted.py": "import sys\nsys.loads = getattr(sys, 'loads', 0) + 1\ntotal = 0\nfor i in range(3000):\n    total += i\nimport helper\nready = helper.value + 1\n",
		"/lib/helper.py":  "import sys\nsys.helper_loads = getattr(sys, 'helper_loads', 0) + 1\nvalue = sum(range(2000))\n",
		// two modules that import each other, entered from both ends
		"/lib/ping.py":         "import pong\nping_ready = True\n",
		"/lib/pong.py":         "import ping\npong_ready = True\n",
		"/lib/pkg/__init__.py": "from . import sub\nname = 'pkg'\n",
		"/lib/pkg/sub.py":      "import counted\nvalue = counted.ready\n",
	}
	in := NewInterpreter()
	in.ReadFile = func(name string) ([]byte, error) {
		if src, ok := files[name]; ok {
			return []byte(src), nil
		}
		return nil, os.ErrNotExist
	}
	in.Path.Items = append(in.Path.Items, Str("/lib"))
	src := []string{
		"import counted\nresult = (counted.ready, counted.total)\n",
		"import pkg.sub\nresult = (pkg.sub.value, pkg.name)\n",
		"from counted import ready, total\nresult = (ready, total)\n",
		"import ping\nresult = ping.ping_ready\n",
		"import pong\nresult = pong.pong_ready\n",
	}
	const threads = 10
	var wg sync.WaitGroup
	results := make([]Value, threads)
	errs := make([]error, threads)
	for i := 0; i < threads; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			code, err := CompileFile("main.py", []byte(src[i%len(src)]))
			if err != nil {
				errs[i] = err
				return
			}
			g := NewDict()
			g.SetStr("__name__", Str("__main__"))
			th := NewThread(in)
			th.StartModule(code, g)
			if r := th.Run(0); r.Kind != Finished {
				errs[i] = fmt.Errorf("%v %v", r.Kind, r.Err)
				return
			}
			results[i], _ = g.GetStr("result")
		}(i)
	}
	wg.Wait()
	for i, err := range errs {
		if err != nil {
			t.Fatalf("thread %d: %v", i, err)
		}
	}
	for name, want := range map[string]Value{"loads": Int(1), "helper_loads": Int(1)} {
		if got, _ := in.Sys.Dict.GetStr(name); got != want {
			t.Errorf("sys.%s = %v, want %v: a module body ran more than once", name, got, want)
		}
	}
	want := Tuple{Int(2000*1999/2 + 1), Int(3000 * 2999 / 2)}
	for i, r := range results {
		switch i % len(src) {
		case 0, 2:
			if tu, ok := r.(Tuple); !ok || tu[0] != want[0] || tu[1] != want[1] {
				t.Errorf("thread %d: result %v, want %v", i, r, want)
			}
		case 1:
			if tu, ok := r.(Tuple); !ok || tu[0] != want[0] || tu[1] != Str("pkg") {
				t.Errorf("thread %d: result %v", i, r)
			}
		default:
			if r != True {
				t.Errorf("thread %d: result %v", i, r)
			}
		}
	}
}
