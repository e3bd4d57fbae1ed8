package interp

// stableSort sorts perm stably by lt, a natural merge sort in the manner
// of CPython's timsort without galloping: it finds the runs already in
// order (reversing strictly descending ones), extends short runs to
// sortMinRun items by binary insertion, then merges neighbouring runs
// with a buffer. Sorted or reversed input costs n-1 comparisons, and any
// input O(n log n), which matters because every comparison may call
// Python code.
func stableSort(perm []int, lt func(a, b int) bool) {
	n := len(perm)
	if n < 2 {
		return
	}
	bounds := []int{0}
	for i := 0; i < n; {
		j := i + 1
		if j < n {
			if lt(perm[j], perm[i]) {
				for j+1 < n && lt(perm[j+1], perm[j]) {
					j++
				}
				j++
				reverseInts(perm[i:j])
			} else {
				for j+1 < n && !lt(perm[j+1], perm[j]) {
					j++
				}
				j++
			}
		}
		if end := min(n, i+sortMinRun); j < end {
			binaryInsertionSort(perm[i:end], j-i, lt)
			j = end
		}
		bounds = append(bounds, j)
		i = j
	}
	var buf []int
	for len(bounds) > 2 {
		next := bounds[:1]
		for k := 0; k+1 < len(bounds); k += 2 {
			if k+2 >= len(bounds) {
				next = append(next, bounds[k+1])
				break
			}
			lo, mid, hi := bounds[k], bounds[k+1], bounds[k+2]
			buf = mergeRuns(perm, lo, mid, hi, buf, lt)
			next = append(next, hi)
		}
		bounds = next
	}
}

const sortMinRun = 32

func reverseInts(s []int) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// binaryInsertionSort sorts s whose first k items are already sorted.
func binaryInsertionSort(s []int, k int, lt func(a, b int) bool) {
	for i := k; i < len(s); i++ {
		x := s[i]
		// The first position whose item is greater than x: after
		// every equal item, which keeps the sort stable.
		lo, hi := 0, i
		for lo < hi {
			m := int(uint(lo+hi) >> 1)
			if lt(x, s[m]) {
				hi = m
			} else {
				lo = m + 1
			}
		}
		copy(s[lo+1:i+1], s[lo:i])
		s[lo] = x
	}
}

// mergeRuns merges the sorted runs s[lo:mid] and s[mid:hi], taking from
// the left run on ties. It returns the buffer for reuse. As timsort does,
// it first leaves out the items of either run that are already in place,
// and switches to galloping (exponential then binary search for how many
// items to take from one run at once) while one run keeps winning, which
// saves comparisons on partly ordered data.
func mergeRuns(s []int, lo, mid, hi int, buf []int, lt func(a, b int) bool) []int {
	if !lt(s[mid], s[mid-1]) {
		return buf // already in order
	}
	lo += gallopRight(s[mid], s[lo:mid], lt)
	hi = mid + gallopLeft(s[mid-1], s[mid:hi], lt)
	buf = append(buf[:0], s[lo:mid]...)
	i, j, k := 0, mid, lo
	minGallop := sortMinGallop
	for i < len(buf) && j < hi {
		// One item at a time, until a run wins minGallop times in a row.
		winsA, winsB := 0, 0
		for i < len(buf) && j < hi {
			if lt(s[j], buf[i]) {
				s[k] = s[j]
				j++
				winsB++
				winsA = 0
			} else {
				s[k] = buf[i]
				i++
				winsA++
				winsB = 0
			}
			k++
			if winsA >= minGallop || winsB >= minGallop {
				break
			}
		}
		// Galloping, while it takes long stretches.
		for i < len(buf) && j < hi {
			n := gallopRight(s[j], buf[i:], lt)
			copy(s[k:], buf[i:i+n])
			k += n
			i += n
			if i >= len(buf) {
				break
			}
			s[k] = s[j] // buf[i] > s[j]
			k++
			j++
			if j >= hi {
				break
			}
			m := gallopLeft(buf[i], s[j:hi], lt)
			copy(s[k:], s[j:j+m])
			k += m
			j += m
			if j >= hi {
				break
			}
			s[k] = buf[i] // s[j] >= buf[i]
			k++
			i++
			if n < sortMinGallop && m < sortMinGallop {
				minGallop++
				break
			}
			if minGallop > 1 {
				minGallop--
			}
		}
	}
	copy(s[k:], buf[i:])
	return buf
}

const sortMinGallop = 7

// gallopRight returns how many items of the sorted run are not greater
// than key: the place of key after its equals.
func gallopRight(key int, run []int, lt func(a, b int) bool) int {
	n := len(run)
	if n == 0 || lt(key, run[0]) {
		return 0
	}
	last, ofs := 0, 1
	for ofs < n && !lt(key, run[ofs]) {
		last = ofs
		ofs = ofs*2 + 1
	}
	lo, hi := last+1, min(ofs, n)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if lt(key, run[m]) {
			hi = m
		} else {
			lo = m + 1
		}
	}
	return lo
}

// gallopLeft returns how many items of the sorted run are less than key:
// the place of key before its equals.
func gallopLeft(key int, run []int, lt func(a, b int) bool) int {
	n := len(run)
	if n == 0 || !lt(run[0], key) {
		return 0
	}
	last, ofs := 0, 1
	for ofs < n && lt(run[ofs], key) {
		last = ofs
		ofs = ofs*2 + 1
	}
	lo, hi := last+1, min(ofs, n)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if lt(run[m], key) {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// sortValues sorts items stably by key, as list.sort does. A descending
// sort compares with the operands swapped, which keeps equal items in
// their original order as CPython's reverse=True does.
func sortValues(t *Thread, items []Value, key Value, reverse bool) error {
	keys := items
	if key != nil && key != None {
		keys = make([]Value, len(items))
		for i, it := range items {
			k, err := t.Call(key, []Value{it}, nil)
			if err != nil {
				return err
			}
			keys[i] = k
		}
	}
	idx := make([]int, len(items))
	for i := range idx {
		idx[i] = i
	}
	var err error
	general := func(a, b int) bool {
		if err != nil {
			return false
		}
		r, e := Less(t, keys[a], keys[b])
		if e != nil {
			err = e
		}
		return r
	}
	less := cmpKeyLess(t, keys, &err)
	if less == nil {
		less = sortKeyLess(keys, general)
	}
	if reverse {
		stableSort(idx, func(a, b int) bool { return less(b, a) })
	} else {
		stableSort(idx, less)
	}
	if err != nil {
		return err
	}
	sorted := make([]Value, len(items))
	for i, j := range idx {
		sorted[i] = items[j]
	}
	copy(items, sorted)
	return nil
}

// sortKeyLess returns the comparison of keys at two positions. When every
// key is an int, every key a str, or every key a tuple whose first item is
// an int (or a str), the keys (or first items) are copied out once so that
// most comparisons read them directly, as CPython's sort specializes its
// comparisons; general compares any two keys.
func sortKeyLess(keys []Value, general func(a, b int) bool) func(a, b int) bool {
	if len(keys) < 2 {
		return general
	}
	switch keys[0].(type) {
	case Int:
		ints := make([]Int, len(keys))
		for i, k := range keys {
			x, ok := k.(Int)
			if !ok {
				return general
			}
			ints[i] = x
		}
		return func(a, b int) bool { return ints[a] < ints[b] }
	case Str:
		strs := make([]Str, len(keys))
		for i, k := range keys {
			x, ok := k.(Str)
			if !ok {
				return general
			}
			strs[i] = x
		}
		return func(a, b int) bool { return strs[a] < strs[b] }
	case Tuple:
		first := make([]Value, len(keys))
		for i, k := range keys {
			x, ok := k.(Tuple)
			if !ok || len(x) == 0 {
				return general
			}
			first[i] = x[0]
		}
		switch first[0].(type) {
		case Int:
			ints := make([]Int, len(keys))
			for i, k := range first {
				x, ok := k.(Int)
				if !ok {
					return general
				}
				ints[i] = x
			}
			return func(a, b int) bool {
				if ints[a] != ints[b] {
					return ints[a] < ints[b]
				}
				return general(a, b)
			}
		case Str:
			strs := make([]Str, len(keys))
			for i, k := range first {
				x, ok := k.(Str)
				if !ok {
					return general
				}
				strs[i] = x
			}
			return func(a, b int) bool {
				if strs[a] != strs[b] {
					return strs[a] < strs[b]
				}
				return general(a, b)
			}
		}
	}
	return general
}
