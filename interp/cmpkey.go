package interp

// CmpKey is what the key function of functools.cmp_to_key(cmp) makes of
// each item: a key that orders by calling cmp(a, b) and comparing the
// result with 0. It is a Go value so that sorting with it runs no Python
// frame besides cmp itself (sortValues calls cmp directly).
type CmpKey struct {
	Cmp Value
	Obj Value
}

// CmpKeyType is functools.KeyWrapper.
var CmpKeyType = func() *Type {
	t := newBuiltinType("KeyWrapper", ObjectType)
	t.Module = "functools"
	return t
}()

func (*CmpKey) Type() *Type { return CmpKeyType }

// CmpToKey is functools.cmp_to_key.
func CmpToKey(t *Thread, args []Value, kw []Kwarg) (Value, error) {
	var cmp Value
	if err := UnpackArgs("cmp_to_key", args, kw, "mycmp", &cmp); err != nil {
		return nil, err
	}
	return &Builtin{Name: "K", Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var obj Value
		if err := UnpackArgs("K", args, kw, "obj", &obj); err != nil {
			return nil, err
		}
		return &CmpKey{Cmp: cmp, Obj: obj}, nil
	}}, nil
}

// cmpKeyCompare is a op b for a key of cmp_to_key: cmp(a.obj, b.obj) op 0.
func cmpKeyCompare(t *Thread, op cmpOp, a *CmpKey, b Value) (Value, error) {
	y, ok := b.(*CmpKey)
	if !ok {
		return nil, Errorf(TypeErrorType, "other argument must be K instance")
	}
	r, err := t.Call(a.Cmp, []Value{a.Obj, y.Obj}, nil)
	if err != nil {
		return nil, err
	}
	if n, ok := r.(Int); ok {
		return cmpResult(op, intSign(int64(n))), nil
	}
	return Compare(t, op, r, Int(0))
}

func intSign(n int64) int {
	switch {
	case n < 0:
		return -1
	case n > 0:
		return 1
	}
	return 0
}

// cmpKeyLess is the comparison of sortValues when every key comes from
// cmp_to_key.
func cmpKeyLess(t *Thread, keys []Value, errp *error) func(a, b int) bool {
	for _, k := range keys {
		if _, ok := k.(*CmpKey); !ok {
			return nil
		}
	}
	// A Python function without *args copies its arguments into its
	// frame, so one argument slice serves every call of it.
	var scratch []Value
	return func(a, b int) bool {
		if *errp != nil {
			return false
		}
		ka, kb := keys[a].(*CmpKey), keys[b].(*CmpKey)
		var args []Value
		fn, reuse := ka.Cmp.(*Function)
		reuse = reuse && fn.Code.Flags&CodeVarArgs == 0
		if reuse {
			if scratch == nil {
				scratch = make([]Value, 2)
			}
			args = scratch
			args[0], args[1] = ka.Obj, kb.Obj
		} else {
			args = []Value{ka.Obj, kb.Obj}
		}
		r, err := t.Call(ka.Cmp, args, nil)
		if reuse {
			args[0], args[1] = nil, nil
		}
		if err != nil {
			*errp = err
			return false
		}
		if n, ok := r.(Int); ok {
			return n < 0
		}
		lt, err := Less(t, r, Int(0))
		if err != nil {
			*errp = err
		}
		return lt
	}
}

func init() {
	CmpKeyType.Dict.SetStr("obj", &Property{Name: "obj", Get: &Builtin{Name: "obj", Owner: CmpKeyType, Fn: func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		k, ok := args[0].(*CmpKey)
		if !ok {
			return nil, Errorf(TypeErrorType, "descriptor 'obj' needs a KeyWrapper")
		}
		return k.Obj, nil
	}}})
	CmpKeyType.Dict.SetStr("__hash__", None)
}
