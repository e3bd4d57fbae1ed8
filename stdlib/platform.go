package stdlib

import (
	"os"
	"runtime"
	"strings"
	"syscall"

	"github.com/rebeam/rebeam/interp"
)

// The platform module. rebeam answers as CPython 3.11 on the same host
// would (system 'Linux', machine 'x86_64', python_implementation
// 'CPython', python_version '3.11.7'), since programs branch on these to
// pick CPython behaviour, which rebeam implements; sys.implementation
// and platform.python_compiler() say 'rebeam' for those who must know.

func utsField(b [65]int8) string {
	var sb strings.Builder
	for _, c := range b {
		if c == 0 {
			break
		}
		sb.WriteByte(byte(c))
	}
	return sb.String()
}

func init() {
	register("platform", func(t *interp.Thread, m *interp.Module) error {
		var u syscall.Utsname
		sysname, node, release, version, machine := "Linux", "", "", "", runtime.GOARCH
		if err := syscall.Uname(&u); err == nil {
			sysname, node, release, version, machine = utsField(u.Sysname), utsField(u.Nodename), utsField(u.Release), utsField(u.Version), utsField(u.Machine)
		} else if h, err := os.Hostname(); err == nil {
			node = h
		}
		for k, v := range map[string]string{"_system": sysname, "_node": node, "_release": release, "_version": version, "_machine": machine} {
			m.Dict.SetStr(k, interp.Str(v))
		}
		return nil
	}, `
import sys as _sys

def system():
    return _system

def node():
    return _node

def release():
    return _release

def version():
    return _version

def machine():
    return _machine

def processor():
    return _machine

def python_version():
    return '3.11.7'

def python_version_tuple():
    return ('3', '11', '7')

def python_implementation():
    return 'CPython'

def python_compiler():
    return 'rebeam (Go)'

def python_build():
    return ('main', 'rebeam')

def python_branch():
    return ''

def python_revision():
    return ''

def architecture(executable=_sys.executable, bits='', linkage=''):
    return ('64bit', 'ELF')

def platform(aliased=False, terse=False):
    if terse:
        return '%s-%s' % (_system, _release)
    return '%s-%s-%s-with-glibc2.36' % (_system, _release, _machine)

class uname_result(tuple):
    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))
    system = property(lambda self: self[0])
    node = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])
    processor = property(lambda self: self[4])
    def __repr__(self):
        return 'uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)' % tuple(self)

def uname():
    return uname_result(_system, _node, _release, _version, _machine)

def libc_ver(executable=None, lib='', version='', chunksize=16384):
    return ('glibc', '2.36')

def freedesktop_os_release():
    info = {}
    try:
        with open('/etc/os-release') as f:
            for line in f:
                line = line.strip()
                if '=' in line and not line.startswith('#'):
                    k, v = line.split('=', 1)
                    info[k] = v.strip('"')
    except OSError:
        raise
    return info
`)
}
