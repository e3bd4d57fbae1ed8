"""hmac: keyed-hash message authentication (RFC 2104) over hashlib."""

import hashlib as _hashlib

__all__ = ['new', 'compare_digest', 'digest', 'HMAC']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# HMAC objects do not have a fixed digest size of their own.
digest_size = None


def _constructor(digestmod):
    """A function returning a fresh hash object for digestmod: a hashlib
    name, a constructor such as hashlib.sha256, or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """RFC 2104 HMAC: hash(key ^ opad, hash(key ^ ipad, msg))."""

    blocksize = 64

    __slots__ = ('_inner', '_outer', '_digest_size', 'block_size')

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self._digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', None)
        if block is None or block < 16:
            import warnings
            if block is None:
                warnings.warn('No block_size attribute on given digest object; '
                              'Assuming %d.' % self.blocksize, RuntimeWarning, 2)
            else:
                warnings.warn('block_size of %d seems too small; using our '
                              'default of %d.' % (block, self.blocksize), RuntimeWarning, 2)
            block = self.blocksize
        self.block_size = block
        if len(key) > block:
            key = make(key).digest()
        key = bytes(key).ljust(block, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    @property
    def digest_size(self):
        return self._digest_size

    def update(self, msg):
        """Feed msg into the inner hash."""
        self._inner.update(msg)

    def copy(self):
        """A separate HMAC object in the same state."""
        other = self.__class__.__new__(self.__class__)
        other._digest_size = self._digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The MAC of the data fed so far, as bytes; more may still be fed."""
        return self._current().digest()

    def hexdigest(self):
        """digest() as a string of hexadecimal digits."""
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object keyed with key, over msg when given."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key with the hash digest, in one call."""
    if isinstance(digest, str) and digest.lower() in _hashlib.algorithms_available:
        return _hashlib._hmac_digest(key, msg, digest.lower())
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b in a time that depends on the length only, not the contents.
    Both are str of ASCII characters, or both are bytes-like."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError('comparing strings with non-ASCII characters is not supported')
        a, b = a.encode('ascii'), b.encode('ascii')
    else:
        def buffer(x):
            if isinstance(x, str):
                raise TypeError
            return bytes(memoryview(x))
        try:
            a = buffer(a)
            a_ok = True
        except TypeError:
            a_ok = False
        try:
            b = buffer(b)
        except TypeError:
            if a_ok:
                raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__) from None
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__)) from None
        if not a_ok:
            raise TypeError("a bytes-like object is required, not '%s'" % type(a).__name__)
    result = len(a) ^ len(b)
    if len(a) != len(b):
        b = a
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
