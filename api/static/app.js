// Chat page for the Ratsinfo-Assistent. No framework, no build step.
// Document text is only ever inserted as DOM text nodes (never innerHTML).
"use strict";

const TOKEN_KEY = "ratsinfo.apiToken";
const $ = (id) => document.getElementById(id);

function authHeaders() {
  const token = $("token").value.trim();
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
  status.textContent = message || "";
  status.classList.toggle("error", Boolean(isError));
}

async function errorMessage(response) {
  if (response.status === 401) return "Das API-Token ist ungültig.";
  let detail = "";
  try {
    const data = await response.json();
    if (typeof data.detail === "string") detail = data.detail;
    else if (Array.isArray(data.detail)) detail = data.detail.map((d) => `${(d.loc || []).slice(1).join(".")}: ${d.msg}`).join("; ");
  } catch (_) { /* not JSON */ }
  return `Fehler ${response.status}${detail ? ": " + detail : ""}`;
}

function collectFilters() {
  const filters = {};
  const municipality = $("f-municipality").value.trim();
  const body = $("f-body").value.trim();
  const year = $("f-year").value.trim();
  let from = $("f-from").value;
  let to = $("f-to").value;
  if (/^\d{4}$/.test(year)) {
    from = from || `${year}-01-01`;
    to = to || `${year}-12-31`;
  }
  if (municipality) filters.municipality = municipality;
  if (body) filters.body = body;
  if (from) filters.date_from = from;
  if (to) filters.date_to = to;
  return filters;
}

function citationMeta(c) {
  const parts = [c.body, c.municipality, formatDate(c.date)];
  if (c.agenda_item) parts.push("TOP " + c.agenda_item.replace(/^TOP\s+/i, ""));
  if (c.page !== null && c.page !== undefined) parts.push("S. " + c.page);
  parts.push("Relevanz " + Number(c.score).toFixed(2));
  return parts.filter(Boolean).join(" · ");
}

// Answer text with [n] turned into buttons that open citation n.
function renderAnswer(text, citations, abstained) {
  const answer = $("answer");
  answer.replaceChildren();
  answer.classList.toggle("muted", abstained);
  if (abstained) {
    answer.textContent = text;
    return;
  }
  const pattern = /\[(\d+)\]/g;
  let cursor = 0;
  let match;
  while ((match = pattern.exec(text)) !== null) {
    const index = Number(match[1]) - 1;
    if (index < 0 || index >= citations.length) continue;
    answer.append(document.createTextNode(text.slice(cursor, match.index)));
    const marker = el("button", "marker", match[0]);
    marker.type = "button";
    marker.title = citations[index].title;
    marker.addEventListener("click", () => openCitation(citations[index], index));
    answer.append(marker);
    cursor = match.index + match[0].length;
  }
  answer.append(document.createTextNode(text.slice(cursor)));
}

function renderCitations(citations) {
  const list = $("citations");
  list.replaceChildren();
  citations.forEach((c, index) => {
    const item = el("li");
    item.id = `citation-${index + 1}`;
    const card = el("button", "citation");
    card.type = "button";
    card.append(el("span", "title", c.title || c.doc_id));
    card.append(el("p", "meta", citationMeta(c)));
    card.append(el("blockquote", "quote", c.quote));
    card.addEventListener("click", () => openCitation(c, index));
    item.append(card);
    list.append(item);
  });
}

const RECORD_TITLES = {
  decision: "Beschlüsse",
  position: "Positionen",
  open_item: "Aufträge und offene Punkte",
};

// One line per structured record: a decision with its vote, a speaker's stance, a task and its status.
function recordLine(r) {
  if (r.outcome !== undefined) {
    const v = r.votes || {};
    const counts = [v.yes, v.no, v.abstain].some((n) => n !== null && n !== undefined)
      ? ` (Ja ${v.yes ?? "–"} / Nein ${v.no ?? "–"} / Enthaltung ${v.abstain ?? "–"})`
      : "";
    const unanimous = r.unanimous ? ", einstimmig" : "";
    return `${r.outcome}${unanimous}${counts}: ${r.text || r.quote}`;
  }
  if (r.stance !== undefined) {
    const who = [r.person, r.faction && `(${r.faction})`].filter(Boolean).join(" ");
    return `${who} ${r.stance}${r.object ? ": " + r.object : ""}`;
  }
  const status = r.status === "settled" ? "erledigt" : "offen";
  return `${r.owner || "Auftrag"}: ${r.task} [${status}${r.due ? ", fällig " + r.due : ""}]`;
}

function renderRecords(type, records) {
  const list = $("records");
  list.replaceChildren();
  $("records-title").textContent = RECORD_TITLES[type] || "Erkannte Einträge";
  records.forEach((r) => {
    const item = el("li", "record", recordLine(r));
    item.append(el("span", "meta", " — " + citationMeta({ ...r, page: null, score: NaN }).replace(/ · Relevanz NaN$/, "")));
    list.append(item);
  });
  $("records-block").hidden = records.length === 0;
}

async function ask(event) {
  event.preventDefault();
  const question = $("question").value.trim();
  if (!question) {
    setStatus("Bitte eine Frage eingeben.", true);
    return;
  }
  const topK = Math.min(50, Math.max(1, Number($("f-topk").value) || 5));
  $("submit").disabled = true;
  setStatus("Suche läuft …");
  try {
    const response = await fetch("/v1/ask", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...authHeaders() },
      body: JSON.stringify({ question, top_k: topK, filters: collectFilters() }),
    });
    if (!response.ok) {
      setStatus(await errorMessage(response), true);
      return;
    }
    const data = await response.json();
    const citations = data.abstained ? [] : data.citations;
    renderAnswer(data.answer, citations, data.abstained);
    renderCitations(citations);
    renderRecords(data.question_type, data.abstained ? [] : data.records || []);
    $("sources-block").hidden = citations.length === 0;
    $("result").hidden = false;
    setStatus("");
  } catch (err) {
    setStatus("Der Server ist nicht erreichbar.", true);
  } finally {
    $("submit").disabled = false;
  }
}

async function openCitation(citation, index) {
  document.querySelectorAll(".citation.active").forEach((n) => n.classList.remove("active"));
  const card = document.querySelector(`#citation-${index + 1} .citation`);
  if (card) card.classList.add("active");
  setStatus("Dokument wird geladen …");
  let doc;
  try {
    const response = await fetch(`/v1/documents/${encodeURIComponent(citation.doc_id)}`, { headers: authHeaders() });
    if (!response.ok) {
      setStatus(await errorMessage(response), true);
      return;
    }
    doc = await response.json();
  } catch (err) {
    setStatus("Der Server ist nicht erreichbar.", true);
    return;
  }
  setStatus("");
  showDocument(doc, citation);
}

function showDocument(doc, citation) {
  $("panel-title").textContent = doc.title || doc.doc_id;
  $("panel-meta").textContent = [doc.body, doc.municipality, formatDate(doc.date), doc.source].filter(Boolean).join(" · ");
  $("panel-note").hidden = !doc.redacted;
  const text = doc.text;
  const start = Math.max(0, Math.min(citation.char_start, text.length));
  const end = Math.max(start, Math.min(citation.char_end, text.length));
  const mark = el("mark", "", text.slice(start, end));
  const container = $("panel-text");
  container.replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
  $("panel").hidden = false;
  mark.scrollIntoView({ block: "center", behavior: "smooth" });
}

async function loadHealth() {
  try {
    const response = await fetch("/healthz");
    const data = await response.json();
    $("health").textContent = `${data.documents} Dokumente · ${data.chunks} Abschnitte · Modell ${data.model}`;
  } catch (_) {
    $("health").textContent = "";
  }
}

function init() {
  const token = $("token");
  token.value = localStorage.getItem(TOKEN_KEY) || "";
  token.addEventListener("change", () => {
    const value = token.value.trim();
    if (value) localStorage.setItem(TOKEN_KEY, value);
    else localStorage.removeItem(TOKEN_KEY);
  });
  $("token-clear").addEventListener("click", () => {
    token.value = "";
    localStorage.removeItem(TOKEN_KEY);
  });
  $("ask-form").addEventListener("submit", ask);
  $("question").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("ask-form").requestSubmit();
  });
  $("panel-close").addEventListener("click", () => { $("panel").hidden = true; });
  loadHealth();
  // A shared link ?q=Frage asks at once.
  const shared = new URLSearchParams(window.location.search).get("q");
  if (shared) {
    $("question").value = shared;
    $("ask-form").requestSubmit();
  }
}

document.addEventListener("DOMContentLoaded", init);
