from __future__ import annotations
import json
from enum import Enum, IntEnum, Flag, auto
from typing import Any, Dict, List, Optional, Union, get_type_hints, NamedTuple, TypedDict
import typing

class LogLevel(str, Enum):
    DEBUG = "debug"
    INFO = "info"
    ERROR = "error"

class Priority(IntEnum):
    LOW = 1
    HIGH = 3

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

class Endpoint(NamedTuple):
    host: str
    port: int = 80

    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

class Limits(TypedDict):
    cpu: float
    memory: int

class ValidationError(Exception):
    def __init__(self, errors: List[str]):
        self.errors = errors
        super().__init__(f"{len(errors)} validation error(s)")

SCHEMA: Dict[str, Any] = {
    "name": str,
    "version": int,
    "debug": bool,
    "level": LogLevel,
    "priority": Priority,
    "endpoints": list,
    "limits": dict,
    "timeout": (int, float),
}

def validate(raw: Dict[str, Any]) -> Dict[str, Any]:
    errors: List[str] = []
    out: Dict[str, Any] = {}
    for key, kind in SCHEMA.items():
        if key not in raw:
            errors.append(f"missing key: {key!r}")
            continue
        value = raw[key]
        if isinstance(kind, type) and issubclass(kind, Enum):
            try:
                out[key] = kind(value)
            except ValueError as e:
                errors.append(str(e))
        elif kind is int and isinstance(value, bool):
            errors.append(f"{key}: expected int, got bool")
        elif not isinstance(value, kind):
            expected = kind.__name__ if isinstance(kind, type) else " or ".join(k.__name__ for k in kind)
            errors.append(f"{key}: expected {expected}, got {type(value).__name__}")
        else:
            out[key] = value
    extra = sorted(set(raw) - set(SCHEMA))
    if extra:
        errors.append(f"unknown keys: {', '.join(extra)}")
    if errors:
        raise ValidationError(errors)
    out["endpoints"] = [Endpoint(**e) if isinstance(e, dict) else Endpoint(*e) for e in out["endpoints"]]
    return out

GOOD = """{
  "name": "svc", "version": 3, "debug": false, "level": "info", "priority": 3,
  "endpoints": [{"host": "a.local", "port": 8080}, ["b.local"]],
  "limits": {"cpu": 1.5, "memory": 512}, "timeout": 2.5
}"""
BAD = '{"name": 5, "version": true, "level": "loud", "priority": 2, "endpoints": [], "limits": {}, "timeout": "x", "colour": 1, "alpha": null}'

cfg = validate(json.loads(GOOD))
print(cfg["level"], cfg["level"] == "info", cfg["level"].value, repr(cfg["priority"]), cfg["priority"] > Priority.LOW)
print(cfg["endpoints"], [e.url() for e in cfg["endpoints"]])
try:
    validate(json.loads(BAD))
except ValidationError as e:
    print(e)
    for err in e.errors:
        print("  -", err)
print(json.dumps(cfg, default=lambda o: o._asdict() if hasattr(o, "_asdict") else str(o), sort_keys=True))
print(json.dumps({"a": [1, 2, {"b": None}], "c": "é\n"}, indent=2))
print(json.dumps({"x": 1.0, "y": float("1e100"), "z": [True, False]}, separators=(",", ":"), ensure_ascii=False))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print("JSONDecodeError:", e.msg, e.lineno, e.colno, e.pos)
p = Perm.READ | Perm.WRITE
print(p, Perm.WRITE in p, Perm.EXEC in p, bool(Perm(0)), [m.name for m in Perm], p.value)
print(Priority(3).name, Priority.HIGH + 1, sorted([Priority.HIGH, Priority.LOW]), LogLevel("error").name, list(LogLevel)[0])
print(get_type_hints(Endpoint), Endpoint._fields, Endpoint._field_defaults)
print(validate.__annotations__)
lim: Limits = {"cpu": 1.0, "memory": 2}
print(lim, Limits.__required_keys__ == frozenset({"cpu", "memory"}))
print(typing.get_origin(List[int]), typing.get_args(Dict[str, int]), Optional[int] == Union[int, None])
print(json.loads("[1, 2.5, \"s\", null, true, {\"k\": []}]"), json.loads('"\\u00e9\\ud83d\\ude00"'))
