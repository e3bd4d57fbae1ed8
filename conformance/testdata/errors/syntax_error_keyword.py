print("never")
class = 5
