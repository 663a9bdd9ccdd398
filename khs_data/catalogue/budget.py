"""Budsjett: the board's budget against the accounts, the computed dues line, the result and the
share going to projects; with the words of the import (kind, columns, template) for the budget."""

_FIELDS = {
    "year": ("Budsjettåret.", "Budsjettåret."),
    "line": (
        "Budsjettposten, for eksempel «Koordinatorstilling». Samme post i samme år igjen oppdaterer raden. "
        "Medlemskontingenten regnes ut av dashbordet; står den i filen, blir tallet bare sammenlignet med utregningen.",
        "Budsjettposten, til dømes «Koordinatorstilling». Same post i same år igjen oppdaterer rada. "
        "Medlemskontingenten blir rekna ut av dashbordet; står han i fila, blir talet berre samanlikna med utrekninga.",
    ),
    "type": ("inntekt eller utgift.", "inntekt eller utgift."),
    "budget_nok": ("Budsjettert beløp i hele kroner, 0 eller mer.", "Budsjettert beløp i heile kroner, 0 eller meir."),
    "actual_nok": (
        "Regnskap så langt i året, i hele kroner. Tom: ikke ført ennå.",
        "Rekneskap så langt i året, i heile kroner. Tom: ikkje ført enno.",
    ),
    "project": (
        "Prosjektet posten gjelder, med navnet fra prosjektlisten. Tom hvis posten ikke gjelder et prosjekt.",
        "Prosjektet posten gjeld, med namnet frå prosjektlista. Tom om posten ikkje gjeld eit prosjekt.",
    ),
    "note": ("Fritt felt for merknader.", "Fritt felt for merknader."),
}

TEXTS = {
    "page.budsjett": ("Budsjett", "Budsjett"),
    "coord.kind.budget": ("Budsjett", "Budsjett"),
    **{f"coord.field.budget.{name}": words for name, words in _FIELDS.items()},
    "coord.template.about.budget": (
        "Styrets budsjett og regnskap per post. Kontingenten regnes ut og skal ikke føres inn.",
        "Budsjettet og rekneskapen til styret per post. Kontingenten blir rekna ut og skal ikkje førast inn.",
    ),
    "budget.type.inntekt": ("inntekt", "inntekt"),
    "budget.type.utgift": ("utgift", "utgift"),
    # headline
    "budget.headline": (
        "Budsjett {year}: inntekter {income} og utgifter {expense} gir et resultat på {result}. "
        "Regnskapet så langt: {income_actual} inn, {expense_actual} brukt.",
        "Budsjett {year}: inntekter {income} og utgifter {expense} gir eit resultat på {result}. "
        "Rekneskapen så langt: {income_actual} inn, {expense_actual} brukt.",
    ),
    "budget.headline_none": (
        "Budsjett {year}: ingen budsjettposter er registrert. Medlemskontingenten er regnet ut: {dues}.",
        "Budsjett {year}: ingen budsjettpostar er registrerte. Medlemskontingenten er rekna ut: {dues}.",
    ),
    "budget.upload": ("budsjettet (Budsjett)", "budsjettet (Budsjett)"),
    "budget.unknown": ("ukjent", "ukjend"),
    # the dues line
    "budget.rule": (
        "Medlemskontingenten regnes ut: kr {rate} per innbygger × folketall per {population_date} "
        "({source}). Regnskapet for kontingenten er innbetalingene som er registrert for {year}.",
        "Medlemskontingenten blir rekna ut: kr {rate} per innbyggjar × folketal per {population_date} "
        "({source}). Rekneskapen for kontingenten er innbetalingane som er registrerte for {year}.",
    ),
    "budget.rule_missing": (
        "Medlemskontingenten for {year} kan ikke regnes ut: ingen kontingentregel gjelder året. Regnskapet er innbetalingene "
        "som er registrert.",
        "Medlemskontingenten for {year} kan ikkje reknast ut: ingen kontingentregel gjeld året. Rekneskapen er innbetalingane "
        "som er registrerte.",
    ),
    "budget.dues_missing_population": (
        "Folketall per {date} mangler for {names}; kontingenten deres er ikke med i budsjettet.",
        "Folketal per {date} manglar for {names}; kontingenten deira er ikkje med i budsjettet.",
    ),
    "budget.dues_differs_more": (
        "Budsjettfilen oppgir {typed} for «{line}», {difference} mer enn utregnet kontingent for {year} ({computed}). "
        "Dashbordet bruker det utregnede tallet.",
        "Budsjettfila oppgir {typed} for «{line}», {difference} meir enn utrekna kontingent for {year} ({computed}). "
        "Dashbordet bruker det utrekna talet.",
    ),
    "budget.dues_differs_less": (
        "Budsjettfilen oppgir {typed} for «{line}», {difference} mindre enn utregnet kontingent for {year} ({computed}). "
        "Dashbordet bruker det utregnede tallet.",
        "Budsjettfila oppgir {typed} for «{line}», {difference} mindre enn utrekna kontingent for {year} ({computed}). "
        "Dashbordet bruker det utrekna talet.",
    ),
    "budget.dues_actual_differs_more": (
        "Budsjettfilen oppgir regnskap {typed} for «{line}», {difference} mer enn innbetalingene registrert for {year} "
        "({computed}). Dashbordet bruker innbetalingene.",
        "Budsjettfila oppgir rekneskap {typed} for «{line}», {difference} meir enn innbetalingane registrerte for {year} "
        "({computed}). Dashbordet bruker innbetalingane.",
    ),
    "budget.dues_actual_differs_less": (
        "Budsjettfilen oppgir regnskap {typed} for «{line}», {difference} mindre enn innbetalingene registrert for {year} "
        "({computed}). Dashbordet bruker innbetalingene.",
        "Budsjettfila oppgir rekneskap {typed} for «{line}», {difference} mindre enn innbetalingane registrerte for {year} "
        "({computed}). Dashbordet bruker innbetalingane.",
    ),
    "budget.dues_agrees": (
        "Budsjettfilens linje «{line}» stemmer med utregnet kontingent ({computed}).",
        "Linja «{line}» i budsjettfila stemmer med utrekna kontingent ({computed}).",
    ),
    "budget.computed": ("utregnet", "utrekna"),
    # figures
    "budget.card.income": ("Inntekter", "Inntekter"),
    "budget.card.expense": ("Utgifter", "Utgifter"),
    "budget.card.result": ("Resultat", "Resultat"),
    "budget.card.projects": ("Andel til prosjekter", "Del til prosjekt"),
    "budget.card.actual": ("Regnskap så langt: {amount}", "Rekneskap så langt: {amount}"),
    "budget.card.projects_actual": ("Av regnskapet så langt: {share}", "Av rekneskapen så langt: {share}"),
    # charts
    "budget.chart.budget": ("Budsjett", "Budsjett"),
    "budget.chart.actual": ("Regnskap", "Rekneskap"),
    "budget.chart.income_title": (
        "Inntekter: {actual} av {budget} er kommet inn ({share})",
        "Inntekter: {actual} av {budget} er komne inn ({share})",
    ),
    "budget.chart.expense_title": (
        "Utgifter: {actual} av {budget} er brukt ({share})",
        "Utgifter: {actual} av {budget} er brukte ({share})",
    ),
    "budget.chart.title_plain": ("{kind}: budsjett og regnskap", "{kind}: budsjett og rekneskap"),
    "budget.chart.computed_mark": ("{line} (utregnet)", "{line} (utrekna)"),
    # projects
    "budget.projects_heading": ("Prosjektene i budsjettet", "Prosjekta i budsjettet"),
    "budget.projects_intro": (
        "Budsjettposter som gjelder et prosjekt, ved siden av prosjektets eget budsjett og innvilget ekstern finansiering "
        "fra prosjektlisten.",
        "Budsjettpostar som gjeld eit prosjekt, ved sida av det eigne budsjettet til prosjektet og innvilga ekstern "
        "finansiering frå prosjektlista.",
    ),
    "budget.projects_none": ("Ingen budsjettposter gjelder et prosjekt.", "Ingen budsjettpostar gjeld eit prosjekt."),
    "budget.col.line": ("Post", "Post"),
    "budget.col.type": ("Type", "Type"),
    "budget.col.budget": ("Budsjett", "Budsjett"),
    "budget.col.actual": ("Regnskap", "Rekneskap"),
    "budget.col.deviation": ("Regnskap − budsjett", "Rekneskap − budsjett"),
    "budget.col.project": ("Prosjekt", "Prosjekt"),
    "budget.col.computed": ("Utregnet", "Utrekna"),
    "budget.col.project_budget": ("Prosjektets budsjett", "Budsjettet til prosjektet"),
    "budget.col.project_status": ("Prosjektstatus", "Prosjektstatus"),
    "budget.col.granted": ("Ekstern finansiering innvilget", "Ekstern finansiering innvilga"),
    "budget.table": ("Alle budsjettposter {year}", "Alle budsjettpostar {year}"),
    "budget.file": ("budsjett-{year}", "budsjett-{year}"),
    "budget.sum_income": ("Sum inntekter", "Sum inntekter"),
    "budget.sum_expense": ("Sum utgifter", "Sum utgifter"),
    "budget.sum_result": ("Resultat", "Resultat"),
}
