"""High-level I/O multiplexing over the select module.

A selector keeps a SelectorKey for each registered file object and
select() reports which of them are ready for the events asked for. Only
select()- and poll()-based selectors exist; DefaultSelector is the
select() one. Waiting suspends only the calling process.
"""

import select
from abc import ABCMeta, abstractmethod
from collections import namedtuple
from collections.abc import Mapping

__all__ = ['EVENT_READ', 'EVENT_WRITE', 'SelectorKey', 'BaseSelector',
           'SelectSelector', 'PollSelector', 'DefaultSelector']

EVENT_READ = 1
EVENT_WRITE = 2
_ALL_EVENTS = EVENT_READ | EVENT_WRITE


SelectorKey = namedtuple('SelectorKey', 'fileobj fd events data')
SelectorKey.__doc__ = """SelectorKey(fileobj, fd, events, data)

A registered file object with its descriptor, event mask and data."""


def _descriptor(fileobj):
    """The file descriptor of fileobj: an int, or what its fileno() gives."""
    fd = fileobj
    if not isinstance(fd, int):
        getter = getattr(fileobj, 'fileno', None)
        try:
            fd = int(getter())
        except (TypeError, ValueError):
            raise ValueError(f"Invalid file object: {fileobj!r}") from None
    if fd < 0:
        raise ValueError(f"Invalid file descriptor: {fd}")
    return fd


class _KeyView(Mapping):
    """Read-only view of a selector's keys, indexed by file object or fd."""

    def __init__(self, selector):
        self._sel = selector

    def __len__(self):
        return len(self._sel._keys)

    def __iter__(self):
        return iter(self._sel._keys)

    def __getitem__(self, fileobj):
        found = self._sel._lookup(fileobj)
        if found is None:
            raise KeyError(f"{fileobj!r} is not registered")
        return found


class BaseSelector(metaclass=ABCMeta):
    """The selector interface: subclasses provide get_map, select,
    register and unregister; the rest is built on them."""

    @abstractmethod
    def get_map(self):
        """A mapping of registered file objects (or fds) to their keys."""

    @abstractmethod
    def select(self, timeout=None):
        """Wait for registered objects to be ready: [(key, events)]."""

    @abstractmethod
    def register(self, fileobj, events, data=None):
        """Start watching fileobj for events; return its SelectorKey."""

    @abstractmethod
    def unregister(self, fileobj):
        """Stop watching fileobj; return the key it had."""

    def modify(self, fileobj, events, data=None):
        self.unregister(fileobj)
        return self.register(fileobj, events, data)

    def get_key(self, fileobj):
        keys = self.get_map()
        if keys is None:
            raise RuntimeError('Selector is closed')
        try:
            return keys[fileobj]
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def close(self):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.close()


class _Selector(BaseSelector):
    """Bookkeeping shared by the concrete selectors: keys by descriptor."""

    def __init__(self):
        self._keys = {}
        self._view = _KeyView(self)

    def _fd_of(self, fileobj):
        try:
            return _descriptor(fileobj)
        except ValueError:
            # A file object closed since it was registered no longer has
            # its descriptor: find its key by identity.
            for key in self._keys.values():
                if key.fileobj is fileobj:
                    return key.fd
            raise

    def _lookup(self, fileobj):
        return self._keys.get(self._fd_of(fileobj))

    def register(self, fileobj, events, data=None):
        if not events or events & ~_ALL_EVENTS:
            raise ValueError(f"Invalid events: {events!r}")
        key = SelectorKey(fileobj, self._fd_of(fileobj), events, data)
        if key.fd in self._keys:
            raise KeyError(f"{fileobj!r} (FD {key.fd}) is already registered")
        self._keys[key.fd] = key
        return key

    def unregister(self, fileobj):
        try:
            return self._keys.pop(self._fd_of(fileobj))
        except KeyError:
            raise KeyError(f"{fileobj!r} is not registered") from None

    def modify(self, fileobj, events, data=None):
        old = self._lookup(fileobj)
        if old is None:
            raise KeyError(f"{fileobj!r} is not registered")
        if events != old.events:
            self.unregister(fileobj)
            return self.register(fileobj, events, data)
        if data != old.data:
            new = old._replace(data=data)
            self._keys[new.fd] = new
            return new
        return old

    def get_map(self):
        return self._view

    def close(self):
        self._keys.clear()
        self._view = None

    def _ready(self, found):
        """[(key, events)] from a dict fd -> ready events."""
        out = []
        for fd, ready in found.items():
            key = self._keys.get(fd)
            if key is not None and key.events & ready:
                out.append((key, key.events & ready))
        return out


class SelectSelector(_Selector):
    """Selector over select.select()."""

    def select(self, timeout=None):
        if timeout is not None:
            timeout = max(timeout, 0)
        readers = [fd for fd, k in self._keys.items() if k.events & EVENT_READ]
        writers = [fd for fd, k in self._keys.items() if k.events & EVENT_WRITE]
        try:
            r, w, _ = select.select(readers, writers, [], timeout)
        except InterruptedError:
            return []
        found = dict.fromkeys(r, EVENT_READ)
        for fd in w:
            found[fd] = found.get(fd, 0) | EVENT_WRITE
        return self._ready(found)


class PollSelector(_Selector):
    """Selector over select.poll()."""

    _IN = select.POLLIN
    _OUT = select.POLLOUT

    def select(self, timeout=None):
        if timeout is None:
            ms = None
        elif timeout <= 0:
            ms = 0
        else:
            ms = -(-timeout * 1000 // 1)    # round up to a whole ms
        poller = select.poll()
        for fd, key in self._keys.items():
            mask = 0
            if key.events & EVENT_READ:
                mask |= self._IN
            if key.events & EVENT_WRITE:
                mask |= self._OUT
            poller.register(fd, mask)
        try:
            polled = poller.poll(ms)
        except InterruptedError:
            return []
        found = {}
        for fd, mask in polled:
            ev = 0
            if mask & ~self._OUT:
                ev |= EVENT_READ
            if mask & ~self._IN:
                ev |= EVENT_WRITE
            found[fd] = ev
        return self._ready(found)


DefaultSelector = SelectSelector
