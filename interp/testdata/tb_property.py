class C:
    @property
    def p(self):
        return 1 / 0
C().p
