#!/usr/bin/env python3
"""Derives the hand-made golden inputs from ds-2021-csv/input.csv (written by
`guichet generate-export --rows 6 --format csv --era 2021 --seed 11`): the re-saved CSV
dialects, an ODS export, quoting edge cases and an applicant unknown to the referential.
Run from this folder; the expected.json files come from a reviewed import."""
import csv
import io
import re
import zipfile
from xml.sax.saxutils import escape, quoteattr

rows = list(csv.reader(open("ds-2021-csv/input.csv", encoding="utf-8", newline="")))
header, body = rows[0], rows[1:]
col = {h: i for i, h in enumerate(header)}
timestamps = ["Dernière mise à jour le", "Déposé le", "Passé en instruction le", "Traité le"]
amounts = [h for h in header if "(€" in h]


def write_csv(path, rows, delimiter=",", encoding="utf-8", newline="\n", bom=False):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator=newline, quoting=csv.QUOTE_MINIMAL)
    w.writerows(rows)
    data = out.getvalue().encode(encoding)
    with open(path, "wb") as f:
        f.write((b"\xef\xbb\xbf" if bom else b"") + data)


# A French desktop spreadsheet's re-save: ';', Windows-1252, CRLF, decimal commas,
# dd/mm/yyyy timestamps, VRAI/FAUX.
resaved = [header]
for r in body:
    r = list(r)
    for h in timestamps:
        m = re.match(r"(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2}:\d{2}) ", r[col[h]])
        if m:
            r[col[h]] = f"{m[3]}/{m[2]}/{m[1]} {m[4]}"
    for h in amounts:
        r[col[h]] = r[col[h]].replace(".", ",")
    for i, v in enumerate(r):
        r[i] = {"true": "VRAI", "false": "FAUX"}.get(v, v)
    resaved.append(r)
write_csv("excel-fr-resave/input.csv", resaved, ";", "cp1252", "\r\n")
write_csv("utf8-bom-semicolon/input.csv", rows, ";", "utf-8", "\r\n", bom=True)

# Quotes, commas and CR LF inside fields.
tricky = [list(r) for r in rows]
tricky[1][col["Intitulé du projet"]] = 'Portail "famille", phase 1\r\nsuite'
tricky[2][col["Description du projet"]] = 'Ligne 1,\r\n"Ligne 2"\r\n\r\nLigne 4'
write_csv("multiline-quotes/input.csv", tricky)

# An applicant the referential does not know (a valid SIRET key, an unknown SIREN).
def siret(siren, nic=1):
    base = siren + f"{nic:04d}"
    for k in range(10):
        s = base + str(k)
        t = 0
        for i, c in enumerate(s):
            d = int(c)
            if (13 - i) % 2 == 1:
                d *= 2
                if d > 9:
                    d -= 9
            t += d
        if t % 10 == 0:
            return s
unknown = [list(r) for r in rows]
unknown[3][col["Établissement SIRET"]] = siret("130025265")
unknown[3][col["Entreprise SIREN"]] = "130025265"
unknown[3][col["Entreprise raison sociale"]] = "SYNDICAT MIXTE DU NUMERIQUE"
unknown[3][col["Type de structure"]] = "Syndicat"
write_csv("unresolved-applicant/input.csv", unknown)

# ODS, as rodf writes it: Dossiers (raison sociale instead of the 31 columns), Etablissements.
etab_cols = header[header.index("Établissement SIRET"):header.index("Association date de publication") + 1]
ods_header = [h for h in header if h not in etab_cols]
ods_header.insert(ods_header.index("Email") + 1, "Entreprise raison sociale")

def cell(value, number=False):
    if value == "":
        return "<table:table-cell/>"
    if number:
        return (f'<table:table-cell office:value-type="float" office:value={quoteattr(value)}>'
                f"<text:p>{escape(value)}</text:p></table:table-cell>")
    paragraphs = "".join(f"<text:p>{escape(p)}</text:p>" for p in value.split("\n"))
    return f'<table:table-cell office:value-type="string">{paragraphs}</table:table-cell>'

def table(name, header, rows, numeric):
    out = [f'<table:table table:name="{name}">']
    out.append("<table:table-row>" + "".join(cell(h) for h in header) + "</table:table-row>")
    for r in rows:
        out.append("<table:table-row>" + "".join(cell(v, h in numeric) for h, v in zip(header, r)) + "</table:table-row>")
    out.append('<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>')
    out.append("</table:table>")
    return "".join(out)

numeric = set(amounts) | {"Population (INSEE)", "Nombre d'agents bénéficiaires", "Nombre d'usagers bénéficiaires"}
dossier_rows = []
for r in body:
    values = dict(zip(header, r))
    dossier_rows.append([values.get(h, "") if h != "Entreprise raison sociale" else values["Entreprise raison sociale"] for h in ods_header])
etab_header = ["Dossier ID", "Champ", "Établissement SIRET", "Entreprise SIREN", "Entreprise raison sociale", "Établissement code INSEE localité"]
etab_rows = [[r[col["ID"]], "Dossier", r[col["Établissement SIRET"]], r[col["Entreprise SIREN"]], r[col["Entreprise raison sociale"]], r[col["Établissement code INSEE localité"]]] for r in body]
content = ('<?xml version="1.0" encoding="UTF-8"?>'
           '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
           "<office:body><office:spreadsheet>"
           + table("Dossiers", ods_header, dossier_rows, numeric)
           + table("Etablissements", etab_header, etab_rows, set())
           + table("Avis", [], [], set())
           + "</office:spreadsheet></office:body></office:document-content>")
with zipfile.ZipFile("ods/input.ods", "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
    z.writestr("META-INF/manifest.xml", '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
    z.writestr("content.xml", content, compress_type=zipfile.ZIP_DEFLATED)
