import collections, types
class Foo: pass
print(list[Foo], dict[str, Foo], list[None], tuple[int, ...], collections.deque[int])
print(types.GenericAlias(Foo, (int,)), list[list[int]], type[Foo])
