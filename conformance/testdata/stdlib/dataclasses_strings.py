# dataclasses with postponed (string) annotations: ClassVar, InitVar and
# KW_ONLY are still recognised, plain or through their module.
from __future__ import annotations
import dataclasses
import inspect
import pprint
import typing
from dataclasses import dataclass, field, InitVar, KW_ONLY, fields
from typing import ClassVar


@dataclass
class Config:
    name: str
    registry: ClassVar[dict] = {}
    other: typing.ClassVar[int] = 3
    salt: InitVar[str] = ""
    pepper: dataclasses.InitVar[int] = 0
    _: KW_ONLY
    debug: bool = False
    tags: list[str] = field(default_factory=list)

    def __post_init__(self, salt, pepper):
        self.name = self.name + salt * pepper

c = Config("cfg", "!", 2, debug=True)
print(c, [f.name for f in fields(c)], [f.type for f in fields(c)])
print(inspect.signature(Config))
print(Config.__dataclass_fields__["registry"]._field_type, Config.__dataclass_fields__["pepper"]._field_type)


@dataclass
class Line:
    start: tuple
    end: tuple
    label: str = "a line with a fairly long label so that pprint wraps it"
    points: list = field(default_factory=lambda: list(range(12)))

pprint.pprint(Line((0, 0), (10, 10)), width=40)
pprint.pprint([Line((0, 0), (1, 1))], width=120)
