class Field:
    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = name
        self.private = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return f"<Field {self.owner}.{self.name}>"
        return getattr(obj, self.private, "unset")
    def __set__(self, obj, value):
        setattr(obj, self.private, value)
class Model:
    title = Field()
    body = Field()
m = Model()
print(Model.title, Model.body, m.title)
m.title = "Hello"
print(m.title, vars(m))
class Late:
    pass
f = Field()
Late.attr = f
print(hasattr(f, "name"))
f.__set_name__(Late, "attr")
print(Late.attr)
class Upper:
    def __get__(self, obj, objtype=None):
        return obj._v.upper() if obj else self
    def __set__(self, obj, value):
        obj._v = value
class Doc:
    text = Upper()
d = Doc()
d.text = "shout"
print(d.text, isinstance(Doc.text, Upper))
