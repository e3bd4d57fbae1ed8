"""Binary search over sorted sequences, and insertion that keeps them sorted.

bisect_left/bisect_right return an insertion point for x; insort_left and
insort_right insert x there. The optional key function is applied to the
items of the sequence (and, for insort, to x) before comparing."""


def _window(seq, lo, hi):
    # Validate the search window [lo, hi) the way the builtin module does.
    if type(lo) is not int:
        try:
            lo = type(lo).__index__(lo)
        except AttributeError:
            raise TypeError(f"'{type(lo).__name__}' object cannot be "
                            "interpreted as an integer") from None
    if lo < 0:
        raise ValueError("lo must be non-negative")
    if hi is None:
        return lo, len(seq)
    if type(hi) is not int:
        try:
            hi = type(hi).__index__(hi)
        except AttributeError:
            raise TypeError("argument should be integer or None, not "
                            f"'{type(hi).__name__}'") from None
    if hi == -1:
        hi = len(seq)
    return lo, hi


def bisect_right(a, x, lo=0, hi=None, *, key=None):
    """Return the index after the last item of a[lo:hi] that is <= x,
    so that a.insert(i, x) keeps a sorted with x to the right of equals."""
    lo, hi = _window(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if x < probe:
            hi = middle
        else:
            lo = middle + 1
    return lo


def bisect_left(a, x, lo=0, hi=None, *, key=None):
    """Return the index of the first item of a[lo:hi] that is >= x,
    so that a.insert(i, x) keeps a sorted with x to the left of equals."""
    lo, hi = _window(a, lo, hi)
    while lo < hi:
        middle = (lo + hi) // 2
        probe = a[middle] if key is None else key(a[middle])
        if probe < x:
            lo = middle + 1
        else:
            hi = middle
    return lo


def insort_right(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, after any items equal to it."""
    where = bisect_right(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


def insort_left(a, x, lo=0, hi=None, *, key=None):
    """Insert x into the sorted sequence a, before any items equal to it."""
    where = bisect_left(a, x if key is None else key(x), lo, hi, key=key)
    a.insert(where, x)


bisect = bisect_right
insort = insort_right
