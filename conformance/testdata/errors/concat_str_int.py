name = "answer"
value = 42
print("about to concatenate")
message = name + ": " + value
