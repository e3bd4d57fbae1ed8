"""A module child: its process runs main() once the server has started."""
from rebeam import call, shutdown


def main():
    for who in ["world", "rebeam"]:
        status, text = call("one", "hello", who)
        print(status, text)
    print(call("one", "greeted"))
    print(call("one", "goodbye"))
    shutdown()  # stops the tree in order, running each @stop
