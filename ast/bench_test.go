package ast_test

import (
	"os"
	"runtime"
	"sync"
	"testing"
	"time"

	"github.com/rebeam/rebeam/ast"
)

// benchCorpus is the standard library loaded into memory once per run.
type benchCorpus struct {
	files []benchFile
	bytes int64
	// rejected counts the files ParseFile rejects (CPython rejects 9).
	rejected int
	// liveBytes is the heap that the trees of the whole corpus hold,
	// measured once with all of them alive.
	liveBytes uint64
	// cpython is CPython's ast.parse over the same files in this run.
	cpythonBytes   int64
	cpythonElapsed time.Duration
	cpythonErr     error
}

type benchFile struct {
	path string
	src  []byte
}

var (
	benchOnce sync.Once
	benchVal  *benchCorpus
	benchErr  string
)

// loadBenchCorpus reads the corpus, checks that ParseFile survives every
// file, measures the heap its trees hold, and times CPython on the same
// files: all of it once, outside any timed section.
func loadBenchCorpus(b *testing.B) *benchCorpus {
	py := findPython(b)
	benchOnce.Do(func() {
		c := &benchCorpus{}
		var paths []string
		for _, f := range py.stdlibFiles(b) {
			src, err := os.ReadFile(f.path)
			if err != nil {
				benchErr = err.Error()
				return
			}
			c.files = append(c.files, benchFile{f.path, src})
			c.bytes += int64(len(src))
			paths = append(paths, f.path)
		}

		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		trees := make([]ast.ModNode, len(c.files))
		for i, f := range c.files {
			res := parseGo(f.path, f.src, ast.ModeExec)
			if res.Panic != "" {
				benchErr = f.path + ": ast.ParseFile panicked: " + res.Panic
				return
			}
			if res.Err != nil {
				c.rejected++
			}
			trees[i] = res.Tree
		}
		runtime.GC()
		runtime.ReadMemStats(&after)
		runtime.KeepAlive(trees)
		if after.HeapAlloc > before.HeapAlloc {
			c.liveBytes = after.HeapAlloc - before.HeapAlloc
		}
		trees = nil
		runtime.GC()

		c.cpythonBytes, c.cpythonElapsed, c.cpythonErr = py.timeParse(paths)
		benchVal = c
	})
	if benchVal == nil {
		b.Fatal(benchErr)
	}
	return benchVal
}

// BenchmarkParseStdlib parses the whole standard library, the same .py
// files as TestStdlib, with type comments as `python3 -m ast` does. Beside
// Go's MB/s it reports:
//
//	cpython-MB/s    CPython's ast.parse over the same files, measured once
//	                in the same run
//	x-cpython       how many times CPython's rate rebeam's is (goal: 10)
//	alloc-B/srcB    bytes allocated per source byte parsed
//	live-B/srcB     bytes the finished trees hold per source byte
func BenchmarkParseStdlib(b *testing.B) {
	c := loadBenchCorpus(b)
	b.SetBytes(c.bytes)
	b.ReportAllocs()
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	b.ResetTimer()
	for range b.N {
		for _, f := range c.files {
			ast.ParseFile(f.path, f.src, ast.ModeExec, true)
		}
	}
	b.StopTimer()
	runtime.ReadMemStats(&after)

	source := float64(c.bytes) * float64(b.N)
	rate := source / b.Elapsed().Seconds() / 1e6
	b.ReportMetric(float64(after.TotalAlloc-before.TotalAlloc)/source, "alloc-B/srcB")
	b.ReportMetric(float64(c.liveBytes)/float64(c.bytes), "live-B/srcB")
	if c.cpythonErr != nil {
		b.Logf("no CPython rate to compare with: %v", c.cpythonErr)
		return
	}
	cpython := float64(c.cpythonBytes) / c.cpythonElapsed.Seconds() / 1e6
	b.ReportMetric(cpython, "cpython-MB/s")
	b.ReportMetric(rate/cpython, "x-cpython")
	b.Logf("%d files, %.1f MB (%d rejected): rebeam %.1f MB/s, CPython ast.parse %.1f MB/s, %.1fx; %.1f bytes allocated and %.1f held per source byte",
		len(c.files), float64(c.bytes)/1e6, c.rejected, rate, cpython, rate/cpython,
		float64(after.TotalAlloc-before.TotalAlloc)/source, float64(c.liveBytes)/float64(c.bytes))
}
