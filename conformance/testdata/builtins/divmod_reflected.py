class R:
    def __rdivmod__(self, other):
        return ("rdivmod", other)

    def __divmod__(self, other):
        return ("divmod", other)


print(divmod(7, R()), divmod(2.5, R()), divmod(R(), 3))
print((7).__divmod__(R()), (2.5).__rdivmod__(R()))
print((7).__divmod__(2), (7).__rdivmod__(30), True.__divmod__(2))
try:
    divmod(3, object())
except TypeError as e:
    print(e)
