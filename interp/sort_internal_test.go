package interp

import (
	"math/rand"
	"sort"
	"testing"
)

func TestStableSort(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for _, n := range []int{0, 1, 2, 5, 31, 32, 33, 100, 1000, 150000} {
		for _, kind := range []string{"rand", "sorted", "rev", "dups", "blocks", "mod", "saw"} {
			keys := make([]int, n)
			for i := range keys {
				switch kind {
				case "rand":
					keys[i] = r.Intn(1 << 30)
				case "sorted":
					keys[i] = i
				case "rev":
					keys[i] = n - i
				case "dups":
					keys[i] = r.Intn(4)
				case "blocks": // sorted blocks of random length
					keys[i] = (i%97)*1000 + r.Intn(3)
				case "mod": // a descending order by i mod 1000
					keys[i] = -(i%1000)*1000000 + i
				case "saw":
					keys[i] = i % 50
				}
			}
			perm := make([]int, n)
			for i := range perm {
				perm[i] = i
			}
			calls := 0
			stableSort(perm, func(a, b int) bool { calls++; return keys[a] < keys[b] })
			want := make([]int, n)
			for i := range want {
				want[i] = i
			}
			sort.SliceStable(want, func(a, b int) bool { return keys[want[a]] < keys[want[b]] })
			for i := range perm {
				if perm[i] != want[i] {
					t.Fatalf("n=%d %s: position %d is %d, want %d", n, kind, i, perm[i], want[i])
				}
			}
			// n log2 n comparisons at most, n-1 for sorted input.
			limit := n * 18
			if kind == "sorted" && n > 0 {
				limit = n - 1
			}
			if calls > limit {
				t.Errorf("n=%d %s: %d comparisons, want at most %d", n, kind, calls, limit)
			}
		}
	}
}
