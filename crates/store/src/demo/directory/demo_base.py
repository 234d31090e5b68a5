"""Base tables of the Crocevia demo directory generator (see generate.py): the
fixed random seed, the id namespace and the demo domain, the integration
taxonomy's terms, uid(), the nine cities with their neighbourhood anchors, the
invented street names, the languages with their Italian names and weights,
and the opening-hour patterns."""

import os
import uuid

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20240517
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "https://demo.crocevia.example/directory")
DOMAIN = "demo.crocevia.example"

TAXONOMY_ID = "08c2116a-9b80-5a4a-80cd-68c0b52255e9"
TERMS = {
    "legal-permits": "9479120a-7b45-53a0-8a8c-5818fa290780",
    "health": "cec63827-3185-5ed4-b252-19c3adb13061",
    "housing": "2aa7d6ff-8848-55c5-b44e-d650301245b6",
    "work-training": "3d0ec347-83a3-5f10-bb4b-59d3e2c978d9",
    "italian-language": "c342da6d-f6c5-5b1a-b28e-4707984ed42c",
    "school": "41b7d60f-b156-5321-a319-dfe396a5b6a5",
    "social-services": "98de6a7d-5ab7-5435-9add-f6b7e11b6377",
    "mediation": "d4c11d7e-146b-5615-9449-3119a6ee5127",
    "anti-violence": "bce9399f-67aa-57ce-bcfd-c223481fb0a8",
    "asylum": "ec4cc9fa-ba9b-563c-989a-a02a2927f449",
    "family": "317a5706-c6ba-59b3-ac8f-7ddecd46485f",
}


def uid(*parts):
    return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))


# ---------------------------------------------------------------------------
# Cities. Anchors are (tag, lat, lon, CAP) points in real neighbourhoods, on
# land; each location is an anchor plus a small jitter (a few hundred metres).
# ---------------------------------------------------------------------------

CITIES = {
    "torino": dict(
        istat="001272", prov="TO", prefix="011", centre=(45.0703, 7.6869), jitter=0.0025,
        it="Torino", di="di Torino", a="a Torino",
        en="Turin", fr="Turin", fr_de="de Turin", fr_a="à Turin",
        ar="تورينو", uk_nom="Турин", uk_gen="Турина", uk_loc="у Турині",
        anchors=[
            ("centro", 45.0670, 7.6820, "10121"), ("centro", 45.0745, 7.6800, "10122"),
            ("centro", 45.0690, 7.6920, "10124"), ("nord", 45.0800, 7.6850, "10152"),
            ("nord", 45.0930, 7.6960, "10154"), ("nord", 45.1000, 7.6700, "10151"),
            ("sud", 45.0560, 7.6800, "10125"), ("sud", 45.0300, 7.6650, "10126"),
            ("sud", 45.0580, 7.6630, "10129"), ("ovest", 45.0650, 7.6500, "10141"),
            ("ovest", 45.0720, 7.6530, "10139"), ("ovest", 45.0830, 7.6420, "10146"),
            ("sud", 45.0370, 7.6320, "10137"), ("est", 45.0700, 7.7030, "10153"),
            ("est", 45.0620, 7.6980, "10131"),
        ]),
    "cuneo": dict(
        istat="004078", prov="CN", prefix="0171", centre=(44.3845, 7.5427), jitter=0.0012,
        it="Cuneo", di="di Cuneo", a="a Cuneo",
        en="Cuneo", fr="Cuneo", fr_de="de Cuneo", fr_a="à Cuneo",
        ar="كونيو", uk_nom="Кунео", uk_gen="Кунео", uk_loc="у Кунео",
        anchors=[
            ("centro", 44.3893, 7.5478, "12100"), ("nord", 44.3925, 7.5515, "12100"),
            ("centro", 44.3850, 7.5430, "12100"), ("sud", 44.3810, 7.5395, "12100"),
            ("ovest", 44.3870, 7.5420, "12100"),
        ]),
    "novara": dict(
        istat="003106", prov="NO", prefix="0321", centre=(45.4469, 8.6220), jitter=0.0022,
        it="Novara", di="di Novara", a="a Novara",
        en="Novara", fr="Novare", fr_de="de Novare", fr_a="à Novare",
        ar="نوفارا", uk_nom="Новара", uk_gen="Новари", uk_loc="у Новарі",
        anchors=[
            ("centro", 45.4460, 8.6200, "28100"), ("nord", 45.4510, 8.6250, "28100"),
            ("sud", 45.4400, 8.6170, "28100"), ("ovest", 45.4470, 8.6090, "28100"),
            ("est", 45.4530, 8.6400, "28100"),
        ]),
    "asti": dict(
        istat="005005", prov="AT", prefix="0141", centre=(44.9008, 8.2065), jitter=0.0018,
        it="Asti", di="di Asti", a="ad Asti",
        en="Asti", fr="Asti", fr_de="d'Asti", fr_a="à Asti",
        ar="أستي", uk_nom="Асті", uk_gen="Асті", uk_loc="в Асті",
        anchors=[
            ("centro", 44.8995, 8.2060, "14100"), ("ovest", 44.9000, 8.1990, "14100"),
            ("sud", 44.8960, 8.2100, "14100"), ("nord", 44.9050, 8.2130, "14100"),
            ("ovest", 44.9030, 8.1950, "14100"),
        ]),
    "genova": dict(
        istat="010025", prov="GE", prefix="010", centre=(44.4072, 8.9340), jitter=0.0012,
        it="Genova", di="di Genova", a="a Genova",
        en="Genoa", fr="Gênes", fr_de="de Gênes", fr_a="à Gênes",
        ar="جنوة", uk_nom="Генуя", uk_gen="Генуї", uk_loc="у Генуї",
        anchors=[
            ("centro", 44.4068, 8.9345, "16121"), ("centro", 44.4080, 8.9318, "16123"),
            ("centro", 44.4050, 8.9425, "16121"), ("ovest", 44.4120, 8.8965, "16149"),
            ("ovest", 44.4170, 8.8765, "16152"), ("ovest", 44.4268, 8.8515, "16154"),
            ("nord", 44.4410, 8.9075, "16159"), ("nord", 44.4610, 8.9010, "16162"),
            ("nord", 44.4450, 8.9800, "16138"), ("est", 44.4170, 8.9535, "16139"),
            ("est", 44.4120, 8.9505, "16143"), ("sud", 44.3998, 8.9470, "16129"),
            ("est", 44.3985, 8.9625, "16145"), ("sud", 44.4018, 8.9335, "16128"),
        ]),
    "laspezia": dict(
        istat="011015", prov="SP", prefix="0187", centre=(44.1025, 9.8241), jitter=0.0012,
        it="La Spezia", di="della Spezia", a="alla Spezia",
        en="La Spezia", fr="La Spezia", fr_de="de La Spezia", fr_a="à La Spezia",
        ar="لا سبيتسيا", uk_nom="Ла-Спеція", uk_gen="Ла-Спеції", uk_loc="у Ла-Спеції",
        anchors=[
            ("centro", 44.1075, 9.8240, "19121"), ("ovest", 44.1110, 9.8190, "19122"),
            ("est", 44.1095, 9.8320, "19124"), ("est", 44.1150, 9.8420, "19126"),
            ("nord", 44.1180, 9.8300, "19125"),
        ]),
    "imperia": dict(
        istat="008031", prov="IM", prefix="0183", centre=(43.8850, 8.0250), jitter=0.0010,
        it="Imperia", di="di Imperia", a="a Imperia",
        en="Imperia", fr="Imperia", fr_de="d'Imperia", fr_a="à Imperia",
        ar="إمبيريا", uk_nom="Імперія", uk_gen="Імперії", uk_loc="в Імперії",
        anchors=[
            ("centro", 43.8885, 8.0262, "18100"), ("nord", 43.8905, 8.0290, "18100"),
            ("ovest", 43.8880, 8.0180, "18100"), ("sud", 43.8818, 8.0200, "18100"),
        ]),
    "savona": dict(
        istat="009056", prov="SV", prefix="019", centre=(44.3091, 8.4772), jitter=0.0012,
        it="Savona", di="di Savona", a="a Savona",
        en="Savona", fr="Savone", fr_de="de Savone", fr_a="à Savone",
        ar="سافونا", uk_nom="Савона", uk_gen="Савони", uk_loc="у Савоні",
        anchors=[
            ("centro", 44.3085, 8.4805, "17100"), ("ovest", 44.3110, 8.4760, "17100"),
            ("ovest", 44.3140, 8.4720, "17100"), ("nord", 44.3180, 8.4690, "17100"),
            ("nord", 44.3185, 8.4800, "17100"),
        ]),
    "grosseto": dict(
        istat="053011", prov="GR", prefix="0564", centre=(42.7635, 11.1124), jitter=0.0020,
        it="Grosseto", di="di Grosseto", a="a Grosseto",
        en="Grosseto", fr="Grosseto", fr_de="de Grosseto", fr_a="à Grosseto",
        ar="غروسيتو", uk_nom="Гроссето", uk_gen="Гроссето", uk_loc="у Гроссето",
        anchors=[
            ("centro", 42.7625, 11.1125, "58100"), ("nord", 42.7690, 11.1060, "58100"),
            ("sud", 42.7570, 11.1190, "58100"), ("est", 42.7660, 11.1240, "58100"),
            ("nord", 42.7720, 11.1160, "58100"), ("ovest", 42.7580, 11.1050, "58100"),
        ]),
}
CITY_ORDER = ["torino", "genova", "cuneo", "novara", "asti", "laspezia", "imperia", "savona", "grosseto"]

STREETS = [
    "Via dei Tessitori", "Via delle Filande", "Via del Mandorlo", "Via dei Glicini",
    "Via delle Rondini", "Via dei Cartai", "Via delle Lavandaie", "Via degli Orti Civici",
    "Largo dei Viaggiatori", "Via della Concordia Nuova", "Corso dell'Accoglienza",
    "Via delle Lanterne", "Via dei Bottai", "Via del Melograno", "Via delle Gru",
    "Via dei Mosaicisti", "Piazza delle Lingue", "Via dei Sarti", "Via del Carrubo",
    "Via delle Ortensie", "Via dei Legatori", "Via della Bussola", "Via dei Vetrai",
    "Via delle Cicogne", "Via del Gelso Bianco", "Via dei Funai", "Piazzetta dei Setaioli",
    "Via delle Zagare", "Via dei Tornitori", "Via del Pozzo Nuovo", "Via delle Acacie Rosse",
    "Via dei Cestai", "Via della Meridiana", "Via dei Gelsomini", "Via dei Liutai",
    "Via delle Sartine", "Via del Timone", "Via dei Fornaciai", "Via della Rosa dei Venti",
    "Via dei Calzolai", "Via del Faro Vecchio", "Via delle Api Operose", "Via dei Ramai",
    "Via del Noce Antico", "Via delle Ginestre", "Via dei Ceramisti", "Largo della Fratellanza",
    "Via dei Maniscalchi", "Via delle Camelie", "Via degli Arrotini", "Via del Castagno",
    "Via dei Velai", "Via delle Betulle", "Via dei Tintori", "Via della Stadera",
    "Via dei Cordai", "Via del Borgo Alto", "Via delle Viole Selvatiche", "Via dei Doratori",
]

# ---------------------------------------------------------------------------
# Languages (ISO 639-1) with their Italian names.
# ---------------------------------------------------------------------------

LANG_NAMES = {
    "it": "Italiano", "en": "Inglese", "fr": "Francese", "ar": "Arabo", "es": "Spagnolo",
    "uk": "Ucraino", "sq": "Albanese", "zh": "Cinese", "bn": "Bengalese", "ur": "Urdu",
    "ro": "Rumeno", "ru": "Russo", "wo": "Wolof", "ti": "Tigrino",
}
# Weights for extra (non-Italian, non-Arabic) languages; Arabic is assigned separately.
EXTRA_LANG_WEIGHTS = {
    "en": 10, "fr": 7, "es": 3, "uk": 3, "sq": 3, "zh": 2, "bn": 2, "ur": 2,
    "ro": 4, "ru": 2, "wo": 2, "ti": 1,
}
CITY_LANG_BONUS = {
    "torino": {"ro": 4, "zh": 2}, "genova": {"es": 6, "sq": 2}, "novara": {"ur": 2, "sq": 2},
    "asti": {"sq": 3, "ro": 3}, "cuneo": {"sq": 3, "ro": 2}, "laspezia": {"uk": 2, "es": 2},
    "imperia": {"uk": 1, "fr": 2}, "savona": {"es": 3, "sq": 2}, "grosseto": {"ro": 4, "sq": 2},
}

# ---------------------------------------------------------------------------
# Opening-hour patterns: lists of (byday, opens_at, closes_at, description).
# ---------------------------------------------------------------------------

OFFICE = [
    [("MO,TU,WE,TH,FR", "09:00", "13:00", None)],
    [("MO,TU,WE,TH,FR", "09:00", "12:30", "Mattina"), ("TU,TH", "14:00", "16:30", "Pomeriggio")],
    [("MO,WE,FR", "09:00", "13:00", None)],
    [("MO,TU,WE,TH", "08:30", "12:30", "Mattina"), ("WE", "14:00", "17:00", "Pomeriggio, solo su appuntamento")],
    [("TU,TH", "09:30", "13:00", "Mattina"), ("TU,TH", "14:00", "17:30", "Pomeriggio")],
]
QUESTURA = [
    [("MO,TU,WE,TH,FR", "08:30", "13:00", "Solo su appuntamento"), ("TU,TH", "15:00", "17:00", "Solo su appuntamento")],
    [("MO,TU,WE,TH,FR", "08:30", "12:30", "Solo su appuntamento")],
]
HEALTH = [
    [("MO,TU,WE,TH,FR", "08:30", "12:30", None), ("MO,WE", "14:00", "16:00", "Pomeriggio")],
    [("MO,WE,FR", "09:00", "12:00", None)],
    [("TU,TH", "14:00", "18:00", None)],
    [("MO,TU,WE,TH,FR", "08:00", "14:00", None)],
]
CPIA = [
    [("MO,TU,WE,TH", "18:00", "21:00", "Corsi serali"), ("MO,WE,FR", "09:00", "12:00", "Corsi diurni")],
    [("MO,TU,WE,TH,FR", "09:00", "12:00", "Corsi diurni")],
    [("TU,TH", "17:30", "20:30", "Corsi serali")],
]
VOLUNTEER = [
    [("TU,TH", "18:30", "20:30", None), ("SA", "10:00", "12:00", "Sabato mattina")],
    [("MO,WE", "17:00", "19:00", None)],
]
AFTERSCHOOL = [
    [("MO,TU,WE,TH,FR", "14:30", "18:00", None)],
    [("MO,WE,FR", "15:00", "18:30", None)],
]
ANTIVIOLENCE = [
    [("MO,TU,WE,TH,FR", "09:00", "18:00", None)],
    [("MO,TU,WE,TH,FR", "09:30", "13:00", "Accesso libero"), ("MO,WE", "14:00", "17:00", "Su appuntamento")],
]
SHELTER = [
    [("MO,TU,WE,TH,FR,SA,SU", "19:00", "22:00", "Ingresso serale; i posti letto sono disponibili fino alle 8:00")],
]
PROJECT = [
    [("MO,TU,WE,TH,FR", "09:00", "13:00", "Ufficio del progetto"), ("TU,TH", "14:00", "17:00", "Colloqui su appuntamento")],
    [("MO,TU,WE,TH,FR", "09:00", "17:00", None)],
]
PATRONATO = [
    [("MO,TU,WE,TH,FR", "08:30", "12:30", None), ("MO,TU,TH", "14:30", "17:30", None)],
    [("MO,WE,FR", "09:00", "12:00", None)],
    [("TU,TH", "09:00", "12:30", None)],
]
