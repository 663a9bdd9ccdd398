"""The one catalogue of UI text: every text in bokmål and nynorsk, with the same placeholders."""

import string

from khs_data.catalogue import TEXTS, text
from khs_data.rules import RULE_FORMATS


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_text_has_both_languages_with_the_same_placeholders():
    missing = [key for key, (bokmal, nynorsk) in TEXTS.items() if not (bokmal.strip() and nynorsk.strip())]
    mismatched = [key for key, (bokmal, nynorsk) in TEXTS.items() if placeholders(bokmal) != placeholders(nynorsk)]
    assert not missing and not mismatched, (missing, mismatched)


def test_nynorsk_is_chosen_by_language():
    assert text("page.moter", "nb") == "Møter"
    assert text("page.moter", "nn") == "Møte"
    assert text("common.empty_upload", "nn", what="folketal").startswith("Ingen data enno")


def test_every_rule_the_figures_use_has_a_name_for_the_rule_editor():
    assert [key for key in RULE_FORMATS if f"coord.rule.{key}" not in TEXTS] == []
