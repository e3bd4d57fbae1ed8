print("start")
message = "this string never ends
print(message)
