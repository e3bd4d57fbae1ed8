class InvalidState(Exception):
    pass
def transition(state):
    if state == "done":
        raise InvalidState("cannot leave state 'done'")
    return "next"
print(transition("start"))
transition("done")
