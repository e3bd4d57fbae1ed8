package stdlib

// The locale module, minimal: rebeam runs in the C locale with UTF-8
// text (as CPython does under LC_ALL=C.UTF-8); setlocale accepts the C
// and POSIX locales and the UTF-8 variants and reports them.

func init() {
	register("locale", nil, `
LC_CTYPE, LC_NUMERIC, LC_TIME, LC_COLLATE, LC_MONETARY, LC_MESSAGES, LC_ALL = 0, 1, 2, 3, 4, 5, 6
CHAR_MAX = 127
_str = str

class Error(Exception):
    pass
Error.__module__ = 'locale'

_current = {}

def setlocale(category, locale=None):
    if not isinstance(category, int) or not 0 <= category <= 6:
        raise Error('unsupported locale setting')
    if locale is None:
        if category == LC_ALL:
            return _current.get(LC_ALL, 'C.UTF-8' if not _current else 'C')
        return _current.get(category, 'C.UTF-8' if category == LC_CTYPE else 'C')
    if not isinstance(locale, _str):
        locale = '.'.join(x for x in locale if x)
    if locale in ('', 'C.UTF-8', 'C.utf8', 'en_US.UTF-8', 'en_US.utf8'):
        value = 'C.UTF-8'
    elif locale in ('C', 'POSIX'):
        value = locale
    else:
        raise Error('unsupported locale setting')
    if category == LC_ALL:
        for c in range(7):
            _current[c] = value
    else:
        _current[category] = value
    return value

def getlocale(category=LC_CTYPE):
    v = setlocale(category)
    if v in ('C', 'POSIX'):
        return (None, None)
    return ('en_US', 'UTF-8')

def getdefaultlocale(envvars=('LC_ALL', 'LC_CTYPE', 'LANG', 'LANGUAGE')):
    return ('en_US', 'UTF-8')

def getpreferredencoding(do_setlocale=True):
    # rebeam always runs in UTF-8 mode, as CPython with PYTHONUTF8=1.
    return 'utf-8'

def getencoding():
    return 'UTF-8'

def localeconv():
    return {'int_curr_symbol': '', 'currency_symbol': '', 'mon_decimal_point': '', 'mon_thousands_sep': '',
            'mon_grouping': [], 'positive_sign': '', 'negative_sign': '', 'int_frac_digits': 127,
            'frac_digits': 127, 'p_cs_precedes': 127, 'p_sep_by_space': 127, 'n_cs_precedes': 127,
            'n_sep_by_space': 127, 'p_sign_posn': 127, 'n_sign_posn': 127, 'decimal_point': '.',
            'thousands_sep': '', 'grouping': []}

def normalize(localename):
    return localename

def strcoll(a, b):
    return (a > b) - (a < b)

def strxfrm(s):
    return s

def str(val):
    return '%.12g' % val

def format_string(f, val, grouping=False, monetary=False):
    return f % val

def atof(string, func=float):
    return func(string)

def atoi(string):
    return int(string)
`)
}
