import os
my_name = __name__
file_base = os.path.basename(__file__)
def main_check():
    return "run as script" if __name__ == "__main__" else "imported as " + __name__
