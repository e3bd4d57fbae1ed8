import fnmatch

names = ["main.py", "test_main.py", "README.md", "setup.cfg", "a.PY", "data1.csv", "data22.csv"]
print(fnmatch.filter(names, "*.py"))
print(fnmatch.filter(names, "test_*"), fnmatch.filter(names, "data?.csv"), fnmatch.filter(names, "data[0-9]*.csv"))
print(fnmatch.filter(names, "[!dt]*"), fnmatch.filter(names, "*"))
print(fnmatch.fnmatch("foo.txt", "*.txt"), fnmatch.fnmatch("foo.txt", "*.py"), fnmatch.fnmatchcase("A.PY", "*.py"))
print(fnmatch.fnmatchcase("abc", "a*c"), fnmatch.fnmatchcase("ac", "a*c"), fnmatch.fnmatchcase("abcd", "a*c"))
print(fnmatch.fnmatchcase("a[b", "a[b"), fnmatch.fnmatchcase("]", "[]]"), fnmatch.fnmatchcase("x-", "x[a-]"), fnmatch.fnmatchcase("", "*"))
print(fnmatch.translate("*.py"), fnmatch.translate("a?c"), fnmatch.translate("[!a-c]x"), fnmatch.translate("x*"))
