"""Method calls and attribute access on user classes, with inheritance."""


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Shape:
    sides = 0

    def __init__(self, size):
        self.size = size

    def area(self):
        return 0

    def describe(self):
        return self.sides * 1000 + self.area()


class Square(Shape):
    sides = 4

    def area(self):
        return self.size * self.size


class Triangle(Shape):
    sides = 3

    def area(self):
        return self.size * self.size // 2


class Account:
    def __init__(self, owner):
        self.owner = owner
        self._balance = 0
        self.history = []

    @property
    def balance(self):
        return self._balance

    def deposit(self, amount):
        self._balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self._balance:
            return False
        self._balance -= amount
        self.history.append(-amount)
        return True


def vectors(n):
    acc = Vector(0, 0)
    step = Vector(1, 2)
    dots = 0
    for i in range(n):
        acc = acc.add(step.scale(i % 3))
        dots += acc.dot(step) % 11
    return acc.x, acc.y, dots


def shapes(n):
    items = [Square(i % 10) if i % 2 else Triangle(i % 10) for i in range(100)]
    total = 0
    for i in range(n):
        total += items[i % 100].describe()
    return total


def accounts(n):
    acct = Account("ada")
    refused = 0
    for i in range(n):
        acct.deposit(i % 50)
        if not acct.withdraw(i % 70):
            refused += 1
    return acct.balance, refused, len(acct.history)


print("vectors:", vectors(400000))
print("shapes:", shapes(700000))
print("accounts:", accounts(330000))
