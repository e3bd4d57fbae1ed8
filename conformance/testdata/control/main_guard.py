def main():
    print("main called with", __name__)
    return 0
if __name__ == "__main__":
    status = main()
    print("status", status)
else:
    print("imported, not run")
print(__name__ == "__main__", type(__name__).__name__)
