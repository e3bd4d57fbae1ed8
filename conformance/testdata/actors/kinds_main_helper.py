# A module child with a main(): the process runs main().
from rebeam import call

call("log", "add", "kinds_main_helper body at import")


def main():
    call("log", "add", "kinds_main_helper main()")
