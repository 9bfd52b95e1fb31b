// Browser tests of the waymark site, driven by playwright-core on Debian's Chromium.
//
//   cd tests/browser && npm ci && npm test
//
// Needs the waymark binary: $WAYMARK_BIN, else $CARGO_TARGET_DIR/debug/waymark, else
// ../../target/debug/waymark. The example site (the repository's waymark.yaml and content/)
// is copied to a temporary folder, built, opened from file:// and served by `waymark serve`
// on 127.0.0.1. Every request to anything but file:// and 127.0.0.1 is aborted. Screenshots
// and the axe report go to tests/browser/out/.

import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { chromium } from "playwright-core";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const bin = process.env.WAYMARK_BIN ||
  path.join(process.env.CARGO_TARGET_DIR || path.join(repo, "target"), "debug", "waymark");
const outDir = path.join(here, "out");
const shots = path.join(outDir, "screenshots");
const axeSource = fs.readFileSync(path.join(here, "node_modules/axe-core/axe.min.js"), "utf8");
const AS_OF = "2026-11-01";
const WAIT = 15000; // every wait is bounded by this

let site; // temporary copy of the example site
let browser;
let server; // the `waymark serve` child process
const axeReport = {};

function copySite(to) {
  fs.copyFileSync(path.join(repo, "waymark.yaml"), path.join(to, "waymark.yaml"));
  fs.cpSync(path.join(repo, "content"), path.join(to, "content"), { recursive: true });
}

async function newPage(options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  context.setDefaultTimeout(WAIT);
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (url.startsWith("file:") || url.startsWith("http://127.0.0.1:") || url.startsWith("ws://127.0.0.1:")) {
      return route.continue();
    }
    return route.abort();
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  return { context, page, errors };
}

async function axe(page, name) {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, { resultTypes: ["violations"] });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")) }));
  });
  axeReport[name] = result;
  return result.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => ({ page: name, ...v }));
}

async function shot(page, name) {
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true });
}

before(async () => {
  assert.ok(fs.existsSync(bin), `waymark binary not found at ${bin}; run cargo build or set WAYMARK_BIN`);
  fs.rmSync(outDir, { recursive: true, force: true });
  fs.mkdirSync(shots, { recursive: true });
  site = fs.mkdtempSync(path.join(os.tmpdir(), "waymark-browser-"));
  copySite(site);
  execFileSync(bin, ["build", site, "-o", path.join(site, "public"), "--as-of", AS_OF, "--quiet"], { stdio: "inherit" });
  // Playwright starts Chromium with a fresh temporary --user-data-dir of its own.
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    headless: true,
    timeout: 60000,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  if (server && server.exitCode === null) server.kill("SIGTERM");
  if (browser) await browser.close();
  fs.writeFileSync(path.join(outDir, "axe.json"), JSON.stringify(axeReport, null, 2));
  if (site) fs.rmSync(site, { recursive: true, force: true });
});

const fileUrl = (rel) => pathToFileURL(path.join(site, "public", rel)).href;

test("from file://: every page type opens, navigates, passes axe, and is screenshotted", async () => {
  const { context, page, errors } = await newPage();
  const serious = [];
  await page.goto(fileUrl("index.html"));
  await assert.doesNotReject(page.locator("h1").first().waitFor());
  serious.push(...await axe(page, "index"));
  await shot(page, "index");

  await page.locator("main a[href='journeys/ct-purchase.html']").first().click();
  await page.waitForURL(/journeys\/ct-purchase\.html$/);
  await page.locator("#stages").waitFor();
  assert.equal(await page.locator("svg").count() >= 2, true, "journey diagram and stakeholder map");
  serious.push(...await axe(page, "journey"));
  await shot(page, "journey");

  // A named view (the working version) of the same map, and back to the master.
  await page.locator("main a[href='ct-purchase.working.html']").first().click();
  await page.waitForURL(/journeys\/ct-purchase\.working\.html$/);
  serious.push(...await axe(page, "view"));
  await shot(page, "view");
  await page.goBack();
  await page.waitForURL(/journeys\/ct-purchase\.html$/);

  await page.locator("main a[href='../personas/radiology-lead.html']").first().click();
  await page.waitForURL(/personas\/radiology-lead\.html$/);
  serious.push(...await axe(page, "persona"));
  await shot(page, "persona");

  for (const [nav, file] of [["Plan", "plan"], ["Ownership", "ownership"], ["Backlog", "backlog"]]) {
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: nav }).click();
    await page.waitForURL(new RegExp(`/${file}\\.html$`));
    serious.push(...await axe(page, file));
    await shot(page, file);
  }
  for (const [file, name] of [["compare/therapy-start-to-be.html", "compare"], ["channels.html", "channels"]]) {
    await page.goto(fileUrl(file));
    await page.locator("h1").first().waitFor();
    serious.push(...await axe(page, name));
    await shot(page, name);
  }
  assert.deepEqual(serious, [], "serious or critical axe violations");
  assert.deepEqual(errors, []);
  await context.close();
});

test("from file://: search finds a touchpoint by a word of its name and jumps to its stage", async () => {
  const { context, page, errors } = await newPage();
  await page.goto(fileUrl("index.html"));
  await page.locator("#site-search-q").fill("benchmark");
  const hit = page.locator("#site-search-results a", { hasText: "Capacity benchmark report" });
  await hit.waitFor();
  assert.match(await hit.innerText(), /touchpoint/i);
  await shot(page, "search-box");
  await hit.click();
  await page.waitForURL(/journeys\/ct-purchase\.html#stage-awareness$/);
  await page.locator("#stage-awareness").waitFor();

  // Accents fold: "évaluation" finds the Evaluation stage; prefixes work.
  await page.locator("#site-search-q").fill("évaluat");
  await page.locator("#site-search-results a", { hasText: "Evaluation" }).first().waitFor();

  // The search page: results for ?q= above the plain list.
  await page.goto(fileUrl("search.html") + "?q=benchmark");
  await page.locator("#search-page-results a", { hasText: "Capacity benchmark report" }).waitFor();
  assert.deepEqual(await axe(page, "search"), [], "serious or critical axe violations");
  await shot(page, "search");
  assert.deepEqual(errors, []);
  await context.close();
});

test("in German and Arabic: the search and filter scripts speak the site's language; Arabic is right to left", async () => {
  for (const [lang, want] of [["de", /Ergebnis/], ["ar", /نتيج/]]) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `waymark-browser-${lang}-`));
    copySite(dir);
    fs.appendFileSync(path.join(dir, "waymark.yaml"), `language: ${lang}\n`);
    execFileSync(bin, ["build", dir, "-o", path.join(dir, "public"), "--as-of", AS_OF, "--quiet", "--no-exports"], { stdio: "inherit" });
    const url = (rel) => pathToFileURL(path.join(dir, "public", rel)).href;
    const { context, page, errors } = await newPage();
    await page.goto(url("index.html"));
    assert.equal(await page.locator("html").getAttribute("lang"), lang);
    await page.locator("#site-search-q").fill("benchmark");
    const count = page.locator("#site-search-results .search-results__count");
    await count.waitFor();
    assert.match(await count.textContent(), want);
    assert.doesNotMatch(await count.textContent(), /result/);
    // The market filter's count ("5 of 5 shown") is in the language too.
    const filter = page.locator("form.filter .filter__count");
    await page.locator("form.filter select[name=market]").selectOption("GB");
    assert.doesNotMatch(await filter.textContent(), /shown/);
    if (lang === "ar") {
      assert.equal(await page.locator("html").getAttribute("dir"), "rtl");
      // Mirrored: the site title sits to the right of the navigation.
      const title = await page.locator(".site-title").boundingBox();
      const nav = await page.locator("nav").first().boundingBox();
      assert.ok(title.x > nav.x, `title at ${title.x}, nav at ${nav.x}`);
    }
    await shot(page, `index-${lang}`);
    assert.deepEqual(errors, []);
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("without JavaScript the search box leads to a plain list of links", async () => {
  const { context, page } = await newPage({ javaScriptEnabled: false });
  await page.goto(fileUrl("journeys/ct-purchase.html"));
  await page.locator("#site-search-q").fill("anything");
  await page.locator("#site-search-q").press("Enter");
  await page.waitForURL(/search\.html\?q=anything$/);
  assert.equal(await page.locator("#search-page-results").isHidden(), true);
  await page.locator("main a[href='journeys/ct-purchase.html']").waitFor();
  await page.locator("main a[href='personas/radiology-lead.html']").waitFor();
  await shot(page, "search-nojs");
  await context.close();
});

function startServer() {
  return new Promise((resolve, reject) => {
    server = spawn(bin, ["serve", site, "--port", "0", "--as-of", AS_OF], { stdio: ["ignore", "pipe", "pipe"] });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${out}`)), 30000);
    server.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) { clearTimeout(timer); resolve(m[0]); }
    });
    server.stderr.on("data", (d) => { out += d; });
    server.on("exit", (code) => { clearTimeout(timer); reject(new Error(`serve exited ${code}: ${out}`)); });
  });
}

function stopServer() {
  return new Promise((resolve) => {
    if (!server || server.exitCode !== null) return resolve();
    const timer = setTimeout(() => { server.kill("SIGKILL"); }, 5000);
    server.once("exit", () => { clearTimeout(timer); resolve(); });
    server.kill("SIGTERM");
  });
}

test("through waymark serve: a save reloads the page; a broken file shows the overlay until fixed", async () => {
  const url = await startServer();
  const { context, page, errors } = await newPage();
  try {
    await page.goto(url);
    await page.locator("h1").first().waitFor();
    await page.locator("main a[href='journeys/ct-purchase.html']").first().click();
    await page.waitForURL(/journeys\/ct-purchase\.html$/);
    // The live-reload script has loaded. (Should the socket open only after the save, the
    // server's greeting carries the newer build number and the page reloads all the same.)
    await page.waitForFunction(() => performance.getEntriesByType("resource").some((r) => r.name.includes("__waymark/live.js")));

    const file = path.join(site, "content/journeys/ct-purchase.md");
    const original = fs.readFileSync(file, "utf8");
    const t0 = Date.now();
    fs.writeFileSync(file, original.replace("title: CT scanner replacement, hospital buying group",
      "title: CT scanner replacement, edited live"));
    await page.locator("h1", { hasText: "edited live" }).waitFor();
    console.log(`# save to reloaded page in the browser: ${Date.now() - t0} ms`);
    await shot(page, "serve-reloaded");

    fs.writeFileSync(file, original.replace("severity: medium", "severity: meduim"));
    const overlay = page.locator("#waymark-error-overlay");
    await overlay.waitFor({ state: "visible" });
    const text = await overlay.innerText();
    assert.match(text, /content\/journeys\/ct-purchase\.md:\d+:\d+/);
    assert.match(text, /meduim/);
    await shot(page, "serve-error-overlay");

    fs.writeFileSync(file, original);
    await page.locator("h1", { hasText: "CT scanner replacement, hospital buying group" }).waitFor();
    await overlay.waitFor({ state: "detached" });
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await stopServer();
  }
});
