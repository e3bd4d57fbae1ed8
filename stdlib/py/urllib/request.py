"""A small urllib.request: urlopen and Request over http.client (http
URLs only; no proxies, cookies or authentication handlers)."""

import http.client
import socket
from urllib.error import URLError, HTTPError
from urllib.parse import urlsplit, urlencode, quote

__all__ = ['Request', 'urlopen', 'URLError', 'HTTPError']


class Request:
    def __init__(self, url, data=None, headers={}, origin_req_host=None,
                 unverifiable=False, method=None):
        self.full_url = url
        self.data = data
        self.headers = {}
        for key, value in headers.items():
            self.add_header(key, value)
        self.method = method
        self.unverifiable = unverifiable

    @property
    def full_url(self):
        if self.fragment:
            return '{}#{}'.format(self._full_url, self.fragment)
        return self._full_url

    @full_url.setter
    def full_url(self, url):
        self._full_url, _, self.fragment = url.partition('#')
        parts = urlsplit(self._full_url)
        self.type = parts.scheme
        if not self.type:
            raise ValueError("unknown url type: %r" % self.full_url)
        self.host = parts.netloc
        self.selector = parts.path or '/'
        if parts.query:
            self.selector += '?' + parts.query

    def get_method(self):
        default_method = "POST" if self.data is not None else "GET"
        return getattr(self, 'method', None) or default_method

    def get_full_url(self):
        return self.full_url

    def add_header(self, key, val):
        self.headers[key.capitalize()] = val

    def has_header(self, header_name):
        return header_name in self.headers

    def get_header(self, header_name, default=None):
        return self.headers.get(header_name, default)

    def header_items(self):
        return list(self.headers.items())


def urlopen(url, data=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT, *, context=None):
    req = url if isinstance(url, Request) else Request(url, data)
    if data is not None:
        req.data = data
    for _ in range(10):
        if req.type == 'http':
            conn = http.client.HTTPConnection(req.host, timeout=timeout)
        elif req.type == 'https' and hasattr(http.client, 'HTTPSConnection'):
            conn = http.client.HTTPSConnection(req.host, timeout=timeout,
                                               context=context)
        else:
            raise URLError('unknown url type: %s' % req.type)
        headers = dict(req.headers)
        headers.setdefault('User-agent', 'Python-urllib/3.11')
        headers['Connection'] = 'close'
        body = req.data
        if body is not None and 'Content-type' not in headers:
            headers['Content-type'] = 'application/x-www-form-urlencoded'
        try:
            conn.request(req.get_method(), req.selector, body, headers)
            r = conn.getresponse()
        except OSError as err:
            conn.close()
            raise URLError(err)
        r.url = req.full_url
        r.msg = r.reason
        if r.status in (301, 302, 303, 307, 308) and r.getheader('Location'):
            from urllib.parse import urljoin
            new = urljoin(req.full_url, r.getheader('Location'))
            r.read()
            r.close()
            method = req.get_method() if r.status in (307, 308) else 'GET'
            data = req.data if r.status in (307, 308) else None
            req = Request(new, data, req.headers, method=method)
            continue
        if not 200 <= r.status < 300:
            raise HTTPError(req.full_url, r.status, r.reason, r.headers, r)
        return r
    raise HTTPError(req.full_url, 310, "redirect loop", None, None)
