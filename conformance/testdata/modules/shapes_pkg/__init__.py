NAME = "shapes package"
print("initialising", __name__)
def describe():
    return f"{NAME} ({__name__})"
