"""Lag eksempeldataene i data/sample/ (regenererbart, deterministisk).

Kjør fra prosjektroten:  python tools/make_sample_data.py

Filene er på samme form som koordinatoren laster opp (xlsx fra Excel, csv slik norsk
Excel lagrer «CSV UTF-8»: BOM, semikolon, dd.mm.åååå, CRLF). Bare standardbiblioteket og
openpyxl brukes. Folketallene for 1.1.2025 er fra offentlige kilder (SSB 07459, ikke
verifisert); alt annet (personer, møter, prosjekter, innbetalinger, andre års folketall)
er oppdiktet og merket slik i en tittelrad over overskriftsraden.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

# ---------------------------------------------------------------------------
# Konstanter
# ---------------------------------------------------------------------------

OUT_DIR = Path(__file__).resolve().parent.parent / "data" / "sample"
TODAY = date(2026, 11, 23)  # «i dag» i eksempeldataene
FIXED_ZIP_TIME = (2026, 11, 23, 12, 0, 0)  # gir byte-like xlsx-filer ved hver kjøring
FIXED_DOC_TIME = "2026-11-23T12:00:00Z"
DUES_RATE = 3  # kr per innbygger
MEMBER_SINCE = date(2019, 1, 1)
TITLE_ROWS = 2  # xlsx: tittel i rad 1, tom rad 2, overskrift i rad 3

# (kommunenummer fra 2024, navn, styreregion, LSU-område, folketall 1.1.2025, årlig endring)
MUNICIPALITIES = [
    (3203, "Asker", "Asker", "Asker", 98815, 0.011),
    (3201, "Bærum", "Bærum", "Bærum", 130921, 0.009),
    (3301, "Drammen", "Drammensområdet", "Drammensregionen", 104487, 0.010),
    (3312, "Lier", "Drammensområdet", "Drammensregionen", 28470, 0.012),
    (3314, "Øvre Eiker", "Drammensområdet", "Drammensregionen", 20779, 0.008),
    (3303, "Kongsberg", "Kongsbergregionen", "Kongsbergregionen", 28848, 0.007),
    (3334, "Flesberg", "Kongsbergregionen", "Kongsbergregionen", 2781, 0.003),
    (3336, "Rollag", "Kongsbergregionen", "Kongsbergregionen", 1395, -0.004),
    (3338, "Nore og Uvdal", "Kongsbergregionen", "Kongsbergregionen", 2486, -0.006),
    (3316, "Modum", "Midt-Buskerud", "Ringeriksregionen", 14665, 0.004),
    (3332, "Sigdal", "Midt-Buskerud", "Ringeriksregionen", 3526, -0.002),
    (3318, "Krødsherad", "Midt-Buskerud", "Ringeriksregionen", 2241, -0.003),
    (3305, "Ringerike", "Ringeriksregionen", "Ringeriksregionen", 31581, 0.006),
    (3310, "Hole", "Ringeriksregionen", "Ringeriksregionen", 6989, 0.005),
    (3236, "Jevnaker", "Ringeriksregionen", "Ringeriksregionen", 7037, 0.004),
    (3320, "Flå", "Hallingdal", "Hallingdalsregionen", 1115, -0.005),
    (3322, "Nesbyen", "Hallingdal", "Hallingdalsregionen", 3301, -0.001),
    (3324, "Gol", "Hallingdal", "Hallingdalsregionen", 4986, 0.0),
    (3326, "Hemsedal", "Hallingdal", "Hallingdalsregionen", 2666, 0.009),
    (3328, "Ål", "Hallingdal", "Hallingdalsregionen", 5007, 0.0),
    (3330, "Hol", "Hallingdal", "Hallingdalsregionen", 4496, -0.004),
]
POP_2025_SUM = 506592
POP_YEARS = range(2018, 2027)
# Små svingninger rundt den årlige endringen, så seriene ikke blir helt glatte.
WOBBLE = (0.0, 0.0015, -0.001, 0.0005, -0.0015)
# Gol og Ål ligger ved grensen 5 000: «liten kommune» skifter med året.
POP_OVERRIDES = {
    "Gol": {2018: 4951, 2019: 4962, 2020: 4975, 2021: 4983, 2022: 4996, 2023: 5004, 2024: 5001, 2025: 4986, 2026: 4979},
    "Ål": {2018: 5061, 2019: 5047, 2020: 5032, 2021: 5020, 2022: 5012, 2023: 5003, 2024: 4998, 2025: 5007, 2026: 5015},
}
NOTICE_GIVEN = {"Flå": date(2026, 9, 15)}  # OPPDIKTET oppsigelse

# Møter: (dato, organ, tittel, status, sted, merknad). Status None = tom celle.
SS, ORM, ORM_ALIAS, DM = ("Samarbeidsstyret", "Ordfører- og rådmannsmøtet", "Ordfører- og kommunedirektørmøtet", "Dialogmøtet")
MEETINGS = [
    # 2019: styret 5, ORM 1, dialog 1
    (date(2019, 2, 12), SS, "Styremøte 1/2019 – konstituering", "avholdt", "Bærum rådhus, Sandvika", "Oppdiktede eksempelmøter"),
    (date(2019, 4, 9), SS, "Styremøte 2/2019", "avholdt", "Drammen rådhus", ""),
    (
        date(2019, 5, 23),
        ORM,
        "Ordfører- og rådmannsmøte 2019",
        "avholdt",
        "Vestre Viken, Drammen sykehus",
        "Samarbeidsavtalen 2019–2023 vedtatt",
    ),
    (date(2019, 6, 11), SS, "Styremøte 3/2019", None, "Kongsberg rådhus", ""),
    (date(2019, 9, 17), SS, "Styremøte 4/2019", "avholdt", "Hønefoss, Ringerike rådhus", ""),
    (date(2019, 10, 24), DM, "Dialogmøte med styret i Vestre Viken 2019", "avholdt", "Vestre Viken, Drammen sykehus", ""),
    (date(2019, 11, 26), SS, "Styremøte 5/2019 – handlingsplan 2020", "avholdt", "Gol kommunehus", ""),
    # 2020: styret 3 avholdt + 1 avlyst (under minimum), ORM 1 (digitalt), dialog avlyst
    (date(2020, 2, 11), SS, "Styremøte 1/2020", "avholdt", "Asker rådhus", ""),
    (date(2020, 3, 24), SS, "Styremøte 2/2020", "avlyst", "Bærum rådhus, Sandvika", "Avlyst på grunn av koronapandemien"),
    (date(2020, 5, 28), ORM, "Ordfører- og rådmannsmøte 2020", "avholdt", "Digitalt (Teams)", "Digitalt møte"),
    (date(2020, 9, 8), SS, "Styremøte 3/2020", "avholdt", "Digitalt (Teams)", "Digitalt møte"),
    (
        date(2020, 10, 22),
        DM,
        "Dialogmøte med styret i Vestre Viken 2020",
        "avlyst",
        "Vestre Viken, Drammen sykehus",
        "Avlyst på grunn av koronapandemien",
    ),
    (date(2020, 11, 24), SS, "Styremøte 4/2020", "avholdt", "Digitalt (Teams)", "Digitalt møte"),
    # 2021: styret 4, INGEN ORM, dialog 1
    (date(2021, 2, 9), SS, "Styremøte 1/2021", "avholdt", "Digitalt (Teams)", "Digitalt møte"),
    (date(2021, 4, 20), SS, "Styremøte 2/2021", None, "Digitalt (Teams)", ""),
    (date(2021, 9, 14), SS, "Styremøte 3/2021", "avholdt", "Modum rådhus, Vikersund", ""),
    (date(2021, 10, 28), DM, "Dialogmøte med styret i Vestre Viken 2021", "avholdt", "Vestre Viken, Bærum sykehus", ""),
    (date(2021, 11, 23), SS, "Styremøte 4/2021", "avholdt", "Lier rådhus, Lierbyen", ""),
    # 2022: styret 5, ORM 1, dialog 1
    (date(2022, 2, 8), SS, "Styremøte 1/2022", "avholdt", "Drammen rådhus", ""),
    (date(2022, 4, 5), SS, "Styremøte 2/2022", "avholdt", "Kongsberg rådhus", ""),
    (date(2022, 5, 19), ORM, "Ordfører- og rådmannsmøte 2022", None, "Vestre Viken, Drammen sykehus", ""),
    (date(2022, 6, 14), SS, "Styremøte 3/2022", "avholdt", "Ål kulturhus", ""),
    (date(2022, 9, 20), SS, "Styremøte 4/2022", "avholdt", "Bærum rådhus, Sandvika", ""),
    (date(2022, 10, 27), DM, "Dialogmøte med styret i Vestre Viken 2022", "avholdt", "Vestre Viken, Ringerike sykehus", ""),
    (date(2022, 11, 29), SS, "Styremøte 5/2022", "avholdt", "Hønefoss, Ringerike rådhus", ""),
    # 2023: styret bare 3 (under minimum), ORM 1, dialog 1
    (date(2023, 2, 14), SS, "Styremøte 1/2023 – ny styreperiode", "avholdt", "Hønefoss, Ringerike rådhus", ""),
    (date(2023, 5, 25), ORM, "Ordfører- og rådmannsmøte 2023", "avholdt", "Vestre Viken, Drammen sykehus", ""),
    (date(2023, 6, 13), SS, "Styremøte 2/2023", None, "Flesberg kommunehus, Lampeland", ""),
    (date(2023, 10, 26), DM, "Dialogmøte med styret i Vestre Viken 2023", "avholdt", "Vestre Viken, Kongsberg sykehus", ""),
    (date(2023, 11, 28), SS, "Styremøte 3/2023", "avholdt", "Asker rådhus", ""),
    # 2024: styret 4, ORM 1 (skrevet med nytt navn), dialog 1
    (date(2024, 2, 13), SS, "Styremøte 1/2024", "avholdt", "Drammen rådhus", ""),
    (date(2024, 4, 16), SS, "Styremøte 2/2024", "avholdt", "Vestre Viken, Bærum sykehus", ""),
    (date(2024, 5, 30), ORM_ALIAS, "Ordfører- og kommunedirektørmøte 2024", "avholdt", "Vestre Viken, Drammen sykehus", ""),
    (date(2024, 9, 17), SS, "Styremøte 3/2024", "avholdt", "Gol kommunehus", ""),
    (date(2024, 10, 24), DM, "Dialogmøte med styret i Vestre Viken 2024", "avholdt", "Vestre Viken, Drammen sykehus", ""),
    (date(2024, 11, 26), SS, "Styremøte 4/2024", "avholdt", "Hønefoss, Ringerike rådhus", ""),
    # 2025: styret 5, ORM 1, dialog 1
    (date(2025, 2, 11), SS, "Styremøte 1/2025", "avholdt", "Kongsberg rådhus", ""),
    (date(2025, 4, 8), SS, "Styremøte 2/2025", "avholdt", "Asker rådhus", ""),
    (date(2025, 5, 22), ORM, "Ordfører- og rådmannsmøte 2025", "avholdt", "Vestre Viken, Drammen sykehus", ""),
    (date(2025, 6, 10), SS, "Styremøte 3/2025", "avholdt", "Sigdal kommunehus, Prestfoss", ""),
    (date(2025, 9, 16), SS, "Styremøte 4/2025", "avholdt", "Bærum rådhus, Sandvika", ""),
    (date(2025, 10, 23), DM, "Dialogmøte med styret i Vestre Viken 2025", "avholdt", "Vestre Viken, Bærum sykehus", ""),
    (date(2025, 11, 25), SS, "Styremøte 5/2025", "avholdt", "Drammen rådhus", ""),
    # 2026: styret 3 avholdt + 1 planlagt (kan fortsatt nå minimum), ORM 1, dialog 1
    (date(2026, 2, 10), SS, "Styremøte 1/2026", "avholdt", "Hønefoss, Ringerike rådhus", ""),
    (date(2026, 4, 21), SS, "Styremøte 2/2026", "avholdt", "Gol kommunehus", ""),
    (date(2026, 5, 28), ORM_ALIAS, "Ordfører- og kommunedirektørmøte 2026", "avholdt", "Vestre Viken, Drammen sykehus", ""),
    (date(2026, 9, 15), SS, "Styremøte 3/2026", "avholdt", "Lier rådhus, Lierbyen", ""),
    (date(2026, 10, 22), DM, "Dialogmøte med styret i Vestre Viken 2026", "avholdt", "Vestre Viken, Ringerike sykehus", ""),
    (date(2026, 12, 10), SS, "Styremøte 4/2026 – handlingsplan 2027", "planlagt", "Bærum rådhus, Sandvika", ""),
    # tidlig 2027: planlagt
    (date(2027, 2, 9), SS, "Styremøte 1/2027 – konstituering", "planlagt", "Drammen rådhus", "Nye styremedlemmer fra 01.01.2027"),
    (date(2027, 3, 18), ORM_ALIAS, "Ordfører- og kommunedirektørmøte 2027", "planlagt", "Vestre Viken, Drammen sykehus", ""),
    (date(2027, 4, 13), SS, "Styremøte 2/2027", "planlagt", "Kongsberg rådhus", ""),
]

# Klokkeslett (fra, til) for møtene der det er kjent; de andre blir heldagsoppføringer i kalenderen.
MEETING_TIMES = {
    date(2026, 2, 10): (time(10, 0), time(14, 0)),
    date(2026, 4, 21): (time(10, 0), time(14, 0)),
    date(2026, 5, 28): (time(9, 30), time(15, 30)),
    date(2026, 9, 15): (time(10, 0), time(14, 0)),
    date(2026, 10, 22): (time(12, 0), time(16, 0)),
    date(2026, 12, 10): (time(10, 0), time(14, 0)),
    date(2027, 2, 9): (time(10, 0), None),
    date(2027, 3, 18): (time(9, 30), time(15, 30)),
}

# Styreperioder: (person, kommune, rolle, fra, til). til None = tom celle.
# Alle personene er OPPDIKTET.
D = date
BOARD_TERMS = [
    # Asker
    ("Marte Prøvestad", "Asker", "medlem", D(2019, 1, 1), D(2020, 12, 31)),
    ("Marte Prøvestad", "Asker", "medlem", D(2021, 1, 1), D(2022, 12, 31)),
    ("Sindre Prøvelien", "Asker", "medlem", D(2023, 1, 1), D(2024, 12, 31)),  # 2 år, kortere enn regelen
    ("Hilde Modellvik", "Asker", "medlem", D(2025, 1, 1), None),  # tom «Periode til»
    # Bærum: leder 2019–2022
    ("Hans Eksempelsen", "Bærum", "leder", D(2019, 1, 1), D(2020, 12, 31)),
    ("Hans Eksempelsen", "Bærum", "leder", D(2021, 1, 1), D(2022, 12, 31)),
    ("Nina Skissebø", "Bærum", "medlem", D(2023, 1, 1), D(2026, 12, 31)),
    # Drammensområdet
    ("Liv Demoberg", "Drammen", "medlem", D(2019, 1, 1), D(2020, 12, 31)),
    ("Jonas Skisserud", "Lier", "medlem", D(2021, 1, 1), D(2023, 12, 31)),  # 3 år: bryter 2-årsregelen
    ("Eirik Utkastmo", "Drammen", "medlem", D(2024, 1, 1), D(2027, 12, 31)),
    # Kongsbergregionen: nestleder fra liten kommune hele tiden
    ("Solveig Fiktivdal", "Flesberg", "nestleder", D(2019, 1, 1), D(2020, 12, 31)),
    ("Solveig Fiktivdal", "Flesberg", "nestleder", D(2021, 1, 1), D(2022, 12, 31)),
    ("Solveig Fiktivdal", "Flesberg", "nestleder", D(2023, 1, 1), D(2026, 12, 31)),
    ("Solveig Fiktivdal", "Flesberg", "nestleder", D(2027, 1, 1), D(2030, 12, 31)),  # gjenvalgt
    # Midt-Buskerud: ledig fra 01.03.2026
    ("Arne Utkastvik", "Sigdal", "medlem", D(2019, 1, 1), D(2020, 12, 31)),
    ("Berit Malstad", "Modum", "medlem", D(2021, 1, 1), D(2022, 12, 31)),
    ("Turid Plassholder", "Krødsherad", "medlem", D(2023, 1, 1), D(2026, 2, 28)),
    # Ringeriksregionen: leder fra 2023
    ("Kari Testmo", "Ringerike", "medlem", D(2019, 1, 1), D(2020, 12, 31)),
    ("Kari Testmo", "Ringerike", "medlem", D(2021, 1, 1), D(2022, 12, 31)),
    ("Kari Testmo", "Ringerike", "leder", D(2023, 1, 1), D(2026, 12, 31)),
    ("Petter Oppdiktrud", "Hole", "medlem", D(2027, 1, 1), D(2030, 12, 31)),  # ny, allerede avtalt
    # Hallingdal
    ("Ole Øvelsrud", "Hemsedal", "medlem", D(2019, 1, 1), D(2020, 12, 31)),
    ("Guro Fiktivset", "Ål", "medlem", D(2021, 1, 1), D(2022, 12, 31)),
    ("Anders Prøvebakken", "Gol", "medlem", D(2023, 1, 1), D(2026, 12, 31)),
]

# Samhandlingsnettverket: (område, person, kommune, fra, til). Personene er OPPDIKTET.
NETWORK_SEATS = [
    ("Asker", "Mia Prøvesen", "Asker", D(2019, 1, 1), D(2022, 12, 31)),
    ("Asker", "Tone Eksempelhaug", "Asker", D(2023, 1, 1), None),
    ("Bærum", "Anders Fiktivmo", "Bærum", D(2019, 1, 1), None),
    ("Drammensregionen", "Hanne Utkastrud", "Lier", D(2019, 1, 1), D(2021, 6, 30)),
    ("Drammensregionen", "Sigrid Demostad", "Drammen", D(2021, 7, 1), None),
    ("Ringeriksregionen", "Lars Skissebakken", "Hole", D(2019, 1, 1), D(2020, 12, 31)),
    ("Ringeriksregionen", "Navn oppdateres", "", D(2021, 1, 1), None),  # ledig plass
    ("Kongsbergregionen", "Kjell Modellås", "Kongsberg", D(2019, 1, 1), D(2023, 8, 31)),
    ("Kongsbergregionen", "Ragnhild Testvold", "Nore og Uvdal", D(2023, 9, 1), None),
    ("Hallingdalsregionen", "Kristoffer Prøvebø", "Nesbyen", D(2019, 1, 1), None),
]

# Prosjekter (OPPDIKTET): navn, beskrivelse, initiert av, ansvarlig kommune, start, slutt,
# status, budsjett, ekstern søkt, ekstern innvilget, finansieringskilde (None = tom celle)
PROJECTS = [
    (
        "Felles utskrivningsrutiner",
        "Felles rutine for utskrivning av pasienter fra Vestre Viken til kommunale tjenester, med sjekkliste og opplæring.",
        "OSU",
        "Drammen",
        D(2019, 3, 1),
        D(2020, 12, 31),
        "avsluttet",
        450000,
        None,
        None,
        None,
    ),
    (
        "Korttidsplasser – felles kartlegging",
        "Kartlegging av kapasitet og bruk av korttidsplasser i medlemskommunene.",
        "Samarbeidsstyret",
        "Jevnaker",
        D(2020, 4, 1),
        D(2020, 11, 30),
        "avbrutt",
        200000,
        None,
        None,
        None,
    ),
    (
        "Digital hjemmeoppfølging av kronisk syke",
        "Utprøving av digital hjemmeoppfølging (målinger og videokonsultasjon) for pasienter med KOLS, diabetes og hjertesvikt.",
        "OSU",
        "Bærum",
        D(2021, 9, 1),
        D(2024, 6, 30),
        "avsluttet",
        3200000,
        2000000,
        1500000,
        "Helsedirektoratet",
    ),
    (
        "Aktivitet og frivillighet for personer med demens",
        "Aktivitetstilbud i samarbeid med frivillige lag i Midt-Buskerud.",
        "Samarbeidsstyret",
        "Modum",
        D(2022, 3, 1),
        D(2022, 10, 15),
        "avbrutt",
        300000,
        300000,
        0,
        "Stiftelsen Dam",
    ),
    (
        "Legevakt Hallingdal – kvalitetsløft",
        "Felles prosedyrer, simuleringstrening og avvikshåndtering i den interkommunale legevakten.",
        "Samarbeidsstyret",
        "Gol",
        D(2022, 1, 1),
        D(2023, 12, 31),
        "avsluttet",
        600000,
        400000,
        400000,
        "Statsforvalteren i Oslo og Viken",
    ),
    (
        "BPA – felles veileder for kommunene",
        "Veileder for tildeling og oppfølging av brukerstyrt personlig assistanse, utarbeidet i BPA-nettverket.",
        "Samarbeidsstyret",
        "Asker",
        D(2023, 2, 1),
        D(2025, 6, 30),
        "avsluttet",
        250000,
        None,
        None,
        None,
    ),
    (
        "Rehabilitering i hjemmet etter sykehusopphold",
        "Tverrfaglig hverdagsrehabilitering de første ukene etter utskrivning.",
        "OSU",
        "Kongsberg",
        D(2024, 3, 1),
        D(2026, 12, 31),
        "pågår",
        1800000,
        1200000,
        900000,
        "Helsedirektoratet",
    ),
    (
        "Kompetanseløft for helsefagarbeidere",
        "Felles opplæringsprogram i klinisk observasjon og legemiddelhåndtering for ansatte i hjemmetjenesten og sykehjem.",
        "Samarbeidsstyret",
        "Lier",
        D(2024, 9, 1),
        None,
        "pågår",
        2400000,
        2000000,
        1600000,
        "Statsforvalteren i Oslo og Viken",
    ),
    (
        "ØHD-senger – felles kvalitetsindikatorer",
        "Felles indikatorer og rapportering for kommunale akutte døgnplasser (KAD/ØHD).",
        "OSU",
        "Ringerike",
        D(2025, 1, 1),
        D(2027, 12, 31),
        "pågår",
        700000,
        None,
        None,
        None,
    ),
    (
        "Velferdsteknologi i små kommuner",
        "Felles innkjøp, drift og opplæring i velferdsteknologi for kommunene under 5 000 innbyggere.",
        "Samarbeidsstyret",
        "Flesberg",
        D(2025, 8, 1),
        None,
        "Pågår",
        1200000,
        1000000,
        750000,
        "Statsforvalteren i Oslo og Viken",
    ),
    (
        "Psykisk helse og rus – felles forløp ved utskrivning",
        "Pakkeforløp for overgangen fra psykisk helsevern til kommunale tjenester.",
        "OSU",
        "Øvre Eiker",
        D(2027, 1, 1),
        D(2028, 12, 31),
        "planlagt",
        900000,
        600000,
        None,
        "Helsedirektoratet",
    ),
    (
        "Digital legevaktformidling på tvers av regionene",
        "Felles digital løsning for legevaktformidling og ressursoversikt i Hallingdal, Ringerike og Kongsberg.",
        "Samarbeidsstyret",
        "Hol",
        D(2027, 3, 1),
        D(2029, 12, 31),
        "planlagt",
        5000000,
        3000000,
        None,
        "Helsedirektoratet",
    ),
]

# Innbetalinger: forfall 15.01. Beløp = DUES_RATE × folketall 1.1. året før.
PAY_DAY_ON_TIME = [6, 7, 8, 9, 10, 12, 13, 14, 15]  # januar-dager, brukes etter tur
LATE_2025 = {"Lier": D(2025, 2, 12), "Nesbyen": D(2025, 1, 29), "Krødsherad": D(2025, 2, 5)}
UNPAID_2026 = {"Hole", "Rollag"}
SPLIT_2026 = {"Jevnaker": (D(2026, 1, 10), D(2026, 3, 20))}

# Handlingsplan (OPPDIKTET): (år, fokusområde, tiltak, ansvarlig, frist, status, prosjekt, merknad).
# Per TODAY er to tiltak forfalt: ett som pågår etter fristen og ett som er utsatt.
HP, RK, DV, VV = (
    "Helhetlige pasientforløp",
    "Rekruttering og kompetanse",
    "Digitalisering og velferdsteknologi",
    "Samhandling med Vestre Viken",
)
ACTION_PLAN = [
    (2025, HP, "Kartlegge bruken av ØHD-senger", "Koordinator", D(2025, 6, 30), "fullført", "ØHD-senger – felles kvalitetsindikatorer", ""),
    (2025, HP, "Evaluere felles utskrivningsrutiner", "OSU-sekretariatet", D(2025, 10, 31), "fullført", "", ""),
    (
        2025,
        RK,
        "Starte kompetanseløftet for helsefagarbeidere",
        "Prosjektleder, Lier",
        D(2025, 3, 31),
        "fullført",
        "Kompetanseløft for helsefagarbeidere",
        "",
    ),
    (
        2025,
        DV,
        "Søke tilskudd til velferdsteknologi i små kommuner",
        "Koordinator",
        D(2025, 5, 1),
        "fullført",
        "Velferdsteknologi i små kommuner",
        "",
    ),
    (2025, DV, "Utrede felles journalløsning", "Samarbeidsstyret", D(2025, 12, 31), "avlyst", "", "Overlatt til Helsefellesskapet"),
    (2025, VV, "Ferdigstille BPA-veilederen", "Koordinator", D(2025, 6, 30), "fullført", "BPA – felles veileder for kommunene", ""),
    (2026, HP, "Revidere felles rutine for utskrivningsklare pasienter", "Koordinator", D(2026, 3, 31), "fullført", "", ""),
    (
        2026,
        HP,
        "Ta i bruk felles kvalitetsindikatorer for ØHD-senger i alle kommuner",
        "Prosjektleder, Ringerike",
        D(2026, 9, 30),
        "Pågår",
        "ØHD-senger – felles kvalitetsindikatorer",
        "Tre kommuner rapporterer ennå ikke",
    ),
    (
        2026,
        HP,
        "Hverdagsrehabilitering etter sykehusopphold i minst ti kommuner",
        "Prosjektleder, Kongsberg",
        D(2026, 12, 31),
        "pågår",
        "Rehabilitering i hjemmet etter sykehusopphold",
        "",
    ),
    (
        2026,
        RK,
        "Kompetanseløft: 150 helsefagarbeidere gjennom opplæringen",
        "Prosjektleder, Lier",
        D(2026, 12, 31),
        "pågår",
        "Kompetanseløft for helsefagarbeidere",
        "",
    ),
    (
        2026,
        RK,
        "Felles rekrutteringskampanje for sykepleiere",
        "Styreleder",
        D(2026, 6, 15),
        "utsatt",
        "",
        "Venter på regional kampanje fra Vestre Viken",
    ),
    (
        2026,
        DV,
        "Felles innkjøp av velferdsteknologi for små kommuner",
        "Prosjektleder, Flesberg",
        D(2026, 10, 1),
        "Fullført",
        "Velferdsteknologi i små kommuner",
        "",
    ),
    (
        2026,
        DV,
        "Kartlegge behovet for digital legevaktformidling",
        "Koordinator",
        D(2026, 12, 31),
        "ikke startet",
        "Digital legevaktformidling på tvers av regionene",
        "",
    ),
    (2026, VV, "Forberede dialogmøtet med styret i Vestre Viken", "Koordinator", D(2026, 10, 15), "fullført", "", ""),
    (2026, VV, "Innspill til revidert samarbeidsavtale", "Samarbeidsstyret", D(2026, 12, 31), "pågår", "", ""),
    (
        2026,
        VV,
        "Oppfølgingsmøte i BPA-nettverket med leverandørene",
        "Koordinator",
        D(2026, 4, 30),
        "avlyst",
        "",
        "Slått sammen med høstsamlingen",
    ),
]

# Budsjett og regnskap (OPPDIKTET): (år, post, type, budsjett, regnskap, prosjekt, merknad). Regnskap 2026 er per TODAY.
# Medlemskontingenten regnes ut i dashbordet; 2026-budsjettet oppgir likevel et avrundet tall, som sammenlignes.
BUDGET_LINES = [
    (2025, "Overført fra 2024", "inntekt", 120000, 120000, "", "Mindreforbruk 2024"),
    (2025, "Refusjon fra Vestre Viken HF, felles samlinger", "inntekt", 50000, 50000, "", ""),
    (2025, "Koordinatorstilling", "utgift", 1010000, 1004300, "", "Lønn og sosiale kostnader"),
    (2025, "Styremøter og Ordfører- og rådmannsmøtet", "utgift", 100000, 97600, "", ""),
    (2025, "Dialogmøtet og samlinger med Vestre Viken", "utgift", 55000, 48900, "", ""),
    (2025, "Reiser", "utgift", 45000, 39100, "", ""),
    (2025, "BPA-nettverket, oppfølgingsmøter", "utgift", 25000, 21700, "", ""),
    (2025, "Kontorhold og IT", "utgift", 30000, 29400, "", ""),
    (2025, "Prosjekt: rehabilitering i hjemmet", "utgift", 150000, 150000, "Rehabilitering i hjemmet etter sykehusopphold", "Egenandel"),
    (2025, "Prosjekt: kompetanseløft", "utgift", 150000, 150000, "Kompetanseløft for helsefagarbeidere", "Egenandel"),
    (2025, "Prosjekt: ØHD-indikatorer", "utgift", 50000, 50000, "ØHD-senger – felles kvalitetsindikatorer", "Egenandel"),
    (2025, "Prosjekt: velferdsteknologi", "utgift", 50000, 30000, "Velferdsteknologi i små kommuner", "Oppstart august"),
    (2026, "Medlemskontingent", "inntekt", 1520000, None, "", "Avrundet; dashbordet regner ut kr 3 × folketall"),
    (2026, "Overført fra 2025", "inntekt", 55000, 55000, "", "Mindreforbruk 2025"),
    (2026, "Tilskudd fra Statsforvalteren, velferdsteknologi", "inntekt", 250000, 250000, "Velferdsteknologi i små kommuner", ""),
    (2026, "Refusjon fra Vestre Viken HF, felles samlinger", "inntekt", 60000, 30000, "", ""),
    (2026, "Koordinatorstilling", "utgift", 1050000, 962500, "", "Lønn og sosiale kostnader"),
    (2026, "Styremøter og Ordfører- og rådmannsmøtet", "utgift", 110000, 88400, "", ""),
    (2026, "Dialogmøtet og samlinger med Vestre Viken", "utgift", 60000, 41200, "", ""),
    (2026, "Reiser", "utgift", 45000, 36900, "", ""),
    (2026, "BPA-nettverket, oppfølgingsmøter", "utgift", 25000, 12300, "", ""),
    (2026, "Kontorhold og IT", "utgift", 30000, 27800, "", ""),
    (2026, "Prosjekt: rehabilitering i hjemmet", "utgift", 200000, 185000, "Rehabilitering i hjemmet etter sykehusopphold", "Egenandel"),
    (2026, "Prosjekt: kompetanseløft", "utgift", 150000, 150000, "Kompetanseløft for helsefagarbeidere", "Egenandel"),
    (2026, "Prosjekt: ØHD-indikatorer", "utgift", 80000, 40000, "ØHD-senger – felles kvalitetsindikatorer", "Egenandel"),
    (2026, "Prosjekt: velferdsteknologi", "utgift", 110000, 98000, "Velferdsteknologi i små kommuner", "Egenandel og tilskudd"),
    (2026, "Uforutsett", "utgift", 20000, None, "", ""),
]
# Vedtak av avtalen (OPPDIKTET): alle 21 vedtok samarbeidsavtalen 2019–2023 høsten 2018. Endringen
# fra ordfører- og kommunedirektørmøtet 28.05.2026 (Samhandlingsnettverket inn i avtalen) er vedtatt
# av 17 kommuner; fire mangler, så den er ikke i kraft (enstemmighet).
AGREEMENT = "Samarbeidsavtalen 2019–2023"
AMENDMENT = "Endring 2026: Samhandlingsnettverket inn i avtalen"
AMENDMENT_MISSING = ("Flå", "Hole", "Rollag", "Sigdal")
APPROVED_BY = {"Drammen": "bystyret", "Asker": "kommunestyret", "Bærum": "kommunestyret"}


def approvals() -> list[list]:
    rows = []
    for i, (_, name, *_) in enumerate(MUNICIPALITIES):
        by = APPROVED_BY.get(name, "kommunestyret")
        rows.append([AGREEMENT, name, D(2018, 10, 16) + timedelta(weeks=i % 9), by, f"Sak {40 + i}/18"])
    for i, (_, name, *_) in enumerate(MUNICIPALITIES):
        if name not in AMENDMENT_MISSING:
            rows.append([AMENDMENT, name, D(2026, 6, 9) + timedelta(weeks=i % 17), by_whom(name, i), f"Sak {20 + i}/26"])
    for row in rows:
        assert row[2].weekday() < 5 and row[2] <= TODAY, row
    return rows


def by_whom(name: str, i: int) -> str:
    """Noen kommuner har delegert endringer til kommunedirektøren."""
    return "kommunedirektøren" if i % 5 == 3 else APPROVED_BY.get(name, "kommunestyret")


TITLES = {
    "kommuner": "KHS-medlemmer — eksempeldata. Oppsigelsen fra Flå er oppdiktet for å vise funksjonen.",
    "folketall": "Folketall 1. januar — EKSEMPELDATA: 2025-tallene er fra offentlige kilder (SSB 07459, ikke verifisert), andre år er illustrative",
    "moter": "KHS-møter 2019–2027 — eksempeldata. Alle møtene er oppdiktet.",
    "styret": "Samarbeidsstyret, styreperioder — eksempeldata. Personene er oppdiktet.",
    "nettverk": "Samhandlingsnettverket, representanter — eksempeldata. Personene er oppdiktet. «Navn oppdateres» betyr ledig plass.",
    "prosjekter": "KHS-prosjekter — eksempeldata. Prosjektene er oppdiktet.",
    "innbetalinger": "Innbetalt medlemskontingent — oppdiktede eksempeldata (kr 3 per innbygger, folketall 1.1. året før).",
    "handlingsplan": "Handlingsplan 2025–2026 — eksempeldata. Fokusområdene og tiltakene er oppdiktet.",
    "budsjett": "Budsjett og regnskap 2025–2026 — eksempeldata. Alle tallene er oppdiktet; kontingenten regnes ut i dashbordet.",
    "vedtak": "Kommunenes vedtak av samarbeidsavtalen og endringer — eksempeldata. Vedtakene er oppdiktet.",
}

# ---------------------------------------------------------------------------


def population() -> dict[str, dict[int, int]]:
    """Folketall per kommune og år (1. januar). 2025 = tallene fra DOMAIN.md."""
    result: dict[str, dict[int, int]] = {}
    for idx, (_, name, _, _, pop2025, rate) in enumerate(MUNICIPALITIES):
        if name in POP_OVERRIDES:
            result[name] = dict(POP_OVERRIDES[name])
            continue
        series = {2025: pop2025}
        value = float(pop2025)
        for year in range(2025, min(POP_YEARS), -1):  # bakover: 2024, 2023, ...
            value /= 1 + rate + WOBBLE[(idx + year) % len(WOBBLE)]
            series[year - 1] = round(value)
        value = float(pop2025)
        for year in range(2026, max(POP_YEARS) + 1):
            value *= 1 + rate + WOBBLE[(idx + year) % len(WOBBLE)]
            series[year] = round(value)
        result[name] = series
    return result


def nb_int(n: int) -> str:
    """1234567 -> '1 234 567' (vanlig mellomrom)."""
    return f"{n:,}".replace(",", " ")


def nb_date(d: date | None) -> str:
    return "" if d is None else d.strftime("%d.%m.%Y")


def write_csv(path: Path, title: str, header: list[str], rows: list[list[str]]) -> None:
    """Som norsk Excel «CSV UTF-8»: BOM, semikolon, CRLF, rader fylt ut til full bredde."""
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=";", lineterminator="\r\n")
    writer.writerow([title] + [""] * (len(header) - 1))
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buf.getvalue().encode("utf-8-sig"))


def write_xlsx(path: Path, sheet: str, title: str, header: list[str], rows: list[list], widths: list[int], formats: dict[int, str]) -> None:
    """Tittel i rad 1, tom rad 2, overskrift i rad 3; datoer som ekte Excel-datoer."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    ws.cell(row=1, column=1, value=title).font = Font(bold=True, size=13)
    for col, text in enumerate(header, start=1):
        ws.cell(row=TITLE_ROWS + 1, column=col, value=text).font = Font(bold=True)
    for r, row in enumerate(rows, start=TITLE_ROWS + 2):
        for c, value in enumerate(row, start=1):
            if value is None or value == "":
                continue
            cell = ws.cell(row=r, column=c, value=value)
            if isinstance(value, date):
                cell.number_format = "DD.MM.YYYY"
            elif isinstance(value, time):
                cell.number_format = "hh:mm"
            elif c - 1 in formats:
                cell.number_format = formats[c - 1]
    for c, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(row=1, column=c).column_letter].width = w
    ws.freeze_panes = ws.cell(row=TITLE_ROWS + 2, column=1)
    wb.properties.creator = "tools/make_sample_data.py"
    wb.properties.created = datetime(2026, 11, 23, 12, 0, 0)
    wb.save(path)
    _make_reproducible(path)


def _make_reproducible(path: Path) -> None:
    """Fast tidsstempel i zip-oppføringer og docProps/core.xml, så filene blir byte-like."""
    with zipfile.ZipFile(path) as zin:
        entries = [(info, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for info, data in entries:
            if info.filename == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", rf"\g<1>{FIXED_DOC_TIME}\g<3>", text)
                data = text.encode("utf-8")
            new = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            new.compress_type = zipfile.ZIP_DEFLATED
            new.external_attr = 0o644 << 16
            zout.writestr(new, data)


# ---------------------------------------------------------------------------


def make_kommuner() -> None:
    rows = [[num, name, region, lsu, MEMBER_SINCE, NOTICE_GIVEN.get(name)] for num, name, region, lsu, _, _ in MUNICIPALITIES]
    write_xlsx(
        OUT_DIR / "kommuner.xlsx",
        "Kommuner",
        TITLES["kommuner"],
        ["Kommunenummer", "Kommune", "Styreregion", "LSU-område", "Medlem fra", "Oppsigelse varslet"],
        rows,
        [16, 16, 20, 22, 13, 19],
        {0: "0"},
    )


def make_folketall(pop: dict[str, dict[int, int]]) -> None:
    rows = []
    i = 0
    for year in POP_YEARS:
        for num, name, *_ in MUNICIPALITIES:
            n = pop[name][year]
            rows.append([str(num), name, str(year), nb_int(n) if i % 2 == 0 else str(n)])
            i += 1
    write_csv(OUT_DIR / "folketall.csv", TITLES["folketall"], ["Kommunenummer", "Kommune", "År", "Folketall"], rows)


def make_moter() -> None:
    for d, *_ in MEETINGS:
        assert d.weekday() < 5, f"møte på helgedag: {d}"
    for d, _, _, status, _, _ in MEETINGS:
        if d > TODAY:
            assert status == "planlagt", d
        else:
            assert status in (None, "avholdt", "avlyst"), d
    rows = [[*m, *MEETING_TIMES.get(m[0], (None, None))] for m in sorted(MEETINGS, key=lambda m: m[0])]
    write_xlsx(
        OUT_DIR / "moter.xlsx",
        "Møter",
        TITLES["moter"],
        ["Dato", "Organ", "Tittel", "Status", "Sted", "Merknad", "Klokkeslett", "Til kl."],
        rows,
        [12, 34, 44, 11, 34, 44, 12, 10],
        {6: "hh:mm", 7: "hh:mm"},
    )


def make_styret() -> None:
    region_of = {m[1]: m[2] for m in MUNICIPALITIES}
    order = [m[2] for m in MUNICIPALITIES]
    rows = sorted((list(t) for t in BOARD_TERMS), key=lambda t: (t[3], order.index(region_of[t[1]])))
    write_xlsx(
        OUT_DIR / "styret.xlsx",
        "Styret",
        TITLES["styret"],
        ["Person", "Kommune", "Rolle", "Periode fra", "Periode til"],
        rows,
        [22, 14, 11, 13, 13],
        {},
    )


def make_nettverk() -> None:
    rows = [[area, person, kommune, nb_date(fra), nb_date(til)] for area, person, kommune, fra, til in NETWORK_SEATS]
    write_csv(OUT_DIR / "nettverk.csv", TITLES["nettverk"], ["Område", "Person", "Kommune", "Fra", "Til"], rows)


def make_prosjekter() -> None:
    for p in PROJECTS:
        applied, granted = p[8], p[9]
        assert 200_000 <= p[7] <= 5_000_000
        assert granted is None or (applied is not None and granted <= applied), p[0]
    rows = [list(p) for p in PROJECTS]
    money = "#,##0"
    write_xlsx(
        OUT_DIR / "prosjekter.xlsx",
        "Prosjekter",
        TITLES["prosjekter"],
        [
            "Prosjekt",
            "Beskrivelse",
            "Initiert av",
            "Ansvarlig kommune",
            "Start",
            "Slutt",
            "Status",
            "Budsjett",
            "Ekstern finansiering søkt",
            "Ekstern finansiering innvilget",
            "Finansieringskilde",
        ],
        rows,
        [44, 60, 17, 18, 12, 12, 11, 13, 14, 14, 32],
        {7: money, 8: money, 9: money},
    )


def make_vedtak() -> None:
    write_xlsx(
        OUT_DIR / "vedtak.xlsx",
        "Vedtak",
        TITLES["vedtak"],
        ["Avtale", "Kommune", "Vedtatt dato", "Vedtatt av", "Merknad"],
        approvals(),
        [48, 16, 14, 20, 12],
        {},
    )


def make_innbetalinger(pop: dict[str, dict[int, int]]) -> None:
    rows = []
    for year in (2025, 2026):
        for i, (_, name, *_) in enumerate(MUNICIPALITIES):
            amount = DUES_RATE * pop[name][year - 1]
            on_time = D(year, 1, PAY_DAY_ON_TIME[(i + year) % len(PAY_DAY_ON_TIME)])
            if year == 2025:
                rows.append([name, year, LATE_2025.get(name, on_time), amount])
            elif name in UNPAID_2026:
                continue
            elif name in SPLIT_2026:
                first = amount // 2 + amount % 2
                d1, d2 = SPLIT_2026[name]
                rows += [[name, year, d1, first], [name, year, d2, amount - first]]
            else:
                rows.append([name, year, on_time, amount])
    write_csv(
        OUT_DIR / "innbetalinger.csv",
        TITLES["innbetalinger"],
        ["Kommune", "År", "Betalt dato", "Beløp"],
        [[k, str(y), nb_date(d), str(a)] for k, y, d, a in rows],
    )


def make_handlingsplan() -> None:
    projects = {p[0] for p in PROJECTS}
    for year, _, measure, _, deadline, _status, project, _ in ACTION_PLAN:
        assert project == "" or project in projects, measure
        assert deadline.year == year, measure
    overdue = [m for m in ACTION_PLAN if m[4] < TODAY and m[5].lower() not in ("fullført", "avlyst")]
    assert len(overdue) == 2, overdue
    write_xlsx(
        OUT_DIR / "handlingsplan.xlsx",
        "Handlingsplan",
        TITLES["handlingsplan"],
        ["År", "Fokusområde", "Tiltak", "Ansvarlig", "Frist", "Status", "Prosjekt", "Merknad"],
        [list(m) for m in ACTION_PLAN],
        [7, 34, 62, 26, 12, 13, 46, 40],
        {0: "0"},
    )


def make_budsjett() -> None:
    projects = {p[0] for p in PROJECTS}
    for _, line, kind, budget, actual, project, _ in BUDGET_LINES:
        assert kind in ("inntekt", "utgift") and budget >= 0 and (actual is None or actual >= 0), line
        assert project == "" or project in projects, line
    money = "#,##0"
    write_xlsx(
        OUT_DIR / "budsjett.xlsx",
        "Budsjett",
        TITLES["budsjett"],
        ["År", "Post", "Type", "Budsjett", "Regnskap", "Prosjekt", "Merknad"],
        [list(b) for b in BUDGET_LINES],
        [7, 48, 10, 13, 13, 46, 48],
        {0: "0", 3: money, 4: money},
    )


README = """\
# Eksempeldata for KHS-dashbordet

Filene her lastes inn med `init --sample` gjennom den vanlige importen, og har samme form som
filene koordinatoren laster opp. De lages på nytt med `python tools/make_sample_data.py`.

**Alt er eksempeldata.** Bare folketallene per 1. januar 2025 er hentet fra offentlige kilder
(SSB tabell 07459, oppgitt som kommunenes folketall, ikke kontrollert her; sum 506 592).
Alt annet er oppdiktet: personer, møter (med klokkeslett for noen), prosjekter, innbetalinger,
folketall for andre år, oppsigelsen fra Flå, handlingsplanen, budsjettet og kommunenes vedtak av
avtalen og endringen fra 2026. Hver fil sier dette i en tittelrad over overskriftsraden.

| fil | innhold | overskrift i rad |
|---|---|---|
| `kommuner.xlsx` | de 21 medlemskommunene: kommunenummer (fra 2024), styreregion, LSU-område, medlem fra, varslet oppsigelse (Flå, oppdiktet) | 3 |
| `folketall.csv` | folketall 1. januar 2018–2026; 2025 fra SSB, andre år illustrative (Gol og Ål ligger rundt 5 000) | 2 |
| `moter.xlsx` | møter i Samarbeidsstyret, Ordfører- og rådmannsmøtet og Dialogmøtet 2019–2027 | 3 |
| `styret.xlsx` | styreperioder i Samarbeidsstyret med rolle (leder, nestleder, medlem) | 3 |
| `nettverk.csv` | representanter i Samhandlingsnettverket per LSU-område («Navn oppdateres» = ledig) | 2 |
| `prosjekter.xlsx` | 12 prosjekter med budsjett og ekstern finansiering | 3 |
| `innbetalinger.csv` | innbetalt kontingent 2025 og 2026 (kr 3 × folketall 1.1. året før) | 2 |
| `handlingsplan.xlsx` | styrets handlingsplan 2025 og 2026: fokusområder og tiltak; per 23.11.2026 er to tiltak forfalt | 3 |
| `budsjett.xlsx` | budsjett og regnskap 2025 og 2026; kontingentlinjen regnes ut, 2026 oppgir et avrundet tall til sammenligning | 3 |
| `vedtak.xlsx` | kommunenes vedtak av samarbeidsavtalen 2019–2023 (alle 21) og av en endring fra 2026 (17 av 21: Flå, Hole, Rollag og Sigdal mangler) | 3 |

CSV-filene er lagret slik norsk Excel gjør det: UTF-8 med BOM, semikolon som skilletegn,
datoer som dd.mm.åååå. I `folketall.csv` er omtrent halvparten av tallene skrevet med
mellomrom som tusenskille (`130 921`), resten uten.
"""


def main() -> None:
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    pop = population()
    assert sum(pop[m[1]][2025] for m in MUNICIPALITIES) == POP_2025_SUM
    assert all(m[4] == pop[m[1]][2025] for m in MUNICIPALITIES)
    make_kommuner()
    make_folketall(pop)
    make_moter()
    make_styret()
    make_nettverk()
    make_prosjekter()
    make_innbetalinger(pop)
    make_handlingsplan()
    make_budsjett()
    make_vedtak()
    (OUT_DIR / "README.md").write_text(README, encoding="utf-8")
    print(f"Skrev eksempeldata til {OUT_DIR}")


if __name__ == "__main__":
    main()
