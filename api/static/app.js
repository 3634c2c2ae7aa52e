// Chat page: a conversation with the assistant, kept in this browser tab (sessionStorage).
// Each question is sent with the earlier turns (questions and their answers' citations), so
// follow-ups like „Und wer war dagegen?“ refer to what was asked before.
"use strict";

const MAX_HISTORY = 10;
const params = new URLSearchParams(window.location.search);
const embedded = params.get("embed") === "1";
const THREAD_KEY = embedded ? "ratsinfo.widget-conversation" : "ratsinfo.conversation";
let turns = [];

function loadThread() {
  try {
    const saved = JSON.parse(sessionStorage.getItem(THREAD_KEY) || "[]");
    turns = Array.isArray(saved) ? saved : [];
  } catch (_) {
    turns = [];
  }
}

function saveThread() {
  try {
    sessionStorage.setItem(THREAD_KEY, JSON.stringify(turns.slice(-MAX_HISTORY * 2)));
  } catch (_) { /* storage full or blocked: the thread lives on in the page */ }
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

// What the server needs of the earlier turns: the questions and where their answers' evidence lay.
function history() {
  return turns.slice(-MAX_HISTORY).map((t) => ({
    question: t.question,
    citations: (t.response.abstained ? [] : t.response.citations).slice(0, 5).map((c) => ({
      doc_id: c.doc_id, municipality: c.municipality, body: c.body, date: c.date, agenda_item: c.agenda_item,
    })),
  }));
}

function citationMeta(c) {
  const parts = [placeLine(c)];
  if (c.page !== null && c.page !== undefined) parts.push("S. " + c.page);
  return parts.filter(Boolean).join(" · ");
}

// Answer text with [n] turned into buttons that open citation n.
function answerNode(text, citations, abstained) {
  const answer = el("p", "answer" + (abstained ? " muted" : ""));
  if (abstained) {
    answer.textContent = text;
    return answer;
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
    marker.addEventListener("click", () => openCitation(citations[index]));
    answer.append(marker);
    cursor = match.index + match[0].length;
  }
  answer.append(document.createTextNode(text.slice(cursor)));
  return answer;
}

function citationsNode(citations) {
  const list = el("ol", "citations");
  citations.forEach((c) => {
    const item = el("li");
    const card = el("button", "citation");
    card.type = "button";
    card.append(el("span", "title", c.title || c.doc_id));
    card.append(el("p", "meta", citationMeta(c)));
    card.append(el("blockquote", "quote", c.quote));
    card.addEventListener("click", () => openCitation(c));
    item.append(card);
    const link = sourceLink(c.source);
    if (link) item.append(link);
    list.append(item);
  });
  return list;
}

const RECORD_TITLES = { decision: "Beschluss", position: "Positionen", open_item: "Aufträge und offene Punkte" };

function recordNode(r) {
  const item = el("li", "record");
  if (r.outcome !== undefined) {
    item.append(el("strong", "", r.outcome));
    const votes = votesText(r);
    if (votes) item.append(el("span", "votes", " " + votes));
    const factions = Object.entries(r.by_faction || {}).map(([kind, counts]) =>
      `${{ yes: "Ja", no: "Nein", abstain: "Enthaltung" }[kind] || kind}: ` +
      Object.entries(counts).map(([f, n]) => (n === null ? f : `${f} ${n}`)).join(", "));
    if (factions.length) item.append(el("div", "meta", factions.join(" · ")));
    if (r.text) item.append(el("div", "", r.text));
  } else if (r.stance !== undefined) {
    const who = [r.person, r.faction && `(${r.faction})`].filter(Boolean).join(" ");
    item.append(el("strong", "", who + " "), el("span", "stance", r.stance));
    if (r.object) item.append(el("div", "", r.object));
  } else {
    item.append(el("span", "badge " + r.status, statusText(r.status)), el("strong", "", " " + (r.owner || "Auftrag") + ": "));
    item.append(document.createTextNode(r.task + (r.due ? ` (fällig ${formatDate(r.due)})` : "")));
    if (r.settled_by) item.append(el("div", "meta", "erledigt durch: " + placeLine(r.settled_by) + " – „" + r.settled_by.quote + "“"));
  }
  item.append(el("div", "meta", placeLine(r)));
  const show = el("button", "linklike", "Im Dokument zeigen");
  show.type = "button";
  show.addEventListener("click", () => openCitation({ ...r, title: r.doc_id }));
  item.append(show);
  return item;
}

function recordsNode(type, records) {
  const box = el("div", "records-block");
  box.append(el("h3", "", RECORD_TITLES[type] || "Erkannte Einträge"));
  const list = el("ul", "records");
  records.forEach((r) => list.append(recordNode(r)));
  box.append(list);
  return box;
}

function feedbackNode(turn) {
  const box = el("div", "feedback");
  box.append(el("span", "meta", "War die Antwort hilfreich?"));
  const comment = el("textarea", "feedback-comment");
  comment.rows = 2;
  comment.maxLength = 2000;
  comment.placeholder = "Kommentar (optional)";
  comment.setAttribute("aria-label", "Kommentar zur Antwort");
  comment.hidden = true;
  const note = el("span", "meta feedback-note");
  const choices = [["helpful", "👍 Hilfreich"], ["wrong", "Falsch"], ["wrong_sources", "Falsche Quellen"]];
  let chosen = "";
  const send = el("button", "secondary small", "Rückmeldung senden");
  send.type = "button";
  send.hidden = true;
  choices.forEach(([rating, label]) => {
    const button = el("button", "secondary small", label);
    button.type = "button";
    button.dataset.rating = rating;
    button.addEventListener("click", () => {
      chosen = rating;
      box.querySelectorAll("button[data-rating]").forEach((b) => b.classList.toggle("chosen", b === button));
      comment.hidden = false;
      send.hidden = false;
      comment.focus();
    });
    box.append(button);
  });
  send.addEventListener("click", async () => {
    send.disabled = true;
    const response = await fetch("/v1/feedback", {
      method: "POST",
      headers: { "Content-Type": "application/json", ...authHeaders() },
      body: JSON.stringify({
        rating: chosen,
        question: turn.question,
        answer: turn.response.answer,
        citations: turn.response.citations.slice(0, 10).map((c) => ({
          doc_id: c.doc_id, agenda_item: c.agenda_item, char_start: c.char_start, char_end: c.char_end, quote: c.quote,
        })),
        comment: comment.value.trim(),
      }),
    }).catch(() => null);
    if (response && response.ok) {
      box.replaceChildren(el("span", "meta feedback-done", "Danke für Ihre Rückmeldung!"));
      turn.feedback = chosen;
      saveThread();
    } else {
      note.textContent = response ? await errorMessage(response) : "Der Server ist nicht erreichbar.";
      send.disabled = false;
    }
  });
  box.append(comment, send, note);
  if (turn.feedback) box.replaceChildren(el("span", "meta feedback-done", "Danke für Ihre Rückmeldung!"));
  return box;
}

function turnNode(turn, number) {
  const data = turn.response;
  const article = el("article", "turn");
  article.id = `turn-${number}`;
  article.append(el("p", "question", turn.question));
  const citations = data.abstained ? [] : data.citations;
  article.append(answerNode(data.answer, citations, data.abstained));
  if (!data.abstained && (data.records || []).length) article.append(recordsNode(data.question_type, data.records));
  if (citations.length) {
    const sources = el("details", "sources");
    sources.open = number === turns.length;
    sources.append(el("summary", "", `Quellen (${citations.length})`), citationsNode(citations));
    article.append(sources);
  }
  article.append(feedbackNode(turn));
  return article;
}

function renderThread() {
  const thread = $("thread");
  thread.replaceChildren(...turns.map((t, i) => turnNode(t, i + 1)));
  $("new-conversation").hidden = turns.length === 0;
  $("followup-hint").hidden = turns.length === 0;
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
      body: JSON.stringify({ question, top_k: topK, filters: collectFilters(), history: history() }),
    });
    if (!response.ok) {
      setStatus(await errorMessage(response), true);
      return;
    }
    turns.push({ question, response: await response.json() });
    saveThread();
    renderThread();
    $("question").value = "";
    setStatus("");
    const last = $(`turn-${turns.length}`);
    if (last) last.scrollIntoView({ block: "start", behavior: "smooth" });
  } catch (err) {
    setStatus("Der Server ist nicht erreichbar.", true);
  } finally {
    $("submit").disabled = false;
  }
}

async function openCitation(citation) {
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
  $("panel-meta").textContent = placeLine(doc);
  const url = sourceUrl(doc.source);
  $("panel-source").hidden = !url;
  if (url) $("panel-link").href = url;
  $("panel-note").hidden = !doc.redacted;
  const text = doc.text;
  const start = Math.max(0, Math.min(Number(citation.char_start) || 0, text.length));
  const end = Math.max(start, Math.min(Number(citation.char_end) || 0, text.length));
  const mark = el("mark", "", text.slice(start, end));
  $("panel-text").replaceChildren(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
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

// Widget mode (?embed=1): compact, filters preset by the embedding page, no navigation.
function applyPreset() {
  const municipality = params.get("municipality") || "";
  const body = params.get("body") || "";
  if (municipality) $("f-municipality").value = municipality;
  if (body) $("f-body").value = body;
  if (!embedded) return;
  document.body.classList.add("embedded");
  const scope = [body, municipality].filter(Boolean).join(", ");
  if (scope) {
    $("preset").textContent = "Fragen zu: " + scope;
    $("preset").hidden = false;
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
  applyPreset();
  loadThread();
  renderThread();
  $("ask-form").addEventListener("submit", ask);
  $("question").addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) $("ask-form").requestSubmit();
  });
  $("new-conversation").addEventListener("click", () => {
    turns = [];
    saveThread();
    renderThread();
    $("question").focus();
  });
  $("panel-close").addEventListener("click", () => { $("panel").hidden = true; });
  if (!embedded) loadHealth();
  const doc = params.get("doc");
  if (doc) openCitation({ doc_id: doc, char_start: params.get("start"), char_end: params.get("end") });
  // A shared link ?q=Frage asks at once.
  const shared = params.get("q");
  if (shared) {
    $("question").value = shared;
    $("ask-form").requestSubmit();
  }
}

document.addEventListener("DOMContentLoaded", init);
