"""The deque behind collections.deque.

A deque keeps its items in a list from index _h on: popleft advances _h
(compacting the list when more than half of it is dead), appendleft
fills the free slots before _h and grows them geometrically, so both
ends are amortised O(1)."""

_MISSING = object()


class deque:
    """deque([iterable[, maxlen]]): a double-ended queue, bounded to
    maxlen items when maxlen is given."""

    __slots__ = ("_d", "_h", "_maxlen", "_state", "__weakref__")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._d = []
        self._h = 0
        self._maxlen = maxlen
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        """maximum size of a deque or None if unbounded"""
        return self._maxlen

    def __len__(self):
        return len(self._d) - self._h

    def __bool__(self):
        return len(self._d) > self._h

    def append(self, x):
        """Add an element to the right side of the deque."""
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self._popleft()
        self._d.append(x)

    def appendleft(self, x):
        """Add an element to the left side of the deque."""
        self._state += 1
        m = self._maxlen
        if m is not None and len(self._d) - self._h >= m:
            if m == 0:
                return
            self._pop()
        if self._h == 0:
            n = max(8, len(self._d))
            self._d[0:0] = [None] * n
            self._h = n
        self._h -= 1
        self._d[self._h] = x

    def _popleft(self):
        d = self._d
        h = self._h
        x = d[h]
        d[h] = None
        h += 1
        if h == len(d):
            d.clear()
            h = 0
        elif h > 32 and 2 * h > len(d):
            del d[:h]
            h = 0
        self._h = h
        return x

    def _pop(self):
        x = self._d.pop()
        if len(self._d) == self._h:
            self._d.clear()
            self._h = 0
        return x

    def pop(self):
        """Remove and return the rightmost element."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._pop()

    def popleft(self):
        """Remove and return the leftmost element."""
        if len(self._d) == self._h:
            raise IndexError("pop from an empty deque")
        self._state += 1
        return self._popleft()

    def extend(self, iterable):
        """Extend the right side of the deque with elements from the
        iterable."""
        if iterable is self:
            iterable = list(iterable)
        if self._maxlen is None:
            self._state += 1
            self._d.extend(iterable)
            return
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        """Extend the left side of the deque with elements from the
        iterable, each in turn (so their order is reversed)."""
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def clear(self):
        """Remove all elements from the deque."""
        self._state += 1
        self._d = []
        self._h = 0

    def copy(self):
        """Return a shallow copy of a deque."""
        return type(self)(self, self._maxlen) if type(self) is not deque \
            else deque(self._items(), self._maxlen)

    __copy__ = copy

    def _items(self):
        return self._d[self._h:]

    def _set_items(self, items):
        self._state += 1
        self._d = items
        self._h = 0

    def count(self, x):
        """Return number of occurrences of value."""
        n = 0
        state = self._state
        for y in self._items():
            if y is x or y == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=_MISSING):
        """Return first index of value; raises ValueError if the value is
        not present."""
        n = len(self)
        if stop is _MISSING:
            stop = n
        if start < 0:
            start = max(start + n, 0)
        if stop < 0:
            stop = max(stop + n, 0)
        stop = min(stop, n)
        d, h = self._d, self._h
        state = self._state
        for i in range(start, stop):
            y = d[h + i]
            if y is x or y == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x):
        """Insert value before index."""
        if self._maxlen is not None and len(self) >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._set_items(items)

    def remove(self, value):
        """Remove first occurrence of value."""
        d, h = self._d, self._h
        for i in range(h, len(d)):
            y = d[i]
            if y is value or y == value:
                del d[i]
                self._state += 1
                if len(d) == h:
                    self.clear()
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        """Reverse *IN PLACE*."""
        items = self._items()
        items.reverse()
        self._set_items(items)

    def rotate(self, n=1):
        """Rotate the deque n steps to the right (default n=1); to the left
        when n is negative."""
        size = len(self)
        if size <= 1:
            return
        n %= size
        if not n:
            return
        items = self._items()
        self._set_items(items[-n:] + items[:-n])

    def _index(self, i):
        if not isinstance(i, int):
            try:
                i = i.__index__()
            except AttributeError:
                raise TypeError("sequence index must be integer, not '%s'"
                                % type(i).__name__) from None
        n = len(self._d) - self._h
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError("deque index out of range")
        return self._h + i

    def __getitem__(self, i):
        return self._d[self._index(i)]

    def __setitem__(self, i, x):
        self._d[self._index(i)] = x

    def __delitem__(self, i):
        j = self._index(i)
        self._state += 1
        del self._d[j]
        if len(self._d) == self._h:
            self.clear()

    def __contains__(self, x):
        state = self._state
        for y in self._items():
            if y is x or y == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        return _deque_iterator(self, False)

    def __reversed__(self):
        return _deque_iterator(self, True)

    def __repr__(self):
        if self in _repr_running:
            return "[...]"
        _repr_running.append(self)
        try:
            body = repr(self._items())
        finally:
            _repr_running.remove_identity(self)
        if self._maxlen is None:
            return "%s(%s)" % (type(self).__name__, body)
        return "%s(%s, maxlen=%d)" % (type(self).__name__, body, self._maxlen)

    __hash__ = None

    def _cmp_items(self, other):
        if not isinstance(other, deque):
            return None
        return other._items()

    def __eq__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items() == o

    def __ne__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items() != o

    def __lt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items() < o

    def __le__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items() <= o

    def __gt__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items() > o

    def __ge__(self, other):
        o = self._cmp_items(other)
        return NotImplemented if o is None else self._items() >= o

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        new = self.copy()
        new.extend(other)
        return new

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        new = self.copy()
        new *= n
        return new

    __rmul__ = __mul__

    def __imul__(self, n):
        items = self._items()
        items = items * n if n > 0 else []
        if self._maxlen is not None and len(items) > self._maxlen:
            items = items[len(items) - self._maxlen:]
        self._set_items(items)
        return self

    def __reduce__(self):
        return (type(self), (self._items(), self._maxlen))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class _ReprGuard(list):
    def __contains__(self, x):
        for y in self:
            if y is x:
                return True
        return False

    def remove_identity(self, x):
        for i, y in enumerate(self):
            if y is x:
                del self[i]
                return


_repr_running = _ReprGuard()


class _deque_iterator:
    __slots__ = ("_dq", "_i", "_state", "_rev", "_n")

    def __init__(self, dq, rev):
        self._dq = dq
        self._state = dq._state
        self._rev = rev
        self._i = 0
        self._n = len(dq)

    def __iter__(self):
        return self

    def __next__(self):
        dq = self._dq
        if dq is None:
            raise StopIteration
        if dq._state != self._state:
            self._dq = None
            raise RuntimeError("deque mutated during iteration")
        i = self._i
        if i >= self._n:
            self._dq = None
            raise StopIteration
        self._i = i + 1
        if self._rev:
            return dq._d[len(dq._d) - 1 - i]
        return dq._d[dq._h + i]

    def __length_hint__(self):
        return self._n - self._i if self._dq is not None else 0


_deque_reverse_iterator = _deque_iterator
deque.__module__ = "collections"
from _datetime_native import set_display as _set_display
_set_display(deque, "collections.deque")
_set_display(_deque_iterator, "_collections._deque_iterator")
del _set_display


class _tuplegetter:
    # The descriptor behind a namedtuple's field names: field number
    # `index` of the tuple, read-only. (No class docstring: each instance
    # carries its own __doc__.)

    __slots__ = ("_index", "__doc__")

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")

    def __reduce__(self):
        return type(self), (self._index, self.__doc__)
