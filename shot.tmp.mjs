import { chromium } from '@playwright/test';
const [,, url, out, width = '1280', theme = 'light', waitReady = '1'] = process.argv;
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-quic','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync'] });
const ctx = await browser.newContext({ viewport: { width: Number(width), height: 860 }, colorScheme: theme }); ctx.on('response', r => { if (r.status() >= 400) console.log('CTX HTTP', r.status(), r.url()); }); await ctx.route('**/*', async (route) => { const r = await route.fetch(); if (r.status() >= 400) console.log('ROUTE', r.status(), route.request().url()); await route.fulfill({ response: r }); }); const page = await ctx.newPage(); const _unused = (({ viewport: { width: Number(width), height: 860 }, colorScheme: theme }));
page.on('console', m => console.log('console:', m.type(), m.text())); page.on('requestfailed', r => console.log('FAILED', r.url())); page.on('response', r => { if (r.status() >= 400) console.log('HTTP', r.status(), r.url()); });
page.on('pageerror', e => console.log('pageerror:', e.message));
await page.goto(url);
if (waitReady === '1') { try { await page.waitForSelector('[data-testid=runtime-status][data-phase=idle]', { timeout: 30000 }); } catch (e) { console.log('not ready', await page.locator('[data-testid=runtime-status]').textContent().catch(()=>null)); } }
await page.waitForTimeout(1000);
console.log('isolated', await page.evaluate(() => crossOriginIsolated));
await page.screenshot({ path: out, fullPage: false });
await browser.close();
