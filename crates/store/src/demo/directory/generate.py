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
Python 3 standard library only. Run:  python3 generate.py  (from any directory;
it imports the demo_*.py modules next to it: demo_base.py (ids, cities,
languages, opening hours), demo_kinds_offices.py and demo_kinds.py (service
kinds and their texts), demo_orgs.py (organisations, service plan),
demo_build.py (the builder) and demo_checks.py (the checks)).
The script validates its own output (HSDS required fields, ids, coordinates,
coverage counts) and exits non-zero if a check fails. Set HSDS_SCHEMA_DIR to
the HSDS schema folder to cross-check the embedded "required" lists; by default
it looks for ../shared/hsds/schema next to the repository root.
"""

import json
import os
import sys

# The sibling modules are found next to this script whatever the working
# directory, and are not compiled into a __pycache__ in the source tree.
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
sys.dont_write_bytecode = True

from demo_base import HERE  # noqa: E402
from demo_build import build  # noqa: E402
from demo_checks import validate  # noqa: E402


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
