try:
    try:
        raise ValueError("bad input")
    except ValueError as e:
        e.add_note("while parsing line 3")
        e.add_note("file: data.csv")
        raise
except ValueError as e:
    print(e, e.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print("TypeError:", e)
e = KeyError("k")
print(hasattr(e, "__notes__"))
e.add_note("n")
print(e.__notes__)
