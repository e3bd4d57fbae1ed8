from __future__ import annotations
# With postponed evaluation, annotations are stored as strings and names in
# them need not exist.

def f(x: Undefined[int], *args: list[str], flag: "quoted" = True, **kw: dict[str, Any]) -> Result | None:
    local: NotDefinedEither = 3
    return local

class Node:
    value: int
    next: Node | None = None
    children: list[Node]

    def add(self, other: Node) -> Node:
        return self

    def method(self, a: lambda: 1, b: (1, 2), c: -x ** 2, d: a.b.c[0:2, ...]) -> not_ or (y if z else w):
        pass

print(f(1))
print(f.__annotations__)
print(Node.__annotations__)
print(Node.add.__annotations__)
print(Node.method.__annotations__)
total: int = 5
other: some.module.Type[str, int]
print(__annotations__)
print(Node.next, total)
