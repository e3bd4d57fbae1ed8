# UUIDs are immutable but copy and deepcopy them through __getstate__ and
# __setstate__; SafeUUID is an Enum; uuid3/uuid5 take a str name.
import copy
import uuid

u = uuid.UUID('12345678-1234-5678-1234-567812345678')
for v in (copy.copy(u), copy.deepcopy(u), copy.deepcopy([u, u]), copy.deepcopy({u: [u]})):
    print(repr(v))
c = copy.deepcopy(u)
print(c == u, c is u, c.is_safe, hash(c) == hash(u))
s = uuid.UUID(int=7, is_safe=uuid.SafeUUID.safe)
print(copy.copy(s).is_safe, copy.deepcopy(s).is_safe)
print(u.__getstate__(), s.__getstate__())
print(list(uuid.SafeUUID), uuid.SafeUUID(-1), uuid.SafeUUID(None).name, uuid.SafeUUID.__module__)
try:
    c.x = 1
except TypeError as e:
    print('TypeError', e)
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_URL, 'http://x/é'))
for fn in (uuid.uuid3, uuid.uuid5):
    try:
        fn(uuid.NAMESPACE_DNS, b'python.org')
    except TypeError as e:
        print('TypeError', e)
