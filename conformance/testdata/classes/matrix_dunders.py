# A matrix class with arithmetic, comparison, container and reflected dunders.
class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("rows must be non-empty and equally long")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        width = max(len(str(x)) for r in self.rows for x in r)
        return "\n".join(" ".join(f"{x:>{width}}" for x in r) for r in self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __getitem__(self, key):
        i, j = key
        return self.rows[i][j]

    def __setitem__(self, key, value):
        i, j = key
        self.rows[i][j] = value

    def __len__(self):
        return len(self.rows)

    def __iter__(self):
        for r in self.rows:
            yield from r

    def __contains__(self, x):
        return any(x in r for r in self.rows)

    def _map2(self, other, op):
        if isinstance(other, Matrix):
            if self.shape != other.shape:
                raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
            return Matrix([[op(a, b) for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])
        if isinstance(other, (int, float)):
            return Matrix([[op(a, other) for a in r] for r in self.rows])
        return NotImplemented

    def __add__(self, other):
        return self._map2(other, lambda a, b: a + b)

    __radd__ = __add__

    def __sub__(self, other):
        return self._map2(other, lambda a, b: a - b)

    def __rsub__(self, other):
        return self._map2(other, lambda a, b: b - a)

    def __mul__(self, other):
        return self._map2(other, lambda a, b: a * b)

    __rmul__ = __mul__

    def __matmul__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError("cannot multiply")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __pow__(self, n):
        result = Matrix.identity(len(self))
        base = self
        while n:
            if n & 1:
                result = result @ base
            base = base @ base
            n >>= 1
        return result

    def __neg__(self):
        return self * -1

    def __abs__(self):
        return Matrix([[abs(x) for x in r] for r in self.rows])

    def __bool__(self):
        return any(self)

    def __imatmul__(self, other):
        self.rows = (self @ other).rows
        return self

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

a = Matrix([[1, 2], [3, 4]])
b = Matrix([[0, 1], [1, 0]])
print(a + b, a - 1, 10 - a, 2 * a, a * b, sep="\n--\n")
print(repr(a @ b), repr(a ** 5), repr(-a), repr(abs(-a)))
fib = Matrix([[1, 1], [1, 0]]) ** 30
print(fib[0, 1], fib.shape, len(fib), 4 in a, 9 in a, sum(a), max(a))
print(a == Matrix([[1, 2], [3, 4]]), a != b, bool(Matrix([[0, 0]])), bool(a))
c = Matrix([[1, 2, 3], [4, 5, 6]])
print(repr(c.transpose()), repr(c @ c.transpose()))
c @= c.transpose()
print(repr(c), c.shape)
a[0, 0] = 100
print(a)
for bad in (lambda: a + c, lambda: a @ 3, lambda: hash(a), lambda: Matrix([[1], [1, 2]])):
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
