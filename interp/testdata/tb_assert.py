def check(v):
    assert v == 2, "nope"
check(1)
