package stdlib

import (
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/rebeam/rebeam/interp"
)

// The _ssl module: TLS on Go's crypto/tls over a _socket socket. The
// context and socket classes are Python (py/ssl.py); a wrapped
// connection here is a *tls.Conn whose transport reads and writes the
// socket's descriptor through Go's network poller. Each handshake, read
// and write is one interp.BlockingCall, so under the actor runtime only
// the calling process waits, as for a plain socket.

type tlsObj struct {
	conn     *tls.Conn
	nonblock atomic.Bool
	sock     *sockObj
	server   bool
}

var tlsType = newType("tlsconn", "_ssl", nil)

func (*tlsObj) Type() *interp.Type { return tlsType }

// sockConn is the net.Conn crypto/tls runs over: the socket's os.File
// (a non-blocking descriptor on the poller), with the socket's timeout
// as each operation's deadline.
type sockConn struct {
	s *sockObj
	// nonblock makes Read try once and report errWouldBlock (a read on
	// a non-blocking SSL socket).
	nonblock *atomic.Bool
}

// errWouldBlock is a temporary net.Error, which crypto/tls does not
// keep: the record it was reading goes on at the next Read.
type wouldBlock struct{}

func (wouldBlock) Error() string   { return "would block" }
func (wouldBlock) Timeout() bool   { return true }
func (wouldBlock) Temporary() bool { return true }

var errWouldBlock error = wouldBlock{}

func (c sockConn) file(write bool) (*os.File, error) {
	_, f, timeout, err := c.s.live()
	if err != nil {
		return nil, err
	}
	var dl time.Time
	if timeout > 0 {
		dl = time.Now().Add(timeout)
	}
	if write {
		f.SetWriteDeadline(dl)
	} else {
		f.SetReadDeadline(dl)
	}
	return f, nil
}

func (c sockConn) Read(b []byte) (int, error) {
	if c.nonblock.Load() {
		rc, _, _, err := c.s.live()
		if err != nil {
			return 0, err
		}
		var n int
		var opErr error
		if err := rc.Control(func(fd uintptr) { n, opErr = syscall.Read(int(fd), b) }); err != nil {
			return 0, err
		}
		switch {
		case opErr == syscall.EAGAIN:
			return 0, errWouldBlock
		case opErr != nil:
			return 0, opErr
		case n == 0 && len(b) > 0:
			return 0, io.EOF
		}
		return n, nil
	}
	f, err := c.file(false)
	if err != nil {
		return 0, err
	}
	return f.Read(b)
}

func (c sockConn) Write(b []byte) (int, error) {
	f, err := c.file(true)
	if err != nil {
		return 0, err
	}
	return f.Write(b)
}

func (c sockConn) Close() error                      { return nil } // the Python socket closes it
func (c sockConn) LocalAddr() net.Addr               { return dummyAddr{} }
func (c sockConn) RemoteAddr() net.Addr              { return dummyAddr{} }
func (c sockConn) SetDeadline(t time.Time) error     { return nil }
func (c sockConn) SetReadDeadline(t time.Time) error { return nil }
func (c sockConn) SetWriteDeadline(t time.Time) error {
	return nil
}

type dummyAddr struct{}

func (dummyAddr) Network() string { return "tcp" }
func (dummyAddr) String() string  { return "" }

// abort makes a waiting operation on s return at once.
func (s *sockObj) abort() {
	_, f, _, err := s.live()
	if err == nil {
		f.SetDeadline(time.Unix(1, 0))
	}
}

func sslClass(t *interp.Thread, name string) interp.Value {
	if m, ok := t.Interp.Module("_ssl"); ok {
		if mod, ok := m.(*interp.Module); ok {
			if c, ok := mod.Dict.GetStr(name); ok {
				return c
			}
		}
	}
	return interp.OSErrorType
}

const sslWhere = " (_ssl.c:1006)"

func sslErr(t *interp.Thread, cls string, errno int, reason, lib, msg string) error {
	text := msg
	if reason != "" {
		text = fmt.Sprintf("[%s: %s] %s", lib, reason, msg)
	} else if lib != "" {
		text = fmt.Sprintf("[%s] %s", lib, msg)
	}
	e := raise(t, sslClass(t, cls), interp.Int(errno), interp.Str(text+sslWhere))
	if ex, ok := e.(*interp.Exception); ok {
		setAttr(t, ex, "reason", strOrNone(reason))
		setAttr(t, ex, "library", strOrNone(lib))
	}
	return e
}

func strOrNone(s string) interp.Value {
	if s == "" {
		return interp.None
	}
	return interp.Str(s)
}

func setAttr(t *interp.Thread, obj interp.Value, name string, v interp.Value) {
	interp.SetAttr(t, obj, name, v)
}

// tlsError converts an error of a TLS operation to the exception CPython
// raises.
func tlsError(t *interp.Thread, err error, hostname string) error {
	if err == nil {
		return nil
	}
	if _, ok := err.(*interp.Exception); ok {
		return err
	}
	verify := func(code int, msg string) error {
		e := sslErr(t, "SSLCertVerificationError", 1, "CERTIFICATE_VERIFY_FAILED", "SSL", "certificate verify failed: "+msg)
		if ex, ok := e.(*interp.Exception); ok {
			setAttr(t, ex, "verify_code", interp.Int(code))
			setAttr(t, ex, "verify_message", interp.Str(msg))
		}
		return e
	}
	var ua x509.UnknownAuthorityError
	var he x509.HostnameError
	var ci x509.CertificateInvalidError
	var ve *tls.CertificateVerificationError
	var alert tls.AlertError
	var rh tls.RecordHeaderError
	switch {
	case errors.As(err, &he):
		if net.ParseIP(he.Host) != nil {
			return verify(64, fmt.Sprintf("IP address mismatch, certificate is not valid for '%s'.", he.Host))
		}
		return verify(62, fmt.Sprintf("Hostname mismatch, certificate is not valid for '%s'.", he.Host))
	case errors.As(err, &ua):
		if ua.Cert != nil && string(ua.Cert.RawIssuer) == string(ua.Cert.RawSubject) {
			return verify(18, "self-signed certificate")
		}
		return verify(20, "unable to get local issuer certificate")
	case errors.As(err, &ci):
		if ci.Reason == x509.Expired {
			return verify(10, "certificate has expired")
		}
		return verify(1, ci.Error())
	case errors.As(err, &ve):
		return verify(1, ve.Err.Error())
	case errors.As(err, &alert):
		return alertErr(t, alert.Error())
	case errors.As(err, &rh):
		switch string(rh.RecordHeader[:]) {
		case "GET /", "POST ", "HEAD ", "PUT /", "OPTIO", "DELET", "PATCH", "CONNE":
			return sslErr(t, "SSLError", 1, "HTTP_REQUEST", "SSL", "http request")
		}
		return sslErr(t, "SSLError", 1, "WRONG_VERSION_NUMBER", "SSL", "wrong version number")
	case strings.HasPrefix(err.Error(), "remote error: tls: "):
		return alertErr(t, strings.TrimPrefix(err.Error(), "remote error: tls: "))
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		return sslErr(t, "SSLEOFError", 8, "UNEXPECTED_EOF_WHILE_READING", "SSL", "EOF occurred in violation of protocol")
	case errors.Is(err, os.ErrDeadlineExceeded):
		return raise(t, interp.TimeoutErrorType, interp.Str("_ssl.c:1006: The handshake operation timed out"))
	}
	if se := sockError(t, err); se != nil {
		if ex, ok := se.(*interp.Exception); ok && ex.Type() != interp.OSErrorType {
			return se
		}
	}
	msg := err.Error()
	msg = strings.TrimPrefix(msg, "tls: ")
	return sslErr(t, "SSLError", 1, "", "", msg)
}

// OpenSSL's names of the alerts a peer sends, by Go's description.
var alertNames = map[string][2]string{
	"unknown certificate authority":  {"TLSV1_ALERT_UNKNOWN_CA", "tlsv1 alert unknown ca"},
	"bad certificate":                {"SSLV3_ALERT_BAD_CERTIFICATE", "sslv3 alert bad certificate"},
	"handshake failure":              {"SSLV3_ALERT_HANDSHAKE_FAILURE", "sslv3 alert handshake failure"},
	"protocol version not supported": {"TLSV1_ALERT_PROTOCOL_VERSION", "tlsv1 alert protocol version"},
	"internal error":                 {"TLSV1_ALERT_INTERNAL_ERROR", "tlsv1 alert internal error"},
	"certificate required":           {"TLSV13_ALERT_CERTIFICATE_REQUIRED", "tlsv13 alert certificate required"},
	"no application protocol":        {"TLSV1_ALERT_NO_APPLICATION_PROTOCOL", "tlsv1 alert no application protocol"},
	"expired certificate":            {"SSLV3_ALERT_CERTIFICATE_EXPIRED", "sslv3 alert certificate expired"},
	"revoked certificate":            {"SSLV3_ALERT_CERTIFICATE_REVOKED", "sslv3 alert certificate revoked"},
	"unsupported certificate":        {"SSLV3_ALERT_UNSUPPORTED_CERTIFICATE", "sslv3 alert unsupported certificate"},
	"unknown certificate":            {"SSLV3_ALERT_CERTIFICATE_UNKNOWN", "sslv3 alert certificate unknown"},
	"decrypt error":                  {"TLSV1_ALERT_DECRYPT_ERROR", "tlsv1 alert decrypt error"},
	"unrecognized name":              {"TLSV1_UNRECOGNIZED_NAME", "tlsv1 unrecognized name"},
	"illegal parameter":              {"SSLV3_ALERT_ILLEGAL_PARAMETER", "sslv3 alert illegal parameter"},
	"access denied":                  {"TLSV1_ALERT_ACCESS_DENIED", "tlsv1 alert access denied"},
}

func alertErr(t *interp.Thread, desc string) error {
	if n, ok := alertNames[desc]; ok {
		return sslErr(t, "SSLError", 1, n[0], "SSL", n[1])
	}
	name := strings.ReplaceAll(strings.ToUpper(desc), " ", "_")
	return sslErr(t, "SSLError", 1, "TLSV1_ALERT_"+name, "SSL", "tlsv1 alert "+desc)
}

func pemArg(v interp.Value) []byte {
	switch x := v.(type) {
	case interp.Str:
		return []byte(x)
	}
	if b, ok := asBytes(v); ok {
		return []byte(b)
	}
	return nil
}

// kwargs maps keyword arguments by name.
func kwargs(kw []interp.Kwarg) map[string]interp.Value {
	m := map[string]interp.Value{}
	for _, k := range kw {
		m[k.Name] = k.Value
	}
	return m
}

func tlsVersionName(v uint16) string {
	switch v {
	case tls.VersionTLS10:
		return "TLSv1"
	case tls.VersionTLS11:
		return "TLSv1.1"
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return ""
}

var tlsVersions = map[int]uint16{0x0301: tls.VersionTLS10, 0x0302: tls.VersionTLS11, 0x0303: tls.VersionTLS12, 0x0304: tls.VersionTLS13}

// certDict is getpeercert()'s dictionary of a certificate.
func certDict(t *interp.Thread, c *x509.Certificate) (interp.Value, error) {
	d := interp.NewDict()
	name := func(raw []byte) interp.Value {
		var seq pkix.RDNSequence
		if _, err := asn1.Unmarshal(raw, &seq); err != nil {
			return interp.Tuple{}
		}
		out := interp.Tuple{}
		for _, rdn := range seq {
			var set interp.Tuple
			for _, atv := range rdn {
				set = append(set, interp.Tuple{interp.Str(oidName(atv.Type)), interp.Str(fmt.Sprint(atv.Value))})
			}
			out = append(out, set)
		}
		return out
	}
	d.SetStr("subject", name(c.RawSubject))
	d.SetStr("issuer", name(c.RawIssuer))
	d.SetStr("version", interp.Int(c.Version))
	serial := fmt.Sprintf("%X", c.SerialNumber)
	if len(serial)%2 == 1 {
		serial = "0" + serial
	}
	d.SetStr("serialNumber", interp.Str(serial))
	d.SetStr("notBefore", interp.Str(c.NotBefore.UTC().Format("Jan _2 15:04:05 2006 GMT")))
	d.SetStr("notAfter", interp.Str(c.NotAfter.UTC().Format("Jan _2 15:04:05 2006 GMT")))
	var san interp.Tuple
	for _, n := range c.DNSNames {
		san = append(san, interp.Tuple{interp.Str("DNS"), interp.Str(n)})
	}
	for _, n := range c.EmailAddresses {
		san = append(san, interp.Tuple{interp.Str("email"), interp.Str(n)})
	}
	for _, ip := range c.IPAddresses {
		s := ip.String()
		if ip.To4() == nil {
			var parts []string
			for i := 0; i < 16; i += 2 {
				parts = append(parts, fmt.Sprintf("%X", int(ip[i])<<8|int(ip[i+1])))
			}
			s = strings.Join(parts, ":")
		}
		san = append(san, interp.Tuple{interp.Str("IP Address"), interp.Str(s)})
	}
	for _, u := range c.URIs {
		san = append(san, interp.Tuple{interp.Str("URI"), interp.Str(u.String())})
	}
	if len(san) > 0 {
		d.SetStr("subjectAltName", san)
	}
	if len(c.OCSPServer) > 0 {
		d.SetStr("OCSP", strTuple(c.OCSPServer))
	}
	if len(c.IssuingCertificateURL) > 0 {
		d.SetStr("caIssuers", strTuple(c.IssuingCertificateURL))
	}
	if len(c.CRLDistributionPoints) > 0 {
		d.SetStr("crlDistributionPoints", strTuple(c.CRLDistributionPoints))
	}
	return d, nil
}

func strTuple(ss []string) interp.Tuple {
	out := make(interp.Tuple, len(ss))
	for i, s := range ss {
		out[i] = interp.Str(s)
	}
	return out
}

var oidNames = map[string]string{
	"2.5.4.3": "commonName", "2.5.4.4": "surname", "2.5.4.5": "serialNumber", "2.5.4.6": "countryName",
	"2.5.4.7": "localityName", "2.5.4.8": "stateOrProvinceName", "2.5.4.9": "streetAddress",
	"2.5.4.10": "organizationName", "2.5.4.11": "organizationalUnitName", "2.5.4.12": "title",
	"2.5.4.42": "givenName", "1.2.840.113549.1.9.1": "emailAddress", "0.9.2342.19200300.100.1.25": "domainComponent",
	"2.5.4.17": "postalCode", "2.5.4.97": "organizationIdentifier", "1.3.6.1.4.1.311.60.2.1.3": "jurisdictionC",
	"2.5.4.15": "businessCategory",
}

func oidName(o asn1.ObjectIdentifier) string {
	if n, ok := oidNames[o.String()]; ok {
		return n
	}
	return o.String()
}

// opensslCiphers maps IANA's names of TLS 1.2 suites to OpenSSL's (TLS
// 1.3 suites have the same name in both).
var opensslCiphers = map[string]string{
	"TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256":         "ECDHE-RSA-AES128-GCM-SHA256",
	"TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384":         "ECDHE-RSA-AES256-GCM-SHA384",
	"TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256":       "ECDHE-ECDSA-AES128-GCM-SHA256",
	"TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384":       "ECDHE-ECDSA-AES256-GCM-SHA384",
	"TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256":   "ECDHE-RSA-CHACHA20-POLY1305",
	"TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256": "ECDHE-ECDSA-CHACHA20-POLY1305",
	"TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA":            "ECDHE-RSA-AES128-SHA",
	"TLS_ECDHE_RSA_WITH_AES_256_CBC_SHA":            "ECDHE-RSA-AES256-SHA",
	"TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA":          "ECDHE-ECDSA-AES128-SHA",
	"TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA":          "ECDHE-ECDSA-AES256-SHA",
	"TLS_RSA_WITH_AES_128_GCM_SHA256":               "AES128-GCM-SHA256",
	"TLS_RSA_WITH_AES_256_GCM_SHA384":               "AES256-GCM-SHA384",
	"TLS_RSA_WITH_AES_128_CBC_SHA":                  "AES128-SHA",
	"TLS_RSA_WITH_AES_256_CBC_SHA":                  "AES256-SHA",
}

func cipherBits(name string) int {
	switch {
	case strings.Contains(name, "AES_128"):
		return 128
	case strings.Contains(name, "AES_256"), strings.Contains(name, "CHACHA20"):
		return 256
	}
	return 0
}

func tlsArg(v interp.Value) (*tlsObj, error) {
	c, ok := v.(*tlsObj)
	if !ok {
		return nil, argErr("expected a TLS connection, not %s", interp.TypeName(v))
	}
	return c, nil
}

func sslFuncs() funcs {
	return funcs{
		// check_pem(cert, key) validates a certificate chain and key.
		"check_cert_chain": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if _, err := tls.X509KeyPair(pemArg(args[0]), pemArg(args[1])); err != nil {
				if strings.Contains(err.Error(), "does not match") {
					return nil, sslErr(t, "SSLError", 116, "KEY_VALUES_MISMATCH", "X509", "key values mismatch")
				}
				return nil, sslErr(t, "SSLError", 524297, "", "SSL", "PEM lib")
			}
			return interp.None, nil
		},
		// check_ca(pem, is_cadata) -> number of certificates in pem.
		"check_ca": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			data := pemArg(args[0])
			n := 0
			for _, c := range parsePEMCerts(data) {
				_ = c
				n++
			}
			if n == 0 {
				if cadata, _ := interp.Truth(t, args[1]); cadata {
					return nil, sslErr(t, "SSLError", 0, "", "", "no start line: cadata does not contain a certificate")
				}
				return nil, sslErr(t, "SSLError", 136, "NO_CERTIFICATE_OR_CRL_FOUND", "X509", "no certificate or crl found")
			}
			return interp.Int(n), nil
		},
		// wrap(sock, server_side, server_hostname, verify_mode,
		// check_hostname, cadata, default_roots, certpem, keypem,
		// alpn, minver, maxver) -> a TLS connection (no handshake yet).
		"wrap": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			if len(args) != 12 {
				return nil, argErr("_ssl.wrap takes 12 arguments")
			}
			s, err := sockArg(args[0])
			if err != nil {
				return nil, err
			}
			server, _ := interp.Truth(t, args[1])
			hostname := ""
			if h, ok := args[2].(interp.Str); ok {
				hostname = string(h)
			}
			verifyMode, _ := interp.ToIndex(args[3])
			checkHost, _ := interp.Truth(t, args[4])
			cfg := &tls.Config{}
			var roots *x509.CertPool
			if dr, _ := interp.Truth(t, args[6]); dr {
				roots, _ = x509.SystemCertPool()
			}
			if args[5] != interp.None {
				if roots == nil {
					roots = x509.NewCertPool()
				}
				for _, c := range parsePEMCerts(pemArg(args[5])) {
					roots.AddCert(c)
				}
			}
			if roots == nil {
				roots = x509.NewCertPool()
			}
			if args[7] != interp.None {
				cert, err := tls.X509KeyPair(pemArg(args[7]), pemArg(args[8]))
				if err != nil {
					return nil, sslErr(t, "SSLError", 524297, "", "SSL", "PEM lib")
				}
				cfg.Certificates = []tls.Certificate{cert}
			}
			if l, ok := args[9].(*interp.List); ok {
				for _, p := range l.Items {
					if s, ok := p.(interp.Str); ok {
						cfg.NextProtos = append(cfg.NextProtos, string(s))
					}
				}
			}
			if v, err := interp.ToIndex(args[10]); err == nil {
				cfg.MinVersion = tlsVersions[v]
			}
			if v, err := interp.ToIndex(args[11]); err == nil {
				cfg.MaxVersion = tlsVersions[v]
			}
			if server {
				switch verifyMode {
				case 1: // CERT_OPTIONAL
					cfg.ClientAuth = tls.VerifyClientCertIfGiven
					cfg.ClientCAs = roots
				case 2:
					cfg.ClientAuth = tls.RequireAndVerifyClientCert
					cfg.ClientCAs = roots
				}
			} else {
				cfg.ServerName = hostname
				cfg.RootCAs = roots
				if verifyMode == 0 {
					cfg.InsecureSkipVerify = true
				} else if !checkHost || hostname == "" {
					// Verify the chain but not the name.
					cfg.InsecureSkipVerify = true
					cfg.VerifyPeerCertificate = func(raw [][]byte, _ [][]*x509.Certificate) error {
						var certs []*x509.Certificate
						for _, r := range raw {
							c, err := x509.ParseCertificate(r)
							if err != nil {
								return err
							}
							certs = append(certs, c)
						}
						if len(certs) == 0 {
							return errors.New("no certificate")
						}
						inter := x509.NewCertPool()
						for _, c := range certs[1:] {
							inter.AddCert(c)
						}
						_, err := certs[0].Verify(x509.VerifyOptions{Roots: roots, Intermediates: inter})
						return err
					}
				}
			}
			c := &tlsObj{sock: s, server: server}
			if server {
				c.conn = tls.Server(sockConn{s, &c.nonblock}, cfg)
			} else {
				c.conn = tls.Client(sockConn{s, &c.nonblock}, cfg)
			}
			return c, nil
		},
		"do_handshake": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			host := c.conn.ConnectionState().ServerName
			return t.Blocking(&interp.BlockingCall{
				Fn: func() (any, error) { return nil, c.conn.Handshake() },
				Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
					if err != nil {
						return nil, tlsError(t, err, host)
					}
					return interp.None, nil
				},
				Abort: c.sock.abort,
			})
		},
		"read": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			n, err := interp.ToIndex(args[1])
			if err != nil {
				return nil, err
			}
			if n < 0 {
				return nil, interp.Errorf(interp.ValueErrorType, "size should not be negative")
			}
			buf := make([]byte, n)
			if _, _, timeout, err := c.sock.live(); err == nil && timeout == 0 && n > 0 {
				// A non-blocking socket: what TLS has or the
				// descriptor holds now, else SSLWantReadError.
				c.nonblock.Store(true)
				k, err := c.conn.Read(buf)
				c.nonblock.Store(false)
				if err != nil && k == 0 {
					if errors.Is(err, errWouldBlock) {
						return nil, sslErr(t, "SSLWantReadError", 2, "", "", "The operation did not complete (read)")
					}
					if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
						return interp.Bytes(""), nil
					}
					return nil, tlsError(t, err, "")
				}
				return interp.Bytes(buf[:k]), nil
			}
			return t.Blocking(&interp.BlockingCall{
				Fn: func() (any, error) {
					if n == 0 {
						return 0, nil
					}
					return c.conn.Read(buf)
				},
				Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
					k, _ := v.(int)
					if err != nil && k == 0 {
						if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
							return interp.Bytes(""), nil // ragged EOFs are suppressed
						}
						if errors.Is(err, os.ErrDeadlineExceeded) {
							return nil, raise(t, interp.TimeoutErrorType, interp.Str("The read operation timed out"))
						}
						return nil, tlsError(t, err, "")
					}
					return interp.Bytes(buf[:k]), nil
				},
				Abort: c.sock.abort,
			})
		},
		"write": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			data, err := sockBytes(args[1])
			if err != nil {
				return nil, err
			}
			return t.Blocking(&interp.BlockingCall{
				Fn: func() (any, error) { return c.conn.Write(data) },
				Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
					if err != nil {
						if errors.Is(err, os.ErrDeadlineExceeded) {
							return nil, raise(t, interp.TimeoutErrorType, interp.Str("The write operation timed out"))
						}
						return nil, tlsError(t, err, "")
					}
					return interp.Int(v.(int)), nil
				},
				Abort: c.sock.abort,
			})
		},
		// shutdown sends close_notify.
		"shutdown": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			return t.Blocking(&interp.BlockingCall{
				Fn: func() (any, error) { return nil, c.conn.CloseWrite() },
				Then: func(t *interp.Thread, v any, err error) (interp.Value, error) {
					if err != nil {
						return nil, tlsError(t, err, "")
					}
					return interp.None, nil
				},
				Abort: c.sock.abort,
			})
		},
		"peercert": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			binary, _ := interp.Truth(t, args[1])
			verified, _ := interp.Truth(t, args[2])
			st := c.conn.ConnectionState()
			if !st.HandshakeComplete {
				return nil, interp.Errorf(interp.ValueErrorType, "handshake not done yet")
			}
			if len(st.PeerCertificates) == 0 {
				return interp.None, nil
			}
			pc := st.PeerCertificates[0]
			if binary {
				return interp.Bytes(pc.Raw), nil
			}
			if !verified {
				return interp.NewDict(), nil
			}
			return certDict(t, pc)
		},
		"version": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			st := c.conn.ConnectionState()
			if !st.HandshakeComplete {
				return interp.None, nil
			}
			return interp.Str(tlsVersionName(st.Version)), nil
		},
		"cipher": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			st := c.conn.ConnectionState()
			if !st.HandshakeComplete {
				return interp.None, nil
			}
			name := tls.CipherSuiteName(st.CipherSuite)
			bits := cipherBits(name)
			if n, ok := opensslCiphers[name]; ok {
				name = n
			}
			return interp.Tuple{interp.Str(name), interp.Str(tlsVersionName(st.Version)), interp.Int(bits)}, nil
		},
		"alpn": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			c, err := tlsArg(args[0])
			if err != nil {
				return nil, err
			}
			p := c.conn.ConnectionState().NegotiatedProtocol
			if p == "" {
				return interp.None, nil
			}
			return interp.Str(p), nil
		},
		"der_to_dict": func(t *interp.Thread, args []interp.Value, kw []interp.Kwarg) (interp.Value, error) {
			b, _ := asBytes(args[0])
			c, err := x509.ParseCertificate([]byte(b))
			if err != nil {
				return nil, sslErr(t, "SSLError", 1, "", "", err.Error())
			}
			return certDict(t, c)
		},
	}
}

func parsePEMCerts(data []byte) []*x509.Certificate {
	var out []*x509.Certificate
	for {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			return out
		}
		if block.Type != "CERTIFICATE" {
			continue
		}
		if c, err := x509.ParseCertificate(block.Bytes); err == nil {
			out = append(out, c)
		}
	}
}

func init() {
	register("_ssl", func(t *interp.Thread, m *interp.Module) error {
		setFuncs(m.Dict, sslFuncs())
		return nil
	}, sslPrelude)
}

const sslPrelude = `
class SSLError(OSError):
    library = None
    reason = None
    def __str__(self):
        if len(self.args) >= 2:
            return str(self.args[1])
        return super().__str__()

class SSLZeroReturnError(SSLError):
    pass

class SSLWantReadError(SSLError):
    pass

class SSLWantWriteError(SSLError):
    pass

class SSLSyscallError(SSLError):
    pass

class SSLEOFError(SSLError):
    pass

class SSLCertVerificationError(SSLError, ValueError):
    verify_code = None
    verify_message = None
`
