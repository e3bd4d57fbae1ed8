config = {"debug": False}
counter = 0
def enable_debug():
    config["debug"] = True
def increment(by=1):
    global counter
    counter += by
    return counter
def reset():
    global counter, created_later
    counter = 0
    created_later = "new global"
enable_debug()
increment(); increment(5)
print(config, counter)
reset()
print(counter, created_later)
def read_only():
    return counter + 100
print(read_only())
def shadow():
    counter = "local shadow"
    return counter
print(shadow(), counter)
