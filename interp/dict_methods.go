package interp

import "strings"

// dictView is dict.keys(), .values() or .items() (kind 0, 1, 2).
type dictView struct {
	d    *Dict
	kind int
}

func (v *dictView) Type() *Type {
	switch v.kind {
	case 1:
		return DictValuesType
	case 2:
		return DictItemsType
	}
	return DictKeysType
}

type dictIter struct {
	d       *Dict
	kind    int
	i       int
	version uint64
	size    int
}

func newDictIter(d *Dict, kind int) *dictIter {
	return &dictIter{d: d, kind: kind, version: d.version, size: d.Len()}
}

func (*dictIter) Type() *Type { return dictKeyIterType }
func (it *dictIter) Next(t *Thread) (Value, bool, error) {
	if it.d.Len() != it.size {
		it.size = -1
		return nil, false, Errorf(RuntimeErrorType, "dictionary changed size during iteration")
	}
	for {
		e, ok := it.d.entryAt(it.i)
		if !ok {
			return nil, false, nil
		}
		it.i++
		if e.key == nil {
			continue
		}
		switch it.kind {
		case 1:
			return e.value, true, nil
		case 2:
			return Tuple{e.key, e.value}, true, nil
		}
		return e.key, true, nil
	}
}

func dictRepr(t *Thread, d *Dict) (string, error) {
	var b strings.Builder
	b.WriteByte('{')
	first := true
	var err error
	d.Items(func(k, v Value) bool {
		if !first {
			b.WriteString(", ")
		}
		first = false
		var ks, vs string
		if ks, err = Repr(t, k); err != nil {
			return false
		}
		if vs, err = Repr(t, v); err != nil {
			return false
		}
		b.WriteString(ks)
		b.WriteString(": ")
		b.WriteString(vs)
		return true
	})
	b.WriteByte('}')
	return b.String(), err
}

func dictViewRepr(t *Thread, v *dictView) (string, error) {
	var items []Value
	it := newDictIter(v.d, v.kind)
	for {
		x, ok, _ := it.Next(t)
		if !ok {
			break
		}
		items = append(items, x)
	}
	s, err := joinReprs(t, "([", items, "])")
	return v.Type().Name + s, err
}

func dictEqual(t *Thread, a, b *Dict) (bool, error) {
	if a.Len() != b.Len() {
		return false, nil
	}
	eq := true
	var err error
	a.Items(func(k, v Value) bool {
		w, ok, e := b.Get(t, k)
		if e != nil {
			err = e
			return false
		}
		if !ok {
			eq = false
			return false
		}
		same, e := Equal(t, v, w)
		if e != nil {
			err = e
			return false
		}
		eq = same
		return same
	})
	return eq, err
}

// dictUpdate merges a mapping or an iterable of pairs, then keywords, as
// dict.update does.
func dictUpdate(t *Thread, d *Dict, src Value, kw []Kwarg) error {
	if src != nil {
		if mp, ok := src.(*mappingProxy); ok {
			src = mp.d
		}
		if o, ok := asDict(src); ok {
			var err error
			o.Items(func(k, v Value) bool {
				err = d.Set(t, k, v)
				return err == nil
			})
			if err != nil {
				return err
			}
		} else if keys := lookupDunder(src, "keys"); keys != nil {
			ks, err := callDunder(t, keys, src)
			if err != nil {
				return err
			}
			err = Iterate(t, ks, func(k Value) (bool, error) {
				v, err := GetItem(t, src, k)
				if err != nil {
					return false, err
				}
				return true, d.Set(t, k, v)
			})
			if err != nil {
				return err
			}
		} else {
			i := 0
			err := Iterate(t, src, func(item Value) (bool, error) {
				pair, err := ToSlice(t, item)
				if err != nil {
					return false, Errorf(TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", i)
				}
				if len(pair) != 2 {
					return false, Errorf(ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", i, len(pair))
				}
				i++
				return true, d.Set(t, pair[0], pair[1])
			})
			if err != nil {
				return err
			}
		}
	}
	for _, kv := range kw {
		d.SetStr(kv.Name, kv.Value)
	}
	return nil
}

func asDict(v Value) (*Dict, bool) {
	switch x := v.(type) {
	case *Dict:
		return x, true
	case *Object:
		d, ok := x.Base.(*Dict)
		return d, ok
	}
	return nil, false
}

func dictSelf(v Value) *Dict { d, _ := asDict(v); return d }

func init() {
	DictType.New = func(t *Thread, cls *Type, args []Value, kw []Kwarg) (Value, error) {
		d := NewDict()
		if cls != DictType {
			return subclassInstance(cls, d), nil
		}
		return d, nil
	}
	addMethods(DictType, map[string]BuiltinFunc{
		"__init__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) > 2 {
				return nil, Errorf(TypeErrorType, "dict expected at most 1 argument, got %d", len(args)-1)
			}
			var src Value
			if len(args) == 2 {
				src = args[1]
			}
			return None, dictUpdate(t, dictSelf(args[0]), src, kw)
		},
		"keys": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return &dictView{d: dictSelf(args[0]), kind: 0}, nil
		},
		"values": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return &dictView{d: dictSelf(args[0]), kind: 1}, nil
		},
		"items": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return &dictView{d: dictSelf(args[0]), kind: 2}, nil
		},
		"get": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			if len(args) < 2 || len(args) > 3 {
				return nil, Errorf(TypeErrorType, "get expected at most 2 arguments, got %d", len(args)-1)
			}
			v, ok, err := dictSelf(args[0]).Get(t, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) == 3 {
					return args[2], nil
				}
				return None, nil
			}
			return v, nil
		},
		"setdefault": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d := dictSelf(args[0])
			v, ok, err := d.Get(t, args[1])
			if err != nil || ok {
				return v, err
			}
			var def Value = None
			if len(args) > 2 {
				def = args[2]
			}
			return def, d.Set(t, args[1], def)
		},
		"pop": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d := dictSelf(args[0])
			if len(args) < 2 {
				return nil, Errorf(TypeErrorType, "pop expected at least 1 argument, got 0")
			}
			v, ok, err := d.Get(t, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				if len(args) > 2 {
					return args[2], nil
				}
				return nil, NewException(KeyErrorType, args[1])
			}
			_, err = d.Delete(t, args[1])
			return v, err
		},
		"popitem": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d := dictSelf(args[0])
			for i := len(d.entries) - 1; i >= 0; i-- {
				e := d.entries[i]
				if e.key != nil {
					d.removeAt(i)
					return Tuple{e.key, e.value}, nil
				}
			}
			return nil, Errorf(KeyErrorType, "popitem(): dictionary is empty")
		},
		"update": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			var src Value
			if len(args) > 1 {
				src = args[1]
			}
			return None, dictUpdate(t, dictSelf(args[0]), src, kw)
		},
		"clear": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			dictSelf(args[0]).Clear()
			return None, nil
		},
		"copy": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return dictSelf(args[0]).Copy(), nil
		},
		"__getitem__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			d := dictSelf(args[0])
			v, ok, err := d.Get(t, args[1])
			if err != nil {
				return nil, err
			}
			if !ok {
				if o, isObj := args[0].(*Object); isObj {
					if f := o.Class.Lookup("__missing__"); f != nil {
						return callDunder(t, f, args[0], args[1])
					}
				}
				return nil, NewException(KeyErrorType, args[1])
			}
			return v, nil
		},
		"__setitem__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, dictSelf(args[0]).Set(t, args[1], args[2])
		},
		"__delitem__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return None, DelItem(t, dictSelf(args[0]), args[1])
		},
		"__contains__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			_, ok, err := dictSelf(args[0]).Get(t, args[1])
			return Bool(ok), err
		},
		"__len__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return Int(dictSelf(args[0]).Len()), nil
		},
		"__iter__": func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
			return newDictIter(dictSelf(args[0]), 0), nil
		},
	})
	DictType.Dict.SetStr("fromkeys", &ClassMethod{Fn: NewBuiltin("fromkeys", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		var v Value = None
		if len(args) > 2 {
			v = args[2]
		}
		if len(args) < 2 || len(args) > 3 {
			return nil, Errorf(TypeErrorType, "fromkeys expected at least 1 argument, got %d", len(args)-1)
		}
		if args[0] == DictType {
			d := NewDict()
			err := Iterate(t, args[1], func(k Value) (bool, error) { return true, d.Set(t, k, v) })
			return d, err
		}
		// a subclass: an instance made by calling it, filled through its
		// own __setitem__
		d, err := t.Call(args[0], nil, nil)
		if err != nil {
			return nil, err
		}
		err = Iterate(t, args[1], func(k Value) (bool, error) { return true, SetItem(t, d, k, v) })
		return d, err
	})})
}

func isView(v Value) bool {
	dv, ok := v.(*dictView)
	return ok && dv.kind != 1
}

func init() {
	isdisjoint := func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		xs, err := ToSlice(t, args[0])
		if err != nil {
			return nil, err
		}
		for _, x := range xs {
			in, err := Contains(t, args[1], x)
			if err != nil || in {
				return Bool(!in), err
			}
		}
		return True, nil
	}
	addMethods(DictKeysType, map[string]BuiltinFunc{"isdisjoint": isdisjoint})
	addMethods(DictItemsType, map[string]BuiltinFunc{"isdisjoint": isdisjoint})
}
