# hashlib.blake2b/blake2s with their parameters (digest_size, key, salt,
# person, tree fields) and the SHAKE functions, whose digests take a length.
import hashlib


def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


for n in ('blake2b', 'blake2s'):
    H = getattr(hashlib, n)
    for data in (b'', b'abc', b'x' * 63, b'x' * 64, b'x' * 65, b'y' * 127, b'y' * 128, b'y' * 129, b'z' * 1000):
        print(n, len(data), H(data).hexdigest())
    h = H(b'abc')
    print(h.name, h.digest_size, h.block_size, hashlib.new(n, b'abc').digest() == h.digest())
    print(H(b'abc', digest_size=16).hexdigest(), H(b'abc', digest_size=16).digest_size)
    print(H(b'abc', key=b'secret').hexdigest())
    print(H(b'', key=b'secret').hexdigest())
    print(H(b'x' * 200, key=b'k' * 32).hexdigest())
    print(H(b'abc', salt=b'salty', person=b'me').hexdigest())
    print(H(b'abc', fanout=2, depth=3, leaf_size=4096, node_offset=5, node_depth=1, inner_size=16,
            last_node=True).hexdigest())
    h = H(key=b'k')
    h.update(b'a' * 100)
    c = h.copy()
    c.update(b'b')
    h.update(memoryview(b'c'))
    print(h.hexdigest(), c.hexdigest(), H(b'a' * 100 + b'b', key=b'k').hexdigest() == c.hexdigest())
    t(lambda: H(b'', digest_size=0))
    t(lambda: H(b'', digest_size=65))
    t(lambda: H(b'', key=b'k' * 65))
    t(lambda: H(b'', salt=b's' * 17))
    t(lambda: H(b'', person=b'p' * 17))
    t(lambda: H(b'', fanout=256))
    t(lambda: H(b'', depth=0))
    t(lambda: H(b'', node_depth=256))
    t(lambda: H(b'', inner_size=65))
    t(lambda: H('abc'))

for n in ('shake_128', 'shake_256'):
    h = hashlib.new(n, b'abc')
    print(h.name, h.digest_size, h.block_size, h.hexdigest(10), h.digest(5), h.hexdigest(0))
    c = h.copy()
    c.update(b'def')
    print(h.hexdigest(8), c.hexdigest(8), getattr(hashlib, n)(b'abcdef').hexdigest(8))
    print(h.hexdigest(length=3), getattr(hashlib, n)().hexdigest(40))
print(hashlib.shake_128(b'x' * 1000).hexdigest(300)[-20:])
print(sorted(hashlib.algorithms_guaranteed))
print(hashlib.file_digest.__name__, hashlib.blake2b(b'') .digest_size)
