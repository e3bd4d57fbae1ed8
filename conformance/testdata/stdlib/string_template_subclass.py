# string.Template subclasses change delimiter, idpattern, braceidpattern,
# flags or the whole pattern, which is compiled when the class is made.
import re
import string


def show(label, f):
    try:
        print(label, repr(f()))
    except (ValueError, KeyError) as e:
        print(label, type(e).__name__, e)


class Percent(string.Template):
    delimiter = '%'


class Lower(string.Template):
    idpattern = r'[a-z]+'


class Dotted(string.Template):
    braceidpattern = r'[A-Z.]+'


class CaseSensitive(string.Template):
    flags = 0
    idpattern = r'[a-z]+'


class Own(string.Template):
    pattern = r'''
    <<(?:
      (?P<escaped><<) |
      (?P<named>\w+)>> |
      \[(?P<braced>[^\]]+)\]>> |
      (?P<invalid>)
    )'''


show('percent', lambda: Percent('%who %{x} %% 100%').safe_substitute(who=1, x=2))
show('percent strict', lambda: Percent('%who %{x} %%').substitute(who=1, x=2))
show('lower', lambda: Lower('$abc1 $ABC').safe_substitute(abc=1, ABC=2))
show('dotted', lambda: Dotted('${A.B} $x').substitute({'A.B': 1, 'x': 2}))
show('dotted invalid', lambda: Dotted('${a}').substitute(a=1))
show('case sensitive', lambda: CaseSensitive('$abc $ABC').safe_substitute(abc=1, ABC=2))
show('case sensitive strict', lambda: CaseSensitive('$abc\n $ABC').substitute(abc=1))
show('own', lambda: Own('<<name>> <<[two words]>> <<<<').substitute({'name': 'N', 'two words': 'T'}))
show('own ids', lambda: Own('<<a>> <<[b c]>> <<a>>').get_identifiers())
show('own invalid', lambda: Own('x\n<<').substitute())
show('is_valid', lambda: (Own('<<a>>').is_valid(), Own('<< a').is_valid(), Percent('%').is_valid()))
print(isinstance(string.Template.pattern, re.Pattern), isinstance(Own.pattern, re.Pattern))
print(string.Template.flags == re.IGNORECASE, Own.pattern.flags & re.VERBOSE != 0)
show('base', lambda: string.Template('$a ${b} $$ $_c1').substitute(a=1, b=2, _c1=3))
show('base invalid', lambda: string.Template('ok\n  $ 1').substitute())
show('base ids', lambda: string.Template('$a ${b} $a $$c').get_identifiers())
show('non-ascii', lambda: string.Template('$\xe9t\xe9').safe_substitute({'\xe9t\xe9': 1}))
