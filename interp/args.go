package interp

import (
	"fmt"
	"reflect"
	"strings"
	"unsafe"
)

// UnpackArgs binds a builtin's positional and keyword arguments to Go
// variables, so that every builtin reports bad arguments the same way, in
// CPython's words. pairs alternate a parameter name and a pointer:
//
//	"x", &x        required
//	"key?", &key   optional (left as is when absent)
//	"$sep?", &sep  keyword-only
//	"/x?", &x      positional-only
//
// Pointers may be *Value, *int, *int64, *string, *bool, *float64, *Str,
// *[]Value (any iterable), *Tuple, *Callable (any callable, Value).
func UnpackArgs(fname string, args []Value, kwargs []Kwarg, pairs ...any) error {
	n := len(pairs) / 2
	set := make([]bool, n)
	maxPos := 0
	for i := 0; i < n; i++ {
		if !strings.HasPrefix(pairs[2*i].(string), "$") {
			maxPos++
		}
	}
	if len(args) > maxPos {
		min := 0
		for i := 0; i < n; i++ {
			if name := pairs[2*i].(string); !strings.HasSuffix(name, "?") && !strings.HasPrefix(name, "$") {
				min++
			}
		}
		if min == maxPos {
			if maxPos == 0 {
				return Errorf(TypeErrorType, "%s() takes no arguments (%d given)", fname, len(args))
			}
			if maxPos == 1 {
				return Errorf(TypeErrorType, "%s() takes exactly one argument (%d given)", fname, len(args))
			}
			return Errorf(TypeErrorType, "%s expected %d arguments, got %d", fname, maxPos, len(args))
		}
		return Errorf(TypeErrorType, "%s expected at most %d arguments, got %d", fname, maxPos, len(args))
	}
	for i, a := range args {
		if err := unpackOne(fname, pairs[2*i].(string), pairs[2*i+1], a); err != nil {
			return err
		}
		set[i] = true
	}
kw:
	for _, kv := range kwargs {
		for i := 0; i < n; i++ {
			name := strings.TrimSuffix(strings.TrimPrefix(pairs[2*i].(string), "$"), "?")
			if strings.HasPrefix(name, "/") {
				continue
			}
			if name == kv.Name {
				if set[i] {
					return Errorf(TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, name, i+1)
				}
				if err := unpackOne(fname, name, pairs[2*i+1], kv.Value); err != nil {
					return err
				}
				set[i] = true
				continue kw
			}
		}
		// as CPython's C functions word it
		return Errorf(TypeErrorType, "'%s' is an invalid keyword argument for %s()", kv.Name, fname)
	}
	for i := 0; i < n; i++ {
		name := pairs[2*i].(string)
		if !set[i] && !strings.HasSuffix(name, "?") {
			name = strings.TrimPrefix(strings.TrimPrefix(name, "$"), "/")
			if i < maxPos && len(kwargs) == 0 {
				if maxPos == 1 {
					return Errorf(TypeErrorType, "%s() takes exactly one argument (0 given)", fname)
				}
				return Errorf(TypeErrorType, "%s expected %d arguments, got %d", fname, maxPos, len(args))
			}
			return Errorf(TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, name, i+1)
		}
	}
	return nil
}

func unpackOne(fname, pname string, ptr any, v Value) error {
	pname = strings.TrimSuffix(strings.TrimPrefix(strings.TrimPrefix(pname, "$"), "/"), "?")
	switch p := ptr.(type) {
	case *Value:
		*p = v
	case *int:
		i, err := ToIndex(v)
		if err != nil {
			return err
		}
		*p = i
	case *int64:
		i, err := ToIndex(v)
		if err != nil {
			return err
		}
		*p = int64(i)
	case *string:
		s, ok := v.(Str)
		if !ok {
			if o, ok2 := v.(*Object); ok2 {
				s, ok = o.Base.(Str)
			}
		}
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, pname, TypeName(v))
		}
		*p = string(s)
	case *Str:
		s, ok := v.(Str)
		if !ok {
			return Errorf(TypeErrorType, "%s() argument '%s' must be str, not %s", fname, pname, TypeName(v))
		}
		*p = s
	case *bool:
		b, err := Truth(nil, v)
		if err != nil {
			return err
		}
		*p = b
	case *float64:
		f, ok := ToFloat(v)
		if !ok {
			return Errorf(TypeErrorType, "must be real number, not %s", TypeName(v))
		}
		*p = f
	default:
		panic(fmt.Sprintf("UnpackArgs: unsupported pointer type %T", ptr))
	}
	return nil
}

// ToIndex converts an int-like value to a Go int, as __index__ does.
func ToIndex(v Value) (int, error) {
	switch x := v.(type) {
	case Int:
		return int(x), nil
	case Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *BigInt:
		return 0, Errorf(OverflowErrorType, "Python int too large to convert to C ssize_t")
	case *Object:
		if x.Base != nil {
			return ToIndex(x.Base)
		}
	}
	return 0, Errorf(TypeErrorType, "'%s' object cannot be interpreted as an integer", TypeName(v))
}

// noKwargs reports the error of a builtin that takes no keywords.
func noKwargs(fname string, kwargs []Kwarg) error {
	if len(kwargs) > 0 {
		return Errorf(TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	return nil
}

// objectID returns id(v): the address of the object for pointer values,
// which Go's collector never moves, and a value-derived number otherwise.
func objectID(v Value) uintptr {
	switch x := v.(type) {
	case Int:
		return uintptr(x)*32 + 0x7f0000000000
	case Str:
		return uintptr(strHash(string(x))&0xffffffffff) << 4
	case NoneType:
		return 0x9a4f80
	case EllipsisType:
		return 0x9a4fa0
	case NotImplementedType:
		return 0x9a4fc0
	case Bool:
		if x {
			return 0x9a3f40
		}
		return 0x9a3f60
	case Tuple:
		if len(x) == 0 {
			return 0x9a5000
		}
		return uintptr(unsafe.Pointer(&x[0]))
	}
	rv := reflect.ValueOf(v)
	if rv.Kind() == reflect.Pointer {
		return rv.Pointer()
	}
	h, _ := Hash(nil, v)
	return uintptr(h&0xffffffffff) << 4
}
