import string

print(string.ascii_letters, string.ascii_lowercase, string.ascii_uppercase)
print(string.digits, string.hexdigits, string.octdigits)
print(repr(string.whitespace), string.punctuation, len(string.printable))
print(string.capwords("hello   big world"), string.capwords("a-b c-d", "-"), string.capwords(" x y "))

t = string.Template("$who likes ${what}, costs $$5")
print(t.substitute(who="tim", what="kung pao"))
print(t.substitute({"who": "ann", "what": "tea"}, what="coffee"))
print(t.safe_substitute(who="bob"), t.template)
try:
    t.substitute(who="x")
except KeyError as e:
    print("KeyError", e)
bad = string.Template("cost: $ 5")
try:
    bad.substitute()
except ValueError as e:
    print("ValueError", e)
print(bad.safe_substitute(), bad.is_valid(), t.is_valid(), t.get_identifiers())
print(string.Template("line1\n  $x $").safe_substitute(x=1))
class Pct(string.Template):
    delimiter = "%"
print(Pct("%who is %{age}").substitute(who="al", age=3))

f = string.Formatter()
print(f.format("{0} and {1}", "a", "b"), f.format("{x:>5}|{y!r}", x="r", y="q"))
print(f.format("{} {}", 1, 2), f.format("{0.real} {1[1]} {d[k]}", 3, "xy", d={"k": "v"}))
print(list(f.parse("a{0}b{x!r:>3}c{{d}}")), f.format("{:{w}}|", "z", w=4))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
print(Upper().format("hi {0} {1:.2f}", "there", 1.5))
try:
    f.format("{0} {}", 1, 2)
except ValueError as e:
    print("ValueError", e)
