a = 2 ** 100
print(a)
print(a * a)
print(a - 1, a + 1)
b = 10 ** 30 + 7
print(b // 7, b % 7)
print(-b // 7, -b % 7)
print(a.bit_length(), (a - 1).bit_length())
f = 1
for i in range(1, 31):
    f *= i
print("30! =", f)
print(f // (2 ** 26), f % 1000003)
print(divmod(f, 10 ** 17))
print(-(3 ** 80))
print(abs(-(7 ** 40)))
print(2 ** 64 - 1 == 18446744073709551615)
print((2 ** 64) > (2 ** 63), -(2 ** 64) < -(2 ** 63))
print(int("123456789012345678901234567890") * 3)
print(pow(7, 10 ** 20, 1000000007))
print(str(12345678901234567890 ** 3)[:20])
print(hex(2 ** 70), bin(2 ** 65 + 1))
print(2 ** 100 // 3 ** 40)
print((2 ** 100) == 1267650600228229401496703205376)
