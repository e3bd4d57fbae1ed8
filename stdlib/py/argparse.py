"""Command-line parsing: declare the arguments a program takes, and
ArgumentParser turns sys.argv into a Namespace, writes help and usage
messages, and reports bad input.

This module was written for rebeam from the documentation of Python's
argparse and from the observed behaviour of CPython 3.11.
"""

import os as _os
import re as _re
import sys as _sys

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError',
    'BooleanOptionalAction', 'FileType', 'HelpFormatter',
    'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace',
    'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER',
    'SUPPRESS', 'ZERO_OR_MORE',
]

# Special values of nargs (and SUPPRESS, which also hides help and
# defaults).
OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE = '?', '*', '+'
REMAINDER = '...'
PARSER = 'A...'
SUPPRESS = '==SUPPRESS=='

# Where a sub-command parser leaves the strings it did not recognize.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'


def _(text):
    return text


def ngettext(singular, plural, n):
    return singular if n == 1 else plural


# ---------------------------------------------------------------------------
# Small shared pieces
# ---------------------------------------------------------------------------

class _AttributeHolder(object):
    """Gives a class a repr listing its interesting attributes."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_names = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append(f'{key}={value!r}')
            else:
                odd_names[key] = value
        if odd_names:
            shown.append('**' + repr(odd_names))
        return f"{type(self).__name__}({', '.join(shown)})"

    def _get_args(self):
        return []

    def _get_kwargs(self):
        return list(self.__dict__.items())


def _copy_items(items):
    # A fresh container for append-like actions, so that a default list is
    # never changed in place.
    if type(items) is list:
        return items[:]
    if items is None:
        return []
    import copy
    return copy.copy(items)


def _get_action_name(argument):
    """The name an error message uses for an argument."""
    if argument is None:
        return None
    if argument.option_strings:
        return '/'.join(argument.option_strings)
    for name in (argument.metavar, argument.dest):
        if name is not None and name is not SUPPRESS:
            return name
    if argument.choices:
        return '{%s}' % ','.join(argument.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument: raised while adding it to a parser or
    while parsing its strings."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        name = self.argument_name
        return self.message if name is None else \
            f'argument {name}: {self.message}'


class ArgumentTypeError(Exception):
    """Raised by a type= function to reject a string with its own message."""


# ---------------------------------------------------------------------------
# Help formatting
# ---------------------------------------------------------------------------

_SPACES = _re.compile(r'\s+', _re.ASCII)
_BLANK_LINES = _re.compile(r'\n\n\n+')


def _squeeze(text):
    # Runs of whitespace become one space: help text is refilled.
    return _SPACES.sub(' ', text).strip()


class HelpFormatter(object):
    """Lays out usage and help text.  The methods whose names start with an
    underscore are the points other formatters override."""

    class _Section(object):
        # A titled block of help; items are (function, arguments) pairs
        # called when the help is rendered.

        def __init__(self, formatter, parent, heading=None):
            self.formatter, self.parent = formatter, parent
            self.items = []
            self.heading = heading

        def format_help(self):
            fmt = self.formatter
            nested = self.parent is not None
            if nested:
                fmt._indent()
            body = fmt._join_parts([func(*args) for func, args in self.items])
            if nested:
                fmt._dedent()
            if not body:
                return ''
            title = ''
            if self.heading is not None and self.heading is not SUPPRESS:
                title = ' ' * fmt._current_indent + self.heading + ':\n'
            return fmt._join_parts(['\n', title, body, '\n'])

    def __init__(self, prog, indent_increment=2, max_help_position=24,
                 width=None):
        if width is None:
            import shutil
            width = shutil.get_terminal_size().columns - 2
        self._prog = prog
        self._width = width
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position,
                                      max(width - 20, 2 * indent_increment))
        self._level = self._current_indent = 0
        self._action_max_length = 0
        self._current_section = self._root_section = self._Section(self, None)

    # -- indentation and sections -------------------------------------------

    def _indent(self):
        self._level += 1
        self._current_indent += self._indent_increment

    def _dedent(self):
        self._level -= 1
        self._current_indent -= self._indent_increment
        assert self._current_indent >= 0, 'Indent decreased below 0.'

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        inner = self._Section(self, self._current_section, heading)
        self._current_section.items.append((inner.format_help, []))
        self._current_section = inner

    def end_section(self):
        self._dedent()
        self._current_section = self._current_section.parent

    def add_text(self, text):
        if text is not None and text is not SUPPRESS:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        labels = [self._format_action_invocation(action)]
        labels.extend(self._format_action_invocation(sub)
                      for sub in self._iter_indented_subactions(action))
        widest = max(len(label) for label in labels) + self._current_indent
        if widest > self._action_max_length:
            self._action_max_length = widest
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._root_section.format_help()
        if not text:
            return text
        text = _BLANK_LINES.sub('\n\n', text)
        return text.strip('\n') + '\n'

    def _join_parts(self, part_strings):
        return ''.join(part for part in part_strings
                       if part and part is not SUPPRESS)

    # -- usage ----------------------------------------------------------------

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = _('usage: ')
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = '%(prog)s' % {'prog': self._prog}
        else:
            text = self._build_usage(prefix, actions, groups)
        return f'{prefix}{text}\n\n'

    def _build_usage(self, prefix, actions, groups):
        prog = '%(prog)s' % {'prog': self._prog}
        optionals = [a for a in actions if a.option_strings]
        positionals = [a for a in actions if not a.option_strings]
        whole = self._format_actions_usage(optionals + positionals, groups)
        one_line = ' '.join(piece for piece in (prog, whole) if piece)

        room = self._width - self._current_indent
        if len(prefix) + len(one_line) <= room:
            return one_line

        opt_text = self._format_actions_usage(optionals, groups)
        pos_text = self._format_actions_usage(positionals, groups)
        chunk = r'\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+'
        opt_chunks = _re.findall(chunk, opt_text)
        pos_chunks = _re.findall(chunk, pos_text)
        assert ' '.join(opt_chunks) == opt_text
        assert ' '.join(pos_chunks) == pos_text

        def pack(chunks, margin, first_width=None):
            # Greedy filling: the first line starts after first_width
            # columns (the prefix) when given, the others after margin.
            rows, row = [], []
            used = (first_width if first_width is not None else len(margin)) - 1
            for piece in chunks:
                if row and used + 1 + len(piece) > room:
                    rows.append(row)
                    row = []
                    used = len(margin) - 1
                row.append(piece)
                used += 1 + len(piece)
            if row:
                rows.append(row)
            out = [margin + ' '.join(r) for r in rows]
            if first_width is not None and out:
                out[0] = out[0][len(margin):]
            return out

        if len(prefix) + len(prog) <= 0.75 * room:
            margin = ' ' * (len(prefix) + len(prog) + 1)
            if opt_chunks:
                lines = pack([prog] + opt_chunks, margin, len(prefix))
                lines += pack(pos_chunks, margin)
            elif pos_chunks:
                lines = pack([prog] + pos_chunks, margin, len(prefix))
            else:
                lines = [prog]
        else:
            margin = ' ' * len(prefix)
            lines = pack(opt_chunks + pos_chunks, margin)
            if len(lines) > 1:
                lines = pack(opt_chunks, margin) + pack(pos_chunks, margin)
            lines = [prog] + lines
        return '\n'.join(lines)

    def _format_actions_usage(self, actions, groups):
        # Work out where the brackets and bars of mutually exclusive groups
        # go: marks[i] is text placed before the i-th action's part.
        in_group = set()
        marks = {}

        def put(index, text, spaced):
            if index in marks:
                marks[index] += (' ' + text) if spaced else text
            else:
                marks[index] = text

        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError(f'empty group {group}')
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            in_group.update(members)
            visible = sum(1 for a in members if a.help is not SUPPRESS)
            if not group.required:
                put(first, '[', True)
                put(last, ']', False)
            elif visible > 1:
                put(first, '(', True)
                put(last, ')', False)
            for i in range(first + 1, last):
                marks[i] = '|'

        pieces = []
        for i, action in enumerate(actions):
            if action.help is SUPPRESS:
                pieces.append(None)
                if marks.get(i) == '|':
                    del marks[i]
                elif marks.get(i + 1) == '|':
                    del marks[i + 1]
                continue
            if not action.option_strings:
                metavar = self._get_default_metavar_for_positional(action)
                piece = self._format_args(action, metavar)
                if action in in_group and piece[:1] == '[' and piece[-1:] == ']':
                    piece = piece[1:-1]
            else:
                if action.nargs == 0:
                    piece = action.format_usage()
                else:
                    metavar = self._get_default_metavar_for_optional(action)
                    piece = '%s %s' % (action.option_strings[0],
                                       self._format_args(action, metavar))
                if not action.required and action not in in_group:
                    piece = '[' + piece + ']'
            pieces.append(piece)

        for index in sorted(marks, reverse=True):
            pieces.insert(index, marks[index])

        text = ' '.join(piece for piece in pieces if piece is not None)
        text = _re.sub(r'([\[(]) ', r'\1', text)
        text = _re.sub(r' ([\])])', r'\1', text)
        text = _re.sub(r'[\[(] *[\])]', '', text)
        return text.strip()

    # -- text and actions ----------------------------------------------------

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2,
                            self._max_help_position)
        help_width = max(self._width - help_position, 11)
        label_width = help_position - self._current_indent - 2
        label = self._format_action_invocation(action)
        pad = ' ' * self._current_indent

        first_indent = 0
        if not action.help:
            lines = [pad + label + '\n']
        elif len(label) <= label_width:
            lines = [pad + label.ljust(label_width) + '  ']
        else:
            lines = [pad + label + '\n']
            first_indent = help_position

        if action.help and action.help.strip():
            expanded = self._expand_help(action)
            if expanded:
                wrapped = self._split_lines(expanded, help_width)
                lines.append(' ' * first_indent + wrapped[0] + '\n')
                lines.extend(' ' * help_position + more + '\n'
                             for more in wrapped[1:])
        elif not lines[0].endswith('\n'):
            lines.append('\n')

        for sub in self._iter_indented_subactions(action):
            lines.append(self._format_action(sub))
        return self._join_parts(lines)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            default = self._get_default_metavar_for_positional(action)
            return self._metavar_formatter(action, default)(1)[0]
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        default = self._get_default_metavar_for_optional(action)
        value = self._format_args(action, default)
        return ', '.join(f'{opt} {value}' for opt in action.option_strings)

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            chosen = action.metavar
        elif action.choices is not None:
            chosen = '{%s}' % ','.join(str(c) for c in action.choices)
        else:
            chosen = default_metavar

        def repeat(count):
            if isinstance(chosen, tuple):
                return chosen
            return (chosen,) * count
        return repeat

    def _get_default_metavar_for_positional(self, action):
        return action.dest

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            if len(pair) == 2:
                return '[%s [%s ...]]' % pair
            return '[%s ...]' % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ' '.join(['%s'] * nargs)
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return slots % names(nargs)

    def _get_help_string(self, action):
        return action.help

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key, value in values.items():
            if hasattr(value, '__name__'):
                values[key] = value.__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join(str(c) for c in values['choices'])
        return self._get_help_string(action) % values

    def _iter_indented_subactions(self, action):
        subactions = getattr(action, '_get_subactions', None)
        if subactions is None:
            return
        self._indent()
        yield from subactions()
        self._dedent()

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squeeze(text), width)

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squeeze(text), width, initial_indent=indent,
                             subsequent_indent=indent)


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog exactly as written."""

    def _fill_text(self, text, width, indent):
        return ''.join(indent + line for line in text.splitlines(True))


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written, line breaks included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Adds ' (default: ...)' to the help of arguments that have one."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names each argument's value after its type= function."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ---------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------

class Action(_AttributeHolder):
    """What to do with an argument's strings; add_argument's keywords
    become the attributes of an Action."""

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        self.option_strings, self.dest = option_strings, dest
        self.nargs, self.const, self.default = nargs, const, default
        self.type, self.choices = type, choices
        self.required, self.help, self.metavar = required, help, metavar

    def _get_kwargs(self):
        fields = ('option_strings', 'dest', 'nargs', 'const', 'default',
                  'type', 'choices', 'required', 'help', 'metavar')
        return [(field, getattr(self, field)) for field in fields]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError(_('.__call__() not defined'))


class BooleanOptionalAction(Action):
    """A flag with a negative twin: --foo sets True, --no-foo sets False."""

    def __init__(self, option_strings, dest, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        both = []
        for opt in option_strings:
            both.append(opt)
            if opt.startswith('--'):
                both.append('--no-' + opt[2:])
        super().__init__(option_strings=both, dest=dest, nargs=0,
                         default=default, type=type, choices=choices,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _reject_zero_nargs(nargs, const, what, hint):
    if nargs == 0:
        raise ValueError(f'nargs for {what} actions must be != 0; {hint}')
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _reject_zero_nargs(nargs, const, 'store',
                           'if you have nothing to store, actions such as '
                           'store true or store const may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=True, default=default, required=required,
                         help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         const=False, default=default, required=required,
                         help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None,
                 default=None, type=None, choices=None, required=False,
                 help=None, metavar=None):
        _reject_zero_nargs(nargs, const, 'append',
                           'if arg strings are not supplying the value to '
                           'append, the append const action may be more '
                           'appropriate')
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=nargs, const=const, default=default, type=type,
                         choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.append(values)
        setattr(namespace, self.dest, collected)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None,
                 required=False, help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         const=const, default=default, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.append(self.const)
        setattr(namespace, self.dest, collected)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (so_far or 0) + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS,
                 help=None):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS,
                 default=SUPPRESS, help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest,
                         default=default, nargs=0, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version
        if text is None:
            text = parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional argument that picks a sub-command and hands the rest
    of the command line to that sub-command's parser."""

    class _ChoicesPseudoAction(Action):

        def __init__(self, name, aliases, help):
            label = name
            if aliases:
                label += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help,
                             metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS,
                 required=False, help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest,
                         nargs=PARSER, choices=self._name_parser_map,
                         required=required, help=help, metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = f'{self._prog_prefix} {name}'
        aliases = kwargs.pop('aliases', ())
        for i, key in enumerate((name, *aliases)):
            if key in self._name_parser_map:
                kind = 'subparser alias' if i else 'subparser'
                raise ArgumentError(self, f'conflicting {kind}: {key}')
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        parser = self._parser_class(**kwargs)
        for key in (name, *aliases):
            self._name_parser_map[key] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        subparser = self._name_parser_map.get(chosen)
        if subparser is None:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, _('unknown parser %r (choices: %s)')
                                % (chosen, known))
        sub_ns, leftover = subparser.parse_known_args(rest, None)
        for key, value in vars(sub_ns).items():
            setattr(namespace, key, value)
        if leftover:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, [])
            getattr(namespace, _UNRECOGNIZED_ARGS_ATTR).extend(leftover)


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        collected = _copy_items(getattr(namespace, self.dest, None))
        collected.extend(values)
        setattr(namespace, self.dest, collected)


# ---------------------------------------------------------------------------
# FileType and Namespace
# ---------------------------------------------------------------------------

class FileType(object):
    """A type= factory that opens the named file ('-' means the standard
    streams)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            if any(c in self._mode for c in 'wax'):
                return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError(_('argument "-" with mode %r') % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding,
                        self._errors)
        except OSError as exc:
            raise ArgumentTypeError(_("can't open '%s': %s") % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        for key, value in (('encoding', self._encoding),
                           ('errors', self._errors)):
            if value is not None:
                shown.append(f'{key}={value!r}')
        return f"{type(self).__name__}({', '.join(shown)})"


class Namespace(_AttributeHolder):
    """A plain object holding the parsed values as attributes."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __contains__(self, key):
        return key in self.__dict__

    def __eq__(self, other):
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None


# ---------------------------------------------------------------------------
# Containers of actions: parsers and groups
# ---------------------------------------------------------------------------

_NEGATIVE_NUMBER = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _identity(value):
    return value


class _ActionsContainer(object):

    def __init__(self, description, prefix_chars, argument_default,
                 conflict_handler):
        super().__init__()
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler

        self._registries = {}
        for name, cls in (
                (None, _StoreAction), ('store', _StoreAction),
                ('store_const', _StoreConstAction),
                ('store_true', _StoreTrueAction),
                ('store_false', _StoreFalseAction),
                ('append', _AppendAction),
                ('append_const', _AppendConstAction),
                ('count', _CountAction), ('help', _HelpAction),
                ('version', _VersionAction), ('parsers', _SubParsersAction),
                ('extend', _ExtendAction)):
            self.register('action', name, cls)
        self._get_handler()   # reject an unknown conflict_handler now

        self._defaults = {}
        self._actions = []
        self._action_groups = []
        self._option_string_actions = {}
        self._has_negative_number_optionals = []
        self._mutually_exclusive_groups = []
        self._negative_number_matcher = _NEGATIVE_NUMBER

    # -- registries ----------------------------------------------------------

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        return self._registries.get(registry_name, {}).get(value, default)

    # -- defaults ------------------------------------------------------------

    def set_defaults(self, **kwargs):
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]
        self._defaults.update(kwargs)

    def get_default(self, dest):
        found = [a.default for a in self._actions
                 if a.dest == dest and a.default is not None]
        return found[0] if found else self._defaults.get(dest)

    # -- adding arguments ----------------------------------------------------

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        if args and (len(args) > 1 or args[0][0] in self.prefix_chars):
            kwargs = self._get_optional_kwargs(*args, **kwargs)
        elif args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        else:
            kwargs = self._get_positional_kwargs(*args, **kwargs)

        dest = kwargs['dest']
        if 'default' not in kwargs:
            if dest in self._defaults:
                kwargs['default'] = self._defaults[dest]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        factory = self._pop_action_class(kwargs)
        if not callable(factory):
            raise ValueError(f'unknown action "{factory}"')
        action = factory(**kwargs)
        self._check_type_of(action)
        if hasattr(self, '_get_formatter'):
            # formatting the values now catches a metavar tuple of the
            # wrong length
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _check_type_of(self, action):
        convert = self._registry_get('type', action.type, action.type)
        if convert is FileType:
            raise ValueError(f'{convert!r} is a FileType class object, '
                             'instance of it must be passed')
        if not callable(convert):
            raise ValueError(f'{convert!r} is not callable')

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        action.container = self
        self._actions.append(action)
        for opt in action.option_strings:
            self._option_string_actions[opt] = action
            if (not self._has_negative_number_optionals
                    and self._negative_number_matcher.match(opt)):
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError(_('cannot merge actions - two groups are '
                                   'named %r') % (group.title,))
            by_title[group.title] = group

        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = twin
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError(_("'required' is an invalid argument for "
                              "positionals"))
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE):
            kwargs['required'] = True
        if nargs == ZERO_OR_MORE and 'default' not in kwargs:
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        option_strings = []
        long_ones = []
        for opt in args:
            if not opt or opt[0] not in self.prefix_chars:
                raise ValueError(
                    _('invalid option string %(option)r: must start with a '
                      'character %(prefix_chars)r')
                    % {'option': opt, 'prefix_chars': self.prefix_chars})
            option_strings.append(opt)
            if len(opt) > 1 and opt[1] in self.prefix_chars:
                long_ones.append(opt)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = (long_ones or option_strings)[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError(_('dest= is required for options like %r')
                                 % option_strings[-1])
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=option_strings)

    def _pop_action_class(self, kwargs, default=None):
        name = kwargs.pop('action', default)
        return self._registry_get('action', name, name)

    # -- conflicts -----------------------------------------------------------

    def _get_handler(self):
        try:
            return getattr(self, '_handle_conflict_' + self.conflict_handler)
        except AttributeError:
            raise ValueError(_('invalid conflict_resolution value: %r')
                             % self.conflict_handler)

    def _check_conflict(self, action):
        clashes = [(opt, self._option_string_actions[opt])
                   for opt in action.option_strings
                   if opt in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        text = ngettext('conflicting option string: %s',
                        'conflicting option strings: %s',
                        len(conflicting_actions))
        names = ', '.join(opt for opt, _other in conflicting_actions)
        raise ArgumentError(action, text % names)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        for opt, other in conflicting_actions:
            other.option_strings.remove(opt)
            self._option_string_actions.pop(opt, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group shares its parser's bookkeeping.
        for shared in ('_registries', '_actions', '_option_string_actions',
                       '_defaults', '_has_negative_number_optionals',
                       '_mutually_exclusive_groups'):
            setattr(self, shared, getattr(container, shared))

    def add_argument_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting argument groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_argument_group(*args, **kwargs)

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def add_mutually_exclusive_group(self, *args, **kwargs):
        import warnings
        warnings.warn('Nesting mutually exclusive groups is deprecated.',
                      category=DeprecationWarning, stacklevel=2)
        return super().add_mutually_exclusive_group(*args, **kwargs)

    def _add_action(self, action):
        if action.required:
            raise ValueError(_('mutually exclusive arguments must be optional'))
        self._group_actions.append(self._container._add_action(action))
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)


# ---------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------

# How many strings each nargs takes, as a regular expression over the
# classification of the remaining strings: 'A' an argument, 'O' an option,
# '-' the '--' separator.
_NARGS_PATTERNS = {
    None: '(-*A-*)',
    OPTIONAL: '(-*A?-*)',
    ZERO_OR_MORE: '(-*[A-]*)',
    ONE_OR_MORE: '(-*A[A-]*)',
    REMAINDER: '([-AO]*)',
    PARSER: '(-*A[-AO]*)',
    SUPPRESS: '(-*-*)',
}


class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns command-line strings into a Namespace of values.

    Keyword arguments: prog, usage, description, epilog, parents,
    formatter_class, prefix_chars, fromfile_prefix_chars,
    argument_default, conflict_handler, add_help, allow_abbrev,
    exit_on_error.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None,
                 parents=[], formatter_class=HelpFormatter, prefix_chars='-',
                 fromfile_prefix_chars=None, argument_default=None,
                 conflict_handler='error', add_help=True, allow_abbrev=True,
                 exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default,
                         conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog = usage, epilog
        self.formatter_class = formatter_class
        self.add_help, self.allow_abbrev = add_help, allow_abbrev
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group(_('positional arguments'))
        self._optionals = self.add_argument_group(_('options'))
        self._subparsers = None
        self.register('type', None, _identity)

        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help',
                              default=SUPPRESS,
                              help=_('show this help message and exit'))

        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        fields = ('prog', 'usage', 'description', 'formatter_class',
                  'conflict_handler', 'add_help')
        return [(field, getattr(self, field)) for field in fields]

    # -- sub-commands --------------------------------------------------------

    def add_subparsers(self, **kwargs):
        """Add the positional argument that selects a sub-command; returns
        an object whose add_parser() makes each sub-command's parser."""
        if self._subparsers is not None:
            self.error(_('cannot have multiple subparser arguments'))
        if kwargs.get('prog') is None:
            # sub-commands are named after this parser's positionals
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, self._get_positional_actions(),
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        titled = 'title' in kwargs or 'description' in kwargs
        heading = kwargs.pop('title', 'subcommands')
        blurb = kwargs.pop('description', None)
        self._subparsers = (self.add_argument_group(heading, blurb) if titled
                            else self._positionals)
        kwargs.setdefault('parser_class', type(self))
        chooser = self._pop_action_class(kwargs, 'parsers')(
            option_strings=[], **kwargs)
        self._subparsers._add_action(chooser)
        return chooser

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # -- parsing -------------------------------------------------------------

    def parse_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()

        for action in self._actions:
            if (action.dest is not SUPPRESS
                    and action.default is not SUPPRESS
                    and not hasattr(namespace, action.dest)):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)

        try:
            namespace, leftover = self._parse_known_args(args, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        more = vars(namespace).pop(_UNRECOGNIZED_ARGS_ATTR, None)
        if more:
            leftover.extend(more)
        return namespace, leftover

    def _parse_known_args(self, arg_strings, namespace):
        return _ParseRun(self, arg_strings, namespace).run()

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, leftover = self.parse_known_intermixed_args(args, namespace)
        if leftover:
            self.error(_('unrecognized arguments: %s') % ' '.join(leftover))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # First pass: options only (positionals switched off); second pass:
        # the positionals, from the strings the first pass left over.
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg'
                                ' with nargs=%s' % action.nargs)
        for group in self._mutually_exclusive_groups:
            if any(a in positionals for a in group._group_actions):
                raise TypeError('parse_intermixed_args: positional in'
                                ' mutuallyExclusiveGroup')

        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(a, a.nargs, a.default) for a in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if getattr(namespace, action.dest, None) == [] \
                            and hasattr(namespace, action.dest):
                        import warnings
                        warnings.warn('Do not expect %s in %s'
                                      % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default

            optionals = self._get_optional_actions()
            saved_required = [(a, a.required) for a in optionals]
            saved_groups = [(g, g.required)
                            for g in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for action, required in saved_required:
                    action.required = required
                for group, required in saved_groups:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- pieces the parse uses ------------------------------------------------

    def _read_args_from_files(self, arg_strings):
        expanded = []
        for arg in arg_strings:
            if not arg or arg[0] not in self.fromfile_prefix_chars:
                expanded.append(arg)
                continue
            try:
                with open(arg[1:]) as handle:
                    found = []
                    for line in handle.read().splitlines():
                        found.extend(self.convert_arg_line_to_args(line))
            except OSError as err:
                self.error(str(err))
            expanded.extend(self._read_args_from_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _get_nargs_pattern(self, action):
        nargs = action.nargs
        if nargs in _NARGS_PATTERNS:
            pattern = _NARGS_PATTERNS[nargs]
        else:
            pattern = '(-*%s-*)' % '-*'.join('A' * nargs)
        if action.option_strings:
            # an option's values never include '--'
            pattern = pattern.replace('-*', '').replace('-', '')
        return pattern

    def _match_argument(self, action, arg_strings_pattern):
        found = _re.match(self._get_nargs_pattern(action), arg_strings_pattern)
        if found is not None:
            return len(found.group(1))
        messages = {
            None: _('expected one argument'),
            OPTIONAL: _('expected at most one argument'),
            ONE_OR_MORE: _('expected at least one argument'),
        }
        if action.nargs in messages:
            text = messages[action.nargs]
        else:
            text = ngettext('expected %s argument', 'expected %s arguments',
                            action.nargs) % action.nargs
        raise ArgumentError(action, text)

    def _match_arguments_partial(self, actions, arg_strings_pattern):
        # As many of the actions as possible, from the first, must match
        # together; each gets the strings its group matched.
        for count in range(len(actions), 0, -1):
            combined = ''.join(self._get_nargs_pattern(a)
                               for a in actions[:count])
            found = _re.match(combined, arg_strings_pattern)
            if found is not None:
                return [len(g) for g in found.groups()]
        return []

    def _parse_optional(self, arg_string):
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            name, value = arg_string.split('=', 1)
            if name in known:
                return known[name], name, value

        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(opt for _a, opt, _v in candidates)
            self.error(_('ambiguous option: %(option)s could match %(matches)s')
                       % {'option': arg_string, 'matches': names})
        if len(candidates) == 1:
            return candidates[0]

        looks_negative = self._negative_number_matcher.match(arg_string)
        if looks_negative and not self._has_negative_number_optionals:
            return None   # a negative number, as no option looks like one
        if ' ' in arg_string:
            return None   # most likely a value with spaces
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        chars = self.prefix_chars
        known = self._option_string_actions
        found = []
        if option_string[0] in chars and option_string[1] in chars:
            if not self.allow_abbrev:
                return found
            prefix, value = option_string, None
            if '=' in option_string:
                prefix, value = option_string.split('=', 1)
            for opt, action in known.items():
                if opt.startswith(prefix):
                    found.append((action, opt, value))
        elif option_string[0] in chars:
            short, attached = option_string[:2], option_string[2:]
            for opt, action in known.items():
                if opt == short:
                    found.append((action, opt, attached))
                elif opt.startswith(option_string):
                    found.append((action, opt, None))
        else:
            self.error(_('unexpected option string: %s') % option_string)
        return found

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings = list(arg_strings)
            arg_strings.remove('--')
        nargs = action.nargs

        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
        elif (not arg_strings and nargs == ZERO_OR_MORE
              and not action.option_strings):
            value = action.default if action.default is not None else []
            self._check_value(action, value)
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
        elif nargs == REMAINDER:
            value = [self._get_value(action, s) for s in arg_strings]
        elif nargs == PARSER:
            value = [self._get_value(action, s) for s in arg_strings]
            self._check_value(action, value[0])
        elif nargs == SUPPRESS:
            value = SUPPRESS
        else:
            value = [self._get_value(action, s) for s in arg_strings]
            for item in value:
                self._check_value(action, item)
        return value

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, _('%r is not callable') % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, _('invalid %(type)s value: %(value)r')
                                % {'type': name, 'value': arg_string})

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            listed = ', '.join(repr(c) for c in action.choices)
            raise ArgumentError(
                action, _('invalid choice: %(value)r (choose from %(choices)s)')
                % {'value': value, 'choices': listed})

    # -- help ----------------------------------------------------------------

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def _usage_formatter(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions,
                      self._mutually_exclusive_groups)
        return fmt

    def format_usage(self):
        return self._usage_formatter().format_help()

    def format_help(self):
        fmt = self._usage_formatter()
        fmt.add_text(self.description)
        for group in self._action_groups:
            fmt.start_section(group.title)
            fmt.add_text(group.description)
            fmt.add_arguments(group._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def print_usage(self, file=None):
        self._print_message(self.format_usage(),
                            _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(),
                            _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (_sys.stderr if file is None else file).write(message)
        except (AttributeError, OSError):
            pass   # no usable stream: stay quiet

    # -- leaving -------------------------------------------------------------

    def error(self, message):
        """Print the usage and the message to stderr, then exit with
        status 2."""
        self.print_usage(_sys.stderr)
        text = _('%(prog)s: error: %(message)s\n') % {'prog': self.prog,
                                                      'message': message}
        self.exit(2, text)

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)


class _ParseRun(object):
    """One pass over a command line for one parser."""

    def __init__(self, parser, arg_strings, namespace):
        self.parser = parser
        self.namespace = namespace
        if parser.fromfile_prefix_chars is not None:
            arg_strings = parser._read_args_from_files(arg_strings)
        self.strings = arg_strings
        self.extras = []
        self.seen = set()
        self.seen_non_default = set()
        self.positionals = parser._get_positional_actions()

        # Every action of a mutually exclusive group clashes with the
        # other members of that group.
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for i, action in enumerate(members):
                self.rivals.setdefault(action, []).extend(
                    members[:i] + members[i + 1:])

        # Classify each string: 'O' an option, 'A' an argument, '-' the
        # first '--' (everything after it is an argument).
        self.options_at = {}
        kinds = []
        after_separator = False
        for index, text in enumerate(arg_strings):
            if after_separator:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                after_separator = True
            else:
                found = parser._parse_optional(text)
                if found is None:
                    kinds.append('A')
                else:
                    self.options_at[index] = found
                    kinds.append('O')
        self.kinds = ''.join(kinds)

    def apply(self, action, strings, option_string=None):
        parser = self.parser
        self.seen.add(action)
        values = parser._get_values(action, strings)
        if values is not action.default:
            self.seen_non_default.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.seen_non_default:
                    raise ArgumentError(
                        action, _('not allowed with argument %s')
                        % _get_action_name(rival))
        if values is not SUPPRESS:
            action(parser, self.namespace, values, option_string)

    def take_option(self, index):
        parser = self.parser
        action, option_string, attached = self.options_at[index]
        pending = []
        while True:
            if action is None:
                self.extras.append(self.strings[index])
                return index + 1
            if attached is None:
                start = index + 1
                count = parser._match_argument(action, self.kinds[start:])
                stop = start + count
                pending.append((action, self.strings[start:stop],
                                option_string))
                break
            count = parser._match_argument(action, 'A')
            if (count == 0 and option_string[1] not in parser.prefix_chars
                    and attached != ''):
                # '-xyz' where -x takes nothing: -x, then go on with '-yz'
                pending.append((action, [], option_string))
                option_string = option_string[0] + attached[0]
                rest = attached[1:] or None
                follow = parser._option_string_actions.get(option_string)
                if follow is None:
                    raise ArgumentError(
                        action, _('ignored explicit argument %r') % attached)
                action, attached = follow, rest
            elif count == 1:
                stop = index + 1
                pending.append((action, [attached], option_string))
                break
            else:
                raise ArgumentError(
                    action, _('ignored explicit argument %r') % attached)
        for act, strings, opt in pending:
            self.apply(act, strings, opt)
        return stop

    def take_positionals(self, index):
        counts = self.parser._match_arguments_partial(
            self.positionals, self.kinds[index:])
        for action, count in zip(self.positionals, counts):
            self.apply(action, self.strings[index:index + count])
            index += count
        del self.positionals[:len(counts)]
        return index

    def run(self):
        parser = self.parser
        option_indices = sorted(self.options_at)
        index = 0
        while option_indices and index <= option_indices[-1]:
            next_option = min(i for i in option_indices if i >= index)
            if index != next_option:
                end = self.take_positionals(index)
                if end > index:
                    index = end
                    continue
                index = end
            if index not in self.options_at:
                self.extras.extend(self.strings[index:next_option])
                index = next_option
            index = self.take_option(index)
        index = self.take_positionals(index)
        self.extras.extend(self.strings[index:])

        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str)
                  and hasattr(namespace, action.dest)
                  and getattr(namespace, action.dest) is action.default):
                setattr(namespace, action.dest,
                        parser._get_value(action, action.default))
        if missing:
            parser.error(_('the following arguments are required: %s')
                         % ', '.join(missing))

        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any(a in self.seen_non_default for a in group._group_actions):
                continue
            names = [_get_action_name(a) for a in group._group_actions
                     if a.help is not SUPPRESS]
            parser.error(_('one of the arguments %s is required')
                         % ' '.join(names))
        return namespace, self.extras
