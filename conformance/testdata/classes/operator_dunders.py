class V:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"V({self.x})"
    def __add__(self, o): return V(self.x + getattr(o, "x", o))
    def __sub__(self, o): return V(self.x - getattr(o, "x", o))
    def __mul__(self, o): return V(self.x * getattr(o, "x", o))
    def __truediv__(self, o): return V(self.x / getattr(o, "x", o))
    def __floordiv__(self, o): return V(self.x // getattr(o, "x", o))
    def __mod__(self, o): return V(self.x % getattr(o, "x", o))
    def __pow__(self, o, mod=None): return V(pow(self.x, getattr(o, "x", o), mod))
    def __matmul__(self, o): return f"{self} @ {o}"
    def __lshift__(self, o): return V(self.x << o)
    def __rshift__(self, o): return V(self.x >> o)
    def __and__(self, o): return V(self.x & o)
    def __or__(self, o): return V(self.x | o)
    def __xor__(self, o): return V(self.x ^ o)
    def __divmod__(self, o): return (self // o, self % o)
    def __neg__(self): return V(-self.x)
    def __pos__(self): return V(+self.x * 10)
    def __abs__(self): return V(abs(self.x))
    def __invert__(self): return V(~self.x)
    def __int__(self): return int(self.x)
    def __float__(self): return float(self.x)
    def __complex__(self): return complex(self.x, 1)
    def __index__(self): return int(self.x)
    def __round__(self, n=None): return V(round(self.x, n))
a, b = V(7), V(2)
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b, a @ b)
print(a << 2, a >> 1, a & 3, a | 8, a ^ 5, divmod(a, 3), pow(a, 2, 5))
print(-a, +a, abs(V(-3)), ~a, int(a), float(a), complex(a), round(V(2.567), 1))
print(bin(a), hex(a), [10, 20, 30, 40, 50, 60, 70, 80][a], "abcdefgh"[:a])
print(a + 1, a * 3)
