"""Shallow and deep copy operations, as CPython's copy module documents
them: __copy__ and __deepcopy__ first, then the builtin containers, then
__reduce_ex__(4) / __reduce__ when a class defines them, then a copy of
the instance's __dict__ and slots."""

__all__ = ["Error", "copy", "deepcopy"]


from copyreg import dispatch_table as _dispatch_table


class Error(Exception):
    pass


error = Error

_atomic = {type(None), int, float, bool, complex, str, bytes, type,
           range, type(Ellipsis), type(NotImplemented), frozenset,
           type(len), type(lambda: 0), property, slice}


def _is_atomic(x):
    cls = type(x)
    if cls in _atomic:
        return True
    return issubclass(cls, type)


def _slot_names(cls):
    names = []
    for c in cls.__mro__:
        slots = c.__dict__.get("__slots__", ())
        if isinstance(slots, str):
            slots = (slots,)
        for n in slots:
            if n in ("__dict__", "__weakref__"):
                continue
            if n.startswith("__") and not n.endswith("__"):
                n = "_%s%s" % (c.__name__.lstrip("_"), n)
            names.append(n)
    return names


def _custom_reduce(cls):
    """The class's own __reduce_ex__ or __reduce__, when it defines one
    (object's own are not usable in rebeam)."""
    for c in cls.__mro__:
        if c is object:
            return None
        d = c.__dict__
        if "__reduce_ex__" in d:
            return "__reduce_ex__"
        if "__reduce__" in d:
            return "__reduce__"
    return None


def _new_like(x):
    cls = type(x)
    getnewargs = getattr(x, "__getnewargs_ex__", None)
    if getnewargs is not None:
        args, kwargs = getnewargs()
        return cls.__new__(cls, *args, **kwargs)
    getnewargs = getattr(x, "__getnewargs__", None)
    if getnewargs is not None:
        return cls.__new__(cls, *getnewargs())
    return cls.__new__(cls)


def _get_state(x):
    getstate = getattr(type(x), "__getstate__", None)
    if getstate is not None and getstate is not getattr(object, "__getstate__", None):
        try:
            return True, getstate(x)
        except TypeError:
            pass
    d = getattr(x, "__dict__", None)
    slots = {}
    for n in _slot_names(type(x)):
        try:
            slots[n] = getattr(x, n)
        except AttributeError:
            pass
    if slots:
        return False, (d if d else None, slots)
    return False, d if d else None


def _set_state(y, state, custom, deep, memo):
    if state is None:
        return
    if deep:
        state = deepcopy(state, memo)
    setstate = getattr(y, "__setstate__", None)
    if setstate is not None and custom is not None:
        setstate(state)
        return
    if setstate is not None and hasattr(type(y), "__setstate__"):
        setstate(state)
        return
    slotstate = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slotstate = state
    if state:
        y.__dict__.update(state)
    if slotstate:
        for k, v in slotstate.items():
            setattr(y, k, v)


def _reconstruct(x, info, deep, memo):
    if isinstance(info, str):
        return x
    callable_, args = info[0], info[1]
    state = info[2] if len(info) > 2 else None
    listiter = info[3] if len(info) > 3 else None
    dictiter = info[4] if len(info) > 4 else None
    if deep:
        args = deepcopy(args, memo)
    y = callable_(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, "__setstate__"):
            y.__setstate__(state)
        else:
            slotstate = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            if state:
                y.__dict__.update(state)
            if slotstate:
                for k, v in slotstate.items():
                    setattr(y, k, v)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if _is_atomic(x) or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return x.copy()
    if cls is set:
        return x.copy()
    if cls is bytearray:
        return bytearray(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    reductor = _dispatch_table.get(cls)
    if reductor is not None:
        return _reconstruct(x, reductor(x), False, None)
    how = _custom_reduce(cls)
    if how is not None:
        info = x.__reduce_ex__(4) if how == "__reduce_ex__" else x.__reduce__()
        return _reconstruct(x, info, False, None)
    if issubclass(cls, BaseException):
        y = cls.__new__(cls, *x.args)
        y.__dict__.update(x.__dict__)
        return y
    y = _new_like(x)
    custom, state = _get_state(x)
    if custom:
        _set_state(y, state, True, False, None)
    else:
        _set_state(y, state, None, False, None)
    if isinstance(x, (list, dict, set)):
        _copy_builtin_payload(x, y, False, None)
    return y


def _copy_builtin_payload(x, y, deep, memo):
    if isinstance(x, list):
        y[:] = [deepcopy(v, memo) for v in x] if deep else list(x)
    elif isinstance(x, dict):
        for k, v in x.items():
            if deep:
                y[deepcopy(k, memo)] = deepcopy(v, memo)
            else:
                y[k] = v
    elif isinstance(x, set):
        for v in x:
            y.add(deepcopy(v, memo) if deep else v)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        _keep_alive(x, memo)
        for a in x:
            y.append(deepcopy(a, memo))
        return y
    if cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        for a, b in zip(x, items):
            if a is not b:
                y = tuple(items)
                break
        else:
            y = x
        memo[d] = y
        _keep_alive(x, memo)
        return y
    if cls is dict:
        y = {}
        memo[d] = y
        _keep_alive(x, memo)
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
        return y
    if cls is set:
        y = set()
        memo[d] = y
        _keep_alive(x, memo)
        for v in x:
            y.add(deepcopy(v, memo))
        return y
    if cls is bytearray:
        y = bytearray(x)
        memo[d] = y
        return y
    copier = getattr(x, "__deepcopy__", None)
    if copier is not None and not isinstance(x, type):
        y = copier(memo)
    elif cls in _dispatch_table:
        y = _reconstruct(x, _dispatch_table[cls](x), True, memo)
    else:
        how = _custom_reduce(cls)
        if how is not None:
            info = x.__reduce_ex__(4) if how == "__reduce_ex__" else x.__reduce__()
            y = _reconstruct(x, info, True, memo)
        elif issubclass(cls, BaseException):
            y = cls.__new__(cls, *deepcopy(x.args, memo))
            memo[d] = y
            y.__dict__.update(deepcopy(x.__dict__, memo))
        else:
            y = _new_like(x)
            memo[d] = y
            custom, state = _get_state(x)
            _set_state(y, state, True if custom else None, True, memo)
            if isinstance(x, (list, dict, set)):
                _copy_builtin_payload(x, y, True, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]
