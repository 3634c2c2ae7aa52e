// Helpers shared by the chat page and the staff pages. No framework, no build step.
// Text from documents is only ever inserted as DOM text nodes (never innerHTML).
"use strict";

const TOKEN_KEY = "ratsinfo.apiToken";
const $ = (id) => document.getElementById(id);

function storedToken() {
  const field = $("token");
  const typed = field ? field.value.trim() : "";
  return typed || localStorage.getItem(TOKEN_KEY) || "";
}

function authHeaders() {
  const token = storedToken();
  return token ? { Authorization: "Bearer " + token } : {};
}

function formatDate(iso) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso || "");
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso || "";
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined && text !== null) node.textContent = String(text);
  return node;
}

function setStatus(message, isError) {
  const status = $("status");
  if (!status) return;
  status.textContent = message || "";
  status.classList.toggle("error", Boolean(isError));
}

async function errorMessage(response) {
  if (response.status === 401) return "Das API-Token ist ungültig oder fehlt.";
  if (response.status === 403) return "Dafür fehlen die Rechte.";
  if (response.status === 429) {
    const wait = response.headers.get("Retry-After");
    return `Zu viele Anfragen – bitte ${wait ? wait + " s" : "kurz"} warten.`;
  }
  let detail = "";
  try {
    const data = await response.json();
    if (typeof data.detail === "string") detail = data.detail;
    else if (Array.isArray(data.detail)) detail = data.detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
  } catch (_) { /* not JSON */ }
  return `Fehler ${response.status}${detail ? ": " + detail : ""}`;
}

// A link to the document's page in the council's portal, when its source is a web address.
function sourceUrl(source) {
  return /^https?:\/\//i.test(source || "") ? source : "";
}

function sourceLink(source, label) {
  const url = sourceUrl(source);
  if (!url) return null;
  const link = el("a", "source-link", label || "Quelle im Ratsinformationssystem ↗");
  link.href = url;
  link.target = "_blank";
  link.rel = "noopener noreferrer";
  return link;
}

function placeLine(r) {
  const parts = [r.body && r.body !== "unknown" ? r.body : "", r.municipality, formatDate(r.date)];
  if (r.agenda_item) parts.push("TOP " + r.agenda_item.replace(/^TOP\s+/i, ""));
  if (r.vorlage) parts.push("Vorlage " + r.vorlage);
  return parts.filter(Boolean).join(" · ");
}

function votesText(r) {
  const v = r.votes || {};
  const known = [v.yes, v.no, v.abstain].some((n) => n !== null && n !== undefined);
  if (!known) return r.unanimous ? "einstimmig" : "";
  return `Ja ${v.yes ?? "–"} · Nein ${v.no ?? "–"} · Enthaltung ${v.abstain ?? "–"}${r.unanimous ? " (einstimmig)" : ""}`;
}

const STATUS_TEXT = { open: "offen", settled: "erledigt" };

function statusText(status) {
  return STATUS_TEXT[status] || status;
}

// Where a document page of this server shows a record or citation highlighted.
function documentHref(r) {
  return `/?doc=${encodeURIComponent(r.doc_id)}&start=${r.char_start}&end=${r.char_end}`;
}
