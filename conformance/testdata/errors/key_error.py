config = {"host": "localhost", "port": 80}
print(config["host"])
try:
    config["user"]
except KeyError as e:
    print("KeyError:", e, repr(e), e.args)
try:
    {(1, 2): 0}[(3, 4)]
except KeyError as e:
    print("KeyError:", e)
try:
    {}[""]
except KeyError as e:
    print("KeyError:", e)
try:
    set().remove("x")
except KeyError as e:
    print("KeyError:", e)
print(config["password"])
