class Color:
    _members = []
    def __init__(self, name, value):
        self.name, self.value = name, value
        Color._members.append(self)
    def __repr__(self):
        return f"<Color.{self.name}: {self.value}>"
    @classmethod
    def from_value(cls, value):
        for m in cls._members:
            if m.value == value:
                return m
        raise ValueError(f"{value!r} is not a valid Color")
Color.RED = Color("RED", 1)
Color.GREEN = Color("GREEN", 2)
Color.BLUE = Color("BLUE", 3)
print(Color.RED, Color.from_value(2), [c.name for c in Color._members])
try:
    Color.from_value(9)
except ValueError as e:
    print("ValueError:", e)
print(Color.from_value(3) is Color.BLUE)
class Flag(int):
    names = {}
    def __new__(cls, value, name):
        obj = super().__new__(cls, value)
        cls.names[value] = name
        return obj
    def __or__(self, other):
        return int(self) | int(other)
READ = Flag(4, "READ")
WRITE = Flag(2, "WRITE")
print(READ | WRITE, READ + 1, Flag.names)
