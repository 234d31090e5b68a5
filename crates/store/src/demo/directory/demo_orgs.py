"""Organisations and service plan of the demo directory generator (see
generate.py): the qualifiers that tell apart several services of one kind in
a city and the neighbourhoods they are placed in, the per-city and shared
organisations, the job agency of each city, the plan of services per city
and the accessibility descriptions a location may get."""

# Qualifiers distinguishing several services of the same kind in one city.
QUALIFIERS = {
    "centro": dict(it="sede Centro", en="city centre office", fr="antenne du centre-ville", ar="فرع وسط المدينة", uk="відділення в центрі міста"),
    "nord": dict(it="sede Nord", en="north office", fr="antenne nord", ar="الفرع الشمالي", uk="північне відділення"),
    "sud": dict(it="sede Sud", en="south office", fr="antenne sud", ar="الفرع الجنوبي", uk="південне відділення"),
    "est": dict(it="sede Est", en="east office", fr="antenne est", ar="الفرع الشرقي", uk="східне відділення"),
    "ovest": dict(it="sede Ovest", en="west office", fr="antenne ouest", ar="الفرع الغربي", uk="західне відділення"),
}
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV", 5: "V", 6: "VI", 7: "VII", 8: "VIII", 9: "IX"}
for _n in range(1, 9):
    QUALIFIERS["circ%d" % _n] = dict(it="Circoscrizione %d" % _n, en="District %d" % _n,
                                     fr="Circonscription %d" % _n, ar="الدائرة %d" % _n, uk="Округ %d" % _n)
for _n in range(1, 10):
    QUALIFIERS["mun%d" % _n] = dict(it="Municipio %s" % ROMAN[_n], en="Municipio %s (city district)" % ROMAN[_n],
                                    fr="Municipio %s (arrondissement)" % ROMAN[_n],
                                    ar="الدائرة البلدية %d" % _n, uk="Муніципальний район %s" % ROMAN[_n])
QUAL_ANCHOR = {"circ1": "centro", "circ2": "sud", "circ5": "nord", "circ6": "nord", "circ7": "est", "circ8": "sud",
               "circ3": "ovest", "circ4": "ovest",
               "mun1": "centro", "mun2": "ovest", "mun3": "est", "mun4": "nord", "mun5": "nord",
               "mun6": "ovest", "mun7": "ovest", "mun8": "est", "mun9": "est"}

# ---------------------------------------------------------------------------
# Organisations. "city" orgs exist once per city; others are multi-city.
# ---------------------------------------------------------------------------

ASL_NAMES = {
    "torino": ("ASL Città di Torino", "ASL Città di Torino – Local Health Authority"),
    "cuneo": ("ASL CN1", "ASL CN1 – Local Health Authority"),
    "novara": ("ASL NO", "ASL NO – Local Health Authority"),
    "asti": ("ASL AT", "ASL AT – Local Health Authority"),
    "genova": ("ASL 3 Genovese", "ASL 3 Genovese – Local Health Authority"),
    "laspezia": ("ASL 5 Spezzino", "ASL 5 Spezzino – Local Health Authority"),
    "imperia": ("ASL 1 Imperiese", "ASL 1 Imperiese – Local Health Authority"),
    "savona": ("ASL 2 Savonese", "ASL 2 Savonese – Local Health Authority"),
    "grosseto": ("Azienda USL Toscana Sud Est – Grosseto", "Azienda USL Toscana Sud Est – Local Health Authority, Grosseto"),
}

CITY_ORGS = {
    "comune": dict(
        name=("Comune {di}", "Municipality of {city}"),
        desc=("Amministrazione comunale {di}. Gestisce i servizi anagrafici, sociali, abitativi ed educativi e gli sportelli rivolti alle persone di origine straniera che vivono in città.",
              "Municipal administration of {city}. It runs registry, social, housing and education services and the help desks for people of foreign origin living in the city.")),
    "questura": dict(
        name=("Questura {di}", "Questura – Police Headquarters of {city}"),
        desc=("Ufficio provinciale della Polizia di Stato. L'Ufficio Immigrazione si occupa di permessi di soggiorno, protezione internazionale e documenti di viaggio per cittadini stranieri.",
              "Provincial office of the State Police. Its Immigration Office deals with residence permits, international protection and travel documents for foreign nationals.")),
    "prefettura": dict(
        name=("Prefettura – Ufficio territoriale del Governo {di}", "Prefecture – Territorial Government Office of {city}"),
        desc=("Rappresentanza del Governo nella provincia. Lo Sportello unico per l'immigrazione gestisce nulla osta al lavoro, ricongiungimenti familiari e accordi di integrazione.",
              "Represents the national Government in the province. Its Single Desk for Immigration handles work clearances, family reunification and integration agreements.")),
    "asl": dict(
        name=None,
        desc=("Azienda sanitaria locale del territorio {di}. Gestisce ambulatori, consultori e servizi di prevenzione, compresa l'assistenza sanitaria alle persone straniere non iscritte al Servizio sanitario nazionale.",
              "Local health authority for the {city} area. It runs outpatient clinics, family counselling centres and prevention services, including healthcare for foreign nationals not registered with the National Health Service.")),
    "cpia": dict(
        name=("CPIA – Centro provinciale per l'istruzione degli adulti {di}", "CPIA – Provincial Adult Education Centre of {city}"),
        desc=("Istituzione scolastica statale per l'istruzione degli adulti. Organizza corsi di lingua italiana per stranieri e percorsi per il diploma di scuola secondaria di primo grado.",
              "State school for adult education. It runs Italian language courses for foreigners and courses leading to the lower secondary school diploma.")),
}

SHARED_ORGS = {
    "apl": dict(
        slug="agenzia-piemonte-lavoro",
        name=("Agenzia Piemonte Lavoro – Centri per l'impiego", "Agenzia Piemonte Lavoro – Job Centres"),
        desc=("Agenzia regionale che coordina i centri per l'impiego del Piemonte. Offre servizi gratuiti di orientamento, incontro tra domanda e offerta di lavoro e politiche attive del lavoro.",
              "Regional agency coordinating the job centres of Piedmont. It offers free career guidance, job matching and active labour market programmes.")),
    "alfa": dict(
        slug="agenzia-lavoro-liguria",
        name=("Agenzia regionale per il lavoro della Liguria – Centri per l'impiego", "Liguria Regional Labour Agency – Job Centres"),
        desc=("Agenzia regionale che coordina i centri per l'impiego della Liguria. Offre servizi gratuiti di orientamento, incontro tra domanda e offerta di lavoro e politiche attive del lavoro.",
              "Regional agency coordinating the job centres of Liguria. It offers free career guidance, job matching and active labour market programmes.")),
    "arti": dict(
        slug="agenzia-toscana-impiego",
        name=("Agenzia regionale toscana per l'impiego – Centri per l'impiego", "Tuscan Regional Employment Agency – Job Centres"),
        desc=("Agenzia regionale che coordina i centri per l'impiego della Toscana. Offre servizi gratuiti di orientamento, incontro tra domanda e offerta di lavoro e politiche attive del lavoro.",
              "Regional agency coordinating the job centres of Tuscany. It offers free career guidance, job matching and active labour market programmes.")),
    "inca": dict(
        slug="patronato-inca-cgil", brand="INCA CGIL",
        name=("Patronato INCA CGIL", "INCA CGIL welfare advice office (patronato)"),
        desc=("Istituto di patronato promosso dal sindacato CGIL. Assiste lavoratori, pensionati e cittadini stranieri nelle pratiche previdenziali, assistenziali e di immigrazione.",
              "Welfare advice institute (patronato) set up by the CGIL trade union. It assists workers, pensioners and foreign nationals with social security, welfare and immigration procedures.")),
    "inas": dict(
        slug="patronato-inas-cisl", brand="INAS CISL",
        name=("Patronato INAS CISL", "INAS CISL welfare advice office (patronato)"),
        desc=("Istituto di patronato promosso dal sindacato CISL. Assiste lavoratori, pensionati e cittadini stranieri nelle pratiche previdenziali, assistenziali e di immigrazione.",
              "Welfare advice institute (patronato) set up by the CISL trade union. It assists workers, pensioners and foreign nationals with social security, welfare and immigration procedures.")),
    "ital": dict(
        slug="patronato-ital-uil", brand="ITAL UIL",
        name=("Patronato ITAL UIL", "ITAL UIL welfare advice office (patronato)"),
        desc=("Istituto di patronato promosso dal sindacato UIL. Assiste lavoratori, pensionati e cittadini stranieri nelle pratiche previdenziali, assistenziali e di immigrazione.",
              "Welfare advice institute (patronato) set up by the UIL trade union. It assists workers, pensioners and foreign nationals with social security, welfare and immigration procedures.")),
    "ponti": dict(
        slug="ponti-di-parole",
        name=("Associazione Ponti di Parole", "Ponti di Parole Association"),
        desc=("Associazione di volontariato che insegna l'italiano a persone adulte straniere e segue bambini e ragazzi nello studio. Collabora con scuole, CPIA e servizi sociali.",
              "Voluntary association that teaches Italian to foreign adults and supports children and young people with their studies. It works with schools, CPIAs and social services.")),
    "crocicchio": dict(
        slug="coop-il-crocicchio",
        name=("Cooperativa sociale Il Crocicchio", "Il Crocicchio Social Cooperative"),
        desc=("Cooperativa sociale che gestisce progetti di accoglienza per richiedenti asilo, alloggi temporanei e servizi di mediazione interculturale in Piemonte.",
              "Social cooperative running reception projects for asylum seekers, temporary housing and intercultural mediation services in Piedmont.")),
    "mareaperto": dict(
        slug="coop-mare-aperto",
        name=("Cooperativa sociale Mare Aperto", "Mare Aperto Social Cooperative"),
        desc=("Cooperativa sociale che gestisce progetti di accoglienza per richiedenti asilo, alloggi temporanei e servizi di mediazione interculturale in Liguria e in Toscana.",
              "Social cooperative running reception projects for asylum seekers, temporary housing and intercultural mediation services in Liguria and Tuscany.")),
    "nodoviola": dict(
        slug="rete-nodo-viola",
        name=("Rete antiviolenza Nodo Viola", "Nodo Viola Anti-Violence Network"),
        desc=("Rete di associazioni di donne che gestisce centri antiviolenza, case rifugio e sportelli contro la tratta. Tutti i servizi sono gratuiti e riservati.",
              "Network of women's associations running anti-violence centres, shelters and anti-trafficking desks. All services are free and confidential.")),
    "diritti": dict(
        slug="diritti-in-strada",
        name=("Associazione Diritti in Strada", "Diritti in Strada Association"),
        desc=("Associazione di avvocati e giuristi volontari che offre consulenza legale gratuita a persone straniere, senza dimora e in condizione di fragilità.",
              "Association of volunteer lawyers and legal experts offering free legal advice to foreign nationals, homeless people and people in vulnerable situations.")),
    "mestieri": dict(
        slug="fondazione-mestieri-futuro",
        name=("Fondazione Mestieri e Futuro", "Mestieri e Futuro Foundation"),
        desc=("Ente di formazione professionale accreditato dalle Regioni Piemonte, Liguria e Toscana. Progetta corsi di qualifica e tirocini rivolti anche a persone migranti e disoccupate.",
              "Vocational training provider accredited by the Piedmont, Liguria and Tuscany Regions. It designs qualification courses and traineeships that are also open to migrants and unemployed people.")),
}

CPI_ORG = {"torino": "apl", "cuneo": "apl", "novara": "apl", "asti": "apl",
           "genova": "alfa", "laspezia": "alfa", "imperia": "alfa", "savona": "alfa", "grosseto": "arti"}

# Service plan: city -> list of (kind, org key, qualifier key or None).
# Org keys: "comune", "questura", "prefettura", "asl", "cpia" (per city),
# "cpi" (regional job agency), or a key of SHARED_ORGS.


def _plan():
    c, q, p, a, s = "comune", "questura", "prefettura", "asl", "cpia"
    return {
        "torino": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None),
            ("servizi_sociali", c, "circ1"), ("servizi_sociali", c, "circ6"), ("servizi_sociali", c, "circ7"),
            ("mediazione", c, None), ("casa", c, None), ("scuola", c, None), ("famiglie", c, None),
            ("idoneita", c, None), ("questura", q, None), ("prefettura", p, None),
            ("stp", a, "nord"), ("stp", a, "sud"), ("consultorio", a, "centro"), ("consultorio", a, "ovest"),
            ("salute_migranti", a, None), ("cpi", "cpi", "centro"), ("cpi", "cpi", "nord"),
            ("cpia_italiano", s, "centro"), ("cpia_italiano", s, "nord"), ("cpia_licenza", s, None),
            ("italiano_volontari", "ponti", None), ("doposcuola", "ponti", None),
            ("patronato", "inca", None), ("patronato", "inas", None), ("patronato", "ital", None),
            ("antiviolenza", "nodoviola", None), ("antitratta", "nodoviola", None),
            ("sai", "crocicchio", None), ("accoglienza_notturna", "crocicchio", None),
            ("mediazione", "crocicchio", "nord"),
            ("asilo_legale", "diritti", None), ("legale", "diritti", None), ("formazione", "mestieri", None),
        ],
        "genova": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None),
            ("servizi_sociali", c, "mun1"), ("servizi_sociali", c, "mun2"), ("servizi_sociali", c, "mun5"),
            ("mediazione", c, None), ("casa", c, None), ("scuola", c, None), ("famiglie", c, None),
            ("idoneita", c, None), ("questura", q, None), ("prefettura", p, None),
            ("stp", a, "centro"), ("stp", a, "ovest"), ("consultorio", a, "centro"), ("consultorio", a, "nord"),
            ("salute_migranti", a, None), ("cpi", "cpi", "centro"), ("cpi", "cpi", "ovest"),
            ("cpia_italiano", s, "centro"), ("cpia_italiano", s, "ovest"), ("cpia_licenza", s, None),
            ("italiano_volontari", "ponti", None), ("doposcuola", "ponti", None),
            ("patronato", "inca", None), ("patronato", "inas", None), ("patronato", "ital", None),
            ("antiviolenza", "nodoviola", None), ("antitratta", "nodoviola", None),
            ("sai", "mareaperto", None), ("accoglienza_notturna", "mareaperto", None),
            ("mediazione", "mareaperto", "ovest"),
            ("asilo_legale", "diritti", None), ("legale", "diritti", None), ("formazione", "mestieri", None),
        ],
        "cuneo": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None), ("servizi_sociali", c, None),
            ("idoneita", c, None), ("questura", q, None), ("prefettura", p, None),
            ("stp", a, None), ("consultorio", a, None), ("cpi", "cpi", None), ("cpia_italiano", s, None),
            ("patronato", "inas", None), ("sai", "crocicchio", None), ("antiviolenza", "nodoviola", None),
            ("formazione", "mestieri", None),
        ],
        "novara": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None), ("servizi_sociali", c, None),
            ("mediazione", "crocicchio", None), ("questura", q, None), ("prefettura", p, None),
            ("stp", a, None), ("consultorio", a, None), ("cpi", "cpi", None), ("cpia_italiano", s, None),
            ("italiano_volontari", "ponti", None), ("patronato", "inca", None), ("legale", "diritti", None),
            ("antiviolenza", "nodoviola", None),
        ],
        "asti": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None), ("servizi_sociali", c, None),
            ("famiglie", c, None), ("questura", q, None), ("prefettura", p, None),
            ("stp", a, None), ("cpi", "cpi", None), ("cpia_italiano", s, None),
            ("patronato", "ital", None), ("sai", "crocicchio", None), ("antiviolenza", "nodoviola", None),
            ("formazione", "mestieri", None),
        ],
        "laspezia": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None), ("servizi_sociali", c, None),
            ("scuola", c, None), ("questura", q, None), ("prefettura", p, None),
            ("stp", a, None), ("consultorio", a, None), ("cpi", "cpi", None), ("cpia_italiano", s, None),
            ("italiano_volontari", "ponti", None), ("doposcuola", "ponti", None), ("patronato", "inca", None),
            ("asilo_legale", "diritti", None), ("sai", "mareaperto", None),
        ],
        "imperia": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None), ("servizi_sociali", c, None),
            ("questura", q, None), ("prefettura", p, None), ("stp", a, None), ("consultorio", a, None),
            ("cpi", "cpi", None), ("cpia_italiano", s, None), ("patronato", "inas", None),
            ("sai", "mareaperto", None), ("mediazione", "mareaperto", None),
        ],
        "savona": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None), ("servizi_sociali", c, None),
            ("casa", c, None), ("questura", q, None), ("prefettura", p, None), ("stp", a, None),
            ("cpi", "cpi", None), ("cpia_italiano", s, None), ("italiano_volontari", "ponti", None),
            ("patronato", "ital", None), ("antiviolenza", "nodoviola", None),
            ("accoglienza_notturna", "mareaperto", None),
        ],
        "grosseto": [
            ("comune_immigrazione", c, None), ("anagrafe", c, None), ("servizi_sociali", c, None),
            ("famiglie", c, None), ("questura", q, None), ("prefettura", p, None),
            ("stp", a, None), ("consultorio", a, None), ("cpi", "cpi", None), ("cpia_italiano", s, None),
            ("patronato", "inca", None), ("sai", "mareaperto", None), ("antiviolenza", "nodoviola", None),
            ("legale", "diritti", None), ("formazione", "mestieri", None),
        ],
    }


ACCESSIBILITY = [
    "Accesso senza gradini",
    "Ascensore per raggiungere tutti i piani",
    "Servizi igienici accessibili alle persone in sedia a ruote",
    "Rampa di accesso all'ingresso laterale",
    "Percorso tattile per persone cieche e ipovedenti",
    "Sportello ribassato e sedute in sala d'attesa",
]
