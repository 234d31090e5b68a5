"""Checks of the demo directory generator (see generate.py): the HSDS required
fields and the ones this profile always fills in, id, time and e-mail
patterns, the translatable fields and the script each language must use, and
validate(), which checks the organisations and translations as written and
returns the errors found and summary statistics."""

import json
import os
import re
import sys

from demo_base import CITIES, CITY_ORDER, HERE, LANG_NAMES, TAXONOMY_ID, TERMS

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
