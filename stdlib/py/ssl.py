"""TLS for sockets (rebeam: on Go's crypto/tls through _ssl; contexts,
client and server sockets; no memory BIOs, session reuse or SNI
callbacks)."""

import _ssl
import _socket
import os
import socket as _socketmod
from enum import IntEnum, IntFlag
from _ssl import (SSLError, SSLZeroReturnError, SSLWantReadError,
                  SSLWantWriteError, SSLSyscallError, SSLEOFError,
                  SSLCertVerificationError)

CertificateError = SSLCertVerificationError

OPENSSL_VERSION = "OpenSSL 3.0.2 15 Mar 2022 (compatible; Go crypto/tls)"
OPENSSL_VERSION_INFO = (3, 0, 0, 2, 0)
OPENSSL_VERSION_NUMBER = 0x30000020
HAS_SNI = True
HAS_ALPN = True
HAS_ECDH = True
HAS_NPN = False
HAS_TLSv1 = True
HAS_TLSv1_1 = True
HAS_TLSv1_2 = True
HAS_TLSv1_3 = True
HAS_NEVER_CHECK_COMMON_NAME = True
CHANNEL_BINDING_TYPES = []


class VerifyMode(IntEnum):
    CERT_NONE = 0
    CERT_OPTIONAL = 1
    CERT_REQUIRED = 2


CERT_NONE = VerifyMode.CERT_NONE
CERT_OPTIONAL = VerifyMode.CERT_OPTIONAL
CERT_REQUIRED = VerifyMode.CERT_REQUIRED


class VerifyFlags(IntFlag):
    VERIFY_DEFAULT = 0
    VERIFY_CRL_CHECK_LEAF = 0x4
    VERIFY_CRL_CHECK_CHAIN = 0xc
    VERIFY_X509_STRICT = 0x20
    VERIFY_X509_PARTIAL_CHAIN = 0x80000
    VERIFY_ALLOW_PROXY_CERTS = 0x40
    VERIFY_X509_TRUSTED_FIRST = 0x8000


globals().update(VerifyFlags.__members__)


class _SSLMethod(IntEnum):
    PROTOCOL_SSLv23 = 2
    PROTOCOL_TLS_CLIENT = 16
    PROTOCOL_TLS_SERVER = 17
    PROTOCOL_TLSv1 = 3
    PROTOCOL_TLSv1_1 = 4
    PROTOCOL_TLSv1_2 = 5


PROTOCOL_TLS = PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_SSLv23
PROTOCOL_TLS_CLIENT = _SSLMethod.PROTOCOL_TLS_CLIENT
PROTOCOL_TLS_SERVER = _SSLMethod.PROTOCOL_TLS_SERVER
PROTOCOL_TLSv1 = _SSLMethod.PROTOCOL_TLSv1
PROTOCOL_TLSv1_1 = _SSLMethod.PROTOCOL_TLSv1_1
PROTOCOL_TLSv1_2 = _SSLMethod.PROTOCOL_TLSv1_2


class Options(IntFlag):
    OP_ALL = 0x80000850
    OP_NO_SSLv2 = 0
    OP_NO_SSLv3 = 0x2000000
    OP_NO_TLSv1 = 0x4000000
    OP_NO_TLSv1_1 = 0x10000000
    OP_NO_TLSv1_2 = 0x8000000
    OP_NO_TLSv1_3 = 0x20000000
    OP_NO_COMPRESSION = 0x20000
    OP_CIPHER_SERVER_PREFERENCE = 0x400000
    OP_SINGLE_DH_USE = 0
    OP_SINGLE_ECDH_USE = 0
    OP_NO_TICKET = 0x4000
    OP_NO_RENEGOTIATION = 0x40000000
    OP_ENABLE_MIDDLEBOX_COMPAT = 0x100000
    OP_IGNORE_UNEXPECTED_EOF = 0x80


globals().update(Options.__members__)


class TLSVersion(IntEnum):
    MINIMUM_SUPPORTED = -2
    MAXIMUM_SUPPORTED = -1
    SSLv3 = 0x0300
    TLSv1 = 0x0301
    TLSv1_1 = 0x0302
    TLSv1_2 = 0x0303
    TLSv1_3 = 0x0304


class Purpose:
    class _P:
        def __init__(self, name, oid):
            self.name = name
            self.oid = oid

        def __repr__(self):
            return "<Purpose.%s: _ASN1Object(nid=%d, shortname=%r, longname=%r, oid=%r)>" % (
                self.name, 129 if self.name == 'SERVER_AUTH' else 130,
                'serverAuth' if self.name == 'SERVER_AUTH' else 'clientAuth',
                'TLS Web Server Authentication' if self.name == 'SERVER_AUTH'
                else 'TLS Web Client Authentication', self.oid)
    SERVER_AUTH = _P('SERVER_AUTH', '1.3.6.1.5.5.7.3.1')
    CLIENT_AUTH = _P('CLIENT_AUTH', '1.3.6.1.5.5.7.3.2')


def _read_file(path):
    with open(os.fspath(path), 'rb') as f:
        return f.read()


class SSLContext:
    sslsocket_class = None

    def __init__(self, protocol=None, *args, **kwargs):
        if protocol is None:
            protocol = PROTOCOL_TLS
        self._protocol = _SSLMethod(protocol)
        self._cadata = None
        self._default_roots = False
        self._cert = None
        self._key = None
        self._alpn = None
        self.options = (Options.OP_ALL | Options.OP_NO_SSLv3 | Options.OP_NO_COMPRESSION
                        | Options.OP_CIPHER_SERVER_PREFERENCE
                        | Options.OP_ENABLE_MIDDLEBOX_COMPAT)
        self.minimum_version = TLSVersion.TLSv1_2
        self.maximum_version = TLSVersion.MAXIMUM_SUPPORTED
        self.verify_flags = VerifyFlags.VERIFY_X509_TRUSTED_FIRST
        self.post_handshake_auth = None
        self.hostname_checks_common_name = True
        self.keylog_filename = None
        self.sni_callback = None
        if self._protocol == PROTOCOL_TLS_CLIENT:
            self._check_hostname = True
            self._verify_mode = CERT_REQUIRED
        else:
            self._check_hostname = False
            self._verify_mode = CERT_NONE

    @property
    def protocol(self):
        return self._protocol

    @property
    def check_hostname(self):
        return self._check_hostname

    @check_hostname.setter
    def check_hostname(self, value):
        value = bool(value)
        if value and self._verify_mode == CERT_NONE:
            self._verify_mode = CERT_REQUIRED
        self._check_hostname = value

    @property
    def verify_mode(self):
        return self._verify_mode

    @verify_mode.setter
    def verify_mode(self, value):
        value = VerifyMode(value)
        if value == CERT_NONE and self._check_hostname:
            raise ValueError("Cannot set verify_mode to CERT_NONE when "
                             "check_hostname is enabled.")
        self._verify_mode = value

    def load_verify_locations(self, cafile=None, capath=None, cadata=None):
        if cafile is None and capath is None and cadata is None:
            raise TypeError("cafile, capath and cadata cannot be all omitted")
        pems = []
        if cafile is not None:
            data = _read_file(cafile)
            _ssl.check_ca(data, False)
            pems.append(data)
        if capath is not None:
            for name in sorted(os.listdir(capath)):
                p = os.path.join(capath, name)
                if os.path.isfile(p):
                    try:
                        pems.append(_read_file(p))
                    except OSError:
                        pass
        if cadata is not None:
            if isinstance(cadata, str):
                pems.append(cadata.encode('ascii'))
            else:
                data = bytes(cadata)
                if not data.lstrip().startswith(b'-----'):
                    import base64
                    data = (b'-----BEGIN CERTIFICATE-----\n' + base64.encodebytes(data)
                            + b'-----END CERTIFICATE-----\n')
                pems.append(data)
            _ssl.check_ca(pems[-1], True)
        self._cadata = (self._cadata or b'') + b'\n'.join(pems) + b'\n'

    def load_default_certs(self, purpose=Purpose.SERVER_AUTH):
        self._default_roots = True

    def set_default_verify_paths(self):
        self._default_roots = True

    def load_cert_chain(self, certfile, keyfile=None, password=None):
        cert = _read_file(certfile)
        key = _read_file(keyfile) if keyfile is not None else cert
        _ssl.check_cert_chain(cert, key)
        self._cert, self._key = cert, key

    def set_alpn_protocols(self, alpn_protocols):
        self._alpn = list(alpn_protocols)

    def set_ciphers(self, ciphers):
        pass

    def set_ecdh_curve(self, name):
        pass

    def get_ca_certs(self, binary_form=False):
        return []

    def cert_store_stats(self):
        return {'x509': 0, 'crl': 0, 'x509_ca': 0}

    def wrap_socket(self, sock, server_side=False, do_handshake_on_connect=True,
                    suppress_ragged_eofs=True, server_hostname=None, session=None):
        if server_side and server_hostname:
            raise ValueError("server_hostname can only be specified in client mode")
        if self._check_hostname and not server_side and not server_hostname:
            raise ValueError("check_hostname requires server_hostname")
        if server_side and self._cert is None and self._protocol == PROTOCOL_TLS_SERVER:
            pass
        return SSLSocket._create(sock, self, server_side, do_handshake_on_connect,
                                 suppress_ragged_eofs, server_hostname)

    def _wrap(self, gosock, server_side, server_hostname):
        def ver(v):
            v = int(v)
            return v if v > 0 else -1
        return _ssl.wrap(gosock, bool(server_side), server_hostname,
                         int(self._verify_mode), self._check_hostname,
                         self._cadata, self._default_roots, self._cert, self._key,
                         self._alpn, ver(self.minimum_version), ver(self.maximum_version))


class SSLSocket(_socketmod.socket):
    """A socket whose data goes through TLS."""

    @classmethod
    def _create(cls, sock, context, server_side, do_handshake_on_connect,
                suppress_ragged_eofs, server_hostname):
        if sock.type != _socketmod.SOCK_STREAM:
            raise NotImplementedError("only stream sockets are supported")
        self = cls._wrap(sock._sock)
        # the original socket object is detached, as in CPython
        family, type_ = _socket.info(sock._sock)[1:3]
        dead = _socket.socket(int(family), int(type_), 0)
        _socket.close(dead)
        sock._sock = dead
        sock._closed = True
        self._context = context
        self.server_side = server_side
        self.server_hostname = server_hostname
        self.suppress_ragged_eofs = suppress_ragged_eofs
        self.do_handshake_on_connect = do_handshake_on_connect
        self._tls = None
        self._handshaken = False
        try:
            _socket.getpeername(self._sock)
            connected = True
        except OSError:
            connected = False
        if connected:
            self._tls = context._wrap(self._sock, server_side, server_hostname)
            if do_handshake_on_connect:
                try:
                    self.do_handshake()
                except BaseException:
                    self.close()
                    raise
        return self

    @property
    def context(self):
        return self._context

    def _check_connected(self):
        if self._tls is None:
            raise OSError(107, 'Transport endpoint is not connected')

    def connect(self, address):
        if self.server_side:
            raise ValueError("can't connect in server-side mode")
        if self._tls is not None:
            raise ValueError("attempt to connect already-connected SSLSocket!")
        _socket.connect(self._sock, address)
        self._tls = self._context._wrap(self._sock, False, self.server_hostname)
        if self.do_handshake_on_connect:
            self.do_handshake()

    def connect_ex(self, address):
        try:
            self.connect(address)
        except OSError as e:
            return e.errno or 0
        return 0

    def accept(self):
        newsock, addr = super().accept()
        newsock = self._context.wrap_socket(
            newsock, do_handshake_on_connect=self.do_handshake_on_connect,
            suppress_ragged_eofs=self.suppress_ragged_eofs, server_side=True)
        return newsock, addr

    def do_handshake(self, block=False):
        self._check_connected()
        _ssl.do_handshake(self._tls)
        self._handshaken = True

    def _ensure(self):
        self._check_connected()
        if not self._handshaken:
            self.do_handshake()

    def read(self, len=1024, buffer=None):
        self._ensure()
        data = _ssl.read(self._tls, len)
        if buffer is not None:
            n = data.__len__()
            buffer[:n] = data
            return n
        return data

    def write(self, data):
        self._ensure()
        return _ssl.write(self._tls, _socketmod._bytes(data))

    def recv(self, buflen=1024, flags=0):
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to recv() on %s" % self.__class__)
        if self._tls is None:
            return super().recv(buflen, flags)
        self._ensure()
        return _ssl.read(self._tls, buflen)

    def recv_into(self, buffer, nbytes=None, flags=0):
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to recv_into() on %s" % self.__class__)
        if nbytes is None or nbytes == 0:
            nbytes = len(buffer)
        data = self.recv(nbytes)
        n = len(data)
        buffer[:n] = data
        return n

    def recvfrom(self, buflen=1024, flags=0):
        raise ValueError("recvfrom not allowed on instances of %s" % self.__class__)

    def send(self, data, flags=0):
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to send() on %s" % self.__class__)
        self._ensure()
        return _ssl.write(self._tls, _socketmod._bytes(data))

    def sendall(self, data, flags=0):
        if flags != 0:
            raise ValueError("non-zero flags not allowed in calls to sendall() on %s" % self.__class__)
        self._ensure()
        data = _socketmod._bytes(data)
        while data:
            n = _ssl.write(self._tls, data)
            data = data[n:]

    def sendto(self, data, flags_or_addr, addr=None):
        raise ValueError("sendto not allowed on instances of %s" % self.__class__)

    def getpeercert(self, binary_form=False):
        self._check_connected()
        if not self._handshaken:
            raise ValueError("handshake not done yet")
        verified = self._context.verify_mode != CERT_NONE
        return _ssl.peercert(self._tls, binary_form, verified)

    def version(self):
        if self._tls is None or not self._handshaken:
            return None
        return _ssl.version(self._tls)

    def cipher(self):
        if self._tls is None or not self._handshaken:
            return None
        return _ssl.cipher(self._tls)

    def shared_ciphers(self):
        c = self.cipher()
        return None if c is None else [c]

    def compression(self):
        return None

    def selected_alpn_protocol(self):
        if self._tls is None or not self._handshaken:
            return None
        return _ssl.alpn(self._tls)

    def selected_npn_protocol(self):
        return None

    def pending(self):
        return 0

    def get_channel_binding(self, cb_type="tls-unique"):
        return None

    def unwrap(self):
        if self._tls is None:
            raise ValueError("No SSL wrapper around " + str(self))
        _ssl.shutdown(self._tls)
        self._tls = None
        s = _socketmod.socket._wrap(self._sock)
        self._closed = True
        return s

    def dup(self):
        raise NotImplementedError("Can't dup() %s instances" % self.__class__.__name__)

    def _real_close(self):
        self._tls = None
        super()._real_close()


SSLContext.sslsocket_class = SSLSocket


def create_default_context(purpose=Purpose.SERVER_AUTH, *, cafile=None,
                           capath=None, cadata=None):
    if purpose is Purpose.SERVER_AUTH:
        context = SSLContext(PROTOCOL_TLS_CLIENT)
    else:
        context = SSLContext(PROTOCOL_TLS_SERVER)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    elif context.verify_mode != CERT_NONE:
        context.load_default_certs(purpose)
    return context


def _create_unverified_context(protocol=None, *, cert_reqs=CERT_NONE,
                               check_hostname=False, purpose=Purpose.SERVER_AUTH,
                               certfile=None, keyfile=None, cafile=None,
                               capath=None, cadata=None):
    if protocol is None:
        protocol = PROTOCOL_TLS_CLIENT if purpose is Purpose.SERVER_AUTH else PROTOCOL_TLS_SERVER
    context = SSLContext(protocol)
    context.check_hostname = check_hostname
    context.verify_mode = cert_reqs
    if certfile or keyfile:
        context.load_cert_chain(certfile, keyfile)
    if cafile or capath or cadata:
        context.load_verify_locations(cafile, capath, cadata)
    return context


_create_default_https_context = create_default_context


def wrap_socket(sock, keyfile=None, certfile=None, server_side=False,
                cert_reqs=CERT_NONE, ssl_version=PROTOCOL_TLS, ca_certs=None,
                do_handshake_on_connect=True, suppress_ragged_eofs=True,
                ciphers=None):
    context = SSLContext(ssl_version)
    context.verify_mode = cert_reqs
    if ca_certs:
        context.load_verify_locations(ca_certs)
    if certfile:
        context.load_cert_chain(certfile, keyfile)
    return context.wrap_socket(sock, server_side=server_side,
                               do_handshake_on_connect=do_handshake_on_connect,
                               suppress_ragged_eofs=suppress_ragged_eofs)


def DER_cert_to_PEM_cert(der_cert_bytes):
    import base64
    f = str(base64.standard_b64encode(der_cert_bytes), 'ASCII', 'strict')
    ss = ["-----BEGIN CERTIFICATE-----"]
    ss += [f[i:i + 64] for i in range(0, len(f), 64)]
    ss.append("-----END CERTIFICATE-----\n")
    return '\n'.join(ss)


def PEM_cert_to_DER_cert(pem_cert_string):
    import base64
    h, f = "-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"
    if not pem_cert_string.startswith(h):
        raise ValueError("Invalid PEM encoding; must start with %s" % h)
    if not pem_cert_string.strip().endswith(f):
        raise ValueError("Invalid PEM encoding; must end with %s" % f)
    d = pem_cert_string.strip()[len(h):-len(f)]
    return base64.decodebytes(d.encode('ASCII', 'strict'))


def get_default_verify_paths():
    return DefaultVerifyPaths('/usr/lib/ssl/cert.pem', '/usr/lib/ssl/certs',
                              'SSL_CERT_FILE', '/usr/lib/ssl/cert.pem',
                              'SSL_CERT_DIR', '/usr/lib/ssl/certs')


from collections import namedtuple
DefaultVerifyPaths = namedtuple("DefaultVerifyPaths",
                                "cafile capath openssl_cafile_env openssl_cafile "
                                "openssl_capath_env openssl_capath")
del namedtuple
