"""The CLI's commands, one module each. To add one: write a module beside these that ends with
`COMMAND = Command(...)` (see base.py) and list it in COMMANDS below; the order is the order of
`--help`. The list is explicit so that a stray file here never becomes a command."""

from . import (
    actionplan,
    agreement,
    board,
    budget,
    calendar,
    compliance,
    dues,
    export,
    history,
    import_file,
    init,
    network,
    report,
    ssb_update,
    undo,
)
from .base import Command

COMMANDS: tuple[Command, ...] = (
    init.COMMAND,
    import_file.COMMAND,
    dues.COMMAND,
    compliance.COMMAND,
    board.COMMAND,
    network.COMMAND,
    actionplan.COMMAND,
    budget.COMMAND,
    history.COMMAND,
    undo.COMMAND,
    export.COMMAND,
    report.COMMAND,
    ssb_update.COMMAND,
    calendar.COMMAND,
    agreement.COMMAND,
)
