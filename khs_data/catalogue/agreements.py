"""Avtalen: the agreement, its amendments and each member's approval; the approvals upload."""

TEXTS = {
    "page.avtalen": ("Avtalen", "Avtalen"),
    # -- the kinds on the coordinator's page and in the templates -------------------------------
    "coord.kind.approvals": ("Vedtak av avtalen", "Vedtak av avtalen"),
    "coord.kind.agreements": ("Avtaler og endringer", "Avtalar og endringar"),
    "coord.template.about.approvals": (
        "Hver kommunes vedtak av samarbeidsavtalen eller en endring av den: avtale, kommune, vedtatt dato og av hvem. "
        "Et nytt avtalenavn blir en ny endring, som du gir gyldighet under «Avtaler».",
        "Kvar kommune sitt vedtak av samarbeidsavtalen eller ei endring av han: avtale, kommune, vedteken dato og av kven. "
        "Eit nytt avtalenamn blir ei ny endring, som du gir gyldigheit under «Avtalar».",
    ),
    "coord.template.values_agreement": (
        "Navnet på avtalen eller endringen, for eksempel «Samarbeidsavtalen 2019–2023».",
        "Namnet på avtalen eller endringa, til dømes «Samarbeidsavtalen 2019–2023».",
    ),
    "coord.template.values_time": ("Klokkeslett tt:mm, for eksempel 10:00.", "Klokkeslett tt:mm, til dømes 10:00."),
    "coord.field.approvals.agreement": (
        "Avtalen eller endringen som er vedtatt. Et navn dashbordet ikke kjenner fra før, blir en ny endring.",
        "Avtalen eller endringa som er vedteken. Eit namn dashbordet ikkje kjenner frå før, blir ei ny endring.",
    ),
    "coord.field.approvals.municipality": ("Kommunen som har vedtatt avtalen.", "Kommunen som har vedteke avtalen."),
    "coord.field.approvals.approved_date": (
        "Datoen for vedtaket. Kan ikke ligge etter dagens dato.",
        "Datoen for vedtaket. Kan ikkje liggje etter dagens dato.",
    ),
    "coord.field.approvals.approved_by": (
        "Hvem som vedtok, for eksempel kommunestyret, bystyret eller kommunedirektøren.",
        "Kven som vedtok, til dømes kommunestyret, bystyret eller kommunedirektøren.",
    ),
    "coord.field.approvals.note": ("Saksnummer eller annen merknad.", "Saksnummer eller anna merknad."),
    "coord.field.agreements.name": ("Navnet på avtalen eller endringen.", "Namnet på avtalen eller endringa."),
    "coord.field.agreements.type": (
        "avtale (en hel samarbeidsavtale, som erstatter den forrige) eller endring (av avtalen som gjelder).",
        "avtale (ei heil samarbeidsavtale, som erstattar den førre) eller endring (av avtalen som gjeld).",
    ),
    "coord.field.agreements.valid_from": (
        "Første dag avtalen gjelder. Tom: fra dagen alle medlemmene har vedtatt den.",
        "Første dag avtalen gjeld. Tom: frå dagen alle medlemene har vedteke han.",
    ),
    "coord.field.agreements.valid_to": (
        "Siste dag i avtaleperioden. Tom: ingen sluttdato.",
        "Siste dag i avtaleperioden. Tom: ingen sluttdato.",
    ),
    "coord.field.agreements.until_replaced": (
        "ja: avtalen gjelder etter perioden, inntil en ny avtale er vedtatt av alle.",
        "ja: avtalen gjeld etter perioden, inntil ei ny avtale er vedteken av alle.",
    ),
    "coord.field.agreements.note": ("Kilde eller merknad.", "Kjelde eller merknad."),
    "coord.field.meetings.start_time": (
        "Når møtet starter (tt:mm). Tom: heldagsoppføring i kalenderen.",
        "Når møtet startar (tt:mm). Tom: heildagsoppføring i kalenderen.",
    ),
    "coord.field.meetings.end_time": ("Når møtet slutter (tt:mm).", "Når møtet sluttar (tt:mm)."),
    "coord.tab.agreements": ("Avtaler", "Avtalar"),
    "coord.recognised.created": ("Nye {kind}: {names}", "Nye {kind}: {names}"),
    "coord.agreements.intro": (
        "Samarbeidsavtalen og endringene av den, med gyldighet. En endring gjelder først når alle medlemmene har vedtatt den "
        "(«Alle endringer i denne avtalen krever enstemmighet»). Vedtakene lastes opp som regneark («Vedtak av avtalen»).",
        "Samarbeidsavtalen og endringane av han, med gyldigheit. Ei endring gjeld først når alle medlemene har vedteke ho "
        "(«Alle endringer i denne avtalen krever enstemmighet»). Vedtaka blir lasta opp som rekneark («Vedtak av avtalen»).",
    ),
    # -- the agreement's state ----------------------------------------------------------------------
    "agreement.type.avtale": ("avtale", "avtale"),
    "agreement.type.endring": ("endring", "endring"),
    "agreement.period": ("Gyldig {start}–{end}", "Gyldig {start}–{end}"),
    "agreement.period_open": ("Gyldig fra {start}", "Gyldig frå {start}"),
    "agreement.period_unanimity": ("Gyldig fra dagen alle medlemmene har vedtatt den", "Gyldig frå dagen alle medlemene har vedteke ho"),
    "agreement.until_replaced": (", eller inntil ny avtale foreligger", ", eller inntil ny avtale ligg føre"),
    "agreement.count": ("{approved} av {members} har vedtatt", "{approved} av {members} har vedteke"),
    "agreement.missing": ("mangler: {names}", "manglar: {names}"),
    "agreement.state.in_force": ("I kraft fra {date}.", "I kraft frå {date}."),
    "agreement.state.pending": ("Ikke i kraft: alle medlemmene må vedta den.", "Ikkje i kraft: alle medlemene må vedta ho."),
    "agreement.state.waiting": ("Ikke i kraft ennå: gjelder fra {date}.", "Ikkje i kraft enno: gjeld frå {date}."),
    "agreement.state.ended": ("Gjaldt {start}–{end}.", "Gjaldt {start}–{end}."),
    "agreement.newcomer": ("medlem fra {date}", "medlem frå {date}"),
    "agreement.headline": ("Per {date}: {items}", "Per {date}: {items}"),
    "agreement.headline_item": ("{name}: {count}. {state}", "{name}: {count}. {state}"),
    "agreement.headline_empty": ("Ingen avtaler er registrert.", "Ingen avtalar er registrerte."),
    "agreement.on_date": ("Per dato", "Per dato"),
    "agreement.col.approved_date": ("Vedtatt dato", "Vedteke dato"),
    "agreement.col.approved_by": ("Vedtatt av", "Vedteke av"),
    "agreement.col.state": ("Vedtak", "Vedtak"),
    "agreement.approved": ("vedtatt", "vedteke"),
    "agreement.not_approved": ("mangler", "manglar"),
    "agreement.chart.title": (
        "{unanimous} av {count} avtaler og endringer er vedtatt av alle",
        "{unanimous} av {count} avtalar og endringar er vedtekne av alle",
    ),
    "agreement.chart.approved": ("Vedtatt", "Vedteke"),
    "agreement.chart.missing": ("Mangler", "Manglar"),
    "agreement.chart.hover": ("{name}<br>{count}", "{name}<br>{count}"),
    "agreement.note": (
        "Avtalen vedtas i det årlige ordfører- og rådmannsmøtet og av hver kommune. «Alle endringer i denne avtalen krever "
        "enstemmighet blant kommunene»: en endring er i kraft først når alle som er medlemmer den dagen, har vedtatt den. "
        "En kommune som blir medlem senere, vedtar avtalen som gjelder da.",
        "Avtalen blir vedteken i det årlege ordførar- og rådmannsmøtet og av kvar kommune. «Alle endringer i denne avtalen "
        "krever enstemmighet blant kommunene»: ei endring er i kraft først når alle som er medlemer den dagen, har vedteke ho. "
        "Ein kommune som blir medlem seinare, vedtek avtalen som gjeld då.",
    ),
    "agreement.what": ("vedtak av avtalen (regnearket «Vedtak av avtalen»)", "vedtak av avtalen (reknearket «Vedtak av avtalen»)"),
    "agreement.file": ("vedtak-{name}", "vedtak-{name}"),
    # -- the command line ----------------------------------------------------------------------------
    "agreement.cli_help": ("avtalen og endringene: hvem har vedtatt, og hva er i kraft", "avtalen og endringane"),
    "agreement.cli_heading": ("Avtalen per {date}:", "Avtalen per {date}:"),
}
