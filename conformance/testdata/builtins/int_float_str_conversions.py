print(int("0x1f", 16), int("-0b101", 0), int(" +12 "), int(b"42"), int(bytearray(b"7")))
print(float(" 1.5 "), float("-0"), float(b"2.5"), float("1e-3"), float(10 ** 20))
print(str(1e21), str(1e-7), str(0.1 + 0.7), str(-1.0), str(1 / 7))
class Num:
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __index__(self):
        return 3
print(int(Num()), float(Num()), [0, 1, 2, 3][Num()], bin(Num()))
class Trunc:
    def __trunc__(self):
        return 9
try:
    print(int(Trunc()))
except TypeError as e:
    print("TypeError:", e)
try:
    float("1,5")
except ValueError as e:
    print("ValueError:", e)
try:
    int("1e3")
except ValueError as e:
    print("ValueError:", e)
print(int(float("1e3")), round(float("2.5")), str(int("007")))
