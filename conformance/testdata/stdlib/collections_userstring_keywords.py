# UserString's methods take by name what str's take only by position.
from collections import UserString as US
s = US("Hello")
print(s.zfill(width=8), s.ljust(width=7), s.center(9, "*"), US("xxhixx").strip(chars="x"))
print(s.startswith(prefix="He"), s.startswith("l", start=2), s.endswith(suffix="lo", end=5))
print(s.index(sub="l"), s.rindex("l", start=0), US(",").join(seq=["a", "b"]), s.partition(sep="l"))
print(s.split(sep="e"), s.count("l"), s.find("l"))
