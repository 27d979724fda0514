#!/usr/bin/env node
// Test oracle for SmsEncoding: random texts measured by Twilio's segment calculator
// (npm sms-segments-calculator, pinned in package.json). tests/core/tst_smscrosscheck.cpp runs it
// and compares SmsEncoding::analyse against every line.
//
// Usage: node smsoracle.js [count=3000] [seed=20240611]
// Prints one JSON object per line:
//   {text, encoding, segments, charsPerPart, units, characters, nonGsm: [{at, text}]}
// where units is the message size in septets (GSM-7) or UTF-16 units (UCS-2), characters the
// number of code points, and nonGsm the calculator's non-GSM graphemes with their UTF-16 offset.
'use strict';

const { SegmentedMessage } = require('sms-segments-calculator');

const count = Number(process.argv[2] || 3000);
const seed = Number(process.argv[3] || 20240611);

// mulberry32: small, fast and the same on every machine, so a failure can be reproduced.
function generator(a) {
  return function () {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = generator(seed);
const pick = (list) => list[Math.floor(random() * list.length)];

const chars = (s) => Array.from(s);
const gsmBasic = chars(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§' +
    '¿abcdefghijklmnopqrstuvwxyzäöñüà');
const gsmExtension = chars('\f^{}\\[~]|€');
const cyrillic = chars('АБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯабвгдеёжзийклмнопрстуфхцчшщъыьэюя');
const german = chars('äöüÄÖÜßçêÇ');
const typography = chars('“”‘’„«»–—…•\u00A0\u2009\t`');
const bmpEmoji = chars('☀☕⭐✨❤☎✔♻⚡');
const astralEmoji = chars('😀🎉👍🔥💐🛍🎁😍🙏📱');
// Inserted whole. Only sequences on which grapheme-splitter (Unicode 10 rules, used by the
// calculator) and Qt (current rules) agree: see the note in tst_smscrosscheck.cpp.
const sequences = [
  '👨\u200D👩\u200D👧\u200D👦', // family
  '👩\u200D💻', // woman technologist
  '👍🏽', // thumbs up, medium skin tone
  '❤️', // heart with VS16
  '🇩🇪', '🇷🇺', '🇺🇸', '🇺🇦', // flags
  '\r\n',
];
if (gsmBasic.length !== 127 || gsmExtension.length !== 10) {
  throw new Error('GSM tables in smsoracle.js are wrong');
}

// Each text draws from one profile, so that GSM-only texts and texts with a single odd
// character are as common as mixed ones.
const profiles = [
  [[gsmBasic, 0.97], [gsmExtension, 0.03]],
  [[gsmBasic, 0.99], [typography, 0.005], [german, 0.005]],
  [[cyrillic, 0.8], [gsmBasic, 0.2]],
  [[gsmBasic, 0.6], [german, 0.1], [cyrillic, 0.1], [typography, 0.05], [gsmExtension, 0.05],
    [bmpEmoji, 0.03], [astralEmoji, 0.04], [sequences, 0.03]],
  [[astralEmoji, 0.3], [sequences, 0.2], [bmpEmoji, 0.1], [gsmBasic, 0.4]],
];

function randomText() {
  const profile = pick(profiles);
  const length = Math.floor(random() * 401);
  let text = '';
  for (let i = 0; i < length; i++) {
    let r = random();
    let pool = profile[profile.length - 1][0];
    for (const [candidate, weight] of profile) {
      if (r < weight) {
        pool = candidate;
        break;
      }
      r -= weight;
    }
    text += pick(pool);
  }
  return text;
}

const lines = [];
for (let i = 0; i < count; i++) {
  const text = randomText();
  const message = new SegmentedMessage(text, 'auto', false);
  const nonGsm = [];
  let at = 0;
  for (const encoded of message.encodedChars) {
    if (!encoded.isGSM7) nonGsm.push({ at, text: encoded.raw });
    at += encoded.raw.length;
  }
  lines.push(JSON.stringify({
    text,
    encoding: message.encodingName,
    segments: message.segmentsCount,
    charsPerPart: message.segments.map((segment) => segment.filter((c) => !c.isUserDataHeader).length),
    units: message.messageSize / (message.encodingName === 'GSM-7' ? 7 : 16),
    characters: message.numberOfUnicodeScalars,
    nonGsm,
  }));
}
process.stdout.write(lines.join('\n') + '\n');
