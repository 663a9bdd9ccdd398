"""Streamlit's own English words in the reader's language.

Streamlit has no setting for the words of its own components: the file uploader's «Upload» and
«100MB per file», the «Skip to main content» link, the «Page not found» dialog for an unknown
address, the sidebar's and date picker's labels for screen readers, the tooltips of the table
and chart toolbars. A small script, put on every page through st.html (public, documented:
`unsafe_allow_javascript`), replaces each of these as Streamlit draws it — text and the
aria-label, aria-valuetext, title, placeholder and data-title attributes — with the catalogue's words
(khs_data.catalogue.streamlit_words) in the page's language. It matches whole words Streamlit
writes, never our own texts, and touches no Streamlit internals: if a release changes a string,
the browser test that looks for English words on every page (tests/e2e/test_language.py) fails."""

from __future__ import annotations

import json

import streamlit as st

from khs_data.catalogue import TEXTS

from .state import lang

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
# The English exactly as Streamlit 1.6x writes it, by catalogue key (st.KEY).
EXACT = {
    "upload": "Upload",
    "upload_directories": "Upload directories",
    "add_files": "Add files",
    "drop_files": "Drag and drop files here",
    "drop_file": "Drag and drop a file here",
    "drop_directories": "Drag and drop directories here",
    "file_upload": "file upload",
    "skip_to_content": "Skip to main content",
    "page_not_found": "Page not found",
    "page_not_found_detail": "The page that you have requested does not seem to exist. Running the app's main page.",
    "running": "Running...",
    "stop": "Stop",
    "close": "Close",
    "sidebar": "Sidebar",
    "app_pages": "App pages",
    "collapse_sidebar": "Collapse sidebar",
    "expand_sidebar": "Expand sidebar",
    "choose_option": "Choose an option",
    "open": "Open",
    "clear": "Clear value",
    "clear_all": "Clear all",
    "link_to_heading": "Link to heading",
    "choose_date": "Choose date",
    "choose_date_range": "Choose date range",
    "previous_month": "Previous month",
    "next_month": "Next month",
    "fullscreen": "Fullscreen",
    "close_fullscreen": "Close fullscreen",
    "show_hide_columns": "Show/hide columns",
    "download_csv": "Download as CSV",
    "search": "Search",
    "download_png": "Download plot as a PNG",
    "zoom": "Zoom",
    "pan": "Pan",
    "zoom_in": "Zoom in",
    "zoom_out": "Zoom out",
    "autoscale": "Autoscale",
    "reset_axes": "Reset axes",
    "reset_view": "Reset view",
    "made_with_plotly": "Produced with Plotly.js",
}
# Words with a part that varies (a size, a label): a JavaScript regular expression over the whole text.
PATTERNS = {
    "size_limit": r"^(\d+(?:[.,]\d+)?) ?([KMGT]?B) per file(.*)$",
    "help_for": r"^Help for (.+)$",
    # an uploaded file's button, as a screen reader names it (and a chosen option's, in a multiselect)
    "remove_item": r"^Remove (.+)$",
    "cancel_upload": r"^Cancel upload of (.+)$",
    # an uploaded file's size, shown and said («5.0KB», «folketall.xlsx, 5.0KB»)
    "file_size": r"^(\d+)\.(\d+) ?([KMGT]?B)$",
    "file_named_size": r"^(.+), (\d+)\.(\d+) ?([KMGT]?B)$",
    # a date field's parts, as a screen reader names them («month, Vis styret per dato», «12 – December»)
    "segment_day": r"^day, (.+)$",
    "segment_month": r"^month, (.+)$",
    "segment_year": r"^year, (.+)$",
    **{f"month_{n}": rf"^(\d+) – {name}$" for n, name in enumerate(MONTHS, start=1)},
}

SCRIPT = """
<style>.st-key-khs-streamlit-words { display: none; }</style>
<script>
(() => {
  const words = %s;
  const ATTRIBUTES = ["aria-label", "aria-valuetext", "title", "placeholder", "data-title"];
  // Every form (English, bokmål, nynorsk) to the page's: a change of language re-words what is shown.
  const table = new Map();
  for (const [english, ...forms] of words.exact) for (const form of [english, ...forms]) table.set(form, forms[words.index]);
  const rules = words.patterns.map(([source, ...forms]) => [new RegExp(source), forms[words.index]]);
  const said = (value) => {
    const trimmed = value.trim();
    if (!trimmed) return null;
    const found = table.get(trimmed);
    if (found !== undefined) return found === trimmed ? null : value.replace(trimmed, found);
    for (const [rule, form] of rules) if (rule.test(trimmed)) return value.replace(trimmed, trimmed.replace(rule, form));
    return null;
  };
  const fix = (node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const now = said(node.nodeValue);
      if (now !== null && now !== node.nodeValue) node.nodeValue = now;
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) return;
    for (const name of ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value === null) continue;
      const now = said(value);
      if (now !== null && now !== value) node.setAttribute(name, now);
    }
  };
  const fixAll = (root) => {
    fix(root);
    if (root.nodeType !== Node.ELEMENT_NODE) return;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) fix(walker.currentNode);
  };
  // This script runs again when the language changes; the one observer calls the latest words.
  window.khsStreamlitWords = { fix, fixAll };
  if (!window.khsStreamlitWordsObserver) {
    window.khsStreamlitWordsObserver = new MutationObserver((changes) => {
      for (const change of changes) {
        if (change.type === "childList") change.addedNodes.forEach(window.khsStreamlitWords.fixAll);
        else window.khsStreamlitWords.fix(change.target);
      }
    });
    window.khsStreamlitWordsObserver.observe(document.body, {
      childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES,
    });
  }
  fixAll(document.body);
})();
</script>
"""


def _words(language: str) -> dict:
    """The script's table: [English, bokmål, nynorsk] per word, and the index of the page's language."""
    return {
        "index": 1 if language == "nn" else 0,
        "exact": [[english, *TEXTS[f"st.{key}"]] for key, english in EXACT.items()],
        "patterns": [[pattern, *TEXTS[f"st.{key}"]] for key, pattern in PATTERNS.items()],
    }


def streamlit_words() -> None:
    """On every run of every page, before anything can stop the run (the viewer password's page has them too)."""
    with st.container(key="khs-streamlit-words"):
        st.html(SCRIPT % json.dumps(_words(lang()), ensure_ascii=False), unsafe_allow_javascript=True)
