package stdlib

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/rebeam/rebeam/interp"
)

// The struct module: pack and unpack C structs described by a format
// string, with CPython's native (amd64 Linux) and standard sizes and its
// error messages.

// structItem is one format code with its repeat count.
type structItem struct {
	code   byte
	count  int
	size   int // size of one item
	offset int
}

type structFormat struct {
	items  []structItem
	size   int
	native bool
	big    bool
	nvals  int
}

func nativeSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'P', 'd':
		return 8
	}
	return 0
}

func stdSize(c byte) int {
	switch c {
	case 'x', 'c', 'b', 'B', '?', 's', 'p':
		return 1
	case 'h', 'H', 'e':
		return 2
	case 'i', 'I', 'l', 'L', 'f':
		return 4
	case 'q', 'Q', 'd':
		return 8
	}
	return 0
}

func parseStructFormat(t *interp.Thread, f string) (*structFormat, error) {
	sf := &structFormat{native: true}
	i := 0
	if len(f) > 0 {
		switch f[0] {
		case '@':
			i = 1
		case '=':
			sf.native, i = false, 1
		case '<':
			sf.native, i = false, 1
		case '>', '!':
			sf.native, sf.big, i = false, true, 1
		}
	}
	off := 0
	for i < len(f) {
		c := f[i]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f' {
			i++
			continue
		}
		count, hasCount := 0, false
		for i < len(f) && f[i] >= '0' && f[i] <= '9' {
			count = count*10 + int(f[i]-'0')
			hasCount = true
			i++
			if count > 1<<40 {
				return nil, structErr(t, "total struct size too long")
			}
		}
		if i >= len(f) {
			return nil, structErr(t, "repeat count given without format specifier")
		}
		c = f[i]
		i++
		if !hasCount {
			count = 1
		}
		var sz int
		if sf.native {
			sz = nativeSize(c)
		} else {
			sz = stdSize(c)
		}
		if sz == 0 || (!sf.native && (c == 'n' || c == 'N' || c == 'P')) {
			return nil, structErr(t, "bad char in struct format")
		}
		if sf.native && c != 's' && c != 'p' && c != 'x' && c != 'c' && c != 'b' && c != 'B' && c != '?' {
			off = (off + sz - 1) / sz * sz
		}
		it := structItem{code: c, count: count, size: sz, offset: off}
		switch c {
		case 's', 'p':
			off += count
			sf.nvals++
		case 'x':
			off += count
		default:
			off += count * sz
			sf.nvals += count
		}
		sf.items = append(sf.items, it)
	}
	if off > 1<<31 {
		return nil, structErr(t, "total struct size too long")
	}
	sf.size = off
	return sf, nil
}

func structErr(t *interp.Thread, format string, args ...any) error {
	var cls interp.Value = interp.ValueErrorType
	if v, ok := t.Interp.Module("struct"); ok {
		if m, ok := v.(*interp.Module); ok {
			if c, ok := m.Dict.GetStr("error"); ok {
				cls = c
			}
		}
	}
	return raise(t, cls, interp.Str(fmt.Sprintf(format, args...)))
}

func formatArg(t *interp.Thread, v interp.Value) (*structFormat, error) {
	var f string
	switch x := v.(type) {
	case interp.Str:
		f = string(x)
	case interp.Bytes:
		f = string(x)
	default:
		return nil, argErr("Struct() argument 1 must be a str or bytes object, not %s", interp.TypeName(v))
	}
	return parseStructFormat(t, f)
}

func (sf *structFormat) order() binary.ByteOrder {
	if sf.big {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// intRangeErr is the struct.error for n outside [lo, hi] in code c. Its
// words follow the C function CPython packs c with: the native ones
// (for '@', for b and B everywhere, and, this being a little-endian
// machine, for h, H, i, I, q and Q under '<' and '=') name the C type
// for b, B, h and H; the standard ones name the code and its range. A
// number that does not fit the C long (unsigned long for I, L, Q and N)
// the function reads first is "argument out of range"; big-endian q and Q,
// and P, say "int too large to convert".
func intRangeErr(t *interp.Thread, sf *structFormat, c byte, n, lo, hi *big.Int) error {
	unsigned := c == 'B' || c == 'H' || c == 'I' || c == 'L' || c == 'Q' || c == 'N'
	native := sf.native || c == 'b' || c == 'B' || (!sf.big && strings.IndexByte("hHiIqQ", c) >= 0)
	if !native && (c == 'q' || c == 'Q') || c == 'P' {
		// big-endian 8-byte and pointers: the conversion reports it
		return structErr(t, "int too large to convert")
	}
	readsLong := !unsigned || (native && (c == 'B' || c == 'H'))
	if readsLong && !n.IsInt64() || !readsLong && (n.Sign() < 0 || !n.IsUint64()) {
		return structErr(t, "argument out of range")
	}
	if native {
		switch c {
		case 'b':
			return structErr(t, "byte format requires -128 <= number <= 127")
		case 'B':
			return structErr(t, "ubyte format requires 0 <= number <= 255")
		case 'h':
			return structErr(t, "short format requires -32768 <= number <= 32767")
		case 'H':
			return structErr(t, "ushort format requires 0 <= number <= 65535")
		case 'i', 'I':
		default:
			return structErr(t, "argument out of range")
		}
	}
	return structErr(t, "'%c' format requires %s <= number <= %s", c, lo, hi)
}

func (sf *structFormat) pack(t *interp.Thread, buf []byte, vals []interp.Value) error {
	if len(vals) != sf.nvals {
		return structErr(t, "pack expected %d items for packing (got %d)", sf.nvals, len(vals))
	}
	order := sf.order()
	k := 0
	for _, it := range sf.items {
		switch it.code {
		case 'x':
			continue
		case 's', 'p':
			s, ok := asBytes(vals[k])
			k++
			if !ok {
				return structErr(t, "argument for '%c' must be a bytes object", it.code)
			}
			dst := buf[it.offset : it.offset+it.count]
			if it.code == 'p' {
				if it.count == 0 {
					continue
				}
				n := min(len(s), it.count-1, 255)
				dst[0] = byte(n)
				copy(dst[1:], s[:n])
				continue
			}
			copy(dst, s)
			continue
		}
		for j := 0; j < it.count; j++ {
			v := vals[k]
			k++
			pos := it.offset + j*it.size
			dst := buf[pos : pos+it.size]
			switch it.code {
			case 'c':
				s, ok := asBytes(v)
				if !ok || len(s) != 1 {
					return structErr(t, "char format requires a bytes object of length 1")
				}
				dst[0] = s[0]
			case '?':
				b, err := interp.Truth(t, v)
				if err != nil {
					return err
				}
				dst[0] = byte(b2i(b))
			case 'e', 'f', 'd':
				f, err := realArg(t, v)
				if err != nil {
					return structErr(t, "required argument is not a float")
				}
				switch it.code {
				case 'd':
					order.PutUint64(dst, math.Float64bits(f))
				case 'f':
					f32 := float32(f)
					if math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) && !sf.native {
						return interp.Errorf(interp.OverflowErrorType, "float too large to pack with f format")
					}
					order.PutUint32(dst, math.Float32bits(f32))
				case 'e':
					h, ok := float16Bits(f)
					if !ok {
						return interp.Errorf(interp.OverflowErrorType, "float too large to pack with e format")
					}
					order.PutUint16(dst, h)
				}
			default:
				n, ok := toBig(v)
				if !ok {
					if _, isF := v.(interp.Float); !isF {
						if m, err := special(t, v, "__index__"); err == nil && m != nil {
							pn, err := indexArg(t, v)
							if err != nil {
								return err
							}
							n = pn.Big()
							ok = true
						}
					}
					if !ok {
						return structErr(t, "required argument is not an integer")
					}
				}
				signed := it.code >= 'a' && it.code <= 'z' && it.code != 'p'
				bits := uint(it.size * 8)
				var lo, hi *big.Int
				if signed {
					hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits-1), big.NewInt(1))
					lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
				} else {
					hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bits), big.NewInt(1))
					lo = big.NewInt(0)
				}
				if it.code == 'P' {
					// a void *: a negative number converts as a C long
					lo = new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), bits-1))
				}
				if n.Cmp(lo) < 0 || n.Cmp(hi) > 0 {
					return intRangeErr(t, sf, it.code, n, lo, hi)
				}
				var u uint64
				if n.Sign() < 0 {
					u = uint64(n.Int64())
				} else {
					u = n.Uint64()
				}
				switch it.size {
				case 1:
					dst[0] = byte(u)
				case 2:
					order.PutUint16(dst, uint16(u))
				case 4:
					order.PutUint32(dst, uint32(u))
				case 8:
					order.PutUint64(dst, u)
				}
			}
		}
	}
	return nil
}

func (sf *structFormat) unpack(buf []byte) interp.Tuple {
	order := sf.order()
	out := make(interp.Tuple, 0, sf.nvals)
	for _, it := range sf.items {
		switch it.code {
		case 'x':
			continue
		case 's':
			out = append(out, interp.Bytes(buf[it.offset:it.offset+it.count]))
			continue
		case 'p':
			if it.count == 0 {
				out = append(out, interp.Bytes(""))
				continue
			}
			n := min(int(buf[it.offset]), it.count-1)
			out = append(out, interp.Bytes(buf[it.offset+1:it.offset+1+n]))
			continue
		}
		for j := 0; j < it.count; j++ {
			pos := it.offset + j*it.size
			src := buf[pos : pos+it.size]
			switch it.code {
			case 'c':
				out = append(out, interp.Bytes(src[:1]))
			case '?':
				out = append(out, interp.Bool(src[0] != 0))
			case 'd':
				out = append(out, interp.Float(math.Float64frombits(order.Uint64(src))))
			case 'f':
				out = append(out, interp.Float(math.Float32frombits(order.Uint32(src))))
			case 'e':
				out = append(out, interp.Float(float16Value(order.Uint16(src))))
			default:
				var u uint64
				switch it.size {
				case 1:
					u = uint64(src[0])
				case 2:
					u = uint64(order.Uint16(src))
				case 4:
					u = uint64(order.Uint32(src))
				case 8:
					u = order.Uint64(src)
				}
				signed := it.code >= 'a' && it.code <= 'z'
				if signed {
					shift := 64 - uint(it.size*8)
					out = append(out, interp.Int(int64(u<<shift)>>shift))
				} else if u > math.MaxInt64 {
					out = append(out, interp.MakeBig(new(big.Int).SetUint64(u)))
				} else {
					out = append(out, interp.Int(u))
				}
			}
		}
	}
	return out
}

// float16Bits rounds f to IEEE half precision (round half to even).
func float16Bits(f float64) (uint16, bool) {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	if math.IsNaN(f) {
		return sign | 0x7e00, true
	}
	a := math.Abs(f)
	if math.IsInf(f, 0) {
		return sign | 0x7c00, true
	}
	if a == 0 {
		return sign, true
	}
	// Scale into units of the smallest subnormal (2**-24) or of the ulp
	// at a's exponent, then round half to even.
	_, e := math.Frexp(a) // a = m * 2**e, 0.5 <= m < 1
	exp := e - 1          // a = 1.x * 2**exp
	if exp < -14 {
		// Subnormal: multiple of 2**-24.
		q := math.RoundToEven(a * (1 << 24))
		if q >= 1024 {
			return sign | 0x0400, true
		}
		return sign | uint16(q), true
	}
	q := math.RoundToEven(math.Ldexp(a, 10-exp)) // 1024..2048
	if q == 2048 {
		q = 1024
		exp++
	}
	if exp > 15 {
		return 0, false
	}
	return sign | uint16(exp+15)<<10 | (uint16(q) - 1024), true
}

func float16Value(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 31:
		if frac == 0 {
			return sign * math.Inf(1)
		}
		return math.NaN()
	}
	return sign * math.Ldexp(1024+frac, exp-25)
}

func structPack(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) < 1 {
		return nil, argErr("missing format argument")
	}
	sf, err := formatArg(t, args[0])
	if err != nil {
		return nil, err
	}
	buf := make([]byte, sf.size)
	if err := sf.pack(t, buf, args[1:]); err != nil {
		return nil, err
	}
	return interp.Bytes(buf), nil
}

func structPackInto(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	if len(args) < 3 {
		return nil, argErr("pack_into expected at least 3 arguments, got %d", len(args))
	}
	sf, err := formatArg(t, args[0])
	if err != nil {
		return nil, err
	}
	var dst []byte
	switch b := args[1].(type) {
	case *interp.ByteArray:
		dst = b.B
	case *interp.MemoryView:
		w, ok := b.Writable()
		if !ok {
			return nil, argErr("argument must be read-write bytes-like object, not %s", interp.TypeName(args[1]))
		}
		dst = w
	default:
		return nil, argErr("argument must be read-write bytes-like object, not %s", interp.TypeName(args[1]))
	}
	off, err := interp.ToIndex(args[2])
	if err != nil {
		return nil, err
	}
	if off < 0 {
		if off+len(dst) < 0 {
			return nil, structErr(t, "offset %d out of range for %d-byte buffer", off, len(dst))
		}
		off += len(dst)
	}
	if len(dst)-off < sf.size {
		return nil, structErr(t, "pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", sf.size+off, sf.size, off, len(dst))
	}
	tmp := make([]byte, sf.size)
	copy(tmp, dst[off:off+sf.size])
	if err := sf.pack(t, tmp, args[3:]); err != nil {
		return nil, err
	}
	copy(dst[off:], tmp)
	return interp.None, nil
}

func structUnpack(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var f, buffer interp.Value
	if err := interp.UnpackArgs("unpack", args, kw, "format", &f, "buffer", &buffer); err != nil {
		return nil, err
	}
	sf, err := formatArg(t, f)
	if err != nil {
		return nil, err
	}
	b, err := bytesArg(buffer)
	if err != nil {
		return nil, err
	}
	if len(b) != sf.size {
		return nil, structErr(t, "unpack requires a buffer of %d bytes", sf.size)
	}
	return sf.unpack([]byte(b)), nil
}

func structUnpackFrom(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var f, buffer interp.Value
	off := 0
	if err := interp.UnpackArgs("unpack_from", args, kw, "format", &f, "buffer", &buffer, "offset?", &off); err != nil {
		return nil, err
	}
	sf, err := formatArg(t, f)
	if err != nil {
		return nil, err
	}
	b, err := bytesArg(buffer)
	if err != nil {
		return nil, err
	}
	if off < 0 {
		if off+len(b) < 0 {
			return nil, structErr(t, "offset %d out of range for %d-byte buffer", off, len(b))
		}
		off += len(b)
	}
	if len(b)-off < sf.size {
		return nil, structErr(t, "unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", sf.size+off, sf.size, off, len(b))
	}
	return sf.unpack([]byte(b[off : off+sf.size])), nil
}

func structCalcsize(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	var f interp.Value
	if err := interp.UnpackArgs("calcsize", args, kw, "format", &f); err != nil {
		return nil, err
	}
	sf, err := formatArg(t, f)
	if err != nil {
		return nil, err
	}
	return interp.Int(sf.size), nil
}

func structIterCheck(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
	sf, err := formatArg(t, args[0])
	if err != nil {
		return nil, err
	}
	b, err := bytesArg(args[1])
	if err != nil {
		return nil, err
	}
	if sf.size == 0 {
		return nil, structErr(t, "cannot iteratively unpack with a struct of length 0")
	}
	if len(b)%sf.size != 0 {
		return nil, structErr(t, "iterative unpacking requires a buffer of a multiple of %d bytes", sf.size)
	}
	return interp.Int(sf.size), nil
}

func init() {
	register("struct", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, funcs{
			"pack": structPack, "pack_into": structPackInto, "unpack": structUnpack,
			"unpack_from": structUnpackFrom, "calcsize": structCalcsize, "_iter_check": structIterCheck,
		})
		return nil
	}, `
class error(Exception):
    pass
error.__module__ = 'struct'

class unpack_iterator:
    __slots__ = ('_format', '_buffer', '_size', '_pos')

    def __init__(self, *args, **kwargs):
        raise TypeError("Cannot create 'unpack_iterator objects")

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._buffer):
            raise StopIteration
        pos = self._pos
        self._pos = pos + self._size
        return unpack_from(self._format, self._buffer, pos)

    def __length_hint__(self):
        return (len(self._buffer) - self._pos) // self._size

unpack_iterator.__module__ = '_struct'

def iter_unpack(format, buffer):
    it = object.__new__(unpack_iterator)
    it._size = _iter_check(format, buffer)
    it._format = format
    it._buffer = buffer
    it._pos = 0
    return it

class Struct:
    __slots__ = ('_format', '_size')

    def __init__(self, format):
        if isinstance(format, bytes):
            format = format.decode('ascii')
        elif not isinstance(format, str):
            raise TypeError('Struct() argument 1 must be a str or bytes object, not %s' % type(format).__name__)
        self._size = calcsize(format)
        self._format = format

    @property
    def format(self):
        return self._format

    @property
    def size(self):
        return self._size

    def pack(self, *v):
        return pack(self._format, *v)

    def pack_into(self, buffer, offset, *v):
        return pack_into(self._format, buffer, offset, *v)

    def unpack(self, buffer):
        return unpack(self._format, buffer)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self._format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self._format, buffer)

Struct.__module__ = '_struct'
from _datetime_native import set_display as _set_display
_set_display(Struct, '_struct.Struct')
_set_display(unpack_iterator, '_struct.unpack_iterator')
del _set_display
`)
}
