print("raising a group")
raise ExceptionGroup("two problems", [ValueError("v"), TypeError("t")])
