print(callable(len), callable(int), callable(str.upper), callable("x".upper), callable([].append))
print(list(map(int, ["1", "2"])), list(map(str.strip, [" a ", "b "])), sorted(["b", "A"], key=str.upper))
funcs = {"len": len, "type": type, "repr": repr}
print({name: f("ab") for name, f in funcs.items()})
print(type(len).__name__, len.__name__, repr(len), repr(int))
print(int.__call__("5"), str.__call__(7), print.__name__)
