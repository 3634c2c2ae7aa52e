// Staff pages: decisions, positions and open items as filterable lists with a CSV export.
// The filters live in the address (?body=Stadtrat&outcome=abgelehnt), so a list can be shared.
"use strict";

const LIST = document.body.dataset.list; // decisions | positions | open-items

function today() {
  return new Date().toISOString().slice(0, 10);
}

function filterParams() {
  const query = new URLSearchParams();
  new FormData($("filters")).forEach((value, key) => {
    const text = String(value).trim();
    if (text) query.set(key, text);
  });
  return query;
}

function fillForm(query) {
  for (const field of $("filters").elements) {
    if (field.name) field.value = query.get(field.name) || "";
  }
}

function cell(label, ...children) {
  const td = el("td");
  td.dataset.label = label;
  children.filter((c) => c !== null && c !== undefined).forEach((c) => td.append(typeof c === "string" ? document.createTextNode(c) : c));
  return td;
}

function sourceCell(r) {
  const links = el("div");
  const here = el("a", "source-link", "Im Dokument");
  here.href = documentHref(r);
  links.append(here);
  const portal = sourceLink(r.source, "Ratsinfo ↗");
  if (portal) links.append(document.createTextNode(" · "), portal);
  return cell("Quelle", links);
}

function quote(text) {
  return el("blockquote", "", text);
}

function decisionRow(r) {
  const tr = el("tr");
  tr.append(
    cell("Datum", formatDate(r.date) || "–"),
    cell("Gremium", placeLine({ ...r, date: "" })),
    cell("Ergebnis", el("strong", "", r.outcome)),
    cell("Stimmen", votesText(r) || "–"),
    cell("Beschluss", r.text && !r.quote.includes(r.text) ? el("div", "", r.text) : null, quote(r.quote)),
    sourceCell(r),
  );
  return tr;
}

function positionRow(r) {
  const tr = el("tr");
  const who = [r.person, r.faction && `(${r.faction})`, r.role && `– ${r.role}`].filter(Boolean).join(" ");
  tr.append(
    cell("Datum", formatDate(r.date) || "–"),
    cell("Person", who),
    cell("Haltung", el("strong", "", r.stance), r.object ? el("div", "", r.object) : null),
    cell("Gremium", placeLine({ ...r, date: "" })),
    cell("Zitat", quote(r.quote)),
    sourceCell(r),
  );
  return tr;
}

function isOverdue(r) {
  return r.status === "open" && /^\d{4}-\d{2}-\d{2}$/.test(r.due || "") && r.due < today();
}

function openItemRow(r) {
  const tr = el("tr");
  const overdue = isOverdue(r);
  const badge = el("span", "badge " + (overdue ? "overdue" : r.status), overdue ? "überfällig" : statusText(r.status));
  const settled = r.settled_by
    ? [el("div", "meta", placeLine(r.settled_by)), quote(r.settled_by.quote)]
    : ["–"];
  const settledLink = r.settled_by ? el("a", "source-link", "Im Dokument") : null;
  if (settledLink) settledLink.href = documentHref(r.settled_by);
  tr.append(
    cell("Status", badge),
    cell("Zuständig", r.owner || "–"),
    cell("Auftrag", el("div", "", r.task), el("div", "meta", placeLine(r))),
    cell("Fällig", r.due ? formatDate(r.due) : "–"),
    cell("Erledigt durch", ...settled, settledLink),
    sourceCell(r),
  );
  return tr;
}

// Overdue first (oldest due date first), then open items by due date, then settled ones.
function openItemOrder(a, b) {
  const rank = (r) => (isOverdue(r) ? 0 : r.status === "open" ? 1 : 2);
  return rank(a) - rank(b) || (a.due || "9999").localeCompare(b.due || "9999") || (a.date || "").localeCompare(b.date || "");
}

const VIEWS = {
  decisions: { path: "/v1/decisions", row: decisionRow, order: (a, b) => (b.date || "").localeCompare(a.date || "") },
  positions: { path: "/v1/positions", row: positionRow, order: (a, b) => (a.date || "").localeCompare(b.date || "") },
  "open-items": { path: "/v1/open-items", row: openItemRow, order: openItemOrder },
};

async function load() {
  const view = VIEWS[LIST];
  const query = filterParams();
  const qs = query.toString();
  history.replaceState(null, "", qs ? `?${qs}` : window.location.pathname);
  setStatus("Wird geladen …");
  try {
    const response = await fetch(`${view.path}${qs ? "?" + qs : ""}`, { headers: authHeaders() });
    if (!response.ok) {
      setStatus(await errorMessage(response), true);
      return;
    }
    const results = (await response.json()).results.sort(view.order);
    $("rows").replaceChildren(...results.map(view.row));
    $("count").textContent = results.length === 1 ? "1 Eintrag" : `${results.length} Einträge`;
    setStatus("");
  } catch (_) {
    setStatus("Der Server ist nicht erreichbar.", true);
  }
}

async function downloadCsv() {
  const qs = filterParams().toString();
  const response = await fetch(`${VIEWS[LIST].path}.csv${qs ? "?" + qs : ""}`, { headers: authHeaders() }).catch(() => null);
  if (!response || !response.ok) {
    setStatus(response ? await errorMessage(response) : "Der Server ist nicht erreichbar.", true);
    return;
  }
  const name = (response.headers.get("Content-Disposition") || "").match(/filename="([^"]+)"/);
  const link = el("a");
  link.href = URL.createObjectURL(await response.blob());
  link.download = name ? name[1] : "export.csv";
  document.body.append(link);
  link.click();
  link.remove();
}

function init() {
  fillForm(new URLSearchParams(window.location.search));
  $("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    load();
  });
  $("reset").addEventListener("click", () => {
    fillForm(new URLSearchParams());
    load();
  });
  $("csv").addEventListener("click", downloadCsv);
  load();
}

document.addEventListener("DOMContentLoaded", init);
