print("before import")
import nope
print("not reached")
