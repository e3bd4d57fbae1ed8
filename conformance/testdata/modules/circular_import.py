import circular_a_helper
import circular_b_helper
print(circular_a_helper.from_b(), circular_b_helper.from_a())
