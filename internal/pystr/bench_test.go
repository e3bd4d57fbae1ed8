package pystr

import (
	"strings"
	"testing"
)

// The benchmarks compare the ASCII paths with the strings package
// functions they build on; the pystr versions should cost little more.

var benchText = strings.Repeat("the quick brown fox jumps over the lazy dog ", 200) + "needle"

func BenchmarkFind(b *testing.B) {
	b.Run("pystr", func(b *testing.B) {
		for b.Loop() {
			Find(benchText, "needle", 0, End)
		}
	})
	b.Run("strings", func(b *testing.B) {
		for b.Loop() {
			strings.Index(benchText, "needle")
		}
	})
	b.Run("pystr-start", func(b *testing.B) {
		for b.Loop() {
			Find(benchText, "needle", 10, End)
		}
	})
}

func BenchmarkSplit(b *testing.B) {
	b.Run("pystr-sep", func(b *testing.B) {
		for b.Loop() {
			Split(benchText, " ", -1)
		}
	})
	b.Run("strings-sep", func(b *testing.B) {
		for b.Loop() {
			strings.Split(benchText, " ")
		}
	})
	b.Run("pystr-space", func(b *testing.B) {
		for b.Loop() {
			SplitSpace(benchText, -1)
		}
	})
	b.Run("strings-fields", func(b *testing.B) {
		for b.Loop() {
			strings.Fields(benchText)
		}
	})
}

func BenchmarkReplace(b *testing.B) {
	b.Run("pystr", func(b *testing.B) {
		for b.Loop() {
			Replace(benchText, "fox", "cat", -1)
		}
	})
	b.Run("strings", func(b *testing.B) {
		for b.Loop() {
			strings.Replace(benchText, "fox", "cat", -1)
		}
	})
}

func BenchmarkUpper(b *testing.B) {
	b.Run("pystr", func(b *testing.B) {
		for b.Loop() {
			Upper(benchText)
		}
	})
	b.Run("strings", func(b *testing.B) {
		for b.Loop() {
			strings.ToUpper(benchText)
		}
	})
	nonASCII := strings.Repeat("ünïcödé façade straße ", 100)
	b.Run("pystr-nonascii", func(b *testing.B) {
		for b.Loop() {
			Upper(nonASCII)
		}
	})
	b.Run("strings-nonascii", func(b *testing.B) {
		for b.Loop() {
			strings.ToUpper(nonASCII)
		}
	})
}

func BenchmarkLen(b *testing.B) {
	nonASCII := strings.Repeat("ünïcödé façade straße ", 100)
	b.Run("ascii", func(b *testing.B) {
		for b.Loop() {
			Len(benchText)
		}
	})
	b.Run("nonascii", func(b *testing.B) {
		for b.Loop() {
			Len(nonASCII)
		}
	})
}
