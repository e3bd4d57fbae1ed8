import builtins
builtins.__dict__.setdefault("_counter_loads", 0)
builtins._counter_loads += 1
loads = builtins._counter_loads
