__all__ = ["public_one", "public_two"]
public_one = "one"
def public_two():
    return "two"
hidden = "not in __all__"
_underscore = "private"
