from fractions import Fraction
from numbers import Number
import itertools

class Matrix:
    __slots__ = ("rows", "n", "m")

    def __init__(self, rows):
        rows = [list(r) for r in rows]
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows, self.n, self.m = rows, len(rows), len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[int(i == j) for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m=None):
        return cls([[0] * (m or n) for _ in range(n)])

    @property
    def shape(self):
        return self.n, self.m

    def __getitem__(self, idx):
        i, j = idx
        return self.rows[i][j]

    def __setitem__(self, idx, value):
        i, j = idx
        self.rows[i][j] = value

    def __iter__(self):
        return iter(self.rows)

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    __hash__ = None

    def __add__(self, other):
        if not isinstance(other, Matrix):
            return NotImplemented
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch {self.shape} vs {other.shape}")
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self, other)])

    def __neg__(self):
        return self * -1

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, Number):
            return Matrix([[x * other for x in r] for r in self])
        return NotImplemented

    __rmul__ = __mul__

    def __matmul__(self, other):
        if self.m != other.n:
            raise ValueError("cannot multiply")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self])

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def transpose(self):
        return Matrix(zip(*self.rows))

    T = property(transpose)

    def det(self):
        a = [[Fraction(x) for x in r] for r in self.rows]
        n, sign, d = self.n, 1, Fraction(1)
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                return Fraction(0)
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                sign = -sign
            d *= a[col][col]
            for r in range(col + 1, n):
                f = a[r][col] / a[col][col]
                a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return sign * d

    def __repr__(self):
        return f"Matrix({self.rows!r})"

    def __str__(self):
        cells = [[str(x) for x in r] for r in self.rows]
        w = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(w) for c in r) + "]" for r in cells)

    def __bool__(self):
        return any(any(r) for r in self.rows)

A = Matrix([[1, 2], [3, 4]])
B = Matrix([[0, 1], [1, 0]])
print(A + B, A - B, sep="\n")
print(repr(A @ B), repr(2 * A), repr(A * 0.5))
print(A.T, A.shape, A[1, 0])
F = Matrix([[1, 1], [1, 0]])
print((F ** 30)[0, 1], bool(Matrix.zeros(2)), bool(A))
M = Matrix([[2, -3, 1], [2, 0, -1], [1, 4, 5]])
print("det", M.det(), Matrix.identity(3).det(), Matrix([[1, 2], [2, 4]]).det())
H = Matrix([[Fraction(1, i + j + 1) for j in range(3)] for i in range(3)])
print(H)
print("det(H) =", H.det(), float(H.det()))
try:
    A + Matrix.identity(3)
except ValueError as e:
    print("ValueError:", e)
try:
    A + 1
except TypeError as e:
    print("TypeError:", e)
try:
    hash(A)
except TypeError as e:
    print("TypeError:", e)
try:
    A.extra = 1
except AttributeError as e:
    print("AttributeError:", e)
try:
    Matrix([[1], [1, 2]])
except ValueError as e:
    print(e)
print(A == Matrix([[1, 2], [3, 4]]), A != B, A == [[1, 2], [3, 4]])
print(Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), Fraction(1, 3) ** 2, Fraction(7, 2).limit_denominator(1))
print(list(itertools.product(range(2), "ab")), list(itertools.permutations([1, 2, 3], 2))[:4])
print([list(c) for c in itertools.combinations("abcd", 3)], list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
