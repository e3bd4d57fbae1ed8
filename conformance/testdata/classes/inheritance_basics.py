class Animal:
    kind = "animal"
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} makes a sound"
    def describe(self):
        return f"{self.name} is a {self.kind}: {self.speak()}"
class Dog(Animal):
    kind = "dog"
    def speak(self):
        return f"{self.name} barks"
class Puppy(Dog):
    def __init__(self, name, age):
        Dog.__init__(self, name)
        self.age = age
    def speak(self):
        return Dog.speak(self) + " softly"
for a in [Animal("generic"), Dog("Rex"), Puppy("Bit", 1)]:
    print(a.describe())
p = Puppy("Bit", 1)
print(p.age, p.kind, Puppy.kind, isinstance(p, Animal), issubclass(Puppy, Dog), type(p).__name__)
Dog.kind = "canine"
print(p.describe())
p.kind = "own"
print(p.kind, Puppy.kind, p.__dict__)
del p.kind
print(p.kind)
class Base:
    def method(self):
        return "base"
class Override(Base):
    method = None
print(Override.method, hasattr(Override(), "method"))
print(Puppy.__mro__[1:3] == (Dog, Animal))
