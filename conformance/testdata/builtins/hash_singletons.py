# Ellipsis and NotImplemented are hashable singletons: usable as dict keys
# and set members, with a stable hash and id.
print(hash(...) == hash(...), hash(NotImplemented) == hash(NotImplemented), hash(None) == hash(None))
print(id(...) == id(Ellipsis), id(NotImplemented) == id(NotImplemented), id(...) != id(NotImplemented))
d = {...: "ellipsis", NotImplemented: "ni", None: "none"}
print(d[...], d[NotImplemented], d[None], len({..., Ellipsis, NotImplemented, None}))
print(... in {(1, ...)} , (1, ...) in {(1, ...)}, hash((..., 1)) == hash((Ellipsis, 1)))
