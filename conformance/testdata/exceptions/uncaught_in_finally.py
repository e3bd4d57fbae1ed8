def f():
    try:
        print("in try")
        raise ValueError("first")
    finally:
        print("in finally")
f()
