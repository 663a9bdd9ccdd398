"""The dues page (Kontingent): headline, payment status, charts, map and table."""

TEXTS = {
    # headline
    "dues.headline": (
        "Kontingent {year}: {total} fra {count} kommuner — kr {rate} per innbygger × folketall per {population_date}, "
        "forfall {due_date}. {payments}",
        "Kontingent {year}: {total} frå {count} kommunar — kr {rate} per innbyggjar × folketal per {population_date}, "
        "forfall {due_date}. {payments}",
    ),
    "dues.headline.paid": ("{count} har betalt", "{count} har betalt"),
    "dues.headline.paid_late": ("{count} har betalt ({late} etter forfall)", "{count} har betalt ({late} etter forfall)"),
    "dues.headline.partly": ("{count} har betalt delvis", "{count} har betalt delvis"),
    "dues.headline.unpaid": ("{count} har ikke betalt", "{count} har ikkje betalt"),
    "dues.headline.missing": ("{count} mangler folketall", "{count} manglar folketal"),
    "dues.headline.no_payments": ("Ingen innbetalinger er registrert.", "Ingen innbetalingar er registrerte."),
    "dues.headline.empty": (
        "Kontingent {year}: kan ikke regnes ut ennå — folketall per {population_date} mangler.",
        "Kontingent {year}: kan ikkje reknast ut enno — folketal per {population_date} manglar.",
    ),
    "dues.rule": ("Regel brukt: {rule}.", "Regel brukt: {rule}."),
    "dues.notice.rule": ("Utmeldingsdatoen følger {rule}.", "Utmeldingsdatoen følgjer {rule}."),
    "dues.rule_basis": (
        "{rate_rule}; folketall per {population_date}: {population_rule}; forfall {due_date}: {due_rule}",
        "{rate_rule}; folketal per {population_date}: {population_rule}; forfall {due_date}: {due_rule}",
    ),
    "dues.rule_missing": (
        "Kontingenten for {year} kan ikke regnes ut: {error} Koordinator kan legge inn regelen på siden Koordinator.",
        "Kontingenten for {year} kan ikkje reknast ut: {error} Koordinatoren kan leggje inn regelen på sida Koordinator.",
    ),
    "dues.empty_population": ("folketall per {date} (SSB-tabell 07459)", "folketal per {date} (SSB-tabell 07459)"),
    "dues.empty_payments": ("innbetalinger for {year}", "innbetalingar for {year}"),
    "dues.partly_missing": (
        "Folketall per {date} mangler for {names}. De er ikke med i summen.",
        "Folketal per {date} manglar for {names}. Dei er ikkje med i summen.",
    ),
    # members who leave
    "dues.notice.leaving": (
        "{municipality} sa opp medlemskapet {notice} og går ut {leaving}.",
        "{municipality} sa opp medlemskapet {notice} og går ut {leaving}.",
    ),
    "dues.notice.leaving_year": (
        "{municipality} sa opp medlemskapet {notice} og går ut {leaving}. Kontingenten for {year} skal likevel "
        "betales, fordi den forfaller {due_date}, før uttreden.",
        "{municipality} sa opp medlemskapet {notice} og går ut {leaving}. Kontingenten for {year} skal likevel "
        "betalast, fordi han forfell {due_date}, før uttreden.",
    ),
    "dues.notice.left": (
        "{municipality} gikk ut {leaving} (oppsagt {notice}) og betaler ikke kontingent for {year}.",
        "{municipality} gjekk ut {leaving} (sagt opp {notice}) og betaler ikkje kontingent for {year}.",
    ),
    # payment status
    "dues.status.heading": ("Betalingsstatus {year}", "Betalingsstatus {year}"),
    "dues.status.per_date": ("Per {date}.", "Per {date}."),
    "dues.status.betalt": ("betalt", "betalt"),
    "dues.status.betalt_etter_forfall": ("betalt etter forfall", "betalt etter forfall"),
    "dues.status.delvis_betalt": ("delvis betalt", "delvis betalt"),
    "dues.status.ikke_betalt": ("ikke betalt", "ikkje betalt"),
    "dues.status.forfalt": ("forfalt, ikke betalt", "forfalle, ikkje betalt"),
    "dues.status.mangler_folketall": ("mangler folketall", "manglar folketal"),
    "dues.status.count": ("{count} kommuner", "{count} kommunar"),
    "dues.status.count_one": ("1 kommune", "1 kommune"),
    "dues.status.owing": ("{municipality} ({amount})", "{municipality} ({amount})"),
    "dues.status.partly_detail": ("{municipality} (betalt {paid} av {amount})", "{municipality} (betalt {paid} av {amount})"),
    "dues.status.late_detail": ("{municipality} (betalt {date})", "{municipality} (betalt {date})"),
    # charts
    "dues.chart.top_two": (
        "{first} og {second} betaler {share} av kontingenten for {year}",
        "{first} og {second} betaler {share} av kontingenten for {year}",
    ),
    "dues.chart.only_one": ("{first} betaler hele kontingenten for {year}", "{first} betaler heile kontingenten for {year}"),
    "dues.chart.leaves": ("går ut {date}", "går ut {date}"),
    "dues.chart.amount_axis": ("Kontingent (kr)", "Kontingent (kr)"),
    "dues.chart.region_title": (
        "{region} betaler mest: {share} av kontingenten for {year}",
        "{region} betaler mest: {share} av kontingenten for {year}",
    ),
    "dues.chart.region_label": ("{share} · {amount}", "{share} · {amount}"),
    "dues.chart.years_up": (
        "Kontingenten har økt fra {first} i {first_year} til {last} i {last_year}",
        "Kontingenten har auka frå {first} i {first_year} til {last} i {last_year}",
    ),
    "dues.chart.years_down": (
        "Kontingenten har gått ned fra {first} i {first_year} til {last} i {last_year}",
        "Kontingenten har gått ned frå {first} i {first_year} til {last} i {last_year}",
    ),
    "dues.chart.years_flat": (
        "Kontingenten er {last} i {last_year}, som i {first_year}",
        "Kontingenten er {last} i {last_year}, som i {first_year}",
    ),
    "dues.chart.years_label": (
        "{amount} = kr {rate} × {population} innb. per {date}",
        "{amount} = kr {rate} × {population} innb. per {date}",
    ),
    "dues.chart.hover_amount": ("Kontingent", "Kontingent"),
    "dues.chart.hover_paid": ("Betalt", "Betalt"),
    "dues.chart.hover_share": ("Del", "Del"),
    "dues.chart.hover_municipalities": ("Kommuner", "Kommunar"),
    # map
    "dues.map.measure": ("Farge etter", "Farge etter"),
    "dues.map.amount": ("Kontingent", "Kontingent"),
    "dues.map.population": ("Folketall", "Folketal"),
    "dues.map.title_amount": (
        "Kontingent {year}: {municipality} betaler mest ({value})",
        "Kontingent {year}: {municipality} betaler mest ({value})",
    ),
    "dues.map.title_population": (
        "Folketall per {date}: {municipality} er størst ({value})",
        "Folketal per {date}: {municipality} er størst ({value})",
    ),
    "dues.map.missing": ("mangler folketall", "manglar folketal"),
    "dues.map.credit": ("Kommunegrenser © Kartverket (CC BY 4.0)", "Kommunegrenser © Kartverket (CC BY 4.0)"),
    # sections and table
    "dues.section.charts": ("Fordeling og utvikling", "Fordeling og utvikling"),
    "dues.section.table": ("Kontingent per kommune {year}", "Kontingent per kommune {year}"),
    "dues.col.rate": ("Sats per innbygger", "Sats per innbyggjar"),
    "dues.col.amount": ("Kontingent", "Kontingent"),
    "dues.col.paid": ("Betalt", "Betalt"),
    "dues.col.last_paid": ("Sist betalt", "Sist betalt"),
    "dues.col.leaving": ("Går ut", "Går ut"),
    "dues.file_stem": ("kontingent-{year}", "kontingent-{year}"),
}
