// The glyphgan preview page. Every API call sends the access token in the X-Glyphgan-Token
// header; the page reads it once from ?token=... and then removes it from the address bar.
"use strict";

const TOKEN_HEADER = "X-Glyphgan-Token";
const FALLBACK_FONT = "serif";
const state = { token: null, setId: null, glyphs: new Map(), fontUrl: null, fontFamily: null, exportTimer: null, job: null };

const $ = (id) => document.getElementById(id);

function readToken() {
  const params = new URLSearchParams(location.search);
  const fromUrl = params.get("token");
  if (fromUrl) {
    sessionStorage.setItem("glyphgan-token", fromUrl);
    history.replaceState(null, "", location.pathname);
    return fromUrl;
  }
  return sessionStorage.getItem("glyphgan-token");
}

function setStatus(message, isError) {
  const status = $("status");
  status.textContent = message;
  status.classList.toggle("error", Boolean(isError));
}

/** Calls the API with the token; rejects with the server's {"error": ...} message on failure. */
async function api(path, options = {}) {
  const headers = new Headers(options.headers || {});
  headers.set(TOKEN_HEADER, state.token);
  const response = await fetch(path, { ...options, headers, cache: "no-store", credentials: "omit" });
  if (!response.ok) {
    let message = `${response.status} ${response.statusText}`;
    try {
      message = (await response.json()).error || message;
    } catch (ignored) {
      // The body was not JSON; keep the status line.
    }
    throw new Error(message);
  }
  return response;
}

async function postJson(path, body) {
  const response = await api(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  return response.json();
}

// ---- Styles -------------------------------------------------------------------------------

async function loadStyles() {
  const { styles } = await (await api("/api/styles")).json();
  const named = styles.filter((s) => s.kind === "named");
  const custom = styles.filter((s) => s.kind === "custom");
  fillSelect($("named-style"), named);
  fillSelect($("mix-first"), named);
  fillSelect($("mix-second"), named);
  if (named.length > 1) {
    $("mix-second").selectedIndex = 1;
  }
  fillSelect($("custom-style"), custom);
  $("custom-hint").textContent = custom.length
    ? `${custom.length} saved style${custom.length === 1 ? "" : "s"}.`
    : "Styles you train from samples appear here.";
  return styles;
}

function fillSelect(select, styles) {
  const previous = select.value;
  select.replaceChildren(...styles.map((style) => {
    const option = document.createElement("option");
    option.value = style.name;
    option.textContent = style.name;
    option.title = style.description || "";
    return option;
  }));
  if (styles.some((s) => s.name === previous)) {
    select.value = previous;
  }
}

function selectedKind() {
  return document.querySelector("input[name=kind]:checked").value;
}

function showKindPanel() {
  const kind = selectedKind();
  document.querySelectorAll(".kind-panel").forEach((panel) => {
    panel.hidden = panel.dataset.kind !== kind;
  });
}

function styleSpec() {
  const kind = selectedKind();
  if (kind === "random") {
    return { kind, seed: Number.parseInt($("random-seed").value || "0", 10) };
  }
  if (kind === "mix") {
    return { kind, first: $("mix-first").value, second: $("mix-second").value, weight: Number($("mix-weight").value) };
  }
  if (kind === "custom") {
    return { kind, name: $("custom-style").value };
  }
  return { kind: "named", name: $("named-style").value };
}

// ---- Glyph grid ----------------------------------------------------------------------------

/**
 * Parses the server's SVG text as XML and returns its root element, so nothing in it runs as
 * HTML. Adds a faint advance-width box and the baseline (y = 0: SVG y is font y negated).
 */
function svgElement(svgText) {
  const doc = new DOMParser().parseFromString(svgText, "image/svg+xml");
  const root = doc.documentElement;
  if (root.nodeName !== "svg") {
    throw new Error("The server sent a glyph that is not SVG");
  }
  root.querySelectorAll("script, foreignObject").forEach((node) => node.remove());
  root.setAttribute("aria-hidden", "true");
  root.setAttribute("focusable", "false");
  const [x, y, width, height] = (root.getAttribute("viewBox") || "0 0 0 0").split(/[\s,]+/).map(Number);
  const ns = "http://www.w3.org/2000/svg";
  const box = doc.createElementNS(ns, "rect");
  box.setAttribute("class", "advance");
  box.setAttribute("x", String(x));
  box.setAttribute("y", String(y));
  box.setAttribute("width", String(width));
  box.setAttribute("height", String(height));
  const baseline = doc.createElementNS(ns, "line");
  baseline.setAttribute("class", "baseline");
  baseline.setAttribute("x1", String(x));
  baseline.setAttribute("x2", String(x + width));
  baseline.setAttribute("y1", "0");
  baseline.setAttribute("y2", "0");
  root.insertBefore(baseline, root.firstChild);
  root.insertBefore(box, root.firstChild);
  return document.importNode(root, true);
}

function hex(codePoint) {
  return "U+" + codePoint.toString(16).toUpperCase().padStart(4, "0");
}

function glyphCard(glyph) {
  const item = document.createElement("li");
  item.className = "glyph";
  item.dataset.codePoint = String(glyph.codePoint);

  const canvas = document.createElement("div");
  canvas.className = "canvas";
  canvas.append(svgElement(glyph.svg));

  const meta = document.createElement("div");
  meta.className = "meta";
  const character = document.createElement("span");
  character.className = "char";
  character.textContent = glyph.character;
  const code = document.createElement("span");
  code.textContent = hex(glyph.codePoint);
  meta.append(character, code);

  const realism = glyph.realism === null ? 0 : Math.max(0, Math.min(1, glyph.realism));
  const score = document.createElement("div");
  score.className = "score";
  if (realism < 0.33) {
    score.classList.add("low");
  } else if (realism < 0.66) {
    score.classList.add("mid");
  }
  score.setAttribute("role", "meter");
  score.setAttribute("aria-valuemin", "0");
  score.setAttribute("aria-valuemax", "1");
  score.setAttribute("aria-valuenow", realism.toFixed(2));
  score.setAttribute("aria-label", `Realism of ${glyph.character}`);
  const bar = document.createElement("span");
  bar.style.width = `${Math.round(realism * 100)}%`;
  score.append(bar);

  const numbers = document.createElement("div");
  numbers.className = "meta";
  const realismText = document.createElement("span");
  realismText.className = "realism";
  realismText.textContent = `realism ${realism.toFixed(2)}`;
  realismText.title = "Discriminator's probability that the glyph is real";
  numbers.append(realismText);
  if (glyph.classifierConfidence !== null) {
    const confidence = document.createElement("span");
    confidence.textContent = `class ${glyph.classifierConfidence.toFixed(2)}`;
    confidence.title = "Evaluation classifier's confidence that the glyph reads as its character";
    numbers.append(confidence);
  }

  const redo = document.createElement("button");
  redo.type = "button";
  redo.className = "regenerate";
  redo.textContent = "Regenerate";
  redo.setAttribute("aria-label", `Regenerate ${glyph.character} (${hex(glyph.codePoint)})`);
  redo.addEventListener("click", () => regenerate(glyph.codePoint, item));

  item.append(canvas, meta, score, numbers, redo);
  return item;
}

function showSet(set) {
  state.setId = set.id;
  $("specimen").disabled = false;
  state.glyphs = new Map(set.glyphs.map((g) => [g.codePoint, g]));
  $("glyph-grid").replaceChildren(...set.glyphs.map(glyphCard));
  $("failures").replaceChildren(...set.failures.map((f) => {
    const item = document.createElement("li");
    item.textContent = `${f.character} (${hex(f.codePoint)}): ${f.reason}`;
    return item;
  }));
  const mean = set.glyphs.reduce((sum, g) => sum + g.realism, 0) / Math.max(1, set.glyphs.length);
  $("set-info").textContent = `${set.style} · ${set.glyphs.length} glyphs · mean realism ${mean.toFixed(2)}`
    + (set.monospaced ? ` · monospaced, advance ${set.advanceWidth}` : "")
    + (set.failures.length ? ` · ${set.failures.length} failed` : "");
}

async function generate(event) {
  event.preventDefault();
  const button = $("generate");
  button.disabled = true;
  setStatus("Generating…");
  try {
    const set = await postJson("/api/generate", {
      style: styleSpec(),
      chars: $("chars").value,
      candidates: Number.parseInt($("candidates").value || "1", 10),
      pitch: $("pitch").value,
    });
    showSet(set);
    setStatus(`Generated ${set.glyphs.length} glyphs.`);
    await exportFont();
  } catch (error) {
    setStatus(`Generation failed: ${error.message}`, true);
  } finally {
    button.disabled = false;
  }
}

async function regenerate(codePoint, item) {
  item.classList.add("busy");
  try {
    const glyph = await postJson("/api/regenerate", {
      setId: state.setId,
      codePoint,
      seed: Math.floor(Math.random() * 2 ** 31),
    });
    state.glyphs.set(codePoint, glyph);
    item.replaceWith(glyphCard(glyph));
    setStatus(`Regenerated ${glyph.character}.`);
    scheduleExport();
  } catch (error) {
    item.classList.remove("busy");
    setStatus(`Regeneration failed: ${error.message}`, true);
  }
}

// ---- Export and type test ------------------------------------------------------------------

function scheduleExport() {
  clearTimeout(state.exportTimer);
  state.exportTimer = setTimeout(() => exportFont().catch(() => {}), 400);
}

/** Exports the current set as TTF, loads it with the FontFace API and renders the type test with it. */
async function exportFont() {
  if (!state.setId) {
    return;
  }
  $("font-status").textContent = "Exporting TTF…";
  try {
    const exported = await postJson("/api/export", { setId: state.setId, family: $("family").value || "Glyphgan Preview" });
    const bytes = await (await api(exported.url)).arrayBuffer();
    const family = `glyphgan-${exported.fontId}`;
    const face = new FontFace(family, bytes);
    await face.load();
    document.fonts.add(face);
    if (state.fontUrl) {
      URL.revokeObjectURL(state.fontUrl);
    }
    state.fontUrl = URL.createObjectURL(new Blob([bytes], { type: "font/ttf" }));
    state.fontFamily = family;
    const download = $("download");
    download.href = state.fontUrl;
    download.download = `${(exported.family || "glyphgan").replace(/[^A-Za-z0-9_-]+/g, "-")}.ttf`;
    download.setAttribute("aria-disabled", "false");
    $("type-sample").style.fontFamily = `"${family}", ${FALLBACK_FONT}`;
    $("type-sample").dataset.fontFamily = family;
    $("font-status").textContent = `${exported.family} ${exported.style} · ${exported.sizeBytes} bytes`;
  } catch (error) {
    $("font-status").textContent = `Export failed: ${error.message}`;
    throw error;
  }
}

/** Opens the set's specimen sheet in a new tab; fetched with the token, then shown from a blob URL. */
async function openSpecimen() {
  const svg = await (await api(`/api/specimen/${state.setId}.svg`)).blob();
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  window.open(url, "_blank", "noopener");
  setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function updateTypeSample() {
  $("type-sample").textContent = $("type-text").value;
  $("type-sample").style.fontSize = `${$("type-size").value}px`;
  $("type-size-value").textContent = $("type-size").value;
}

// ---- Retraining ----------------------------------------------------------------------------

async function startRetrain(event) {
  event.preventDefault();
  const files = $("retrain-files").files;
  if (!files.length) {
    $("retrain-state").textContent = "Choose sample glyph files first.";
    return;
  }
  const form = new FormData();
  form.append("name", $("retrain-name").value);
  form.append("fineTune", String($("retrain-finetune").checked));
  for (const file of files) {
    form.append("samples", file, file.name);
  }
  $("retrain-start").disabled = true;
  try {
    const job = await (await api("/api/retrain", { method: "POST", body: form })).json();
    state.job = job.id;
    $("retrain-cancel").disabled = false;
    showJob(job);
    await followJob(job.id);
  } catch (error) {
    $("retrain-state").textContent = `Training failed: ${error.message}`;
  } finally {
    $("retrain-start").disabled = false;
    $("retrain-cancel").disabled = true;
  }
}

function showJob(job) {
  $("retrain-progress").value = job.fraction;
  const percent = Math.round(job.fraction * 100);
  let text = `${job.name}: ${job.state}, ${job.stage} (${percent} %)`;
  if (job.state === "succeeded" && job.result) {
    const tuned = job.result.fineTuneSteps > 0 ? `, decoder fine-tuned for ${job.result.fineTuneSteps} steps` : "";
    text = `Saved style "${job.result.name}" from ${job.result.sampleCount} samples${tuned}.`;
  } else if (job.state === "failed") {
    text = `Training failed: ${job.error}`;
  }
  $("retrain-state").textContent = text;
  $("retrain-state").dataset.state = job.state;
}

/** Follows the job's server-sent events (read through fetch so the token goes in a header). */
async function followJob(jobId) {
  let last = null;
  try {
    const response = await api(`/api/jobs/${jobId}/events`);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        break;
      }
      buffer += value;
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const event = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = event.split("\n").filter((l) => l.startsWith("data: ")).map((l) => l.slice(6)).join("\n");
        if (data) {
          last = JSON.parse(data);
          showJob(last);
        }
      }
    }
  } catch (error) {
    last = null;
  }
  if (!last || !["succeeded", "failed", "cancelled"].includes(last.state)) {
    // The stream failed or ended early: read the final state by polling.
    last = await pollJob(jobId);
  }
  if (last && last.state === "succeeded") {
    await loadStyles();
    document.querySelector("input[name=kind][value=custom]").checked = true;
    $("custom-style").value = last.result.name;
    showKindPanel();
  }
}

async function pollJob(jobId) {
  for (;;) {
    const job = await (await api(`/api/jobs/${jobId}`)).json();
    showJob(job);
    if (["succeeded", "failed", "cancelled"].includes(job.state)) {
      return job;
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

async function cancelRetrain() {
  if (state.job) {
    showJob(await (await api(`/api/jobs/${state.job}/cancel`, { method: "POST" })).json());
  }
}

// ---- Start ---------------------------------------------------------------------------------

async function start() {
  state.token = readToken();
  document.querySelectorAll("input[name=kind]").forEach((radio) => radio.addEventListener("change", showKindPanel));
  $("mix-weight").addEventListener("input", () => {
    $("mix-weight-value").textContent = Number($("mix-weight").value).toFixed(2);
  });
  $("reroll").addEventListener("click", () => {
    $("random-seed").value = String(Math.floor(Math.random() * 100000));
  });
  $("generate-form").addEventListener("submit", generate);
  $("retrain-form").addEventListener("submit", startRetrain);
  $("retrain-cancel").addEventListener("click", () => cancelRetrain().catch((e) => setStatus(e.message, true)));
  $("export").addEventListener("click", () => exportFont().catch(() => {}));
  $("specimen").addEventListener("click", () => openSpecimen().catch((e) => setStatus(`Specimen failed: ${e.message}`, true)));
  $("type-text").addEventListener("input", updateTypeSample);
  $("type-size").addEventListener("input", updateTypeSample);
  updateTypeSample();
  showKindPanel();

  if (!state.token) {
    setStatus("No access token: open the URL that `glyphgan serve` printed (it ends in ?token=...).", true);
    return;
  }
  try {
    const styles = await loadStyles();
    setStatus(`Connected · ${styles.length} styles available.`);
    document.body.dataset.ready = "true";
  } catch (error) {
    setStatus(`Cannot reach the API: ${error.message}`, true);
  }
}

start();
