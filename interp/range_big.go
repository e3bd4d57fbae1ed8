package interp

import (
	"fmt"
	"math/big"
)

// bigRange holds the bounds of a range whose start, stop, step or length
// do not fit in int64 (range(10**20)). Such a range is a *rangeValue whose
// big field is set; its int64 fields are then unused. Ranges that fit stay
// on the int64 fast path.
type bigRange struct {
	start, stop, step, length *big.Int
}

// rangeArg converts an argument of range() to a *big.Int.
func rangeArg(t *Thread, v Value) (*big.Int, error) {
	switch x := v.(type) {
	case Int:
		return big.NewInt(int64(x)), nil
	case Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case *BigInt:
		return &x.V, nil
	case *Object:
		if x.Base != nil {
			if r, err := rangeArg(t, x.Base); err == nil {
				return r, nil
			}
		}
		if m := x.Class.Lookup("__index__"); m != nil && t != nil {
			r, err := callDunder(t, m, v)
			if err != nil {
				return nil, err
			}
			switch r.(type) {
			case Int, Bool, *BigInt:
				return rangeArg(t, r)
			}
			return nil, Errorf(TypeErrorType, "__index__ returned non-int (type %s)", TypeName(r))
		}
	}
	return nil, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// bigRangeLength is the number of items of range(start, stop, step).
func bigRangeLength(start, stop, step *big.Int) *big.Int {
	n := new(big.Int)
	if step.Sign() > 0 && start.Cmp(stop) < 0 {
		n.Sub(stop, start)
		n.Add(n, step)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, step)
	} else if step.Sign() < 0 && start.Cmp(stop) > 0 {
		n.Sub(start, stop)
		n.Sub(n, step)
		n.Sub(n, big.NewInt(1))
		n.Quo(n, new(big.Int).Neg(step))
	}
	return n
}

const maxRangeLen = 1 << 62

// makeRange returns range(start, stop, step), on int64 when everything,
// the length included, fits.
func makeRange(start, stop, step *big.Int) *rangeValue {
	n := bigRangeLength(start, stop, step)
	if start.IsInt64() && stop.IsInt64() && step.IsInt64() && n.Cmp(big.NewInt(maxRangeLen)) < 0 {
		// stop + step must not overflow while iterating
		s := new(big.Int).Add(stop, step)
		e := new(big.Int).Add(start, new(big.Int).Mul(n, step))
		if s.IsInt64() && e.IsInt64() {
			return &rangeValue{start.Int64(), stop.Int64(), step.Int64(), nil}
		}
	}
	return &rangeValue{big: &bigRange{start: start, stop: stop, step: step, length: n}}
}

// bounds returns the range's start, stop and step as big ints.
func (r *rangeValue) bounds() (start, stop, step *big.Int) {
	if r.big != nil {
		return r.big.start, r.big.stop, r.big.step
	}
	return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step)
}

// bigLength is len(r) as a big int.
func (r *rangeValue) bigLength() *big.Int {
	if r.big != nil {
		return r.big.length
	}
	return big.NewInt(int64(r.length()))
}

func (r *rangeValue) nonEmpty() bool {
	if r.big != nil {
		return r.big.length.Sign() > 0
	}
	return r.length() != 0
}

func (r *rangeValue) repr() string {
	start, stop, step := r.bounds()
	if step.Cmp(big.NewInt(1)) == 0 {
		return fmt.Sprintf("range(%s, %s)", start, stop)
	}
	return fmt.Sprintf("range(%s, %s, %s)", start, stop, step)
}

// containsBig reports whether the int i is in the range.
func (r *rangeValue) containsBig(i *big.Int) bool {
	start, stop, step := r.bounds()
	if step.Sign() > 0 {
		if i.Cmp(start) < 0 || i.Cmp(stop) >= 0 {
			return false
		}
	} else if i.Cmp(start) > 0 || i.Cmp(stop) <= 0 {
		return false
	}
	d := new(big.Int).Sub(i, start)
	return d.Rem(d, step).Sign() == 0
}

// bigGetItem is r[k] for a range with big bounds or a big index.
func bigRangeGetItem(t *Thread, r *rangeValue, k Value) (Value, error) {
	start, _, step := r.bounds()
	n := r.bigLength()
	if s, ok := k.(*Slice); ok {
		a, b, c, err := bigSliceIndices(t, s, n)
		if err != nil {
			return nil, err
		}
		ns := new(big.Int).Add(start, new(big.Int).Mul(a, step))
		ne := new(big.Int).Add(start, new(big.Int).Mul(b, step))
		return makeRange(ns, ne, new(big.Int).Mul(step, c)), nil
	}
	i, err := rangeArg(t, k)
	if err != nil {
		return nil, Errorf(TypeErrorType, "range indices must be integers or slices, not %s", TypeName(k))
	}
	i = new(big.Int).Set(i)
	if i.Sign() < 0 {
		i.Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return nil, Errorf(IndexErrorType, "range object index out of range")
	}
	return MakeBig(i.Add(start, i.Mul(i, step))), nil
}

// bigRangeIter iterates a range with big bounds.
type bigRangeIter struct {
	next, step *big.Int
	left       *big.Int
}

func (*bigRangeIter) Type() *Type { return rangeIteratorType }

// Next returns the next item.
func (it *bigRangeIter) Next(t *Thread) (Value, bool, error) {
	if it.left.Sign() <= 0 {
		return nil, false, nil
	}
	v := MakeBig(new(big.Int).Set(it.next))
	it.next = new(big.Int).Add(it.next, it.step)
	it.left = new(big.Int).Sub(it.left, big.NewInt(1))
	return v, true, nil
}

func (r *rangeValue) bigIter() *bigRangeIter {
	start, _, step := r.bounds()
	return &bigRangeIter{next: start, step: step, left: r.bigLength()}
}

// hash is hash(range): equal ranges (same length, first item and, for
// two items or more, step) hash alike.
func (r *rangeValue) hash(t *Thread) (int64, error) {
	n := r.bigLength()
	start, _, step := r.bounds()
	key := Tuple{MakeBig(n), None, None}
	if n.Sign() > 0 {
		key[1] = MakeBig(start)
		if n.Cmp(big.NewInt(1)) != 0 {
			key[2] = MakeBig(step)
		}
	}
	return Hash(t, key)
}

// bigSliceIndices is slice.indices(n) on big ints.
func bigSliceIndices(t *Thread, s *Slice, n *big.Int) (start, stop, step *big.Int, err error) {
	get := func(v Value) (*big.Int, error) {
		if v == None {
			return nil, nil
		}
		r, err := rangeArg(t, v)
		if err != nil {
			return nil, Errorf(TypeErrorType, "slice indices must be integers or None or have an __index__ method")
		}
		return new(big.Int).Set(r), nil
	}
	if step, err = get(s.Step); err != nil {
		return
	}
	if step == nil {
		step = big.NewInt(1)
	}
	if step.Sign() == 0 {
		return nil, nil, nil, Errorf(ValueErrorType, "slice step cannot be zero")
	}
	neg := step.Sign() < 0
	lower, upper := big.NewInt(0), new(big.Int).Set(n)
	if neg {
		lower, upper = big.NewInt(-1), new(big.Int).Sub(n, big.NewInt(1))
	}
	clamp := func(v *big.Int, def *big.Int) *big.Int {
		if v == nil {
			return def
		}
		if v.Sign() < 0 {
			v.Add(v, n)
			if v.Cmp(lower) < 0 {
				return new(big.Int).Set(lower)
			}
			return v
		}
		if v.Cmp(upper) > 0 {
			return new(big.Int).Set(upper)
		}
		return v
	}
	a, err := get(s.Start)
	if err != nil {
		return nil, nil, nil, err
	}
	b, err := get(s.Stop)
	if err != nil {
		return nil, nil, nil, err
	}
	if neg {
		start, stop = clamp(a, upper), clamp(b, lower)
	} else {
		start, stop = clamp(a, lower), clamp(b, upper)
	}
	return start, stop, step, nil
}
