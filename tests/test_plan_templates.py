"""Every template, as downloaded in either language, is read as its own kind without asking: the
«Forklaring» sheet lists the column «Prosjekt» on a row of its own, which is not a project list."""

from __future__ import annotations

import pytest

from khs_data.importer import plan_import
from khs_data.kinds import UPLOAD_KINDS
from khs_data.templates import template_bytes


@pytest.mark.parametrize("lang", ["nb", "nn"])
@pytest.mark.parametrize("kind", UPLOAD_KINDS)
def test_a_template_as_downloaded_is_read_as_its_own_kind(sample_db, tmp_path, kind, lang):
    path = tmp_path / f"mal-{kind}.xlsx"
    path.write_bytes(template_bytes(sample_db, kind, lang))
    assert plan_import(sample_db, path).kind.name == kind
