from decimal import Decimal, ROUND_HALF_UP
from datetime import date

class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance is {account.balance}")
        self.account = account
        self.amount = amount

class AccountFrozen(RuntimeError):
    pass

class Account:
    _next_id = 1000
    interest_rate = Decimal("0.015")

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = Decimal(balance)
        self.history = []
        self.frozen = False
        Account._next_id += 1
        self.id = Account._next_id

    @property
    def balance(self):
        return self._balance.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = Decimal(value)

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

    def deposit(self, amount):
        self._check()
        amount = Decimal(str(amount))
        if amount <= 0:
            raise ValueError(f"deposit must be positive: {amount}")
        self._balance += amount
        self.history.append(("deposit", amount))
        return self

    def withdraw(self, amount):
        self._check()
        amount = Decimal(str(amount))
        if amount > self._balance:
            raise InsufficientFunds(self, amount)
        self._balance -= amount
        self.history.append(("withdraw", amount))
        return self

    def apply_interest(self):
        gained = self._balance * self.interest_rate
        self._balance += gained
        return gained

    def __str__(self):
        return f"#{self.id} {self.owner:<8} {self.balance:>10,}"

    def __repr__(self):
        return f"{self.__class__.__name__}({self.owner!r}, {str(self.balance)!r})"

class SavingsAccount(Account):
    interest_rate = Decimal("0.035")
    withdrawals_per_month = 2

    def __init__(self, owner, balance=0):
        super().__init__(owner, balance)
        self.withdrawals = 0

    def withdraw(self, amount):
        if self.withdrawals >= self.withdrawals_per_month:
            raise PermissionError("withdrawal limit reached")
        result = super().withdraw(amount)
        self.withdrawals += 1
        return result

def transfer(src, dst, amount):
    try:
        src.withdraw(amount)
    except InsufficientFunds as e:
        raise RuntimeError("transfer failed") from e
    else:
        dst.deposit(amount)
    finally:
        print(f"  transfer attempt {amount} {src.owner}->{dst.owner}")

alice = Account("alice", 100)
bob = SavingsAccount("bob", "2500.50")
alice.deposit(50.25).deposit(19.99).withdraw(10)
print(alice, repr(alice), sep="\n")
print(bob)
transfer(bob, alice, 300)
try:
    transfer(alice, bob, 10_000)
except RuntimeError as e:
    print("caught:", e, "| cause:", e.__cause__, "|", type(e.__cause__).__name__)
bob.withdraw(1)
for attempt in range(2):
    try:
        bob.withdraw(1)
    except PermissionError as e:
        print("denied:", e)
alice.frozen = True
try:
    alice.deposit(1)
except AccountFrozen as e:
    print(f"{type(e).__name__}: {e}", isinstance(e, RuntimeError))
for acct in (alice, bob):
    gained = acct.apply_interest()
    print(f"{acct.owner}: +{gained:.4f} -> {acct.balance}")
try:
    alice.balance = -5
except ValueError as e:
    print(e)
print(sorted([alice, bob], key=lambda a: a.balance, reverse=True))
print(sum((a.balance for a in (alice, bob)), Decimal(0)))
print(alice.history)
print(Decimal("10") / Decimal("3"), Decimal("1.10") + Decimal("2.205"), round(Decimal("2.675"), 2))
print(f"{Decimal('1234567.891'):,.2f}", Decimal("0.1") * 3 == Decimal("0.3"), Decimal(0.1))
statement_date = date(2024, 1, 31)
print(f"Statement for {statement_date:%B %d, %Y} ({statement_date.isoformat()})")
bob.withdrawals = 0
transfer(bob, alice, Decimal("99999"))
