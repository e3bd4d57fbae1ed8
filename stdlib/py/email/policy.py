"""Policies: how headers are parsed and rendered (rebeam: compat32 keeps
raw values; default and the others unfold them into str values)."""


class Policy:
    linesep = '\n'
    max_line_length = 78
    raise_on_defect = False
    mangle_from_ = False
    cte_type = '8bit'
    utf8 = False
    _unfold = False

    def __init__(self, **kw):
        for k, v in kw.items():
            if not hasattr(self, k):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    k, self.__class__.__name__))
            object.__setattr__(self, k, v)

    def clone(self, **kw):
        new = self.__class__.__new__(self.__class__)
        new.__dict__.update(self.__dict__)
        for k, v in kw.items():
            if not hasattr(self, k):
                raise TypeError("{!r} is an invalid keyword argument for {}".format(
                    k, self.__class__.__name__))
            new.__dict__[k] = v
        return new

    def __repr__(self):
        args = ["{}={!r}".format(k, v) for k, v in self.__dict__.items()]
        return "{}({})".format(self.__class__.__name__, ', '.join(args))

    def header_source_parse(self, sourcelines):
        name, value = sourcelines[0].split(':', 1)
        value = value.lstrip(' \t') + ''.join(sourcelines[1:])
        return (name, value.rstrip('\r\n'))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        if self._unfold:
            return ''.join(value.splitlines())
        return value

    def header_max_count(self, name):
        return None


class Compat32(Policy):
    message_factory = None


compat32 = Compat32()


class _SetValue(str):
    """A header value set by the program (not parsed): always rendered
    from its unfolded value, folded to max_line_length."""


class EmailPolicy(Policy):
    _unfold = True
    refold_source = 'long'
    header_factory = None
    content_manager = None

    def header_max_count(self, name):
        return _UNIQUE.get(name.lower())

    def header_store_parse(self, name, value):
        if '\n' in value or '\r' in value:
            raise ValueError("Header values may not contain linefeed "
                             "or carriage return characters")
        return (name, _SetValue(value))

    def header_fetch_parse(self, name, value):
        value = ''.join(value.splitlines())
        if name.lower() in ('content-type', 'content-disposition') and ';' in value:
            from email.message import _split_params, _render_param
            from email.utils import unquote
            parts = _split_params(value)
            out = [parts[0]]
            for p in parts[1:]:
                k, eq, v = p.partition('=')
                out.append(_render_param(k.strip(), unquote(v.strip()), True) if eq else p)
            value = '; '.join(out)
        return value


_UNIQUE = dict.fromkeys(
    ['date', 'orig-date', 'sender', 'from', 'to', 'cc', 'bcc', 'reply-to',
     'subject', 'message-id', 'in-reply-to', 'references', 'mime-version',
     'content-type', 'content-disposition', 'content-transfer-encoding'], 1)

default = EmailPolicy()


def _message_factory():
    from email.message import EmailMessage
    return EmailMessage


EmailPolicy.message_factory = property(lambda self: _message_factory())
strict = default.clone(raise_on_defect=True)
SMTP = default.clone(linesep='\r\n')
HTTP = default.clone(linesep='\r\n', max_line_length=None)
SMTPUTF8 = SMTP.clone(utf8=True)
