"""What keeps a page view cheap: the objects the process keeps for its whole life are frozen out of
the garbage collector's walk after a run that imported modules, and only then (ui.collector); a
column of words is worked out once per distinct value (ui.state.each)."""

from __future__ import annotations

import gc
import sys
import types

from ui import collector


def test_a_run_that_imported_modules_freezes_what_lives_and_a_later_run_does_not_collect_again(monkeypatch):
    monkeypatch.setattr(collector, "_modules_at_freeze", 0)
    collections = []
    monkeypatch.setattr(collector.gc, "collect", lambda *a: collections.append(a) or 0)
    kept = [{"long": "lived"} for _ in range(100)]  # alive at the freeze: moved out of the walk
    gc.unfreeze()
    collector.freeze_long_lived()
    assert gc.get_freeze_count() >= len(kept) and len(collections) == 1

    collector.freeze_long_lived()  # no module imported since: nothing to do
    assert len(collections) == 1

    monkeypatch.setitem(sys.modules, "khs_test_new_module", types.ModuleType("khs_test_new_module"))
    collector.freeze_long_lived()  # a page's first visit imported its modules
    assert len(collections) == 2


def test_every_page_run_ends_with_the_freeze_check(monkeypatch):
    from ui import state

    calls = []
    monkeypatch.setattr(state, "freeze_long_lived", lambda: calls.append("checked"))

    class Page:
        def run(self):
            assert state._run.in_app

    state.run_page(Page())
    assert calls == ["checked"] and not state._run.in_app


def test_each_works_out_a_value_once_and_keeps_the_rows_order():
    from ui.state import each

    seen = []
    assert each(lambda v: seen.append(v) or v.upper(), ["a", "b", "a", "a", "c", "b"]) == ["A", "B", "A", "A", "C", "B"]
    assert seen == ["a", "b", "c"]
