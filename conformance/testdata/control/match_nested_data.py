def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case ("sum", *terms):
            return sum(evaluate(t) for t in terms)
        case _:
            raise ValueError(f"bad expression: {expr!r}")
tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(tree))
print(evaluate(("sum", ("num", 1), ("num", 2), ("num", 3))))
try:
    evaluate(("pow", 1, 2))
except ValueError as e:
    print("ValueError:", e)
def route(request):
    match request:
        case {"method": "GET", "path": "/"}:
            return "home"
        case {"method": "GET", "path": str(p)} if p.startswith("/users/"):
            return "user " + p.rsplit("/", 1)[1]
        case {"method": "POST" | "PUT" as m, "body": {"name": name}}:
            return f"{m} name={name}"
        case {"method": m}:
            return f"405 {m}"
print(route({"method": "GET", "path": "/"}), route({"method": "GET", "path": "/users/7"}))
print(route({"method": "PUT", "body": {"name": "x", "age": 1}}), route({"method": "DELETE"}))
