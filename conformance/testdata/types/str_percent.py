print("%s and %s" % ("this", "that"))
print("%s" % "single", "%s" % (1,), "%s" % [1, 2], "%r" % "quoted", "%a" % "é")
print("%d%%" % 50, "%c%c" % (72, "i"), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "abcdef")
print("%(name)s is %(age)d" % {"name": "Ann", "age": 7})
print("%*d|%-*d|" % (5, 42, 4, 7), "%.*f" % (2, 3.14159))
print("%x %X %o %e %g" % (255, 255, 8, 12345.678, 0.0001))
print("%+.3f % d %05.1f" % (2.5, 3, 9.87))
print("%s" % None, "%s %s" % (True, 1.0), "%i" % 3.99)
try:
    "%d" % "x"
except TypeError as e:
    print("TypeError:", e)
try:
    "%s %s" % ("a",)
except TypeError as e:
    print("TypeError:", e)
try:
    "%s" % ("a", "b")
except TypeError as e:
    print("TypeError:", e)
try:
    "%z" % 1
except ValueError as e:
    print("ValueError:", e)
print(b"%s-%d" % (b"ab", 5))
