"""Python's garbage collector and the page views.

Streamlit runs a full collection (gc.collect) after every script run. A full collection walks
every object the process holds, and with pandas, plotly's validators, DuckDB and the catalogue
loaded that walk was a third of the server's CPU time per page view. Objects that live as long as
the process (the imported modules and what they build) are moved out of the collector's sight
with gc.freeze() after a run that imported modules, so the collection after each run walks only
what the runs themselves made. Reference counting still frees everything as before; only cycles
alive at the moment of a freeze stay, and freezes happen a handful of times per process (once per
page's first visit, when its modules are imported)."""

from __future__ import annotations

import gc
import sys
import threading

_lock = threading.Lock()
_modules_at_freeze = 0


def freeze_long_lived() -> None:
    """After a run: if modules were imported since the last time, collect once and freeze."""
    global _modules_at_freeze
    if len(sys.modules) == _modules_at_freeze:
        return
    with _lock:
        if len(sys.modules) == _modules_at_freeze:
            return
        gc.collect()  # what is garbage now is freed, not frozen
        gc.freeze()
        _modules_at_freeze = len(sys.modules)
