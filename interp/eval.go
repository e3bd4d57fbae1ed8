package interp

import (
	"strings"
)

// eval runs the thread's frames until the frame at index stopAt returns
// (or yields), returning its value. pending, if not nil, is raised first
// at the current instruction of the top frame.
func (t *Thread) eval(stopAt int, pending error) (Value, error) {
	f := t.frames[len(t.frames)-1]
	err := pending
	reraise := false
	for {
		if err != nil {
			switch e := err.(type) {
			case *Suspension:
				if t.nested == 0 {
					return nil, e
				}
				v, berr := t.blockingSuspend(e)
				err = berr
				if berr == nil {
					f.push(v)
					continue
				}
			case *preemption:
				return nil, e
			case *Cancelled:
				t.frames = t.frames[:stopAt]
				return nil, e
			}
			exc := asException(err)
			err = nil
			if !reraise {
				exc.Traceback = f.tracebackEntry(exc.Traceback)
				if t.excInfo != nil && t.excInfo != exc && exc.Context == nil && !chainContains(t.excInfo, exc) {
					exc.Context = t.excInfo
				}
			}
			reraise = false
			handled := false
			for {
				if t.handle(f, exc) {
					handled = true
					break
				}
				// The frame exits with the exception.
				idx := len(t.frames) - 1
				t.frames[idx] = nil
				t.frames = t.frames[:idx]
				if f.gen != nil {
					f.gen.finished = true
					f.gen.running = false
					f.gen.leaveExc(t, false)
					if IsSubtype(exc.Class, StopIterationType) || (f.gen.async && IsSubtype(exc.Class, StopAsyncIterationType)) {
						what := "generator"
						if f.gen.coroutine {
							what = "coroutine"
						} else if f.gen.async {
							what = "async generator"
						}
						n := Errorf(RuntimeErrorType, "%s raised %s", what, exc.Class.Name)
						// raised where the generator was resumed: its
						// traceback starts at the caller
						n.Cause, n.Context, n.SuppressContext = exc, exc, true
						exc = n
					}
				}
				if idx == stopAt {
					return nil, exc
				}
				f = t.frames[len(t.frames)-1]
				exc.Traceback = f.tracebackEntry(exc.Traceback)
			}
			if handled {
				continue
			}
		}

		in := f.instrs[f.ip]
		f.ip++
		switch in.Op {
		case opNop:
		case opPopTop:
			f.stack = f.stack[:len(f.stack)-1]
		case opCopy:
			f.push(f.stack[len(f.stack)-int(in.Arg)])
		case opSwap:
			n := len(f.stack)
			f.stack[n-1], f.stack[n-int(in.Arg)] = f.stack[n-int(in.Arg)], f.stack[n-1]
		case opLoadConst:
			f.push(f.code.Consts[in.Arg])
		case opLoadFast, opLoadFastChecked:
			v := f.fast[in.Arg]
			if v == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.code.Varnames[in.Arg])
				continue
			}
			f.push(v)
		case opStoreFast:
			// pop, by hand: eval is too big for the compiler to inline it
			n := len(f.stack) - 1
			f.fast[in.Arg] = f.stack[n]
			f.stack = f.stack[:n]
		case opDeleteFast:
			if f.fast[in.Arg] == nil {
				err = Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", f.code.Varnames[in.Arg])
				continue
			}
			f.fast[in.Arg] = nil
		case opLoadDeref:
			c := f.fast[len(f.code.Varnames)+int(in.Arg)].(*Cell)
			if c.V == nil {
				err = t.unboundDeref(f, int(in.Arg))
				continue
			}
			f.push(c.V)
		case opLoadClassDeref:
			name := f.derefName(int(in.Arg))
			if v, ok := f.locals.GetStr(name); ok {
				f.push(v)
				continue
			}
			c := f.fast[len(f.code.Varnames)+int(in.Arg)].(*Cell)
			if c.V == nil {
				err = t.unboundDeref(f, int(in.Arg))
				continue
			}
			f.push(c.V)
		case opStoreDeref:
			f.fast[len(f.code.Varnames)+int(in.Arg)].(*Cell).V = f.pop()
		case opDeleteDeref:
			c := f.fast[len(f.code.Varnames)+int(in.Arg)].(*Cell)
			if c.V == nil {
				err = t.unboundDeref(f, int(in.Arg))
				continue
			}
			c.V = nil
		case opLoadClosure:
			f.push(f.fast[len(f.code.Varnames)+int(in.Arg)])
		case opLoadGlobal:
			name := f.code.Names[in.Arg]
			if v, ok := f.code.inlineCaches().loadGlobal(f.ip-1, f.globals, f.builtins, name, f.code.NameHashes[in.Arg]); ok {
				f.push(v)
			} else {
				ne := nameError(name)
				setSuggestion(ne, nameSuggestion(f, name))
				err = ne
				continue
			}
		case opStoreGlobal:
			f.globals.setStrKey(f.code.Names[in.Arg], f.code.inlineCaches().names[in.Arg], f.code.NameHashes[in.Arg], f.pop())
		case opDeleteGlobal:
			if !f.globals.DelStr(f.code.Names[in.Arg]) {
				err = nameError(f.code.Names[in.Arg])
				continue
			}
		case opLoadName:
			name := f.code.Names[in.Arg]
			if f.localsMap != nil {
				v, e := GetItem(t, f.localsMap, Str(name))
				if e == nil {
					f.push(v)
					continue
				}
				if ex, ok := e.(*Exception); !ok || !IsSubtype(ex.Class, KeyErrorType) {
					err = e
					continue
				}
			}
			h := f.code.NameHashes[in.Arg]
			if v, ok := f.locals.GetStrHash(name, h); ok {
				f.push(v)
			} else if v, ok := f.globals.GetStrHash(name, h); ok {
				f.push(v)
			} else if v, ok := f.builtins.GetStrHash(name, h); ok {
				f.push(v)
			} else {
				ne := nameError(name)
				setSuggestion(ne, nameSuggestion(f, name))
				err = ne
				continue
			}
		case opStoreName:
			if f.localsMap != nil {
				if e := SetItem(t, f.localsMap, Str(f.code.Names[in.Arg]), f.pop()); e != nil {
					err = e
				}
				continue
			}
			f.locals.setStrKey(f.code.Names[in.Arg], f.code.inlineCaches().names[in.Arg], f.code.NameHashes[in.Arg], f.pop())
		case opDeleteName:
			if !f.locals.DelStr(f.code.Names[in.Arg]) {
				err = nameError(f.code.Names[in.Arg])
				continue
			}
		case opLoadAttr:
			// Fast paths: an attribute of an ordinary object, found
			// through the instruction's cache of its class attribute,
			// and a module attribute.
			switch o := f.top().(type) {
			case *Object:
				if o.Class.userGetattribute() != nil {
					break
				}
				name := f.code.Names[in.Arg]
				ce := f.code.inlineCaches().classAttr(f.ip-1, o.Class, name)
				if ce.kind == attrSlow {
					break
				}
				if ce.kind == attrProp {
					// Run the getter's frame inline, as a call.
					nf, e := t.setupCallSelf(ce.attr.(*Property).Get.(*Function), o, nil, nil)
					if e == nil {
						f.pop()
						e = t.pushFrame(nf)
						if e == nil {
							f = nf
							e = t.step()
						}
					}
					if e != nil {
						err = e
					}
					continue
				}
				if o.Dict != nil {
					if v, ok := o.Dict.getStrHint(name, f.code.NameHashes[in.Arg], &ce.hint); ok {
						f.stack[len(f.stack)-1] = v
						continue
					}
				}
				switch ce.kind {
				case attrFunc:
					f.stack[len(f.stack)-1] = &BoundMethod{Fn: ce.attr, Self: o}
					continue
				case attrOther:
					v, e := objectAttrMiss(t, o, ce.attr, name)
					if e != nil {
						err = e
						continue
					}
					f.stack[len(f.stack)-1] = v
					continue
				}
			case *Module:
				if v, ok := o.Dict.GetStrHash(f.code.Names[in.Arg], f.code.NameHashes[in.Arg]); ok {
					f.stack[len(f.stack)-1] = v
					continue
				}
			}
			v, e := GetAttr(t, f.top(), f.code.Names[in.Arg])
			if e != nil {
				if ex, ok := e.(*Exception); ok && ex.Class == AttributeErrorType {
					setSuggestion(ex, attrSuggestion(t, f.top(), f.code.Names[in.Arg]))
				}
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = v
		case opStoreAttr:
			obj := f.pop()
			v := f.pop()
			if o, ok := obj.(*Object); ok && o.Dict != nil && o.Class.userSetattr() == nil {
				name := f.code.Names[in.Arg]
				cc := f.code.inlineCaches()
				if ce := cc.classAttr(f.ip-1, o.Class, name); ce.kind != attrSlow && ce.kind != attrProp {
					o.Dict.setStrHint(name, cc.names[in.Arg], f.code.NameHashes[in.Arg], v, &ce.hint)
					continue
				}
			}
			if e := SetAttr(t, obj, f.code.Names[in.Arg], v); e != nil {
				err = e
				continue
			}
		case opDeleteAttr:
			if e := DelAttr(t, f.pop(), f.code.Names[in.Arg]); e != nil {
				err = e
				continue
			}
		case opLoadMethod:
			obj := f.top()
			if fn, ok := f.cachedMethod(obj, in.Arg); ok {
				f.stack[len(f.stack)-1] = fn
				f.push(obj)
				continue
			}
			meth, self, e := loadMethod(t, obj, f.code.Names[in.Arg], f.code.NameHashes[in.Arg])
			if e != nil {
				if ex, ok := e.(*Exception); ok && ex.Class == AttributeErrorType {
					setSuggestion(ex, attrSuggestion(t, obj, f.code.Names[in.Arg]))
				}
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = meth
			f.push(self)
		case opLoadSpecial:
			obj := f.pop()
			name := f.code.Names[in.Arg]
			m := obj.Type().Lookup(name)
			if m == nil {
				err = contextManagerError(obj, name)
				continue
			}
			b, e := descGet(t, m, obj, obj.Type())
			if e != nil {
				err = e
				continue
			}
			f.push(b)
		case opBinarySubscr:
			k := f.stack[len(f.stack)-1]
			f.stack = f.stack[:len(f.stack)-1]
			if i, ok := k.(Int); ok && i >= 0 {
				switch c := f.top().(type) {
				case *List:
					if int(i) < len(c.Items) {
						f.stack[len(f.stack)-1] = c.Items[i]
						continue
					}
				case Tuple:
					if int(i) < len(c) {
						f.stack[len(f.stack)-1] = c[i]
						continue
					}
				}
			}
			v, e := GetItem(t, f.top(), k)
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = v
		case opStoreSubscr:
			n := len(f.stack) - 3
			v, obj, k := f.stack[n], f.stack[n+1], f.stack[n+2]
			f.stack = f.stack[:n]
			if l, ok := obj.(*List); ok {
				if i, ok := k.(Int); ok && i >= 0 && int(i) < len(l.Items) {
					l.Items[i] = v
					continue
				}
			}
			if e := SetItem(t, obj, k, v); e != nil {
				err = e
				continue
			}
		case opDeleteSubscr:
			k := f.pop()
			if e := DelItem(t, f.pop(), k); e != nil {
				err = e
				continue
			}
		case opBinaryOp:
			n := len(f.stack) - 1
			b := f.stack[n]
			a := f.stack[n-1]
			op := binOp(in.Arg)
			if in.Arg >= 13 {
				op = binOp(in.Arg - 13)
			}
			// The commonest cases inline: + - * of two floats and + - of
			// two ints that do not overflow.
			switch x := a.(type) {
			case Float:
				if y, ok := b.(Float); ok && op <= opMul {
					r := float64(x) * float64(y)
					if op == opAdd {
						r = float64(x) + float64(y)
					} else if op == opSub {
						r = float64(x) - float64(y)
					}
					f.stack[n-1] = Float(r)
					f.stack = f.stack[:n]
					continue
				}
			case Int:
				if y, ok := b.(Int); ok {
					if op == opAdd {
						if r := x + y; (r > x) == (y > 0) {
							f.stack[n-1] = boxInt(r)
							f.stack = f.stack[:n]
							continue
						}
					} else if op == opSub {
						if r := x - y; (r < x) == (y > 0) {
							f.stack[n-1] = boxInt(r)
							f.stack = f.stack[:n]
							continue
						}
					} else if v, ok := intFast(op, x, y); ok {
						f.stack[n-1] = v
						f.stack = f.stack[:n]
						continue
					}
				}
			}
			f.stack = f.stack[:n]
			if v, ok := arithFast(op, a, b); ok {
				f.stack[len(f.stack)-1] = v
				continue
			}
			var v Value
			var e error
			if in.Arg < 13 {
				v, e = BinaryOp(t, op, a, b)
			} else {
				v, e = InplaceOp(t, op, a, b)
			}
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = v
		case opUnaryNegative, opUnaryPositive, opUnaryInvert:
			var c byte
			switch in.Op {
			case opUnaryNegative:
				switch x := f.top().(type) {
				case Float:
					f.stack[len(f.stack)-1] = -x
					continue
				case Int:
					if x != -x || x == 0 {
						f.stack[len(f.stack)-1] = -x
						continue
					}
				}
				c = '-'
			case opUnaryPositive:
				c = '+'
			default:
				c = '~'
			}
			v, e := unaryOp(t, c, f.top())
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = v
		case opUnaryNot:
			b, e := Truth(t, f.top())
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = Bool(!b)
		case opCompareOp:
			b := f.stack[len(f.stack)-1]
			f.stack = f.stack[:len(f.stack)-1]
			a := f.top()
			if r, ok := compareFast(cmpOp(in.Arg), a, b); ok {
				// A conditional jump on the result takes it directly.
				if next := f.code.Instrs[min(f.ip, len(f.code.Instrs)-1)]; f.ip < len(f.code.Instrs) && (next.Op == opPopJumpIfFalse || next.Op == opPopJumpIfTrue) {
					f.stack = f.stack[:len(f.stack)-1]
					f.ip++
					if r == (next.Op == opPopJumpIfTrue) {
						if int(next.Arg) < f.ip {
							if e := t.step(); e != nil {
								err = e
							}
						}
						f.ip = int(next.Arg)
					}
					continue
				}
				f.stack[len(f.stack)-1] = Bool(r)
				continue
			}
			v, e := Compare(t, cmpOp(in.Arg), a, b)
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = v
		case opIsOp:
			b := f.pop()
			r := Is(f.top(), b)
			f.stack[len(f.stack)-1] = Bool(r != (in.Arg == 1))
		case opContainsOp:
			c := f.pop()
			r, e := Contains(t, c, f.top())
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = Bool(r != (in.Arg == 1))
		case opJump:
			if int(in.Arg) < f.ip {
				f.ip = int(in.Arg)
				if e := t.step(); e != nil {
					err = e
					continue
				}
			} else {
				f.ip = int(in.Arg)
			}
		case opPopJumpIfFalse, opPopJumpIfTrue:
			v := f.stack[len(f.stack)-1]
			f.stack = f.stack[:len(f.stack)-1]
			var b bool
			switch x := v.(type) {
			case Bool:
				b = bool(x)
			default:
				var e error
				if b, e = Truth(t, v); e != nil {
					err = e
					continue
				}
			}
			if b == (in.Op == opPopJumpIfTrue) {
				if int(in.Arg) < f.ip {
					if e := t.step(); e != nil {
						f.ip = int(in.Arg)
						err = e
						continue
					}
				}
				f.ip = int(in.Arg)
			}
		case opJumpIfFalseOrPop, opJumpIfTrueOrPop:
			b, e := Truth(t, f.top())
			if e != nil {
				err = e
				continue
			}
			if b == (in.Op == opJumpIfTrueOrPop) {
				f.ip = int(in.Arg)
			} else {
				f.pop()
			}
		case opPopJumpIfNone:
			if f.pop() == None {
				f.ip = int(in.Arg)
			}
		case opPopJumpIfNotNone:
			if f.pop() != None {
				f.ip = int(in.Arg)
			}
		case opGetIter:
			it, e := GetIter(t, f.top())
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = it
		case opForIter:
			switch it := f.top().(type) {
			case *rangeIter:
				if (it.step > 0 && it.next < it.stop) || (it.step < 0 && it.next > it.stop) {
					f.push(boxInt(Int(it.next)))
					it.next += it.step
				} else {
					f.pop()
					f.ip = int(in.Arg)
				}
				continue
			case *listIter:
				if it.i < len(it.l.Items) {
					f.push(it.l.Items[it.i])
					it.i++
				} else {
					f.pop()
					f.ip = int(in.Arg)
				}
				continue
			case *Generator:
				if !it.running && !it.finished && it.pendingThrowSub() == nil {
					gf := it.frame
					gf.ret = retForIter
					gf.target = in.Arg
					gf.base = false
					if e := t.pushFrame(gf); e != nil {
						err = e
						continue
					}
					if it.started {
						gf.push(None)
					}
					it.started, it.running = true, true
					f = gf
					continue
				}
			}
			v, ok, e := Next(t, f.top())
			if e != nil {
				err = e
				continue
			}
			if ok {
				f.push(v)
			} else {
				f.pop()
				f.ip = int(in.Arg)
			}
		case opBuildTuple:
			n := int(in.Arg)
			tup := make(Tuple, n)
			copy(tup, f.stack[len(f.stack)-n:])
			f.truncate(len(f.stack) - n)
			f.push(tup)
		case opBuildList:
			n := int(in.Arg)
			items := make([]Value, n)
			copy(items, f.stack[len(f.stack)-n:])
			f.truncate(len(f.stack) - n)
			f.push(NewList(items))
		case opBuildSet:
			n := int(in.Arg)
			s := NewSet()
			for _, v := range f.stack[len(f.stack)-n:] {
				if e := s.Add(t, v); e != nil {
					err = e
					break
				}
			}
			f.truncate(len(f.stack) - n)
			if err != nil {
				continue
			}
			f.push(s)
		case opBuildMap:
			n := int(in.Arg)
			d := NewDict()
			items := f.stack[len(f.stack)-2*n:]
			for i := 0; i < n; i++ {
				if e := d.Set(t, items[2*i], items[2*i+1]); e != nil {
					err = e
					break
				}
			}
			f.truncate(len(f.stack) - 2*n)
			if err != nil {
				continue
			}
			f.push(d)
		case opBuildSlice:
			var step Value = None
			if in.Arg == 3 {
				step = f.pop()
			}
			stop := f.pop()
			start := f.pop()
			f.push(&Slice{Start: start, Stop: stop, Step: step})
		case opBuildString:
			n := int(in.Arg)
			var b strings.Builder
			for _, v := range f.stack[len(f.stack)-n:] {
				b.WriteString(string(v.(Str)))
			}
			f.truncate(len(f.stack) - n)
			f.push(Str(b.String()))
		case opListAppend:
			v := f.pop()
			l := f.stack[len(f.stack)-int(in.Arg)].(*List)
			l.Items = append(l.Items, v)
		case opSetAdd:
			v := f.pop()
			if e := f.stack[len(f.stack)-int(in.Arg)].(*Set).Add(t, v); e != nil {
				err = e
				continue
			}
		case opMapAdd:
			v := f.pop()
			k := f.pop()
			if e := f.stack[len(f.stack)-int(in.Arg)].(*Dict).Set(t, k, v); e != nil {
				err = e
				continue
			}
		case opListExtend:
			v := f.pop()
			items, e := ToSlice(t, v)
			if e != nil {
				if ex, ok := e.(*Exception); ok && ex.Class == TypeErrorType && strings.HasSuffix(ex.Message(), "is not iterable") {
					if in.Arg&0x100 != 0 {
						e = Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", callableName(f.stack[len(f.stack)-2]), TypeName(v))
					} else {
						e = Errorf(TypeErrorType, "Value after * must be an iterable, not %s", TypeName(v))
					}
				}
				err = e
				continue
			}
			l := f.stack[len(f.stack)-int(in.Arg&0xff)].(*List)
			l.Items = append(l.Items, items...)
		case opSetUpdate:
			v := f.pop()
			s := f.stack[len(f.stack)-int(in.Arg)].(*Set)
			if e := Iterate(t, v, func(x Value) (bool, error) { return true, s.Add(t, x) }); e != nil {
				err = e
				continue
			}
		case opDictUpdate, opDictMerge:
			v := f.pop()
			d := f.stack[len(f.stack)-int(in.Arg)].(*Dict)
			if in.Op == opDictMerge {
				if e := dictMergeKwargs(t, d, v, f.stack[len(f.stack)-int(in.Arg)-2]); e != nil {
					err = e
					continue
				}
			} else {
				if _, ok := asDict(v); !ok && lookupDunder(v, "keys") == nil {
					err = Errorf(TypeErrorType, "'%s' object is not a mapping", TypeName(v))
					continue
				}
				if e := dictUpdate(t, d, v, nil); e != nil {
					err = e
					continue
				}
			}
		case opListToTuple:
			l := f.top().(*List)
			f.stack[len(f.stack)-1] = Tuple(l.Items)
		case opUnpackSequence:
			v := f.pop()
			n := int(in.Arg)
			var items []Value
			switch x := v.(type) {
			case Tuple:
				items = x
			case *List:
				items = x.Items
			default:
				var e error
				items, e = unpackIterable(t, v, n, -1)
				if e != nil {
					err = e
					continue
				}
			}
			if len(items) != n {
				if len(items) > n {
					err = Errorf(ValueErrorType, "too many values to unpack (expected %d)", n)
				} else {
					err = Errorf(ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
				}
				continue
			}
			for i := n - 1; i >= 0; i-- {
				f.push(items[i])
			}
		case opUnpackEx:
			before, after := int(in.Arg&0xff), int(in.Arg>>8)
			v := f.pop()
			items, e := ToSlice(t, v)
			if e != nil {
				if ex, ok := e.(*Exception); ok && ex.Class == TypeErrorType {
					e = Errorf(TypeErrorType, "cannot unpack non-iterable %s object", TypeName(v))
				}
				err = e
				continue
			}
			if len(items) < before+after {
				err = Errorf(ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
				continue
			}
			for i := len(items) - 1; i >= len(items)-after; i-- {
				f.push(items[i])
			}
			f.push(NewList(append([]Value(nil), items[before:len(items)-after]...)))
			for i := before - 1; i >= 0; i-- {
				f.push(items[i])
			}
		case opFormatValue:
			var spec string
			if in.Arg&4 != 0 {
				spec = string(f.pop().(Str))
			}
			v := f.top()
			var e error
			switch in.Arg & 3 {
			case 1:
				var s string
				s, e = ToStr(t, v)
				v = Str(s)
			case 2:
				var s string
				s, e = Repr(t, v)
				v = Str(s)
			case 3:
				var s string
				s, e = Repr(t, v)
				v = Str(asciiEscape(s))
			}
			if e != nil {
				err = e
				continue
			}
			if s, ok := v.(Str); ok && spec == "" {
				f.stack[len(f.stack)-1] = s
				continue
			}
			s, e := Format(t, v, spec)
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = Str(s)
		case opPushNull:
			f.push(nil)
		case opKwNames:
			f.kwnames = f.code.Consts[in.Arg].(Tuple)
		case opCall:
			n := int(in.Arg)
			kwnames := f.kwnames
			f.kwnames = nil
			base := len(f.stack) - n - 2
			var callable Value
			var args []Value
			if f.stack[base] != nil {
				callable = f.stack[base]
				args = f.stack[base+1:]
			} else {
				callable = f.stack[base+1]
				args = f.stack[base+2:]
			}
			args = args[:len(args):len(args)]
			var nf *Frame
			var v Value
			var e error
			if fn, ok := callable.(*Function); ok && len(kwnames) == 0 && len(args) == fn.Code.ArgCount && fn.Code.Flags&(codeNotPlain|CodeVarArgs|CodeVarKeywords) == 0 && fn.Code.KwOnlyCount == 0 {
				// A plain Python function called with its positional
				// parameters exactly (setupCall's fast case, inline).
				nf = t.newFrame(fn.Code, fn, fn.Globals, fn.Builtins, nil)
				copy(nf.fast, args)
				if len(fn.Code.Cellvars) != 0 || len(fn.Closure) != 0 {
					nf.setupCells(fn)
				}
			} else if cls, ok := callable.(*Type); ok {
				if ce := f.code.inlineCaches().instancePlan(f.ip-1, cls); ce.kind == attrFunc {
					// A plain class with a Python __init__: make the
					// instance and run __init__ inline.
					inst := newInstance(cls)
					nf, e = t.setupCallSelf(ce.attr.(*Function), inst, args, kwnames)
					if e == nil {
						nf.ret, nf.instance = retInit, inst
					}
				} else {
					nf, v, e = t.prepareCall(callable, args, kwnames)
				}
			} else {
				nf, v, e = t.prepareCall(callable, args, kwnames)
			}
			f.truncate(base)
			if e != nil {
				err = e
				continue
			}
			if nf != nil {
				if e := t.pushFrame(nf); e != nil {
					err = e
					continue
				}
				f = nf
				if e := t.step(); e != nil {
					err = e
				}
				continue
			}
			f.push(v)
		case opCallFunctionEx:
			var kw Value
			if in.Arg&1 != 0 {
				kw = f.pop()
			}
			argv := f.pop()
			callee := f.pop()
			if null := f.pop(); null != nil {
				// A method pushed by LOAD_METHOD: prepend self.
				argv = append(Tuple{callee}, argv.(Tuple)...)
				callee = null
			}
			argsT, ok := argv.(Tuple)
			if !ok {
				items, e := ToSlice(t, argv)
				if e != nil {
					err = Errorf(TypeErrorType, "%s argument after * must be an iterable, not %s", callableName(callee), TypeName(argv))
					continue
				}
				argsT = Tuple(items)
			}
			args := append([]Value(nil), argsT...)
			var kwnames Tuple
			if kw != nil {
				d, ok := asDict(kw)
				if !ok {
					err = Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", callableName(callee), TypeName(kw))
					continue
				}
				var kerr error
				d.Items(func(k, v Value) bool {
					s, ok := k.(Str)
					if !ok {
						kerr = Errorf(TypeErrorType, "keywords must be strings")
						return false
					}
					kwnames = append(kwnames, s)
					args = append(args, v)
					return true
				})
				if kerr != nil {
					err = kerr
					continue
				}
			}
			nf, v, e := t.prepareCall(callee, args, kwnames)
			if e != nil {
				err = e
				continue
			}
			if nf != nil {
				if e := t.pushFrame(nf); e != nil {
					err = e
					continue
				}
				f = nf
				continue
			}
			f.push(v)
		case opMakeFunction:
			code := f.pop().(*Code)
			fn := &Function{Code: code, Globals: f.globals, Builtins: f.builtins, Name: code.Name, Qualname: code.Qualname, Doc: code.Doc}
			if fn.Doc == nil {
				fn.Doc = None
			}
			if m, ok := f.globals.GetStr("__name__"); ok {
				fn.Module = m
			}
			if in.Arg&8 != 0 {
				cells := f.pop().(Tuple)
				fn.Closure = make([]*Cell, len(cells))
				for i, c := range cells {
					fn.Closure[i] = c.(*Cell)
				}
			}
			if in.Arg&4 != 0 {
				fn.Dict = NewDict()
				fn.Dict.SetStr("__annotations__", f.pop())
			}
			if in.Arg&2 != 0 {
				fn.KwDefaults = f.pop().(*Dict)
			}
			if in.Arg&1 != 0 {
				fn.Defaults = f.pop().(Tuple)
			}
			f.push(fn)
		case opReturnValue:
			v := f.pop()
			idx := len(t.frames) - 1
			t.frames[idx] = nil
			t.frames = t.frames[:idx]
			if f.gen != nil {
				f.gen.finished, f.gen.running = true, false
				f.gen.leaveExc(t, false)
				f.gen.frame = nil
			}
			if f.ret == retInit {
				if v != None {
					err = Errorf(TypeErrorType, "__init__() should return None, not '%s'", TypeName(v))
					if idx == stopAt {
						return nil, err
					}
					f = t.frames[len(t.frames)-1]
					continue
				}
				v = f.instance
			}
			if idx == stopAt || f.base {
				t.freeFrame(f)
				return v, nil
			}
			caller := t.frames[len(t.frames)-1]
			switch f.ret {
			case retForIter:
				caller.pop()
				caller.ip = int(f.target)
			case retYieldFrom:
				caller.stack[len(caller.stack)-1] = v
			default:
				caller.push(v)
			}
			t.freeFrame(f)
			f = caller
		case opYieldValue:
			v := f.pop()
			if f.gen != nil && f.gen.async {
				v = &asyncGenValue{v: v}
			}
			nf, done := t.yield(f, v, stopAt)
			if done {
				return v, nil
			}
			f = nf
		case opGetYieldFromIter:
			v := f.top()
			if g, ok := v.(*Generator); ok {
				if g.coroutine && !f.code.isCoroutine() {
					err = Errorf(TypeErrorType, "cannot 'yield from' a coroutine object in a non-coroutine generator")
				}
				continue
			}
			it, e := GetIter(t, v)
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = it
		case opYieldFrom:
			sent := f.pop()
			sub := f.top()
			if g, ok := sub.(*Generator); ok && !g.running {
				if g.finished {
					f.stack[len(f.stack)-1] = None
					continue
				}
				if !g.started && sent != None {
					err = Errorf(TypeErrorType, "can't send non-None value to a just-started generator")
					continue
				}
				gf := g.frame
				gf.ret = retYieldFrom
				gf.base = false
				if e := t.pushFrame(gf); e != nil {
					err = e
					continue
				}
				if g.started {
					gf.push(sent)
				}
				g.started, g.running = true, true
				f = gf
				continue
			}
			v, done, e := sendTo(t, sub, sent)
			if e != nil {
				err = e
				continue
			}
			if done {
				f.stack[len(f.stack)-1] = v
				continue
			}
			f.ip--
			nf, fin := t.yield(f, v, stopAt)
			if fin {
				return v, nil
			}
			f = nf
		case opGetAwaitable:
			v, e := getAwaitable(t, f.top())
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = v
		case opGetAIter:
			v := f.top()
			m := lookupDunder(v, "__aiter__")
			if m == nil {
				err = Errorf(TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", TypeName(v))
				continue
			}
			it, e := callDunder(t, m, v)
			if e != nil {
				err = e
				continue
			}
			f.stack[len(f.stack)-1] = it
		case opGetANext:
			v := f.pop()
			m := lookupDunder(v, "__anext__")
			if m == nil {
				err = Errorf(TypeErrorType, "'async for' received an invalid object from __aiter__: %s", TypeName(v))
				continue
			}
			aw, e := callDunder(t, m, v)
			if e != nil {
				err = e
				continue
			}
			aw, e = getAwaitable(t, aw)
			if e != nil {
				err = e
				continue
			}
			f.push(aw)
		case opEndAsyncFor:
			exc := f.pop().(*Exception)
			if !IsSubtype(exc.Class, StopAsyncIterationType) {
				err = exc
				reraise = true
				continue
			}
			// Drop the except-handler block and the async iterator.
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			t.excInfo = b.saved
			f.pop()
		case opSetupFinally:
			f.blocks = append(f.blocks, block{kind: blockFinally, handler: in.Arg, level: int32(len(f.stack))})
		case opPopBlock:
			f.blocks = f.blocks[:len(f.blocks)-1]
		case opPopExcept:
			b := f.blocks[len(f.blocks)-1]
			f.blocks = f.blocks[:len(f.blocks)-1]
			t.excInfo = b.saved
			if b.saved == nil && f.gen != nil {
				t.excInfo = f.gen.callerExc
			}
		case opReraise:
			v := f.pop()
			exc, ok := v.(*Exception)
			if !ok {
				err = Errorf(SystemErrorType, "RERAISE of a non-exception")
				continue
			}
			err = exc
			reraise = true
		case opRaiseVarargs:
			err = t.raise(f, int(in.Arg))
			if e, ok := err.(*Exception); ok && in.Arg == 0 {
				_ = e
				reraise = false
			}
		case opCheckExcMatch:
			cls := f.pop()
			exc := f.top().(*Exception)
			ok, e := excMatches(t, exc, cls)
			if e != nil {
				err = e
				continue
			}
			f.push(Bool(ok))
		case opCheckEgMatch:
			cls := f.pop()
			excV := f.pop()
			exc, isExc := excV.(*Exception)
			if !isExc {
				f.push(None)
				f.push(None)
				continue
			}
			match, rest, e := splitGroup(t, exc, cls)
			if e != nil {
				err = e
				continue
			}
			if match != nil && match.Exceptions == nil && IsSubtype(exc.Class, BaseExceptionGroupType) == false {
				// A naked exception caught by except* is wrapped in a group.
				match = &Exception{Class: ExceptionGroupType, Args: Tuple{Str(""), Tuple{match}}, Exceptions: []*Exception{match}}
				if !IsSubtype(exc.Class, ExceptionType) {
					match.Class = BaseExceptionGroupType
				}
			}
			var rv, mv Value = None, None
			if rest != nil {
				rv = rest
			}
			if match != nil {
				mv = match
				t.excInfo = match
			}
			f.push(rv)
			f.push(mv)
		case opPrepReraiseStar:
			rest := f.pop()
			raised := f.pop().(*List)
			f.push(prepReraiseStar(f.pop(), raised.Items, rest))
		case opLoadAssertionError:
			f.push(AssertionErrorType)
		case opImportName:
			fromlist := f.pop()
			level := f.pop()
			m, e := t.importName(f, f.code.Names[in.Arg], fromlist, int(level.(Int)))
			if e != nil {
				err = e
				continue
			}
			f.push(m)
		case opImportFrom:
			v, e := t.importFrom(f.top(), f.code.Names[in.Arg])
			if e != nil {
				err = e
				continue
			}
			f.push(v)
		case opImportStar:
			m := f.pop()
			if e := t.importStar(f, m); e != nil {
				err = e
				continue
			}
		case opLoadBuildClass:
			f.push(buildClassBuiltin)
		case opSetupAnnotations:
		case opStoreAnnotation:
			name := f.pop()
			ann := f.pop()
			d, ok := f.locals.GetStr("__annotations__")
			if !ok {
				d = NewDict()
				f.locals.SetStr("__annotations__", d)
			}
			if dd, ok := d.(*Dict); ok {
				dd.Set(t, name, ann)
			}
		case opMatchClass:
			vals := f.pop().(Tuple)
			subject := f.pop()
			r, e := runMatch(t, f.code.Consts[in.Arg].(*matchSpec), subject, vals)
			if e != nil {
				err = e
				continue
			}
			f.push(r)
		case opExcTriple:
			exc := f.pop().(*Exception)
			var tb Value = None
			if exc.Traceback != nil {
				tb = exc.Traceback
			}
			f.push(exc.Class)
			f.push(exc)
			f.push(tb)
		case opPopTempIter:
			if g, ok := f.pop().(*Generator); ok {
				err = t.closeTempIter(g)
			}
		default:
			err = Errorf(SystemErrorType, "unknown opcode %s", in.Op)
		}
	}
}

// step counts one step of the budget and checks for cancellation.
func (t *Thread) step() error {
	if c := t.cancelled.Load(); c != nil {
		return &Cancelled{Reason: *c}
	}
	if t.budget > 0 && t.nested == 0 {
		t.budget--
		if t.budget == 0 {
			return errPreempted
		}
	}
	return nil
}

func (t *Thread) pushFrame(f *Frame) error {
	if len(t.frames) >= t.recursionLimit {
		return Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	t.frames = append(t.frames, f)
	if f.gen != nil {
		f.gen.enterExc(t)
	}
	return nil
}

func (t *Thread) blockingSuspend(s *Suspension) (Value, error) {
	if t.BlockingSuspend != nil {
		v, err := t.BlockingSuspend(s.Payload)
		if d, ok := v.(*BlockingDone); ok && err == nil {
			return d.Finish(t)
		}
		return v, err
	}
	return nil, Errorf(RuntimeErrorType, "cannot suspend inside a call made from Go code (a sort key, __eq__, __repr__, __init__ run by a builtin, ...): move the suspending call out of it")
}

func nameError(name string) *Exception {
	e := Errorf(NameErrorType, "name '%s' is not defined", name)
	e.Dict = NewDict()
	e.Dict.SetStr("name", Str(name))
	return e
}

func (f *Frame) derefName(i int) string {
	if i < len(f.code.Cellvars) {
		return f.code.Cellvars[i]
	}
	return f.code.Freevars[i-len(f.code.Cellvars)]
}

func (t *Thread) unboundDeref(f *Frame, i int) error {
	name := f.derefName(i)
	if i < len(f.code.Cellvars) {
		return Errorf(UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
	}
	return Errorf(NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
}

func chainContains(start, exc *Exception) bool {
	for e, n := start, 0; e != nil && n < 100; e, n = e.Context, n+1 {
		if e == exc {
			return true
		}
	}
	return false
}

// raise implements RAISE_VARARGS.
func (t *Thread) raise(f *Frame, argc int) error {
	if argc == 0 {
		if t.excInfo == nil {
			return Errorf(RuntimeErrorType, "No active exception to reraise")
		}
		return t.excInfo
	}
	var cause Value
	if argc == 2 {
		cause = f.pop()
	}
	exc, err := makeException(t, f.pop())
	if err != nil {
		return err
	}
	if argc == 2 {
		switch c := cause.(type) {
		case NoneType:
			exc.Cause = nil
		case *Exception:
			exc.Cause = c
		case *Type:
			ce, err := makeException(t, c)
			if err != nil {
				return Errorf(TypeErrorType, "exception causes must derive from BaseException")
			}
			exc.Cause = ce
		default:
			return Errorf(TypeErrorType, "exception causes must derive from BaseException")
		}
		exc.SuppressContext = true
	}
	return exc
}

func unpackIterable(t *Thread, v Value, n, _ int) ([]Value, error) {
	it, err := GetIter(t, v)
	if err != nil {
		return nil, Errorf(TypeErrorType, "cannot unpack non-iterable %s object", TypeName(v))
	}
	var out []Value
	for {
		x, ok, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, x)
		if len(out) > n {
			return out, nil
		}
	}
}

func dictMergeKwargs(t *Thread, d *Dict, v Value, fn Value) error {
	src, ok := asDict(v)
	if !ok {
		if lookupDunder(v, "keys") == nil {
			return Errorf(TypeErrorType, "%s argument after ** must be a mapping, not %s", callableName(fn), TypeName(v))
		}
		src = NewDict()
		if err := dictUpdate(t, src, v, nil); err != nil {
			return err
		}
	}
	var err error
	src.Items(func(k, x Value) bool {
		if _, ok, _ := d.Get(t, k); ok {
			err = Errorf(TypeErrorType, "%s got multiple values for keyword argument '%s'", callableName(fn), strNoThread(k))
			return false
		}
		err = d.Set(t, k, x)
		return err == nil
	})
	return err
}

func callableName(v Value) string {
	switch x := v.(type) {
	case *Function:
		if m, ok := x.Module.(Str); ok && m != "builtins" {
			return string(m) + "." + x.Qualname + "()"
		}
		return x.Qualname + "()"
	case *Builtin:
		return x.Name + "()"
	case *BoundMethod:
		return callableName(x.Fn)
	case *Type:
		return x.Name + "()"
	}
	return TypeName(v) + " object"
}

func asciiEscape(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch {
		case r < 0x80:
			b.WriteRune(r)
		case r < 0x100:
			b.WriteString("\\x" + hex2(int(r)))
		case r < 0x10000:
			b.WriteString("\\u" + hex2(int(r>>8)) + hex2(int(r&0xff)))
		default:
			b.WriteString("\\U" + hexN(int(r), 8))
		}
	}
	return b.String()
}

func hex2(n int) string { return hexN(n, 2) }

func hexN(n, w int) string {
	const digits = "0123456789abcdef"
	out := make([]byte, w)
	for i := w - 1; i >= 0; i-- {
		out[i] = digits[n&15]
		n >>= 4
	}
	return string(out)
}

func (c *Code) isCoroutine() bool { return c.Flags&CodeCoroutine != 0 }
