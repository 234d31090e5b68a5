#!/usr/bin/env python3
"""Generate a large synthetic HSDS 3.0 directory for benchmarks (not demo data).

    bench/gen-directory.py [--services N] [--locations-per-service K] OUT.json

Writes a bundle {"organizations": [...]} whose organizations nest their services, each
with K services-at-locations and their locations, spread over the nine demo cities, with
categories of the default taxonomy, languages, weekly hours (a tenth open round the clock,
so that "open now" finds something at any hour) and cost options. Deterministic
(fixed seed). Standard library only.
"""
import argparse
import json
import random
import uuid

CITIES = [
    ("001272", "Torino", "TO", 45.0703, 7.6869),
    ("004078", "Cuneo", "CN", 44.3845, 7.5427),
    ("003106", "Novara", "NO", 45.4469, 8.6222),
    ("005005", "Asti", "AT", 44.9008, 8.2064),
    ("010025", "Genova", "GE", 44.4056, 8.9463),
    ("011015", "La Spezia", "SP", 44.1025, 9.8241),
    ("008031", "Imperia", "IM", 43.8897, 8.0398),
    ("009056", "Savona", "SV", 44.3091, 8.4772),
    ("053011", "Grosseto", "GR", 42.7630, 11.1124),
]
TERMS = [
    "9479120a-7b45-53a0-8a8c-5818fa290780", "cec63827-3185-5ed4-b252-19c3adb13061",
    "2aa7d6ff-8848-55c5-b44e-d650301245b6", "3d0ec347-83a3-5f10-bb4b-59d3e2c978d9",
    "c342da6d-f6c5-5b1a-b28e-4707984ed42c", "41b7d60f-b156-5321-a319-dfe396a5b6a5",
    "98de6a7d-5ab7-5435-9add-f6b7e11b6377", "d4c11d7e-146b-5615-9449-3119a6ee5127",
    "bce9399f-67aa-57ce-bcfd-c223481fb0a8", "ec4cc9fa-ba9b-563c-989a-a02a2927f449",
    "317a5706-c6ba-59b3-ac8f-7ddecd46485f",
]
LANGS = ["it", "en", "fr", "ar", "es", "uk", "sq", "zh", "bn", "ur", "ro", "ru", "wo", "ti"]
NS = uuid.UUID("6f1d2a4e-0000-4000-8000-00000000be4c")


def uid(*parts):
    return str(uuid.uuid5(NS, "/".join(str(p) for p in parts)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--services", type=int, default=20000)
    ap.add_argument("--locations-per-service", type=int, default=3)
    ap.add_argument("out")
    a = ap.parse_args()
    rnd = random.Random(20261122)
    orgs = []
    per_org = 10
    for o in range(0, a.services, per_org):
        oid = uid("org", o)
        services = []
        for s in range(o, min(o + per_org, a.services)):
            sid = uid("service", s)
            sals = []
            for k in range(a.locations_per_service):
                code, city, prov, lat, lon = rnd.choice(CITIES)
                lid = uid("location", s, k)
                salid = uid("sal", s, k)
                if rnd.random() < 0.1:
                    # Helplines, shelters, emergency care: every day, round the clock.
                    days, opens, closes = "MO,TU,WE,TH,FR,SA,SU", "00:00", "23:59"
                else:
                    days = rnd.choice(["MO,TU,WE,TH,FR", "MO,WE,FR", "TU,TH", "MO,TU,WE,TH,FR,SA"])
                    opens = rnd.choice(["08:30", "09:00", "10:00"])
                    closes = rnd.choice(["12:30", "13:00", "17:00"])
                sals.append({
                    "id": salid, "service_id": sid, "location_id": lid,
                    "schedules": [{"id": uid("sch", s, k), "service_at_location_id": salid,
                                   "freq": "WEEKLY", "byday": days,
                                   "opens_at": opens, "closes_at": closes}],
                    "location": {
                        "id": lid, "organization_id": oid, "location_type": "physical",
                        "name": f"Sede {k + 1} (bench)",
                        "latitude": round(lat + rnd.uniform(-0.08, 0.08), 5),
                        "longitude": round(lon + rnd.uniform(-0.08, 0.08), 5),
                        "x_istat_municipality": code,
                        "addresses": [{"id": uid("addr", s, k), "location_id": lid,
                                       "address_1": f"Via Benchmark {s % 300 + 1}", "city": city,
                                       "state_province": prov, "postal_code": "10100",
                                       "country": "IT", "address_type": "physical"}],
                    },
                })
            langs = ["it"] + rnd.sample(LANGS[1:], rnd.randint(0, 4))
            services.append({
                "id": sid, "organization_id": oid, "name": f"Servizio {s} (bench)",
                "description": "Servizio generato per le misure di prestazione.",
                "status": "active",
                "languages": [{"id": uid("lang", s, c), "service_id": sid, "code": c} for c in langs],
                "cost_options": ([{"id": uid("cost", s), "service_id": sid, "option": "Gratuito",
                                   "amount": 0, "currency": "EUR"}] if rnd.random() < 0.6 else []),
                "attributes": [{"id": uid("attr", s, t), "link_id": sid, "link_type": "service",
                                "link_entity": "service", "taxonomy_term_id": t, "value": ""}
                               for t in rnd.sample(TERMS, rnd.randint(1, 2))],
                "phones": [{"id": uid("phone", s), "service_id": sid, "number": "+39 011 0000 000"}],
                "service_at_locations": sals,
            })
        orgs.append({"id": oid, "name": f"Ente {o // per_org} (bench)",
                     "description": "Ente generato per le misure.", "services": services})
    with open(a.out, "w", encoding="utf-8") as f:
        json.dump({"organizations": orgs}, f, separators=(",", ":"), ensure_ascii=False)


if __name__ == "__main__":
    main()
