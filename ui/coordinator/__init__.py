"""The Koordinator page's parts, one job each; pages/koordinator.py puts them in tabs.

upload: files in, preview, confirm · ssb: population straight from SSB · history: imports,
undo, originals · templates: Excel templates · editing: tables and rules corrected on the page.
Shared by these: preview (what is wrong, what would change), confirm (a save happens only for
the exact preview the person confirmed) and words (how the page names kinds, imports, times)."""
