package pystr

// Offsets makes repeated indexing of one long non-ASCII str cheap. Index
// and Slice walk the text from an end on each call, so a Python loop that
// indexes every character of a str would take quadratic time; an Offsets,
// built once in one pass (the interpreter can keep it beside the str),
// records the byte offset of every 32nd code point, so that finding any
// index walks at most 31 characters.
type Offsets struct {
	s      string
	n      int   // length in code points
	ascii  bool  // code point index == byte offset
	checks []int // checks[k] is the byte offset of code point 32*k
}

const offsetStride = 32

// NewOffsets scans s once.
func NewOffsets(s string) *Offsets {
	o := &Offsets{s: s}
	if IsASCII(s) {
		o.ascii, o.n = true, len(s)
		return o
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i]&0xC0 != 0x80 {
			if n%offsetStride == 0 {
				o.checks = append(o.checks, i)
			}
			n++
		}
	}
	o.n = n
	return o
}

// Len returns the length of the str in code points.
func (o *Offsets) Len() int { return o.n }

// ByteOffset returns the byte offset of code point index i, 0 <= i <= Len().
func (o *Offsets) ByteOffset(i int) int {
	if o.ascii {
		return i
	}
	if i >= o.n {
		return len(o.s)
	}
	k := i / offsetStride
	return byteOffset(o.s, o.checks[k], k*offsetStride, i)
}

// Index returns s[i] like the function Index, in time independent of i.
func (o *Offsets) Index(i int) (string, bool) {
	if i < 0 {
		i += o.n
	}
	if i < 0 || i >= o.n {
		return "", false
	}
	start := o.ByteOffset(i)
	if o.ascii {
		return o.s[start : start+1], true
	}
	_, size := decodeRune(o.s[start:])
	return o.s[start : start+size], true
}

// Slice returns s[start:stop:step] like the function Slice, for indices
// normalised against Len().
func (o *Offsets) Slice(start, stop, step int) string {
	if step == 1 {
		if start >= stop {
			return ""
		}
		return o.s[o.ByteOffset(start):o.ByteOffset(stop)]
	}
	if o.ascii {
		return Slice(o.s, start, stop, step)
	}
	count := 0
	if step > 0 && start < stop {
		count = (stop-start-1)/step + 1
	} else if step < 0 && stop < start {
		count = (start-stop-1)/(-step) + 1
	}
	out := make([]byte, 0, count)
	for k, i := 0, start; k < count; k, i = k+1, i+step {
		ch, _ := o.Index(i)
		out = append(out, ch...)
	}
	return string(out)
}
