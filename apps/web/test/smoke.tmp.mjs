import { chromium } from "playwright-core"
import { pathToFileURL } from "node:url"
const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: ["--no-sandbox","--disable-gpu"] })
const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
page.on("pageerror", (e) => console.log("pageerror", String(e)))
page.on("console", (m) => console.log("console", m.type(), m.text()))
await page.goto(pathToFileURL("/work/wt-web/apps/web/dist/juki.html").href + "#audit")
await page.click("#a-run")
await page.waitForSelector("#a-status[data-state=done]", { timeout: 60000 })
const f = page.frames()
console.log(f.length, f.map((x) => x.url()))
for (const fr of f.slice(1)) console.log((await fr.content()).slice(0, 300))
await page.screenshot({ path: "/tmp/smoke-audit.png" })
await browser.close()
