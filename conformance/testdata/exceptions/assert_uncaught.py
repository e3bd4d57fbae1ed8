values = [3, 2, 1, 0]
for v in values:
    print("checking", v)
    assert v > 0, f"value {v} is not positive"
