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

// BenchmarkDictIntKeys looks up dense int keys and misses past them, the
// pattern that made linear probing cluster (every miss walked the run).
func BenchmarkDictIntKeys(b *testing.B) {
	benchScript(b, `
def run():
    table = {}
    for i in range(100000):
        table[i * 7 % 100003] = i
    hits = 0
    for i in range(300000):
        if i in table:
            hits += 1
    return hits
run()
`)
}

// BenchmarkStrIndexLong indexes a long str and calls startswith at an
// offset, which must not rescan the string for each access.
func BenchmarkStrIndexLong(b *testing.B) {
	benchScript(b, `
def run():
    text = "abc, def; " * 20000 + "\u00e9" * 10
    n = 0
    i = 0
    while i < len(text):
        if text[i] == "," or text.startswith("de", i):
            n += 1
        i += 1
    return n
run()
`)
}
