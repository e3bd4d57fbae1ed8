import circular_a_helper
B_VALUE = "b"
def from_a():
    return circular_a_helper.A_VALUE
