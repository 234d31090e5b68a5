"""Builder of the demo directory (see generate.py): the text helpers (city
placeholders, service names, slugs) and build(), which draws from one random
generator seeded with SEED and returns the HSDS organisations, the
translations and the services with their metadata. The output depends on the
order of the random draws, so keep that order when editing."""

import random
import re

from demo_base import (
    CITIES, CITY_LANG_BONUS, CITY_ORDER, DOMAIN, EXTRA_LANG_WEIGHTS, LANG_NAMES, SEED, STREETS, TERMS, uid,
)
from demo_kinds import KINDS
from demo_kinds_offices import DOCUMENTS, FREE_FEES, FREE_OPTION
from demo_orgs import (
    ACCESSIBILITY, ASL_NAMES, CITY_ORGS, CPI_ORG, QUALIFIERS, QUAL_ANCHOR, SHARED_ORGS, _plan,
)


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
