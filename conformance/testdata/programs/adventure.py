from enum import Enum, auto
from dataclasses import dataclass, field

class Room(Enum):
    HALL = auto()
    KITCHEN = auto()
    CELLAR = auto()
    GARDEN = auto()
    VAULT = auto()

    def describe(self):
        return {
            Room.HALL: "a grand hall with a dusty chandelier",
            Room.KITCHEN: "a kitchen smelling of old bread",
            Room.CELLAR: "a damp cellar",
            Room.GARDEN: "an overgrown garden",
            Room.VAULT: "the treasure vault!",
        }[self]

EXITS = {
    Room.HALL: {"north": Room.KITCHEN, "east": Room.GARDEN},
    Room.KITCHEN: {"south": Room.HALL, "down": Room.CELLAR},
    Room.CELLAR: {"up": Room.KITCHEN, "east": Room.VAULT},
    Room.GARDEN: {"west": Room.HALL},
    Room.VAULT: {"west": Room.CELLAR},
}
ITEMS = {Room.KITCHEN: ["lamp"], Room.GARDEN: ["key", "rose"]}

@dataclass
class Player:
    room: Room = Room.HALL
    inventory: list = field(default_factory=list)
    moves: int = 0
    log: list = field(default_factory=list, repr=False)

@dataclass(frozen=True)
class Command:
    verb: str
    args: tuple = ()

def parse(line):
    words = line.lower().split()
    if not words:
        return Command("noop")
    return Command(words[0], tuple(words[1:]))

def step(p: Player, cmd: Command) -> bool:
    match cmd:
        case Command(verb="go", args=(direction,)) | Command(verb=("north" | "south" | "east" | "west" | "up" | "down") as direction):
            target = EXITS[p.room].get(direction)
            if target is None:
                p.log.append(f"You can't go {direction}.")
            elif target is Room.CELLAR and "lamp" not in p.inventory:
                p.log.append("It is too dark to go down without a lamp.")
            elif target is Room.VAULT and "key" not in p.inventory:
                p.log.append("The vault door is locked.")
            else:
                p.room = target
                p.moves += 1
                p.log.append(f"You enter {target.describe()}.")
        case Command("take", (item,)) if item in ITEMS.get(p.room, []):
            ITEMS[p.room].remove(item)
            p.inventory.append(item)
            p.log.append(f"Taken: {item}.")
        case Command("take", (item,)):
            p.log.append(f"There is no {item} here.")
        case Command("take", ()):
            p.log.append("Take what?")
        case Command("look"):
            here = ", ".join(ITEMS.get(p.room, [])) or "nothing"
            exits = "/".join(sorted(EXITS[p.room]))
            p.log.append(f"[{p.room.name.title()}] Items: {here}. Exits: {exits}.")
        case Command("inventory" | "i"):
            p.log.append(f"Carrying: {sorted(p.inventory)!r}")
        case Command("quit"):
            return False
        case Command("noop"):
            pass
        case Command(verb, args):
            p.log.append(f"I don't understand {verb!r} with {len(args)} argument(s).")
    return p.room is not Room.VAULT

script = """look
go down
north
take lamp
take lamp
take
down
east
up
south
east
look
take key
take rose
i
west
north
dance wildly now

go down
east
look
"""
player = Player()
for line in script.splitlines():
    if not step(player, parse(line)):
        player.log.append("*** You found the treasure! ***")
        break
for n, msg in enumerate(player.log, 1):
    print(f"{n:02d}. {msg}")
print(player)
print(Room.VAULT, Room.VAULT.value, Room["GARDEN"], Room(2), list(Room)[-1].name)
print(Command("go", ("north",)) == parse("GO North"), hash(Command("x")) == hash(Command("x")))
try:
    parse("look").verb = "hack"
except Exception as e:
    print(type(e).__name__, e)
print(len(Room), Room.HALL in Room, [r.name for r in Room if r.value % 2])
