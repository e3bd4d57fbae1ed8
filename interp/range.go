package interp

import "math/big"

// rangeValue is a Python range.
type rangeValue struct {
	start, stop, step int64
	big               *bigRange // set when the bounds do not fit in int64 (range_big.go)
}

func (*rangeValue) Type() *Type { return RangeType }

func (r *rangeValue) length() int {
	if r.step > 0 && r.start < r.stop {
		return int((r.stop - r.start + r.step - 1) / r.step)
	}
	if r.step < 0 && r.start > r.stop {
		return int((r.start - r.stop - r.step - 1) / -r.step)
	}
	return 0
}

func rangeContains(r *rangeValue, i int64) bool {
	if r.step > 0 {
		if i < r.start || i >= r.stop {
			return false
		}
	} else if i > r.start || i <= r.stop {
		return false
	}
	return (i-r.start)%r.step == 0
}

func rangeEqual(a, b *rangeValue) bool {
	if a.big != nil || b.big != nil {
		na, nb := a.bigLength(), b.bigLength()
		if na.Cmp(nb) != 0 {
			return false
		}
		if na.Sign() == 0 {
			return true
		}
		sa, _, pa := a.bounds()
		sb, _, pb := b.bounds()
		return sa.Cmp(sb) == 0 && (na.Cmp(big.NewInt(1)) == 0 || pa.Cmp(pb) == 0)
	}
	na, nb := a.length(), b.length()
	if na != nb {
		return false
	}
	if na == 0 {
		return true
	}
	if a.start != b.start {
		return false
	}
	return na == 1 || a.step == b.step
}

func rangeGetItem(t *Thread, r *rangeValue, k Value) (Value, error) {
	_, bigIndex := k.(*BigInt)
	if sl, ok := k.(*Slice); ok && !bigIndex {
		_, a := sl.Start.(*BigInt)
		_, b := sl.Stop.(*BigInt)
		_, c := sl.Step.(*BigInt)
		bigIndex = a || b || c
	}
	if r.big != nil || bigIndex {
		return bigRangeGetItem(t, r, k)
	}
	n := r.length()
	if s, ok := k.(*Slice); ok {
		start, stop, step, err := s.indices(n)
		if err != nil {
			return nil, err
		}
		return &rangeValue{r.start + int64(start)*r.step, r.start + int64(stop)*r.step, r.step * int64(step), nil}, nil
	}
	i, err := seqIndexOf(t, k, n, "range object")
	if err != nil {
		return nil, err
	}
	return Int(r.start + int64(i)*r.step), nil
}

func init() {
	SliceType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if err := noKwargs("slice", kw); err != nil {
			return nil, err
		}
		switch len(args) {
		case 1:
			return &Slice{Start: None, Stop: args[0], Step: None}, nil
		case 2:
			return &Slice{Start: args[0], Stop: args[1], Step: None}, nil
		case 3:
			return &Slice{Start: args[0], Stop: args[1], Step: args[2]}, nil
		}
		return nil, Errorf(TypeErrorType, "slice expected at least 1 argument, got %d", len(args))
	}
	addMethods(SliceType, map[string]BuiltinFunc{
		"indices": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			n, err := ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			a, b, c, err := args[0].(*Slice).indices(n)
			return Tuple{Int(a), Int(b), Int(c)}, err
		},
	})
	RangeType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		if err := noKwargs("range", kw); err != nil {
			return nil, err
		}
		var vals [3]int64
		small := true
		for i, a := range args {
			if i >= 3 {
				break
			}
			n, err := ToIndex(a)
			if err != nil {
				small = false
				break
			}
			vals[i] = int64(n)
		}
		if !small && len(args) <= 3 {
			var bv [3]*big.Int
			for i, a := range args {
				n, err := rangeArg(t, a)
				if err != nil {
					return nil, err
				}
				bv[i] = n
			}
			switch len(args) {
			case 1:
				return makeRange(big.NewInt(0), bv[0], big.NewInt(1)), nil
			case 2:
				return makeRange(bv[0], bv[1], big.NewInt(1)), nil
			case 3:
				if bv[2].Sign() == 0 {
					return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
				}
				return makeRange(bv[0], bv[1], bv[2]), nil
			}
		}
		switch len(args) {
		case 0:
			return nil, Errorf(TypeErrorType, "range expected at least 1 argument, got 0")
		case 1:
			return makeRange(big.NewInt(0), big.NewInt(vals[0]), big.NewInt(1)), nil
		case 2:
			return makeRange(big.NewInt(vals[0]), big.NewInt(vals[1]), big.NewInt(1)), nil
		case 3:
			if vals[2] == 0 {
				return nil, Errorf(ValueErrorType, "range() arg 3 must not be zero")
			}
			return makeRange(big.NewInt(vals[0]), big.NewInt(vals[1]), big.NewInt(vals[2])), nil
		}
		return nil, Errorf(TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	addMethods(RangeType, map[string]BuiltinFunc{
		"index": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "range.index() takes exactly one argument (%d given)", len(args)-1)
			}
			r := args[0].(*rangeValue)
			if i, ok := args[1].(Int); ok && r.big == nil && rangeContains(r, int64(i)) {
				return Int((int64(i) - r.start) / r.step), nil
			}
			if i, ok := asIntValue(args[1]); ok && r.containsBig(bigOf(i)) {
				start, _, step := r.bounds()
				d := new(big.Int).Sub(bigOf(i), start)
				return MakeBig(d.Quo(d, step)), nil
			}
			return nil, Errorf(ValueErrorType, "%s is not in range", reprNoThread(args[1]))
		},
		"count": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) != 2 {
				return nil, Errorf(TypeErrorType, "range.count() takes exactly one argument (%d given)", len(args)-1)
			}
			r := args[0].(*rangeValue)
			if i, ok := asIntValue(args[1]); ok && r.containsBig(bigOf(i)) {
				return Int(1), nil
			}
			return Int(0), nil
		},
	})
}

func rangeAttr(r *rangeValue, name string) (Value, bool) {
	if r.big != nil {
		switch name {
		case "start":
			return MakeBig(r.big.start), true
		case "stop":
			return MakeBig(r.big.stop), true
		case "step":
			return MakeBig(r.big.step), true
		}
		return nil, false
	}
	switch name {
	case "start":
		return Int(r.start), true
	case "stop":
		return Int(r.stop), true
	case "step":
		return Int(r.step), true
	}
	return nil, false
}
