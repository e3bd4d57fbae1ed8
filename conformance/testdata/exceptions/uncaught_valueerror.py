def parse(text):
    if not text.isdigit():
        raise ValueError(f"bad number: {text!r}")
    return int(text)
print(parse("12"))
print("before the error")
parse("x1")
print("never printed")
