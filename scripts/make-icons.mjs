#!/usr/bin/env node
// Draws Regroup's icons: the app icon and one tray icon per ticket state (valid, expiring,
// expired, none, error), in colour (Windows, Linux) and as macOS template images (black + alpha,
// tinted by the menu bar). The SVG sources are written to assets/src/ and rendered to PNG with
// Chromium (playwright-core), so the PNGs are exactly what the SVGs say. The installers' icons
// are packed from those same renders (@shockpkg/icon-encoder, pure JS):
//   assets/icon.ico    Windows: 16, 24, 32, 48, 64, 128, 256
//   assets/icon.icns   macOS: 16 to 512@2x (ic04/ic05/ic11/ic12/ic07/ic13/ic08/ic14/ic09/ic10)
//   assets/icons/NxN.png  Linux hicolor sizes 16 to 512; assets/icon.png (512)
//
//   node scripts/make-icons.mjs            (uses /usr/bin/chromium, or CHROMIUM_PATH)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { IconIcns, IconIco } from '@shockpkg/icon-encoder';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const assets = path.join(root, 'assets');
const srcDir = path.join(assets, 'src');
const trayDir = path.join(assets, 'tray');
const iconDir = path.join(assets, 'icons');
for (const dir of [srcDir, trayDir, iconDir]) fs.mkdirSync(dir, { recursive: true });

// A ticket with a notch on each side, on a 16 x 16 grid.
const TICKET =
  'M2.6 2.5H13.4A1.6 1.6 0 0 1 15 4.1V6.2A1.8 1.8 0 0 0 15 9.8V11.9A1.6 1.6 0 0 1 13.4 13.5' +
  'H2.6A1.6 1.6 0 0 1 1 11.9V9.8A1.8 1.8 0 0 0 1 6.2V4.1A1.6 1.6 0 0 1 2.6 2.5Z';

/** The glyph inside the ticket for each state (stroked paths on the 16 grid). */
const GLYPHS = {
  valid: '<path d="M4.9 8.1 7.1 10.3 11.1 5.9"/>',
  expiring: '<circle cx="8" cy="8" r="3.3"/><path d="M8 6.3V8L9.2 8.9"/>',
  expired: '<path d="M5.8 5.8 10.2 10.2M10.2 5.8 5.8 10.2"/>',
  error: '<path d="M8 4.9V8.5"/><path d="M8 10.9V10.95"/>',
  none: '',
};

/** Colour versions: a filled ticket in the state's colour, the glyph in a contrasting colour. */
const COLOURS = {
  valid: { body: '#2da44e', glyph: '#ffffff' },
  expiring: { body: '#e3a008', glyph: '#3d2a00' },
  expired: { body: '#6e7781', glyph: '#ffffff' },
  error: { body: '#d1242f', glyph: '#ffffff' },
  none: null,
};

const STROKE = 'fill="none" stroke-linecap="round" stroke-linejoin="round"';

function colourTray(state) {
  const colour = COLOURS[state];
  if (!colour) {
    // No ticket: an outline, readable on light and dark taskbars alike.
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <path d="${TICKET}" fill="#ffffff" fill-opacity="0.15" stroke="#8c959f" stroke-width="1.3" stroke-dasharray="2.2 1.4"/>
</svg>\n`;
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <path d="${TICKET}" fill="${colour.body}" stroke="#000000" stroke-opacity="0.25" stroke-width="0.5"/>
  <g ${STROKE} stroke="${colour.glyph}" stroke-width="1.6">${GLYPHS[state]}</g>
</svg>\n`;
}

/** macOS template: black only. Filled states knock the glyph out; outline states draw it. */
function templateTray(state) {
  const filled = state === 'valid' || state === 'expiring' || state === 'error';
  if (filled) {
    return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <mask id="m"><rect width="16" height="16" fill="#fff"/><g ${STROKE} stroke="#000" stroke-width="1.6">${GLYPHS[state]}</g></mask>
  <path d="${TICKET}" fill="#000" mask="url(#m)"/>
</svg>\n`;
  }
  const dash = state === 'none' ? ' stroke-dasharray="2.2 1.4"' : '';
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">
  <path d="${TICKET}" fill="none" stroke="#000" stroke-width="1.3"${dash}/>
  <g ${STROKE} stroke="#000" stroke-width="1.4">${GLYPHS[state]}</g>
</svg>\n`;
}

const APP_ICON = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#3d72e6"/>
      <stop offset="1" stop-color="#1d4bb8"/>
    </linearGradient>
  </defs>
  <rect x="2" y="2" width="60" height="60" rx="14" fill="url(#bg)"/>
  <path d="M15 17h34a4 4 0 0 1 4 4v6a5 5 0 0 0 0 10v6a4 4 0 0 1-4 4H15a4 4 0 0 1-4-4v-6a5 5 0 0 0 0-10v-6a4 4 0 0 1 4-4Z" fill="#ffffff"/>
  <path d="M23 22.5v19" stroke="#9db6ee" stroke-width="2.2" stroke-dasharray="2.6 3.2" stroke-linecap="round"/>
  <g fill="none" stroke="#1d4bb8" stroke-width="3.6" stroke-linecap="round" stroke-linejoin="round">
    <path d="M45 32a8 8 0 1 1-2.6-5.9"/>
    <path d="M43.6 21.6v5.2h-5.2"/>
  </g>
</svg>
`;

const STATES = ['valid', 'expiring', 'expired', 'none', 'error'];

const jobs = [];
for (const state of STATES) {
  const colour = colourTray(state);
  const template = templateTray(state);
  fs.writeFileSync(path.join(srcDir, `tray-${state}.svg`), colour);
  fs.writeFileSync(path.join(srcDir, `tray-${state}-template.svg`), template);
  jobs.push({ svg: colour, size: 16, out: path.join(trayDir, `tray-${state}.png`) });
  jobs.push({ svg: colour, size: 32, out: path.join(trayDir, `tray-${state}@2x.png`) });
  jobs.push({ svg: template, size: 16, out: path.join(trayDir, `tray-${state}Template.png`) });
  jobs.push({ svg: template, size: 32, out: path.join(trayDir, `tray-${state}Template@2x.png`) });
}
fs.writeFileSync(path.join(srcDir, 'icon.svg'), APP_ICON);
fs.writeFileSync(path.join(root, 'renderer', 'public', 'icon.svg'), APP_ICON);
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) {
  jobs.push({ svg: APP_ICON, size, out: path.join(iconDir, `${size}x${size}.png`) });
}
jobs.push({ svg: APP_ICON, size: 512, out: path.join(assets, 'icon.png') });
// 1024 (512@2x) only goes into the .icns.
jobs.push({ svg: APP_ICON, size: 1024, out: null });

/** The app icon's renders by size, for the .ico and the .icns. */
const appIcon = new Map();

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const job of jobs) {
    await page.setViewportSize({ width: job.size, height: job.size });
    const src = `data:image/svg+xml;base64,${Buffer.from(job.svg).toString('base64')}`;
    await page.setContent(
      `<html><body style="margin:0;background:transparent">` +
        `<img src="${src}" width="${job.size}" height="${job.size}" style="display:block"></body></html>`,
    );
    await page.locator('img').evaluate((img) => img.decode());
    const png = await page.screenshot({
      ...(job.out ? { path: job.out } : {}),
      omitBackground: true,
      clip: { x: 0, y: 0, width: job.size, height: job.size },
    });
    if (job.svg === APP_ICON) appIcon.set(job.size, png);
  }
} finally {
  await browser.close();
}

const render = (size) => {
  const png = appIcon.get(size);
  if (!png) throw new Error(`no ${size}px render of the app icon`);
  return png;
};
const ico = new IconIco();
for (const size of [256, 128, 64, 48, 32, 24, 16]) {
  // null: the encoder picks PNG or BMP per size (PNG from 64 up here, BMP below).
  await ico.addFromPng(render(size), null);
}
fs.writeFileSync(path.join(assets, 'icon.ico'), ico.encode());

const icns = new IconIcns();
icns.toc = true;
// The order iconutil writes (macOS 10.14); @2x images are twice the size their type names.
for (const [size, type] of [
  [64, 'ic12'],
  [128, 'ic07'],
  [256, 'ic13'],
  [256, 'ic08'],
  [16, 'ic04'],
  [512, 'ic14'],
  [512, 'ic09'],
  [32, 'ic05'],
  [1024, 'ic10'],
  [32, 'ic11'],
]) {
  await icns.addFromPng(render(size), [type]);
}
fs.writeFileSync(path.join(assets, 'icon.icns'), icns.encode());
console.log(
  `wrote ${jobs.filter((job) => job.out).length} PNGs, icon.ico and icon.icns under ${path.relative(root, assets)}/`,
);
