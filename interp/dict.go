package interp

import "hash/maphash"

// Dict is a Python dict: entries in insertion order, and an open-addressing
// index of entry positions by hash. Deleted entries keep their slot as a
// tombstone (key nil) until the table is compacted, so that iteration order
// and the index stay consistent.
//
// Lookups by a Str key from Go (globals, class namespaces, attributes) take
// GetStr/SetStr, which compare strings directly and never call Python.
type Dict struct {
	entries []dictEntry
	index   []int32 // -1 empty; else a position in entries
	live    int
	// version changes on every insertion or deletion so that iterators can
	// report "dictionary changed size during iteration".
	version uint64
}

type dictEntry struct {
	hash  int64
	key   Value
	value Value
}

// NewDict makes an empty dict.
func NewDict() *Dict { return &Dict{} }

// Type returns dict.
func (d *Dict) Type() *Type { return DictType }

// Len returns the number of items.
func (d *Dict) Len() int { return d.live }

var strSeed = maphash.MakeSeed()

// strHash is the hash of a str; it is randomized per run, as CPython's is.
func strHash(s string) int64 {
	h := int64(maphash.String(strSeed, s))
	if h == -1 {
		h = -2
	}
	return h
}

const dictLinearMax = 8

// The index is probed as CPython probes its dicts: the next slot mixes in
// the hash's higher bits (perturb) so that keys whose low bits collide, as
// runs of small ints do, spread over the table instead of piling into one
// long cluster; once perturb is spent, i*5+1 visits every slot.
//
//	i, perturb := firstProbe(h, mask)
//	for ; ; i, perturb = nextProbe(i, perturb, mask) { ... }

func firstProbe(h int64, mask int) (int, uint64) {
	return int(uint64(h)) & mask, uint64(h)
}

func nextProbe(i int, perturb uint64, mask int) (int, uint64) {
	perturb >>= 5
	return (i*5 + int(perturb) + 1) & mask, perturb
}

// find returns the position in entries of key, or -1. It calls Python
// __eq__ where key or a colliding key needs it.
func (d *Dict) find(t *Thread, key Value, h int64) (int, error) {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.key == nil || e.hash != h {
				continue
			}
			eq, err := keysEqual(t, e.key, key)
			if err != nil {
				return -1, err
			}
			if eq {
				return i, nil
			}
		}
		return -1, nil
	}
	mask := len(d.index) - 1
	for i, perturb := firstProbe(h, mask); ; i, perturb = nextProbe(i, perturb, mask) {
		ix := d.index[i]
		if ix < 0 {
			return -1, nil
		}
		e := &d.entries[ix]
		if e.key == nil || e.hash != h {
			continue
		}
		eq, err := keysEqual(t, e.key, key)
		if err != nil {
			return -1, err
		}
		if eq {
			return int(ix), nil
		}
	}
}

// keysEqual compares dict keys: identity first, as CPython does.
func keysEqual(t *Thread, a, b Value) (bool, error) {
	switch x := a.(type) {
	case Str:
		if y, ok := b.(Str); ok {
			return x == y, nil
		}
	case Int:
		if y, ok := b.(Int); ok {
			return x == y, nil
		}
	}
	if Is(a, b) {
		return true, nil
	}
	return Equal(t, a, b)
}

func (d *Dict) findStr(s string, h int64) int {
	if d.index == nil {
		for i := range d.entries {
			e := &d.entries[i]
			if e.hash == h {
				if k, ok := e.key.(Str); ok && string(k) == s {
					return i
				}
			}
		}
		return -1
	}
	mask := len(d.index) - 1
	for i, perturb := firstProbe(h, mask); ; i, perturb = nextProbe(i, perturb, mask) {
		ix := d.index[i]
		if ix < 0 {
			return -1
		}
		e := &d.entries[ix]
		if e.hash == h {
			if k, ok := e.key.(Str); ok && string(k) == s {
				return int(ix)
			}
		}
	}
}

// GetStrHash is GetStr with the key's hash already computed (code objects
// keep the hashes of their names).
func (d *Dict) GetStrHash(s string, h int64) (Value, bool) {
	if d.live == 0 {
		return nil, false
	}
	i := d.findStr(s, h)
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// GetStr looks up a str key without calling Python.
func (d *Dict) GetStr(s string) (Value, bool) {
	if d.live == 0 {
		return nil, false
	}
	i := d.findStr(s, strHash(s))
	if i < 0 {
		return nil, false
	}
	return d.entries[i].value, true
}

// SetStr stores a str key without calling Python.
func (d *Dict) SetStr(s string, v Value) {
	h := strHash(s)
	if i := d.findStr(s, h); i >= 0 {
		d.entries[i].value = v
		return
	}
	d.insert(h, Str(s), v)
}

// setStrKey is SetStr with the key's hash known and the key already
// boxed as a Str value.
func (d *Dict) setStrKey(s string, key Value, h int64, v Value) {
	if i := d.findStr(s, h); i >= 0 {
		d.entries[i].value = v
		return
	}
	d.insert(h, key, v)
}

// DelStr removes a str key, reporting whether it was there.
func (d *Dict) DelStr(s string) bool {
	i := d.findStr(s, strHash(s))
	if i < 0 {
		return false
	}
	d.removeAt(i)
	return true
}

// Get looks up key, calling its __hash__ and __eq__ where needed.
func (d *Dict) Get(t *Thread, key Value) (Value, bool, error) {
	if s, ok := key.(Str); ok {
		v, ok := d.GetStr(string(s))
		return v, ok, nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return nil, false, err
	}
	if d.live == 0 {
		return nil, false, nil
	}
	i, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return nil, false, err
	}
	return d.entries[i].value, true, nil
}

// Set stores key: value.
func (d *Dict) Set(t *Thread, key, v Value) error {
	if s, ok := key.(Str); ok {
		d.SetStr(string(s), v)
		return nil
	}
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	i, err := d.find(t, key, h)
	if err != nil {
		return err
	}
	if i >= 0 {
		d.entries[i].value = v
		return nil
	}
	d.insert(h, key, v)
	return nil
}

// Delete removes key, reporting whether it was present.
func (d *Dict) Delete(t *Thread, key Value) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := d.find(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	d.removeAt(i)
	return true, nil
}

func (d *Dict) removeAt(i int) {
	d.entries[i] = dictEntry{}
	d.live--
	d.version++
	if d.live == 0 {
		d.entries = d.entries[:0]
		d.index = nil
		return
	}
	if len(d.entries) > 16 && d.live < len(d.entries)/2 {
		d.compact()
	}
}

func (d *Dict) insert(h int64, key, v Value) {
	if cap(d.entries) == 0 {
		// Room for a few items at once: instance dicts and small
		// literals would otherwise grow one entry, then two, then four.
		d.entries = make([]dictEntry, 0, 4)
	}
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: v})
	d.live++
	d.version++
	if d.index == nil {
		if len(d.entries) > dictLinearMax {
			d.rebuildIndex()
		}
		return
	}
	if len(d.entries)*3 >= len(d.index)*2 {
		d.rebuildIndex()
		return
	}
	d.place(h, int32(len(d.entries)-1))
}

func (d *Dict) place(h int64, pos int32) {
	mask := len(d.index) - 1
	i, perturb := firstProbe(h, mask)
	for d.index[i] >= 0 {
		i, perturb = nextProbe(i, perturb, mask)
	}
	d.index[i] = pos
}

func (d *Dict) compact() {
	out := d.entries[:0]
	for _, e := range d.entries {
		if e.key != nil {
			out = append(out, e)
		}
	}
	for i := len(out); i < len(d.entries); i++ {
		d.entries[i] = dictEntry{}
	}
	d.entries = out
	if d.index != nil || len(out) > dictLinearMax {
		d.rebuildIndex()
	}
}

func (d *Dict) rebuildIndex() {
	n := 16
	for n*2 < len(d.entries)*3+2 {
		n *= 2
	}
	d.index = make([]int32, n)
	for i := range d.index {
		d.index[i] = -1
	}
	for i, e := range d.entries {
		if e.key != nil {
			d.place(e.hash, int32(i))
		}
	}
}

// Keys returns the keys in insertion order.
func (d *Dict) Keys() []Value {
	ks := make([]Value, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			ks = append(ks, e.key)
		}
	}
	return ks
}

// Items calls f for each item in order until it returns false.
func (d *Dict) Items(f func(k, v Value) bool) {
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key != nil && !f(e.key, e.value) {
			return
		}
	}
}

// Clear removes every item.
func (d *Dict) Clear() {
	d.entries = nil
	d.index = nil
	d.live = 0
	d.version++
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := &Dict{live: d.live}
	n.entries = make([]dictEntry, 0, d.live)
	for _, e := range d.entries {
		if e.key != nil {
			n.entries = append(n.entries, e)
		}
	}
	if len(n.entries) > dictLinearMax {
		n.rebuildIndex()
	}
	return n
}

// entryAt returns the i-th slot of the entry array (for iterators), which
// may be a tombstone (key nil).
func (d *Dict) entryAt(i int) (dictEntry, bool) {
	if i >= len(d.entries) {
		return dictEntry{}, false
	}
	return d.entries[i], true
}
