"""csv: reading and writing comma-separated values, as CPython's csv module
(the _csv state machine written in Python)."""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE",
           "Error", "Dialect", "excel", "excel_tab", "unix_dialect", "reader",
           "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "field_size_limit", "DictReader", "DictWriter",
           "Sniffer", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)


class Error(Exception):
    pass


_field_limit = 128 * 1024


def field_size_limit(*args):
    global _field_limit
    old = _field_limit
    if args:
        _field_limit = args[0]
    return old


class Dialect:
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None
    strict = False

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect or excel, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


class _Params:
    """The resolved formatting parameters of a reader or writer."""

    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        for name in ("delimiter", "quotechar", "escapechar", "doublequote",
                     "skipinitialspace", "lineterminator", "quoting", "strict"):
            default = {"delimiter": ",", "quotechar": '"', "doublequote": True,
                       "skipinitialspace": False, "lineterminator": "\r\n",
                       "quoting": QUOTE_MINIMAL, "strict": False}.get(name)
            value = fmtparams.get(name, getattr(dialect, name, default))
            if value is None and name not in ("escapechar", "quotechar"):
                value = default
            setattr(self, name, value)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar == "" or (self.quotechar is None and self.quoting != QUOTE_NONE):
            if self.quotechar is None:
                raise TypeError("quotechar must be set if quoting enabled")
            raise TypeError('"quotechar" must be a 1-character string')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')


class _Reader:
    def __init__(self, f, dialect="excel", **fmtparams):
        self._it = iter(f)
        self.dialect = _Params(dialect, fmtparams)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = "start"   # start, field, quoted, quote_in_quoted, escape, quoted_escape
        quoted_field = False
        while True:
            try:
                line = next(self._it)
            except StopIteration:
                if not fields and state == "start":
                    raise
                if d.strict:
                    raise Error("unexpected end of data")
                fields.append(self._finish(field, quoted_field))
                return fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)" % type(line).__name__)
            self.line_num += 1
            i, n = 0, len(line)
            if state == "start" and line in ("\n", "\r\n", "\r", "") and not fields:
                return []
            while i < n:
                c = line[i]
                i += 1
                if state == "start" or state == "field":
                    if state == "start":
                        field = []
                        quoted_field = False
                        if c == d.quotechar and d.quoting != QUOTE_NONE:
                            state = "quoted"
                            quoted_field = True
                            continue
                        if c == " " and d.skipinitialspace:
                            continue
                        state = "field"
                    if c in "\r\n":
                        fields.append(self._finish(field, quoted_field))
                        state = "eol"
                        break
                    if c == d.escapechar:
                        state = "escape"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        state = "start"
                    else:
                        field.append(c)
                elif state == "escape":
                    field.append(c)
                    state = "field"
                elif state == "quoted":
                    if c == d.escapechar:
                        state = "quoted_escape"
                    elif c == d.quotechar:
                        state = "quote_in_quoted" if d.doublequote else "field"
                    else:
                        field.append(c)
                elif state == "quoted_escape":
                    field.append(c)
                    state = "quoted"
                elif state == "quote_in_quoted":
                    if c == d.quotechar:
                        field.append(c)
                        state = "quoted"
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        state = "start"
                    elif c in "\r\n":
                        fields.append(self._finish(field, quoted_field))
                        state = "eol"
                        break
                    elif d.strict:
                        raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
                    else:
                        field.append(c)
                        state = "field"
            if state == "eol":
                return fields
            if state in ("start", "field", "quote_in_quoted"):
                fields.append(self._finish(field, quoted_field))
                return fields
            if state == "escape":
                field.append("\n")
                state = "field"

    def _finish(self, field, quoted):
        s = "".join(field)
        if len(s) > _field_limit:
            raise Error("field larger than field limit (%d)" % _field_limit)
        if not quoted and self.dialect.quoting == QUOTE_NONNUMERIC and s:
            return float(s)
        return s


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


class _Writer:
    def __init__(self, f, dialect="excel", **fmtparams):
        self._write = f.write
        self.dialect = _Params(dialect, fmtparams)

    def _field(self, value):
        d = self.dialect
        if value is None:
            s = ""
        elif isinstance(value, float):
            s = repr(value)
        else:
            s = str(value)
        quote = False
        if d.quoting == QUOTE_ALL:
            quote = True
        elif d.quoting == QUOTE_NONNUMERIC:
            quote = not isinstance(value, (int, float))
        specials = d.delimiter + (d.quotechar or "") + "\r\n" + (d.escapechar or "")
        if d.quoting == QUOTE_NONE:
            out = []
            for ch in s:
                if ch in specials or (d.quotechar and ch == d.quotechar):
                    if not d.escapechar:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
                out.append(ch)
            return "".join(out)
        if not quote and any(ch in specials for ch in s):
            quote = True
        if d.quotechar:
            if d.doublequote:
                s = s.replace(d.quotechar, d.quotechar * 2)
            elif d.escapechar:
                s = s.replace(d.escapechar, d.escapechar * 2).replace(d.quotechar, d.escapechar + d.quotechar)
        return d.quotechar + s + d.quotechar if quote else s

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        d = self.dialect
        parts = [self._field(v) for v in fields]
        if len(parts) == 1 and parts[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts = [d.quotechar * 2]
        return self._write(d.delimiter.join(parts) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, **fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None,
                 dialect="excel", *args, **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise",
                 dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    def sniff(self, sample, delimiters=None):
        counts = {}
        for ch in (delimiters or ",;\t|:"):
            lines = [ln for ln in sample.splitlines() if ln]
            per = [ln.count(ch) for ln in lines]
            if per and per[0] and all(p == per[0] for p in per):
                counts[ch] = per[0]
        if not counts:
            raise Error("Could not determine delimiter")
        delim = max(counts, key=counts.get)

        class sniffed(Dialect):
            delimiter = delim
            quotechar = '"'
            doublequote = True
            skipinitialspace = False
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        return sniffed

    def has_header(self, sample):
        rows = list(reader(sample.splitlines(), self.sniff(sample)))
        if len(rows) < 2:
            return False
        header, rest = rows[0], rows[1:]

        def numeric(s):
            try:
                float(s)
                return True
            except ValueError:
                return False
        votes = 0
        for i, h in enumerate(header):
            col = [r[i] for r in rest if i < len(r)]
            if col and all(numeric(c) for c in col) and not numeric(h):
                votes += 1
            elif col and all(len(c) == len(col[0]) for c in col) and len(h) != len(col[0]):
                votes += 1
            else:
                votes -= 1
        return votes > 0
