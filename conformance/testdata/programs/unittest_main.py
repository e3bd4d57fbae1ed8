import unittest

class Account:
    def __init__(self, balance=0):
        self.balance = balance
    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError("insufficient funds")
        self.balance -= amount

class AccountTests(unittest.TestCase):
    def setUp(self):
        self.acct = Account(100)
        self.addCleanup(lambda: None)
    def test_withdraw(self):
        self.acct.withdraw(30)
        self.assertEqual(self.acct.balance, 70)
    def test_overdraw(self):
        with self.assertRaisesRegex(ValueError, "insufficient"):
            self.acct.withdraw(500)
    def test_many(self):
        for amount, left in [(10, 90), (100, 0)]:
            with self.subTest(amount=amount):
                a = Account(100)
                a.withdraw(amount)
                self.assertEqual(a.balance, left)
    @unittest.skipIf(True, "demo skip")
    def test_skipped(self):
        pass

if __name__ == "__main__":
    unittest.main()
