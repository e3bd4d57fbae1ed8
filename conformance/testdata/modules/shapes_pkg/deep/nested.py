from .. import NAME
from ..square import perimeter
def where():
    return f"nested in {NAME}, perimeter(1)={perimeter(1)}"
