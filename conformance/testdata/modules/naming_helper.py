my_name = __name__
file_base = __file__.replace("\\", "/").rsplit("/", 1)[-1]
def main_check():
    return "run as script" if __name__ == "__main__" else "imported as " + __name__
