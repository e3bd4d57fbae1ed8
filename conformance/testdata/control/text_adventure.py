# A text adventure as a state machine driven by a scripted list of commands.
ROOMS = {
    "hall": {"desc": "a dusty hall", "exits": {"north": "library", "east": "kitchen"}, "items": ["lamp"]},
    "library": {"desc": "shelves of old books", "exits": {"south": "hall"}, "items": ["key"], "dark": True},
    "kitchen": {"desc": "a cold kitchen", "exits": {"west": "hall", "down": "cellar"}, "items": []},
    "cellar": {"desc": "a locked cellar", "exits": {"up": "kitchen"}, "items": ["treasure"], "locked": True},
}

class Game:
    def __init__(self):
        self.room = "hall"
        self.inventory = []
        self.state = "playing"
        self.moves = 0

    def describe(self):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            return "It is too dark to see."
        items = ", ".join(room["items"]) or "nothing"
        exits = ", ".join(sorted(room["exits"]))
        return f"You are in {room['desc']}. You see {items}. Exits: {exits}."

    def handle(self, command):
        self.moves += 1
        verb, _, arg = command.partition(" ")
        match verb, arg:
            case ("go" | "walk"), direction if direction:
                return self.go(direction)
            case "take", item:
                return self.take(item)
            case "drop", item:
                if item in self.inventory:
                    self.inventory.remove(item)
                    ROOMS[self.room]["items"].append(item)
                    return f"Dropped {item}."
                return f"You have no {item}."
            case "look", "":
                return self.describe()
            case "inventory", "":
                return "You carry: " + (", ".join(sorted(self.inventory)) or "nothing")
            case "quit", _:
                self.state = "quit"
                return "Bye."
            case _:
                self.moves -= 1
                return f"I don't understand {command!r}."

    def go(self, direction):
        exits = ROOMS[self.room]["exits"]
        if direction not in exits:
            return f"You can't go {direction}."
        target = exits[direction]
        if ROOMS[target].get("locked"):
            if "key" not in self.inventory:
                return "The door is locked."
            ROOMS[target]["locked"] = False
            self.room = target
            return "You unlock the door. " + self.describe()
        self.room = target
        return self.describe()

    def take(self, item):
        room = ROOMS[self.room]
        if room.get("dark") and "lamp" not in self.inventory:
            return "You fumble in the dark."
        if item not in room["items"]:
            return f"There is no {item} here."
        room["items"].remove(item)
        self.inventory.append(item)
        if item == "treasure":
            self.state = "won"
        return f"Taken {item}."

script = ["look", "go north", "take key", "go south", "take lamp", "go north", "take key",
          "inventory", "go south", "go east", "dance", "go down", "take treasure", "look"]
game = Game()
for cmd in script:
    print(f"> {cmd}")
    print(game.handle(cmd))
    if game.state != "playing":
        print(f"[{game.state} after {game.moves} moves]")
        break
