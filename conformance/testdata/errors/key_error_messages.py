for key in ["name", 0, (1, 2), None, 1.5, "", "quote'd"]:
    try:
        {}[key]
    except KeyError as e:
        print("KeyError:", e, "| args:", e.args)
try:
    {}.pop("gone")
except KeyError as e:
    print("KeyError:", e)
try:
    set().remove(3)
except KeyError as e:
    print("KeyError:", e)
