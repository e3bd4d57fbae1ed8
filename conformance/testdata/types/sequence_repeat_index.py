# Sequence repetition takes any operand with __index__, on either side and
# in place (list *= n extends the same list); indexing checks what __index__ returns.
class Three:
    def __index__(self):
        return 3


class BadIndex:
    def __index__(self):
        return "x"


print("ab" * Three(), Three() * "ab", [1] * Three(), Three() * (1,))
print(b"x" * Three(), bytearray(b"y") * Three())
l = [1, 2]
alias = l
l *= Three()
print(l, alias is l)
l = [1]
alias = l
l *= True
print(l, alias is l)
t = (1,)
t *= Three()
print(t)
s = "z"
s *= Three()
print(s)
print(hex(Three()), bin(Three()), oct(Three()))
for f in [lambda: "a" * BadIndex(), lambda: "a" * 1.5, lambda: [1] * "x", lambda: hex(BadIndex()), lambda: (1,) * None,
          lambda: [1, 2][BadIndex()], lambda: (1, 2, 3, 4)[Three()], lambda: "abcd"[Three()]]:
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
