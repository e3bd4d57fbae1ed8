n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print("n =", n)
else:
    print("while finished without break")
i = 10
while i:
    i -= 3
    if i < 0:
        print("breaking at", i)
        break
else:
    print("not printed")
while False:
    print("never")
else:
    print("else runs when the condition is false at once")
count = 0
while True:
    count += 1
    if count >= 100:
        break
print(count)
a, b = 0, 1
fibs = []
while a < 100:
    fibs.append(a)
    a, b = b, a + b
print(fibs)
