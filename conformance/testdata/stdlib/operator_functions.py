import operator as op


class Hinted:
    def __length_hint__(self):
        return 4


print(op.add(2, 3), op.sub(5, 2), op.mul(3, 4), op.truediv(7, 2), op.floordiv(7, 2))
print(op.mod(7, 3), op.pow(2, 10), op.neg(5), op.pos(-5), op.abs(-3), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.rshift(32, 2), op.and_(12, 10), op.or_(12, 10), op.xor(12, 10))
print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth([]), op.is_(None, None), op.is_not(1, None))
print(op.concat([1], [2]), op.contains("abc", "b"), op.countOf([1, 2, 1], 1), op.indexOf("abc", "c"))
print(op.index(7), op.length_hint([1, 2, 3]), op.length_hint(Hinted()), op.length_hint(object(), 9))
print(op.call(max, 1, 5, 2), op.matmul.__name__)
d = {"a": 1}
op.setitem(d, "b", 2)
print(op.getitem(d, "b"), d)
op.delitem(d, "a")
print(d)
x = [1]
y = op.iadd(x, [2])
print(x, y is x, op.imul([1, 2], 2), op.isub(5, 3), op.ior(1, 2), op.iconcat([1], [3]))
print(op.ipow(2, 3), op.itruediv(1, 4), op.ifloordiv(9, 2), op.imod(9, 4), op.ilshift(1, 3), op.irshift(8, 1), op.iand(6, 3), op.ixor(6, 3))
try:
    op.concat(1, 2)
except TypeError as e:
    print("TypeError", e)
try:
    op.indexOf([1], 5)
except ValueError as e:
    print("ValueError", e)
print(op.__add__ is op.add, op.__lt__(1, 2))
