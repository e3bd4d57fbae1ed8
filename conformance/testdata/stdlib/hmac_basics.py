# hmac: new/HMAC with digestmod as a name, a constructor or a module-like
# object; update, copy, digest, hexdigest, name, sizes; long keys are
# hashed first; hmac.digest and compare_digest with their errors.
import hashlib
import hmac
import types

for dm in ('sha256', hashlib.sha1, 'md5', hashlib.sha512, 'sha3_256', 'SHA256', 'sha384'):
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', dm)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())

# RFC 4231 test case 2 and a key longer than the block
print(hmac.new(b'Jefe', b'what do ya want for nothing?', 'sha256').hexdigest())
for n in (63, 64, 65, 200):
    print(n, hmac.new(b'k' * n, b'a', 'sha256').hexdigest()[:32], hmac.new(b'k' * n, b'a', 'sha512').hexdigest()[:32])

h = hmac.new(bytearray(b'secret'), digestmod='sha256')
h.update(b'part one, ')
c = h.copy()
c.update(b'part two')
h.update(memoryview(b'other'))
print(h.hexdigest(), c.hexdigest())
print(c.digest() == hmac.digest(b'secret', b'part one, part two', 'sha256'), c.digest() == c.digest())
print(hmac.digest(b'k', b'msg', 'md5').hex(), hmac.digest(b'k', b'msg', hashlib.sha224).hex())
print(hmac.HMAC(b'', b'', 'sha256').hexdigest(), type(h).__name__, hmac.digest_size, len(hmac.trans_36))


# a non-callable object with new(), as the old hash modules were
ModLike = types.SimpleNamespace(new=lambda data=b'': hashlib.sha1(data))
print(hmac.new(b'key', b'data', ModLike).hexdigest() == hmac.new(b'key', b'data', 'sha1').hexdigest())

def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)


t(lambda: hmac.new(b'k'))
t(lambda: hmac.new('k', b'x', 'sha256'))
t(lambda: hmac.new(b'k', 'x', 'sha256'))
t(lambda: hmac.new(b'k', b'x', 'nope'))
for a, b in ((b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), ('abc', 'abc'), ('ab', 'abc'),
             (bytearray(b'a'), memoryview(b'a')), ('abc', b'abc'), (b'abc', 'abc'), (b'a', 5),
             (5, b'a'), (1, 2), ('a', 5), ('é', 'é')):
    t(lambda: hmac.compare_digest(a, b))
