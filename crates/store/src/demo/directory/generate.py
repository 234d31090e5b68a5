#!/usr/bin/env python3
"""Generates the Crocevia demo service directory (HSDS 3.0) and its translations.

Everything produced here is DEMONSTRATION data: every organisation and service
name ends with " (demo)", streets are invented, phone numbers are fictitious
("+39 <prefix> 0000 <nnn>") and e-mails/URLs use demo.crocevia.example.

Outputs, next to this script:
  hsds.json          JSON array of HSDS 3.0 organisations ("organization_full"
                     shape) with nested services -> service_at_locations -> location.
  translations.json  JSON array of {entity, id, field, lang, text, status}.
                     field is a service's or organisation's own text field
                     (name, description, application_process, ...), or a
                     nested item's, as "required_documents/<id>/document",
                     "cost_options/<id>/option" or
                     "cost_options/<id>/amount_description". A service
                     translated into a language has all its texts translated.

Deterministic: fixed random seed, ids from uuid.uuid5 with a fixed namespace.
Python 3 standard library only. Run:  python3 generate.py
The script validates its own output (HSDS required fields, ids, coordinates,
coverage counts) and exits non-zero if a check fails. Set HSDS_SCHEMA_DIR to
the HSDS schema folder to cross-check the embedded "required" lists; by default
it looks for ../shared/hsds/schema next to the repository root.
"""

import json
import os
import random
import re
import sys
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

# ---------------------------------------------------------------------------
# Service kinds. Texts: it (source), en, fr, ar, uk. Placeholders:
#   it: {city} {di} {a}   en: {city}   fr: {city} {de} {a}   ar: {city}
#   uk: {nom} {gen} {loc}  all: {brand}
# Translated texts: name, desc, app (application_process), elig
# (eligibility_description), fees (fees_description) and the cost option's
# option and amount_description. Document names are translated in DOCUMENTS.
# ---------------------------------------------------------------------------

FREE = ("free", None)

# Label of the free cost option, and fees_description of a free service whose
# kind has no fees text of its own.
FREE_OPTION = dict(it="Gratuito", en="Free", fr="Gratuit", ar="مجاني", uk="Безкоштовно")
FREE_FEES = dict(it="Il servizio è gratuito.", en="The service is free.", fr="Le service est gratuit.",
                 ar="الخدمة مجانية.", uk="Послуга безкоштовна.")

# Required documents (the Italian name is also part of the document's id).
DOCUMENTS = {
    "Permesso di soggiorno": dict(
        en="Residence permit", fr="Titre de séjour", ar="تصريح الإقامة", uk="Дозвіл на проживання"),
    "Passaporto": dict(en="Passport", fr="Passeport", ar="جواز السفر", uk="Паспорт"),
    "Codice fiscale": dict(
        en="Tax code (codice fiscale)", fr="Code fiscal (codice fiscale)", ar="الرمز الضريبي (codice fiscale)",
        uk="Податковий код (codice fiscale)"),
    "Attestazione ISEE": dict(
        en="ISEE certificate (statement of family income and assets)",
        fr="Attestation ISEE (déclaration des revenus et du patrimoine du foyer)",
        ar="شهادة ISEE (بيان دخل الأسرة وممتلكاتها)",
        uk="Довідка ISEE (про доходи та майно сім'ї)"),
    "Contratto di affitto o atto di proprietà": dict(
        en="Rental contract or property deed", fr="Contrat de location ou acte de propriété",
        ar="عقد الإيجار أو سند الملكية", uk="Договір оренди або документ про право власності"),
    "Planimetria dell'alloggio": dict(
        en="Floor plan of the home", fr="Plan du logement", ar="مخطّط المسكن", uk="План житла"),
    "Ricevuta della raccomandata del kit postale": dict(
        en="Receipt for the postal kit sent by registered mail",
        fr="Récépissé de l'envoi en recommandé du kit postal",
        ar="إيصال إرسال الملف البريدي بالبريد المسجّل",
        uk="Квитанція про відправлення поштового пакета рекомендованим листом"),
    "Tessera sanitaria": dict(
        en="Health card (tessera sanitaria)", fr="Carte sanitaire (tessera sanitaria)",
        ar="البطاقة الصحية (tessera sanitaria)", uk="Картка медичного страхування (tessera sanitaria)"),
    "Titoli di studio del paese di origine": dict(
        en="Educational qualifications from your country of origin", fr="Diplômes obtenus dans le pays d'origine",
        ar="الشهادات الدراسية من بلد المنشأ", uk="Документи про освіту з країни походження"),
}

KINDS = {
    "comune_immigrazione": dict(
        cats=["legal-permits"], level=1, sched=OFFICE,
        docs=["Permesso di soggiorno", "Passaporto"], cost=FREE,
        app=dict(
            it="Accesso libero negli orari di apertura oppure su appuntamento telefonico.",
            en="Walk in during opening hours or book an appointment by phone.",
            fr="Accès libre aux heures d'ouverture ou sur rendez-vous pris par téléphone.",
            ar="يمكن الحضور دون موعد خلال ساعات الدوام أو حجز موعد عبر الهاتف.",
            uk="Можна прийти без запису в години роботи або записатися на прийом телефоном."),
        elig=dict(
            it="Cittadini stranieri domiciliati o residenti {a}.",
            en="Foreign nationals who live in {city} or have their registered residence there.",
            fr="Ressortissants étrangers domiciliés ou résidant {a}.",
            ar="المواطنون الأجانب الذين يسكنون في {city} أو لديهم إقامة مسجّلة فيها.",
            uk="Іноземці, які мешкають {loc} або мають там зареєстроване місце проживання."),
        name=dict(
            it="Sportello immigrazione del Comune {di}",
            en="Immigration help desk of the Municipality of {city}",
            fr="Guichet immigration de la Ville {de}",
            ar="مكتب شؤون الهجرة التابع لبلدية {city}",
            uk="Міграційна приймальня муніципалітету {gen}"),
        desc=dict(
            it="Lo sportello offre informazioni e orientamento sulle pratiche di soggiorno, sulla cittadinanza e sull'accesso ai servizi del territorio. Gli operatori aiutano a compilare i moduli per il rinnovo del permesso di soggiorno e a prenotare gli appuntamenti. È possibile chiedere la presenza di un mediatore interculturale.",
            en="The help desk offers information and guidance on residence permit procedures, citizenship and access to local services. Staff help you fill in the forms to renew your residence permit and book appointments. You can ask for an intercultural mediator to be present.",
            fr="Le guichet offre des informations et une orientation sur les démarches de séjour, la citoyenneté et l'accès aux services du territoire. Les agents aident à remplir les formulaires de renouvellement du titre de séjour et à prendre rendez-vous. Il est possible de demander la présence d'un médiateur interculturel.",
            ar="يقدّم المكتب المعلومات والإرشاد حول إجراءات الإقامة والجنسية والوصول إلى الخدمات المحلية. ويساعد الموظفون في تعبئة استمارات تجديد تصريح الإقامة وحجز المواعيد. ويمكن طلب حضور وسيط ثقافي.",
            uk="Приймальня надає інформацію та консультації щодо оформлення дозволу на проживання, громадянства та доступу до місцевих послуг. Працівники допомагають заповнити бланки для продовження дозволу на проживання та записатися на прийом. Можна попросити про присутність міжкультурного посередника.")),
    "anagrafe": dict(
        cats=["legal-permits"], level=0, sched=OFFICE,
        docs=["Permesso di soggiorno", "Passaporto", "Codice fiscale"],
        cost=("paid", dict(
            option=dict(
                it="Carta d'identità elettronica",
                en="Electronic identity card",
                fr="Carte d'identité électronique",
                ar="بطاقة الهوية الإلكترونية",
                uk="Електронне посвідчення особи"),
            amount=22.21,
            amount_description=dict(
                it="L'iscrizione anagrafica è gratuita; si paga solo il rilascio della carta d'identità elettronica.",
                en="Registration in the population register is free; you only pay for the electronic identity card.",
                fr="L'inscription au registre de la population est gratuite ; seule la délivrance de la carte d'identité électronique est payante.",
                ar="التسجيل في سجلّ السكان مجاني؛ ولا يُدفع إلا مقابل إصدار بطاقة الهوية الإلكترونية.",
                uk="Реєстрація в реєстрі населення безкоштовна; платити потрібно лише за видачу електронного посвідчення особи."))),
        fees=dict(
            it="L'iscrizione anagrafica e il cambio di residenza sono gratuiti. La carta d'identità elettronica costa 22,21 euro.",
            en="Registration in the population register and changes of residence are free. The electronic identity card costs 22.21 euros.",
            fr="L'inscription au registre de la population et le changement de résidence sont gratuits. La carte d'identité électronique coûte 22,21 euros.",
            ar="التسجيل في سجلّ السكان وتغيير محلّ الإقامة مجانيان. وتبلغ تكلفة بطاقة الهوية الإلكترونية 22.21 يورو.",
            uk="Реєстрація в реєстрі населення та зміна місця проживання безкоштовні. Електронне посвідчення особи коштує 22,21 євро."),
        app=dict(
            it="Su appuntamento, prenotabile online o allo sportello. Per l'iscrizione anagrafica si compila la dichiarazione di residenza.",
            en="By appointment, which you can book online or at the desk. To register in the population register, you fill in a declaration of residence.",
            fr="Sur rendez-vous, à prendre en ligne ou au guichet. Pour l'inscription au registre de la population, il faut remplir la déclaration de résidence.",
            ar="بموعد مسبق يمكن حجزه عبر الإنترنت أو في الشبّاك. وللتسجيل في سجلّ السكان يجب تعبئة إقرار الإقامة.",
            uk="За попереднім записом, який можна зробити онлайн або у віконці. Для реєстрації в реєстрі населення потрібно заповнити декларацію про місце проживання."),
        elig=dict(
            it="Cittadini stranieri regolarmente soggiornanti che abitano {a}.",
            en="Foreign nationals who are lawfully staying in Italy and live in {city}.",
            fr="Ressortissants étrangers en situation régulière qui habitent {a}.",
            ar="المواطنون الأجانب المقيمون بصورة قانونية الذين يسكنون في {city}.",
            uk="Іноземці, які законно перебувають в Італії та проживають {loc}."),
        name=dict(
            it="Anagrafe del Comune {di} – sportello cittadini stranieri",
            en="Registry office of the Municipality of {city} – desk for foreign nationals",
            fr="Service du registre de la population de la Ville {de} – guichet des ressortissants étrangers",
            ar="مكتب السجل المدني في بلدية {city} – شبّاك المواطنين الأجانب",
            uk="Відділ реєстрації населення муніципалітету {gen} – віконце для іноземців"),
        desc=dict(
            it="L'ufficio gestisce l'iscrizione anagrafica, i cambi di residenza e il rilascio della carta d'identità ai cittadini stranieri regolarmente soggiornanti. Per i cittadini di paesi terzi è richiesto un permesso di soggiorno valido o la ricevuta della richiesta di rinnovo.",
            en="The office handles registration in the population register, changes of residence and the issuing of identity cards to foreign nationals who are lawfully staying. Third-country nationals need a valid residence permit or the receipt of the renewal application.",
            fr="Le service gère l'inscription au registre de la population, les changements de résidence et la délivrance de la carte d'identité aux ressortissants étrangers en situation régulière. Les ressortissants de pays tiers doivent présenter un titre de séjour valide ou le récépissé de la demande de renouvellement.",
            ar="يتولّى المكتب التسجيل في سجلّ السكان وتغيير محلّ الإقامة وإصدار بطاقة الهوية للمواطنين الأجانب المقيمين بصورة قانونية. ويُطلب من مواطني الدول من خارج الاتحاد الأوروبي تصريح إقامة ساري المفعول أو إيصال طلب التجديد.",
            uk="Відділ здійснює реєстрацію в реєстрі населення, зміну місця проживання та видачу посвідчення особи іноземцям, які законно перебувають в Італії. Громадянам третіх країн потрібен чинний дозвіл на проживання або квитанція про подання заяви на його продовження.")),
    "servizi_sociali": dict(
        cats=["social-services"], level=0, sched=OFFICE, multi=True,
        docs=["Permesso di soggiorno", "Codice fiscale", "Attestazione ISEE"], cost=FREE,
        app=dict(
            it="Primo colloquio su appuntamento con l'assistente sociale del proprio quartiere.",
            en="The first meeting is by appointment with the social worker for your neighbourhood.",
            fr="Premier entretien sur rendez-vous avec l'assistant social de votre quartier.",
            ar="يتمّ اللقاء الأول بموعد مسبق مع الأخصائي الاجتماعي المسؤول عن الحيّ الذي تسكن فيه.",
            uk="Перша зустріч — за попереднім записом у соціального працівника вашого району."),
        elig=dict(
            it="Persone e famiglie residenti {a}, comprese le persone straniere regolarmente soggiornanti.",
            en="Individuals and families resident in {city}, including foreign nationals who are lawfully staying in Italy.",
            fr="Personnes et familles résidant {a}, y compris les personnes étrangères en situation régulière.",
            ar="الأفراد والأسر المقيمون في {city}، بمن فيهم الأجانب المقيمون بصورة قانونية.",
            uk="Люди та сім'ї, які проживають {loc}, зокрема іноземці, що законно перебувають в Італії."),
        name=dict(
            it="Servizi sociali del Comune {di}",
            en="Social services of the Municipality of {city}",
            fr="Services sociaux de la Ville {de}",
            ar="الخدمات الاجتماعية في بلدية {city}",
            uk="Соціальні служби муніципалітету {gen}"),
        desc=dict(
            it="Gli assistenti sociali accolgono persone e famiglie in difficoltà economica, abitativa o relazionale e costruiscono insieme un progetto di sostegno. Il servizio può attivare contributi economici, assistenza domiciliare e l'invio ad altri servizi del territorio.",
            en="Social workers support individuals and families facing financial, housing or relationship difficulties and work with them on a support plan. The service can arrange financial assistance, home care and referrals to other local services.",
            fr="Les assistants sociaux accueillent les personnes et les familles en difficulté économique, de logement ou relationnelle et construisent avec elles un projet d'accompagnement. Le service peut mettre en place des aides financières, une aide à domicile et une orientation vers d'autres services du territoire.",
            ar="يستقبل الأخصائيون الاجتماعيون الأفراد والأسر الذين يواجهون صعوبات مالية أو سكنية أو في العلاقات، ويضعون معهم خطة دعم. ويمكن للخدمة تقديم مساعدات مالية ورعاية منزلية وتوجيه الأشخاص إلى خدمات محلية أخرى.",
            uk="Соціальні працівники приймають людей і сім'ї, які мають фінансові, житлові чи міжособистісні труднощі, та разом із ними складають план підтримки. Служба може призначити фінансову допомогу, догляд удома та направити до інших місцевих служб.")),
    "mediazione": dict(
        cats=["mediation"], level=3, sched=OFFICE,
        docs=[], cost=FREE,
        app=dict(
            it="Richiesta tramite l'ufficio pubblico, la scuola o il servizio sanitario che ha bisogno del mediatore, oppure direttamente allo sportello.",
            en="Requests are made through the public office, school or health service that needs the mediator, or directly at the desk.",
            fr="Demande par l'intermédiaire de l'administration, de l'école ou du service de santé qui a besoin du médiateur, ou directement au guichet.",
            ar="يُقدَّم الطلب عن طريق المكتب العام أو المدرسة أو الخدمة الصحية التي تحتاج إلى الوسيط، أو مباشرة في المكتب.",
            uk="Запит подає державна установа, школа чи заклад охорони здоров'я, яким потрібен посередник; можна також звернутися безпосередньо у віконце."),
        elig=dict(
            it="Persone straniere e operatori dei servizi pubblici {di}.",
            en="Foreign nationals and public service staff in {city}.",
            fr="Personnes étrangères et personnel des services publics {de}.",
            ar="الأشخاص الأجانب والعاملون في الخدمات العامة في {city}.",
            uk="Іноземці та працівники державних служб {gen}."),
        name=dict(
            it="Servizio di mediazione interculturale – {city}",
            en="Intercultural mediation service – {city}",
            fr="Service de médiation interculturelle – {city}",
            ar="خدمة الوساطة الثقافية – {city}",
            uk="Служба міжкультурного посередництва – {nom}"),
        desc=dict(
            it="I mediatori interculturali accompagnano le persone straniere negli uffici pubblici, nelle scuole e nei servizi sanitari. Il servizio facilita la comunicazione e aiuta a comprendere procedure e documenti. Gli interventi si prenotano tramite il servizio che ne ha bisogno o direttamente allo sportello.",
            en="Intercultural mediators accompany foreign nationals to public offices, schools and health services. The service makes communication easier and helps people understand procedures and documents. Sessions can be booked through the service that needs them or directly at the desk.",
            fr="Les médiateurs interculturels accompagnent les personnes étrangères dans les administrations, les écoles et les services de santé. Le service facilite la communication et aide à comprendre les démarches et les documents. Les interventions se réservent auprès du service qui en a besoin ou directement au guichet.",
            ar="يرافق الوسطاء الثقافيون الأشخاص الأجانب إلى المكاتب العامة والمدارس والخدمات الصحية. وتسهّل الخدمة التواصل وتساعد على فهم الإجراءات والوثائق. ويمكن حجز التدخلات عن طريق الجهة التي تحتاج إليها أو مباشرة في المكتب.",
            uk="Міжкультурні посередники супроводжують іноземців до державних установ, шкіл і закладів охорони здоров'я. Служба полегшує спілкування та допомагає зрозуміти процедури й документи. Послугу можна замовити через установу, якій вона потрібна, або безпосередньо у віконці.")),
    "casa": dict(
        cats=["housing"], level=1, sched=OFFICE,
        docs=["Permesso di soggiorno", "Codice fiscale", "Attestazione ISEE"], cost=FREE,
        app=dict(
            it="Su appuntamento telefonico o via e-mail. Portare il contratto di affitto, se presente.",
            en="By appointment, booked by phone or e-mail. Bring your rental contract, if you have one.",
            fr="Sur rendez-vous, par téléphone ou par e-mail. Apportez votre contrat de location, si vous en avez un.",
            ar="بموعد يُحجز عبر الهاتف أو البريد الإلكتروني. يُرجى إحضار عقد الإيجار إن وُجد.",
            uk="За попереднім записом телефоном або електронною поштою. Візьміть із собою договір оренди, якщо він у вас є."),
        elig=dict(
            it="Residenti {a} con un reddito basso o a rischio di sfratto.",
            en="Residents of {city} with a low income or at risk of eviction.",
            fr="Personnes résidant {a} qui ont de faibles revenus ou sont menacées d'expulsion.",
            ar="المقيمون في {city} من ذوي الدخل المنخفض أو المعرّضون لخطر الإخلاء.",
            uk="Мешканці {gen} з низьким доходом або під загрозою виселення."),
        name=dict(
            it="Sportello casa del Comune {di}",
            en="Housing help desk of the Municipality of {city}",
            fr="Guichet logement de la Ville {de}",
            ar="مكتب السكن التابع لبلدية {city}",
            uk="Житлова приймальня муніципалітету {gen}"),
        desc=dict(
            it="Lo sportello informa sui bandi per l'edilizia residenziale pubblica, sui contributi per l'affitto e sulle agenzie sociali per la locazione. Gli operatori aiutano a presentare le domande e offrono orientamento in caso di sfratto.",
            en="The desk provides information on calls for public housing, rent subsidies and social letting agencies. Staff help you submit applications and offer guidance in case of eviction.",
            fr="Le guichet informe sur les appels à candidatures pour les logements sociaux, les aides au loyer et les agences sociales de location. Les agents aident à déposer les demandes et orientent les personnes menacées d'expulsion.",
            ar="يقدّم المكتب معلومات عن إعلانات السكن العام والمساعدات المخصّصة للإيجار ووكالات الإيجار الاجتماعي. ويساعد الموظفون في تقديم الطلبات ويقدّمون الإرشاد في حالات الإخلاء.",
            uk="Приймальня інформує про конкурси на отримання соціального житла, допомогу на оплату оренди та соціальні агентства з оренди житла. Працівники допомагають подати заяви та консультують у разі виселення.")),
    "scuola": dict(
        cats=["school"], level=3, sched=OFFICE,
        docs=["Passaporto", "Codice fiscale"], cost=FREE,
        app=dict(
            it="Accesso libero negli orari di apertura; per le iscrizioni durante l'anno è consigliato l'appuntamento.",
            en="Walk in during opening hours; for enrolment during the school year, booking an appointment is recommended.",
            fr="Accès libre aux heures d'ouverture ; pour les inscriptions en cours d'année, il est conseillé de prendre rendez-vous.",
            ar="يمكن الحضور دون موعد خلال ساعات الدوام؛ ويُنصح بحجز موعد للتسجيل خلال السنة الدراسية.",
            uk="Можна прийти без запису в години роботи; щоб записати дитину до школи протягом навчального року, радимо домовитися про зустріч заздалегідь."),
        elig=dict(
            it="Famiglie con figli e figlie da 0 a 16 anni che vivono {a}, con qualsiasi situazione di soggiorno.",
            en="Families with children aged 0 to 16 who live in {city}, whatever their residence status.",
            fr="Familles avec des enfants de 0 à 16 ans qui vivent {a}, quelle que soit leur situation de séjour.",
            ar="العائلات التي لديها أبناء وبنات من عمر 0 إلى 16 عاماً وتعيش في {city}، أياً كان وضع إقامتها.",
            uk="Сім'ї з дітьми віком від 0 до 16 років, які живуть {loc}, незалежно від їхнього статусу перебування."),
        name=dict(
            it="Sportello iscrizioni scolastiche per famiglie straniere – {city}",
            en="School enrolment desk for foreign families – {city}",
            fr="Guichet d'inscription scolaire pour les familles étrangères – {city}",
            ar="مكتب التسجيل المدرسي للعائلات الأجنبية – {city}",
            uk="Приймальня із запису до школи для іноземних сімей – {nom}"),
        desc=dict(
            it="Lo sportello aiuta le famiglie appena arrivate a iscrivere figli e figlie al nido, alla scuola dell'infanzia e alla scuola dell'obbligo, anche durante l'anno scolastico. Offre informazioni su mensa, trasporto e agevolazioni, con il supporto di mediatori linguistici.",
            en="The desk helps newly arrived families enrol their children in nursery, pre-school and compulsory school, including during the school year. It provides information on school meals, transport and reduced fees, with the support of language mediators.",
            fr="Le guichet aide les familles nouvellement arrivées à inscrire leurs enfants à la crèche, à l'école maternelle et à l'école obligatoire, y compris en cours d'année scolaire. Il fournit des informations sur la cantine, le transport et les réductions tarifaires, avec l'appui de médiateurs linguistiques.",
            ar="يساعد المكتب العائلات القادمة حديثاً على تسجيل أبنائها وبناتها في الحضانة وروضة الأطفال والمدرسة الإلزامية، حتى خلال السنة الدراسية. ويقدّم معلومات عن المطعم المدرسي والنقل والتخفيضات، بمساعدة وسطاء لغويين.",
            uk="Приймальня допомагає новоприбулим сім'ям записати дітей до ясел, дитячого садка та школи обов'язкового навчання, зокрема й протягом навчального року. Тут надають інформацію про шкільне харчування, транспорт і пільги за підтримки мовних посередників.")),
    "famiglie": dict(
        cats=["family"], level=2, sched=OFFICE,
        docs=[], cost=FREE,
        app=dict(
            it="Accesso libero alle attività di gruppo; consulenze individuali su appuntamento.",
            en="Group activities are open to all without booking; individual advice is by appointment.",
            fr="Accès libre aux activités de groupe ; conseils individuels sur rendez-vous.",
            ar="يمكن المشاركة في الأنشطة الجماعية دون حجز؛ أما الاستشارات الفردية فبموعد مسبق.",
            uk="На групові заняття можна прийти без запису; індивідуальні консультації — за попереднім записом."),
        elig=dict(
            it="Genitori, future madri e futuri padri, famiglie con bambini e ragazzi che vivono {a}.",
            en="Parents, mothers- and fathers-to-be, and families with children and teenagers who live in {city}.",
            fr="Parents, futures mères et futurs pères, familles avec enfants et adolescents qui vivent {a}.",
            ar="الآباء والأمهات، والأزواج الذين ينتظرون مولوداً، والعائلات التي لديها أطفال ومراهقون وتعيش في {city}.",
            uk="Батьки, майбутні мами й тата, сім'ї з дітьми та підлітками, які живуть {loc}."),
        name=dict(
            it="Centro per le famiglie – {city}",
            en="Family centre – {city}",
            fr="Centre pour les familles – {city}",
            ar="مركز الأسرة – {city}",
            uk="Центр підтримки сімей – {nom}"),
        desc=dict(
            it="Il centro offre consulenza educativa, sostegno alla genitorialità e spazi di incontro per genitori e bambini. Sono disponibili gruppi per neo-genitori e attività in più lingue per le famiglie di origine straniera.",
            en="The centre offers parenting advice, support for parents and meeting spaces for parents and children. Groups for new parents and activities in several languages for families of foreign origin are available.",
            fr="Le centre propose des conseils éducatifs, un soutien à la parentalité et des espaces de rencontre pour les parents et les enfants. Des groupes pour jeunes parents et des activités en plusieurs langues pour les familles d'origine étrangère sont proposés.",
            ar="يقدّم المركز استشارات تربوية ودعماً للوالدين وأماكن لقاء للآباء والأمهات والأطفال. وتتوفّر مجموعات للآباء الجدد وأنشطة بعدّة لغات للعائلات من أصول أجنبية.",
            uk="Центр надає консультації з питань виховання, підтримку батьків і простір для зустрічей батьків із дітьми. Працюють групи для молодих батьків і заняття кількома мовами для сімей іноземного походження.")),
    "idoneita": dict(
        cats=["housing", "family"], level=0, sched=OFFICE,
        docs=["Permesso di soggiorno", "Contratto di affitto o atto di proprietà", "Planimetria dell'alloggio"],
        cost=("paid", dict(
            option=dict(
                it="Diritti di istruttoria",
                en="Processing fee",
                fr="Frais de dossier",
                ar="رسوم معالجة الملف",
                uk="Збір за розгляд заяви"),
            amount=30,
            amount_description=dict(
                it="Più una marca da bollo da 16 euro.",
                en="Plus a 16-euro revenue stamp (marca da bollo).",
                fr="Plus un timbre fiscal (marca da bollo) de 16 euros.",
                ar="إضافة إلى طابع مالي (marca da bollo) بقيمة 16 يورو.",
                uk="Крім того, потрібна гербова марка (marca da bollo) вартістю 16 євро."))),
        fees=dict(
            it="Diritti di istruttoria di 30 euro più una marca da bollo da 16 euro.",
            en="A processing fee of 30 euros plus a 16-euro revenue stamp (marca da bollo).",
            fr="Frais de dossier de 30 euros, plus un timbre fiscal (marca da bollo) de 16 euros.",
            ar="رسوم معالجة الملف 30 يورو، إضافة إلى طابع مالي (marca da bollo) بقيمة 16 يورو.",
            uk="Збір за розгляд заяви — 30 євро, а також гербова марка (marca da bollo) вартістю 16 євро."),
        app=dict(
            it="Domanda da presentare allo sportello o via PEC; il sopralluogo tecnico viene fissato entro 30 giorni.",
            en="Submit the application at the desk or by certified e-mail (PEC); the technical inspection is scheduled within 30 days.",
            fr="La demande se dépose au guichet ou par courrier électronique certifié (PEC) ; la visite technique a lieu dans les 30 jours.",
            ar="يُقدَّم الطلب في الشبّاك أو عبر البريد الإلكتروني المعتمد (PEC)؛ ويُحدَّد موعد المعاينة الفنية للمسكن خلال 30 يوماً.",
            uk="Заяву подають у віконці або через сертифіковану електронну пошту (PEC); технічний огляд житла призначають протягом 30 днів."),
        elig=dict(
            it="Cittadini stranieri che abitano {a} e devono dimostrare l'idoneità del proprio alloggio.",
            en="Foreign nationals who live in {city} and need to prove that their home is suitable.",
            fr="Ressortissants étrangers qui habitent {a} et doivent prouver la conformité de leur logement.",
            ar="المواطنون الأجانب الذين يسكنون في {city} ويحتاجون إلى إثبات صلاحية مسكنهم.",
            uk="Іноземці, які живуть {loc} і мають підтвердити, що їхнє житло придатне для проживання."),
        name=dict(
            it="Sportello idoneità alloggiativa e ricongiungimento familiare – {city}",
            en="Housing suitability and family reunification desk – {city}",
            fr="Guichet pour l'attestation de conformité du logement et le regroupement familial – {city}",
            ar="مكتب شهادة صلاحية السكن ولمّ الشمل العائلي – {city}",
            uk="Приймальня з видачі довідки про придатність житла та возз'єднання сімей – {nom}"),
        desc=dict(
            it="Lo sportello rilascia il certificato di idoneità alloggiativa richiesto per il ricongiungimento familiare, per il permesso UE per soggiornanti di lungo periodo e per alcuni contratti di lavoro. Un tecnico comunale verifica che l'abitazione rispetti i requisiti igienico-sanitari e di superficie.",
            en="The desk issues the housing suitability certificate required for family reunification, for the EU long-term residence permit and for some employment contracts. A municipal technician checks that the home meets health and floor-area requirements.",
            fr="Le guichet délivre l'attestation de conformité du logement exigée pour le regroupement familial, pour le permis de séjour UE de longue durée et pour certains contrats de travail. Un technicien municipal vérifie que le logement respecte les normes d'hygiène et de surface.",
            ar="يُصدر المكتب شهادة صلاحية السكن المطلوبة للمّ الشمل العائلي وللحصول على تصريح الإقامة الأوروبي طويل الأمد ولبعض عقود العمل. ويتحقّق فنّي من البلدية من أنّ المسكن يستوفي شروط الصحة والمساحة.",
            uk="Приймальня видає довідку про придатність житла, необхідну для возз'єднання сім'ї, для отримання дозволу ЄС на довгострокове проживання та для деяких трудових договорів. Технік муніципалітету перевіряє, чи відповідає житло санітарним вимогам і нормам площі.")),
    "questura": dict(
        cats=["legal-permits"], level=0, sched=QUESTURA,
        docs=["Passaporto", "Permesso di soggiorno", "Ricevuta della raccomandata del kit postale"],
        cost=("paid", dict(
            option=dict(
                it="Contributo per il permesso di soggiorno",
                en="Residence permit fee",
                fr="Contribution pour le titre de séjour",
                ar="رسم تصريح الإقامة",
                uk="Внесок за дозвіл на проживання"),
            amount=40,
            amount_description=dict(
                it="Da 40 a 100 euro secondo la durata del permesso, più 30,46 euro per il documento elettronico.",
                en="From 40 to 100 euros depending on the length of the permit, plus 30.46 euros for the electronic document.",
                fr="De 40 à 100 euros selon la durée du titre, plus 30,46 euros pour le document électronique.",
                ar="من 40 إلى 100 يورو حسب مدة التصريح، إضافة إلى 30.46 يورو للوثيقة الإلكترونية.",
                uk="Від 40 до 100 євро залежно від строку дії дозволу, а також 30,46 євро за електронний документ."))),
        fees=dict(
            it="Contributo da 40 a 100 euro secondo la durata del permesso, più 30,46 euro per il documento elettronico, 16 euro di marca da bollo e 30 euro per la spedizione del kit postale.",
            en="A fee of 40 to 100 euros depending on the length of the permit, plus 30.46 euros for the electronic document, a 16-euro revenue stamp (marca da bollo) and 30 euros for sending the postal kit.",
            fr="Contribution de 40 à 100 euros selon la durée du titre, plus 30,46 euros pour le document électronique, un timbre fiscal (marca da bollo) de 16 euros et 30 euros pour l'envoi du kit postal.",
            ar="رسم يتراوح بين 40 و100 يورو حسب مدة التصريح، إضافة إلى 30.46 يورو للوثيقة الإلكترونية، وطابع مالي (marca da bollo) بقيمة 16 يورو، و30 يورو لإرسال الملف البريدي.",
            uk="Внесок від 40 до 100 євро залежно від строку дії дозволу, а також 30,46 євро за електронний документ, 16 євро за гербову марку (marca da bollo) і 30 євро за відправлення поштового пакета."),
        app=dict(
            it="Solo su appuntamento. Presentarsi con la convocazione, il passaporto e quattro fototessere recenti.",
            en="By appointment only. Bring your appointment letter, your passport and four recent passport photos.",
            fr="Uniquement sur rendez-vous. Présentez-vous avec la convocation, le passeport et quatre photos d'identité récentes.",
            ar="بموعد مسبق فقط. يُرجى إحضار رسالة الاستدعاء وجواز السفر وأربع صور شخصية حديثة.",
            uk="Лише за попереднім записом. Візьміть із собою запрошення на прийом, паспорт і чотири нещодавні фотографії на документи."),
        elig=dict(
            it="Cittadini di paesi terzi che chiedono il rilascio o il rinnovo del permesso di soggiorno nella provincia {di}.",
            en="Third-country nationals applying for a new or renewed residence permit in the province of {city}.",
            fr="Ressortissants de pays tiers qui demandent la délivrance ou le renouvellement du titre de séjour dans la province {de}.",
            ar="مواطنو الدول من خارج الاتحاد الأوروبي الذين يطلبون إصدار تصريح الإقامة أو تجديده في مقاطعة {city}.",
            uk="Громадяни третіх країн, які подають заяву на видачу або продовження дозволу на проживання в провінції {gen}."),
        name=dict(
            it="Ufficio Immigrazione della Questura {di}",
            en="Immigration Office of the Questura (Police Headquarters) of {city}",
            fr="Bureau de l'immigration de la Questura (préfecture de police) {de}",
            ar="مكتب الهجرة في مديرية الشرطة (الكويستورا) في {city}",
            uk="Міграційний відділ Квестури (управління поліції) {gen}"),
        desc=dict(
            it="L'ufficio riceve le istanze di rilascio e rinnovo del permesso di soggiorno, rileva le impronte digitali e consegna i permessi elettronici. Si accede solo su appuntamento, indicato nella ricevuta postale o fissato tramite il portale dedicato. Le richieste di protezione internazionale si presentano presso lo stesso ufficio.",
            en="The office receives applications for issuing and renewing residence permits, takes fingerprints and hands over electronic permits. Access is by appointment only, as shown on the post office receipt or booked through the dedicated portal. Applications for international protection are also submitted at this office.",
            fr="Le bureau reçoit les demandes de délivrance et de renouvellement du titre de séjour, relève les empreintes digitales et remet les titres électroniques. L'accès se fait uniquement sur rendez-vous, indiqué sur le récépissé postal ou fixé via le portail dédié. Les demandes de protection internationale se présentent dans ce même bureau.",
            ar="يستقبل المكتب طلبات إصدار تصاريح الإقامة وتجديدها، ويأخذ بصمات الأصابع ويسلّم التصاريح الإلكترونية. ولا يتمّ الدخول إلا بموعد مسبق، مذكور في إيصال البريد أو محجوز عبر البوابة الإلكترونية المخصّصة. وتُقدَّم طلبات الحماية الدولية في المكتب نفسه.",
            uk="Відділ приймає заяви на видачу та продовження дозволу на проживання, знімає відбитки пальців і видає електронні дозволи. Прийом лише за попереднім записом, час якого зазначено в поштовій квитанції або призначено через спеціальний портал. Заяви про міжнародний захист також подаються до цього відділу.")),
    "prefettura": dict(
        cats=["legal-permits", "family"], level=1, sched=OFFICE,
        docs=["Passaporto", "Permesso di soggiorno"], cost=FREE,
        app=dict(
            it="Le domande di nulla osta si inviano online; lo sportello riceve solo su convocazione o appuntamento.",
            en="Applications for clearance (nulla osta) are sent online; the desk sees people only when they are called in or have an appointment.",
            fr="Les demandes d'autorisation (nulla osta) s'envoient en ligne ; le guichet reçoit uniquement sur convocation ou sur rendez-vous.",
            ar="تُرسَل طلبات الموافقة المسبقة (نولا أوستا) عبر الإنترنت؛ ولا يستقبل الشبّاك إلا بناءً على استدعاء أو بموعد مسبق.",
            uk="Заяви на отримання дозволу (nulla osta) подають онлайн; віконце приймає лише за викликом або за попереднім записом."),
        elig=dict(
            it="Datori di lavoro e cittadini stranieri regolarmente soggiornanti nella provincia {di}.",
            en="Employers and foreign nationals lawfully staying in the province of {city}.",
            fr="Employeurs et ressortissants étrangers en situation régulière dans la province {de}.",
            ar="أصحاب العمل والمواطنون الأجانب المقيمون بصورة قانونية في مقاطعة {city}.",
            uk="Роботодавці та іноземці, які законно перебувають у провінції {gen}."),
        name=dict(
            it="Sportello unico per l'immigrazione della Prefettura {di}",
            en="Single Desk for Immigration of the Prefecture of {city}",
            fr="Guichet unique pour l'immigration de la Préfecture {de}",
            ar="الشبّاك الموحّد للهجرة في المحافظة (البريفتورا) في {city}",
            uk="Єдине віконце з питань імміграції Префектури {gen}"),
        desc=dict(
            it="Lo Sportello unico gestisce le domande di nulla osta per lavoro subordinato e per ricongiungimento familiare e la firma del contratto di soggiorno. Organizza inoltre le sessioni di formazione civica e i test di lingua italiana previsti dall'accordo di integrazione.",
            en="The Single Desk handles applications for work and family reunification clearances (nulla osta) and the signing of the residence contract. It also organises the civic orientation sessions and the Italian language tests required by the integration agreement.",
            fr="Le guichet unique traite les demandes d'autorisation (nulla osta) pour le travail salarié et pour le regroupement familial ainsi que la signature du contrat de séjour. Il organise également les sessions de formation civique et les tests de langue italienne prévus par l'accord d'intégration.",
            ar="يتولّى الشبّاك الموحّد طلبات الموافقة المسبقة (نولا أوستا) للعمل المأجور وللمّ الشمل العائلي، وتوقيع عقد الإقامة. كما ينظّم دورات التربية المدنية واختبارات اللغة الإيطالية المنصوص عليها في اتفاقية الاندماج.",
            uk="Єдине віконце розглядає заяви на отримання дозволу (nulla osta) на найману працю та на возз'єднання сім'ї, а також організовує підписання договору про перебування. Воно також проводить заняття з громадянської освіти та тести з італійської мови, передбачені угодою про інтеграцію.")),
    "stp": dict(
        cats=["health"], level=3, sched=HEALTH, multi=True,
        docs=[], cost=FREE,
        app=dict(
            it="Accesso diretto senza appuntamento negli orari di apertura. Il codice STP o ENI viene rilasciato alla prima visita.",
            en="Walk in without an appointment during opening hours. The STP or ENI code is issued at your first visit.",
            fr="Accès direct sans rendez-vous aux heures d'ouverture. Le code STP ou ENI est délivré lors de la première consultation.",
            ar="يمكن الحضور مباشرة دون موعد خلال ساعات الدوام. ويُمنح رمز STP أو ENI في الزيارة الأولى.",
            uk="Можна прийти без запису в години роботи. Код STP або ENI видають під час першого візиту."),
        elig=dict(
            it="Cittadini di paesi terzi senza permesso di soggiorno (STP) e cittadini dell'Unione europea senza copertura sanitaria (ENI).",
            en="Third-country nationals without a residence permit (STP) and European Union citizens without health cover (ENI).",
            fr="Ressortissants de pays tiers sans titre de séjour (STP) et citoyens de l'Union européenne sans couverture santé (ENI).",
            ar="مواطنو الدول من خارج الاتحاد الأوروبي الذين ليس لديهم تصريح إقامة (STP)، ومواطنو الاتحاد الأوروبي الذين ليس لديهم تغطية صحية (ENI).",
            uk="Громадяни третіх країн без дозволу на проживання (STP) і громадяни Європейського Союзу без медичного страхування (ENI)."),
        name=dict(
            it="Ambulatorio STP/ENI – {city}",
            en="STP/ENI outpatient clinic – {city}",
            fr="Dispensaire STP/ENI – {city}",
            ar="عيادة STP/ENI – {city}",
            uk="Амбулаторія STP/ENI – {nom}"),
        desc=dict(
            it="L'ambulatorio garantisce cure urgenti ed essenziali alle persone straniere non iscrivibili al Servizio sanitario nazionale, con il codice STP o ENI. Le visite sono anonime e non comportano alcuna segnalazione alle autorità. Il codice viene rilasciato direttamente in ambulatorio.",
            en="The clinic provides urgent and essential care to foreign nationals who cannot register with the National Health Service, using the STP or ENI code. Visits are anonymous and are not reported to the authorities. The code is issued directly at the clinic.",
            fr="Le dispensaire assure les soins urgents et essentiels aux personnes étrangères qui ne peuvent pas s'inscrire au Service national de santé, grâce au code STP ou ENI. Les consultations sont anonymes et ne donnent lieu à aucun signalement aux autorités. Le code est délivré directement au dispensaire.",
            ar="تضمن العيادة الرعاية العاجلة والأساسية للأشخاص الأجانب الذين لا يمكنهم التسجيل في الخدمة الصحية الوطنية، بواسطة رمز STP أو ENI. والزيارات مجهولة الهوية ولا يترتّب عليها أي إبلاغ للسلطات. ويُمنح الرمز مباشرة في العيادة.",
            uk="Амбулаторія надає невідкладну та необхідну медичну допомогу іноземцям, які не можуть зареєструватися в Національній службі охорони здоров'я, за кодом STP або ENI. Прийом анонімний і не передбачає жодного повідомлення владі. Код видають безпосередньо в амбулаторії.")),
    "consultorio": dict(
        cats=["health", "family"], level=2, sched=HEALTH, multi=True,
        docs=["Tessera sanitaria"], cost=FREE,
        app=dict(
            it="Accesso diretto senza impegnativa; per le visite ginecologiche è consigliato prenotare.",
            en="Walk in, no doctor's referral needed; for gynaecological visits, booking is recommended.",
            fr="Accès direct sans ordonnance du médecin ; pour les consultations gynécologiques, il est conseillé de prendre rendez-vous.",
            ar="يمكن الحضور مباشرة دون إحالة من الطبيب؛ ويُنصح بحجز موعد لفحوص أمراض النساء.",
            uk="Можна прийти без направлення від лікаря; на гінекологічний огляд радимо записатися заздалегідь."),
        elig=dict(
            it="Donne, coppie, adolescenti e famiglie, comprese le persone con codice STP o ENI.",
            en="Women, couples, teenagers and families, including people with an STP or ENI code.",
            fr="Femmes, couples, adolescents et familles, y compris les personnes ayant un code STP ou ENI.",
            ar="النساء والأزواج والمراهقون والعائلات، بمن فيهم الأشخاص الحاصلون على رمز STP أو ENI.",
            uk="Жінки, пари, підлітки та сім'ї, зокрема особи з кодом STP або ENI."),
        name=dict(
            it="Consultorio familiare – {city}",
            en="Family counselling centre – {city}",
            fr="Centre de planification et de conseil familial – {city}",
            ar="مركز الاستشارات الأسرية – {city}",
            uk="Сімейна консультація – {nom}"),
        desc=dict(
            it="Il consultorio offre assistenza in gravidanza, contraccezione, screening oncologici femminili e sostegno psicologico alla coppia e alla famiglia. L'accesso è gratuito e non serve l'impegnativa del medico. In alcuni giorni della settimana sono presenti ostetriche, ginecologhe e mediatrici culturali.",
            en="The centre offers pregnancy care, contraception, women's cancer screening and psychological support for couples and families. Access is free and no doctor's referral is needed. Midwives, gynaecologists and cultural mediators are available on some days of the week.",
            fr="Le centre propose le suivi de grossesse, la contraception, les dépistages des cancers féminins et un soutien psychologique au couple et à la famille. L'accès est gratuit et ne nécessite pas d'ordonnance du médecin. Certains jours de la semaine, des sages-femmes, des gynécologues et des médiatrices culturelles sont présentes.",
            ar="يقدّم المركز الرعاية أثناء الحمل ووسائل منع الحمل والفحوص المبكرة للسرطانات النسائية والدعم النفسي للزوجين والأسرة. والدخول مجاني ولا يتطلّب إحالة من الطبيب. وتتواجد قابلات وطبيبات نساء ووسيطات ثقافيات في بعض أيام الأسبوع.",
            uk="Консультація надає допомогу під час вагітності, консультації з контрацепції, жіночі онкологічні скринінги та психологічну підтримку парам і сім'ям. Прийом безкоштовний, направлення від лікаря не потрібне. У певні дні тижня працюють акушерки, гінекологині та культурні посередниці.")),
    "salute_migranti": dict(
        cats=["health", "mediation"], level=3, sched=HEALTH,
        docs=["Permesso di soggiorno", "Codice fiscale"], cost=FREE,
        app=dict(
            it="Su appuntamento telefonico; i mediatori sono presenti negli orari di apertura.",
            en="By appointment, booked by phone; mediators are available during opening hours.",
            fr="Sur rendez-vous par téléphone ; des médiateurs sont présents aux heures d'ouverture.",
            ar="بموعد يُحجز عبر الهاتف؛ ويتواجد الوسطاء خلال ساعات الدوام.",
            uk="За попереднім записом телефоном; у години роботи на місці є посередники."),
        elig=dict(
            it="Persone migranti arrivate da poco {a}, richiedenti asilo e titolari di protezione.",
            en="Migrants who have recently arrived in {city}, asylum seekers and holders of protection.",
            fr="Personnes migrantes récemment arrivées {a}, demandeurs d'asile et bénéficiaires d'une protection.",
            ar="المهاجرون الذين وصلوا حديثاً إلى {city}، وطالبو اللجوء والحاصلون على الحماية.",
            uk="Мігранти, які нещодавно прибули до {gen}, шукачі притулку та особи, які отримали захист."),
        name=dict(
            it="Centro salute migranti – {city}",
            en="Migrant health centre – {city}",
            fr="Centre de santé des migrants – {city}",
            ar="مركز صحة المهاجرين – {city}",
            uk="Центр здоров'я мігрантів – {nom}"),
        desc=dict(
            it="Il centro accompagna le persone migranti nell'iscrizione al Servizio sanitario nazionale e nella scelta del medico di base. Offre visite di primo accesso, vaccinazioni e orientamento ai servizi specialistici con il supporto di mediatori.",
            en="The centre helps migrants register with the National Health Service and choose a family doctor. It offers first-contact visits, vaccinations and guidance to specialist services with the support of mediators.",
            fr="Le centre accompagne les personnes migrantes dans leur inscription au Service national de santé et dans le choix du médecin traitant. Il propose des consultations de premier accueil, des vaccinations et une orientation vers les services spécialisés avec l'appui de médiateurs.",
            ar="يرافق المركز المهاجرين في التسجيل في الخدمة الصحية الوطنية واختيار طبيب الأسرة. ويقدّم فحوصاً أولية ولقاحات وإرشاداً إلى الخدمات التخصصية بمساعدة وسطاء.",
            uk="Центр допомагає мігрантам зареєструватися в Національній службі охорони здоров'я та обрати сімейного лікаря. Тут проводять первинні огляди, вакцинацію та направляють до лікарів-спеціалістів за підтримки посередників.")),
    "cpi": dict(
        cats=["work-training"], level=1, sched=OFFICE, multi=True,
        docs=["Permesso di soggiorno", "Codice fiscale"], cost=FREE,
        app=dict(
            it="Prenotazione online o telefonica; la dichiarazione di immediata disponibilità si può rilasciare anche sul portale regionale.",
            en="Book online or by phone; you can also make the declaration of immediate availability for work on the regional portal.",
            fr="Rendez-vous en ligne ou par téléphone ; la déclaration de disponibilité immédiate peut aussi se faire sur le portail régional.",
            ar="الحجز عبر الإنترنت أو الهاتف؛ ويمكن أيضاً تقديم إعلان الاستعداد الفوري للعمل عبر البوابة الإلكترونية للإقليم.",
            uk="Запис онлайн або телефоном; заяву про негайну готовність до роботи можна подати й на регіональному порталі."),
        elig=dict(
            it="Persone in cerca di lavoro residenti o domiciliate {a}, con permesso di soggiorno che consente di lavorare.",
            en="Job seekers who live in {city} or have their registered residence there, with a residence permit that allows them to work.",
            fr="Personnes à la recherche d'un emploi résidant ou domiciliées {a}, avec un titre de séjour qui autorise à travailler.",
            ar="الباحثون عن عمل الذين يسكنون في {city} أو لديهم إقامة مسجّلة فيها، ويحملون تصريح إقامة يسمح لهم بالعمل.",
            uk="Особи, які шукають роботу й мешкають {loc} або мають там зареєстроване місце проживання, з дозволом на проживання, що дає право працювати."),
        name=dict(
            it="Centro per l'impiego {di}",
            en="Job centre of {city}",
            fr="Agence pour l'emploi {de}",
            ar="مركز التشغيل في {city}",
            uk="Центр зайнятості {gen}"),
        desc=dict(
            it="Il centro per l'impiego offre colloqui di orientamento, iscrizione alle liste di disoccupazione e incontro tra domanda e offerta di lavoro. Gli operatori aiutano a preparare il curriculum e segnalano corsi e tirocini. I cittadini stranieri possono rilasciare qui la dichiarazione di immediata disponibilità al lavoro.",
            en="The job centre offers career guidance interviews, registration as unemployed and matching between job seekers and employers. Staff help you prepare your CV and point out courses and traineeships. Foreign nationals can make their declaration of immediate availability for work here.",
            fr="L'agence pour l'emploi propose des entretiens d'orientation, l'inscription comme demandeur d'emploi et la mise en relation entre l'offre et la demande de travail. Les conseillers aident à préparer le CV et signalent des formations et des stages. Les ressortissants étrangers peuvent y faire leur déclaration de disponibilité immédiate au travail.",
            ar="يقدّم مركز التشغيل مقابلات توجيهية والتسجيل في قوائم الباحثين عن عمل والربط بين طالبي العمل وأصحاب العمل. ويساعد الموظفون في إعداد السيرة الذاتية ويقترحون دورات تدريبية وفترات تدريب عملي. ويمكن للمواطنين الأجانب تقديم إعلان الاستعداد الفوري للعمل هنا.",
            uk="Центр зайнятості проводить співбесіди з профорієнтації, реєструє безробітних і допомагає поєднати пошукачів роботи з роботодавцями. Працівники допомагають скласти резюме та підказують курси й стажування. Іноземці можуть подати тут заяву про негайну готовність до роботи.")),
    "formazione": dict(
        cats=["work-training"], level=2, sched=OFFICE,
        docs=["Permesso di soggiorno", "Codice fiscale"],
        cost=("mixed", dict(
            option=dict(
                it="Quota di iscrizione",
                en="Enrolment fee",
                fr="Frais d'inscription",
                ar="رسوم التسجيل",
                uk="Реєстраційний внесок"),
            amount=50,
            amount_description=dict(
                it="Gratuito per le persone iscritte al centro per l'impiego.",
                en="Free for people registered with the job centre.",
                fr="Gratuit pour les personnes inscrites à l'agence pour l'emploi.",
                ar="مجاني للأشخاص المسجّلين في مركز التشغيل.",
                uk="Безкоштовно для осіб, зареєстрованих у центрі зайнятості."))),
        fees=dict(
            it="Quota di iscrizione di 50 euro; gratuito per le persone disoccupate iscritte al centro per l'impiego.",
            en="Enrolment fee of 50 euros; free for unemployed people registered with the job centre.",
            fr="Frais d'inscription de 50 euros ; gratuit pour les demandeurs d'emploi inscrits à l'agence pour l'emploi.",
            ar="رسوم التسجيل 50 يورو؛ وهي مجانية للعاطلين عن العمل المسجّلين في مركز التشغيل.",
            uk="Реєстраційний внесок — 50 євро; безкоштовно для безробітних, зареєстрованих у центрі зайнятості."),
        app=dict(
            it="Iscrizione con colloquio e test di italiano orale; le graduatorie sono pubblicate prima dell'inizio di ogni corso.",
            en="Enrolment involves an interview and an oral Italian test; the ranking lists are published before each course starts.",
            fr="Inscription avec un entretien et un test oral d'italien ; les listes d'admission sont publiées avant le début de chaque formation.",
            ar="يتمّ التسجيل بعد مقابلة واختبار شفهي في اللغة الإيطالية؛ وتُنشر قوائم المقبولين قبل بدء كل دورة.",
            uk="Запис — після співбесіди та усного тесту з італійської мови; рейтингові списки публікують перед початком кожного курсу."),
        elig=dict(
            it="Persone maggiorenni con permesso di soggiorno valido e conoscenza dell'italiano almeno di livello A2.",
            en="Adults with a valid residence permit and at least A2-level Italian.",
            fr="Personnes majeures titulaires d'un titre de séjour valide et ayant au moins le niveau A2 en italien.",
            ar="الأشخاص البالغون الذين يحملون تصريح إقامة ساري المفعول ويتقنون اللغة الإيطالية بمستوى A2 على الأقل.",
            uk="Повнолітні особи з чинним дозволом на проживання, які знають італійську мову щонайменше на рівні A2."),
        name=dict(
            it="Corsi di formazione professionale per persone straniere – {city}",
            en="Vocational training courses for foreign nationals – {city}",
            fr="Formations professionnelles pour les personnes étrangères – {city}",
            ar="دورات التكوين المهني للأشخاص الأجانب – {city}",
            uk="Курси професійного навчання для іноземців – {nom}"),
        desc=dict(
            it="L'ente organizza corsi brevi di qualifica nei settori della ristorazione, della logistica, dell'assistenza familiare e dell'edilizia. Ogni corso comprende un modulo di italiano per il lavoro e un tirocinio in azienda. Al termine si ottiene un attestato riconosciuto dalla Regione.",
            en="The provider runs short qualification courses in catering, logistics, home care and construction. Each course includes a module of Italian for work and a company traineeship. Participants receive a certificate recognised by the Region at the end.",
            fr="L'organisme propose des formations qualifiantes courtes dans la restauration, la logistique, l'aide à domicile et le bâtiment. Chaque formation comprend un module d'italien professionnel et un stage en entreprise. À la fin, les participants obtiennent une attestation reconnue par la Région.",
            ar="تنظّم المؤسسة دورات تأهيلية قصيرة في مجالات المطاعم والخدمات اللوجستية ورعاية الأسر والبناء. وتتضمّن كل دورة وحدة للغة الإيطالية الخاصة بالعمل وتدريباً عملياً في شركة. وفي نهايتها يحصل المشاركون على شهادة معترف بها من الإقليم.",
            uk="Заклад організовує короткі кваліфікаційні курси у сферах громадського харчування, логістики, догляду за людьми вдома та будівництва. Кожен курс містить модуль італійської мови для роботи та стажування на підприємстві. Після завершення учасники отримують сертифікат, визнаний Регіоном.")),
    "cpia_italiano": dict(
        cats=["italian-language"], level=2, sched=CPIA, multi=True,
        docs=["Codice fiscale"], cost=FREE,
        app=dict(
            it="Iscrizione in segreteria tutto l'anno, con un breve test per stabilire il livello.",
            en="Enrol at the school office at any time of year; a short test sets your level.",
            fr="Inscription au secrétariat toute l'année, avec un court test pour déterminer le niveau.",
            ar="التسجيل في مكتب الأمانة طوال السنة، مع اختبار قصير لتحديد المستوى.",
            uk="Записатися можна в секретаріаті протягом усього року; короткий тест визначить ваш рівень."),
        elig=dict(
            it="Persone adulte straniere e ragazzi e ragazze dai 16 anni che vivono {a}.",
            en="Foreign adults and young people aged 16 and over who live in {city}.",
            fr="Adultes étrangers et jeunes à partir de 16 ans qui vivent {a}.",
            ar="البالغون الأجانب والشباب والشابات من عمر 16 عاماً فما فوق الذين يعيشون في {city}.",
            uk="Дорослі іноземці, а також юнаки й дівчата віком від 16 років, які живуть {loc}."),
        name=dict(
            it="Corsi di italiano per adulti stranieri del CPIA {di}",
            en="Italian courses for foreign adults – CPIA adult education centre of {city}",
            fr="Cours d'italien pour adultes étrangers du CPIA {de}",
            ar="دورات اللغة الإيطالية للبالغين الأجانب في مركز تعليم الكبار CPIA في {city}",
            uk="Курси італійської мови для дорослих іноземців – центр освіти дорослих CPIA ({nom})"),
        desc=dict(
            it="Il CPIA organizza corsi gratuiti di lingua italiana dal livello pre-A1 al livello B1, in orario diurno e serale. Al termine del corso si può sostenere l'esame per la certificazione A2, valida per il permesso UE per soggiornanti di lungo periodo. L'iscrizione è aperta a tutte le persone con almeno 16 anni.",
            en="The CPIA runs free Italian language courses from pre-A1 to B1 level, in the daytime and in the evening. At the end of the course you can take the A2 certification exam, which is valid for the EU long-term residence permit. Enrolment is open to everyone aged 16 and over.",
            fr="Le CPIA organise des cours d'italien gratuits du niveau pré-A1 au niveau B1, en journée et en soirée. À la fin du cours, il est possible de passer l'examen de certification A2, valable pour le permis de séjour UE de longue durée. L'inscription est ouverte à toutes les personnes âgées d'au moins 16 ans.",
            ar="ينظّم مركز تعليم الكبار (CPIA) دورات مجانية في اللغة الإيطالية من المستوى ما قبل A1 إلى المستوى B1، في الفترتين النهارية والمسائية. وفي نهاية الدورة يمكن اجتياز امتحان شهادة المستوى A2 الصالحة للحصول على تصريح الإقامة الأوروبي طويل الأمد. والتسجيل مفتوح لجميع الأشخاص البالغين من العمر 16 عاماً فما فوق.",
            uk="Центр освіти дорослих (CPIA) організовує безкоштовні курси італійської мови від рівня pre-A1 до рівня B1, вдень і ввечері. Після завершення курсу можна скласти іспит на сертифікат рівня A2, чинний для отримання дозволу ЄС на довгострокове проживання. Записатися можуть усі особи віком від 16 років.")),
    "cpia_licenza": dict(
        cats=["school", "italian-language"], level=1, sched=CPIA,
        docs=["Codice fiscale", "Titoli di studio del paese di origine"], cost=FREE,
        app=dict(
            it="Iscrizione in segreteria entro ottobre o, se ci sono posti, durante l'anno.",
            en="Enrol at the school office by October or, if places are still available, during the year.",
            fr="Inscription au secrétariat jusqu'à fin octobre ou, s'il reste des places, en cours d'année.",
            ar="التسجيل في مكتب الأمانة حتى شهر أكتوبر، أو خلال السنة إذا توفّرت أماكن شاغرة.",
            uk="Записатися можна в секретаріаті до кінця жовтня або, якщо є вільні місця, протягом року."),
        elig=dict(
            it="Persone dai 16 anni in su senza il diploma di scuola secondaria di primo grado.",
            en="People aged 16 and over who do not have a lower secondary school diploma.",
            fr="Personnes de 16 ans et plus qui n'ont pas le diplôme de fin de premier cycle du secondaire.",
            ar="الأشخاص من عمر 16 عاماً فما فوق الذين لا يحملون شهادة التعليم الإعدادي.",
            uk="Особи віком від 16 років, які не мають свідоцтва про базову середню освіту."),
        name=dict(
            it="Percorsi di licenza media e alfabetizzazione per adulti – CPIA {city}",
            en="Lower secondary diploma and literacy courses for adults – CPIA {city}",
            fr="Parcours de diplôme du premier cycle et d'alphabétisation pour adultes – CPIA {city}",
            ar="مسارات شهادة التعليم الإعدادي ومحو الأمية للبالغين – CPIA {city}",
            uk="Програми здобуття базової середньої освіти та навчання грамоти для дорослих – CPIA ({nom})"),
        desc=dict(
            it="Il CPIA offre percorsi per ottenere il diploma conclusivo del primo ciclo di istruzione (licenza media) rivolti ad adulti e ragazzi dai 16 anni. Le lezioni possono essere combinate con i corsi di italiano e riconoscono i crediti degli studi svolti nel paese di origine.",
            en="The CPIA offers courses leading to the lower secondary school diploma (licenza media) for adults and young people aged 16 and over. Lessons can be combined with Italian courses, and credits are recognised for studies completed in the country of origin.",
            fr="Le CPIA propose des parcours menant au diplôme de fin de premier cycle (licenza media) destinés aux adultes et aux jeunes à partir de 16 ans. Les cours peuvent être combinés avec les cours d'italien et les études effectuées dans le pays d'origine sont reconnues sous forme de crédits.",
            ar="يقدّم مركز تعليم الكبار مسارات للحصول على شهادة إتمام المرحلة الأولى من التعليم (الشهادة الإعدادية) موجّهة إلى البالغين والشباب من عمر 16 عاماً. ويمكن الجمع بين هذه الدروس ودورات اللغة الإيطالية، كما تُحتسب الدراسات التي أُنجزت في بلد المنشأ.",
            uk="CPIA пропонує програми для здобуття свідоцтва про закінчення першого ступеня освіти (licenza media) для дорослих і молоді віком від 16 років. Заняття можна поєднувати з курсами італійської мови, а навчання, пройдене в країні походження, зараховується.")),
    "italiano_volontari": dict(
        cats=["italian-language"], level=3, sched=VOLUNTEER, multi=True,
        docs=[],
        cost=("mixed", dict(
            option=dict(
                it="Quota associativa annuale",
                en="Annual membership fee",
                fr="Cotisation annuelle",
                ar="الاشتراك السنوي في الجمعية",
                uk="Річний членський внесок"),
            amount=10,
            amount_description=dict(
                it="Comprende il materiale didattico.",
                en="Includes teaching materials.",
                fr="Comprend le matériel pédagogique.",
                ar="يشمل المواد التعليمية.",
                uk="Включає навчальні матеріали."))),
        fees=dict(
            it="Quota associativa annuale di 10 euro, che comprende il materiale didattico; nessun costo per chi non può pagarla.",
            en="Annual membership fee of 10 euros, which includes teaching materials; no charge for people who cannot afford it.",
            fr="Cotisation annuelle de 10 euros, qui comprend le matériel pédagogique ; gratuit pour les personnes qui ne peuvent pas la payer.",
            ar="اشتراك سنوي في الجمعية بقيمة 10 يورو يشمل المواد التعليمية؛ ومن لا يستطيع دفعه لا يدفع شيئاً.",
            uk="Річний членський внесок — 10 євро, він включає навчальні матеріали; хто не може його сплатити, навчається безкоштовно."),
        app=dict(
            it="Iscrizione di persona negli orari delle lezioni; si può entrare in un gruppo in qualsiasi momento dell'anno.",
            en="Enrol in person during lesson times; you can join a group at any time of year.",
            fr="Inscription sur place pendant les heures de cours ; on peut rejoindre un groupe à tout moment de l'année.",
            ar="التسجيل شخصياً في أوقات الدروس؛ ويمكن الانضمام إلى مجموعة في أي وقت من السنة.",
            uk="Записатися можна особисто під час занять; приєднатися до групи можна будь-коли протягом року."),
        elig=dict(
            it="Persone adulte straniere di qualsiasi livello, anche senza documenti.",
            en="Foreign adults at any level, including people without documents.",
            fr="Adultes étrangers de tout niveau, même sans papiers.",
            ar="البالغون الأجانب من جميع المستويات، حتى من ليست لديهم وثائق.",
            uk="Дорослі іноземці з будь-яким рівнем знань, навіть без документів."),
        name=dict(
            it="Scuola di italiano per stranieri – {city}",
            en="Italian school for foreigners – {city}",
            fr="École d'italien pour étrangers – {city}",
            ar="مدرسة اللغة الإيطالية للأجانب – {city}",
            uk="Школа італійської мови для іноземців – {nom}"),
        desc=dict(
            it="Insegnanti volontari tengono lezioni di italiano in piccoli gruppi, con un'attenzione particolare alle persone che non sanno leggere e scrivere. Durante le lezioni è attivo uno spazio per i bambini. Non è richiesto alcun documento per iscriversi.",
            en="Volunteer teachers give Italian lessons in small groups, with particular attention to people who cannot read and write. A children's corner is open during lessons. No documents are required to enrol.",
            fr="Des enseignants bénévoles donnent des cours d'italien en petits groupes, avec une attention particulière aux personnes qui ne savent ni lire ni écrire. Un espace pour les enfants est ouvert pendant les cours. Aucun document n'est demandé pour s'inscrire.",
            ar="يقدّم معلّمون متطوّعون دروساً في اللغة الإيطالية ضمن مجموعات صغيرة، مع اهتمام خاص بالأشخاص الذين لا يعرفون القراءة والكتابة. وتتوفّر مساحة مخصّصة للأطفال أثناء الدروس. ولا يُطلب أي مستند للتسجيل.",
            uk="Викладачі-волонтери проводять заняття з італійської мови в малих групах, приділяючи особливу увагу людям, які не вміють читати й писати. Під час занять працює дитячий куточок. Для запису не потрібні жодні документи.")),
    "doposcuola": dict(
        cats=["school", "family"], level=2, sched=AFTERSCHOOL,
        docs=[], cost=FREE,
        app=dict(
            it="Iscrizione tramite colloquio con un genitore; le segnalazioni arrivano anche dalle scuole.",
            en="Enrolment is through an interview with a parent; schools can also refer children.",
            fr="Inscription après un entretien avec un parent ; les écoles peuvent aussi orienter des enfants vers le service.",
            ar="يتمّ التسجيل بعد مقابلة مع أحد الوالدين؛ ويمكن للمدارس أيضاً إحالة الأطفال إلى البرنامج.",
            uk="Запис — після співбесіди з одним із батьків; дітей можуть скеровувати також школи."),
        elig=dict(
            it="Bambini e ragazzi dai 6 ai 16 anni che frequentano le scuole {di}.",
            en="Children and young people aged 6 to 16 who go to school in {city}.",
            fr="Enfants et jeunes de 6 à 16 ans scolarisés dans les écoles {de}.",
            ar="الأطفال والشباب من عمر 6 إلى 16 عاماً الذين يدرسون في مدارس {city}.",
            uk="Діти та підлітки віком від 6 до 16 років, які навчаються в школах {gen}."),
        name=dict(
            it="Doposcuola e sostegno allo studio – {city}",
            en="After-school and study support – {city}",
            fr="Aide aux devoirs et soutien scolaire – {city}",
            ar="الدعم المدرسي بعد الدوام – {city}",
            uk="Група продовженого дня та допомога в навчанні – {nom}"),
        desc=dict(
            it="Il doposcuola aiuta bambini e ragazzi della scuola primaria e secondaria a svolgere i compiti e a rafforzare l'italiano come lingua di studio. Educatori e volontari incontrano regolarmente le famiglie e collaborano con gli insegnanti.",
            en="The after-school programme helps primary and secondary school children do their homework and strengthen Italian as a language of study. Educators and volunteers meet families regularly and work with teachers.",
            fr="L'aide aux devoirs accompagne les enfants et les jeunes de l'école primaire et secondaire dans leurs devoirs et renforce l'italien comme langue d'apprentissage. Éducateurs et bénévoles rencontrent régulièrement les familles et collaborent avec les enseignants.",
            ar="يساعد برنامج الدعم بعد الدوام الأطفال والشباب في المرحلتين الابتدائية والثانوية على إنجاز واجباتهم المدرسية وتعزيز اللغة الإيطالية بوصفها لغة الدراسة. ويلتقي المربّون والمتطوّعون بالعائلات بانتظام ويتعاونون مع المعلّمين.",
            uk="Група продовженого дня допомагає дітям і підліткам початкової та середньої школи виконувати домашні завдання та вдосконалювати італійську як мову навчання. Педагоги й волонтери регулярно зустрічаються з сім'ями та співпрацюють з учителями.")),
    "patronato": dict(
        cats=["legal-permits", "work-training"], level=1, sched=PATRONATO, multi=True,
        docs=["Permesso di soggiorno", "Passaporto", "Codice fiscale"], cost=FREE,
        fees=dict(
            it="La consulenza è gratuita; per le domande di cittadinanza può essere chiesto un contributo alle spese.",
            en="Advice is free; for citizenship applications you may be asked to contribute to the costs.",
            fr="Le conseil est gratuit ; pour les demandes de nationalité, une participation aux frais peut être demandée.",
            ar="الاستشارة مجانية؛ وقد يُطلب مبلغ للمساهمة في التكاليف عند تقديم طلبات الجنسية.",
            uk="Консультація безкоштовна; за допомогу із заявою на громадянство можуть попросити частково покрити витрати."),
        app=dict(
            it="Su appuntamento telefonico; per il kit postale portare le fotocopie di tutti i documenti.",
            en="By appointment, booked by phone; for the postal kit, bring photocopies of all your documents.",
            fr="Sur rendez-vous par téléphone ; pour le kit postal, apportez les photocopies de tous vos documents.",
            ar="بموعد يُحجز عبر الهاتف؛ ولإعداد الملف البريدي يُرجى إحضار نسخ مصوّرة من جميع الوثائق.",
            uk="За попереднім записом телефоном; для поштового пакета візьміть копії всіх документів."),
        elig=dict(
            it="Lavoratori, pensionati e cittadini stranieri che vivono o lavorano {a}.",
            en="Workers, pensioners and foreign nationals who live or work in {city}.",
            fr="Travailleurs, retraités et ressortissants étrangers qui vivent ou travaillent {a}.",
            ar="العمّال والمتقاعدون والمواطنون الأجانب الذين يعيشون أو يعملون في {city}.",
            uk="Працівники, пенсіонери та іноземці, які живуть або працюють {loc}."),
        name=dict(
            it="Patronato {brand} – sportello cittadini stranieri – {city}",
            en="{brand} welfare advice office (patronato) – desk for foreign nationals – {city}",
            fr="Patronat {brand} – guichet des ressortissants étrangers – {city}",
            ar="مكتب الرعاية الاجتماعية (باتروناتو) {brand} – شبّاك المواطنين الأجانب – {city}",
            uk="Патронат {brand} – віконце для іноземців – {nom}"),
        desc=dict(
            it="Il patronato assiste nella compilazione del kit postale per il rinnovo del permesso di soggiorno, nelle domande di cittadinanza e nei ricongiungimenti familiari. Offre anche consulenza su contributi previdenziali, disoccupazione, maternità e assegno unico.",
            en="The welfare advice office (patronato) helps with filling in the postal kit for renewing residence permits, with citizenship applications and with family reunification. It also advises on social security contributions, unemployment benefit, maternity benefit and the universal child allowance.",
            fr="Le patronat (bureau d'assistance sociale) aide à remplir le kit postal pour le renouvellement du titre de séjour, les demandes de nationalité et le regroupement familial. Il conseille également sur les cotisations de retraite, le chômage, la maternité et l'allocation familiale unique.",
            ar="يساعد مكتب الباتروناتو في تعبئة الملف البريدي لتجديد تصريح الإقامة وفي طلبات الجنسية ولمّ الشمل العائلي. كما يقدّم استشارات حول اشتراكات الضمان الاجتماعي وإعانة البطالة وإعانة الأمومة والإعانة الموحّدة للأطفال.",
            uk="Патронат (служба соціальної допомоги) допомагає заповнити поштовий пакет для продовження дозволу на проживання, подати заяву на громадянство та на возз'єднання сім'ї. Тут також консультують щодо пенсійних внесків, допомоги з безробіття, допомоги по материнству та єдиної допомоги на дітей.")),
    "antiviolenza": dict(
        cats=["anti-violence"], level=2, sched=ANTIVIOLENCE, sal_desc="Sede di ascolto; le case rifugio hanno un indirizzo riservato.",
        docs=[], cost=FREE,
        app=dict(
            it="Contatto telefonico o accesso diretto alla sede di ascolto; non serve alcun documento.",
            en="Call by phone or come directly to the support centre; no documents are needed.",
            fr="Contact par téléphone ou accès direct au lieu d'écoute ; aucun document n'est nécessaire.",
            ar="يمكن الاتصال هاتفياً أو الحضور مباشرة إلى مقرّ الإصغاء؛ ولا حاجة إلى أي وثيقة.",
            uk="Можна зателефонувати або прийти безпосередньо до пункту підтримки; жодні документи не потрібні."),
        elig=dict(
            it="Donne che subiscono o hanno subito violenza, con o senza figli, indipendentemente dalla situazione di soggiorno.",
            en="Women who are experiencing or have experienced violence, with or without children, whatever their residence status.",
            fr="Femmes qui subissent ou ont subi des violences, avec ou sans enfants, quelle que soit leur situation de séjour.",
            ar="النساء اللواتي يتعرّضن أو تعرّضن للعنف، مع أطفالهنّ أو من دونهم، بغضّ النظر عن وضع إقامتهنّ.",
            uk="Жінки, які зазнають або зазнали насильства, з дітьми чи без них, незалежно від їхнього статусу перебування."),
        name=dict(
            it="Centro antiviolenza – {city}",
            en="Anti-violence centre – {city}",
            fr="Centre d'aide aux femmes victimes de violences – {city}",
            ar="مركز مناهضة العنف ضد المرأة – {city}",
            uk="Центр протидії насильству – {nom}"),
        desc=dict(
            it="Il centro accoglie donne che subiscono violenza fisica, psicologica, economica o sessuale, anche con figli minori. Offre ascolto, consulenza legale e psicologica e, se necessario, ospitalità in una casa rifugio a indirizzo segreto. I colloqui sono riservati e gratuiti; in caso di pericolo chiamare il 1522 o il 112.",
            en="The centre supports women who experience physical, psychological, economic or sexual violence, including those with children. It offers a listening service, legal and psychological advice and, if needed, a place in a shelter at a secret address. Meetings are confidential and free; in case of danger call 1522 or 112.",
            fr="Le centre accueille les femmes victimes de violences physiques, psychologiques, économiques ou sexuelles, y compris avec des enfants mineurs. Il propose une écoute, un accompagnement juridique et psychologique et, si nécessaire, un hébergement dans une maison refuge à adresse secrète. Les entretiens sont confidentiels et gratuits ; en cas de danger, appelez le 1522 ou le 112.",
            ar="يستقبل المركز النساء اللواتي يتعرّضن للعنف الجسدي أو النفسي أو الاقتصادي أو الجنسي، بمن فيهنّ الأمهات مع أطفالهنّ القاصرين. ويقدّم الإصغاء والاستشارة القانونية والنفسية، وعند الحاجة الإيواء في دار حماية بعنوان سرّي. والمقابلات سرّية ومجانية؛ وفي حالة الخطر اتصلي بالرقم 1522 أو 112.",
            uk="Центр приймає жінок, які зазнають фізичного, психологічного, економічного чи сексуального насильства, зокрема разом із неповнолітніми дітьми. Тут вислухають, нададуть юридичну та психологічну консультацію, а за потреби — притулок у захищеному будинку з таємною адресою. Зустрічі конфіденційні та безкоштовні; у разі небезпеки телефонуйте 1522 або 112.")),
    "antitratta": dict(
        cats=["anti-violence", "legal-permits"], level=3, sched=ANTIVIOLENCE,
        docs=[], cost=FREE,
        app=dict(
            it="Contatto telefonico, anche anonimo, oppure segnalazione da parte di servizi, forze dell'ordine o unità di strada.",
            en="Contact us by phone, anonymously if you wish, or through a referral from services, the police or street outreach teams.",
            fr="Contact par téléphone, même anonyme, ou signalement par les services, les forces de l'ordre ou les équipes de rue.",
            ar="الاتصال هاتفياً، ولو دون الكشف عن الهوية، أو عن طريق إحالة من الخدمات أو قوات الأمن أو الفرق الميدانية في الشوارع.",
            uk="Можна зателефонувати, зокрема анонімно, або вас можуть скерувати соціальні служби, правоохоронні органи чи вуличні мобільні групи."),
        elig=dict(
            it="Persone vittime o potenziali vittime di tratta e di grave sfruttamento, di qualsiasi nazionalità.",
            en="Victims or potential victims of trafficking and severe exploitation, of any nationality.",
            fr="Personnes victimes ou victimes potentielles de la traite et d'une exploitation grave, de toute nationalité.",
            ar="ضحايا الاتجار بالبشر والاستغلال الشديد أو المعرّضون لأن يصبحوا ضحايا لهما، من أي جنسية كانوا.",
            uk="Жертви або потенційні жертви торгівлі людьми та тяжкої експлуатації, будь-якого громадянства."),
        name=dict(
            it="Sportello antitratta e contro lo sfruttamento lavorativo – {city}",
            en="Anti-trafficking and labour exploitation desk – {city}",
            fr="Guichet contre la traite des êtres humains et l'exploitation au travail – {city}",
            ar="مكتب مكافحة الاتجار بالبشر والاستغلال في العمل – {city}",
            uk="Приймальня з протидії торгівлі людьми та трудовій експлуатації – {nom}"),
        desc=dict(
            it="Lo sportello sostiene le persone vittime di tratta, di sfruttamento sessuale o lavorativo e di matrimoni forzati. Offre protezione, accoglienza e accompagnamento nella richiesta del permesso di soggiorno per casi speciali. Il numero verde nazionale antitratta è gratuito, anonimo e attivo 24 ore su 24.",
            en="The desk supports victims of trafficking, sexual or labour exploitation and forced marriage. It offers protection, accommodation and assistance in applying for a special-case residence permit. The national anti-trafficking freephone line is free, anonymous and available 24 hours a day.",
            fr="Le guichet soutient les victimes de la traite, de l'exploitation sexuelle ou par le travail et des mariages forcés. Il offre protection, hébergement et accompagnement dans la demande de titre de séjour pour cas spéciaux. Le numéro vert national contre la traite est gratuit, anonyme et accessible 24 heures sur 24.",
            ar="يدعم المكتب ضحايا الاتجار بالبشر والاستغلال الجنسي أو في العمل والزواج القسري. ويوفّر الحماية والإيواء والمرافقة في طلب تصريح الإقامة للحالات الخاصة. والرقم الأخضر الوطني لمكافحة الاتجار مجاني ويحفظ سرّية المتصل ويعمل على مدار الساعة.",
            uk="Приймальня підтримує жертв торгівлі людьми, сексуальної чи трудової експлуатації та примусових шлюбів. Тут надають захист, житло та супровід під час подання заяви на дозвіл на проживання для особливих випадків. Національна гаряча лінія з протидії торгівлі людьми безкоштовна, анонімна та працює цілодобово.")),
    "sai": dict(
        cats=["asylum", "housing"], level=3, sched=PROJECT,
        docs=["Permesso di soggiorno"], cost=FREE,
        app=dict(
            it="Non si accede direttamente: l'inserimento è disposto dal Servizio centrale su segnalazione della Prefettura o dei servizi sociali.",
            en="You cannot apply directly: places are assigned by the Central Service on referral from the Prefecture or social services.",
            fr="L'accès n'est pas direct : l'admission est décidée par le Service central sur signalement de la Préfecture ou des services sociaux.",
            ar="لا يمكن الدخول مباشرة: يتمّ القبول بقرار من الدائرة المركزية بناءً على إحالة من المحافظة أو من الخدمات الاجتماعية.",
            uk="Звернутися напряму не можна: рішення про поселення ухвалює Центральна служба за поданням Префектури або соціальних служб."),
        elig=dict(
            it="Richiedenti protezione internazionale e titolari di protezione, minori stranieri non accompagnati e persone con permessi speciali.",
            en="Applicants for and holders of international protection, unaccompanied foreign minors and people with special permits.",
            fr="Demandeurs et bénéficiaires de protection internationale, mineurs étrangers non accompagnés et personnes titulaires de permis spéciaux.",
            ar="طالبو الحماية الدولية والحاصلون على الحماية، والقاصرون الأجانب غير المصحوبين بذويهم، والأشخاص الحاصلون على تصاريح خاصة.",
            uk="Особи, які просять міжнародного захисту або вже отримали захист, неповнолітні іноземці без супроводу та люди зі спеціальними дозволами на проживання."),
        name=dict(
            it="Progetto SAI – accoglienza e integrazione – {city}",
            en="SAI project – reception and integration – {city}",
            fr="Projet SAI – accueil et intégration – {city}",
            ar="مشروع SAI – الاستقبال والاندماج – {city}",
            uk="Проєкт SAI – прийом та інтеграція – {nom}"),
        desc=dict(
            it="Il progetto del Sistema di accoglienza e integrazione ospita richiedenti asilo e titolari di protezione in appartamenti distribuiti in città. Oltre all'alloggio offre corsi di italiano, orientamento al lavoro, assistenza legale e accompagnamento all'autonomia abitativa. Gli ingressi sono disposti dal Servizio centrale su segnalazione della Prefettura o dei servizi sociali.",
            en="The Reception and Integration System (SAI) project accommodates asylum seekers and holders of protection in apartments across the city. Besides housing, it offers Italian courses, job guidance, legal assistance and support towards independent living. Admissions are arranged by the Central Service on referral from the Prefecture or social services.",
            fr="Le projet du Système d'accueil et d'intégration (SAI) héberge des demandeurs d'asile et des bénéficiaires de protection dans des appartements répartis dans la ville. En plus du logement, il propose des cours d'italien, une orientation professionnelle, une assistance juridique et un accompagnement vers l'autonomie en matière de logement. Les admissions sont décidées par le Service central sur signalement de la Préfecture ou des services sociaux.",
            ar="يستضيف مشروع نظام الاستقبال والاندماج (SAI) طالبي اللجوء والحاصلين على الحماية في شقق موزّعة في أنحاء المدينة. وإلى جانب السكن، يقدّم دورات في اللغة الإيطالية وتوجيهاً مهنياً ومساعدة قانونية ومرافقة نحو الاستقلال السكني. ويتمّ القبول بقرار من الدائرة المركزية بناءً على إحالة من المحافظة أو من الخدمات الاجتماعية.",
            uk="Проєкт Системи прийому та інтеграції (SAI) надає житло шукачам притулку та особам, які отримали захист, у квартирах у різних частинах міста. Окрім житла, тут пропонують курси італійської мови, профорієнтацію, юридичну допомогу та підтримку на шляху до самостійного проживання. Рішення про поселення ухвалює Центральна служба за поданням Префектури або соціальних служб.")),
    "asilo_legale": dict(
        cats=["asylum", "legal-permits"], level=3, sched=OFFICE,
        docs=["Passaporto"], cost=FREE,
        app=dict(
            it="Su appuntamento; portare tutti i documenti ricevuti dalla Questura e dalla Commissione territoriale.",
            en="By appointment; bring all the documents you have received from the Questura and the Territorial Commission.",
            fr="Sur rendez-vous ; apportez tous les documents reçus de la Questura et de la Commission territoriale.",
            ar="بموعد مسبق؛ يُرجى إحضار جميع الوثائق المستلمة من الكويستورا ومن اللجنة الإقليمية.",
            uk="За попереднім записом; візьміть усі документи, які ви отримали від Квестури та Територіальної комісії."),
        elig=dict(
            it="Richiedenti protezione internazionale e persone che hanno ricevuto un diniego.",
            en="Applicants for international protection and people whose application has been refused.",
            fr="Demandeurs de protection internationale et personnes qui ont reçu un refus.",
            ar="طالبو الحماية الدولية والأشخاص الذين رُفض طلبهم.",
            uk="Особи, які просять міжнародного захисту, та особи, яким відмовили в захисті."),
        name=dict(
            it="Orientamento legale per richiedenti asilo – {city}",
            en="Legal guidance for asylum seekers – {city}",
            fr="Orientation juridique pour les demandeurs d'asile – {city}",
            ar="الإرشاد القانوني لطالبي اللجوء – {city}",
            uk="Юридичні консультації для шукачів притулку – {nom}"),
        desc=dict(
            it="Avvocati e operatori legali spiegano come presentare la domanda di protezione internazionale e preparano la persona al colloquio con la Commissione territoriale. Il servizio assiste anche nei ricorsi contro i dinieghi e nella richiesta del gratuito patrocinio.",
            en="Lawyers and legal advisers explain how to apply for international protection and prepare people for their interview with the Territorial Commission. The service also helps with appeals against refusals and with applications for free legal aid.",
            fr="Des avocats et des juristes expliquent comment présenter une demande de protection internationale et préparent la personne à l'entretien avec la Commission territoriale. Le service accompagne aussi les recours contre les refus et la demande d'aide juridictionnelle.",
            ar="يشرح محامون ومستشارون قانونيون كيفية تقديم طلب الحماية الدولية ويحضّرون الشخص للمقابلة مع اللجنة الإقليمية. كما تساعد الخدمة في الطعون ضد قرارات الرفض وفي طلب المساعدة القانونية المجانية.",
            uk="Адвокати та юристи пояснюють, як подати заяву про міжнародний захист, і готують людину до співбесіди з Територіальною комісією. Служба також допомагає оскаржити відмови та подати заяву на безоплатну правову допомогу.")),
    "legale": dict(
        cats=["legal-permits"], level=2, sched=OFFICE,
        docs=["Permesso di soggiorno", "Passaporto"], cost=FREE,
        app=dict(
            it="Accesso libero con numero d'ordine negli orari di apertura; per casi complessi viene fissato un secondo appuntamento.",
            en="Walk in during opening hours and take a queue number; for complex cases a second appointment is arranged.",
            fr="Accès libre aux heures d'ouverture, avec un ticket d'ordre de passage ; pour les cas complexes, un second rendez-vous est fixé.",
            ar="يمكن الحضور دون موعد خلال ساعات الدوام مع أخذ رقم انتظار؛ وفي الحالات المعقّدة يُحدَّد موعد ثانٍ.",
            uk="Можна прийти без запису в години роботи й отримати номер черги; для складних випадків призначають другу зустріч."),
        elig=dict(
            it="Cittadini stranieri, persone senza dimora e persone in condizione di fragilità.",
            en="Foreign nationals, homeless people and people in vulnerable situations.",
            fr="Ressortissants étrangers, personnes sans domicile et personnes en situation de vulnérabilité.",
            ar="المواطنون الأجانب والأشخاص بلا مأوى والأشخاص في أوضاع هشّة.",
            uk="Іноземці, бездомні люди та люди в уразливому становищі."),
        name=dict(
            it="Sportello legale gratuito per cittadini stranieri – {city}",
            en="Free legal advice desk for foreign nationals – {city}",
            fr="Permanence juridique gratuite pour les ressortissants étrangers – {city}",
            ar="مكتب الاستشارة القانونية المجانية للمواطنين الأجانب – {city}",
            uk="Безкоштовна юридична приймальня для іноземців – {nom}"),
        desc=dict(
            it="Lo sportello offre una prima consulenza legale gratuita su permessi di soggiorno, cittadinanza, lavoro irregolare e discriminazioni. Se serve un'azione in tribunale, gli operatori indirizzano verso avvocati disponibili al gratuito patrocinio.",
            en="The desk offers a free initial legal consultation on residence permits, citizenship, undeclared work and discrimination. If court action is needed, staff refer people to lawyers who accept legal aid cases.",
            fr="La permanence offre une première consultation juridique gratuite sur les titres de séjour, la nationalité, le travail non déclaré et les discriminations. Si une action en justice est nécessaire, les intervenants orientent vers des avocats qui acceptent l'aide juridictionnelle.",
            ar="يقدّم المكتب استشارة قانونية أولى مجانية حول تصاريح الإقامة والجنسية والعمل غير النظامي والتمييز. وإذا لزم رفع دعوى أمام المحكمة، يوجّه الموظفون الأشخاص إلى محامين يقبلون قضايا المساعدة القانونية المجانية.",
            uk="Приймальня надає першу безкоштовну юридичну консультацію щодо дозволів на проживання, громадянства, неоформленої роботи та дискримінації. Якщо потрібно звернутися до суду, працівники скеровують до адвокатів, які працюють у системі безоплатної правової допомоги.")),
    "accoglienza_notturna": dict(
        cats=["housing", "social-services"], level=2, sched=SHELTER,
        docs=[],
        cost=("mixed", dict(
            option=dict(
                it="Contributo giornaliero per l'alloggio temporaneo",
                en="Daily contribution for temporary housing",
                fr="Participation journalière pour le logement temporaire",
                ar="مساهمة يومية مقابل السكن المؤقت",
                uk="Щоденний внесок за тимчасове житло"),
            amount=3,
            amount_description=dict(
                it="Solo per l'housing sociale; l'accoglienza notturna è gratuita.",
                en="Only for social housing; the night shelter is free.",
                fr="Uniquement pour le logement social ; l'hébergement de nuit est gratuit.",
                ar="للسكن الاجتماعي فقط؛ أما الإيواء الليلي فمجاني.",
                uk="Лише за соціальне житло; нічний притулок безкоштовний."))),
        fees=dict(
            it="L'accoglienza notturna è gratuita; per l'housing sociale è chiesto un contributo di 3 euro al giorno.",
            en="The night shelter is free; for social housing there is a contribution of 3 euros a day.",
            fr="L'hébergement de nuit est gratuit ; pour le logement social, une participation de 3 euros par jour est demandée.",
            ar="الإيواء الليلي مجاني؛ أما السكن الاجتماعي فتُطلب مقابله مساهمة بقيمة 3 يورو في اليوم.",
            uk="Нічний притулок безкоштовний; за соціальне житло потрібно сплачувати внесок 3 євро на день."),
        app=dict(
            it="Accesso tramite i servizi sociali o lo sportello di accoglienza; per la notte presentarsi all'ingresso serale.",
            en="Access is through social services or the reception desk; for a bed for the night, come at the evening admission time.",
            fr="Accès par les services sociaux ou le guichet d'accueil ; pour la nuit, présentez-vous à l'heure d'entrée du soir.",
            ar="يتمّ الدخول عن طريق الخدمات الاجتماعية أو مكتب الاستقبال؛ وللمبيت ليلاً يُرجى الحضور في موعد الدخول المسائي.",
            uk="Потрапити сюди можна через соціальні служби або приймальню; щоб переночувати, приходьте у вечірні години заселення."),
        elig=dict(
            it="Persone maggiorenni senza dimora o in emergenza abitativa presenti {a}.",
            en="Adults who are homeless or facing a housing emergency in {city}.",
            fr="Personnes majeures sans domicile ou en situation d'urgence de logement présentes {a}.",
            ar="الأشخاص البالغون بلا مأوى أو الذين يمرّون بحالة طوارئ سكنية في {city}.",
            uk="Повнолітні особи без житла або в ситуації житлової кризи, які перебувають {loc}."),
        name=dict(
            it="Accoglienza notturna e housing sociale – {city}",
            en="Night shelter and social housing – {city}",
            fr="Hébergement de nuit et logement social – {city}",
            ar="الإيواء الليلي والسكن الاجتماعي – {city}",
            uk="Нічний притулок і соціальне житло – {nom}"),
        desc=dict(
            it="Il servizio offre posti letto per la notte a persone senza dimora e alloggi temporanei in coabitazione per chi sta cercando casa. Gli educatori accompagnano gli ospiti nella ricerca di lavoro e di una sistemazione stabile. L'accesso avviene tramite i servizi sociali o lo sportello di accoglienza.",
            en="The service offers overnight beds for homeless people and temporary shared accommodation for people looking for a home. Educators support guests in finding work and stable housing. Access is through social services or the reception desk.",
            fr="Le service propose des lits pour la nuit aux personnes sans domicile et des logements temporaires en colocation pour celles qui cherchent un logement. Des éducateurs accompagnent les personnes hébergées dans leur recherche d'emploi et d'un logement stable. L'accès se fait par les services sociaux ou par le guichet d'accueil.",
            ar="توفّر الخدمة أسرّة للمبيت ليلاً للأشخاص بلا مأوى ومساكن مؤقتة مشتركة لمن يبحثون عن سكن. ويرافق المربّون المقيمين في البحث عن عمل وعن سكن مستقر. ويتمّ الدخول عن طريق الخدمات الاجتماعية أو مكتب الاستقبال.",
            uk="Служба надає місця для ночівлі бездомним людям і тимчасове спільне житло тим, хто шукає помешкання. Соціальні педагоги допомагають мешканцям знайти роботу та постійне житло. Потрапити сюди можна через соціальні служби або приймальню.")),
}

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

# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def city_vars(ck):
    c = CITIES[ck]
    return {
        "it": dict(city=c["it"], di=c["di"], a=c["a"]),
        "en": dict(city=c["en"]),
        "fr": dict(city=c["fr"], de=c["fr_de"], a=c["fr_a"]),
        "ar": dict(city=c["ar"]),
        "uk": dict(nom=c["uk_nom"], gen=c["uk_gen"], loc=c["uk_loc"]),
    }


def fmt(template, lang, ck, brand=None):
    v = dict(city_vars(ck)[lang])
    if brand:
        v["brand"] = brand
    return template.format(**v)


def service_name(kind, lang, ck, qual, brand):
    base = fmt(KINDS[kind]["name"][lang], lang, ck, brand)
    if qual:
        q = QUALIFIERS[qual][lang]
        sep = ("، " if lang == "ar" else ", ") if " – " in base else " – "
        base = base + sep + q
    return base + " (demo)"


def slugify(text):
    s = text.lower()
    for a, b in (("à", "a"), ("è", "e"), ("é", "e"), ("ì", "i"), ("ò", "o"), ("ù", "u"), ("'", "-")):
        s = s.replace(a, b)
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s


# ---------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------


def build():
    rng = random.Random(SEED)
    plan = _plan()
    orgs = {}          # key -> org dict (ordered by insertion)
    org_en = {}        # org id -> (name_en, desc_en)
    org_order = []

    def get_org(ok, ck):
        key = ok if ok in SHARED_ORGS or ok == "cpi" else ok + ":" + ck
        if ok == "cpi":
            key = CPI_ORG[ck]
        if key in orgs:
            return orgs[key]
        if key in SHARED_ORGS:
            d = SHARED_ORGS[key]
            slug = d["slug"]
            name_it, name_en = d["name"]
            desc_it, desc_en = d["desc"]
        else:
            d = CITY_ORGS[ok]
            slug = slugify(ok + "-" + CITIES[ck]["it"])
            if ok == "asl":
                name_it, name_en = ASL_NAMES[ck]
            else:
                name_it = fmt(d["name"][0], "it", ck)
                name_en = fmt(d["name"][1], "en", ck)
            desc_it = fmt(d["desc"][0], "it", ck)
            desc_en = fmt(d["desc"][1], "en", ck)
        oid = uid("organization", key)
        org = {
            "id": oid,
            "name": name_it + " (demo)",
            "description": desc_it,
            "email": "info.%s@%s" % (slug, DOMAIN),
            "website": "https://%s/enti/%s" % (DOMAIN, slug),
            "services": [],
        }
        orgs[key] = org
        org_order.append(key)
        org_en[oid] = (name_en + " (demo)", desc_en)
        return org

    services = []      # (service dict, meta)
    phone_counter = {}
    for ck in CITY_ORDER:
        city = CITIES[ck]
        streets = STREETS[:]
        rng.shuffle(streets)
        street_iter = iter(streets)
        used_kind = {}
        for kind, ok, qual in plan[ck]:
            k = KINDS[kind]
            org = get_org(ok, ck)
            brand = SHARED_ORGS.get(ok, {}).get("brand")
            n = used_kind.get(kind, 0) + 1
            used_kind[kind] = n
            skey = "%s/%s/%s/%s" % (ck, kind, ok, qual or "-")
            sid = uid("service", skey)
            name = service_name(kind, "it", ck, qual, brand)
            slug = slugify(kind.replace("_", "-") + ("-" + (brand or "")) if brand else kind.replace("_", "-"))
            slug = slug + ("-" + qual if qual else "")
            pc = phone_counter.get(ck, 100) + rng.randint(3, 17)
            phone_counter[ck] = pc
            svc = {
                "id": sid,
                "organization_id": org["id"],
                "name": name,
                "description": fmt(k["desc"]["it"], "it", ck, brand),
                "url": "https://%s/servizi/%s/%s" % (DOMAIN, slugify(city["it"]), slug),
                "email": "%s.%s@%s" % (slug, slugify(city["it"]), DOMAIN),
                "status": "active",
                "application_process": fmt(k["app"]["it"], "it", ck),
                "fees_description": None,
                "eligibility_description": fmt(k["elig"]["it"], "it", ck),
                "languages": [],
                "cost_options": [],
                "required_documents": [],
                "attributes": [],
                "phones": [{
                    "id": uid("phone", sid),
                    "service_id": sid,
                    "number": "+39 %s 0000 %03d" % (city["prefix"], pc),
                    "type": "voice",
                }] + ([{
                    # A mobile number also reachable on WhatsApp: the portal
                    # offers a WhatsApp button for a phone whose description
                    # names it (HSDS has no type for it).
                    "id": uid("phone-wa", sid),
                    "service_id": sid,
                    "number": "+39 3%02d 0000 %03d" % (pc % 50 + 20, pc),
                    "type": "text",
                    "description": "WhatsApp",
                }] if pc % 2 == 0 else []),
                "schedules": [],
                "service_at_locations": [],
            }
            # cost options
            ctype, cspec = k["cost"]
            paid = ctype == "paid" or (ctype == "mixed" and rng.random() < 0.5)
            if paid:
                co = {"id": uid("cost_option", sid), "service_id": sid, "option": cspec["option"]["it"],
                      "amount": cspec["amount"], "currency": "EUR"}
                if cspec.get("amount_description"):
                    co["amount_description"] = cspec["amount_description"]["it"]
                svc["cost_options"] = [co]
                svc["fees_description"] = k["fees"]["it"]
            else:
                if rng.random() < 0.8:
                    svc["cost_options"] = [{"id": uid("cost_option", sid), "service_id": sid,
                                            "option": FREE_OPTION["it"], "amount": 0, "currency": "EUR"}]
                if ctype == "free" and k.get("fees"):
                    svc["fees_description"] = k["fees"]["it"]
                else:
                    svc["fees_description"] = FREE_FEES["it"]
            # required documents (0-3, taken from the kind's list)
            docs = k["docs"]
            if docs:
                cnt = rng.randint(max(1, len(docs) - 1), len(docs)) if kind != "stp" else 0
                for d in docs[:cnt]:
                    svc["required_documents"].append(
                        {"id": uid("required_document", sid, d), "service_id": sid, "document": d})
            # attributes
            for cat in k["cats"][:2]:
                svc["attributes"].append({
                    "id": uid("attribute", sid, cat), "link_id": sid, "link_type": "service",
                    "link_entity": "service", "taxonomy_term_id": TERMS[cat], "value": ""})
            meta = dict(city=ck, kind=kind, qual=qual, brand=brand, org=org, level=k["level"],
                        street_iter=street_iter)
            services.append((svc, meta))
            org["services"].append(svc)

    # --- languages -------------------------------------------------------
    by_city = {}
    for svc, meta in services:
        by_city.setdefault(meta["city"], []).append((svc, meta))
    arabic = set()
    for ck in CITY_ORDER:
        items = by_city[ck]
        quota = 15 if ck == "torino" else round(0.4 * len(items))
        scored = sorted(items, key=lambda sm: -(rng.random() + 0.35 * sm[1]["level"]))
        for svc, meta in scored[:quota]:
            arabic.add(svc["id"])
    for svc, meta in services:
        codes = ["it"]
        if svc["id"] in arabic:
            codes.append("ar")
        weights = dict(EXTRA_LANG_WEIGHTS)
        for lc, b in CITY_LANG_BONUS.get(meta["city"], {}).items():
            weights[lc] = weights.get(lc, 0) + b
        n_extra = {0: rng.choice([0, 0, 1]), 1: rng.choice([0, 1, 1, 2]), 2: rng.choice([1, 2, 2, 3]),
                   3: rng.choice([2, 3, 3, 4])}[meta["level"]]
        pool = list(weights.items())
        while n_extra > 0 and pool:
            total = sum(w for _, w in pool)
            r = rng.uniform(0, total)
            acc = 0
            for i, (lc, w) in enumerate(pool):
                acc += w
                if r <= acc:
                    codes.append(lc)
                    pool.pop(i)
                    break
            n_extra -= 1
        svc["languages"] = [{"id": uid("language", svc["id"], lc), "service_id": svc["id"],
                             "name": LANG_NAMES[lc], "code": lc} for lc in codes]

    # --- status: a few temporarily closed ----------------------------------
    closable = [svc for svc, meta in services if meta["kind"] in
                ("italiano_volontari", "doposcuola", "famiglie", "formazione", "mediazione", "casa", "legale")]
    for svc in rng.sample(closable, 5):
        svc["status"] = "temporarily closed"

    # --- service_at_locations / locations ---------------------------------
    multi_candidates = [sm for sm in services if KINDS[sm[1]["kind"]].get("multi")]
    two_loc = set(svc["id"] for svc, _ in rng.sample(multi_candidates, 17))
    for svc, meta in services:
        ck = meta["city"]
        city = CITIES[ck]
        k = KINDS[meta["kind"]]
        n_locs = 2 if svc["id"] in two_loc else 1
        pattern = rng.choice(k["sched"])
        for li in range(n_locs):
            want = QUAL_ANCHOR.get(meta["qual"], meta["qual"]) if li == 0 else None
            cands = [an for an in city["anchors"] if want and an[0] == want] or city["anchors"]
            tag, alat, alon, cap = rng.choice(cands)
            j = city["jitter"]
            lat = round(alat + rng.uniform(-j, j), 6)
            lon = round(alon + rng.uniform(-j, j) * 1.3, 6)
            street = next(meta["street_iter"])
            number = rng.randint(1, 120)
            if rng.random() < 0.12:
                number = "%d%s" % (number, rng.choice(["/A", "/B", " bis"]))
            address_1 = "%s %s" % (street, number)
            lid = uid("location", svc["id"], li)
            org_name = meta["org"]["name"][:-len(" (demo)")]
            loc = {
                "id": lid,
                "organization_id": meta["org"]["id"],
                "location_type": "physical",
                "name": "%s – %s" % (org_name, address_1),
                "latitude": lat,
                "longitude": lon,
                "languages": [],
                "accessibility": [],
                "addresses": [{
                    "id": uid("address", lid), "location_id": lid, "address_1": address_1,
                    "city": city["it"], "state_province": city["prov"], "postal_code": cap,
                    "country": "IT", "address_type": "physical"}],
                "phones": [],
                "x_istat_municipality": city["istat"],
            }
            if rng.random() < 0.5:
                descs = rng.sample(ACCESSIBILITY, rng.choice([1, 1, 2]))
                if "Accesso senza gradini" not in descs and rng.random() < 0.5:
                    descs[0] = "Accesso senza gradini"
                loc["accessibility"] = [{"id": uid("accessibility", lid, d), "location_id": lid, "description": d}
                                        for d in descs]
            salid = uid("service_at_location", svc["id"], lid)
            sal = {"id": salid, "service_id": svc["id"], "location_id": lid}
            if n_locs == 2:
                sal["description"] = "Sede principale" if li == 0 else "Sede secondaria con orario ridotto"
            elif k.get("sal_desc"):
                sal["description"] = k["sal_desc"]
            sched = pattern if li == 0 else [rng.choice([("TU,TH", "09:00", "12:30", None),
                                                         ("WE", "14:00", "17:00", None),
                                                         ("MO,TH", "09:00", "13:00", None)])]
            sal["schedules"] = []
            for si, (byday, opens, closes, sdesc) in enumerate(sched):
                s = {"id": uid("schedule", salid, si), "service_at_location_id": salid, "freq": "WEEKLY",
                     "byday": byday, "opens_at": opens, "closes_at": closes}
                if sdesc:
                    s["description"] = sdesc
                sal["schedules"].append(s)
            sal["location"] = loc
            svc["service_at_locations"].append(sal)

    # --- translations -------------------------------------------------------
    translations = []
    for key in org_order:
        org = orgs[key]
        name_en, desc_en = org_en[org["id"]]
        translations.append(dict(entity="organization", id=org["id"], field="name", lang="en", text=name_en, status="reviewed"))
        translations.append(dict(entity="organization", id=org["id"], field="description", lang="en", text=desc_en, status="reviewed"))

    def svc_tr(svc, meta, lang, status):
        """All the translations of one service into one language: name,
        description, application process, eligibility, fees, each required
        document's name and each cost option's label and amount description."""
        out = []
        k = KINDS[meta["kind"]]
        ck = meta["city"]

        def add(field, text):
            out.append(dict(entity="service", id=svc["id"], field=field, lang=lang, text=text, status=status))

        def tr(texts, italian):
            # The translation of the Italian text the service carries.
            if fmt(texts["it"], "it", ck) != italian:
                raise ValueError("service %s: %r is not the source of %r" % (svc["id"], texts["it"], italian))
            return fmt(texts[lang], lang, ck)

        add("name", service_name(meta["kind"], lang, ck, meta["qual"], meta["brand"]))
        add("description", fmt(k["desc"][lang], lang, ck, meta["brand"]))
        add("application_process", tr(k["app"], svc["application_process"]))
        add("eligibility_description", tr(k["elig"], svc["eligibility_description"]))
        fees = svc["fees_description"]
        if fees is not None:
            add("fees_description", tr(FREE_FEES if fees == FREE_FEES["it"] else k["fees"], fees))
        for d in svc["required_documents"]:
            add("required_documents/%s/document" % d["id"], DOCUMENTS[d["document"]][lang])
        for co in svc["cost_options"]:
            cspec = k["cost"][1]
            add("cost_options/%s/option" % co["id"],
                tr(FREE_OPTION if co["option"] == FREE_OPTION["it"] else cspec["option"], co["option"]))
            if co.get("amount_description"):
                add("cost_options/%s/amount_description" % co["id"],
                    tr(cspec["amount_description"], co["amount_description"]))
        return out

    for svc, meta in services:
        translations += svc_tr(svc, meta, "en", "reviewed")

    def speaks(svc, code):
        return any(l["code"] == code for l in svc["languages"])

    def pick(lang, target, first=()):
        chosen = list(first)
        ids = set(s["id"] for s, _ in chosen)
        speakers = [sm for sm in services if speaks(sm[0], lang) and sm[0]["id"] not in ids]
        others = [sm for sm in services if not speaks(sm[0], lang) and sm[0]["id"] not in ids]
        rng.shuffle(speakers)
        rng.shuffle(others)
        for sm in speakers + others:
            if len(chosen) >= target:
                break
            chosen.append(sm)
        return chosen

    torino_ar = [sm for sm in services if sm[1]["city"] == "torino" and speaks(sm[0], "ar")]
    plans = [("ar", pick("ar", 30, torino_ar)), ("fr", pick("fr", 20)), ("uk", pick("uk", 10))]
    for lang, chosen in plans:
        order = {s["id"]: i for i, (s, _) in enumerate(services)}
        chosen.sort(key=lambda sm: order[sm[0]["id"]])
        for svc, meta in chosen:
            status = "machine" if rng.random() < 0.4 else "reviewed"
            translations += svc_tr(svc, meta, lang, status)

    org_list = [orgs[k] for k in org_order]
    return org_list, translations, services


# ---------------------------------------------------------------------------
# Validation
# ---------------------------------------------------------------------------

REQUIRED = {
    "organization": ["id", "name", "description"],
    "service": ["id", "name", "status"],
    "service_at_location": ["id"],
    "location": ["id", "location_type"],
    "address": ["id", "address_1", "city", "state_province", "postal_code", "country", "address_type"],
    "phone": ["id", "number"],
    "schedule": ["id"],
    "language": ["id"],
    "cost_option": ["id"],
    "required_document": ["id"],
    "attribute": ["id"],
    "accessibility": ["id"],
}
# Fields this profile always fills in, on top of the HSDS "required" lists.
PROFILE_REQUIRED = {
    "organization": ["email", "website", "services"],
    "service": ["organization_id", "description", "email", "url", "application_process", "fees_description",
                "eligibility_description", "languages", "cost_options", "required_documents", "attributes",
                "phones", "schedules", "service_at_locations"],
    "service_at_location": ["service_id", "location_id", "schedules", "location"],
    "location": ["organization_id", "name", "latitude", "longitude", "languages", "accessibility", "addresses",
                 "phones", "x_istat_municipality"],
    "address": ["location_id"],
    "phone": ["service_id", "type"],
    "schedule": ["service_at_location_id", "freq", "byday", "opens_at", "closes_at"],
    "language": ["name", "code"],
    "cost_option": ["service_id", "option", "amount", "currency"],
    "required_document": ["service_id", "document"],
    "attribute": ["link_id", "link_type", "link_entity", "taxonomy_term_id", "value"],
    "accessibility": ["location_id", "description"],
}

UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
TIME_RE = re.compile(r"^([01]\d|2[0-3]):[0-5]\d$")
EMAIL_RE = re.compile(r"^[a-z0-9.\-]+@demo\.crocevia\.example$")
DAYS = {"MO", "TU", "WE", "TH", "FR", "SA", "SU"}


# Translatable fields: a record's own field, or "list/item id/field" for a
# nested item (as generated, and as the store reads them).
TR_LANGS = ("en", "fr", "ar", "uk")
SERVICE_TOP_FIELDS = ("name", "description", "application_process", "eligibility_description", "fees_description")
TR_FIELDS = {
    "organization": {"name", "description"},
    "service": set(SERVICE_TOP_FIELDS) | {"required_documents/*/document", "cost_options/*/option",
                                          "cost_options/*/amount_description"},
}
ARABIC_RE = re.compile(r"[\u0600-\u06ff]")
CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
# Letters of Russian (and Belarusian) that Ukrainian does not use.
NOT_UKRAINIAN_RE = re.compile(r"[ыэъёЫЭЪЁ]")


def tr_field_kind(field):
    """"required_documents/<id>/document" -> "required_documents/*/document"."""
    p = field.split("/")
    if len(p) == 1:
        return field
    if len(p) == 3 and UUID_RE.match(p[1]):
        return "%s/*/%s" % (p[0], p[2])
    return None


def source_text(rec, field):
    """The Italian text of a translatable field, or None when it has none."""
    p = field.split("/")
    if len(p) == 1:
        v = rec.get(field)
    else:
        items = [o for o in rec.get(p[0]) or [] if isinstance(o, dict) and o.get("id") == p[1]]
        v = items[0].get(p[2]) if len(items) == 1 else None
    return v if isinstance(v, str) and v.strip() else None


def translatable_fields(svc):
    """Every field of a service that has an Italian text to translate."""
    fields = [f for f in SERVICE_TOP_FIELDS if source_text(svc, f)]
    for d in svc["required_documents"]:
        fields.append("required_documents/%s/document" % d["id"])
    for co in svc["cost_options"]:
        fields.append("cost_options/%s/option" % co["id"])
        if co.get("amount_description"):
            fields.append("cost_options/%s/amount_description" % co["id"])
    return fields


def script_error(lang, text):
    """A text written in the wrong script for its language, or None."""
    if lang == "ar" and not ARABIC_RE.search(text):
        return "Arabic translation without Arabic letters"
    if lang == "uk":
        if not CYRILLIC_RE.search(text):
            return "Ukrainian translation without Cyrillic letters"
        if NOT_UKRAINIAN_RE.search(text):
            return "Ukrainian translation with letters Ukrainian does not use"
    if lang in ("en", "fr") and (ARABIC_RE.search(text) or CYRILLIC_RE.search(text)):
        return "%s translation in Arabic or Cyrillic script" % lang
    return None


def find_schema_dir():
    env = os.environ.get("HSDS_SCHEMA_DIR")
    if env:
        return env
    d = HERE
    for _ in range(8):
        if os.path.isfile(os.path.join(d, "Cargo.lock")):
            cand = os.path.join(os.path.dirname(d), "shared", "hsds", "schema")
            return cand if os.path.isdir(cand) else None
        d = os.path.dirname(d)
    return None


def validate(org_list, translations, services, hsds_bytes, tr_bytes):
    errors = []

    def err(msg):
        errors.append(msg)

    schema_dir = find_schema_dir()
    if schema_dir:
        for ent, req in REQUIRED.items():
            with open(os.path.join(schema_dir, ent + ".json"), encoding="utf-8") as f:
                sch = json.load(f)
            if sorted(sch.get("required", [])) != sorted(req):
                err("embedded required list for %s differs from schema: %s" % (ent, sch.get("required")))
            props = set(sch["properties"])
            for field in PROFILE_REQUIRED.get(ent, []):
                # "services" is nested only in the compiled organization_full schema.
                if field not in props and not field.startswith("x_") and (ent, field) != ("organization", "services"):
                    err("profile field %s.%s is not an HSDS property" % (ent, field))
            if ent == "location" and "x_istat_municipality" in props:
                err("x_istat_municipality conflicts with an HSDS property")
    else:
        print("warning: HSDS schema folder not found; using the embedded required lists only", file=sys.stderr)

    ids = {}

    def check(ent, obj, where):
        for f in REQUIRED[ent] + PROFILE_REQUIRED[ent]:
            if f not in obj or obj[f] is None:
                err("%s %s: missing %s" % (ent, where, f))
        oid = obj.get("id")
        if not isinstance(oid, str) or not UUID_RE.match(oid):
            err("%s %s: bad id %r" % (ent, where, oid))
        elif oid in ids:
            err("duplicate id %s (%s and %s)" % (oid, ids[oid], ent))
        else:
            ids[oid] = ent
        for f, v in obj.items():
            if (f == "id" or f.endswith("_id")) and v is not None and not UUID_RE.match(str(v)):
                err("%s %s: %s is not a uuid" % (ent, where, f))

    for t in list(TERMS.values()) + [TAXONOMY_ID]:
        ids[t] = "taxonomy"

    city_by_istat = {c["istat"]: k for k, c in CITIES.items()}
    svc_city = {}
    for org in org_list:
        check("organization", org, org["name"])
        if not org["name"].endswith(" (demo)"):
            err("organization name without (demo): " + org["name"])
        if not EMAIL_RE.match(org["email"]) or not org["website"].startswith("https://demo.crocevia.example/"):
            err("organization contact outside demo domain: " + org["name"])
        for svc in org["services"]:
            w = svc["name"]
            check("service", svc, w)
            if svc["organization_id"] != org["id"]:
                err("service %s: organization_id mismatch" % w)
            if not w.endswith(" (demo)"):
                err("service name without (demo): " + w)
            if svc["status"] not in ("active", "temporarily closed"):
                err("service %s: status %s" % (w, svc["status"]))
            if not EMAIL_RE.match(svc["email"]) or not svc["url"].startswith("https://demo.crocevia.example/"):
                err("service %s: contact outside demo domain" % w)
            nsent = len(re.findall(r"[.!?](\s|$)", svc["description"]))
            if not 2 <= nsent <= 3:
                err("service %s: description has %d sentences" % (w, nsent))
            codes = [l["code"] for l in svc["languages"]]
            if "it" not in codes or len(codes) != len(set(codes)) or not set(codes) <= set(LANG_NAMES):
                err("service %s: bad languages %s" % (w, codes))
            for l in svc["languages"]:
                check("language", l, w)
            if len(svc["cost_options"]) > 1:
                err("service %s: more than one cost option" % w)
            for co in svc["cost_options"]:
                check("cost_option", co, w)
                if co["service_id"] != svc["id"] or co["currency"] != "EUR" or not isinstance(co["amount"], (int, float)):
                    err("service %s: bad cost option" % w)
                if co["option"] == "Gratuito" and co["amount"] != 0:
                    err("service %s: free option with amount" % w)
                if co["option"] != "Gratuito" and not co["amount"] > 0:
                    err("service %s: paid option without amount" % w)
            if len(svc["required_documents"]) > 3:
                err("service %s: too many documents" % w)
            for d in svc["required_documents"]:
                check("required_document", d, w)
            if not 1 <= len(svc["attributes"]) <= 2:
                err("service %s: %d attributes" % (w, len(svc["attributes"])))
            for a in svc["attributes"]:
                check("attribute", a, w)
                if a["link_id"] != svc["id"] or a["taxonomy_term_id"] not in TERMS.values():
                    err("service %s: bad attribute" % w)
            for p in svc["phones"]:
                check("phone", p, w)
                if not re.match(r"^\+39 (0\d{1,3}|3\d{2}) 0000 \d{3}$", p["number"]):
                    err("service %s: phone not in the fictitious format" % w)
            if not 1 <= len(svc["service_at_locations"]) <= 2:
                err("service %s: %d locations" % (w, len(svc["service_at_locations"])))
            cities = set()
            for sal in svc["service_at_locations"]:
                check("service_at_location", sal, w)
                loc = sal["location"]
                if sal["service_id"] != svc["id"] or sal["location_id"] != loc["id"]:
                    err("service %s: service_at_location links" % w)
                if not sal["schedules"]:
                    err("service %s: no schedule" % w)
                for s in sal["schedules"]:
                    check("schedule", s, w)
                    if s["service_at_location_id"] != sal["id"] or s["freq"] != "WEEKLY":
                        err("service %s: schedule link/freq" % w)
                    if not set(s["byday"].split(",")) <= DAYS:
                        err("service %s: byday %s" % (w, s["byday"]))
                    if not (TIME_RE.match(s["opens_at"]) and TIME_RE.match(s["closes_at"]) and s["opens_at"] < s["closes_at"]):
                        err("service %s: times %s-%s" % (w, s["opens_at"], s["closes_at"]))
                check("location", loc, w)
                if loc["organization_id"] != org["id"] or loc["location_type"] != "physical":
                    err("service %s: location org/type" % w)
                ck = city_by_istat.get(loc["x_istat_municipality"])
                if ck is None:
                    err("service %s: unknown ISTAT code" % w)
                    continue
                cities.add(ck)
                lat, lon = loc["latitude"], loc["longitude"]
                clat, clon = CITIES[ck]["centre"]
                if not (isinstance(lat, float) and isinstance(lon, float)):
                    err("service %s: coordinates are not numbers" % w)
                elif abs(lat - clat) > 0.1 or abs(lon - clon) > 0.1:
                    err("service %s: coordinates %s,%s too far from %s" % (w, lat, lon, ck))
                for a in loc["accessibility"]:
                    check("accessibility", a, w)
                    if a["location_id"] != loc["id"]:
                        err("service %s: accessibility link" % w)
                if len(loc["addresses"]) != 1:
                    err("service %s: addresses" % w)
                for ad in loc["addresses"]:
                    check("address", ad, w)
                    c = CITIES[ck]
                    if (ad["location_id"] != loc["id"] or ad["city"] != c["it"] or ad["state_province"] != c["prov"]
                            or ad["country"] != "IT" or ad["address_type"] != "physical"
                            or not re.match(r"^\d{5}$", ad["postal_code"])):
                        err("service %s: address fields" % w)
            if len(cities) != 1:
                err("service %s: locations in %d cities" % (w, len(cities)))
            else:
                svc_city[svc["id"]] = cities.pop()

    # --- counts ---------------------------------------------------------------
    all_svcs = [s for o in org_list for s in o["services"]]
    term_name = {v: k for k, v in TERMS.items()}
    per_city = {ck: 0 for ck in CITY_ORDER}
    per_cat = {t: 0 for t in TERMS}
    city_cats = {ck: set() for ck in CITY_ORDER}
    arabic = 0
    arabic_city = {ck: 0 for ck in CITY_ORDER}
    two_locs = 0
    for s in all_svcs:
        ck = svc_city.get(s["id"])
        if ck is None:
            continue
        per_city[ck] += 1
        for a in s["attributes"]:
            per_cat[term_name[a["taxonomy_term_id"]]] += 1
            city_cats[ck].add(term_name[a["taxonomy_term_id"]])
        if any(l["code"] == "ar" for l in s["languages"]):
            arabic += 1
            arabic_city[ck] += 1
        if len(s["service_at_locations"]) == 2:
            two_locs += 1
    if len(all_svcs) < 160:
        err("only %d services" % len(all_svcs))
    for ck, n in per_city.items():
        lo, hi = (30, 40) if ck in ("torino", "genova") else (10, 15)
        if not lo <= n <= hi:
            err("%s has %d services" % (ck, n))
        for need in ("legal-permits", "health", "italian-language"):
            if need not in city_cats[ck]:
                err("%s has no %s service" % (ck, need))
    for t, n in per_cat.items():
        if n < 5:
            err("category %s has only %d services" % (t, n))
    share = arabic / len(all_svcs)
    if not 0.35 <= share <= 0.45:
        err("Arabic share %.2f" % share)
    if arabic_city["torino"] < 8:
        err("only %d Arabic-speaking services in Torino" % arabic_city["torino"])
    if not 0.07 <= two_locs / len(all_svcs) <= 0.13:
        err("%d services with two locations" % two_locs)
    if not 3 <= sum(1 for s in all_svcs if s["status"] == "temporarily closed") <= 8:
        err("unexpected number of temporarily closed services")
    if len(org_list) < 40 or len(org_list) > 60:
        err("%d organizations" % len(org_list))

    # --- translations -------------------------------------------------------------
    svc_by_id = {s["id"]: s for s in all_svcs}
    org_by_id = {o["id"]: o for o in org_list}
    svc_ids = set(svc_by_id)
    org_ids = set(org_by_id)
    seen = set()
    tr_fields = {}
    tr_status = {}
    same_source = {}
    for t in translations:
        if set(t) != {"entity", "id", "field", "lang", "text", "status"}:
            err("translation keys %s" % sorted(t))
            continue
        rec = (svc_by_id if t["entity"] == "service" else org_by_id if t["entity"] == "organization" else {}).get(t["id"])
        if rec is None:
            err("translation for unknown %s %s" % (t["entity"], t["id"]))
            continue
        fk = tr_field_kind(t["field"])
        if fk not in TR_FIELDS[t["entity"]] or t["status"] not in ("reviewed", "machine"):
            err("translation field/status %s/%s" % (t["field"], t["status"]))
            continue
        if t["lang"] not in TR_LANGS:
            err("translation into %s" % t["lang"])
            continue
        if t["lang"] == "en" and t["status"] != "reviewed":
            err("English translation not reviewed")
        key = (t["entity"], t["id"], t["field"], t["lang"])
        if key in seen:
            err("duplicate translation %s" % (key,))
        seen.add(key)
        where = "%s %s %s %s" % key
        text = t["text"]
        src = source_text(rec, t["field"])
        if src is None:
            err("translation of a field without Italian text: " + where)
            continue
        if not text.strip() or text != text.strip():
            err("empty or untrimmed translation: " + where)
        if text == src:
            err("translation equals the Italian text: " + where)
        if src.endswith(".") != text.endswith("."):
            err("translation and Italian text end differently: " + where)
        if t["field"] == "name" and not text.endswith(" (demo)"):
            err("translated name without (demo): " + text)
        if "{" in text or "}" in text:
            err("unformatted placeholder: " + text)
        script_err = script_error(t["lang"], text)
        if script_err:
            err("%s: %s" % (script_err, where))
        if fk != t["field"]:
            # Document names and cost labels read the same in every service.
            same_source.setdefault((fk, t["lang"], src), set()).add(text)
        tr_status.setdefault((t["entity"], t["id"], t["lang"]), set()).add(t["status"])
        if t["entity"] == "service":
            tr_fields.setdefault(fk, {}).setdefault(t["lang"], 0)
            tr_fields[fk][t["lang"]] += 1
    for ent, pool in (("service", svc_ids), ("organization", org_ids)):
        for i in pool:
            for f in ("name", "description"):
                if (ent, i, f, "en") not in seen:
                    err("missing English %s for %s %s" % (f, ent, i))
    for (fk, lang, src), texts in same_source.items():
        if len(texts) > 1:
            err("%s %r has %d %s translations" % (fk, src, len(texts), lang))
    for (ent, i, lang), statuses in tr_status.items():
        if len(statuses) > 1:
            err("%s %s: %s translations with mixed status" % (ent, i, lang))
        if (ent, i, "name", lang) not in seen:
            err("%s %s: %s translations without a translated name" % (ent, i, lang))
    # A service translated into a language is translated entirely.
    for s in all_svcs:
        for lang in TR_LANGS:
            if ("service", s["id"], "name", lang) not in seen:
                continue
            for f in translatable_fields(s):
                if ("service", s["id"], f, lang) not in seen:
                    err("service %s: %s translated without %s" % (s["id"], lang, f))
    n_ar = sum(1 for k in seen if k[0] == "service" and k[2] == "name" and k[3] == "ar")
    n_fr = sum(1 for k in seen if k[0] == "service" and k[2] == "name" and k[3] == "fr")
    n_uk = sum(1 for k in seen if k[0] == "service" and k[2] == "name" and k[3] == "uk")
    if not 25 <= n_ar <= 35 or not 15 <= n_fr <= 25 or not 8 <= n_uk <= 12:
        err("translation counts ar=%d fr=%d uk=%d" % (n_ar, n_fr, n_uk))
    tor_ar_tr = sum(1 for s in all_svcs if svc_city.get(s["id"]) == "torino"
                    and any(l["code"] == "ar" for l in s["languages"])
                    and ("service", s["id"], "name", "ar") in seen)
    if tor_ar_tr < 8:
        err("only %d Arabic-speaking Torino services have Arabic translations" % tor_ar_tr)

    if len(hsds_bytes) >= 1_500_000:
        err("hsds.json is %d bytes" % len(hsds_bytes))

    stats = dict(services=len(all_svcs), organizations=len(org_list), per_city=per_city, per_cat=per_cat,
                 arabic=arabic, arabic_city=arabic_city, two_locations=two_locs,
                 temporarily_closed=sum(1 for s in all_svcs if s["status"] == "temporarily closed"),
                 locations=sum(len(s["service_at_locations"]) for s in all_svcs),
                 translations=len(translations), tr_ar=n_ar, tr_fr=n_fr, tr_uk=n_uk, torino_ar_translated=tor_ar_tr,
                 translated_fields=tr_fields,
                 ids=len(ids) - len(TERMS) - 1, hsds_bytes=len(hsds_bytes), translations_bytes=len(tr_bytes),
                 schema_dir=schema_dir)
    return errors, stats


def dump_lines(items):
    return ("[\n" + ",\n".join(json.dumps(i, ensure_ascii=False, separators=(",", ":")) for i in items)
            + "\n]\n").encode("utf-8")


def main():
    org_list, translations, services = build()
    hsds_bytes = dump_lines(org_list)
    tr_bytes = dump_lines(translations)
    # Round-trip so that validation sees exactly what is written.
    errors, stats = validate(json.loads(hsds_bytes), json.loads(tr_bytes), services, hsds_bytes, tr_bytes)
    if errors:
        for e in errors:
            print("ERROR:", e, file=sys.stderr)
        print("%d validation errors; files not written" % len(errors), file=sys.stderr)
        sys.exit(1)
    with open(os.path.join(HERE, "hsds.json"), "wb") as f:
        f.write(hsds_bytes)
    with open(os.path.join(HERE, "translations.json"), "wb") as f:
        f.write(tr_bytes)
    print(json.dumps(stats, indent=1, ensure_ascii=False))


if __name__ == "__main__":
    main()
