package interp

import "testing"

// The speed benchmarks run the same programs as bench/*.py would under
// python3; compare with `python3 -m timeit` figures in the report.

func benchScript(b *testing.B, src string) {
	code, err := CompileFile("bench.py", []byte(src))
	if err != nil {
		b.Fatal(err)
	}
	in := NewInterpreter()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		th := NewThread(in)
		th.StartModule(code, NewDict())
		if r := th.Run(0); r.Kind != Finished {
			b.Fatalf("%v %v", r.Kind, r.Err)
		}
	}
}

func BenchmarkFib25(b *testing.B) {
	benchScript(b, `
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)
fib(25)
`)
}

func BenchmarkLoopArith(b *testing.B) {
	benchScript(b, `
def loop():
    total = 0
    for i in range(1000000):
        total += i * 2 % 7
    return total
loop()
`)
}

func BenchmarkMethodCalls(b *testing.B) {
	benchScript(b, `
class Counter:
    def __init__(self):
        self.n = 0
    def inc(self, k):
        self.n += k
def run():
    c = Counter()
    for i in range(300000):
        c.inc(i)
    return c.n
run()
`)
}
