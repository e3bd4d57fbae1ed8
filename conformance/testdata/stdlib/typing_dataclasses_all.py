# The public names of typing and dataclasses, in CPython's order.
import typing, dataclasses
print(typing.__all__)
print(dataclasses.__all__)
