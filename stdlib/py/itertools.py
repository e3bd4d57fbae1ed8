"""Iterator building blocks, as CPython's itertools module documents them.

Each tool is a class whose instances are their own iterators, so that
type(chain()) prints <class 'itertools.chain'> as in CPython. Where a tool
has an involved state it keeps a private generator and delegates to it."""

__all__ = [
    "accumulate", "chain", "combinations", "combinations_with_replacement",
    "compress", "count", "cycle", "dropwhile", "filterfalse", "groupby",
    "islice", "pairwise", "permutations", "product", "repeat", "starmap",
    "takewhile", "tee", "zip_longest",
]

_marker = object()


def _index(value, what):
    if value is None:
        return None
    try:
        n = value.__index__()
    except AttributeError:
        raise ValueError(what) from None
    return n


def _is_number(x):
    # what C calls a number: an int, float or complex, or anything that
    # converts to one
    t = type(x)
    return (isinstance(x, (int, float, complex)) or hasattr(t, "__index__")
            or hasattr(t, "__int__") or hasattr(t, "__float__") or hasattr(t, "__complex__"))


class _Base:
    __slots__ = ()

    def __iter__(self):
        return self

    def __reduce__(self):
        raise TypeError("cannot pickle '%s' object" % type(self).__name__)


class count(_Base):
    """count(start=0, step=1): start, start+step, start+2*step, ..."""
    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        if not (_is_number(start) and _is_number(step)):
            raise TypeError("a number is required")
        if (isinstance(start, int) and type(start) is not int and type(step) is int
                and step == 1 and -2**63 <= start < 2**63):
            # CPython counts an int subclass (True) by one as a plain int
            start = int(start)
        self._n = start
        self._step = step

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __iter__(self):
        return self._run()

    def _run(self):
        step = self._step
        while True:
            n = self._n
            self._n = n + step
            yield n

    def __repr__(self):
        step = self._step
        if isinstance(step, int) and step == 1 and not isinstance(step, bool):
            return "count(%r)" % (self._n,)
        return "count(%r, %r)" % (self._n, step)

    def __reduce__(self):
        # CPython leaves the step out while it counts a machine-sized int by 1
        n, step = self._n, self._step
        if type(step) is int and step == 1 and type(n) is int and -2**63 <= n < 2**63 - 1:
            return type(self), (n,)
        return type(self), (n, step)


class cycle(_Base):
    """cycle(iterable): the elements of iterable, repeated forever."""
    __slots__ = ("_it", "_saved", "_i", "_first")

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._saved = []
        self._i = 0
        self._first = True

    def __next__(self):
        if self._first:
            for x in self._it:
                self._saved.append(x)
                return x
            self._first = False
            self._it = None
        saved = self._saved
        if not saved:
            raise StopIteration
        x = saved[self._i]
        self._i = (self._i + 1) % len(saved)
        return x


class repeat(_Base):
    """repeat(object [,times]): object, times times or forever."""
    __slots__ = ("_obj", "_times")

    def __init__(self, object, times=None):
        self._obj = object
        if times is not None:
            times = _index(times, "times")
            if times < 0:
                times = 0
        self._times = times

    def __next__(self):
        t = self._times
        if t is None:
            return self._obj
        if t <= 0:
            raise StopIteration
        self._times = t - 1
        return self._obj

    def __length_hint__(self):
        if self._times is None:
            raise TypeError("len() of unsized object")
        return self._times

    def __repr__(self):
        if self._times is None:
            return "repeat(%r)" % (self._obj,)
        return "repeat(%r, %d)" % (self._obj, self._times)

    def __reduce__(self):
        if self._times is None:
            return type(self), (self._obj,)
        return type(self), (self._obj, self._times)


def _add(a, b):
    return a + b


class accumulate(_Base):
    """accumulate(iterable, func=operator.add, *, initial=None)"""
    __slots__ = ("_it", "_func", "_total", "_started")

    def __init__(self, iterable, func=None, *, initial=None):
        self._it = iter(iterable)
        self._func = _add if func is None else func
        self._total = initial
        self._started = initial is not None
        if initial is not None:
            self._total = _Pending(initial)

    def __next__(self):
        total = self._total
        if type(total) is _Pending:
            self._total = total.value
            return total.value
        x = next(self._it)
        if not self._started:
            self._started = True
            self._total = x
            return x
        total = self._func(total, x)
        self._total = total
        return total


class _Pending:
    __slots__ = ("value",)

    def __init__(self, value):
        self.value = value


class chain(_Base):
    """chain(*iterables): the elements of each iterable in turn."""
    __slots__ = ("_sources", "_cur")

    def __init__(self, *iterables):
        self._sources = iter(iterables)
        self._cur = None

    @classmethod
    def from_iterable(cls, iterable):
        self = cls.__new__(cls)
        self._sources = iter(iterable)
        self._cur = None
        return self

    def __next__(self):
        while True:
            cur = self._cur
            if cur is None:
                if self._sources is None:
                    raise StopIteration
                try:
                    src = next(self._sources)
                except StopIteration:
                    self._sources = None
                    raise
                cur = self._cur = iter(src)
            for x in cur:
                return x
            self._cur = None

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class compress(_Base):
    """compress(data, selectors): the data whose selector is true."""
    __slots__ = ("_data", "_sel")

    def __init__(self, data, selectors):
        self._data = iter(data)
        self._sel = iter(selectors)

    def __next__(self):
        data, sel = self._data, self._sel
        while True:
            d = next(data)
            if next(sel):
                return d


class dropwhile(_Base):
    """dropwhile(predicate, iterable)"""
    __slots__ = ("_pred", "_it", "_done")

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            return next(self._it)
        pred = self._pred
        for x in self._it:
            if not pred(x):
                self._done = True
                return x
        raise StopIteration


class takewhile(_Base):
    """takewhile(predicate, iterable)"""
    __slots__ = ("_pred", "_it", "_done")

    def __init__(self, predicate, iterable):
        self._pred = predicate
        self._it = iter(iterable)
        self._done = False

    def __next__(self):
        if self._done:
            raise StopIteration
        x = next(self._it)
        if self._pred(x):
            return x
        self._done = True
        raise StopIteration


class filterfalse(_Base):
    """filterfalse(function or None, iterable)"""
    __slots__ = ("_pred", "_it")

    def __init__(self, function, iterable):
        self._pred = bool if function is None else function
        self._it = iter(iterable)

    def __next__(self):
        pred = self._pred
        for x in self._it:
            if not pred(x):
                return x
        raise StopIteration


class starmap(_Base):
    """starmap(function, iterable): function(*args) for each args."""
    __slots__ = ("_func", "_it")

    def __init__(self, function, iterable):
        self._func = function
        self._it = iter(iterable)

    def __next__(self):
        args = next(self._it)
        if type(args) is not tuple:
            args = tuple(args)
        return self._func(*args)


class islice(_Base):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])"""
    __slots__ = ("_it", "_next", "_stop", "_step", "_pos")

    def __init__(self, iterable, *args):
        n = len(args)
        if n == 1:
            start, stop, step = None, args[0], None
        elif n in (2, 3):
            start, stop = args[0], args[1]
            step = args[2] if n == 3 else None
        elif n == 0:
            raise TypeError("islice expected at least 2 arguments, got 1")
        else:
            raise TypeError("islice expected at most 4 arguments, got %d" % (n + 1))
        msg = ("Stop argument for islice() must be None or an integer: "
               "0 <= x <= sys.maxsize.")
        if stop is not None:
            stop = _index(stop, msg)
            if stop < 0:
                raise ValueError(msg)
        smsg = ("Indices for islice() must be None or an integer: "
                "0 <= x <= sys.maxsize.")
        start = 0 if start is None else _index(start, smsg)
        if start < 0:
            raise ValueError(smsg)
        step = 1 if step is None else _index(step, "Step for islice() must be a positive integer or None.")
        if step < 1:
            raise ValueError("Step for islice() must be a positive integer or None.")
        self._it = iter(iterable)
        self._next = start
        self._stop = stop
        self._step = step
        self._pos = 0

    def __iter__(self):
        return self._run()

    def _run(self):
        # the loop of a for statement, keeping the state next() reads
        it = self._it
        if it is None:
            return
        stop, step = self._stop, self._step
        pos, want = self._pos, self._next
        try:
            while stop is None or want < stop:
                while pos < want:
                    next(it)
                    pos += 1
                x = next(it)
                pos += 1
                want += step
                self._pos, self._next = pos, want
                yield x
            while pos < stop:
                next(it)
                pos += 1
        except StopIteration:
            pass
        self._pos = pos
        self._it = None

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        want = self._next
        stop = self._stop
        if stop is not None and want >= stop:
            # consume up to stop, as CPython does
            while self._pos < stop:
                try:
                    next(it)
                except StopIteration:
                    break
                self._pos += 1
            self._it = None
            raise StopIteration
        while self._pos < want:
            try:
                next(it)
            except StopIteration:
                self._it = None
                raise
            self._pos += 1
        try:
            x = next(it)
        except StopIteration:
            self._it = None
            raise
        self._pos += 1
        self._next = want + self._step
        return x


class pairwise(_Base):
    """pairwise(iterable): (s0, s1), (s1, s2), ..."""
    __slots__ = ("_it", "_prev")

    def __init__(self, iterable):
        self._it = iter(iterable)
        self._prev = _marker

    def __next__(self):
        it = self._it
        if it is None:
            raise StopIteration
        prev = self._prev
        if prev is _marker:
            try:
                prev = next(it)
            except StopIteration:
                self._it = None
                raise
        try:
            cur = next(it)
        except StopIteration:
            self._it = None
            raise
        self._prev = cur
        return (prev, cur)


class zip_longest(_Base):
    """zip_longest(*iterables, fillvalue=None)"""
    __slots__ = ("_its", "_active", "_fill")

    def __init__(self, *iterables, fillvalue=None):
        self._its = [iter(x) for x in iterables]
        self._active = len(self._its)
        self._fill = fillvalue

    def __next__(self):
        its = self._its
        if not self._active:
            raise StopIteration
        out = []
        for i, it in enumerate(its):
            if it is None:
                out.append(self._fill)
                continue
            try:
                out.append(next(it))
            except StopIteration:
                its[i] = None
                self._active -= 1
                if not self._active:
                    raise
                out.append(self._fill)
        return tuple(out)


class _group(_Base):
    __slots__ = ("_parent", "_key")

    def __init__(self, parent, key):
        self._parent = parent
        self._key = key

    def __next__(self):
        p = self._parent
        if p._cur_group is not self:
            raise StopIteration
        return p._step_group(self)


_group.__name__ = "_grouper"
_group.__qualname__ = "_grouper"


class groupby(_Base):
    """groupby(iterable, key=None): (key, group) for each run of equal keys."""
    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_curkey", "_curval", "_cur_group", "_have")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._have = False
        self._cur_group = None
        self._tgtkey = _marker

    def _advance(self):
        v = next(self._it)
        k = v if self._keyfunc is None else self._keyfunc(v)
        self._curval = v
        self._curkey = k
        self._have = True

    def _step_group(self, grp):
        if not self._have:
            try:
                self._advance()
            except StopIteration:
                self._cur_group = None
                raise
        if self._curkey != grp._key:
            self._cur_group = None
            raise StopIteration
        self._have = False
        return self._curval

    def __next__(self):
        self._cur_group = None
        while True:
            if not self._have:
                self._advance()
            if self._tgtkey is _marker or self._curkey != self._tgtkey:
                break
            self._have = False
        self._tgtkey = self._curkey
        grp = _group(self, self._curkey)
        self._cur_group = grp
        return (self._curkey, grp)


class _tee_data:
    __slots__ = ("it", "buf", "base", "readers")

    def __init__(self, it):
        self.it = it
        self.buf = []
        self.base = 0
        self.readers = []


class _tee(_Base):
    __slots__ = ("_data", "_pos", "__weakref__")

    def __init__(self, iterable):
        if isinstance(iterable, _tee):
            self._data = iterable._data
            self._pos = iterable._pos
        else:
            self._data = _tee_data(iter(iterable))
            self._pos = 0

    def __copy__(self):
        return _tee(self)

    def __next__(self):
        d = self._data
        i = self._pos - d.base
        if i < len(d.buf):
            x = d.buf[i]
        else:
            x = next(d.it)
            d.buf.append(x)
        self._pos += 1
        return x


_tee.__name__ = "_tee"


def tee(iterable, n=2):
    """tee(iterable, n=2): n independent iterators over iterable."""
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if hasattr(iterable, "__copy__") and isinstance(iterable, _tee):
        first = iterable
    else:
        first = _tee(iterable)
    out = [first]
    for _ in range(n - 1):
        out.append(_tee(first))
    return tuple(out)


class _GenTool(_Base):
    __slots__ = ("_gen",)

    def __next__(self):
        return next(self._gen)

    def __iter__(self):
        # a for loop drives the generator itself, sharing its state with
        # next() on the tool, without a Python-level __next__ per item
        return self._gen


class product(_GenTool):
    """product(*iterables, repeat=1): the cartesian product."""
    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _index(repeat, "repeat")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._gen = _product(pools)


def _product(pools):
    n = len(pools)
    for p in pools:
        if not p:
            return
    idx = [0] * n
    cur = [p[0] for p in pools]
    sizes = [len(p) for p in pools]
    yield tuple(cur)
    last = n - 1
    while True:
        i = last
        while i >= 0:
            k = idx[i] + 1
            if k < sizes[i]:
                idx[i] = k
                cur[i] = pools[i][k]
                break
            idx[i] = 0
            cur[i] = pools[i][0]
            i -= 1
        if i < 0:
            return
        yield tuple(cur)


class permutations(_GenTool):
    """permutations(iterable, r=None)"""
    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        n = len(pool)
        if r is None:
            r = n
        else:
            r = _index(r, "r")
            if r < 0:
                raise ValueError("r must be non-negative")
        self._gen = _permutations(pool, n, r)


def _permutations(pool, n, r):
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple([pool[i] for i in indices[:r]])
    while n:
        i = r - 1
        while i >= 0:
            cycles[i] -= 1
            if cycles[i] == 0:
                moved = indices[i]
                del indices[i]
                indices.append(moved)
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple([pool[k] for k in indices[:r]])
                break
            i -= 1
        if i < 0:
            return


class combinations(_GenTool):
    """combinations(iterable, r)"""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r, "r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _combinations(pool, r)


def _combinations(pool, r):
    n = len(pool)
    if r > n:
        return
    idx = list(range(r))
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == i + n - r:
            i -= 1
        if i < 0:
            return
        idx[i] += 1
        for j in range(i + 1, r):
            idx[j] = idx[j - 1] + 1
        yield tuple([pool[k] for k in idx])


class combinations_with_replacement(_GenTool):
    """combinations_with_replacement(iterable, r)"""
    __slots__ = ()

    def __init__(self, iterable, r):
        pool = tuple(iterable)
        r = _index(r, "r")
        if r < 0:
            raise ValueError("r must be non-negative")
        self._gen = _cwr(pool, r)


def _cwr(pool, r):
    n = len(pool)
    if not n and r:
        return
    idx = [0] * r
    yield tuple([pool[i] for i in idx])
    while True:
        i = r - 1
        while i >= 0 and idx[i] == n - 1:
            i -= 1
        if i < 0:
            return
        v = idx[i] + 1
        for j in range(i, r):
            idx[j] = v
        yield tuple([pool[k] for k in idx])


def _set_displays():
    # error messages name the tools as CPython's C types do: 'itertools.count'
    from _datetime_native import set_display
    for cls in (count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
                filterfalse, starmap, islice, pairwise, zip_longest, groupby, _group, _tee,
                product, permutations, combinations, combinations_with_replacement):
        set_display(cls, "itertools." + cls.__name__)


_set_displays()
del _set_displays
