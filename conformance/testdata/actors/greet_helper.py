# Imported by run_main_argv.py from the script's own folder.
GREETING = "hello from greet_helper"


def greet(name):
    return f"{GREETING}, {name}"
