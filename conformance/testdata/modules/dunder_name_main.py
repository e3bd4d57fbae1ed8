print(__name__)
print(__file__.replace("\\", "/").rsplit("/", 1)[-1])
import naming_helper
print(naming_helper.my_name, naming_helper.file_base)
print(naming_helper.main_check())
