name = "World"
n = 42
pi = 3.14159
print(f"Hello, {name}!")
print(f"{n} {n + 1} {n * 2} {n:5d}|{n:<5}|{n:x}")
print(f"{pi:.2f} {pi:10.4f}|{pi:e}")
print(f"{{braces}} {{{n}}}")
print(f"{name!r} {name!s} {'é'!a}")
print(f"{[1, 2, 3]} {(1,)} {dict(a=1)}")
print(f"{'quoted'} {'nested' if True else 'no'}")
items = ["a", "b"]
print(f"{len(items)} items: {', '.join(items)}")
print(f"{n if n > 40 else 0} {n > 40 and 'big'}")
print(F"upper F {n}", rf"raw \n {n}", fr"{name}\t")
x = 10
print(f"{x=}", f"{x = }", f"{x*2=}", f"{pi=:.2f}", f"{name=!r}", f"{name=!s}")
print(f"{'a' 'b'}", f"""{
    n
}""")
print(f"{n:{'>'}{10}}|")
print(f"{3.0:g} {1e-9:g} {123456789:,}")
