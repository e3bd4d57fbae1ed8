# A generator left suspended inside try/finally or with is finalized when
# the program ends, after the last line of the script; one abandoned by a
# for loop over a call is finalized when the loop breaks.
class Logger:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0].__name__)
        return False

def numbers(tag):
    with Logger():
        try:
            n = 0
            while True:
                yield f"{tag}{n}"
                n += 1
        finally:
            print("finally", tag)

for x in numbers("loop"):
    if x == "loop2":
        break
print("after loop")
kept = numbers("kept")
print(next(kept), next(kept))
def first(gen_fn):
    for value in gen_fn("ret"):
        return value
print(first(numbers))
print("end of script")
