def check(x):
    assert x > 0, f"x must be positive, got {x}"
    return x
print(check(5))
try:
    check(-1)
except AssertionError as e:
    print("AssertionError:", e, e.args)
try:
    assert False
except AssertionError as e:
    print("bare:", repr(e), e.args)
try:
    assert [], "empty list is falsy"
except AssertionError as e:
    print(e)
assert True, "never evaluated " + undefined_name
calls = []
def msg():
    calls.append(1)
    return "message"
assert 1, msg()
print("message evaluated lazily:", calls)
try:
    assert 0, {"structured": [1, 2]}
except AssertionError as e:
    print(e.args[0]["structured"])
