import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
print(u, repr(u), u.hex, u.int, u.version, u.variant, u.urn)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.node, u.clock_seq, u.time)
print(uuid.UUID('{12345678-1234-5678-1234-567812345678}') == u, uuid.UUID(bytes=u.bytes) == u, uuid.UUID(int=u.int) == u)
print(uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u, uuid.UUID('urn:uuid:' + str(u)) == u)
print(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'http://x'), uuid.uuid3(uuid.NAMESPACE_OID, 'é').version)
a = uuid.uuid4()
print(a.version, a.variant, len(str(a)), a != uuid.uuid4(), uuid.UUID(str(a)) == a)
b = uuid.uuid1()
print(b.version, b.variant, b < uuid.uuid1() or True, isinstance(b.node, int))
print(uuid.UUID(int=0), uuid.UUID(int=2**128 - 1).version, sorted([uuid.UUID(int=3), uuid.UUID(int=1)]))
print(uuid.UUID('12345678123456781234567812345678', version=4), hash(u) == hash(uuid.UUID(str(u))), int(u) == u.int)
print({u: 1}[uuid.UUID(str(u))])
for bad in [lambda: uuid.UUID('xyz'), lambda: uuid.UUID(), lambda: uuid.UUID(bytes=b'short'), lambda: uuid.UUID(int=-1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    u.int = 5
except TypeError as e:
    print('TypeError', e)
