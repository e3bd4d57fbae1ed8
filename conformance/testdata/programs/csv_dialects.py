import csv, io
src = 'a,b,c\r\n1,"two\nlines",3\n\n"q""uote",,x\n  sp, "y" ,z\nlast,row'
r = csv.reader(io.StringIO(src))
for row in r:
    print(row, r.line_num)
print(list(csv.reader(io.StringIO(src), skipinitialspace=True)))
print(list(csv.reader(["1,2.5,'x'"], quoting=csv.QUOTE_NONNUMERIC, quotechar="'")))
print(list(csv.reader(["a\\,b,c"], escapechar="\\")), list(csv.reader(["a\tb"], dialect="excel-tab")))
for q in (csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC):
    o = io.StringIO(); w = csv.writer(o, quoting=q); w.writerow([1, "a b", 2.5, None, "x\"y", "", True]); w.writerow([""]); print(repr(o.getvalue()))
o = io.StringIO(); csv.writer(o, delimiter="|", lineterminator="\n").writerows([["a|b", 1], []]); print(repr(o.getvalue()))
o = io.StringIO(); w = csv.writer(o, quoting=csv.QUOTE_NONE, escapechar="\\"); w.writerow(["a,b", 'q"']); print(repr(o.getvalue()))
dr = csv.DictReader(io.StringIO("x,y\n1,2,3\n4\n"), restkey="rest", restval="?")
print(list(dr), dr.fieldnames, dr.line_num)
try:
    csv.DictWriter(io.StringIO(), ["a"]).writerow({"b": 1})
except ValueError as e:
    print(e)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
o = io.StringIO(); csv.writer(o, "semi").writerow([1, 2]); print(repr(o.getvalue()), "semi" in csv.list_dialects())
try:
    csv.get_dialect("nope")
except csv.Error as e:
    print("Error", e)
print(list(csv.reader([])), list(csv.reader(["", "a"])))
