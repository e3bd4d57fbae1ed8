class Node:
    count = 0
    def __init__(self, value, parent=None):
        Node.count += 1
        self.value = value
        self.parent = parent
        self.children = []
        if parent is not None:
            parent.children.append(self)
    def path(self):
        node, parts = self, []
        while node is not None:
            parts.append(str(node.value))
            node = node.parent
        return "/".join(reversed(parts))
    def walk(self, depth=0):
        yield depth, self.value
        for c in self.children:
            yield from c.walk(depth + 1)
root = Node("root")
a = Node("a", root)
b = Node("b", root)
c = Node("c", a)
print(c.path(), Node.count, [v for v in root.walk()])
for depth, value in root.walk():
    print("  " * depth + value)
