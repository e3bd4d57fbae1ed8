results = []
for value in [10, 0, "x", 5, None]:
    try:
        results.append(100 // value)
    except ZeroDivisionError:
        results.append("div0")
    except TypeError as e:
        results.append(type(e).__name__)
    else:
        results[-1] += 1
    finally:
        results.append("|")
print(results)
errors = []
def risky(i):
    if i % 3 == 0:
        raise ValueError(i)
    return i
for i in range(7):
    try:
        risky(i)
    except ValueError as e:
        errors.append(e.args[0])
        if len(errors) == 2:
            break
print(errors)
