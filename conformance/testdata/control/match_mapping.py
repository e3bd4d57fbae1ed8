def handle(event):
    match event:
        case {"type": "click", "pos": (x, y)}:
            return f"click at {x},{y}"
        case {"type": "key", "key": str(k), **rest}:
            return f"key {k} extra={rest}"
        case {"type": t}:
            return f"unknown event {t}"
        case {}:
            return "empty mapping matches any mapping"
        case _:
            return "not a mapping"
print(handle({"type": "click", "pos": (3, 4)}))
print(handle({"type": "key", "key": "q", "mods": ["ctrl"], "t": 1}))
print(handle({"type": "scroll", "extra": 1}))
print(handle({"other": 1}))
print(handle([("type", "click")]))
class Dflt(dict):
    def __missing__(self, k):
        return "missing should not be used"
match Dflt(a=1):
    case {"b": _}:
        print("wrong")
    case {"a": 1}:
        print("mapping patterns use get, not __missing__")
