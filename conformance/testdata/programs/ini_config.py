"""Loads an INI config for a service with defaults, interpolation, typed
getters and validation, then writes it back out."""
import configparser
import io
import sys

INI = """
# service configuration
[DEFAULT]
base_dir = /srv/app
log_level = info
retries = 3

[server]
host = 0.0.0.0
port = 8080
debug = yes
static = %(base_dir)s/static
timeout: 2.5

[database]
url = postgres://db/%(name)s
name = appdb
pool size = 10
log_level = warning
description = first line
    second line
    third line

[paths]
; semicolon comment
cache = %(base_dir)s/cache
"""

cfg = configparser.ConfigParser()
cfg.read_string(INI)
print(cfg.sections(), cfg.defaults()["retries"], "server" in cfg, "nope" in cfg, len(cfg))
srv = cfg["server"]
print(srv["host"], srv.getint("port"), srv.getboolean("debug"), srv.getfloat("timeout"), srv["static"], srv.get("missing", "fb"))
print(cfg.get("database", "url"), cfg.getint("database", "pool size"), cfg["database"]["log_level"], cfg["paths"]["log_level"])
print(repr(cfg["database"]["description"]))
print(cfg.get("server", "static", raw=True), cfg.getint("server", "workers", fallback=4), cfg.has_option("paths", "retries"))
print(list(cfg["paths"]), dict(cfg.items("paths")), sorted(cfg["server"].keys()))
for sect in cfg:
    print(f"[{sect}] {len(cfg[sect])} options", cfg[sect])
for bad in [("server", "nope"), ("ghost", "x")]:
    try:
        cfg.get(*bad)
    except (configparser.NoOptionError, configparser.NoSectionError) as e:
        print(type(e).__name__ + ":", e)
try:
    cfg.getboolean("server", "host")
except ValueError as e:
    print("ValueError:", e)
cfg.set("server", "port", "9090")
cfg["cache"] = {"size": "128", "ttl": "60"}
cfg.remove_option("database", "description")
cfg["paths"]["tmp"] = "%(base_dir)s/tmp"
out = io.StringIO()
cfg.write(out)
print(out.getvalue())
ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
ext.read_string("[common]\nroot = /opt\n[app]\nbin = ${common:root}/bin\nlib = ${bin}/../lib\ncost = $$5\n")
print(ext["app"]["bin"], ext["app"]["lib"], ext["app"]["cost"])
raw = configparser.RawConfigParser()
raw.read_dict({"s": {"pct": "50%", "n": 1}})
print(raw.get("s", "pct"), raw.get("s", "n"), raw.sections())
for text in ["[a]\nx = 1\n[a]\ny = 2\n", "key = value\n", "[a]\nx=1\nx=2\n", "[a]\nbroken line\n", "[a]\nv = %(missing)s\n"]:
    p = configparser.ConfigParser()
    try:
        p.read_string(text)
        print(p.get("a", "v"))
    except configparser.Error as e:
        print(type(e).__name__ + ":", str(e).replace("\n", " | "))
nv = configparser.ConfigParser(allow_no_value=True)
nv.read_string("[mysqld]\nskip-bdb\nuser = mysql\n")
print(nv.get("mysqld", "skip-bdb"), nv["mysqld"]["user"])
cfg.write(sys.stdout, space_around_delimiters=False)
