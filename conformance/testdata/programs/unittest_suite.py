import unittest

def slugify(s):
    return "-".join(s.lower().split())

class Stack:
    def __init__(self):
        self._items = []
    def push(self, x):
        self._items.append(x)
    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()
    def __len__(self):
        return len(self._items)

class TestSlugify(unittest.TestCase):
    def test_basic(self):
        self.assertEqual(slugify("Hello World"), "hello-world")
    def test_spaces(self):
        """Collapses runs of spaces."""
        self.assertEqual(slugify("  a   b "), "a-b")
    def test_wrong_on_purpose(self):
        self.assertEqual(slugify("A B"), "a_b")
    @unittest.skip("not ready")
    def test_unicode(self):
        self.fail("never")

class TestStack(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.created = 0
    def setUp(self):
        self.s = Stack()
        type(self).created += 1
    def test_push_pop(self):
        self.s.push(1); self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(len(self.s), 1)
    def test_empty(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertIn("empty", str(cm.exception))
        self.assertRaisesRegex(IndexError, "^pop", self.s.pop)
    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 3)
    def test_error(self):
        {}["missing"]
    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.31)
    def test_misc(self):
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertTrue([1]); self.assertFalse(""); self.assertIsNone(None); self.assertIsInstance(1, int)
        self.assertCountEqual([1, 2, 2], [2, 1, 2]); self.assertGreaterEqual(2, 2); self.assertNotIn(3, [1])

if __name__ == "__main__":
    result = unittest.TextTestRunner(verbosity=0).run(unittest.defaultTestLoader.loadTestsFromModule(__import__("__main__")))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped), len(result.expectedFailures), result.wasSuccessful())
    print(sorted(str(t) for t, _ in result.failures))
    print(sorted(t.id() for t, _ in result.errors))
    print([line for line in result.failures[0][1].splitlines() if "Error" in line])
    unittest.main(verbosity=2)
