import os
print(__name__)
print(os.path.basename(__file__))
import naming_helper
print(naming_helper.my_name, naming_helper.file_base)
print(naming_helper.main_check())
