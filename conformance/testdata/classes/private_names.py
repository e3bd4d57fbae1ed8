class Account:
    def __init__(self, balance):
        self.__balance = balance
        self._hint = "protected by convention"
    def balance(self):
        return self.__balance
    def __secret(self):
        return "secret"
    def reveal(self):
        return self.__secret()
a = Account(10)
print(a.balance(), a.reveal(), a._hint)
try:
    a.__balance
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, sorted(vars(a)))
class Sub(Account):
    def __init__(self):
        super().__init__(5)
        self.__balance = "sub's own"
s = Sub()
print(s.balance(), s._Sub__balance, sorted(vars(s)))
print([n for n in dir(Account) if "secret" in n])
class __Dunder__:
    __x__ = "dunder names are not mangled"
print(__Dunder__.__x__)
