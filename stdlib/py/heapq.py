"""Heap queue algorithms on plain lists (a[k] <= a[2k+1] and a[k] <=
a[2k+2]), as CPython's heapq module documents them."""

__all__ = ["heappush", "heappop", "heapify", "heapreplace", "merge",
           "nlargest", "nsmallest", "heappushpop"]


def _sift_up(heap, start, pos):
    # move heap[pos] up towards start until its parent is not larger
    item = heap[pos]
    while pos > start:
        parent = (pos - 1) >> 1
        p = heap[parent]
        if item < p:
            heap[pos] = p
            pos = parent
        else:
            break
    heap[pos] = item


def _sift_down(heap, pos):
    # move heap[pos] down to a leaf along the smaller children, then up
    end = len(heap)
    start = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not heap[child] < heap[right]:
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _sift_up(heap, start, pos)


def _check(heap, fn, arg1=True):
    if not isinstance(heap, list):
        raise TypeError("%s() %s must be list, not %s"
                        % (fn, "argument 1" if arg1 else "argument",
                           "None" if heap is None else type(heap).__name__))


def heappush(heap, item):
    """Push item onto heap, keeping the heap invariant."""
    _check(heap, "heappush")
    heap.append(item)
    _sift_up(heap, 0, len(heap) - 1)


def heappop(heap):
    """Pop the smallest item off the heap, keeping the heap invariant."""
    _check(heap, "heappop", False)
    if not heap:
        raise IndexError("index out of range")
    last = heap.pop()
    if heap:
        item = heap[0]
        heap[0] = last
        _sift_down(heap, 0)
        return item
    return last


def heapreplace(heap, item):
    """Pop and return the smallest item, then push item."""
    _check(heap, "heapreplace")
    if not heap:
        raise IndexError("index out of range")
    top = heap[0]
    heap[0] = item
    _sift_down(heap, 0)
    return top


def heappushpop(heap, item):
    """Push item, then pop and return the smallest item, faster than the
    two calls."""
    _check(heap, "heappushpop")
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _sift_down(heap, 0)
    return item


def heapify(x):
    """Transform list x into a heap, in place, in linear time."""
    _check(x, "heapify", False)
    for i in reversed(range(len(x) // 2)):
        _sift_down(x, i)


def merge(*iterables, key=None, reverse=False):
    """Merge sorted inputs into a single sorted iterator (stable: equal
    items come in the order of their iterables)."""
    heads = []
    for it in map(iter, iterables):
        for value in it:
            heads.append([value if key is None else key(value), value, it])
            break
    while heads:
        best = 0
        for i in range(1, len(heads)):
            k, bk = heads[i][0], heads[best][0]
            if (bk < k) if reverse else (k < bk):
                best = i
        head = heads[best]
        yield head[1]
        for value in head[2]:
            head[1] = value
            head[0] = value if key is None else key(value)
            break
        else:
            del heads[best]


def nsmallest(n, iterable, key=None):
    """The n smallest items of iterable, smallest first (stable)."""
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """The n largest items of iterable, largest first (stable)."""
    if n <= 0:
        return []
    items = list(iterable)
    return sorted(items, key=key, reverse=True)[:n]


# the native sift loops, when the interpreter provides them
try:
    from _heapq import heappush, heappop, heapify, heapreplace, heappushpop
except ImportError:
    pass
