class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"
print(Box[int], Box["x"], Box[3])
class Registry:
    _types = {}
    def __class_getitem__(cls, key):
        return cls._types.setdefault(key, type(f"Registry_{key}", (cls,), {}))
a = Registry["a"]
print(a.__name__, Registry["a"] is a, issubclass(a, Registry))
print(list[int], dict[str, int], tuple[int, ...], type(list[int]).__name__)
print(list[int]("ab"), list[int].__origin__ is list, dict[str, int].__args__)
try:
    object()[0]
except TypeError as e:
    print("TypeError:", e)
class NoGeneric:
    pass
try:
    NoGeneric[int]
except TypeError as e:
    print("TypeError:", e)
