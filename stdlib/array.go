package stdlib

// The array module: typed arrays of numbers, in Python over a list, with
// struct packing the items for tobytes and frombytes and CPython's range
// checks and messages.

func init() {
	register("array", nil, arrayPrelude)
}

const arrayPrelude = `
import struct as _struct

typecodes = 'bBuhHiIlLqQfd'
_sizes = {'b': 1, 'B': 1, 'u': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_LONG = (-2**63, 2**63 - 1, 'Python int too large to convert to C long', 'Python int too large to convert to C long')
_NEG_UINT = "can't convert negative value to unsigned int"
_ULONG = (0, 2**64 - 1, _NEG_UINT, 'Python int too large to convert to C unsigned long')
# The range checks of each typecode, in order, with CPython's messages:
# those of the C conversion it reads the item with, then its own.
_limits = {
    'b': (_LONG, (-2**15, 2**15 - 1, 'signed short integer is less than minimum', 'signed short integer is greater than maximum'),
          (-128, 127, 'signed char is less than minimum', 'signed char is greater than maximum')),
    'B': (_LONG, (0, 255, 'unsigned byte integer is less than minimum', 'unsigned byte integer is greater than maximum')),
    'h': (_LONG, (-2**15, 2**15 - 1, 'signed short integer is less than minimum', 'signed short integer is greater than maximum')),
    'H': (_LONG, (-2**31, 2**31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum'),
          (0, 2**16 - 1, 'unsigned short is less than minimum', 'unsigned short is greater than maximum')),
    'i': (_LONG, (-2**31, 2**31 - 1, 'signed integer is less than minimum', 'signed integer is greater than maximum')),
    'I': (_ULONG, (0, 2**32 - 1, _NEG_UINT, 'unsigned int is greater than maximum')),
    'l': (_LONG,),
    'L': (_ULONG,),
    'q': ((-2**63, 2**63 - 1, 'int too big to convert', 'int too big to convert'),),
    'Q': ((0, 2**64 - 1, "can't convert negative int to unsigned", 'int too big to convert'),),
}

def _check(tc, v):
    if tc == 'u':
        if not isinstance(v, str) or len(v) != 1:
            raise TypeError('array item must be unicode character')
        return v
    if tc in 'fd':
        if not isinstance(v, (int, float)):
            if hasattr(type(v), '__float__'):
                return float(v)
            raise TypeError('must be real number, not %s' % type(v).__name__)
        v = float(v)
        if tc == 'f':
            v = _struct.unpack('f', _struct.pack('f', v))[0]
        return v
    if not isinstance(v, int):
        if hasattr(type(v), '__index__'):
            v = v.__index__()
        else:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    for lo, hi, lomsg, himsg in _limits[tc]:
        if v < lo:
            raise OverflowError(lomsg)
        if v > hi:
            raise OverflowError(himsg)
    return int(v)

class array:
    def __init__(self, typecode, initializer=None):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError('array() argument 1 must be a unicode character, not %s' % type(typecode).__name__)
        if typecode not in typecodes:
            raise ValueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)')
        self._tc = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, str):
            if typecode != 'u':
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, array):
            if typecode != initializer._tc and (typecode == 'u' or initializer._tc == 'u'):
                raise TypeError('cannot use a unicode array to initialize an array with typecode ' + "'%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    typecode = property(lambda self: self._tc)
    itemsize = property(lambda self: _sizes[self._tc])

    def append(self, v):
        self._items.append(_check(self._tc, v))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._items.extend(iterable._items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        self._items.insert(i, _check(self._tc, v))

    def pop(self, i=-1):
        if not self._items:
            raise IndexError('pop from empty array')
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError('pop index out of range') from None

    def remove(self, v):
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError('array.remove(x): x not in array') from None

    def index(self, v, start=0, stop=None):
        try:
            return self._items.index(v, start, len(self._items) if stop is None else stop)
        except ValueError:
            raise ValueError('array.index(x): x not in array') from None

    def count(self, v):
        return self._items.count(v)

    def reverse(self):
        self._items.reverse()

    def buffer_info(self):
        return (id(self), len(self._items))

    def byteswap(self):
        if self._tc == 'u':
            raise RuntimeError("don't know how to byteswap this array type")
        fmt = '<' + self._tc if self._tc not in 'lL' else ('<q' if self._tc == 'l' else '<Q')
        out = []
        for v in self._items:
            out.append(_struct.unpack('>' + fmt[1:], _struct.pack(fmt, v))[0])
        self._items = out

    def _fmt(self, n):
        tc = self._tc
        if tc == 'u':
            return None
        return '=%d%s' % (n, {'l': 'q', 'L': 'Q'}.get(tc, tc))

    def tobytes(self):
        if self._tc == 'u':
            return ''.join(self._items).encode('utf-32-le')
        return _struct.pack(self._fmt(len(self._items)), *self._items)

    def frombytes(self, b):
        b = bytes(b)
        size = _sizes[self._tc]
        if len(b) % size:
            raise ValueError('bytes length not a multiple of item size')
        if self._tc == 'u':
            self._items.extend(b.decode('utf-32-le'))
            return
        self._items.extend(_struct.unpack(self._fmt(len(b) // size), b))

    def tolist(self):
        return list(self._items)

    def fromlist(self, lst):
        if not isinstance(lst, list):
            raise TypeError('arg must be list')
        items = [_check(self._tc, v) for v in lst]
        self._items.extend(items)

    def tounicode(self):
        if self._tc != 'u':
            raise ValueError('tounicode() may only be called on unicode type arrays')
        return ''.join(self._items)

    def fromunicode(self, s):
        if self._tc != 'u':
            raise ValueError('fromunicode() may only be called on unicode type arrays')
        self._items.extend(s)

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        size = _sizes[self._tc]
        data = f.read(n * size)
        self.frombytes(data)
        if len(data) < n * size:
            raise EOFError('read() didn\'t return enough bytes')

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, v):
        return v in self._items

    def __getitem__(self, i):
        if isinstance(i, slice):
            r = array(self._tc)
            r._items = self._items[i]
            return r
        try:
            return self._items[i]
        except IndexError:
            raise IndexError('array index out of range') from None
        except TypeError:
            raise TypeError('array indices must be integers') from None

    def __setitem__(self, i, v):
        if isinstance(i, slice):
            if not isinstance(v, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(v).__name__)
            if v._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            if i.step not in (None, 1):
                n = len(range(*i.indices(len(self._items))))
                if len(v._items) != n:
                    raise ValueError('attempt to assign array of size %d to extended slice of size %d'
                                     % (len(v._items), n))
            self._items[i] = v._items
            return
        v = _check(self._tc, v)
        try:
            self._items[i] = v
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __delitem__(self, i):
        try:
            del self._items[i]
        except IndexError:
            raise IndexError('array assignment index out of range') from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('bad argument type for built-in operation')
        r = array(self._tc)
        r._items = self._items + other._items
        return r

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        r = array(self._tc)
        r._items = self._items * n
        return r

    __rmul__ = __mul__

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items == other._items

    def __ne__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items != other._items

    def __lt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items < other._items

    def __le__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items <= other._items

    def __gt__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items > other._items

    def __ge__(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return self._items >= other._items

    __hash__ = None

    def __copy__(self):
        return array(self._tc, self)

    def __deepcopy__(self, memo):
        return array(self._tc, self)

    def __reduce_ex__(self, proto):
        return (array, (self._tc, list(self._items)))

    def __repr__(self):
        if not self._items:
            return 'array(%r)' % self._tc
        if self._tc == 'u':
            return 'array(%r, %r)' % (self._tc, ''.join(self._items))
        return 'array(%r, %r)' % (self._tc, self._items)

array.__module__ = 'array'
ArrayType = array
`
