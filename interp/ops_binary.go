package interp

import (
	"math"
	"strings"

	"github.com/rebeam/rebeam/internal/pynum"
)

// binOp numbers the binary operators in the order of ast.Operator, so that
// the compiler passes the AST's value straight through as an argument.
type binOp uint8

const (
	opAdd binOp = iota
	opSub
	opMul
	opMatMul
	opTrueDiv
	opMod
	opPow
	opLShift
	opRShift
	opOr
	opXor
	opAnd
	opFloorDiv
)

var binOpSymbols = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}

var binOpDunders = [...][3]string{
	{"__add__", "__radd__", "__iadd__"},
	{"__sub__", "__rsub__", "__isub__"},
	{"__mul__", "__rmul__", "__imul__"},
	{"__matmul__", "__rmatmul__", "__imatmul__"},
	{"__truediv__", "__rtruediv__", "__itruediv__"},
	{"__mod__", "__rmod__", "__imod__"},
	{"__pow__", "__rpow__", "__ipow__"},
	{"__lshift__", "__rlshift__", "__ilshift__"},
	{"__rshift__", "__rrshift__", "__irshift__"},
	{"__or__", "__ror__", "__ior__"},
	{"__xor__", "__rxor__", "__ixor__"},
	{"__and__", "__rand__", "__iand__"},
	{"__floordiv__", "__rfloordiv__", "__ifloordiv__"},
}

// isPlain reports whether v is a value of a builtin type whose operators
// are implemented directly in Go (no user class involved).
func isPlain(v Value) bool {
	switch v.(type) {
	case *Object, *Exception, *Type, *unionType, *genericAlias:
		return false
	}
	return true
}

// BinaryOp evaluates a op b with Python's rules: fast paths for builtin
// values, then __op__ of a, __rop__ of b (b's first when b's class is a
// proper subclass of a's that overrides it), and TypeError if both return
// NotImplemented.
func BinaryOp(t *Thread, op binOp, a, b Value) (Value, error) {
	if x, ok := a.(Int); ok {
		if y, ok := b.(Int); ok {
			switch op {
			case opAdd:
				if s := x + y; (s > x) == (y > 0) {
					return s, nil
				}
			case opSub:
				if s := x - y; (s < x) == (y > 0) {
					return s, nil
				}
			}
			r, err := intBinop(op, x, y)
			if r == NotImplemented {
				return nil, binopTypeError(op, a, b)
			}
			return r, err
		}
	}
	if isPlain(a) && isPlain(b) {
		r, err := builtinBinop(t, op, a, b)
		if err != nil {
			return nil, err
		}
		if r != NotImplemented {
			return r, nil
		}
		return nil, binopTypeError(op, a, b)
	}
	return dunderBinop(t, op, a, b)
}

func binopTypeError(op binOp, a, b Value) error {
	if op == opAdd {
		if _, ok := a.(Bytes); ok {
			return Errorf(TypeErrorType, "can't concat %s to bytes", TypeName(b))
		}
		switch a.(type) {
		case Str, *List, Tuple, Bytes:
			if _, ok := b.(Str); !ok || a.Type() != StrType {
				return Errorf(TypeErrorType, "can only concatenate %s (not \"%s\") to %s", TypeName(a), TypeName(b), TypeName(a))
			}
		}
	}
	if op == opMul {
		switch a.(type) {
		case Str, *List, Tuple, Bytes:
			if _, ok := asIntValue(b); !ok {
				return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(b))
			}
		}
		switch b.(type) {
		case Str, *List, Tuple, Bytes:
			if _, ok := asIntValue(a); !ok {
				return Errorf(TypeErrorType, "can't multiply sequence by non-int of type '%s'", TypeName(a))
			}
		}
	}
	if op == opPow {
		return Errorf(TypeErrorType, "unsupported operand type(s) for ** or pow(): '%s' and '%s'", TypeName(a), TypeName(b))
	}
	return Errorf(TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", binOpSymbols[op], TypeName(a), TypeName(b))
}

func dunderBinop(t *Thread, op binOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	names := binOpDunders[op]
	fa := ta.Lookup(names[0])
	var fb Value
	if ta != tb {
		fb = tb.Lookup(names[1])
		if fb != nil && IsSubtype(tb, ta) && fb != ta.Lookup(names[1]) {
			r, err := callDunder(t, fb, b, a)
			if err != nil || r != NotImplemented {
				return r, err
			}
			fb = nil
		}
	}
	if fa != nil {
		r, err := callDunder(t, fa, a, b)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if fb != nil {
		r, err := callDunder(t, fb, b, a)
		if err != nil || r != NotImplemented {
			return r, err
		}
	}
	if op == opMul {
		// seq * n where n is not an int but has __index__
		if r, ok, err := sequenceRepeat(t, a, b); ok {
			return r, err
		}
		if r, ok, err := sequenceRepeat(t, b, a); ok {
			return r, err
		}
	}
	return nil, binopTypeError(op, a, b)
}

// sequenceRepeat is seq * n for a builtin sequence and an n with
// __index__; ok is false when they are not such a pair.
func sequenceRepeat(t *Thread, seq, n Value) (Value, bool, error) {
	switch seq.(type) {
	case Str, *List, Tuple, Bytes, *ByteArray:
	default:
		return nil, false, nil
	}
	k, ok, err := indexOperand(t, n)
	if !ok || err != nil {
		return nil, ok, err
	}
	r, err := builtinBinop(t, opMul, seq, k)
	return r, true, err
}

// InplaceOp evaluates a op= b: __iop__ first, then the binary operator.
func InplaceOp(t *Thread, op binOp, a, b Value) (Value, error) {
	switch x := a.(type) {
	case Int:
		// no in-place form: the binary operator below
	case *List:
		if op == opAdd {
			items, err := ToSlice(t, b)
			if err != nil {
				return nil, err
			}
			x.Items = append(x.Items, items...)
			return x, nil
		}
		if op == opMul {
			n, ok, err := indexOperand(t, b)
			if err != nil {
				return nil, err
			}
			if ok {
				k, err := repeatCount(n, len(x.Items))
				if err != nil {
					return nil, err
				}
				x.Items = repeatValues(x.Items, k)
				return x, nil
			}
		}
	case *ByteArray:
		if op == opAdd {
			if s, ok := bytesLike(b); ok {
				x.B = append(x.B, s...)
				return x, nil
			}
		}
	case *Dict:
		if op == opOr {
			if err := dictUpdate(t, x, b, nil); err != nil {
				return nil, err
			}
			return x, nil
		}
	case *Set:
		if op == opOr || op == opAnd || op == opSub || op == opXor {
			if _, ok := b.(*Set); ok {
				r, err := builtinBinop(t, op, a, b)
				if err != nil {
					return nil, err
				}
				x.replaceWith(r.(*Set))
				return x, nil
			}
		}
	case *Object:
		if f := x.Class.Lookup(binOpDunders[op][2]); f != nil {
			r, err := callDunder(t, f, a, b)
			if err != nil || r != NotImplemented {
				return r, err
			}
		}
	}
	r, err := BinaryOp(t, op, a, b)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Class == TypeErrorType && strings.HasPrefix(e.Message(), "unsupported operand") {
			return nil, Errorf(TypeErrorType, "unsupported operand type(s) for %s=: '%s' and '%s'", binOpSymbols[op], TypeName(a), TypeName(b))
		}
	}
	return r, err
}

func repeatValues(items []Value, n int) []Value {
	if n <= 0 {
		return nil
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out
}

// builtinBinop applies op to builtin values, returning NotImplemented
// when their types do not support it.
func builtinBinop(t *Thread, op binOp, a, b Value) (Value, error) {
	if op == opOr {
		// a mappingproxy merges as the dict it shows, into a new dict
		if x, ok := a.(*mappingProxy); ok {
			a = x.d.Copy()
		}
		if y, ok := b.(*mappingProxy); ok {
			if _, isDict := a.(*Dict); isDict {
				b = y.d
			}
		}
	}
	if x, ok := a.(Bool); ok {
		if y, ok := b.(Bool); ok {
			switch op {
			case opAnd:
				return x && y, nil
			case opOr:
				return x || y, nil
			case opXor:
				return Bool(x != y), nil
			}
		}
	}
	if ia, ok := asIntValue(a); ok {
		if ib, ok := asIntValue(b); ok {
			return intBinop(op, ia, ib)
		}
		if fb, ok := b.(Float); ok {
			fa, err := intToFloat(ia)
			if err != nil {
				return nil, err
			}
			return floatBinop(op, fa, float64(fb))
		}
		if cb, ok := b.(Complex); ok {
			fa, err := intToFloat(ia)
			if err != nil {
				return nil, err
			}
			return complexBinop(op, complex(fa, 0), complex128(cb))
		}
		switch b.(type) {
		case Str, *List, Tuple, Bytes:
			if op == opMul {
				return builtinBinop(t, op, b, a)
			}
		}
		return NotImplemented, nil
	}
	switch x := a.(type) {
	case Float:
		switch y := b.(type) {
		case Float:
			return floatBinop(op, float64(x), float64(y))
		case Complex:
			return complexBinop(op, complex(float64(x), 0), complex128(y))
		}
		if iy, ok := asIntValue(b); ok {
			fy, err := intToFloat(iy)
			if err != nil {
				return nil, err
			}
			return floatBinop(op, float64(x), fy)
		}
	case Complex:
		switch y := b.(type) {
		case Float:
			return complexBinop(op, complex128(x), complex(float64(y), 0))
		case Complex:
			return complexBinop(op, complex128(x), complex128(y))
		}
		if iy, ok := asIntValue(b); ok {
			fy, err := intToFloat(iy)
			if err != nil {
				return nil, err
			}
			return complexBinop(op, complex128(x), complex(fy, 0))
		}
	case Str:
		switch op {
		case opAdd:
			if y, ok := b.(Str); ok {
				return x + y, nil
			}
		case opMul:
			if n, ok := asIntValue(b); ok {
				k, err := repeatCount(n, len(x))
				if err != nil {
					return nil, err
				}
				return Str(strings.Repeat(string(x), k)), nil
			}
		case opMod:
			return percentFormat(t, string(x), b)
		}
	case *ByteArray:
		if r, ok, err := byteArrayBinop(t, op, x, b); ok {
			return r, err
		}
	case Bytes:
		switch op {
		case opMod:
			return bytesPercentFormat(t, string(x), b)
		case opAdd:
			if y, ok := b.(Bytes); ok {
				return x + y, nil
			}
			if y, ok := bytesLike(b); ok {
				return x + Bytes(y), nil
			}
		case opMul:
			if n, ok := asIntValue(b); ok {
				k, err := repeatCount(n, len(x))
				if err != nil {
					return nil, err
				}
				return Bytes(strings.Repeat(string(x), k)), nil
			}
		}
	case *List:
		switch op {
		case opAdd:
			if y, ok := b.(*List); ok {
				items := make([]Value, 0, len(x.Items)+len(y.Items))
				items = append(append(items, x.Items...), y.Items...)
				return NewList(items), nil
			}
		case opMul:
			if n, ok := asIntValue(b); ok {
				k, err := repeatCount(n, len(x.Items))
				if err != nil {
					return nil, err
				}
				return NewList(repeatValues(x.Items, k)), nil
			}
		}
	case Tuple:
		switch op {
		case opAdd:
			if y, ok := b.(Tuple); ok {
				items := make(Tuple, 0, len(x)+len(y))
				return append(append(items, x...), y...), nil
			}
		case opMul:
			if n, ok := asIntValue(b); ok {
				k, err := repeatCount(n, len(x))
				if err != nil {
					return nil, err
				}
				return Tuple(repeatValues(x, k)), nil
			}
		}
	case *Dict:
		if y, ok := b.(*Dict); ok && op == opOr {
			r := x.Copy()
			if err := dictUpdate(t, r, y, nil); err != nil {
				return nil, err
			}
			return r, nil
		}
	case *Set, *FrozenSet:
		xd, _ := setDict(x)
		if yd, ok := setDict(b); ok {
			r, err := setBinop(t, op, &Set{d: xd}, &Set{d: yd})
			if fr, ok := r.(*Set); ok {
				if _, frozen := x.(*FrozenSet); frozen {
					return &FrozenSet{d: fr.d}, err
				}
			}
			return r, err
		}
	case *dictView:
		if x.kind != 1 {
			if items, err := ToSlice(t, b); err == nil && (op == opOr || op == opAnd || op == opSub || op == opXor) {
				xs, _ := ToSlice(t, x)
				a, bd := NewDict(), NewDict()
				for _, v := range xs {
					if err := a.Set(t, v, None); err != nil {
						return nil, err
					}
				}
				for _, v := range items {
					if err := bd.Set(t, v, None); err != nil {
						return nil, err
					}
				}
				return setBinop(t, op, &Set{d: a}, &Set{d: bd})
			}
		}
	}
	return NotImplemented, nil
}

func repeatCount(n Value, size int) (int, error) {
	k, ok := n.(Int)
	if !ok {
		if size == 0 {
			return 0, nil
		}
		return 0, Errorf(OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if k <= 0 {
		return 0, nil
	}
	if size > 0 && int64(k) > (1<<40)/int64(size) {
		return 0, Errorf(MemoryErrorType, "")
	}
	return int(k), nil
}

func floatBinop(op binOp, x, y float64) (Value, error) {
	switch op {
	case opAdd:
		return Float(x + y), nil
	case opSub:
		return Float(x - y), nil
	case opMul:
		return Float(x * y), nil
	case opTrueDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case opFloorDiv, opMod:
		if y == 0 {
			if op == opMod {
				return nil, Errorf(ZeroDivisionErrorType, "float modulo")
			}
			return nil, Errorf(ZeroDivisionErrorType, "float floor division by zero")
		}
		q, m := floatDivMod(x, y)
		if op == opFloorDiv {
			return Float(q), nil
		}
		return Float(m), nil
	case opPow:
		// pynum's pow has float_pow's special cases (0.0 ** -inf is inf,
		// -8.0 ** nan is nan) and is correctly rounded, as the C
		// library's is; a negative base to a fractional power is complex.
		r, isComplex, perr := pynum.FloatPow(x, y)
		if perr != nil {
			return nil, pynumError(perr, "")
		}
		if isComplex {
			return complexBinop(op, complex(x, 0), complex(y, 0))
		}
		return Float(r), nil
	}
	return NotImplemented, nil
}

// floatDivMod is Python's divmod on floats.
func floatDivMod(x, y float64) (float64, float64) {
	mod := math.Mod(x, y)
	div := (x - mod) / y
	if mod != 0 {
		if (y < 0) != (mod < 0) {
			mod += y
			div -= 1
		}
	} else {
		mod = math.Copysign(0, y)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1
		}
	} else {
		floordiv = math.Copysign(0, x/y)
	}
	return floordiv, mod
}

func complexBinop(op binOp, x, y complex128) (Value, error) {
	switch op {
	case opAdd:
		return Complex(x + y), nil
	case opSub:
		return Complex(x - y), nil
	case opMul:
		return Complex(x * y), nil
	case opTrueDiv:
		if y == 0 {
			return nil, Errorf(ZeroDivisionErrorType, "complex division by zero")
		}
		return Complex(x / y), nil
	case opPow:
		if x == 0 {
			if real(y) < 0 || imag(y) != 0 {
				return nil, Errorf(ZeroDivisionErrorType, "0.0 to a negative or complex power")
			}
			if y == 0 {
				return Complex(1), nil
			}
			return Complex(0), nil
		}
		// pynum's is CPython's _Py_c_pow over a libm that rounds as
		// glibc's does.
		r, perr := pynum.ComplexPow(x, y)
		if perr != nil {
			return nil, pynumError(perr, "")
		}
		return Complex(r), nil
	}
	return NotImplemented, nil
}

// UnaryNeg, UnaryPos and UnaryInvert implement -x, +x and ~x.
func unaryOp(t *Thread, op byte, v Value) (Value, error) {
	switch x := v.(type) {
	case Int, Bool, *BigInt:
		switch op {
		case '-':
			return intNeg(x), nil
		case '+':
			r, _ := asIntValue(x)
			return r, nil
		case '~':
			r, _ := asIntValue(x)
			if i, ok := r.(Int); ok {
				return ^i, nil
			}
			return bigBinop(opSub, intNeg(r), Int(1))
		}
	case Float:
		switch op {
		case '-':
			return -x, nil
		case '+':
			return x, nil
		}
	case Complex:
		switch op {
		case '-':
			return -x, nil
		case '+':
			return x, nil
		}
	case *Object:
		name := map[byte]string{'-': "__neg__", '+': "__pos__", '~': "__invert__"}[op]
		if f := x.Class.Lookup(name); f != nil {
			return callDunder(t, f, v)
		}
	}
	return nil, Errorf(TypeErrorType, "bad operand type for unary %c: '%s'", op, TypeName(v))
}
