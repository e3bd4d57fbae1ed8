import circular_b_helper
A_VALUE = "a"
def from_b():
    return circular_b_helper.B_VALUE
