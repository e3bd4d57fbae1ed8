"""Message and EmailMessage: header fields in order, looked up without
regard to case, and a payload (rebeam: no MIME encoders or header
objects; EmailMessage values are plain unfolded strings)."""

import re
from email import policy as _policy_mod

__all__ = ['Message', 'EmailMessage', 'MIMEPart']

SEMISPACE = '; '
tspecials = re.compile(r'[ \(\)<>@,;:\\"/\[\]\?=]')


def _splitparam(param):
    a, sep, b = str(param).partition(';')
    if not sep:
        return a.strip(), None
    return a.strip(), b.strip()


def _formatparam(param, value=None, quote=True):
    if value is not None and len(value) > 0:
        if isinstance(value, tuple):
            param += '*'
            value = "%s'%s'%s" % (value[0] or '', value[1] or '', value[2])
            return '%s=%s' % (param, value)
        if quote or tspecials.search(value):
            return '%s="%s"' % (param, value.replace('\\', '\\\\').replace('"', r'\"'))
        return '%s=%s' % (param, value)
    return param


def _parseparam(s):
    s = ';' + str(s)
    plist = []
    while s[:1] == ';':
        s = s[1:]
        end = s.find(';')
        while end > 0 and (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2:
            end = s.find(';', end + 1)
        if end < 0:
            end = len(s)
        f = s[:end]
        if '=' in f:
            i = f.index('=')
            f = f[:i].strip().lower() + '=' + f[i + 1:].strip()
        plist.append(f.strip())
        s = s[end:]
    return plist


def _unquotevalue(value):
    if isinstance(value, tuple):
        return value[0], value[1], _unquote(value[2])
    return _unquote(value)


def _unquote(s):
    if len(s) > 1:
        if s.startswith('"') and s.endswith('"'):
            return s[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if s.startswith('<') and s.endswith('>'):
            return s[1:-1]
    return s


class Message:
    def __init__(self, policy=_policy_mod.compat32):
        self.policy = policy
        self._headers = []
        self._unixfrom = None
        self._payload = None
        self._charset = None
        self.preamble = self.epilogue = None
        self.defects = []
        self._default_type = 'text/plain'

    def __str__(self):
        return self.as_string()

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        policy = self.policy if policy is None else policy
        sep = policy.linesep
        out = []
        if unixfrom and self._unixfrom:
            out.append(self._unixfrom + sep)
        for k, v in self._headers:
            if policy._unfold:
                v = policy.header_fetch_parse(k, v)
            v = sep.join(str(v).splitlines())
            out.append('%s: %s%s' % (k, v, sep))
        out.append(sep)
        payload = self._payload
        if isinstance(payload, list):
            for part in payload:
                out.append(part.as_string(policy=policy))
        elif payload is not None:
            out.append(payload)
        return ''.join(out)

    def __bytes__(self):
        return self.as_bytes()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom, policy=policy).encode('utf-8', 'surrogateescape')

    def is_multipart(self):
        return isinstance(self._payload, list)

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def get_unixfrom(self):
        return self._unixfrom

    def attach(self, payload):
        if self._payload is None:
            self._payload = [payload]
        else:
            try:
                self._payload.append(payload)
            except AttributeError:
                from email.errors import MultipartConversionError
                raise TypeError("Attach is not valid on a message with"
                                " a non-multipart payload") from None

    def get_payload(self, i=None, decode=False):
        if self.is_multipart():
            if decode:
                return None
            if i is None:
                return self._payload
            return self._payload[i]
        if i is not None:
            raise TypeError('Expected list, got %s' % type(self._payload))
        payload = self._payload
        if not decode:
            return payload
        if payload is None:
            return None
        cte = str(self.get('content-transfer-encoding', '')).lower()
        if isinstance(payload, str):
            try:
                bpayload = payload.encode('ascii')
            except UnicodeError:
                bpayload = payload.encode('raw-unicode-escape')
        else:
            bpayload = payload
        if cte == 'base64':
            import base64
            try:
                return base64.b64decode(bpayload)
            except Exception:
                return bpayload
        if cte == 'quoted-printable':
            import quopri
            return quopri.decodestring(bpayload)
        return bpayload

    def set_payload(self, payload, charset=None):
        if hasattr(payload, 'encode') and charset is not None and not isinstance(charset, str):
            charset = str(charset)
        self._payload = payload
        if charset is not None:
            self.set_charset(charset)

    def set_charset(self, charset):
        if charset is None:
            self.del_param('charset')
            self._charset = None
            return
        charset = str(charset)
        self._charset = charset
        if 'MIME-Version' not in self:
            self.add_header('MIME-Version', '1.0')
        if 'Content-Type' not in self:
            self.add_header('Content-Type', 'text/plain', charset=charset)
        else:
            self.set_param('charset', charset)

    def get_charset(self):
        return self._charset

    # Header access.
    def __len__(self):
        return len(self._headers)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, val):
        max_count = self.policy.header_max_count(name)
        if max_count:
            lname = name.lower()
            found = 0
            for k, v in self._headers:
                if k.lower() == lname:
                    found += 1
                    if found >= max_count:
                        raise ValueError("There may be at most {} {} headers "
                                         "in a message".format(max_count, name))
        self._headers.append(self.policy.header_store_parse(name, val))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def __contains__(self, name):
        name = name.lower()
        return any(k.lower() == name for k, v in self._headers)

    def __iter__(self):
        for field, value in self._headers:
            yield field

    def keys(self):
        return [k for k, v in self._headers]

    def values(self):
        return [self.policy.header_fetch_parse(k, v) for k, v in self._headers]

    def items(self):
        return [(k, self.policy.header_fetch_parse(k, v)) for k, v in self._headers]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return self.policy.header_fetch_parse(k, v)
        return failobj

    def set_raw(self, name, value):
        self._headers.append((name, value))

    def raw_items(self):
        return iter(self._headers.copy())

    def get_all(self, name, failobj=None):
        values = []
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                values.append(self.policy.header_fetch_parse(k, v))
        if not values:
            return failobj
        return values

    def add_header(self, _name, _value, **_params):
        parts = []
        for k, v in _params.items():
            if v is None:
                parts.append(k.replace('_', '-'))
            else:
                parts.append(_formatparam(k.replace('_', '-'), v))
        if _value is not None:
            parts.insert(0, _value)
        self[_name] = SEMISPACE.join(parts)

    def replace_header(self, _name, _value):
        _name = _name.lower()
        for i, (k, v) in zip(range(len(self._headers)), self._headers):
            if k.lower() == _name:
                self._headers[i] = self.policy.header_store_parse(k, _value)
                break
        else:
            raise KeyError(_name)

    # Content-Type and its parameters.
    def get_content_type(self):
        missing = object()
        value = self.get('content-type', missing)
        if value is missing:
            return self.get_default_type()
        ctype = _splitparam(value)[0].lower()
        if ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def _get_params_preserve(self, failobj, header):
        missing = object()
        value = self.get(header, missing)
        if value is missing:
            return failobj
        params = []
        for p in _parseparam(value):
            try:
                name, val = p.split('=', 1)
                name = name.strip()
                val = val.strip()
            except ValueError:
                name = p.strip()
                val = ''
            params.append((name, val))
        return params

    def get_params(self, failobj=None, header='content-type', unquote=True):
        missing = object()
        params = self._get_params_preserve(missing, header)
        if params is missing:
            return failobj
        if unquote:
            return [(k, _unquotevalue(v)) for k, v in params]
        return params

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header not in self:
            return failobj
        for k, v in self._get_params_preserve(failobj, header):
            if k.lower() == param.lower():
                if unquote:
                    return _unquotevalue(v)
                return v
        return failobj

    def set_param(self, param, value, header='Content-Type', requote=True,
                  charset=None, language='', replace=False):
        if header.lower() == 'content-type' and 'content-type' not in self:
            ctype = 'text/plain'
        else:
            ctype = self.get(header)
        if not self.get_param(param, header=header):
            if not ctype:
                ctype = _formatparam(param, value, requote)
            else:
                ctype = SEMISPACE.join([ctype, _formatparam(param, value, requote)])
        else:
            ctype = ''
            for old_param, old_value in self.get_params(header=header, unquote=requote):
                append_param = ''
                if old_param.lower() == param.lower():
                    append_param = _formatparam(param, value, requote)
                else:
                    append_param = _formatparam(old_param, old_value, requote)
                if not ctype:
                    ctype = append_param
                else:
                    ctype = SEMISPACE.join([ctype, append_param])
        if ctype != self.get(header):
            if replace:
                self.replace_header(header, ctype)
            else:
                del self[header]
                self[header] = ctype

    def del_param(self, param, header='content-type', requote=True):
        if header not in self:
            return
        new_ctype = ''
        for p, v in self.get_params(header=header, unquote=requote):
            if p.lower() != param.lower():
                if not new_ctype:
                    new_ctype = _formatparam(p, v, requote)
                else:
                    new_ctype = SEMISPACE.join([new_ctype, _formatparam(p, v, requote)])
        if new_ctype != self.get(header):
            del self[header]
            self[header] = new_ctype

    def set_type(self, type, header='Content-Type', requote=True):
        if not type.count('/') == 1:
            raise ValueError
        if header.lower() == 'content-type':
            del self['mime-version']
            self['MIME-Version'] = '1.0'
        if header not in self:
            self[header] = type
            return
        params = self.get_params(header=header, unquote=requote)
        del self[header]
        self[header] = type
        for p, v in params[1:]:
            self.set_param(p, v, header, requote)

    def get_filename(self, failobj=None):
        missing = object()
        filename = self.get_param('filename', missing, 'content-disposition')
        if filename is missing:
            filename = self.get_param('name', missing, 'content-type')
        if filename is missing:
            return failobj
        return filename.strip() if isinstance(filename, str) else filename

    def get_boundary(self, failobj=None):
        missing = object()
        boundary = self.get_param('boundary', missing)
        if boundary is missing:
            return failobj
        return boundary.rstrip()

    def get_content_charset(self, failobj=None):
        missing = object()
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            charset = charset[2]
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [part.get_content_charset(failobj) for part in self.walk()]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return _splitparam(value)[0].lower()

    def walk(self):
        yield self
        if self.is_multipart():
            for subpart in self.get_payload():
                yield from subpart.walk()


class MIMEPart(Message):
    def __init__(self, policy=None):
        if policy is None:
            policy = _policy_mod.default
        super().__init__(policy)

    def as_string(self, unixfrom=False, maxheaderlen=None, policy=None):
        return super().as_string(unixfrom, maxheaderlen, policy)

    def __str__(self):
        return self.as_string(policy=self.policy.clone(utf8=True))

    def is_attachment(self):
        c_d = self.get('content-disposition')
        return False if c_d is None else _splitparam(c_d)[0].lower() == 'attachment'

    def iter_attachments(self):
        if self.is_multipart():
            for part in self.get_payload():
                if part.is_attachment():
                    yield part

    def iter_parts(self):
        if self.is_multipart():
            yield from self.get_payload()

    def get_content(self, *args, **kw):
        maintype = self.get_content_maintype()
        if maintype == 'text':
            payload = self.get_payload(decode=True)
            charset = self.get_param('charset', 'ASCII')
            try:
                return payload.decode(charset, errors='replace')
            except LookupError:
                return payload.decode('utf-8', errors='replace')
        if self.is_multipart():
            raise KeyError(self.get_content_type())
        return self.get_payload(decode=True)

    def set_content(self, content, *args, subtype='plain', charset='utf-8',
                    cte=None, disposition=None, filename=None, cid=None,
                    params=None, headers=None, **kw):
        for h in ('content-type', 'content-transfer-encoding', 'content-disposition'):
            del self[h]
        if isinstance(content, str):
            lines = content.splitlines()
            text = '\n'.join(lines) + '\n'
            try:
                text.encode('ascii')
                ascii_ok = True
            except UnicodeError:
                ascii_ok = False
            if ascii_ok and charset.lower() == 'utf-8':
                charset = 'utf-8'
            if cte is None:
                cte = '7bit' if ascii_ok and max((len(l) for l in lines), default=0) <= 78 else '8bit'
            self['Content-Type'] = 'text/%s; charset="%s"' % (subtype, charset)
            if cte == 'base64':
                import base64
                payload = base64.encodebytes(text.encode(charset)).decode('ascii')
            else:
                payload = text
            self['Content-Transfer-Encoding'] = cte
            self.set_payload(payload)
        elif isinstance(content, (bytes, bytearray, memoryview)):
            maintype = args[0] if args else 'application'
            subtype = args[1] if len(args) > 1 else 'octet-stream'
            import base64
            self['Content-Type'] = '%s/%s' % (maintype, subtype)
            self['Content-Transfer-Encoding'] = 'base64'
            data = base64.encodebytes(bytes(content)).decode('ascii')
            self.set_payload(data)
        else:
            raise TypeError("set_content not valid on %s" % type(content).__name__)
        if disposition is not None or filename is not None:
            if disposition is None:
                disposition = 'attachment'
            if filename is not None:
                self['Content-Disposition'] = '%s; filename="%s"' % (disposition, filename)
            else:
                self['Content-Disposition'] = disposition
        if cid is not None:
            self['Content-ID'] = cid
        if params is not None:
            for k, v in params.items():
                self.set_param(k, v)
        if headers is not None:
            for h in headers:
                name, _, value = h.partition(':')
                self[name.strip()] = value.strip()

    def clear(self):
        self._headers = []
        self._payload = None

    def clear_content(self):
        self._headers = [(n, v) for n, v in self._headers
                         if not n.lower().startswith('content-')]
        self._payload = None


class EmailMessage(MIMEPart):
    def set_content(self, *args, **kw):
        super().set_content(*args, **kw)
        if 'MIME-Version' not in self:
            self['MIME-Version'] = '1.0'
