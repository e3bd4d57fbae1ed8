# A small bank: accounts, transfers, custom exceptions and an audit log.
class BankError(Exception):
    pass

class InsufficientFunds(BankError):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}: balance {account.balance}")
        self.account = account
        self.amount = amount

class AccountFrozen(BankError):
    pass

class Account:
    _next_id = 1

    def __init__(self, owner, balance=0):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = balance
        self.frozen = False
        self.history = []

    def __repr__(self):
        return f"Account({self.id}, {self.owner!r}, {self.balance})"

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError(f"deposit must be positive, got {amount}")
        self._check()
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        self._check()
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.id} is frozen")

class SavingsAccount(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

class Bank:
    def __init__(self):
        self.accounts = {}
        self.log = []

    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct

    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
            try:
                dst.deposit(amount)
            except BankError:
                src.deposit(amount)  # roll back
                raise
        except InsufficientFunds as e:
            self.log.append(f"FAILED {e}")
            return False
        except BankError as e:
            self.log.append(f"REFUSED {type(e).__name__}: {e}")
            return False
        else:
            self.log.append(f"OK {amount} {src.owner}->{dst.owner}")
            return True
        finally:
            self.log.append(f"balances {src.balance} {dst.balance}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(SavingsAccount, "bob", 50, rate=0.1)
carol = bank.open(Account, "carol")
print(bank.transfer(alice, bob, 30))
print(bank.transfer(bob, carol, 500))
carol.frozen = True
print(bank.transfer(alice, carol, 10))
print(bob.add_interest(), bob)
try:
    alice.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
for line in bank.log:
    print(line)
print(sorted(bank.accounts.values(), key=lambda a: -a.balance))
print(bank.total(), [a.history for a in bank.accounts.values()])
print(isinstance(InsufficientFunds(alice, 1), BankError), issubclass(AccountFrozen, Exception))
