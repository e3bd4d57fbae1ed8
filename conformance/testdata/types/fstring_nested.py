width = 12
precision = 3
value = 2.718281828
print(f"{value:{width}.{precision}f}|")
print(f"{value:>{width}}|")
print(f"{'centered':^{width}}|")
print(f"{'x':{'*'}^{width // 2}}|")
fill = "-"
align = ">"
print(f"{42:{fill}{align}{width}}")
data = {"k": [10, 20, 30]}
print(f"{data['k'][1]} {data['k'][-1]:03d}")
print(f"{f'{value:.1f}':>8}")
print(f"{(lambda y: y * 2)(21)}")
print(f"{', '.join(f'{i:02}' for i in range(3))}")
class Obj:
    def __format__(self, spec):
        return "Obj<" + spec + ">"
    def __repr__(self):
        return "Obj()"
    def __str__(self):
        return "obj-str"
o = Obj()
print(f"{o} {o:xyz} {o!r} {o!s} {o:{width}}")
print(f"{o=}")
print(f"{[f'{j}' for j in 'ab']}")
print(f"{'a' if width > 5 else 'b'}{precision}")
print(f"{3:{'0'}{5}}")
