import hashlib

for name in ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_256']:
    h = getattr(hashlib, name)(b'hello world')
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())
h = hashlib.sha256()
h.update(b'hello ')
c = h.copy()
h.update(b'world')
c.update(b'there')
print(h.hexdigest() == hashlib.sha256(b'hello world').hexdigest(), c.hexdigest())
print(hashlib.md5(b'abc').digest(), len(hashlib.sha512().digest()))
print(hashlib.new('sha1', b'x').hexdigest(), hashlib.new('SHA256').name, hashlib.md5(bytearray(b'ba')).hexdigest())
print(hashlib.sha256(string=b'kw').hexdigest(), hashlib.md5(b'', usedforsecurity=False).hexdigest())
print(sorted(hashlib.algorithms_guaranteed & {'md5', 'sha1', 'sha256'}))
print(hashlib.pbkdf2_hmac('sha256', b'password', b'salt', 1000).hex())
print(hashlib.pbkdf2_hmac('sha1', b'pw', b'salt', 2, dklen=10).hex())
for bad in [lambda: hashlib.md5('text'), lambda: hashlib.new('nope'), lambda: hashlib.sha1().update('s')]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
