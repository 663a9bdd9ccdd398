"""The action plan and the budget in the annual pack (the budget slide and sheet, overdue measures
among the decisions) and on Oversikt's list of what needs attention."""

TEXTS = {
    # Oversikt and the attention list
    "overview.topic.Handlingsplan": ("Handlingsplan", "Handlingsplan"),
    "attention.measure_overdue": (
        "Tiltaket «{measure}» ({focus_area}) er forfalt: frist {deadline}, {status}.",
        "Tiltaket «{measure}» ({focus_area}) er forfalle: frist {deadline}, {status}.",
    ),
    # the decisions slide
    "report.decisions.plan": ("Forfalte tiltak i handlingsplanen", "Forfalne tiltak i handlingsplanen"),
    "report.decisions.count.plan.one": ("{n} forfalt tiltak", "{n} forfalle tiltak"),
    "report.decisions.count.plan.many": ("{n} forfalte tiltak", "{n} forfalne tiltak"),
    "report.decisions.plan_item": ("{measure} (frist {deadline})", "{measure} (frist {deadline})"),
    # the budget slide
    "report.budget.kicker": ("Budsjett {year}", "Budsjett {year}"),
    "report.budget.title_surplus": (
        "Budsjettet for {year} gir {result} i overskudd; {share} av utgiftene går til prosjekter",
        "Budsjettet for {year} gir {result} i overskot; {share} av utgiftene går til prosjekt",
    ),
    "report.budget.title_deficit": (
        "Budsjettet for {year} gir {result} i underskudd; {share} av utgiftene går til prosjekter",
        "Budsjettet for {year} gir {result} i underskot; {share} av utgiftene går til prosjekt",
    ),
    "report.budget.title_balance": (
        "Budsjettet for {year} går i balanse; {share} av utgiftene går til prosjekter",
        "Budsjettet for {year} går i balanse; {share} av utgiftene går til prosjekt",
    ),
    "report.budget.title_unknown": (
        "Resultatet for {year} kan ikke regnes ut før kontingenten kan regnes ut",
        "Resultatet for {year} kan ikkje reknast ut før kontingenten kan reknast ut",
    ),
    "report.budget.title_none": (
        "Ingen budsjett er registrert for {year}; kontingenten er regnet ut til {dues}",
        "Ingen budsjett er registrert for {year}; kontingenten er rekna ut til {dues}",
    ),
    "report.budget.subtitle": (
        "Budsjett og regnskap så langt · kontingenten regnet ut: kr {rate} × folketall per {date}",
        "Budsjett og rekneskap så langt · kontingenten rekna ut: kr {rate} × folketal per {date}",
    ),
    "report.budget.subtitle_no_rule": ("Budsjett og regnskap så langt", "Budsjett og rekneskap så langt"),
    "report.budget.series_budget": ("Budsjett", "Budsjett"),
    "report.budget.series_actual": ("Regnskap så langt", "Rekneskap så langt"),
    "report.budget.other_expenses": ("Øvrige utgifter ({count})", "Andre utgifter ({count})"),
    "report.budget.col.what": ("Post", "Post"),
    "report.budget.col.budget": ("Budsjett", "Budsjett"),
    "report.budget.col.actual": ("Regnskap", "Rekneskap"),
    "report.budget.row.income": ("Inntekter", "Inntekter"),
    "report.budget.row.dues": ("herav kontingent", "av dette kontingent"),
    "report.budget.row.expense": ("Utgifter", "Utgifter"),
    "report.budget.row.projects": ("herav prosjekter", "av dette prosjekt"),
    "report.budget.row.result": ("Resultat", "Resultat"),
    "report.budget.notes": (
        "Budsjett og regnskap for {year}. {rule} Inntekter: budsjett {income}, regnskap så langt {income_actual}. "
        "Utgifter: budsjett {expense}, regnskap så langt {expense_actual}. Resultat: budsjett {result}, regnskap så langt "
        "{result_actual}. Prosjektenes andel av utgiftene: {share}. {comparison} Postene: {lines}",
        "Budsjett og rekneskap for {year}. {rule} Inntekter: budsjett {income}, rekneskap så langt {income_actual}. "
        "Utgifter: budsjett {expense}, rekneskap så langt {expense_actual}. Resultat: budsjett {result}, rekneskap så langt "
        "{result_actual}. Delen til prosjekt av utgiftene: {share}. {comparison} Postane: {lines}",
    ),
    "report.budget.notes_line": ("{line} ({type}) {budget} / {actual};", "{line} ({type}) {budget} / {actual};"),
    # the budget sheet
    "report.sheet.budget": ("Budsjett {year}", "Budsjett {year}"),
}
