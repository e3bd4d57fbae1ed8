class Deck:
    def __init__(self, cards):
        self.cards = list(cards)
    def __len__(self):
        return len(self.cards)
    def __getitem__(self, i):
        if isinstance(i, slice):
            return Deck(self.cards[i])
        return self.cards[i]
    def __setitem__(self, i, v):
        self.cards[i] = v
    def __delitem__(self, i):
        del self.cards[i]
    def __contains__(self, c):
        print("contains", c)
        return c in self.cards
    def __iter__(self):
        return iter(self.cards)
    def __reversed__(self):
        return iter(["reversed!"])
    def __repr__(self):
        return f"Deck({self.cards})"
d = Deck("ABCDE")
print(len(d), d[0], d[-1], d[1:3], bool(d))
d[0] = "Z"
del d[1]
print(d, "C" in d, "Q" not in d, list(d), list(reversed(d)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq(), list(reversed([1, 2])))
for v in Seq():
    print("item", v)
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "empty" if not Empty() else "full")
class Neg:
    def __len__(self):
        return -1
try:
    len(Neg())
except ValueError as e:
    print("ValueError:", e)
class Missing(dict):
    def __missing__(self, k):
        return k.upper()
print(Missing(a=1)["a"], Missing()["zz"])
